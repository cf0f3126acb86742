"""Swahili and Sheng questions, read as the English the rest of the engine reads.

Kenyan and Tanzanian nurses, drivers and students write Swahili, or Nairobi's Sheng, with the
story's English words between ("kelly alisema nini in mexico about mass deportations", what did
Kelly say in Mexico about mass deportations; "ile draft ya national guard ilikuwa ya troops
ngapi", how many troops the National Guard draft had). Its word order is close to English, so
the question is read word for word, as `punjabi` reads one, but for three things. A verb carries
its subject and tense before its root ("a-li-sema", he said; "wa-ta-treat-iwa", they will be
treated), and the root is often an English verb ("alipromise", he promised; "kudeportiwa", to be
deported): the prefixes go, "ta" reads as "will", and an English root is kept without its passive
ending. Some words follow what they ask about ("troops ngapi", how many troops; "siku gani",
which day; "cousin yangu", my cousin), and are put before it. And "ni kweli" (is it true), "kwa
nini" (why) and "kina nani" (who) are read whole. A question is read so only when it has two
Swahili words ("nini", "alisema", "kuhusu", "ngapi"): "na", "ni", "ya" and "ama" are Tagalog,
Spanish or Indonesian too.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# A word that is not a verb with its subject and tense ("zilikuwa"), nor one that joins.
_NOT_A_VERB = r"(?!(?:ni|kwa|na|ya)\b|(?:a|wa|i|zi|ki|u|li|ya)(?:li|na|ta|me|ki|nge))"
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (r"(?:ipi|gani|which one|which) ni kweli", "which one is true"),
        (
            r"ni kweli(?: hii)?(?: sasa)?(?: ama| au)?(?: (?:wanatubeba|wanatudanganya|ni uongo"
            r"|ni story(?: tu)?|ni fake|ni forward(?: tu)?|vipi|aje))?(?=\s*[?.!]|\s*$)",
            "is it true",
        ),
        (r"(?:hakutakuwa|hakutakua) na", "there will be no"),
        (r"(?:kulikuwa|kulikua) na", "there was"),
        (r"kuna", "there is"),
        (r"ni kweli(?: kwamba| kuwa)?", "is it true that"),
        (r"kwa nini", "why"),
        (r"kina nani", "who"),
        (r"kiasi gani", "how much"),
        (r"muda gani", "how long"),
        (r"mara ngapi", "how often"),
        (r"mara moja", "at once"),
        (r"pole pole", "slowly"),
        (r"kwa wingi", "en masse"),
        (r"peke (?:yake|yao|yako)", "alone"),
        (r"(?:ako|yuko|wako|ana|wana|iko|ziko|ina|niko) na", "has"),
        (r"kabla ya", "before"),
        (r"kati (?:yao|yetu|yenu)", "among them"),
        (r"baada ya", "after"),
        (r"juu ya", "about"),
        (r"kati ya", "among"),
        (r"sawa na", "the same as"),
        (r"wakati huo", "at the time"),
        (r"saa hii", "right now"),
        (r"chini kabisa", "lowest"),
        (r"juu kabisa", "highest"),
        (r"ama ni (?:forward|uongo|fake)(?: tu)?", "or fake"),
        (r"(?:ama|au) (?:vipi|aje|namna gani)(?=\s*[?.!]|\s*$)", "or not"),
        # What follows what it asks about, put before it: "troops ngapi", "siku gani".
        (
            r"^([^?]+?) (?:zilikuwa|zilikua|walikuwa|yalikuwa|ilikuwa) (?:wa|za|ya|mi|ma)?ngapi",
            r"how many \1 were there",
        ),
        (r"nifanye nini", "what should I do"),
        # (Not a verb before: "deportations za 2017 zilikuwa ngapi", how many were there.)
        (rf"{_NOT_A_VERB}([^\W\d_]+) (?:wa|za|ya|mi|ma)?ngapi", r"how many \1"),
        (rf"{_NOT_A_VERB}([^\W\d_]+) gani", r"which \1"),
        (r"([^\W\d_]+) (?:yangu|wangu|zangu|changu)", r"my \1"),
        (r"([^\W\d_]+) (?:yake|wake|zake|chake)", r"his \1"),
        (r"([^\W\d_]+) (?:yao|wao|zao|chao)", r"their \1"),
        (r"([^\W\d_]+) (?:mpya|wapya|mapya)", r"new \1"),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words ("je" asks yes or no, as "do" does).
    "nini": "what", "nani": "who", "lini": "when", "wapi": "where", "ngapi": "how many",
    "wangapi": "how many", "gani": "which", "ipi": "which", "aje": "how", "vipi": "how",
    "je": "", "kama": "if", "ama": "or", "au": "or", "ndio": "yes", "hapana": "no",
    # Particles, pronouns and the words that join.
    "aende": "should go", "ajifiche": "should hide", "kwenda": "go", "kuliko": "than", "ambao": "who", "ambaye": "who", "ambayo": "which",
    "ambazo": "which", "fulani": "some", "kawaida": "normal", "ajabu": "strange",
    "lazima": "must", "kwanza": "first", "mwenyewe": "himself", "mbaya": "bad",
    "ni": "is", "si": "not", "sio": "not", "siyo": "not", "na": "and", "kwa": "", "ya": "of",
    "wa": "of", "za": "of", "la": "of", "cha": "of", "vya": "of", "kwenye": "in",
    "katika": "in", "kuhusu": "about", "tangu": "since", "mpaka": "until", "hadi": "until",
    "hii": "this", "hizi": "these", "hiyo": "that", "hizo": "those", "huyo": "that",
    "ile": "that", "zile": "those", "wale": "those", "huo": "that", "hicho": "that",
    "bado": "still", "tu": "just", "pia": "also", "lakini": "but", "kumbe": "", "ati": "",
    "sasa": "", "manze": "", "msee": "", "wasee": "", "buda": "", "maze": "", "bana": "",
    "hata": "even", "hao": "those", "haswa": "exactly", "kweli": "really", "huko": "in", "hapa": "here", "tena": "again",
    "sana": "very", "kidogo": "a little", "yangu": "my", "wangu": "my", "yake": "his",
    "wake": "his", "yao": "their", "wao": "they", "mimi": "I", "yeye": "he", "sisi": "we",
    "wengi": "most", "nyingi": "many", "wengine": "others", "zingine": "some", "wote": "all",
    "yote": "all", "zote": "all", "kila": "every", "mwishowe": "in the end",
    "zamani": "old", "tofauti": "different", "haraka": "quickly", "kabisa": "at all",
    # Verbs the prefixes were taken from, or that are read whole.
    "alikuwa": "was", "walikuwa": "were", "ilikuwa": "was", "zilikuwa": "were",
    "kulikuwa": "there was", "kuna": "there is", "hakuna": "there is no", "ana": "has",
    "wana": "have", "ina": "has", "iko": "is", "ako": "is", "wako": "are", "ziko": "are",
    "yuko": "is", "hawana": "do not have", "haina": "does not have", "hawawezi": "cannot",
    "hawezi": "cannot", "haiwezi": "cannot", "hakutakuwa": "there will be no",
    "akasema": "said", "akisema": "saying", "kutokeep": "not keep",
    # The story's words.
    "watu": "people", "mtu": "person", "watoto": "children", "mtoto": "child",
    "wazazi": "parents", "mzazi": "parent", "familia": "families", "jeshi": "military",
    "askari": "soldiers", "polisi": "police", "nchi": "country", "mwaka": "year",
    "miaka": "years", "mwezi": "month", "siku": "day", "wiki": "week", "tarehe": "date",
    "asubuhi": "morning", "jioni": "evening", "usiku": "night", "kitu": "thing",
    "jina": "name", "majina": "names", "serikali": "government", "rais": "president",
    "sheria": "law", "kazi": "work", "pesa": "money", "gharama": "cost", "ukuta": "wall",
    "kanisa": "church", "kanisani": "in church", "mahakama": "court", "maswali": "questions",
    "swali": "question", "muda": "time", "asilimia": "percent", "idadi": "number",
    "moja": "one", "mmoja": "one", "mbili": "two", "elfu": "thousand", "milioni": "million",
    "mamilioni": "millions", "wakimbizi": "refugees", "wahamiaji": "immigrants",
    "uhamisho": "deportation", "hofu": "fear", "uongo": "lie", "ukweli": "truth",
    "mpakani": "at the border", "manyumba": "homes", "nyumba": "homes", "ishara": "sign",
    "msimamo": "stance", "rafiki": "friend", "mama": "mother", "baba": "father",
    "kaka": "brother", "dada": "sister", "mdogo": "younger sibling",
}  # fmt: skip
# Verb roots, by themselves or after the prefixes ("a-li-sema"), and their passives.
_ROOTS: dict[str, str] = {
    "sema": "say", "ambia": "tell", "ita": "call", "itwa": "called", "andika": "write",
    "toa": "issue", "toka": "come out", "tokea": "happen", "achiliwa": "released",
    "anza": "start", "isha": "end", "fanya": "do", "fanyika": "happen", "enda": "go",
    "kuja": "come", "ja": "come", "ona": "see", "onekana": "appear", "jua": "know",
    "elewa": "understand", "weza": "can", "taka": "want", "takiwa": "supposed",
    "panga": "plan", "shika": "arrest", "shikwa": "arrested", "kamata": "arrest",
    "kamatwa": "arrested", "rudisha": "send back", "rudishwa": "sent back",
    "fukuza": "deport", "fukuzwa": "deported", "ajiri": "hire", "ajiriwa": "hired",
    "ongeza": "increase", "punguza": "reduce", "tumia": "use", "tumiwa": "used",
    "tuma": "send", "saidia": "help", "kubali": "agree", "kataa": "refuse",
    "tangaza": "announce", "ahidi": "promise", "ogopa": "fear", "danganya": "lie",
    "ishi": "live", "zaliwa": "born", "kaa": "stay", "ingia": "enter", "pata": "get",
    "lipa": "pay", "jenga": "build", "badilisha": "change", "badilika": "change",
    "zuia": "block", "onya": "warn", "kosoa": "criticize", "uliza": "ask", "jibu": "answer",
    "kufa": "die", "pita": "pass", "fika": "arrive", "ongea": "speak", "chukua": "take",
    "leta": "bring", "kusudiwa": "intended", "tarajiwa": "expected", "fuata": "follow",
    "amua": "decide", "jaribu": "try", "timiza": "fulfill", "jitetea": "defend",
    "tetea": "defend", "kimbilia": "flee to", "ficha": "hide", "jificha": "hide",
    "acha": "stop", "sita": "hesitate", "maanisha": "mean", "elekezwa": "aimed",
    "hamisha": "move", "beba": "carry", "kumbuka": "remember", "sahau": "forget",
    "chelewa": "be delayed", "endelea": "continue", "kutana": "meet", "tembelea": "visit",
    "saini": "sign", "sainiwa": "signed", "kuwa": "be", "wa": "be", "ua": "kill",
    "lazimisha": "force", "tumika": "be used", "andamana": "accompany", "shinda": "win",
    "maliza": "end", "sikia": "hear", "skia": "hear", "sababisha": "cause", "wahi": "ever", "ondoka": "leave", "ingiza": "bring in",
    "ingizwa": "brought in", "ngoja": "wait", "subiri": "wait", "tulia": "calm down", "kubaliana": "agree",
    "chukuliwa": "taken", "pewa": "given", "patia": "give", "fukuzia": "deport",
}  # fmt: skip
# A verb: its subject (or "ku", to) and tense, then its root: "alisema", "wakiinsist",
# "itaroll", "kudeportiwa", "zimekusudiwa".
# (Not English words that look like one: "a-me-ricans", "a-na-lysis", "u-na-ware".)
_VERB = lazy_compile(
    r"(?!americ|amend|analy|anarch)(?:(?:a|wa|i|zi|ki|vi|li|ya|tu|ni|m|mu)"
    r"(?P<tense>li|na|ta|me|nge|ka|ki|sha)|ku)(?P<root>[a-z]{2,})",
    re.IGNORECASE,
)
_TENSES = {"ta": "will ", "nge": "would "}
_PASSIVE = lazy_compile(r"(?:iwa|ewa|(?<=[^aeiou])wa)$")
# Words that are Swahili or Sheng alone (not "na", "ni", "ya", "ama", "wapi").
_MARKERS = word_set(
    """
    nini nani lini ngapi wangapi gani aje vipi kweli hizi hiyo hizo kuhusu kwa alisema
    walisema ilikuwa zilikuwa alikuwa walikuwa kulikuwa kabla baada wakati lakini sana watu
    mtu yangu wangu msee wasee manze kina ile zile kama hakuna kuna hawana haina iko wako
    ziko mwishowe nchi mwaka siku tarehe watoto familia jeshi inasema wanasema sasa hii wapi
    lini nani ambao ambayo kuliko kwenda haraka
    """
)


def _verb(match: re.Match[str]) -> str:
    """Return the word read as English: from the table, or as a verb's root once its subject
    and tense are off ("alisema", said; "itaroll", will roll), or as typed."""
    word = match[0]
    if word.lower() in _WORDS:
        return _WORDS[word.lower()]
    verb = _VERB.fullmatch(word)
    if verb is None:
        return word
    root = verb["root"].lower()
    english = _ROOTS.get(root)
    if english is None:
        unpassive = _PASSIVE.sub("", root)
        english = _ROOTS.get(unpassive, unpassive if len(unpassive) >= 3 else word)
    return _TENSES.get(verb["tense"] or "", "") + english


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Swahili; otherwise `text` itself."""
    said = [w.lower() for w in WORD.findall(text)]
    verbs = sum(w not in _WORDS and _VERB.fullmatch(w) is not None for w in said)
    if len(_MARKERS.intersection(said)) + verbs < 2:
        return text
    read = text
    for phrase, english in _PHRASES:
        read = phrase.sub(english, read)
    return read_word_for_word(WORD.sub(_verb, read), (), {})
