"""Render a neutral `Reply` as a Slack message: Block Kit built with slack_sdk's models.

Layout: the title in bold, an optional "shared by" credit, each section's items with every
citation as a context line (quote, speaker, outlet, date), conflicting accounts side by side as
section fields, suggestions, a footer with the "as of" note and the fact-base version, and the
buttons. Every string from a fact or a user goes through `escape`; every message stays within
Slack's limits (50 blocks, 3000 characters per text object, 2000 per field, 10 fields) and
within a modest total, trimming whole entries with a note rather than cutting a conflict in
half. A plain-text fallback is always set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.adapters.slack import strings
from bot.adapters.slack.escape import escape_mrkdwn, fit, safe_plain
from bot.core.reply import Citation, Item, Reply, Section
from bot.core.text import quoted

MAX_BLOCKS = 50
MAX_TEXT = 3000  # a section's text object
MAX_FIELD = 2000  # one section field
MAX_FIELDS = 10  # fields per section
MAX_TITLE = 300  # a title longer than this is cut; it is a heading, not the answer
MAX_BUTTON_LABEL = 75
MAX_BUTTON_VALUE = 2000
MAX_QUOTE = 1000  # a displayed quote; longer ones are cut with an ellipsis
MAX_FALLBACK = 4000  # the top-level `text`
# Slack answers msg_blocks_too_long at about 13k characters of blocks that pass every
# per-block limit (slackapi/bolt-js#2509); stay well below it.
MAX_TOTAL = 10_000

ACTION_IDS: Mapping[str, str] = {
    "share": "briefbot_share",
    "helpful": "briefbot_helpful",
    "not_helpful": "briefbot_not_helpful",
}
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class SlackMessage:
    """A rendered message: the plain fallback text and the blocks."""

    text: str
    blocks: tuple[Block, ...]
    trimmed: int = 0  # entries left out to stay within limits

    def blocks_json(self) -> list[dict[str, Any]]:
        """Return the blocks as JSON-ready dicts (slack_sdk validates each on the way)."""
        return [block.to_dict() for block in self.blocks]

    def total_chars(self) -> int:
        """Return the characters of text across all blocks (what msg_blocks_too_long counts)."""
        return sum(_chars(block) for block in self.blocks)


def mrkdwn(text: str) -> MarkdownTextObject:
    """Return a mrkdwn text object that Slack will not auto-link (`verbatim`)."""
    return MarkdownTextObject(text=text, verbatim=True)


def citation_line(citation: Citation) -> str:
    """Return one citation as escaped mrkdwn: “quote” — speaker · outlet, _headline_ · date."""
    quote = fit(escape_mrkdwn(citation.quote), MAX_QUOTE)
    source = escape_mrkdwn(citation.outlet or "unknown outlet")
    if citation.headline:
        source += f", _{escape_mrkdwn(citation.headline)}_"
    when = citation.published or citation.published_note or strings.UNKNOWN_DATE
    parts = [quoted(quote, "“", "”")]
    if citation.speaker:
        parts.append(f"— {escape_mrkdwn(citation.speaker)}")
    line = " ".join(parts) + f" · {source} · {escape_mrkdwn(when)}"
    return fit(line, MAX_TEXT)


def _item_text(item: Item, limit: int) -> str:
    text = escape_mrkdwn(item.text)
    if item.label:
        text = f"*{escape_mrkdwn(item.label)}*: {text}"
    return fit(text, limit)


def _citation_blocks(items: tuple[Item, ...]) -> list[Block]:
    return [
        ContextBlock(elements=[mrkdwn(citation_line(c))]) for item in items for c in item.citations
    ]


def _section_units(section: Section) -> list[tuple[list[Block], int]]:
    """Return the section as units that are shown whole or not at all, with entry counts.

    An item and its citations form one unit (a claim never appears without its source); a
    side-by-side section is a single unit, so a conflict is never shown half.
    """
    heading: list[Block] = []
    if section.heading:
        heading = [SectionBlock(text=mrkdwn(fit(f"*{escape_mrkdwn(section.heading)}*", MAX_TEXT)))]
    if not section.items:
        return [(heading, 0)] if heading else []
    if section.side_by_side:
        fields = [mrkdwn(_item_text(item, MAX_FIELD)) for item in section.items]
        rows: list[Block] = [
            SectionBlock(fields=fields[i : i + MAX_FIELDS])
            for i in range(0, len(fields), MAX_FIELDS)
        ]
        return [([*heading, *rows, *_citation_blocks(section.items)], len(section.items))]
    units: list[tuple[list[Block], int]] = []
    for index, item in enumerate(section.items):
        blocks: list[Block] = [SectionBlock(text=mrkdwn(_item_text(item, MAX_TEXT)))]
        blocks += _citation_blocks((item,))
        units.append(((heading if index == 0 else []) + blocks, 1))
    return units


def _chars(block: Block) -> int:
    """Count the text characters in a block's JSON (strings only)."""

    def walk(value: object) -> int:
        if isinstance(value, str):
            return len(value)
        if isinstance(value, dict):
            return sum(walk(v) for k, v in value.items() if k in ("text", "fields", "elements"))
        if isinstance(value, list):
            return sum(walk(v) for v in value)
        return 0

    return walk(block.to_dict())


