"""Make text safe for Slack: mrkdwn escaping, inert broadcasts, control characters, lengths.

Slack treats only `&`, `<` and `>` as control characters in message text, so those three are
escaped (`&` first) and nothing else: HTML-escaping more would show `&#39;` to readers. An
escaped `<!channel>`, `<@U123>` or `<https://x|y>` is shown as typed and pings or links no one.

Bare `@everyone`, `@here` and `@channel` get a ZERO WIDTH JOINER (U+200D) after the `@`. We
chose it over a fullwidth `＠` because it is invisible, so a verbatim quote still reads
verbatim, while it splits the word Slack would match; Slack does not apply NFKC or strip
joiners (NFKC would turn a fullwidth `＠` back into `@`, which makes the fullwidth variant the
more fragile choice if any layer normalises). Renderers also send `verbatim: true` text
objects and `parse: none`, `link_names: false`, so no layer auto-links typed text.
"""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH_JOINER = "\u200d"
ELLIPSIS = "…"

_BROADCAST = re.compile(r"@(?=(?:everyone|here|channel)\b)", re.IGNORECASE)
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,3}$")
_KEEP_CONTROLS = frozenset("\n\t")


def strip_controls(text: str) -> str:
    """Return `text` without control characters (newline and tab survive).

    Removes C0/C1 controls and the bidi override and isolate characters, which can make a
    quote display in a different order than it is stored; right-to-left script itself stays.
    """
    out: list[str] = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        if ch in _KEEP_CONTROLS:
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            continue
        if ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            continue
        out.append(ch)
    return "".join(out)


def defuse_broadcasts(text: str) -> str:
    """Return `text` with `@everyone`, `@here` and `@channel` made inert."""
    return _BROADCAST.sub("@" + ZERO_WIDTH_JOINER, text)


def escape_mrkdwn(text: str) -> str:
    """Return `text` safe to embed in mrkdwn: controls stripped, `& < >` escaped, broadcasts inert."""
    clean = strip_controls(text)
    clean = clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return defuse_broadcasts(clean)


def safe_plain(text: str) -> str:
    """Return `text` safe for a `plain_text` object: controls stripped, broadcasts inert.

    Slack shows plain_text as written (no mrkdwn, no links, no mentions), so `& < >` stay.
    """
    return defuse_broadcasts(strip_controls(text))


def unescape_incoming(text: str) -> str:
    """Undo Slack's escaping of `&`, `<` and `>` in text a user typed (`&amp;` last)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def fit(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters with an ellipsis, never inside an entity."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ELLIPSIS))]
    cut = _PARTIAL_ENTITY.sub("", cut)
    return cut + ELLIPSIS
