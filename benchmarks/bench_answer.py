"""Answering a question takes well under 5 ms at p99, and beats a plain BM25 baseline.

Measured in-process over the development question set (tests/data/dev_questions.yaml): each
question is answered `REPEAT` times after a warm-up, and every call is one latency sample.

Baseline, in the same process and on the same questions: plain BM25 over the source articles'
sentences (no facts, synonyms, forms or constraints); the answer is the top sentence, and it
abstains below a score threshold, the one that scores best on this very set (a generous
baseline). Both accuracies use the same rule as tests/test_answer_quality.py.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks.common import percentile, summary
from briefings.answering import AnswerEngine
from briefings.answering.index import load_synonyms
from briefings.answering.quality import Case, Score, leave_asks_out, load_cases, score
from briefings.loader import load
from briefings.model import FactBase
from briefings.retrieval import BM25, STOPWORDS, stem, words

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev_questions.yaml"
BAR_SECONDS = 0.005
REPEAT = 5
# Sentence ends, but not after an initial ("John F. Kelly") or a title ("Mr.", "Sen.").
_SENTENCE = re.compile(
    r"(?<=[.!?\"\u201d])(?<![A-Z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Sen\.)(?<!Rep\.)(?<!Gov\.)"
    r"\s+(?=[A-Z\"\u201c])|\n+"
)


class SentenceBaseline:
    """Plain BM25 over article sentences: top sentence or abstain below `threshold`."""

    def __init__(self, base: FactBase) -> None:
        self.sentences = [
            s.strip()
            for article in base.articles.values()
            for s in _SENTENCE.split(article.text)
            if len(s.split()) >= 4
        ]
        self.index = BM25.build([_terms(s) for s in self.sentences])
        self.threshold = 0.0

    def best(self, question: str) -> tuple[float, str]:
        """Return the top sentence's score and text."""
        scores = self.index.scores(_terms(question))
        if not scores:
            return 0.0, ""
        top = max(scores, key=lambda i: scores[i])
        return scores[top], self.sentences[top]

    def ask(self, question: str) -> tuple[bool, str]:
        """Answer with the top sentence, or abstain."""
        value, text = self.best(question)
        return (value >= self.threshold and bool(text)), text

    def calibrate(self, cases: list[Case]) -> None:
        """Pick the abstention threshold that scores best on `cases`."""
        results = [(c, *self.best(c.q)) for c in cases]
        best_t, best_right = 0.0, -1
        for t in sorted({round(v, 1) for _, v, _ in results} | {0.0}):
            right = 0
            for case, value, text in results:
                answered = value >= t and bool(text)
                if not case.answerable:
                    right += not answered
                else:
                    low = text.lower()
                    right += answered and all(any(a.lower() in low for a in g) for g in case.must)
            if right > best_right:
                best_t, best_right = t, right
        self.threshold = best_t


def _terms(text: str) -> dict[str, float]:
    return dict(Counter(stem(w) for w in words(text) if w not in STOPWORDS))


def _line(name: str, result: Score) -> str:
    return (
        f"{name}: answerable {result.answerable_right}/{result.answerable_total} "
        f"({result.answerable_rate:.1%}), out of scope abstained "
        f"{result.abstained_right}/{result.abstained_total} ({result.abstained_rate:.1%})"
    )


def main() -> int:
    """Time the engine over the dev set beside the baseline; fail if p99 reaches the bar."""
    base = load().base
    start = time.perf_counter()
    engine = AnswerEngine.build(base)
    build_seconds = time.perf_counter() - start
    cases = load_cases(DEV)
    questions = [c.q for c in cases]
    for q in questions:  # warm-up: lazy imports and caches
        engine.answer(q)
    ours: list[float] = []
    for _ in range(REPEAT):
        for q in questions:
            t0 = time.perf_counter()
            engine.answer(q)
            ours.append(time.perf_counter() - t0)
    baseline = SentenceBaseline(base)
    baseline.calibrate(cases)
    theirs: list[float] = []
    for _ in range(REPEAT):
        for q in questions:
            t0 = time.perf_counter()
            baseline.ask(q)
            theirs.append(time.perf_counter() - t0)

    def ask(q: str) -> tuple[bool, str]:
        answer = engine.answer(q)
        return answer.answered, answer.text

    our_score = score(cases, ask)
    base_score = score(cases, baseline.ask)
    print(f"engine build: {build_seconds * 1000:.1f} ms over {len(base.facts)} facts")
    print(summary("answer engine", ours))
    print(summary(f"baseline: BM25 over {len(baseline.sentences)} article sentences", theirs))
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"latency ratio (ours / baseline, medians): {ratio:.2f}")
    print(_line("answer engine", our_score))
    print(_line(f"baseline (threshold {baseline.threshold:.1f})", base_score))
    groups = load_synonyms()
    held = leave_asks_out(base, lambda b: AnswerEngine.build(b, synonyms=groups))
    print(
        f"curated phrasings asked of engines built without them (11 folds): "
        f"{held.right}/{held.total} ({held.rate:.1%}) answered with their fact, "
        f"{held.first} of them first; {held.abstained} abstained"
    )
    p99 = percentile(ours, 99)
    verdict = "ok" if p99 < BAR_SECONDS else "FAIL"
    print(f"bar: p99 under {BAR_SECONDS * 1000:.0f} ms: p99 {p99 * 1000:.3f} ms: {verdict}")
    return 0 if p99 < BAR_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
