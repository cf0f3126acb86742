"""A loopback fake chat platform (aiohttp on 127.0.0.1, port 0) and a Publisher for it.

The fake records every post with its arrival time. Per channel it can answer 429 with a
Retry-After, 500, or 404 (channel gone), and it can hold posts unanswered (to kill a bot
process mid-fan-out while posts are in flight).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from bot.core.ports import (
    ChannelRef,
    ChannelUnavailable,
    DeliveryError,
    RateLimited,
    TransientDeliveryError,
)
from bot.core.reply import Reply


@dataclass
class Post:
    """One request the fake received."""

    workspace: str
    channel: str
    title: str
    fact_ids: list[str]
    at: float
    status: int = 200


@dataclass
class FakePlatform:
    """Start with `await FakePlatform().start()`; stop with `await fake.stop()`."""

    posts: list[Post] = field(default_factory=list)
    rate_limited: dict[str, list[float]] = field(default_factory=dict)  # channel -> Retry-Afters
    server_errors: dict[str, int] = field(default_factory=dict)  # channel -> how many 500s
    gone: set[str] = field(default_factory=set)
    hold_after: int | None = None  # accept this many posts, then hold every later one
    port: int = 0

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._release = asyncio.Event()

    @property
    def url(self) -> str:
        """Return the base URL."""
        return f"http://127.0.0.1:{self.port}"

    def delivered(self) -> list[Post]:
        """Return the posts answered 200."""
        return [p for p in self.posts if p.status == 200]

    async def start(self) -> FakePlatform:
        """Serve on 127.0.0.1, port 0."""
        app = web.Application()
        app.router.add_post("/post", self._post)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        """Stop serving."""
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_posts(self, count: int, within: float = 30.0, ok_only: bool = True) -> None:
        """Wait until `count` posts were recorded (answered 200 unless `ok_only` is False)."""

        def ready() -> bool:
            return len(self.delivered() if ok_only else self.posts) >= count

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), within)

    async def _post(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        channel = str(body["channel"])
        post = Post(
            workspace=str(body["workspace"]),
            channel=channel,
            title=str(body["title"]),
            fact_ids=list(body["fact_ids"]),
            at=time.monotonic(),
        )
        held = self.hold_after is not None and len(self.posts) >= self.hold_after
        if channel in self.gone:
            post.status = 404
        elif self.rate_limited.get(channel):
            post.status = 429
        elif self.server_errors.get(channel, 0) > 0:
            self.server_errors[channel] -= 1
            post.status = 500
        elif held:
            post.status = 0  # received, never answered
        async with self._changed:
            self.posts.append(post)
            self._changed.notify_all()
        if post.status == 429:
            retry_after = self.rate_limited[channel].pop(0)
            return web.json_response(
                {"ok": False}, status=429, headers={"Retry-After": str(retry_after)}
            )
        if post.status == 0:
            await self._release.wait()
            return web.json_response({"ok": False}, status=503)
        if post.status != 200:
            return web.json_response({"ok": False}, status=post.status)
        return web.json_response({"ok": True, "id": f"m{len(self.posts)}"})


class HttpPublisher:
    """A `Publisher` for the fake: maps 429, 5xx and 404 onto the port's errors."""

    def __init__(self, url: str, platform: str = "slack") -> None:
        self.platform = platform
        self._url = url
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()

    async def publish(self, target: ChannelRef, reply: Reply) -> str:
        """Post `reply` to the fake; return its message id."""
        if self._session is None:
            self._session = aiohttp.ClientSession()
        body = {
            "workspace": target.workspace,
            "channel": target.channel,
            "title": reply.title,
            "fact_ids": list(reply.fact_ids),
        }
        try:
            async with self._session.post(f"{self._url}/post", json=body) as response:
                data = await response.json()
                status = response.status
                retry_after = response.headers.get("Retry-After")
        except (aiohttp.ClientError, OSError) as exc:
            raise TransientDeliveryError(f"connection: {type(exc).__name__}") from exc
        if status == 429:
            raise RateLimited("ratelimited", retry_after=float(retry_after or 1))
        if status >= 500:
            raise TransientDeliveryError(f"http_{status}")
        if status == 404:
            raise ChannelUnavailable("channel_not_found")
        if status != 200:
            raise DeliveryError(f"http_{status}")
        return str(data["id"])
