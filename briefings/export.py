"""The stable JSON export of the fact base (`briefbot facts export --json`).

Other tools read this contract: keep existing keys and their meaning; add, never rename.
"""

from __future__ import annotations

from typing import Any

from briefings.model import Fact, FactBase, Source


def source_json(base: FactBase, source: Source) -> dict[str, Any]:
    """Return one citation: article (seed file name without .txt), outlet, published, quote."""
    article = base.article_for(source.article)
    return {
        "article": article.id,
        "outlet": article.outlet.value,
        "headline": article.headline.value,
        "published": article.published.value,
        "quote": source.quote,
    }


def citation_json(base: FactBase, fact: Fact) -> list[dict[str, Any]]:
    """Return a fact's citations: article (seed file name without .txt), outlet, published, quote."""
    return [source_json(base, source) for source in fact.sources]


def fact_json(base: FactBase, fact: Fact) -> dict[str, Any]:
    """Return one fact as a JSON-ready dict."""
    return {
        "id": fact.id,
        "topic": fact.topic,
        "kind": fact.kind.value,
        "claim": fact.claim,
        "when": fact.when,
        "who": list(fact.who),
        "speaker": fact.speaker,
        "where": fact.where,
        "status": fact.status.value,
        "figures": [
            {
                "value": fig.value,
                "unit": fig.unit,
                "what": fig.what,
                "as_of": fig.as_of,
                "approx": fig.approx,
            }
            for fig in fact.figures
        ],
        "citations": citation_json(base, fact),
        "disputes": list(fact.disputes),
        "see_also": list(fact.see_also),
    }


def export_facts(base: FactBase) -> list[dict[str, Any]]:
    """Return every fact, in file and then id order, as JSON-ready dicts."""
    facts = sorted(base.facts.values(), key=lambda f: (f.file, f.id))
    return [fact_json(base, fact) for fact in facts]
