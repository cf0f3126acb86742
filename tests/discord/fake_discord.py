"""A loopback fake of Discord: REST API v10 and the Gateway, on 127.0.0.1 with port 0.

The real discord.py client talks to it after `discord.http.Route.BASE` and
`DiscordWebSocket.DEFAULT_GATEWAY` are pointed here. It records every REST call, answers the
calls the bot makes the way Discord does (exact `application/json`, Discord's nested error
shape, 429 with `Via` and `retry_after`), rejects embeds over Discord's limits with 400/50035,
and pushes gateway events (HELLO, READY, INTERACTION_CREATE) to the connected shard.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

BOT_ID = "1000000000000000001"
APP_ID = "1000000000000000002"
GUILD_ID = "1000000000000000003"
CHANNEL_ID = "1000000000000000004"
USER_ID = "1000000000000000005"
MANAGE_CHANNELS = 1 << 4
EPHEMERAL = 1 << 6


def jr(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """Return JSON with exactly `application/json`, which discord.py requires."""
    return web.Response(
        body=json.dumps(obj).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def user(uid: str, name: str, bot: bool = False) -> dict[str, Any]:
    """Return a user object."""
    return {
        "id": uid,
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


def embed_errors(embeds: list[dict[str, Any]], content: str | None = None) -> list[str]:
    """Return every way a message body breaks Discord's limits, as Discord counts them."""
    errors: list[str] = []
    if content is not None and len(content) > 2000:
        errors.append(f"content {len(content)} > 2000")
    if len(embeds) > 10:
        errors.append(f"{len(embeds)} embeds > 10")
    total = 0
    for i, embed in enumerate(embeds):
        title = embed.get("title") or ""
        desc = embed.get("description") or ""
        footer = (embed.get("footer") or {}).get("text") or ""
        author = (embed.get("author") or {}).get("name") or ""
        fields = embed.get("fields") or []
        total += len(title) + len(desc) + len(footer) + len(author)
        for what, n, limit in (
            ("title", len(title), 256),
            ("description", len(desc), 4096),
            ("footer", len(footer), 2048),
            ("author", len(author), 256),
            ("fields", len(fields), 25),
        ):
            if n > limit:
                errors.append(f"embed {i} {what} {n} > {limit}")
        for f in fields:
            name, value = f.get("name") or "", f.get("value") or ""
            total += len(name) + len(value)
            if not name.strip() or not value.strip():
                errors.append(f"embed {i} field empty")
            if len(name) > 256 or len(value) > 1024:
                errors.append(f"embed {i} field {len(name)}/{len(value)} > 256/1024")
    if total > 6000:
        errors.append(f"total {total} > 6000")
    return errors


def member(perms: int) -> dict[str, Any]:
    """Return the invoking member, with its channel permissions as Discord sends them."""
    return {
        "user": user(USER_ID, "alice"),
        "roles": [],
        "joined_at": "2025-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "permissions": str(perms),
    }


_ids = itertools.count(1300000000000000001)


def base_interaction(
    kind: int, data: dict[str, Any], *, perms: int = 0, token: str | None = None
) -> dict[str, Any]:
    """Return an interaction payload of type `kind` (2 command, 3 component, 4 autocomplete)."""
    iid = str(next(_ids))
    return {
        "id": iid,
        "application_id": APP_ID,
        "type": kind,
        "token": token or f"itok-{iid}",
        "version": 1,
        "guild_id": GUILD_ID,
        "channel_id": CHANNEL_ID,
        "channel": {
            "id": CHANNEL_ID,
            "type": 0,
            "guild_id": GUILD_ID,
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "flags": 0,
        },
        "member": member(perms),
        "app_permissions": str((1 << 10) | (1 << 11) | (1 << 14)),
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": GUILD_ID},
        "context": 0,
        "attachment_size_limit": 26214400,
        "data": data,
    }


def command(
    sub: str, options: dict[str, Any] | None = None, *, perms: int = 0, focused: str | None = None
) -> dict[str, Any]:
    """Return `/brief <sub>` with string/int options; `focused` makes it an autocomplete."""
    opts = []
    for name, value in (options or {}).items():
        opt: dict[str, Any] = {"name": name, "type": 3, "value": value}
        if name == focused:
            opt["focused"] = True
        opts.append(opt)
    data = {
        "id": "1200000000000000000",
        "name": "brief",
        "type": 1,
        "guild_id": GUILD_ID,
        "options": [{"name": sub, "type": 1, "options": opts}],
    }
    return base_interaction(4 if focused else 2, data, perms=perms)


def component(custom_id: str, message: dict[str, Any], *, perms: int = 0) -> dict[str, Any]:
    """Return a button click (type 3) on `message`."""
    data = {"custom_id": custom_id, "component_type": 2}
    payload = base_interaction(3, data, perms=perms)
    payload["message"] = message
    return payload


