"""A bot process for the multi-process tests: store + scheduler + a publisher to the fake.

    python -m tests.scheduling.bot_process DB_URL FAKE_URL [--run-now]

Prints "ready" once the scheduler runs (after its catch-up started), then runs until killed.
BRIEFBOT_TEST_RATE sets the posts per second (to make a fan-out slow enough to kill halfway).
"""

from __future__ import annotations

import asyncio
import os
import sys
from contextlib import AsyncExitStack

from bot.scheduling.bootstrap import start_scheduling
from bot.scheduling.pacing import RateLimits
from bot.settings import Settings
from bot.store.db import open_database
from tests.scheduling.fake_platform import HttpPublisher
from tests.scheduling.helpers import fixture_composer


async def main(db_url: str, fake_url: str, run_now: bool) -> None:
    settings = Settings.model_validate(
        {"digest_grace_minutes": 30, "subscription_refresh_seconds": 5}
    )
    rate = float(os.environ.get("BRIEFBOT_TEST_RATE", "50"))
    publisher = HttpPublisher(fake_url)
    async with AsyncExitStack() as stack:
        db = await open_database(db_url)
        stack.push_async_callback(db.close)
        stack.push_async_callback(publisher.close)
        scheduling = await start_scheduling(
            settings,
            {"slack": publisher},
            fixture_composer(),
            stack,
            db=db,
            limits={"slack": RateLimits(per_second=rate, channel_interval=1.0)},
        )
        assert scheduling.scheduler is not None
        if run_now:
            for job in scheduling.scheduler.job_ids():
                scheduling.scheduler.run_now(job.removeprefix("digest:"))
        print("ready", flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], "--run-now" in sys.argv[3:]))
