"""Fixtures for the Discord tests: the loopback fake Discord, the real client, the real core."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # discord.py 2.7 imports `audioop` (voice), deprecated on Python 3.11+; we use no voice.
    warnings.simplefilter("ignore", DeprecationWarning)
    import discord
import pytest_asyncio
import yarl

from bot.adapters.discord.client import build_discord_client
from bot.core.service import Core, build_core
from bot.scheduling.service import StoreSubscriptionService
from bot.settings import Settings
from bot.store.db import Database, open_database
from bot.store.feedback import SqlFeedbackStore
from tests.discord.fake_discord import FakeDiscord

TOKEN = "fake-discord-token"


@pytest.fixture(scope="session")
def read_core() -> Core:
    """The real core over the real fact base (the answer engine is built once)."""
    return build_core()


@pytest.fixture
def core(read_core: Core, database: Database) -> Core:
    """The real core with the real subscription service on a fresh database."""
    return replace(read_core, subscriptions=StoreSubscriptionService(database, default_zone="UTC"))


@pytest_asyncio.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url)
    )
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'briefbot.sqlite'}")
    yield db
    await db.close()


@pytest_asyncio.fixture
async def feedback(database: Database) -> SqlFeedbackStore:
    return SqlFeedbackStore(database)


def settings() -> Settings:
    return Settings(_env_file=None, discord_token=TOKEN)  # type: ignore[call-arg]


@pytest_asyncio.fixture
async def bot(fake: FakeDiscord, core: Any, feedback: SqlFeedbackStore) -> AsyncIterator[Any]:
    """The real auto-sharded client, logged in to the fake REST and connected to its gateway."""
    client = build_discord_client(
        core,
        settings=settings(),
        feedback=feedback,
        retry_delays=(0.01, 0.01),
        guild_ready_timeout=0.1,
    )
    await client.login(TOKEN)
    task = asyncio.create_task(client.connect(reconnect=False))
    await asyncio.wait_for(client.wait_until_ready(), 10)
    yield client
    await client.close()
    await asyncio.wait_for(task, 10)
