"""Shared pieces of the scheduling tests: the fixture fact base, a composer, subscriptions."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.scheduling.compose import DigestComposer
from bot.store import repo
from bot.store.db import Database
from bot.store.repo import SubscriptionRow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "factbase"


def fixture_composer() -> DigestComposer:
    """Return the digest composer over the small fixture fact base."""
    from briefings.loader import load

    loaded = load(facts_dir=FIXTURES / "facts", sources_dir=FIXTURES / "sources")
    assert loaded.problems == []
    return DigestComposer(loaded.base)


async def add_daily(
    db: Database,
    channel: str,
    *,
    time: str,
    zone: str = "UTC",
    created_at: datetime | None = None,
    platform: str = "slack",
    workspace: str = "T1",
) -> SubscriptionRow:
    """Store a daily subscription straight in the store."""
    return await repo.add_subscription(
        db,
        platform=platform,
        workspace=workspace,
        channel=channel,
        cadence="daily",
        time=time,
        day=None,
        cron=None,
        zone=zone,
        topic=None,
        created_by="U1",
        created_at=created_at,
    )
