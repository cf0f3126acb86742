"""Delivery against a loopback fake platform: claims, 429s, failing channels, digests."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.core.ports import ChannelRef
from bot.scheduling.delivery import Delivery
from bot.scheduling.pacing import RateLimits, RetryPolicy
from bot.store import repo
from bot.store.db import Database
from bot.store.models import Outcome
from tests.scheduling.fake_platform import FakePlatform, HttpPublisher
from tests.scheduling.helpers import add_daily, fixture_composer

SLOT = "2026-11-24T08:00"
FIRE = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
FAST = {"slack": RateLimits(per_second=1000.0, channel_interval=0.0)}
# The fixture's full brief: the lead, the conflicting figures side by side, the statement.
FACTS = ["hire-10000", "record-434000-2013", "peak-410000-2012", "no-mass-deportations"]


@pytest.fixture
async def fake() -> AsyncIterator[FakePlatform]:
    platform = await FakePlatform().start()
    yield platform
    await platform.stop()


@pytest.fixture
async def publisher(fake: FakePlatform) -> AsyncIterator[HttpPublisher]:
    pub = HttpPublisher(fake.url)
    yield pub
    await pub.close()


def delivery(db: Database, publisher: HttpPublisher, **kwargs: object) -> Delivery:
    return Delivery(db, {"slack": publisher}, fixture_composer(), limits=FAST, **kwargs)  # type: ignore[arg-type]


async def test_a_slot_posts_once_however_often_it_is_delivered(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    sub = await add_daily(db, "C1", time="08:00")
    first, second = delivery(db, publisher), delivery(db, publisher)
    results = await asyncio.gather(
        first.deliver_slot(sub.id, SLOT, FIRE),
        second.deliver_slot(sub.id, SLOT, FIRE),
        first.deliver_slot(sub.id, SLOT, FIRE),
    )
    again = await second.deliver_slot(sub.id, SLOT, FIRE)
    assert sorted(r.outcome for r in [*results, again]) == [
        "duplicate",
        "duplicate",
        "duplicate",
        "posted",
    ]
    assert [p.channel for p in fake.posts] == ["C1"]
    rows = await repo.deliveries(db, sub.id)
    assert [(r.slot, r.outcome, r.fact_ids) for r in rows] == [(SLOT, Outcome.POSTED, FACTS)]


async def test_first_digest_is_everything_then_only_whats_new_or_a_note(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    sub = await add_daily(db, "C1", time="08:00")
    deliver = delivery(db, publisher)
    first = await deliver.deliver_slot(sub.id, SLOT, FIRE)
    second = await deliver.deliver_slot(sub.id, "2026-11-25T08:00", FIRE.replace(day=25))
    assert (first.outcome, first.fact_ids) == (Outcome.POSTED, tuple(FACTS))
    assert (second.outcome, second.fact_ids) == (Outcome.POSTED, ())
    assert [(p.title, p.fact_ids) for p in fake.posts] == [
        ("Briefing: the Kelly memos and ICE enforcement", FACTS),
        ("What's new: nothing", []),
    ]
    assert await repo.sent_fact_ids(db, "slack", "T1", "C1") == set(FACTS)


async def test_nothing_new_is_skipped_when_the_subscription_says_skip(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    sub = await add_daily(db, "C1", time="08:00")
    deliver = delivery(db, publisher, when_nothing_new="skip")
    await deliver.deliver_slot(sub.id, SLOT, FIRE)
    skipped = await deliver.deliver_slot(sub.id, "2026-11-25T08:00", FIRE.replace(day=25))
    assert (skipped.outcome, skipped.reason) == (
        Outcome.SKIPPED,
        "nothing new since the last digest",
    )
    assert len(fake.posts) == 1


async def test_a_429_storm_honours_retry_after_and_delivers_each_channel_once(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    channels = [f"C{n}" for n in range(12)]
    subs = [await add_daily(db, c, time="08:00") for c in channels]
    for channel in channels:
        fake.rate_limited[channel] = [0.2, 0.1, 0.3]
    deliver = delivery(db, publisher)
    results = await asyncio.gather(*(deliver.deliver_slot(s.id, SLOT, FIRE) for s in subs))

    assert [r.outcome for r in results] == [Outcome.POSTED] * len(channels)
    assert [r.attempts for r in results] == [4] * len(channels)
    assert Counter(p.channel for p in fake.delivered()) == Counter(channels)
    for channel in channels:
        times = [p.at for p in fake.posts if p.channel == channel]
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert all(gap >= wait - 0.01 for gap, wait in zip(gaps, [0.2, 0.1, 0.3], strict=True))


async def test_a_gone_channel_pauses_its_subscription_and_others_post(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    subs = [await add_daily(db, f"C{n}", time="08:00") for n in range(5)]
    fake.gone.add("C2")
    paused: list[str] = []

    async def on_pause(subscription_id: str) -> None:
        paused.append(subscription_id)

    deliver = delivery(db, publisher, on_pause=on_pause)
    results = await asyncio.gather(*(deliver.deliver_slot(s.id, SLOT, FIRE) for s in subs))

    reason = "paused: the channel is unavailable (channel_not_found)"
    assert [r.outcome for r in results] == ["posted", "posted", "failed", "posted", "posted"]
    assert results[2].reason == reason
    assert paused == [subs[2].id]
    gone = await repo.get_subscription(db, subs[2].id)
    assert gone is not None and gone.paused_reason == reason
    later = await deliver.deliver_slot(subs[2].id, "2026-11-25T08:00", FIRE)
    assert later.outcome == "paused"
    assert [p.channel for p in fake.posts].count("C2") == 1


async def test_a_channel_that_keeps_failing_gives_up_without_delaying_the_others(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    subs = [await add_daily(db, f"C{n}", time="08:00") for n in range(6)]
    fake.server_errors["C0"] = 100
    # The first retry waits 0.6 s: long enough for the five others to be posted first even on a
    # busy two-core machine (at 0.3 s two of them once came 4 ms after it, under load).
    retry = RetryPolicy(max_transient=4, backoff_base=0.6)
    deliver = delivery(db, publisher, retry=retry)
    results = await asyncio.gather(*(deliver.deliver_slot(s.id, SLOT, FIRE) for s in subs))

    assert results[0].outcome == Outcome.FAILED
    assert results[0].reason == "gave up after 4 attempts: http_500"
    assert [r.outcome for r in results[1:]] == [Outcome.POSTED] * 5
    failing = [p.at for p in fake.posts if p.channel == "C0"]
    others = [p.at for p in fake.posts if p.channel != "C0"]
    assert len(failing) == 4
    assert max(others) < failing[1]  # everyone else was done before the first retry
    row = (await repo.deliveries(db, subs[0].id))[0]
    assert (row.outcome, row.attempts) == (Outcome.FAILED, 4)


async def test_deliver_now_posts_once_and_counts_the_facts_as_sent(
    db: Database, fake: FakePlatform, publisher: HttpPublisher
) -> None:
    target = ChannelRef(platform="slack", workspace="T1", channel="C7")
    deliver = delivery(db, publisher)
    result = await deliver.deliver_now(target)
    missing = await deliver.deliver_now(ChannelRef(platform="discord", workspace="G", channel="1"))
    assert (result.outcome, result.fact_ids) == (Outcome.POSTED, tuple(FACTS))
    assert missing.outcome == "no_publisher"
    assert [p.channel for p in fake.posts] == ["C7"]
    assert await repo.sent_fact_ids(db, "slack", "T1", "C7") == set(FACTS)
    rows = await repo.deliveries(db)
    assert [r.subscription_id for r in rows] == ["manual:slack:T1:C7"]
