"""The result of answering one question: facts and text, or an abstention."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.model import Fact


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """What the answer engine returns for one question.

    `facts` are the one to three facts the answer rests on, most relevant first;
    `conflicts` pairs fact ids that disagree and are shown together. For an abstention
    `answered` is False, `facts` is empty and `text` says what the fact base covers.
    """

    question: str
    answered: bool
    text: str  # the whole answer as plain text, no markup
    facts: tuple[Fact, ...] = ()
    quotes: tuple[int, ...] = ()  # per fact: which of its quotes the text cites
    conflicts: tuple[tuple[str, str], ...] = ()
    suggestions: tuple[str, ...] = ()  # in-scope questions to try
    as_of: str | None = None  # e.g. "as of The Washington Post, 2017-02-21"
    # Lines shown before the facts: who a person is, or that a question about today is
    # answered as of the sources.
    lead: tuple[str, ...] = ()
    score: float = 0.0  # retrieval confidence of the best fact, for calibration
