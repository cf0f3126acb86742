"""Jamaican and Trinidadian English questions, read as the English the rest of the engine reads.

Caribbean families and the church, radio and community volunteers who relay their questions
write Jamaican patois or Trinidadian English ("wah di memo seh bout pickney dem?", "allyuh know
if Kelly seh no military?"). Its words are English ones, respelt or older ("di" is "the", "fi"
is "for", "seh" is "say", "pon" is "on", "nuh" is "not"), so the question is read word for word
as English, and its form and content are read as any other question's ("dem" is "they" here, not
the Democrats). A question is read this way only when it has two patois words, one of them a word
that no English, Spanish or Haitian Creole question has ("seh", "wah", "nuh", "pon", "allyuh"):
"di", "fi", "mi" and "dis" are Creole or Spanish words too.
"""

from __future__ import annotations

import re

from briefings.answering.tagalog import closed_up
from briefings.patterns import lazy_compile

# Phrases read first, whole.
_PHRASES: dict[str, str] = {
    # Greetings and blessings, which ask nothing.
    "wah gwaan": "", "wha gwaan": "", "whaa gwaan": "", "big up": "", "bless up": "",
    "wah di": "what the", "all a dem": "all of them",
    "a dem": "of them", "a go": "going to", "haffi": "have to", "affi": "have to",
    "did seh": "said", "seh dat": "said that",
    # "Wah him fi do now?": what should he do.
    "him fi": "he should", "she fi": "she should", "dem fi": "they should", "mi fi": "I should",
    "we fi": "we should", "yuh fi": "you should",
}  # fmt: skip
# Words; each is read alone, as the English it respells.
_WORDS: dict[str, str] = {
    "di": "the", "fi": "for", "seh": "say", "sey": "say", "wah": "what", "wha": "what",
    "weh": "where", "pon": "on", "nuh": "not", "yuh": "you", "dat": "that", "dis": "this",
    "deh": "there", "dey": "they", "mek": "make", "cyaan": "can't", "cya": "can't",
    "gwaan": "going on", "allyuh": "you all", "unu": "you all", "inna": "in", "eena": "in",
    "fimi": "my", "pickney": "children", "tanty": "aunt",
    "likkle": "little", "bredda": "brother", "madda": "mother", "fada": "father",
    "wid": "with", "ting": "thing", "tings": "things", "wuk": "work", "doh": "don't",
    "fren": "friend", "bout": "about", "ova": "over", "tink": "think",
    "dem": "they", "mi": "my",
}  # fmt: skip
# Words only a patois question has; the rest of _WORDS are English, Spanish or Creole too.
_STRONG = frozenset(
    {
        "seh", "sey", "wah", "weh", "pon", "nuh", "yuh", "dat", "deh", "mek", "cyaan", "cya",
        "gwaan", "allyuh", "unu", "inna", "eena", "fimi", "pickney", "tanty", "likkle", "bredda",
        "madda", "fada", "wid", "wuk", "dem",
    }
)  # fmt: skip
_WORD = lazy_compile(r"[A-Za-z']+")
_PHRASE = lazy_compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# "Mi" before what the asker does is "I" ("mi hear seh", but "mi cousin" is "my cousin").
_MI_DOES = lazy_compile(
    r"\bmi (?=(?:a |did |nuh |cyaan |cya |jus |just |neva |nevah |affi |haffi )?(?:hear|heard"
    r"|see|saw|seem|want|waan|wan|know|did|read|ask|need|tink|think|remember|nuh|cyaan|cya|deh"
    r"|affi|haffi|get|got|live|work|wuk|was|am|worried|fraid|fraida|scared|confused|try|go|can"
    r"|could|will|would|have|had|marry|pay|miss|lose|leave|come|stay|tell|told)\b)",
    re.IGNORECASE,
)
# ... and after what is done to them is "me": "find mi through", "deport mi to Trinidad".
_MI_DONE_TO = lazy_compile(
    r"(?<=[a-z] )mi(?=\W*$|[,.;!?]"
    r"|\W+(?:to|back|out|through|fi|for|pon|on|in|inna|from|wid|with)\b)",
    re.IGNORECASE,
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Jamaican or Trinidadian patois; else `text`."""
    typed = {w.lower() for w in _WORD.findall(text)}
    if not typed & _STRONG or len(typed & _WORDS.keys()) < 2:
        return text
    read = _MI_DONE_TO.sub("me", _MI_DOES.sub("I ", text))
    read = _PHRASE.sub(lambda m: _PHRASES[m[0].lower()], read)
    read = _WORD.sub(lambda m: _WORDS.get(m[0].lower(), m[0]), read)
    return closed_up(read).lstrip(",;: ")  # (and the comma a greeting left: "wah gwaan, ...")
