"""Exactly once across processes: a bot killed mid-fan-out, and two bots sharing PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import repo
from bot.store.db import Database, open_database
from bot.store.models import DeliveryLog, Outcome
from tests.scheduling.fake_platform import FakePlatform
from tests.scheduling.helpers import add_daily
from tests.store.dbs import fresh_url

ROOT = Path(__file__).resolve().parent.parent.parent


async def spawn(
    db_url: str, fake: FakePlatform, *args: str, rate: float = 50
) -> asyncio.subprocess.Process:
    """Start a bot process and wait for its "ready" line."""
    env = {**os.environ, "BRIEFBOT_TEST_RATE": str(rate), "PYTHONPATH": str(ROOT)}
    for name in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN", "DATABASE_URL"):
        env.pop(name, None)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.scheduling.bot_process",
        db_url,
        fake.url,
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    line = await asyncio.wait_for(proc.stdout.readline(), 60)
    assert line.strip() == b"ready"
    return proc


async def stop(proc: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> None:
    """Signal a bot process and wait for it to exit."""
    if proc.returncode is None:
        proc.send_signal(sig)
    await asyncio.wait_for(proc.wait(), 30)


def a_few_minutes_ago() -> str:
    """Return "HH:MM" (UTC) three minutes ago: a slot inside the grace window."""
    return (datetime.now(UTC) - timedelta(minutes=3)).strftime("%H:%M")


async def settled(db: Database, expected: int) -> list[DeliveryLog]:
    """Return the delivery log once `expected` rows have an outcome (the last posts are
    recorded just after the fake answers them, in the other process)."""
    async with asyncio.timeout(30):
        while True:
            rows = await repo.deliveries(db)
            if sum(r.outcome != Outcome.CLAIMED for r in rows) >= expected:
                return rows
            await asyncio.sleep(0.05)  # another process's commit announces nothing to us


@pytest.fixture
async def fake() -> AsyncIterator[FakePlatform]:
    platform = await FakePlatform().start()
    yield platform
    await platform.stop()


async def subscribe_channels(db: Database, count: int) -> list[str]:
    at = a_few_minutes_ago()
    yesterday = datetime.now(UTC) - timedelta(days=1)
    channels = [f"C{n:03d}" for n in range(count)]
    for channel in channels:
        await add_daily(db, channel, time=at, created_at=yesterday)
    return channels


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_killed_mid_fan_out_then_restarted_posts_each_channel_once(
    backend: str, tmp_path: Path, fake: FakePlatform
) -> None:
    url = await fresh_url(backend, tmp_path)
    db = await open_database(url)
    try:
        await killed_and_restarted(db, url, fake)
    finally:
        await db.close()


async def killed_and_restarted(db: Database, url: str, fake: FakePlatform) -> None:
    channels = await subscribe_channels(db, 24)
    fake.hold_after = 8  # answer 8 posts, then hold the rest in flight

    first = await spawn(url, fake, rate=4)
    await fake.wait_posts(9, ok_only=False)  # eight answered, one held in flight
    await stop(first, signal.SIGKILL)
    received_before = len(fake.posts)
    finished_before = sum(r.outcome != Outcome.CLAIMED for r in await repo.deliveries(db))
    assert 9 <= received_before < len(channels)

    fake.hold_after = None
    second = await spawn(url, fake, rate=50)
    answered = len(channels) - (received_before - 8)
    await fake.wait_posts(answered, within=60)
    try:
        rows = await settled(db, finished_before + answered - 8)
    finally:
        await stop(second)

    per_channel = Counter(p.channel for p in fake.posts)
    assert per_channel == Counter(channels)  # every channel exactly once (held ones included)
    assert len(rows) == len(channels)
    outcomes = Counter(r.outcome for r in rows)
    # Posts in flight when killed (held, or answered but not yet recorded) stay "claimed":
    # they may have reached the channel, so they are never posted again.
    assert set(outcomes) == {Outcome.POSTED, Outcome.CLAIMED}
    assert outcomes[Outcome.POSTED] + outcomes[Outcome.CLAIMED] == len(channels)
    assert outcomes[Outcome.CLAIMED] >= received_before - 8
    assert len({r.slot for r in rows}) == 1


async def test_two_processes_sharing_postgresql_post_each_slot_once(
    tmp_path: Path, fake: FakePlatform
) -> None:
    url = await fresh_url("postgresql", tmp_path)
    db = await open_database(url)
    try:
        await two_processes(db, url, fake)
    finally:
        await db.close()


async def two_processes(db: Database, url: str, fake: FakePlatform) -> None:
    channels = await subscribe_channels(db, 40)

    # Both catch the slot up at start, and both fire every job once more ("run now").
    procs = await asyncio.gather(
        spawn(url, fake, "--run-now", rate=20), spawn(url, fake, "--run-now", rate=20)
    )
    try:
        await fake.wait_posts(len(channels), within=60)
        rows = await settled(db, len(channels))
    finally:
        await asyncio.gather(*(stop(p) for p in procs))

    assert Counter(p.channel for p in fake.posts) == Counter(channels)
    assert Counter(r.outcome for r in rows) == {Outcome.POSTED: len(channels)}
    assert len({r.claimed_by for r in rows}) == 2  # both processes did part of the work
