"""Score answers against a question set (tests/data/dev_questions.yaml format).

An answerable question is right when the engine answers and the text contains one item of
every `must` group (case-insensitive); an unanswerable one is right when the engine abstains.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefings.answering.engine import AnswerEngine
from briefings.answering.index import (
    FactIndex,
    curated_asks,
    load_asked_with_forms,
    load_synonyms,
    read_yaml,
)
from briefings.answering.phrasings import Nearest, Phrasings, asks_of
from briefings.answering.question import Question
from briefings.model import FactBase


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One question of a set: answerable with its `must` groups, or not."""

    q: str
    must: tuple[tuple[str, ...], ...] = ()
    answerable: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """How many of each kind a run got right, and which it missed."""

    answerable_right: int
    answerable_total: int
    abstained_right: int
    abstained_total: int
    misses: tuple[str, ...]

    @property
    def answerable_rate(self) -> float:
        """Return the share of answerable questions answered right."""
        return self.answerable_right / self.answerable_total if self.answerable_total else 1.0

    @property
    def abstained_rate(self) -> float:
        """Return the share of out-of-scope questions abstained on."""
        return self.abstained_right / self.abstained_total if self.abstained_total else 1.0


def load_cases(path: Path) -> list[Case]:
    """Read a question set: `answerable: [{q, must}]`, `unanswerable: [{q, why} | q]`."""
    data: Any = read_yaml(path)
    cases = [
        Case(q=str(item["q"]), must=tuple(tuple(str(a) for a in g) for g in item["must"]))
        for item in data.get("answerable") or []
    ]
    for item in data.get("unanswerable") or []:
        q = item["q"] if isinstance(item, dict) else item
        cases.append(Case(q=str(q), answerable=False))
    return cases


def without_questions(
    asked: Mapping[str, Sequence[str]], questions: Collection[str]
) -> dict[str, tuple[str, ...]]:
    """Return the asked questions by fact, less `questions` (to score a set it fed)."""
    return {fid: tuple(q for q in qs if q not in questions) for fid, qs in asked.items()}


class WithoutOwnQuestions:
    """Engines like `AnswerEngine.build(base)`'s, each without the asked questions of one set.

    A labelled set's questions are among asked.yaml's phrasings; scoring the set with them there
    would measure recall of its own wording, so it is scored by an engine built from every other
    set's questions. Those engines differ only in which phrasings they leave out: they share one
    index and one reading of every phrasing, and each passes over the phrasings that only its
    set's questions gave (a phrasing's similarity to a question depends on nothing else).
    """

    def __init__(self, base: FactBase) -> None:
        self._index = FactIndex.build(base, load_synonyms())
        asked, codes = load_asked_with_forms(curated=curated_asks(base))
        asks = list(asks_of(self._index, asked, codes))
        self._phrasings, numbers = Phrasings.read_numbered(self._index, asks)
        # Each phrasing's asked questions; None for one a fact's own asks give too, which no
        # engine leaves out. asks_of yields each fact's own asks before its asked ones.
        from_asked = [
            flag
            for fact in self._index.facts
            for flag in (False,) * len(fact.asks) + (True,) * len(asked.get(fact.id, ()))
        ]
        self._given_by: dict[int, set[str] | None] = {}
        self._numbers: dict[str, set[int]] = {}  # an asked question -> its phrasings
        for (_, text, _), number, asked_one in zip(asks, numbers, from_asked, strict=True):
            if number < 0:
                continue
            given = self._given_by.setdefault(number, set())
            if not asked_one:
                self._given_by[number] = None
            elif given is not None:
                given.add(text)
                self._numbers.setdefault(text, set()).add(number)

    def engine(self, questions: Collection[str] = ()) -> AnswerEngine:
        """Return an engine whose asked phrasings leave out `questions`."""
        own = set(questions)
        excluded = frozenset(
            number
            for text in own
            for number in self._numbers.get(text, ())
            if (given := self._given_by[number]) is not None and given <= own
        )
        return AnswerEngine(self._index, _Without(self._phrasings, excluded))


@dataclass(frozen=True, slots=True)
class _Without:
    """Phrasings less the ones numbered in `excluded`."""

    phrasings: Phrasings
    excluded: frozenset[int]

    def nearest(
        self, q: Question, floor: float = 0.0, margin: float = 1.0, least_margin: float = 0.0
    ) -> Nearest | None:
        """Return what `Phrasings.nearest` returns when the excluded phrasings are not there."""
        return self.phrasings.nearest(q, floor, margin, least_margin, excluded=self.excluded)


def is_right(case: Case, answered: bool, text: str) -> bool:
    """Return whether one answer is right for its case."""
    if not case.answerable:
        return not answered
    low = text.lower()
    return answered and all(any(alt.lower() in low for alt in group) for group in case.must)


def score(cases: Sequence[Case], ask: Callable[[str], tuple[bool, str]]) -> Score:
    """Ask every case and count what is right; `ask` returns (answered, text)."""
    a_right = a_total = n_right = n_total = 0
    misses: list[str] = []
    for case in cases:
        answered, text = ask(case.q)
        right = is_right(case, answered, text)
        if case.answerable:
            a_total += 1
            a_right += right
        else:
            n_total += 1
            n_right += right
        if not right:
            misses.append(f"{'answerable' if case.answerable else 'out of scope'}: {case.q}")
    return Score(
        answerable_right=a_right,
        answerable_total=a_total,
        abstained_right=n_right,
        abstained_total=n_total,
        misses=tuple(misses),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class HeldOutAsks:
    """How the curated phrasings fare when each is asked of an engine that never saw it."""

    right: int  # answered with the fact among the answer's facts
    first: int  # ...as its first fact
    abstained: int
    total: int

    @property
    def rate(self) -> float:
        """Return the share answered with their own fact."""
        return self.right / self.total if self.total else 1.0


def leave_asks_out(
    base: FactBase,
    build: Callable[[FactBase], AnswerEngine],
    folds: int = 11,
) -> HeldOutAsks:
    """Ask every fact's curated phrasings of engines built without them (k-fold over asks).

    Fold k holds out the phrasings at positions k, k + folds, ... of every fact: each is then a
    question worded unlike anything the engine indexed for its fact, a paraphrase test with no
    question set to write and nothing to tune on by hand.
    """
    right = first = abstained = total = 0
    for fold in range(folds):
        held: list[tuple[str, str]] = []
        facts = {}
        for fact in base.facts.values():
            keep = [a for j, a in enumerate(fact.asks) if j % folds != fold]
            held += [(fact.id, a) for j, a in enumerate(fact.asks) if j % folds == fold]
            facts[fact.id] = replace(fact, asks=tuple(keep))
        engine = build(replace(base, facts=facts))
        for fact_id, ask in held:
            answer = engine.answer(ask)
            ids = [f.id for f in answer.facts] if answer.answered else []
            total += 1
            abstained += not answer.answered
            right += fact_id in ids
            first += ids[:1] == [fact_id]
    return HeldOutAsks(right=right, first=first, abstained=abstained, total=total)
