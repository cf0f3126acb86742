"""A loopback fake of the Slack Web API, `response_url` hooks and the Socket Mode websocket.

Runs on aiohttp in the test's event loop on 127.0.0.1, port 0; records every call so tests
wait on recorded calls instead of sleeping. It enforces the limits Slack enforces (50 blocks,
about 13k characters of blocks) so an oversized message fails here as it would there.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

TEAM_ID = "T0TEST"
BOT_USER = "UBOT"
MAX_BLOCK_CHARS = 13_000
WAIT_SECONDS = 5.0


@dataclass
class Call:
    """One recorded request."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def method(self) -> str:
        """Return the Web API method name (the last path segment)."""
        return self.path.rsplit("/", 1)[-1]


@dataclass
class Failure:
    """A canned failure for the next calls to one method."""

    status: int
    error: str
    headers: dict[str, str] = field(default_factory=dict)
    count: int = 1


def block_chars(blocks: list[dict[str, Any]]) -> int:
    """Count text characters in blocks, the way msg_blocks_too_long seems to."""

    def walk(value: Any) -> int:
        if isinstance(value, str):
            return len(value)
        if isinstance(value, dict):
            return sum(walk(v) for k, v in value.items() if k in ("text", "fields", "elements"))
        if isinstance(value, list):
            return sum(walk(v) for v in value)
        return 0

    return walk(blocks)


class FakeSlack:
    """The fake: start with `await FakeSlack().start()`, stop with `await fake.stop()`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.failures: dict[str, list[Failure]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.ws_frames: list[dict[str, Any]] = []
        self.ws_envelopes: list[dict[str, Any]] = []
        self.port = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._ws_ready = asyncio.Event()
        self._ws: web.WebSocketResponse | None = None

    @property
    def base_url(self) -> str:
        """Return the Web API base URL (with the trailing "/" slack_sdk needs)."""
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def ws_url(self) -> str:
        """Return the Socket Mode websocket URL."""
        return f"ws://127.0.0.1:{self.port}/link"

    def response_url(self, name: str = "r1") -> str:
        """Return a loopback response_url."""
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    def fail(self, method: str, *, status: int, error: str, count: int = 1, **headers: str) -> None:
        """Make the next `count` calls to `method` fail with `status` and `error`."""
        failure = Failure(status=status, error=error, headers=dict(headers), count=count)
        self.failures.setdefault(method, []).append(failure)

    def calls_to(self, suffix: str) -> list[Call]:
        """Return the recorded calls whose path ends with `suffix`."""
        return [c for c in self.calls if c.path.endswith(suffix)]

    async def wait_for_prefix(self, prefix: str, count: int) -> None:
        """Wait until at least `count` calls under `prefix` (e.g. "/hooks/") are recorded."""

        def ready() -> bool:
            return sum(c.path.startswith(prefix) for c in self.calls) >= count

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), WAIT_SECONDS * 6)

    async def wait_for(self, suffix: str, count: int = 1) -> list[Call]:
        """Wait until at least `count` calls to `suffix` are recorded; return them."""

        def ready() -> bool:
            return len(self.calls_to(suffix)) >= count

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), WAIT_SECONDS)
        return self.calls_to(suffix)

    async def start(self) -> FakeSlack:
        """Start serving on 127.0.0.1, port 0."""
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/hooks/{name}", self._hook)
        app.router.add_get("/link", self._link)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        """Stop serving."""
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _record(self, request: web.Request) -> Call:
        raw = await request.text()
        if "json" in request.headers.get("Content-Type", ""):
            body = json.loads(raw or "{}")
        else:
            body = dict(parse_qsl(raw))
        body = {**dict(request.query), **body}
        for key in ("blocks",):
            if isinstance(body.get(key), str):
                body[key] = json.loads(body[key])
        call = Call(path=request.path, headers=dict(request.headers), body=body)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return call

    def _failure(self, method: str) -> Failure | None:
        queue = self.failures.get(method) or []
        if not queue:
            return None
        failure = queue[0]
        failure.count -= 1
        if failure.count <= 0:
            queue.pop(0)
        return failure

    @staticmethod
    def _blocks_error(body: dict[str, Any]) -> str | None:
        blocks = body.get("blocks") or []
        if len(blocks) > 50:
            return "invalid_blocks"
        if block_chars(blocks) > MAX_BLOCK_CHARS:
            return "msg_blocks_too_long"
        return None

    async def _api(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        method = call.method
        failure = self._failure(method)
        if failure is not None:
            return web.json_response(
                {"ok": False, "error": failure.error},
                status=failure.status,
                headers=failure.headers,
            )
        if not request.headers.get("Authorization", "").startswith("Bearer x"):
            return web.json_response({"ok": False, "error": "not_authed"})
        if method == "auth.test":
            return web.json_response(
                {
                    "ok": True,
                    "team_id": TEAM_ID,
                    "user_id": BOT_USER,
                    "bot_id": "BBOT",
                    "url": "https://test.example/",
                    "team": "Test",
                    "user": "briefbot",
                }
            )
        if method == "apps.connections.open":
            return web.json_response({"ok": True, "url": self.ws_url})
        if method in ("chat.postMessage", "chat.postEphemeral"):
            error = self._blocks_error(call.body)
            if error:
                return web.json_response({"ok": False, "error": error})
            return web.json_response(
                {
                    "ok": True,
                    "channel": call.body.get("channel"),
                    "ts": f"1700000000.{len(self.calls):06d}",
                }
            )
        if method == "users.info":
            user = self.users.get(str(call.body.get("user")))
            if user is None:
                return web.json_response({"ok": False, "error": "user_not_found"})
            return web.json_response({"ok": True, "user": user})
        return web.json_response({"ok": True})

    async def _hook(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        failure = self._failure("hooks")
        if failure is not None:
            return web.Response(text=failure.error, status=failure.status)
        error = self._blocks_error(call.body)
        if error:
            return web.Response(text=error, status=400)
        return web.Response(text="ok")

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1}))
        self._ws_ready.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                async with self._changed:
                    self.ws_frames.append(json.loads(msg.data))
                    self._changed.notify_all()
        return ws

    async def push(self, envelope: dict[str, Any]) -> None:
        """Send a Socket Mode envelope to the connected client."""
        await asyncio.wait_for(self._ws_ready.wait(), 5)
        assert self._ws is not None
        await self._ws.send_str(json.dumps(envelope))

    async def wait_for_ack(self, envelope_id: str) -> dict[str, Any]:
        """Wait for the client's ack of `envelope_id` over the websocket; return it."""

        def found() -> bool:
            return any(f.get("envelope_id") == envelope_id for f in self.ws_frames)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(found), WAIT_SECONDS)
        return next(f for f in self.ws_frames if f.get("envelope_id") == envelope_id)
