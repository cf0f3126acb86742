"""The Discord `Publisher`: posts a reply publicly to a channel, for the digest scheduler.

It uses the running bot's logged-in client (REST only; no gateway event is needed), renders with
the same embed renderer as the commands, and maps Discord's failures onto the delivery errors the
scheduler understands: 429 -> `RateLimited`, 5xx and connection errors ->
`TransientDeliveryError`, missing access or an unknown channel -> `ChannelUnavailable`.
"""

from __future__ import annotations

import logging
from dataclasses import replace

import aiohttp
import discord

from bot.adapters.discord.embeds import render
from bot.core.ports import (
    ChannelRef,
    ChannelUnavailable,
    DeliveryError,
    RateLimited,
    TransientDeliveryError,
)
from bot.core.reply import Reply, Visibility

log = logging.getLogger(__name__)

PLATFORM = "discord"
DEFAULT_RETRY_AFTER = 5.0  # a 429 without a usable Retry-After (e.g. from Cloudflare)


class DiscordPublisher:
    """Posts replies with a logged-in discord.py client.

    Give the client a `max_ratelimit_timeout` (the bot's client has 60 s): discord.py sleeps
    through shorter rate limits itself and raises `discord.RateLimited` for longer ones, which
    becomes `RateLimited` here so the scheduler can wait without holding a worker.
    """

    platform = PLATFORM

    def __init__(self, client: discord.Client) -> None:
        self._client = client

    async def publish(self, target: ChannelRef, reply: Reply) -> str:
        """Post `reply` publicly in `target`; return the message id.

        Raises:
            RateLimited: on HTTP 429 (with Retry-After).
            TransientDeliveryError: on 5xx or connection errors, or before the client logged in.
            ChannelUnavailable: when the channel is gone or the bot may not post there.
            DeliveryError: when Discord rejects the message itself.
        """
        try:
            channel_id = int(target.channel)
        except ValueError:
            raise ChannelUnavailable(f"not a Discord channel id: {target.channel!r}") from None
        if self._client.user is None or self._client.is_closed():
            # Before login (a digest due during start-up) or after shutdown: try again later.
            raise TransientDeliveryError("discord client not logged in")
        public = replace(reply, visibility=Visibility.PUBLIC, actions=())
        embeds = list(render(public).embeds)
        channel = self._client.get_partial_messageable(channel_id)
        try:
            message = await channel.send(
                embeds=embeds, allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.RateLimited as exc:
            raise RateLimited("rate limited (429)", exc.retry_after) from exc
        except discord.Forbidden as exc:
            raise ChannelUnavailable(f"missing access ({exc.code or exc.status})") from exc
        except discord.NotFound as exc:
            raise ChannelUnavailable(f"unknown channel ({exc.code or exc.status})") from exc
        except discord.DiscordServerError as exc:
            raise TransientDeliveryError(f"discord server error ({exc.status})") from exc
        except discord.HTTPException as exc:
            if exc.status == 429:  # no Via header: discord.py does not retry these
                raise RateLimited("rate limited (429)", _retry_after(exc)) from exc
            raise DeliveryError(f"rejected ({exc.status}/{exc.code})") from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise TransientDeliveryError(f"connection error ({type(exc).__name__})") from exc
        log.info(
            "discord publish: guild=%s channel=%s message=%s",
            target.workspace,
            channel_id,
            message.id,
        )
        return str(message.id)


def _retry_after(exc: discord.HTTPException) -> float:
    header = exc.response.headers.get("Retry-After") if exc.response is not None else None
    try:
        return float(header) if header is not None else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER
