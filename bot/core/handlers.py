"""Handlers: plain functions of (request, deps) -> Reply, looked up by request type.

Read paths (ask, topics, who, numbers, ...) are pure and synchronous; the subscription paths
await the injected `SubscriptionService` after checking the caller may manage the channel.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from bot.core import strings
from bot.core.citations import citations
from bot.core.errors import UserError
from bot.core.parser import resolve_person, resolve_topic
from bot.core.ports import SubscriptionService, SubscriptionView
from bot.core.reply import Action, Item, Reply, ReplyKind, Section
from bot.core.requests import (
    About,
    Ask,
    Caller,
    DigestPreview,
    Disputes,
    Help,
    Numbers,
    Schedule,
    SetDefaultZone,
    Sources,
    Subscribe,
    Timeline,
    TopicBrief,
    Topics,
    Unsubscribe,
    Who,
)
from bot.core.text import render
from briefings.answer import Answer
from briefings.model import Evidence, Fact, FactBase, Figure, Kind
from briefings.present import outlet_label

TOPIC_CAP = 8  # key facts of a topic brief
WHO_CAP = 6  # statements, and mentions, of a person
NUMBERS_CAP = 12
TIMELINE_CAP = 25
_KIND_ORDER = {Kind.PROVISION: 0, Kind.FIGURE: 1, Kind.EVENT: 2, Kind.STATEMENT: 3, Kind.CONTEXT: 4}
_TRY_PREFIX = " Try: "  # how the engine's abstention text introduces its suggestions


class Engine(Protocol):
    """What the handlers need from `briefings.answering.AnswerEngine`."""

    def answer(self, question: str) -> Answer:
        """Answer `question`, or abstain."""
        ...


DigestPreviewer = Callable[[str | None], Reply]


@dataclass(frozen=True, slots=True, kw_only=True)
class Deps:
    """What handlers need: the knowledge, the caller, and the optional digest services."""

    base: FactBase
    engine: Engine
    caller: Caller
    subscriptions: SubscriptionService | None = None
    digest_preview: DigestPreviewer | None = None


def _finish(base: FactBase, reply: Reply) -> Reply:
    """Stamp the fact-base version and fill the plain text from the structure."""
    reply = replace(reply, version=base.version)
    return reply if reply.text else replace(reply, text=render(reply))


def _info(base: FactBase, title: str, *sections: Section, **extra: Any) -> Reply:
    return _finish(base, Reply(kind=ReplyKind.INFO, title=title, sections=sections, **extra))


def _fact_item(base: FactBase, fact: Fact, *, label: str | None = None, first: int = 0) -> Item:
    """Return a fact with its citations, the quote numbered `first` (the one the answer cites) first."""
    cited = citations(base, fact)
    cited = (cited[first], *cited[:first], *cited[first + 1 :])
    return Item(text=fact.claim, citations=cited, fact_ids=(fact.id,), label=label)


def _capped(items: list[Item], cap: int) -> tuple[Item, ...]:
    if len(items) <= cap:
        return tuple(items)
    return (*items[:cap], Item(text=strings.AND_MORE.format(count=len(items) - cap)))


def _side_label(base: FactBase, fact: Fact) -> str:
    """Label one side of a disagreement: its speaker, else its outlet."""
    if fact.speaker and fact.speaker in base.people:
        return base.people[fact.speaker].name
    return outlet_label(base.article_for(fact.sources[0].article))


def _pair_section(
    base: FactBase, a: Fact, b: Fact, heading: str, first: Mapping[str, int] | None = None
) -> Section:
    first = first or {}
    return Section(
        heading=heading,
        items=tuple(
            _fact_item(base, f, label=_side_label(base, f), first=first.get(f.id, 0))
            for f in (a, b)
        ),
        side_by_side=True,
    )


def _fact_ids(sections: Iterable[Section]) -> tuple[str, ...]:
    ids = (fid for s in sections for item in s.items for fid in item.fact_ids)
    return tuple(dict.fromkeys(ids))


def answer_reply(base: FactBase, answer: Answer) -> Reply:
    """Return the reply for an engine answer: ANSWER with cited facts, or ABSTAIN."""
    if not answer.answered:
        body = answer.text.partition(_TRY_PREFIX)[0] if answer.suggestions else answer.text
        return _finish(
            base,
            Reply(
                kind=ReplyKind.ABSTAIN,
                title=strings.ABSTAIN_TITLE,
                sections=(Section(heading=None, items=(Item(text=body),)),),
                text=answer.text,
                suggestions=answer.suggestions,
            ),
        )
    by_id = {fact.id: fact for fact in answer.facts}
    first = dict(zip(by_id, answer.quotes, strict=False))
    pairs = [(a, b) for a, b in answer.conflicts if a in by_id and b in by_id]
    in_conflict = {fid for pair in pairs for fid in pair}
    sections: list[Section] = []
    if answer.lead:
        sections.append(Section(heading=None, items=tuple(Item(text=t) for t in answer.lead)))
    main = [
        _fact_item(base, f, first=first.get(f.id, 0))
        for f in answer.facts
        if f.id not in in_conflict
    ]
    if main:
        sections.append(Section(heading=None, items=tuple(main)))
    sections += [
        _pair_section(base, by_id[a], by_id[b], strings.CONFLICT_HEADING, first) for a, b in pairs
    ]
    actions = (
        Action(id="share", label=strings.SHARE, value=answer.question),
        Action(id="helpful", label=strings.HELPFUL, value=answer.question),
        Action(id="not_helpful", label=strings.NOT_HELPFUL, value=answer.question),
    )
    return _finish(
        base,
        Reply(
            kind=ReplyKind.ANSWER,
            title=strings.ANSWER_TITLE,
            sections=tuple(sections),
            text=answer.text,
            as_of=answer.as_of,
            actions=actions,
            fact_ids=tuple(f.id for f in answer.facts),
        ),
    )


def handle_ask(request: Ask, deps: Deps) -> Reply:
    """Answer a question from the fact base."""
    return answer_reply(deps.base, deps.engine.answer(request.question))


def handle_topics(request: Topics, deps: Deps) -> Reply:
    """List the topics with what each covers."""
    items = tuple(
        Item(text=f"{t.title} \u2014 {t.about}", label=t.id) for t in deps.base.topics.values()
    )
    return _info(deps.base, strings.TOPICS_TITLE, Section(heading=None, items=items))


def handle_topic(request: TopicBrief, deps: Deps) -> Reply:
    """Brief one topic: what it is about and its key facts."""
    base = deps.base
    topic = base.topics[resolve_topic(base, request.name, usage=strings.USAGE["topic"])]
    facts = sorted(
        (f for f in base.facts.values() if f.topic == topic.id),
        key=lambda f: (_KIND_ORDER.get(f.kind, 9), f.when or "9999", f.id),
    )
    items = [_fact_item(base, f) for f in facts] or [Item(text=strings.TOPIC_EMPTY)]
    sections = (
        Section(heading=None, items=(Item(text=topic.about),)),
        Section(heading=strings.TOPIC_KEY_FACTS, items=_capped(items, TOPIC_CAP)),
    )
    return _info(
        base, strings.TOPIC_TITLE.format(title=topic.title), *sections, fact_ids=_fact_ids(sections)
    )


def handle_who(request: Who, deps: Deps) -> Reply:
    """Say who someone is, and what they said or did, with citations."""
    base = deps.base
    person = base.people[resolve_person(base, request.person, usage=strings.USAGE["who"])]
    role = (
        strings.WHO_ROLE_AS_OF.format(role=person.role, as_of=person.as_of)
        if person.as_of
        else strings.WHO_ROLE.format(role=person.role)
    )
    facts = sorted(base.facts.values(), key=lambda f: (f.when or "9999", f.id))
    said = [_fact_item(base, f) for f in facts if f.speaker == person.id]
    did = [_fact_item(base, f) for f in facts if f.speaker != person.id and person.id in f.who]
    sections = [Section(heading=None, items=(Item(text=role),))]
    if said:
        sections.append(Section(heading=strings.WHO_SAID, items=_capped(said, WHO_CAP)))
    if did:
        sections.append(Section(heading=strings.WHO_DID, items=_capped(did, WHO_CAP)))
    if not said and not did:
        sections.append(Section(heading=None, items=(Item(text=strings.WHO_NOTHING),)))
    return _info(base, person.name, *sections, fact_ids=_fact_ids(sections))


def _figure_label(figure: Figure) -> str:
    value = figure.value
    number = figure.text or (f"{value:,}" if isinstance(value, int) else f"{value:,g}")
    label = f"{number} {figure.unit}"
    return f"{label} ({figure.as_of})" if figure.as_of else label


def _disputed_pairs(facts: Iterable[Fact], base: FactBase) -> list[tuple[Fact, Fact]]:
    pairs: dict[tuple[str, str], tuple[Fact, Fact]] = {}
    for fact in facts:
        for other_id in fact.disputes:
            other = base.facts.get(other_id)
            if other is not None:
                a, b = sorted((fact, other), key=lambda f: f.id)
                pairs.setdefault((a.id, b.id), (a, b))
    return [pairs[k] for k in sorted(pairs)]


def handle_numbers(request: Numbers, deps: Deps) -> Reply:
    """List the key figures; disputed ones side by side."""
    base = deps.base
    figures = [f for f in base.facts.values() if f.figures or f.kind is Kind.FIGURE]
    pairs = _disputed_pairs(figures, base)
    paired = {f.id for pair in pairs for f in pair}
    plain = [
        _fact_item(base, f, label=_figure_label(f.figures[0]) if f.figures else None)
        for f in sorted(figures, key=lambda f: (f.topic, f.when or "9999", f.id))
        if f.id not in paired
    ]
    sections = [_pair_section(base, a, b, strings.CONFLICT_HEADING) for a, b in pairs]
    if plain:
        sections.append(Section(heading=None, items=_capped(plain, NUMBERS_CAP)))
    if not sections:
        sections.append(Section(heading=None, items=(Item(text=strings.NUMBERS_EMPTY),)))
    return _info(base, strings.NUMBERS_TITLE, *sections, fact_ids=_fact_ids(sections))


def handle_disputes(request: Disputes, deps: Deps) -> Reply:
    """Show each disagreement between the sources as a side-by-side pair."""
    base = deps.base
    pairs = _disputed_pairs(base.facts.values(), base)
    sections = [
        _pair_section(base, a, b, base.topics[a.topic].title if a.topic in base.topics else a.topic)
        for a, b in pairs
    ] or [Section(heading=None, items=(Item(text=strings.DISPUTES_EMPTY),))]
    return _info(base, strings.DISPUTES_TITLE, *sections, fact_ids=_fact_ids(sections))


def handle_timeline(request: Timeline, deps: Deps) -> Reply:
    """List dated facts in order, for every topic or one."""
    base = deps.base
    topic = (
        resolve_topic(base, request.topic, usage=strings.USAGE["timeline"])
        if request.topic
        else None
    )
    facts = sorted(
        (f for f in base.facts.values() if f.when and (topic is None or f.topic == topic)),
        key=lambda f: (f.when or "", f.id),
    )
    items = [_fact_item(base, f, label=f.when) for f in facts] or [
        Item(text=strings.TIMELINE_EMPTY)
    ]
    title = (
        strings.TIMELINE_TOPIC_TITLE.format(title=base.topics[topic].title)
        if topic
        else strings.TIMELINE_TITLE
    )
    sections = (Section(heading=None, items=_capped(items, TIMELINE_CAP)),)
    return _info(base, title, *sections, fact_ids=_fact_ids(sections))


def handle_sources(request: Sources, deps: Deps) -> Reply:
    """List the articles with what is known of each and how well; unknown stays unknown."""
    sections: list[Section] = []
    for article in deps.base.articles.values():
        items = []
        for field, name in strings.SOURCE_FIELDS.items():
            attested = getattr(article, field)
            known = attested.value is not None and attested.evidence is not Evidence.UNKNOWN
            value = attested.value if known else strings.UNKNOWN
            template = strings.SOURCE_FIELD_NOTE if attested.note else strings.SOURCE_FIELD
            items.append(
                Item(
                    text=template.format(
                        field=name,
                        value=value,
                        evidence=attested.evidence.value,
                        note=attested.note,
                    )
                )
            )
        items.append(Item(text=article.about))
        heading = f"{outlet_label(article)} ({article.id})"
        sections.append(Section(heading=heading, items=tuple(items)))
    return _info(deps.base, strings.SOURCES_TITLE, *sections)


def handle_about(request: About, deps: Deps) -> Reply:
    """Give the fact-base version, its counts and the date range of its events."""
    base = deps.base
    lines = [
        strings.ABOUT_LINES[0],
        strings.ABOUT_LINES[1].format(version=base.version),
        strings.ABOUT_LINES[2].format(
            facts=len(base.facts),
            articles=len(base.articles),
            people=len(base.people),
            topics=len(base.topics),
        ),
    ]
    dates = sorted(f.when for f in base.facts.values() if f.when)
    if dates:
        lines.append(strings.ABOUT_RANGE.format(first=dates[0], last=dates[-1]))
    section = Section(heading=None, items=tuple(Item(text=line) for line in lines))
    return _info(base, strings.ABOUT_TITLE, section)


def handle_help(request: Help, deps: Deps) -> Reply:
    """List the usage of every subcommand."""
    items = tuple(
        Item(text=strings.HELP_LINES[name], label=usage) for name, usage in strings.USAGE.items()
    )
    return _info(deps.base, strings.HELP_TITLE, Section(heading=None, items=items))


def handle_digest_preview(request: DigestPreview, deps: Deps) -> Reply:
    """Show the digest now via the injected previewer, or say previews are not set up."""
    if deps.digest_preview is None:
        return _not_set_up(deps.base, strings.DIGEST_PREVIEW_NOT_SET_UP)
    topic = (
        resolve_topic(deps.base, request.topic, usage=strings.USAGE["digest"])
        if request.topic
        else None
    )
    reply = deps.digest_preview(topic)
    return reply if reply.version else replace(reply, version=deps.base.version)


def _not_set_up(base: FactBase, message: str) -> Reply:
    section = Section(heading=None, items=(Item(text=message),))
    return _info(base, strings.NOT_SET_UP_TITLE, section)


def _service(deps: Deps) -> SubscriptionService | None:
    if not deps.caller.can_manage:
        raise UserError(strings.CANNOT_MANAGE)
    return deps.subscriptions


async def handle_subscribe(request: Subscribe, deps: Deps) -> Reply:
    """Subscribe the caller's channel to a digest."""
    service = _service(deps)
    if service is None:
        return _not_set_up(deps.base, strings.DIGESTS_NOT_SET_UP)
    view = await service.subscribe(request, deps.caller)
    lines = [strings.SUBSCRIBED.format(schedule=view.schedule)]
    if view.topic:
        lines.append(strings.SUBSCRIBED_TOPIC.format(topic=_topic_title(deps.base, view.topic)))
    if view.next_run_local:
        lines.append(strings.NEXT_RUN.format(when=view.next_run_local))
    lines.append(strings.SUBSCRIPTION_ID.format(id=view.id))
    section = Section(heading=None, items=tuple(Item(text=line) for line in lines))
    return _info(deps.base, strings.SUBSCRIBED_TITLE, section)


