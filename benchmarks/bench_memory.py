"""The running bot with 2,000 subscriptions (scheduler + store) stays under 150 MB RSS.

Runs in a fresh interpreter: a SQLite store with 2,000 subscriptions, the Slack publisher,
the composer over the fact base, `start_scheduling` (APScheduler with 2,000 cron jobs and the
resync job), one resync and a listing of every subscription with its next run. Reports the
resident set size after imports and after all that (from /proc/self/status).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

SUBSCRIPTIONS = 2000
BAR_MB = 150.0
CADENCES = ("daily", "weekdays", "weekly", "cron")


def rss_mb() -> float:
    """Return this process's resident set size in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def measure() -> tuple[float, float, int]:
    from bot.adapters.slack.client import build_web_client
    from bot.adapters.slack.publisher import SlackPublisher, StaticToken
    from bot.scheduling.bootstrap import start_scheduling
    from bot.settings import Settings
    from bot.store import repo
    from bot.store.db import open_database
    from tests.scheduling.helpers import fixture_composer

    after_imports = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        db = await open_database(f"sqlite+aiosqlite:///{Path(tmp) / 'memory.sqlite'}")
        created = datetime.now(UTC) - timedelta(days=1)
        for n in range(SUBSCRIPTIONS):
            cadence = CADENCES[n % len(CADENCES)]
            await repo.add_subscription(
                db, platform="slack", workspace=f"T{n % 50:03d}", channel=f"C{n:05d}",
                cadence=cadence, time=None if cadence == "cron" else f"{n % 24:02d}:{n % 60:02d}",
                day="wed" if cadence == "weekly" else None,
                cron=f"{n % 60} {n % 24} * * 1-5" if cadence == "cron" else None,
                zone=("UTC", "America/New_York", "Europe/Berlin", "Asia/Tokyo")[n % 4],
                topic=None, created_by="U0", created_at=created,
            )  # fmt: skip
        publisher = SlackPublisher(
            build_web_client(token=None, api_url="http://127.0.0.1:9/api/"), StaticToken("xoxb")
        )
        settings = Settings.model_validate({"digest_grace_minutes": 0})
        async with AsyncExitStack() as stack:
            scheduling = await start_scheduling(
                settings, {"slack": publisher}, fixture_composer(), stack, db=db
            )
            assert scheduling.scheduler is not None
            jobs = len(scheduling.scheduler.job_ids())
            await scheduling.scheduler.resync()
            views = await scheduling.service.list_all()
            assert len(views) == SUBSCRIPTIONS
            running = rss_mb()
        await db.close()
    return after_imports, running, jobs


def child() -> int:
    after_imports, running, jobs = asyncio.run(measure())
    print(f"{after_imports:.1f} {running:.1f} {jobs}")
    return 0


def main() -> int:
    """Measure in a fresh interpreter; return 1 if RSS exceeds the bar."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_memory", "--child"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout.split()
    after_imports, running, jobs = float(out[0]), float(out[1]), int(out[2])
    ok = running < BAR_MB and jobs == SUBSCRIPTIONS
    print(
        f"memory with {SUBSCRIPTIONS} subscriptions ({jobs} jobs): RSS {running:.1f} MB "
        f"(bar {BAR_MB:.0f} MB; {after_imports:.1f} MB after imports)"
    )
    print("bench_memory:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(child() if "--child" in sys.argv else main())
