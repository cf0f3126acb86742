"""Telugu questions typed in Latin letters, read as the English the rest of the engine reads.

Telugu software families and their parents write Telugu with the story's English words between
("kelly mass deportations gurinchi enti annadu exactly", what exactly did Kelly say about mass
deportations; "june 2019 lo trump tweet lo enni mandini deport chestham annadu?", how many people
Trump said in the June 2019 tweet they would deport). As in Punjabi (`punjabi`), the verb comes
last and the postpositions follow their nouns ("mexico lo", in Mexico; "memos nunchi", from the
memos; "blog prakaram", according to the blog), sometimes glued on ("mexicolo", "trump-ki"). It
asks with its own question words ("enti" what, "evaru" who, "eppudu" when, "ekkada" where,
"enduku" why, "ela" how, "enni" how many) or, for yes or no, with a verb ending in "-a" and none
("army ni deportations ki use chestara?", will they use the army for deportations), and it makes
verbs of English words with its own "do" and "become" after them ("withdraw chesaru", withdrew;
"leak ayyaya", were they leaked). This reads the question word for word, as `punjabi` does, with
three steps of English word order first: the auxiliary of such a verb goes before the English
word ("eppudu withdraw chesaru": "when did withdraw"), a clause's question word goes first
("raid dates announce cheyyadam enduku bad idea?": "why raid dates announce bad idea?"), and
"X ki Y ki madhya" is "between X and Y". The same word is spelled many ways ("chesaru",
"chesaaru", "chesharu"; "eppudu", "yeppudu"): a word not in the table is read as the word in it
spelled alike but for doubled letters, an "h" after a consonant and a leading "y" or "v"; as the
question form of one ("annada", did he say, of "annadu"); or as two of them glued together
("emannaru", what did they say; "evaritho", with whom).

A question is read so only when it has a word that is Telugu alone ("enti", "eppudu",
"gurinchi", "annadu", "chesaru"), or one that other languages share ("enni", "ela", "prakaram",
"madhya") and a short Telugu word ("lo", "ki", "ni", "aa", "ga", which alone are Hindi, Spanish,
Creole or Tamil too). Tamil ("evlo", "sonnaanga", "pannaanga"), which shares some of its words
("enni", "kuda", "varaku"), is left as typed for its own reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# The story's names and words, and years, that Telugu glues its postpositions to ("mexicolo", in
# Mexico; "kellyki", to Kelly; "trump-ni", Trump; "2019lo", in 2019): they are split off before
# the words are read.
_GLUED = lazy_compile(
    r"\b(\d{4}|kelly|trump|obama|mexico|spicer|morgan|vitiello|vizguerra|menendez|tillerson|ice|dhs"
    r"|memos?|congress|border|court|church|police|florida|america|pew|nyt|blog|tweet|rally"
    r"|guidelines?|directives?|daca|family|families|officials?|raids?|president|agents?)"
    r"-?(lo|loni|ki|ku|ni|nu|nunchi|nundi|tho|di|dhi|meedha|meeda|pai|kosam|gurinchi)\b",
    re.IGNORECASE,
)
# Any word with a postposition or the "-a" of a question after a hyphen ("push-ni", "memos-lo").
_HYPHENED = lazy_compile(
    r"\b([^\W\d_]{2,})-(lo|ki|ku|ni|nu|nunchi|nundi|tho|aa|a|ga|di|meedha|pai)\b", re.IGNORECASE
)
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        # "nyt aa wapo aa": "nyt or wapo"; "konchem aa or a lot": which of the two.
        (r"([^\W\d_]+) aa,? ([^\W\d_]+ )?([^\W\d_]+) aa(?=\s*[?.!,]|\s*$)", r"\1 or \2\3"),
        (r"aa(?=,? or\b)", ""),
        (
            r"(?:aa|aa ledha|aa leda|leda|ledha|aa kaada|aa kaadha|kaadha|kaada|kaadaa)"
            r"(?=\s*(?:[?!.]|$))",
            "",
        ),
        # "memos release ki kelly speech ki madhya enni days": how many days between the two.
        (
            r"([^?.!,;:]+?) (?:ki|ku|ke) ([^?.!,;:]+?) (?:ki|ku|ke) madhya ([^?.!,;:]+)",
            r"\3 between \1 and \2",
        ),
        (r"ante (?:enti|emiti|em)", "what is"),
        (r"(enti|emiti) (?:ani|anta)", r"\1"),
        (r"(?:entha|enta) mandi(?:ni)?", "how many"),
        (r"enni mandi(?:ni)?", "how many people"),
        (r"enni (?:rojulu|rojula|rojullo)", "how many days"),
        (r"enni (?:samvatsaralu|samvatsarala|endlu|yendlu)", "how many years"),
        (r"enni (?:nelalu|nelala)", "how many months"),
        (r"enni (?:saarlu|sarlu)", "how many times"),
        (r"(?:entha|enta) (?:kalam|kaalam|sepu|time|rojulu)", "how long"),
        (r"(?:em|emi) em", "what"),
        (r"(?:e|ye)(?= [^\W\d_]+s\b)", "which"),
        (r"enti nijam", "what is true"),
        (r"evari (?:tho|to)", "with whom"),
        (r"(?:tho|to) (?:paatu|patu)", "with"),
        (r"(?:unna|ayina|ayinaa|aina) (?:kuda|kooda)", "even if"),
        (r"(?:ekkuva|chala) mandi", "most people"),
        (r"(?:simple|simpul) ga", "simply"),
        (r"short ga", "briefly"),
        (r"full ga", "fully"),
        (
            r"(exact|final|official|clear|different|direct|public|legal|strict|total|correct"
            r"|separate|secret|immediate|quick|slow|actual|serious|real|current|recent|proper"
            r"|specific|general|usual|normal|formal|personal|special|strong|firm|brief|main"
            r"|complete|careful|quiet|open|sudden|exclusive|eventual|initial|original) ga",
            r"\1ly",
        ),
        (r"(?:bayataki|bayatiki|bayata) (?:vachayi|vachindi|vacchayi|vachay|vachaya)", "came out"),
        (r"artham (?:ayyinda|ayyindi|aindi|ainda|kaaledu|kaledu)", "understood"),
        (r"(?:gurthu|gurtu) (?:unda|undi|leda)", "remember"),
        (r"(?:modalu|modhalu) (?:pettaru|pettadu|ayyindi|ayyayi)", "started"),
        (r"(?:modalu|modhalu)", "start"),
        (r"pakkana (?:pettaru|pettadu|pettesaru|pettesadu)", "removed"),
    )
)
# Verbs, by the English they read as; their questions end in "-a" for "-u" or "-i" ("annada",
# did he say; "unnara", are there), read as they are.
_VERBS: dict[str, str] = {
    "annadu": "said", "annaru": "said", "annadi": "said", "anindi": "said", "antadu": "says",
    "antaru": "say", "antundi": "says", "antunnadu": "says", "antunnaru": "say", "antunnayi": "say",
    "anukunnaru": "thought", "annappudu": "when said", "cheppinappudu": "when said",
    "anukuntunnaru": "think", "cheppadu": "said", "chepparu": "said", "cheppindi": "said",
    "cheppina": "said", "cheptadu": "says", "cheptaru": "say", "cheptundi": "says",
    "cheptunnadu": "says", "cheptunnaru": "say", "cheptunnayi": "say", "matladadu": "spoke",
    "matladaru": "spoke", "matladindi": "spoke", "matladutunnaru": "speak", "raasadu": "wrote",
    "rasadu": "wrote", "raasaru": "wrote", "raasindi": "wrote", "pilicharu": "called",
    "pilichadu": "called", "pilustaru": "call", "chesadu": "did", "chesaru": "did",
    "chesindi": "did", "chesina": "did", "chesaya": "did", "chesayi": "did", "chesi": "did",
    "chestadu": "will", "chestaru": "will", "chestundi": "does", "chestayi": "will",
    "chestam": "will", "chestanu": "will", "chestunnadu": "is", "chestunnaru": "are",
    "chestunnayi": "are", "chestunte": "if", "chesthe": "if", "cheyyaleru": "cannot",
    "cheyyaledu": "did not", "cheyyaru": "will not", "cheyyagalaru": "can", "cheyyagaladu": "can",
    "cheyyali": "should", "cheyyalani": "wanted", "cheyyochu": "can", "cheyyadam": "",
    "cheyyatam": "", "cheyyadaniki": "to do", "cheyyi": "do", "ayyadu": "became", "ayyaru": "were",
    "ayyindi": "happened", "ayyayi": "did", "aindi": "happened", "avutadu": "will be",
    "avutaru": "will be", "avutundi": "will", "avutayi": "will", "avtundi": "will",
    "avtayi": "will", "avvochu": "can be", "avvali": "should be", "jarigindi": "happened",
    "jarigayi": "happened", "jarigina": "happened", "jarugutundi": "is happening",
    "jarugutayi": "will happen", "nadichindi": "happened", "vachadu": "came", "vacharu": "came",
    "vachindi": "came", "vachayi": "came", "vachi": "came", "vastadu": "will come",
    "vastaru": "will come", "vastundi": "will come", "vastayi": "will come",
    "vasthe": "if it comes", "undi": "is", "unnadu": "is", "unnaru": "are there",
    "unnayi": "are there", "unda": "is there", "undaa": "is there", "unna": "having",
    "untadu": "will be", "untaru": "will be", "untundi": "will be", "untayi": "will be",
    "undedi": "was", "undevi": "were", "undevaru": "were", "undochu": "could stay",
    "undali": "should", "untanu": "will stay", "undavu": "will not be", "undadu": "will not be",
    "pampistaru": "will send", "pampincharu": "sent", "pamparu": "sent", "pampadu": "sent",
    "perigaru": "increased", "perigindi": "increased", "perigayi": "increased",
    "penchutaru": "will increase", "penchindi": "increased", "taggayi": "decreased",
    "taggindi": "decreased", "tagginchindi": "reduced", "tagginchadu": "reduced", "vellaru": "went",
    "velladu": "went", "vellindi": "went", "velthe": "if going", "velli": "go",
    "veltaru": "will go", "ichadu": "gave", "icharu": "gave", "ichindi": "gave",
    "istaru": "will give", "istundi": "will give", "teesukunnadu": "took", "teesukunnaru": "took",
    "teesukuntanu": "will take", "teesukuntaru": "will take", "teesukeltayi": "take",
    "teesesaru": "removed", "teesesadu": "removed", "teesestaru": "will remove",
    "aapesaru": "stopped", "aapesadu": "stopped", "aapestaru": "will stop", "aagindi": "stopped",
    "pattukunnaru": "arrested", "pattukuntaru": "will arrest", "pettaru": "put", "pettadu": "put",
    "kadtaru": "will build", "kattaru": "built", "kattistaru": "will build", "vaadaru": "used",
    "vaadadu": "used", "vaadataru": "will use", "vaadukuntaru": "will use", "vaadukunnaru": "used",
    "chustunnadu": "watches", "chusaru": "saw", "chusadu": "saw", "bhayapaddaru": "feared",
    "bhayapadutunnaru": "fear", "bhayapadali": "should fear", "kavali": "want", "telusu": "know",
    "telidu": "not know", "teliyadu": "not know", "teledu": "not know", "gelicharu": "won",
    "gelichindi": "won", "odiparu": "lost", "maarindi": "changed", "maarayi": "changed",
    "maarchindi": "changed", "maarchadu": "changed", "daakkundi": "hid", "daachukundi": "hid",
    "daakkunnaru": "hid", "modalupettaru": "started", "aaputaru": "will stop",
    "oppukunnaru": "agreed", "oppukunnadu": "agreed", "oppukuntaru": "will agree",
    "rajinama": "resign",
}  # fmt: skip
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "enti": "what", "emiti": "what", "em": "what", "emi": "what", "entidi": "what", "evaru": "who",
    "evvaru": "who", "evari": "whose", "evaridi": "whose", "evarini": "whom", "evariki": "whom",
    "emani": "what", "entani": "what", "eppudu": "when", "eppatiki": "when", "eppati": "when",
    "ekkada": "where", "ekkadiki": "where", "ekkadi": "where", "enduku": "why", "endukani": "why",
    "endukante": "because", "ela": "how", "ettaa": "how", "enni": "how many",
    "enthamandi": "how many", "enthamandini": "how many", "entha": "how much", "enta": "how much",
    "edi": "which",
    "edhi": "which", "ye": "which", "yedi": "which", "yemi": "what", "yem": "what", "yenti": "what",
    "yela": "how", "yenni": "how many", "yentha": "how much", "nijama": "", "nijamena": "",
    "nijamenaa": "", "nijamga": "really",
    # Postpositions, particles and pronouns, which carry little here.
    "lo": "in", "loni": "in", "ki": "to", "ku": "to", "ni": "", "nu": "", "nunchi": "from",
    "nundi": "from", "tho": "with", "gurinchi": "about", "prakaram": "according to",
    "madhya": "between", "varaku": "until", "varuku": "until", "meedha": "on", "meeda": "on",
    "pai": "on", "mundu": "before", "munde": "before", "tarvata": "after", "taruvata": "after",
    "tarwata": "after", "taravata": "after", "kosam": "for", "valla": "because of",
    "badulu": "instead of", "laga": "like", "ani": "that", "anta": "that", "antunna": "saying",
    "kaadu": "not", "ledu": "not", "leru": "not", "levu": "not", "kani": "but", "kaani": "but",
    "leka": "or", "mariyu": "and", "inka": "still", "kuda": "also", "kooda": "also", "ga": "",
    "andi": "", "ra": "", "raa": "", "bro": "", "anna": "", "akka": "", "garu": "", "babu": "",
    "sir": "", "cheppandi": "tell", "cheppu": "tell", "chepandi": "tell", "kada": "right",
    "ante": "is", "asalu": "actually", "aa": "that", "ee": "this", "idi": "this", "idhi": "this",
    "adi": "that", "adhi": "that", "ivi": "these", "avi": "those", "vallu": "they",
    "vaallu": "they", "vaalla": "their", "atanu": "he", "aayana": "he", "aame": "she",
    "aavida": "she", "memu": "we", "manam": "we", "manaki": "us", "mana": "our", "naaku": "me",
    "naa": "my", "maa": "our", "mee": "your", "meeru": "you", "emaina": "any", "evaraina": "anyone",
    "edaina": "any", "ayithe": "if", "aithe": "if", "ippudu": "now", "appudu": "then",
    "ippatiki": "so far", "konchem": "a little", "chala": "many", "antha": "that many",
    "anni": "all", "andaru": "everyone", "andariki": "everyone", "motham": "total",
    "mottham": "total", "udane": "immediately", "ventane": "immediately", "twaraga": "soon",
    "tondaraga": "soon", "mellaga": "slowly", "malli": "again", "mandi": "people",
    "mandini": "people", "unnavallu": "those who are", "unnavallaki": "to those who are",
    "janam": "people", "prajalu": "people", "manushulu": "people", "pani": "work", "nijam": "true",
    "abaddham": "false", "okka": "one", "oka": "one", "rendu": "two", "moodu": "three",
    "naalugu": "four", "aidu": "five", "vanda": "hundred", "veyyi": "thousand", "velu": "thousand",
    "laksha": "100,000", "lakshalu": "100,000", "koti": "10 million", "kotlu": "10 million",
    "modati": "first", "modatisari": "first time", "chivari": "last", "chivaraki": "finally",
    "roju": "day", "rojulu": "days", "vaaram": "week", "vaaralu": "weeks", "nela": "month",
    "nelalu": "months", "samvatsaram": "year", "samvatsaralu": "years", "endlu": "years",
    "prabhutvam": "government", "sarkar": "government", "desham": "country", "deshalu": "countries",
    "pillalu": "children", "pilla": "child", "kutumbam": "family", "kutumbalu": "families",
    "amma": "mother", "nanna": "father", "sainyam": "army", "chattam": "law", "chattalu": "laws",
    "niyamalu": "rules", "maata": "word", "maatalu": "words", "peru": "name", "sabha": "rally",
    "illu": "home", "illalo": "in homes", "intlo": "at home", "sariga": "exactly",
    "sarigga": "exactly", "nijamgaa": "really", "ekkuva": "more", "takkuva": "fewer",
    "peddha": "big", "pedda": "big", "kotha": "new", "kottha": "new", "kothavi": "new",
    "paata": "old", "mukhyamaina": "main", "saamanyam": "normal", "bhayam": "fear",
    "kopam": "anger", "tappu": "wrong",
    **_VERBS,
}  # fmt: skip
# The verbs that make a verb of an English word before them ("withdraw chesaru", withdrew;
# "target chestaru", will target), and the English that goes before that word instead: "eppudu
# withdraw chesaru" reads "when did withdraw", as English asks. ("ayyadu", became, stays after:
# "acting director ayyadu".)
_MAKING: dict[str, str] = {
    "chesaru": "did", "chesadu": "did", "chesindi": "did", "chesaya": "did", "chesayi": "did",
    "chesina": "did", "ayyayi": "did", "chestaru": "will", "chestadu": "will", "chestam": "will",
    "chestanu": "will", "chestayi": "will", "avutundi": "will", "avtundi": "will",
    "avutayi": "will", "avtayi": "will", "chestundi": "does", "chestunnaru": "are",
    "chestunnadu": "is", "chestunnayi": "are", "cheyyali": "should", "cheyyalani": "want to",
    "cheyyochu": "can", "cheyyagalaru": "can", "cheyyagaladu": "can", "cheyyaleru": "cannot",
    "cheyyaledu": "did not", "cheyyaru": "will not", "cheyyadam": "", "cheyyatam": "",
    "chesthe": "if", "chestunte": "if", "ayyaru": "were", "ayyindi": "was", "aindi": "was",
}  # fmt: skip
_MADE = lazy_compile(r"\b([^\W\d_][\w'-]*) (" + "|".join(_MAKING) + r")\b", re.IGNORECASE)
# The question words that English puts first ("enduku", why; not "enni", how many, whose noun
# follows it), and the clauses they are put first in.
_ASKING = word_set(
    "enti emiti em emi evaru evvaru evarini evariki eppudu ekkada ekkadiki enduku endukani ela"
    " yemi yem yenti yela emani entani"
)
# The postpositions glued after another Telugu word ("evaritho", with whom).
_GLUED_AFTER = ("tho", "ki", "ku", "lo", "ni", "nunchi", "nundi")
_CLAUSE = lazy_compile(
    r"""(?:(?<!\w)'[^']*'(?!\w)|"[^"]*"|[^?.!,;:\s])(?:(?<!\w)'[^']*'(?!\w)|"[^"]*"|[^?.!,;:])*"""
)
# Words that are Telugu alone: no English, Hindi, Tamil, Kannada, Malayalam, Marathi, Punjabi,
# Gujarati, Spanish or Creole question has them; and its verbs, but for the short ones ("undi",
# Papiamento's "where"; "chesi", "velli") and "antaru" (Kannada's "they say").
_MARKERS = word_set(
    """
    enti yenti emiti entidi evaru evvaru evari evaridi evarini evariki eppudu eppatiki ekkada
    ekkadiki enduku endukani enthamandi enthamandini nijamena gurinchi nunchi nundi tarvata
    taruvata taravata kosam ippudu appudu cheppandi konchem mandini ayithe emaina
    """
) | {verb for verb in (*_VERBS, *_MAKING) if len(verb) > 5 and verb not in {"antaru"}}
# ... words that other languages have too (Malayalam's "prakaram", Marathi's "madhya", Tamil's
# "nijama" and "enni", Portuguese's "ela"), which are Telugu with a short word below; and the
# short words, which are Hindi, Spanish, Creole, Papiamento ("undi ki", where) or Tamil alone.
_SHARED_MARKERS = word_set("nijama prakaram varaku madhya enni ela")
_WEAK_MARKERS = word_set("lo ki ni tho ga kada aa andi ra undi pai kuda ante")
# Words that are Tamil alone: a question with one is Tamil's ("ICE la motham evlo deportation
# officers irukaanga?"), left as typed for its own reader.
_TAMIL = word_set(
    """
    evlo evalo enna yaaru yaar epdi eppo enga yen sonnaaru sonnar sonnaru sonnaanga sonna
    pannaanga pannaru pannuchu panna pannuvaangala irukaanga irukku iruku nadandhuchu pathi
    aanaanga andha indha kedaichadhu varaikum mudiyuma koopitaanga olinju
    """
)


