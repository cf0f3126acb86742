"""Validate the fact base as a whole: every quote verbatim, every id known, every link live.

`validate(loaded)` returns one `Problem` per thing wrong; `load_valid()` raises
`FactBaseError` unless there are none. The bot never starts on a fact base that fails here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from briefings.loader import FACTS_DIR, SOURCES_DIR, FactBaseError, Loaded, Problem, load
from briefings.model import Fact, FactBase, Figure, Kind

_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2014": "-",
        "\u2013": "-",
        "\u2012": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
    }
)
_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

_NUMBER_WORDS = {
    0: ("zero",),
    1: ("one",),
    2: ("two", "pair"),
    3: ("three",),
    4: ("four",),
    5: ("five",),
    6: ("six",),
    7: ("seven",),
    8: ("eight",),
    9: ("nine",),
    10: ("ten",),
    11: ("eleven",),
    12: ("twelve", "dozen"),
    13: ("thirteen",),
    14: ("fourteen",),
    15: ("fifteen",),
    16: ("sixteen",),
    17: ("seventeen",),
    18: ("eighteen",),
    19: ("nineteen",),
    20: ("twenty",),
    24: ("twenty-four",),
    30: ("thirty",),
    40: ("forty",),
    50: ("fifty",),
    100: ("hundred",),
    1000: ("thousand",),
}


def normalise(text: str) -> str:
    """Return text with typographic quotes and dashes made plain and whitespace folded."""
    return _SPACES.sub(" ", text.translate(_TYPOGRAPHIC).replace("\u2026", "...")).strip()


@lru_cache(maxsize=64)
def _normalised_article(text: str) -> str:
    return normalise(text)


def quote_in_article(quote: str, article_text: str) -> bool:
    """Return whether `quote` appears verbatim in the article, after normalising both."""
    return normalise(quote) in _normalised_article(article_text)


def quote_cuts_a_word(quote: str, article_text: str) -> bool:
    """Return whether every place the quote occurs starts or ends inside a word or number.

    A quote that stops at "434" of "434,000" (as a YAML flow list silently does at a comma)
    is verbatim but misleading.
    """
    needle = normalise(quote)
    text = _normalised_article(article_text)
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        before = text[start - 1] if start > 0 else " "
        after = text[end : end + 2]
        cut_start = needle[:1].isalnum() and before.isalnum()
        cut_end = needle[-1:].isalnum() and (
            after[:1].isalnum() or (after[:1] in ",." and after[1:2].isdigit())
        )
        if not (cut_start or cut_end):
            return False
        start = text.find(needle, start + 1)
    return True


def check_date(value: str) -> str | None:
    """Return why `value` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or None if it is."""
    match = _DATE.match(value)
    if not match:
        return f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = match.groups()
    if not 1900 <= int(year) <= 2100:
        return f"bad date {value!r}: year out of range"
    if month is not None and not 1 <= int(month) <= 12:
        return f"bad date {value!r}: no month {month}"
    if day is not None and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return f"bad date {value!r}: no day {day} in that month"
    return None


def number_renderings(value: float) -> set[str]:
    """Return the ways a number may be written in an article: digits, commas, millions, words."""
    out: set[str] = set()
    if float(value).is_integer():
        whole = int(value)
        out.update({str(whole), f"{whole:,}"})
        out.update(_NUMBER_WORDS.get(whole, ()))
        if whole >= 1_000_000 and whole % 100_000 == 0:
            out.add(f"{whole / 1_000_000:g} million")
        if whole >= 1_000 and whole % 100 == 0 and whole < 1_000_000:
            out.add(f"{whole / 1_000:g},000")
    else:
        out.add(f"{value:g}")
        if value == 0.5:
            out.add("half")
    return out


def _contains_number(haystack: str, rendering: str) -> bool:
    # Digits must not be part of a longer number ("434" inside "434,000" is not 434).
    if rendering[0].isdigit():
        pattern = rf"(?<![\d.,]){re.escape(rendering)}(?![\d]|[.,]\d)"
    else:
        pattern = rf"\b{re.escape(rendering)}\b"
    return re.search(pattern, haystack, flags=re.IGNORECASE) is not None


def figure_in_quotes(figure: Figure, quotes: Iterable[str]) -> bool:
    """Return whether a figure's number (or its literal `text`) occurs in one of the quotes."""
    texts = [normalise(q) for q in quotes]
    if figure.text is not None:
        literal = normalise(figure.text).lower()
        return any(literal in t.lower() for t in texts)
    renderings = number_renderings(figure.value)
    return any(_contains_number(t, r) for t in texts for r in renderings)


