"""What a scheduled digest says: the `Composer` the delivery calls, and a default one.

The digest composition (briefings/digest.py, full brief and "what's new") plugs in here; until
then `FactListComposer` sends one item per fact the channel has not been sent yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from bot.core.ports import ChannelRef
from bot.core.reply import Citation, Item, Reply, ReplyKind, Section, Visibility
from bot.scheduling import strings


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestSubscription:
    """The subscription a digest is composed for (a value: no store or scheduler in it)."""

    id: str
    channel: ChannelRef
    topic: str | None
    zone: str
    slot: str  # local wall clock of the slot, e.g. "2026-11-01T01:30"; "manual-..." by hand
    when_nothing_new: str  # "note" | "skip"
    first: bool  # the channel has never been sent a fact: send the full brief


class Composer(Protocol):
    """Composes the digest for a subscription, given the facts its channel was already sent."""

    def __call__(
        self, subscription: DigestSubscription, sent_fact_ids: frozenset[str]
    ) -> tuple[Reply | None, tuple[str, ...]]:
        """Return the reply to post (None: post nothing) and the fact ids it sends."""
        ...


class FactListComposer:
    """A plain digest: one item per unsent fact of the subscription's topic, with its quote.

    Args:
        base: a `briefings.model.FactBase`.
        max_items: at most this many facts per digest (the rest go out next time).
    """

    def __init__(self, base: Any, max_items: int = 12) -> None:
        self._base = base
        self._max_items = max_items

    def __call__(
        self, subscription: DigestSubscription, sent_fact_ids: frozenset[str]
    ) -> tuple[Reply | None, tuple[str, ...]]:
        """Return a reply listing unsent facts, a "no new developments" note, or None."""
        facts = [
            fact
            for fact in sorted(self._base.facts.values(), key=lambda f: (f.when or "", f.id))
            if fact.id not in sent_fact_ids
            and (subscription.topic is None or fact.topic == subscription.topic)
        ][: self._max_items]
        if not facts:
            if subscription.when_nothing_new == "skip":
                return None, ()
            reply = Reply(
                kind=ReplyKind.INFO,
                title=strings.DIGEST_TITLE,
                text=strings.DIGEST_NOTHING_NEW,
                sections=(Section(heading=None, items=(Item(text=strings.DIGEST_NOTHING_NEW),)),),
                version=self._base.version,
                visibility=Visibility.PUBLIC,
            )
            return reply, ()
        items = tuple(self._item(fact) for fact in facts)
        ids = tuple(fact.id for fact in facts)
        title = strings.DIGEST_TITLE_FIRST if subscription.first else strings.DIGEST_TITLE
        if subscription.topic:
            title = strings.DIGEST_TOPIC_TITLE.format(topic=subscription.topic)
        reply = Reply(
            kind=ReplyKind.ANSWER,
            title=title,
            sections=(Section(heading=None, items=items),),
            text="\n".join(f"- {item.text}" for item in items),
            version=self._base.version,
            visibility=Visibility.PUBLIC,
            fact_ids=ids,
        )
        return reply, ids

    def _item(self, fact: Any) -> Item:
        citations = []
        for source in fact.sources[:1]:
            article = self._base.article_for(source.article)
            citations.append(
                Citation(
                    fact_id=fact.id,
                    article=article.id,
                    outlet=article.outlet_name,
                    headline=article.headline.value,
                    published=article.published_iso,
                    published_note=article.published.note,
                    quote=source.quote,
                )
            )
        return Item(text=fact.claim, citations=tuple(citations), fact_ids=(fact.id,))
