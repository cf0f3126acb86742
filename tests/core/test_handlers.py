"""Handlers through the real core: each request type, abstentions, permissions and errors."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pytest

from bot.core import strings
from bot.core.errors import UserError
from bot.core.ports import ChannelRef, SubscriptionView
from bot.core.reply import Item, Reply, ReplyKind, Section, Visibility
from bot.core.reporting import report_error
from bot.core.requests import (
    About,
    Ask,
    Caller,
    DigestPreview,
    Disputes,
    Help,
    Numbers,
    SetDefaultZone,
    Sources,
    Subscribe,
    Timeline,
    TopicBrief,
    Topics,
    Unsubscribe,
    Who,
)
from bot.core.service import Core
from briefings.model import FactBase


def _items(reply: Reply) -> list[Item]:
    return [item for section in reply.sections for item in section.items]


async def test_ask_answers_with_cited_facts_and_actions(core: Core, manager: Caller) -> None:
    question = "How many new ICE officers will be hired?"
    reply = await core.handle(Ask(question=question), manager)
    answer = core.engine.answer(question)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.fact_ids == tuple(f.id for f in answer.facts)
    assert reply.fact_ids[0] == "hiring-10000-ice-5000-border-patrol"
    assert reply.text == answer.text
    assert reply.version == core.base.version
    assert reply.as_of == answer.as_of
    assert reply.visibility is Visibility.EPHEMERAL
    assert [(a.id, a.value) for a in reply.actions] == [
        ("share", question),
        ("helpful", question),
        ("not_helpful", question),
    ]
    first = _items(reply)[0]
    fact = core.base.facts["hiring-10000-ice-5000-border-patrol"]
    assert first.text == fact.claim
    assert [c.quote for c in first.citations] == [s.quote for s in fact.sources]
    assert first.citations[0].article == "000_7c8374623a3fc09f"
    assert first.citations[0].outlet == "The Washington Post"
    assert first.citations[0].published == "2017-02-21"


async def test_a_question_about_today_leads_with_the_sources_date(
    core: Core, manager: Caller
) -> None:
    reply = await core.handle(Ask(question="is daca still in place"), manager)
    assert reply.kind is ReplyKind.ANSWER
    lead = reply.sections[0].items[0]
    assert lead.text.startswith("The sources can't say how things stand today; as of 2017-")
    assert not lead.citations and not lead.fact_ids
    assert reply.text.startswith(lead.text)
    assert _items(reply)[1].fact_ids == (reply.fact_ids[0],)


async def test_ask_lists_the_quote_the_answer_cites_first(core: Core, manager: Caller) -> None:
    question = "did kelly disagree with trump calling it a military operation"
    reply = await core.handle(Ask(question=question), manager)
    fact = core.base.facts["military-trump-military-operation"]
    cited = core.engine.answer(question).quotes[0]
    assert cited > 0
    shown = next(item for item in _items(reply) if item.fact_ids == (fact.id,))
    assert shown.citations[0].quote == fact.sources[cited].quote
    assert sorted(c.quote for c in shown.citations) == sorted(s.quote for s in fact.sources)


async def test_who_is_asked_as_a_question_names_the_role_first(core: Core, manager: Caller) -> None:
    reply = await core.handle(Ask(question="who is john kelly"), manager)
    assert reply.sections[0].items[0].text.startswith("John F. Kelly: Homeland Security Secretary")


async def test_conflicting_facts_are_a_side_by_side_section(core: Core, manager: Caller) -> None:
    reply = await core.handle(Ask(question="How many deportations were there in 2013?"), manager)
    answer = core.engine.answer("How many deportations were there in 2013?")
    assert answer.conflicts
    sides = [s for s in reply.sections if s.side_by_side]
    assert len(sides) == len(answer.conflicts)
    assert {fid for s in sides for i in s.items for fid in i.fact_ids} == {
        fid for pair in answer.conflicts for fid in pair
    }
    assert all(len(s.items) == 2 and all(i.label for i in s.items) for s in sides)


async def test_out_of_scope_question_abstains_with_suggestions(core: Core, manager: Caller) -> None:
    reply = await core.handle(Ask(question="What is the weather in Paris tomorrow?"), manager)
    assert reply.kind is ReplyKind.ABSTAIN
    assert reply.fact_ids == ()
    assert reply.actions == ()
    assert len(reply.suggestions) == 3
    assert reply.text.startswith("The sources don't cover that.")
    assert reply.version == core.base.version
    # Every suggestion is itself answerable.
    for suggestion in reply.suggestions:
        assert core.engine.answer(suggestion).answered


async def test_unknown_outlet_is_none_never_a_guess(core: Core, manager: Caller) -> None:
    blog = core.base.articles["blog"]
    fact = next(f for f in core.base.facts.values() if f.sources[0].article == "blog")
    reply = await core.handle(TopicBrief(name=fact.topic), manager)
    citations = [c for i in _items(reply) for c in i.citations if c.article == blog.id]
    assert citations
    assert {(c.outlet, c.headline, c.published) for c in citations} == {(None, None, None)}
    assert {c.published_note for c in citations} == {"about 2017-02-21 to 2017-02-22 (inferred)"}
    assert "unknown outlet" in reply.text


async def test_topics_lists_every_topic(core: Core, manager: Caller) -> None:
    reply = await core.handle(Topics(), manager)
    assert [i.label for i in _items(reply)] == list(core.base.topics)
    assert reply.kind is ReplyKind.INFO
    assert reply.version == core.base.version


async def test_topic_brief_caps_key_facts_with_a_note(core: Core, manager: Caller) -> None:
    topic = max(
        core.base.topics,
        key=lambda t: sum(f.topic == t for f in core.base.facts.values()),
    )
    count = sum(f.topic == topic for f in core.base.facts.values())
    assert count > 8
    reply = await core.handle(TopicBrief(name=topic), manager)
    key_facts = reply.sections[1].items
    assert len(key_facts) == 9
    assert key_facts[-1].text == f"and {count - 8} more"
    assert all(core.base.facts[i.fact_ids[0]].topic == topic for i in key_facts[:-1])


async def test_topic_brief_accepts_loose_names(core: Core, manager: Caller) -> None:
    reply = await core.handle(TopicBrief(name="Dreamers"), manager)
    assert reply.title == core.base.topics["daca"].title


async def test_who_gives_role_and_what_they_said(core: Core, manager: Caller) -> None:
    reply = await core.handle(Who(person="general kelly"), manager)
    assert reply.title == "John F. Kelly"
    assert reply.sections[0].items[0].text == "Homeland Security Secretary (as of 2017-02)"
    said = next(s for s in reply.sections if s.heading == strings.WHO_SAID)
    facts = [core.base.facts[i.fact_ids[0]] for i in said.items if i.fact_ids]
    assert facts
    assert all(f.speaker == "kelly" for f in facts)
    assert all(
        c.speaker == "John F. Kelly, Homeland Security Secretary"
        for i in said.items
        for c in i.citations
    )


async def test_who_unknown_person_is_a_user_error(core: Core, manager: Caller) -> None:
    with pytest.raises(UserError) as caught:
        await core.handle(Who(person="Zorro"), manager)
    assert caught.value.message == "The sources do not name anyone called 'Zorro'."


async def test_numbers_shows_disputed_figures_side_by_side(core: Core, manager: Caller) -> None:
    reply = await core.handle(Numbers(), manager)
    sides = [s for s in reply.sections if s.side_by_side]
    pair = {"numbers-record-434000-2013", "numbers-peak-410000-2012"}
    assert any({i.fact_ids[0] for i in s.items} == pair for s in sides)
    for fid in reply.fact_ids:
        fact = core.base.facts[fid]
        assert fact.figures or fact.kind == "figure"


async def test_disputes_pairs_each_link_once(core: Core, manager: Caller) -> None:
    reply = await core.handle(Disputes(), manager)
    pairs = [frozenset(i.fact_ids[0] for i in s.items) for s in reply.sections]
    assert all(s.side_by_side for s in reply.sections)
    expected = {
        frozenset((f.id, other))
        for f in core.base.facts.values()
        for other in f.disputes
        if other in core.base.facts
    }
    assert sorted(pairs, key=sorted) == sorted(expected, key=sorted)


async def test_timeline_is_in_date_order_and_filters_by_topic(core: Core, manager: Caller) -> None:
    reply = await core.handle(Timeline(topic="raids"), manager)
    items = [i for i in _items(reply) if i.fact_ids]
    dates = [i.label or "" for i in items]
    assert dates == sorted(dates)
    assert items
    assert all(core.base.facts[i.fact_ids[0]].topic == "ice-2019-raids" for i in items)
    everything = await core.handle(Timeline(), manager)
    all_dates = [i.label or "" for i in _items(everything) if i.fact_ids]
    assert all_dates == sorted(all_dates)


async def test_sources_shows_unknown_as_unknown(core: Core, manager: Caller) -> None:
    reply = await core.handle(Sources(), manager)
    assert len(reply.sections) == len(core.base.articles)
    blog = next(s for s in reply.sections if "001_f1444764be4a5158" in (s.heading or ""))
    texts = [i.text for i in blog.items]
    assert blog.heading == "unknown outlet (001_f1444764be4a5158)"
    assert texts[0].startswith("Outlet: unknown (unknown")
    assert texts[1] == "Headline: unknown (unknown)"
    assert texts[2] == "Author: unknown (unknown)"
    assert texts[3].startswith("Published: unknown (inferred")
    wapo = reply.sections[0]
    assert wapo.items[0].text == "Outlet: The Washington Post (established)"


async def test_about_counts_the_base(core: Core, manager: Caller, base: FactBase) -> None:
    reply = await core.handle(About(), manager)
    texts = [i.text for i in _items(reply)]
    assert f"Fact-base version: {base.version}" in texts
    assert texts[2].startswith(f"{len(base.facts)} facts from {len(base.articles)} articles")
    dates = sorted(f.when for f in base.facts.values() if f.when)
    assert texts[3] == f"Events from {dates[0]} to {dates[-1]}."


async def test_help_covers_every_subcommand(core: Core, manager: Caller) -> None:
    reply = await core.handle(Help(), manager)
    assert [i.label for i in _items(reply)] == list(strings.USAGE.values())


async def test_digest_preview_not_set_up(core: Core, manager: Caller, base: FactBase) -> None:
    reply = await Core(base=base, engine=core.engine).handle(DigestPreview(), manager)
    assert reply.kind is ReplyKind.INFO
    assert _items(reply)[0].text == "Digest previews are not set up on this bot."


async def test_digest_preview_calls_the_injected_previewer(
    core: Core, manager: Caller, base: FactBase
) -> None:
    seen: list[str | None] = []

    def preview(topic: str | None) -> Reply:
        seen.append(topic)
        return Reply(kind=ReplyKind.INFO, title="Digest", text="digest")

    with_preview = Core(base=base, engine=core.engine, digest_preview=preview)
    reply = await with_preview.handle_text("digest dreamers", manager)
    assert seen == ["daca"]
    assert reply.title == "Digest"
    assert reply.version == base.version


@dataclass
class FakeSubscriptions:
    """An in-memory `SubscriptionService` recording its calls."""

    calls: list[tuple[str, object, Caller]] = field(default_factory=list)

    def _view(self, caller: Caller) -> SubscriptionView:
        return SubscriptionView(
            id="s1",
            channel=ChannelRef(
                platform=caller.platform, workspace=caller.workspace, channel=caller.channel
            ),
            schedule="weekdays at 07:30 (Europe/Berlin)",
            zone="Europe/Berlin",
            topic="daca",
            next_run_local="2026-11-25 07:30 CET",
            last_outcome="failed",
            last_reason="rate limited",
            paused_reason=None,
        )

    async def subscribe(self, request: Subscribe, caller: Caller) -> SubscriptionView:
        self.calls.append(("subscribe", request, caller))
        return self._view(caller)

    async def unsubscribe(self, request: Unsubscribe, caller: Caller) -> int:
        self.calls.append(("unsubscribe", request, caller))
        return 2

    async def list_channel(self, caller: Caller) -> list[SubscriptionView]:
        self.calls.append(("list", None, caller))
        return [self._view(caller)]

    async def set_default_zone(self, request: SetDefaultZone, caller: Caller) -> str:
        self.calls.append(("zone", request, caller))
        return request.zone


async def test_subscription_requests_call_the_service(
    core: Core, manager: Caller, base: FactBase
) -> None:
    service = FakeSubscriptions()
    managed = Core(base=base, engine=core.engine, subscriptions=service)
    sub = await managed.handle_text(
        "subscribe weekdays 07:30 Europe/Berlin --topic dreamers", manager
    )
    assert sub.title == "Subscribed"
    assert [i.text for i in _items(sub)] == [
        "This channel gets a digest weekdays at 07:30 (Europe/Berlin).",
        "Topic: DACA and Dreamers",
        "Next: 2026-11-25 07:30 CET",
        "Id: s1 (to stop it: /brief unsubscribe s1)",
    ]
    unsub = await managed.handle_text("unsubscribe all", manager)
    assert [i.text for i in _items(unsub)] == ["Removed 2 digests."]
    listing = await managed.handle_text("schedule", manager)
    assert [(i.label, i.text) for i in _items(listing)] == [
        (
            "s1",
            "weekdays at 07:30 (Europe/Berlin); topic DACA and Dreamers; "
            "next 2026-11-25 07:30 CET; last failed (rate limited)",
        )
    ]
    zone = await managed.handle_text("timezone asia/tokyo", manager)
    assert [i.text for i in _items(zone)] == ["New digests here default to Asia/Tokyo."]
    assert [(name, request) for name, request, _ in service.calls] == [
        (
            "subscribe",
            Subscribe(cadence="weekdays", time="07:30", zone="Europe/Berlin", topic="daca"),
        ),
        ("unsubscribe", Unsubscribe(target="all")),
        ("list", None),
        ("zone", SetDefaultZone(zone="Asia/Tokyo")),
    ]
    assert {caller for _, _, caller in service.calls} == {manager}


@pytest.mark.parametrize(
    "text", ["subscribe daily 08:00", "unsubscribe all", "schedule", "timezone UTC"]
)
async def test_only_managers_change_digests(
    core: Core, member: Caller, base: FactBase, text: str
) -> None:
    service = FakeSubscriptions()
    managed = Core(base=base, engine=core.engine, subscriptions=service)
    with pytest.raises(UserError) as caught:
        await managed.handle_text(text, member)
    assert caught.value.message == (
        "Only people who can manage this channel can change its digests."
    )
    assert service.calls == []


async def test_digests_not_set_up_without_a_service(core: Core, manager: Caller) -> None:
    reply = await core.handle_text("subscribe daily 08:00", manager)
    assert _items(reply)[0].text == "Digests are not set up on this bot."


def test_report_error_turns_a_user_error_into_an_ephemeral_reply() -> None:
    reply = report_error(UserError("Bad time.", "/brief subscribe ..."), context={"user": "U1"})
    assert reply.kind is ReplyKind.ERROR
    assert reply.visibility is Visibility.EPHEMERAL
    assert reply.sections == (
        Section(heading=None, items=(Item(text="Bad time."),)),
        Section(heading="Usage", items=(Item(text="/brief subscribe ..."),)),
    )
    assert reply.text == "That didn't work\n\nBad time.\n\nUsage:\n- /brief subscribe ..."


def test_report_error_logs_the_unexpected_with_ids_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="bot.core.reporting"):
        reply = report_error(
            RuntimeError("boom"), context={"platform": "slack", "user": "U1", "length": 12}
        )
    assert reply.kind is ReplyKind.ERROR
    assert [i.text for i in _items(reply)] == [strings.APOLOGY]
    assert [r.getMessage() for r in caplog.records] == [
        "request failed: RuntimeError: length=12 platform=slack user=U1"
    ]
    assert caplog.records[0].exc_info is not None
