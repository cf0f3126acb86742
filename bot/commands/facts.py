"""`briefbot facts check | stats | export --json`: validate, count and export the fact base."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `facts` command and its subcommands."""
    parser = subparsers.add_parser("facts", help="validate, count or export the fact base")
    parser.add_argument("--facts-dir", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--sources-dir", type=Path, default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="facts_command", metavar="SUBCOMMAND", required=True)
    check = sub.add_parser(
        "check",
        help="load and validate everything (non-zero exit on problems), then warm the answer "
        "engine's cache",
    )
    check.set_defaults(handler=_check)
    stats = sub.add_parser("stats", help="counts by topic, kind and article, and the version")
    stats.set_defaults(handler=_stats)
    export = sub.add_parser("export", help="print every fact")
    export.add_argument("--json", action="store_true", required=True, help="as one JSON array")
    export.set_defaults(handler=_export)


def _dirs(args: argparse.Namespace) -> dict[str, Path]:
    from briefings.loader import FACTS_DIR, SOURCES_DIR

    return {
        "facts_dir": args.facts_dir or FACTS_DIR,
        "sources_dir": args.sources_dir or SOURCES_DIR,
    }


def _check(args: argparse.Namespace) -> int:
    from briefings.loader import load
    from briefings.validate import validate

    loaded = load(**_dirs(args))
    problems = validate(loaded)
    for problem in problems:
        print(problem, file=sys.stderr)
    base = loaded.base
    if problems:
        print(f"facts check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(
        f"facts check: ok: {len(base.facts)} facts, {len(base.articles)} articles, "
        f"{len(base.people)} people and organisations, {len(base.topics)} topics; "
        f"version {base.version}"
    )
    if args.facts_dir is None and args.sources_dir is None:
        _warm_answer_engine(base)
    return 0


def _warm_answer_engine(base: Any) -> None:
    """Build the answer engine once, so that its cache is written for `briefbot ask`.

    The first build reads every phrasing (most of a cold start), and `keep_all` compiles every
    pattern and keeps its code; `make` runs this check at install, so the first question asked
    after it starts from the cache.
    """
    from briefings.answering import AnswerEngine
    from briefings.cachefiles import default_cache_dir
    from briefings.patterns import keep_all

    cache_dir = default_cache_dir()
    if cache_dir is not None:
        AnswerEngine.build(base, cache_dir=cache_dir)
        keep_all()
        print(f"facts check: answer engine cache ready in {cache_dir}")


def _valid_base(args: argparse.Namespace) -> Any:
    from briefings.loader import FactBaseError
    from briefings.validate import load_valid

    try:
        return load_valid(**_dirs(args))
    except FactBaseError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("the fact base does not validate: run `briefbot facts check`", file=sys.stderr)
        return None


def _stats(args: argparse.Namespace) -> int:
    base = _valid_base(args)
    if base is None:
        return 1
    facts = list(base.facts.values())
    print(f"fact-base version: {base.version}")
    print(f"facts: {len(facts)}")
    for title, counter in (
        ("by topic", Counter(f.topic for f in facts)),
        ("by kind", Counter(f.kind.value for f in facts)),
        ("by article", Counter(base.article_for(s.article).id for f in facts for s in f.sources)),
    ):
        print(f"\n{title}:")
        width = max(len(k) for k in counter)
        for key, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {key:<{width}}  {count}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from briefings.export import export_facts

    base = _valid_base(args)
    if base is None:
        return 1
    json.dump(export_facts(base), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
