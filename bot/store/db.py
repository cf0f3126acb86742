"""The database: engine and session factory, and migrations applied at start.

SQLite file by default (its folder is created), PostgreSQL when DATABASE_URL is set.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any fixed number: serialises concurrent `upgrade` runs from several bot processes.
_PG_MIGRATION_LOCK = 0x62726966


def utcnow() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)


def aware(value: datetime) -> datetime:
    """Return `value` as an aware UTC datetime (SQLite hands back naive ones)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run while one writer commits; busy_timeout waits for the lock.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Return an async engine for `url`; for a SQLite file, create its folder first."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    return create_async_engine(url, **kwargs)


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Apply the Alembic migrations up to `revision` on `engine` (idempotent)."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)
    log.info("store migrated: backend=%s revision=%s", engine.dialect.name, revision)


@dataclass(frozen=True, slots=True, kw_only=True)
class Database:
    """An engine and its session factory."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @property
    def backend(self) -> str:
        """Return "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    async def close(self) -> None:
        """Dispose of the engine's connections."""
        await self.engine.dispose()


async def open_database(url: str, *, run_migrations: bool = True, **kwargs: Any) -> Database:
    """Create the engine for `url`, apply migrations, and return the database.

    Close it with `await database.close()` (the composition root pushes that on its stack).
    """
    engine = make_engine(url, **kwargs)
    try:
        if run_migrations:
            await migrate(engine)
    except BaseException:
        await engine.dispose()
        raise
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))
