"""The neutral reply every handler returns and every adapter renders.

A `Reply` carries structure, never markup: only renderers add markup and escaping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ReplyKind(StrEnum):
    """What kind of reply this is; renderers style each differently."""

    ANSWER = "answer"  # an answer backed by facts
    ABSTAIN = "abstain"  # "the sources don't cover that", with what they do cover
    INFO = "info"  # lists and help: topics, sources, about, schedule, ...
    ERROR = "error"  # a UserError or an apology


class Visibility(StrEnum):
    """Who sees the reply: only the asker, or the whole channel."""

    EPHEMERAL = "ephemeral"
    PUBLIC = "public"


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A verbatim quote of a fact with its article and speaker, ready to display."""

    fact_id: str
    article: str  # the article id (seed file name without .txt)
    outlet: str | None  # None when the outlet is unknown: say "unknown outlet", never guess
    headline: str | None
    published: str | None  # YYYY-MM-DD, or None when not established
    published_note: str | None  # e.g. "about 2017-02-21 to 2017-02-22 (inferred)"
    quote: str
    speaker: str | None = None  # e.g. "John F. Kelly, Homeland Security Secretary"


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One statement in a reply (a fact's claim, a list entry, a help line) with its citations."""

    text: str
    citations: tuple[Citation, ...] = ()
    fact_ids: tuple[str, ...] = ()
    label: str | None = None  # a short label, e.g. a date in a timeline or an outlet in a dispute


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A group of items under an optional heading.

    `side_by_side` marks conflicting accounts that must be shown together as columns
    (Slack section fields, Discord inline fields), never merged.
    """

    heading: str | None
    items: tuple[Item, ...]
    side_by_side: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    """A button offered with the reply (share, feedback); adapters map ids to their widgets."""

    id: str  # "share" | "helpful" | "not_helpful"
    label: str
    value: str  # opaque payload the adapter sends back (e.g. the question)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """A platform-neutral reply: the only thing handlers return."""

    kind: ReplyKind
    title: str
    sections: tuple[Section, ...] = ()
    text: str = ""  # the whole reply as plain text (no markup), for fallbacks and the CLI
    as_of: str | None = None  # e.g. "as of The Washington Post, 2017-02-21"
    version: str | None = None  # the fact-base version
    suggestions: tuple[str, ...] = ()  # in-scope questions to try (abstentions, help)
    visibility: Visibility = Visibility.EPHEMERAL
    actions: tuple[Action, ...] = ()
    fact_ids: tuple[str, ...] = field(default=())  # every fact the reply draws on, in order
