"""Turkish and Azerbaijani words in a question typed in Latin letters, read as English.

Turkish and Azerbaijani families type their language between the story's English words, often
without the Turkish letters: "ice'in kac deportation officer var" (how many deportation officers
does ICE have), "kelly no mass deportation sozu ne zaman?" (when was Kelly's no-mass-deportation
pledge), "trump vitiello'nun nomination'ini neden cekti" (why did Trump pull Vitiello's
nomination). A name or an English word takes its case ending after an apostrophe ("mexico'ya",
to Mexico); the ending goes. Question words, particles and the story's everyday words are read
as English; a word the glossary lacks stays as typed.

A question is read so only when it has two words or phrases that are Turkish or Azerbaijani alone
("kac", "var", "ne zaman"), or one of them and a Turkish case ending after an apostrophe: a single such word
is a name or a typo as often ("Kim", "hani"), which keeps other questions as typed.
"""

from __future__ import annotations

import re

from briefings.answering.tagalog import closed_up
from briefings.patterns import any_phrase, lazy_compile
from briefings.retrieval import word_set

_FOLD = str.maketrans("çğıöşüəÇĞİÖŞÜƏ", "cgiosueCGIOSUE")
# Phrases, read before single words.
_PHRASES: dict[str, str] = {
    "ne zaman": "when", "ne vaxt": "when", "kac kisi": "how many people",
    "kac tane": "how many", "kac yil": "how many years", "kac gun": "how many days",
    "sinir disi": "deport", "ne dedi": "what did say", "ne diyor": "what does say",
    "ne oldu": "what happened", "dogru mu": "is it true", "dogru mi": "is it true",
    "official oldu": "became official", "tesekkur ederim": "thanks",
    "uzun zamandir": "for a long time", "kac saat": "how many hours",
}  # fmt: skip
_WORDS: dict[str, str] = {
    # Question words and the question particle ("mi", "mu": asks yes or no, as "do" does).
    "kac": "how many", "kacinci": "which", "neden": "why", "niye": "why", "nicin": "why",
    "nerede": "where", "nerde": "where", "nereye": "where", "nereden": "where",
    "harada": "where", "hangi": "which", "nasil": "how", "kim": "who", "kimdir": "who is",
    "kimler": "who", "ne": "what", "nedir": "what is", "nece": "how many",
    "mi": "", "mu": "", "misin": "", "midir": "", "mudur": "",
    # Particles, fillers and forms of address (kin, "qardash" and "valla" are chat shorthand,
    # read with any question: `question.spell_out`).
    "da": "", "de": "", "ki": "", "ya": "", "yani": "", "hani": "", "abi": "", "kardes": "",
    "canim": "", "lutfen": "please", "xahis": "please",
    "tesekkurler": "thanks", "sagol": "thanks", "sagolun": "thanks",
    "var": "", "yok": "no", "degil": "not", "ama": "but", "ve": "and", "ile": "with",
    "icin": "for", "gibi": "like", "hakkinda": "about", "bu": "this", "su": "that",
    "simdi": "now", "hala": "still", "sonra": "after", "sonunda": "in the end",
    # What was said and done.
    "oldu": "happened", "olacak": "will be", "edecek": "will", "edildi": "", "etti": "did",
    "yapti": "did", "dedi": "said", "diyor": "says", "soyledi": "said", "sozu": "statement",
    "sozunu": "statement", "soz": "statement", "anlatti": "explained", "gitti": "went",
    "verdi": "gave", "geldi": "came", "cekti": "withdrew", "gorustu": "met",
    "imzaladi": "signed", "basladi": "started", "baslayacak": "will start",
    "yakalandi": "arrested", "tutuklandi": "arrested",
    # The story's everyday words.
    "gun": "day", "gunu": "day", "yil": "year", "yilinda": "in", "yilda": "in",
    "kisi": "people", "insan": "people", "cocuk": "children", "cocugu": "children",
    "cocuklar": "children", "cocuklari": "children", "aile": "families",
    "aileler": "families", "aileleri": "families", "polis": "police", "memur": "officers",
    "memurlar": "officers", "asker": "troops", "ordu": "army", "sinir": "border",
    "duvar": "wall", "mahkeme": "court", "hakim": "judge", "yasa": "law", "kanun": "law",
    "kural": "rules", "kurallar": "rules", "yeni": "new", "eski": "old", "baskan": "president",
    "bakan": "secretary", "kilise": "church", "gocmen": "immigrant", "gocmenler": "immigrants",
    "kagitsiz": "undocumented", "para": "money", "saat": "hours", "hafta": "weeks",
    "cok": "very",
}  # fmt: skip
# Words no English, Spanish or Tagalog question uses, which mark a question as Turkish.
_MARKERS = word_set(
    """
    kac kacinci neden niye nicin nerede nerde nereye harada hangi nasil kimdir nedir nece
    misin midir mudur yani valla vallahi kardesim qardas qardash lutfen xahis tesekkurler sagol
    var yok degil icin gibi hakkinda simdi sonunda oldu olacak edecek edildi etti yapti dedi
    diyor soyledi sozu anlatti gitti cekti gorustu imzaladi basladi baslayacak yakalandi
    tutuklandi gunu yilinda yilda kisi cocugu cocuklar cocuklari aileler aileleri memurlar
    gocmen gocmenler kagitsiz babam annem amcam dayim teyzem halam kuzenim
    """
)
# Case and possessive endings a name or English word takes after an apostrophe: "ice'in",
# "mexico'ya", "call'da", "vitiello'nun", "nomination'ini", "directives'e".
_ENDING = (
    r"(?:n?[iuı]n|n?[üu]n|y?[ae]|[dt][ae]|[dt][ae]n|y?[iıuü]|n[iıuü]|[iıuü]n[ie]|n?[iıuü]n[ae]"
    r"|y?l[ae]|l[ae]r|l[ae]r[iı]|l[ae]r[iı]n|[dt][iıuü]r|[iıuü]nda|[iıuü]nde|n?[iıuü]ni)"
)
_APOSTROPHE_ENDING = lazy_compile(rf"\b([^\W\d_]{{2,}})['\u2019]{_ENDING}\b", re.IGNORECASE)
_PHRASE = any_phrase(_PHRASES)
_WORD = lazy_compile(r"[^\W\d_]+")


def marked(text: str) -> bool:
    """Return whether `text` is partly Turkish or Azerbaijani (see the module's note)."""
    folded = text.translate(_FOLD).lower()  # (folded first: "İ" lowered is "i" and a dot)
    strong = len(_MARKERS.intersection(_WORD.findall(folded))) + len(_PHRASE.findall(folded))
    return strong >= 2 or (strong == 1 and _APOSTROPHE_ENDING.search(folded) is not None)


def read_as_english(text: str) -> str:
    """Return `text` with its Turkish or Azerbaijani read as English; other text as typed."""
    if not marked(text):
        return text
    read = _APOSTROPHE_ENDING.sub(r"\1", text.translate(_FOLD))
    read = _PHRASE.sub(lambda m: f" {_PHRASES[m[0].lower()]} ", read)
    read = _WORD.sub(lambda m: _WORDS.get(m[0].lower(), m[0]), read)
    return closed_up(read).strip(" ,;:")
