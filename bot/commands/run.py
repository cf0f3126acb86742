"""`briefbot run`: serve Slack and/or Discord as configured, else the local console.

`briefbot run` uses Socket Mode for Slack (SLACK_APP_TOKEN); `briefbot run --slack-http
--port N` serves Slack's Events API over HTTP instead (what the Procfile's web process runs).
Digests are scheduled in every mode.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

DEFAULT_PORT = 3000
PLATFORMS = ("slack", "discord")


def register(subparsers: Any) -> None:
    """Add the `run` command."""
    parser = subparsers.add_parser(
        "run",
        help="run the bot: Slack/Discord when tokens are set, else the local console",
        description=(
            "Run the bot with the digest scheduler. Slack runs when SLACK_BOT_TOKEN is set "
            "(Socket Mode with SLACK_APP_TOKEN, or HTTP with --slack-http), Discord when "
            "DISCORD_TOKEN is set; with neither, a local console."
        ),
    )
    parser.add_argument(
        "--slack-http",
        action="store_true",
        help="serve Slack over HTTP (/slack/events, /healthz) instead of Socket Mode",
    )
    parser.add_argument(
        "--host",
        default="0.0.0.0",  # noqa: S104  # a web process listens on every interface
        help="HTTP mode: address to listen on (default 0.0.0.0)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=None,
        help=f"HTTP mode: port (default $PORT, else {DEFAULT_PORT})",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=PLATFORMS,
        default=None,
        help="run only this configured platform (repeatable); by default every configured one",
    )
    parser.set_defaults(handler=_run)


def port_from(value: int | None, environ: dict[str, str] | None = None) -> int:
    """Return the HTTP port: the flag, else $PORT (platforms such as Heroku set it), else 3000."""
    if value is not None:
        return value
    env = os.environ if environ is None else environ
    raw = env.get("PORT", "")
    return int(raw) if raw.isdigit() else DEFAULT_PORT


def _run(args: argparse.Namespace) -> int:
    from bot.app import RunOptions

    only = frozenset(args.only) if args.only else None
    options = RunOptions(
        only=only, slack_http=bool(args.slack_http), host=args.host, port=port_from(args.port)
    )
    return serve_with_logging(options)


def serve_with_logging(options: Any) -> int:
    """Read the settings, configure logging with every secret redacted, and serve."""
    import asyncio

    from bot.app import secrets_of, serve
    from bot.logs import configure_logging
    from bot.settings import Settings

    settings = Settings.model_validate({})
    level = settings.log_level
    if level.upper() == "INFO" and _console_only(settings, options):
        level = "WARNING"  # the REPL shares the terminal: operator chatter would bury replies
    configure_logging(level, secrets_of(settings))
    return asyncio.run(serve(settings, options))


def _console_only(settings: Any, options: Any) -> bool:
    return bool(options.console) or not (settings.slack_enabled or settings.discord_enabled)
