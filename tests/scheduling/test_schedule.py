"""Schedules: validation the scheduler needs, crontab weekdays, slots across DST."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.errors import UserError
from bot.scheduling import schedule

NY = "America/New_York"


def spec(**fields: str | None) -> schedule.ScheduleSpec:
    values: dict[str, str | None] = {"time": None, "day": None, "cron": None, "zone": "UTC"}
    values.update(fields)
    return schedule.validate(
        cadence=str(values.pop("cadence")),
        time=values["time"],
        day=values["day"],
        cron=values["cron"],
        zone=str(values["zone"]),
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"cadence": "hourly", "time": "08:00"}, "Unknown schedule 'hourly'"),
        ({"cadence": "daily", "time": "25:00"}, "Time '25:00' is not a time of day"),
        ({"cadence": "daily"}, "Say when"),
        ({"cadence": "weekly", "time": "08:00"}, "A weekly digest needs a day"),
        ({"cadence": "weekly", "time": "08:00", "day": "someday"}, "Day 'someday'"),
        ({"cadence": "daily", "time": "08:00", "zone": "Mars/Olympus"}, "Unknown time zone"),
        ({"cadence": "daily", "time": "08:00", "zone": "../etc/passwd"}, "Unknown time zone"),
        ({"cadence": "cron"}, "A cron schedule needs five fields"),
        ({"cadence": "cron", "cron": "0 8 * *"}, "Wrong number of fields; got 4, expected 5"),
        ({"cadence": "cron", "cron": "61 8 * * *"}, "the last value (61) is higher"),
        ({"cadence": "cron", "cron": "0 9 30 2 *"}, "it never fires"),
        ({"cadence": "cron", "cron": "*/5 * * * *"}, "more than once an hour"),
    ],
)
def test_bad_schedules_and_zones_are_user_errors(fields: dict[str, str], message: str) -> None:
    with pytest.raises(UserError) as caught:
        spec(**fields)
    assert message in caught.value.message


def test_schedules_are_normalised_and_described() -> None:
    assert schedule.describe(spec(cadence="daily", time="7:05", zone=NY)) == (
        "daily at 07:05 (America/New_York)"
    )
    assert schedule.describe(spec(cadence="weekdays", time="07:30", zone="Europe/Berlin")) == (
        "weekdays at 07:30 (Europe/Berlin)"
    )
    assert schedule.describe(spec(cadence="weekly", time="09:00", day="Monday")) == (
        "every Monday at 09:00 (UTC)"
    )
    assert (
        schedule.describe(spec(cadence="cron", cron="0  8 * *  1-5")) == "cron `0 8 * * 1-5` (UTC)"
    )


def test_crontab_weekday_numbers_mean_what_crontab_means() -> None:
    # APScheduler 3 counts Monday as 0; crontab counts Sunday as 0 (and 7).
    trig = schedule.trigger(spec(cadence="cron", cron="0 9 * * 1"))
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert schedule.next_fire(trig, datetime(2026, 11, 21, tzinfo=UTC)) == monday
    sunday = schedule.trigger(spec(cadence="cron", cron="0 9 * * 0"))
    assert schedule.next_fire(sunday, datetime(2026, 11, 21, tzinfo=UTC)) == datetime(
        2026, 11, 22, 9, 0, tzinfo=UTC
    )
    assert schedule.crontab_weekdays("0 9 * * 5-7") == "0 9 * * fri,sat,sun"


def test_fall_back_fires_twice_in_one_slot() -> None:
    trig = schedule.trigger(spec(cadence="daily", time="01:30", zone=NY))
    fires = list(
        schedule.fire_times(
            trig, datetime(2026, 10, 31, 12, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC)
        )
    )
    assert fires == [
        datetime(2026, 11, 1, 5, 30, tzinfo=UTC),  # 01:30 EDT
        datetime(2026, 11, 1, 6, 30, tzinfo=UTC),  # 01:30 EST, an hour later
    ]
    assert [schedule.slot_of(f, NY) for f in fires] == ["2026-11-01T01:30", "2026-11-01T01:30"]


def test_spring_forward_fires_once_at_0330() -> None:
    trig = schedule.trigger(spec(cadence="daily", time="02:30", zone=NY))
    fires = list(
        schedule.fire_times(
            trig, datetime(2026, 3, 7, 12, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC)
        )
    )
    assert fires == [datetime(2026, 3, 8, 7, 30, tzinfo=UTC)]
    assert schedule.slot_of(fires[0], NY) == "2026-03-08T03:30"
    assert schedule.local_label(fires[0], NY) == "2026-03-08 03:30 EDT"


def test_latest_fire_finds_the_slot_that_is_due() -> None:
    weekly = schedule.trigger(spec(cadence="weekly", time="08:00", day="fri", zone=NY))
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # a Tuesday
    assert schedule.latest_fire(weekly, now) == datetime(2026, 11, 20, 13, 0, tzinfo=UTC)
