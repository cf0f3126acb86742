"""Create subscriptions, workspace settings, delivery log, sent facts and feedback votes.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table."""
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("cadence", sa.String(16), nullable=False),
        sa.Column("time", sa.String(5), nullable=True),
        sa.Column("day", sa.String(3), nullable=True),
        sa.Column("cron", sa.String(120), nullable=True),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("topic", sa.String(64), nullable=True),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("paused_reason", sa.String(200), nullable=True),
        sa.Column("paused_at", TZ, nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_subscriptions"),
    )
    op.create_index(
        "ix_subscriptions_channel", "subscriptions", ["platform", "workspace", "channel"]
    )
    op.create_table(
        "workspace_settings",
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("default_zone", sa.String(64), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("platform", "workspace", name="pk_workspace_settings"),
    )
    op.create_table(
        "delivery_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subscription_id", sa.String(120), nullable=False),
        sa.Column("slot", sa.String(64), nullable=False),
        sa.Column("fire_at", TZ, nullable=False),
        sa.Column("claimed_by", sa.String(120), nullable=False),
        sa.Column("claimed_at", TZ, nullable=False),
        sa.Column("finished_at", TZ, nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(300), nullable=True),
        sa.Column("message_id", sa.String(120), nullable=True),
        sa.Column("fact_ids", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_delivery_log"),
        sa.UniqueConstraint("subscription_id", "slot", name="uq_delivery_log_subscription_id"),
    )
    op.create_index(
        "ix_delivery_log_subscription_id", "delivery_log", ["subscription_id", "fire_at"]
    )
    op.create_table(
        "channel_sent_facts",
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("sent_at", TZ, nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint(
            "platform", "workspace", "channel", "fact_id", name="pk_channel_sent_facts"
        ),
    )
    op.create_table(
        "feedback_votes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("answer_key", sa.String(64), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("fact_ids", sa.JSON(), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("voted_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feedback_votes"),
        sa.UniqueConstraint(
            "platform", "workspace", "user", "answer_key", name="uq_feedback_votes_platform"
        ),
    )


def downgrade() -> None:
    """Drop every table."""
    op.drop_table("feedback_votes")
    op.drop_table("channel_sent_facts")
    op.drop_index("ix_delivery_log_subscription_id", table_name="delivery_log")
    op.drop_table("delivery_log")
    op.drop_table("workspace_settings")
    op.drop_index("ix_subscriptions_channel", table_name="subscriptions")
    op.drop_table("subscriptions")
