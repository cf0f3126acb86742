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

import atexit
import contextlib
import hashlib
import json
import logging
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any, Protocol

from briefings.answering.index import FactIndex
from briefings.answering.question import Form, Question, Unit, content_units, detect_form
from briefings.cachefiles import read_data, write_cache

log = logging.getLogger(__name__)

# One letter per form, as asked.yaml stores each asked question's form (scripts/collect_asked.py
# writes them; a test fails when they are out of date).
FORM_CODES = {
    Form.WHAT: "a", Form.WHO: "o", Form.WHO_SAID: "s", Form.WHEN: "t", Form.WHERE: "p",
    Form.WHY: "r", Form.HOW_MANY: "c", Form.HOW: "h", Form.YES_NO: "b",
}  # fmt: skip
_CODED_FORMS = {code: form for form, code in FORM_CODES.items()}

CACHE_FORMAT = 2
CACHE_PREFIX = "phrasings-"
# Pickled plain data: it loads in a sixth of the time JSON took (20 ms against 130 ms, most of a
# warm `briefbot ask`), and `read_data` refuses anything but built-in values.
CACHE_SUFFIX = ".pickle"
# How a phrasing is read depends on this code as much as on the facts: a change to any of these
# files makes a new cache key.
_READING_CODE = ("question.py", "index.py", "phrasings.py", "../retrieval.py")

# Sums of the same weights in another order may differ in their last bits.
_SLACK = 1e-9
# A term's postings in one form: the phrasings having it, and which of their units have it
# (phrasing -> a bit per unit, 1 << unit).
_Postings = tuple[frozenset[int], dict[int, int]]
_NO_POSTINGS: _Postings = (frozenset(), {})


@dataclass(frozen=True, slots=True, kw_only=True)
class Nearest:
    """The fact whose phrasing a question is closest to, and the closest other fact."""

    position: int
    similarity: float
    # The best similarity of any other fact's phrasing; with a `margin` (see `nearest`), any
    # similarity under the nearest's less the margin stands for one that is that far behind.
    runner_up: float


