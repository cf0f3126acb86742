"""Wiring: start_scheduling with the console publisher, and the two CLI commands."""

from __future__ import annotations

import io
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.adapters.console import ConsolePublisher
from bot.cli import main
from bot.core.ports import ChannelRef
from bot.core.requests import Caller, Subscribe
from bot.scheduling.bootstrap import start_scheduling
from bot.settings import Settings
from bot.store import repo
from bot.store.feedback import SqlFeedbackStore
from bot.store.models import Outcome
from tests.scheduling.helpers import add_daily, fixture_composer


def settings_for(tmp_path: Path) -> Settings:
    return Settings.model_validate({"sqlite_path": tmp_path / "data" / "briefbot.sqlite"})


async def test_a_due_digest_prints_in_console_mode_once(tmp_path: Path) -> None:
    out = io.StringIO()
    settings = settings_for(tmp_path)
    async with AsyncExitStack() as stack:
        scheduling = await start_scheduling(
            settings, {"console": ConsolePublisher(out)}, fixture_composer(), stack,
            run_scheduler=False,
        )  # fmt: skip
        recent = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%H:%M")
        await add_daily(
            scheduling.db, "general", time=recent, platform="console", workspace="console",
            created_at=datetime.now(UTC) - timedelta(days=1),
        )  # fmt: skip
    for _ in range(2):  # two starts: the second finds the slot already posted
        async with AsyncExitStack() as stack:
            scheduling = await start_scheduling(
                settings, {"console": ConsolePublisher(out)}, fixture_composer(), stack
            )
            assert scheduling.scheduler is not None
            await scheduling.scheduler.wait_idle()
            rows = await repo.deliveries(scheduling.db)
    printed = out.getvalue()
    assert printed.count("Briefing: the Kelly memos and ICE enforcement") == 1
    assert "general" in printed
    assert [r.outcome for r in rows] == [Outcome.POSTED]


async def test_deliver_now_and_subscribe_through_the_ports(tmp_path: Path) -> None:
    out = io.StringIO()
    caller = Caller(platform="console", workspace="console", channel="general", user="me")
    async with AsyncExitStack() as stack:
        scheduling = await start_scheduling(
            settings_for(tmp_path), {"console": ConsolePublisher(out)}, fixture_composer(), stack
        )
        view = await scheduling.service.subscribe(
            Subscribe(cadence="weekly", day="fri", time="16:00"), caller
        )
        result = await scheduling.deliver_now(
            ChannelRef(platform="console", workspace="console", channel="general")
        )
        assert scheduling.scheduler is not None
        assert scheduling.scheduler.job_ids() == [f"digest:{view.id}"]
    assert view.schedule == "every Friday at 16:00 (UTC)"
    assert result.outcome == Outcome.POSTED
    assert out.getvalue().count("Briefing: the Kelly memos and ICE enforcement") == 1


async def test_subscriptions_and_feedback_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFBOT_SQLITE_PATH", str(tmp_path / "cli" / "briefbot.sqlite"))
    settings = Settings.model_validate({})
    caller = Caller(platform="slack", workspace="T1", channel="C1", user="U1")
    async with AsyncExitStack() as stack:
        scheduling = await start_scheduling(
            settings, {}, fixture_composer(), stack, run_scheduler=False
        )
        view = await scheduling.service.subscribe(
            Subscribe(cadence="cron", cron="0 9 * * 1", zone="Europe/Berlin"), caller
        )
        await SqlFeedbackStore(scheduling.db).record_vote(
            platform="slack", workspace="T1", channel="C1", user="U1", question="Who is Kelly?",
            fact_ids=("kelly",), version="v", helpful=True,
        )  # fmt: skip
    capsys.readouterr()

    assert await_cli(["subscriptions"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == [
        "ID",
        "WHERE",
        "SCHEDULE",
        "TOPIC",
        "NEXT",
        "RUN",
        "LAST",
        "OUTCOME",
    ]
    assert listing[1].startswith(f"{view.id}  slack:T1/C1  cron `0 9 * * 1` (Europe/Berlin)")
    assert listing[1].rstrip().endswith("-")
    assert listing[-1] == "1 subscription(s)"

    assert await_cli(["feedback"]) == 0
    summary = capsys.readouterr().out
    assert summary.splitlines()[0] == "votes: 1 (1 helpful, 0 not helpful)"
    assert "  kelly: +1 -0" in summary


def await_cli(argv: list[str]) -> int:
    """Run the CLI (it runs its own event loop) from this async test, in a thread."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(main, argv).result()


async def test_service_checks_schedules_and_resolves_zones(tmp_path: Path) -> None:
    from bot.core.errors import UserError
    from bot.core.requests import SetDefaultZone, Unsubscribe

    caller = Caller(platform="slack", workspace="T1", channel="C1", user="U1")
    async with AsyncExitStack() as stack:
        scheduling = await start_scheduling(
            settings_for(tmp_path), {}, fixture_composer(), stack, run_scheduler=False
        )
        service = scheduling.service
        with pytest.raises(UserError) as bad_zone:
            await service.subscribe(
                Subscribe(cadence="daily", time="08:00", zone="Nowhere/X"), caller
            )
        with pytest.raises(UserError) as bad_cron:
            await service.subscribe(Subscribe(cadence="cron", cron="0 8 * * funday"), caller)
        with pytest.raises(UserError):
            await service.set_default_zone(SetDefaultZone(zone="Atlantis/Lost"), caller)
        plain = await service.subscribe(Subscribe(cadence="daily", time="08:00"), caller)
        assert await service.set_default_zone(SetDefaultZone(zone="America/Chicago"), caller) == (
            "America/Chicago"
        )
        local = await service.subscribe(Subscribe(cadence="weekdays", time="7:30"), caller)
        listed = await service.list_channel(caller)
        elsewhere = await service.list_channel(
            Caller(platform="slack", workspace="T1", channel="C2", user="U1")
        )
        assert await service.unsubscribe(Unsubscribe(target="nope"), caller) == 0
        assert await service.unsubscribe(Unsubscribe(target="all"), caller) == 2
    assert "Unknown time zone 'Nowhere/X'" in bad_zone.value.message
    assert bad_cron.value.message.startswith("The cron schedule '0 8 * * funday' is not valid")
    assert (plain.zone, local.zone) == ("UTC", "America/Chicago")
    assert [v.schedule for v in listed] == [
        "daily at 08:00 (UTC)",
        "weekdays at 07:30 (America/Chicago)",
    ]
    assert listed[1].next_run_local is not None and listed[1].next_run_local.endswith(
        ("CST", "CDT")
    )
    assert elsewhere == []
