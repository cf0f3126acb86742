"""Citations of facts, ready to display: quote, speaker, outlet, headline and date."""

from __future__ import annotations

from bot.core.reply import Citation
from briefings.model import Evidence, Fact, FactBase, Source
from briefings.present import date_label, speaker_label


def citation(base: FactBase, fact: Fact, source: Source) -> Citation:
    """Return the citation of one of a fact's sources.

    Unknown metadata stays None (the renderer says "unknown outlet"); an inferred date is
    given only as `published_note`, never as `published`.
    """
    article = base.article_for(source.article)
    established = article.published.evidence is Evidence.ESTABLISHED
    headline = article.headline.value
    return Citation(
        fact_id=fact.id,
        article=article.id,
        outlet=article.outlet.value,
        headline=headline,
        published=article.published.value if established else None,
        published_note=None if established else date_label(article),
        quote=source.quote,
        speaker=speaker_label(base, fact),
    )


def citations(base: FactBase, fact: Fact) -> tuple[Citation, ...]:
    """Return a citation for each of the fact's sources, in order."""
    return tuple(citation(base, fact, source) for source in fact.sources)
