"""The composition root: console mode end to end, which adapters start, and refusals."""

from __future__ import annotations

import asyncio
import io
import logging
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.console import CONSOLE_CALLER
from bot.app import RunOptions, StartupError, check, secrets_of, serve, start
from bot.cli import main
from bot.settings import Settings
from bot.store import repo
from bot.store.db import open_database
from bot.store.models import Outcome

SLACK_BOT = "xoxb-1111-2222-secretbottoken"
SLACK_APP = "xapp-1-A0APP-1-secretapptoken"
SIGNING = "signing-secret-value-123"
DISCORD = "MTA0NTY3ODkwMTIzNDU2Nzg5.GaBcDe.secret-discord-token-value-xyz"


def settings_for(tmp_path: Path, **values: Any) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        sqlite_path=tmp_path / "data" / "briefbot.sqlite",
        **values,
    )


async def _wait_for(predicate: Any) -> None:
    deadline = asyncio.get_running_loop().time() + 10.0
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_console_mode_subscribes_and_keeps_it_across_restarts(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    lines = (
        "/brief unsubscribe nope\n"
        "/brief subscribe weekdays 07:30 Europe/Berlin\n/brief schedule\nquit\n"
    )
    out = io.StringIO()
    options = RunOptions(console_input=io.StringIO(lines), console_output=out)

    assert await serve(settings, options) == 0

    printed = out.getvalue()
    assert "Nothing to unsubscribe" in printed and "nothing changed" in printed
    assert "Subscribed" in printed
    assert "weekdays at 07:30 (Europe/Berlin)" in printed
    again = io.StringIO()
    options = RunOptions(console_input=io.StringIO("/brief schedule\n"), console_output=again)
    assert await serve(settings, options) == 0
    assert "weekdays at 07:30 (Europe/Berlin)" in again.getvalue()


async def test_console_prints_a_digest_when_its_job_fires(tmp_path: Path) -> None:
    out = io.StringIO()
    options = RunOptions(console=True, console_output=out)
    async with AsyncExitStack() as stack:
        runtime = await start(settings_for(tmp_path), stack, options)
        assert set(runtime.publishers) == {"console"}
        reply = await runtime.core.handle_text("/brief subscribe daily 00:00 UTC", CONSOLE_CALLER)
        scheduler = runtime.scheduling.scheduler
        assert scheduler is not None
        (row,) = await repo.list_subscriptions(runtime.scheduling.db)
        assert row.id in reply.text
        assert scheduler.next_run(row.id) is not None  # scheduled at once, not at next resync

        assert scheduler.run_now(row.id)
        await _wait_for(lambda: "=== console #console (message 1) ===" in out.getvalue())
        await scheduler.wait_idle()
        (delivery,) = await repo.deliveries(runtime.scheduling.db)
        assert delivery.outcome == Outcome.POSTED
    assert out.getvalue().count("=== console #console") == 1


async def test_both_platforms_start_without_the_console_when_tokens_are_set(
    tmp_path: Path,
) -> None:
    settings = settings_for(
        tmp_path,
        slack_bot_token=SLACK_BOT,
        slack_app_token=SLACK_APP,
        discord_token=DISCORD,
    )
    async with AsyncExitStack() as stack:
        runtime = await start(settings, stack, RunOptions())
        assert set(runtime.publishers) == {"slack", "discord"}
        assert set(runtime.services) == {"slack", "discord"}
        assert runtime.finishing == frozenset()
        assert runtime.core.subscriptions is runtime.scheduling.service


@pytest.mark.parametrize(
    ("values", "options", "needs"),
    [
        ({}, RunOptions(slack_http=True), "SLACK_BOT_TOKEN"),
        ({"slack_bot_token": SLACK_BOT}, RunOptions(slack_http=True), "SLACK_SIGNING_SECRET"),
        ({"slack_bot_token": SLACK_BOT}, RunOptions(), "SLACK_APP_TOKEN"),
        (
            {"slack_bot_token": SLACK_BOT, "discord_token": DISCORD},
            RunOptions(slack_http=True, only=frozenset({"discord"})),
            "--only slack",
        ),
        (
            {"slack_client_id": "1.2", "slack_client_secret": "oauth-secret"},
            RunOptions(),
            "--slack-http",
        ),
    ],
)
def test_settings_that_cannot_run_are_refused_with_what_to_set(
    tmp_path: Path, values: dict[str, Any], options: RunOptions, needs: str
) -> None:
    with pytest.raises(StartupError, match=needs.replace("-", r"\-")):
        check(settings_for(tmp_path, **values), options)


async def test_only_runs_the_named_platform(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, slack_bot_token=SLACK_BOT, discord_token=DISCORD)
    async with AsyncExitStack() as stack:
        runtime = await start(settings, stack, RunOptions(only=frozenset({"discord"})))
        assert set(runtime.publishers) == set(runtime.services) == {"discord"}


def test_only_a_platform_that_is_not_configured_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StartupError, match="DISCORD_TOKEN"):
        check(
            settings_for(tmp_path, slack_bot_token=SLACK_BOT),
            RunOptions(only=frozenset({"discord"})),
        )


