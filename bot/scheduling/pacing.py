"""Pacing: a per-platform global rate plus per-channel spacing, and bounded retry policy.

Slack allows about one message per second per channel and throttles bursts per workspace;
Discord has per-route buckets and a global cap. Each process paces itself to these limits and
still honours any 429 the platform sends (the `RateLimited` error carries its Retry-After).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class RateLimits:
    """How fast one process posts to one platform."""

    per_second: float  # messages per second across all channels
    channel_interval: float  # seconds between two messages to the same channel
    max_in_flight: int = 200  # concurrent requests, so a hanging API cannot pile up tasks


# Slack: 1 message per second per channel; overall we stay a little under 50 per second so
# that timer jitter between us and Slack's window does not turn into 429s.
DEFAULT_LIMITS: Mapping[str, RateLimits] = {
    "slack": RateLimits(per_second=48.0, channel_interval=1.0),
    "discord": RateLimits(per_second=40.0, channel_interval=1.0),
    "console": RateLimits(per_second=1000.0, channel_interval=0.0),
}
FALLBACK_LIMITS = RateLimits(per_second=10.0, channel_interval=1.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    """Bounded retries: Retry-After for 429s, exponential backoff for 5xx and resets."""

    max_attempts: int = 8  # posts tried in all, whatever the failures
    max_transient: int = 4  # of which at most this many may fail with 5xx / connection errors
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    max_retry_after: float = 300.0  # a longer Retry-After is waited as this, then tried again

    def backoff(self, failures: int) -> float:
        """Return the wait after the `failures`-th transient failure (1, 2, 4, ... seconds)."""
        return float(min(self.backoff_max, self.backoff_base * 2 ** max(0, failures - 1)))


class Pacer:
    """Hands out send times for one platform: global spacing plus per-channel spacing.

    Channel reservations are made without awaiting in between, so on one event loop they
    never race. The global slot is taken in turn behind a (FIFO) lock and measured when the
    waiter wakes, so a stalled loop does not release a burst of overdue sends at once.
    """

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._interval = 1.0 / limits.per_second if limits.per_second > 0 else 0.0
        self._next_global = 0.0
        self._next_channel: dict[str, float] = {}
        self._gate = asyncio.Lock()
        self.in_flight = asyncio.Semaphore(limits.max_in_flight)

    async def wait_turn(self, channel_key: str) -> None:
        """Wait until this channel may be posted to, then until the platform's next send slot."""
        now = time.monotonic()
        if self.limits.channel_interval > 0:
            at = max(now, self._next_channel.get(channel_key, 0.0))
            self._next_channel[channel_key] = at + self.limits.channel_interval
            if len(self._next_channel) > 10_000:
                self._prune(now)
            if at > now:
                await asyncio.sleep(at - now)
        if self._interval <= 0:
            return
        async with self._gate:
            now = time.monotonic()
            if self._next_global > now:
                await asyncio.sleep(self._next_global - now)
            # Keep to the schedule (sleep overshoot is not added up), but after a stall let
            # at most one overdue send through at once.
            floor = time.monotonic() - self._interval
            self._next_global = max(self._next_global, floor) + self._interval

    def _prune(self, now: float) -> None:
        for key in [k for k, t in self._next_channel.items() if t <= now]:
            del self._next_channel[key]
