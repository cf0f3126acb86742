"""The discord.py client: `/brief` as an app-command group, the answer buttons, the error path.

`build_discord_client` registers closures over the core, the settings and the feedback store on a
fresh client and command tree; nothing is created at import. Each subcommand builds the same
typed request the `/brief` text parser builds (`bot.core.requests`), defers at once (Discord
allows 3 seconds for the first response), asks the core, and sends the rendered embeds as the
follow-up. No privileged intents are used (`Intents.none()`): a slash-only bot reads no messages.
Mentions are disabled on the client and again on every send.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import zoneinfo
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from typing import Any, Protocol

import discord
from discord import app_commands
from pydantic import SecretStr

from bot.adapters.discord import strings
from bot.adapters.discord.embeds import error_text, plain, read_marker, read_question, render
from bot.adapters.discord.options import (
    ask_request,
    subscribe_request,
    timezone_request,
    unsubscribe_request,
)
from bot.adapters.discord.views import AnswerView
from bot.core import strings as core_strings
from bot.core.errors import UserError
from bot.core.ports import FeedbackStore
from bot.core.reply import Reply, ReplyKind, Visibility
from bot.core.requests import (
    About,
    Caller,
    DigestPreview,
    Disputes,
    Help,
    Numbers,
    Request,
    Schedule,
    Sources,
    Timeline,
    TopicBrief,
    Topics,
    Who,
)
from bot.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "discord"
GROUP = "brief"
MAX_QUESTION = core_strings.MAX_TEXT  # Discord's box stops where the core's door would refuse
MAX_CHOICES = 25  # Discord's cap on autocomplete choices
MAX_CHOICE_TEXT = 100  # a choice's name and value
FOLLOWUP_RETRY_DELAYS = (1.0, 3.0)  # after discord.py's own five tries have given up
MAX_RATELIMIT_WAIT = 60.0  # longer waits raise discord.RateLimited instead of sleeping


class ReportError(Protocol):
    """The core's error path: any exception -> the reply the user sees (and a log line)."""

    def __call__(
        self,
        exc: BaseException,
        *,
        context: Mapping[str, str | int | float | bool | None],
        version: str | None = None,
    ) -> Reply:
        """Return the reply for `exc`, logging it unless it is a `UserError`."""
        ...


class BriefCore(Protocol):
    """What the adapter needs from `bot.core.service.Core`."""

    async def handle(self, request: Request, caller: Caller) -> Reply:
        """Answer one typed request for `caller`."""
        ...


class Lookup(Protocol):
    """Names offered by autocomplete: topics and people, as (value, label) pairs."""

    def topics(self) -> Sequence[tuple[str, str]]:
        """Return every topic as (id, title)."""
        ...

    def people(self) -> Sequence[tuple[str, str]]:
        """Return every person or organisation as (name, "name, role")."""
        ...


class FactBaseLookup:
    """Autocomplete names read from a loaded fact base (`briefings.model.FactBase`)."""

    def __init__(self, base: Any) -> None:
        self._topics = sorted((t.id, f"{t.title} ({t.id})") for t in base.topics.values())
        self._people = sorted(
            (p.name, f"{p.name}, {p.role}" if p.role else p.name) for p in base.people.values()
        )

    def topics(self) -> Sequence[tuple[str, str]]:
        """Return every topic as (id, "title (id)")."""
        return self._topics

    def people(self) -> Sequence[tuple[str, str]]:
        """Return every person as (name, "name, role")."""
        return self._people


def _zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def match_choices(
    current: str, options: Iterable[tuple[str, str]]
) -> list[app_commands.Choice[str]]:
    """Return at most 25 choices whose value or label contains `current`, prefixes first."""
    needle = " ".join(current.lower().split())
    first: list[tuple[str, str]] = []
    then: list[tuple[str, str]] = []
    for value, label in options:
        hay = f"{value} {label}".lower()
        if not needle or hay.startswith(needle) or label.lower().startswith(needle):
            first.append((value, label))
        elif needle in hay:
            then.append((value, label))
    picked = (first + then)[:MAX_CHOICES]
    return [
        app_commands.Choice(name=_fit(label, MAX_CHOICE_TEXT), value=value[:MAX_CHOICE_TEXT])
        for value, label in picked
    ]


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def caller_for(interaction: discord.Interaction[Any]) -> Caller:
    """Return the core's `Caller` for an interaction; Manage Channels decides `can_manage`."""
    guild = interaction.guild_id
    return Caller(
        platform=PLATFORM,
        workspace=str(guild) if guild is not None else f"dm:{interaction.user.id}",
        channel=str(interaction.channel_id or ""),
        user=str(interaction.user.id),
        user_name=interaction.user.name,
        can_manage=guild is not None and interaction.permissions.manage_channels,
    )


