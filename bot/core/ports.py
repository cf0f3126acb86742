"""Ports: what the core and the scheduler need from the outside, as `typing.Protocol`s.

Adapters implement `Publisher` (one per platform); the store implements `FeedbackStore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.reply import Reply
from bot.core.requests import Caller, SetDefaultZone, Subscribe, Unsubscribe


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelRef:
    """Where to post: a channel on one platform's workspace or guild."""

    platform: str  # "slack" | "discord" | "console"
    workspace: str
    channel: str


class DeliveryError(Exception):
    """Posting failed; `reason` is kept in the delivery log for "why didn't it post"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RateLimited(DeliveryError):
    """The platform answered 429: wait `retry_after` seconds before trying again."""

    def __init__(self, reason: str, retry_after: float) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class TransientDeliveryError(DeliveryError):
    """A 5xx or connection error: retry with backoff."""


class ChannelUnavailable(DeliveryError):
    """The channel is gone or forbids the bot: pause the subscription, do not retry."""


class Publisher(Protocol):
    """Posts a rendered reply to a channel of one platform."""

    platform: str

    async def publish(self, target: ChannelRef, reply: Reply) -> str:
        """Post `reply` publicly in `target`; return the platform's message id.

        Raises:
            RateLimited: on HTTP 429 (with Retry-After).
            TransientDeliveryError: on 5xx or connection errors.
            ChannelUnavailable: when the channel is gone or the bot may not post there.
        """
        ...


class FeedbackStore(Protocol):
    """Stores "Helpful" / "Not helpful" votes on answers, from every platform."""

    async def record_vote(
        self,
        *,
        platform: str,
        workspace: str,
        channel: str,
        user: str,
        question: str,
        fact_ids: tuple[str, ...],
        version: str,
        helpful: bool,
    ) -> None:
        """Record one vote; a user's second vote on the same answer replaces the first."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionView:
    """A subscription as the `schedule` command shows it."""

    id: str
    channel: ChannelRef
    schedule: str  # human-readable, e.g. "weekdays at 07:30 (Europe/Berlin)"
    zone: str
    topic: str | None
    next_run_local: str | None  # e.g. "2026-11-25 07:30 CET", None when paused
    last_outcome: str | None  # e.g. "posted", "failed", "missed", "skipped"
    last_reason: str | None
    paused_reason: str | None


class SubscriptionService(Protocol):
    """Creates, removes and lists digest subscriptions; implemented over the store.

    Permission checks happen in the core before these are called. Invalid schedules
    (a cron expression the scheduler rejects, say) raise `UserError`.
    """

    async def subscribe(self, request: Subscribe, caller: Caller) -> SubscriptionView:
        """Create a subscription for the caller's channel and schedule it."""
        ...

    async def unsubscribe(self, request: Unsubscribe, caller: Caller) -> int:
        """Remove one or all of the caller's channel subscriptions; return how many."""
        ...

    async def list_channel(self, caller: Caller) -> list[SubscriptionView]:
        """Return the caller's channel subscriptions."""
        ...

    async def set_default_zone(self, request: SetDefaultZone, caller: Caller) -> str:
        """Set the caller's workspace default zone; return it."""
        ...
