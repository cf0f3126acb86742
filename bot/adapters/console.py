"""The console adapter: a REPL over the core, and the `Publisher` for platform "console".

Type `/brief ...` or the bare text; replies are rendered as plain text. Line editing and
history come from the standard library's readline where it exists.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import itertools
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TextIO

from bot.core import strings
from bot.core.ports import ChannelRef
from bot.core.reply import Reply
from bot.core.reporting import report_error
from bot.core.requests import Caller
from bot.core.text import render

log = logging.getLogger(__name__)

PLATFORM = "console"
HISTORY_FILE = Path("~/.briefbot_history")
HISTORY_LENGTH = 1000
CONSOLE_CALLER = Caller(
    platform=PLATFORM,
    workspace=PLATFORM,
    channel=PLATFORM,
    user=PLATFORM,
    user_name=None,
    can_manage=True,
)


class ConsoleCore(Protocol):
    """What the console needs from `bot.core.service.Core`."""

    @property
    def version(self) -> str:
        """Return the fact-base version."""
        ...

    async def handle_text(self, text: str, caller: Caller) -> Reply:
        """Answer one `/brief` text for `caller`."""
        ...


class ConsolePublisher:
    """Prints a reply with a header: digests firing in console mode land here.

    Args:
        output: where to print; standard output when None.
    """

    platform = PLATFORM

    def __init__(self, output: TextIO | None = None) -> None:
        self._output = output
        self._ids = itertools.count(1)

    async def publish(self, target: ChannelRef, reply: Reply) -> str:
        """Print `reply` under a header naming the channel; return a running message id."""
        message_id = str(next(self._ids))
        out = self._output or sys.stdout
        header = strings.CONSOLE_PUBLISH_HEADER.format(
            platform=target.platform, channel=target.channel, id=message_id
        )
        out.write(f"{header}\n{render(reply)}\n\n")
        out.flush()
        return message_id


async def run_console(
    core: ConsoleCore,
    *,
    input: TextIO | None = None,
    output: TextIO | None = None,
    caller: Caller = CONSOLE_CALLER,
    history_file: Path | None = HISTORY_FILE,
) -> None:
    """Read `/brief` lines until quit, exit or end of input, printing each reply.

    Args:
        core: the core every adapter shares.
        input: a stream to read lines from; None reads standard input (with line editing and
            a prompt when it is a terminal).
        output: where replies go; standard output when None.
        caller: who is asking (the console may manage its digests).
        history_file: where readline keeps history (interactive only); None keeps none.
    """
    out = output or sys.stdout
    interactive = input is None and sys.stdin.isatty()
    history = _open_history(history_file) if interactive else None
    read = _prompt_reader() if interactive else _stream_reader(input or sys.stdin)
    out.write(strings.CONSOLE_BANNER.format(version=core.version) + "\n\n")
    out.flush()
    try:
        while True:
            line = await _read_line(read)
            if line is None:
                break
            text = line.strip()
            if not text:
                continue
            if text.casefold() in strings.CONSOLE_QUIT:
                break
            reply = await _answer(core, text, caller)
            out.write(render(reply) + "\n\n")
            out.flush()
    finally:
        if history is not None:
            history()


async def _answer(core: ConsoleCore, text: str, caller: Caller) -> Reply:
    try:
        return await core.handle_text(text, caller)
    except Exception as exc:
        context = {"platform": PLATFORM, "request": "text", "length": len(text)}
        return report_error(exc, context=context, version=core.version)


def _stream_reader(stream: TextIO) -> Callable[[], str | None]:
    def read() -> str | None:
        line = stream.readline()
        return line or None

    return read


def _prompt_reader() -> Callable[[], str | None]:
    def read() -> str | None:
        try:
            return builtins.input(strings.CONSOLE_PROMPT)
        except (EOFError, KeyboardInterrupt):
            return None

    return read


async def _read_line(read: Callable[[], str | None]) -> str | None:
    """Read one line in a daemon thread, so a blocked read never holds up the loop or exit."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str | None] = loop.create_future()

    def settle(result: str | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    def work() -> None:
        try:
            result = read()
        except Exception as exc:
            loop.call_soon_threadsafe(settle, None, exc)
            return
        loop.call_soon_threadsafe(settle, result, None)

    threading.Thread(target=work, name="briefbot-console-input", daemon=True).start()
    return await future


def _open_history(path: Path | None) -> Callable[[], None] | None:
    """Load readline history; return a function that saves it (best effort, never fails)."""
    try:
        import readline
    except ImportError:  # e.g. Windows without pyreadline
        return None
    if path is None:
        return None
    file = path.expanduser()
    with contextlib.suppress(OSError):  # first run, or unreadable: start with no history
        readline.read_history_file(file)
    readline.set_history_length(HISTORY_LENGTH)

    def save() -> None:
        try:
            readline.write_history_file(file)
        except OSError as exc:
            log.warning("console history not saved: %s", type(exc).__name__)

    return save
