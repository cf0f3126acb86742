"""Typed slash-command options -> the core's typed requests, checked as the text parser checks.

Discord hands us typed values, but a client can still send anything (autocomplete is a
suggestion, not a constraint), so each value goes through the very checks `bot.core.parser`
applies to `/brief` text: the same `UserError`s, the same messages and usage lines.
"""

from __future__ import annotations

from bot.core import strings
from bot.core.errors import UserError
from bot.core.parser import check_cron, check_day, check_question, check_time, check_zone, clean
from bot.core.requests import Ask, SetDefaultZone, Subscribe, Unsubscribe

CADENCES = ("daily", "weekdays", "weekly", "cron")


def _missing(what: str) -> UserError:
    return UserError(
        strings.MISSING_ARGUMENT.format(
            subcommand="subscribe", what=strings.WHAT_NEEDED.get(what, what)
        ),
        strings.USAGE["subscribe"],
    )


def ask_request(question: str) -> Ask:
    """Return `Ask` for a typed question (length and characters checked)."""
    return Ask(question=check_question(question))


def subscribe_request(
    *,
    cadence: str,
    time: str | None,
    day: str | None,
    cron: str | None,
    zone: str | None,
    topic: str | None,
) -> Subscribe:
    """Return `Subscribe` from the subscribe options, as the parser builds it from text.

    Options the cadence does not use are dropped (a weekday given with "daily", say); the topic
    is resolved by the core's handler like any other topic name.

    Raises:
        UserError: a missing time, day or cron, or one the parser would refuse.
    """
    usage = strings.USAGE["subscribe"]
    cadence = cadence.casefold()
    if cadence not in CADENCES:
        raise UserError(strings.BAD_CADENCE.format(cadence=cadence), usage)
    checked_zone = check_zone(zone.strip(), usage=usage) if zone and zone.strip() else None
    checked_topic = clean(topic) if topic and topic.strip() else None
    if cadence == "cron":
        if not cron or not cron.strip():
            raise _missing("cron")
        return Subscribe(
            cadence=cadence,
            cron=check_cron(cron, usage=usage),
            zone=checked_zone,
            topic=checked_topic,
        )
    if not time or not time.strip():
        raise _missing("time")
    checked_time = check_time(time.strip(), usage=usage)
    if cadence == "weekly":
        if not day or not day.strip():
            raise _missing("day")
        return Subscribe(
            cadence=cadence,
            day=check_day(day.strip(), usage=usage),
            time=checked_time,
            zone=checked_zone,
            topic=checked_topic,
        )
    return Subscribe(cadence=cadence, time=checked_time, zone=checked_zone, topic=checked_topic)


def unsubscribe_request(target: str) -> Unsubscribe:
    """Return `Unsubscribe` for a subscription id or "all"."""
    return Unsubscribe(target=clean(target))


def timezone_request(zone: str) -> SetDefaultZone:
    """Return `SetDefaultZone` for a zone name the parser accepts."""
    return SetDefaultZone(zone=check_zone(zone.strip(), usage=strings.USAGE.get("timezone")))
