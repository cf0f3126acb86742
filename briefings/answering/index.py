"""The fact index: one weighted BM25 document per fact, plus the vocabulary and entity tables."""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefings.loader import ASKED_FILE, FACTS_DIR, SYNONYMS_FILE
from briefings.model import Fact, FactBase, Kind
from briefings.patterns import lazy_compile
from briefings.retrieval import (
    BM25,
    STOPWORDS,
    PhraseMatcher,
    is_election_label,
    normalize,
    stem,
    tokens,
    words,
)

# Field weights: the claim and curated phrasings say what a fact is about; quotes add the
# article's own words; topic terms only nudge.
W_CLAIM = 2.0
W_ASKS = 1.5
W_QUOTE = 1.0
W_TOPIC = 0.5
W_WHERE = 1.0
W_SPEAKER = 2.0
W_ACTOR = 1.0
W_CONCEPT = 1.0

MEMO_AUTHORS = ("kelly", "dhs")  # who issued the memos whose provisions the facts state
_YEAR = lazy_compile(r"^(19|20)\d\d$")
# "What do the memos do?", "what's in them", "give me the gist": a question (or a fact's curated
# phrasing) asking for the whole of something, which its summary facts answer.
SUMMARY = lazy_compile(
    r"\bwhat(?:'s|s| is| are)? (?:in|inside)\b"
    r"|\bwhat (?:do|does|will|would) (?:the |these |those )?[\w' ]{0,30}?\b"
    r"(?:do|require|change|contain|involve|call for)\b"
    r"|\bwhat (?:the|these|those) (?:new )?(?:memos?|rules|guidelines|directives|policies)"
    r" (?:actually |really )?(?:do|require|change|call for)\b"
    r"|\bsummar|\boverview\b|\bgist\b|\btl;?dr\b|\brundown\b|\bbasics\b|\bwhat changes\b"
    r"|\bin (?:short|a nutshell)\b|\bresum\w*"
    r"|\bwhat (?:do|does|did) (?:the |these |those )?(?:new |kelly'?s? )?(?:memos?|rules"
    r"|guidelines|directives|guidance)(?: actually| really| even)? say\b"
    r"|\b(?:main|key|big) (?:bullet )?(?:points|changes|measures|things|planks|pieces|parts)\b"
    r"|\bbig picture\b"
)
SUMMARY_CONCEPT = "~summary"
# What a fact states when its claim quotes a term or label of a few words ('a "deportation
# force"'), or tells what one called another ("called Kelly an eager accomplice"; not "called
# for"): so it answers "what was it called" as a fact giving a name does.
LABEL_CONCEPT = "~label"
_LABELLED = lazy_compile(
    r'["\u201c](?:\S+ ){0,3}\S+["\u201d]'
    r"|\b(?:called|calling|dubbed|dubbing|labell?ed|branded)\b(?! (?:for|on|off|in|up|out|back)\b)"
)


# libyaml's safe loader where PyYAML has it: 8x faster than the pure-Python one on large files.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The comment lines (and blank ones) at the top of a data file.
_COMMENT_LINES = re.compile(rb"\A(?:[ \t]*(?:#[^\n]*)?\n)*")


