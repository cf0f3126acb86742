"""A second opinion from phrasings: which fact's known questions a question reads like.

Every fact lists questions it answers (`asks`), and `asked.yaml` adds the questions users asked
in the blind-written development sets, labelled with their fact. When the engine's score and
coverage bar is not met, a question that reads almost like one of those phrasings, and clearly
more like it than like any other fact's, is that fact's question; and among the top facts, the
one whose phrasings a question clearly reads like comes first. Similarity is a weighted Dice
overlap of
content units, read as a question is read (aliases, synonym concepts, stems, IDF weights), and
only between a question and phrasings of its own form: "how many DACA recipients are there" is
not "does this change DACA", however alike their content words are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefings.answering.index import FactIndex
from briefings.answering.question import Form, Question, content_units, detect_form


@dataclass(frozen=True, slots=True, kw_only=True)
class Phrasing:
    """One phrasing of a fact, read into weighted content units."""

    position: int  # the fact's position in the index
    form: Form
    weights: tuple[float, ...]  # per unit
    total: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Nearest:
    """The fact whose phrasing a question is closest to, and the closest other fact."""

    position: int
    similarity: float
    runner_up: float  # the best similarity of any other fact's phrasing


@dataclass(frozen=True, slots=True)
class Phrasings:
    """Every fact's phrasings, with an inverted index from term to phrasing units."""

    phrasings: tuple[Phrasing, ...]
    postings: dict[str, tuple[tuple[int, int], ...]]  # term -> (phrasing, unit) pairs

    @classmethod
    def build(cls, index: FactIndex, asked: Mapping[str, Sequence[str]]) -> Phrasings:
        """Read every `ask` of every fact in `index`, and the questions `asked` by fact id."""
        phrasings: list[Phrasing] = []
        postings: dict[str, list[tuple[int, int]]] = {}
        for position, fact in enumerate(index.facts):
            for ask in (*fact.asks, *asked.get(fact.id, ())):
                units = content_units(index, ask)
                if not units:
                    continue
                number = len(phrasings)
                for k, unit in enumerate(units):
                    for term in unit.terms:
                        postings.setdefault(term, []).append((number, k))
                weights = tuple(u.weight for u in units)
                phrasings.append(
                    Phrasing(
                        position=position,
                        form=detect_form(ask),
                        weights=weights,
                        total=sum(weights),
                    )
                )
        return cls(tuple(phrasings), {t: tuple(p) for t, p in postings.items()})

    def nearest(self, q: Question) -> Nearest | None:
        """Return the fact with the phrasing of `q`'s form most like `q`, or None."""
        total = sum(u.weight for u in q.units)
        if not total:
            return None
        recalled: dict[int, float] = {}  # phrasing -> weight of the question's units it has
        matched: dict[int, set[int]] = {}  # phrasing -> its units the question has
        for unit in q.units:
            hit: set[int] = set()
            for term in unit.terms:
                for number, k in self.postings.get(term, ()):
                    if self.phrasings[number].form is q.form:
                        hit.add(number)
                        matched.setdefault(number, set()).add(k)
            for number in hit:
                recalled[number] = recalled.get(number, 0.0) + unit.weight
        best: dict[int, float] = {}
        for number, weight in recalled.items():
            phrasing = self.phrasings[number]
            recall = weight / total
            precision = sum(phrasing.weights[k] for k in matched[number]) / phrasing.total
            similarity = 2 * precision * recall / (precision + recall)
            if similarity > best.get(phrasing.position, 0.0):
                best[phrasing.position] = similarity
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        position, similarity = ranked[0]
        return Nearest(
            position=position,
            similarity=similarity,
            runner_up=ranked[1][1] if len(ranked) > 1 else 0.0,
        )
