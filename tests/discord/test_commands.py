"""`briefbot discord invite` and the follow-up retry helper."""

from __future__ import annotations

import base64
from types import SimpleNamespace
from typing import Any

import pytest

from bot.cli import main
from bot.commands.discord import application_id_from_token, invite_url


def test_invite_url_has_exactly_the_scopes_and_permissions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCORD_APPLICATION_ID", "1000000000000000002")
    assert main(["discord", "invite"]) == 0
    # View Channel 1<<10, Send Messages 1<<11, Embed Links 1<<14, Send Messages in Threads 1<<38
    expected = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 38)
    assert capsys.readouterr().out.strip() == (
        "https://discord.com/oauth2/authorize?client_id=1000000000000000002"
        f"&scope=bot+applications.commands&permissions={expected}"
    )


def test_invite_falls_back_to_the_id_in_the_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    head = base64.b64encode(b"1000000000000000009").decode().rstrip("=")
    monkeypatch.delenv("DISCORD_APPLICATION_ID", raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", f"{head}.GaBcDe.secretpart")
    assert main(["discord", "invite"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == invite_url("1000000000000000009") and "secretpart" not in out
    assert application_id_from_token("not-a-token") is None


def test_sync_without_a_token_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir("/")  # no .env
    assert main(["discord", "sync", "--guild", "123"]) == 2
    assert "DISCORD_TOKEN" in capsys.readouterr().err


async def test_send_with_retry_gives_5xx_a_bounded_second_chance() -> None:
    import discord

    from bot.adapters.discord.client import send_with_retry

    response: Any = SimpleNamespace(status=503, reason="Service Unavailable")
    attempts: list[int] = []

    async def flaky() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise discord.DiscordServerError(response, "down")
        return "sent"

    assert await send_with_retry(flaky, delays=(0.0, 0.0)) == "sent"
    assert len(attempts) == 3

    async def down() -> str:
        attempts.append(1)
        raise discord.DiscordServerError(response, "down")

    attempts.clear()
    with pytest.raises(discord.DiscordServerError):
        await send_with_retry(down, delays=(0.0, 0.0))
    assert len(attempts) == 3
