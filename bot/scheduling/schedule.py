"""Schedules: build the APScheduler trigger of a subscription, name its slots, describe it.

A slot is the subscription's LOCAL wall-clock date and minute of a fire time, e.g.
"2026-11-01T01:30". When clocks fall back, APScheduler 3 fires a 01:30 job twice (once per
offset); both fires name the same slot, so the delivery-log claim lets only one post. When
clocks spring forward, a 02:30 job fires once at 03:30 and that is its slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

from bot.core.errors import UserError
from bot.scheduling import strings

CADENCES = ("daily", "weekdays", "weekly", "cron")
DAYS = tuple(strings.DAY_NAMES)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_LOOKBACKS = (timedelta(days=1), timedelta(days=8), timedelta(days=32), timedelta(days=367))
MIN_CRON_GAP = timedelta(minutes=59)


@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleSpec:
    """The schedule fields of a subscription, validated."""

    cadence: str
    time: str | None
    day: str | None
    cron: str | None
    zone: str

    @property
    def key(self) -> tuple[str, str | None, str | None, str | None, str]:
        """Return a value that changes whenever the trigger would."""
        return (self.cadence, self.time, self.day, self.cron, self.zone)


def zone_info(zone: str) -> ZoneInfo:
    """Return the `ZoneInfo` for an IANA name, or raise `UserError`."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise UserError(strings.BAD_ZONE.format(zone=zone)) from None


def _hour_minute(time: str | None) -> tuple[int, int]:
    if not time:
        raise UserError(strings.TIME_NEEDED)
    match = _TIME.match(time.strip())
    if match is None:
        raise UserError(strings.BAD_TIME.format(time=time))
    return int(match.group(1)), int(match.group(2))


def validate(
    *, cadence: str, time: str | None, day: str | None, cron: str | None, zone: str
) -> ScheduleSpec:
    """Check a schedule the way the scheduler will use it; raise `UserError` if it cannot.

    Returns the normalised spec (time as zero-padded HH:MM, day lower-case, cron collapsed).
    """
    cadence = (cadence or "").strip().lower()
    if cadence not in CADENCES:
        raise UserError(strings.UNKNOWN_CADENCE.format(cadence=cadence))
    zone_info(zone)
    norm_time: str | None = None
    norm_day: str | None = None
    norm_cron: str | None = None
    if cadence == "cron":
        if not cron or not cron.strip():
            raise UserError(strings.CRON_NEEDED)
        norm_cron = " ".join(cron.split())
    else:
        hour, minute = _hour_minute(time)
        norm_time = f"{hour:02d}:{minute:02d}"
    if cadence == "weekly":
        if not day:
            raise UserError(strings.DAY_NEEDED)
        norm_day = day.strip().lower()[:3]
        if norm_day not in DAYS:
            raise UserError(strings.BAD_DAY.format(day=day))
    spec = ScheduleSpec(cadence=cadence, time=norm_time, day=norm_day, cron=norm_cron, zone=zone)
    trig = trigger(spec)
    if norm_cron is not None:
        _check_cron_gap(trig, norm_cron)
    return spec


def _check_cron_gap(trig: CronTrigger, cron: str) -> None:
    # Digests are not alerts: refuse crons that fire more often than hourly.
    now = datetime.now(UTC)
    fires = fire_times(trig, now, now + timedelta(days=400))
    first = next(fires, None)
    if first is None:
        raise UserError(strings.BAD_CRON.format(cron=cron, detail="it never fires"))
    second = next(fires, None)
    if second is not None and second - first < MIN_CRON_GAP:
        raise UserError(strings.CRON_TOO_OFTEN.format(cron=cron))


_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DOW_PART = re.compile(r"^(\d)(?:-(\d))?(?:/(\d+))?$")