async def handle_unsubscribe(request: Unsubscribe, deps: Deps) -> Reply:
    """Remove one or all of the caller's channel digests."""
    service = _service(deps)
    if service is None:
        return _not_set_up(deps.base, strings.DIGESTS_NOT_SET_UP)
    count = await service.unsubscribe(request, deps.caller)
    message = strings.UNSUBSCRIBED.get(count) or strings.UNSUBSCRIBED_MANY.format(count=count)
    section = Section(heading=None, items=(Item(text=message),))
    title = strings.UNSUBSCRIBED_TITLE if count else strings.UNSUBSCRIBED_NONE_TITLE
    return _info(deps.base, title, section)


def _schedule_item(base: FactBase, view: SubscriptionView) -> Item:
    details: list[str] = []
    if view.topic:
        details.append(strings.SCHEDULE_DETAIL_TOPIC.format(topic=_topic_title(base, view.topic)))
    if view.paused_reason:
        details.append(strings.SCHEDULE_DETAIL_PAUSED.format(reason=view.paused_reason))
    elif view.next_run_local:
        details.append(strings.SCHEDULE_DETAIL_NEXT.format(when=view.next_run_local))
    if view.last_outcome and view.last_reason:
        details.append(
            strings.SCHEDULE_DETAIL_LAST_REASON.format(
                outcome=view.last_outcome, reason=view.last_reason
            )
        )
    elif view.last_outcome:
        details.append(strings.SCHEDULE_DETAIL_LAST.format(outcome=view.last_outcome))
    text = strings.SCHEDULE_ITEM.format(schedule=view.schedule)
    return Item(text="; ".join([text, *details]), label=view.id)


