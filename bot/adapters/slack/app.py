"""The slack-bolt `AsyncApp`: `/brief`, the share and feedback buttons, and the error path.

`build_slack_app` registers closures over the core, the settings and the feedback store (bolt
fills listener arguments by name, so no `functools.partial`); nothing is created at import.
Every listener acks first (Slack allows 3 seconds), then calls the core and answers through
`respond`, so a slow answer never costs the ack.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack import strings
from bot.adapters.slack.blocks import ACTION_IDS, MAX_BUTTON_VALUE, render
from bot.adapters.slack.client import build_web_client
from bot.adapters.slack.escape import unescape_incoming
from bot.adapters.slack.publisher import (
    InstallationTokens,
    SlackPublisher,
    StaticToken,
    message_kwargs,
)
from bot.core.errors import UserError
from bot.core.ports import FeedbackStore
from bot.core.reply import Reply, Visibility
from bot.core.reporting import report_error
from bot.core.requests import Caller
from bot.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "slack"
COMMAND = "/brief"
ADMIN_CACHE_SECONDS = 300.0
ACK_FLUSH_SECONDS = 0.015  # > bolt's 10 ms ack poll
_VOTE_ACTIONS = re.compile(r"^briefbot_(not_)?helpful$")
_SHARE_FALLBACK_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived"})


class TextCore(Protocol):
    """What the adapter needs from `bot.core.service.Core`."""

    @property
    def version(self) -> str:
        """The fact-base version."""
        ...

    async def handle_text(self, text: str, caller: Caller) -> Reply:
        """Answer one `/brief` text for `caller`."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ButtonPayload:
    """What a button sends back: the question as typed, the answer's facts and version."""

    question: str
    fact_ids: tuple[str, ...]
    version: str | None
    complete: bool = True  # False when the question had to be cut to fit a button value

    def encode(self) -> str:
        """Return the compact JSON sent as the button's value."""
        return json.dumps(
            {"q": self.question, "f": list(self.fact_ids), "v": self.version, "c": self.complete},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def decode(cls, value: str) -> ButtonPayload:
        """Parse a button value; raise `ValueError` when it is not one of ours."""
        data = json.loads(value)
        if not isinstance(data, dict) or not isinstance(data.get("q"), str):
            raise ValueError("not a briefbot button value")
        facts = data.get("f") or []
        version = data.get("v")
        if not isinstance(facts, list) or not all(isinstance(f, str) for f in facts):
            raise ValueError("bad fact ids")
        if version is not None and not isinstance(version, str):
            raise ValueError("bad version")
        return cls(
            question=data["q"],
            fact_ids=tuple(facts),
            version=version,
            complete=bool(data.get("c", True)),
        )


def button_values(reply: Reply, question: str) -> dict[str, str]:
    """Return each action's button value; share is left out when the question cannot fit."""
    payload = ButtonPayload(question=question, fact_ids=reply.fact_ids, version=reply.version)
    value = payload.encode()
    values: dict[str, str] = {}
    fits = len(value) <= MAX_BUTTON_VALUE
    if not fits:
        # A vote still identifies the answer by its facts and version: cut the question.
        over = len(value) - MAX_BUTTON_VALUE
        short = replace(
            payload, question=question[: max(0, len(question) - over - 8)], complete=False
        )
        while len(short.encode()) > MAX_BUTTON_VALUE and short.question:
            short = replace(short, question=short.question[:-50])
        while len(short.encode()) > MAX_BUTTON_VALUE and short.fact_ids:
            short = replace(short, fact_ids=short.fact_ids[:-1])
        vote_value = short.encode()
    else:
        vote_value = value
    for action in reply.actions:
        if action.id == "share" and fits:
            values["share"] = value
        elif action.id in ("helpful", "not_helpful"):
            values[action.id] = vote_value
    return values


def reply_payload(reply: Reply, *, question: str | None) -> dict[str, Any]:
    """Return the `respond` payload for `reply`, with buttons when `question` is given."""
    values = button_values(reply, question) if question is not None else None
    message = render(reply, button_values=values)
    public = reply.visibility is Visibility.PUBLIC
    return {
        "response_type": "in_channel" if public else "ephemeral",
        "replace_original": False,
        "text": message.text,
        "blocks": message.blocks_json(),
        "unfurl_links": False,
        "unfurl_media": False,
    }


class AdminCheck:
    """Decides `Caller.can_manage`: workspace admins and owners, or configured user ids."""

    def __init__(self, admin_users: list[str], ttl: float = ADMIN_CACHE_SECONDS) -> None:
        self._admins = frozenset(admin_users)
        self._ttl = ttl
        self._cache: dict[tuple[str, str], tuple[bool, float]] = {}

    async def can_manage(self, client: AsyncWebClient, team: str, user: str) -> bool:
        """Return whether `user` may manage digests: settings, else users.info (cached)."""
        if user in self._admins:
            return True
        now = time.monotonic()
        cached = self._cache.get((team, user))
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            response = await client.users_info(user=user)
        except SlackApiError as exc:
            # Cached too: a missing scope or an unknown user will not fix itself per request.
            log.warning(
                "users.info failed: team=%s user=%s error=%s",
                team,
                user,
                exc.response.get("error"),
            )
            self._cache[(team, user)] = (False, now + self._ttl)
            return False
        info = response.get("user") or {}
        allowed = bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))
        self._cache[(team, user)] = (allowed, now + self._ttl)
        return allowed


