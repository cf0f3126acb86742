"""Slack HTTP mode acks fast under load: p99 from request to ack under 50 ms.

50 concurrent signed `/brief` requests at a time go over loopback HTTP to the real aiohttp
server running our bolt app (the real core answers each one after the ack, through a loopback
fake of Slack's response_url and Web API). Baseline, in the same process and the same way: a
bare bolt `AsyncApp` whose listener only acks. Reported as median and p99 of both.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import hmac
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_bolt.async_app import AsyncAck, AsyncApp

from benchmarks.common import percentile, summary
from bot.adapters.slack.app import build_slack_app
from bot.adapters.slack.client import build_web_client
from bot.adapters.slack.http import serve_http
from bot.core.service import build_core
from bot.settings import Settings
from bot.store.db import open_database
from bot.store.feedback import SqlFeedbackStore
from tests.slack.fake_slack import TEAM_ID, FakeSlack

BAR_SECONDS = 0.050
CONCURRENCY = 50
ROUNDS = 12
WARMUP_ROUNDS = 2
SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
QUESTIONS = (
    "What did Kelly say about the memos?",
    "How many people were deported?",
    "What is expedited removal?",
    "Who is John Kelly?",
    "When did the ICE raids begin?",
)


def _signed(fake: FakeSlack, text: str, hook: str) -> tuple[str, dict[str, str]]:
    body = urlencode(
        {
            "team_id": TEAM_ID, "channel_id": "C0BENCH", "user_id": "U0BENCH",
            "user_name": "bench", "command": "/brief", "text": text,
            "response_url": fake.response_url(hook), "trigger_id": "1.2.3",
        }
    )  # fmt: skip
    stamp = str(int(time.time()))
    mac = hmac.new(SECRET.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": "v0=" + mac.hexdigest(),
    }
    return body, headers


async def _load(fake: FakeSlack, app: AsyncApp, *, answers: bool) -> list[float]:
    """Fire ROUNDS x CONCURRENCY signed requests; return each request's time to ack."""
    samples: list[float] = []
    sent = 0
    async with (
        serve_http(app, host="127.0.0.1", port=0) as port,
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http,
    ):
        url = f"http://127.0.0.1:{port}/slack/events"

        async def one(index: int) -> float:
            body, headers = _signed(fake, QUESTIONS[index % len(QUESTIONS)], f"b{index}")
            start = time.perf_counter()
            async with http.post(url, data=body, headers=headers) as response:
                await response.read()
                if response.status != 200:
                    raise SystemExit(f"request {index} got HTTP {response.status}")
            return time.perf_counter() - start

        for round_no in range(WARMUP_ROUNDS + ROUNDS):
            batch = [one(sent + i) for i in range(CONCURRENCY)]
            sent += CONCURRENCY
            times = await asyncio.gather(*batch)
            if answers:  # let each round's answers finish before the next burst
                await fake.wait_for_prefix("/hooks/", sent)
            if round_no >= WARMUP_ROUNDS:
                samples.extend(times)
    return samples


def _bare_app(fake: FakeSlack) -> AsyncApp:
    app = AsyncApp(
        client=build_web_client(token=TOKEN, api_url=fake.base_url), signing_secret=SECRET
    )

    async def only_ack(ack: AsyncAck) -> None:
        await ack()

    app.command("/brief")(only_ack)
    return app


async def _run() -> tuple[list[float], list[float]]:
    fake = await FakeSlack().start()
    fake.users["U0BENCH"] = {"id": "U0BENCH", "is_admin": False, "is_owner": False}
    with tempfile.TemporaryDirectory() as tmp:
        db = await open_database(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite'}")
        try:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                slack_bot_token=TOKEN,
                slack_signing_secret=SECRET,
                slack_api_url=fake.base_url,
            )
            app = build_slack_app(build_core(), settings=settings, feedback=SqlFeedbackStore(db))
            bare = _bare_app(fake)
            # The fact base and engine live for the whole process: keep the cyclic GC from
            # rescanning them in the middle of a burst, as a long-running bot would.
            gc.collect()
            gc.freeze()
            ours = await _load(fake, app, answers=True)
            fake.calls.clear()
            base = await _load(fake, bare, answers=False)
        finally:
            await db.close()
            await fake.stop()
    return ours, base


def main() -> int:
    """Measure ack latency for our app and the bare baseline; fail when p99 is over the bar."""
    logging.basicConfig(level=logging.WARNING)
    ours, base = asyncio.run(_run())
    print(summary(f"ack, our app ({CONCURRENCY} concurrent, HTTP)", ours))
    print(summary(f"baseline: bare bolt app acking ({CONCURRENCY} concurrent, HTTP)", base))
    print(
        f"ratio (ours / baseline, medians): {statistics.median(ours) / statistics.median(base):.2f}"
    )
    p99 = percentile(ours, 99)
    verdict = "ok" if p99 < BAR_SECONDS else "FAIL"
    print(f"bar: p99 under {BAR_SECONDS * 1000:.0f} ms: p99 {p99 * 1000:.1f} ms: {verdict}")
    return 0 if p99 < BAR_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
