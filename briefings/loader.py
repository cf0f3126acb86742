"""Load the source articles and the curated fact files into a `FactBase`.

Loading parses and types every record and collects structural problems (missing or mistyped
fields); `briefings.validate` then checks the base as a whole (quotes, ids, links, dates).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import yaml

from briefings.model import (
    Article,
    Attested,
    Evidence,
    Fact,
    FactBase,
    Figure,
    Kind,
    Person,
    Source,
    Status,
    Topic,
)

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCES_DIR = PACKAGE_DIR / "sources"
FACTS_DIR = PACKAGE_DIR / "facts"
ARTICLES_FILE = "articles.yaml"
PEOPLE_FILE = "people.yaml"
TOPICS_FILE = "topics.yaml"
SYNONYMS_FILE = "synonyms.yaml"
ASKED_FILE = "asked.yaml"
NON_FACT_FILES = frozenset({PEOPLE_FILE, TOPICS_FILE, SYNONYMS_FILE, ASKED_FILE})

# The C loader is several times faster; fall back where libyaml is missing.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """A safe loader that keeps dates as text, so the validator can report a bad one."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One thing wrong with the fact base, reported as one line."""

    file: str
    fact_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.fact_id}" if self.fact_id else self.file
        return f"{where}: {self.message}"


class FactBaseError(Exception):
    """Raised when the fact base does not load or validate; carries every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """A parsed fact base plus the structural problems found while parsing."""

    base: FactBase
    problems: list[Problem]


def fact_files(facts_dir: Path = FACTS_DIR) -> list[Path]:
    """Return the fact YAML files in a stable order (people, topics, synonyms, asked excluded)."""
    return sorted(p for p in facts_dir.glob("*.yaml") if p.name not in NON_FACT_FILES)


def compute_version(paths: Iterable[Path]) -> str:
    """Return a short content hash of the given files: the fact-base version."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def _read_yaml(path: Path, reader: _Reader) -> Any:
    try:
        with path.open("rb") as handle:
            return yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        reader.problem(path.name, None, f"not valid YAML{where}: {getattr(exc, 'problem', exc)}")
    except OSError as exc:
        reader.problem(path.name, None, f"cannot read: {exc.strerror}")
    return None


