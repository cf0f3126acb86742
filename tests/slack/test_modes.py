"""HTTP mode over a real aiohttp server, Socket Mode over a local websocket, OAuth install."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
import pytest
from slack_sdk.oauth.installation_store import Installation

from bot.adapters.slack.app import build_publisher, build_slack_app
from bot.adapters.slack.http import serve_http, socket_mode
from bot.adapters.slack.oauth import build_oauth_settings
from bot.core.ports import ChannelRef, ChannelUnavailable
from bot.core.reply import Reply, ReplyKind, Visibility
from bot.settings import Settings
from bot.store.db import Database
from tests.slack.conftest import sign, slash_body
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_app import assert_sendable, settings_for


async def test_http_mode_end_to_end(fake: FakeSlack, core: Any, feedback: Any) -> None:
    app = build_slack_app(core, settings=settings_for(fake), feedback=feedback)
    async with serve_http(app, host="127.0.0.1", port=0) as port, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{port}"
        async with http.get(f"{url}/healthz") as health:
            assert (health.status, await health.json()) == (200, {"ok": True})
        body = slash_body(fake, "<!here> What did Kelly say?")
        started = time.monotonic()
        async with http.post(f"{url}/slack/events", data=body, headers=sign(body)) as response:
            assert (response.status, await response.text()) == (200, "")
        assert time.monotonic() - started < 3.0
        (hook,) = await fake.wait_for("/hooks/r1")
        assert_sendable(hook.body)
        forged = sign(body, secret="not-the-secret")
        async with http.post(f"{url}/slack/events", data=body, headers=forged) as response:
            assert response.status == 401
        assert len(fake.calls_to("/hooks/r1")) == 1


async def test_socket_mode_against_a_local_websocket(
    fake: FakeSlack, core: Any, feedback: Any
) -> None:
    settings = settings_for(fake, slack_app_token="xapp-1-A0APP-1-test")
    app = build_slack_app(core, settings=settings, feedback=feedback)
    async with socket_mode(app, app_token="xapp-1-A0APP-1-test"):
        envelope = {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": dict(parse_qsl(slash_body(fake, "What did Kelly say?", hook="sm"))),
        }
        await fake.push(envelope)
        ack = await fake.wait_for_ack("env-1")
        (hook,) = await fake.wait_for("/hooks/sm")
    assert ack == {"envelope_id": "env-1"}
    (opened,) = fake.calls_to("/apps.connections.open")
    assert opened.headers["Authorization"] == "Bearer xapp-1-A0APP-1-test"
    assert hook.body["response_type"] == "ephemeral"
    assert_sendable(hook.body)


async def test_oauth_install_multi_workspace(
    fake: FakeSlack, core: Any, feedback: Any, database: Database
) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        slack_client_id="111.222",
        slack_client_secret="client-secret",
        slack_signing_secret="test-signing-secret",
        slack_api_url=fake.base_url,
    )
    oauth = await build_oauth_settings(settings, database.engine)  # the same database
    store = oauth.installation_store
    await store.async_save(
        Installation(
            app_id="A0APP", team_id="T0SECOND", bot_token="xoxb-second", bot_id="B2",
            bot_user_id="U0BOT2", bot_scopes="commands,chat:write", user_id="U0INSTALLER",
        )
    )  # fmt: skip
    app = build_slack_app(core, settings=settings, feedback=feedback, oauth_settings=oauth)
    async with serve_http(app, host="127.0.0.1", port=0) as port, aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/slack/install") as page:
            assert page.status == 200
            assert "client_id=111.222" in await page.text()
            assert "scope=commands,chat:write,chat:write.public,users:read" in await page.text()
        body = slash_body(fake, "What did Kelly say?").replace("T0TEST", "T0SECOND")
        async with http.post(
            f"http://127.0.0.1:{port}/slack/events", data=body, headers=sign(body)
        ) as r:
            assert r.status == 200
        await fake.wait_for("/hooks/r1")
    (lookup,) = fake.calls_to("/users.info")
    assert lookup.headers["Authorization"] == "Bearer xoxb-second"

    publisher = build_publisher(app, settings)
    reply = Reply(kind=ReplyKind.INFO, title="Brief", text="Brief", visibility=Visibility.PUBLIC)
    await publisher.publish(ChannelRef(platform="slack", workspace="T0SECOND", channel="C2"), reply)
    (post,) = fake.calls_to("/chat.postMessage")
    assert post.headers["Authorization"] == "Bearer xoxb-second"
    with pytest.raises(ChannelUnavailable) as caught:
        await publisher.publish(
            ChannelRef(platform="slack", workspace="T0GONE", channel="C3"), reply
        )
    assert caught.value.reason == "no_installation"
