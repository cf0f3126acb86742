"""`briefbot ask` prints its answer under a second from process start.

Each run is a fresh process, timed from its start to the first line of the answer on stdout
(the caches, when missing, are written at exit, after that line). Three cases:
- warm: the answer engine's cache is in place (the usual case: `make` writes it at install);
- first run: an empty cache folder, as after a change to the facts or the reading code;
- cache off: BRIEFBOT_CACHE_DIR=off.
Each is asked two answerable questions and an out-of-scope one (an abstention reads more: its
suggestions must be checked). Without a cache, every pattern a question uses is compiled and
the phrasings of its form are read: a "who" question's are 7% of them, a "what" question's
38%, the most of any form. Baseline, in the same process: the interpreter starting and exiting
(`python -c pass`), the floor under any command. Reported as medians and ratios.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import summary, worst_under

BAR_SECONDS = 1.0
REPEAT = 5
QUESTIONS = ("who signed the memos", "what do the kelly memos do", "what is the weather in paris")


def _first_line(args: list[str], env: dict[str, str]) -> float:
    """Return the seconds from starting `args` to its first line on stdout (or its exit)."""
    start = time.perf_counter()
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env) as p:
        assert p.stdout is not None
        p.stdout.readline()
        elapsed = time.perf_counter() - start
        p.communicate(timeout=60)
    return elapsed


def main() -> int:
    """Time `briefbot ask` in each case beside the interpreter's own start; fail above the bar."""
    ask = [sys.executable, "-m", "bot.cli", "ask"]
    floor = [_first_line([sys.executable, "-c", "pass"], dict(os.environ)) for _ in range(REPEAT)]
    print(summary("baseline: python -c pass", floor))
    runs: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        env = {**os.environ, "BRIEFBOT_CACHE_DIR": str(cache)}
        _first_line([*ask, QUESTIONS[0]], env)  # writes the cache for the warm runs
        for question in QUESTIONS:
            cases: dict[str, list[float]] = {"warm": [], "first run": [], "cache off": []}
            for _ in range(REPEAT):
                cases["warm"].append(_first_line([*ask, question], env))
                fresh = Path(tmp) / "fresh"
                shutil.rmtree(fresh, ignore_errors=True)
                cases["first run"].append(
                    _first_line([*ask, question], {**env, "BRIEFBOT_CACHE_DIR": str(fresh)})
                )
                cases["cache off"].append(
                    _first_line([*ask, question], {**env, "BRIEFBOT_CACHE_DIR": "off"})
                )
            for name, samples in cases.items():
                ratio = statistics.median(samples) / statistics.median(floor)
                print(f"{summary(f'{question!r}, {name}', samples)}; ratio to baseline {ratio:.1f}")
                runs.extend(samples)
    return worst_under(BAR_SECONDS, runs)


if __name__ == "__main__":
    sys.exit(main())
