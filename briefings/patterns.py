"""Regular expressions compiled when first used, and kept compiled between processes.

The answering modules hold some 280 patterns, and compiling them all was most of `briefbot
ask`'s import time; a one-off question uses about half of them. A `LazyPattern` compiles on its
first match, search or substitution and keeps the compiled pattern, so an answer is the same
either way and only the patterns a question needs are paid for.

Compiling is still costly: `re` parses a pattern and generates its matcher's code in Python,
about 0.19 s for all of ours, and a one-off question's share was a fifth of a warm `briefbot
ask`. With `use_cache`, that code is kept in the cache folder (`briefings.cachefiles`), keyed
by the interpreter and its regular-expression engine, and a pattern found there is built from
it by `_sre.compile`, the step that ends `re.compile`: all of ours, read and built, in 6 ms.
`_sre` checks the code as it builds (code it rejects is dropped and the pattern compiled
afresh), and the pattern built equals the one `re.compile` gives (a test compares every one).
`re` has no public way to keep a compiled pattern, so this uses its internal modules; where
they are not as expected, patterns are compiled by `re.compile` and nothing is kept.

Three things `re` does slowly are spared by reading a pattern's own source: a search with a
pattern anchored at the start tries every position (`anchored`: its `search` is its `match`);
a pattern is tried at every position of a text that holds none of what its every match holds
(`required_texts`: a `LazyPattern` answers for such a text at once, as for one with no match);
and a long alternation is tried alternative by alternative at every position (`alternatives`
gives each with the texts it requires, so only those a text holds need trying: a
`LazyPattern` of many alternatives searches so, and of very many texts iterates so too).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import pickle
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from briefings.cachefiles import read_data, write_cache

# `re`'s internal modules: typeshed describes none of them. Where they are missing (an
# interpreter whose `re` is laid out otherwise), patterns compile by `re.compile`, nothing kept.
try:
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:
    _sre = _parser = _compiler = None

# The methods a compiled pattern lends its `LazyPattern`.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A `re.Pattern[str]` compiled on first use; the same methods, the same results.

    Once compiled, the compiled pattern's own methods are set on the instance, where they are
    found before the class's: a call then costs what it costs on the compiled pattern itself,
    or, when every match holds one of some texts, a test that the text holds one first.
    """

    # The alternatives a pattern of many is searched with, once compiled (see `compiled`).
    alternative_patterns: tuple[LazyPattern, ...] = ()

    def __init__(self, pattern: str, flags: int = 0, *, screened: bool = True) -> None:
        self.pattern = pattern
        self.flags = flags
        self.screened = screened
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern, compiling it the first time."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_pattern(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            starts, texts, split = _KEPT.reading(
                self.pattern, self.flags, compiled.flags, self.screened
            )
            if starts:
                # `re` searches with an anchored pattern at every position, to fail at each but
                # the first: matching at the start finds the same, ten times as quickly.
                setattr(self, "search", compiled.match)  # noqa: B010 - set on the instance
            if isinstance(texts, tuple) and self.screened:
                # A text holding none of what every match holds has no match: `in` tells that
                # far sooner than `re`, which tries the pattern at every position.
                ignore_case = bool(compiled.flags & re.IGNORECASE)
                for name in _METHODS:
                    setattr(self, name, _screened(name, getattr(self, name), texts, ignore_case))
                if isinstance(split, tuple):
                    # Of many alternatives, a text holds the texts of a few: the others cannot
                    # match, and `re` would try each at every position.
                    self.alternative_patterns = tuple(
                        LazyPattern(alternative, compiled.flags, screened=False)
                        for alternative, _ in split
                    )
                    found = _ByAlternatives(compiled, self.alternative_patterns, split)
                    setattr(self, "search", found.search)  # noqa: B010 - set on the instance
                    if found.indexed:
                        # (Of fewer texts, `re`'s own was as quick or quicker: 16 µs a
                        # question against 42 for a pattern of 214 alternatives.)
                        setattr(self, "finditer", found.finditer)  # noqa: B010
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As `re.Pattern.search`."""
        self.compiled  # noqa: B018 - compiled, which sets the instance's own `search`
        return self.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As `re.Pattern.match`."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As `re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As `re.Pattern.findall`."""
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As `re.Pattern.sub`."""
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        """As `re.Pattern.subn`."""
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As `re.Pattern.split`."""
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def _screened(
    name: str, method: Callable[..., Any], texts: tuple[str, ...], ignore_case: bool
) -> Any:
    """Return pattern method `name` (`method`), answering at once, as it does when there is no
    match, for a text that holds none of `texts` (lower-cased: `ignore_case`).

    A text that is not ASCII, whose lower case may differ in length, is left to the pattern.
    For a pattern matching case the test is written out in each method (a call of its own
    costs a fifth of a search); one ignoring case lower-cases the text first, and shares it.
    """
    maxsize = sys.maxsize
    if ignore_case:

        def holds(string: str) -> bool:
            if not string.isascii():
                return True
            string = string.lower()
            for text in texts:  # noqa: SIM110 - a loop: `any` of a generator costs more
                if text in string:
                    return True
            return False

        if name in ("sub", "subn"):
            whole = _string_unchanged(name)

            def replace_any_case(repl: Any, string: str, count: int = 0) -> Any:
                return method(repl, string, count) if holds(string) else whole(string)

            return replace_any_case
        none = _no_match(name)

        def find_any_case(string: str, *args: Any) -> Any:
            return method(string, *args) if holds(string) else none(string)

        return find_any_case
    if name in ("sub", "subn"):
        whole = _string_unchanged(name)

        def replace(repl: Any, string: str, count: int = 0) -> Any:
            for text in texts:
                if text in string:
                    return method(repl, string, count)
            return whole(string)

        return replace
    if name == "split":

        def split(string: str, maxsplit: int = 0) -> Any:
            for text in texts:
                if text in string:
                    return method(string, maxsplit)
            return [string]

        return split
    none = _no_match(name)

    def find(string: str, pos: int = 0, endpos: int = maxsize) -> Any:
        for text in texts:
            if text in string:
                return method(string, pos, endpos)
        return none(string)

    return find


