"""Alembic environment: run on the connection the bot hands over, or on the configured URL.

The bot applies migrations itself at start (`bot.store.db.migrate`); `alembic -c
bot/store/alembic.ini upgrade head` works too and reads the URL from the bot's settings.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.store.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_settings() -> None:
    from bot.settings import Settings
    from bot.store.db import make_engine

    engine = make_engine(Settings.model_validate({}).effective_database_url)
    async with engine.begin() as conn:
        await conn.run_sync(_run)
    await engine.dispose()


given = context.config.attributes.get("connection")
if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `alembic upgrade head` online")
if given is not None:
    _run(given)
else:
    asyncio.run(_run_from_settings())
