"""Queries over the store: subscriptions, workspace zones, the delivery log and sent facts.

Every function takes the `Database` and opens its own short transaction, so callers never
hold a connection across a network call.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from bot.store.db import Database, aware, utcnow
from bot.store.models import (
    ChannelSentFact,
    DeliveryLog,
    Outcome,
    Subscription,
    WorkspaceSetting,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionRow:
    """A subscription as read from the store (a detached, immutable copy)."""

    id: str
    platform: str
    workspace: str
    channel: str
    cadence: str
    time: str | None
    day: str | None
    cron: str | None
    zone: str
    topic: str | None
    options: dict[str, Any]
    created_by: str
    created_at: datetime
    paused_reason: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class LastDelivery:
    """The latest delivery-log row of a subscription."""

    slot: str
    fire_at: datetime
    outcome: str
    reason: str | None


def _row(sub: Subscription) -> SubscriptionRow:
    return SubscriptionRow(
        id=sub.id,
        platform=sub.platform,
        workspace=sub.workspace,
        channel=sub.channel,
        cadence=sub.cadence,
        time=sub.time,
        day=sub.day,
        cron=sub.cron,
        zone=sub.zone,
        topic=sub.topic,
        options=dict(sub.options or {}),
        created_by=sub.created_by,
        created_at=aware(sub.created_at),
        paused_reason=sub.paused_reason,
    )


def new_subscription_id() -> str:
    """Return a short random id users can type ("unsubscribe 3f9c2a71d0")."""
    return secrets.token_hex(5)


async def add_subscription(
    db: Database,
    *,
    platform: str,
    workspace: str,
    channel: str,
    cadence: str,
    time: str | None,
    day: str | None,
    cron: str | None,
    zone: str,
    topic: str | None,
    created_by: str,
    options: dict[str, Any] | None = None,
    created_at: datetime | None = None,
) -> SubscriptionRow:
    """Insert a subscription and return it."""
    now = created_at or utcnow()
    for _ in range(5):
        sub = Subscription(
            id=new_subscription_id(),
            platform=platform,
            workspace=workspace,
            channel=channel,
            cadence=cadence,
            time=time,
            day=day,
            cron=cron,
            zone=zone,
            topic=topic,
            options=dict(options or {}),
            created_by=created_by,
            created_at=now,
            updated_at=now,
        )
        try:
            async with db.sessions.begin() as session:
                session.add(sub)
        except IntegrityError:  # an id collision: draw again
            continue
        return _row(sub)
    raise RuntimeError("could not allocate a subscription id")


async def get_subscription(db: Database, subscription_id: str) -> SubscriptionRow | None:
    """Return one subscription, or None."""
    async with db.sessions() as session:
        sub = await session.get(Subscription, subscription_id)
        return None if sub is None else _row(sub)


async def list_subscriptions(
    db: Database,
    *,
    platform: str | None = None,
    workspace: str | None = None,
    channel: str | None = None,
    active_only: bool = False,
) -> list[SubscriptionRow]:
    """Return subscriptions, optionally of one channel, oldest first."""
    query = select(Subscription).order_by(Subscription.created_at, Subscription.id)
    if platform is not None:
        query = query.where(Subscription.platform == platform)
    if workspace is not None:
        query = query.where(Subscription.workspace == workspace)
    if channel is not None:
        query = query.where(Subscription.channel == channel)
    if active_only:
        query = query.where(Subscription.paused_reason.is_(None))
    async with db.sessions() as session:
        return [_row(s) for s in (await session.scalars(query)).all()]


async def remove_subscriptions(
    db: Database, *, platform: str, workspace: str, channel: str, subscription_id: str | None
) -> list[str]:
    """Delete one (by id) or all subscriptions of a channel; return the removed ids."""
    query = select(Subscription.id).where(
        Subscription.platform == platform,
        Subscription.workspace == workspace,
        Subscription.channel == channel,
    )
    if subscription_id is not None:
        query = query.where(Subscription.id == subscription_id)
    async with db.sessions.begin() as session:
        ids = list((await session.scalars(query)).all())
        if ids:
            await session.execute(delete(Subscription).where(Subscription.id.in_(ids)))
    return ids


async def pause_subscription(db: Database, subscription_id: str, reason: str) -> None:
    """Pause a subscription with the reason it shows in `schedule`."""
    now = utcnow()
    async with db.sessions.begin() as session:
        await session.execute(
            update(Subscription)
            .where(Subscription.id == subscription_id)
            .values(paused_reason=reason[:200], paused_at=now, updated_at=now)
        )


async def get_default_zone(db: Database, platform: str, workspace: str) -> str | None:
    """Return the workspace's default zone, or None when it has not set one."""
    async with db.sessions() as session:
        setting = await session.get(WorkspaceSetting, (platform, workspace))
        return None if setting is None else setting.default_zone


