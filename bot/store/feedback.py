"""Feedback votes in the store (the `FeedbackStore` port) and their summary."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot.store.db import Database, utcnow
from bot.store.models import FeedbackVote


def answer_key(question: str, fact_ids: tuple[str, ...], version: str) -> str:
    """Return the key of one answer: the question, the facts it drew on, the fact-base version."""
    normal = " ".join(question.lower().split())
    raw = "\x1f".join((normal, ",".join(fact_ids), version))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]


@dataclass(frozen=True, slots=True, kw_only=True)
class FactVotes:
    """Votes on answers that drew on one fact."""

    fact_id: str
    helpful: int
    not_helpful: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionVotes:
    """Votes on one question's answers."""

    question: str
    helpful: int
    not_helpful: int


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackSummary:
    """All votes, by fact and by question (most disliked first)."""

    helpful: int
    not_helpful: int
    by_fact: tuple[FactVotes, ...]
    by_question: tuple[QuestionVotes, ...]


class SqlFeedbackStore:
    """Stores votes in the `feedback_votes` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def record_vote(
        self,
        *,
        platform: str,
        workspace: str,
        channel: str,
        user: str,
        question: str,
        fact_ids: tuple[str, ...],
        version: str,
        helpful: bool,
    ) -> None:
        """Record one vote; a user's second vote on the same answer replaces the first."""
        key = answer_key(question, fact_ids, version)
        for attempt in range(3):
            try:
                async with self._db.sessions.begin() as session:
                    await session.execute(
                        delete(FeedbackVote).where(
                            FeedbackVote.platform == platform,
                            FeedbackVote.workspace == workspace,
                            FeedbackVote.user == user,
                            FeedbackVote.answer_key == key,
                        )
                    )
                    session.add(
                        FeedbackVote(
                            platform=platform,
                            workspace=workspace,
                            channel=channel,
                            user=user,
                            answer_key=key,
                            question=question[:2000],
                            fact_ids=list(fact_ids),
                            version=version,
                            helpful=helpful,
                            voted_at=utcnow(),
                        )
                    )
                return
            except IntegrityError:  # a double click racing itself: the other one won
                if attempt == 2:
                    raise

    async def summary(self, limit: int = 20) -> FeedbackSummary:
        """Return vote totals, per fact and per question (most "not helpful" first)."""
        async with self._db.sessions() as session:
            votes = (await session.scalars(select(FeedbackVote))).all()
        by_fact: dict[str, list[int]] = {}
        by_question: dict[str, list[int]] = {}
        helpful = 0
        for vote in votes:
            index = 0 if vote.helpful else 1
            helpful += vote.helpful
            for fact_id in vote.fact_ids or []:
                by_fact.setdefault(fact_id, [0, 0])[index] += 1
            normal = " ".join(vote.question.split())
            by_question.setdefault(normal, [0, 0])[index] += 1

        def order(item: tuple[str, list[int]]) -> tuple[int, int, str]:
            return (-item[1][1], -item[1][0], item[0])

        return FeedbackSummary(
            helpful=helpful,
            not_helpful=len(votes) - helpful,
            by_fact=tuple(
                FactVotes(fact_id=k, helpful=v[0], not_helpful=v[1])
                for k, v in sorted(by_fact.items(), key=order)[:limit]
            ),
            by_question=tuple(
                QuestionVotes(question=k, helpful=v[0], not_helpful=v[1])
                for k, v in sorted(by_question.items(), key=order)[:limit]
            ),
        )