def crontab_weekdays(cron: str) -> str:
    """Return `cron` with numeric weekdays in crontab's sense (0 or 7 = Sunday) as names.

    APScheduler 3 counts weekdays from Monday = 0, unlike crontab; names mean the same to both.
    """
    fields = cron.split()
    if len(fields) != 5:
        return cron
    parts = []
    for part in fields[4].split(","):
        match = _DOW_PART.match(part)
        if match is None:
            parts.append(part)
            continue
        start = int(match.group(1))
        end = int(match.group(2)) if match.group(2) is not None else start
        step = int(match.group(3) or 1)
        if start > 7 or end > 7 or end < start or step < 1:
            parts.append(part)  # let APScheduler name the problem
            continue
        days = [_CRON_DAYS[n] for n in range(start, end + 1, step)]
        parts.extend(dict.fromkeys(days))
    fields[4] = ",".join(dict.fromkeys(parts))
    return " ".join(fields)


def trigger(spec: ScheduleSpec) -> CronTrigger:
    """Return the `CronTrigger` of a schedule, in its zone (wall-clock, DST-aware)."""
    tz = zone_info(spec.zone)
    if spec.cadence == "cron":
        try:
            return CronTrigger.from_crontab(crontab_weekdays(spec.cron or ""), timezone=tz)
        except (ValueError, KeyError, IndexError) as exc:
            detail = str(exc).strip() or type(exc).__name__
            raise UserError(strings.BAD_CRON.format(cron=spec.cron, detail=detail)) from None
    hour, minute = _hour_minute(spec.time)
    if spec.cadence == "daily":
        return CronTrigger(hour=hour, minute=minute, timezone=tz)
    if spec.cadence == "weekdays":
        return CronTrigger(day_of_week="mon-fri", hour=hour, minute=minute, timezone=tz)
    if spec.cadence == "weekly":
        return CronTrigger(day_of_week=spec.day, hour=hour, minute=minute, timezone=tz)
    raise UserError(strings.UNKNOWN_CADENCE.format(cadence=spec.cadence))


def slot_of(fire_at: datetime, zone: str) -> str:
    """Return the slot name of a fire time: its local wall-clock date and minute."""
    return fire_at.astimezone(zone_info(zone)).strftime("%Y-%m-%dT%H:%M")


def fire_times(trig: CronTrigger, after: datetime, until: datetime) -> Iterator[datetime]:
    """Yield the trigger's fire times in (`after`, `until`], in order, as UTC datetimes."""
    # Step in UTC: adding to a local fold=1 time (the repeated hour) would step back an hour.
    tick = timedelta(microseconds=1)
    start = after.astimezone(UTC) + tick
    current = trig.get_next_fire_time(None, start)
    while current is not None and current <= until:
        current = current.astimezone(UTC)
        yield current
        following = trig.get_next_fire_time(current, current + tick)
        if following is not None and following <= current:
            break  # never loop on a trigger that fails to advance
        current = following


def latest_fire(trig: CronTrigger, now: datetime) -> datetime | None:
    """Return the trigger's most recent fire time at or before `now` (None within a year)."""
    for lookback in _LOOKBACKS:
        last: datetime | None = None
        for fire in fire_times(trig, now - lookback, now):
            last = fire
        if last is not None:
            return last
    return None


def next_fire(trig: CronTrigger, now: datetime) -> datetime | None:
    """Return the trigger's next fire time after `now`."""
    fire = trig.get_next_fire_time(None, now.astimezone(UTC) + timedelta(microseconds=1))
    return None if fire is None else fire.astimezone(UTC)


def describe(spec: ScheduleSpec) -> str:
    """Return the schedule in words, e.g. "weekdays at 07:30 (Europe/Berlin)"."""
    if spec.cadence == "daily":
        return strings.DESCRIBE_DAILY.format(time=spec.time, zone=spec.zone)
    if spec.cadence == "weekdays":
        return strings.DESCRIBE_WEEKDAYS.format(time=spec.time, zone=spec.zone)
    if spec.cadence == "weekly":
        day = strings.DAY_NAMES.get(spec.day or "", spec.day or "")
        return strings.DESCRIBE_WEEKLY.format(day=day, time=spec.time, zone=spec.zone)
    return strings.DESCRIBE_CRON.format(cron=spec.cron, zone=spec.zone)


def local_label(fire_at: datetime, zone: str) -> str:
    """Return a fire time as the subscriber reads it, e.g. "2026-11-25 07:30 CET"."""
    return fire_at.astimezone(zone_info(zone)).strftime("%Y-%m-%d %H:%M %Z")
