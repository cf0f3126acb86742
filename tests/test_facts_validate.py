"""The fact-base validator rejects each kind of bad fact, and the shipped base passes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefings.loader import FACTS_DIR, SOURCES_DIR, load
from briefings.validate import load_valid, normalise, quote_in_article, validate

FIXTURES = Path(__file__).parent / "fixtures" / "factbase"
BAD_CASES = sorted((FIXTURES / "bad").glob("*.yaml"))


def _fixture_dir(tmp_path: Path, extra: Path | None = None) -> Path:
    facts = tmp_path / "facts"
    shutil.copytree(FIXTURES / "facts", facts)
    if extra is not None:
        shutil.copy(extra, facts / "zz-bad.yaml")
    return facts


def _expected(case: Path) -> list[str]:
    lines = case.read_text(encoding="utf-8").splitlines()
    expected = [line.removeprefix("# expect: ") for line in lines if line.startswith("# expect: ")]
    assert expected, f"{case.name} names no expected problem"
    return [e if e.startswith("zz-bad.yaml") else f"zz-bad.yaml: {e}" for e in expected]


def _problems(facts_dir: Path) -> list[str]:
    loaded = load(facts_dir=facts_dir, sources_dir=FIXTURES / "sources")
    return [str(p) for p in validate(loaded)]


def test_fixture_base_is_valid(tmp_path: Path) -> None:
    assert _problems(_fixture_dir(tmp_path)) == []


@pytest.mark.parametrize("case", BAD_CASES, ids=[c.stem for c in BAD_CASES])
def test_each_bad_fact_is_reported_with_file_id_and_reason(tmp_path: Path, case: Path) -> None:
    problems = _problems(_fixture_dir(tmp_path, case))
    assert problems == _expected(case)


def test_an_uncited_article_is_reported(tmp_path: Path) -> None:
    facts = _fixture_dir(tmp_path)
    (facts / "base.yaml").write_text(
        (facts / "base.yaml").read_text().replace("article: times", "article: post"), "utf-8"
    )
    problems = _problems(facts)
    assert "sources/bbb_0002.txt: no fact cites this article" in problems


def test_normalising_folds_typographic_quotes_dashes_and_whitespace() -> None:
    assert (
        normalise("“Let me be\n very  clear” — he said ‘no’")
        == "\"Let me be very clear\" - he said 'no'"
    )
    assert quote_in_article('it would "hire 10,000', "it would “hire 10,000 new officers”")
    assert not quote_in_article("hire 10,001", "it would “hire 10,000 new officers”")


def test_check_command_exits_non_zero_with_one_line_per_problem(tmp_path: Path) -> None:
    facts = _fixture_dir(tmp_path, FIXTURES / "bad" / "unknown-topic.yaml")
    second = (FIXTURES / "bad" / "bad-date.yaml").read_text("utf-8").replace("id: bad", "id: bad2")
    (facts / "zz-bad2.yaml").write_text(second, "utf-8")
    result = _briefbot(
        "facts", "--facts-dir", str(facts), "--sources-dir", str(FIXTURES / "sources"), "check"
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines == [
        "zz-bad.yaml: bad: unknown topic 'weather'",
        "zz-bad2.yaml: bad2: bad date '2017-02-30': no day 30 in that month",
        "facts check: 2 problem(s)",
    ]


def test_check_warms_the_answer_engine_cache_that_ask_then_reads(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    result = _briefbot("facts", "check", env={"BRIEFBOT_CACHE_DIR": str(cache)})
    assert result.returncode == 0, result.stderr
    assert f"answer engine cache ready in {cache}" in result.stdout
    (written,) = cache.glob("phrasings-*.pickle")
    (patterns,) = cache.glob("patterns-*.pickle")  # every pattern compiled, its code kept
    stamps = [written.stat().st_mtime_ns, patterns.stat().st_mtime_ns]
    asked = _briefbot("ask", "who signed the memos", env={"BRIEFBOT_CACHE_DIR": str(cache)})
    assert "Kelly" in asked.stdout
    # Nothing to add: the question's phrasings and patterns were all in the cache.
    kept = [*cache.glob("phrasings-*.pickle"), *cache.glob("patterns-*.pickle")]
    assert [p.stat().st_mtime_ns for p in kept] == stamps
    off = _briefbot("facts", "check", env={"BRIEFBOT_CACHE_DIR": "off"})
    assert off.returncode == 0
    assert "cache" not in off.stdout


def test_stats_and_export_refuse_an_invalid_base(tmp_path: Path) -> None:
    facts = _fixture_dir(tmp_path, FIXTURES / "bad" / "unknown-topic.yaml")
    for sub in (["stats"], ["export", "--json"]):
        args = [
            "facts",
            "--facts-dir",
            str(facts),
            "--sources-dir",
            str(FIXTURES / "sources"),
            *sub,
        ]
        result = _briefbot(*args)
        assert result.returncode == 1
        assert result.stdout == ""


def _briefbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


# --- the shipped fact base ---------------------------------------------------------------


def test_shipped_fact_base_passes_the_validator() -> None:
    base = load_valid()
    assert len(base.facts) >= 150
    assert all(fact.sources for fact in base.facts.values())


def test_every_article_is_cited_and_every_quote_is_verbatim() -> None:
    base = load_valid()
    cited = {base.article_for(s.article).id for f in base.facts.values() for s in f.sources}
    assert cited == {a.id for a in base.articles.values()}
    for fact in base.facts.values():
        for source in fact.sources:
            assert quote_in_article(source.quote, base.article_for(source.article).text), fact.id


# Numbers that are not facts: the running times of two embedded videos in the Post's page.
NOT_FACTS = {"000_7c8374623a3fc09f": {"3:07", "4:13"}}
_NUMBER = re.compile(r"\d+(?:[,.:]\d+)*")


def test_every_number_in_the_articles_is_captured_by_some_fact() -> None:
    base = load_valid()
    quotes: dict[str, str] = {}
    for fact in base.facts.values():
        for source in fact.sources:
            art = base.article_for(source.article).id
            quotes[art] = quotes.get(art, "") + " | " + normalise(source.quote)
    missing: list[str] = []
    for article in base.articles.values():
        text = normalise(article.text)
        for match in _NUMBER.finditer(text):
            number = match.group().rstrip(".,")
            if number in NOT_FACTS.get(article.id, set()):
                continue
            if not re.search(
                rf"(?<![\d,.]){re.escape(number)}(?!\d|[,.]\d)", quotes.get(article.id, "")
            ):
                context = text[max(0, match.start() - 30) : match.end() + 30]
                missing.append(f"{article.short}: {number!r} in ...{context}...")
    assert missing == []


def test_export_json_contract() -> None:
    result = _briefbot("facts", "export", "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    base = load_valid()
    assert len(facts) == len(base.facts)
    stems = {p.stem for p in SOURCES_DIR.glob("*.txt")}
    for fact in facts:
        assert {"id", "topic", "kind", "claim", "when", "who", "figures", "citations"} <= set(fact)
        assert fact["when"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", fact["when"])
        assert isinstance(fact["who"], list)
        for figure in fact["figures"]:
            assert {"value", "unit", "what"} <= set(figure)
        assert fact["citations"]
        for citation in fact["citations"]:
            assert citation["article"] in stems
            assert set(citation) >= {"article", "outlet", "published", "quote"}
            assert citation["published"] is None or re.fullmatch(
                r"\d{4}-\d{2}-\d{2}", citation["published"]
            )


def test_stats_prints_counts_and_version() -> None:
    result = _briefbot("facts", "stats")
    assert result.returncode == 0, result.stderr
    base = load_valid()
    assert f"fact-base version: {base.version}" in result.stdout
    assert f"facts: {len(base.facts)}" in result.stdout
    for heading in ("by topic:", "by kind:", "by article:"):
        assert heading in result.stdout


def test_version_changes_when_a_fact_file_changes(tmp_path: Path) -> None:
    facts = _fixture_dir(tmp_path)
    before = load(facts_dir=facts, sources_dir=FIXTURES / "sources").base.version
    path = facts / "base.yaml"
    path.write_text(path.read_text() + "\n# reviewed\n", "utf-8")
    after = load(facts_dir=facts, sources_dir=FIXTURES / "sources").base.version
    assert before != after and len(after) == 12
    assert FACTS_DIR.is_dir()
