"""Slack-only labels: the credit, notes and thanks that exist only in the Slack rendering.

Everything the core says (button labels, errors, the apology) lives in `bot.core.strings`;
these are the few words only Slack's rendering needs.
"""

from __future__ import annotations

SHARED_BY = "Shared by <@{user}>"  # `user` is a Slack user id from the payload, never typed text
VOTE_THANKS = "Thanks, your vote is recorded."
SHARE_STALE = "This answer can no longer be shared; ask again with `/brief`."

TRIMMED_NOTE = "…and {count} more not shown here, to stay within Slack's message limits. Ask a narrower question to see them."
FACT_BASE_VERSION = "fact base {version}"
UNKNOWN_DATE = "date unknown"
TRY_HEADING = "Try"