# Of more texts than this, those a text holds are found by their first characters: checking
# each in turn took longer than `re` took to search with _FILLER whole (999 texts).
INDEXED_TEXTS = 400


class _ByAlternatives:
    """A pattern of many alternatives searched with those whose texts a text holds, each on its
    own (read with their texts in `split`): where the leftmost of their matches starts, the
    whole pattern's first match does, and the whole pattern finds it there (with its groups).

    A text that is not ASCII, searched by a pattern ignoring case, is searched whole.
    """

    def __init__(
        self, compiled: re.Pattern[str], patterns: Sequence[LazyPattern], split: _Split
    ) -> None:
        self._compiled = compiled
        self._ignore_case = bool(compiled.flags & re.IGNORECASE)
        owners: dict[str, list[LazyPattern]] = {}  # text -> the alternatives requiring it
        for pattern, (_, texts) in zip(patterns, split, strict=True):
            for text in texts:
                owners.setdefault(text, []).append(pattern)
        self._owners = {text: tuple(owning) for text, owning in owners.items()}
        # Of many texts: those of three characters or more by their first three (looked up by
        # the text's own runs of three), those of two, and those shorter. (None for fewer.)
        self._starts: dict[str, tuple[str, ...]] | None = None
        self._pairs: frozenset[str] = frozenset()
        self._short: tuple[str, ...] = ()
        if len(owners) > INDEXED_TEXTS:
            self._pairs = frozenset(text for text in owners if len(text) == 2)
            self._short = tuple(text for text in owners if len(text) < 2)
            starts: dict[str, list[str]] = {}
            for text in owners:
                if len(text) >= 3:
                    starts.setdefault(text[:3], []).append(text)
            self._starts = {three: tuple(texts) for three, texts in starts.items()}

    @property
    def indexed(self) -> bool:
        """Return whether the texts are many, and looked up by their first characters."""
        return self._starts is not None

    def _tried(self, string: str) -> list[LazyPattern] | None:
        """Return the alternatives whose texts `string` holds, or None to search it whole."""
        if self._ignore_case:
            if not string.isascii():
                return None
            string = string.lower()
        owners, starts = self._owners, self._starts
        if starts is None:
            tried: list[LazyPattern] = []
            for text, owning in owners.items():
                if text in string:
                    tried += owning
            return list(set(tried))
        # (A text of two or three characters is there if its characters are: no need to look.)
        present = [text for text in self._short if text in string]
        pairs = [string[i : i + 2] for i in range(len(string) - 1)]
        present.extend(self._pairs.intersection(pairs))
        for three in starts.keys() & {string[i : i + 3] for i in range(len(string) - 2)}:
            present.extend([text for text in starts[three] if len(text) == 3 or text in string])
        return list({pattern for text in present for pattern in owners[text]})

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As `re.Pattern.search`."""
        tried = self._tried(string)
        if tried is None:
            return self._compiled.search(string, pos, endpos)
        start = -1
        for pattern in tried:
            found = pattern.search(string, pos, endpos)
            if found is not None and (start < 0 or found.start() < start):
                start = found.start()
        return None if start < 0 else self._compiled.search(string, start, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer`."""
        tried = self._tried(string)
        if tried is None:
            return self._compiled.finditer(string, pos, endpos)
        ahead = [pattern.search(string, pos, endpos) for pattern in tried]  # each one's next
        found: list[re.Match[str]] = []
        at = pos
        while True:
            start = -1
            for k, m in enumerate(ahead):
                if m is not None and m.start() < at:
                    m = ahead[k] = tried[k].search(string, at, endpos)
                if m is not None and (start < 0 or m.start() < start):
                    start = m.start()
            if start < 0:
                return iter(found)
            # (It matches at `start`, and not emptily: each match holds one of the texts.)
            m = self._compiled.search(string, start, endpos)
            if m is None:
                return iter(found)
            found.append(m)
            at = m.end()


