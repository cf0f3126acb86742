"""Cape Verdean Kriolu words in a question, read as the English the facts use.

Cape Verdean families in Boston, Brockton and Providence, and the church and community
volunteers who relay their questions, write Kriolu or English with Kriolu in it ("kantu genti ki
deportadu en 2015", "undi ki trump staba ta bai dia dipos di tweet", "pamodi ki kes mudansa ta
leba tempu?"). As with Hindi (`hindi`), the question words are read before this, with the chat
shorthand ("pamodi" is "why", "kantu" is "how many", "kenha" is "who", "undi" is "where"), and
this reads the rest: the particles and auxiliaries carry nothing, and the story's words become
the English ones. A question is read so only when it has two words that are Kriolu alone
("kel", "dja", "bai"), or one beyond doubt ("staba", "genti"): its "ki", "ta", "di", "na" and
"ku" are Portuguese, Spanish, Creole or English too, which keeps other questions as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.answering.spanish import read_glossed
from briefings.retrieval import word_set

_DROPPED = word_set(
    """
    ki kel kes ta sta staba e es ma di na ku pa dja ja tem ten nha bu nu el
    """
)
# Words that mark a question as partly Kriolu (the question words are English by now): two of
# them are needed, since a few are Portuguese or Spanish too ("pega", "manda"), or Italian ("poi").
_MARKERS = word_set(
    """
    kel kes sta staba dja genti txeu fidju nha bira odja dipos faze splika kansela prizidenti
    komunidadi administrason verdadi reaji sinti aviza kauza kreba mudansa mudansas tempu leba
    kontrata novu deportadu mexikanu fika bai poi pega manda kre
    """
)
# ... of which these are Kriolu beyond doubt: one of them is enough ("undi ki vizguerra sta?").
_SURE = word_set(
    """
    sta staba genti txeu fidju dipos kreba deportadu mudansa mudansas prizidenti komunidadi
    administrason verdadi kontrata mexikanu splika novu
    """
)
_WORDS: dict[str, tuple[str, ...]] = {
    "genti": ("people",), "txeu": ("many",), "fidju": ("child",), "fidjus": ("children",),
    "bira": ("became",), "odja": ("meet",), "dipos": ("after",), "faze": ("do",),
    "splika": ("explain",), "kansela": ("cancel",), "prizidenti": ("president",),
    "komunidadi": ("community",), "administrason": ("administration",), "verdadi": ("true",),
    "reaji": ("react",), "sinti": ("feel",), "aviza": ("warn",), "kauza": ("cause",),
    "kreba": ("wanted",), "mudansa": ("change",), "mudansas": ("changes",), "tempu": ("time",),
    "leba": ("take",), "kontrata": ("hire",), "novu": ("new",), "deportadu": ("deported",),
    "mexikanu": ("mexican",), "fika": ("stay",), "bai": ("go",), "poi": ("put",),
    "pega": ("got",), "manda": ("send",), "kre": ("want",), "dia": ("day",), "medu": ("fear",),
    "visita": ("visit",), "pais": ("countries",), "evita": ("avoid",), "prepara": ("prepare",),
    "en": ("in",), "junho": ("june",),
}  # fmt: skip


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are partly Kriolu: two words that are Kriolu alone, or one beyond
    doubt."""
    return len(_MARKERS.intersection(words)) >= 2 or not _SURE.isdisjoint(words)


def english(words: Sequence[str]) -> list[str]:
    """Return `words` with their Kriolu read as English, particles dropped.

    Words of a question that is not so marked stay as typed.
    """
    if not marked(words):
        return list(words)
    return read(words)


def read(words: Sequence[str]) -> list[str]:
    """Return `words` read as English, particles dropped, whether marked or not (a part of a
    question that is: "how many ICE officers novu" is "how many ICE officers new")."""
    return read_glossed(words, _DROPPED, {}, _WORDS)
