"""The digest scheduler: a thin face over APScheduler 3's `AsyncIOScheduler`.

The subscriptions table is the source of truth. At start, and every
`subscription_refresh_seconds` after, the jobs are rebuilt from it (job id "digest:<id>", the
only argument the subscription id), so a subscription made through any process is scheduled in
every process. Slots missed while no process ran are caught up within the grace window and
recorded as missed beyond it. Every process may run this: the delivery-log claim makes each
slot post once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.errors import UserError
from bot.core.reporting import report_error
from bot.scheduling import schedule, strings
from bot.scheduling.delivery import Delivery, DeliveryResult
from bot.store import repo
from bot.store.repo import SubscriptionRow

log = logging.getLogger(__name__)

JOB_PREFIX = "digest:"
RESYNC_JOB = "digest-resync"
CATCH_UP_HORIZON = timedelta(days=7)  # older slots are neither caught up nor logged as missed
LIVE_MARGIN = timedelta(seconds=60)  # resync leaves younger slots to the live job


def job_id(subscription_id: str) -> str:
    """Return the APScheduler job id of a subscription."""
    return JOB_PREFIX + subscription_id


def spec_of(row: SubscriptionRow) -> schedule.ScheduleSpec:
    """Return the schedule spec of a stored subscription."""
    return schedule.ScheduleSpec(
        cadence=row.cadence, time=row.time, day=row.day, cron=row.cron, zone=row.zone
    )


@dataclass(frozen=True, slots=True)
class _Scheduled:
    key: tuple[str, str | None, str | None, str | None, str]
    trigger: CronTrigger
    zone: str


class DigestScheduler:
    """Schedules every active subscription's digest and catches up missed slots.

    Args:
        delivery: posts one (subscription, slot).
        grace_minutes: slots missed by at most this much are posted late; older ones are not.
        refresh_seconds: how often to re-read the subscriptions table.
    """

    def __init__(self, delivery: Delivery, *, grace_minutes: int, refresh_seconds: int) -> None:
        self.delivery = delivery
        self.db = delivery.db
        self.grace = timedelta(minutes=grace_minutes)
        self.refresh_seconds = refresh_seconds
        self._scheduler: AsyncIOScheduler | None = None
        self._scheduled: dict[str, _Scheduled] = {}
        self._tasks: set[asyncio.Task[Any]] = set()  # deliveries in flight

    @property
    def running(self) -> bool:
        """Return whether the scheduler is running."""
        return self._scheduler is not None and self._scheduler.running

    async def start(self, *, catch_up: bool = True) -> None:
        """Start APScheduler on the running loop, load the jobs, and catch up missed slots."""
        misfire = max(1, int(self.grace.total_seconds()))
        self._scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 2, "misfire_grace_time": misfire},
        )
        self._scheduler.start()
        self._scheduler.add_job(
            self.resync,
            IntervalTrigger(seconds=self.refresh_seconds, timezone=UTC),
            id=RESYNC_JOB,
            replace_existing=True,
            max_instances=1,
        )
        rows = await self.sync()
        if catch_up:
            await self.catch_up(rows=rows, margin=timedelta(0))
        log.info("scheduler started: subscriptions=%d", len(self._scheduled))

    async def shutdown(self) -> None:
        """Stop firing and cancel deliveries still running (their claims stay in the log)."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._scheduler = None

    async def resync(self) -> None:
        """Re-read the subscriptions table; catch up slots no live job took (periodic job)."""
        try:
            rows = await self.sync()
            await self.catch_up(rows=rows, margin=LIVE_MARGIN)
        except Exception as exc:
            report_error(exc, context={"job": "resync"})

    async def sync(self) -> list[SubscriptionRow]:
        """Make the jobs match the active subscriptions; return those subscriptions."""
        rows = await repo.list_subscriptions(self.db, active_only=True)
        wanted = {row.id for row in rows}
        for subscription_id in set(self._scheduled) - wanted:
            self.unschedule(subscription_id)
        for row in rows:
            self.schedule(row)
        return rows

    def schedule(self, row: SubscriptionRow) -> None:
        """Add or update the job of one subscription (no-op when nothing changed)."""
        spec = spec_of(row)
        current = self._scheduled.get(row.id)
        if current is not None and current.key == spec.key:
            return
        try:
            trigger = schedule.trigger(spec)
        except UserError as exc:  # edited by hand into something invalid: log, do not crash
            log.error("subscription %s has an invalid schedule: %s", row.id, exc.message)
            return
        self._scheduled[row.id] = _Scheduled(key=spec.key, trigger=trigger, zone=row.zone)
        if self._scheduler is not None:
            self._scheduler.add_job(
                self.fire, trigger, args=[row.id], id=job_id(row.id), replace_existing=True
            )

    def unschedule(self, subscription_id: str) -> None:
        """Remove the job of one subscription, if it has one."""
        self._scheduled.pop(subscription_id, None)
        if self._scheduler is not None:
            with contextlib.suppress(JobLookupError):
                self._scheduler.remove_job(job_id(subscription_id))

    async def on_pause(self, subscription_id: str) -> None:
        """Stop scheduling a subscription the delivery paused."""
        self.unschedule(subscription_id)

    async def refresh(self, subscription_id: str) -> None:
        """Schedule or unschedule one subscription now (after subscribe / unsubscribe here)."""
        row = await repo.get_subscription(self.db, subscription_id)
        if row is None or row.paused_reason is not None:
            self.unschedule(subscription_id)
        else:
            self.schedule(row)

    def next_run(self, subscription_id: str) -> datetime | None:
        """Return the next fire time of a scheduled subscription (UTC), if scheduled."""
        if self._scheduler is not None:
            job = self._scheduler.get_job(job_id(subscription_id))
            if job is not None and job.next_run_time is not None:
                return job.next_run_time.astimezone(UTC)  # type: ignore[no-any-return]
        return None

    def run_now(self, subscription_id: str) -> bool:
        """Make a scheduled subscription's job fire now; return whether it is scheduled.

        The job delivers the latest slot that is due, so this re-tries a slot, never posts
        a second digest for one.
        """
        if self._scheduler is None or self._scheduler.get_job(job_id(subscription_id)) is None:
            return False
        self._scheduler.modify_job(job_id(subscription_id), next_run_time=datetime.now(UTC))
        return True

    def job_ids(self) -> list[str]:
        """Return the ids of the digest jobs APScheduler holds."""
        if self._scheduler is None:
            return []
        return sorted(j.id for j in self._scheduler.get_jobs() if j.id.startswith(JOB_PREFIX))

    async def fire(self, subscription_id: str) -> DeliveryResult | None:
        """Deliver the slot that is due now (the job APScheduler runs).

        The job's task joins the deliveries in flight, so `wait_idle` waits for it and
        `shutdown` cancels it before the store closes under it.
        """
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            return await self._fire(subscription_id)
        finally:
            if task is not None:
                self._tasks.discard(task)

    async def _fire(self, subscription_id: str) -> DeliveryResult | None:
        scheduled = self._scheduled.get(subscription_id)
        if scheduled is None:
            return None
        now = datetime.now(UTC)
        fire_at = schedule.latest_fire(scheduled.trigger, now)
        if fire_at is None:
            return None
        slot = schedule.slot_of(fire_at, scheduled.zone)
        try:
            return await self.delivery.deliver_slot(subscription_id, slot, fire_at)
        except Exception as exc:  # the store is down, say: report it like any handler error
            report_error(exc, context={"job": "digest", "subscription": subscription_id})
            return None

    async def catch_up(
        self,
        *,
        rows: list[SubscriptionRow] | None = None,
        now: datetime | None = None,
        margin: timedelta = timedelta(0),
    ) -> int:
        """Post each subscription's latest missed slot within the grace window; log the rest.

        Missed slots are those after the subscription's last delivery-log slot (or its
        creation) and before `now - margin`. Returns how many deliveries were started.
        """
        now = now or datetime.now(UTC)
        if rows is None:
            rows = await repo.list_subscriptions(self.db, active_only=True)
        last = await repo.last_deliveries(self.db)
        started = 0
        for row in rows:
            scheduled = self._scheduled.get(row.id)
            if scheduled is None:
                continue
            since = max(row.created_at, now - CATCH_UP_HORIZON)
            if row.id in last:
                since = max(since, last[row.id].fire_at)
            slots: dict[str, datetime] = {}
            for fire in schedule.fire_times(scheduled.trigger, since, now - margin):
                slots.setdefault(schedule.slot_of(fire, row.zone), fire)
            if not slots:
                continue
            latest_slot, latest_fire = max(slots.items(), key=lambda kv: kv[1])
            post = now - latest_fire <= self.grace
            missed = [
                (slot, fire, self._missed_reason(latest_slot if post else None))
                for slot, fire in slots.items()
                if not (post and slot == latest_slot)
                and not self.delivery.in_progress(row.id, slot)
            ]
            if missed:
                await repo.record_missed(
                    self.db,
                    subscription_id=row.id,
                    slots=missed,
                    claimed_by=self.delivery.claimed_by,
                )
            if post and not self.delivery.in_progress(row.id, latest_slot):
                self._spawn(row.id, latest_slot, latest_fire)
                started += 1
        if started:
            log.info("catching up missed digests: count=%d", started)
        return started

    def _missed_reason(self, posted_slot: str | None) -> str:
        if posted_slot is not None:
            return strings.REASON_COALESCED.format(slot=posted_slot)
        minutes = int(self.grace.total_seconds() // 60)
        return strings.REASON_OUTSIDE_GRACE.format(minutes=minutes)

    def _spawn(self, subscription_id: str, slot: str, fire_at: datetime) -> None:
        task = asyncio.create_task(self.delivery.deliver_slot(subscription_id, slot, fire_at))
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[DeliveryResult]) -> None:
        self._tasks.discard(task)
        error = None if task.cancelled() else task.exception()
        if error is not None:
            report_error(error, context={"job": "catch-up"})

    async def wait_idle(self) -> None:
        """Wait for the deliveries in flight (tests and graceful shutdown)."""
        current = asyncio.current_task()
        while pending := [task for task in self._tasks if task is not current]:
            await asyncio.gather(*pending, return_exceptions=True)
