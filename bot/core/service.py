"""The core: typed request (or `/brief` text) in, neutral `Reply` out, for every adapter."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.core.handlers import MANAGE_HANDLERS, READ_HANDLERS, Deps, DigestPreviewer, Engine
from bot.core.parser import parse
from bot.core.ports import SubscriptionService
from bot.core.reply import Reply
from bot.core.requests import Caller, Request
from briefings.model import FactBase

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Core:
    """Answers requests from one fact base; adapters and jobs share one instance.

    Args:
        base: the loaded fact base.
        engine: the answer engine built over `base`.
        subscriptions: the digest subscription service; None when digests are not set up.
        digest_preview: composes a digest preview for an optional topic id; None when not set up.
    """

    base: FactBase
    engine: Engine
    subscriptions: SubscriptionService | None = None
    digest_preview: DigestPreviewer | None = None

    @property
    def version(self) -> str:
        """Return the fact-base version every reply carries."""
        return self.base.version

    def parse(self, text: str) -> Request:
        """Return the typed request for `/brief` text (raises `UserError` on bad input)."""
        return parse(text, self.base)

    def handle_read(self, request: Request, caller: Caller) -> Reply:
        """Handle a read request synchronously (ask, topics, who, ...): pure, no I/O.

        Raises:
            TypeError: for a subscription request, which needs `handle`.
        """
        handler = READ_HANDLERS.get(type(request))
        if handler is None:
            raise TypeError(f"not a read request: {type(request).__name__}")
        return handler(request, self._deps(caller))

    async def handle(self, request: Request, caller: Caller) -> Reply:
        """Handle one typed request for `caller`.

        Raises:
            UserError: when the request cannot be served as asked (the user sees why).
        """
        deps = self._deps(caller)
        read = READ_HANDLERS.get(type(request))
        if read is not None:
            return read(request, deps)
        return await MANAGE_HANDLERS[type(request)](request, deps)

    async def handle_text(self, text: str, caller: Caller) -> Reply:
        """Parse `/brief` text and handle it (raises `UserError` on bad input)."""
        return await self.handle(self.parse(text), caller)

    def _deps(self, caller: Caller) -> Deps:
        return Deps(
            base=self.base,
            engine=self.engine,
            caller=caller,
            subscriptions=self.subscriptions,
            digest_preview=self.digest_preview,
        )


def build_core(
    *,
    base: FactBase | None = None,
    subscriptions: SubscriptionService | None = None,
    digest_preview: DigestPreviewer | None = None,
    one_off: bool = False,
) -> Core:
    """Load the fact base (unless given) and build the answer engine once.

    Structural problems in the fact files are logged as a count; the facts that loaded serve.
    Digest previews (`/brief digest`) show the full brief unless `digest_preview` says otherwise.
    `one_off` (a process that answers and exits) reads the engine's phrasings lazily.
    """
    from bot.core.digest import digest_previewer
    from briefings.answering import AnswerEngine
    from briefings.cachefiles import default_cache_dir
    from briefings.loader import load

    if base is None:
        loaded = load()
        if loaded.problems:
            log.warning("fact base loaded with %d problems", len(loaded.problems))
        base = loaded.base
    engine = AnswerEngine.build(base, cache_dir=default_cache_dir(), lazy=one_off)
    if digest_preview is None:
        digest_preview = digest_previewer(base)
    log.info("core ready: version=%s facts=%d", base.version, len(base.facts))
    return Core(
        base=base, engine=engine, subscriptions=subscriptions, digest_preview=digest_preview
    )