def _footer(reply: Reply) -> list[Block]:
    parts: list[str] = []
    if reply.as_of:
        parts.append(escape_mrkdwn(reply.as_of))
    if reply.version:
        parts.append(strings.FACT_BASE_VERSION.format(version=escape_mrkdwn(reply.version)))
    return [ContextBlock(elements=[mrkdwn(fit(" · ".join(parts), MAX_TEXT))])] if parts else []


def _actions(reply: Reply, values: Mapping[str, str]) -> list[Block]:
    buttons: list[ButtonElement] = []
    for action in reply.actions:
        value = values.get(action.id)
        action_id = ACTION_IDS.get(action.id)
        if value is None or action_id is None:
            continue
        if len(value) > MAX_BUTTON_VALUE:
            raise ValueError(f"button value for {action.id} is longer than {MAX_BUTTON_VALUE}")
        label = safe_plain(action.label)
        buttons.append(
            ButtonElement(
                text=PlainTextObject(text=fit(label, MAX_BUTTON_LABEL), emoji=False),
                action_id=action_id,
                value=value,
                style="primary" if action.id == "share" else None,
            )
        )
    return [ActionsBlock(elements=buttons)] if buttons else []


def render(
    reply: Reply,
    *,
    button_values: Mapping[str, str] | None = None,
    shared_by: str | None = None,
) -> SlackMessage:
    """Render `reply` as a Slack message.

    Args:
        reply: the core's neutral reply.
        button_values: the value to send back for each of the reply's actions ("share",
            "helpful", "not_helpful"); actions without a value get no button. None: no buttons
            (public posts, digests).
        shared_by: the Slack user id credited for a shared answer.

    Returns:
        The message, within Slack's limits.
    """
    # The title is bold mrkdwn rather than a header block: it may echo typed text, and only
    # mrkdwn has a documented escaping for `& < >`.
    title = f"*{fit(escape_mrkdwn(reply.title), MAX_TITLE)}*" if reply.title else ""
    head: list[Block] = [SectionBlock(text=mrkdwn(title))] if title else []
    if shared_by is not None:
        if not _USER_ID.match(shared_by):
            raise ValueError("shared_by must be a Slack user id")
        head.append(ContextBlock(elements=[mrkdwn(strings.SHARED_BY.format(user=shared_by))]))

    units = [unit for section in reply.sections for unit in _section_units(section)]
    if reply.suggestions:
        lines = "\n".join(f"• {escape_mrkdwn(s)}" for s in reply.suggestions)
        heading = f"*{escape_mrkdwn(strings.TRY_HEADING)}*\n"
        units.append(([SectionBlock(text=mrkdwn(fit(heading + lines, MAX_TEXT)))], 0))

    tail = _footer(reply) + _actions(reply, button_values or {})
    note_reserve = 1 if units else 0
    room_blocks = MAX_BLOCKS - len(head) - len(tail) - note_reserve
    room_chars = MAX_TOTAL - sum(map(_chars, head)) - sum(map(_chars, tail)) - 300

    body: list[Block] = []
    used_chars = 0
    trimmed = 0
    for blocks, entries in units:
        size = sum(map(_chars, blocks))
        if trimmed or len(body) + len(blocks) > room_blocks or used_chars + size > room_chars:
            trimmed += max(entries, 1)
            continue
        body += blocks
        used_chars += size
    if trimmed:
        note = strings.TRIMMED_NOTE.format(count=trimmed)
        body.append(ContextBlock(elements=[mrkdwn(escape_mrkdwn(note))]))

    fallback = fit(escape_mrkdwn(reply.text or reply.title), MAX_FALLBACK)
    return SlackMessage(text=fallback, blocks=(*head, *body, *tail), trimmed=trimmed)
