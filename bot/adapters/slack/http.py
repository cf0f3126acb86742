"""Entry points that run the Slack app: HTTP mode (aiohttp) and Socket Mode.

Both run until cancelled and clean up after themselves, so the composition root can start
them as tasks and cancel them on shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def build_web_app(app: AsyncApp) -> web.Application:
    """Return the aiohttp application: bolt's `/slack/events` (signatures verified by bolt),
    the OAuth install and redirect paths when OAuth is configured, and `GET /healthz`."""
    web_app = app.web_app(path=EVENTS_PATH)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app.router.add_get(HEALTH_PATH, healthz)
    return web_app


@contextlib.asynccontextmanager
async def serve_http(app: AsyncApp, *, host: str, port: int) -> AsyncIterator[int]:
    """Serve the app over HTTP while the context is open; yield the bound port.

    Port 0 lets the OS pick a free port (tests, benchmarks).
    """
    runner = web.AppRunner(build_web_app(app), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        server = site._server  # aiohttp keeps the bound sockets only here
        sockets = getattr(server, "sockets", None) or ()
        bound = sockets[0].getsockname()[1] if sockets else port
        log.info("slack http mode listening on %s:%s%s", host, bound, EVENTS_PATH)
        yield int(bound)
    finally:
        await runner.cleanup()


async def run_http(app: AsyncApp, *, host: str, port: int) -> None:
    """Serve the app over HTTP on `host:port` until cancelled (`briefbot run --slack-http`)."""
    async with serve_http(app, host=host, port=port):
        await asyncio.Event().wait()


@contextlib.asynccontextmanager
async def socket_mode(app: AsyncApp, *, app_token: str) -> AsyncIterator[AsyncSocketModeHandler]:
    """Stay connected over Socket Mode while the context is open.

    `apps.connections.open` goes through `app.client`, so `slack_api_url` applies here too.
    """
    handler = AsyncSocketModeHandler(app, app_token=app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]
    log.info("slack socket mode connected")
    try:
        yield handler
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]


async def run_socket_mode(app: AsyncApp, *, app_token: str) -> None:
    """Run the app over Socket Mode (SLACK_APP_TOKEN) until cancelled."""
    async with socket_mode(app, app_token=app_token):
        await asyncio.Event().wait()
