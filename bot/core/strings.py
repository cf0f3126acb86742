"""Every user-facing sentence of the core (parser, handlers, errors, console), in one place.

Adapters keep only their platform's own labels (button captions, modal titles) elsewhere.
"""

from __future__ import annotations

COMMAND = "/brief"
MAX_TEXT = 500

# --- the door: validation ------------------------------------------------------------------
EMPTY = "Type a question or a subcommand after /brief."
TOO_LONG = "That is {length} characters; keep it under {limit}."
CONTROL_CHARS = "That text contains control characters; type it again as plain text."
UNBALANCED_QUOTES = "A quotation mark is not closed."
UNKNOWN_SUBCOMMAND = "Unknown subcommand {word!r}. Did you mean {suggestion}?"
MISSING_ARGUMENT = "{subcommand} needs {what}."
TOO_MANY_ARGUMENTS = "Too many words after {subcommand}: {extra!r}."
BAD_TIME = "{time!r} is not a time of day: use 24-hour HH:MM, like 08:00 or 17:30."
BAD_ZONE = "Unknown time zone {zone!r}."
BAD_ZONE_SUGGEST = "Unknown time zone {zone!r}. Did you mean {suggestions}?"
ZONE_HINT = "Use an IANA name like America/Chicago, Europe/Berlin or UTC."
BAD_DAY = "{day!r} is not a weekday: use mon, tue, wed, thu, fri, sat or sun."
BAD_CRON = 'A cron schedule needs exactly five fields in quotes, like "0 8 * * 1-5"; got {count}.'
BAD_CRON_CHARS = "The cron schedule {cron!r} may only use digits, letters, * / , and -."
BAD_CADENCE = "Unknown schedule {cadence!r}: use daily, weekdays, weekly or cron."
UNKNOWN_TOPIC = "No topic called {name!r}."
UNKNOWN_TOPIC_SUGGEST = "No topic called {name!r}. Did you mean {suggestions}?"
TOPIC_LIST_HINT = "Type /brief topics to see them all."
UNKNOWN_PERSON = "The sources do not name anyone called {name!r}."
UNKNOWN_PERSON_SUGGEST = (
    "The sources do not name anyone called {name!r}. Did you mean {suggestions}?"
)
UNKNOWN_OPTION = "Unknown option {option!r}; the only option is --topic."
OR = " or "

# --- usage ---------------------------------------------------------------------------------
USAGE: dict[str, str] = {
    "ask": "/brief ask QUESTION  (or just /brief QUESTION)",
    "topics": "/brief topics",
    "topic": "/brief topic NAME  (e.g. /brief topic dreamers)",
    "who": "/brief who PERSON  (e.g. /brief who Kelly)",
    "numbers": "/brief numbers",
    "disputes": "/brief disputes",
    "timeline": "/brief timeline [TOPIC]",
    "sources": "/brief sources",
    "about": "/brief about",
    "help": "/brief help",
    "digest": "/brief digest [TOPIC]",
    "subscribe": (
        "/brief subscribe daily 08:00 [ZONE] | weekdays 07:30 [ZONE] | "
        'weekly mon 09:00 [ZONE] | cron "0 8 * * 1-5" [ZONE]  [--topic TOPIC]'
    ),
    "unsubscribe": "/brief unsubscribe [ID|all]",
    "schedule": "/brief schedule",
    "timezone": "/brief timezone ZONE  (e.g. /brief timezone Europe/Berlin)",
}
HELP_LINES: dict[str, str] = {
    "ask": "Ask a question; the answer quotes its sources.",
    "topics": "List the topics the sources cover.",
    "topic": "Brief one topic: its key facts.",
    "who": "Who someone is, and what they said or did.",
    "numbers": "The key figures; where sources disagree, both are shown.",
    "disputes": "Where the sources disagree.",
    "timeline": "Dated events in order, for all topics or one.",
    "sources": "The source articles and what is known about each.",
    "about": "Fact-base version, counts and the date range it covers.",
    "help": "This list.",
    "digest": "Preview the digest now, without posting it.",
    "subscribe": "Post a digest to this channel on a schedule.",
    "unsubscribe": "Stop one digest of this channel, or all of them.",
    "schedule": "This channel's digests: next run and last outcome.",
    "timezone": "Set the default time zone for this workspace or server.",
}
WHAT_NEEDED = {
    "ask": "a question",
    "topic": "a topic name",
    "who": "a person's name",
    "subscribe": "a schedule: daily, weekdays, weekly or cron",
    "timezone": "a time zone",
    "--topic": "a topic name",
    "time": "a time of day as HH:MM",
    "day": "a weekday (mon..sun) and a time",
    "cron": 'a quoted cron expression, like "0 8 * * 1-5"',
}

# --- replies -------------------------------------------------------------------------------
ANSWER_TITLE = "Answer"
ABSTAIN_TITLE = "The sources don't cover that"
CONFLICT_HEADING = "The sources disagree"
SHARE = "Share in channel"
HELPFUL = "Helpful"
NOT_HELPFUL = "Not helpful"

TOPICS_TITLE = "Topics"
TOPIC_TITLE = "{title}"
TOPIC_KEY_FACTS = "Key facts"
TOPIC_EMPTY = "No facts on this topic yet."
AND_MORE = "and {count} more"

