"""The composition root with DISCORD_TOKEN: /brief subscribe over the gateway, then the digest."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from pathlib import Path

from bot.app import RunOptions, start
from bot.settings import Settings
from bot.store import repo
from tests.discord.conftest import TOKEN
from tests.discord.fake_discord import CHANNEL_ID, MANAGE_CHANNELS, FakeDiscord, command


async def test_discord_subscribe_then_the_scheduler_posts_to_the_channel(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        discord_token=TOKEN,
        sqlite_path=tmp_path / "briefbot.sqlite",
    )
    async with AsyncExitStack() as stack:
        runtime = await start(settings, stack, RunOptions())
        assert set(runtime.services) == {"discord"}
        serving = asyncio.create_task(runtime.services["discord"]())
        try:
            # READY comes after discord.py's guild_ready_timeout (2 s) with no guilds.
            await asyncio.wait_for(runtime.ready["discord"].wait(), 10)
            payload = command(
                "subscribe", {"cadence": "daily", "time": "08:00"}, perms=MANAGE_CHANNELS
            )
            await fake.dispatch("INTERACTION_CREATE", payload)
            await fake.wait_calls("POST", "/webhooks/", count=1)
            (row,) = await repo.list_subscriptions(runtime.scheduling.db)
            assert (row.platform, row.channel) == ("discord", CHANNEL_ID)

            scheduler = runtime.scheduling.scheduler
            assert scheduler is not None and scheduler.run_now(row.id)
            (post,) = await fake.wait_calls("POST", f"/channels/{CHANNEL_ID}/messages")
            await scheduler.wait_idle()
        finally:
            serving.cancel()
            await asyncio.gather(serving, return_exceptions=True)
    assert post.body["allowed_mentions"] == {"parse": []}
    assert post.body["embeds"]
