"""Discord-only labels: buttons, command descriptions and notes only Discord's widgets need.

Everything the core says lives in the core; these are the words of Discord's own UI (option
descriptions, buttons, refusals) and the footer marker the buttons read back.
"""

from __future__ import annotations

SHARE_BUTTON = "Share in channel"
HELPFUL_BUTTON = "Helpful"
NOT_HELPFUL_BUTTON = "Not helpful"

SHARED_BY = "Shared by <@{user}>"  # `user` is a snowflake from the payload, never typed text
SHARED_NOTE = "Shared in the channel."
VOTE_THANKS = "Thanks, your vote is recorded."
VOTE_UNREADABLE = "This answer can no longer take votes; ask again with /brief ask."
SHARE_UNREADABLE = "This answer can no longer be shared; ask again with /brief ask."
NEED_MANAGE_CHANNELS = (
    "Changing this channel's digests needs the Manage Channels permission. "
    "Ask someone who has it to set them up."
)
NOT_IN_SERVER = "Digests can only be set up in a server channel, not in a DM."
APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment."

TRIMMED_NOTE = "…and {count} more not shown here, to stay within Discord's message limits. Ask a narrower question to see them."
FACT_BASE_VERSION = "fact base {version}"
FACTS_MARKER = "facts: {ids}"
UNKNOWN_DATE = "date unknown"
UNKNOWN_OUTLET = "unknown outlet"
TRY_HEADING = "Try"
CONTINUED = "(continued)"

GROUP_DESCRIPTION = "Sourced answers about the 2017 DHS memos and the 2019 ICE operations"
DESCRIPTIONS = {
    "ask": "Ask a question; the answer quotes its sources",
    "topics": "List the topics the fact base covers",
    "topic": "Brief one topic: its key facts",
    "who": "Who is this person or organisation, and what did they say",
    "numbers": "The key figures, conflicting ones side by side",
    "disputes": "Where the sources disagree",
    "timeline": "Dated events in order",
    "sources": "The source articles",
    "about": "Fact-base version, counts and date range",
    "help": "How to use /brief",
    "digest": "Show the full digest now, without posting it",
    "subscribe": "Subscribe this channel to a digest (needs Manage Channels)",
    "unsubscribe": "Remove a digest subscription of this channel (needs Manage Channels)",
    "schedule": "This channel's digests: next run and last outcome (needs Manage Channels)",
    "timezone": "Set this server's default time zone (needs Manage Channels)",
}
OPTION_DESCRIPTIONS = {
    "question": "Your question, e.g. What do the Kelly memos say about hiring?",
    "topic_name": "A topic, e.g. expedited-removal",
    "topic_optional": "Only this topic (optional)",
    "person": "A person or organisation, e.g. John Kelly",
    "cadence": "How often",
    "time": "Time of day, HH:MM (24-hour), e.g. 08:00",
    "day": "Day of the week (weekly only)",
    "cron": "Five-field crontab (cron only), e.g. 0 8 * * mon-fri",
    "zone": "IANA time zone, e.g. America/Chicago (default: the server's)",
    "target": "A subscription id from /brief schedule, or all",
    "zone_required": "IANA time zone, e.g. Europe/Berlin",
}
CADENCES = {
    "daily": "Daily",
    "weekdays": "Weekdays (Mon-Fri)",
    "weekly": "Weekly",
    "cron": "Cron expression",
}
DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
