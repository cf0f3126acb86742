"""Escaping and Block Kit rendering: inert text, Slack's limits, slack_sdk's own validation."""

from __future__ import annotations

import json
import re

import pytest
from slack_sdk.models.blocks import Block

from bot.adapters.slack.blocks import MAX_BLOCKS, MAX_TOTAL, SlackMessage, render
from bot.adapters.slack.escape import (
    ZERO_WIDTH_JOINER,
    escape_mrkdwn,
    fit,
    safe_plain,
    strip_controls,
    unescape_incoming,
)
from bot.core.reply import Action, Citation, Item, Reply, ReplyKind, Section

HOSTILE = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123>",
    "<#C123|general>",
    "<https://x.example|y>",
    "@everyone",
    "@here",
    "@Channel",
)

# Slack turns these into pings or links; none may appear in anything we send.
LIVE = re.compile(r"<[!@#]|<https?:|<mailto:|(?<![\w\u200d])@(everyone|here|channel)\b", re.I)


def assert_inert(message: SlackMessage) -> None:
    """Fail when any text in the message could ping, link or mention."""
    texts = [message.text, json.dumps(message.blocks_json(), ensure_ascii=False)]
    for text in texts:
        assert LIVE.search(text) is None, text


def assert_valid(message: SlackMessage) -> None:
    """Fail unless slack_sdk accepts every block and the message is within Slack's limits."""
    for block in message.blocks:
        assert isinstance(block, Block)
        block.validate_json()
    assert len(message.blocks) <= MAX_BLOCKS
    assert message.total_chars() <= MAX_TOTAL
    assert 0 < len(message.text) <= 4000
    for block in message.blocks_json():
        for fld in block.get("fields") or []:
            assert len(fld["text"]) <= 2000


def citation(quote: str = "We will enforce the law.", **kw: object) -> Citation:
    base: dict[str, object] = {
        "fact_id": "f1",
        "article": "wapo",
        "outlet": "The Washington Post",
        "headline": "Kelly memos",
        "published": "2017-02-21",
        "published_note": None,
        "quote": quote,
        "speaker": "John F. Kelly, Homeland Security Secretary",
    }
    base.update(kw)
    return Citation(**base)  # type: ignore[arg-type]


def answer(text: str, *, quote: str | None = None, items: int = 1) -> Reply:
    cited = tuple(
        Item(text=text, citations=(citation(quote or text),), fact_ids=(f"f{i}",))
        for i in range(items)
    )
    return Reply(
        kind=ReplyKind.ANSWER,
        title=text[:200],
        sections=(Section(heading=text[:100], items=cited),),
        text=text,
        as_of="as of 2017-02-21",
        version="abc123",
        suggestions=(text[:300],),
        actions=(Action(id="share", label="Share", value=""),),
        fact_ids=tuple(f"f{i}" for i in range(items)),
    )


def test_escape_only_three_characters_ampersand_first() -> None:
    assert escape_mrkdwn("a & b < c > d 'e' \"f\"") == "a &amp; b &lt; c &gt; d 'e' \"f\""
    assert escape_mrkdwn("&lt;") == "&amp;lt;"
    assert unescape_incoming("&lt;@U1&gt; &amp;lt;") == "<@U1> &lt;"


def test_broadcast_words_get_a_zero_width_joiner() -> None:
    assert escape_mrkdwn("@everyone @here @channel @hereford") == (
        f"@{ZERO_WIDTH_JOINER}everyone @{ZERO_WIDTH_JOINER}here @{ZERO_WIDTH_JOINER}channel @hereford"
    )
    assert safe_plain("<b> @HERE") == f"<b> @{ZERO_WIDTH_JOINER}HERE"


def test_controls_stripped_but_rtl_script_and_emoji_kept() -> None:
    assert strip_controls("a\x00b\x1b[31m\x7fc\u202ed\r\ne\tf") == "ab[31mcd\ne\tf"
    assert strip_controls("مرحبا שלום 🎉") == "مرحبا שלום 🎉"