def require_manage_channels(interaction: discord.Interaction[Any]) -> None:
    """Refuse a subscription change without Manage Channels (the command default is a hint).

    Raises:
        UserError: outside a server, or without the Manage Channels permission.
    """
    if interaction.guild_id is None:
        raise UserError(strings.NOT_IN_SERVER)
    if not interaction.permissions.manage_channels:
        raise UserError(strings.NEED_MANAGE_CHANNELS)


async def send_with_retry(
    send: Callable[[], Awaitable[Any]],
    *,
    delays: Sequence[float] = FOLLOWUP_RETRY_DELAYS,
) -> Any:
    """Call `send`, retrying a few times with backoff on 5xx and on over-long rate limits.

    discord.py already sleeps through 429s (up to `max_ratelimit_timeout`) and retries 5xx
    itself; this is the bounded second chance after it gives up. An interaction token lives
    15 minutes, so the total wait stays far below that.
    """
    for attempt in range(len(delays) + 1):
        try:
            return await send()
        except discord.RateLimited as exc:
            if attempt == len(delays):
                raise
            await asyncio.sleep(min(exc.retry_after, MAX_RATELIMIT_WAIT))
        except discord.DiscordServerError:
            if attempt == len(delays):
                raise
            log.warning("discord 5xx on send; retry %d in %.1fs", attempt + 1, delays[attempt])
            await asyncio.sleep(delays[attempt])
    raise AssertionError("unreachable")


class BriefClient(discord.AutoShardedClient):
    """The bot's client: an auto-sharded discord.py client that owns the `/brief` tree."""

    tree: app_commands.CommandTree[BriefClient]

    def __init__(self, *, persistent_views: Sequence[discord.ui.View], **options: Any) -> None:
        super().__init__(**options)
        self._persistent_views = tuple(persistent_views)

    async def setup_hook(self) -> None:
        """Register the answer buttons so they work on messages sent before a restart."""
        for view in self._persistent_views:
            self.add_view(view)


class PlainBriefClient(discord.Client):
    """The same client without sharding (one gateway connection, for tests and small bots)."""

    tree: app_commands.CommandTree[PlainBriefClient]

    def __init__(self, *, persistent_views: Sequence[discord.ui.View], **options: Any) -> None:
        super().__init__(**options)
        self._persistent_views = tuple(persistent_views)

    async def setup_hook(self) -> None:
        """Register the answer buttons so they work on messages sent before a restart."""
        for view in self._persistent_views:
            self.add_view(view)


