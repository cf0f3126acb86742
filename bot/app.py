"""The composition root: build everything once, inside one `AsyncExitStack`, and run it.

Which adapters run follows the settings (STYLE.md rule 7):
- Slack when `SLACK_BOT_TOKEN` (or OAuth client credentials) is set: Socket Mode with
  `SLACK_APP_TOKEN`, or HTTP mode with `--slack-http` (signature verification needs
  `SLACK_SIGNING_SECRET`; multi-workspace OAuth install when the client id and secret are set);
- Discord when `DISCORD_TOKEN` is set;
- the console REPL when neither is set, or when asked for (`briefbot console`).
Every process also runs the digest scheduler over the shared store: the delivery log's claims
make each slot post once however many processes run it.

Start-up order: store -> subscription service -> core -> adapters (and their publishers) ->
scheduler. The stack closes in reverse: scheduler, adapters, store.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Callable, Coroutine, Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any, TextIO

from pydantic import SecretStr

from bot import strings
from bot.core.ports import Publisher
from bot.core.service import Core, build_core
from bot.scheduling.bootstrap import Scheduling, open_store, start_scheduling
from bot.scheduling.compose import DigestComposer
from bot.scheduling.service import StoreSubscriptionService
from bot.settings import Settings
from bot.store.db import Database
from bot.store.feedback import SqlFeedbackStore
from briefings.loader import FactBaseError
from briefings.validate import load_valid

log = logging.getLogger(__name__)

Service = Callable[[], Coroutine[Any, Any, None]]


class StartupError(Exception):
    """The settings cannot run as asked; the message tells the operator what to set."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RunOptions:
    """How `briefbot run` (or `briefbot console`) was asked to run.

    Args:
        slack_http: serve Slack over HTTP (`/slack/events`, `/healthz`) instead of Socket Mode.
        host: the HTTP mode's listening address.
        port: the HTTP mode's port (0: any free port).
        console: True runs only the console (with the scheduler); None runs the console when
            no platform is configured.
        only: run just these of the configured platforms ("slack", "discord"); None runs
            every configured one. A Procfile's web process serves Slack and its worker
            Discord, so one Discord gateway session runs however many web processes scale.
        console_input: where the console reads lines (standard input when None).
        console_output: where the console writes replies and digests (standard output when None).
    """

    slack_http: bool = False
    host: str = "0.0.0.0"  # noqa: S104  # a web process listens on every interface
    port: int = 3000
    console: bool | None = None
    only: frozenset[str] | None = None
    console_input: TextIO | None = None
    console_output: TextIO | None = None

    def wants(self, platform: str) -> bool:
        """Return whether `platform` may run (when configured) under `only`."""
        return self.only is None or platform in self.only


def _configured(settings: Settings, platform: str) -> bool:
    return settings.slack_enabled if platform == "slack" else settings.discord_enabled


@dataclass(frozen=True, slots=True, kw_only=True)
class Runtime:
    """Everything `start` built; `services` are the long-running parts, run by `serve`."""

    core: Core
    scheduling: Scheduling
    publishers: Mapping[str, Publisher]
    services: Mapping[str, Service] = field(default_factory=dict)
    # Set when a platform's connection is ready to serve (Discord: after the gateway's READY).
    ready: Mapping[str, asyncio.Event] = field(default_factory=dict)
    # Services whose normal end ends the process (the console's REPL on quit).
    finishing: frozenset[str] = frozenset()


def secrets_of(settings: Settings) -> list[str]:
    """Return every secret value in `settings`, for the log filter to redact.

    Derived from the fields typed `SecretStr`, so a secret added to the settings is redacted
    without touching this function.
    """
    values = (getattr(settings, name) for name in type(settings).model_fields)
    return [value.get_secret_value() for value in values if isinstance(value, SecretStr)]


def check(settings: Settings, options: RunOptions) -> None:
    """Refuse settings that cannot run as asked, before anything is opened.

    Raises:
        StartupError: naming what to set or which flag to use.
    """
    if options.console:
        return
    slack = settings.slack_enabled and options.wants("slack")
    if options.only is not None:
        for platform in sorted(options.only):
            if not _configured(settings, platform):
                raise StartupError(strings.ONLY_NOT_CONFIGURED.format(platform=platform))
    if options.slack_http:
        if not options.wants("slack"):
            raise StartupError(strings.SLACK_HTTP_WITHOUT_SLACK)
        if not settings.slack_enabled:
            raise StartupError(strings.SLACK_HTTP_NEEDS_SLACK)
        if settings.slack_signing_secret is None:
            raise StartupError(strings.SLACK_HTTP_NEEDS_SECRET)
    elif slack:
        if settings.slack_bot_token is None:
            raise StartupError(strings.SLACK_OAUTH_NEEDS_HTTP)
        if settings.slack_app_token is None:
            raise StartupError(strings.SLACK_NEEDS_MODE)


