"""Multi-workspace install (OAuth) for HTTP mode, with slack_sdk's SQLAlchemy stores.

Installations and OAuth states live in the same database as everything else
(`Settings.effective_database_url`): `slack_installations`, `slack_bots` and
`slack_oauth_states`, created by slack_sdk's own `create_tables` (idempotent).
"""

from __future__ import annotations

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings

BOT_SCOPES = ("commands", "chat:write", "chat:write.public", "users:read")
STATE_EXPIRATION_SECONDS = 600


def oauth_configured(settings: Settings) -> bool:
    """Return whether the client id and secret for multi-workspace install are set."""
    return bool(settings.slack_client_id and settings.slack_client_secret)


async def build_oauth_settings(settings: Settings, engine: AsyncEngine) -> AsyncOAuthSettings:
    """Return bolt's OAuth settings over SQLAlchemy stores on `engine`, tables created.

    Raises:
        ValueError: when the client id or secret is missing.
    """
    if not (settings.slack_client_id and settings.slack_client_secret):
        raise ValueError("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are required for OAuth")
    installations = AsyncSQLAlchemyInstallationStore(
        client_id=settings.slack_client_id, engine=engine
    )
    states = AsyncSQLAlchemyOAuthStateStore(
        expiration_seconds=STATE_EXPIRATION_SECONDS, engine=engine
    )
    await installations.create_tables()  # type: ignore[no-untyped-call]
    await states.create_tables()  # type: ignore[no-untyped-call]
    return AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=list(BOT_SCOPES),
        installation_store=installations,
        state_store=states,
    )
