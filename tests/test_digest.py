"""Digest composition, its replies on every platform, the composer, and `briefbot digest`."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.digest import digest_previewer, digest_reply, full_brief
from bot.core.ports import ChannelRef
from bot.core.reply import Reply, ReplyKind, Visibility
from bot.scheduling.compose import DigestComposer, DigestSubscription
from briefings.digest import (
    SECTION_ORDER,
    Digest,
    UnknownTopicError,
    compose_digest,
    speaker_side,
)
from briefings.loader import load
from briefings.model import FactBase, Kind
from briefings.validate import quote_in_article


@pytest.fixture(scope="module")
def base() -> FactBase:
    loaded = load()
    assert loaded.problems == []
    return loaded.base


def conflict_group(base: FactBase, fact_id: str) -> set[str]:
    """Return every fact connected to `fact_id` by disputes, itself included."""
    seen: set[str] = set()
    todo = [fact_id]
    while todo:
        fid = todo.pop()
        if fid in seen:
            continue
        seen.add(fid)
        todo += base.facts[fid].disputes
        todo += [f.id for f in base.facts.values() if fid in f.disputes]
    return seen


def later_digests(base: FactBase, *, topic: str | None = None) -> Iterator[tuple[Digest, set[str]]]:
    """Yield each digest a channel would get, full brief first, with what it had been sent."""
    sent: set[str] = set()
    for _ in range(len(base.facts)):
        digest = compose_digest(base, topic=topic, exclude=frozenset(sent))
        yield digest, set(sent)
        if digest.empty:
            return
        sent |= set(digest.fact_ids)
    raise AssertionError("digests never ran out of new facts")


def random_digests(base: FactBase, count: int = 60) -> list[Digest]:
    """Return the full brief, every topic's brief, and what's-new digests after random sends."""
    rnd = random.Random(2017)
    ids = sorted(base.facts)
    digests = [compose_digest(base)]
    digests += [compose_digest(base, topic=t) for t in base.topics]
    for _ in range(count):
        topic = rnd.choice([None, None, *base.topics])
        sent = frozenset(rnd.sample(ids, rnd.randrange(1, len(ids))))
        digest = compose_digest(base, topic=topic, exclude=sent)
        if not digest.empty:
            digests.append(digest)
    return digests


# --- composition ---------------------------------------------------------------------------


def test_the_full_brief_has_every_section_in_order(base: FactBase) -> None:
    digest = compose_digest(base)
    keys = [s.key for s in digest.sections]
    assert keys == [
        "lead", "provisions", "figures", "officials", "critics", "timeline", "background"
    ]  # fmt: skip
    assert keys == [k for k in SECTION_ORDER if k in keys]
    assert digest.full and digest.version == base.version
    assert all(s.items for s in digest.sections if s.key != "background")


def test_the_lead_says_what_the_memos_did(base: FactBase) -> None:
    lead = compose_digest(base).sections[0]
    facts = [base.facts[f] for item in lead.items for f in item.fact_ids]
    assert 2 <= len(facts) <= 3
    assert {f.topic for f in facts} == {"memos"}
    assert [f.kind for f in facts][:2] == [Kind.PROVISION, Kind.EVENT]
    assert all(not f.disputes for f in facts)


def test_every_item_cites_each_of_its_facts_verbatim(base: FactBase) -> None:
    for digest in random_digests(base):
        for section in digest.sections:
            for item in section.items:
                assert item.fact_ids
                assert [c.fact_id for c in item.cited] == list(item.fact_ids)
                for cited in item.cited:
                    assert cited.source in base.facts[cited.fact_id].sources
                    article = base.article_for(cited.source.article)
                    assert quote_in_article(cited.source.quote, article.text)


def test_each_fact_appears_once(base: FactBase) -> None:
    for digest in random_digests(base):
        ids = [f for s in digest.sections for item in s.items for f in item.fact_ids]
        assert len(ids) == len(set(ids))


def test_conflicts_travel_whole_and_keep_each_number(base: FactBase) -> None:
    for digest in random_digests(base):
        for section in digest.sections:
            for item in section.items:
                for fid in item.fact_ids:
                    if base.facts[fid].disputes:
                        assert item.is_conflict
                        assert conflict_group(base, fid) == set(item.fact_ids)
    figures = next(s for s in compose_digest(base).sections if s.key == "figures")
    conflict = next(item for item in figures.items if item.is_conflict)
    assert set(conflict.fact_ids) == {
        "numbers-pew-11-million",
        "numbers-spicer-13-14-15-million",
        "numbers-trump-30-million",
    }
    # Side by side, each with its own claim and quote: 11, 13-15 and 30 million, never merged.
    claims = {side.fact_ids[0]: side.text for side in conflict.sides}
    assert "11 million" in claims["numbers-pew-11-million"]
    assert "30 million" in claims["numbers-trump-30-million"]
    assert "13, 14 or 15 million" in claims["numbers-spicer-13-14-15-million"]
    assert [len(side.cited) for side in conflict.sides] == [1, 1, 1]
    assert all(side.label for side in conflict.sides)


def test_officials_and_critics_come_from_people_yaml(base: FactBase) -> None:
    sides = {p: speaker_side(base, p) for p in base.people}
    officials = {p for p, side in sides.items() if side == "officials"}
    critics = {p for p, side in sides.items() if side == "critics"}
    assert {"kelly", "trump", "spicer", "dhs-official", "ice", "morgan"} <= officials
    assert {"menendez", "martinez-de-castro", "valdes", "blog-author", "democrats"} <= critics
    assert {"immigrant-rights-advocates", "conservative-critics"} <= critics
    statements = [f for f in base.facts.values() if f.kind is Kind.STATEMENT]
    assert all(speaker_side(base, f.speaker) != "others" for f in statements)


def test_the_timeline_is_in_date_order(base: FactBase) -> None:
    for digest in random_digests(base):
        for section in digest.sections:
            if section.key == "timeline":
                dates = [item.label or "" for item in section.items if not item.is_conflict]
                assert dates == sorted(dates)
                assert all(base.facts[item.fact_ids[0]].when for item in section.items)


def test_later_digests_carry_only_unsent_facts_until_everything_is_sent(base: FactBase) -> None:
    digests = list(later_digests(base))
    first, *later, last = digests
    assert first[0].full and first[0].sections[0].key == "lead"
    assert last[0].empty and last[1] == set(base.facts)
    for digest, sent in later:
        assert not digest.full
        assert "lead" not in [s.key for s in digest.sections]
        assert digest.title.startswith("What's new")
        for section in digest.sections:
            for item in section.items:
                # A conflict with one new side is shown whole; anything else is new.
                assert set(item.fact_ids) - sent
                if not item.is_conflict:
                    assert not set(item.fact_ids) & sent
    assert len(digests) < 20


def test_facts_left_out_are_counted_not_lost(base: FactBase) -> None:
    digest = compose_digest(base)
    assert digest.more > 0
    assert len(digest.fact_ids) + digest.more == len(base.facts)
    for section in digest.sections:
        if section.more:
            assert section.more_topics


def test_a_topic_digest_keeps_to_its_topic_and_its_conflicts(base: FactBase) -> None:
    for topic in base.topics:
        for digest, _ in later_digests(base, topic=topic):
            for fid in digest.fact_ids:
                fact = base.facts[fid]
                assert fact.topic == topic or any(
                    base.facts[o].topic == topic for o in conflict_group(base, fid)
                )
        wanted = {f.id for f in base.facts.values() if f.topic == topic}
        sent = set().union(*(set(d.fact_ids) for d, _ in later_digests(base, topic=topic)))
        assert wanted <= sent
    digest = compose_digest(base, topic="daca")
    assert digest.topic == "daca" and "DACA" in digest.title


def test_an_unknown_topic_is_an_error(base: FactBase) -> None:
    with pytest.raises(UnknownTopicError, match="nonsense"):
        compose_digest(base, topic="nonsense")


def test_composition_is_deterministic_whatever_the_file_order(base: FactBase) -> None:
    reordered = dataclasses.replace(base, facts=dict(reversed(list(base.facts.items()))))
    assert compose_digest(base) == compose_digest(reordered)
    sent = frozenset(sorted(base.facts)[::3])
    assert compose_digest(base, exclude=sent) == compose_digest(reordered, exclude=sent)


# --- replies and platforms -----------------------------------------------------------------


def test_the_reply_shows_conflicts_side_by_side_with_both_citations(base: FactBase) -> None:
    reply = digest_reply(base, compose_digest(base))
    assert reply.kind is ReplyKind.ANSWER and reply.visibility is Visibility.PUBLIC
    pairs = [s for s in reply.sections if s.side_by_side]
    assert pairs
    for section in pairs:
        assert section.heading == "The sources disagree"
        assert len(section.items) >= 2
        assert all(len(item.citations) == 1 and item.label for item in section.items)
    shown = [f for s in reply.sections for item in s.items for f in item.fact_ids]
    assert list(reply.fact_ids) == list(dict.fromkeys(shown))
    assert "/brief numbers" in reply.text and reply.version == base.version


def test_every_digest_fits_one_slack_message_untrimmed(base: FactBase) -> None:
    from bot.adapters.slack.blocks import render
    from tests.slack.test_render import assert_valid

    for digest in random_digests(base):
        message = render(digest_reply(base, digest))
        assert_valid(message)
        assert message.trimmed == 0, digest.title


def test_every_digest_fits_one_discord_message_untrimmed(base: FactBase) -> None:
    from bot.adapters.discord.embeds import limit_problems, render

    for digest in random_digests(base):
        reply = digest_reply(base, digest)
        rendered = render(reply)
        assert limit_problems(rendered.embeds) == []
        assert rendered.trimmed == 0, digest.title
        assert rendered.fact_ids == reply.fact_ids


def test_the_previewer_is_the_full_brief_for_the_asker(base: FactBase) -> None:
    preview = digest_previewer(base)
    reply = preview("daca")
    assert reply.visibility is Visibility.EPHEMERAL
    assert reply == full_brief(base, "daca")
    assert set(reply.fact_ids) == set(compose_digest(base, topic="daca").fact_ids)


async def test_brief_digest_previews_through_the_core(base: FactBase) -> None:
    from bot.core.requests import Caller
    from bot.core.service import build_core

    core = build_core(base=base)
    caller = Caller(platform="cli", workspace="cli", channel="cli", user="cli")
    reply = await core.handle_text("digest dreamers", caller)
    assert reply.title == compose_digest(base, topic="daca").title


# --- the composer --------------------------------------------------------------------------


def subscription(
    *, first: bool, when: str = "note", topic: str | None = None
) -> DigestSubscription:
    return DigestSubscription(
        id="s1",
        channel=ChannelRef(platform="slack", workspace="T1", channel="C1"),
        topic=topic,
        zone="UTC",
        slot="2026-11-24T08:00",
        when_nothing_new=when,
        first=first,
    )


def test_the_composer_sends_the_full_brief_first(base: FactBase) -> None:
    reply, ids = DigestComposer(base)(subscription(first=True), frozenset())
    assert reply is not None and reply.visibility is Visibility.PUBLIC
    assert ids == compose_digest(base).fact_ids == reply.fact_ids
    assert reply.title == compose_digest(base).title


def test_the_composer_then_sends_only_what_is_new(base: FactBase) -> None:
    composer = DigestComposer(base)
    _, first = composer(subscription(first=True), frozenset())
    reply, ids = composer(subscription(first=False), frozenset(first))
    assert reply is not None and ids
    assert reply.title.startswith("What's new")
    unsent = set(ids) - set(first)
    assert unsent and all(
        unsent & set(item.fact_ids) for s in reply.sections for item in s.items if item.fact_ids
    )


@pytest.mark.parametrize("when", ["note", "skip"])
def test_nothing_new_is_a_note_or_nothing(base: FactBase, when: str) -> None:
    reply, ids = DigestComposer(base)(subscription(first=False, when=when), frozenset(base.facts))
    assert ids == ()
    if when == "skip":
        assert reply is None
        return
    assert isinstance(reply, Reply) and reply.kind is ReplyKind.INFO
    assert reply.text == "No new developments since the last digest. The full brief: /brief digest"


def test_a_topic_subscription_gets_its_topic(base: FactBase) -> None:
    reply, ids = DigestComposer(base)(subscription(first=True, topic="military"), frozenset())
    assert reply is not None
    assert all(
        base.facts[f].topic == "military"
        or any(base.facts[o].topic == "military" for o in conflict_group(base, f))
        for f in ids
    )
    sent = frozenset(f.id for f in base.facts.values() if f.topic == "military")
    reply, ids = DigestComposer(base)(subscription(first=False, topic="military"), sent)
    assert ids == () and reply is not None
    assert reply.text.endswith("/brief digest military")


# --- briefbot digest -----------------------------------------------------------------------


def test_briefbot_digest_json_is_the_contract(
    base: FactBase, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    assert main(["digest", "--json", "--topic", "dreamers"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"title", "version", "sections"} <= set(out)
    assert out["version"] == base.version and out["topic"] == "daca"
    assert out["title"] == compose_digest(base, topic="daca").title
    for section in out["sections"]:
        assert isinstance(section["heading"], str)
        for item in section["items"]:
            assert set(item) == {"text", "fact_ids", "citations"}
            assert item["fact_ids"] and len(item["citations"]) == len(item["fact_ids"])
            for cite in item["citations"]:
                assert {"article", "outlet", "published", "quote"} <= set(cite)
                article = base.article_for(cite["article"])
                assert quote_in_article(cite["quote"], article.text)
    # The same citation shape as `briefbot facts export --json`.
    from briefings.export import citation_json

    first = out["sections"][0]["items"][0]
    assert first["citations"][0] == citation_json(base, base.facts[first["fact_ids"][0]])[0]


def test_briefbot_digest_prints_the_full_brief(
    base: FactBase, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    assert main(["digest"]) == 0
    assert capsys.readouterr().out.strip() == full_brief(base).text
    assert main(["digest", "--topic", "no such topic at all"]) == 2
    assert "no such topic at all" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("platform", "variable"), [("slack", "SLACK_BOT_TOKEN"), ("discord", "DISCORD_TOKEN")]
)
def test_posting_without_a_token_says_which_one(
    platform: str,
    variable: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("BRIEFBOT_SQLITE_PATH", str(tmp_path / "briefbot.sqlite"))
    assert main(["digest", "post", "--platform", platform, "--channel", "C1"]) == 2
    assert variable in capsys.readouterr().err


def test_briefbot_digest_post_to_the_console_twice(
    base: FactBase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import asyncio

    from bot.cli import main
    from bot.settings import Settings
    from bot.store import repo
    from bot.store.db import open_database

    monkeypatch.setenv("BRIEFBOT_SQLITE_PATH", str(tmp_path / "data" / "briefbot.sqlite"))
    argv = ["digest", "post", "--platform", "console", "--channel", "test"]

    assert main(argv) == 0
    first = capsys.readouterr().out
    brief = compose_digest(base)
    assert "=== console #test (message 1) ===" in first
    assert brief.title in first
    assert f"posted: console:console/test message 1, {len(brief.fact_ids)} fact(s)" in first

    async def log() -> tuple[list[tuple[str, str]], set[str]]:
        db = await open_database(Settings.model_validate({}).effective_database_url)
        try:
            rows = await repo.deliveries(db)
            sent = await repo.sent_fact_ids(db, "console", "console", "test")
        finally:
            await db.close()
        return [(r.subscription_id, r.outcome) for r in rows], sent

    rows, sent = asyncio.run(log())
    assert rows == [("manual:console:console:test", "posted")]
    assert sent == set(brief.fact_ids)

    assert main(argv) == 0
    second = capsys.readouterr().out
    later = compose_digest(base, exclude=frozenset(sent))
    assert later.title in second and brief.title not in second
    rows, sent_after = asyncio.run(log())
    assert [outcome for _, outcome in rows] == ["posted", "posted"]
    assert sent_after == sent | set(later.fact_ids)
    assert not set(later.fact_ids) <= sent


async def test_digest_post_to_slack_through_the_web_api(
    base: FactBase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.commands.digest import post_digest
    from bot.settings import Settings
    from tests.slack.fake_slack import TEAM_ID, FakeSlack

    fake = await FakeSlack().start()
    try:
        settings = Settings.model_validate(
            {
                "SLACK_BOT_TOKEN": "xoxb-test",
                "slack_api_url": fake.base_url,
                "sqlite_path": tmp_path / "briefbot.sqlite",
            }
        )
        status = await post_digest(base, settings, platform="slack", channel="C1")
        posts = fake.calls_to("chat.postMessage")
    finally:
        await fake.stop()
    assert status == 0
    assert [p.body["channel"] for p in posts] == ["C1"]
    assert compose_digest(base).title in json.dumps(posts[0].body["blocks"])
    assert capsys.readouterr().out.startswith(f"posted: slack:{TEAM_ID}/C1 message ")