async def handle_schedule(request: Schedule, deps: Deps) -> Reply:
    """List the caller's channel digests: next run and last outcome."""
    service = _service(deps)
    if service is None:
        return _not_set_up(deps.base, strings.DIGESTS_NOT_SET_UP)
    views = await service.list_channel(deps.caller)
    items = tuple(_schedule_item(deps.base, v) for v in views) or (
        Item(text=strings.SCHEDULE_EMPTY),
    )
    return _info(deps.base, strings.SCHEDULE_TITLE, Section(heading=None, items=items))


async def handle_set_default_zone(request: SetDefaultZone, deps: Deps) -> Reply:
    """Set the caller's workspace default time zone."""
    service = _service(deps)
    if service is None:
        return _not_set_up(deps.base, strings.DIGESTS_NOT_SET_UP)
    zone = await service.set_default_zone(request, deps.caller)
    section = Section(heading=None, items=(Item(text=strings.ZONE_SET.format(zone=zone)),))
    return _info(deps.base, strings.ZONE_SET_TITLE, section)


def _topic_title(base: FactBase, topic: str) -> str:
    return base.topics[topic].title if topic in base.topics else topic


READ_HANDLERS: dict[type, Callable[[Any, Deps], Reply]] = {
    Ask: handle_ask,
    Topics: handle_topics,
    TopicBrief: handle_topic,
    Who: handle_who,
    Numbers: handle_numbers,
    Disputes: handle_disputes,
    Timeline: handle_timeline,
    Sources: handle_sources,
    About: handle_about,
    Help: handle_help,
    DigestPreview: handle_digest_preview,
}
MANAGE_HANDLERS: dict[type, Callable[[Any, Deps], Awaitable[Reply]]] = {
    Subscribe: handle_subscribe,
    Unsubscribe: handle_unsubscribe,
    Schedule: handle_schedule,
    SetDefaultZone: handle_set_default_zone,
}
