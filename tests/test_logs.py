"""Secrets never reach logs."""

from __future__ import annotations

import logging

import pytest

from bot.logs import REDACTED, RedactSecrets

SLACK = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
APP = "xapp-1-A111-222-abcdef0123456789"
DISCORD = "MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.handler.addFilter(RedactSecrets(["s3cret-signing-value"]))
    caplog.set_level(logging.INFO)
    return caplog


def test_token_shapes_and_known_secrets_are_redacted(records: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("briefbot.test")
    log.info("connecting with %s and %s", SLACK, APP)
    log.info("discord token %s", DISCORD)
    log.info("signing secret is s3cret-signing-value")
    text = "\n".join(r.getMessage() for r in records.records)
    for secret in (SLACK, APP, DISCORD, "s3cret-signing-value"):
        assert secret not in text
    assert text.count(REDACTED) == 4


def test_exception_text_is_redacted(records: pytest.LogCaptureFixture) -> None:
    try:
        raise RuntimeError(f"auth failed for {SLACK}")
    except RuntimeError:
        logging.getLogger("briefbot.test").exception("call failed")
    (record,) = records.records
    assert SLACK not in (record.exc_text or "")
    assert REDACTED in (record.exc_text or "")
