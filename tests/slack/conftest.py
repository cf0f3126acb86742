"""Fixtures for the Slack tests: the loopback fake Slack and signed requests."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import pytest_asyncio
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.client import build_web_client
from tests.slack.fake_slack import TEAM_ID, FakeSlack

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"


def sign(body: str, *, ts: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """Return Slack v0 signature headers for the exact `body` bytes."""
    stamp = str(int(time.time()) if ts is None else ts)
    mac = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
    return {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": "v0=" + mac.hexdigest(),
    }


def slash_body(fake: FakeSlack, text: str, *, user: str = "U0ALICE", hook: str = "r1") -> str:
    """Return a `/brief` slash-command form body as Slack sends it (text entity-escaped)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "test",
            "channel_id": "C0GENERAL",
            "channel_name": "general",
            "user_id": user,
            "user_name": "alice",
            "command": "/brief",
            "text": escaped,
            "api_app_id": "A0APP",
            "response_url": fake.response_url(hook),
            "trigger_id": "1.2.3",
        }
    )


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def client(fake: FakeSlack) -> AsyncWebClient:
    return build_web_client(token=BOT_TOKEN, api_url=fake.base_url, backoff_factor=0.01)
