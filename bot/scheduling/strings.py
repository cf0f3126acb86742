"""User-facing text of subscriptions and scheduled digests (kept together, as STYLE.md asks)."""

from __future__ import annotations

DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}

UNKNOWN_CADENCE = "Unknown schedule {cadence!r}: use daily, weekdays, weekly or cron."
BAD_TIME = "Time {time!r} is not a time of day: use 24-hour HH:MM, like 07:30 or 18:05."
TIME_NEEDED = "Say when: a time of day as HH:MM, like 07:30."
BAD_DAY = "Day {day!r} is not a weekday: use mon, tue, wed, thu, fri, sat or sun."
DAY_NEEDED = "A weekly digest needs a day: mon, tue, wed, thu, fri, sat or sun."
CRON_NEEDED = "A cron schedule needs five fields, like `0 8 * * mon-fri`."
BAD_CRON = (
    "The cron schedule {cron!r} is not valid: {detail}. Use five fields, like `0 8 * * mon-fri`."
)
CRON_TOO_OFTEN = (
    "The cron schedule {cron!r} fires more than once an hour; digests go out at most hourly."
)
BAD_ZONE = "Unknown time zone {zone!r}: use an IANA name like America/Chicago or Europe/Berlin."
TOPIC_TOO_LONG = "That topic name is too long."

DESCRIBE_DAILY = "daily at {time} ({zone})"
DESCRIBE_WEEKDAYS = "weekdays at {time} ({zone})"
DESCRIBE_WEEKLY = "every {day} at {time} ({zone})"
DESCRIBE_CRON = "cron `{cron}` ({zone})"

PAUSED_UNAVAILABLE = "paused: the channel is unavailable ({reason})"
REASON_NOTHING_NEW = "nothing new since the last digest"
REASON_PAUSED = "subscription paused"
REASON_GONE = "subscription removed"
REASON_OUTSIDE_GRACE = "the bot was not running; older than the {minutes}-minute grace window"
REASON_COALESCED = "the bot was not running; a later slot ({slot}) was posted instead"
REASON_NO_PUBLISHER = "no publisher for platform {platform!r} in this process"
REASON_GAVE_UP = "gave up after {attempts} attempts: {reason}"
