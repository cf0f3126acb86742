"""Papiamento questions, and English ones with Papiamento in them, read as the English the engine
reads.

Aruban and Curaçaoan families in Miami, and the children and grandchildren who relay their
questions, write English with Papiamento (Papiamentu) in it, or Papiamento with the story's
English words between: "ken ta e acting director of ice back in june 2019" (who is the acting
director), "kuantu undocumented immigrants ta in the us according to pew" (how many are there),
"unda they raiding the families?" (where), "ki aña did obama start daca" (what year), "kiko e
memo nan a bisa tocante e polis?" (what did the memos say about the police). Papiamento is a
creole whose word order is English's (subject, verb, object; its prepositions go before their
nouns), so it is read word for word, as `romanian` and `punjabi` read theirs: the question words
("kiko" what, "ken" who, "unda" where, "dikon" why, "kuantu" how many, "kon" how, "kua" which,
"ki ora" when) and the story's words become English ones, and the particles that carry nothing
go. Two of its particles are read with what follows them: the tense marks before a verb ("el a
bisa", he said; "nan ta bai", they are going; "lo e kambia", will it change), and "nan" after a
noun, which makes it plural ("e memo nan", the memos). Its spelling has two kinds, Aruba's
("kiko", "kon", "kua") and Curaçao's ("kico", "con", "cual"), both read.

A question is read so only when it has the languages' own words: one beyond doubt ("kiko",
"ken", "unda", "dikon", "kuantu", "danki"; "ki ora", "ki aña"), or one that is Papiamento alone
but seldom asked with ("bisa", "mester", "kua", "hopi") and one of the short words it shares
with Spanish, Portuguese, Creole and English ("ta", "e", "mi", "si", "kon", "por", "un"), which
alone mark nothing. So Spanish "si o no" and "mi tio", Bengali "kon" (which) and Indonesian
"bisa" (can) keep their questions as typed, and so do a "ken" that is a name ("Ken
Cuccinelli"), Scots ("did they even ken what he meant") and a "unda?" that ends a Telugu
question (is there). Cape Verdean Kriolu, its cousin, shares "kuantu" and "ki dia": a question
with words that are Kriolu alone ("nha", "kel", "novu", "dja") is left for `kriolu`.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# Papiamento marks where a word is stressed ("deportá", "kòrda", "Kòrsou"); the words are read
# without the marks. Its "ñ" ("aña", year) stays.
_FOLDED = str.maketrans("áàéèíìóòúùüÁÀÉÈÍÌÓÒÚÙÜ", "aaeeiioouuuAAEEIIOOUUU")
# Its verbs, with their English and their English past: read with the tense marks before them.
_VERBS: dict[str, tuple[str, str]] = {
    "bisa": ("say", "said"), "hasi": ("do", "did"), "firma": ("sign", "signed"),
    "manda": ("send", "sent"), "bai": ("go", "went"), "bini": ("come", "came"),
    "deporta": ("deport", "deported"), "aresta": ("arrest", "arrested"),
    "kontrata": ("hire", "hired"), "emplea": ("hire", "hired"), "paga": ("pay", "paid"),
    "kambia": ("change", "changed"), "anuncia": ("announce", "announced"),
    "anunsia": ("announce", "announced"), "publica": ("publish", "published"),
    "publika": ("publish", "published"), "skirbi": ("write", "wrote"),
    "kere": ("believe", "believed"), "kier": ("want", "wanted"), "pone": ("put", "put"),
    "yuda": ("help", "helped"), "tuma": ("take", "took"), "haña": ("get", "got"),
    "mira": ("see", "saw"), "keda": ("stay", "stayed"), "biba": ("live", "lived"),
    "kuminsa": ("start", "started"), "cuminsa": ("start", "started"), "termina": ("end", "ended"),
    "kansela": ("cancel", "canceled"), "splika": ("explain", "explained"),
    "kontesta": ("answer", "answered"), "papia": ("speak", "spoke"), "puntra": ("ask", "asked"),
    "pidi": ("ask", "asked"), "warda": ("wait", "waited"), "yega": ("arrive", "arrived"),
    "subi": ("rise", "rose"), "baha": ("drop", "dropped"), "kita": ("remove", "removed"),
    "saka": ("release", "released"), "sinti": ("feel", "felt"), "tene": ("have", "had"),
    "traha": ("work", "worked"), "bula": ("fly", "flew"), "protesta": ("protest", "protested"),
    "kritika": ("criticize", "criticized"), "promete": ("promise", "promised"),
    "priminti": ("promise", "promised"), "tuit": ("tweet", "tweeted"),
    "pasa": ("happen", "happened"), "sosode": ("happen", "happened"), "uza": ("use", "used"),
    "plania": ("plan", "planned"), "drenta": ("enter", "entered"), "bende": ("sell", "sold"),
    "kumpra": ("buy", "bought"), "kosta": ("cost", "cost"), "konta": ("count", "counted"),
    "okupa": ("handle", "handled"), "trata": ("treat", "treated"), "blokia": ("block", "blocked"),
    "bloka": ("block", "blocked"), "lanza": ("launch", "launched"),
}  # fmt: skip
_VERB = "|".join(sorted(_VERBS, key=len, reverse=True))
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        # Greetings and thanks, which ask nothing.
        (r"bon (?:dia|tardi|nochi|bini)[\s,.!]*(?=\w)", ""),
        (r"bon (?:dia|tardi|nochi|bini)", ""),
        (r"(?:por|pa) fa[bv]or", ""),
        (r"masha danki|danki hopi|danki", ""),
        # A name, not "who": "ken cuccinelli".
        (r"ken (?=cuccinelli)", ""),
        # The question words of two words.
        (r"ki (?:ora|tempu)|kwan tempu", "when"),
        (r"(?:kuantu|cuantu|kwantu) tempu", "how long"),
        # "kuantu" is how many, and how much when it asks what a thing costs ("kuantu all the new
        # personnel gonna cost?", "kuantu plaka").
        (
            r"(?:kuantu|cuantu|kwantu)"
            r"(?= plaka\b|[^?.!]*\b(?:cost|costs|kosta|money|spend|paid)\b)",
            "how much",
        ),
        (r"ki a[ñn]a", "what year"),
        (r"ki dia", "what day"),
        (r"ki (?:luna|mes)", "what month"),
        (r"ki hende", "who"),
        (r"ki (?:kos|cos|sorto)", "what"),
        (r"pa ki motibu|pa ki(?:ko|co)?", "why"),
        (r"ki kaminda", "where"),
        (r"si (?:or|of|o) no", "or not"),
        (r"ta (?:berdat|verdad|true)(?: ku| cu| that)?", "is it true that"),
        # A yes-or-no question begun with "ta": "ta normal for a president to announce raids".
        (
            r"^ta (?=(?:normal|legal|posibel|possible|true|real|korekto|correct|right|bon|bad"
            r"|good|safe|fair|ilegal|illegal|okay|ok|tru)\b)",
            "is it ",
        ),
        # The question word and "ta" (is, are), "tabata" (was) after it: "ken ta e acting
        # director", who is the acting director.
        (r"(kiko|kico|ken|unda|unde|kua|kual|cual|kon|con) ta e", r"\1 is the"),
        (r"(kiko|kico|ken|unda|unde|kua|kual|cual|kon|con) tabata e", r"\1 was the"),
        # Its own nouns made plural, read whole below ("e hende nan", the people); the story's
        # English ones with an "s" ("e memo nan", the memos), whatever follows; "nan" alone after
        # a noun below.
        (
            r"(hende|famia|mucha|regla|redada|solda|ofisial|agente|kas|aña|lei|pais|migrante"
            r"|inmigrante|deportashon|kos|cos|ruman|yu) ?nan",
            r"\1nan",
        ),
        (r"e ([^\W\d_]+) nan", r"the \1s"),
        # "el" and "e" as he, she, it: before a tense mark, not "El Paso" nor "e memo".
        (r"(?:el|e) (?=(?:a|ta|tabata|lo|no|por|mester|sa)\b)", "he "),
        (r"lo el", "will he"),
        (r"lo e(?= (?!(?:a|ta|the)\b))", "will it"),
        (r"lo nan", "will they"),
        # "nan" after a noun makes it plural ("e memo nan", the memos); before a tense mark, or
        # after a question word, it is "they" ("kiko nan a bisa", what they said).
        (
            r"(?!(?:kiko|kico|ken|unda|unde|dikon|dicon|pakiko|kuantu|cuantu|kon|con|kua|kual"
            r"|cual|ki|when|why|how|what|where|who|which)\b)([^\W\d_]{3,}) nan"
            r"(?! (?:a|ta|tabata|lo|no|por|mester|sa)\b)",
            r"\1s",
        ),
        # The tense marks before a verb: "el a bisa" (he said), "nan ta bai" (they are going),
        # "lo e kambia" (will it change).
        *((rf"(?:a|tabata) {verb}", past) for verb, (_, past) in _VERBS.items()),
        *((rf"lo {verb}", f"will {english}") for verb, (english, _) in _VERBS.items()),
        (rf"(?:ta|sa) (?=(?:{_VERB})\b)", ""),
        (rf"pa (?=(?:{_VERB})\b)", "to "),
        # "ku" after saying is "that" ("el a bisa ku", he said that), else "with".
        (r"(said|say|says|promised|promise|believe|know|knew) (?:ku|cu)", r"\1 that"),
        # "ta" after a plural: "kuantu immigrants ta in the us", how many are in the US.
        (r"([^\W\d_]{3,}s) ta(?= (?!(?:a|the|e|un)\b))", r"\1 are"),
        (r"ta (?=(?:they|he|she|it|we|you|i|nan|el|bo|nos|mi)\b)", "is "),
        (r"no ta", "is not"),
        (r"no a", "did not"),
        (r"sin papel(?:nan)?|sin dokumento(?:nan)?", "undocumented"),
        (r"guardia nashonal", "National Guard"),
        (r"kas(?:a)? blanku", "White House"),
        (r"den henter pais|den henter e pais", "nationwide"),
        (r"poko poko", "slowly"),
        (r"mas o menos", "about"),
        (r"siman aki|e siman aki", "this week"),
        (r"(?:e )?aña aki", "this year"),
        (r"aña pasa", "last year"),
        (r"mesora|mesora mes", "right away"),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "kiko": "what", "kico": "what", "ken": "who", "unda": "where", "unde": "where", "dikon": "why",
    "dicon": "why", "pakiko": "why", "pakico": "why", "kuantu": "how many", "cuantu": "how many",
    "kwantu": "how many", "cuanto": "how many", "kua": "which", "kual": "which", "cual": "which",
    "kon": "how", "con": "how", "ki": "what", "kwando": "when", "ora": "when",
    # Particles, prepositions, pronouns and the asker's family.
    "ta": "is", "tabata": "was", "e": "the", "un": "a", "nan": "they", "mi": "my", "bo": "you",
    "boso": "you", "nos": "we", "su": "their", "el": "he", "si": "if", "tambe": "also",
    "awor": "now", "ayera": "yesterday", "mañan": "tomorrow", "lo": "will", "por": "can",
    "tin": "have", "mester": "must", "di": "of", "ku": "with", "cu": "with", "pa": "for",
    "den": "in", "riba": "on", "na": "in", "despues": "after", "prome": "first", "tur": "all",
    "mas": "more", "tokante": "about", "tocante": "about", "sobre": "about",
    "segun": "according to", "pero": "but", "o": "or", "esaki": "this", "esei": "that", "ei": "",
    "aki": "here", "einan": "there", "ainda": "still", "djis": "just", "semper": "always",
    "nunka": "never", "hopi": "many", "tiki": "few", "algo": "something", "nada": "nothing",
    "ningun": "no", "kasi": "almost", "awe": "today", "kada": "each", "otro": "other",
    "nobo": "new", "grandi": "big", "chiki": "small", "bon": "good", "malu": "bad",
    "berdat": "true", "mentira": "lie", "wela": "grandma", "welo": "grandpa", "tanta": "aunt",
    "tio": "uncle", "primu": "cousin", "prima": "cousin", "ruman": "sibling", "tata": "dad",
    "mama": "mom", "yu": "child", "yiu": "child", "amigu": "friend", "bisiña": "neighbor",
    # Verbs with no tense mark before them.
    **{verb: english for verb, (english, _) in _VERBS.items()},
    "sa": "know",
    # The story's words.
    "hende": "people", "hendenan": "people", "famia": "family", "famianan": "families",
    "mucha": "children", "muchanan": "children", "polis": "police", "lei": "law", "leinan": "laws",
    "mural": "wall", "muraya": "wall", "grens": "border", "frontera": "border",
    "gobierno": "government", "presidente": "president", "merka": "the US", "merikano": "American",
    "mehikano": "Mexican", "meksiko": "Mexico", "mexico": "Mexico", "pais": "country",
    "paisnan": "countries", "deportashon": "deportations", "deportacion": "deportations",
    "deportashonnan": "deportations", "inmigrante": "immigrants", "inmigrantenan": "immigrants",
    "migrante": "migrants", "migrantenan": "migrants", "regla": "rule", "reglanan": "rules",
    "reglamento": "rules", "maneho": "policy", "areglo": "rule", "karta": "memo", "trabou": "work",
    "trabao": "work", "kas": "home", "kasnan": "homes", "korte": "court", "hues": "judge",
    "abogado": "lawyer", "aña": "year", "añanan": "years", "dia": "day", "luna": "month",
    "siman": "week", "mion": "million", "miyon": "million", "miedu": "fear", "redada": "raid",
    "redadanan": "raids", "solda": "soldier", "soldanan": "soldiers", "militar": "military",
    "ofisial": "official", "ofisialnan": "officials", "oficial": "official", "agente": "agent",
    "agentenan": "agents", "prioridat": "priority", "kriminal": "criminal", "promesa": "promise",
    "kampaña": "campaign", "bishita": "visit", "reunion": "meeting", "noticia": "news",
    "korant": "newspaper", "numero": "number", "nomber": "name", "meta": "goal", "kos": "thing",
    "kosnan": "things", "cos": "thing", "cosnan": "things", "rumannan": "siblings",
    "yunan": "children", "kantidat": "number", "kosto": "cost", "plaka": "money",
}  # fmt: skip
# Words that are Papiamento beyond doubt: one of them is enough ("ken said this will not happen
# tomorrow", "unda they raiding the families?"). Not "ken" before a surname, Ken Cuccinelli.
_SURE = word_set(
    """
    kiko kico ken unda dikon dicon pakiko pakico kuantu cuantu kwantu danki awor ayera tambe
    hende hendenan famia famianan tabata esaki esei ruman welo muchanan mañan tokante tocante
    deportashon inmigrantenan reglanan mehikano merikano nochi tardi fabor aña
    """
)
# ... words that are Papiamento alone but seldom asked with, or in another language a word
# now and then ("bisa", can, in Indonesian; not "tuit", tweet, which Spanish has too): one of
# these and another Papiamento word.
_MARKERS = word_set(
    """
    bisa mester boso muraya kua kual tur hopi nobo berdat einan djis hasi skirbi puntra haña
    kier bini yega sosode kuminsa cuminsa kambia motibu
    """
)
# The short words it shares with Spanish, Portuguese, Creole and English, which alone mark
# nothing ("mi tio", "si o no" are Spanish; "kon", which, is Bengali and Gujarati; "tin" is
# Vietnamese). Not "lo", which Telugu has, nor "a" and "no", which English has.
_WEAK_MARKERS = word_set(
    """
    ta e mi si un su por ki nos di ku pa el cual cuanto unde nan bo tata tio primu prima
    tanta wela polis lei mucha con kon tin
    """
)
# Words of Cape Verdean Kriolu alone: its "kuantu" and "ki dia" are Papiamento's too.
_KRIOLU = word_set(
    """
    nha kel kes dja sta staba genti txeu fidju pamodi kenha undi kantu novu kre bira faze odja
    dipos mudansa prizidenti verdadi es
    """
)
# What is not its question word: "ken" typed as a name ("Ken Cuccinelli") or as Scots' know
# ("did they even ken what trump meant"), and Telugu's "unda?" (is there), which ends its
# questions where Papiamento's begins them.
_NOT_ASKING = lazy_compile(
    r"\b(?i:ken)\s+(?:(?i:cuccinelli)|[A-Z][a-z]+|(?i:what|who|where|how|why|when|if|whether)\b)"
    r"|\bunda\W*$"
)
# Its question words of two words: "ki ora" (when), "ki dia" (what day), "ki aña" (what year).
# A yes-or-no question begun with "ta" (is it): "ta normal for a president to announce raids".
# And "kon" (how) before an English verb or pronoun ("kon did dhs put the memos out"), where
# Bengali's and Gujarati's "kon" (which, who) is not: not at the end, where theirs and Korean's
# "gee kon" (how many) are.
_ASKS = lazy_compile(
    r"\bki (?:ora|dia|a[ñn]a|luna)\b|^ta (?:normal|legal|posibel|possible|true|real|korekto"
    r"|correct|right|bad|good|safe|fair|ilegal|illegal|okay|ok|berdat)\b"
    r"|\bkon (?:did|does|do|is|are|was|were|they|he|she|we|you|can|could|will|would"
    r"|should)\b",
    re.IGNORECASE,
)
# A clause that asks in English, after the one that tells: "..., is that a priority now?".
_ASKS_IN_ENGLISH = lazy_compile(
    r"[,;?.!]\s*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b",
    re.IGNORECASE,
)
# "ki dia ki", "ken ki": Kriolu's question words, a "ki" after them (Papiamento's is "ku"); and
# its "tx" ("txoma", call; "txiga", arrive), which Papiamento spells "ch".
_KRIOLU_ASKS = lazy_compile(r"\b(?:ki \w+|ken|kiko|kuantu|unda) ki\b|\btx[aeiou]", re.IGNORECASE)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Papiamento; otherwise `text` itself."""
    folded = text.translate(_FOLDED)
    said = [w.lower() for w in WORD.findall(_NOT_ASKING.sub(" ", folded))]
    if not _KRIOLU.isdisjoint(said) or _KRIOLU_ASKS.search(folded):
        return text
    strong = len(_MARKERS.intersection(said))
    marking = 2 * strong + len(_WEAK_MARKERS.intersection(said))
    if _SURE.isdisjoint(said) and _ASKS.search(folded) is None and not (strong and marking >= 3):
        return text
    read = read_word_for_word(folded, _PHRASES, _WORDS)
    if _ASKS_IN_ENGLISH.search(folded):
        # "mi ruman overstayed a visa, is that a priority now?": it asks in English already.
        return read.removeprefix("is it true that ")
    return read
