"""Compose the plain-text answer: claims, quotes with speaker and source, conflicts together."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.answer import Answer
from briefings.answering import strings
from briefings.model import Fact, FactBase, Figure, Person
from briefings.present import as_of_label, outlet_label, quoted, source_label, speaker_label


def figure_text(figure: Figure) -> str:
    """Return a figure as a reader sees it, e.g. "about 410,000 in 2012"."""
    if figure.text:
        shown = figure.text
    elif figure.value >= 1_000_000:
        shown = f"{figure.value / 1_000_000:g} million"
    elif isinstance(figure.value, float) and not figure.value.is_integer():
        shown = f"{figure.value:,}"
    else:
        shown = f"{int(figure.value):,}"
    if figure.approx and not figure.text:
        shown = f"about {shown}"
    return f"{shown} in {figure.as_of[:4]}" if figure.as_of else shown


def cited(base: FactBase, fact: Fact, quote: int = 0) -> str:
    """Return one of the fact's quotes in quotation marks with its speaker and source."""
    source = fact.sources[quote]
    where = source_label(base.article_for(source.article))
    speaker = speaker_label(base, fact)
    tail = (
        strings.ATTRIBUTION_SPEAKER.format(speaker=speaker, source=where)
        if speaker
        else strings.ATTRIBUTION_SOURCE.format(source=where)
    )
    return f"{quoted(source.quote)} {tail}"


def conflict_pairs(facts: Sequence[Fact]) -> tuple[tuple[str, str], ...]:
    """Return the pairs of shown facts that dispute each other, each pair once."""
    ids = {f.id for f in facts}
    pairs: list[tuple[str, str]] = []
    for fact in facts:
        for other in fact.disputes:
            pair = (fact.id, other)
            if other in ids and (other, fact.id) not in pairs and pair not in pairs:
                pairs.append(pair)
    return tuple(pairs)


def _introduction(person: Person) -> str:
    if person.as_of:
        return strings.INTRODUCE_AS_OF.format(
            name=person.name, role=person.role, as_of=person.as_of
        )
    return strings.INTRODUCE.format(name=person.name, role=person.role)


def _who(base: FactBase, fact: Fact) -> str:
    """Return who gives a figure: its speaker when it is a statement, else the outlet."""
    outlet = outlet_label(base.article_for(fact.sources[0].article))
    person = base.people.get(fact.speaker) if fact.speaker else None
    return f"{person.name} ({outlet})" if person is not None else outlet


def _conflict_lead(base: FactBase, facts: Sequence[Fact]) -> str:
    """Return "The sources disagree: A gives X; B gives Y." for facts with figures."""
    parts = [
        strings.CONFLICT_FIGURE.format(who=_who(base, f), figure=figure_text(f.figures[0]))
        for f in facts
    ]
    return strings.CONFLICT_LEAD.format(parts="; ".join(parts))


def compose_answer(
    base: FactBase,
    question: str,
    facts: Sequence[Fact],
    score: float,
    *,
    quotes: Sequence[int] = (),
    introduce: Person | None = None,
    present: bool = False,
    order: Sequence[str] = (),
) -> Answer:
    """Return the answer built from `facts` (most relevant first).

    `introduce` names a person first ("John F. Kelly: Homeland Security Secretary (as of
    2017-02).") when the question asks who they are. `present` says first that the answer is
    as of the sources, for a question asked about today ("is DACA still in place?").
    `quotes` says which quote of each fact to cite (the first when not given). `order` gives
    the dates of events shown earliest first, said first ("In order of date: 2017-02, then
    2019-06-17.").
    """
    quotes = tuple(quotes) or (0,) * len(facts)
    conflicts = conflict_pairs(facts)
    label = as_of_label(base, tuple(facts))
    lead: list[str] = []
    if present and label:
        lead.append(strings.PRESENT_LEAD.format(label=label))
    if introduce is not None:
        lead.append(_introduction(introduce))
    if order:
        lead.append(strings.ORDER_LEAD.format(dates=", then ".join(order)))
    lines = list(lead)
    if conflicts:
        in_conflict = [f for f in facts if any(f.id in pair for pair in conflicts)]
        if all(f.figures for f in in_conflict):
            lines.append(_conflict_lead(base, in_conflict))
        else:
            lines.append(strings.CONFLICT_NOTE)
    for fact, quote in zip(facts, quotes, strict=True):
        lines.append(f"{fact.claim.strip()} {cited(base, fact, quote)}")
    if label:
        lines.append(strings.SOURCES_AS_OF.format(label=label))
    return Answer(
        question=question,
        answered=True,
        text="\n".join(lines),
        facts=tuple(facts),
        quotes=quotes,
        conflicts=conflicts,
        as_of=label,
        lead=tuple(lead),
        score=score,
    )
