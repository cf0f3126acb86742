"""`briefbot discord sync [--guild ID]` and `briefbot discord invite`."""

from __future__ import annotations

import argparse
import base64
import binascii
import sys
from typing import Any

SCOPES = ("bot", "applications.commands")
# The least the bot needs. Replies to /brief and its buttons go through the interaction's own
# webhook and need no channel permission at all; only the digests (and nothing else) are
# posted as ordinary channel messages, which takes:
PERMISSIONS = {
    "view_channel": "see the channel a digest is posted to",
    "send_messages": "post digests",
    "embed_links": "show digests as embeds (without it Discord drops them)",
    "send_messages_in_threads": "post digests to a thread that subscribed from inside it",
}


def register(subparsers: Any) -> None:
    """Add the `discord` command and its subcommands."""
    parser = subparsers.add_parser("discord", help="register slash commands, print the invite URL")
    sub = parser.add_subparsers(dest="discord_command", metavar="SUBCOMMAND", required=True)
    sync = sub.add_parser(
        "sync", help="register /brief with Discord: globally, or in one server (instant)"
    )
    sync.add_argument(
        "--guild", type=int, default=None, metavar="ID", help="server id, for development"
    )
    sync.set_defaults(handler=_sync)
    invite = sub.add_parser("invite", help="print the URL that adds the bot to a server")
    invite.add_argument(
        "--client-id", default=None, help="application id (default: DISCORD_APPLICATION_ID)"
    )
    invite.set_defaults(handler=_invite)


def invite_url(client_id: str) -> str:
    """Return the OAuth2 URL adding the bot with exactly the scopes and permissions it needs."""
    import discord

    permissions = discord.Permissions(**dict.fromkeys(PERMISSIONS, True))
    return discord.utils.oauth_url(client_id, permissions=permissions, scopes=SCOPES)


def application_id_from_token(token: str) -> str | None:
    """Return the bot's id, which a bot token starts with (base64), or None."""
    head = token.split(".", 1)[0]
    try:
        value = base64.b64decode(head + "=" * (-len(head) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return value if value.isdigit() else None


def _invite(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    settings = Settings()  # type: ignore[call-arg]  # read from the environment
    client_id = args.client_id or settings.discord_application_id
    if client_id is None and settings.discord_token is not None:
        client_id = application_id_from_token(settings.discord_token.get_secret_value())
    if client_id is None:
        print(
            "set DISCORD_APPLICATION_ID (Developer Portal -> your app -> General Information) "
            "or pass --client-id",
            file=sys.stderr,
        )
        return 2
    print(invite_url(client_id))
    return 0


def _sync(args: argparse.Namespace) -> int:
    import asyncio

    from bot.settings import Settings

    settings = Settings()  # type: ignore[call-arg]  # read from the environment
    if settings.discord_token is None:
        print("set DISCORD_TOKEN to register the commands", file=sys.stderr)
        return 2
    return asyncio.run(_sync_async(settings, args.guild))


async def _sync_async(settings: Any, guild: int | None) -> int:
    import discord

    from bot.adapters.discord.client import build_discord_client, sync_commands

    client = build_discord_client(
        _NoCore(), settings=settings, feedback=_NoFeedback(), sharded=False
    )
    try:
        synced = await sync_commands(client, settings.discord_token, guild=guild)
    except discord.LoginFailure:
        print("Discord rejected the token (DISCORD_TOKEN)", file=sys.stderr)
        return 1
    except discord.HTTPException as exc:
        print(f"Discord refused the commands: {exc.status} {exc.text}", file=sys.stderr)
        return 1
    where = f"in server {guild}" if guild is not None else "globally (may take a while to show)"
    names = ", ".join(f"/{c.name}" for c in synced)
    print(f"registered {len(synced)} command(s) {where}: {names}")
    return 0


class _NoCore:
    """Registering commands never runs them."""

    async def handle(self, request: Any, caller: Any) -> Any:
        raise RuntimeError("not serving: only registering commands")


class _NoFeedback:
    async def record_vote(self, **vote: Any) -> None:
        raise RuntimeError("not serving: only registering commands")
