"""The real bolt `AsyncApp` with our listeners, driven by signed requests, against the fake Slack."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.models.blocks import Block

from bot.adapters.slack.app import build_publisher, build_slack_app
from bot.adapters.slack.blocks import MAX_BLOCKS
from bot.core import strings as core_strings
from bot.core.ports import ChannelRef
from bot.core.reply import Reply, ReplyKind, Visibility
from bot.settings import Settings
from bot.store.feedback import QuestionVotes, SqlFeedbackStore
from tests.slack.conftest import BOT_TOKEN, SIGNING_SECRET, sign, slash_body
from tests.slack.fake_slack import TEAM_ID, FakeSlack, block_chars
from tests.slack.test_render import LIVE

HOSTILE_INPUTS = [
    "<!channel> what did Kelly say",
    "<!here> deportations",
    "<!everyone> ICE raids",
    "<@U123> who is Kelly",
    "<https://evil.example|click me> memos",
    "@everyone @here @channel what about DACA",
    "x" * 4000,
    "🎉🔥 what did Kelly say about the wall 🧱" * 40,
    "ما الذي قاله كيلي عن الترحيل؟ מה אמר קלי",
    "\x00\x07\x1b[2J\u202ewhat did Kelly say\x7f",
]


def settings_for(fake: FakeSlack, **extra: Any) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=fake.base_url,
        **extra,
    )


@pytest.fixture
def app(fake: FakeSlack, core: Any, feedback: Any) -> AsyncApp:
    return build_slack_app(core, settings=settings_for(fake), feedback=feedback)


async def dispatch(app: AsyncApp, body: str, headers: dict[str, str] | None = None) -> Any:
    return await app.async_dispatch(AsyncBoltRequest(body=body, headers=headers or sign(body)))


def action_body(fake: FakeSlack, action_id: str, value: str, *, user: str = "U0ALICE") -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "test"},
        "user": {"id": user, "username": "alice", "team_id": TEAM_ID},
        "api_app_id": "A0APP",
        "token": "legacy",
        "container": {
            "type": "message",
            "message_ts": "1.2",
            "channel_id": "C0GENERAL",
            "is_ephemeral": True,
        },
        "trigger_id": "1.2.3",
        "channel": {"id": "C0GENERAL", "name": "general"},
        "response_url": fake.response_url("a1"),
        "actions": [
            {
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "type": "button",
                "action_ts": "1.3",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def assert_sendable(payload: dict[str, Any]) -> None:
    """Fail unless the payload is inert, within limits and has a plain-text fallback.

    Button values are opaque (never displayed) and carry the question as typed, so they are
    left out of the check; the rest is everything Slack shows.
    """
    shown = json.loads(json.dumps(payload))
    for block in shown.get("blocks") or []:
        for element in block.get("elements") or []:
            element.pop("value", None)
    blob = json.dumps(shown, ensure_ascii=False)
    assert LIVE.search(blob) is None, blob[:500]
    blocks = payload.get("blocks") or []
    for block in blocks:  # slack_sdk's own models accept every block
        parsed = Block.parse(block)
        assert parsed is not None and parsed.to_dict() == block
        parsed.validate_json()
    assert len(blocks) <= MAX_BLOCKS and block_chars(blocks) <= 12_000
    assert 0 < len(payload["text"]) <= 4000


def button(payload: dict[str, Any], action_id: str) -> dict[str, Any]:
    actions = [b for b in payload["blocks"] if b["type"] == "actions"]
    return next(e for e in actions[0]["elements"] if e["action_id"] == action_id)


async def test_brief_is_acked_at_once_then_answered_ephemerally(
    app: AsyncApp, fake: FakeSlack
) -> None:
    body = slash_body(fake, "What did Kelly say?")
    started = time.monotonic()
    response = await dispatch(app, body)
    assert (response.status, response.body) == (200, "")
    assert time.monotonic() - started < 3.0
    (hook,) = await fake.wait_for("/hooks/r1")
    assert hook.body["response_type"] == "ephemeral"
    assert_sendable(hook.body)
    assert [e["action_id"] for e in hook.body["blocks"][-1]["elements"]] == [
        "briefbot_share", "briefbot_helpful", "briefbot_not_helpful",
    ]  # fmt: skip


@pytest.mark.parametrize("headers", ["wrong-secret", "stale"])
async def test_bad_or_stale_signature_is_401_and_reaches_no_handler(
    app: AsyncApp, fake: FakeSlack, core: Any, headers: str
) -> None:
    body = slash_body(fake, "What did Kelly say?")
    signed = (
        sign(body, secret="wrong")
        if headers == "wrong-secret"
        else sign(body, ts=int(time.time()) - 301)
    )
    response = await dispatch(app, body, signed)
    assert response.status == 401
    assert fake.calls == []


@pytest.mark.parametrize("text", HOSTILE_INPUTS)
async def test_hostile_input_is_inert_in_the_reply(
    app: AsyncApp, fake: FakeSlack, text: str
) -> None:
    response = await dispatch(app, slash_body(fake, text))
    assert response.status == 200
    (hook,) = await fake.wait_for("/hooks/r1")
    assert_sendable(hook.body)


async def test_share_posts_publicly_with_credit(app: AsyncApp, fake: FakeSlack) -> None:
    await dispatch(app, slash_body(fake, "What did Kelly say @everyone"))
    (hook,) = await fake.wait_for("/hooks/r1")
    share = button(hook.body, "briefbot_share")
    response = await dispatch(
        app, action_body(fake, "briefbot_share", share["value"], user="U0BOB")
    )
    assert response.status == 200
    (post,) = await fake.wait_for("/chat.postMessage")
    assert post.body["channel"] == "C0GENERAL"
    assert post.body["blocks"][1]["elements"][0]["text"] == "Shared by <@U0BOB>"
    rest = [b for i, b in enumerate(post.body["blocks"]) if i != 1]
    assert LIVE.search(json.dumps(rest, ensure_ascii=False)) is None
    shown = [b for b in hook.body["blocks"] if b["type"] != "actions"]
    assert [b for b in rest if b["type"] != "actions"] == shown  # the same answer, no buttons
    (done,) = await fake.wait_for("/hooks/a1")
    assert done.body["delete_original"] is True


async def test_share_falls_back_to_response_url_when_not_in_channel(
    app: AsyncApp, fake: FakeSlack
) -> None:
    await dispatch(app, slash_body(fake, "What did Kelly say?"))
    (hook,) = await fake.wait_for("/hooks/r1")
    fake.fail("chat.postMessage", status=200, error="not_in_channel")
    await dispatch(
        app, action_body(fake, "briefbot_share", button(hook.body, "briefbot_share")["value"])
    )
    public, done = await fake.wait_for("/hooks/a1", count=2)
    assert public.body["response_type"] == "in_channel"
    assert public.body["blocks"][1]["elements"][0]["text"] == "Shared by <@U0ALICE>"
    assert done.body["delete_original"] is True


async def test_share_retries_429_and_5xx(app: AsyncApp, fake: FakeSlack) -> None:
    await dispatch(app, slash_body(fake, "What did Kelly say?"))
    (hook,) = await fake.wait_for("/hooks/r1")
    fake.fail("chat.postMessage", status=429, error="ratelimited", **{"Retry-After": "0"})
    fake.fail("chat.postMessage", status=503, error="unavailable")
    await dispatch(
        app, action_body(fake, "briefbot_share", button(hook.body, "briefbot_share")["value"])
    )
    await fake.wait_for("/hooks/a1")
    assert [c.body["channel"] for c in fake.calls_to("/chat.postMessage")] == ["C0GENERAL"] * 3


async def test_votes_are_stored(app: AsyncApp, fake: FakeSlack, feedback: SqlFeedbackStore) -> None:
    await dispatch(app, slash_body(fake, "What did Kelly say?"))
    (hook,) = await fake.wait_for("/hooks/r1")
    votes = [
        ("briefbot_helpful", "U0ALICE"),
        ("briefbot_not_helpful", "U0BOB"),
        ("briefbot_not_helpful", "U0ALICE"),  # Alice changes her mind: replaces her vote
    ]
    for count, (action_id, user) in enumerate(votes, start=1):
        value = button(hook.body, action_id)["value"]
        assert (await dispatch(app, action_body(fake, action_id, value, user=user))).status == 200
        await fake.wait_for("/hooks/a1", count=count)
        if count == 2:
            summary = await feedback.summary()
            assert (summary.helpful, summary.not_helpful) == (1, 1)
    thanks = fake.calls_to("/hooks/a1")
    assert [t.body["text"] for t in thanks] == ["Thanks, your vote is recorded."] * 3
    summary = await feedback.summary()
    assert (summary.helpful, summary.not_helpful) == (0, 2)
    assert summary.by_question == (
        QuestionVotes(question="What did Kelly say?", helpful=0, not_helpful=2),
    )
    assert {f.fact_id for f in summary.by_fact} == set(json.loads(value)["f"])


async def test_unexpected_errors_get_an_apology(
    app: AsyncApp, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    response = await dispatch(app, action_body(fake, "briefbot_helpful", "not json"))
    assert response.status == 200
    (apology,) = await fake.wait_for("/hooks/a1")
    assert apology.body["response_type"] == "ephemeral"
    assert core_strings.APOLOGY in apology.body["text"]
    assert "request failed: JSONDecodeError" in caplog.text
    assert "not json" not in caplog.text  # ids and counts only, never payloads


async def test_admin_check_uses_users_info_and_settings(
    fake: FakeSlack, core: Any, feedback: Any
) -> None:
    fake.users["U0ADMIN"] = {"id": "U0ADMIN", "is_admin": True, "is_owner": False}
    fake.users["U0PLAIN"] = {"id": "U0PLAIN", "is_admin": False, "is_owner": False}
    app = build_slack_app(
        core, settings=settings_for(fake, slack_admin_users=["U0LISTED"]), feedback=feedback
    )
    for user, hook in [("U0ADMIN", "h1"), ("U0PLAIN", "h2"), ("U0LISTED", "h3")]:
        await dispatch(app, slash_body(fake, MANAGE_TEXT, user=user, hook=hook))
    replies = [(await fake.wait_for(f"/hooks/{h}"))[0].body["text"] for h in ("h1", "h2", "h3")]
    assert [allowed(text) for text in replies] == [True, False, True]
    assert [c.body["user"] for c in fake.calls_to("/users.info")] == ["U0ADMIN", "U0PLAIN"]


async def test_publisher_shares_the_apps_client_and_token(app: AsyncApp, fake: FakeSlack) -> None:
    settings = settings_for(fake)
    reply = Reply(kind=ReplyKind.INFO, title="Brief", text="Brief", visibility=Visibility.PUBLIC)
    target = ChannelRef(platform="slack", workspace=TEAM_ID, channel="C0NEWS")
    await build_publisher(app, settings).publish(target, reply)
    (post,) = fake.calls_to("/chat.postMessage")
    assert post.headers["Authorization"] == f"Bearer {BOT_TOKEN}"


MANAGE_TEXT = "schedule"


def allowed(text: str) -> bool:
    """Return True for "digests are not set up" (allowed), False for "only admins" (refused)."""
    assert (core_strings.DIGESTS_NOT_SET_UP in text) != (core_strings.CANNOT_MANAGE in text), text
    return core_strings.DIGESTS_NOT_SET_UP in text


SUBCOMMANDS = [
    "help", "topics", "topic dreamers", "who Kelly", "numbers", "disputes", "timeline",
    "timeline daca", "sources", "about", "digest", "schedule", "subscribe daily 08:00",
    "unsubscribe all", "timezone Europe/Berlin", "ask how many people were deported",
    "how many people were deported", "what is the weather on Mars",
    "subscribe daily 25:00", "frobnicate <!channel>", "",
]  # fmt: skip


@pytest.mark.parametrize("text", SUBCOMMANDS)
async def test_every_subcommand_renders_valid_blocks(
    app: AsyncApp, fake: FakeSlack, text: str
) -> None:
    fake.users["U0ALICE"] = {"id": "U0ALICE", "is_admin": True}
    assert (await dispatch(app, slash_body(fake, text))).status == 200
    (hook,) = await fake.wait_for("/hooks/r1")
    assert_sendable(hook.body)
    assert hook.body["response_type"] == "ephemeral"


async def test_conflicts_render_side_by_side(app: AsyncApp, fake: FakeSlack) -> None:
    await dispatch(app, slash_body(fake, "disputes"))
    (hook,) = await fake.wait_for("/hooks/r1")
    rows = [b for b in hook.body["blocks"] if b.get("fields")]
    assert rows and all(len(b["fields"]) >= 2 for b in rows)
