"""Yiddish and yeshivish questions, read as the English the rest of the engine reads.

Orthodox and Hasidic volunteers in Brooklyn who help their immigrant neighbors write English with
Yiddish and Hebrew words between, in YIVO's spelling or the yeshivish one: its question words
("vi fil deportation officers does ice have?", how many; "ver is jeanette vizguerra", who;
"farvos did trump pull vitiello's nomination", why; "kelly memos came out ven again?", when),
a few other words ("is it takeh emes?", is it really true) and the fillers and blessings that
carry nothing ("oy", "nu", "bh", "im yirtzeh hashem"). The rest is English in English order, so
the question is read word for word, as `polish` reads one: the Yiddish words become English ones
and the fillers go, and so does what the asker adds about where the answer will be used ("need
it for the shiur on hachnasas orchim", "? bh nypd isnt ice but still"). A question is read so
only when it has a word that is Yiddish alone ("vi fil", "farvos", "takeh", "emes", "gevalt"),
"oy" or "nu" where Yiddish puts them (first, or before a question word), or a short question
word between English ones ("ver is", "since ven?", "vos did"): "ver", "ven", "vi", "vu" and "vos"
are Spanish, Dutch, Vietnamese or French too ("ven aca", "hoe ver is het", "vos sabes"), and a
Spanish, Dutch or German question has none of the English words around them.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# What the asker will use the answer for, where the question is not about it: "need it for the
# shiur on hachnasas orchim", "asking for the rebbetzin", "for the chesed committee newsletter".
# (Not a clause that asks itself: "? the shul on lee ave, is it safe".)
_ASKS = r"(?![^?]*\b(?:what|whats|who|when|where|why|how|which|is it|are they|can|should)\b)"
_CONTEXT = (
    r"shiur|shiurim|shul|shuls|chesed|hachnasas orchim|hachnasat orchim|rebbe|rebbetzin|mikvah"
    r"|mikveh|bikur cholim|bikkur cholim|gemach|gemachs|yeshiva|kollel|chavrusa|chavrusas|askan"
    r"|askanim|tzedakah|tzedaka|farbrengen|kiddush|shabbos table|vaad|tehillim|bochurim|shadchan"
)
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        # The asker's use for the answer, in a clause of its own at the end ("..., need it for
        # the shiur on ..."; "? asking for the rebbetzin").
        (
            rf"(?:,\s*|(?<=[?.!] )){_ASKS}(?:i |we )?(?:need(?:ed)? (?:it|this|that)|asking"
            r"|im asking|i'm asking|it'?s|its|want(?:ed)? (?:it|to know)|for"
            r"|(?:gonna |going to |want to )?(?:tell|explain|share|print|post)(?: it)?)"
            rf"\b[^?]*?\b(?:{_CONTEXT})\b[^?]*?(?=\W*$)",
            "",
        ),
        # ... or said of someone there: "? the askan from the food pantry wants to know".
        (
            rf"(?<=[?.!] ){_ASKS}(?:the|my|our|a|some|one of the) [^?]*?\b(?:{_CONTEXT})\b"
            r"[^?]*?(?=\W*$)",
            "",
        ),
        # A blessing after the question, and what it thanks for: "? bh nypd isnt ice but still".
        (r"(?<=[?.!] )(?:bh|b\"h|b'h|baruch hashem|boruch hashem)\b[^?]*?(?=\W*$)", ""),
        # How much a thing costs, and how many of the rest: "vi fil will the agents cost".
        (r"(?:vi fil|vi file|vi fiel|vi fill|vifl|vifil) (?:gelt|money)", "how much money"),
        (r"(?:vi fil|vi file|vi fiel|vi fill|vifl|vifil)(?=[^?.!]*\bcosts?\b)", "how much"),
        (r"(?:vi fil|vi file|vi fiel|vi fill|vifl|vifil)", "how many"),
        (r"(?:vi azoy|vi azoi|viazoy|viazoi|vi azey)", "how"),
        (r"vi (?:lang|long)", "how long"),
        (r"vi (?:vayt|veit|vait)", "how far"),
        (r"vi alt", "how old"),
        (r"far vos", "why"),
        (r"(?:vos|what) (?:iz|is) (?:dos|dus)", "what is that"),
        (r"(?:vos|what) (?:meint|maynt|mient|meynt)", "what is"),
        (r"a (?:sach|sakh|sof)", "many"),
        # "Really?", first, asks whether what follows is true; last, it only asks.
        (
            r"^(?:takeh|takke),?(?!\s+(?:did|does|do|is|are|r|was|were|has|have|had|will|would"
            r"|can|could|should|what|who|when|where|why|how|which|vos|ver|ven|vu|farvos|vi)\b)",
            "is it true that",
        ),
        (r"^(?:takeh|takke),?", ""),
        (r",?\s*(?:takeh|takke)(?=\s*[?.!]*\s*$)", ""),
        (r"(?:is|iz) (?:it|dos|es) (?:takeh |takke )?emes", "is it true"),
        (r"(?:emes|true) (?:or|oder) (?:nisht|nit|not)", "or not"),
        # The asker's in-laws, not anything hard: "my shver says".
        (r"(?:my|mayn|mein) shver", "my father in law"),
        (r"(?:my|mayn|mein) shviger", "my mother in law"),
        # Fillers and blessings, with the comma after them ("nu, what", "oy, will they", "bh,
        # ...").
        (
            r"(?:oy (?:vey|vay|veh|gevalt)|nu so|nuu?|oyy?|gevalt|nebach|nebech"
            r"|(?:a )?(?:gut|gutte|gute|good) (?:vokh|voch|shabbos|yom tov)"
            r"|(?:baruch|boruch|borich) hashem|bh|b\"h|b'h|bs\"d|b\"sd"
            r"|(?:im yirtzeh|im yirtze|im yirtza) hashem|iy\"h|i\"yh|iyh"
            r"|(?:b'ezras|bezras|b'ezrat|bezrat) hashem|bli neder|yasher (?:koach|koyach|koah)"
            r"|chas (?:v'shalom|veshalom|vshalom|v\u2019shalom|v'sholom|vesholom))"
            r"(?:[,.!]+\s*(?=\w)|\s+(?=\w))?",
            "",
        ),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "vos": "what", "ver": "who", "vemen": "whom", "vemens": "whose", "ven": "when",
    "vu": "where", "vi": "how", "farvos": "why", "vifl": "how many", "viazoy": "how",
    "velkhe": "which", "velche": "which", "velkher": "which", "velcher": "which", "vel": "which",
    # Other words.
    "iz": "is", "zaynen": "are", "zenen": "are", "zenan": "are", "geven": "was", "vet": "will",
    "veln": "will", "zey": "they", "gerecht": "right", "nisht": "not", "nit": "not",
    "yo": "yes", "takeh": "really", "takke": "really", "emes": "true", "mamesh": "really",
    "mamash": "really", "efsher": "maybe",
    "eppes": "something", "epes": "something", "gornisht": "nothing", "shoyn": "already",
    "shoin": "already", "heint": "today", "mentshn": "people", "mentschen": "people",
    "mentchen": "people", "menschen": "people", "kinder": "children",
    "mishpocha": "family", "mishpacha": "family", "mishpucha": "family", "mishpokhe": "family",
    "bubby": "grandma", "bubbe": "grandma", "bubbie": "grandma", "bubbi": "grandma",
    "zeidy": "grandpa", "zeide": "grandpa", "zaidy": "grandpa", "zeidi": "grandpa",
    "zaide": "grandpa", "shver": "hard", "gelt": "money", "kvetching": "complaining",
    "kvetch": "complain", "kvetched": "complained", "meshuga": "crazy", "meshuge": "crazy",
    "meshugah": "crazy",
    # The chat's own short words, read once the question is read at all ("r they", "ppl").
    "r": "are", "ppl": "people",
    # Fillers that carry nothing.
    "nu": "", "nuu": "", "oy": "", "oyy": "", "vey": "", "gevalt": "", "bh": "",
    "nebach": "", "nebech": "", "nebbach": "", "shkoyach": "", "shkoach": "", "avade": "",
    "avadeh": "", "oder": "or",
}  # fmt: skip
# Words that are Yiddish alone: one of them marks a question as Yiddish.
_MARKERS = word_set(
    """
    farvos vifl viazoy takeh takke emes gevalt nebach nebech nebbach shkoyach shkoach nisht
    mentshn mentschen mentchen velkhe velche velkher velcher mamesh efsher gornisht kvetching
    mishpocha mishpacha mishpucha mishpokhe zaynen zenen
    """
)
# ... and the Yiddish phrases, and where Yiddish puts "oy" and "nu" (first, or "nu" before a
# question word: Russian's is after one, "kto prav? nu explain"; Dutch's "nu" is "now").
_MARKING = lazy_compile(
    r"\b(?:vi (?:fil|file|fiel|fill|azoy|azoi|azey)|far vos|oy (?:vey|vay|gevalt)"
    r"|(?:baruch|boruch) hashem|b\"h|iy\"h|im yirtzeh hashem|bli neder"
    r"|chas v'?e?shalom|a gut vokh|gut shabbos)\b"
    r"|^\W*(?:oy|oyy)\b(?!\s+(?:y|que|mi|hay|es)\b)"
    r"|(?:^|[,.?!]\s*)\W*(?:nu|nuu)\b,?\s+(?:so|ok|what|whats|what's|who|when|where|why|how"
    r"|which|did|does|do|is|are|r|was|were|has|have|will|would|can|could|should|vos|ver|ven|vu"
    r"|farvos|vi)\b"
    r"|\boy\s*[.,!]+(?=\s|$)"
    # ("bh" first or after the question, not Bosnian's "BH", Bosnia and Herzegovina: "u BH")
    r"|(?:^|[?.!]\s*)(?-i:bh|b\"h|B\"H|BH(?=[,!.]))\b",
    re.IGNORECASE,
)
# Its short question words, which Spanish, Dutch, French and Vietnamese have too, mark it only
# between English words, or between one and the question's end ("ver is jeanette vizguerra",
# "kelly memos came out ven again?", "lowest since ven?", "vos did"; not "a ver si", "ven aca",
# "hoe ver is het", "vos sabes").
_WEAK_MARKERS = word_set("ver ven vu vos")
_ENGLISH = (
    r"is|isnt|was|wasnt|did|didnt|does|doesnt|do|dont|r|are|were|has|have|had|will|would|can"
    r"|could|should|exactly|again|else|the|this|that|since|at|from|by|on|out|about|with|and|or"
    r"|to|signed|called|warned|went|took|said|says|saying|say|told|tweeted|wrote|released"
    r"|announced|started|start|leak|leaked|happen|happened|come|came|back|first|really|asks"
    r"|asked|asking|know|knows|knew|tell|wondering|iz|vet|meint|maynt|zenen|zaynen"
)
_ASKED_IN_ENGLISH = lazy_compile(
    rf"(?:^|[,.?!:;]\s*|\b(?:{_ENGLISH})\s+)(?:{'|'.join(sorted(_WEAK_MARKERS))})\b"
    rf"(?:\s+(?:{_ENGLISH})\b(?!\s+(?:het|de|dat|er|niet|weg|zo)\b)|\s*(?:again\s*)?(?:\?|$))",
    re.IGNORECASE,
)
# ... and "vi", how, only before what it asks ("vi did they", "vi long"): Vietnamese's "vi" is
# "because" ("vi the memo"), Spanish's "I saw" ("lo vi").
_HOW_IN_ENGLISH = lazy_compile(
    rf"(?:^|[,.?!:;]\s*|\b(?:{_ENGLISH})\s+)vi\s+(?:did|does|do|is|iz|was|are|r|were|can|could"
    r"|will|would|should|long|lang|much|many|far|old|alt)\b",
    re.IGNORECASE,
)
# English that Spanish, Dutch and German questions do not have, and Yiddish's own, one of which
# a question read so has (unless it has a word that is Yiddish alone).
_ENGLISH_WORDS = word_set(
    """
    the did does do what whats how who when where why which they their he she it its to and are
    r ppl people will would can could should about with from this that there got get have has
    now still ever any my our we you your been iz vet meint maynt zey
    """
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Yiddish; otherwise `text` itself."""
    said = {w.lower() for w in WORD.findall(text)}
    marked = bool(
        _MARKERS.intersection(said)
        or _MARKING.search(text)
        or _ASKED_IN_ENGLISH.search(text)
        or _HOW_IN_ENGLISH.search(text)
    )
    english = bool(_ENGLISH_WORDS.intersection(said) or _MARKERS.intersection(said))
    return read_word_for_word(text, _PHRASES, _WORDS) if marked and english else text
