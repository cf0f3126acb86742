"""The composition root in Slack HTTP mode: a signed /brief subscribe, then the digest posts."""

from __future__ import annotations

import asyncio
import socket
from contextlib import AsyncExitStack
from pathlib import Path

import aiohttp

from bot.app import RunOptions, start
from bot.settings import Settings
from bot.store import repo
from tests.slack.conftest import BOT_TOKEN, SIGNING_SECRET, sign, slash_body
from tests.slack.fake_slack import FakeSlack


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_http_mode_subscribes_by_slash_command_and_the_digest_posts(
    fake: FakeSlack, tmp_path: Path
) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=fake.base_url,
        slack_admin_users=["U0ALICE"],
        sqlite_path=tmp_path / "briefbot.sqlite",
    )
    port = free_port()
    options = RunOptions(slack_http=True, host="127.0.0.1", port=port)
    async with AsyncExitStack() as stack:
        runtime = await start(settings, stack, options)
        assert set(runtime.services) == {"slack"}
        serving = asyncio.create_task(runtime.services["slack"]())
        url = f"http://127.0.0.1:{port}"
        try:
            async with aiohttp.ClientSession() as http:
                for _ in range(500):  # wait for the listener, not a fixed time
                    try:
                        async with http.get(f"{url}/healthz") as health:
                            assert health.status == 200
                            break
                    except aiohttp.ClientConnectionError:
                        await asyncio.sleep(0.01)
                body = slash_body(fake, "subscribe daily 08:00 America/New_York", hook="sub")
                async with http.post(f"{url}/slack/events", data=body, headers=sign(body)) as r:
                    assert r.status == 200
            (hook,) = await fake.wait_for("/hooks/sub")
            assert "America/New_York" in str(hook.body)
            (row,) = await repo.list_subscriptions(runtime.scheduling.db)
            assert (row.platform, row.channel) == ("slack", "C0GENERAL")

            scheduler = runtime.scheduling.scheduler
            assert scheduler is not None and scheduler.run_now(row.id)
            (post,) = await fake.wait_for("/chat.postMessage")
            await scheduler.wait_idle()
        finally:
            serving.cancel()
            await asyncio.gather(serving, return_exceptions=True)
    assert post.body["channel"] == "C0GENERAL"
    assert post.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
