"""Render a neutral `Reply` as Discord embeds, within Discord's limits.

Layout: the first embed has the reply's title and, for answers, the question as its author
line; each section's items go in the description ("• claim"), each citation is a field (name:
speaker · outlet · date; value: the quote); conflicting accounts get an embed of their own with
one inline field per account, so they show side by side and are never merged or cut in half.
The last embed's footer carries the "as of" note, the fact-base version and the ids of the facts
shown, which the feedback buttons read back after a restart.

Discord does not validate embeds client-side; `discord.Embed` happily builds one that the API
rejects with 400/50035. Everything here is clamped: title 256, description 4096, 25 fields of
name 256 / value 1024, footer 2048, author 256, 6000 characters across the message and at most
10 embeds. Whole entries that do not fit are left out with a note saying how many.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.adapters.discord import strings
from bot.core.reply import Citation, Item, Reply, ReplyKind, Section
from bot.core.text import quoted

MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_AUTHOR = 256
MAX_TOTAL = 6000
MAX_EMBEDS = 10
MAX_CONTENT = 2000
MAX_QUOTE = 900  # a quote longer than this is cut with an ellipsis
MAX_QUOTE_IN_LIST = 250  # in replies citing many facts, so more of them fit in 6000 characters
MANY_CITATIONS = 4

COLOURS = {
    ReplyKind.ANSWER: discord.Colour(0x2B6CB0),
    ReplyKind.ABSTAIN: discord.Colour(0xB7791F),
    ReplyKind.INFO: discord.Colour(0x4A5568),
    ReplyKind.ERROR: discord.Colour(0xC53030),
}
_VERSION = re.compile(r"fact base (\S+)")
_FACTS = re.compile(r"facts: ([a-z0-9][a-z0-9._:-]*(?:, [a-z0-9][a-z0-9._:-]*)*)$")
_SEPARATOR = " · "
_NOTE_RESERVE = 200  # characters kept for the "…and N more" note


def fit(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters, ending with "…" when cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def safe(text: str) -> str:
    """Return fact or user text made inert: no markdown, no mentions, no broadcasts."""
    return escape_mentions(escape_markdown(text))


def citation_source(citation: Citation) -> str:
    """Return "speaker · outlet · date" for a citation, as plain escaped text."""
    when = citation.published or citation.published_note or strings.UNKNOWN_DATE
    parts = [citation.speaker] if citation.speaker else []
    parts += [citation.outlet or strings.UNKNOWN_OUTLET, when]
    return safe(_SEPARATOR.join(parts))


def citation_quote(citation: Citation, limit: int = MAX_QUOTE) -> str:
    """Return the quote in typographic quotes, escaped and cut to `limit` characters."""
    return quoted(safe(fit(citation.quote, limit)), "“", "”")


def _item_line(item: Item) -> str:
    text = safe(item.text)
    if item.label:
        text = f"**{safe(item.label)}**: {text}"
    return f"• {text}"


@dataclass(slots=True)
class _Page:
    """One embed being filled."""

    title: str | None
    lines: list[str] = field(default_factory=list)
    fields: list[tuple[str, str, bool]] = field(default_factory=list)
    side_by_side: bool = False

    def description(self) -> str:
        return "\n".join(self.lines)

    def size(self) -> int:
        return (
            len(self.title or "")
            + len(self.description())
            + sum(len(n) + len(v) for n, v, _ in self.fields)
        )


@dataclass(frozen=True, slots=True)
class _Unit:
    """Entries shown whole or not at all: an item with its citations, or a whole conflict."""

    lines: tuple[str, ...]
    fields: tuple[tuple[str, str, bool], ...]
    facts: tuple[str, ...]
    entries: int
    side_by_side_title: str | None = None  # set: the unit needs an embed of its own
    heading: str | None = None


def _units(section: Section, quote_limit: int) -> list[_Unit]:
    heading = fit(f"**{safe(section.heading)}**", MAX_DESCRIPTION) if section.heading else None
    if section.side_by_side:
        fields: list[tuple[str, str, bool]] = []
        for index, item in enumerate(section.items, start=1):
            name = item.label or (
                citation_source(item.citations[0]) if item.citations else f"{index}"
            )
            value = safe(item.text)
            sources = [citation_source(c) for c in item.citations]
            # Share the field's 1024 characters out so every citation keeps its source line
            # rather than the last ones being cut off.
            overhead = len(value) + sum(len(src) + 6 for src in sources)
            room = (MAX_FIELD_VALUE - overhead) // max(1, len(sources))
            limit = max(60, min(quote_limit, room))
            for citation, source in zip(item.citations, sources, strict=True):
                value += f"\n{citation_quote(citation, limit)}\n— {source}"
            fields.append(
                (
                    fit(safe(name) if item.label else name, MAX_FIELD_NAME),
                    fit(value, MAX_FIELD_VALUE),
                    True,
                )
            )
        title = fit(safe(section.heading), MAX_TITLE) if section.heading else "\u200b"
        facts = tuple(f for item in section.items for f in item.fact_ids)
        return [
            _Unit(
                lines=(),
                fields=tuple(fields[:MAX_FIELDS]),
                facts=facts,
                entries=len(section.items),
                side_by_side_title=title,
            )
        ]
    units: list[_Unit] = []
    for index, item in enumerate(section.items):
        cites = tuple(
            (
                fit(citation_source(c), MAX_FIELD_NAME),
                fit(citation_quote(c, quote_limit), MAX_FIELD_VALUE),
                False,
            )
            for c in item.citations
        )
        lines = (fit(_item_line(item), MAX_DESCRIPTION // 2),)
        units.append(
            _Unit(
                lines=lines,
                fields=cites[:MAX_FIELDS],
                facts=item.fact_ids,
                entries=1,
                heading=heading if index == 0 else None,
            )
        )
    if not section.items and heading:
        units.append(_Unit(lines=(), fields=(), facts=(), entries=0, heading=heading))
    return units


def footer_text(reply: Reply, fact_ids: tuple[str, ...]) -> str:
    """Return the footer: "as of …", the fact-base version and the ids of the facts shown."""
    parts: list[str] = []
    if reply.as_of:
        parts.append(reply.as_of)
    if reply.version:
        parts.append(strings.FACT_BASE_VERSION.format(version=reply.version))
    shown = list(dict.fromkeys(fact_ids))
    marker = strings.FACTS_MARKER.format(ids=", ".join(shown)) if shown else ""
    head = _SEPARATOR.join(parts)
    if marker:
        room = MAX_FOOTER - len(head) - len(_SEPARATOR)
        while shown and len(marker) > room:
            shown.pop()
            marker = strings.FACTS_MARKER.format(ids=", ".join(shown)) if shown else ""
        if marker:
            head = f"{head}{_SEPARATOR}{marker}" if head else marker
    return fit(head, MAX_FOOTER)


@dataclass(frozen=True, slots=True, kw_only=True)
class Marker:
    """What the footer says about the answer: its fact-base version and fact ids."""

    version: str | None
    fact_ids: tuple[str, ...]


def read_marker(embeds: list[discord.Embed]) -> Marker | None:
    """Return the version and fact ids from the last footer of a rendered reply, if any."""
    for embed in reversed(embeds):
        text = embed.footer.text if embed.footer else None
        if not text:
            continue
        version = _VERSION.search(text)
        facts = _FACTS.search(text)
        return Marker(
            version=version.group(1) if version else None,
            fact_ids=tuple(facts.group(1).split(", ")) if facts else (),
        )
    return None


def read_question(embeds: list[discord.Embed]) -> str | None:
    """Return the question a rendered answer carries in its author line, if any."""
    if embeds and embeds[0].author and embeds[0].author.name:
        return embeds[0].author.name.replace("@\u200b", "@")
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Rendered:
    """The embeds of one message, the facts they show and how many entries were left out."""

    embeds: tuple[discord.Embed, ...]
    fact_ids: tuple[str, ...]
    trimmed: int = 0

    def total(self) -> int:
        """Return the characters Discord counts against the 6000 limit."""
        return sum(len(e) for e in self.embeds)


def render(reply: Reply, *, question: str | None = None) -> Rendered:
    """Render `reply` as at most 10 embeds within Discord's limits.

    Args:
        reply: the core's neutral reply.
        question: the question as typed, shown as the author line of an answer (plain text,
            which Discord renders without markdown or mentions) and read back by the buttons.

    Returns:
        The embeds, the ids of the facts they show, and the count of entries left out.
    """
    colour = COLOURS.get(reply.kind, COLOURS[ReplyKind.INFO])
    # The author line is plain text (no markdown), so only mentions are defused.
    author = fit(escape_mentions(" ".join(question.split())), MAX_AUTHOR) if question else None
    cited = sum(len(i.citations) for s in reply.sections for i in s.items)
    quote_limit = MAX_QUOTE if cited <= MANY_CITATIONS else MAX_QUOTE_IN_LIST
    units = [u for s in reply.sections for u in _units(s, quote_limit)]
    if reply.suggestions:
        lines = (
            f"**{strings.TRY_HEADING}**",
            *(f"• {safe(fit(s, 300))}" for s in reply.suggestions),
        )
        units.append(_Unit(lines=tuple(lines), fields=(), facts=(), entries=0))
    if not units and reply.text and reply.text != reply.title:
        units.append(
            _Unit(lines=(fit(safe(reply.text), MAX_DESCRIPTION),), fields=(), facts=(), entries=0)
        )

    # Reserve the footer at its largest (every fact listed) and the author line up front.
    all_facts = tuple(f for u in units for f in u.facts)
    reserve = len(footer_text(reply, all_facts)) + len(author or "") + _NOTE_RESERVE
    budget = MAX_TOTAL - reserve
    pages: list[_Page] = [_Page(title=fit(safe(reply.title), MAX_TITLE) if reply.title else None)]
    used = pages[0].size()
    shown: list[str] = []
    trimmed = 0
    stopped = False

    def room_for(page: _Page, lines: tuple[str, ...], fields: int) -> bool:
        desc = len(page.description()) + sum(len(x) + 1 for x in lines)
        return desc <= MAX_DESCRIPTION and len(page.fields) + fields <= MAX_FIELDS

    for unit in units:
        lines = ((unit.heading,) if unit.heading else ()) + unit.lines
        size = sum(len(x) + 1 for x in lines) + sum(len(n) + len(v) for n, v, _ in unit.fields)
        if unit.side_by_side_title is not None:
            size += len(unit.side_by_side_title)
        if stopped or used + size > budget:
            # Running text stops at the first entry that does not fit, keeping its order
            # (a timeline with a gap would mislead); a conflict is independent of the next,
            # so a smaller one after it may still be shown.
            stopped = stopped or unit.side_by_side_title is None
            trimmed += max(unit.entries, 1)
            continue
        page = pages[-1]
        needs_own = unit.side_by_side_title is not None
        if needs_own or page.side_by_side or not room_for(page, lines, len(unit.fields)):
            if len(pages) >= MAX_EMBEDS:
                trimmed += max(unit.entries, 1)
                continue
            title = unit.side_by_side_title if needs_own else None
            page = _Page(title=title, side_by_side=needs_own)
            pages.append(page)
        page.lines.extend(lines)
        page.fields.extend(unit.fields)
        used += size
        shown.extend(unit.facts)

    if trimmed:
        note = safe(strings.TRIMMED_NOTE.format(count=trimmed))
        last = pages[-1]
        if (last.side_by_side or not room_for(last, (note,), 0)) and len(pages) < MAX_EMBEDS:
            last = _Page(title=None)
            pages.append(last)
        if room_for(last, (note,), 0):
            last.lines.append(f"*{note}*")

    # Listed in the reply's own order (what it draws on), then any only the items name.
    seen = set(shown)
    fact_ids = tuple(f for f in reply.fact_ids if f in seen)
    fact_ids += tuple(f for f in dict.fromkeys(shown) if f not in set(fact_ids))
    embeds: list[discord.Embed] = []
    for page in pages:
        description = page.description()
        if not (page.title or description or page.fields):
            continue
        embed = discord.Embed(title=page.title, description=description or None, colour=colour)
        for name, value, inline in page.fields:
            embed.add_field(name=name, value=value, inline=inline)
        embeds.append(embed)
    if not embeds:
        embeds.append(discord.Embed(title="\u200b", colour=colour))
    if author:
        embeds[0].set_author(name=author)
    footer = footer_text(reply, fact_ids if fact_ids else ())
    if footer:
        embeds[-1].set_footer(text=footer)
    return Rendered(embeds=tuple(embeds), fact_ids=fact_ids, trimmed=trimmed)


def error_text(reply: Reply) -> str:
    """Return an error reply as one short message: what went wrong, then how to do it right."""
    lines: list[str] = []
    for section in reply.sections:
        for item in section.items:
            text = safe(item.text)
            lines.append(f"{safe(section.heading)}: {text}" if section.heading else text)
    return fit("\n".join(lines) or safe(reply.title), MAX_CONTENT)


def plain(text: str) -> str:
    """Return text for a message's `content`: inert and within 2000 characters."""
    return fit(safe(text), MAX_CONTENT)


