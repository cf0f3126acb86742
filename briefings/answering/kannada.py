"""Kannada and Marathi questions typed in Latin letters, read as the English the rest of the engine
reads.

Kannada and Marathi families (engineers, H-4 spouses, parents visiting from Bengaluru or Pune)
write their language with the story's English words between: Kannada "kelly mass deportation
bagge yenu heLidru?" (what did Kelly say about mass deportation), "ICE hatti yeshtu deportation
officers idaare?" (how many deportation officers ICE has); Marathi "kelly ne mass deportation
baddal kay sangitla?" (the same), "2015 madhe kiti deportations?" (how many deportations in
2015). Both put the verb last and the postpositions after their nouns (Kannada "mexico city
alli", Marathi "pew report pramane"), and both ask with their own question words (Kannada "yenu"
what, "yaaru" who, "yaavaga" when, "yelli" where, "yeshtu" how many; Marathi "kay" what, "kon"
who, "kadhi" when, "kuthe" where, "kiti" how many) or, for yes or no, with a particle or none
(Kannada "full scale aa?", "military use maadtaara?"; Marathi "adopt zhala ka shevti?"). As in
Punjabi (`punjabi`), this reads the question word for word as English, by the table of its own
language: the question words and the story's words become English ones, the postpositions and
auxiliaries that carry nothing go, and a question with no question word is asked whether it is
true.

A question is read so only when it has words that one of the two languages alone has (Kannada
"yeshtu", "bagge", "heLidru"; Marathi "kadhi", "madhe", "mhanala"), and it is read by the
language it has more of (a word of the other's alone is read too: the two are mixed). Marathi's
"ka", "ki", "kon", "na" and "hota" are Hindi too, and Hindi questions are read by `hindi`;
Kannada's "yaaru" and "illa" are Tamil and Malayalam too, "ante" and "antha" Telugu, and "alli",
"la" and "pan" Spanish or Gujarati: those count for little or nothing, and a word that only Hindi,
Punjabi, Tamil, Telugu, Malayalam, Tagalog or Spanish has ("kaun", "si", "sonnaanga", "enti",
"paranju", "ang", "que") leaves the question as typed.
"""

