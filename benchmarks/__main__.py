"""Run every benchmark module in this folder, one after another, each in its own process.

A fresh interpreter per benchmark keeps one from measuring another's leftovers: the memory
benchmark's 2,000 scheduler jobs or the fan-out's heap would otherwise sit in the process the
Slack ack latency is measured in.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path


def main() -> int:
    """Run each `benchmarks/bench_*.py` module's `main()`; return non-zero if one fails a bar."""
    failed = 0
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        print(f"== {info.name}", flush=True)
        run = subprocess.run([sys.executable, "-m", f"benchmarks.{info.name}"], check=False)
        failed += int(run.returncode != 0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
