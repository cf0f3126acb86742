"""The `SubscriptionService` port over the store, telling the local scheduler of changes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.core.errors import UserError
from bot.core.ports import ChannelRef, SubscriptionView
from bot.core.requests import Caller, SetDefaultZone, Subscribe, Unsubscribe
from bot.scheduling import schedule, strings
from bot.store import repo
from bot.store.db import Database
from bot.store.repo import LastDelivery, SubscriptionRow

MAX_PER_CHANNEL = 10
TOO_MANY = "This channel already has {count} digest subscriptions; remove one first."
TOPIC_MAX = 64


def view_of(
    row: SubscriptionRow, last: LastDelivery | None, now: datetime | None = None
) -> SubscriptionView:
    """Return how `schedule` shows a subscription: schedule, next run and last outcome."""
    spec = schedule.ScheduleSpec(
        cadence=row.cadence, time=row.time, day=row.day, cron=row.cron, zone=row.zone
    )
    next_local: str | None = None
    if row.paused_reason is None:
        try:
            nxt = schedule.next_fire(schedule.trigger(spec), now or datetime.now(UTC))
        except UserError:
            nxt = None
        if nxt is not None:
            next_local = schedule.local_label(nxt, row.zone)
    return SubscriptionView(
        id=row.id,
        channel=ChannelRef(platform=row.platform, workspace=row.workspace, channel=row.channel),
        schedule=schedule.describe(spec),
        zone=row.zone,
        topic=row.topic,
        next_run_local=next_local,
        last_outcome=None if last is None else last.outcome,
        last_reason=None if last is None else last.reason,
        paused_reason=row.paused_reason,
    )


class StoreSubscriptionService:
    """Creates, removes and lists subscriptions in the store (the `SubscriptionService` port).

    Args:
        db: the store.
        default_zone: `Settings.default_timezone`, used when neither the request nor the
            workspace names a zone.
        on_change: called with a subscription id after it was added or removed, so this
            process schedules it at once (other processes pick it up on their next resync).
    """

    def __init__(
        self,
        db: Database,
        *,
        default_zone: str,
        on_change: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        self.db = db
        self.default_zone = default_zone
        self.on_change = on_change

    async def _zone_for(self, request: Subscribe, caller: Caller) -> str:
        if request.zone:
            return request.zone.strip()
        workspace_zone = await repo.get_default_zone(self.db, caller.platform, caller.workspace)
        return workspace_zone or self.default_zone

    async def subscribe(self, request: Subscribe, caller: Caller) -> SubscriptionView:
        """Validate the schedule as the scheduler will run it, store it, and schedule it."""
        zone = await self._zone_for(request, caller)
        spec = schedule.validate(
            cadence=request.cadence,
            time=request.time,
            day=request.day,
            cron=request.cron,
            zone=zone,
        )
        topic = request.topic.strip() if request.topic else None
        if topic is not None and len(topic) > TOPIC_MAX:
            raise UserError(strings.TOPIC_TOO_LONG)
        existing = await repo.list_subscriptions(
            self.db, platform=caller.platform, workspace=caller.workspace, channel=caller.channel
        )
        if len(existing) >= MAX_PER_CHANNEL:
            raise UserError(TOO_MANY.format(count=len(existing)))
        row = await repo.add_subscription(
            self.db,
            platform=caller.platform,
            workspace=caller.workspace,
            channel=caller.channel,
            cadence=spec.cadence,
            time=spec.time,
            day=spec.day,
            cron=spec.cron,
            zone=spec.zone,
            topic=topic,
            created_by=caller.user,
        )
        if self.on_change is not None:
            await self.on_change(row.id)
        return view_of(row, None)

    async def unsubscribe(self, request: Unsubscribe, caller: Caller) -> int:
        """Remove one subscription of the caller's channel by id, or all; return how many."""
        target = request.target.strip()
        removed = await repo.remove_subscriptions(
            self.db,
            platform=caller.platform,
            workspace=caller.workspace,
            channel=caller.channel,
            subscription_id=None if target.lower() == "all" else target,
        )
        if self.on_change is not None:
            for subscription_id in removed:
                await self.on_change(subscription_id)
        return len(removed)

    async def list_channel(self, caller: Caller) -> list[SubscriptionView]:
        """Return the caller's channel subscriptions with next run and last outcome."""
        rows = await repo.list_subscriptions(
            self.db, platform=caller.platform, workspace=caller.workspace, channel=caller.channel
        )
        return await self.views(rows)

    async def list_all(self) -> list[SubscriptionView]:
        """Return every subscription (`briefbot subscriptions`)."""
        return await self.views(await repo.list_subscriptions(self.db))

    async def views(self, rows: list[SubscriptionRow]) -> list[SubscriptionView]:
        """Return the views of `rows`, with their last delivery outcomes."""
        last = await repo.last_deliveries(self.db, [row.id for row in rows])
        now = datetime.now(UTC)
        return [view_of(row, last.get(row.id), now) for row in rows]

    async def set_default_zone(self, request: SetDefaultZone, caller: Caller) -> str:
        """Validate and set the workspace's default zone; return it."""
        zone = request.zone.strip()
        schedule.zone_info(zone)
        await repo.set_default_zone(self.db, caller.platform, caller.workspace, zone)
        return zone