def read_yaml(path: Path) -> Any:
    """Return the data of the YAML file at `path`, read with the fastest safe loader.

    A file whose data is JSON after its comment lines (JSON is YAML too; asked.yaml is written
    so) is read as JSON, ten times faster.
    """
    raw = path.read_bytes()
    body = _COMMENT_LINES.sub(b"", raw, count=1)
    if body.startswith(b"{"):
        with contextlib.suppress(ValueError):
            return json.loads(body)
    return yaml.load(raw, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def load_synonyms(path: Path | None = None) -> list[list[str]]:
    """Read the synonym groups from `synonyms.yaml`, with its opposites joined to them.

    An entry of `opposites` pairs words a question may use ("calm") with the facts' words for
    the opposite ("frightened"): a question asking the opposite of what a fact says ("were
    immigrants calm?") is settled by that fact. The first words join every group that holds one
    of the second, so a question using the facts' own words reads as before; a pair that meets
    no group is a group of its own.
    """
    path = path or FACTS_DIR / SYNONYMS_FILE
    if not path.is_file():
        return []
    data: Any = read_yaml(path)
    if not isinstance(data, dict):
        return []
    groups = [[str(p) for p in g] for g in data.get("groups") or [] if isinstance(g, list)]
    for pair in data.get("opposites") or []:
        if not (isinstance(pair, list) and len(pair) == 2):
            continue
        if not all(isinstance(side, list) for side in pair):
            continue
        asked, stated = ([str(p) for p in side] for side in pair)
        joined = [g for g in groups if not set(stated).isdisjoint(g)]
        for group in joined:
            group.extend(p for p in asked if p not in group)
        if not joined:
            groups.append([*asked, *stated])
    return groups


def load_asked(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Read the questions users asked, by fact id, from `asked.yaml` (see its header)."""
    return load_asked_with_forms(path)[0]


def curated_asks(base: FactBase) -> dict[str, tuple[str, ...]]:
    """Return the questions each fact lists as its own (`asks`), by fact id."""
    return {fact.id: fact.asks for fact in base.facts.values() if fact.asks}


def load_asked_with_forms(
    path: Path | None = None,
    curated: Mapping[str, Sequence[str]] | None = None,
) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Read the asked questions by fact id, and each question's form code (see `phrasings`).

    The codes spare a cold start reading the form of every question; a fact whose codes do not
    match its questions one for one has none. Given the facts' own questions (`curated_asks`),
    their codes are read too.
    """
    path = path or FACTS_DIR / ASKED_FILE
    if not path.is_file():
        return {}, {}
    data: Any = read_yaml(path)
    asked = data.get("asked") if isinstance(data, dict) else None
    if not isinstance(asked, dict):
        return {}, {}
    questions = {str(k): tuple(str(q) for q in v) for k, v in asked.items() if isinstance(v, list)}
    forms: dict[str, str] = {}
    for by_fact, key in ((questions, "forms"), (curated or {}, "curated_forms")):
        codes = data.get(key)
        if isinstance(codes, dict):
            for fact, asks in by_fact.items():
                code = codes.get(fact)
                if isinstance(code, str) and len(code) == len(asks):
                    forms.update(zip(asks, code, strict=True))
    return questions, forms


_YEAR_TOKEN = lazy_compile(r"(?:19|20)\d\d")


def _figures(vocabulary: Iterable[str]) -> dict[str, float]:
    """Return the numbers among the words, by word, leaving out years."""
    found: dict[str, float] = {}
    for w in vocabulary:
        if w[:1].isdigit() and not _YEAR_TOKEN.fullmatch(w):
            with contextlib.suppress(ValueError):
                found[w] = float(w)
    return found


@functools.cache
def alias_pattern(alias: str) -> re.Pattern[str]:
    """Return the pattern of an alias as whole words, compiled once."""
    return re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)")


def person_concept(pid: str) -> str:
    """Return the index token standing for a person or organisation id."""
    return f"@{pid}"


def content_terms(text: str) -> list[str]:
    """Return the stemmed non-stopword tokens of `text`."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


UNSEEN_SHARE = 0.5  # weight of a word the story never uses, as a share of the top IDF


@dataclass(frozen=True, slots=True, kw_only=True)
class FactIndex:
    """Everything retrieval needs, built once from the fact base."""

    base: FactBase
    facts: tuple[Fact, ...]
    bm25: BM25
    synonyms: PhraseMatcher  # phrase -> "~gN" concept tokens
    aliases: PhraseMatcher  # alias -> "@id" person tokens
    alias_words: frozenset[tuple[str, ...]]  # every alias as typed (surface words)
    name_words: frozenset[str]  # the words of those aliases: what a misspelled name may be
    name_list: tuple[str, ...]  # the same, sorted, for deterministic fuzzy matching
    vocabulary: frozenset[str]  # surface words known anywhere in the facts, aliases, synonyms
    vocabulary_list: tuple[str, ...]  # the same, sorted, for deterministic fuzzy matching
    stems: frozenset[str]  # stems of those words
    figures: Mapping[str, float]  # the numbers among those words, not years: "434000" -> 434000
    years: tuple[frozenset[str], ...]  # per fact: years it speaks of
    # per fact: the years its figures and statements count in ("deportations in 2013"), or its
    # years when it names none: "how many in 2017" is not answered by "the 2016 figures"
    counted_years: tuple[frozenset[str], ...]
    months: tuple[frozenset[int], ...]  # per fact: months it speaks of (1-12)
    # per fact: those months, or for an undated fact the months its articles were written in
    # ("what was Congress wrestling with in Feb 2017": the Post's fact of that February)
    written_months: tuple[frozenset[int], ...]
    mentions: tuple[frozenset[str], ...]  # per fact: "@id" of every actor named or involved
    outlet_people: Mapping[str, tuple[str, ...]]  # article handle -> people ids that are it
    numbers: tuple[Numbers, ...]  # per fact: what its numbers count, for "how many"
    quotes: tuple[tuple[str, ...], ...]  # per fact: its quotes as plain words
    # per fact, per quote: its stems, synonym concepts and the people it names
    quote_terms: tuple[tuple[frozenset[str], ...], ...]
    claim_terms: tuple[frozenset[str], ...]  # per fact: the same of its claim
    # per fact: the same of its claim, quotes and curated asks, not its topic's terms
    stated_terms: tuple[frozenset[str], ...]
    phrases: tuple[str, ...]  # per fact: the stems of all its texts, " "-joined and padded
    said: tuple[str, ...]  # per fact: its claim and quotes, " "-joined
    # term -> the facts whose terms or mentions have it, found on first asking and then kept
    _holders: dict[str, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)
    # fact -> the actors among its mentions that its claim names, found on first asking
    _claimed: dict[int, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    # a unit's terms -> its weight, for units with a term of the facts, found on first asking
    _weights: dict[tuple[str, ...] | frozenset[str], float] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(cls, base: FactBase, synonym_groups: Iterable[Iterable[str]]) -> FactIndex:
        """Index every fact of `base` with the given synonym groups."""
        synonyms = PhraseMatcher.build(
            (phrase, f"~g{i}") for i, group in enumerate(synonym_groups) for phrase in group
        )
        alias_pairs: list[tuple[str, str]] = []
        for person in base.people.values():
            for alias in (person.name, person.id.replace("-", " "), *person.aliases):
                alias_pairs.append((alias, person_concept(person.id)))
        aliases = PhraseMatcher.build(alias_pairs, longer_wins=True)

        vocab: set[str] = set()
        for phrase in synonyms.phrases:
            vocab.update(phrase)
        for text, _ in alias_pairs:
            vocab.update(words(text))
        for topic in base.topics.values():
            vocab.update(words(" ".join((topic.title, *topic.terms))))

        facts = tuple(base.facts.values())
        outlets = _outlet_people(base)
        docs: list[dict[str, float]] = []
        years: list[frozenset[str]] = []
        counted_years: list[frozenset[str]] = []
        months: list[frozenset[int]] = []
        written_months: list[frozenset[int]] = []
        mentions: list[frozenset[str]] = []
        phrases: list[str] = []
        for fact in facts:
            doc: dict[str, float] = {}
            texts = _fact_texts(base, fact)
            phrases.append("".join(f" {' '.join(tokens(text))} |" for text, _ in texts))
            named: set[str] = set()
            for text, weight in texts:
                ws = words(text)
                vocab.update(ws)
                toks = [stem(w) for w in ws]
                for w, t in zip(ws, toks, strict=True):
                    if w not in STOPWORDS:
                        doc[t] = doc.get(t, 0.0) + weight
                for concept in synonyms.concepts(toks):
                    doc[concept] = doc.get(concept, 0.0) + weight * W_CONCEPT
                for concept in aliases.concepts(toks):
                    named.add(concept)
                    doc[concept] = doc.get(concept, 0.0) + weight
            if any(SUMMARY.search(normalize(ask)) for ask in fact.asks):
                doc[SUMMARY_CONCEPT] = W_ASKS
            actors = {person_concept(p) for p in fact.who}
            for source in fact.sources:
                # "What does the Post say about ..." names the article the fact comes from.
                for pid in outlets.get(source.article, ()):
                    actors.add(person_concept(pid))
            if fact.kind is Kind.PROVISION:
                # A provision is what the memos say: "Kelly's memos" names its author.
                actors.update(person_concept(p) for p in MEMO_AUTHORS if p in base.people)
            for concept in actors:
                doc[concept] = doc.get(concept, 0.0) + W_ACTOR
            if fact.speaker:
                concept = person_concept(fact.speaker)
                actors.add(concept)
                doc[concept] = doc.get(concept, 0.0) + W_SPEAKER
            docs.append(doc)
            # A DHS official speaking is DHS speaking: "did DHS say" is met by its officials.
            involved = actors | named
            involved |= {
                person_concept(affiliation)
                for concept in involved
                if (affiliation := _affiliation(base, concept)) is not None
            }
            mentions.append(frozenset(involved))
            years.append(_fact_years(base, fact, texts))
            counted_years.append(_counted_years(fact) or years[-1])
            months.append(_fact_months(fact, texts))
            written = () if fact.when else _published(base, fact)
            written_months.append(months[-1] | {int(d[5:7]) for d in written if len(d) >= 7})
        stems = frozenset(stem(w) for w in vocab)
        names = {w for text, _ in alias_pairs for w in words(text)}
        quote_terms = tuple(
            tuple(_text_terms(s.quote, synonyms, aliases) for s in fact.sources) for fact in facts
        )
        claim_terms = tuple(_text_terms(fact.claim, synonyms, aliases) for fact in facts)
        return cls(
            base=base,
            facts=facts,
            bm25=BM25.build(docs),
            synonyms=synonyms,
            aliases=aliases,
            alias_words=frozenset(tuple(words(text)) for text, _ in alias_pairs),
            name_words=frozenset(names),
            name_list=tuple(sorted(names)),
            vocabulary=frozenset(vocab),
            vocabulary_list=tuple(sorted(vocab)),
            stems=stems,
            figures=_figures(vocab),
            years=tuple(years),
            counted_years=tuple(counted_years),
            months=tuple(months),
            written_months=tuple(written_months),
            mentions=tuple(mentions),
            outlet_people=outlets,
            numbers=tuple(_numbers(fact, synonyms) for fact in facts),
            quotes=tuple(tuple(" ".join(words(s.quote)) for s in fact.sources) for fact in facts),
            quote_terms=quote_terms,
            claim_terms=claim_terms,
            stated_terms=tuple(
                claim.union(*quoted, *(_text_terms(ask, synonyms, aliases) for ask in fact.asks))
                | ({LABEL_CONCEPT} if _LABELLED.search(fact.claim) else frozenset())
                for fact, claim, quoted in zip(facts, claim_terms, quote_terms, strict=True)
            ),
            phrases=tuple(phrases),
            said=tuple(" ".join((fact.claim, *(s.quote for s in fact.sources))) for fact in facts),
        )

    def doc(self, i: int) -> Mapping[str, float]:
        """Return the weighted terms of fact number `i`."""
        return self.bm25.docs[i]

    def claimed(self, i: int) -> frozenset[str]:
        """Return the "@id"s among fact `i`'s mentions whose name its claim gives, as whole words.

        "Two DHS officials" does not name "a senior DHS official", whose alias it contains. Found
        on first asking and then kept: identity checks ask it of most facts, for every question.
        """
        found = self._claimed.get(i)
        if found is None:
            claim = self.facts[i].claim
            people = self.base.people
            found = self._claimed[i] = frozenset(
                m
                for m in self.mentions[i]
                if (actor := people.get(m.removeprefix("@"))) is not None
                and any(alias_pattern(alias).search(claim) for alias in actor.aliases)
            )
        return found

    def unit_weight(self, terms: tuple[str, ...] | frozenset[str]) -> float:
        """Return how much a unit of a question matters: its terms' highest IDF over the facts.

        A word no fact uses is more often the question's own scaffolding ("become", "exactly")
        than its subject, so it weighs less than a story word that the chosen fact lacks. Kept
        for units with a term of the facts (reading every phrasing weighs the same ones tens of
        thousands of times), so that typed words do not pile up.
        """
        found = self._weights.get(terms)
        if found is not None:
            return found
        idf = self.bm25.idf
        top = self.bm25.max_idf()
        if all(t not in idf for t in terms):
            return UNSEEN_SHARE * top
        found = self._weights[terms] = max((idf.get(t, top) for t in terms), default=top)
        return found

    def holders(self, terms: Iterable[str]) -> frozenset[int]:
        """Return the facts that have one of `terms` among their terms or the actors they name."""
        found: frozenset[int] = frozenset()
        for term in terms:
            held = self._holders.get(term)
            if held is None:
                held = frozenset(
                    [i for i, _ in self.bm25.postings.get(term, ())]
                    + [i for i, named in enumerate(self.mentions) if term in named]
                )
                if held:  # kept only for the facts' own terms, so that typed words do not pile up
                    self._holders[term] = held
            found |= held
        return found


NUMBER_WORDS = lazy_compile(
    r"\b(?!(?:19|20)\d\d\b)\d|\b(hundreds?|thousands?|millions?|billions?|dozens?|half"
    r"|percent|two|three|four|five|six|seven|eight|nine|ten|twice)\b"
)
# Figure units that count people, whose `what` says which people ("deported by ERO").
PEOPLE_UNITS = frozenset({"people", "persons", "individuals", "migrants", "immigrants"})
COUNT_WINDOW = 4  # "thousands of new agents": the counted noun within four words of the number


@dataclass(frozen=True, slots=True, kw_only=True)
class Numbers:
    """What one fact's numbers count: figure units, figure descriptions, words after numbers."""

    units: frozenset[str]  # stems and concepts of its figures' units
    described: frozenset[str]  # ...of its figures' units and `what`
    of_people: frozenset[str]  # ...of the `what` of its figures counted in people
    after: frozenset[str]  # ...of the words just after a number in its claim or quotes
    any_number: bool  # its claim or a quote states a number (not a year)


def _text_terms(text: str, synonyms: PhraseMatcher, aliases: PhraseMatcher) -> frozenset[str]:
    """Return the stems of a text's content words, its synonym concepts and the people named."""
    toks = tokens(text)
    return frozenset((*content_terms(text), *synonyms.concepts(toks), *aliases.concepts(toks)))


def _numbers(fact: Fact, synonyms: PhraseMatcher) -> Numbers:
    def terms(text: str) -> set[str]:
        toks = tokens(text)
        return {*toks, *synonyms.concepts(toks)}

    units: set[str] = set()
    described: set[str] = set()
    of_people: set[str] = set()
    for figure in fact.figures:
        units |= terms(figure.unit)
        described |= terms(f"{figure.unit} {figure.what}")
        if PEOPLE_UNITS.intersection(words(figure.unit)):
            of_people |= terms(figure.what)
    after: set[str] = set()
    any_number = False
    for text in (fact.claim, *(s.quote for s in fact.sources)):
        ws = words(text)
        for i, w in enumerate(ws):
            if NUMBER_WORDS.fullmatch(w) or (w[0].isdigit() and not _YEAR.match(w)):
                any_number = True
                after |= terms(" ".join(ws[i + 1 : i + 1 + COUNT_WINDOW]))
    return Numbers(
        units=frozenset(units),
        described=frozenset(described),
        of_people=frozenset(of_people),
        after=frozenset(after),
        any_number=any_number,
    )


def _fact_texts(base: FactBase, fact: Fact) -> list[tuple[str, float]]:
    texts: list[tuple[str, float]] = [(fact.claim, W_CLAIM)]
    texts += [(ask, W_ASKS) for ask in fact.asks]
    texts += [(source.quote, W_QUOTE) for source in fact.sources]
    topic = base.topics.get(fact.topic)
    if topic is not None:
        texts.append((" ".join((topic.title, *topic.terms)), W_TOPIC))
    if fact.where:
        texts.append((fact.where, W_WHERE))
    texts += [(f.what, W_QUOTE) for f in fact.figures]
    return texts


MONTHS = {
    name: number
    for number, names in enumerate(
        (
            # English, then Spanish ("en junio 2019"), as users write them.
            ("january", "jan", "enero"), ("february", "feb", "febrero"), ("march", "marzo"),
            ("april", "apr", "abril"), ("may", "mayo"), ("june", "jun", "junio"),
            ("july", "jul", "julio"), ("august", "aug", "agosto"),
            ("september", "sept", "sep", "septiembre"), ("october", "oct", "octubre"),
            ("november", "nov", "noviembre"), ("december", "dec", "diciembre"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip


def _fact_months(fact: Fact, texts: list[tuple[str, float]]) -> frozenset[int]:
    found = {MONTHS[w] for text, _ in texts for w in words(text) if w in MONTHS and w != "may"}
    if fact.when and len(fact.when) >= 7:
        found.add(int(fact.when[5:7]))
    return frozenset(found)


_DATE = lazy_compile(r"\b(?:19|20)\d\d(?:-\d\d)?")


def _published(base: FactBase, fact: Fact) -> list[str]:
    """Return when an undated fact's articles were written ("2017-02", or just "2017").

    An undated fact speaks of that time. An article's date known only roughly is read from its
    note ("about 2017-02-21 to 2017-02-22").
    """
    found: list[str] = []
    for source in fact.sources:
        published = base.article_for(source.article).published
        if published.value:
            found.append(published.value)
        elif published.note:
            found.extend(_DATE.findall(published.note))
    return found


_SINCE = frozenset({"since", "before", "until"})
# "During his campaign Trump promised ...": the 2016 campaign, the year the Times dates it by
# ("the central campaign theme that propelled him to the White House in 2016").
_DURING_CAMPAIGN = lazy_compile(r"\bduring (?:his|the|trump's) (?:presidential )?campaign\b")
_CAMPAIGN_YEAR = "2016"


def _fact_years(base: FactBase, fact: Fact, texts: list[tuple[str, float]]) -> frozenset[str]:
    found: set[str] = set()
    for text, _ in texts:
        found |= _years_in(text)
    if fact.when:
        found.add(fact.when[:4])
    if _DURING_CAMPAIGN.search(fact.claim.lower()):
        found.add(_CAMPAIGN_YEAR)
    for figure in fact.figures:
        if figure.as_of:
            found.add(figure.as_of[:4])
    if not fact.when:
        found.update(date[:4] for date in _published(base, fact))
    return frozenset(found)


def _counted_years(fact: Fact) -> frozenset[str]:
    """Return the years a fact's figures are as of and its claim and quotes name."""
    found = {f.as_of[:4] for f in fact.figures if f.as_of}
    for text in (fact.claim, *(s.quote for s in fact.sources)):
        found |= _years_in(text)
    return frozenset(found)


def _years_in(text: str) -> set[str]:
    """Return the years `text` speaks of.

    Not "the lowest since 2007" (a landmark the text measures from) nor "his 2020 campaign" (a
    label for the campaign).
    """
    ws = words(text)
    return {
        w
        for i, w in enumerate(ws)
        if _YEAR.match(w) and not (i and ws[i - 1] in _SINCE) and not is_election_label(ws, i)
    }


def _affiliation(base: FactBase, concept: str) -> str | None:
    person = base.people.get(concept.removeprefix("@"))
    if person is None or not person.affiliation or person.affiliation not in base.people:
        return None
    return person.affiliation


def _outlet_people(base: FactBase) -> dict[str, tuple[str, ...]]:
    """Map each article to the people entries standing for its outlet or author.

    "What does the Post say" and "does the blog say" name the article, not a speaker.
    """
    out: dict[str, tuple[str, ...]] = {}
    for short, article in base.articles.items():
        outlet = " ".join(words(article.outlet_name or ""))
        ids = [
            p.id
            for p in base.people.values()
            if p.id == f"{short}-author"
            or (
                outlet
                and any(" ".join(words(a)) in outlet for a in (p.name, *p.aliases) if len(a) > 4)
            )
        ]
        out[short] = tuple(ids)
    return out
