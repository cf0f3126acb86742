"""Guarani words in a Jopara question, read as the Spanish around them.

Paraguayan families write Jopara, Spanish and Guarani mixed in one sentence, with the story's
English words between ("mboy memo piko firmó kelly?", how many memos did Kelly sign; "mba'ére
piko trump le sacó a vitiello?", why did Trump pull Vitiello). Guarani gives the question words
("mba'e" what, "mboy" how many, "araka'e" when, "mba'ére" why), particles that ask or report
("piko", "pa", "ndaje": it is said) and everyday words; the Spanish around them is read as any
Spanish question's. A question is read so only when it has a word that is Guarani alone: its
words, with their glottal stop or nasal vowels, are no English or Spanish word nor a name the
facts know. Its words are read as Spanish ("mboy" is "cuantos"), so that the question is then read
as any other half-Spanish one.
"""

from __future__ import annotations

from briefings.answering.tagalog import closed_up
from briefings.patterns import lazy_compile

# Guarani's nasal vowels and stressed letters, and Spanish accents, folded (the glottal stop, "'",
# stays).
_FOLD = str.maketrans("ãẽĩõũỹýáéíóúÃẼĨÕŨỸÝÁÉÍÓÚ\u2019", "aeiouyyaeiouAEIOUYYAEIOU'")
_WORDS: dict[str, str] = {
    # Question words, with the question particle "pa" run on or not.
    "mba'e": "que", "mba'epa": "que", "mbae": "que", "mba'eicha": "como", "mbaeicha": "como",
    "mba'ere": "por que", "mba'erepa": "por que", "mbaere": "por que",
    "araka'e": "cuando", "araka'epa": "cuando", "arakae": "cuando",
    "mboy": "cuantos", "mboypa": "cuantos", "mava": "quien", "mavapa": "quien",
    "moo": "donde", "moopa": "donde", "mamo": "donde",
    # Particles (asking, reporting, stressing), the asker's "my" and "your", and "then".
    "piko": "", "ndaje": "", "katu": "", "voi": "", "niko": "", "nio": "", "hina": "",
    "upei": "", "upeicha": "asi", "hikuai": "", "che": "mi", "nde": "tu", "vai": "",
    "ko'aga": "ahora", "koaga": "ahora", "ha": "y", "avei": "tambien", "heta": "muchos",
    "tuicha": "grande", "he'i": "dijo", "ose": "salio", "onepyru": "empieza",
    "ojapota": "va a hacer", "ojapo": "hizo", "mbeguekatu": "despacito", "mbegue": "despacito",
    "ipochy": "enojada", "ndaipori": "no hay", "ary": "anos",
    # The family ("che sy", my mother; "che ryvy", my brother).
    "sy": "mama", "ru": "papa", "ryvy": "hermano", "reindy": "hermana", "memby": "hijo",
    "mita": "ninos", "mitanguera": "ninos",
}  # fmt: skip
# Words that are Guarani alone (not "che", Spanish too, nor the short words other languages or
# names have: "ha", "sy", "ru", "vai", "nio", "nde", "moo", "heta", "ary").
_MARKERS = frozenset(_WORDS) - {"che", "ha", "sy", "ru", "vai", "nio", "heta", "moo", "nde", "ary"}
_WORD = lazy_compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def read_as_english(text: str) -> str:
    """Return `text` with its Guarani read as Spanish; other text as typed."""
    folded = text.translate(_FOLD)
    typed = [w.lower() for w in _WORD.findall(folded)]
    if not _MARKERS.intersection(typed):
        return text
    read = _WORD.sub(lambda m: _WORDS.get(m[0].lower(), m[0]), folded)
    return closed_up(read).strip(" ,;:")
