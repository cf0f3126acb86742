"""Typed requests: what a user asked for, validated once at the core's door.

The `/brief` text parser (`bot.core.parser`) and Discord's typed options both build these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Caller:
    """Who sent a request and from where; adapters fill it from the platform payload."""

    platform: str  # "slack" | "discord" | "console"
    workspace: str  # Slack team id, Discord guild id, "console"
    channel: str
    user: str
    user_name: str | None = None
    can_manage: bool = False  # may change this channel's subscriptions (adapter decides)


@dataclass(frozen=True, slots=True, kw_only=True)
class Ask:
    """Answer a question from the fact base."""

    question: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Topics:
    """List the topics the fact base covers."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicBrief:
    """Brief one topic: its key facts."""

    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Who:
    """Who is this person or organisation, and what did they say or do."""

    person: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Numbers:
    """The key figures, conflicts side by side."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Disputes:
    """Where the sources disagree."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """Dated events in order, optionally for one topic."""

    topic: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Sources:
    """The source articles and what is known about each."""


@dataclass(frozen=True, slots=True, kw_only=True)
class About:
    """Fact-base version, counts and date range."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Help:
    """Usage of every subcommand."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestPreview:
    """Show the full digest now, without posting it."""

    topic: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscribe:
    """Subscribe this channel to a digest.

    `cadence` is "daily", "weekdays", "weekly" (with `day`) or "cron" (with `cron`); `time` is
    "HH:MM" for all but cron; `zone` is an IANA zone, or None for the workspace default.
    """

    cadence: str
    time: str | None = None
    day: str | None = None  # "mon".."sun" for weekly
    cron: str | None = None  # five-field crontab for cron
    zone: str | None = None
    topic: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Unsubscribe:
    """Remove one subscription of this channel by id, or all of them."""

    target: str  # a subscription id, or "all"


@dataclass(frozen=True, slots=True, kw_only=True)
class Schedule:
    """List this channel's subscriptions: next run, last outcome and why."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SetDefaultZone:
    """Set the default time zone for this workspace or server."""

    zone: str


Request = (
    Ask | Topics | TopicBrief | Who | Numbers | Disputes | Timeline | Sources | About | Help
    | DigestPreview | Subscribe | Unsubscribe | Schedule | SetDefaultZone
)  # fmt: skip
