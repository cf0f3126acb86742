"""The Slack `Publisher`: chat.postMessage through the real AsyncWebClient, failures mapped."""

from __future__ import annotations

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.client import build_web_client
from bot.adapters.slack.publisher import SlackPublisher, StaticToken
from bot.core.ports import (
    ChannelRef,
    ChannelUnavailable,
    DeliveryError,
    RateLimited,
    TransientDeliveryError,
)
from bot.core.reply import Citation, Item, Reply, ReplyKind, Section, Visibility
from tests.slack.conftest import BOT_TOKEN
from tests.slack.fake_slack import TEAM_ID, FakeSlack

TARGET = ChannelRef(platform="slack", workspace=TEAM_ID, channel="C0NEWS")


def digest(text: str = "Kelly signed two memos <!channel>.") -> Reply:
    item = Item(
        text=text,
        citations=(
            Citation(
                fact_id="f1", article="wapo", outlet="The Washington Post", headline=None,
                published="2017-02-21", published_note=None, quote="two memos",
            ),
        ),
    )  # fmt: skip
    return Reply(
        kind=ReplyKind.INFO,
        title="Morning brief",
        sections=(Section(heading=None, items=(item,)),),
        text=text,
        version="v1",
        visibility=Visibility.PUBLIC,
    )


async def test_publish_posts_blocks_and_returns_ts(fake: FakeSlack, client: AsyncWebClient) -> None:
    ts = await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    (call,) = fake.calls_to("/chat.postMessage")
    assert ts.startswith("1700000000.")
    assert call.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert call.body["channel"] == "C0NEWS"
    assert call.body["text"] == "Kelly signed two memos &lt;!channel&gt;."
    assert (call.body["parse"], call.body["link_names"], call.body["unfurl_links"]) == (
        "none",
        False,
        False,
    )
    assert "<!channel>" not in str(call.body["blocks"])


async def test_short_429_is_retried_by_the_client(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.fail("chat.postMessage", status=429, error="ratelimited", **{"Retry-After": "0"})
    await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert len(fake.calls_to("/chat.postMessage")) == 2


async def test_long_429_becomes_rate_limited(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.fail("chat.postMessage", status=429, error="ratelimited", **{"Retry-After": "30"})
    with pytest.raises(RateLimited) as caught:
        await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert caught.value.retry_after == 30.0
    assert len(fake.calls_to("/chat.postMessage")) == 1


async def test_5xx_is_retried_then_transient(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.fail("chat.postMessage", status=503, error="service_unavailable", count=1)
    await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert len(fake.calls_to("/chat.postMessage")) == 2
    fake.fail("chat.postMessage", status=500, error="fatal_error", count=3)
    with pytest.raises(TransientDeliveryError) as caught:
        await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert caught.value.reason == "http_500"
    assert len(fake.calls_to("/chat.postMessage")) == 5


async def test_connection_refused_is_transient(fake: FakeSlack) -> None:
    port = fake.port
    await fake.stop()
    dead = build_web_client(
        token=BOT_TOKEN, api_url=f"http://127.0.0.1:{port}/api/", backoff_factor=0.01
    )
    with pytest.raises(TransientDeliveryError) as caught:
        await SlackPublisher(dead, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert caught.value.reason.startswith("connection: ")


@pytest.mark.parametrize(
    "error",
    [
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "invalid_auth",
        "missing_scope",
    ],
)
async def test_unavailable_channels(fake: FakeSlack, client: AsyncWebClient, error: str) -> None:
    fake.fail("chat.postMessage", status=200, error=error)
    with pytest.raises(ChannelUnavailable) as caught:
        await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert caught.value.reason == error


async def test_other_errors_keep_their_reason(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.fail("chat.postMessage", status=200, error="invalid_blocks")
    with pytest.raises(DeliveryError) as caught:
        await SlackPublisher(client, StaticToken(BOT_TOKEN)).publish(TARGET, digest())
    assert type(caught.value) is DeliveryError and caught.value.reason == "invalid_blocks"
