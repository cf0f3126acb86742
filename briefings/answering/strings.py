"""Every user-facing sentence the answer engine writes, in one place."""

from __future__ import annotations

NOT_COVERED = "The sources don't cover that."
EMPTY_QUESTION = "Ask a question about the story, for example one of these."
COVERAGE = (
    "The fact base covers one story from five news articles: the February 2017 DHS "
    "immigration-enforcement memos signed by Secretary John F. Kelly, through the June 2019 "
    "ICE family raids. Topics: {topics}."
)
TRY = "Try: {questions}"
# What is known of the articles themselves, when a question asks about them ("who wrote it").
ARTICLES_KNOWN = "What is known of the articles themselves: {articles}."
ARTICLE_KNOWN = "{source}, {headline}, {author}"
BY = "by {author}"
UNKNOWN_AUTHOR = "author unknown"
UNKNOWN_HEADLINE = "headline unknown"
SOURCES_AS_OF = "Sources {label}."
PRESENT_LEAD = "The sources can't say how things stand today; {label}, they report:"
CONFLICT_LEAD = "The sources disagree: {parts}."
INTRODUCE = "{name}: {role}."
INTRODUCE_AS_OF = "{name}: {role} (as of {as_of})."
ORDER_LEAD = "In order of date: {dates}."
CONFLICT_NOTE = "The sources disagree; both accounts follow."
CONFLICT_FIGURE = "{who} gives {figure}"
ATTRIBUTION_SPEAKER = "\u2014 {speaker} ({source})"
ATTRIBUTION_SOURCE = "\u2014 {source}"

# Asked when the question does not point anywhere in particular.
DEFAULT_SUGGESTIONS = (
    "What do the Kelly memos say about hiring?",
    "How many deportations were there in 2013?",
    "How did ICE officials react to Trump's June 2019 tweet?",
)
