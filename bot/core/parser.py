"""Parse `/brief` text into a typed request, validating everything once, at the door.

Bad input raises `UserError(message, usage)` with friendly text; nothing here raises anything
else for any string a user can type.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.core import strings
from bot.core.errors import UserError
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

SUBCOMMANDS = tuple(strings.USAGE)
_NO_ARGS: dict[str, Callable[[], Request]] = {
    "topics": Topics,
    "numbers": Numbers,
    "disputes": Disputes,
    "sources": Sources,
    "about": About,
    "help": Help,
    "schedule": Schedule,
}
SUBCOMMAND_CUTOFF = 80.0  # rapidfuzz ratio for "did you mean"
ACCEPT_CUTOFF = 88.0  # a misspelt topic or name this close is taken as meant
SUGGEST_CUTOFF = 60.0
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_ALIASES = {
    **{d: d for d in DAYS},
    "monday": "mon", "tuesday": "tue", "tues": "tue", "wednesday": "wed", "thursday": "thu",
    "thur": "thu", "thurs": "thu", "friday": "fri", "saturday": "sat", "sunday": "sun",
}  # fmt: skip
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-]+$")
_TYPOGRAPHIC_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_FILLER = frozenset({"of", "for", "on", "about", "the", "a", "an", "topic"})
_WHO_FILLER = frozenset({"is", "was", "are", "were"})


def parse(text: str, base: FactBase | None = None) -> Request:
    """Return the request `/brief text` asks for.

    Args:
        text: what the user typed after `/brief` (a leading `/brief` is tolerated).
        base: the fact base, to resolve topic and person names; without it names pass as typed.

    Raises:
        UserError: on empty, too long or unreadable text, an unknown subcommand, missing or
            bad arguments, times, zones, weekdays, cron expressions and unknown topics.
    """
    text = clean(text)
    if text.split(maxsplit=1)[0].casefold() == strings.COMMAND:
        text = text[len(strings.COMMAND) :].strip()
        if not text:
            raise UserError(strings.EMPTY, _usage("help"))
    first, _, rest = text.partition(" ")
    word = first.casefold()
    rest = rest.strip()
    if word not in strings.USAGE:
        if not rest:
            _reject_near_subcommand(word)
        return Ask(question=text)
    if word in _NO_ARGS:
        # "help me understand expedited removal", "about the memos": a question.
        return _NO_ARGS[word]() if not rest else Ask(question=text)
    if word == "ask":
        if not rest:
            raise _missing("ask")
        return Ask(question=rest)
    if word == "topic":
        if not rest:
            raise _missing("topic")
        return TopicBrief(name=resolve_topic(base, rest, usage=_usage("topic")))
    if word == "who":
        return _who(text, rest, base)
    if word in ("timeline", "digest"):
        topic = _topic_or_question(base, rest, text, word)
        if isinstance(topic, Ask):
            return topic
        return Timeline(topic=topic) if word == "timeline" else DigestPreview(topic=topic)
    if word == "timezone":
        args = _split(rest)
        if not args:
            raise _missing("timezone")
        if len(args) > 1:
            raise _too_many("timezone", args[1:])
        return SetDefaultZone(zone=check_zone(args[0], usage=_usage("timezone")))
    if word == "unsubscribe":
        args = _split(rest)
        if len(args) > 1:
            raise _too_many("unsubscribe", args[1:])
        target = args[0] if args else "all"
        return Unsubscribe(target="all" if target.casefold() == "all" else target)
    return _subscribe(_split(rest), base)


def clean(text: str) -> str:
    """Return the text with whitespace collapsed, after checking length and characters.

    Raises:
        UserError: when the text is empty, too long, or holds control characters.
    """
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        raise UserError(strings.CONTROL_CHARS, _usage("help"))
    text = " ".join(text.split())
    if not text:
        raise UserError(strings.EMPTY, _usage("help"))
    if len(text) > strings.MAX_TEXT:
        raise UserError(
            strings.TOO_LONG.format(length=len(text), limit=strings.MAX_TEXT), _usage("ask")
        )
    return text


def check_question(text: str) -> str:
    """Return a question cleaned as the door cleans `/brief` text (for `briefbot ask`).

    Raises:
        UserError: when the text is empty, too long, or holds control characters.
    """
    return clean(text)


def check_time(value: str, *, usage: str | None) -> str:
    """Return a 24-hour time as HH:MM.

    Raises:
        UserError: when it is not one ("25:00", "8am").
    """
    match = _TIME.match(value)
    if match is None:
        raise UserError(strings.BAD_TIME.format(time=value), usage)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_zone(value: str, *, usage: str | None) -> str:
    """Return an IANA time zone name, matching its case loosely.

    Raises:
        UserError: for an unknown zone, suggesting close names.
    """
    zones = _zones()
    if value in zones:
        return value
    folded = {z.casefold(): z for z in zones}
    if value.casefold() in folded:
        return folded[value.casefold()]
    cities = {z.rsplit("/", 1)[-1].casefold().replace("_", " "): z for z in sorted(zones)}
    by_city = [cities[c] for c in _close(value.casefold().replace("_", " "), cities, limit=3)]
    close = list(dict.fromkeys([*by_city, *_close(value, zones, limit=3)]))[:3]
    hint = f"{strings.ZONE_HINT}\n{usage}" if usage else strings.ZONE_HINT
    if close:
        raise UserError(
            strings.BAD_ZONE_SUGGEST.format(zone=value, suggestions=_either(close)), hint
        )
    raise UserError(strings.BAD_ZONE.format(zone=value), hint)


def check_day(value: str, *, usage: str | None) -> str:
    """Return a weekday as mon..sun.

    Raises:
        UserError: when it is not a weekday.
    """
    day = _DAY_ALIASES.get(value.casefold().rstrip("."))
    if day is None:
        raise UserError(strings.BAD_DAY.format(day=value), usage)
    return day


def check_cron(value: str, *, usage: str | None) -> str:
    """Return a five-field crontab with single spaces (the scheduler checks the values).

    Raises:
        UserError: when it has not five fields or holds other characters.
    """
    fields = value.split()
    if len(fields) != 5:
        raise UserError(strings.BAD_CRON.format(count=len(fields)), usage)
    if not all(_CRON_FIELD.match(f) for f in fields):
        raise UserError(strings.BAD_CRON_CHARS.format(cron=value), usage)
    return " ".join(fields)


def resolve_topic(base: FactBase | None, name: str, *, usage: str | None) -> str:
    """Return the topic id `name` means: an id, a title or one of the topic's terms, loosely.

    Raises:
        UserError: when no topic is close, suggesting the nearest.
    """
    if base is None:
        return name
    keys: dict[str, str] = {}
    for topic in base.topics.values():
        for key in (topic.id, topic.title, *topic.terms):
            keys.setdefault(_norm(key), topic.id)
    wanted = _norm(" ".join(w for w in name.split() if w.casefold() not in _FILLER) or name)
    found = _lookup(wanted, keys)
    if found is not None:
        return found
    close = [keys[k] for k in _close(wanted, list(keys), limit=6)]
    suggestions = list(dict.fromkeys(close))[:3]
    hint = f"{strings.TOPIC_LIST_HINT}\n{usage}" if usage else strings.TOPIC_LIST_HINT
    if suggestions:
        raise UserError(
            strings.UNKNOWN_TOPIC_SUGGEST.format(name=name, suggestions=_either(suggestions)),
            hint,
        )
    raise UserError(strings.UNKNOWN_TOPIC.format(name=name), hint)


def resolve_person(base: FactBase, name: str, *, usage: str | None) -> str:
    """Return the id of the person or organisation `name` means, via names and aliases.

    Raises:
        UserError: when nobody is close, suggesting the nearest names.
    """
    found = find_person(base, name)
    if found is not None:
        return found
    keys = _person_keys(base)
    close = [base.people[keys[k]].name for k in _close(_norm(name), list(keys), limit=6)]
    suggestions = list(dict.fromkeys(close))[:3]
    if suggestions:
        raise UserError(
            strings.UNKNOWN_PERSON_SUGGEST.format(name=name, suggestions=_either(suggestions)),
            usage,
        )
    raise UserError(strings.UNKNOWN_PERSON.format(name=name), usage)


def find_person(base: FactBase, name: str) -> str | None:
    """Return the id of the person `name` means, or None when nobody is close enough."""
    return _lookup(_norm(name), _person_keys(base))


def _person_keys(base: FactBase) -> dict[str, str]:
    keys: dict[str, str] = {}
    for person in base.people.values():
        for key in (person.id, person.name, *person.aliases):
            keys.setdefault(_norm(key), person.id)
    return keys


def _who(text: str, rest: str, base: FactBase | None) -> Request:
    words = rest.split()
    if not words:
        raise _missing("who")
    name = " ".join(words[1:]) if len(words) > 1 and words[0].casefold() in _WHO_FILLER else rest
    name = name.rstrip("?").strip() or rest
    if base is None:
        return Who(person=name)
    if find_person(base, name) is not None:
        return Who(person=name)
    if len(words) > 1:  # "who said the raids would start on Sunday?" is a question
        return Ask(question=text)
    return Who(person=resolve_person(base, name, usage=_usage("who")))


def _topic_or_question(
    base: FactBase | None, rest: str, text: str, subcommand: str
) -> str | Ask | None:
    if not rest:
        return None
    try:
        return resolve_topic(base, rest, usage=_usage(subcommand))
    except UserError:
        if rest.endswith("?"):  # "timeline of what happened in 2019?" is a question
            return Ask(question=text)
        raise


def _subscribe(args: list[str], base: FactBase | None) -> Subscribe:
    usage = _usage("subscribe")
    topic: str | None = None
    positional: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.casefold() in ("--topic", "-t", "—topic"):
            if i + 1 >= len(args):
                raise _missing("--topic", usage=usage)
            topic = resolve_topic(base, args[i + 1], usage=usage)
            i += 2
            continue
        if arg.casefold().startswith("--topic="):
            topic = resolve_topic(base, arg.split("=", 1)[1], usage=usage)
        elif arg.startswith("--"):
            raise UserError(strings.UNKNOWN_OPTION.format(option=arg), usage)
        else:
            positional.append(arg)
        i += 1
    if not positional:
        raise _missing("subscribe")
    cadence, *more = positional
    cadence = cadence.casefold()
    if cadence in ("daily", "weekdays"):
        if not more:
            raise _missing("subscribe", what="time", usage=usage)
        time = check_time(more[0], usage=usage)
        zone = _zone_arg(more[1:], usage)
        return Subscribe(cadence=cadence, time=time, zone=zone, topic=topic)
    if cadence == "weekly":
        if len(more) < 2:
            raise _missing("subscribe", what="day", usage=usage)
        day = check_day(more[0], usage=usage)
        time = check_time(more[1], usage=usage)
        zone = _zone_arg(more[2:], usage)
        return Subscribe(cadence=cadence, day=day, time=time, zone=zone, topic=topic)
    if cadence == "cron":
        if not more:
            raise _missing("subscribe", what="cron", usage=usage)
        cron = check_cron(more[0], usage=usage)
        zone = _zone_arg(more[1:], usage)
        return Subscribe(cadence=cadence, cron=cron, zone=zone, topic=topic)
    raise UserError(strings.BAD_CADENCE.format(cadence=positional[0]), usage)


def _zone_arg(args: list[str], usage: str) -> str | None:
    if not args:
        return None
    if len(args) > 1:
        raise _too_many("subscribe", args[1:])
    return check_zone(args[0], usage=usage)


def _split(rest: str) -> list[str]:
    try:
        return shlex.split(rest.translate(_TYPOGRAPHIC_QUOTES))
    except ValueError:
        raise UserError(strings.UNBALANCED_QUOTES, _usage("subscribe")) from None


def _best(word: str, choices: Iterable[str]) -> tuple[str, float] | None:
    """Return the choice closest to `word` and its rapidfuzz ratio, or None."""
    # Imported here: `briefbot ask` parses no subcommand, and the import costs ~20 ms.
    from rapidfuzz import fuzz, process

    found = process.extractOne(word, list(choices), scorer=fuzz.ratio)
    return None if found is None else (str(found[0]), float(found[1]))


def _reject_near_subcommand(word: str) -> None:
    match = _best(word, SUBCOMMANDS)
    if match is not None and match[1] >= SUBCOMMAND_CUTOFF:
        raise UserError(
            strings.UNKNOWN_SUBCOMMAND.format(word=word, suggestion=match[0]), _usage(match[0])
        )


def _lookup(wanted: str, keys: dict[str, str]) -> str | None:
    if not wanted:
        return None
    if wanted in keys:
        return keys[wanted]
    if wanted.endswith("s") and wanted[:-1] in keys:
        return keys[wanted[:-1]]
    match = _best(wanted, keys)
    if match is not None and match[1] >= ACCEPT_CUTOFF:
        return keys[match[0]]
    return None


def _close(value: str, choices: Iterable[str], *, limit: int) -> list[str]:
    from rapidfuzz import fuzz, process

    found = process.extract(
        value, list(choices), scorer=fuzz.ratio, limit=limit, score_cutoff=SUGGEST_CUTOFF
    )
    return [str(m[0]) for m in found]


def _norm(value: str) -> str:
    return " ".join(re.sub(r"[^\w\s()-]", " ", value.casefold()).split())


def _either(values: list[str]) -> str:
    return strings.OR.join(values)


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones() | {"UTC"})


def _usage(subcommand: str) -> str:
    return strings.USAGE[subcommand]


def _missing(subcommand: str, *, what: str | None = None, usage: str | None = None) -> UserError:
    needed = strings.WHAT_NEEDED[what or subcommand]
    return UserError(
        strings.MISSING_ARGUMENT.format(subcommand=subcommand, what=needed),
        usage or _usage(subcommand if subcommand in strings.USAGE else "subscribe"),
    )


def _too_many(subcommand: str, extra: list[str]) -> UserError:
    return UserError(
        strings.TOO_MANY_ARGUMENTS.format(subcommand=subcommand, extra=" ".join(extra)),
        _usage(subcommand),
    )