def test_fit_never_cuts_inside_an_entity() -> None:
    assert fit("ab&amp;cd", 5) == "ab…"
    assert fit("abc", 3) == "abc"
    assert len(fit("x" * 5000, 3000)) == 3000


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_inert_everywhere(hostile: str) -> None:
    message = render(answer(f"before {hostile} after"), button_values={"share": "v"})
    assert_inert(message)
    assert_valid(message)
    body = json.dumps(message.blocks_json(), ensure_ascii=False)
    if hostile.startswith("<"):
        assert escape_mrkdwn(hostile) in body


@pytest.mark.parametrize(
    "text",
    [
        "x" * 4000,
        "🎉" * 4000,
        "قال كيلي إن الوزارة ستطبق القانون " * 120,
        "\x00\x01\x02\x1b<!here>\u202e" * 500,
        "&" * 4000,
    ],
)
def test_long_and_strange_text_stays_within_limits(text: str) -> None:
    message = render(answer(text, items=3))
    assert_valid(message)
    assert_inert(message)
    assert "\x00" not in message.text and "\u202e" not in message.text


def test_long_lists_are_trimmed_with_a_note() -> None:
    message = render(answer("A claim about the memos.", items=80))
    assert_valid(message)
    assert message.trimmed > 0
    last_body = message.blocks_json()[-2]["elements"][0]["text"]
    assert last_body.startswith(f"…and {message.trimmed} more not shown")


def test_conflicts_are_side_by_side_fields_with_citations() -> None:
    left = Item(text="409,849 removals", label="DHS", citations=(citation("409,849"),))
    right = Item(text="438,421 removals", label="Pew", citations=(citation("438,421"),))
    reply = Reply(
        kind=ReplyKind.ANSWER,
        title="Record deportations",
        sections=(Section(heading="The sources disagree", items=(left, right), side_by_side=True),),
        text="DHS: 409,849; Pew: 438,421",
    )
    blocks = render(reply).blocks_json()
    fields = [b for b in blocks if b.get("fields")]
    assert [f["text"] for f in fields[0]["fields"]] == [
        "*DHS*: 409,849 removals",
        "*Pew*: 438,421 removals",
    ]
    contexts = [b["elements"][0]["text"] for b in blocks if b["type"] == "context"]
    assert contexts[0].startswith("“409,849” — John F. Kelly")


def test_citation_line_and_footer() -> None:
    reply = answer("Kelly signed two memos.")
    blocks = render(reply).blocks_json()
    assert blocks[0] == {
        "type": "section",
        "text": {"type": "mrkdwn", "text": "*Kelly signed two memos.*", "verbatim": True},
    }
    contexts = [b["elements"][0] for b in blocks if b["type"] == "context"]
    assert contexts[0] == {
        "type": "mrkdwn",
        "verbatim": True,
        "text": "“Kelly signed two memos.” — John F. Kelly, Homeland Security Secretary"
        " · The Washington Post, _Kelly memos_ · 2017-02-21",
    }
    assert contexts[-1]["text"] == "as of 2017-02-21 · fact base abc123"


def test_unknown_outlet_and_date_are_said_not_guessed() -> None:
    item = Item(text="t", citations=(citation("q", outlet=None, headline=None, published=None),))
    reply = Reply(
        kind=ReplyKind.ANSWER, title="t", sections=(Section(heading=None, items=(item,)),)
    )
    contexts = [b for b in render(reply).blocks_json() if b["type"] == "context"]
    assert (
        contexts[0]["elements"][0]["text"]
        == "“q” — John F. Kelly, Homeland Security Secretary · unknown outlet · date unknown"
    )


def test_buttons_only_for_actions_with_values() -> None:
    reply = answer("x")
    assert [b["type"] for b in render(reply).blocks_json()][-1] != "actions"
    actions = render(reply, button_values={"share": "payload"}).blocks_json()[-1]
    assert actions["elements"][0]["action_id"] == "briefbot_share"
    assert actions["elements"][0]["value"] == "payload"


def test_shared_by_credits_a_user_id_only() -> None:
    blocks = render(answer("x"), shared_by="U0ALICE").blocks_json()
    assert blocks[1]["elements"][0]["text"] == "Shared by <@U0ALICE>"
    with pytest.raises(ValueError):
        render(answer("x"), shared_by="<!channel>")