def test_the_console_runs_whatever_tokens_are_set(tmp_path: Path) -> None:
    check(settings_for(tmp_path, slack_bot_token=SLACK_BOT), RunOptions(console=True))


async def test_a_refusal_exits_2_opens_nothing_and_logs_no_secret(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(tmp_path, slack_bot_token=SLACK_BOT, discord_token=DISCORD)
    with caplog.at_level(logging.INFO):
        assert await serve(settings, RunOptions(slack_http=True)) == 2
    assert "SLACK_SIGNING_SECRET" in caplog.text
    assert SLACK_BOT not in caplog.text and DISCORD not in caplog.text
    assert not (tmp_path / "data").exists()


def test_secrets_of_lists_every_token_for_the_log_filter(tmp_path: Path) -> None:
    settings = settings_for(
        tmp_path,
        slack_bot_token=SLACK_BOT,
        slack_app_token=SLACK_APP,
        slack_signing_secret=SIGNING,
        discord_token=DISCORD,
    )
    assert sorted(secrets_of(settings)) == sorted([SLACK_BOT, SLACK_APP, SIGNING, DISCORD])


def test_empty_tokens_in_a_dotenv_mean_console_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = tmp_path / ".env"
    env.write_text("SLACK_BOT_TOKEN=\nSLACK_APP_TOKEN=\nDISCORD_TOKEN=\n", encoding="utf-8")
    settings = Settings(_env_file=env)  # type: ignore[call-arg]
    assert not settings.slack_enabled
    assert not settings.discord_enabled


def test_briefbot_run_refuses_http_mode_without_slack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        assert main(["run", "--slack-http", "--port", "0"]) == 2
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
    assert "--slack-http needs Slack credentials" in capfd.readouterr().err


async def test_a_fact_base_that_fails_validation_never_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from briefings.loader import FactBaseError, Problem

    def broken() -> Any:
        raise FactBaseError([Problem(file="wapo.yaml", fact_id="x", message="quote not found")])

    monkeypatch.setattr("bot.app.load_valid", broken)
    options = RunOptions(console_input=io.StringIO("/brief about\n"), console_output=io.StringIO())
    with caplog.at_level(logging.ERROR):
        assert await serve(settings_for(tmp_path), options) == 2
    assert "wapo.yaml: x: quote not found" in caplog.text
    assert "briefbot facts check" in caplog.text


async def test_the_store_is_migrated_and_closed_by_the_stack(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    options = RunOptions(console_input=io.StringIO(""), console_output=io.StringIO())
    assert await serve(settings, options) == 0
    db = await open_database(settings.effective_database_url, run_migrations=False)
    try:
        assert await repo.list_subscriptions(db) == []
    finally:
        await db.close()
