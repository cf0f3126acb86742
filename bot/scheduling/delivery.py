"""Delivery: claim a (subscription, slot), compose, post within rate limits, record the outcome.

The claim is an INSERT under UNIQUE(subscription_id, slot): whichever process (or retry, or
restart) inserts first posts, every other attempt sees the IntegrityError and stops. The claim
is taken right before the first post attempt (after pacing), so a process killed mid-fan-out
leaves unclaimed the channels it had not reached, and a restart catches those up.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.core.ports import (
    ChannelRef,
    ChannelUnavailable,
    DeliveryError,
    Publisher,
    RateLimited,
    TransientDeliveryError,
)
from bot.core.reply import Reply
from bot.core.reporting import report_error
from bot.scheduling import strings
from bot.scheduling.compose import Composer, DigestSubscription
from bot.scheduling.pacing import (
    DEFAULT_LIMITS,
    FALLBACK_LIMITS,
    Pacer,
    RateLimits,
    RetryPolicy,
)
from bot.store import repo
from bot.store.db import Database, utcnow
from bot.store.models import Outcome

log = logging.getLogger(__name__)

MANUAL = "manual"


def process_name() -> str:
    """Return this process's claim name: host, pid and a random suffix."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryResult:
    """What happened to one delivery."""

    outcome: str  # posted | failed | skipped | duplicate | paused | gone | no_publisher
    reason: str | None = None
    message_id: str | None = None
    fact_ids: tuple[str, ...] = ()
    attempts: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class _Posted:
    outcome: str
    reason: str | None
    message_id: str | None
    attempts: int
    pause: bool = False  # the channel is gone or forbids the bot


