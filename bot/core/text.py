"""Render a `Reply` as plain text: the console, the CLI and every platform's fallback text."""

from __future__ import annotations

from bot.core import strings
from bot.core.reply import Citation, Item, Reply, Section
from briefings.present import quoted as quoted  # re-exported for the adapters


def attribution(citation: Citation) -> str:
    """Return "speaker (outlet, date; headline)" for a citation; unknowns stay unknown."""
    when = citation.published or citation.published_note
    source = citation.outlet or strings.UNKNOWN_OUTLET
    if when:
        source = f"{source}, {when}"
    if citation.headline:
        source = f"{source}; {citation.headline}"
    return f"{citation.speaker} ({source})" if citation.speaker else source


def render_citation(citation: Citation) -> str:
    """Return one citation line: the verbatim quote and who said it where."""
    return strings.TEXT_CITATION.format(
        quote=quoted(citation.quote), attribution=attribution(citation)
    )


def _item_lines(item: Item, side: bool) -> list[str]:
    head = item.text
    if item.label:
        head = (
            strings.TEXT_SIDE.format(label=item.label, text=item.text)
            if side
            else (f"{item.label}: {item.text}")
        )
    lines = [f"- {head}"]
    lines += [f"    {render_citation(c)}" for c in item.citations]
    return lines


def render_section(section: Section) -> list[str]:
    """Return the lines of one section, its heading first."""
    if not section.heading and len(section.items) == 1:
        only = section.items[0]
        if not only.citations and not only.label:
            return [only.text]  # a lone sentence needs no bullet
    lines = [f"{section.heading}:"] if section.heading else []
    for item in section.items:
        lines += _item_lines(item, section.side_by_side)
    return lines


def render(reply: Reply) -> str:
    """Return the whole reply as plain text, with no markup of any platform."""
    blocks: list[str] = [reply.title] if reply.title else []
    for section in reply.sections:
        lines = render_section(section)
        if lines:
            blocks.append("\n".join(lines))
    if reply.suggestions:
        blocks.append("\n".join([strings.TEXT_TRY, *(f"- {s}" for s in reply.suggestions)]))
    footer = []
    if reply.as_of:
        footer.append(strings.TEXT_AS_OF.format(as_of=reply.as_of))
    if reply.version:
        footer.append(strings.TEXT_VERSION.format(version=reply.version))
    if footer:
        blocks.append(" ".join(footer))
    return "\n\n".join(blocks)