class _Reader:
    """Collects problems while reading loosely typed YAML records."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, file: str, fact_id: str | None, message: str) -> None:
        self.problems.append(Problem(file=file, fact_id=fact_id, message=message))

    def text(self, rec: Mapping[str, Any], key: str, file: str, rid: str | None) -> str:
        value = rec.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problem(file, rid, f"field '{key}' must be a non-empty string")
        return ""

    def optional_text(
        self, rec: Mapping[str, Any], key: str, file: str, rid: str | None
    ) -> str | None:
        value = rec.get(key)
        if value is None:
            return None
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value).strip() or None
        # YAML turns 2017-02-21 into a date; keep it as ISO text.
        if hasattr(value, "isoformat"):
            return str(value.isoformat())
        self.problem(file, rid, f"field '{key}' must be a string")
        return None

    def strings(
        self, rec: Mapping[str, Any], key: str, file: str, rid: str | None
    ) -> tuple[str, ...]:
        value = rec.get(key)
        if value is None:
            return ()
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(v.strip() for v in value)
        self.problem(file, rid, f"field '{key}' must be a list of strings")
        return ()

    def records(self, data: Any, file: str) -> list[Mapping[str, Any]]:
        if data is None:
            return []
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            self.problem(file, None, "must be a YAML list of mappings")
            return []
        return data

    def unknown_keys(
        self, rec: Mapping[str, Any], allowed: frozenset[str], file: str, rid: str | None
    ) -> None:
        for key in sorted(set(rec) - allowed):
            self.problem(file, rid, f"unknown field '{key}'")


_ATTESTED_FIELDS = ("outlet", "headline", "author", "published")
_FACT_FIELDS = frozenset(
    {
        "id", "topic", "kind", "claim", "sources", "who", "speaker", "where", "when",
        "status", "figures", "disputes", "see_also", "asks",
    }
)  # fmt: skip
_FIGURE_FIELDS = frozenset({"value", "unit", "what", "as_of", "approx", "text"})
_SOURCE_FIELDS = frozenset({"article", "quote"})


def _attested(reader: _Reader, raw: Any, file: str, rid: str, key: str) -> Attested:
    if not isinstance(raw, dict):
        reader.problem(file, rid, f"field '{key}' must be a mapping with value and evidence")
        return Attested(value=None, evidence=Evidence.UNKNOWN)
    try:
        evidence = Evidence(str(raw.get("evidence")))
    except ValueError:
        reader.problem(file, rid, f"field '{key}' has bad evidence {raw.get('evidence')!r}")
        evidence = Evidence.UNKNOWN
    value = reader.optional_text(raw, "value", file, rid)
    if evidence is Evidence.UNKNOWN and value is not None:
        reader.problem(file, rid, f"field '{key}' is unknown but has a value")
    return Attested(
        value=value, evidence=evidence, note=reader.optional_text(raw, "note", file, rid)
    )


def _load_articles(reader: _Reader, sources_dir: Path) -> dict[str, Article]:
    articles: dict[str, Article] = {}
    file = f"sources/{ARTICLES_FILE}"
    for rec in reader.records(_read_yaml(sources_dir / ARTICLES_FILE, reader), file):
        rid = reader.text(rec, "id", file, None)
        short = reader.text(rec, "short", file, rid)
        text_path = sources_dir / f"{rid}.txt"
        if not text_path.is_file():
            reader.problem(file, rid, f"no article text at sources/{rid}.txt")
            continue
        attested = {k: _attested(reader, rec.get(k), file, rid, k) for k in _ATTESTED_FIELDS}
        articles[short] = Article(
            id=rid,
            short=short,
            about=reader.optional_text(rec, "about", file, rid) or "",
            text=text_path.read_text(encoding="utf-8"),
            **attested,
        )
    return articles


def _load_people(reader: _Reader, path: Path) -> dict[str, Person]:
    people: dict[str, Person] = {}
    file = path.name
    for rec in reader.records(_read_yaml(path, reader), file):
        pid = reader.text(rec, "id", file, None)
        if pid in people:
            reader.problem(file, pid, "duplicate id")
        people[pid] = Person(
            id=pid,
            name=reader.text(rec, "name", file, pid),
            kind=reader.text(rec, "kind", file, pid),
            role=reader.text(rec, "role", file, pid),
            affiliation=reader.optional_text(rec, "affiliation", file, pid),
            as_of=reader.optional_text(rec, "as_of", file, pid),
            aliases=reader.strings(rec, "aliases", file, pid),
        )
    return people


def _load_topics(reader: _Reader, path: Path) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    file = path.name
    for rec in reader.records(_read_yaml(path, reader), file):
        tid = reader.text(rec, "id", file, None)
        if tid in topics:
            reader.problem(file, tid, "duplicate id")
        topics[tid] = Topic(
            id=tid,
            title=reader.text(rec, "title", file, tid),
            about=reader.text(rec, "about", file, tid),
            terms=reader.strings(rec, "terms", file, tid),
        )
    return topics


def _figure(reader: _Reader, raw: Any, file: str, fid: str) -> Figure | None:
    if not isinstance(raw, dict):
        reader.problem(file, fid, "each figure must be a mapping")
        return None
    reader.unknown_keys(raw, _FIGURE_FIELDS, file, fid)
    value = raw.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        reader.problem(file, fid, f"figure value {value!r} is not a number")
        return None
    return Figure(
        value=value,
        unit=reader.text(raw, "unit", file, fid),
        what=reader.text(raw, "what", file, fid),
        as_of=reader.optional_text(raw, "as_of", file, fid),
        approx=bool(raw.get("approx", False)),
        text=reader.optional_text(raw, "text", file, fid),
    )


def _source(reader: _Reader, raw: Any, file: str, fid: str) -> Source | None:
    if not isinstance(raw, dict):
        reader.problem(file, fid, "each source must be a mapping with article and quote")
        return None
    reader.unknown_keys(raw, _SOURCE_FIELDS, file, fid)
    return Source(
        article=reader.text(raw, "article", file, fid),
        quote=reader.text(raw, "quote", file, fid),
    )


def _fact(reader: _Reader, rec: Mapping[str, Any], file: str) -> Fact | None:
    fid = reader.text(rec, "id", file, None)
    if not fid:
        return None
    reader.unknown_keys(rec, _FACT_FIELDS, file, fid)
    try:
        kind = Kind(str(rec.get("kind")))
    except ValueError:
        reader.problem(file, fid, f"unknown kind {rec.get('kind')!r}")
        kind = Kind.CONTEXT
    try:
        status = Status(rec.get("status", Status.DONE.value))
    except ValueError:
        reader.problem(file, fid, f"unknown status {rec.get('status')!r}")
        status = Status.DONE
    raw_sources = rec.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        reader.problem(file, fid, "needs at least one source with a verbatim quote")
        raw_sources = []
    raw_figures = rec.get("figures") or []
    if not isinstance(raw_figures, list):
        reader.problem(file, fid, "field 'figures' must be a list")
        raw_figures = []
    sources = [s for s in (_source(reader, r, file, fid) for r in raw_sources) if s]
    figures = [f for f in (_figure(reader, r, file, fid) for r in raw_figures) if f]
    return Fact(
        id=fid,
        topic=reader.text(rec, "topic", file, fid),
        kind=kind,
        claim=reader.text(rec, "claim", file, fid),
        sources=tuple(sources),
        who=reader.strings(rec, "who", file, fid),
        speaker=reader.optional_text(rec, "speaker", file, fid),
        where=reader.optional_text(rec, "where", file, fid),
        when=reader.optional_text(rec, "when", file, fid),
        status=status,
        figures=tuple(figures),
        disputes=reader.strings(rec, "disputes", file, fid),
        see_also=reader.strings(rec, "see_also", file, fid),
        asks=reader.strings(rec, "asks", file, fid),
        file=file,
    )


def load(
    *, facts_dir: Path = FACTS_DIR, sources_dir: Path = SOURCES_DIR, people_dir: Path | None = None
) -> Loaded:
    """Parse every source and fact file; return the base and any structural problems.

    Duplicate fact ids are reported here (the first one wins in the index).
    """
    reader = _Reader()
    meta_dir = people_dir or facts_dir
    articles = _load_articles(reader, sources_dir)
    people = _load_people(reader, meta_dir / PEOPLE_FILE)
    topics = _load_topics(reader, meta_dir / TOPICS_FILE)
    facts: dict[str, Fact] = {}
    files = fact_files(facts_dir)
    for path in files:
        for rec in reader.records(_read_yaml(path, reader), path.name):
            fact = _fact(reader, rec, path.name)
            if fact is None:
                continue
            if fact.id in facts:
                reader.problem(path.name, fact.id, f"duplicate id (also in {facts[fact.id].file})")
                continue
            facts[fact.id] = fact
    version_files = [*files, meta_dir / PEOPLE_FILE, meta_dir / TOPICS_FILE]
    version = compute_version(version_files)
    base = FactBase(articles=articles, people=people, topics=topics, facts=facts, version=version)
    return Loaded(base=base, problems=reader.problems)
