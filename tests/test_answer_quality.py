"""Answer quality on the development question set stays above its floors.

The floors sit a little under what the engine achieves, so a regression fails CI. The holdout
set is not read here: it is the final honest measurement. para_b is held out too: only its two
rates are checked and reported, never its misses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.answering import AnswerEngine
from briefings.answering.quality import load_cases, score
from briefings.loader import load

DATA = Path(__file__).parent / "data"
DEV = DATA / "dev_questions.yaml"
# Measured: 240/245 answerable right (98.0%), 70/70 abstained (100%).
ANSWERABLE_FLOOR = 0.97
ABSTAIN_FLOOR = 0.98
# A second set written before any tuning. Untuned 43/50 (86.0%) and 13/15; after tuning on
# DEV only 44/50 (88.0%) and 13/15, the honest estimate for unseen phrasings. A second round
# then fixed general patterns it exposed, so it is no longer held out.
# Measured: 48/50 answerable right (96.0%), 15/15 abstained (100%).
DEV2 = DATA / "dev2_questions.yaml"
DEV2_ANSWERABLE_FLOOR = 0.90
DEV2_ABSTAIN_FLOOR = 0.93
# A third set written before any tuning on it, with a broad out-of-scope half (other topics and
# years, near-misses, other people and places, opinion and advice requests, questions about now).
# Untuned: 83/87 answerable right (95.4%), 64/83 abstained (77.1%). Tuned on general patterns
# it exposed (no longer held out); measured: 84/87 (96.6%), 80/83 (96.4%).
DEV3 = DATA / "dev3_questions.yaml"
DEV3_ANSWERABLE_FLOOR = 0.94
DEV3_ABSTAIN_FLOOR = 0.93
# Paraphrases of DEV's first half (answerable 1-123, out of scope 1-35), written blind to the
# engine. Untuned: 80/123 (65.0%), 27/35 (77.1%). Then tuned on general patterns it exposed
# (everyday synonyms, typing habits, question forms, linked facts in the answer), so no longer
# held out; measured: 117/123 (95.1%), 34/35 (97.1%).
PARA_A = DATA / "para_a_questions.yaml"
PARA_A_ANSWERABLE_FLOOR = 0.93
PARA_A_ABSTAIN_FLOOR = 0.94
# HELD OUT: paraphrases of DEV's second half (answerable 124-245, out of scope 36-70), written
# blind to the engine. Never look at its misses or tune on it; only its two rates are read.
# At its commit (before the para_a work): 81/122 (66.4%), 34/35 (97.1%). After tuning on para_a
# only: 82/122 (67.2%), 34/35 (97.1%): the para_a gains barely transfer, so this is the honest
# estimate for unseen rewordings. Floors sit just under the measured rates.
PARA_B = DATA / "para_b_questions.yaml"
PARA_B_ANSWERABLE_FLOOR = 0.65
PARA_B_ABSTAIN_FLOOR = 0.94


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine.build(load().base)


def _ask(engine: AnswerEngine, question: str) -> tuple[bool, str]:
    answer = engine.answer(question)
    return answer.answered, answer.text


@pytest.mark.parametrize(
    ("path", "answerable_floor", "abstain_floor"),
    [
        (DEV, ANSWERABLE_FLOOR, ABSTAIN_FLOOR),
        (DEV2, DEV2_ANSWERABLE_FLOOR, DEV2_ABSTAIN_FLOOR),
        (DEV3, DEV3_ANSWERABLE_FLOOR, DEV3_ABSTAIN_FLOOR),
        (PARA_A, PARA_A_ANSWERABLE_FLOOR, PARA_A_ABSTAIN_FLOOR),
        (PARA_B, PARA_B_ANSWERABLE_FLOOR, PARA_B_ABSTAIN_FLOOR),
    ],
    ids=["dev", "dev2", "dev3", "para_a", "para_b_held_out"],
)
def test_dev_sets_are_answered_above_their_floors(
    engine: AnswerEngine, path: Path, answerable_floor: float, abstain_floor: float
) -> None:
    result = score(load_cases(path), lambda q: _ask(engine, q))
    # A held-out set reports only its rates: its misses must not be read (or tuned on).
    report = (
        f"rates only: {result.answerable_rate:.1%}, {result.abstained_rate:.1%}"
        if path == PARA_B
        else "\n".join(result.misses)
    )
    assert result.answerable_rate >= answerable_floor, report
    assert result.abstained_rate >= abstain_floor, report


def test_dev_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(DEV)
    assert sum(c.answerable for c in cases) >= 100
    assert sum(not c.answerable for c in cases) >= 30


def test_dev2_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(DEV2)
    assert sum(c.answerable for c in cases) >= 45
    assert sum(not c.answerable for c in cases) >= 15


def test_dev3_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(DEV3)
    assert sum(c.answerable for c in cases) >= 80
    assert sum(not c.answerable for c in cases) >= 80


def test_para_a_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(PARA_A)
    assert sum(c.answerable for c in cases) >= 120
    assert sum(not c.answerable for c in cases) >= 35


def test_para_b_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(PARA_B)
    assert sum(c.answerable for c in cases) >= 120
    assert sum(not c.answerable for c in cases) >= 35
