"""The real APScheduler: jobs from the table, restarts, catch-up, resync, DST firing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from bot.core.requests import Caller, Subscribe, Unsubscribe
from bot.scheduling.delivery import Delivery, DeliveryResult
from bot.scheduling.pacing import RateLimits
from bot.scheduling.scheduler import DigestScheduler
from bot.scheduling.service import StoreSubscriptionService
from bot.store import repo
from bot.store.db import Database, open_database
from bot.store.models import Outcome
from tests.scheduling.fake_platform import FakePlatform, HttpPublisher
from tests.scheduling.helpers import add_daily, fixture_composer

FAST = {"slack": RateLimits(per_second=1000.0, channel_interval=0.0)}
CALLER = Caller(platform="slack", workspace="T1", channel="C1", user="U1", can_manage=True)


@pytest.fixture
async def fake() -> AsyncIterator[FakePlatform]:
    platform = await FakePlatform().start()
    yield platform
    await platform.stop()


@pytest.fixture
async def publisher(fake: FakePlatform) -> AsyncIterator[HttpPublisher]:
    pub = HttpPublisher(fake.url)
    yield pub
    await pub.close()


class Recorder:
    """Wraps `Delivery.deliver_slot` to record each (slot, outcome) and wake waiters."""

    def __init__(self, delivery: Delivery) -> None:
        self.results: list[tuple[str, str]] = []
        self._changed = asyncio.Condition()
        inner: Callable[[str, str, datetime], Awaitable[DeliveryResult]] = delivery.deliver_slot

        async def deliver_slot(sub_id: str, slot: str, fire_at: datetime) -> DeliveryResult:
            result = await inner(sub_id, slot, fire_at)
            async with self._changed:
                self.results.append((slot, result.outcome))
                self._changed.notify_all()
            return result

        delivery.deliver_slot = deliver_slot  # type: ignore[method-assign]

    async def wait(self, count: int) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(self.results) >= count), 10)


def make_scheduler(
    db: Database, publisher: HttpPublisher, *, grace: int = 60, refresh: int = 30
) -> DigestScheduler:
    delivery = Delivery(db, {"slack": publisher}, fixture_composer(), limits=FAST)
    scheduler = DigestScheduler(delivery, grace_minutes=grace, refresh_seconds=refresh)
    delivery.on_pause = scheduler.on_pause
    return scheduler


class ResyncWatch:
    """Wraps the periodic resync (before `start`) so tests wait on it, not on the clock."""

    def __init__(self, scheduler: DigestScheduler) -> None:
        self._changed = asyncio.Condition()
        inner = scheduler.resync

        async def resync() -> None:
            await inner()
            async with self._changed:
                self._changed.notify_all()

        scheduler.resync = resync  # type: ignore[method-assign]

    async def until(self, check: Callable[[], bool], within: float = 10.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(check), within)


async def test_jobs_are_rebuilt_from_the_subscriptions_after_a_restart(
    db_url: str, publisher: HttpPublisher
) -> None:
    db = await open_database(db_url)
    tomorrow_ish = (datetime.now(UTC) + timedelta(hours=2)).strftime("%H:%M")
    subs = [await add_daily(db, f"C{n}", time=tomorrow_ish) for n in range(3)]
    await repo.pause_subscription(db, subs[1].id, "paused: the channel is unavailable (x)")
    first = make_scheduler(db, publisher)
    await first.start()
    before = {s.id: first.next_run(s.id) for s in subs}
    await first.shutdown()
    await db.close()

    reopened = await open_database(db_url)
    second = make_scheduler(reopened, publisher)
    await second.start()
    try:
        assert second.job_ids() == sorted(f"digest:{s.id}" for s in (subs[0], subs[2]))
        assert {s.id: second.next_run(s.id) for s in subs} == before
        assert before[subs[1].id] is None
    finally:
        await second.shutdown()
        await reopened.close()


async def test_missed_slots_are_caught_up_within_grace_and_older_ones_logged_missed(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    now = datetime.now(UTC)
    recent = (now - timedelta(minutes=10)).strftime("%H:%M")
    stale = (now - timedelta(minutes=90)).strftime("%H:%M")
    three_days_ago = now - timedelta(days=3, minutes=100)
    fresh = await add_daily(db, "C1", time=recent, created_at=three_days_ago)
    old = await add_daily(db, "C2", time=stale, created_at=three_days_ago)
    scheduler = make_scheduler(db, publisher, grace=60)
    await scheduler.start()
    await scheduler.wait_idle()
    await scheduler.shutdown()

    assert [p.channel for p in fake.posts] == ["C1"]
    fresh_rows = await repo.deliveries(db, fresh.id)
    old_rows = await repo.deliveries(db, old.id)
    assert [r.outcome for r in fresh_rows] == [Outcome.MISSED] * 3 + [Outcome.POSTED]
    assert fresh_rows[0].reason is not None
    assert fresh_rows[0].reason.startswith("the bot was not running; a later slot")
    assert [r.outcome for r in old_rows] == [Outcome.MISSED] * 4
    assert old_rows[-1].reason == ("the bot was not running; older than the 60-minute grace window")
    # A second start finds nothing left to catch up.
    again = make_scheduler(db, publisher, grace=60)
    assert await again.catch_up(rows=None) == 0


async def test_a_subscription_made_elsewhere_is_scheduled_on_the_next_resync(
    db_url: str, publisher: HttpPublisher
) -> None:
    db = await open_database(db_url)
    scheduler = make_scheduler(db, publisher, refresh=1)
    watch = ResyncWatch(scheduler)
    await scheduler.start()
    other_process = await open_database(db_url)
    try:
        service = StoreSubscriptionService(other_process, default_zone="UTC")
        view = await service.subscribe(Subscribe(cadence="daily", time="07:30"), CALLER)
        await watch.until(lambda: scheduler.job_ids() == [f"digest:{view.id}"])
        await service.unsubscribe(Unsubscribe(target="all"), CALLER)
        await watch.until(lambda: scheduler.job_ids() == [])
    finally:
        await scheduler.shutdown()
        await other_process.close()
        await db.close()


async def test_subscribing_here_schedules_at_once(db: Database, publisher: HttpPublisher) -> None:
    scheduler = make_scheduler(db, publisher)
    await scheduler.start()
    service = StoreSubscriptionService(db, default_zone="UTC", on_change=scheduler.refresh)
    try:
        view = await service.subscribe(
            Subscribe(cadence="weekdays", time="07:30", zone="Europe/Berlin"), CALLER
        )
        assert scheduler.job_ids() == [f"digest:{view.id}"]
        nxt = scheduler.next_run(view.id)
        assert nxt is not None and nxt.astimezone(UTC).strftime("%M") == "30"
        assert await service.unsubscribe(Unsubscribe(target=view.id), CALLER) == 1
        assert scheduler.job_ids() == []
    finally:
        await scheduler.shutdown()


NY = "America/New_York"


async def fire_at(
    clock: time_machine.Coordinates, scheduler: DigestScheduler, when: datetime
) -> None:
    """Move the clock just before `when` and let the running scheduler notice."""
    clock.move_to(when - timedelta(milliseconds=300))
    assert scheduler._scheduler is not None
    scheduler._scheduler.wakeup()


async def test_fall_back_fires_twice_and_posts_once(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    edt = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT
    est = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 EST, the repeated hour
    created = edt - timedelta(minutes=10)
    sub = await add_daily(db, "C1", time="01:30", zone=NY, created_at=created)
    scheduler = make_scheduler(db, publisher)
    recorder = Recorder(scheduler.delivery)
    with time_machine.travel(edt - timedelta(minutes=5), tick=True) as clock:
        await scheduler.start(catch_up=False)
        try:
            await fire_at(clock, scheduler, edt)
            await recorder.wait(1)
            assert scheduler.next_run(sub.id) == est  # APScheduler 3 will fire again
            await fire_at(clock, scheduler, est)
            await recorder.wait(2)
        finally:
            await scheduler.shutdown()
    assert recorder.results == [("2026-11-01T01:30", "posted"), ("2026-11-01T01:30", "duplicate")]
    assert [p.channel for p in fake.posts] == ["C1"]
    rows = await repo.deliveries(db, sub.id)
    assert [(r.slot, r.outcome) for r in rows] == [("2026-11-01T01:30", Outcome.POSTED)]


async def test_spring_forward_posts_once_at_0330(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    edt_0330 = datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    created = edt_0330 - timedelta(hours=3)
    sub = await add_daily(db, "C1", time="02:30", zone=NY, created_at=created)
    scheduler = make_scheduler(db, publisher)
    recorder = Recorder(scheduler.delivery)
    with time_machine.travel(edt_0330 - timedelta(hours=2), tick=True) as clock:
        await scheduler.start(catch_up=False)
        try:
            assert scheduler.next_run(sub.id) == edt_0330
            await fire_at(clock, scheduler, edt_0330)
            await recorder.wait(1)
            nxt = scheduler.next_run(sub.id)
        finally:
            await scheduler.shutdown()
    assert recorder.results == [("2026-03-08T03:30", "posted")]
    assert nxt == datetime(2026, 3, 9, 6, 30, tzinfo=UTC)  # 02:30 EDT the next day
    assert [p.channel for p in fake.posts] == ["C1"]
    rows = await repo.deliveries(db, sub.id)
    assert [(r.slot, r.outcome) for r in rows] == [("2026-03-08T03:30", Outcome.POSTED)]
