"""The `/brief` parser: every subcommand, and every bad input as a friendly `UserError`."""

from __future__ import annotations

import pytest

from bot.core.errors import UserError
from bot.core.parser import parse
from bot.core.requests import (
    About,
    Ask,
    DigestPreview,
    Disputes,
    Help,
    Numbers,
    Request,
    Schedule,
    SetDefaultZone,
    Sources,
    Subscribe,
    Timeline,
    TopicBrief,
    Topics,
    Unsubscribe,
    Who,
)
from briefings.model import FactBase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ask how many ICE officers", Ask(question="how many ICE officers")),
        ("how many ICE officers?", Ask(question="how many ICE officers?")),
        ("/brief what about DACA", Ask(question="what about DACA")),
        ("DACA", Ask(question="DACA")),
        ("topics", Topics()),
        ("TOPICS", Topics()),
        ("topic daca", TopicBrief(name="daca")),
        ("topic dreamers", TopicBrief(name="daca")),
        ("topic Expedited removal", TopicBrief(name="expedited-removal")),
        ("topic fast-track", TopicBrief(name="expedited-removal")),
        ("topic cops", TopicBrief(name="local-police")),
        ("topic dacca", TopicBrief(name="daca")),
        ("who Kelly", Who(person="Kelly")),
        ("who is John Kelly?", Who(person="John Kelly")),
        ("who said the raids would start?", Ask(question="who said the raids would start?")),
        ("numbers", Numbers()),
        ("disputes", Disputes()),
        ("timeline", Timeline()),
        ("timeline raids", Timeline(topic="ice-2019-raids")),
        ("timeline of the military", Timeline(topic="military")),
        ("sources", Sources()),
        ("about", About()),
        ("help", Help()),
        (
            "help me understand expedited removal",
            Ask(question="help me understand expedited removal"),
        ),
        ("digest", DigestPreview()),
        ("digest local police", DigestPreview(topic="local-police")),
        ("schedule", Schedule()),
        ("timezone Europe/Berlin", SetDefaultZone(zone="Europe/Berlin")),
        ("timezone america/chicago", SetDefaultZone(zone="America/Chicago")),
        ("unsubscribe", Unsubscribe(target="all")),
        ("unsubscribe ALL", Unsubscribe(target="all")),
        ("unsubscribe 3f2a", Unsubscribe(target="3f2a")),
        ("subscribe daily 08:00", Subscribe(cadence="daily", time="08:00")),
        ("subscribe daily 8:05 UTC", Subscribe(cadence="daily", time="08:05", zone="UTC")),
        (
            "subscribe weekdays 07:30 Europe/Berlin",
            Subscribe(cadence="weekdays", time="07:30", zone="Europe/Berlin"),
        ),
        (
            "subscribe weekly mon 09:00 America/New_York",
            Subscribe(cadence="weekly", day="mon", time="09:00", zone="America/New_York"),
        ),
        (
            "subscribe weekly Friday 17:45",
            Subscribe(cadence="weekly", day="fri", time="17:45"),
        ),
        ('subscribe cron "0 8 * * 1-5"', Subscribe(cadence="cron", cron="0 8 * * 1-5")),
        (
            "subscribe cron \u201c0 8 * * 1-5\u201d Asia/Tokyo --topic dreamers",
            Subscribe(cadence="cron", cron="0 8 * * 1-5", zone="Asia/Tokyo", topic="daca"),
        ),
        (
            "subscribe daily 08:00 --topic raids",
            Subscribe(cadence="daily", time="08:00", topic="ice-2019-raids"),
        ),
    ],
)
def test_parses_every_subcommand(base: FactBase, text: str, expected: Request) -> None:
    assert parse(text, base) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\U0001f1fa\U0001f1f8 what did Kelly say? \U0001f914",
        "\u0645\u0627\u0630\u0627 \u0642\u0627\u0644 \u0643\u064a\u0644\u064a\u061f",  # RTL Arabic
        "\u05de\u05d4 \u05e7\u05e8\u05d4 \u200f\u05e2\u05dd ICE",  # Hebrew with an RLM mark
        "@everyone",
        "@here what is DACA",
        "<!channel> raids",
        "<@U123> what did Spicer say",
    ],
)
def test_odd_but_valid_text_is_a_question_kept_verbatim(base: FactBase, text: str) -> None:
    assert parse(text, base) == Ask(question=text)


def test_whitespace_and_newlines_are_collapsed(base: FactBase) -> None:
    assert parse("  topic\n\tdaca  ", base) == TopicBrief(name="daca")