def _no_match(name: str) -> Callable[[str], Any]:
    """Return what pattern method `name` gives for a text with no match."""
    if name == "finditer":
        return lambda string: iter(())
    if name == "findall":
        return lambda string: []
    if name == "split":
        return lambda string: [string]
    return lambda string: None


def _string_unchanged(name: str) -> Callable[[str], Any]:
    """Return what `sub` or `subn` gives for a text with no match."""
    return (lambda string: string) if name == "sub" else (lambda string: (string, 0))


_LAZY: list[LazyPattern] = []


def any_phrase(phrases: Iterable[str]) -> LazyPattern:
    """Return a pattern matching any of `phrases` as whole words, in any case, longest first
    (so "fo real kine" is read before "fo real")."""
    alternatives = "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
    return lazy_compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def lazy_compile(pattern: str, flags: int = 0, *, screened: bool = True) -> LazyPattern:
    """Return `pattern` to be compiled with `flags` when first used (see `LazyPattern`).

    Not `screened`, it is tried on a text whatever texts it requires: for a caller who tries it
    only on texts holding them.
    """
    lazy = LazyPattern(pattern, flags, screened=screened)
    _LAZY.append(lazy)
    return lazy


# A pattern's code, as `_sre.compile` takes it after the pattern: its flags (with those the
# pattern sets itself), its code, its number of groups, its group index and its groups' names.
_Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# What a pattern's source tells when read (`anchored`, `required_texts` and
# `alternatives_required`, the last two False when not asked for): kept with its code, since
# reading every pattern takes longer than compiling them from kept code.
_Split = tuple[tuple[str, tuple[str, ...]], ...]
_Reading = tuple[bool, "tuple[str, ...] | bool | None", "_Split | bool | None"]

CACHE_PREFIX = "patterns-"


