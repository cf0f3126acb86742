"""The real discord.py client and command tree against the loopback fake Discord.

Interactions arrive over the fake gateway as INTERACTION_CREATE; the assertions read the
interaction callbacks and follow-ups the bot sent to the fake REST API.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

import pytest
from sqlalchemy import select

from bot.adapters.discord import strings
from bot.adapters.discord.client import build_discord_client, sync_commands
from bot.adapters.discord.views import HELPFUL_ID, NOT_HELPFUL_ID, SHARE_ID
from bot.core.reply import Item, Reply, ReplyKind, Section
from bot.core.requests import Ask, Caller
from bot.store.models import FeedbackVote
from tests.discord.conftest import TOKEN, settings
from tests.discord.fake_discord import (
    APP_ID,
    EPHEMERAL,
    GUILD_ID,
    MANAGE_CHANNELS,
    USER_ID,
    Call,
    FakeDiscord,
    command,
    component,
    embed_errors,
)

NO_MENTIONS = {"parse": []}


async def run(
    fake: FakeDiscord, payload: dict[str, Any], *, followups: int = 1
) -> tuple[Call, list[Call]]:
    """Push one interaction; return its callback and its first `followups` follow-ups."""
    token = payload["token"]
    t0 = time.monotonic()
    await fake.dispatch("INTERACTION_CREATE", payload)
    (callback,) = await fake.wait_calls("POST", f"/interactions/{payload['id']}/{token}/callback")
    assert time.monotonic() - t0 < 3.0  # Discord's window for the first response
    sent = (
        await fake.wait_calls("POST", f"/webhooks/{APP_ID}/{token}", count=followups)
        if followups
        else []
    )
    return callback, sent


def check_message(body: dict[str, Any], *, ephemeral: bool) -> None:
    """Assert a message body is one Discord accepts, with mentions off and the right flag."""
    assert body["allowed_mentions"] == NO_MENTIONS
    assert embed_errors(body.get("embeds") or [], body.get("content")) == []
    assert bool((body.get("flags") or 0) & EPHEMERAL) is ephemeral


EVERYONE = [
    ("ask", {"question": "How did ICE officials react to Trump's June 2019 tweet?"}),
    ("topics", {}),
    ("topic", {"name": "expedited-removal"}),
    ("who", {"person": "Kelly"}),
    ("numbers", {}),
    ("disputes", {}),
    ("timeline", {}),
    ("timeline", {"topic": "ice-2019-raids"}),
    ("sources", {}),
    ("about", {}),
    ("help", {}),
    ("digest", {}),
    ("digest", {"topic": "daca"}),
]


@pytest.mark.parametrize(("sub", "options"), EVERYONE, ids=[f"{s}-{len(o)}" for s, o in EVERYONE])
async def test_every_read_subcommand_defers_then_answers_ephemerally(
    fake: FakeDiscord, bot: Any, sub: str, options: dict[str, Any]
) -> None:
    callback, (followup,) = await run(fake, command(sub, options))
    assert callback.body == {"type": 5, "data": {"flags": EPHEMERAL}}
    check_message(followup.body, ephemeral=True)
    assert followup.body["embeds"], "an answer is embeds"
    assert followup.query.get("wait") == "1"  # the message comes back, for the buttons


async def test_answer_embeds_carry_citations_footer_and_buttons(
    fake: FakeDiscord, bot: Any, core: Any
) -> None:
    question = "How did ICE officials react to Trump's June 2019 tweet?"
    _, (followup,) = await run(fake, command("ask", {"question": question}))
    reply = await core.handle(Ask(question=question), caller())
    assert reply.kind is ReplyKind.ANSWER
    embeds = followup.body["embeds"]
    assert embeds[0]["author"]["name"] == question
    footer = embeds[-1]["footer"]["text"]
    assert f"fact base {reply.version}" in footer
    assert footer.endswith("facts: " + ", ".join(reply.fact_ids))
    quotes = [f["value"] for e in embeds for f in e.get("fields", [])]
    assert quotes and all(q.startswith("“") for q in quotes)
    ids = [c["custom_id"] for row in followup.body["components"] for c in row["components"]]
    assert ids == [SHARE_ID, HELPFUL_ID, NOT_HELPFUL_ID]


def caller(perms: bool = False) -> Caller:
    return Caller(
        platform="discord", workspace=GUILD_ID, channel="1", user=USER_ID, can_manage=perms
    )


@pytest.mark.parametrize(
    ("sub", "options"),
    [
        ("subscribe", {"cadence": "weekdays", "time": "08:00", "zone": "America/Chicago"}),
        ("unsubscribe", {"target": "all"}),
        ("timezone", {"zone": "Europe/Berlin"}),
    ],
)
async def test_subscription_changes_need_manage_channels(
    fake: FakeDiscord, bot: Any, sub: str, options: dict[str, Any]
) -> None:
    callback, _ = await run(fake, command(sub, options, perms=0), followups=0)
    assert callback.body == {
        "type": 4,
        "data": {
            "tts": False,
            "content": strings.NEED_MANAGE_CHANNELS,
            "flags": EPHEMERAL,
            "allowed_mentions": NO_MENTIONS,
        },
    }
    assert fake.calls_to("POST", "/webhooks/") == []


@pytest.mark.parametrize(
    ("sub", "options"),
    [
        ("subscribe", {"cadence": "weekdays", "time": "08:00", "zone": "America/Chicago"}),
        ("subscribe", {"cadence": "weekly", "time": "09:30", "day": "mon", "topic": "daca"}),
        ("subscribe", {"cadence": "cron", "cron": "0 8 * * 1-5"}),
        ("schedule", {}),
        ("unsubscribe", {"target": "all"}),
        ("timezone", {"zone": "Europe/Berlin"}),
    ],
)
async def test_subscription_commands_with_manage_channels(
    fake: FakeDiscord, bot: Any, sub: str, options: dict[str, Any]
) -> None:
    callback, (followup,) = await run(fake, command(sub, options, perms=MANAGE_CHANNELS))
    assert callback.body == {"type": 5, "data": {"flags": EPHEMERAL}}
    check_message(followup.body, ephemeral=True)


@pytest.mark.parametrize(
    ("sub", "options", "expect"),
    [
        ("subscribe", {"cadence": "daily", "time": "25:00"}, "'25:00' is not a time of day"),
        ("subscribe", {"cadence": "weekly", "time": "08:00"}, "subscribe needs a weekday"),
        ("subscribe", {"cadence": "cron", "cron": "0 8 * *"}, "exactly five fields"),
        ("subscribe", {"cadence": "daily", "time": "8:00", "zone": "Mars/Base"}, "Mars/Base"),
        ("timezone", {"zone": "Europe/Berln"}, "Did you mean Europe/Berlin"),
    ],
)
async def test_bad_options_get_the_parsers_user_error(
    fake: FakeDiscord, bot: Any, sub: str, options: dict[str, Any], expect: str
) -> None:
    callback, _ = await run(fake, command(sub, options, perms=MANAGE_CHANNELS), followups=0)
    assert callback.body["type"] == 4 and callback.body["data"]["flags"] == EPHEMERAL
    check_message(callback.body["data"], ephemeral=True)
    assert expect in callback.body["data"]["content"]
    assert "Usage: " in callback.body["data"]["content"]


INJECTIONS = "@everyone @here <@123456789012345678> <@&123456789012345678> **bold** `code`"
LIVE_MENTION = re.compile(r"@everyone|@here|<@&?\d+>")


@pytest.mark.parametrize(
    ("sub", "options"),
    [
        (
            "ask",
            {"question": f"How did ICE officials react to Trump's June 2019 tweet? {INJECTIONS}"},
        ),
        ("ask", {"question": INJECTIONS}),
        ("topic", {"name": INJECTIONS}),
        ("who", {"person": INJECTIONS}),
        ("timeline", {"topic": INJECTIONS}),
    ],
)
async def test_typed_mentions_and_markdown_stay_inert(
    fake: FakeDiscord, bot: Any, sub: str, options: dict[str, Any]
) -> None:
    callback, sent = await run(fake, command(sub, options), followups=0)
    if callback.body["type"] == 5:
        sent = await fake.wait_calls("POST", f"/webhooks/{APP_ID}/{callback.path.split('/')[3]}")
    bodies = [c.body for c in sent] if callback.body["type"] == 5 else [callback.body["data"]]
    for body in bodies:
        check_message(body, ephemeral=True)
        assert LIVE_MENTION.findall(json.dumps(body, ensure_ascii=False)) == []
        # An answer's author line repeats the question as typed: Discord shows author names
        # as plain text (no markdown), so only there may the asterisks stay as typed.
        rendered = [
            {k: v for k, v in embed.items() if k != "author"} for embed in body.get("embeds", [])
        ]
        assert "**bold**" not in json.dumps([rendered, body.get("content")], ensure_ascii=False)


async def test_oversize_question_gets_a_short_ephemeral_refusal(
    fake: FakeDiscord, bot: Any
) -> None:
    callback, _ = await run(fake, command("ask", {"question": "why " * 1500}), followups=0)
    check_message(callback.body["data"], ephemeral=True)
    assert callback.body["data"]["content"].startswith(
        "That is 5999 characters; keep it under 500."
    )


@pytest.mark.parametrize(
    ("sub", "options", "focused", "expect"),
    [
        ("topic", {"name": ""}, "name", None),
        ("timeline", {"topic": "da"}, "topic", "daca"),
        ("who", {"person": "kel"}, "person", "John F. Kelly"),
        ("subscribe", {"cadence": "daily", "zone": "chicago"}, "zone", "America/Chicago"),
        ("timezone", {"zone": ""}, "zone", None),
    ],
)
async def test_autocomplete_offers_at_most_25_choices(
    fake: FakeDiscord, bot: Any, sub: str, options: dict[str, Any], focused: str, expect: str | None
) -> None:
    payload = command(sub, options, focused=focused)
    callback, _ = await run(fake, payload, followups=0)
    assert callback.body["type"] == 8
    choices = callback.body["data"]["choices"]
    assert 1 <= len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    if expect is not None:
        assert expect in [c["value"] for c in choices]


async def asked(fake: FakeDiscord) -> dict[str, Any]:
    """Ask a question; return the ephemeral answer message as Discord stored it."""
    _, (followup,) = await run(
        fake,
        command("ask", {"question": "How did ICE officials react to Trump's June 2019 tweet?"}),
    )
    message = dict(fake.messages[max(fake.messages)])
    assert message["embeds"] == followup.body["embeds"]
    message["flags"] = EPHEMERAL
    return message


async def test_share_posts_the_same_embeds_publicly(fake: FakeDiscord, bot: Any) -> None:
    message = await asked(fake)
    payload = component(SHARE_ID, message)
    callback, (shared,) = await run(fake, payload)
    assert callback.body["type"] == 7  # the private copy loses its share button
    ids = [c["custom_id"] for row in callback.body["data"]["components"] for c in row["components"]]
    assert ids == [HELPFUL_ID, NOT_HELPFUL_ID]
    check_message(shared.body, ephemeral=False)
    assert shared.body["embeds"] == message["embeds"]
    assert shared.body["content"] == f"Shared by <@{USER_ID}>"
    # Buttons of every message are answered by the one view registered at start-up; none
    # is kept per message (that would grow without bound).
    assert len(bot.persistent_views) == 1


async def test_votes_go_to_the_feedback_store_and_replace(
    fake: FakeDiscord, bot: Any, database: Any
) -> None:
    message = await asked(fake)
    callback, _ = await run(fake, component(HELPFUL_ID, message), followups=0)
    assert callback.body == {
        "type": 4,
        "data": {
            "tts": False,
            "content": strings.VOTE_THANKS,
            "flags": EPHEMERAL,
            "allowed_mentions": NO_MENTIONS,
        },
    }
    await run(fake, component(NOT_HELPFUL_ID, message), followups=0)
    async with database.sessions() as session:
        votes = (await session.scalars(select(FeedbackVote))).all()
    assert [(v.platform, v.workspace, v.user, v.helpful) for v in votes] == [
        ("discord", GUILD_ID, USER_ID, False)
    ]
    assert votes[0].question == "How did ICE officials react to Trump's June 2019 tweet?"
    footer = message["embeds"][-1]["footer"]["text"]
    assert footer.endswith("facts: " + ", ".join(votes[0].fact_ids))


async def test_buttons_work_on_messages_sent_before_a_restart(
    fake: FakeDiscord, bot: Any, database: Any
) -> None:
    # A message this client never sent (as after a restart): only the persistent view knows it.
    old = await asked(fake)
    stale = fake.message({"embeds": old["embeds"], "flags": EPHEMERAL})
    callback, _ = await run(fake, component(HELPFUL_ID, stale), followups=0)
    assert callback.body["data"]["content"] == strings.VOTE_THANKS


async def test_buttons_on_a_foreign_message_refuse_politely(fake: FakeDiscord, bot: Any) -> None:
    stale = fake.message({"content": "hello", "flags": EPHEMERAL})
    callback, _ = await run(fake, component(HELPFUL_ID, stale), followups=0)
    assert callback.body["data"]["content"] == strings.VOTE_UNREADABLE
    assert callback.body["data"]["flags"] == EPHEMERAL


async def test_unexpected_errors_go_through_the_one_error_path(
    fake: FakeDiscord, core: Any, feedback: Any
) -> None:
    reported: list[tuple[BaseException, dict[str, Any]]] = []

    class Broken:
        base = core.base

        async def handle(self, request: Any, caller: Caller) -> Any:
            raise RuntimeError("the answer engine fell over")

    def report(error: BaseException, *, context: Any, version: str | None = None) -> Reply:
        reported.append((error, dict(context)))
        item = Item(text="Sorry @everyone, try again.")
        return Reply(
            kind=ReplyKind.ERROR, title="Sorry", sections=(Section(heading=None, items=(item,)),)
        )

    client = build_discord_client(
        Broken(),
        settings=settings(),
        feedback=feedback,
        report=report,
        sharded=False,
        guild_ready_timeout=0.1,
    )
    await client.login(TOKEN)
    import asyncio

    task = asyncio.create_task(client.connect(reconnect=False))
    try:
        await asyncio.wait_for(client.wait_until_ready(), 10)
        _, (followup,) = await run(fake, command("numbers"))
    finally:
        await client.close()
        await asyncio.wait_for(task, 10)
    check_message(followup.body, ephemeral=True)
    assert followup.body["content"] == "Sorry @\u200beveryone, try again."
    ((error, context),) = reported
    assert isinstance(error, RuntimeError)
    assert context["guild"] == int(GUILD_ID) and context["command"] == "brief numbers"


async def test_rate_limited_follow_up_is_retried(fake: FakeDiscord, bot: Any) -> None:
    payload = command("ask", {"question": "Who was Homeland Security Secretary?"})
    fake.ratelimit[payload["token"]] = {"count": 1, "retry_after": 0.05}
    _, sent = await run(fake, payload, followups=2)
    assert len(sent) == 2
    check_message(sent[1].body, ephemeral=True)


async def test_sync_registers_brief_with_typed_options(fake: FakeDiscord, bot: Any) -> None:
    await bot.tree.sync()
    ((put),) = fake.calls_to("PUT", f"/applications/{APP_ID}/commands")
    (brief,) = put.body
    assert brief["name"] == "brief"
    # Discord applies default_member_permissions to top-level commands only, so /brief stays
    # open to everyone and the subscription changes are checked at run time instead.
    assert brief["default_member_permissions"] is None
    subs = {o["name"]: o for o in brief["options"]}
    assert sorted(subs) == sorted(strings.DESCRIPTIONS)
    assert all(o["type"] == 1 and o["description"] for o in subs.values())
    options = {o["name"]: o for o in subs["subscribe"]["options"]}
    assert [c["value"] for c in options["cadence"]["choices"]] == [
        "daily",
        "weekdays",
        "weekly",
        "cron",
    ]
    assert options["cadence"]["required"] is True
    assert [c["value"] for c in options["day"]["choices"]] == [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
    assert options["zone"]["autocomplete"] is True and options["topic"]["autocomplete"] is True
    assert {o["name"]: o.get("autocomplete") for o in subs["who"]["options"]} == {"person": True}
    assert subs["ask"]["options"][0]["max_length"] == 500  # the core refuses longer text


async def test_guild_sync_cli_helper(fake: FakeDiscord, core: Any, feedback: Any) -> None:
    client = build_discord_client(core, settings=settings(), feedback=feedback, sharded=False)
    synced = await sync_commands(client, TOKEN, guild=int(GUILD_ID))
    assert [c.name for c in synced] == ["brief"]
    (put,) = fake.calls_to("PUT", f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    assert put.headers["Authorization"] == f"Bot {TOKEN}"


async def test_gateway_identify_asks_for_no_privileged_intents(fake: FakeDiscord, bot: Any) -> None:
    (identify,) = [f for f in fake.gateway_in if f["op"] == 2]
    assert identify["d"]["intents"] == 0
    assert identify["d"]["shard"] == [0, 1]  # auto-sharded: GET /gateway/bot said one shard
    assert fake.calls_to("GET", "/gateway/bot")


async def test_run_discord_serves_until_cancelled_and_closes(
    fake: FakeDiscord, core: Any, feedback: Any
) -> None:
    import asyncio

    from bot.adapters.discord.client import run_discord

    ready = asyncio.Event()
    task = asyncio.create_task(
        run_discord(
            core,
            TOKEN,
            settings=settings(),
            feedback=feedback,
            ready=ready,
            guild_ready_timeout=0.1,
        )
    )
    await asyncio.wait_for(ready.wait(), 10)
    _, (followup,) = await run(fake, command("about"))
    check_message(followup.body, ephemeral=True)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert fake.calls_to("GET", "/gateway/bot")  # auto-sharded by default


async def test_gateway_event_errors_use_the_same_error_path(core: Any, feedback: Any) -> None:
    reported: list[tuple[BaseException, dict[str, Any]]] = []

    def report(error: BaseException, *, context: Any, version: str | None = None) -> Reply:
        reported.append((error, dict(context)))
        return Reply(kind=ReplyKind.ERROR, title="Sorry")

    client = build_discord_client(
        core, settings=settings(), feedback=feedback, report=report, sharded=False
    )
    boom = RuntimeError("a handler broke")
    try:
        raise boom
    except RuntimeError:
        await client.on_error("on_ready")
    assert reported == [(boom, {"platform": "discord", "event": "on_ready"})]
    await client.close()
