"""The store under test: a fresh SQLite file, or a fresh PostgreSQL schema when
BRIEFBOT_TEST_POSTGRES_URL is set (scripts/pytest-with-postgres.sh sets it).

Under pytest-xdist each worker process has a PostgreSQL database of its own (the URL's database
name and the worker's id), created on its first use, so workers never drop each other's tables.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from bot.store.db import Database, make_engine, open_database

POSTGRES_ENV = "BRIEFBOT_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")


async def reset_postgres(url: str) -> None:
    """Drop every table of the test database."""
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


_CREATED: set[str] = set()  # the databases this process has made sure of


async def _worker_url(url: str) -> str:
    """Return `url`, or under pytest-xdist this worker's own database, created when missing."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    own = parsed.set(database=name).render_as_string(hide_password=False)
    if own not in _CREATED:
        engine = make_engine(url, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            found = await conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not found:
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
        await engine.dispose()
        _CREATED.add(own)
    return own


async def fresh_url(backend: str, tmp_path: Path) -> str:
    """Return the URL of an empty database of `backend` (skip PostgreSQL when not set up)."""
    if backend == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'store' / 'briefbot.sqlite'}"
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set (run scripts/pytest-with-postgres.sh)")
    url = await _worker_url(url)
    await reset_postgres(url)
    return url


@pytest.fixture(params=BACKENDS)
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL, once per backend."""
    return await fresh_url(request.param, tmp_path)


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    """A migrated, empty store, once per backend."""
    database = await open_database(db_url)
    yield database
    await database.close()
