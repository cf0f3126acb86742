"""The Slack `Publisher`: post a reply publicly with chat.postMessage, mapping failures.

Single workspace: one bot token. Multi-workspace (OAuth): the bot token of the target team,
looked up per post in the installation store, so a digest for any installed workspace uses
that workspace's token through the one shared client.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.blocks import SlackMessage, render
from bot.adapters.slack.client import retry_after_seconds
from bot.core.ports import (
    ChannelRef,
    ChannelUnavailable,
    DeliveryError,
    RateLimited,
    TransientDeliveryError,
)
from bot.core.reply import Reply

log = logging.getLogger(__name__)

# Errors that will not go away by retrying: pause the subscription instead.
UNAVAILABLE_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "invalid_auth",
        "missing_scope",
        "not_authed",
        "token_revoked",
        "team_access_not_granted",
        "restricted_action",
        "no_installation",
    }
)


class TokenSource(Protocol):
    """Finds the bot token for a Slack team."""

    async def bot_token(self, team_id: str) -> str | None:
        """Return the bot token for `team_id`, or None when the app is not installed there."""
        ...


class StaticToken:
    """The single-workspace token (SLACK_BOT_TOKEN): the same for every team."""

    def __init__(self, token: str) -> None:
        self._token = token

    async def bot_token(self, team_id: str) -> str | None:
        """Return the configured token."""
        return self._token


class InstallationTokens:
    """Bot tokens per team from slack_sdk's installation store (multi-workspace OAuth)."""

    def __init__(self, store: AsyncInstallationStore) -> None:
        self._store = store

    async def bot_token(self, team_id: str) -> str | None:
        """Return the installed bot's token for `team_id`, or None."""
        bot = await self._store.async_find_bot(enterprise_id=None, team_id=team_id)
        return bot.bot_token if bot is not None else None


def message_kwargs(message: SlackMessage) -> dict[str, Any]:
    """Return the chat.postMessage arguments for a rendered message, mentions and links off."""
    return {
        "text": message.text,
        "blocks": message.blocks_json(),
        "parse": "none",
        "link_names": False,
        "unfurl_links": False,
        "unfurl_media": False,
    }


def delivery_error(exc: Exception) -> DeliveryError:
    """Map a Slack Web API failure onto the delivery errors of the `Publisher` port."""
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", 200)
        error = str(exc.response.get("error") or f"http_{status}")
        if status == 429 or error == "ratelimited":
            retry = retry_after_seconds(getattr(exc.response, "headers", {}))
            return RateLimited("ratelimited", retry_after=retry)
        if status >= 500:
            return TransientDeliveryError(f"http_{status}")
        if error in UNAVAILABLE_ERRORS:
            return ChannelUnavailable(error)
        return DeliveryError(error)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return TransientDeliveryError(f"connection: {type(exc).__name__}")
    raise exc


class SlackPublisher:
    """Posts replies publicly to Slack channels (the `Publisher` port)."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient, tokens: TokenSource) -> None:
        self._client = client
        self._tokens = tokens

    async def publish(self, target: ChannelRef, reply: Reply) -> str:
        """Post `reply` in `target.channel` of team `target.workspace`; return the message ts.

        Raises:
            RateLimited: on HTTP 429 (after the client's own short retries).
            TransientDeliveryError: on 5xx or connection errors.
            ChannelUnavailable: when the channel is gone, the bot was removed, or the app is
                not installed in that workspace any more.
            DeliveryError: on any other Slack error (e.g. invalid_blocks).
        """
        token = await self._tokens.bot_token(target.workspace)
        if token is None:
            raise ChannelUnavailable("no_installation")
        message = render(reply)
        try:
            response = await self._client.chat_postMessage(
                token=token, channel=target.channel, **message_kwargs(message)
            )
        except (SlackApiError, aiohttp.ClientError, OSError) as exc:
            error = delivery_error(exc)
            log.warning(
                "slack post failed: team=%s channel=%s reason=%s",
                target.workspace,
                target.channel,
                error.reason,
            )
            raise error from exc
        ts = str(response.get("ts") or "")
        log.info("slack post ok: team=%s channel=%s ts=%s", target.workspace, target.channel, ts)
        return ts
