"""Answer questions from the curated fact base: `AnswerEngine.build(base).answer(question)`."""

from __future__ import annotations

from briefings.answering.engine import AnswerEngine

__all__ = ["AnswerEngine"]
