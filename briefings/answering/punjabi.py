"""Punjabi questions typed in Latin letters, read as the English the rest of the engine reads.

Punjabi truckers, farmworkers and their families write Punjabi with the story's English words
between ("kelly ne mexico ch mass deportation bare ki kiha si", what did Kelly say in Mexico
about mass deportation; "national guard wale draft ch kinne troops lagaune si?", how many troops
the National Guard draft would use). Its word order puts the verb last and the postpositions
after their nouns ("mexico ch", in Mexico; "kelly de naal", with Kelly), and it asks with its own
question words ("ki" what, "kehda" which, "kithe" where, "kado" when, "kinne" how many) or, for
yes or no, with none ("national guard ne kade immigrants nu arrest kita pehla?"). This reads the
question word for word as English: the question words and the story's words become English ones,
the postpositions and auxiliaries that carry nothing go, and a question with no question word is
asked whether it is true. A question is read so only when it has two words that are Punjabi
alone ("ch", "naal", "kiha", "kehnde"): "ki", "ke", "si" and "te" are Hindi, Spanish or English
too, and Hindi and Urdu questions are read by `hindi`.
"""

from __future__ import annotations

import re

from briefings.answering.tagalog import closed_up, phrase_table
from briefings.patterns import LazyPattern, lazy_compile
from briefings.retrieval import word_set

# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (r"ke (?:ni|nahi|nahin)", "or not"),
        (r"ki (?:ni|nahi|nahin)(?=\s*\?*\s*$)", "or not"),
        (r"kinna chir", "how long"),
        (r"kinne (?:ku|kú)", "about how many"),
        (r"kiho (?:jeha|jehi|jehe)", "what kind of"),
        (r"(?:sab|sabh) (?:to|ton) (?:zyada|vadh)", "most"),
        (r"(?:to|ton) (?:pehla|pehlan|pehle)", "before"),
        (r"(?:to|ton) baad", "after"),
        (r"hauli hauli", "slowly"),
        (r"ik dum", "at once"),
        (r"aam gal", "common"),
        (r"wapis (?:layi|lai|lei)", "withdrew"),
        (r"(?:pichhe|piche) (?:hatna|hateya|hatya|hat)", "back off"),
        (r"tane (?:marda|marde|mare)", "criticized"),
        (r"main main", "main"),
        (r"haan ji", ""),
        (r"bhul (?:gya|gaya|gea)", "forgot"),
        (r"keh (?:reha|rahe|rahi)", "saying"),
        (r"dass de", "tell"),
        (r"(?:kar|kr) (?:dita|ditta|diti|ditti|ditte)", "did"),
        (r"do (?=(?:hafte|saal|saalan|din|mahine)\b)", "two "),
        (r"kithe kithe", "where"),
        (r"baad (?:ch|vich)", "later"),
        (r"hun (?:vi|tak)", "still now"),
        (r"(?:ajj|aj) kal", "these days"),
        (r"(?:to|ton) (?=(?:aayi|aaya|aaye|aunde|aya)\b)", "from "),
        (r"le ke", "over"),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "ki": "what", "kehda": "which", "kehde": "which", "kehdi": "which", "kihda": "which",
    "kis": "which", "kise": "which", "kisne": "who", "kihne": "who", "kinhe": "who",
    "kaun": "who", "kithe": "where", "kitthe": "where", "kado": "when", "kadon": "when",
    "kinne": "how many", "kinni": "how many", "kinniyan": "how many", "kinna": "how many",
    "kinnu": "whom", "kiven": "how", "kivein": "how", "kidaan": "how", "kiddan": "how",
    "kyon": "why", "kyun": "why", "kyu": "why", "kade": "ever",
    # Postpositions, auxiliaries, pronouns and particles, which carry nothing here.
    "ne": "", "nu": "", "da": "", "di": "", "de": "", "diyan": "", "dian": "", "ch": "in",
    "vich": "in", "naal": "with", "nal": "with", "layi": "for", "lai": "for", "bare": "about",
    "baare": "about", "kol": "has", "aa": "is", "si": "was", "san": "were", "hou": "will",
    "hoya": "", "hoye": "", "hoyi": "", "hoi": "", "hon": "", "hona": "", "hone": "",
    "hunda": "", "hundi": "", "hunde": "", "ke": "or", "te": "and", "eh": "this",
    "oh": "that", "ehna": "these", "ohna": "they", "ohde": "its", "ehde": "its", "ohnu": "them",
    "ehnu": "this", "apni": "own", "apne": "own", "apna": "own", "mere": "my", "mera": "my",
    "meri": "my", "sanu": "us", "saade": "our", "sade": "our", "paaji": "", "bai": "", "ji": "",
    "yaar": "", "sachi": "really", "wala": "", "wali": "", "wale": "", "walean": "",
    "waleyan": "", "gal": "", "galan": "points", "gallan": "points", "jo": "who",
    "jehna": "those who", "jinna": "those who", "jehde": "which", "jisne": "who", "vi": "also",
    "hor": "more", "koi": "any", "kuch": "some", "sab": "all", "sare": "all", "sara": "whole",
    "saria": "all", "ik": "one", "dono": "both", "hun": "now", "pehla": "before",
    "pehlan": "before", "pehli": "first", "baad": "after", "ithe": "here", "uthe": "there",
    "ni": "not", "nahi": "not", "na": "not", "ta": "", "tak": "until",
    # Verbs.
    "kiha": "said", "keha": "said", "kahi": "said", "kehna": "say", "kehnda": "says",
    "kehnde": "say", "kehndi": "says", "boli": "said", "boleya": "said", "bolya": "said",
    "dita": "gave", "ditta": "gave", "diti": "gave", "ditti": "gave", "dinde": "gave",
    "kita": "did", "kiti": "did", "kite": "did", "karde": "do", "kardi": "does",
    "karda": "does", "karna": "", "karan": "", "karni": "", "karange": "will",
    "karu": "will", "karenge": "will", "sakde": "can", "sakdi": "can", "sakda": "can",
    "dasso": "tell", "daso": "tell", "dass": "tell", "dasya": "told", "dasna": "tell",
    "likhya": "wrote", "chhapya": "published", "aaya": "came", "aayi": "came",
    "aaun": "came", "aunde": "come", "gaya": "went", "gaye": "", "gayi": "", "jaan": "going",
    "shuru": "start", "kadhan": "deport", "kadhna": "deport", "kadde": "deport",
    "kadya": "issued", "kadhe": "issued", "kadhiya": "issued", "bhejna": "send",
    "bhej": "send", "bhejne": "send", "dengay": "will send", "rakhan": "hire", "rakhne": "hire",
    "rokan": "block", "rokna": "stop", "fadna": "arrest", "fadhe": "arrested",
    "fadan": "arrest", "hataya": "pulled", "lagaune": "use", "lagaun": "use",
    "lagaunge": "use", "vartya": "used", "vartange": "use", "mileyan": "got", "mil": "got",
    "jamya": "born", "rehnde": "live", "rehya": "remained", "chahidi": "should",
    "chahida": "should", "chahunde": "wanted", "chahunda": "wanted", "pau": "affect",
    "aau": "will come", "sunya": "heard", "lukaye": "hide", "samjhaun": "explain",
    "wadhaunge": "increase", "wadhi": "widened", "jhijakdi": "reluctant", "badalde": "changed",
    "puchde": "asks", "puchda": "asks", "puchdi": "asks", "chukk": "raise", "marda": "hit",
    "hataun": "remove", "ghataun": "reduce", "baithange": "sit",
    # The story's words.
    "sarkar": "government", "akhbar": "newspaper", "shabad": "word", "banda": "person",
    "bande": "people", "banday": "people", "lok": "people", "lokan": "people", "bache": "children",
    "bacha": "child", "pyo": "father", "munda": "son", "kudi": "daughter", "ghar": "homes",
    "gharan": "homes", "mulk": "country", "jahaz": "planes", "roz": "daily", "din": "day",
    "saal": "year", "mahine": "month", "mahina": "month", "hafte": "week", "raat": "night",
    "savere": "morning", "shaam": "evening", "kanoon": "law", "fauj": "army", "darr": "fear",
    "gussa": "anger", "navein": "new", "naveen": "new", "nawein": "new", "purana": "former",
    "vadda": "senior", "vadde": "senior", "zyada": "more", "jaldi": "quickly",
    "seedha": "directly", "pakka": "decided", "aukha": "hard", "aam": "common",
    "dosti": "friendship", "nindya": "criticized", "saza": "punish", "nuksan": "harm",
    "asar": "affect", "haal": "mood", "mahaul": "mood", "tyari": "preparation",
    "waade": "promises", "pure": "kept", "ethraaz": "objection", "bharosa": "assurance",
    "safai": "explanation", "koshish": "effort", "pata": "know", "samajh": "understand",
    "manzoori": "approval", "hazar": "thousand", "lakh": "100,000", "sach": "true",
    "asli": "real", "kam": "work", "kami": "shortage", "bayan": "statement", "naam": "name",
    "jawab": "answer", "sawal": "question", "mudda": "issue", "maksad": "purpose",
    "andar": "interior", "gharon": "homes", "dooji": "another", "paase": "side",
    "jikar": "mention", "dhyan": "attention", "ginti": "number", "chukya": "already",
    "dekhya": "saw", "kiska": "whose", "kisde": "whose", "bania": "happened", "fir": "again",
    "reha": "", "rahe": "", "rahi": "", "layak": "eligible", "hougi": "will", "hi": "",
    "mulkan": "countries", "laya": "imposed", "aalochna": "criticism", "ulajhi": "stuck",
    "tikya": "stuck to", "khatam": "end", "bharti": "hire", "kharcha": "cost",
    "painda": "must", "paingiyan": "must", "lagu": "implemented", "lagda": "applied",
    "saalan": "years", "naalo": "than", "akhri": "last", "alag": "different", "ghat": "fewer",
    "ghatt": "fewest", "gayian": "", "navi": "new", "navan": "new", "bana": "make",
    "bilkul": "entirely", "badlan": "change", "majboor": "pushed", "rishtedaran": "relatives",
    "chhadan": "release", "hundiyan": "", "latkya": "pending", "karniyan": "", "jau": "will",
    "rakhange": "will hire", "banaungay": "will build", "jagah": "place", "kadi": "produced",
    "varte": "used", "faisla": "decision", "khatra": "threat",
    "ilzam": "accused", "dasse": "gave", "vele": "during", "bahute": "most", "hoyian": "",
    "kujh": "some", "hatna": "back off", "pya": "had to",
    "betha": "sitting", "peya": "had to", "khush": "please", "je": "if",
    "chalu": "start", "wagera": "", "jande": "take", "chal": "", "ho": "", "kar": "",
}  # fmt: skip
# Words that are Punjabi alone: no English, Spanish, Hindi or Urdu question has them (nor
# "kite", Creole's "left").
_MARKERS = word_set(
    """
    ch naal nal layi kiha keha kehnda kehnde kehndi kehda kehde kehdi kithe kitthe kado kadon
    kinne kinni kinna kinniyan kinnu kiven kivein kidaan kiddan dasso dasya dasna karange hou
    hoya hoye hoyi kita kiti dita ditta diti ditti ohna ehna ohde ehde ohnu ehnu sanu
    paaji kardi karde karda hunda hundi hunde sakde sakdi pau aau jehna kadhan kadhe kadya
    lokan banday navein vartya likhya chhapya boleya dinde gharan pehlan puchde wadhaunge
    hataya hatna pya painda paingiyan karniyan kujh jau tikya reha hoyian rehnde ithe saalan
    bahute pehla sakda rakhange banaungay hundiyan
    """
)
# ... its short words, which are Hindi or a typo too, and those that are Spanish or Creole too:
# one word above and one of these, or three of these (of them one Spanish one), is Punjabi
# ("blog nu ki ethraaz si officials de bare", "'they know. they know' kisne kiha si"). (Not
# "ne", "koi", "kuch", "wala" or "kyon", which Hindi has too, nor "da", Spanish.)
_WEAK_MARKERS = word_set("nu vi hun bare")
_SPANISH_TOO = word_set("si de te di")
# A word, whole (not the "ch" of "chèche", nor the "k" of "100k").
WORD = lazy_compile(r"\b[^\W\d_]+(?:'[^\W\d_]+)?")
_ASKED = lazy_compile(
    r"\b(?:what|who|whom|whose|when|where|which|why|how|or not)\b"
    r"|^(?:can|could|should|will|would|is|are|was|were|did|do|does|has|have)\b",
    re.IGNORECASE,
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Punjabi; otherwise `text` itself."""
    said = [w.lower() for w in WORD.findall(text)]
    marking = (
        2 * len(_MARKERS.intersection(said))
        + sum(w in _WEAK_MARKERS for w in said)
        + bool(_SPANISH_TOO.intersection(said))
    )
    return read_word_for_word(text, _PHRASES, _WORDS) if marking >= 3 else text


def read_word_for_word(
    text: str, phrases: tuple[tuple[LazyPattern, str], ...], words: dict[str, str]
) -> str:
    """Return `text`, in a language that puts the verb last, read as English: its `phrases`
    first, then each of its `words`; a question with no question word asks whether ("national
    guard ne kade immigrants nu arrest kita pehla?")."""
    read = text
    for phrase, english in phrases:
        read = phrase.sub(english, read)
    read = closed_up(WORD.sub(lambda m: words.get(m[0].lower(), m[0]), read))
    return f"is it true that {read}" if "?" in text and _ASKED.search(read) is None else read
