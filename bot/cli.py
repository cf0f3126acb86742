"""The `briefbot` command line: one entry point, each command in its own module.

Command modules live in `bot.commands`; each defines `register(subparsers)` and keeps its
top-level imports light (argparse only), importing what it needs when it runs, so that
`briefbot ask` never pays for slack_bolt, discord or apscheduler.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Order here is the order in `briefbot --help`.
COMMAND_MODULES = (
    "run",
    "console",
    "ask",
    "facts",
    "digest",
    "subscriptions",
    "feedback",
    "discord",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every command module registered."""
    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Sourced answers about the 2017 DHS enforcement memos and the ICE operations after them.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bot.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bot.commands.{name}":
                raise
            continue  # a command not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `briefbot` command line and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `briefbot facts export --json | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
