"""Settings: environment, then `.env`, then `config/briefbot.toml`. Tokens are secrets."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_TOML = PROJECT_DIR / "config" / "briefbot.toml"


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    """Everything configurable. Read once, in the composition root."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # `SLACK_BOT_TOKEN=` copied from example.env means "not set"
        extra="ignore",
        toml_file=DEFAULT_TOML,
        populate_by_name=True,
    )

    # Slack
    slack_bot_token: SecretStr | None = Field(None, validation_alias=_env("SLACK_BOT_TOKEN"))
    slack_app_token: SecretStr | None = Field(None, validation_alias=_env("SLACK_APP_TOKEN"))
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=_env("SLACK_SIGNING_SECRET")
    )
    slack_client_id: str | None = Field(None, validation_alias=_env("SLACK_CLIENT_ID"))
    slack_client_secret: SecretStr | None = Field(
        None, validation_alias=_env("SLACK_CLIENT_SECRET")
    )
    slack_api_url: str | None = Field(
        None, validation_alias=_env("BRIEFBOT_SLACK_API_URL", "slack_api_url")
    )
    slack_admin_users: list[str] = Field(
        default_factory=list,
        validation_alias=_env("BRIEFBOT_SLACK_ADMIN_USERS", "slack_admin_users"),
    )

    # Discord
    discord_token: SecretStr | None = Field(None, validation_alias=_env("DISCORD_TOKEN"))
    discord_application_id: str | None = Field(
        None, validation_alias=_env("DISCORD_APPLICATION_ID", "discord_application_id")
    )

    # Store
    database_url: str | None = Field(None, validation_alias=_env("DATABASE_URL", "database_url"))
    sqlite_path: Path = Field(
        Path(".briefbot/briefbot.sqlite"),
        validation_alias=_env("BRIEFBOT_SQLITE_PATH", "sqlite_path"),
    )

    # Digests
    default_timezone: str = Field(
        "UTC", validation_alias=_env("BRIEFBOT_DEFAULT_TIMEZONE", "default_timezone")
    )
    digest_grace_minutes: int = Field(
        60, ge=0, validation_alias=_env("BRIEFBOT_DIGEST_GRACE_MINUTES", "digest_grace_minutes")
    )
    digest_when_nothing_new: Literal["note", "skip"] = Field(
        "note", validation_alias=_env("BRIEFBOT_DIGEST_WHEN_NOTHING_NEW", "digest_when_nothing_new")
    )
    subscription_refresh_seconds: int = Field(
        30,
        ge=1,
        validation_alias=_env(
            "BRIEFBOT_SUBSCRIPTION_REFRESH_SECONDS", "subscription_refresh_seconds"
        ),
    )

    log_level: str = Field("INFO", validation_alias=_env("BRIEFBOT_LOG_LEVEL", "log_level"))

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Order the sources: init, environment, `.env`, then the TOML defaults."""
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            TomlConfigSettingsSource(settings_cls),
        )

    @property
    def effective_database_url(self) -> str:
        """Return the SQLAlchemy async URL: DATABASE_URL, else the SQLite file."""
        if self.database_url:
            url = self.database_url
            # Heroku-style URLs name the scheme "postgres"; SQLAlchemy wants a driver.
            if url.startswith("postgres://"):
                url = "postgresql+asyncpg://" + url[len("postgres://") :]
            elif url.startswith("postgresql://"):
                url = "postgresql+asyncpg://" + url[len("postgresql://") :]
            return url
        return f"sqlite+aiosqlite:///{self.sqlite_path}"

    @property
    def slack_enabled(self) -> bool:
        """Return whether Slack is configured (a bot token, or OAuth client credentials)."""
        return bool(self.slack_bot_token or (self.slack_client_id and self.slack_client_secret))

    @property
    def discord_enabled(self) -> bool:
        """Return whether Discord is configured."""
        return self.discord_token is not None