@dataclass(frozen=True, slots=True)
class Phrasings:
    """Every fact's phrasings, read into weighted content units, with an inverted index.

    Stored by column (phrasing number -> its fact, form, unit weights and their sum), so that
    the cache loads in about 20 ms.
    """

    positions: tuple[int, ...]  # the fact's position in the index
    forms: tuple[Form, ...]
    weights: tuple[tuple[float, ...], ...]  # per unit
    totals: tuple[float, ...]
    postings: dict[str, tuple[int, ...]]  # term -> phrasing, unit, phrasing, unit, ...
    # (form, term) -> the postings of that form's phrasings only, filled as questions ask
    _split: dict[tuple[Form, str], _Postings] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def build(
        cls,
        index: FactIndex,
        asked: Mapping[str, Sequence[str]],
        codes: Mapping[str, str] | None = None,
    ) -> Phrasings:
        """Read every `ask` of every fact in `index`, and the questions `asked` by fact id.

        `codes` gives the forms of questions already known (asked.yaml's), by `FORM_CODES`.
        """
        return cls.read(index, asks_of(index, asked, codes or {}))

    @classmethod
    def read(
        cls,
        index: FactIndex,
        asks: Iterable[tuple[int, str, Form]],
    ) -> Phrasings:
        """Read phrasings given as (the fact's position in `index`, the text, its form)."""
        return cls.read_numbered(index, asks)[0]

    @classmethod
    def read_numbered(
        cls,
        index: FactIndex,
        asks: Iterable[tuple[int, str, Form]],
    ) -> tuple[Phrasings, tuple[int, ...]]:
        """Read phrasings as `read` does, and return each ask's phrasing number with them.

        An ask with no content units has none (-1); one reading as an earlier ask of the same
        fact and form does has that ask's number.
        """
        positions: list[int] = []
        forms: list[Form] = []
        weights: list[tuple[float, ...]] = []
        postings: dict[str, list[int]] = {}
        # A phrasing reading as another of the same fact and form does (a third of them: "what
        # do the kelly memos do", "what do kelly's memos do") cannot change a similarity.
        seen: dict[tuple[int, Form, tuple[tuple[tuple[str, ...], float], ...]], int] = {}
        numbers: list[int] = []
        words_read: dict[str, Unit | None] = {}
        for position, ask, form in asks:
            units = content_units(index, ask, words_read)
            if not units:
                numbers.append(-1)
                continue
            reading = tuple(sorted((tuple(sorted(u.terms)), u.weight) for u in units))
            number = seen.setdefault((position, form, reading), len(positions))
            numbers.append(number)
            if number < len(positions):
                continue
            for k, unit in enumerate(units):
                for term in unit.terms:
                    postings.setdefault(term, []).extend((number, k))
            positions.append(position)
            forms.append(form)
            weights.append(tuple(u.weight for u in units))
        built = cls(
            tuple(positions),
            tuple(forms),
            tuple(weights),
            tuple(sum(w) for w in weights),
            {t: tuple(p) for t, p in postings.items()},
        )
        return built, tuple(numbers)

    def to_data(self) -> dict[str, Any]:
        """Return the phrasings as plain data: tuples, a dict, strings and numbers (`from_data`).

        Forms are one letter each (`FORM_CODES`), all in one string.
        """
        return {
            "format": CACHE_FORMAT,
            "positions": self.positions,
            "forms": "".join(FORM_CODES[f] for f in self.forms),
            "weights": self.weights,
            "totals": self.totals,
            "postings": self.postings,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Phrasings:
        """Return the phrasings `to_data` returned; raise ValueError on anything else."""
        if data.get("format") != CACHE_FORMAT:
            raise ValueError("unknown phrasings cache format")
        positions, weights, totals = data["positions"], data["weights"], data["totals"]
        postings = data["postings"]
        forms = tuple(map(_CODED_FORMS.__getitem__, data["forms"]))
        if not all(isinstance(c, tuple) for c in (positions, weights, totals)) or not isinstance(
            postings, dict
        ):
            raise ValueError("phrasings cache columns are not tuples")
        if not len(positions) == len(forms) == len(weights) == len(totals):
            raise ValueError("phrasings cache columns differ in length")
        return cls(positions, forms, weights, totals, postings)

    @classmethod
    def load_or_build(
        cls,
        index: FactIndex,
        asked: Mapping[str, Sequence[str]],
        *,
        cache_dir: Path,
        key: str,
        lazy: bool = False,
        codes: Mapping[str, str] | None = None,
    ) -> Nearby:
        """Return the phrasings from `cache_dir` when built there for `key`, else build them.

        Reading every phrasing is most of the engine's cold start; the cache makes `briefbot
        ask` start in half the time. A missing, stale or unreadable cache is rebuilt and
        rewritten (atomically, replacing older ones); one that cannot be written is skipped.
        `lazy` (for a one-off question) reads only the forms asked about, and writes the cache
        when the process exits, after the answer is out.
        """
        path = cache_dir / f"{CACHE_PREFIX}{key}{CACHE_SUFFIX}"
        cached = cls.cached(cache_dir, key)
        if cached is not None:
            return cached
        if lazy:
            atexit.register(lambda: _write(cls.build(index, asked, codes), cache_dir, path))
            return LazyPhrasings(index, asked, codes)
        built = cls.build(index, asked, codes)
        _write(built, cache_dir, path)
        return built

    @classmethod
    def cached(cls, cache_dir: Path, key: str) -> Phrasings | None:
        """Return the phrasings cached in `cache_dir` for `key`, or None if none can be read."""
        path = cache_dir / f"{CACHE_PREFIX}{key}{CACHE_SUFFIX}"
        with contextlib.suppress(
            OSError, ValueError, KeyError, TypeError, AttributeError, EOFError, pickle.PickleError
        ):
            return cls.from_data(read_data(path))
        return None

    def _postings(self, form: Form, term: str) -> _Postings:
        """Return `term`'s postings in phrasings of `form` (split once, then kept)."""
        found = self._split.get((form, term))
        if found is None:
            flat = self.postings.get(term)
            if flat is None:
                return _NO_POSTINGS  # not kept: the split holds at most the postings themselves
            forms = self.forms
            units: dict[int, int] = {}
            for j in range(0, len(flat), 2):
                if forms[number := flat[j]] is form:
                    units[number] = units.get(number, 0) | 1 << flat[j + 1]
            found = self._split[form, term] = (frozenset(units), units)
        return found

    def nearest(
        self,
        q: Question,
        floor: float = 0.0,
        margin: float = 1.0,
        least_margin: float = 0.0,
        *,
        excluded: frozenset[int] = frozenset(),
    ) -> Nearest | None:
        """Return the fact with the phrasing of `q`'s form most like `q`, or None.

        The phrasings numbered in `excluded` count as none: so engines that leave out some
        phrasings can share one reading of them all (see `quality.WithoutOwnQuestions`).

        A phrasing less similar than `floor` counts as none, neither nearest nor runner-up: for
        a caller who needs a similarity of at least `s` and a margin of at most `s - floor`, that
        changes nothing, and it spares reading most phrasings. A phrasing sharing less than
        `floor / (2 - floor)` of the question's weight cannot reach `floor` (its Dice similarity
        is at most 2r / (1 + r) for a recall r), so the question's heaviest units are read
        first, and once the units left weigh less than that, a phrasing not met yet is skipped.

        A runner-up less similar than the nearest less `margin` may be reported as any such
        similarity: for a caller who needs a margin of at most `margin`, that changes nothing.

        None is returned, too, once the nearest fact is sure to be less than `least_margin` more
        similar than the runner-up: for a caller who needs a margin of at least `least_margin`,
        no nearest fact is one that close. (When two facts have phrasings just like the question,
        "what do the kelly memos do", that spares reading hundreds of others just as close.)
        """
        units = sorted(q.units, key=lambda u: -u.weight)
        total = sum(u.weight for u in units)
        if not total:
            return None
        need = total * floor / (2 - floor) - _SLACK
        left = total
        # The phrasings met so far, in parts by the weight of the question's units they have:
        # a unit splits each part in two, those having it and those not, so a phrasing's weight
        # is summed with sets, not one phrasing at a time. A part that can no longer reach
        # `need` is dropped.
        parts: list[tuple[frozenset[int], float]] = []
        met: frozenset[int] = frozenset()
        # For each of the question's terms, which units of a phrasing have it.
        units_having: list[Callable[[int, int], int]] = []
        for unit in units:
            found = [self._postings(q.form, term) for term in unit.terms]
            units_having.extend(having.get for _, having in found)
            hit = found[0][0] if len(found) == 1 else frozenset().union(*(p[0] for p in found))
            weight = unit.weight
            split: list[tuple[frozenset[int], float]] = []
            for numbers, recalled in parts:
                having = numbers & hit
                if having:
                    split.append((having, recalled + weight))
                if len(having) < len(numbers) and recalled + left - weight + _SLACK >= need:
                    split.append((numbers - hit, recalled))
            # A phrasing met first here can still reach the floor while the units left do.
            if left >= need and (first_met := hit - met):
                split.append((first_met, weight))
                met |= first_met
            parts = split
            left -= weight
        # Phrasings by the weight they recall, heaviest first: a phrasing recalling r of the
        # question is at most 2r / (1 + r) similar, so once that is below the second-best fact's
        # similarity, no phrasing left can change the nearest fact or the runner-up; nor once it
        # is below the best one's less `margin`. (A phrasing's similarity depends on its own
        # units only: those in `excluded` are dropped here.)
        by_weight: dict[float, frozenset[int]] = {}
        for numbers, weight in parts:
            if weight >= need:
                numbers = numbers - excluded if excluded else numbers
                by_weight[weight] = by_weight.get(weight, frozenset()) | numbers
        best: dict[int, float] = {}
        first, second, first_position = 0.0, 0.0, -1
        weights, totals, positions = self.weights, self.totals, self.positions
        low = floor - _SLACK
        for weight in sorted(by_weight, reverse=True):
            recall = weight / total
            ceiling = 2 * recall / (1 + recall) + _SLACK  # no phrasing left is more similar
            if ceiling < max(second, first - margin):
                break
            if max(first, ceiling) - second < least_margin:
                return None  # the nearest can be no further ahead than that of the runner-up
            # The shortest phrasings first: of one recalled weight, they are the likeliest to be
            # the most similar (the most precise), so the nearest and runner-up settle, and
            # `least_margin` can end the search, soonest. (Any order finds the same.)
            for number in sorted(by_weight[weight], key=totals.__getitem__):  # (kept lean)
                had = 0  # a bit per unit the question has
                for units_of in units_having:
                    had |= units_of(number, 0)
                unit_weights = weights[number]
                if had == (1 << len(unit_weights)) - 1:
                    precision = 1.0  # (as the sum below gives it: the same weights, in order)
                else:
                    shared = sum(compress(unit_weights, map(int, bin(had)[:1:-1])))
                    precision = shared / totals[number]
                similarity = 2 * precision * recall / (precision + recall)
                position = positions[number]
                if similarity < low or similarity <= best.get(position, 0.0):
                    continue
                best[position] = similarity
                if position == first_position:
                    first = similarity
                else:
                    if similarity > first:
                        first, second, first_position = similarity, first, position
                    elif similarity > second:
                        second = similarity
                    else:
                        continue
                    if max(first, ceiling) - second < least_margin:
                        return None
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        position, similarity = ranked[0]
        return Nearest(
            position=position,
            similarity=similarity,
            runner_up=ranked[1][1] if len(ranked) > 1 else 0.0,
        )


class Nearby(Protocol):
    """What the engine asks of phrasings: the fact a question reads most like."""

    def nearest(
        self, q: Question, floor: float = 0.0, margin: float = 1.0, least_margin: float = 0.0
    ) -> Nearest | None: ...


class LazyPhrasings:
    """Phrasings read one form at a time, when a question of that form is first asked.

    Only the phrasings of a question's form can be nearest to it, so a one-off question needs
    only those read: a fifth to a third of the work of reading them all.
    """

    def __init__(
        self,
        index: FactIndex,
        asked: Mapping[str, Sequence[str]],
        codes: Mapping[str, str] | None = None,
    ) -> None:
        self._index = index
        self._asks: dict[Form, list[tuple[int, str, Form]]] = {}
        for position, ask, form in asks_of(index, asked, codes or {}):
            self._asks.setdefault(form, []).append((position, ask, form))
        self._read: dict[Form, Phrasings] = {}

    def nearest(
        self, q: Question, floor: float = 0.0, margin: float = 1.0, least_margin: float = 0.0
    ) -> Nearest | None:
        """Return the fact with the phrasing of `q`'s form most like `q`, or None."""
        part = self._read.get(q.form)
        if part is None:
            part = self._read[q.form] = Phrasings.read(self._index, self._asks.get(q.form, ()))
        return part.nearest(q, floor, margin, least_margin)


def asks_of(
    index: FactIndex, asked: Mapping[str, Sequence[str]], codes: Mapping[str, str]
) -> Iterator[tuple[int, str, Form]]:
    """Yield (the fact's position, a phrasing, its form): each fact's asks, then its asked ones.

    A form `codes` knows is taken from there; any other is read (`detect_form`).
    """
    for position, fact in enumerate(index.facts):
        for ask in (*fact.asks, *asked.get(fact.id, ())):
            form = _CODED_FORMS.get(codes.get(ask, ""))
            yield position, ask, form if form is not None else detect_form(ask)


def _write(built: Phrasings, cache_dir: Path, path: Path) -> None:
    """Write `built` to `path` atomically and remove older caches; skip on OS errors."""
    data = pickle.dumps(built.to_data(), protocol=pickle.HIGHEST_PROTOCOL)
    if not write_cache(cache_dir, path, data, f"{CACHE_PREFIX}*"):
        log.debug("phrasings cache not written")


def cache_key(
    version: str, synonyms: Iterable[Iterable[str]], asked: Mapping[str, Sequence[str]] | bytes
) -> str:
    """Return the cache key of the phrasings of a fact base, its synonyms and asked questions.

    `asked` may be the bytes of the file the asked questions are read from: a warm start then
    finds its cache without parsing that file.
    """
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{version}\0".encode())
    here = Path(__file__).parent
    for name in _READING_CODE:
        digest.update((here / name).read_bytes())
    groups = [list(g) for g in synonyms]
    if isinstance(asked, bytes):
        digest.update(json.dumps(groups, ensure_ascii=False).encode() + b"\0asked file\0" + asked)
    else:
        payload = [groups, sorted((k, list(v)) for k, v in asked.items())]
        digest.update(json.dumps(payload, ensure_ascii=False).encode())
    return digest.hexdigest()[:24]
