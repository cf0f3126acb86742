"""Fixtures for the Slack tests: the loopback fake Slack and signed requests."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
import pytest_asyncio
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.client import build_web_client
from bot.core.service import Core, build_core
from bot.store.db import Database, open_database
from bot.store.feedback import SqlFeedbackStore
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


@pytest.fixture(scope="session")
def core() -> Core:
    """The real core over the real fact base (immutable, so shared by every test)."""
    return build_core()


@pytest_asyncio.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    """A real SQLite database with the store's migrations applied."""
    db = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'briefbot.sqlite'}")
    yield db
    await db.close()


@pytest_asyncio.fixture
async def feedback(database: Database) -> SqlFeedbackStore:
    """The store helper's feedback store on that database."""
    return SqlFeedbackStore(database)