def _error(base: FactBase, text: str) -> UserError:
    with pytest.raises(UserError) as caught:
        parse(text, base)
    return caught.value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Type a question or a subcommand after /brief."),
        ("   \n ", "Type a question or a subcommand after /brief."),
        ("/brief", "Type a question or a subcommand after /brief."),
        ("x" * 4000, "That is 4000 characters; keep it under 500."),
        ("x" * 501, "That is 501 characters; keep it under 500."),
        ("what\x00 is DACA", "That text contains control characters; type it again as plain text."),
        ("topics\x1b[2J", "That text contains control characters; type it again as plain text."),
        ("topcs", "Unknown subcommand 'topcs'. Did you mean topics?"),
        ("schedul", "Unknown subcommand 'schedul'. Did you mean schedule?"),
        ("dispute", "Unknown subcommand 'dispute'. Did you mean disputes?"),
        ("ask", "ask needs a question."),
        ("topic", "topic needs a topic name."),
        ("who", "who needs a person's name."),
        ("timezone", "timezone needs a time zone."),
        ("subscribe", "subscribe needs a schedule: daily, weekdays, weekly or cron."),
        ("subscribe daily", "subscribe needs a time of day as HH:MM."),
        ("subscribe weekly mon", "subscribe needs a weekday (mon..sun) and a time."),
        ("subscribe cron", 'subscribe needs a quoted cron expression, like "0 8 * * 1-5".'),
        ("subscribe daily 08:00 --topic", "--topic needs a topic name."),
        (
            "subscribe daily 25:00",
            "'25:00' is not a time of day: use 24-hour HH:MM, like 08:00 or 17:30.",
        ),
        (
            "subscribe daily 8am",
            "'8am' is not a time of day: use 24-hour HH:MM, like 08:00 or 17:30.",
        ),
        (
            "subscribe daily 08:60",
            "'08:60' is not a time of day: use 24-hour HH:MM, like 08:00 or 17:30.",
        ),
        (
            "subscribe weekly funday 09:00",
            "'funday' is not a weekday: use mon, tue, wed, thu, fri, sat or sun.",
        ),
        (
            'subscribe cron "0 8 * *"',
            'A cron schedule needs exactly five fields in quotes, like "0 8 * * 1-5"; got 4.',
        ),
        (
            'subscribe cron "0 8 * * 1-5 2026"',
            'A cron schedule needs exactly five fields in quotes, like "0 8 * * 1-5"; got 6.',
        ),
        (
            'subscribe cron "0 8 * * $(reboot)"',
            "The cron schedule '0 8 * * $(reboot)' may only use digits, letters, * / , and -.",
        ),
        ('subscribe cron "0 8 * * 1-5', "A quotation mark is not closed."),
        (
            "subscribe hourly 08:00",
            "Unknown schedule 'hourly': use daily, weekdays, weekly or cron.",
        ),
        ("subscribe daily 08:00 Mars/Olympus", "Unknown time zone 'Mars/Olympus'."),
        ("subscribe daily 08:00 UTC extra", "Too many words after subscribe: 'extra'."),
        (
            "subscribe daily 08:00 --color red",
            "Unknown option '--color'; the only option is --topic.",
        ),
        ("timezone Europe/Berlin now", "Too many words after timezone: 'now'."),
        ("unsubscribe 1 2", "Too many words after unsubscribe: '2'."),
        ("topic quantum physics", "No topic called 'quantum physics'."),
        ("who Zorro", "The sources do not name anyone called 'Zorro'."),
    ],
)
def test_bad_input_is_a_friendly_user_error(base: FactBase, text: str, message: str) -> None:
    error = _error(base, text)
    assert error.message == message
    assert error.usage


def test_bad_zone_suggests_close_names(base: FactBase) -> None:
    error = _error(base, "subscribe weekdays 07:30 Europe/Berln")
    assert error.message.startswith("Unknown time zone 'Europe/Berln'. Did you mean Europe/Berlin")


def test_unknown_topic_suggests_the_nearest(base: FactBase) -> None:
    error = _error(base, "topic milatary")
    assert error.message == "No topic called 'milatary'. Did you mean military?"
    assert error.usage is not None
    assert "/brief topics" in error.usage


def test_zone_by_city_name_is_suggested(base: FactBase) -> None:
    error = _error(base, "timezone berlin")
    assert error.message.startswith("Unknown time zone 'berlin'. Did you mean Europe/Berlin or ")


def test_misspelt_topics_and_names_close_enough_are_taken(base: FactBase) -> None:
    assert parse("topic deportation forcee", base) == TopicBrief(name="mass-deportations")
    assert parse("who Kely", base) == Who(person="Kely")


def test_unknown_subcommand_gives_its_usage(base: FactBase) -> None:
    assert _error(base, "timline").usage == "/brief timeline [TOPIC]"


def test_parser_works_without_a_base() -> None:
    assert parse("topic anything") == TopicBrief(name="anything")
    assert parse("who anyone") == Who(person="anyone")