async def start(settings: Settings, stack: AsyncExitStack, options: RunOptions) -> Runtime:
    """Build the store, core, adapters and scheduler; register their teardown on `stack`.

    Raises:
        StartupError: for settings that cannot run as asked.
        FactBaseError: when the fact base does not validate (the bot never serves bad facts).
    """
    check(settings, options)
    base = load_valid()
    db = await open_store(settings, stack)
    subscriptions = StoreSubscriptionService(db, default_zone=settings.default_timezone)
    core = build_core(base=base, subscriptions=subscriptions)
    feedback = SqlFeedbackStore(db)
    publishers: dict[str, Publisher] = {}
    services: dict[str, Service] = {}
    ready: dict[str, asyncio.Event] = {}
    finishing: set[str] = set()

    console = options.console or (
        options.console is None and not (settings.slack_enabled or settings.discord_enabled)
    )
    if not options.console:
        if settings.slack_enabled and options.wants("slack"):
            await _add_slack(settings, options, core, feedback, db, publishers, services)
        if settings.discord_enabled and options.wants("discord"):
            ready["discord"] = _add_discord(settings, core, feedback, publishers, services)
    if console:
        _add_console(core, options, publishers, services)
        finishing.add("console")

    scheduling = await start_scheduling(
        settings, publishers, DigestComposer(base), stack, db=db, service=subscriptions
    )
    log.info(
        "briefbot ready: version=%s facts=%d platforms=%s",
        base.version,
        len(base.facts),
        ",".join(sorted(publishers)),
    )
    return Runtime(
        core=core,
        scheduling=scheduling,
        publishers=publishers,
        services=services,
        ready=ready,
        finishing=frozenset(finishing),
    )


async def _add_slack(
    settings: Settings,
    options: RunOptions,
    core: Core,
    feedback: SqlFeedbackStore,
    db: Database,
    publishers: dict[str, Publisher],
    services: dict[str, Service],
) -> None:
    from bot.adapters.slack.app import build_publisher, build_slack_app
    from bot.adapters.slack.http import run_http, run_socket_mode
    from bot.adapters.slack.oauth import build_oauth_settings, oauth_configured

    oauth = None
    if options.slack_http and oauth_configured(settings):
        oauth = await build_oauth_settings(settings, db.engine)
    app = build_slack_app(core, settings=settings, feedback=feedback, oauth_settings=oauth)
    publishers["slack"] = build_publisher(app, settings)
    if options.slack_http:

        async def slack() -> None:
            await run_http(app, host=options.host, port=options.port)

    else:
        assert settings.slack_app_token is not None  # `check` refused it otherwise
        app_token = settings.slack_app_token.get_secret_value()

        async def slack() -> None:
            await run_socket_mode(app, app_token=app_token)

    services["slack"] = slack


def _add_discord(
    settings: Settings,
    core: Core,
    feedback: SqlFeedbackStore,
    publishers: dict[str, Publisher],
    services: dict[str, Service],
) -> asyncio.Event:
    from bot.adapters.discord.client import build_discord_client, run_discord
    from bot.adapters.discord.publisher import DiscordPublisher

    assert settings.discord_token is not None  # discord_enabled
    token = settings.discord_token
    client = build_discord_client(core, settings=settings, feedback=feedback)
    publishers["discord"] = DiscordPublisher(client)

    ready = asyncio.Event()

    async def discord() -> None:
        await run_discord(client, token, ready=ready)

    services["discord"] = discord
    return ready


def _add_console(
    core: Core,
    options: RunOptions,
    publishers: dict[str, Publisher],
    services: dict[str, Service],
) -> None:
    from bot.adapters.console import ConsolePublisher, run_console

    publishers["console"] = ConsolePublisher(options.console_output)

    async def console() -> None:
        await run_console(core, input=options.console_input, output=options.console_output)

    services["console"] = console


async def serve(settings: Settings, options: RunOptions) -> int:
    """Start everything, run until a signal, the console's quit or a crash; return the status.

    Returns:
        0 after a signal or the console's quit; 1 when a service crashed (a supervisor
        restarts the process); 2 for settings that cannot run.
    """
    async with AsyncExitStack() as stack:
        try:
            runtime = await start(settings, stack, options)
        except StartupError as exc:
            log.error("cannot start: %s", exc)
            return 2
        except FactBaseError as exc:
            for problem in exc.problems:
                log.error("fact base: %s", problem)
            log.error("cannot start: %s", strings.FACT_BASE_INVALID.format(count=len(exc.problems)))
            return 2
        # Everything built so far lives as long as the process: keep it out of the collector's
        # way, which keeps the resident memory flat under many subscriptions.
        gc.collect()
        gc.freeze()
        return await _run_services(runtime)
    return 0  # pragma: no cover  # mypy: the stack does not swallow exceptions


async def _run_services(runtime: Runtime) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on this platform
            loop.add_signal_handler(signum, stop.set)
            installed.append(signum)
    tasks: dict[asyncio.Task[Any], str] = {
        asyncio.create_task(service(), name=f"briefbot-{name}"): name
        for name, service in runtime.services.items()
    }
    stopper = asyncio.create_task(stop.wait(), name="briefbot-stop")
    status = 0
    try:
        if not tasks:
            log.warning("nothing to serve: no platform configured and no console")
            return 0
        done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            name = tasks.get(task)
            if name is None:
                log.info("stopping on signal")
            elif task.cancelled() or task.exception() is None:
                if name not in runtime.finishing:
                    log.error("service %s ended unexpectedly", name)
                    status = 1
            else:
                error = task.exception()
                log.error("service %s crashed: %s", name, type(error).__name__, exc_info=error)
                status = 1
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
        for task in [*tasks, stopper]:
            task.cancel()
        await asyncio.gather(*tasks, stopper, return_exceptions=True)
    return status
