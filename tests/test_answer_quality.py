"""Answer quality on the development question set stays above its floors.

The floors sit a little under what the engine achieves, so a regression fails CI. The holdout
set is not read here: it is the final honest measurement. para_c is held out too: only its two
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
# Paraphrases of DEV's second half (answerable 124-245, out of scope 36-70), written blind to the
# engine. Held out until the para_a work was done: 81/122 (66.4%), 34/35 (97.1%) at its commit,
# 82/122 (67.2%), 34/35 after tuning on para_a only. Then released and tuned on the classes of its
# misses (question forms, everyday vocabulary of the 2019 story), so no longer held out;
# measured: 110/122 (90.2%), 35/35 (100%); 111/122 (91.0%) with the curated phrasings' second
# opinion when only the bar is not met.
PARA_B = DATA / "para_b_questions.yaml"
PARA_B_ANSWERABLE_FLOOR = 0.88
PARA_B_ABSTAIN_FLOOR = 0.97
# Out of scope only (150 questions, near-miss heavy), for tuning abstention. Untuned: 118/150
# (78.7%) after the para_b work (119/150 before it); tuned on the causes of its misses (attributes
# and events the facts do not state, totals, predecessors, after the sources, advice);
# measured: 135/150 (90.0%). Then tuned with oos5 on general causes (what a "what/which N"
# question asks for, the kind of actor or place it asks to identify, counts of what happened
# versus what was ordered, the role a "who is the X" question asks about): 138/150 (92.0%).
OOS4 = DATA / "oos4_questions.yaml"
OOS4_ABSTAIN_FLOOR = 0.90
# Out of scope only (100 questions, 68 near-misses, several voices), written blind to the engine.
# Untuned: 78/100 (78.0%) at its commit. Tuned together with oos4, keeping only changes that
# helped both sets and lost no answer on the others nor on para_c; measured: 84/100 (84.0%).
OOS5 = DATA / "oos5_questions.yaml"
OOS5_ABSTAIN_FLOOR = 0.82
# HELD OUT: paraphrases of DEV2 and DEV3, written blind to the engine. Never look at its misses or
# tune on it; only its two rates are read. At its commit (after the para_a work, before the para_b
# work): 103/137 (75.2%), 85/98 (86.7%). After the para_b and oos4 work: 105/137 (76.6%), 85/98
# (86.7%): the honest estimate for unseen rewordings. Floors sit just under the measured rates.
# Then used once as a validation set to calibrate two scalars (MIN_SCORE 3 -> 5, MIN_COVERAGE
# 0.65 -> 0.7, from a grid over both): 105/137 (76.6%), 88/98 (89.8%). Its misses stay unread.
# Then the curated phrasings' second opinion (engine.PHRASING_*), calibrated on the tuned sets:
# at (0.55, 0.15), best there (+2, -0), 108/137 (78.8%) but 85/98 (86.7%), a trade; at the
# stricter (0.65, 0.15) (+1, -0 there), 106/137 (77.4%), 88/98 (89.8%). Two looks at its rates.
# After the oos4+oos5 abstention work: 106/137 (77.4%), 88/98 (89.8%), unchanged (three looks at
# its rates, one of which caught a lost answer that was then traced on the tuned sets' probes).
PARA_C = DATA / "para_c_questions.yaml"
PARA_C_ANSWERABLE_FLOOR = 0.74
PARA_C_ABSTAIN_FLOOR = 0.88
HELD_OUT = frozenset({PARA_C})


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
        (OOS4, 1.0, OOS4_ABSTAIN_FLOOR),  # no answerable questions: that rate is 1.0
        (OOS5, 1.0, OOS5_ABSTAIN_FLOOR),
        (PARA_C, PARA_C_ANSWERABLE_FLOOR, PARA_C_ABSTAIN_FLOOR),
    ],
    ids=["dev", "dev2", "dev3", "para_a", "para_b", "oos4", "oos5", "para_c_held_out"],
)
def test_dev_sets_are_answered_above_their_floors(
    engine: AnswerEngine, path: Path, answerable_floor: float, abstain_floor: float
) -> None:
    result = score(load_cases(path), lambda q: _ask(engine, q))
    # A held-out set reports only its rates: its misses must not be read (or tuned on).
    report = (
        f"rates only: {result.answerable_rate:.1%}, {result.abstained_rate:.1%}"
        if path in HELD_OUT
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


def test_oos4_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(OOS4)
    assert sum(not c.answerable for c in cases) >= 150


def test_oos5_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(OOS5)
    assert sum(not c.answerable for c in cases) >= 100


def test_para_c_set_is_large_enough_to_mean_something() -> None:
    cases = load_cases(PARA_C)
    assert sum(c.answerable for c in cases) >= 130
    assert sum(not c.answerable for c in cases) >= 95
