"""One digest slot fanned out to 2,000 Slack channels within Slack's limits, each exactly once.

A loopback fake of the Slack Web API (aiohttp on 127.0.0.1, in its own process) accepts one chat.postMessage per
second per channel and 50 per second overall, and answers 429 with Retry-After beyond that.
The bot side is the real thing: SQLite store, APScheduler firing 2,000 jobs for one slot, the
delivery claims, and the Slack adapter's `SlackPublisher` over slack_sdk's `AsyncWebClient`.
Bar: all delivered, none twice, in at most 1.2x the floor the limits set (2000 / 50 = 40 s).
"""

from __future__ import annotations

import asyncio
import collections
import logging
import sys
import tempfile
import time
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import aiohttp
from aiohttp import web
from sqlalchemy import func, select

from bot.adapters.slack.client import build_web_client
from bot.adapters.slack.publisher import SlackPublisher, StaticToken
from bot.scheduling.bootstrap import start_scheduling
from bot.scheduling.pacing import DEFAULT_LIMITS
from bot.settings import Settings
from bot.store import repo
from bot.store.db import open_database
from bot.store.models import DeliveryLog, Outcome
from tests.scheduling.helpers import fixture_composer

CHANNELS = 2000
GLOBAL_PER_SECOND = 50
CHANNEL_INTERVAL = 1.0
FLOOR_SECONDS = CHANNELS / GLOBAL_PER_SECOND
BAR = 1.2
ROOT = Path(__file__).resolve().parent.parent


class FakeSlackLimits:
    """chat.postMessage with Slack-like limits: per channel and overall, 429 beyond them."""

    def __init__(self) -> None:
        self.accepted: collections.Counter[str] = collections.Counter()
        self.rejected = 0
        self.done = asyncio.Event()
        self._recent: collections.deque[float] = collections.deque()
        self._last: dict[str, float] = {}
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/api/chat.postMessage", self._post)
        app.router.add_get("/stats", self._stats)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{self.port}/api/"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response({"accepted": dict(self.accepted), "rejected": self.rejected})

    async def _post(self, request: web.Request) -> web.Response:
        raw = await request.text()
        body = dict(parse_qsl(raw)) if "json" not in request.content_type else await request.json()
        channel = str(body.get("channel"))
        now = time.monotonic()
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        too_soon = now - self._last.get(channel, -10.0) < CHANNEL_INTERVAL
        if too_soon or len(self._recent) >= GLOBAL_PER_SECOND:
            self.rejected += 1
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"}
            )
        self._recent.append(now)
        self._last[channel] = now
        self.accepted[channel] += 1
        if len(self.accepted) >= CHANNELS:
            self.done.set()
        return web.json_response({"ok": True, "channel": channel, "ts": f"{now:.6f}"})


async def serve_fake() -> None:
    """Run the fake Slack in this process (its own event loop, like the real Slack)."""
    fake = FakeSlackLimits()
    await fake.start()
    print(fake.port, flush=True)
    await asyncio.Event().wait()


async def run() -> tuple[float, dict[str, int], int, collections.Counter[str]]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.bench_fanout", "--fake",
        cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    port = int((await proc.stdout.readline()).decode())
    api_url = f"http://127.0.0.1:{port}/api/"
    try:
        return await fan_out(api_url, port)
    finally:
        proc.terminate()
        await proc.wait()


async def stats(port: int) -> tuple[dict[str, int], int]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/stats") as response,
    ):
        data = await response.json()
    return dict(data["accepted"]), int(data["rejected"])


async def fan_out(
    api_url: str, port: int
) -> tuple[float, dict[str, int], int, collections.Counter[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite'}"
        db = await open_database(url)
        slot_time = (datetime.now(UTC) - timedelta(minutes=2)).strftime("%H:%M")
        # Created after the slot, so the start-up catch-up leaves it to the jobs fired below.
        created = datetime.now(UTC)
        for n in range(CHANNELS):
            await repo.add_subscription(
                db, platform="slack", workspace="T0BENCH", channel=f"C{n:05d}",
                cadence="daily", time=slot_time, day=None, cron=None, zone="UTC",
                topic=None, created_by="U0", created_at=created,
            )  # fmt: skip
        publisher = SlackPublisher(
            build_web_client(token=None, api_url=api_url), StaticToken("xoxb-bench")
        )
        settings = Settings.model_validate({"subscription_refresh_seconds": 3600})
        async with AsyncExitStack() as stack:
            scheduling = await start_scheduling(
                settings,
                {"slack": publisher},
                fixture_composer(),
                stack,
                db=db,
            )
            scheduler = scheduling.scheduler
            assert scheduler is not None
            await scheduler.wait_idle()
            start = time.perf_counter()
            # The slot is due: APScheduler fires all 2,000 jobs at once (the live path).
            for job in scheduler.job_ids():
                scheduler.run_now(job.removeprefix("digest:"))
            # Done when every outcome is recorded (each just after its post was answered).
            finished = (
                select(func.count())
                .select_from(DeliveryLog)
                .where(DeliveryLog.outcome != Outcome.CLAIMED)
            )
            while time.perf_counter() - start < FLOOR_SECONDS * 3:
                async with db.sessions() as session:
                    if (await session.scalar(finished) or 0) >= CHANNELS:
                        break
                await asyncio.sleep(0.25)
            elapsed = time.perf_counter() - start
            rows = await repo.deliveries(db)
        await db.close()
    accepted, rejected = await stats(port)
    outcomes = collections.Counter(r.outcome for r in rows)
    return elapsed, accepted, rejected, outcomes


def main() -> int:
    """Run the fan-out once; return 1 if it misses the bar."""
    logging.basicConfig(level=logging.ERROR)
    elapsed, accepted, rejected, outcomes = asyncio.run(run())
    twice = sum(1 for count in accepted.values() if count > 1)
    limits = DEFAULT_LIMITS["slack"]
    print(
        f"pacing: {limits.per_second:g}/s overall, {limits.channel_interval:g} s per channel; "
        f"fake Slack: {GLOBAL_PER_SECOND}/s overall, {CHANNEL_INTERVAL:g} s per channel"
    )
    print(
        f"fan-out to {CHANNELS} channels: {elapsed:.1f} s "
        f"(floor {FLOOR_SECONDS:.0f} s, bar {BAR * FLOOR_SECONDS:.0f} s); "
        f"delivered {len(accepted)}, twice {twice}, 429s {rejected}, "
        f"log {dict(outcomes)}"
    )
    ok = (
        len(accepted) == CHANNELS
        and twice == 0
        and outcomes == {Outcome.POSTED: CHANNELS}
        and elapsed <= BAR * FLOOR_SECONDS
    )
    print("bench_fanout:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    if "--fake" in sys.argv:
        asyncio.run(serve_fake())
    else:
        sys.exit(main())
