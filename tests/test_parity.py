"""The same question gets the same facts on Discord, Slack and the console.

Over the whole development question set: the core answers `/brief ask <q>` typed as Slack and the
console type it (text, parsed) and as Discord's typed option builds it (`Ask`); the replies must
draw on the same facts, and each platform's rendering must carry exactly those facts: the fact
ids Discord's footer marker and Slack's button payload hold, and every cited quote, visible in the
Discord embeds, the Slack blocks and the console text.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # discord.py imports audioop
    import discord  # noqa: F401

from bot.adapters.discord.embeds import limit_problems, read_marker
from bot.adapters.discord.embeds import render as render_discord
from bot.adapters.discord.options import ask_request
from bot.adapters.slack.app import reply_payload
from bot.core.citations import citations
from bot.core.reply import Item, Reply, ReplyKind, Section
from bot.core.requests import Caller
from bot.core.service import Core, build_core
from bot.core.text import render as render_console

QUESTIONS = Path(__file__).parent / "data" / "dev_questions.yaml"
QUOTE_PREFIX = 120  # renderers may cut a long quote with an ellipsis; its start must show


def dev_questions() -> list[str]:
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    return [q["q"] for q in data["answerable"]] + [q["q"] for q in data["unanswerable"]]


@pytest.fixture(scope="module")
def core() -> Core:
    return build_core()


def caller(platform: str) -> Caller:
    return Caller(platform=platform, workspace="w", channel="c", user="u")


def squash(text: str) -> str:
    return " ".join(text.split())


def discord_text(embeds: list[Any]) -> str:
    parts = []
    for e in embeds:
        parts += [e.title or "", e.description or ""]
        parts += [f"{f.name} {f.value}" for f in e.fields]
    text = re.sub(r"\\(.)", r"\1", "\n".join(parts))  # undo escape_markdown
    return squash(text.replace("\u200b", ""))


def slack_text(blocks: list[dict[str, Any]]) -> str:
    def walk(value: Any) -> list[str]:
        if isinstance(value, dict):
            return [
                s for k, v in value.items() if k in ("text", "fields", "elements") for s in walk(v)
            ]
        if isinstance(value, list):
            return [s for v in value for s in walk(v)]
        return [value] if isinstance(value, str) else []

    return squash(html.unescape("\n".join(walk(blocks))).replace("\u200d", ""))


def slack_fact_ids(payload: dict[str, Any]) -> tuple[str, ...] | None:
    for block in payload["blocks"]:
        for element in block.get("elements", []):
            if element.get("action_id") == "briefbot_helpful":
                return tuple(json.loads(element["value"])["f"])
    return None


def quotes(reply: Reply) -> list[str]:
    return [
        squash(c.quote)[:QUOTE_PREFIX] for s in reply.sections for i in s.items for c in i.citations
    ]


async def test_same_question_same_facts_on_every_platform(core: Core) -> None:
    questions = dev_questions()
    assert len(questions) > 300
    answered = 0
    for question in questions:
        via_discord = await core.handle(ask_request(question), caller("discord"))
        via_slack = await core.handle_text(f"ask {question}", caller("slack"))
        via_console = await core.handle_text(f"ask {question}", caller("console"))
        assert via_slack.fact_ids == via_discord.fact_ids == via_console.fact_ids, question
        reply = via_discord

        embeds = list(render_discord(reply, question=question).embeds)
        assert limit_problems(embeds) == [], question
        marker = read_marker(embeds)
        assert marker is not None and marker.fact_ids == reply.fact_ids, question
        assert marker.version == reply.version

        payload = reply_payload(via_slack, question=question)
        if reply.kind is ReplyKind.ANSWER:
            answered += 1
            assert slack_fact_ids(payload) == reply.fact_ids, question

        shown = {
            "discord": discord_text(embeds),
            "slack": slack_text(payload["blocks"]),
            "console": squash(render_console(via_console)),
        }
        for quote in quotes(reply):
            for platform, text in shown.items():
                assert quote in text, (platform, question, quote)
    assert answered > 150


def test_a_quote_that_opens_with_its_own_marks_is_not_quoted_twice(core: Core) -> None:
    # Some quotes are article sentences that quote someone: '"This will not happen
    # tomorrow," the DHS official said.' Every renderer shows them in one pair of marks.
    facts = [f for f in core.base.facts.values() if any(s.quote.startswith('"') for s in f.sources)]
    assert len(facts) >= 3
    for fact in facts:
        item = Item(text=fact.claim, citations=citations(core.base, fact), fact_ids=(fact.id,))
        reply = Reply(
            kind=ReplyKind.ANSWER,
            title=fact.claim[:200],
            sections=(Section(heading=None, items=(item,)),),
            text=fact.claim,
            version=core.version,
        )
        shown = {
            "discord": discord_text(list(render_discord(reply, question="q").embeds)),
            "slack": slack_text(reply_payload(reply, question="q")["blocks"]),
            "console": squash(render_console(reply)),
        }
        for platform, text in shown.items():
            for quote in (q for q in quotes(reply) if q.startswith('"')):
                assert quote in text, (platform, fact.id)
                assert f'"{quote}' not in text and f"“{quote}" not in text, (platform, fact.id)
