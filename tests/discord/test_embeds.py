"""The embed renderer: Discord's limits, side-by-side conflicts, escaping and the footer marker."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import discord

from bot.adapters.discord.embeds import (
    MAX_TOTAL,
    error_text,
    limit_problems,
    read_marker,
    read_question,
    render,
)
from bot.core.reply import Citation, Item, Reply, ReplyKind, Section


def cite(fact_id: str, quote: str = "We will not do mass deportations.") -> Citation:
    return Citation(
        fact_id=fact_id,
        article="000",
        outlet="The Washington Post",
        headline="Memos",
        published="2017-02-21",
        published_note=None,
        quote=quote,
        speaker="John F. Kelly, Homeland Security Secretary",
    )


def item(fact_id: str, text: str = "Kelly ruled out mass deportations.", **kw: object) -> Item:
    return Item(text=text, citations=(cite(fact_id, **kw),), fact_ids=(fact_id,))  # type: ignore[arg-type]


def answer(*sections: Section, fact_ids: tuple[str, ...] = ()) -> Reply:
    return Reply(
        kind=ReplyKind.ANSWER,
        title="What the sources say",
        sections=sections,
        as_of="as of The Washington Post, 2017-02-21",
        version="abc123def456",
        fact_ids=fact_ids,
    )


def test_answer_layout_citations_as_fields_and_footer_marker() -> None:
    reply = answer(
        Section(heading=None, items=(item("f-one"), item("f-two"))), fact_ids=("f-one", "f-two")
    )
    out = render(reply, question="Did Kelly rule out mass deportations?")
    (embed,) = out.embeds
    assert embed.title == "What the sources say"
    assert embed.author.name == "Did Kelly rule out mass deportations?"
    assert (
        embed.description
        == "• Kelly ruled out mass deportations.\n• Kelly ruled out mass deportations."
    )
    assert [(f.name, f.value, f.inline) for f in embed.fields] == [
        (
            "John F. Kelly, Homeland Security Secretary · The Washington Post · 2017-02-21",
            "“We will not do mass deportations.”",
            False,
        )
    ] * 2
    assert embed.footer.text == (
        "as of The Washington Post, 2017-02-21 · fact base abc123def456 · facts: f-one, f-two"
    )
    assert read_marker(list(out.embeds)) is not None
    marker = read_marker(list(out.embeds))
    assert marker is not None and marker.fact_ids == ("f-one", "f-two")
    assert marker.version == "abc123def456"
    assert read_question(list(out.embeds)) == "Did Kelly rule out mass deportations?"
    assert out.fact_ids == reply.fact_ids and out.trimmed == 0


def test_conflicts_get_their_own_embed_with_inline_fields() -> None:
    conflict = Section(
        heading="The sources disagree",
        items=(
            Item(text="434,000 in 2013", label="Record", citations=(cite("a"),), fact_ids=("a",)),
            Item(text="410,000 in 2012", label="Peak", citations=(cite("b"),), fact_ids=("b",)),
        ),
        side_by_side=True,
    )
    out = render(answer(Section(heading=None, items=(item("c"),)), conflict))
    first, second = out.embeds
    assert second.title == "The sources disagree"
    assert [(f.name, f.inline) for f in second.fields] == [("Record", True), ("Peak", True)]
    assert second.fields[0].value.startswith("434,000 in 2013\n“We will not")
    assert out.fact_ids == ("c", "a", "b")
    assert second.footer.text.endswith("facts: c, a, b") and first.footer.text is None


def test_everything_is_clamped_to_discords_limits_with_a_note() -> None:
    long = "x" * 5000
    many = tuple(item(f"fact-{i:03d}", text=long, quote=long) for i in range(200))
    conflicts = [Section(heading=long, items=many[:30], side_by_side=True) for _ in range(12)]
    reply = Reply(
        kind=ReplyKind.INFO,
        title=long,
        sections=(Section(heading=long, items=many), *conflicts),
        suggestions=(long,) * 10,
        as_of=long,
        version="v",
        fact_ids=tuple(f"fact-{i:03d}" for i in range(200)),
    )
    out = render(reply, question=long)
    assert limit_problems(out.embeds) == []
    assert out.total() <= MAX_TOTAL and len(out.embeds) <= 10
    assert out.trimmed > 0
    assert "more not shown here" in "".join(e.description or "" for e in out.embeds)


def test_many_short_items_split_over_embeds_before_trimming() -> None:
    items = tuple(item(f"f{i}", text=f"claim {i}", quote=f"quote {i}") for i in range(60))
    out = render(answer(Section(heading="All", items=items)))
    assert limit_problems(out.embeds) == []
    assert len(out.embeds) > 1 and all(len(e.fields) <= 25 for e in out.embeds)
    shown = sum((e.description or "").count("• claim") for e in out.embeds)
    assert shown + out.trimmed == 60


def test_fact_and_typed_text_is_escaped() -> None:
    reply = Reply(
        kind=ReplyKind.ABSTAIN,
        title="No topic called '@everyone **x** <@123456789012345678>'",
        sections=(Section(heading=None, items=(Item(text="@here _y_ <@&123456789012345678>"),)),),
    )
    (embed,) = render(reply).embeds
    assert (
        embed.title
        == r"No topic called '@\u200beveryone \*\*x\*\* <@\u200b123456789012345678>'".replace(
            r"\u200b", "\u200b"
        )
    )
    assert embed.description == "• @\u200bhere \\_y\\_ <@\u200b&123456789012345678>"


def test_question_in_author_line_has_mentions_defused_but_reads_back() -> None:
    out = render(answer(Section(heading=None, items=(item("f"),))), question="@everyone hi")
    assert out.embeds[0].author.name == "@\u200beveryone hi"
    assert read_question(list(out.embeds)) == "@everyone hi"


def test_error_text_is_message_then_usage() -> None:
    reply = Reply(
        kind=ReplyKind.ERROR,
        title="That didn't work",
        sections=(
            Section(heading=None, items=(Item(text="'25:00' is not a time of day."),)),
            Section(heading="Usage", items=(Item(text="/brief subscribe daily 08:00"),)),
        ),
    )
    assert error_text(reply) == "'25:00' is not a time of day.\nUsage: /brief subscribe daily 08:00"


def test_limit_problems_catches_what_discord_rejects() -> None:
    assert limit_problems([discord.Embed(title="x" * 257)]) == ["embed 0: title 257 > 256"]
    assert limit_problems([discord.Embed(title="t")] * 11) == ["11 embeds > 10"]


def conflict(tag: str, size: int) -> Section:
    text = "t" * size
    first = Item(text=text, label="A", citations=(cite(f"{tag}1"),), fact_ids=(f"{tag}1",))
    second = Item(text=text, label="B", citations=(cite(f"{tag}2"),), fact_ids=(f"{tag}2",))
    return Section(heading=f"Conflict {tag}", items=(first, second), side_by_side=True)


def test_a_conflict_too_big_is_skipped_but_a_smaller_one_after_it_shows() -> None:
    reply = answer(conflict("a", 900), conflict("b", 900), conflict("c", 900), conflict("d", 50))
    out = render(reply)
    assert limit_problems(out.embeds) == []
    titles = [e.title for e in out.embeds]
    assert "Conflict d" in titles and "Conflict c" not in titles
    assert out.trimmed == 2 and out.fact_ids[-2:] == ("d1", "d2")


def test_running_text_stops_at_the_first_entry_that_does_not_fit() -> None:
    items = (item("big", text="x" * 4000, quote="y" * 900),) * 2 + (item("small", text="s"),)
    out = render(answer(Section(heading=None, items=items)))
    assert limit_problems(out.embeds) == []
    assert "small" not in out.fact_ids and out.trimmed == 2
