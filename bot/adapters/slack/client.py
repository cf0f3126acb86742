"""The Slack Web API client every part of the adapter shares: base URL and retries."""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient

DEFAULT_API_URL = "https://slack.com/api/"
MAX_RATE_LIMIT_WAIT = 5.0  # seconds; a longer Retry-After goes back to the caller (RateLimited)


class CappedRateLimitRetryHandler(AsyncRateLimitErrorRetryHandler):
    """Retry a 429 after its Retry-After, but only when the wait is short.

    A long wait inside an interactive handler or a digest job would hold it for minutes; the
    caller gets the 429 instead (the publisher turns it into `RateLimited(retry_after)`).
    """

    def __init__(self, max_retry_count: int = 2, max_wait: float = MAX_RATE_LIMIT_WAIT) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        return retry_after_seconds(response.headers) <= self.max_wait


def retry_after_seconds(headers: object) -> float:
    """Return the Retry-After of a 429 in seconds (1 when missing or unreadable).

    Accepts slack_sdk's retry-state headers (name -> list of values) and aiohttp's headers.
    """
    if not isinstance(headers, Mapping):
        return 1.0
    for name, value in headers.items():
        if str(name).lower() == "retry-after":
            raw = value[0] if isinstance(value, list) and value else value
            try:
                return max(0.0, float(str(raw)))
            except ValueError:
                return 1.0
    return 1.0


def retry_handlers(backoff_factor: float = 0.5) -> list[AsyncRetryHandler]:
    """Return the retry handlers: connection errors, 500/503 with backoff, short 429s."""
    backoff = BackoffRetryIntervalCalculator(backoff_factor=backoff_factor)
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=2, interval_calculator=backoff),
        AsyncServerErrorRetryHandler(max_retry_count=2, interval_calculator=backoff),
        CappedRateLimitRetryHandler(max_retry_count=2),
    ]


def api_base_url(override: str | None) -> str:
    """Return the Web API base URL, ending in "/" (slack_sdk joins method names onto it)."""
    url = override or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def build_web_client(
    *, token: str | None, api_url: str | None = None, backoff_factor: float = 0.5
) -> AsyncWebClient:
    """Return an `AsyncWebClient` with our base URL and retry handlers.

    Args:
        token: the bot token (single workspace), or None when tokens come per team from the
            installation store (OAuth) and are passed per call.
        api_url: `Settings.slack_api_url` (gov cloud, proxies, tests), or None for slack.com.
        backoff_factor: the exponential backoff base for 5xx and connection retries.
    """
    return AsyncWebClient(
        token=token,
        base_url=api_base_url(api_url),
        retry_handlers=retry_handlers(backoff_factor),
    )
