"""Gujarati questions typed in Latin letters, read as the English the rest of the engine reads.

Gujarati motel owners, shopkeepers and their families write Gujarati with the story's English
words between ("kelly e mexico ma mass deportation vishe shu kahyu hatu?", what did Kelly say in
Mexico about mass deportation; "ICE pase ketla deportation officers che?", how many deportation
officers ICE has). As in Punjabi (`punjabi`), the verb comes last and the postpositions follow
their nouns ("mexico ma", in Mexico; "blog pramane", according to the blog), and it asks with its
own question words ("shu" what, "kem" why, "ketla" how many, "kyare" when, "kon" who, "kya"
where) or, for yes or no, with none ("morgan e kahyu k families pan include thase?"). This reads
the question word for word as English, as `punjabi` does. A question is read so only when it has
a word that is Gujarati alone ("che", "hatu", "ketla", "vishe") and another Gujarati word: its "kya" is "where", where
Hindi's is "what", and "ma", "nu", "ne" and "shu" are Hindi, Nepali, Punjabi or Arabic too.
"""

from __future__ import annotations

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.retrieval import word_set

# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (r"ke (?:nai|nahi|nathi|shu)(?=\s*[?.!]|\s*$)", "or not"),
        (r"kevi rite", "how"),
        (r"taraf thi", "from"),
        (r"ek sathe", "at once"),
        (r"dhime dhime", "slowly"),
        (r"pachu (?:lidhu|lidho|khenchyu|khechyu)", "withdrew"),
        (r"pachi (?:khechi|khechyu|lidhi)", "backed off"),
        (r"kona kona", "whose"),
        (r"kon kon", "who"),
        (r"(?:naam|nam) vagar", "anonymously"),
        (r"bahar padi", "revealed"),
        (r"kaam par", "at work"),
        (r"pehle thi", "beforehand"),
        (r"sach ma", "really"),
        (r"sauthi pehla", "first"),
        (r"mann badlayu", "changed mind"),
        (r"bhulai (?:gayu|gayo|gai)", "forgot"),
        (r"ha padi", "agreed"),
        (r"shu (?:thayu|thayo|thyu)", "what happened"),
        (r"ek ke be", "one or two"),
        (r"ketla (?:time|samay|vakhat)(?: sudhi)?", "how long"),
        (r"sauthi ocho", "lowest"),
        (r"kevi (?:type|jaat|jat) (?:na|ni|nu)", "what kind of"),
        (r"e vakhte", "at the time"),
        (r"kaya kaya", "which"),
        (r"(?<!ketla )(?<!ketli )\b(\w+) pachi(?= \w)", r"after \1"),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "shu": "what", "su": "what", "kem": "why", "ketla": "how many", "ketli": "how many",
    "ketlu": "how much", "ketlo": "how much", "kyare": "when", "kon": "who", "kone": "who",
    "kona": "whose", "kya": "where", "kyan": "where", "kyaa": "where", "kayu": "which",
    "kayo": "which", "kaya": "which", "kayi": "which", "kai": "which", "kevu": "how",
    "kevo": "how", "kevi": "how", "shena": "what for",
    # Postpositions, auxiliaries, pronouns and particles, which carry nothing here.
    "che": "is", "chhe": "is", "hatu": "was", "hati": "was", "hata": "were", "hato": "was",
    "hase": "will be", "thase": "will", "karse": "will", "nu": "", "ni": "", "na": "",
    "nun": "", "ne": "", "ma": "in", "thi": "from", "mate": "for", "sathe": "with",
    "pachi": "after", "pehla": "before", "pela": "that", "vishe": "about",
    "pramane": "according to", "pase": "has", "par": "on", "ane": "and", "pan": "also",
    "ke": "or", "k": "that", "e": "", "aa": "this", "badha": "all", "badhu": "all",
    "bija": "other", "biju": "other", "koi": "any", "j": "", "nathi": "not", "nai": "not",
    "nahi": "not", "haju": "still", "atyare": "now", "hamna": "now", "valo": "", "vala": "",
    "vali": "", "valu": "", "valaye": "", "bhai": "", "saheb": "", "pote": "himself",
    "ema": "in it", "ene": "him", "eni": "his", "mane": "me", "mara": "my", "mari": "my",
    "maru": "my", "amara": "our", "tamne": "you", "ek": "one", "bey": "both",
    # Verbs.
    "kahyu": "said", "kahyo": "said", "kahi": "said", "kahya": "said", "kidhu": "said",
    "bolya": "said", "bolyu": "said", "boli": "said", "kehe": "says", "kehta": "said",
    "kehva": "say", "karyu": "did", "karya": "did", "kari": "did", "kare": "does",
    "karta": "did", "karvu": "", "karvanu": "", "karva": "", "aapyu": "gave", "aapi": "gave",
    "aapvu": "give", "thayu": "", "thaya": "", "thayo": "",
    "thay": "happens", "lakhyu": "wrote", "malyu": "got", "malya": "met", "mokli": "send",
    "mokle": "send", "kadhse": "deport", "kadhva": "deport", "kadhi": "deport",
    "pakdata": "arrested", "rokya": "blocked", "vapri": "use", "vapray": "used",
    "joie": "should", "joiti": "wanted", "puche": "asks", "janvu": "know", "khabar": "know",
    "samjayu": "understood", "hatavyo": "pulled", "lagu": "implemented", "vadhi": "increased",
    "vadharva": "increase", "badalta": "changed", "mangta": "wanted", "mangti": "seeking",
    "rahe": "live", "jay": "go", "aavse": "come", "aavya": "came", "gaya": "went",
    "dari": "scared", "sake": "can", "sakta": "can", "mukyu": "issued", "kadhyu": "issued",
    # The story's words.
    "dhamki": "threat", "sarkar": "government", "loko": "people", "desh": "country",
    "varsh": "year", "divas": "day", "mahino": "month", "vaar": "day", "navi": "new",
    "nava": "new", "navu": "new", "navaa": "new", "juna": "former", "ghar": "homes",
    "ghare": "homes", "kaam": "work", "chokra": "children", "sachu": "true", "saru": "good",
    "kaka": "uncle", "masi": "aunt", "bhatija": "nephew", "papa": "dad", "pappa": "dad",
    "mummy": "mom", "vaat": "thing", "naam": "name", "ullekh": "mention", "sudhi": "until",
    "turant": "immediately", "jaldi": "quickly", "gusse": "angry",
    "pacha": "back", "roj": "daily", "kaho": "tell", "samjanu": "understand",
    "savare": "morning", "saanje": "evening", "baki": "remaining", "didhu": "",
    "sambhalyu": "heard", "padvano": "", "yaad": "remember", "ekla": "alone", "aave": "come",
    "kaik": "something", "aavtu": "came", "em": "", "evu": "", "matlab": "meaning",
    "thavana": "happen", "thavanu": "happen", "sach": "true", "bahu": "very", "jaine": "in",
    "dese": "will", "pade": "must", "banavi": "make", "bolavya": "called in",
    "samjatu": "understood", "tyare": "then", "aavyo": "came", "aavela": "came",
    "karvi": "", "padse": "must", "lese": "take", "banse": "will build", "lagse": "will take",
    "aavi": "came", "aavyu": "came", "aapya": "gave", "aapta": "gave", "rahyo": "remained",
    "rahya": "remained", "jityo": "won", "haryo": "lost", "banyu": "became", "didhi": "",
    "potana": "their own", "ahi": "here", "ocho": "less", "vadhare": "more",
    "vadharse": "will expand", "aakhare": "in the end", "pakdaya": "arrested", "ghana": "many",
    "atal": "firm", "gani": "called", "kalpana": "imagination", "moti": "bigger",
    "nani": "smaller", "chalu": "still", "band": "ended", "thai": "", "hoy": "is",
    "farak": "difference", "pagar": "pay", "lai": "take", "leva": "hire", "kadhya": "issued",
    "vakhte": "time", "rahela": "living", "banne": "both", "raakhse": "keep",
    "chhodi": "release",
}  # fmt: skip
# Words that are Gujarati alone: no English, Spanish, Hindi, Punjabi or Nepali question has them
# (not "kaya", Tagalog's "can", nor "thay" and "rahe", Urdu's "were" and "-ing").
_MARKERS = word_set(
    """
    che chhe hatu hati hata hato ketla ketli ketlu kyare kone kona kevi kevu kevo kayu kayo
    pramane vishe karyu kahyu kahyo kidhu bolya bolyu thayu thase karse malyu nathi loko joie
    puche valo vala valu ane pachi shena kadhse sachu thaya karya aapyu lakhyu navi karvanu
    hatavyo aavse mukyu kadhyu janvu samjayu sudhi mokli dese pade valaye kahya
    banavi kehe hase evu bolavya samjatu aavyo tyare shu kem karvi padse lese banse lagse
    aavi aavyu aapya aapta rahyo rahya jityo haryo banyu didhi atyare sauthi potana ahi ocho
    vadhare vadharse aakhare pakdaya
    """
)
# ... and its short words, which other languages have too: two of them with one word above is
# Gujarati ("kelly nu 'no mass deportations' statement kai date nu che?"). (Not "ne", "kya",
# "kon", "na" or "thi", which Hindi has too.)
_WEAK_MARKERS = word_set("nu ni ma mate pan hoy thai j")


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Gujarati; otherwise `text` itself."""
    said = [w.lower() for w in WORD.findall(text)]
    marking = 2 * len(_MARKERS.intersection(said)) + sum(w in _WEAK_MARKERS for w in said)
    return read_word_for_word(text, _PHRASES, _WORDS) if marking >= 3 else text
