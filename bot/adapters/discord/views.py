"""The buttons under an answer: "Share in channel", "Helpful", "Not helpful".

The custom ids are fixed strings, so one persistent view registered at start-up
(`Client.add_view`) answers the buttons of every answer ever sent, across restarts. A button
carries no state of its own: what it acts on (the question, the fact ids, the version) is read
back from the message it sits under (`interaction.message`), which Discord sends with every
component interaction, ephemeral messages included.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import discord

from bot.adapters.discord import strings

log = logging.getLogger(__name__)

SHARE_ID = "briefbot:share"
HELPFUL_ID = "briefbot:helpful"
NOT_HELPFUL_ID = "briefbot:not_helpful"

ButtonHandler = Callable[[discord.Interaction[Any]], Coroutine[Any, Any, None]]
ErrorHandler = Callable[[discord.Interaction[Any], Exception], Awaitable[None]]


class AnswerView(discord.ui.View):
    """A persistent view (no timeout) whose buttons call the given handlers."""

    def __init__(
        self,
        *,
        share: bool,
        on_share: ButtonHandler,
        on_vote: Callable[[discord.Interaction[Any], bool], Awaitable[None]],
        on_error: ErrorHandler,
    ) -> None:
        super().__init__(timeout=None)
        self._on_error = on_error
        if share:
            share_button: discord.ui.Button[AnswerView] = discord.ui.Button(
                label=strings.SHARE_BUTTON, style=discord.ButtonStyle.primary, custom_id=SHARE_ID
            )
            share_button.callback = on_share  # type: ignore[method-assign,assignment]
            self.add_item(share_button)
        for custom_id, label, helpful in (
            (HELPFUL_ID, strings.HELPFUL_BUTTON, True),
            (NOT_HELPFUL_ID, strings.NOT_HELPFUL_BUTTON, False),
        ):
            button: discord.ui.Button[AnswerView] = discord.ui.Button(
                label=label, style=discord.ButtonStyle.secondary, custom_id=custom_id
            )
            button.callback = _vote_callback(on_vote, helpful)  # type: ignore[method-assign,assignment]
            self.add_item(button)

    async def on_error(
        self,
        interaction: discord.Interaction[Any],
        error: Exception,
        item: discord.ui.Item[Any],
    ) -> None:
        """Send a button's error down the one error path shared with the commands."""
        await self._on_error(interaction, error)


def _vote_callback(
    on_vote: Callable[[discord.Interaction[Any], bool], Awaitable[None]], helpful: bool
) -> ButtonHandler:
    async def callback(interaction: discord.Interaction[Any]) -> None:
        await on_vote(interaction, helpful)

    return callback
