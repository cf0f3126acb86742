"""The store's tables: subscriptions, workspace settings, the delivery log, sent facts, votes.

The subscriptions table is the source of truth for the scheduler. The delivery log holds one
row per (subscription, slot), claimed under a unique constraint before anything is posted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (Alembic needs them to be predictable)."""

    metadata = MetaData(naming_convention=NAMING)


class Outcome:
    """The outcomes a delivery-log row can have."""

    CLAIMED = "claimed"  # claimed, not finished (in flight, or the process died mid-post)
    POSTED = "posted"
    FAILED = "failed"
    MISSED = "missed"  # the slot passed while no process was running, beyond the grace window
    SKIPPED = "skipped"  # nothing new and the subscription says skip, or it was paused


class Subscription(Base):
    """One channel's digest schedule."""

    __tablename__ = "subscriptions"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(64))
    cadence: Mapped[str] = mapped_column(String(16))  # daily | weekdays | weekly | cron
    time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    day: Mapped[str | None] = mapped_column(String(3))  # "mon".."sun" for weekly
    cron: Mapped[str | None] = mapped_column(String(120))
    zone: Mapped[str] = mapped_column(String(64))  # resolved IANA zone
    topic: Mapped[str | None] = mapped_column(String(64))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    paused_reason: Mapped[str | None] = mapped_column(String(200))
    paused_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WorkspaceSetting(Base):
    """Per-workspace (or guild) settings: the default time zone."""

    __tablename__ = "workspace_settings"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64), primary_key=True)
    default_zone: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DeliveryLog(Base):
    """One claimed slot of one subscription, and what became of it."""

    __tablename__ = "delivery_log"
    __table_args__ = (UniqueConstraint("subscription_id", "slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[str] = mapped_column(String(120), index=True)
    slot: Mapped[str] = mapped_column(String(64))  # local wall clock, "2026-11-01T01:30"
    fire_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # UTC instant of the slot
    claimed_by: Mapped[str] = mapped_column(String(120))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(300))
    message_id: Mapped[str | None] = mapped_column(String(120))
    fact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class ChannelSentFact(Base):
    """A fact a channel has been sent in a digest ("what's new" leaves these out)."""

    __tablename__ = "channel_sent_facts"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(64), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    delivery_id: Mapped[int | None] = mapped_column(Integer)


class FeedbackVote(Base):
    """A "Helpful" / "Not helpful" vote; one per user per answer (the latest wins)."""

    __tablename__ = "feedback_votes"
    __table_args__ = (UniqueConstraint("platform", "workspace", "user", "answer_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(64))
    answer_key: Mapped[str] = mapped_column(String(64))  # hash of question, fact ids, version
    question: Mapped[str] = mapped_column(Text)
    fact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    version: Mapped[str] = mapped_column(String(64))
    helpful: Mapped[bool] = mapped_column(Boolean)
    voted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