class _Kept:
    """The compiled patterns' code and readings: read from the cache folder, added to as
    patterns compile."""

    def __init__(self) -> None:
        self.codes: dict[tuple[str, int], _Code] = {}
        self.readings: dict[tuple[str, int], _Reading] = {}
        self.path: Path | None = None
        self.added = False

    def use(self, cache_dir: Path) -> None:
        """Read the code kept in `cache_dir`, and keep what is compiled from now on there."""
        if _parser is None:
            return
        if self.path is None:
            atexit.register(self.write)
        self.path = cache_dir / f"{CACHE_PREFIX}{_engine_key()}.pickle"
        try:
            data = read_data(self.path)
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            data = None
        if not isinstance(data, dict):
            return
        codes, readings = data.get("codes"), data.get("readings")
        if isinstance(codes, dict):
            for key, code in codes.items():
                self.codes.setdefault(key, code)
        if isinstance(readings, dict):
            for key, reading in readings.items():
                if _is_reading(reading):  # (code `_sre` checks; a reading is checked here)
                    self.readings.setdefault(key, reading)

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """Return `pattern` compiled, from its kept code when there is some."""
        key = (pattern, int(flags))  # a plain int: a `re.RegexFlag` would not unpickle here
        code = self.codes.get(key)
        if code is not None:
            try:
                return cast(re.Pattern[str], _sre.compile(pattern, *code))
            except (RuntimeError, TypeError, ValueError, OverflowError):
                del self.codes[key]  # code `_sre` will not take (another engine's, or damaged)
        if self.path is not None:
            with contextlib.suppress(AttributeError, TypeError):  # `re` not as it was written for
                code = _code_of(pattern, flags)
                compiled = cast(re.Pattern[str], _sre.compile(pattern, *code))
                self.codes[key] = code
                self.added = True
                return compiled
        return re.compile(pattern, flags)

    def reading(self, pattern: str, flags: int, compiled_flags: int, texts: bool) -> _Reading:
        """Return whether the pattern is `anchored` and, if `texts`, the texts it requires and
        its alternatives with theirs (`required_texts`, `alternatives_required`; else False):
        as kept, or read from its source (with the flags it compiled with)."""
        key = (pattern, int(flags))
        reading = self.readings.get(key)
        if reading is None or (texts and reading[1] is False):
            starts = anchored(pattern, compiled_flags)
            if texts:
                required = required_texts(pattern, compiled_flags)
                # (An anchored pattern is tried at one position only: not worth splitting.)
                split = None if starts else alternatives_required(pattern, compiled_flags)
                reading = (starts, required, split)
            else:
                reading = (starts, False, False)
            self.readings[key] = reading
            self.added = self.path is not None or self.added
        return reading

    def write(self) -> None:
        """Write the code and readings kept, when some were added since they were read; skip
        on errors."""
        if self.path is not None and self.added:
            self.added = False
            kept = {"codes": self.codes, "readings": self.readings}
            data = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
            write_cache(self.path.parent, self.path, data, f"{CACHE_PREFIX}*.pickle")


_KEPT = _Kept()


def _is_reading(reading: object) -> bool:
    """Return whether `reading` is one `_Kept.reading` returns: (bool, texts, alternatives with
    their texts), texts and alternatives each None or False if none."""
    if not (isinstance(reading, tuple) and len(reading) == 3 and isinstance(reading[0], bool)):
        return False
    split = reading[2]
    return _are_texts(reading[1]) and (
        split is None
        or split is False
        or (
            isinstance(split, tuple)
            and bool(split)
            and all(
                isinstance(pair, tuple)
                and len(pair) == 2
                and isinstance(pair[0], str)
                and isinstance(pair[1], tuple)
                and _are_texts(pair[1])
                for pair in split
            )
        )
    )


def _are_texts(texts: object) -> bool:
    """Return whether `texts` are as `required_texts` gives them: texts, None, or False."""
    return (
        texts is None
        or texts is False
        or (
            isinstance(texts, tuple)
            and all(isinstance(t, str) and t for t in texts)
            and bool(texts)
        )
    )


def _engine_key() -> str:
    """Return what names the interpreter and regular-expression engine a code was made for,
    and the code here that reads a pattern's source."""
    engine = f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
    digest = hashlib.sha256(engine.encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:24]


def _code_of(pattern: str, flags: int) -> _Code:
    """Return the code `re.compile(pattern, flags)` builds its pattern from (as `re` does)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in groups.items():
        names[number] = name
    # Plain ints: `re` names its opcodes with an int subclass, which cannot be unpickled here.
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        dict(groups),
        tuple(names),
    )


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `pattern` compiled with `flags`, as `re.compile` would (see the module's notes)."""
    return _KEPT.compile(pattern, flags)


def use_cache(cache_dir: Path) -> None:
    """Keep compiled patterns' code in `cache_dir`: read what is there, write what is added.

    What is added is written when the process exits (after a one-off answer is out), or at
    once by `keep_all`, to the folder given last.
    """
    _KEPT.use(cache_dir)


def keep_all() -> None:
    """Compile every lazy pattern and write the code kept (at install, for `briefbot ask`)."""
    for lazy in _LAZY:
        lazy.compiled  # noqa: B018 - compiled for its code
        for alternative in lazy.alternative_patterns:
            alternative.compiled  # noqa: B018 - (searched with on their own)
    _KEPT.write()


