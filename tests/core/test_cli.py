"""The `briefbot ask` contract, run as a real subprocess: plain, --json, and JSON Lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from briefings.model import FactBase

ROOT = Path(__file__).resolve().parents[2]
# Not on the `ask` path: the platforms, the scheduler, the database, and the event loop
# (asyncio and the ssl it brings take about 70 ms to import).
HEAVY = ("slack_bolt", "slack_sdk", "discord", "apscheduler", "sqlalchemy", "asyncio", "ssl")
ANSWERABLE = "How many new ICE officers will be hired?"
OUT_OF_SCOPE = "What is the weather in Paris tomorrow?"


def _briefbot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def _check_schema(obj: dict[str, Any], base: FactBase) -> None:
    assert set(obj) == {"question", "answered", "text", "facts", "version"}
    assert isinstance(obj["question"], str)
    assert isinstance(obj["answered"], bool)
    assert isinstance(obj["text"], str)
    assert obj["text"]
    assert obj["version"] == base.version
    article_ids = {a.id for a in base.articles.values()}
    for fact in obj["facts"]:
        assert set(fact) == {"id", "claim", "citations"}
        assert fact["claim"] == base.facts[fact["id"]].claim
        assert fact["citations"]
        for citation in fact["citations"]:
            assert set(citation) == {"article", "outlet", "published", "quote"}
            assert citation["article"] in article_ids
            assert citation["outlet"] is None or isinstance(citation["outlet"], str)
            published = citation["published"]
            assert published is None or (len(published) == 10 and published[4] == "-")
            quotes = [s.quote for s in base.facts[fact["id"]].sources]
            assert citation["quote"] in quotes


def test_plain_answer(base: FactBase) -> None:
    done = _briefbot("ask", ANSWERABLE)
    assert done.returncode == 0, done.stderr
    claim = base.facts["hiring-10000-ice-5000-border-patrol"].claim
    assert done.stdout.startswith(claim)
    assert "The Washington Post, 2017-02-21" in done.stdout
    assert done.stderr == ""


def test_plain_rejects_a_control_character() -> None:
    done = _briefbot("ask", "what\x07 is DACA")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "control characters" in done.stderr


def test_json_answer(base: FactBase) -> None:
    done = _briefbot("ask", "--json", ANSWERABLE)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    _check_schema(obj, base)
    assert obj["question"] == ANSWERABLE
    assert obj["answered"] is True
    assert obj["facts"][0]["id"] == "hiring-10000-ice-5000-border-patrol"
    assert obj["facts"][0]["citations"][0] == {
        "article": "000_7c8374623a3fc09f",
        "outlet": "The Washington Post",
        "published": "2017-02-21",
        "quote": base.facts["hiring-10000-ice-5000-border-patrol"].sources[0].quote,
    }


def test_json_abstention(base: FactBase) -> None:
    obj = json.loads(_briefbot("ask", "--json", OUT_OF_SCOPE).stdout)
    _check_schema(obj, base)
    assert obj["answered"] is False
    assert obj["facts"] == []
    assert obj["text"].startswith("The sources don't cover that.")
    assert "Topics:" in obj["text"]


def test_json_lines_keep_order_one_to_one(base: FactBase) -> None:
    questions = [ANSWERABLE, "", OUT_OF_SCOPE, "x" * 600, "What about DACA?", "   "]
    done = _briefbot("ask", "--json", "-", stdin="".join(q + "\n" for q in questions))
    assert done.returncode == 0, done.stderr
    objs = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["question"] for o in objs] == questions
    for obj in objs:
        _check_schema(obj, base)
    assert [o["answered"] for o in objs] == [True, False, False, False, True, False]
    empty = "Empty question: type a question about the story, one per line."
    assert objs[1]["text"] == empty
    assert objs[5]["text"] == empty
    assert objs[3]["text"] == "That is 600 characters; keep it under 500."


def test_json_lines_keep_unicode_and_markup_verbatim(base: FactBase) -> None:
    questions = [
        "@everyone what about DACA \U0001f914",
        "<!channel> \u05de\u05d4 \u05e7\u05e8\u05d4",
    ]
    done = _briefbot("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert [json.loads(line)["question"] for line in done.stdout.splitlines()] == questions


def test_ask_path_imports_no_platform_library() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['ask', '--json', {ANSWERABLE!r}])\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
