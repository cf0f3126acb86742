"""Slack-only labels: buttons, credits and notes that exist only in the Slack rendering.

Everything the core says lives in `bot.core.strings`; these are the few words only Slack's
widgets need.
"""

from __future__ import annotations

SHARE_BUTTON = "Share in channel"
HELPFUL_BUTTON = "Helpful"
NOT_HELPFUL_BUTTON = "Not helpful"

SHARED_BY = "Shared by <@{user}>"  # `user` is a Slack user id from the payload, never typed text
VOTE_THANKS = "Thanks, your vote is recorded."
SHARE_UNAVAILABLE = "I can't post in this channel. Invite me with `/invite @briefbot`, or share the answer yourself."
SHARE_STALE = "This answer can no longer be shared; ask again with `/brief`."

TRIMMED_NOTE = "…and {count} more not shown here, to stay within Slack's message limits. Ask a narrower question to see them."
FACT_BASE_VERSION = "fact base {version}"
UNKNOWN_DATE = "date unknown"
TRY_HEADING = "Try"
APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment."
