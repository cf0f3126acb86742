"""Start the store, the delivery and the scheduler inside the composition root's exit stack.

stack = AsyncExitStack()
scheduling = await start_scheduling(settings, {"slack": slack_publisher}, composer, stack)
core = Core(subscriptions=scheduling.service, feedback=scheduling.feedback, ...)
...
await stack.aclose()   # stops the scheduler, then closes the database
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass

from bot.core.ports import ChannelRef, Publisher
from bot.scheduling.compose import Composer
from bot.scheduling.delivery import Delivery, DeliveryResult
from bot.scheduling.pacing import RateLimits, RetryPolicy
from bot.scheduling.scheduler import DigestScheduler
from bot.scheduling.service import StoreSubscriptionService
from bot.settings import Settings
from bot.store.db import Database, open_database
from bot.store.feedback import SqlFeedbackStore


@dataclass(frozen=True, slots=True, kw_only=True)
class Scheduling:
    """What the composition root gets back: the ports and the running scheduler."""

    db: Database
    service: StoreSubscriptionService  # the SubscriptionService port
    feedback: SqlFeedbackStore  # the FeedbackStore port
    delivery: Delivery
    scheduler: DigestScheduler | None  # None when started with run_scheduler=False

    async def deliver_now(
        self, target: ChannelRef, *, topic: str | None = None, zone: str | None = None
    ) -> DeliveryResult:
        """Post a digest to `target` once, now (what `briefbot digest post` calls)."""
        return await self.delivery.deliver_now(
            target,
            topic=topic,
            zone=zone or self.service.default_zone,
            when_nothing_new="note",
        )


async def open_store(settings: Settings, stack: AsyncExitStack) -> Database:
    """Open the database (SQLite file or DATABASE_URL), migrate it, close it with the stack."""
    db = await open_database(settings.effective_database_url)
    stack.push_async_callback(db.close)
    return db


async def start_scheduling(
    settings: Settings,
    publishers: Mapping[str, Publisher],
    composer: Composer,
    stack: AsyncExitStack,
    *,
    db: Database | None = None,
    service: StoreSubscriptionService | None = None,
    run_scheduler: bool = True,
    limits: Mapping[str, RateLimits] | None = None,
    retry: RetryPolicy | None = None,
) -> Scheduling:
    """Open the store (unless given), start the scheduler and return the ports.

    Args:
        settings: grace window, refresh interval, default zone and "nothing new" policy.
        publishers: one `Publisher` per platform this process posts to.
        composer: builds each digest (`bot.scheduling.compose.DigestComposer`).
        stack: the composition root's exit stack; closing it stops everything in reverse.
        db: an already opened store (then the caller closes it).
        service: the subscription service the core already holds (over `db`); its changes
            are then scheduled at once. By default a new one over the store.
        run_scheduler: False for one-shot commands that only need the ports.
        limits: per-platform rate limits (default: Slack 50/s overall, 1/s per channel).
        retry: the retry policy for 429s and transient errors.
    """
    if db is None:
        db = await open_store(settings, stack)
    scheduler: DigestScheduler | None = None
    delivery = Delivery(
        db,
        publishers,
        composer,
        when_nothing_new=settings.digest_when_nothing_new,
        limits=limits,
        retry=retry,
    )
    if service is None:
        service = StoreSubscriptionService(db, default_zone=settings.default_timezone)
    if run_scheduler:
        scheduler = DigestScheduler(
            delivery,
            grace_minutes=settings.digest_grace_minutes,
            refresh_seconds=settings.subscription_refresh_seconds,
        )
        delivery.on_pause = scheduler.on_pause
        service.on_change = scheduler.refresh
        await scheduler.start()
        stack.push_async_callback(scheduler.shutdown)
    return Scheduling(
        db=db,
        service=service,
        feedback=SqlFeedbackStore(db),
        delivery=delivery,
        scheduler=scheduler,
    )
