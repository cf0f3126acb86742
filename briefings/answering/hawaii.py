"""Hawaii Pidgin (Hawaii Creole English) questions, read as the English the engine reads.

Island families, hotel and hospital workers and the aunties and uncles whose questions their kids
relay write Pidgin: "how many people wen get deported in 2015" (how many people got deported),
"make the road stay helping wat kine people?" (what kind of people is Make the Road helping),
"wat da name of da ICE branch dat actually deport people". Its words are English ones, respelt or
used their own way ("da" is "the", "fo" is "for", "wen" before a verb marks the past, "stay"
before what is going on is "is"), so the question is read word for word as English.

A question is read so when it has a word or phrase only Pidgin has ("da kine", "brah", "keiki",
"befo", "wen say"), or two of its respellings ("da", "dat", "dis", "wat", "fo", "wit"), which are
Italian, Portuguese, Turkish or Caribbean words too, one at a time.
"""

from __future__ import annotations

import re

from briefings.answering.tagalog import closed_up
from briefings.patterns import any_phrase, lazy_compile

# Phrases read first, whole.
_PHRASES: dict[str, str] = {
    "da kine": "thing", "fo real kine": "really", "fo real": "really", "no can": "cannot",
    "small kid time": "childhood", "get how many": "how many", "wat kine": "what kind of",
    "what kine": "what kind of", "one kine": "a kind of", "hana hou": "again",
}  # fmt: skip
_WORDS: dict[str, str] = {
    "da": "the", "dat": "that", "dis": "this", "dese": "these", "dose": "those", "wat": "what",
    "dey": "they", "dem": "them", "wit": "with", "fo": "for", "befo": "before",
    "afta": "after", "evah": "ever", "mo": "more", "anodda": "another", "odda": "other",
    "togetha": "together", "ting": "thing", "tings": "things", "um": "it", "kine": "kind",
    "brah": "", "bruddah": "brother", "sistah": "sister", "keiki": "children",
    "ohana": "family", "pau": "done", "bumbai": "later", "shoots": "okay", "mahalo": "thanks",
    "howzit": "", "tink": "think", "wen": "",
}  # fmt: skip
# Words and phrases only a Pidgin question has: one is enough.
_SURE = lazy_compile(
    r"\b(?:da kine|fo real|no can|small kid time|brah|bruddah|sistah|keiki|bumbai|befo|afta"
    r"|evah|anodda|togetha|howzit|wat kine|what kine|one kine"
    # "wen" after who did it and before what they did: the past ("kelly wen say").
    r"|(?<=[a-z] )wen (?!(?:is|was|are|were|did|do|does|will|can|the|da|they|dey|he|she|it|you"
    r"|i|we|trump|kelly|ice|dhs)\b)[a-z]+)\b",
    re.IGNORECASE,
)
_WEAK = frozenset({"da", "dat", "dis", "wat", "fo", "wit", "dey", "mo", "stay", "kine", "um"})
_WORD = lazy_compile(r"[A-Za-z']+")
_PHRASE = any_phrase(_PHRASES)
# "Wen" opening a question, or after "so" or "and", is "when" ("wen dey going start?").
_WHEN = lazy_compile(r"(?:^|(?<=\bso )|(?<=\band )|(?<=\bok ))wen\b", re.IGNORECASE)
# "Stay" before what is going on is "is" ("stay helping", "stay based on", "stay wat kine"); not
# before where or how long one stays ("stay in da church").
_STAY_IS = lazy_compile(
    r"\bstay(?= (?!(?:in|at|inside|home|here|there|until|til|for|fo|with|wit|long|longer"
    r"|indefinitely|away|out|put|over|on|as|the|da|a|an)\b)[a-z])",
    re.IGNORECASE,
)


def marked(text: str) -> bool:
    """Return whether `text` is Hawaii Pidgin (see the module's note)."""
    if _SURE.search(text):
        return True
    return len(_WEAK.intersection(w.lower() for w in _WORD.findall(text))) >= 2


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Hawaii Pidgin; otherwise `text`."""
    if not marked(text):
        return text
    read = _PHRASE.sub(lambda m: f" {_PHRASES[m[0].lower()]} ", text)
    read = _STAY_IS.sub("is", _WHEN.sub("when", read))
    read = _WORD.sub(lambda m: _WORDS.get(m[0].lower(), m[0]), read)
    return closed_up(read).strip(" ,;:")