from __future__ import annotations

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# Kannada phrases read first, whole (before the words they are made of).
_KANNADA_PHRASES = phrase_table(
    (
        # "nija na?", "is it true?"; "morning aa evening aa?", "morning or evening?"
        (r"(?:nija|nijana|nijaana|nijavaagi)(?: na| naa| ah| aa)?(?=\s*[?.!,]|\s*$)", "is it true"),
        (r"(\w+) (?:aa|ah) (\w+) (?:aa|ah)(?=\s*[?.!,]|\s*$)", r"\1 or \2"),
        (r"(\w+) (?:aa|ah) (?=or\b)", r"\1 "),
        (r"(?:aa|ah|alva|alwa|alla|ideya|idya)(?=\s*[?.!,]|\s*$)", ""),
        (r"aa (?=(?:time|samaya|dina|varsha|blog|report|line|word|plan)\b)", "that "),
        (r"yeshtu (?:dina|divasa|samaya|time)", "how long"),
        (r"yeshtu(?= (?:cost|kharchu|duddu|money|gap|delay|increase)\b)", "how much"),
        (r"yeshtu varsha(?: inda| aaytu)", "how long"),
        (r"yeshtu varsha", "how many years"),
        (r"yaava (?:thara|tara|reeti)", "what kind of"),
        (r"yaake andre", "because"),
        (r"(?:maadoke|madoke) aagalla", "cannot"),
        (r"heLi (?:pls|please|guru|maga)", ""),
    )
)
# Kannada words, and how they read in English ("" for none).
_KANNADA_WORDS: dict[str, str] = {
    # The question words.
    "yenu": "what", "yen": "what", "enu": "what", "yenri": "what", "yaaru": "who", "yaru": "who",
    "yaara": "whose", "yarannu": "whom", "yaarannu": "whom", "yaaranna": "whom",
    "yaarige": "to whom", "yaavaga": "when", "yavaga": "when", "yaavag": "when", "yelli": "where",
    "elli": "where", "yaake": "why", "yake": "why", "yaak": "why", "hege": "how", "hyage": "how",
    "hengey": "how", "yeshtu": "how many", "eshtu": "how many", "estu": "how many",
    "yaavudu": "which", "yavudu": "which", "yaava": "which", "yava": "which", "yaavglu": "always",
    "yaavaglu": "always",
    # Postpositions, auxiliaries, pronouns and particles, which carry nothing here.
    "alli": "in", "nalli": "in", "ge": "to", "kke": "to", "ige": "to", "inda": "from",
    "bagge": "about", "prakara": "according to", "munche": "before", "mundhe": "before",
    "modalu": "before", "nantara": "after", "nanthara": "after", "amele": "after", "jothe": "with",
    "jote": "with", "hatti": "has", "hatra": "has", "kaarana": "because", "karana": "because",
    "antha": "", "anta": "", "ante": "", "anthe": "", "antaare": "say", "antaru": "say",
    "anthare": "say", "antare": "say", "illa": "not", "aadre": "but", "adre": "but", "andre": "if",
    "mattu": "and", "guru": "", "maga": "", "anna": "", "akka": "", "heli": "", "helri": "",
    "ee": "this", "idu": "this", "adu": "that", "avru": "they", "avaru": "they", "avara": "his",
    "avrige": "to them", "namma": "our", "nanna": "my", "ivella": "all these", "ella": "all",
    "ellaru": "everyone", "ellaranna": "everyone", "illi": "here", "swalpa": "some",
    "innond": "another", "innondu": "another", "thara": "like", "aagi": "", "ah": "", "aa": "",
    "alva": "", "kooda": "also", "ide": "is", "ideya": "is", "idya": "is", "idaare": "are",
    "idare": "are", "idru": "were", "iddru": "were", "ittu": "was", "itthu": "was",
    "idda": "existing", "iddu": "was", "idvu": "were", "iro": "living", "iroke": "stay",
    "irbekittu": "should have been", "haage": "as",
    # Verbs.
    "helidru": "said", "helidaru": "said", "heliddu": "said", "helidra": "said", "helide": "said",
    "heltu": "says", "heltide": "says", "heltave": "say", "heltare": "say", "maadidru": "did",
    "madidru": "did", "maadidaru": "did", "maadidre": "did", "maadidra": "did", "madid": "did",
    "maadidaare": "did", "maadidvaru": "did", "maadtaare": "will", "madtare": "will",
    "maadtaara": "will", "maadtave": "will", "maadtava": "will", "maadtide": "does",
    "maadutte": "does", "maadtittu": "was", "maadtini": "will", "maadtivi": "will",
    "maadbahudu": "might", "maadoke": "", "madoke": "", "maadodu": "", "maadsodu": "",
    "maadtiro": "", "maadutta": "does", "maadi": "", "maadtidru": "was doing", "maadtu": "did",
    "aaytu": "happened", "aayitu": "happened", "aagutte": "will", "aagutta": "will",
    "aagtide": "is", "aagittu": "was", "aagalla": "cannot", "aagilla": "not", "aadru": "became",
    "bandide": "came", "bantu": "came", "bandru": "came", "barutta": "will come",
    "baratte": "will come", "kottidru": "gave", "kottidra": "gave", "kottidaare": "gave",
    "kodtaare": "give", "hogidru": "went", "hogtaare": "go", "nodi": "seeing", "karedru": "called",
    "torsutte": "show", "nadeetive": "happen", "nadeyutte": "happen", "nadeetu": "happened",
    "kelsa": "work", "tagondidaare": "took", "tagondru": "took", "bidtidru": "let",
    "bidtaare": "let", "hidiyoke": "arrest", "hidkondu": "arrested",
    # The story's words.
    "makkalu": "children", "hosa": "new", "dina": "days", "varsha": "years", "jana": "people",
    "janaru": "people", "hesru": "name", "hesaru": "name", "bhaya": "fear", "sari": "right",
    "nija": "true", "sullu": "false", "kammi": "less", "jaasti": "more", "mane": "home",
    "manege": "home", "desha": "country", "sarkara": "government", "modalne": "first",
    "kone": "last",
}  # fmt: skip
# Marathi phrases read first, whole.
_MARATHI_PHRASES = phrase_table(
    (
        (r"khara(?:ch)? (?:aahe |ahe |hota |hote )?ka(?: nahi)?", "is it true"),
        (r"ka kadhi", "ever"),
        (
            r"kiti(?= (?:cost|kharcha|kharch|paisa|money|gap|antar|delay|vel|time|increase)\b)",
            "how much",
        ),
        (r"(\w+) karnar (?:hote|hota|hoti)", r"planned to \1"),
        (r"(?:aahe |ahe |hota |hoti |hote )?ka nahi", "or not"),
        # "ka" before a verb asks why ("trump ne ka back off keli?"); after one, or ending the
        # question, it asks whether ("adopt zhala ka shevti?").
        (
            r"ka(?= (?:\w+ ){0,2}"
            r"(?:mhanayche|mhantat|mhanala|mhanale|rahila|keli|kela|kele|kelet)\b)",
            "why",
        ),
        (r"ka", ""),
        (r"kiti varsha (?:pasun|zhale)", "how long"),
        (r"kiti vajta", "what time"),
        (r"(\w+)(?:baddal|vishayi)", r"\1 about"),
        (r"(\w{3,})madhech", r"\1 in"),
        (r"karava lag(?:el|til|to|te)", "must"),
        (r"vel lag(?:el|til)", "will take time"),
        (r"kiti (?:divas|vel|kal)", "how long"),
        (r"kiti varsha", "how many years"),
        (r"kon kon", "who"),
        (r"kuthe kuthe", "where"),
        (r"chya adhi", "before"),
        (r"chya nantar", "after"),
        (r"(?:cha|chi|che) (?=sodun\b)", ""),
    )
)
# Marathi words, and how they read in English.
_MARATHI_WORDS: dict[str, str] = {
    # The question words.
    "kay": "what", "kaay": "what", "kon": "who", "kona": "who", "konala": "whom",
    "konache": "whose", "kunala": "whom", "kadhi": "when", "kevha": "when", "kuthe": "where",
    "kuthay": "where", "kuthla": "which", "kuthli": "which", "kuthle": "which", "kuthlya": "which",
    "konta": "which", "konti": "which", "konte": "which", "kontya": "which", "kasa": "how",
    "kashi": "how", "kase": "how", "kashya": "how", "kiti": "how many", "kashasathi": "what for",
    "kashala": "why", "kashachi": "what", "kashachya": "what",
    # Postpositions, auxiliaries, pronouns and particles, which carry nothing here.
    "madhe": "in", "madhye": "in", "mdhe": "in", "mdhye": "in", "madhun": "from", "madhech": "in",
    "la": "", "na": "", "kadun": "from", "baddal": "about", "vishayi": "about", "babat": "about",
    "pramane": "according to", "adhi": "before", "aadhi": "before", "nantar": "after",
    "nantara": "after", "sathi": "for", "var": "on", "varti": "on", "sobat": "with",
    "barobar": "with", "jothe": "with", "pasun": "since", "paryant": "until", "samor": "before",
    "mule": "because of", "varun": "from", "ki": "or", "kinva": "or", "nahi": "not", "nahin": "not",
    "pan": "also", "ani": "and", "re": "", "bhau": "", "dada": "", "tai": "", "ho": "", "sanga": "",
    "sang": "", "cha": "", "chi": "", "che": "", "chya": "", "ne": "", "tar": "then", "te": "that",
    "ya": "this", "ha": "this", "hi": "this", "apla": "own", "apli": "own", "aple": "own",
    "ajun": "still", "aata": "now", "kahi": "some", "shevti": "finally", "sagle": "all",
    "sarva": "all", "dogha": "both", "dogh": "both", "khup": "many",
    # Verbs.
    "mhanala": "said", "mhanale": "said", "mhanali": "said", "mhantla": "said", "mhatla": "said",
    "mhatle": "said", "mhanle": "said", "mhanto": "says", "mhante": "says", "mhantat": "say",
    "mhanayche": "called", "sangitla": "said", "sangitle": "said", "sangitli": "said",
    "sangto": "says", "sangte": "says", "sangtat": "say", "bolla": "said", "bolle": "said",
    "kela": "did", "keli": "did", "kele": "did", "kelet": "did", "kelya": "did",
    "kelyabaddal": "about doing", "karnar": "will", "karat": "", "kartat": "do", "karto": "does",
    "karte": "does", "kartil": "will", "karayla": "", "karaycha": "", "karava": "", "karna": "",
    "aala": "came", "aali": "came", "aale": "came", "zala": "happened", "zhala": "happened",
    "zale": "happened", "zhale": "happened", "jhala": "happened", "aahe": "is", "ahe": "is",
    "aahet": "are", "ahet": "are", "hota": "was", "hoti": "was", "hote": "were", "honar": "will",
    "honare": "", "asnare": "", "asnaryanna": "", "laagu": "apply", "lagu": "apply", "hotat": "are",
    "dila": "gave", "dili": "gave", "dile": "gave", "ghetle": "took", "ghetla": "took",
    "ghenar": "will hire", "lagel": "will need", "lagtil": "will need", "jatat": "go",
    "jaat": "going", "jatana": "going", "pathavnar": "will send", "samajla": "understood",
    "khatakla": "bothered", "vichartoy": "asking", "baghtayt": "trying", "oppikondra": "admitted",
    "tharavnar": "will decide", "nasnar": "not", "kadhaycha": "remove", "rahila": "remained",
    "rahili": "remained", "shaktat": "can", "hou": "be", "hoiparyant": "until", "sodun": "except",
    "vajta": "time", "bharaycha": "pay",
    # The story's words.
    "lok": "people", "lokanna": "people", "lokan": "people", "naav": "name", "navin": "new",
    "divas": "days", "varsha": "years", "khara": "true", "kalji": "concern", "vyakta": "expressed",
    "karan": "reason", "kaaran": "reason", "sarkhech": "same", "lamb": "far", "kammi": "less",
    "jast": "more", "sarkar": "government", "desh": "country", "mula": "children",
    "mulanna": "children", "ghar": "homes",
}  # fmt: skip
# Words that are Kannada alone: no English, Spanish, Hindi, Tamil, Telugu or Malayalam question has
# them.
_KANNADA_MARKERS = word_set(
    """
    yenu yaavaga yavaga yelli yaake hege yeshtu eshtu yaavudu yavudu yaava bagge munche nantara
    nanthara jothe hatti helidru helidaru heliddu heltu heltide heltave helide maadidru madidru
    maadidaru maadidre maadidra maadidaare maadidvaru maadtaare madtare maadtaara maadtave maadtava
    maadtide maadutte maadtittu maadtini maadtivi maadbahudu maadoke madoke maadodu maadsodu
    maadtiro aaytu aagutte aagutta aagtide aagittu aagalla aagilla bandide barutta kottidru kottidra
    hogidru karedru torsutte nadeetive tagondidaare bidtidru makkalu idaare irbekittu iroke aadre
    andre nalli ivella ellaranna antaare antaru hesru avrige innond yaarannu yaarige alva idvu idya
    maadtidru nija illi aadru kottidaare nadeetu hogtaare
    """
)
# ... and its words that other languages have too ("yaaru" Tamil, "illa" Tamil and Malayalam,
# "alli" Spanish, "ante" Telugu and Spanish): two of them are Kannada, as one word above is.
_KANNADA_WEAK = word_set("yaaru yaara alli ge inda illa antha ante idru ittu hosa aagi heli sari")
# Words that are Marathi alone: no English, Spanish, Hindi, Punjabi or Gujarati question has them.
_MARATHI_MARKERS = word_set(
    """
    kadhi kuthe kuthla kuthli kuthle kuthlya konta konti kontya konala kunala kashasathi kashala
    kashachi madhe madhye mdhe madhun baddal vishayi nantar pasun paryant samor varun
    kinva kiti mhanala mhanale mhantla mhatla mhanto mhantat mhanayche sangitla sangitle sangto
    sangtat kela kele kelet karnar kartat karto kartil karayla karaycha karava zala
    zhala zale zhale aahe ahe aahet ahet honar asnare ghetle ghenar lagel lagtil jatat
    pathavnar shevti ajun lokanna khara chya keli kay kelyabaddal lokanbaddal samajla oppikondra
    bolla gheun hotat madhech sarkhech aala aali asnaryanna kashachya
    """
)
# ... and its words that other languages have too ("kay" Tagalog, "kon" Hindi and Gujarati,
# "pan" and "pramane" Gujarati, "adhi" Hindi's half, "sanga" Nepali, "hota" Hindi): two of them, or
# one and a question ending on "ka", are Marathi. (Not "ka", "ki", "la", "na", "ne", "nahi" or
# "kahi", which Hindi or Spanish has too.)
_MARATHI_WEAK = word_set(
    """
    kon pan pramane adhi ani cha kasa kashi var navin varsha dila dili dile hota hoti hote
    sanga sathi karte
    """
)
# Words that neither language has, and the languages that share the words above have: a question
# with one is theirs (Hindi "kaun", Punjabi "si", Nepali "thiyo", Cebuano "unsa", Tamil
# "sonnaanga", Telugu "enti", Malayalam "paranju", Spanish "que").
_NEITHER = word_set(
    """
    kya kab kaun kitne kisne jisne hai hain tha thi si kiha kinne kehde kado kehda thiyo garnu
    kina kahile ang ng ba daw unsa ngano enna evlo sonnaanga pannanga irukku enti eppudu enduku
    cheppandi kada entha paranju aanu ennu que el los las del por para una pero dijo quien fue con
    como cuando donde shu kem puche kehe karta karyu hoy thay thai sake evu mate nai hatu er korse
    gula chilo banabe en es se lo le dice hablo sa yung mga po ano sino kailan ilan sabi
    nan pou moun li nu solludhu solraanga solraaru edhu rendu aana idhu andha epdi panradhu
    """
)