def _ids(body: Mapping[str, Any]) -> tuple[str, str, str, str | None]:
    """Return (team, channel, user, user name) from a block_actions payload."""
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or ""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", ""
    )
    user = body.get("user") or {}
    return (
        str(team),
        str(channel),
        str(user.get("id", "")),
        user.get("username") or user.get("name"),
    )


def build_slack_app(
    core: TextCore,
    *,
    settings: Settings,
    feedback: FeedbackStore,
    client: AsyncWebClient | None = None,
    oauth_settings: AsyncOAuthSettings | None = None,
    process_before_response: bool = False,
) -> AsyncApp:
    """Build the bolt app with `/brief`, the buttons and the error handler registered.

    Args:
        core: the core (`bot.core.service.Core`).
        settings: the settings (tokens, admin users, API URL).
        feedback: where "Helpful" / "Not helpful" votes go.
        client: the Web API client; by default one built from the settings (bot token,
            `slack_api_url`, retry handlers). With OAuth, a client without a token.
        oauth_settings: multi-workspace install settings (see `bot.adapters.slack.oauth`).
        process_before_response: run listeners before answering the HTTP request (FaaS only).
    """
    if client is None:
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        client = build_web_client(
            token=None if oauth_settings is not None else token, api_url=settings.slack_api_url
        )
    secret = settings.slack_signing_secret
    app = AsyncApp(
        client=client,
        signing_secret=secret.get_secret_value() if secret else "",
        oauth_settings=oauth_settings,
        process_before_response=process_before_response,
        logger=logging.getLogger("slack_bolt"),
    )
    admins = AdminCheck(settings.slack_admin_users)

    async def brief(command: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient) -> None:
        text = unescape_incoming(str(command.get("text") or "")).strip()
        team, user = str(command.get("team_id", "")), str(command.get("user_id", ""))
        caller = Caller(
            platform=PLATFORM,
            workspace=team,
            channel=str(command.get("channel_id", "")),
            user=user,
            user_name=command.get("user_name"),
            can_manage=await admins.can_manage(client, team, user),
        )
        log.info("slack /brief: team=%s channel=%s user=%s", team, caller.channel, user)
        try:
            reply = await core.handle_text(text, caller)
        except UserError as exc:  # bad input: the core's ERROR reply, with usage
            context = {"platform": PLATFORM, "workspace": team, "user": user, "type": "command"}
            reply = report_error(exc, context=context, version=core.version)
            await respond(reply_payload(reply, question=None))
            return
        await respond(reply_payload(reply, question=text))

    async def share(
        body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        team, channel, user, name = _ids(body)
        payload = ButtonPayload.decode(str(action.get("value", "")))
        caller = Caller(
            platform=PLATFORM, workspace=team, channel=channel, user=user, user_name=name
        )
        reply = await core.handle_text(payload.question, caller)
        if not payload.complete or (payload.version and reply.version != payload.version):
            await respond(
                text=strings.SHARE_STALE, response_type="ephemeral", replace_original=False
            )
            return
        public = replace(reply, visibility=Visibility.PUBLIC, actions=())
        message = render(public, shared_by=user)
        try:
            await client.chat_postMessage(channel=channel, **message_kwargs(message))
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error not in _SHARE_FALLBACK_ERRORS:
                raise
            # Not a member (a private channel, a DM): the response_url may still post there.
            log.info("share via response_url: team=%s channel=%s reason=%s", team, channel, error)
            await respond(
                {
                    "response_type": "in_channel",
                    "replace_original": False,
                    "text": message.text,
                    "blocks": message.blocks_json(),
                    "unfurl_links": False,
                    "unfurl_media": False,
                }
            )
        log.info("slack share: team=%s channel=%s user=%s", team, channel, user)
        await respond(delete_original=True)

    async def vote(body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond) -> None:
        team, channel, user, _ = _ids(body)
        payload = ButtonPayload.decode(str(action.get("value", "")))
        helpful = action.get("action_id") == ACTION_IDS["helpful"]
        await feedback.record_vote(
            platform=PLATFORM,
            workspace=team,
            channel=channel,
            user=user,
            question=payload.question,
            fact_ids=payload.fact_ids,
            version=payload.version or "",
            helpful=helpful,
        )
        log.info("slack vote: team=%s user=%s helpful=%s", team, user, helpful)
        await respond(text=strings.VOTE_THANKS, response_type="ephemeral", replace_original=False)

    async def on_error(
        error: Exception, body: dict[str, Any], respond: AsyncRespond | None
    ) -> None:
        team, channel, user, _ = _ids(body)
        context = {
            "platform": PLATFORM,
            "workspace": team or body.get("team_id"),
            "channel": channel or body.get("channel_id"),
            "user": user or body.get("user_id"),
            "type": body.get("type") or ("command" if body.get("command") else None),
        }
        # The core's one error path: UserError -> its message, anything else logged + apology.
        reply = report_error(error, context=context, version=core.version)
        if respond is not None:
            await respond(reply_payload(reply, question=None))

    async def guarded(
        work: Awaitable[None], body: dict[str, Any], respond: AsyncRespond | None
    ) -> None:
        # Errors after ack() go to the same handler here rather than through bolt: bolt's
        # async runner resets the ack when a listener raises within its 10 ms ack poll, and
        # Slack would then see a 404 after 3 s instead of our ack.
        try:
            # Let bolt return the ack first: it polls for it every 10 ms, and under a burst
            # the answers' CPU work would otherwise hold every waiting ack back.
            await asyncio.sleep(ACK_FLUSH_SECONDS)
            await work
        except Exception as exc:
            await on_error(exc, body, respond)

    async def on_brief(
        ack: AsyncAck,
        body: dict[str, Any],
        command: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        await ack()
        await guarded(brief(command, respond, client), body, respond)

    async def on_share(
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        await ack()
        await guarded(share(body, action, respond, client), body, respond)

    async def on_vote(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        await guarded(vote(body, action, respond), body, respond)

    app.command(COMMAND)(on_brief)
    app.action(ACTION_IDS["share"])(on_share)
    app.action(_VOTE_ACTIONS)(on_vote)
    app.error(on_error)
    return app


def build_publisher(app: AsyncApp, settings: Settings) -> SlackPublisher:
    """Return the Slack `Publisher` sharing `app`'s client (base URL, retries).

    With OAuth the bot token is looked up per team in the app's installation store; otherwise
    it is `SLACK_BOT_TOKEN`.

    Raises:
        ValueError: when neither an installation store nor a bot token is configured.
    """
    store = app.installation_store
    if store is not None:
        return SlackPublisher(app.client, InstallationTokens(store))
    if settings.slack_bot_token is None:
        raise ValueError("SLACK_BOT_TOKEN or OAuth is required to post to Slack")
    return SlackPublisher(app.client, StaticToken(settings.slack_bot_token.get_secret_value()))
