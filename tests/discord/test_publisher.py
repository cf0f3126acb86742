"""The Discord `Publisher` against the fake REST API: posts, and failures mapped for the scheduler."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.adapters.discord.client import build_discord_client
from bot.adapters.discord.publisher import DiscordPublisher
from bot.core.ports import (
    ChannelRef,
    ChannelUnavailable,
    RateLimited,
    TransientDeliveryError,
)
from bot.core.reply import Item, Reply, ReplyKind, Section, Visibility
from tests.discord.conftest import TOKEN, settings
from tests.discord.fake_discord import CHANNEL_ID, GUILD_ID, FakeDiscord, embed_errors

MESSAGES = f"/channels/{CHANNEL_ID}/messages"


@pytest_asyncio.fixture
async def publisher(fake: FakeDiscord, core: Any, feedback: Any) -> AsyncIterator[DiscordPublisher]:
    client = build_discord_client(
        core, settings=settings(), feedback=feedback, sharded=False, max_ratelimit_timeout=1.0
    )
    await client.login(TOKEN)  # REST only: the scheduler needs no gateway event
    yield DiscordPublisher(client)
    await client.close()


def target(channel: str = CHANNEL_ID) -> ChannelRef:
    return ChannelRef(platform="discord", workspace=GUILD_ID, channel=channel)


def digest(text: str = "Kelly signed two memos @everyone") -> Reply:
    return Reply(
        kind=ReplyKind.INFO,
        title="Daily brief",
        sections=(Section(heading="New", items=(Item(text=text, fact_ids=("memos-signed",)),)),),
        version="v1",
        visibility=Visibility.PUBLIC,
        fact_ids=("memos-signed",),
    )


async def test_publish_posts_public_embeds_without_mentions(
    fake: FakeDiscord, publisher: DiscordPublisher
) -> None:
    message_id = await publisher.publish(target(), digest())
    (call,) = fake.calls_to("POST", MESSAGES)
    assert message_id == fake.messages[message_id]["id"]
    assert call.body["allowed_mentions"] == {"parse": []}
    assert "flags" not in call.body or call.body["flags"] == 0
    assert "components" not in call.body or call.body["components"] == []
    assert call.body["embeds"][0]["title"] == "Daily brief"
    assert "@\u200beveryone" in call.body["embeds"][0]["description"]
    assert call.body["embeds"][0]["footer"]["text"] == "fact base v1 · facts: memos-signed"


async def test_huge_digest_is_clamped_not_rejected(
    fake: FakeDiscord, publisher: DiscordPublisher
) -> None:
    items = tuple(Item(text="y" * 3000, fact_ids=(f"f{i}",)) for i in range(40))
    reply = Reply(
        kind=ReplyKind.INFO, title="t" * 400, sections=(Section(heading=None, items=items),)
    )
    await publisher.publish(target(), reply)
    (call,) = fake.calls_to("POST", MESSAGES)
    assert embed_errors(call.body["embeds"]) == []


async def test_short_429_is_slept_through_by_discord_py(
    fake: FakeDiscord, publisher: DiscordPublisher
) -> None:
    fake.ratelimit[MESSAGES] = {"count": 1, "retry_after": 0.05}
    await publisher.publish(target(), digest())
    assert len(fake.calls_to("POST", MESSAGES)) == 2


async def test_long_429_becomes_rate_limited_with_retry_after(
    fake: FakeDiscord, publisher: DiscordPublisher
) -> None:
    fake.ratelimit[MESSAGES] = {
        "count": 1,
        "retry_after": 45.0,
    }  # > max_ratelimit_timeout (30 s at least)
    with pytest.raises(RateLimited) as caught:
        await publisher.publish(target(), digest())
    assert caught.value.retry_after == 45.0


async def test_429_without_via_becomes_rate_limited(
    fake: FakeDiscord, publisher: DiscordPublisher
) -> None:
    fake.ratelimit[MESSAGES] = {"count": 1, "retry_after": 7, "via": False}
    with pytest.raises(RateLimited) as caught:
        await publisher.publish(target(), digest())
    assert caught.value.retry_after == 7.0


async def test_5xx_is_transient(fake: FakeDiscord, publisher: DiscordPublisher) -> None:
    fake.server_errors[MESSAGES] = 1
    with pytest.raises(TransientDeliveryError, match="503"):
        await publisher.publish(target(), digest())


@pytest.mark.parametrize(
    ("channel", "reason"),
    [
        ("1000000000000000666", "missing access (50001)"),
        ("1000000000000000777", "unknown channel (10003)"),
        ("general", "not a Discord channel id: 'general'"),
    ],
)
async def test_gone_or_forbidden_channels_are_unavailable(
    fake: FakeDiscord, publisher: DiscordPublisher, channel: str, reason: str
) -> None:
    fake.forbidden_channels.add("1000000000000000666")
    fake.unknown_channels.add("1000000000000000777")
    with pytest.raises(ChannelUnavailable) as caught:
        await publisher.publish(target(channel), digest())
    assert caught.value.reason == reason


async def test_before_login_is_transient(fake: FakeDiscord, core: Any, feedback: Any) -> None:
    client = build_discord_client(core, settings=settings(), feedback=feedback, sharded=False)
    async with client:
        with pytest.raises(TransientDeliveryError, match="not logged in"):
            await DiscordPublisher(client).publish(target(), digest())
    assert fake.calls_to("POST", MESSAGES) == []


async def test_the_fake_rejects_oversize_embeds_like_discord(
    fake: FakeDiscord, publisher: DiscordPublisher
) -> None:
    import discord

    channel = publisher._client.get_partial_messageable(int(CHANNEL_ID))
    with pytest.raises(discord.HTTPException) as caught:
        await channel.send(embed=discord.Embed(title="x" * 257))
    assert (caught.value.status, caught.value.code) == (400, 50035)
