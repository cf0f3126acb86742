"""`briefbot console`: a REPL over the same core the chat platforms use, with digests.

Subscriptions made here (`/brief subscribe daily 08:00`) are scheduled like any channel's, and
each digest prints in the console when it fires.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `console` command."""
    parser = subparsers.add_parser(
        "console",
        help="ask, browse and subscribe in a local REPL (type /brief help)",
        description=(
            "A local REPL over the bot's core: type /brief ... or a question; quit to leave. "
            "Digests you subscribe to print here when they fire."
        ),
    )
    parser.set_defaults(handler=_console)


def _console(args: argparse.Namespace) -> int:
    from bot.app import RunOptions
    from bot.commands.run import serve_with_logging

    return serve_with_logging(RunOptions(console=True))
