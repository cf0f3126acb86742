"""Digests as neutral replies: the full brief, what is new, or "no new developments".

`briefings.digest` composes; this module turns a `Digest` into the `Reply` every renderer
draws, with conflicts as side-by-side sections (the same representation as /brief numbers and
/brief disputes) and each section's "N more" note pointing at the /brief command that has them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.core import strings
from bot.core.citations import citation
from bot.core.reply import Item, Reply, ReplyKind, Section, Visibility
from bot.core.text import render
from briefings.digest import Digest, DigestItem, DigestSection, Limits, compose_digest
from briefings.model import FactBase
from briefings.present import as_of_label

MORE_TOPICS = 2  # topics named in a section's "N more" note


def _item(base: FactBase, item: DigestItem) -> Item:
    cites = tuple(citation(base, base.facts[c.fact_id], c.source) for c in item.cited)
    return Item(text=item.text, citations=cites, fact_ids=item.fact_ids, label=item.label)


def _see(section: DigestSection, topic: str | None) -> str:
    if section.key == "figures":
        return strings.DIGEST_SEE_NUMBERS
    if section.key == "timeline":
        if topic:
            return strings.DIGEST_SEE_TIMELINE_TOPIC.format(topic=topic)
        return strings.DIGEST_SEE_TIMELINE
    topics = [topic] if topic else list(section.more_topics[:MORE_TOPICS])
    return strings.DIGEST_SEE_JOIN.join(strings.DIGEST_SEE_TOPIC.format(topic=t) for t in topics)


def _sections(base: FactBase, digest: Digest) -> list[Section]:
    out: list[Section] = []
    for section in digest.sections:
        plain = tuple(_item(base, i) for i in section.items if not i.is_conflict)
        conflicts = [
            Section(
                heading=strings.CONFLICT_HEADING,
                items=tuple(_item(base, side) for side in conflict.sides),
                side_by_side=True,
            )
            for conflict in section.items
            if conflict.is_conflict
        ]
        note: tuple[Item, ...] = ()
        if section.more:
            template = strings.DIGEST_MORE if digest.full else strings.DIGEST_MORE_LATER
            see = _see(section, digest.topic)
            note = (Item(text=template.format(count=section.more, see=see)),)
        if conflicts:
            # The heading, its single facts, the conflicts, then the note on what is left.
            out.append(Section(heading=section.heading, items=plain))
            out += conflicts
            if note:
                out.append(Section(heading=None, items=note))
        else:
            out.append(Section(heading=section.heading, items=plain + note))
    return out


def digest_reply(
    base: FactBase, digest: Digest, *, visibility: Visibility = Visibility.PUBLIC
) -> Reply:
    """Return `digest` as a reply: an ANSWER citing every fact it shows."""
    facts = [base.facts[fid] for fid in digest.fact_ids]
    reply = Reply(
        kind=ReplyKind.ANSWER,
        title=digest.title,
        sections=tuple(_sections(base, digest)),
        as_of=as_of_label(base, facts),
        version=digest.version,
        visibility=visibility,
        fact_ids=digest.fact_ids,
    )
    return replace(reply, text=render(reply))


def nothing_new_reply(
    base: FactBase, topic: str | None, *, visibility: Visibility = Visibility.PUBLIC
) -> Reply:
    """Return the one-line "no new developments" digest, pointing at the full brief."""
    see = strings.DIGEST_SEE_FULL_TOPIC.format(topic=topic) if topic else strings.DIGEST_SEE_FULL
    line = strings.DIGEST_NOTHING_NEW.format(see=see)
    return Reply(
        kind=ReplyKind.INFO,
        title=strings.DIGEST_NOTHING_NEW_TITLE,
        sections=(Section(heading=None, items=(Item(text=line),)),),
        text=line,
        version=base.version,
        visibility=visibility,
    )


def full_brief(base: FactBase, topic: str | None = None, *, limits: Limits | None = None) -> Reply:
    """Return the full brief for every topic or one topic id, for the asker only."""
    digest = compose_digest(base, topic=topic, limits=limits)
    return digest_reply(base, digest, visibility=Visibility.EPHEMERAL)


def digest_previewer(base: FactBase) -> Callable[[str | None], Reply]:
    """Return the `/brief digest [topic]` previewer: the full brief, shown to the asker."""

    def preview(topic: str | None) -> Reply:
        return full_brief(base, topic)

    return preview