def limit_problems(embeds: list[discord.Embed] | tuple[discord.Embed, ...]) -> list[str]:
    """Return every way `embeds` break Discord's limits (empty when they fit)."""
    problems: list[str] = []
    if len(embeds) > MAX_EMBEDS:
        problems.append(f"{len(embeds)} embeds > {MAX_EMBEDS}")
    total = 0
    for i, embed in enumerate(embeds):
        total += len(embed)
        checks = [
            ("title", len(embed.title or ""), MAX_TITLE),
            ("description", len(embed.description or ""), MAX_DESCRIPTION),
            ("fields", len(embed.fields), MAX_FIELDS),
            ("footer", len(embed.footer.text or "") if embed.footer else 0, MAX_FOOTER),
            ("author", len(embed.author.name or "") if embed.author else 0, MAX_AUTHOR),
        ]
        for f in embed.fields:
            checks.append(("field name", len(f.name or ""), MAX_FIELD_NAME))
            checks.append(("field value", len(f.value or ""), MAX_FIELD_VALUE))
            if not (f.name or "").strip() or not (f.value or "").strip():
                problems.append(f"embed {i}: empty field")
        problems += [f"embed {i}: {what} {n} > {limit}" for what, n, limit in checks if n > limit]
    if total > MAX_TOTAL:
        problems.append(f"total {total} > {MAX_TOTAL}")
    return problems
