"""What a scheduled digest says: the `Composer` the delivery calls, and a default one.

`DigestComposer` composes with briefings/digest.py (the full brief, then what is new) and
bot/core/digest.py (the reply); `digest_previewer` is the `/brief digest` preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.digest import digest_previewer, digest_reply, nothing_new_reply
from bot.core.ports import ChannelRef
from bot.core.reply import Reply, Visibility
from briefings.digest import Limits, compose_digest
from briefings.model import FactBase


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


class DigestComposer:
    """The digest of DESIGN.md: the full brief first, then what is new, or a one-line note.

    A channel that was never sent a fact gets the full brief; later digests carry only facts
    it has not been sent (under the same headings), and when there are none, a one-line
    "no new developments" pointing at the full brief, or nothing when the subscription says
    "skip". Only the facts a digest shows are returned, so the ones that did not fit in one
    message go out next time.

    Args:
        base: the fact base.
        limits: how much one digest holds (default: what fits one Slack and Discord message).
    """

    def __init__(self, base: FactBase, limits: Limits | None = None) -> None:
        self._base = base
        self._limits = limits

    def __call__(
        self, subscription: DigestSubscription, sent_fact_ids: frozenset[str]
    ) -> tuple[Reply | None, tuple[str, ...]]:
        """Return the digest reply (None: post nothing) and the ids of the facts it shows."""
        exclude = frozenset() if subscription.first else sent_fact_ids
        digest = compose_digest(
            self._base, topic=subscription.topic, exclude=exclude, limits=self._limits
        )
        if digest.empty:
            if subscription.when_nothing_new == "skip":
                return None, ()
            return nothing_new_reply(self._base, subscription.topic), ()
        return digest_reply(self._base, digest, visibility=Visibility.PUBLIC), digest.fact_ids


__all__ = [
    "Composer",
    "DigestComposer",
    "DigestSubscription",
    "digest_previewer",
]