def _fact_problems(base: FactBase, fact: Fact) -> Iterator[str]:
    if fact.topic not in base.topics:
        yield f"unknown topic {fact.topic!r}"
    for pid in fact.who:
        if pid not in base.people:
            yield f"unknown person or organisation {pid!r} in who"
    if fact.speaker is not None and fact.speaker not in base.people:
        yield f"unknown speaker {fact.speaker!r}"
    if fact.kind is Kind.STATEMENT and fact.speaker is None:
        yield "a statement needs a speaker"
    if fact.when is not None and (why := check_date(fact.when)):
        yield why
    quotes: list[str] = []
    for source in fact.sources:
        try:
            article = base.article_for(source.article)
        except KeyError:
            yield f"unknown article {source.article!r}"
            continue
        if not quote_in_article(source.quote, article.text):
            yield f"quote not found verbatim in {source.article}: {source.quote[:70]!r}"
        elif quote_cuts_a_word(source.quote, article.text):
            yield f"quote starts or ends inside a word or number: {source.quote[:70]!r}"
        quotes.append(source.quote)
    for figure in fact.figures:
        if figure.as_of is not None and (why := check_date(figure.as_of)):
            yield f"figure as_of: {why}"
        if quotes and not figure_in_quotes(figure, quotes):
            shown = figure.text if figure.text is not None else f"{figure.value:g}"
            yield f"figure {shown!r} ({figure.what}) does not occur in its quote"
    for field, links in (("disputes", fact.disputes), ("see_also", fact.see_also)):
        for target in links:
            if target == fact.id:
                yield f"{field} links the fact to itself"
            elif target not in base.facts:
                yield f"dangling link in {field}: no fact {target!r}"
            elif field == "disputes" and fact.id not in base.facts[target].disputes:
                yield f"dispute with {target!r} is not linked back from it"


def validate(loaded: Loaded) -> list[Problem]:
    """Return every problem with the loaded fact base (structural ones first)."""
    base = loaded.base
    problems = list(loaded.problems)
    for fact in base.facts.values():
        problems.extend(
            Problem(file=fact.file, fact_id=fact.id, message=m) for m in _fact_problems(base, fact)
        )
    for person in base.people.values():
        if person.affiliation is not None and person.affiliation not in base.people:
            problems.append(
                Problem(
                    file="people.yaml",
                    fact_id=person.id,
                    message=f"unknown affiliation {person.affiliation!r}",
                )
            )
    cited = {
        base.article_for(s.article).short
        for f in base.facts.values()
        for s in f.sources
        if _known(base, s.article)
    }
    for short, article in base.articles.items():
        if short not in cited:
            problems.append(
                Problem(
                    file=f"sources/{article.id}.txt",
                    fact_id=None,
                    message="no fact cites this article",
                )
            )
    return problems


def _known(base: FactBase, handle: str) -> bool:
    try:
        base.article_for(handle)
    except KeyError:
        return False
    return True


def load_valid(*, facts_dir: Path = FACTS_DIR, sources_dir: Path = SOURCES_DIR) -> FactBase:
    """Load and validate the fact base; raise `FactBaseError` listing every problem."""
    loaded = load(facts_dir=facts_dir, sources_dir=sources_dir)
    problems = validate(loaded)
    if problems:
        raise FactBaseError(problems)
    return loaded.base
