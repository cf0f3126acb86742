"""Value objects of the knowledge layer: articles, people, topics, facts and the fact base."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Evidence(StrEnum):
    """How well an article's metadata is known (see shared SOURCES.md)."""

    ESTABLISHED = "established"
    INFERRED = "inferred"
    UNKNOWN = "unknown"


class Kind(StrEnum):
    """What sort of statement a fact is."""

    PROVISION = "provision"
    FIGURE = "figure"
    STATEMENT = "statement"
    EVENT = "event"
    CONTEXT = "context"


class Status(StrEnum):
    """Whether an event happened or was only announced, planned or proposed."""

    DONE = "done"
    ANNOUNCED = "announced"
    PLANNED = "planned"
    PROPOSED = "proposed"
    NOT_ADOPTED = "not-adopted"


@dataclass(frozen=True, slots=True, kw_only=True)
class Attested:
    """One metadata value with its evidence level; `value` is None when unknown."""

    value: str | None
    evidence: Evidence
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A source article: its text and what is known about it."""

    id: str  # the seed's file name without ".txt"
    short: str  # the handle facts cite, e.g. "wapo"
    outlet: Attested
    headline: Attested
    author: Attested
    published: Attested  # value is an ISO date or None
    about: str
    text: str = field(repr=False)

    @property
    def outlet_name(self) -> str | None:
        """Return the outlet's name, or None when it is unknown."""
        return self.outlet.value

    @property
    def published_iso(self) -> str | None:
        """Return the publication date as YYYY-MM-DD, or None when not established."""
        return self.published.value


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A person, organisation or group that facts name."""

    id: str
    name: str
    kind: str  # person | org | group
    role: str
    affiliation: str | None = None
    as_of: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Topic:
    """One of the fixed topics."""

    id: str
    title: str
    about: str
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A number a fact states: value, unit and what it counts."""

    value: float | int
    unit: str
    what: str
    as_of: str | None = None  # year or date the figure refers to
    approx: bool = False
    text: str | None = None  # the literal as written in the quote, when not plain digits


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One citation of a fact: the article handle and a verbatim quote from it."""

    article: str  # article short handle, e.g. "wapo"
    quote: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """The unit of knowledge: one neutral claim backed by verbatim quotes."""

    id: str
    topic: str
    kind: Kind
    claim: str
    sources: tuple[Source, ...]
    who: tuple[str, ...] = ()
    speaker: str | None = None  # for statements: the person or group id who said the quote
    where: str | None = None
    when: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    status: Status = Status.DONE
    figures: tuple[Figure, ...] = ()
    disputes: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    file: str = ""  # the YAML file the fact came from, for error messages


@dataclass(frozen=True, slots=True, kw_only=True)
class FactBase:
    """Everything the bot knows, loaded and indexed by id."""

    articles: dict[str, Article]  # by short handle
    people: dict[str, Person]
    topics: dict[str, Topic]
    facts: dict[str, Fact]
    version: str

    def article_for(self, handle: str) -> Article:
        """Return the article cited by `handle` (its short handle or its file id)."""
        if handle in self.articles:
            return self.articles[handle]
        for article in self.articles.values():
            if article.id == handle:
                return article
        raise KeyError(handle)