async def set_default_zone(db: Database, platform: str, workspace: str, zone: str) -> None:
    """Set (insert or replace) the workspace's default zone."""
    for _ in range(3):
        try:
            async with db.sessions.begin() as session:
                setting = await session.get(WorkspaceSetting, (platform, workspace))
                if setting is None:
                    session.add(
                        WorkspaceSetting(
                            platform=platform,
                            workspace=workspace,
                            default_zone=zone,
                            updated_at=utcnow(),
                        )
                    )
                else:
                    setting.default_zone = zone
                    setting.updated_at = utcnow()
            return
        except IntegrityError:  # another process inserted it first: update instead
            continue


async def is_claimed(db: Database, subscription_id: str, slot: str) -> bool:
    """Return whether (subscription, slot) has a delivery-log row already (a cheap pre-check)."""
    async with db.sessions() as session:
        found = await session.scalar(
            select(DeliveryLog.id).where(
                DeliveryLog.subscription_id == subscription_id, DeliveryLog.slot == slot
            )
        )
        return found is not None


async def claim(
    db: Database, *, subscription_id: str, slot: str, fire_at: datetime, claimed_by: str
) -> int | None:
    """Claim (subscription, slot): insert its delivery-log row; None if already claimed."""
    now = utcnow()
    row = DeliveryLog(
        subscription_id=subscription_id,
        slot=slot,
        fire_at=fire_at,
        claimed_by=claimed_by,
        claimed_at=now,
        outcome=Outcome.CLAIMED,
        fact_ids=[],
        attempts=0,
    )
    try:
        async with db.sessions.begin() as session:
            session.add(row)
    except IntegrityError:
        return None
    return row.id


async def record_outcome(
    db: Database,
    delivery_id: int,
    *,
    outcome: str,
    reason: str | None = None,
    message_id: str | None = None,
    attempts: int = 0,
    sent_to: tuple[str, str, str] | None = None,
    fact_ids: Iterable[str] = (),
) -> None:
    """Record how a claimed delivery ended and, in the same transaction, the facts it sent.

    Args:
        sent_to: (platform, workspace, channel) whose sent-fact set gains `fact_ids`.
    """
    facts = list(dict.fromkeys(fact_ids))
    for attempt in range(3):
        try:
            await _record_outcome(
                db, delivery_id, outcome, reason, message_id, attempts, sent_to, facts
            )
            return
        except IntegrityError:
            # Another subscription of the same channel recorded one of these facts first.
            if attempt == 2:
                raise


