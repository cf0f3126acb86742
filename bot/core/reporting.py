"""The one error path shared by every adapter and by scheduled jobs.

A `UserError` becomes an ephemeral ERROR reply with its message and usage; anything else is
logged with its context (ids and counts only, never message bodies or secrets) and the user
gets a short apology.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace

from bot.core import strings
from bot.core.errors import UserError
from bot.core.reply import Item, Reply, ReplyKind, Section, Visibility
from bot.core.text import render

log = logging.getLogger(__name__)

ContextValue = object  # ids and counts: str, int, None


def user_error_reply(error: UserError, *, version: str | None = None) -> Reply:
    """Return the ephemeral ERROR reply for a `UserError`: its message, then its usage."""
    sections = [Section(heading=None, items=(Item(text=error.message),))]
    if error.usage:
        sections.append(Section(heading=strings.USAGE_HEADING, items=(Item(text=error.usage),)))
    reply = Reply(
        kind=ReplyKind.ERROR,
        title=strings.ERROR_TITLE,
        sections=tuple(sections),
        visibility=Visibility.EPHEMERAL,
        version=version,
    )
    return _with_text(reply)


def apology_reply(*, version: str | None = None) -> Reply:
    """Return the short ephemeral apology for an unexpected failure."""
    reply = Reply(
        kind=ReplyKind.ERROR,
        title=strings.APOLOGY_TITLE,
        sections=(Section(heading=None, items=(Item(text=strings.APOLOGY),)),),
        visibility=Visibility.EPHEMERAL,
        version=version,
    )
    return _with_text(reply)


def report_error(
    exc: BaseException,
    *,
    context: Mapping[str, ContextValue],
    version: str | None = None,
) -> Reply:
    """Turn any exception into the reply the user sees, logging the unexpected ones.

    Args:
        exc: what went wrong.
        context: ids and counts describing where (platform, workspace, channel, user,
            request type, subscription id, ...); never message text or secrets.
        version: the fact-base version to stamp on the reply, if known.
    """
    if isinstance(exc, UserError):
        return user_error_reply(exc, version=version)
    where = " ".join(f"{key}={context[key]}" for key in sorted(context))
    log.error("request failed: %s: %s", type(exc).__name__, where, exc_info=exc)
    return apology_reply(version=version)


def _with_text(reply: Reply) -> Reply:
    return replace(reply, text=render(reply))