@lru_cache(maxsize=16384)
def _spelling(word: str) -> str:
    """Return `word` spelled without what Telugu typists spell differently: an "h" after a
    consonant, a leading "y" before "e" or "v" before "u" ("yeppudu", "vundi"), and doubled
    letters but the first (Tamil's "aanadhu", became, is not "annadu", said)."""
    plain = re.sub(r"(?<=[b-df-hj-np-tv-z])h", "", re.sub(r"^y(?=e)|^v(?=u)", "", word.lower()))
    return plain[:1] + re.sub(r"(.)\1+", r"\1", plain[1:])


# The words of the table by their spelling, for the other spellings of them (of two spelled
# alike, the first). Words of four letters are read only as they are spelled: Spanish "mata" is
# not "maata", word. (Nor is "chinna", small, in the table: it would read "china".)
_SPELLED = {_spelling(word): word for word in reversed(_WORDS) if len(word) >= 5}


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Telugu; otherwise `text` itself."""
    if _TAMIL.intersection(w.lower() for w in WORD.findall(text)):
        return text
    said = " ".join(_counted(typed) for typed in WORD.finditer(text)).split()
    alone = 3 * len(_MARKERS.intersection(said)) + 2 * len(_SHARED_MARKERS.intersection(said))
    if not alone or alone + sum(w in _WEAK_MARKERS for w in said) < 3:
        return text
    read = _HYPHENED.sub(r"\1 \2", _GLUED.sub(r"\1 \2", WORD.sub(_respelled, text)))
    for phrase, english in _PHRASES:
        read = phrase.sub(english, read)
    return read_word_for_word(_fronted(_MADE.sub(_english_verb, read)), (), _WORDS)


def _respelled(typed: re.Match[str]) -> str:
    """Return the word as the tables spell it, or as typed."""
    return _table_word(typed[0].lower(), loosely=True) or typed[0]


def _counted(typed: re.Match[str]) -> str:
    """Return the word as it counts for whether a question is Telugu: as the table spells it
    when only Telugu typists spell it so ("chesaaru", "yeppudu", "annada"), or as typed
    ("undocu" is not "undochu", nor Gujarati's "unadu" "unnadu")."""
    word = typed[0].lower()
    return _table_word(word, loosely=word != _spelling(word)) or word


@lru_cache(maxsize=16384)
def _table_word(word: str, *, loosely: bool) -> str | None:
    """Return the word of the tables that `word` is, or a form of ("annada", did he say, is
    "annadu"), or words of them glued together ("chestamani", that they will, is "chestam ani";
    "emannaru", what did they say, "em annaru"; "evaritho", with whom, "evari tho"), or
    (`loosely`) a spelling of ("chesaaru"); None if none."""
    if word in _WORDS or word in _MAKING:
        return word
    if len(word) < 5:
        return None
    if loosely and (spelled := _SPELLED.get(_spelling(word))) is not None:
        return spelled
    if word.endswith("a"):
        for told in (word[:-1] + "u", word[:-1] + "i"):
            if (found := _table_word(told, loosely=loosely)) is not None:
                return found
    if word.startswith("em") and (done := _table_word(word[2:], loosely=loosely)) in _VERBS:
        return f"em {done}"
    if word.endswith("ani") and (said := _table_word(word[:-3], loosely=loosely)) in _VERBS:
        return f"{said} ani"
    # (Only after a word of the tables as it is spelled there: Malayalam's "enthina", why, is
    # not "yenti ni".)
    for after in _GLUED_AFTER:
        before = word[: -len(after)]
        if word.endswith(after) and len(before) >= 5 and before in _WORDS:
            return f"{before} {after}"
    return None


def _english_verb(made: re.Match[str]) -> str:
    """Return the English auxiliary of a Telugu verb before the English word it makes a verb
    of ("did withdraw"); a Telugu word before it ("enti chesaru", what did) is read as it is."""
    word, verb = made[1], made[2]
    if word.lower() in _WORDS:
        return made[0]
    return f"{_MAKING[verb.lower()]} {word}".lstrip()


def _fronted(text: str) -> str:
    """Return `text` with the question word of each of its clauses put first, where English asks
    it ("raid dates announce cheyyadam enduku bad idea?": "why raid dates announce ...")."""
    return _CLAUSE.sub(_clause_fronted, text)


def _clause_fronted(clause: re.Match[str]) -> str:
    """Return the clause with its first question word moved to its front."""
    words = clause[0].split(" ")
    at = next((i for i, w in enumerate(words) if w.lower() in _ASKING), 0)
    return " ".join([words[at], *words[:at], *words[at + 1 :]]) if at else clause[0]
