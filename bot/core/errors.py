"""The one user-facing error type."""

from __future__ import annotations


class UserError(Exception):
    """Bad input the user can fix: its message is shown to them as it is.

    Args:
        message: what went wrong, in plain words.
        usage: how to do it right (shown under the message), if useful.
    """

    def __init__(self, message: str, usage: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage
