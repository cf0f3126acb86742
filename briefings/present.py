"""Plain-text labels shared by answers, digests and every renderer: who said it, where, when.

Unknown metadata stays unknown: an article with no established outlet is "an unknown outlet",
never a guess.
"""

from __future__ import annotations

from briefings.model import Article, Attested, Evidence, Fact, FactBase, Person

UNKNOWN_OUTLET = "unknown outlet"


def outlet_label(article: Article) -> str:
    """Return the outlet's name, or "unknown outlet"."""
    return article.outlet.value or UNKNOWN_OUTLET


def attested_label(label: str, known: Attested) -> str:
    """Return `label` for what is known, marked "(inferred)" unless its evidence is established."""
    return label if known.evidence is Evidence.ESTABLISHED else f"{label} (inferred)"


def date_label(article: Article) -> str | None:
    """Return the publication date as written for users, or None when nothing is known.

    An established date is given as YYYY-MM-DD; an inferred one keeps its qualifier
    (e.g. "about 2017-02-21 to 2017-02-22 (inferred)").
    """
    published = article.published
    if published.value:
        return attested_label(published.value, published)
    if published.note:
        return f"{published.note.split(' (')[0]} (inferred)"
    return None


def source_label(article: Article) -> str:
    """Return "outlet, date" for a citation, e.g. "The Washington Post, 2017-02-21"."""
    when = date_label(article)
    return f"{outlet_label(article)}, {when}" if when else outlet_label(article)


def quoted(quote: str, opening: str = '"', closing: str = '"') -> str:
    """Return `quote` in quotation marks, unless it already opens with its own.

    Some quotes are whole article sentences that quote someone ('"This will not happen
    tomorrow," the DHS official said.'); a second pair of marks around them would misquote.
    """
    text = quote.strip()
    if text.startswith(('"', "“")):
        return text
    return f"{opening}{text}{closing}"


def person_label(person: Person) -> str:
    """Return "Name, role", e.g. "John F. Kelly, Homeland Security Secretary"."""
    if person.kind == "person" and person.role and not person.name.startswith(("a ", "the ")):
        return f"{person.name}, {person.role}"
    return person.name


def speaker_label(base: FactBase, fact: Fact) -> str | None:
    """Return the speaker of a statement as "Name, role", or None when the fact has none."""
    if fact.speaker is None:
        return None
    person = base.people.get(fact.speaker)
    return person_label(person) if person else None


def as_of_label(base: FactBase, facts: list[Fact] | tuple[Fact, ...]) -> str | None:
    """Return "as of <date>" for the latest established source date among the facts.

    Sources are from 2017 and 2019 and users read them years later, so every answer says
    how old its evidence is.
    """
    dates: list[str] = []
    inferred: list[str] = []
    for fact in facts:
        for source in fact.sources:
            article = base.article_for(source.article)
            label = date_label(article)
            if article.published.value and label == article.published.value:
                dates.append(label)
            elif label:
                inferred.append(label)
    if dates:
        return f"as of {max(dates)}"
    return f"as of {inferred[0]}" if inferred else None