# Reading a pattern's source without compiling it (parsing _FILLER takes `re` 0.1 s): its
# alternatives, and what text a match of each must contain. One token at a time; a run of
# characters standing for themselves is one token.
_TOKEN = lazy_compile(
    r"(?P<whole>\(\?(?:P=\w+|[aiLmsux]+|\#[^)]*)\))"  # a reference, flags, a comment
    r"|(?P<open>\((?:\?(?:[:=!>]|<[=!]|P<\w+>|[aiLmsux-]+:))?)"
    r"|(?P<close>\))|(?P<bar>\|)"
    r"|(?P<quantifier>(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?)"
    # An escape: a character by its code ("\u00f1", "\x41", "\N{EM DASH}"), an octal one, a
    # group's number ("\12": group 12), or one character ("\b", "\.").
    r"|(?P<escape>\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]*\}"
    r"|0[0-7]{0,2}|[1-7][0-7]{2}|[1-9][0-9]?|.))|(?P<set>\[\^?\]?(?:\\.|[^\]\\])*\])"
    r"|(?P<chars>[^\\\[\]()|?*+{}.^$]+)|(?P<other>.)",
    re.DOTALL,
)


def _literal(escape: str) -> str | None:
    r"""Return the one character an escape stands for (r"\.", r"\u00f1"), or None if it is not
    one (r"\b", r"\d", r"\1", r"\N{...}": a name would need looking up)."""
    if escape[1] in "uUx":
        return chr(int(escape[2:], 16))
    return escape[1] if len(escape) == 2 and not (escape[1].isalnum() or escape[1] == "_") else None


# Groups whose content every match passes through: non-capturing, named, atomic, positive
# lookarounds, and plain ones (not negative lookarounds, nor those setting flags).
_PASSED_THROUGH = ("(?:", "(?P<", "(?>", "(?=", "(?<=")

_Item = tuple[str, Any]  # (token kind, its text or, for a group, the `_Group`)


@dataclass
class _Group:
    """A group read from a pattern's source: how it opens, its alternatives and their spans."""

    opening: str
    choices: list[list[_Item]]
    spans: list[tuple[int, int]]


def _read_source(source: str) -> _Group:
    """Return a pattern's source read into groups (the whole pattern is one, opening "")."""
    top = _Group("", [[]], [])
    stack, starts = [top], [0]
    for token in _TOKEN.finditer(source):
        kind, text = token.lastgroup or "", token[0]
        group = stack[-1]
        if kind == "whole" and "x" in text and not text.startswith("(?#"):
            raise ValueError("a verbose pattern: its spaces stand for nothing")
        if kind == "open":
            if source[token.end() : token.end() + 1] == "?":
                raise ValueError(
                    f"an unread group at {token.start()}: {source[token.start() :][:8]}"
                )
            stack.append(_Group(text, [[]], []))
            starts.append(token.end())
        elif kind in ("close", "bar"):
            if kind == "close" and len(stack) == 1:
                raise ValueError("a group closes that never opened")
            group.spans.append((starts[-1], token.start()))
            if kind == "bar":
                group.choices.append([])
                starts[-1] = token.end()
            else:
                stack.pop()
                starts.pop()
                stack[-1].choices[-1].append(("group", group))
        else:
            group.choices[-1].append((kind, text))
    if len(stack) > 1:
        raise ValueError("a group is not closed")
    top.spans.append((starts[0], len(source)))
    return top


def _required(items: list[_Item]) -> frozenset[str] | None:
    """Return texts one of which every match of `items` contains, or None if none is sure.

    A run of characters standing for themselves (less one a quantifier makes optional), or the
    texts a group every match passes through requires, one per alternative of it; of those, the
    candidate whose shortest text is longest.
    """
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for n, (kind, value) in enumerate(items):
        after = items[n + 1][1] if n + 1 < len(items) and items[n + 1][0] == "quantifier" else ""
        optional = after[:1] in ("?", "*") or after.startswith(("{0", "{,"))
        if kind == "escape" and (char := _literal(value)) is not None:
            kind, value = "chars", char
        if kind == "chars":
            run.append(value[:-1] if after else value)
            if not after:
                continue
            if not optional:
                run.append(value[-1])  # repeated, so what follows is not next to it
        if run and (text := "".join(run)):
            candidates.append(frozenset({text}))
        run = []
        opening = value.opening if kind == "group" else ""
        if not optional and (opening == "(" or opening.startswith(_PASSED_THROUGH)):
            each = [_required(choice) for choice in value.choices]
            if None not in each:
                candidates.append(frozenset().union(*each))  # type: ignore[arg-type]
    if run and (text := "".join(run)):
        candidates.append(frozenset({text}))
    return max(candidates, key=lambda texts: min(map(len, texts)), default=None)


