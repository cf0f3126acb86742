"""`briefbot console`: a REPL over the same core the chat platforms use."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `console` command."""
    parser = subparsers.add_parser(
        "console",
        help="ask and browse in a local REPL (type /brief help)",
        description="A local REPL over the bot's core: type /brief ... or a question; quit to leave.",
    )
    parser.set_defaults(handler=_console)


def _console(args: argparse.Namespace) -> int:
    from bot.adapters.console import run_console
    from bot.core.service import build_core

    asyncio.run(run_console(build_core()))
    return 0