def build_discord_client(
    core: BriefCore,
    *,
    settings: Settings,
    feedback: FeedbackStore,
    lookup: Lookup | None = None,
    report: ReportError | None = None,
    sharded: bool = True,
    retry_delays: Sequence[float] = FOLLOWUP_RETRY_DELAYS,
    **client_options: Any,
) -> BriefClient | PlainBriefClient:
    """Build the client with `/brief`, the persistent buttons and the error path registered.

    Args:
        core: the core (`bot.core.service.Core`).
        settings: the settings (unused today beyond the defaults; kept for symmetry with Slack).
        feedback: where "Helpful" / "Not helpful" votes go (`bot.store`'s `FeedbackStore`).
        lookup: names for autocomplete; by default read from `core.base` when the core has one.
        report: the error path, (error, *, context, version) -> Reply; defaults to the
            core's `bot.core.reporting.report_error`.
        sharded: an `AutoShardedClient` (default; one process, as many shards as Discord
            recommends) or a plain `Client`.
        retry_delays: backoff before re-sending a follow-up that failed with a 5xx.
        **client_options: passed to the discord.py client (e.g. `shard_count`).
    """
    del settings  # nothing Discord-specific to read yet besides the token, given to run_discord
    if lookup is None and getattr(core, "base", None) is not None:
        lookup = FactBaseLookup(core.base)  # type: ignore[attr-defined]
    report_error = report if report is not None else _core_report_error()
    version = getattr(getattr(core, "base", None), "version", None)
    zones = _zones()
    none = discord.AllowedMentions.none()

    async def on_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
        if isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError):
            error = error.__cause__ or error
        context: dict[str, str | int | float | bool | None] = {
            "platform": PLATFORM,
            "guild": interaction.guild_id,
            "channel": interaction.channel_id,
            "user": interaction.user.id if interaction.user else None,
            "interaction": interaction.id,
            "type": interaction.type.name if interaction.type else None,
            "command": interaction.command.qualified_name if interaction.command else None,
        }
        try:
            text = error_text(report_error(error, context=context, version=version))
        except Exception:  # the reporter itself failing must not hide the apology
            log.exception("error reporter failed: interaction=%s", interaction.id)
            text = plain(strings.APOLOGY)
        try:
            await _send_ephemeral(interaction, text)
        except discord.HTTPException as exc:  # an expired token, say: nothing left to tell
            log.warning("could not answer: interaction=%s status=%s", interaction.id, exc.status)

    async def _send_ephemeral(interaction: discord.Interaction[Any], text: str) -> None:
        if interaction.response.is_done():
            await send_with_retry(
                lambda: interaction.followup.send(text, ephemeral=True, allowed_mentions=none),
                delays=retry_delays,
            )
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=none)

    async def on_share(interaction: discord.Interaction[Any]) -> None:
        message = interaction.message
        embeds = list(message.embeds) if message is not None else []
        if not embeds or read_marker(embeds) is None:
            raise UserError(strings.SHARE_UNREADABLE)
        # Edit the private copy first (drops the share button), then post the same embeds
        # publicly through the interaction: no channel permission is needed for either.
        private = _answer_view(share=False)
        await interaction.response.edit_message(view=private)
        private.stop()
        public = _answer_view(share=False)
        await send_with_retry(
            lambda: interaction.followup.send(
                content=strings.SHARED_BY.format(user=interaction.user.id),
                embeds=embeds,
                ephemeral=False,
                allowed_mentions=none,
                view=public,
            ),
            delays=retry_delays,
        )
        public.stop()
        log.info(
            "discord share: guild=%s channel=%s user=%s",
            interaction.guild_id,
            interaction.channel_id,
            interaction.user.id,
        )

    async def on_vote(interaction: discord.Interaction[Any], helpful: bool) -> None:
        message = interaction.message
        embeds = list(message.embeds) if message is not None else []
        marker = read_marker(embeds)
        question = read_question(embeds)
        if marker is None or question is None:
            raise UserError(strings.VOTE_UNREADABLE)
        caller = caller_for(interaction)
        await feedback.record_vote(
            platform=PLATFORM,
            workspace=caller.workspace,
            channel=caller.channel,
            user=caller.user,
            question=question,
            fact_ids=marker.fact_ids,
            version=marker.version or "",
            helpful=helpful,
        )
        log.info(
            "discord vote: guild=%s user=%s helpful=%s", interaction.guild_id, caller.user, helpful
        )
        await interaction.response.send_message(
            strings.VOTE_THANKS, ephemeral=True, allowed_mentions=none
        )

    def _answer_view(*, share: bool) -> AnswerView:
        return AnswerView(share=share, on_share=on_share, on_vote=on_vote, on_error=on_error)

    cls: type[BriefClient] | type[PlainBriefClient] = BriefClient if sharded else PlainBriefClient
    client_options.setdefault("max_ratelimit_timeout", MAX_RATELIMIT_WAIT)
    client = cls(
        persistent_views=[_answer_view(share=True)],
        intents=discord.Intents.none(),
        allowed_mentions=none,
        **client_options,
    )
    tree: app_commands.CommandTree[Any] = app_commands.CommandTree(client)
    client.tree = tree
    tree.on_error = on_error  # type: ignore[method-assign]

    async def on_event_error(event_method: str, /, *args: Any, **kwargs: Any) -> None:
        # Gateway event handlers (not interactions) failing: log through the same path.
        error = sys.exc_info()[1]
        if error is not None:
            report_error(error, context={"platform": PLATFORM, "event": event_method})

    on_event_error.__name__ = "on_error"
    client.event(on_event_error)

    async def answer(
        interaction: discord.Interaction[Any], request: Request, *, question: str | None = None
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        caller = caller_for(interaction)
        log.info(
            "discord /brief %s: guild=%s channel=%s user=%s",
            type(request).__name__,
            interaction.guild_id,
            caller.channel,
            caller.user,
        )
        reply = await core.handle(request, caller)
        await send_reply(interaction, reply, question=question)

    async def send_reply(
        interaction: discord.Interaction[Any], reply: Reply, *, question: str | None
    ) -> None:
        offered = {a.id for a in reply.actions}
        if not offered and reply.kind is ReplyKind.ANSWER:
            offered = {"share", "helpful", "not_helpful"}
        if question is None or reply.kind is not ReplyKind.ANSWER:
            offered = set()
        rendered = render(reply, question=question if offered else None)
        view = None
        if offered & {"helpful", "not_helpful"}:
            share = "share" in offered and reply.visibility is not Visibility.PUBLIC
            view = _answer_view(share=share)
        kwargs: dict[str, Any] = {"embeds": list(rendered.embeds), "allowed_mentions": none}
        if view is not None:
            kwargs["view"] = view
        # The first follow-up replaces the deferred "thinking…" message, which is ephemeral.
        await send_with_retry(
            lambda: interaction.followup.send(ephemeral=True, **kwargs), delays=retry_delays
        )
        if view is not None:
            # discord.py keeps every sent view per message, forever (no timeout): drop it;
            # the one persistent view registered at start-up answers these buttons.
            view.stop()

    async def topic_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return match_choices(current, lookup.topics() if lookup else ())

    async def people_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return match_choices(current, lookup.people() if lookup else ())

    async def zone_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return match_choices(current, ((z, z) for z in zones))

    group = app_commands.Group(name=GROUP, description=strings.GROUP_DESCRIPTION)
    d = strings.DESCRIPTIONS
    o = strings.OPTION_DESCRIPTIONS

    @group.command(name="ask", description=d["ask"])
    @app_commands.describe(question=o["question"])
    async def ask(
        interaction: discord.Interaction[Any], question: app_commands.Range[str, 1, MAX_QUESTION]
    ) -> None:
        request = ask_request(question)
        await answer(interaction, request, question=request.question)

    @group.command(name="topics", description=d["topics"])
    async def topics(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, Topics())

    @group.command(name="topic", description=d["topic"])
    @app_commands.describe(name=o["topic_name"])
    @app_commands.autocomplete(name=topic_choices)
    async def topic(
        interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 100]
    ) -> None:
        await answer(interaction, TopicBrief(name=name.strip()))

    @group.command(name="who", description=d["who"])
    @app_commands.describe(person=o["person"])
    @app_commands.autocomplete(person=people_choices)
    async def who(
        interaction: discord.Interaction[Any], person: app_commands.Range[str, 1, 200]
    ) -> None:
        await answer(interaction, Who(person=person.strip()))

    @group.command(name="numbers", description=d["numbers"])
    async def numbers(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, Numbers())

    @group.command(name="disputes", description=d["disputes"])
    async def disputes(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, Disputes())

    @group.command(name="timeline", description=d["timeline"])
    @app_commands.describe(topic=o["topic_optional"])
    @app_commands.autocomplete(topic=topic_choices)
    async def timeline(
        interaction: discord.Interaction[Any],
        topic: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        await answer(interaction, Timeline(topic=topic.strip() if topic else None))

    @group.command(name="sources", description=d["sources"])
    async def sources(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, Sources())

    @group.command(name="about", description=d["about"])
    async def about(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, About())

    @group.command(name="help", description=d["help"])
    async def help_(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, Help())

    @group.command(name="digest", description=d["digest"])
    @app_commands.describe(topic=o["topic_optional"])
    @app_commands.autocomplete(topic=topic_choices)
    async def digest(
        interaction: discord.Interaction[Any],
        topic: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        await answer(interaction, DigestPreview(topic=topic.strip() if topic else None))

    @group.command(name="subscribe", description=d["subscribe"])
    @app_commands.describe(
        cadence=o["cadence"],
        time=o["time"],
        day=o["day"],
        cron=o["cron"],
        zone=o["zone"],
        topic=o["topic_optional"],
    )
    @app_commands.choices(
        cadence=[app_commands.Choice(name=v, value=k) for k, v in strings.CADENCES.items()],
        day=[app_commands.Choice(name=v, value=k) for k, v in strings.DAYS.items()],
    )
    @app_commands.autocomplete(zone=zone_choices, topic=topic_choices)
    async def subscribe(
        interaction: discord.Interaction[Any],
        cadence: app_commands.Choice[str],
        time: app_commands.Range[str, 1, 5] | None = None,
        day: app_commands.Choice[str] | None = None,
        cron: app_commands.Range[str, 1, 100] | None = None,
        zone: app_commands.Range[str, 1, 64] | None = None,
        topic: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        require_manage_channels(interaction)
        request = subscribe_request(
            cadence=cadence.value,
            time=time,
            day=day.value if day else None,
            cron=cron,
            zone=zone,
            topic=topic,
        )
        await answer(interaction, request)

    @group.command(name="unsubscribe", description=d["unsubscribe"])
    @app_commands.describe(target=o["target"])
    async def unsubscribe(
        interaction: discord.Interaction[Any], target: app_commands.Range[str, 1, 64]
    ) -> None:
        require_manage_channels(interaction)
        await answer(interaction, unsubscribe_request(target))

    @group.command(name="schedule", description=d["schedule"])
    async def schedule(interaction: discord.Interaction[Any]) -> None:
        await answer(interaction, Schedule())

    @group.command(name="timezone", description=d["timezone"])
    @app_commands.describe(zone=o["zone_required"])
    @app_commands.autocomplete(zone=zone_choices)
    async def timezone(
        interaction: discord.Interaction[Any], zone: app_commands.Range[str, 1, 64]
    ) -> None:
        require_manage_channels(interaction)
        await answer(interaction, timezone_request(zone))

    tree.add_command(group)
    return client


def _core_report_error() -> ReportError:
    """Return the core's single error path (`bot.core.reporting.report_error`)."""
    from bot.core.reporting import report_error

    return report_error


def _token(token: str | SecretStr) -> str:
    return token.get_secret_value() if isinstance(token, SecretStr) else token


async def run_discord(
    client_or_core: discord.Client | BriefCore,
    token: str | SecretStr,
    *,
    settings: Settings | None = None,
    feedback: FeedbackStore | None = None,
    ready: asyncio.Event | None = None,
    **options: Any,
) -> None:
    """Log in, connect and serve interactions until cancelled; close the client on the way out.

    Args:
        client_or_core: a client from `build_discord_client`, or the core to build one with
            (then `settings` and `feedback` are required).
        token: the bot token (`DISCORD_TOKEN`).
        settings: the settings, when building the client here.
        feedback: the feedback store, when building the client here.
        ready: set once the gateway is ready (for the composition root's health checks).
        **options: passed to `build_discord_client` when building the client here.
    """
    if isinstance(client_or_core, discord.Client):
        client = client_or_core
    else:
        if settings is None or feedback is None:
            raise ValueError("settings and feedback are required to build the Discord client")
        client = build_discord_client(
            client_or_core, settings=settings, feedback=feedback, **options
        )
    if ready is not None:

        async def mark_ready() -> None:
            ready.set()

        client.event(_named("on_ready", mark_ready))
    async with client:
        await client.start(_token(token), reconnect=True)


def _named(
    name: str, func: Callable[[], Coroutine[Any, Any, None]]
) -> Callable[[], Coroutine[Any, Any, None]]:
    func.__name__ = name
    return func


async def sync_commands(
    client: discord.Client, token: str | SecretStr, *, guild: int | None = None
) -> list[app_commands.AppCommand]:
    """Register the command tree with Discord: in one guild (instant), or globally.

    Global commands reach every server but Discord may take a while to show changes; a guild
    sync is for development. Only REST is used, no gateway connection.
    """
    tree: app_commands.CommandTree[Any] = client.tree  # type: ignore[attr-defined]
    async with client:
        await client.login(_token(token))
        if guild is None:
            return await tree.sync()
        target = discord.Object(id=guild)
        tree.copy_global_to(guild=target)
        return await tree.sync(guild=target)
