"""`briefbot digest`: print the full brief, or post a digest to one channel by hand.

- `briefbot digest [--topic T]` prints the full brief as plain text;
- `briefbot digest --json [--topic T]` prints one JSON object (a stable contract):
  {"title", "version", "topic", "full", "sections": [{"heading", "items": [{"text",
  "fact_ids", "citations": [{"article", "outlet", "headline", "published", "quote"}]}],
  "more", "more_topics"}]}; citations have the shape of `briefbot facts export --json`;
- `briefbot digest post --platform {console,slack,discord} --channel C [--topic T]
  [--workspace W]` posts once, now, through the delivery (logged, and the facts count as sent
  to that channel, so the next digest there carries only what is new).
Printing needs no platform library, scheduler or database.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.core.errors import UserError
    from bot.core.ports import Publisher
    from bot.settings import Settings
    from briefings.model import FactBase

PLATFORMS = ("console", "slack", "discord")
EXIT_USAGE = 2
EXIT_FAILED = 1


def register(subparsers: Any) -> None:
    """Add the `digest` command and its `post` subcommand."""
    parser = subparsers.add_parser(
        "digest",
        help="print the full brief, or post a digest to a channel now",
        description="Print the full brief (every topic, or one), or post a digest by hand.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--topic", default=None, metavar="T", help="one topic (id or name)")
    parser.set_defaults(handler=_print)
    sub = parser.add_subparsers(dest="digest_command", metavar="SUBCOMMAND")
    post = sub.add_parser(
        "post",
        help="post a digest to one channel now (the full brief first, then what is new)",
        description="Post a digest to one channel now, once; it is logged like a scheduled one.",
    )
    post.add_argument("--platform", required=True, choices=PLATFORMS)
    post.add_argument("--channel", required=True, help="channel id (console: any name)")
    post.add_argument(
        "--workspace",
        default=None,
        help="Slack team id or Discord server id (default: asked from the platform)",
    )
    post.add_argument(
        "--topic", dest="post_topic", default=None, metavar="T", help="one topic (id or name)"
    )
    post.set_defaults(handler=_post)


def _load() -> FactBase:
    import logging

    from briefings.loader import load

    loaded = load()
    if loaded.problems:
        logging.getLogger(__name__).warning(
            "fact base loaded with %d problems", len(loaded.problems)
        )
    return loaded.base


def _topic(base: FactBase, name: str | None) -> str | None:
    """Return the topic id `name` means (ids, titles and terms, as /brief does)."""
    from bot.core.parser import resolve_topic

    if name is None:
        return None
    return resolve_topic(base, name, usage=None)


def _user_error(exc: UserError) -> int:
    print(exc.message, file=sys.stderr)
    return EXIT_USAGE


def _print(args: argparse.Namespace) -> int:
    from bot.core.digest import digest_reply
    from bot.core.errors import UserError
    from briefings.digest import compose_digest, digest_json

    base = _load()
    try:
        topic = _topic(base, args.topic)
    except UserError as exc:
        return _user_error(exc)
    digest = compose_digest(base, topic=topic)
    if args.json:
        sys.stdout.write(json.dumps(digest_json(base, digest), ensure_ascii=False) + "\n")
    else:
        print(digest_reply(base, digest).text)
    return 0


def _post(args: argparse.Namespace) -> int:
    import asyncio

    from bot.core.errors import UserError
    from bot.settings import Settings

    base = _load()
    try:
        topic = _topic(base, args.post_topic or args.topic)
    except UserError as exc:
        return _user_error(exc)
    settings = Settings.model_validate({})
    missing = _missing_token(args.platform, settings)
    if missing:
        print(missing, file=sys.stderr)
        return EXIT_USAGE
    return asyncio.run(
        post_digest(
            base,
            settings,
            platform=args.platform,
            channel=args.channel,
            workspace=args.workspace,
            topic=topic,
        )
    )


def _missing_token(platform: str, settings: Settings) -> str | None:
    if platform == "slack" and settings.slack_bot_token is None:
        return (
            "set SLACK_BOT_TOKEN to post to Slack by hand "
            "(workspaces installed through OAuth get their digests from the running bot)"
        )
    if platform == "discord" and settings.discord_token is None:
        return "set DISCORD_TOKEN to post to Discord"
    return None


async def post_digest(
    base: FactBase,
    settings: Settings,
    *,
    platform: str,
    channel: str,
    workspace: str | None = None,
    topic: str | None = None,
    publisher: Publisher | None = None,
) -> int:
    """Post one digest to `channel` through the delivery; print the outcome; return the status.

    Args:
        base: the fact base.
        settings: where the store is, and the platform tokens.
        platform: "console", "slack" or "discord".
        channel: the channel id.
        workspace: the Slack team or Discord server id; None asks the platform.
        topic: a topic id, or None for every topic.
        publisher: the publisher to use (tests); by default one logged in with the token.
    """
    from contextlib import AsyncExitStack

    from bot.core.ports import ChannelRef
    from bot.scheduling.bootstrap import start_scheduling
    from bot.scheduling.compose import DigestComposer

    async with AsyncExitStack() as stack:
        try:
            if publisher is None:
                publisher, found = await _publisher(platform, channel, settings, stack)
                workspace = workspace or found
        except _SetupError as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_FAILED
        scheduling = await start_scheduling(
            settings, {platform: publisher}, DigestComposer(base), stack, run_scheduler=False
        )
        target = ChannelRef(platform=platform, workspace=workspace or platform, channel=channel)
        result = await scheduling.deliver_now(target, topic=topic)
    line = f"{result.outcome}: {platform}:{target.workspace}/{channel}"
    if result.message_id:
        line += f" message {result.message_id}"
    line += f", {len(result.fact_ids)} fact(s)"
    if result.reason:
        line += f" ({result.reason})"
    ok = result.outcome in ("posted", "skipped")
    print(line, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else EXIT_FAILED


class _SetupError(Exception):
    """The platform refused the token or the channel before anything was posted."""


async def _publisher(
    platform: str, channel: str, settings: Settings, stack: Any
) -> tuple[Publisher, str | None]:
    """Return a publisher for `platform` and the workspace it reports for `channel`."""
    if platform == "slack":
        return await _slack_publisher(settings)
    if platform == "discord":
        return await _discord_publisher(channel, settings, stack)
    from bot.adapters.console import ConsolePublisher

    return ConsolePublisher(), "console"


async def _slack_publisher(settings: Settings) -> tuple[Publisher, str | None]:
    from slack_sdk.errors import SlackApiError

    from bot.adapters.slack.client import build_web_client
    from bot.adapters.slack.publisher import SlackPublisher, StaticToken

    assert settings.slack_bot_token is not None  # checked by _missing_token
    token = settings.slack_bot_token.get_secret_value()
    client = build_web_client(token=token, api_url=settings.slack_api_url)
    try:
        auth = await client.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error") if exc.response is not None else None
        raise _SetupError(f"Slack refused the token (SLACK_BOT_TOKEN): {error}") from exc
    team = auth.get("team_id")
    return SlackPublisher(client, StaticToken(token)), str(team) if team else None


async def _discord_publisher(
    channel: str, settings: Settings, stack: Any
) -> tuple[Publisher, str | None]:
    import discord

    from bot.adapters.discord.publisher import DiscordPublisher

    assert settings.discord_token is not None  # checked by _missing_token
    # REST only: a logged-in client with no gateway connection can post to a channel.
    client = discord.Client(intents=discord.Intents.none(), max_ratelimit_timeout=60.0)
    await stack.enter_async_context(client)
    try:
        await client.login(settings.discord_token.get_secret_value())
    except discord.LoginFailure as exc:
        raise _SetupError("Discord rejected the token (DISCORD_TOKEN)") from exc
    guild: str | None = None
    try:
        found = await client.fetch_channel(int(channel))
        guild_obj = getattr(found, "guild", None)
        guild = str(guild_obj.id) if guild_obj is not None else None
    except (ValueError, discord.HTTPException):
        pass  # the delivery reports an unusable channel with its reason
    return DiscordPublisher(client), guild
