"""`briefbot feedback`: the "Helpful" / "Not helpful" votes, by fact and by question."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `feedback` command."""
    parser = subparsers.add_parser("feedback", help="summarise the votes on answers")
    parser.add_argument("--limit", type=int, default=20, help="rows per list (default 20)")
    parser.set_defaults(handler=_summary)


def _summary(args: argparse.Namespace) -> int:
    import asyncio

    return asyncio.run(_run(limit=max(1, int(args.limit))))


async def _run(*, limit: int) -> int:
    from bot.settings import Settings
    from bot.store.db import open_database
    from bot.store.feedback import SqlFeedbackStore

    settings = Settings.model_validate({})
    db = await open_database(settings.effective_database_url)
    try:
        summary = await SqlFeedbackStore(db).summary(limit=limit)
    finally:
        await db.close()
    total = summary.helpful + summary.not_helpful
    print(f"votes: {total} ({summary.helpful} helpful, {summary.not_helpful} not helpful)")
    if not total:
        return 0
    print("\nby fact (most 'not helpful' first):")
    for fact in summary.by_fact:
        print(f"  {fact.fact_id}: +{fact.helpful} -{fact.not_helpful}")
    print("\nby question:")
    for question in summary.by_question:
        print(f"  +{question.helpful} -{question.not_helpful}  {question.question}")
    return 0
