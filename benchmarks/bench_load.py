"""Loading and validating the whole fact base stays well under half a second.

Baseline, in the same process: reading and parsing the same YAML files with PyYAML's
pure-Python SafeLoader and nothing else. Reported as medians and the ratio.
"""

from __future__ import annotations

import statistics
import sys

import yaml

from benchmarks.common import summary, time_calls, worst_under
from briefings.loader import FACTS_DIR, SOURCES_DIR, fact_files, load
from briefings.validate import validate

BAR_SECONDS = 0.5
REPEAT = 15


def _baseline() -> None:
    for path in [*fact_files(), FACTS_DIR / "people.yaml", FACTS_DIR / "topics.yaml"]:
        yaml.load(path.read_text("utf-8"), Loader=yaml.SafeLoader)
    for path in SOURCES_DIR.glob("*.txt"):
        path.read_text("utf-8")


def _load_and_validate() -> None:
    loaded = load()
    problems = validate(loaded)
    if problems:
        raise SystemExit(f"the fact base does not validate ({len(problems)} problems)")


def main() -> int:
    """Time load+validate against the parse-only baseline; fail above the bar."""
    _load_and_validate()  # warm the file cache
    ours = time_calls(_load_and_validate, REPEAT)
    base = time_calls(_baseline, REPEAT)
    print(summary("load+validate", ours))
    print(summary("baseline: PyYAML SafeLoader parse only", base))
    ratio = statistics.median(ours) / statistics.median(base)
    print(f"ratio (ours / baseline, medians): {ratio:.2f}")
    return worst_under(BAR_SECONDS, ours)


if __name__ == "__main__":
    sys.exit(main())