@dataclass
class Call:
    """One REST call as the fake saw it."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)  # when the fake received it


@dataclass
class FakeDiscord:
    """The fake: start it, point discord.py at it, push interactions, read the calls."""

    calls: list[Call] = field(default_factory=list)
    gateway_in: list[dict[str, Any]] = field(default_factory=list)
    # path suffix -> dict(count=, retry_after=, via=True, global_=False)
    ratelimit: dict[str, dict[str, Any]] = field(default_factory=dict)
    # path suffix -> remaining count of 503 answers
    server_errors: dict[str, int] = field(default_factory=dict)
    forbidden_channels: set[str] = field(default_factory=set)
    unknown_channels: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.ids = itertools.count(1100000000000000000)
        self.ws: web.WebSocketResponse | None = None
        self.seq = 0
        self.port = 0
        self.changed = asyncio.Condition()
        self.messages: dict[str, dict[str, Any]] = {}

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self.gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self.rest)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        await self.runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def calls_to(self, method: str, contains: str) -> list[Call]:
        """Return the calls with this method whose path contains `contains`."""
        return [c for c in self.calls if c.method == method and contains in c.path]

    async def wait_calls(
        self, method: str, contains: str, count: int = 1, within: float = 10.0
    ) -> list[Call]:
        """Wait until at least `count` matching calls were recorded; return them."""

        async def enough() -> list[Call]:
            async with self.changed:
                await self.changed.wait_for(lambda: len(self.calls_to(method, contains)) >= count)
            return self.calls_to(method, contains)

        return await asyncio.wait_for(enough(), within)

    def message(self, body: dict[str, Any], channel: str = CHANNEL_ID) -> dict[str, Any]:
        """Return the message object Discord would create from a send body."""
        mid = str(next(self.ids))
        msg = {
            "id": mid,
            "channel_id": channel,
            "type": 0,
            "content": body.get("content") or "",
            "author": user(BOT_ID, "briefbot", True),
            "embeds": body.get("embeds") or [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": "2026-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "flags": body.get("flags") or 0,
            "components": body.get("components") or [],
        }
        self.messages[mid] = msg
        return msg

    async def _record(self, call: Call) -> None:
        async with self.changed:
            self.calls.append(call)
            self.changed.notify_all()

    async def rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(await part.text())  # type: ignore[union-attr]
        await self._record(
            Call(request.method, path, dict(request.query), body, dict(request.headers))
        )
        for suffix, rl in self.ratelimit.items():
            if path.endswith(suffix) and rl["count"] > 0:
                rl["count"] -= 1
                headers = {"Retry-After": str(rl["retry_after"]), "X-RateLimit-Scope": "user"}
                if rl.get("via", True):
                    headers["Via"] = "1.1 google"
                return jr(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": rl["retry_after"],
                        "global": bool(rl.get("global_")),
                    },
                    429,
                    headers,
                )
        for suffix, left in self.server_errors.items():
            if path.endswith(suffix) and left > 0:
                self.server_errors[suffix] = left - 1
                return web.Response(status=503, text="upstream unavailable")
        return self.route(request.method, path, body)

    def route(self, method: str, path: str, body: Any) -> web.Response:
        if path == "/users/@me":
            return jr(user(BOT_ID, "briefbot", True))
        if path == "/oauth2/applications/@me":
            return jr(
                {
                    "id": APP_ID,
                    "name": "briefbot",
                    "description": "",
                    "icon": None,
                    "bot_public": False,
                    "bot_require_code_grant": False,
                    "owner": user(USER_ID, "alice"),
                    "verify_key": "00",
                    "flags": 0,
                }
            )
        if path == "/gateway/bot":
            return jr(
                {
                    "url": self.gateway_url,
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if path.startswith("/interactions/") and path.endswith("/callback"):
            data = (body or {}).get("data") or {}
            if data.get("embeds") is not None or data.get("content") is not None:
                errors = embed_errors(data.get("embeds") or [], data.get("content"))
                if errors:
                    return self.invalid_form(errors)
            return jr(
                {
                    "interaction": {
                        "id": path.split("/")[2],
                        "type": 2,
                        "response_message_loading": body["type"] == 5,
                        "response_message_ephemeral": bool((data.get("flags") or 0) & EPHEMERAL),
                    }
                }
            )
        if method == "PUT" and path.endswith("/commands"):
            return jr(
                [dict(c, id=str(next(self.ids)), application_id=APP_ID, version="1") for c in body]
            )
        if path.startswith("/channels/") and method == "POST":
            channel = path.split("/")[2]
            if channel in self.forbidden_channels:
                return jr({"code": 50001, "message": "Missing Access"}, 403)
            if channel in self.unknown_channels:
                return jr({"code": 10003, "message": "Unknown Channel"}, 404)
        if path.startswith(("/webhooks/", "/channels/")) and method in ("POST", "PATCH"):
            body = body or {}
            errors = embed_errors(body.get("embeds") or [], body.get("content"))
            if errors:
                return self.invalid_form(errors)
            channel = path.split("/")[2] if path.startswith("/channels/") else CHANNEL_ID
            return jr(self.message(body, channel))
        return jr({})

    @staticmethod
    def invalid_form(errors: list[str]) -> web.Response:
        return jr(
            {
                "code": 50035,
                "message": "Invalid Form Body",
                "errors": {
                    "embeds": {
                        "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "; ".join(errors)}]
                    }
                },
            },
            400,
        )

    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            self.gateway_in.append(frame)
            if frame["op"] == 1:
                await ws.send_json({"op": 11, "d": None})
            elif frame["op"] == 2:
                ready = {
                    "v": 10,
                    "user": user(BOT_ID, "briefbot", True),
                    "guilds": [],
                    "session_id": "sess-1",
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": APP_ID, "flags": 0},
                }
                if frame["d"].get("shard"):
                    ready["shard"] = frame["d"]["shard"]
                await self.dispatch("READY", ready)
        return ws

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Push one gateway event to the connected client."""
        assert self.ws is not None, "no gateway connection"
        self.seq += 1
        await self.ws.send_json({"op": 0, "t": event, "s": self.seq, "d": data})
