"""A LazyPattern is a compiled pattern that compiles on first use, from kept code if any."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefings import patterns
from briefings.patterns import LazyPattern, lazy_compile

DATA = Path(__file__).parent / "data"

TEXT = "Kelly signed two memos on Feb. 20, 2017; DHS released them on Feb. 21."
PATTERNS = [
    (r"\bfeb\.? (\d+)", re.IGNORECASE),
    (r"(?P<who>kelly|dhs)\b", re.IGNORECASE),
    (r"\d+", 0),
    (r"nothing here", 0),
    (r"\bmarch \d+", re.IGNORECASE),  # a text without "march": no match, without searching
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_lazy_pattern_answers_as_the_compiled_one_does(pattern: str, flags: int) -> None:
    lazy, eager = lazy_compile(pattern, flags), re.compile(pattern, flags)

    def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
        return None if found is None else found.span()

    assert spans(lazy.search(TEXT)) == spans(eager.search(TEXT))
    assert spans(lazy.search(TEXT, 20)) == spans(eager.search(TEXT, 20))
    assert spans(lazy.match(TEXT)) == spans(eager.match(TEXT))
    assert spans(lazy.fullmatch("20")) == spans(eager.fullmatch("20"))
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in eager.finditer(TEXT)]
    assert lazy.findall(TEXT) == eager.findall(TEXT)
    assert lazy.sub("#", TEXT) == eager.sub("#", TEXT)
    assert lazy.sub(lambda m: m.group(0).upper(), TEXT, 1) == eager.sub(
        lambda m: m.group(0).upper(), TEXT, 1
    )
    assert lazy.subn("#", TEXT) == eager.subn("#", TEXT)
    assert lazy.split(TEXT) == eager.split(TEXT)
    assert (lazy.pattern, lazy.flags) == (pattern, flags)
    assert lazy.compiled is lazy.compiled  # compiled once, then kept


def test_a_pattern_not_screened_is_tried_on_every_text() -> None:
    # (for a caller who tries it only on texts holding what it requires)
    lazy = lazy_compile(r"\bmemos\b", screened=False)
    assert lazy.search("two memos") is not None
    assert lazy.search == lazy.compiled.search
    screened = lazy_compile(r"\bmemos\b")
    assert screened.search("two memos") is not None
    assert screened.search != screened.compiled.search


def test_a_lazy_pattern_compiles_when_first_used_not_before() -> None:
    broken = LazyPattern("(unclosed")  # no error yet: nothing has compiled it
    with pytest.raises(re.error):
        broken.search("text")


def test_every_method_answers_the_same_before_and_after_compiling() -> None:
    lazy = lazy_compile(r"memo(s)?")
    first = lazy.findall(TEXT)  # compiles, and lends the compiled pattern's methods
    assert lazy.findall(TEXT) == first == ["s"]
    assert lazy.search(TEXT) is not None


def _answering_patterns() -> list[LazyPattern]:
    """Return every lazy pattern of the answering modules (imported for theirs)."""
    import briefings.answering  # noqa: F401 - registers its modules' patterns

    return list(patterns._LAZY)


def test_a_pattern_built_from_kept_code_equals_the_one_re_compiles(tmp_path: Path) -> None:
    # `==` on compiled patterns compares their pattern, flags and code.
    kept = patterns._Kept()
    kept.use(tmp_path)
    lazies = _answering_patterns()
    assert len(lazies) > 250
    for lazy in lazies:
        assert kept.compile(lazy.pattern, lazy.flags) == re.compile(lazy.pattern, lazy.flags)
        kept.reading(lazy.pattern, lazy.flags, lazy.compiled.flags, lazy.screened)
    kept.write()
    (written,) = tmp_path.glob(f"{patterns.CACHE_PREFIX}*.pickle")
    again = patterns._Kept()
    again.use(tmp_path)
    for lazy in lazies:
        built = again.compile(lazy.pattern, lazy.flags)
        assert built == re.compile(lazy.pattern, lazy.flags), lazy.pattern[:60]
        # (what its source tells, kept with it)
        starts, texts, split = again.reading(
            lazy.pattern, lazy.flags, lazy.compiled.flags, lazy.screened
        )
        assert starts == patterns.anchored(lazy.pattern, lazy.compiled.flags)
        required = patterns.required_texts(lazy.pattern, lazy.compiled.flags)
        assert texts == required if lazy.screened else texts in (False, required)
        if split:
            assert split == patterns.alternatives_required(lazy.pattern, lazy.compiled.flags)
    assert not again.added  # every one built from the code and readings read
    before = written.stat().st_mtime_ns
    again.write()
    assert written.stat().st_mtime_ns == before  # nothing added, nothing written


def test_kept_code_that_is_damaged_or_not_plain_data_is_compiled_afresh(tmp_path: Path) -> None:
    kept = patterns._Kept()
    kept.use(tmp_path)
    kept.compile(r"\bmemos?\b", re.IGNORECASE)
    kept.write()
    (written,) = tmp_path.glob(f"{patterns.CACHE_PREFIX}*.pickle")
    kept_data = pickle.loads(written.read_bytes())
    flags, code, *rest = kept_data["codes"][(r"\bmemos?\b", re.IGNORECASE)]
    damaged = {(r"\bmemos?\b", int(re.IGNORECASE)): (flags, [99, *code[1:]], *rest)}
    written.write_bytes(pickle.dumps({"codes": damaged}))
    reread = patterns._Kept()
    reread.use(tmp_path)
    built = reread.compile(r"\bmemos?\b", re.IGNORECASE)  # `_sre` refuses the code
    assert built == re.compile(r"\bmemos?\b", re.IGNORECASE)
    assert built.search("Two MEMOS") is not None
    assert reread.added  # compiled afresh, to be written again
    # A reading not as `reading` gives one is read afresh: a text no match need hold ("")
    # would screen out every text.
    for wrong in [
        (False, ("",), None),
        (False, (), None),
        ("yes", None, None),
        (True, ("memo", 3), None),
        (True, True, None),
        (False, ("memo",)),
        (False, ("memo",), (("memo", ()),)),
        (False, ("memo",), (("memo",),)),
    ]:
        written.write_bytes(pickle.dumps({"readings": {(r"\bmemos?\b", 2): wrong}}))
        reread = patterns._Kept()
        reread.use(tmp_path)
        assert reread.readings == {}, wrong
    assert reread.reading(r"\bmemos?\b", 2, 34, True) == (False, ("memo",), None)
    # A pickle naming a class is not read at all (nor run).
    written.write_bytes(pickle.dumps({"codes": {(r"x", 0): Path("/")}}))
    refused = patterns._Kept()
    refused.use(tmp_path)
    assert refused.codes == {}
    assert refused.compile(r"x", 0) == re.compile(r"x")


def test_without_a_cache_folder_patterns_compile_as_re_compiles_them() -> None:
    alone = patterns._Kept()
    assert alone.compile(r"(?P<n>\d+) memos", 0) == re.compile(r"(?P<n>\d+) memos")
    assert alone.codes == {}
    alone.write()  # no folder: nothing to write, no error


def test_every_pattern_reads_the_same_in_every_process() -> None:
    # Code is kept by a pattern's text: one built from a set's order (which follows the string
    # hash seed) would differ from run to run, and its kept code would never be found.
    show = (
        "import hashlib, briefings.answering; from briefings import patterns; "
        "print(hashlib.sha256(repr([(p.pattern, p.flags) for p in patterns._LAZY]).encode())"
        ".hexdigest())"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", show],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("so to speak", [("so to speak", {"so to speak"})]),
        (r"a|(?:b|cd)|[|]", [("a", {"a"}), ("(?:b)", {"b"}), ("(?:cd)", {"cd"}), ("[|]", None)]),
        (
            r"(?<!\w)(?:ab|cd)\b|^(?:e|f)+",  # a group among items matching no character
            [
                (r"(?<!\w)(?:ab)\b", {"ab"}),
                (r"(?<!\w)(?:cd)\b", {"cd"}),
                (r"^(?:e|f)+", {"e", "f"}),
            ],
        ),
        (
            r"\b(?:you know|(?:the )?status (?:of|on))\b",
            [
                (r"\b(?:you know)\b", {"you know"}),
                (r"\b(?:(?:the )?status (?:of|on))\b", {"status "}),
            ],
        ),
        (r"(?:^|(?<=, ))(?:caller|oyente)\b[^?]*$", [("", {"caller", "oyente"})]),
        (r"ab?c", [("", {"a"})]),  # "b" may be missing, so "a" and "c" are apart
        (r"x{0,3}yy", [("", {"yy"})]),
        (r"\d+ memos\.", [("", {" memos."})]),
        (r"(?!foo)bar", [("", {"bar"})]),  # what a negative lookahead names is not required
        (r"(?<=the )memos", [("", {"memos"})]),
        (r"(?i:abc)", [("", None)]),  # flags: not read
        (r"(?P<n>memos?) (?P=n)", [("", {"memo"})]),
        (r"\w+", [("", None)]),
    ],
)
def test_alternatives_are_read_with_the_texts_each_requires(
    source: str, expected: list[tuple[str, set[str] | None]]
) -> None:
    # ("" stands for the whole source, read as one alternative.)
    assert patterns.alternatives(source) == [
        (alternative or source, None if required is None else frozenset(required))
        for alternative, required in expected
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"se\u00f1or|\x41b", [(r"se\u00f1or", {"se\u00f1or"}), (r"\x41b", {"Ab"})]),
        (r"(a)x\12yz", [("", {"yz"})]),  # group 12, not "12yz"
        (r"\N{EM DASH}memo", [("", {"memo"})]),
        (r"\0123", [("", {"3"})]),  # an octal escape, then "3"
    ],
)
def test_escapes_are_read_whole(source: str, expected: list[tuple[str, set[str]]]) -> None:
    assert patterns.alternatives(source) == [
        (alternative or source, frozenset(required)) for alternative, required in expected
    ]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bthe memos?\b|kelly memo", 0, ("kelly memo", "the memo")),
        (r"memo|memos", 0, ("memo",)),  # where "memos" is, so is "memo"
        (r"Kelly|kelly", re.IGNORECASE, ("kelly",)),
        (r"se\u00f1or", 0, ("se\u00f1or",)),
        (r"se\u00f1or", re.IGNORECASE, None),  # lower-cased, a text need not hold it
        (r"memo|\w+", 0, None),
        (r"memo memo", re.VERBOSE, None),
    ],
)
def test_the_texts_a_pattern_requires_are_known(
    pattern: str, flags: int, expected: tuple[str, ...] | None
) -> None:
    assert patterns.required_texts(pattern, flags) == expected


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("|".join(f"w{k}" for k in range(16)), 0, tuple((f"w{k}", (f"w{k}",)) for k in range(16))),
        ("|".join(f"w{k}" for k in range(15)), 0, None),  # too few to be worth it
        ("|".join(f"W{k}" for k in range(15)) + r"|\w+", re.IGNORECASE, None),  # none sure
        (
            r"\b(?:" + "|".join(f"W{k}" for k in range(16)) + r")\b",
            re.IGNORECASE,
            tuple((rf"\b(?:W{k})\b", (f"w{k}",)) for k in range(16)),
        ),
    ],
)
def test_many_alternatives_are_known_with_the_texts_each_requires(
    pattern: str, flags: int, expected: object
) -> None:
    assert patterns.alternatives_required(pattern, flags) == expected


@pytest.mark.parametrize("indexed", [False, True])
def test_a_pattern_of_many_alternatives_finds_what_re_finds_with_its_groups(
    indexed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the alternatives whose texts a text holds are tried, each on its own; the whole
    # pattern then matches where the leftmost of them starts: the first alternative there.
    # Of many texts, they are looked up by their first characters, and matches iterated so.
    monkeypatch.setattr(patterns, "INDEXED_TEXTS", 0 if indexed else 1_000)
    source = (
        r"(?<!\w)(?:"
        + "|".join(
            [r"(late) (memo)", r"memo(s?)", r"(?P<day>mon|tues)day", *(f"w{k}" for k in range(14))]
        )
        + r")(?!\w)"
    )
    for flags in (0, re.IGNORECASE):
        lazy, eager = lazy_compile(source, flags), re.compile(source, flags)
        for text in [
            "a late memo",  # both "late memo" and "memo": the first alternative, "late memo"
            "memo, then a late memo",  # a later alternative's match further left: "memo"
            "memos on monday",
            "tuesday: w3, w13",
            "w14 is not one",
            "LATE MEMO",
            "\u00e9t\u00e9: Late memo",
            "nothing",
            "",
        ]:
            for pos in (0, 3):
                found, expected = lazy.search(text, pos), eager.search(text, pos)
                assert (found and (found.span(), found.groups(), found.groupdict())) == (
                    expected and (expected.span(), expected.groups(), expected.groupdict())
                ), (text, flags, pos)
                for endpos in (len(text), 9):
                    assert [
                        (m.span(), m.groups(), m.groupdict())
                        for m in lazy.finditer(text, pos, endpos)
                    ] == [
                        (m.span(), m.groups(), m.groupdict())
                        for m in eager.finditer(text, pos, endpos)
                    ], (text, flags, pos, endpos)
    searched, iterated = (
        getattr(method, "__self__", None) for method in (lazy.search, lazy.finditer)
    )
    assert isinstance(searched, patterns._ByAlternatives)  # searched alternative by alternative
    assert isinstance(iterated, patterns._ByAlternatives) == indexed


def test_a_pattern_finds_what_re_finds_whether_or_not_a_text_holds_what_it_requires() -> None:
    # A pattern whose every match holds one of some texts answers at once for a text holding
    # none, and one of many alternatives is searched with those whose texts a text holds:
    # every answering pattern must still find what `re` finds, on the development questions as
    # typed, lower-cased and upper-cased, and on some not in ASCII.
    from briefings.answering.quality import load_cases

    texts = [case.q for case in load_cases(DATA / "dev_questions.yaml")]
    texts += [text.lower() for text in texts] + [text.upper() for text in texts[:200]]
    texts += ["\u00bfQui\u00e9n firm\u00f3 los MEMOS de Kelly?", "KELLY \u2014 memo", "\u017fo"]
    screened = refused = split = 0
    for lazy in _answering_patterns():
        required = patterns.required_texts(lazy.pattern, lazy.compiled.flags)
        if required is None:
            continue
        screened += 1
        eager = re.compile(lazy.pattern, lazy.flags)
        folded = eager.flags & re.IGNORECASE
        split += isinstance(patterns.alternatives_required(lazy.pattern, eager.flags), tuple)
        for text in texts:
            found, expected = lazy.search(text), eager.search(text)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), lazy.pattern[:60]
            assert lazy.sub("#", text) == eager.sub("#", text), lazy.pattern[:60]
            assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == [
                (m.span(), m.groups()) for m in eager.finditer(text)
            ], lazy.pattern[:60]
            held = text.lower() if folded and text.isascii() else text
            refused += not any(r in held for r in required) and (text.isascii() or not folded)
    assert screened > 300 and refused > 10_000 and split > 10


@pytest.mark.parametrize("source", [r"(?(1)a|b)", r"(a", r"a)", r"(?x)a b"])
def test_a_source_not_read_is_refused(source: str) -> None:
    with pytest.raises(ValueError):
        patterns.alternatives(source)


def test_every_match_of_an_alternative_is_in_a_text_holding_what_it_requires() -> None:
    # The answering modules' own patterns (those matched as they are, not ignoring case), read
    # and matched alternative by alternative on the development questions.
    from briefings.answering.quality import load_cases

    texts = [case.q.lower() for case in load_cases(DATA / "dev_questions.yaml")]
    checked = 0
    for lazy in _answering_patterns():
        if lazy.flags & re.IGNORECASE:
            continue
        try:
            read = patterns.alternatives(lazy.pattern)
        except ValueError:
            continue
        for alternative, required in read:
            if required is None:
                continue
            compiled = re.compile(alternative, lazy.flags)
            for text in texts:
                if compiled.search(text) is not None:
                    checked += 1
                    assert any(r in text for r in required), (alternative[:80], text)
    assert checked > 200


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"^who|^what", 0, True),
        (r"\Awho", 0, True),
        (r"^who|what", 0, False),  # "what" anywhere
        (r"^who", re.MULTILINE, False),  # any line's start
        (r"(?:^who)", 0, False),  # not read so far: a search, as before
        (r"^(?:a|b)c|^d", re.IGNORECASE, True),
    ],
)
def test_a_pattern_anchored_at_the_start_is_known(pattern: str, flags: int, expected: bool) -> None:
    assert patterns.anchored(pattern, flags) is expected


def test_an_anchored_pattern_searches_by_matching_and_finds_the_same() -> None:
    from briefings.answering.quality import load_cases

    # (Not screened by required texts: "^\d+$" requires none.)
    lazy = lazy_compile(r"^\W*(?:who|what) (?:signed|said)|^\d+$")
    assert lazy.search("who signed the memos") is not None
    assert lazy.search == lazy.compiled.match  # (bound methods of one pattern are equal)
    texts = [case.q for case in load_cases(DATA / "dev_questions.yaml")]
    texts += [text.lower() for text in texts] + ["", "?", "  who said it", "x who said it"]
    anchored = [p for p in _answering_patterns() if patterns.anchored(p.pattern, p.flags)]
    assert len(anchored) > 40
    for pattern in anchored:
        eager = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            found, expected = pattern.search(text), eager.search(text)
            assert (found and found.span()) == (expected and expected.span()), pattern.pattern[:60]
            assert pattern.search(text, 3) == eager.search(text, 3)  # None: not at the start
