"""`briefbot ask`: answer questions from the fact base, as plain text or JSON.

A stable contract other tools depend on:
- `briefbot ask "QUESTION"` prints the answer as plain text;
- `briefbot ask --json "QUESTION"` prints one JSON object
  {"question", "answered", "text", "facts": [{"id", "claim", "citations": [{"article",
  "outlet", "published", "quote"}]}], "version"};
- `briefbot ask --json -` reads one question per line on stdin and writes one such object per
  line, in order (an empty line gets an unanswered object saying so).
Nothing on this path imports a platform library, the scheduler or the database.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from bot.core.reply import Reply
    from bot.core.service import Core

STDIN = "-"


def register(subparsers: Any) -> None:
    """Add the `ask` command."""
    parser = subparsers.add_parser(
        "ask",
        help="answer a question from the fact base",
        description="Answer a question from the curated fact base, with its sources.",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a JSON object (JSON Lines with '-')"
    )
    parser.add_argument(
        "question", nargs="+", help="the question, or '-' to read one question per line on stdin"
    )
    parser.set_defaults(handler=_ask)


def _ask(args: argparse.Namespace) -> int:
    from bot.core.service import build_core

    core = build_core(one_off=True)
    words: list[str] = args.question
    if words == [STDIN]:
        return ask_lines(core, sys.stdin, sys.stdout, as_json=bool(args.json))
    question = " ".join(words)
    reply, ok = answer(core, question)
    if args.json:
        _write_json(sys.stdout, to_json(question, reply))
    elif ok:
        print(reply.text)
    else:
        print(reply.text, file=sys.stderr)
    sys.stdout.flush()  # the answer is out before the phrasings cache is written at exit
    return 0 if ok else 2


def answer(core: Core, question: str) -> tuple[Reply, bool]:
    """Answer one question; return the reply and whether the input was a valid question.

    An empty line, an over-long one, or one with control characters gets the ERROR reply the
    chat platforms would show; an unexpected failure is reported and gets the apology.
    """
    from bot.core import strings
    from bot.core.errors import UserError
    from bot.core.parser import check_question
    from bot.core.reporting import report_error
    from bot.core.requests import Ask, Caller

    caller = Caller(platform="cli", workspace="cli", channel="cli", user="cli")
    try:
        if not question.strip():
            raise UserError(strings.EMPTY_LINE)
        return core.handle_read(Ask(question=check_question(question)), caller), True
    except Exception as exc:
        context = {"platform": "cli", "request": "ask", "length": len(question)}
        return report_error(exc, context=context, version=core.version), False


def to_json(question: str, reply: Reply) -> dict[str, Any]:
    """Return the JSON object of the `--json` contract for one question and its reply."""
    from bot.core.reply import ReplyKind

    facts: dict[str, dict[str, Any]] = {}
    for section in reply.sections:
        for item in section.items:
            if len(item.fact_ids) != 1:
                continue
            entry = facts.setdefault(
                item.fact_ids[0], {"id": item.fact_ids[0], "claim": item.text, "citations": []}
            )
            entry["citations"] += [
                {
                    "article": c.article,
                    "outlet": c.outlet,
                    "published": c.published,
                    "quote": c.quote,
                }
                for c in item.citations
            ]
    answered = reply.kind is ReplyKind.ANSWER
    text = reply.text
    if reply.kind is ReplyKind.ERROR and reply.sections:
        # Just the message: the title and usage lines are for chat, not for tools.
        text = " ".join(item.text for item in reply.sections[0].items)
    return {
        "question": question,
        "answered": answered,
        "text": text,
        "facts": [facts[fid] for fid in reply.fact_ids if fid in facts] if answered else [],
        "version": reply.version or "",
    }


def ask_lines(core: Core, lines: TextIO, out: TextIO, *, as_json: bool) -> int:
    """Answer one question per input line, writing one result per line, in order.

    Every line gets its result, blank and invalid ones included, so outputs pair 1:1 with
    inputs; the exit status is 0.
    """
    for raw in lines:
        question = raw.rstrip("\r\n")
        reply, _ = answer(core, question)
        if as_json:
            _write_json(out, to_json(question, reply))
        else:
            out.write(reply.text.replace("\n", " ") + "\n")
            out.flush()
    return 0


def _write_json(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()
