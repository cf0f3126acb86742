"""Digest composition: the full brief, or what is new since a channel's last digest.

Composed from facts, never free text (DESIGN.md, "Digests"). Sections, in order:

- **lead**: up to three central facts of the lead topic saying what happened: the best
  provision, then event, then context (the first topic in topics.yaml leads the full brief,
  because the fact base is about it; a topic digest leads with its own topic);
- **key provisions**: the provisions, one topic at a time in topics.yaml order;
- **figures**: the figure facts, then every conflict about a figure side by side;
- **what officials said** / **what critics said**: statements, split by who speaks (see
  `speaker_side`), one speaker at a time so more voices get in;
- **timeline**: dated events in date order;
- **background**: context facts.

Each fact appears at most once. Facts that dispute each other always travel together as one
conflict item (never half a conflict, never merged into one number), in the first section any
of them belongs to. Within a section the most central facts (most links to other facts, then
most sources) go first; the order is deterministic.

A digest must fit one chat message, so each section takes at most `Limits.cap` facts and
the whole digest at most `Limits.facts` facts and about `Limits.chars` characters (an estimate of
the rendered size, checked against the real Slack and Discord renderers by the tests). What does
not fit is counted in `DigestSection.more`; it is not sent, so a later digest carries it.

Pure: no I/O and no bot imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from briefings.export import source_json
from briefings.model import Fact, FactBase, Figure, Kind, Source
from briefings.present import outlet_label, source_label, speaker_label

# Every user-facing sentence of a digest, in one place.
TITLE_FULL = "Briefing: {subject}"
TITLE_NEW = "What's new: {subject}"
SUBJECT_ALL = "the Kelly memos and ICE enforcement"
HEADINGS: Mapping[str, str] = {
    "lead": "In brief",
    "provisions": "Key provisions",
    "figures": "Figures",
    "officials": "What officials said",
    "critics": "What critics said",
    "others": "Other voices",
    "timeline": "Timeline",
    "background": "Background",
}
CONFLICT_TEXT = "The sources disagree: {sides}."
CONFLICT_SIDE = "{label}: {claim}"
CONFLICT_JOIN = " / "
UNDATED = "undated"

SECTION_ORDER = tuple(HEADINGS)
LEAD_KINDS = (Kind.PROVISION, Kind.EVENT, Kind.CONTEXT)

# Who speaks for whom, read from people.yaml: a critic's role (or that of the group they
# belong to) says they advocate, criticise or comment; an official's says they hold an office.
_CRITIC_ROLE = re.compile(r"\b(advoca\w*|critic\w*|commentary|blog\w*|activists?)\b", re.I)
_OFFICIAL_ROLE = re.compile(
    r"\b(president of|secretary|official|officials|director of|department|agency|"
    r"president's office)\b",
    re.I,
)


class UnknownTopicError(ValueError):
    """The digest was asked for a topic id the fact base does not have."""

    def __init__(self, topic: str) -> None:
        super().__init__(f"unknown topic {topic!r}")
        self.topic = topic


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """How much one digest may hold, so that it fits one Slack and one Discord message.

    Attributes:
        facts: facts in the whole digest.
        chars: estimated rendered characters (see `estimate`), the footer's fact ids included.
        brief: facts per section of the full brief (a conflict counts each of its facts).
        new: facts per section of a "what's new" digest.
    """

    facts: int = 15
    chars: int = 5100
    brief: Mapping[str, int] = field(
        default_factory=lambda: {
            "lead": 2,
            "provisions": 4,
            "figures": 4,
            "officials": 3,
            "critics": 2,
            "others": 2,
            "timeline": 3,
            "background": 3,
        }
    )
    new: Mapping[str, int] = field(
        default_factory=lambda: {
            "provisions": 4,
            "figures": 4,
            "officials": 3,
            "critics": 3,
            "others": 2,
            "timeline": 4,
            "background": 2,
        }
    )

    def cap(self, section: str, *, full: bool) -> int:
        """Return how many facts `section` may hold in the full brief or a later digest."""
        return (self.brief if full else self.new).get(section, 0)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cited:
    """One quote a digest shows: the fact it backs and the source it comes from."""

    fact_id: str
    source: Source


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestItem:
    """One entry: a fact's claim with its quote, or a conflict of several facts side by side.

    Attributes:
        text: the claim (for a conflict, every side's claim, each with its label).
        fact_ids: the facts the entry shows.
        cited: the quotes, one per fact, in `fact_ids` order.
        label: a short label: a date in the timeline, a figure, or a side of a conflict.
        sides: for a conflict, one item per fact (each with its label); empty otherwise.
    """

    text: str
    fact_ids: tuple[str, ...]
    cited: tuple[Cited, ...]
    label: str | None = None
    sides: tuple[DigestItem, ...] = ()

    @property
    def is_conflict(self) -> bool:
        """Return whether the entry is a disagreement between facts."""
        return bool(self.sides)


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestSection:
    """A section of a digest.

    Attributes:
        key: "lead", "provisions", "figures", "officials", "critics", "others", "timeline"
            or "background".
        heading: what users see.
        items: the entries: single facts first, then conflicts.
        more: how many more facts of this section there are than the digest holds.
        more_topics: the topics those facts are filed under, most first.
    """

    key: str
    heading: str
    items: tuple[DigestItem, ...]
    more: int = 0
    more_topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Digest:
    """A composed digest: the full brief, or what is new for one channel."""

    title: str
    version: str
    topic: str | None
    full: bool
    sections: tuple[DigestSection, ...]

    @property
    def fact_ids(self) -> tuple[str, ...]:
        """Return every fact the digest shows, in order (what a delivery marks as sent)."""
        ids = (f for s in self.sections for item in s.items for f in item.fact_ids)
        return tuple(dict.fromkeys(ids))

    @property
    def more(self) -> int:
        """Return how many facts were left for later (or for the /brief commands)."""
        return sum(s.more for s in self.sections)

    @property
    def empty(self) -> bool:
        """Return whether the digest shows no fact at all (nothing new)."""
        return not self.fact_ids


# --- classification ---------------------------------------------------------------------


def speaker_side(base: FactBase, speaker: str | None) -> str:
    """Return "officials", "critics" or "others" for a statement's speaker.

    Read from people.yaml, following `affiliation` links: critics advocate, criticise or
    comment, or are among those who reacted (speakers of the "reactions" topic); officials hold
    a government office or speak for a government body. Critics are checked first, so the
    deputy vice president of an advocacy group is a critic, not an official.
    """
    if speaker is None or speaker not in base.people:
        return "others"
    chain = _affiliation_chain(base, speaker)
    reacted = any(
        f.speaker == speaker and f.topic == "reactions" and f.kind is Kind.STATEMENT
        for f in base.facts.values()
    )
    roles = [base.people[p].role for p in chain]
    if reacted or any(_CRITIC_ROLE.search(r) for r in roles):
        return "critics"
    if any(_OFFICIAL_ROLE.search(r) for r in roles):
        return "officials"
    return "others"


def _affiliation_chain(base: FactBase, person_id: str) -> list[str]:
    chain: list[str] = []
    current: str | None = person_id
    while current is not None and current in base.people and current not in chain:
        chain.append(current)
        current = base.people[current].affiliation
    return chain


def _links(base: FactBase) -> dict[str, int]:
    """Return, per fact, how many other facts it is linked with (see_also or disputes)."""
    linked: dict[str, set[str]] = {fid: set() for fid in base.facts}
    for fact in base.facts.values():
        for other in (*fact.see_also, *fact.disputes):
            if other in base.facts and other != fact.id:
                linked[fact.id].add(other)
                linked[other].add(fact.id)
    return {fid: len(others) for fid, others in linked.items()}


def _conflict_groups(base: FactBase) -> dict[str, tuple[str, ...]]:
    """Return, per disputed fact, every fact in its conflict (connected by `disputes`)."""
    groups: dict[str, tuple[str, ...]] = {}
    for fact in sorted(base.facts.values(), key=lambda f: f.id):
        if fact.id in groups or not fact.disputes:
            continue
        seen: list[str] = []
        todo = [fact.id]
        while todo:
            fid = todo.pop()
            if fid in seen or fid not in base.facts:
                continue
            seen.append(fid)
            other = base.facts[fid]
            todo += [d for d in other.disputes if d not in seen]
            todo += [f.id for f in base.facts.values() if fid in f.disputes and f.id not in seen]
        group = tuple(sorted(seen))
        for fid in group:
            groups[fid] = group
    return groups


# --- presentation of one fact -----------------------------------------------------------


def figure_label(figure: Figure) -> str:
    """Return a figure as written for users, e.g. "434,000 deportations (2013)"."""
    value = figure.value
    number = figure.text or (f"{value:,}" if isinstance(value, int) else f"{value:,g}")
    label = f"{number} {figure.unit}"
    return f"{label} ({figure.as_of})" if figure.as_of else label


def side_label(base: FactBase, fact: Fact) -> str:
    """Label one side of a disagreement: its speaker, else its outlet."""
    if fact.speaker and fact.speaker in base.people:
        return base.people[fact.speaker].name
    return outlet_label(base.article_for(fact.sources[0].article))


def _single(fact: Fact, label: str | None) -> DigestItem:
    # One quote per fact: the first source, the article the fact is filed under.
    cited = (Cited(fact_id=fact.id, source=fact.sources[0]),) if fact.sources else ()
    return DigestItem(text=fact.claim, fact_ids=(fact.id,), cited=cited, label=label)


def _conflict(base: FactBase, facts: list[Fact]) -> DigestItem:
    sides = tuple(_single(f, side_label(base, f)) for f in facts)
    text = CONFLICT_TEXT.format(
        sides=CONFLICT_JOIN.join(
            CONFLICT_SIDE.format(label=s.label, claim=s.text.rstrip(".")) for s in sides
        )
    )
    return DigestItem(
        text=text,
        fact_ids=tuple(f.id for f in facts),
        cited=tuple(c for s in sides for c in s.cited),
        sides=sides,
    )


def estimate(base: FactBase, item: DigestItem) -> int:
    """Return about how many characters `item` takes once rendered (quote, source, ids)."""
    size = len(item.label or "") + 8
    size += sum(len(s.text) + len(s.label or "") + 8 for s in item.sides) or len(item.text)
    for cited in item.cited:
        fact = base.facts[cited.fact_id]
        article = base.article_for(cited.source.article)
        source = source_label(article)
        speaker = speaker_label(base, fact) or ""
        size += min(len(cited.source.quote), 250) + len(source) + len(speaker) + 12
    size += sum(len(fid) + 2 for fid in item.fact_ids)  # the fact ids some footers list
    return size


# --- composition ------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    """A candidate entry: one fact, or a whole conflict."""

    facts: list[Fact]
    rank: tuple[Any, ...]
    group: str  # round-robin key within the section (a topic or a speaker)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.facts)


def compose_digest(
    base: FactBase,
    *,
    topic: str | None = None,
    exclude: Iterable[str] = frozenset(),
    limits: Limits | None = None,
) -> Digest:
    """Compose the full brief, or, when `exclude` is given, what is new since.

    Args:
        base: the fact base.
        topic: a topic id to restrict the digest to (resolve names first); None for all.
        exclude: ids of facts the channel was already sent. Empty: the full brief, with a
            lead; otherwise only the other facts, under the same headings and without a lead
            (a conflict with one new side is shown whole).
        limits: how much the digest may hold.

    Raises:
        UnknownTopicError: when `topic` is not a topic id of the fact base.
    """
    if topic is not None and topic not in base.topics:
        raise UnknownTopicError(topic)
    limits = limits or Limits()
    sent = frozenset(exclude)
    full = not sent
    links = _links(base)
    groups = _conflict_groups(base)
    topic_order = {tid: i for i, tid in enumerate(base.topics)}

    def rank(fact: Fact) -> tuple[Any, ...]:
        return (-links.get(fact.id, 0), -len(fact.sources), fact.when or "9999", fact.id)

    wanted = [f for f in base.facts.values() if topic is None or f.topic == topic]
    used: set[str] = set()
    sections: list[DigestSection] = []
    budget = _Budget(limits)

    if full:
        lead = _lead(base, wanted, topic or next(iter(base.topics), None), groups, rank, limits)
        used.update(f.id for f in lead)
        items = [_single(f, None) for f in lead]
        for item in items:
            budget.take(base, item)
        if items:
            sections.append(DigestSection(key="lead", heading=HEADINGS["lead"], items=tuple(items)))

    # A conflict lives in the first section any of its facts belongs to; its other facts go
    # with it even when filed under another topic.
    units_by_section: dict[str, list[_Unit]] = {key: [] for key in SECTION_ORDER}
    placed: set[str] = set(used)
    for fact in sorted(wanted, key=rank):
        if fact.id in placed:
            continue
        members = [base.facts[g] for g in groups.get(fact.id, (fact.id,)) if g not in used]
        placed.update(m.id for m in members)
        if sent and all(m.id in sent for m in members):
            continue
        homes = {m.id: _section_of(base, m) for m in members}
        key = min(homes.values(), key=SECTION_ORDER.index)
        members.sort(key=lambda m: (homes[m.id] != key, rank(m)))
        best = min(members, key=rank)
        group = best.id
        if key == "provisions":
            group = best.topic
        elif key in ("officials", "critics", "others"):
            group = best.speaker or best.id
        units_by_section[key].append(_Unit(facts=members, rank=rank(best), group=group))

    keys = [key for key in SECTION_ORDER if units_by_section[key]]
    picked = _select(base, {key: units_by_section[key] for key in keys}, limits, budget, full=full)
    for key in keys:
        chosen, left = picked[key]
        chosen = _display_order(key, chosen, topic_order)
        singles = [
            _single(u.facts[0], _label(key, u.facts[0])) for u in chosen if len(u.facts) == 1
        ]
        conflicts = [_conflict(base, u.facts) for u in chosen if len(u.facts) > 1]
        more_facts = [f for u in left for f in u.facts]
        counts: dict[str, int] = {}
        for f in more_facts:
            counts[f.topic] = counts.get(f.topic, 0) + 1
        more_topics = tuple(sorted(counts, key=lambda t: (-counts[t], topic_order.get(t, 99))))
        sections.append(
            DigestSection(
                key=key,
                heading=HEADINGS[key],
                items=(*singles, *conflicts),
                more=len(more_facts),
                more_topics=more_topics,
            )
        )

    subject = base.topics[topic].title if topic else SUBJECT_ALL
    title = (TITLE_FULL if full else TITLE_NEW).format(subject=subject)
    return Digest(
        title=title, version=base.version, topic=topic, full=full, sections=tuple(sections)
    )


@dataclass(slots=True)
class _Budget:
    limits: Limits
    facts: int = 0
    chars: int = 0

    def fits(self, base: FactBase, item: DigestItem) -> bool:
        return (
            self.facts + len(item.fact_ids) <= self.limits.facts
            and self.chars + estimate(base, item) <= self.limits.chars
        )

    def take(self, base: FactBase, item: DigestItem) -> None:
        self.facts += len(item.fact_ids)
        self.chars += estimate(base, item)


def _lead(
    base: FactBase,
    facts: list[Fact],
    lead_topic: str | None,
    groups: Mapping[str, tuple[str, ...]],
    rank: Callable[[Fact], tuple[Any, ...]],
    limits: Limits,
) -> list[Fact]:
    """Return the lead: the best undisputed provision, event and context of the lead topic."""
    pool = sorted((f for f in facts if f.topic == lead_topic and f.id not in groups), key=rank)
    lead: list[Fact] = []
    for kind in LEAD_KINDS:
        best = next((f for f in pool if f.kind is kind), None)
        if best is not None:
            lead.append(best)
    if not lead:  # a topic of statements only: lead with its most central ones
        lead = pool[:2]
    return lead[: limits.cap("lead", full=True)]


def _section_of(base: FactBase, fact: Fact) -> str:
    """Return the key of the section a fact belongs to (undated events are background)."""
    if fact.kind is Kind.PROVISION:
        return "provisions"
    if fact.kind is Kind.FIGURE:
        return "figures"
    if fact.kind is Kind.STATEMENT:
        return speaker_side(base, fact.speaker)
    if fact.kind is Kind.EVENT:
        return "timeline" if fact.when else "background"
    return "background"


def _select(
    base: FactBase,
    units: Mapping[str, list[_Unit]],
    limits: Limits,
    budget: _Budget,
    *,
    full: bool,
) -> dict[str, tuple[list[_Unit], list[_Unit]]]:
    """Pick units for every section: (chosen, left out) per section key.

    Sections take turns, one entry each per round, so a long early section cannot crowd out
    the later ones, and background only gets what they leave; within a section, entries
    alternate between groups (topics or speakers), best group first. An entry is taken when
    it fits the section's cap and the budget; room still left afterwards goes to the entries
    left out, section by section, regardless of the caps.
    """
    queues: dict[str, list[_Unit]] = {}
    for key, section_units in units.items():
        by_group: dict[str, list[_Unit]] = {}
        for unit in sorted(section_units, key=lambda u: u.rank):
            by_group.setdefault(unit.group, []).append(unit)
        queue: list[_Unit] = []
        depth = 0
        while any(len(g) > depth for g in by_group.values()):
            queue += [g[depth] for g in by_group.values() if len(g) > depth]
            depth += 1
        queues[key] = queue
    picked: dict[str, tuple[list[_Unit], list[_Unit]]] = {key: ([], []) for key in units}
    taken = dict.fromkeys(units, 0)

    def offer(key: str, unit: _Unit, *, capped: bool) -> bool:
        item = _conflict(base, unit.facts) if len(unit.facts) > 1 else _single(unit.facts[0], None)
        cap = limits.cap(key, full=full) if capped else limits.facts
        if taken[key] + len(unit.facts) > cap or not budget.fits(base, item):
            return False
        picked[key][0].append(unit)
        taken[key] += len(unit.facts)
        budget.take(base, item)
        return True

    # Background is filler: it gets what the other sections leave.
    rounds = [[k for k in queues if k != "background"], [k for k in queues if k == "background"]]
    for keys in rounds:
        while any(queues[key] for key in keys):
            for key in keys:
                queue = queues[key]
                while queue:
                    unit = queue.pop(0)
                    if offer(key, unit, capped=True):
                        break
                    picked[key][1].append(unit)
    # Room left (other sections had little to say): fill it in section order, uncapped.
    for key in queues:
        chosen, left = picked[key]
        picked[key] = (chosen, [u for u in left if not offer(key, u, capped=False)])
    return picked


def _display_order(key: str, units: list[_Unit], topic_order: Mapping[str, int]) -> list[_Unit]:
    if key == "provisions":
        return sorted(units, key=lambda u: (topic_order.get(u.facts[0].topic, 99), u.rank))
    if key == "timeline":
        return sorted(units, key=lambda u: (u.facts[0].when or "9999", u.rank))
    return units


def _label(key: str, fact: Fact) -> str | None:
    if key == "timeline":
        return fact.when or UNDATED
    return None


# --- JSON ---------------------------------------------------------------------------------


def digest_json(base: FactBase, digest: Digest) -> dict[str, Any]:
    """Return the `briefbot digest --json` object.

    {"title", "version", "topic", "full", "sections": [{"heading", "items": [{"text",
    "fact_ids", "citations": [{"article", "outlet", "headline", "published", "quote"}]}],
    "more", "more_topics"}]}; citations have the shape of `briefbot facts export --json`.
    """
    return {
        "title": digest.title,
        "version": digest.version,
        "topic": digest.topic,
        "full": digest.full,
        "sections": [
            {
                "heading": section.heading,
                "items": [
                    {
                        "text": item.text,
                        "fact_ids": list(item.fact_ids),
                        "citations": [source_json(base, c.source) for c in item.cited],
                    }
                    for item in section.items
                ],
                "more": section.more,
                "more_topics": list(section.more_topics),
            }
            for section in digest.sections
        ],
    }