class Delivery:
    """Posts digests exactly once per (subscription, slot).

    Args:
        db: the store.
        publishers: one `Publisher` per platform this process can post to.
        composer: builds the digest reply.
        when_nothing_new: the default for subscriptions that do not say ("note" | "skip").
        limits: rate limits per platform (defaults: Slack 50/s and 1/s per channel).
        retry: the retry policy.
        claimed_by: this process's name in the delivery log.
        on_pause: called with a subscription id after a channel failure paused it.
        sleep: how to wait (tests pass a recording wrapper around `asyncio.sleep`).
    """

    def __init__(
        self,
        db: Database,
        publishers: Mapping[str, Publisher],
        composer: Composer,
        *,
        when_nothing_new: str = "note",
        limits: Mapping[str, RateLimits] | None = None,
        retry: RetryPolicy | None = None,
        claimed_by: str | None = None,
        on_pause: Callable[[str], Awaitable[None]] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.db = db
        self.publishers = dict(publishers)
        self.composer = composer
        self.when_nothing_new = when_nothing_new
        self.retry = retry or RetryPolicy()
        self.claimed_by = claimed_by or process_name()
        self.on_pause = on_pause
        self._sleep = sleep
        limits = {**DEFAULT_LIMITS, **(limits or {})}
        self._pacers = {
            platform: Pacer(limits.get(platform, FALLBACK_LIMITS)) for platform in self.publishers
        }
        self._in_progress: set[tuple[str, str]] = set()

    def in_progress(self, subscription_id: str, slot: str) -> bool:
        """Return whether this process is delivering (subscription, slot) right now."""
        return (subscription_id, slot) in self._in_progress

    async def deliver_slot(
        self, subscription_id: str, slot: str, fire_at: datetime
    ) -> DeliveryResult:
        """Deliver one subscription's digest for one slot, unless someone already has."""
        key = (subscription_id, slot)
        if key in self._in_progress:
            return DeliveryResult(outcome="duplicate")
        self._in_progress.add(key)
        try:
            return await self._deliver_slot(subscription_id, slot, fire_at)
        finally:
            self._in_progress.discard(key)

    async def _deliver_slot(
        self, subscription_id: str, slot: str, fire_at: datetime
    ) -> DeliveryResult:
        sub = await repo.get_subscription(self.db, subscription_id)
        if sub is None:
            return DeliveryResult(outcome="gone", reason=strings.REASON_GONE)
        if sub.paused_reason is not None:
            return DeliveryResult(outcome="paused", reason=sub.paused_reason)
        publisher = self.publishers.get(sub.platform)
        if publisher is None:
            # Leave the slot unclaimed: a process that has this platform will post it.
            reason = strings.REASON_NO_PUBLISHER.format(platform=sub.platform)
            return DeliveryResult(outcome="no_publisher", reason=reason)
        if await repo.is_claimed(self.db, subscription_id, slot):
            return DeliveryResult(outcome="duplicate")  # spare the rate limit for real posts
        target = ChannelRef(platform=sub.platform, workspace=sub.workspace, channel=sub.channel)
        pacer = self._pacers[sub.platform]
        await pacer.wait_turn(_channel_key(target))
        delivery_id = await repo.claim(
            self.db,
            subscription_id=subscription_id,
            slot=slot,
            fire_at=fire_at,
            claimed_by=self.claimed_by,
        )
        if delivery_id is None:
            log.info("digest already claimed: subscription=%s slot=%s", subscription_id, slot)
            return DeliveryResult(outcome="duplicate")
        when = str(sub.options.get("when_nothing_new") or self.when_nothing_new)
        return await self._compose_and_post(
            delivery_id,
            publisher,
            pacer,
            target,
            subscription_id=subscription_id,
            topic=sub.topic,
            zone=sub.zone,
            slot=slot,
            when_nothing_new=when,
            paced=True,
        )

    async def deliver_now(
        self,
        target: ChannelRef,
        *,
        topic: str | None = None,
        zone: str = "UTC",
        when_nothing_new: str = "note",
    ) -> DeliveryResult:
        """Post a digest to `target` once, now (`briefbot digest post`), logged and counted.

        The delivery log gets a row under the pseudo subscription "manual:<platform>:<channel>"
        with a unique slot, and the facts sent count as sent for the channel's next digest.
        """
        publisher = self.publishers.get(target.platform)
        if publisher is None:
            reason = strings.REASON_NO_PUBLISHER.format(platform=target.platform)
            return DeliveryResult(outcome="no_publisher", reason=reason)
        now = utcnow()
        subscription_id = f"{MANUAL}:{target.platform}:{target.workspace}:{target.channel}"[:120]
        slot = f"{MANUAL}-{now:%Y-%m-%dT%H:%M:%S.%f}"
        delivery_id = await repo.claim(
            self.db,
            subscription_id=subscription_id,
            slot=slot,
            fire_at=now,
            claimed_by=self.claimed_by,
        )
        if delivery_id is None:
            return DeliveryResult(outcome="duplicate")
        return await self._compose_and_post(
            delivery_id,
            publisher,
            self._pacers[target.platform],
            target,
            subscription_id=None,
            topic=topic,
            zone=zone,
            slot=slot,
            when_nothing_new=when_nothing_new,
            paced=False,
        )

    async def _compose_and_post(
        self,
        delivery_id: int,
        publisher: Publisher,
        pacer: Pacer,
        target: ChannelRef,
        *,
        subscription_id: str | None,
        topic: str | None,
        zone: str,
        slot: str,
        when_nothing_new: str,
        paced: bool,
    ) -> DeliveryResult:
        sent = await repo.sent_fact_ids(self.db, target.platform, target.workspace, target.channel)
        digest = DigestSubscription(
            id=subscription_id or MANUAL,
            channel=target,
            topic=topic,
            zone=zone,
            slot=slot,
            when_nothing_new=when_nothing_new,
            first=not sent,
        )
        try:
            reply, fact_ids = self.composer(digest, sent)
        except Exception as exc:
            report_error(exc, context={"job": "digest", "subscription": subscription_id})
            reason = f"composition failed: {type(exc).__name__}"
            await repo.record_outcome(self.db, delivery_id, outcome=Outcome.FAILED, reason=reason)
            return DeliveryResult(outcome=Outcome.FAILED, reason=reason)
        if reply is None:
            await repo.record_outcome(
                self.db, delivery_id, outcome=Outcome.SKIPPED, reason=strings.REASON_NOTHING_NEW
            )
            return DeliveryResult(outcome=Outcome.SKIPPED, reason=strings.REASON_NOTHING_NEW)
        posted = await self._post(publisher, pacer, target, reply, paced=paced)
        facts = tuple(fact_ids) if posted.outcome == Outcome.POSTED else ()
        await repo.record_outcome(
            self.db,
            delivery_id,
            outcome=posted.outcome,
            reason=posted.reason,
            message_id=posted.message_id,
            attempts=posted.attempts,
            sent_to=(target.platform, target.workspace, target.channel),
            fact_ids=facts,
        )
        log.info(
            "digest %s: subscription=%s platform=%s channel=%s slot=%s facts=%d attempts=%d",
            posted.outcome,
            subscription_id,
            target.platform,
            target.channel,
            slot,
            len(facts),
            posted.attempts,
        )
        if posted.pause and subscription_id is not None:
            await repo.pause_subscription(self.db, subscription_id, posted.reason or "")
            log.warning("subscription paused: id=%s reason=%s", subscription_id, posted.reason)
            if self.on_pause is not None:
                await self.on_pause(subscription_id)
        return DeliveryResult(
            outcome=posted.outcome,
            reason=posted.reason,
            message_id=posted.message_id,
            fact_ids=facts,
            attempts=posted.attempts,
        )

    async def _post(
        self, publisher: Publisher, pacer: Pacer, target: ChannelRef, reply: Reply, *, paced: bool
    ) -> _Posted:
        policy = self.retry
        transient = 0
        last_reason = ""
        key = _channel_key(target)
        for attempt in range(1, policy.max_attempts + 1):
            if not paced:
                await pacer.wait_turn(key)
            paced = False
            try:
                async with pacer.in_flight:
                    message_id = await publisher.publish(target, reply)
                return _Posted(
                    outcome=Outcome.POSTED, reason=None, message_id=message_id, attempts=attempt
                )
            except RateLimited as exc:
                last_reason = exc.reason
                wait = min(policy.max_retry_after, max(0.0, exc.retry_after))
                log.info("rate limited: channel=%s retry_after=%.2f", target.channel, wait)
            except TransientDeliveryError as exc:
                transient += 1
                last_reason = exc.reason
                if transient >= policy.max_transient:
                    break
                wait = policy.backoff(transient)
            except ChannelUnavailable as exc:
                reason = strings.PAUSED_UNAVAILABLE.format(reason=exc.reason)
                return _Posted(
                    outcome=Outcome.FAILED,
                    reason=reason,
                    message_id=None,
                    attempts=attempt,
                    pause=True,
                )
            except DeliveryError as exc:
                return _Posted(
                    outcome=Outcome.FAILED, reason=exc.reason, message_id=None, attempts=attempt
                )
            except Exception as exc:  # a bug in an adapter: report it, never retry it
                context = {"job": "digest", "platform": target.platform, "channel": target.channel}
                report_error(exc, context=context)
                reason = f"error: {type(exc).__name__}"
                return _Posted(
                    outcome=Outcome.FAILED, reason=reason, message_id=None, attempts=attempt
                )
            if attempt < policy.max_attempts:
                await self._sleep(wait)
        attempts = min(attempt, policy.max_attempts)
        reason = strings.REASON_GAVE_UP.format(attempts=attempts, reason=last_reason)
        return _Posted(outcome=Outcome.FAILED, reason=reason, message_id=None, attempts=attempts)


def _channel_key(target: ChannelRef) -> str:
    return f"{target.workspace}/{target.channel}"
