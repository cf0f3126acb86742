"""The store: migrations, subscriptions across restarts, claims, sent facts, votes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from bot.core.requests import Caller, SetDefaultZone
from bot.scheduling.service import StoreSubscriptionService
from bot.settings import Settings
from bot.store import repo
from bot.store.db import Database, open_database
from bot.store.feedback import SqlFeedbackStore
from bot.store.models import Outcome

TABLES = {
    "alembic_version",
    "channel_sent_facts",
    "delivery_log",
    "feedback_votes",
    "subscriptions",
    "workspace_settings",
}
FIRE = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


async def test_migrations_apply_on_an_empty_database_and_again(db_url: str) -> None:
    first = await open_database(db_url)
    async with first.engine.connect() as conn:
        tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    await first.close()
    again = await open_database(db_url)  # a second start migrates nothing and fails nothing
    await again.close()
    assert tables == TABLES
    assert version == "0001"


async def test_default_sqlite_file_and_its_folder_are_created(tmp_path: Path) -> None:
    settings = Settings.model_validate({"sqlite_path": tmp_path / "deep" / "dir" / "bot.sqlite"})
    db = await open_database(settings.effective_database_url)
    await db.close()
    assert (tmp_path / "deep" / "dir" / "bot.sqlite").is_file()


async def test_claim_is_taken_once_per_subscription_and_slot(db: Database) -> None:
    first = await repo.claim(
        db, subscription_id="s1", slot="2026-11-01T01:30", fire_at=FIRE, claimed_by="a"
    )
    second = await repo.claim(
        db, subscription_id="s1", slot="2026-11-01T01:30", fire_at=FIRE, claimed_by="b"
    )
    other_slot = await repo.claim(
        db, subscription_id="s1", slot="2026-11-02T01:30", fire_at=FIRE, claimed_by="b"
    )
    assert first is not None and other_slot is not None
    assert second is None


async def test_outcome_and_sent_facts_are_recorded_together(db: Database) -> None:
    delivery_id = await repo.claim(
        db, subscription_id="s1", slot="2026-11-01T01:30", fire_at=FIRE, claimed_by="a"
    )
    assert delivery_id is not None
    await repo.record_outcome(
        db,
        delivery_id,
        outcome=Outcome.POSTED,
        message_id="m1",
        attempts=2,
        sent_to=("slack", "T1", "C1"),
        fact_ids=["f1", "f2", "f1"],
    )
    second = await repo.claim(
        db, subscription_id="s2", slot="2026-11-01T01:30", fire_at=FIRE, claimed_by="a"
    )
    assert second is not None
    await repo.record_outcome(  # f2 again (another subscription of the channel): no conflict
        db,
        second,
        outcome=Outcome.POSTED,
        sent_to=("slack", "T1", "C1"),
        fact_ids=["f2", "f3"],
    )
    assert await repo.sent_fact_ids(db, "slack", "T1", "C1") == {"f1", "f2", "f3"}
    assert await repo.sent_fact_ids(db, "slack", "T1", "C2") == frozenset()
    rows = await repo.deliveries(db, "s1")
    assert [(r.outcome, r.message_id, r.attempts, r.fact_ids) for r in rows] == [
        (Outcome.POSTED, "m1", 2, ["f1", "f2"])
    ]
    last = await repo.last_deliveries(db)
    assert last["s1"].outcome == Outcome.POSTED and last["s1"].slot == "2026-11-01T01:30"


async def test_subscriptions_and_zone_survive_a_restart(db_url: str) -> None:
    caller = Caller(platform="slack", workspace="T1", channel="C1", user="U1", can_manage=True)
    db = await open_database(db_url)
    service = StoreSubscriptionService(db, default_zone="UTC")
    await service.set_default_zone(SetDefaultZone(zone="Europe/Berlin"), caller)
    created = await repo.add_subscription(
        db,
        platform="slack",
        workspace="T1",
        channel="C1",
        cadence="weekly",
        time="07:30",
        day="mon",
        cron=None,
        zone="Europe/Berlin",
        topic="daca",
        created_by="U1",
        options={"when_nothing_new": "skip"},
    )
    await db.close()

    reopened = await open_database(db_url)
    rows = await repo.list_subscriptions(reopened)
    zone = await repo.get_default_zone(reopened, "slack", "T1")
    await reopened.close()
    assert rows == [created]
    assert zone == "Europe/Berlin"


async def test_a_second_vote_on_the_same_answer_replaces_the_first(db: Database) -> None:
    store = SqlFeedbackStore(db)
    vote = {
        "platform": "slack",
        "workspace": "T1",
        "channel": "C1",
        "question": "How many agents will be hired?",
        "fact_ids": ("hire-10000",),
        "version": "v1",
    }
    await store.record_vote(user="U1", helpful=True, **vote)  # type: ignore[arg-type]
    await store.record_vote(user="U1", helpful=False, **vote)  # type: ignore[arg-type]
    await store.record_vote(user="U2", helpful=True, **vote)  # type: ignore[arg-type]
    await store.record_vote(
        platform="discord",
        workspace="G1",
        channel="C9",
        user="U3",
        question="who is kelly",
        fact_ids=("kelly-role", "hire-10000"),
        version="v1",
        helpful=False,
    )
    summary = await store.summary()
    assert (summary.helpful, summary.not_helpful) == (1, 2)
    assert [(f.fact_id, f.helpful, f.not_helpful) for f in summary.by_fact] == [
        ("hire-10000", 1, 2),
        ("kelly-role", 0, 1),
    ]
    assert [(q.question, q.helpful, q.not_helpful) for q in summary.by_question] == [
        ("How many agents will be hired?", 1, 1),
        ("who is kelly", 0, 1),
    ]
