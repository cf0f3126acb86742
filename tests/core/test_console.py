"""The console adapter: run_console driven by scripted input, and the console publisher."""

from __future__ import annotations

import io

from bot.adapters.console import CONSOLE_CALLER, ConsolePublisher, run_console
from bot.core.ports import ChannelRef
from bot.core.reply import Item, Reply, ReplyKind, Section
from bot.core.requests import Caller
from bot.core.service import Core
from bot.core.text import render


async def _run(core: Core, script: str) -> str:
    out = io.StringIO()
    await run_console(core, input=io.StringIO(script), output=out)
    return out.getvalue()


async def test_console_renders_replies_in_order_and_quits(core: Core) -> None:
    out = await _run(
        core, "/brief topics\n\nhow many new ICE officers will be hired?\nquit\nabout\n"
    )
    topics = render(await core.handle_text("topics", CONSOLE_CALLER))
    answer = render(
        await core.handle_text("how many new ICE officers will be hired?", CONSOLE_CALLER)
    )
    banner = f"briefbot console \u2014 type /brief help, a question, or quit. Fact base {core.version}.\n\n"
    assert out == banner + topics + "\n\n" + answer + "\n\n"


async def test_console_shows_user_errors_and_goes_on(core: Core) -> None:
    out = await _run(core, "topcs\nsubscribe daily 25:00\nhelp\n")
    assert "Unknown subcommand 'topcs'. Did you mean topics?" in out
    assert "'25:00' is not a time of day" in out
    assert out.rstrip().endswith(f"Fact base {core.version}")
    assert "How to use /brief" in out


async def test_console_stops_at_end_of_input_and_exit(core: Core) -> None:
    assert await _run(core, "") == await _run(core, "exit\nhelp\n")


async def test_console_apologises_for_unexpected_errors(core: Core) -> None:
    class Broken:
        version = "v1"

        async def handle_text(self, text: str, caller: Caller) -> Reply:
            raise RuntimeError("boom")

    out = io.StringIO()
    await run_console(Broken(), input=io.StringIO("anything\n"), output=out)
    assert "Sorry, something went wrong on our side." in out.getvalue()


async def test_console_caller_manages_its_channel(core: Core) -> None:
    assert CONSOLE_CALLER.can_manage
    assert (CONSOLE_CALLER.platform, CONSOLE_CALLER.workspace, CONSOLE_CALLER.channel) == (
        "console",
        "console",
        "console",
    )
    out = await _run(core, "subscribe daily 08:00\n")
    assert "Digests are not set up on this bot." in out


async def test_console_publisher_prints_with_a_header() -> None:
    out = io.StringIO()
    publisher = ConsolePublisher(out)
    reply = Reply(
        kind=ReplyKind.INFO,
        title="Digest",
        sections=(Section(heading=None, items=(Item(text="x"),)),),
    )
    target = ChannelRef(platform="console", workspace="console", channel="console")
    assert await publisher.publish(target, reply) == "1"
    assert await publisher.publish(target, reply) == "2"
    assert publisher.platform == "console"
    assert out.getvalue() == (
        "=== console #console (message 1) ===\nDigest\n\nx\n\n"
        "=== console #console (message 2) ===\nDigest\n\nx\n\n"
    )