def _marking(said: list[str], markers: frozenset[str], weak: frozenset[str]) -> int:
    """Return how strongly the words `said` mark one language: three for each of its own words,
    one for each of its short words that others have too."""
    return 3 * len(markers.intersection(said)) + sum(w in weak for w in said)


def _read_also(words: dict[str, str], markers: frozenset[str]) -> dict[str, str]:
    """Return the words of one language that the other's question may have too."""
    return {word: english for word, english in words.items() if word in markers}


# Each language's words, and the other's that are its alone: the two are spoken side by side and
# mixed ("hosa detention centers yeshtu beds? kuthe kuthe build karnar").
_KANNADA_READ = {**_read_also(_MARATHI_WORDS, _MARATHI_MARKERS), **_KANNADA_WORDS}
_MARATHI_READ = {**_read_also(_KANNADA_WORDS, _KANNADA_MARKERS), **_MARATHI_WORDS}
# A question that ends on "ka" asks whether, in Marathi (Hindi's "ka", of, ends none; Kannada's
# "aa?" is Tamil's, Telugu's and Punjabi's too).
_ASKS_WHETHER = lazy_compile(r"\bka\s*\?")


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Kannada or Marathi; otherwise `text` itself."""
    said = [w.lower() for w in WORD.findall(text)]
    kannada = _marking(said, _KANNADA_MARKERS, _KANNADA_WEAK)
    marathi = _marking(said, _MARATHI_MARKERS, _MARATHI_WEAK) + len(_ASKS_WHETHER.findall(text))
    if max(kannada, marathi) < 2 or not _NEITHER.isdisjoint(said):
        return text
    if kannada >= marathi:
        return read_word_for_word(text, _KANNADA_PHRASES, _KANNADA_READ)
    return read_word_for_word(text, _MARATHI_PHRASES, _MARATHI_READ)