WHO_TITLE = "{label}"
WHO_ROLE = "{role}"
WHO_ROLE_AS_OF = "{role} (as of {as_of})"
WHO_SAID = "What they said"
WHO_DID = "Where the sources mention them"
WHO_NOTHING = "The facts do not quote or mention them yet."

NUMBERS_TITLE = "Key figures"
NUMBERS_EMPTY = "No figures in the fact base yet."
DISPUTES_TITLE = "Where the sources disagree"
DISPUTES_EMPTY = "The sources do not disagree on anything in the fact base."
TIMELINE_TITLE = "Timeline"
TIMELINE_TOPIC_TITLE = "Timeline: {title}"
TIMELINE_EMPTY = "No dated events yet."

SOURCES_TITLE = "Sources"
SOURCE_FIELD = "{field}: {value} ({evidence})"
SOURCE_FIELD_NOTE = "{field}: {value} ({evidence}; {note})"
SOURCE_FIELDS = {
    "outlet": "Outlet",
    "headline": "Headline",
    "author": "Author",
    "published": "Published",
}
UNKNOWN = "unknown"
UNKNOWN_OUTLET = "unknown outlet"

ABOUT_TITLE = "About briefbot"
ABOUT_LINES = (
    "Answers only from a curated base of facts, each quoting its source article verbatim.",
    "Fact-base version: {version}",
    "{facts} facts from {articles} articles, naming {people} people and organisations, "
    "in {topics} topics.",
)
ABOUT_RANGE = "Events from {first} to {last}."
HELP_TITLE = "How to use /brief"

NOT_SET_UP_TITLE = "Digests are not set up"
DIGESTS_NOT_SET_UP = "Digests are not set up on this bot."
DIGEST_PREVIEW_NOT_SET_UP = "Digest previews are not set up on this bot."
CANNOT_MANAGE = "Only people who can manage this channel can change its digests."
SUBSCRIBED_TITLE = "Subscribed"
SUBSCRIBED = "This channel gets a digest {schedule}."
SUBSCRIBED_TOPIC = "Topic: {topic}"
NEXT_RUN = "Next: {when}"
SUBSCRIPTION_ID = "Id: {id} (to stop it: /brief unsubscribe {id})"
UNSUBSCRIBED_TITLE = "Unsubscribed"
UNSUBSCRIBED_NONE_TITLE = "Nothing to unsubscribe"
UNSUBSCRIBED = {
    0: "This channel has no such digest; nothing changed. /brief schedule lists its digests.",
    1: "Removed 1 digest.",
}
UNSUBSCRIBED_MANY = "Removed {count} digests."
SCHEDULE_TITLE = "Digests in this channel"
SCHEDULE_EMPTY = "No digests in this channel. " + "Start one with " + USAGE["subscribe"]
SCHEDULE_ITEM = "{schedule}"
SCHEDULE_DETAIL_NEXT = "next {when}"
SCHEDULE_DETAIL_PAUSED = "paused: {reason}"
SCHEDULE_DETAIL_LAST = "last {outcome}"
SCHEDULE_DETAIL_LAST_REASON = "last {outcome} ({reason})"
SCHEDULE_DETAIL_TOPIC = "topic {topic}"
ZONE_SET_TITLE = "Time zone set"
ZONE_SET = "New digests here default to {zone}."

ERROR_TITLE = "That didn't work"
APOLOGY_TITLE = "Sorry"
APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment."

# --- plain text rendering ------------------------------------------------------------------
TEXT_AS_OF = "Sources {as_of}."
TEXT_VERSION = "Fact base {version}"
TEXT_TRY = "Try:"
USAGE_HEADING = "Usage"
TEXT_CITATION = "{quote} \u2014 {attribution}"
TEXT_SIDE = "[{label}] {text}"

# --- the ask command and the console -------------------------------------------------------
EMPTY_LINE = "Empty question: type a question about the story, one per line."
CONSOLE_BANNER = (
    "briefbot console \u2014 type /brief help, a question, or quit. Fact base {version}."
)
CONSOLE_PROMPT = "brief> "
CONSOLE_QUIT = frozenset({"quit", "exit", ":q"})
CONSOLE_PUBLISH_HEADER = "=== {platform} #{channel} (message {id}) ==="

# --- digests ---------------------------------------------------------------------------------
DIGEST_MORE = "{count} more: {see}"
DIGEST_MORE_LATER = "{count} more in a later digest, or now: {see}"
DIGEST_SEE_JOIN = " \u00b7 "
DIGEST_SEE_TOPIC = "/brief topic {topic}"
DIGEST_SEE_NUMBERS = "/brief numbers"
DIGEST_SEE_TIMELINE = "/brief timeline"
DIGEST_SEE_TIMELINE_TOPIC = "/brief timeline {topic}"
DIGEST_NOTHING_NEW_TITLE = "What's new: nothing"
DIGEST_NOTHING_NEW = "No new developments since the last digest. The full brief: {see}"
DIGEST_SEE_FULL = "/brief digest"
DIGEST_SEE_FULL_TOPIC = "/brief digest {topic}"