async def _record_outcome(
    db: Database,
    delivery_id: int,
    outcome: str,
    reason: str | None,
    message_id: str | None,
    attempts: int,
    sent_to: tuple[str, str, str] | None,
    facts: list[str],
) -> None:
    now = utcnow()
    async with db.sessions.begin() as session:
        await session.execute(
            update(DeliveryLog)
            .where(DeliveryLog.id == delivery_id)
            .values(
                outcome=outcome,
                reason=None if reason is None else reason[:300],
                message_id=message_id,
                attempts=attempts,
                finished_at=now,
                fact_ids=facts,
            )
        )
        if sent_to is not None and facts:
            platform, workspace, channel = sent_to
            known = set(
                (
                    await session.scalars(
                        select(ChannelSentFact.fact_id).where(
                            ChannelSentFact.platform == platform,
                            ChannelSentFact.workspace == workspace,
                            ChannelSentFact.channel == channel,
                            ChannelSentFact.fact_id.in_(facts),
                        )
                    )
                ).all()
            )
            session.add_all(
                ChannelSentFact(
                    platform=platform,
                    workspace=workspace,
                    channel=channel,
                    fact_id=fact_id,
                    sent_at=now,
                    delivery_id=delivery_id,
                )
                for fact_id in facts
                if fact_id not in known
            )


async def record_missed(
    db: Database,
    *,
    subscription_id: str,
    slots: Iterable[tuple[str, datetime, str]],
    claimed_by: str,
) -> int:
    """Record (slot, fire_at, reason) rows as missed, skipping slots already logged."""
    wanted = list(slots)
    if not wanted:
        return 0
    now = utcnow()

    def row(slot: str, fire_at: datetime, reason: str) -> DeliveryLog:
        return DeliveryLog(
            subscription_id=subscription_id,
            slot=slot,
            fire_at=fire_at,
            claimed_by=claimed_by,
            claimed_at=now,
            finished_at=now,
            outcome=Outcome.MISSED,
            reason=reason[:300],
            fact_ids=[],
            attempts=0,
        )

    try:  # one transaction for all of them, the usual case after downtime
        async with db.sessions.begin() as session:
            session.add_all(row(*item) for item in wanted)
        return len(wanted)
    except IntegrityError:  # another process logged some: go one by one
        pass
    count = 0
    for item in wanted:
        try:
            async with db.sessions.begin() as session:
                session.add(row(*item))
            count += 1
        except IntegrityError:
            continue
    return count


async def sent_fact_ids(
    db: Database, platform: str, workspace: str, channel: str
) -> frozenset[str]:
    """Return the ids of every fact the channel has been sent."""
    async with db.sessions() as session:
        rows = await session.scalars(
            select(ChannelSentFact.fact_id).where(
                ChannelSentFact.platform == platform,
                ChannelSentFact.workspace == workspace,
                ChannelSentFact.channel == channel,
            )
        )
        return frozenset(rows.all())


async def last_deliveries(
    db: Database, subscription_ids: Iterable[str] | None = None
) -> dict[str, LastDelivery]:
    """Return each subscription's latest delivery-log row (by slot time), by subscription id."""
    latest = (
        select(DeliveryLog.subscription_id, func.max(DeliveryLog.fire_at).label("fire_at"))
        .group_by(DeliveryLog.subscription_id)
        .subquery()
    )
    query = select(DeliveryLog).join(
        latest,
        (DeliveryLog.subscription_id == latest.c.subscription_id)
        & (DeliveryLog.fire_at == latest.c.fire_at),
    )
    ids = None if subscription_ids is None else list(subscription_ids)
    if ids is not None:
        if not ids:
            return {}
        query = query.where(DeliveryLog.subscription_id.in_(ids))
    out: dict[str, LastDelivery] = {}
    async with db.sessions() as session:
        for row in (await session.scalars(query.order_by(DeliveryLog.id))).all():
            out[row.subscription_id] = LastDelivery(
                slot=row.slot, fire_at=aware(row.fire_at), outcome=row.outcome, reason=row.reason
            )
    return out


async def deliveries(db: Database, subscription_id: str | None = None) -> list[DeliveryLog]:
    """Return delivery-log rows (detached), oldest slot first; for tests and reports."""
    query = select(DeliveryLog).order_by(DeliveryLog.fire_at, DeliveryLog.id)
    if subscription_id is not None:
        query = query.where(DeliveryLog.subscription_id == subscription_id)
    async with db.sessions() as session:
        return list((await session.scalars(query)).all())
