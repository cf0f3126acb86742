"""`briefbot subscriptions`: every digest subscription, its next run and its last outcome."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `subscriptions` command."""
    parser = subparsers.add_parser(
        "subscriptions", help="list every digest subscription: next run and last outcome"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    import asyncio

    return asyncio.run(_run(as_json=bool(args.json)))


async def _run(*, as_json: bool) -> int:
    from bot.scheduling.service import StoreSubscriptionService
    from bot.settings import Settings
    from bot.store.db import open_database

    settings = Settings.model_validate({})
    db = await open_database(settings.effective_database_url)
    try:
        views = await StoreSubscriptionService(
            db, default_zone=settings.default_timezone
        ).list_all()
    finally:
        await db.close()
    if as_json:
        rows = [
            {
                "id": v.id,
                "platform": v.channel.platform,
                "workspace": v.channel.workspace,
                "channel": v.channel.channel,
                "schedule": v.schedule,
                "topic": v.topic,
                "next_run": v.next_run_local,
                "last_outcome": v.last_outcome,
                "last_reason": v.last_reason,
                "paused_reason": v.paused_reason,
            }
            for v in views
        ]
        json.dump(rows, sys.stdout, indent=2)
        print()
        return 0
    if not views:
        print("no subscriptions")
        return 0
    table = [("ID", "WHERE", "SCHEDULE", "TOPIC", "NEXT RUN", "LAST OUTCOME")]
    for v in views:
        where = f"{v.channel.platform}:{v.channel.workspace}/{v.channel.channel}"
        last = v.last_outcome or "-"
        if v.last_reason:
            last = f"{last} ({v.last_reason})"
        next_run = v.next_run_local or (v.paused_reason or "-")
        table.append((v.id, where, v.schedule, v.topic or "-", next_run, last))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
    print(f"\n{len(views)} subscription(s)")
    return 0