def anchored(pattern: str, flags: int) -> bool:
    """Return whether every match of the pattern starts where the text (or the search) does:
    each alternative opens with "^" or "\\A", and "^" is not a line's start (no MULTILINE).

    Then `match` finds what `search` does. A source not read counts as not anchored.
    """
    if flags & (re.MULTILINE | re.VERBOSE) or not pattern.startswith(("^", r"\A")):
        return False
    try:
        top = _read_source(pattern)
    except ValueError:
        return False
    return all(pattern[start:end].startswith(("^", r"\A")) for start, end in top.spans)


def required_texts(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Return texts one of which every match of the pattern contains, or None if none is sure.

    Lower-cased when the pattern ignores case (and then None if one is not ASCII: the text a
    pattern ignoring case matches, lower-cased, need not hold it). A text holding another is
    left out: where it is, so is the other.
    """
    if flags & re.VERBOSE:
        return None
    try:
        each = [_required(choice) for choice in _read_source(pattern).choices]
    except ValueError:
        return None
    if None in each:
        return None
    return _looked_for(frozenset().union(*each), flags)  # type: ignore[arg-type]


def _looked_for(texts: frozenset[str], flags: int) -> tuple[str, ...] | None:
    """Return required `texts` as a text is searched for them (see `required_texts`)."""
    if flags & re.IGNORECASE:
        if not all(text.isascii() for text in texts):
            return None
        texts = frozenset(text.lower() for text in texts)
    return tuple(sorted(t for t in texts if not any(o != t and o in t for o in texts)))


# Fewer alternatives than this are tried by `re` as fast as their texts are looked for.
MANY_ALTERNATIVES = 16


def alternatives_required(pattern: str, flags: int) -> _Split | None:
    """Return the pattern's `alternatives`, each with the texts one of which it requires (as
    `required_texts` gives them), or None unless there are `MANY_ALTERNATIVES` and each
    requires some (and unless the pattern is read)."""
    if flags & re.VERBOSE:
        return None
    try:
        split = alternatives(pattern)
    except ValueError:
        return None
    if len(split) < MANY_ALTERNATIVES:
        return None
    out = []
    for alternative, required in split:
        texts = None if required is None else _looked_for(required, flags)
        if texts is None:
            return None
        out.append((alternative, texts))
    return tuple(out)


def alternatives(source: str) -> list[tuple[str, frozenset[str] | None]]:
    """Return a pattern's alternatives, each with texts one of which its every match contains
    (None if none is sure); the pattern matches as its alternatives tried in turn do.

    `"so to speak|\\b(?:the )?status of\\b"` gives ("so to speak", {"so to speak"}) and
    (r"\\b(?:the )?status of\\b", {"status of"}). An alternative that is one group of
    alternatives among items matching no character (zero-width escapes, "^", "$" and
    lookarounds), as `\\b(?:a|b)\\b` or `(?<!\\w)(?:a|b)`, counts as its group's: `\\b(?:a)\\b`
    and `\\b(?:b)\\b`. Raise ValueError on a source this does not read.
    """
    top = _read_source(source)
    out: list[tuple[str, frozenset[str] | None]] = []
    for items, (start, end) in zip(top.choices, top.spans, strict=True):
        groups = [value for kind, value in items if kind == "group" and value.opening == "(?:"]
        if len(groups) == 1 and all(
            _zero_width(item) for item in items if item[1] is not groups[0]
        ):
            group = groups[0]
            before = source[start : group.spans[0][0] - len(group.opening)]
            after = source[group.spans[-1][1] + 1 : end]  # (after its ")")
            out.extend(
                (f"{before}(?:{source[a:b]}){after}", _required(choice))
                for choice, (a, b) in zip(group.choices, group.spans, strict=True)
            )
        else:
            out.append((source[start:end], _required(items)))
    return out


def _zero_width(item: _Item) -> bool:
    """Return whether a pattern's item matches no character (a test of where it is)."""
    kind, value = item
    if kind == "escape":
        return value in (r"\b", r"\B", r"\A", r"\Z")
    if kind == "other":
        return value in ("^", "$")
    return kind == "group" and value.opening in ("(?=", "(?!", "(?<=", "(?<!")
