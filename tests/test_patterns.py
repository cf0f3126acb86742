"""A LazyPattern is a compiled pattern that compiles on first use."""

from __future__ import annotations

import re

import pytest

from briefings.patterns import LazyPattern, lazy_compile

TEXT = "Kelly signed two memos on Feb. 20, 2017; DHS released them on Feb. 21."
PATTERNS = [
    (r"\bfeb\.? (\d+)", re.IGNORECASE),
    (r"(?P<who>kelly|dhs)\b", re.IGNORECASE),
    (r"\d+", 0),
    (r"nothing here", 0),
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


def test_a_lazy_pattern_compiles_when_first_used_not_before() -> None:
    broken = LazyPattern("(unclosed")  # no error yet: nothing has compiled it
    with pytest.raises(re.error):
        broken.search("text")


def test_every_method_answers_the_same_before_and_after_compiling() -> None:
    lazy = lazy_compile(r"memo(s)?")
    first = lazy.findall(TEXT)  # compiles, and lends the compiled pattern's methods
    assert lazy.findall(TEXT) == first == ["s"]
    assert lazy.search(TEXT) is not None
