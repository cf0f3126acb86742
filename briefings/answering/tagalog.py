"""Taglish and Bisaya questions, read as the English the rest of the engine reads.

Filipino-American families and the church and community volunteers who relay their questions
write Tagalog and English mixed in one sentence ("ilan daw ide-deport sabi ni trump sa tweet
niya?", "anak ko po DACA recipient, affected ba siya?"). The story's own words usually stay in
English; around them are Tagalog's question words, particles and function words, its verbs, and
its affixes on English verbs ("ma-deport", "ide-deport", "nag-tweet"). This reads the question
as English, word for word, so that its form ("ilan" is "how many") and its content are read as
any other question's. A question is read this way only when it has two Tagalog words that are
not also English or Spanish ones ("po", "yung", "daw", "ng"): "Sa" and "Ang" are names too.

Cebuano (Bisaya) speakers from the Visayas and Mindanao mix their language with English the same
way, with the same markers and particles ("sa", "ang", "ba", "daw", "po") but their own question
and everyday words ("unsa" is what, "pila ka" how many, "kanus-a" when, "ngano" why, "dili" not)
and the prefix "gi-" ("gi-deport" is "deported"). A question with one of Bisaya's own question
words ("unsa", "kinsa", "ngano"), or with another word that is Bisaya alone ("tinuod", "gyud",
"pila ka", "ni-adto") and one more Filipino word of either language, is read with the Bisaya
words over the Tagalog ones, where the two differ ("ilang" is "their", not "how many"; "daan" is
"already", not "hundred").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefings.patterns import LazyPattern, lazy_compile
from briefings.retrieval import word_set


def phrase_table(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[LazyPattern, str], ...]:
    """Return each phrase's pattern (whole words, any case) with the English it reads as."""
    return tuple(
        (lazy_compile(rf"\b{phrase}\b", re.IGNORECASE), english) for phrase, english in pairs
    )


# The asker's family, whom English questions of the kind name too.
_KIN = {
    "anak": "child", "nanay": "mother", "ina": "mother",
    "tatay": "father", "ama": "father", "magulang": "parents", "tito": "uncle",
    "tita": "aunt", "lola": "grandmother", "lolo": "grandfather", "pinsan": "cousin",
    "kuya": "brother", "ate": "sister", "kapatid": "sibling", "pamangkin": "nephew",
    "asawa": "spouse", "kaibigan": "friend", "kapitbahay": "neighbor", "pamilya": "family",
}  # fmt: skip
# Phrases read first, whole.
_PHRASES = phrase_table(
    (
        (r"(?:di ba|diba|hindi ba)", "is it true that"),
        (r"totoo (?:po )?ba(?: talaga)?(?=\s*[?.!]|\s*$)", "is it true"),
        (r"totoo (?:po )?ba(?: talaga)?(?: na)?", "is it true that"),
        (r"gaano (?:po |ba |na )?(?:ka)?tagal", "how long"),
        (r"hanggang kailan", "how long"),
        (r"ilang taon", "how many years"),
        (r"ilan(?:g)? (?:po |ba |ang |yung )?anak", "how many children"),
        (r"anong oras", "what time"),
        # "officers ng ICE", "memos ni kelly": of whom (after a verb, "ng" is "by" and goes).
        (r"(?<=[a-z]s) (?:ng (?=(?-i:[A-Z]))|ni )", " of "),
        (r"sino(?:ng| (?:po )?(?:ang|yung))", "who is the"),
        # "Sino DHS secretary bago si Kelly": who held the post.
        (
            r"sino (?:po |na |ba )*(?:ang |yung )?(?=(?:[\w-]+ )?(?:secretary|president|director"
            r"|head|chief|spokesman|spokesperson|senator|governor|mayor)\b)",
            "who is the ",
        ),
        (r"ano(?:ng)? (?:po |ba |yung |ang )?pangalan", "what is the name of"),
        (r"ayon (?:po )?(?:sa|kay|kina)", "according to"),
        (r"sa huli", "in the end"),
        (r"nag-iba (?:ba )?(?:ang |yung )?isip", "changed mind"),
        (r"nagbago (?:ba )?(?:ang |yung )?isip", "changed mind"),
        (r"bago (?:po )?ba", "is it new"),
        (r"dahan-dahan", "slowly"),
        (r"pa (?:rin|din)", "still"),
        (r"agad-agad", "right away"),
        # "15,000 sabi ni kuya": what the asker's family says, a guess to check.
        (
            r"sabi (?:daw |raw |po )?(?:ni|ng) (?=(?:kuya|ate|tita|tito|lola|lolo|nanay|tatay"
            r"|mama|papa|pinsan|asawa|kapatid|anak|kaibigan|kapitbahay|amo)\b)",
            "says my ",
        ),
        # "why won't it happen right away? kasi walang budget?": a reason guessed.
        (r"(?:(?<=[?.!,] )|^)kasi", "because"),
        (r"iba-iba", "different"),
        (r"pabago-bago", "changing"),
        (r"kamag-anak", "relatives"),
        (r"kapani-paniwala", "believable"),
        (r"ibig (?:ba |pong |nyang |niyang )?sabihin", "mean"),
        (r"para saan", "what for"),
        (r"pinag[ -]?uusapan", "talked about"),
        (r"(?:yung |ang )?(?:mga )?kasama (?:ko|namin)\b", "my coworkers"),
        # "yung tito ko": "my uncle", whose story follows the question as an English one does.
        (
            rf"(?:yung |ang |si )?(?P<kin>{'|'.join(_KIN)}|mom|dad|cousin|uncle|aunt|friend)"
            r" (?:ko|namin)\b",
            r"my \g<kin>",
        ),
        (r"dahan dahan", "slowly"),
        (r"normal (?:lang |po |ba )*(?:ba )?(?:na|yung|ang)?", "is it normal that"),
        (r"kasama (?:po |ba )*ba", "is it true that included"),
        (r"saan (?:po |ba )*(?:galing|nanggaling|kinuha)", "where did it come from"),
        # "parang mali", "parang delikado yun": how it seems to the asker.
        (
            r"(?<=[?.!] )parang (?:mali|delikado|hindi tama|ang weird|weird)(?: (?:yun|yan|diba))?",
            "",
        ),
        (r"sabay[ -]sabay", "simultaneously"),
        # "ang haba kasi ng article wala akong time": how much the asker will read.
        (r"(?:ang )?haba (?:kasi |naman )?(?:ng|nung|yung) (?:article|articles|balita|news)", ""),
        (r"wala (?:akong|ako ng|kaming|na akong) (?:time|oras)", ""),
        # "bakit walang pangalan yung officials": why they were not named.
        (r"walang (?:pangalan|binigay na pangalan)", "not named"),
    )
)
# The Tagalog prefixes and the repeated first syllable that go on an English verb ("ma-deport",
# "ide-deport" is "i-" and "de", "magtu-tweet", "nakipag-meet", "pang-aresto"): the verb is the
# word after the hyphen. Those of the passive tell its aspect: done ("na-deport" is "deported",
# "ilan ang na-deport" is "how many were deported"), to come ("ide-deport", "ihi-hire": "will be
# deported", "will be hired") or possible ("ma-deport": "be deported"). The others ("nag-tweet",
# "nag-press briefing", "magka-racial profiling", "i-deport") leave the word as it is. ("ie-enforce"
# is "i-" and the verb's own first vowel; the "in" of "son-in-law" is English.)
_CV = r"[bcdfghjklmnpqrstvwxyz]{1,2}[aeiou]"
_AFFIXED = lazy_compile(
    r"\b(?<!-)(?:(?:mag|nag|maka|naka|makapag|nakapag|nakipag|makipag|pag|pang|pa|paki|pinag|ka"
    r"|magka|mo|mu"
    rf"|nagka)(?:{_CV})?"
    r"|(?P<done>ini|napa|pina|na|ni|in|gipa|gi)"
    rf"|(?P<coming>(?:ipag|ipa|ika|mapa|ma|i)(?:{_CV}|(?P<again>[aeiou])(?=-(?P=again))))"
    r"|(?P<possible>ma)"
    rf"|ipag|ipa|ika|mapa|i|{_CV})"
    # "nag-aappeal": the first vowel repeated.
    r"-(?:(?P<vowel>[aeiou])(?=(?P=vowel)))?(?=[a-z]{2})",
    re.IGNORECASE,
)
_ASPECTS = {"done": "\x00", "coming": "\x02", "possible": "\x03"}  # marks, until it is read
_AUXILIARY = {"\x02": "will be ", "\x03": "be "}
_ASPECT_MARKS = frozenset(_ASPECTS.values())
# Words, in lower case, and how they read in English ("" for none: particles, markers and
# pronouns, which carry nothing a fact could answer).
_WORDS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            """
            ng ni nang sa si ang yung iyong ung un yun iyon ito iyan yan na pa po ho ba daw raw
            din rin naman talaga lang lamang kasi kaya nga pala muna niya nya siya sya sila kami
            tayo natin namin nila ninyo kayo akin amin atin kanila kanya kay kina nung noong noon
            mga dun doon dito diyan ganun ganoon ganyan ganito sana grabe parang ba't bat eh ay ha
            kahit habang tapos saka pag kapag lng nmn tlga db bka kc kse ko mo kong mong ka bang
            ako ikaw
            """
        ),
        "",
    ),
    # The question's own words.
    "ano": "what", "anong": "what", "anu": "what", "sino": "who", "sinong": "who",
    "sinu": "who", "kanino": "whose", "kailan": "when", "kelan": "when", "saan": "where",
    "saang": "which", "san": "where", "bakit": "why", "paano": "how", "pano": "how",
    "ilan": "how many", "ilang": "how many", "magkano": "how much", "alin": "which",
    "aling": "which", "gaano": "how",
    # Its other function words.
    "at": "and", "o": "or", "kung": "if", "para": "for", "pero": "but", "hindi": "not",
    "di": "not", "wala": "no", "walang": "no", "meron": "there is", "mayroon": "there is",
    "may": "there is", "nasa": "in", "lahat": "all", "bawat": "every", "kada": "per", "mas": "more",
    "pinaka": "most", "tungkol": "about", "kasama": "with", "kasunod": "after it",
    "galing": "from", "mula": "since", "hanggang": "until", "bago": "before",
    "bagong": "new", "pagkatapos": "after", "dati": "before", "dating": "former",
    "ngayon": "now", "bukas": "tomorrow", "kahapon": "yesterday", "agad": "right away",
    "pwede": "can", "puwede": "can", "maaari": "can", "dapat": "should",
    "kailangan": "need", "baka": "might", "siguro": "maybe", "totoo": "true",
    "tama": "right", "mali": "wrong", "oo": "yes", "exact": "exact", "taga": "from",
    # The asker's family and church, whom English questions of the kind name too.
    **_KIN,
    "simbahan": "church", "tao": "people", "bata": "children",
    "kabataan": "young people", "pinoy": "filipino", "pilipino": "filipino",
    "tnt": "undocumented",
    # The story's words.
    "sabi": "said", "sinabi": "said", "nagsabi": "said", "nagsabing": "said",
    "sinasabi": "say", "sabihin": "say", "nagsalita": "spoke", "tawag": "called",
    "tinawag": "called", "tinatawag": "called", "pangalan": "name", "salita": "word",
    "pinangako": "promised", "nangako": "promised", "ipinangako": "promised",
    "pangako": "promise", "tinanggal": "ended", "tanggalin": "end", "inalis": "ended",
    "alisin": "end", "tatapusin": "end", "tapusin": "end", "tinapos": "ended",
    "takot": "fear", "natatakot": "afraid", "kinakatakot": "fear", "kinakabahan": "worried",
    "alala": "worried", "ayaw": "reluctant", "gusto": "want", "nagustuhan": "liked",
    "dagdag": "more", "dinagdagan": "added", "magdadagdag": "add", "idadagdag": "will be added",
    "pinirmahan": "signed", "pumirma": "signed", "pirma": "signature", "aresto": "arrest",
    "inaresto": "arrested", "hinuli": "arrested", "nahuli": "arrested", "huhulihin": "arrest",
    "kulong": "jail", "nakakulong": "detained", "ikulong": "detain", "bansa": "country", "apektado": "affected",
    "bansang": "countries", "taon": "years", "araw": "day", "pabalik": "back to",
    "pauwi": "home to", "linggo": "week",
    "buwan": "month", "oras": "time", "umaga": "morning", "hapon": "afternoon",
    "gabi": "night", "mataas": "high", "pinakamataas": "highest", "mababa": "low",
    "pinakamababa": "lowest", "marami": "many", "pinakamarami": "most", "kalahati": "half",
    "milyon": "million", "milyong": "million", "libo": "thousand", "libong": "thousand",
    "daan": "hundred", "daang": "hundred", "isa": "one", "dalawa": "two", "dalawang": "two",
    "tatlo": "three", "tatlong": "three", "apat": "four", "lima": "five", "sampu": "ten",
    "una": "first", "unang": "first", "huling": "last", "batas": "law", "hukom": "judge",
    "korte": "court", "pulis": "police", "sundalo": "soldiers", "hukbo": "army",
    "pangulo": "president", "presidente": "president", "opisyal": "official",
    "opisyales": "officials", "imigrante": "immigrants", "deportasyon": "deportation",
    "pumunta": "went", "papunta": "to", "papuntang": "to", "pupunta": "go",
    "pinuntahan": "went to", "paalis": "leaving", "umalis": "left", "gagawin": "will do",
    "ginawa": "did", "gagawa": "will make", "mangyayari": "will happen",
    "nangyari": "happened", "natuloy": "went ahead", "tuloy": "still on",
    "pagbabago": "change", "nagbago": "changed", "ipapadala": "send", "ipadala": "send",
    "pinadala": "sent", "hinihintay": "waiting for", "naghihintay": "waiting",
    "maghintay": "wait", "pinanganak": "born", "ipinanganak": "born", "nakatira": "living",
    "tumira": "lived", "trabaho": "work", "gastos": "cost", "magagastos": "cost",
    "pinatulong": "helped", "tumulong": "helped", "lalaban": "fight", "lumaban": "fought",
    "magtatayo": "build", "itatayo": "build", "matagal": "long", "matatagalan": "take long",
    "delikado": "dangerous", "alam": "know", "isip": "mind", "plano": "plan",
    "banta": "threat", "balita": "news", "tanong": "question", "nagbayad": "paid",
    "bayad": "pay", "nabayad": "paid", "magbabayad": "pay", "pader": "wall",
    "hangganan": "border", "ginagawa": "doing", "nabigyan": "received", "binigyan": "given",
    "kasuhan": "charge", "kinasuhan": "charged", "konektado": "connected",
    "natupad": "fulfilled", "pinaliwanag": "explained", "paliwanag": "explanation",
    "pinipilit": "pressuring", "pumipilit": "pressuring",
    "pinatay": "killed", "mapabilis": "speed up", "pabilisin": "speed up",
    "posas": "handcuffs", "kamay": "hands", "laman": "content",
    "pagkakaiba": "difference", "malaki": "big", "maliit": "small", "bago-bago": "new",
    "nakakakuha": "get", "makakuha": "get", "makukuha": "get", "kinuha": "took",
    "hawak": "held", "nakita": "saw", "makita": "see", "narinig": "heard",
    "nagtago": "hid", "tago": "hiding", "nagtatago": "hiding", "kanlungan": "sanctuary",
    "sapilitan": "forced", "palayasin": "deport", "pinalayas": "deported",
    "paalisin": "deport", "pinauwi": "sent home", "pauwiin": "send home", "uuwi": "go home",
    "umuwi": "went home", "gamit": "use", "gamitin": "use", "gagamitin": "use",
    "ginamit": "used", "ginagamit": "using", "simula": "start", "magsisimula": "start",
    "nagsimula": "started", "sisimulan": "start", "sinimulan": "started", "naging": "became",
    "gawing": "make", "naghahanda": "preparing", "maghanda": "prepare", "handa": "ready",
    "maniwala": "believe", "naniniwala": "believe", "nalilito": "confused",
    "kandidato": "candidate", "halalan": "election",
    "eleksyon": "election", "kampanya": "campaign", "tagapagsalita": "spokesman",
    "mamamahayag": "reporters", "reporter": "reporter",
    "nilabas": "released", "inilabas": "released", "lumabas": "came out", "ilabas": "release",
    "nabasa": "read", "inannounce": "announced", "inanunsyo": "announced",
    "presscon": "press conference", "binago": "changed", "babaguhin": "change",
    "baguhin": "change", "nagquote": "quoted", "manghuli": "arrest", "hulihin": "arrest",
    "nagkagulo": "confusion", "gulo": "confusion", "pagitan": "between", "dinismiss": "dismissed",
    "gagastusin": "cost", "gastusin": "cost", "mabilis": "fast", "pinapauwi": "released",
    "tingin": "view", "pinaparusahan": "punished", "parusahan": "punish", "makasama": "reunite",
    "tumataas": "rising", "tumaas": "rose", "bilang": "", "bumaba": "dropped",
    "babalik": "return", "pataas": "up", "sakop": "covered", "nagulat": "blindsided",
    "gulat": "surprised", "naintindihan": "understood", "pumayag": "agreed", "galit": "angry",
    "natutupad": "fulfilled", "tinupad": "fulfilled", "kaso": "case", "masyado": "",
    "nakakaintindi": "understand", "ospital": "hospital", "dahil": "because", "ulit": "again",
    "isang": "one", "napagkasunduan": "agreed", "pagtanggap": "accepting", "tanggapin": "accept",
    "tinanggap": "accepted", "kapamilya": "relatives", "tono": "tone", "parehas": "same",
    "pareho": "same", "palang": "", "ata": "", "yata": "", "bahay": "home", "kakatok": "knock",
    "magtweet": "tweet", "nagtweet": "tweeted", "nag": "", "mag": "", "ibubunton": "directed at",
    "pumalit": "replaced", "pinalitan": "replaced", "kapalit": "replacement",
    "usapan": "talk", "inaannounce": "announcing", "inaanunsyo": "announcing",
    "sabay": "together", "ibalik": "send back", "ibinalik": "sent back",
    "balik": "back", "kumare": "friend", "kumpare": "friend", "wag": "don't", "huwag": "don't",
    "eksakto": "exact", "eksaktong": "exact", "syang": "", "siyang": "", "akong": "",
    "pati": "also", "kasali": "included", "paghuli": "arrest", "lumalabas": "going out",
    "labas": "out", "kinabukasan": "next day", "loob": "inside", "nahinto": "stopped",
    "huminto": "stopped", "pinahinto": "stopped", "buong": "full", "buo": "whole",
    "gumawa": "made", "haba": "long", "katagal": "long", "tagal": "long",
    "alis": "leave", "pagbalik": "after they came back", "pagdating": "after arriving",
    "ipatupad": "implement", "ipinatupad": "implemented", "pagpapatupad": "implementation",
}  # fmt: skip
# Words that mark a question as Taglish: all of the above but those that are also English,
# Spanish or names a question about the story would use ("Sa", "Tito", "Lima", "para").
_MARKERS = frozenset(_WORDS) - word_set(
    """
    at o para pero may ate ama ina san tao exact reporter presidente korte plano sa si na pa to
    un ay ha eh di mas isa una lima ka mali gastos lola tito bat db kc oo baka alam kung yan ito
    taga tapos ni mo ko kong mong kaya sino sana tono
    """
)
# Bisaya's phrases and words where they differ from Tagalog's, or Tagalog lacks them.
_BISAYA_KIN = {
    "inahan": "mother", "amahan": "father", "ginikanan": "parents", "igsoon": "sibling",
    "ig-agaw": "cousin", "bana": "husband", "uyab": "partner", "apo": "grandchild",
    "umangkon": "nephew", "silingan": "neighbor", "higala": "friend", "manghod": "sibling",
}  # fmt: skip
_BISAYA_PHRASES = phrase_table(
    (
        (r"tinuod (?:po )?ba(?: gyud| jud| kaha)?(?=\s*[?.!]|\s*$)", "is it true"),
        (r"tinuod (?:po )?ba(?: gyud| jud| kaha)?(?: nga)?", "is it true that"),
        (r"hangtod (?:kanus-a|kanusa)", "how long"),
        (r"pila (?:po |ba )?(?:ka )?anak", "how many children"),
        (r"pila (?:po |ba )?ka (?:ka)?tuig", "how many years"),
        (r"pila (?:po |ba )?ka (?:ka)?adlaw", "how many days"),
        (r"pila (?:po |ba |ra )?ka dugay", "how long"),
        # "pila ka troops ang ...": "ang" ends what is counted ("how many troops are ...").
        # (A verb after it tells its own tense: "pila ka memos ang gi-sign", how many were signed.)
        (
            r"pila (?:po |ba )?ka ((?:[\w-]+ ){1,4}?)ang\b(?! (?:gi|na|gipa)[- ]?\w)",
            r"how many \1are",
        ),
        (r"pila (?:po |ba )?ka", "how many"),
        (r"pila (?:po |ba )?(?:ang )?(?=(?:gasto|bayad|presyo|kantidad)\b)", "how much "),
        (r"bag[ -]o(?:ng)?", "new"),
        (r"hinay[ -]?(?:2|hinay)", "slowly"),
        (r"para (?:asa|unsa)", "what for"),
        (r"tungod (?:kay|sa)", "because"),
        (
            r"(?:unsa|unsay|unsang) (?:po |ba |man )*(?:ang )?(?:pangalan|ngalan)(?: sa| ni)?",
            "what is the name of",
        ),
        (
            r"kinsa(?:y|ng)? (?:po |ba |man )*(?:ang )?(?=(?:[\w-]+ )?(?:secretary|president"
            r"|director|head|chief|spokesman|spokesperson|senator|governor|mayor)\b)",
            "who is the ",
        ),
        # "akong igsoon", "tita nako": the asker's family, as "yung tito ko" is.
        (
            rf"(?:akong|among|(?=(?:{'|'.join(_BISAYA_KIN)}|{'|'.join(_KIN)}) nako))\s*"
            rf"(?P<kin>{'|'.join(_BISAYA_KIN)}|{'|'.join(_KIN)}|mom|dad|cousin|uncle|aunt|friend)"
            r"(?: nako)?\b",
            r"my \g<kin>",
        ),
        (r"sa (?:katapusan|kataposan|ulahi)", "in the end"),
        (r"sa wala pa", "before"),
        (r"human sa", "after"),
        (r"mao (?:po )?ba", "is it"),
        (r"naa (?:ba|bay)", "is there"),
        (r"ni-?adto", "went"),
        (r"mag-?dugang", "add"),
        (r"walay (?:pangalan|ngalan)", "not named"),
        # "gi sign ni kelly": the prefix of the done apart from its verb, as in "gi-sign".
        (r"gi (?=[a-z]{3})", "gi-"),
        # (before Tagalog's "ilang", how many)
        (r"ilang(?= )", "their"),
    )
)
_BISAYA: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            """
            daw kuno man jud gyud gud ra lang pod pud diay bitaw unta kaha nga ani ana niini niana
            mao ako nako akong imong iya iyang niya ila ilang nila ato atong namo kamo mi kami
            naa naay anaa aduna adunay niadto adtong kadtong adto mismo panahona kumusta init
            gi ma mo
            """
        ),
        "",
    ),
    # The question's own words.
    "unsa": "what", "unsay": "what is", "unsang": "what", "unsaon": "how", "giunsa": "how",
    "kinsa": "who", "kinsay": "who is", "kinsang": "who", "pila": "how many",
    "pilay": "how many", "kanus-a": "when", "kanusa": "when", "kanosa": "when", "ngano": "why",
    "nganong": "why", "nganu": "why", "asa": "where", "asang": "where", "diin": "where",
    "hain": "where",
    # Its other function words.
    "ug": "and", "dili": "not", "walay": "no", "wa": "no", "usab": "also",
    "gihapon": "still", "kaayo": "very", "kini": "this", "kana": "that", "tinuod": "true",
    "sakto": "right", "human": "after", "sunod": "next", "karon": "now", "ugma": "tomorrow",
    "gahapon": "yesterday", "didto": "there", "diri": "here", "tanan": "all", "daghan": "many",
    "daghang": "many", "gamay": "few", "uban": "other", "kauban": "with", "dugang": "more",
    "daan": "already", "dugay": "long", "dayon": "right away", "dali": "quick", "hinay": "slow",
    "layo": "far", "duol": "near", "hangtod": "until", "kinahanglan": "need", "lahi": "different",
    "tungod": "because", "gikan": "from", "salamat": "thanks", "palihug": "please",
    # The asker's family and what they do.
    **_BISAYA_KIN,
    "tawo": "people", "katawhan": "people", "balay": "home", "pasyente": "patient",
    # The story's words.
    "ingon": "said", "niingon": "said", "miingon": "said", "giingon": "said",
    "nagingon": "said", "ingnon": "say", "buhat": "did", "gibuhat": "did", "buhaton": "do",
    "nakabuhat": "did", "himo": "made", "gihimo": "made", "himuon": "make",
    "nahitabo": "happened", "mahitabo": "will happen", "kabalo": "know", "nahibalo": "know",
    "kahibalo": "know", "gitawag": "called", "gigamit": "used", "gamiton": "use",
    "gawas": "came out", "migawas": "came out", "nigawas": "came out", "nagawas": "came out",
    "gipagawas": "released", "gisulat": "wrote", "sulat": "wrote", "tabang": "help",
    "puyo": "live", "nagpuyo": "live", "pangita": "looking for", "gipangita": "looking for",
    "dakop": "arrest", "gidakop": "arrested", "madakpan": "arrested", "manakop": "arrest",
    "nanakop": "arrested", "dakpon": "arrest", "uli": "go home", "mouli": "go home",
    "gipauli": "sent home", "sulod": "inside", "makasulod": "enter", "tuman": "fulfill",
    "gituman": "fulfilled", "natuman": "fulfilled", "tumanon": "fulfill", "hadlok": "fear",
    "nahadlok": "afraid", "mahadlok": "afraid", "kahadlok": "fear", "suko": "angry",
    "nasuko": "angry", "libog": "confused", "nalibog": "confused", "nasabtan": "understood",
    "gipasabot": "meant", "pasabot": "meaning", "sabot": "understand", "motuo": "believe",
    "tuohan": "believe", "nakigkita": "met", "gipirmahan": "signed", "pirmahan": "sign",
    "natukod": "built", "tukod": "build", "sugod": "start", "nagsugod": "started", "apil": "included",
    "maapil": "included", "naapil": "included", "kalimot": "forgot", "nakalimot": "forgot",
    "pangutana": "question", "tubag": "answer", "gihisgutan": "talked about",
    "sigurado": "sure", "magtago": "hide", "gasto": "cost", "paspasan": "speed up",
    "trato": "treatment", "kaugalingon": "own", "imbento": "invented",
    "tangtang": "removed", "gitangtang": "removed", "baliktad": "opposite", "katapusan": "end",
    "puli": "replacement", "milya": "miles", "sweldo": "pay", "usa": "one", "duha": "two",
    "tulo": "three", "upat": "four", "napulo": "ten", "gatos": "hundred", "tuig": "years",
    "adlaw": "day", "semana": "week", "bulan": "month", "buntag": "morning", "gabii": "night",
    "tong": "", "og": "", "bay": "", "reklamo": "complaint", "maapektuhan": "affected",
    "apektuhan": "affect", "naapektuhan": "affected", "klase": "kind of", "magasto": "cost",
    "naghulat": "waiting", "hulat": "wait", "maghulat": "wait",
    "paspas": "faster", "kadaghanan": "most",
}  # fmt: skip
# Words that mark a question as Bisaya: its own question words, particles and everyday words,
# which no Tagalog, English or Spanish question uses.
_BISAYA_MARKERS = word_set(
    """
    unsa unsay unsang unsaon giunsa kinsa kinsay kinsang pila pilay kanus-a kanusa ngano
    nganong diin tinuod dili naa naay walay ingon niingon miingon giingon nagingon gyud jud kuno
    gihapon diay adtong niadto kadtong karon ugma kabalo nahibalo nahitabo mahitabo gibuhat
    buhaton tanan daghan daghang dugay dayon unta pod pud usab kaayo nako akong imong iyang
    nasabtan gipasabot tuig adlaw gamay dugang ug hangtod asa kinahanglan tubag pangutana balay
    nakalimot nagpuyo gipangita natuman naghulat magasto kadaghanan maapektuhan reklamo
    """
)
_HOW_MANY = lazy_compile(r"\bpila (?:po |ba )?ka\b")  # "pila ka": how many, and Bisaya alone
# Its question words, which no other language a question here is written in has, count twice
# (one is Bisaya enough: "kinsa tong acting director sa ICE?"), and its prefixes on an English
# verb ("ni-confirm", "gi-deport") count as its words do ("asa ni-adto si trump").
_BISAYA_ASKS = word_set(
    "unsa unsay unsang unsaon giunsa kinsa kinsay kinsang ngano nganong kanus-a"
)
_BISAYA_AFFIXED = lazy_compile(r"\b(?:ni|gi|gipa|mi)-[a-z]{3,}\b")


@dataclass(frozen=True, slots=True)
class _Glossary:
    """How one language's words read in English: phrases first, then word for word."""

    phrases: tuple[tuple[LazyPattern, str], ...]
    words: dict[str, str]


_TAGLISH = _Glossary(_PHRASES, _WORDS)
# (Bisaya questions borrow Tagalog's words too: "sabi", "kasi", "pamilya".)
_BISAYA_READ = _Glossary(_BISAYA_PHRASES + _PHRASES, {**_WORDS, **_BISAYA})
_DONE = "\x01"  # marks a participle of the done, until it is placed ("how many were deported")
# "ilan ang na-deport": "how many deported" is "how many were deported".
# ("ilan actually na-hire": "how many were actually hired")
_COUNTED_DONE = lazy_compile(
    rf"\bhow many((?: (?!actually\b|really\b)[A-Za-z]+){{0,2}}?)( actually| really)? {_DONE}"
)
_WORD = lazy_compile(r"[\x00\x02\x03]?[A-Za-z]+(?:'[A-Za-z]+)?(?:-[A-Za-z]+)*")
# Tagalog asks yes or no with "ba" and no question word: "affected ba siya?"
_ASKED = lazy_compile(
    r"\b(?:what|who|whose|when|where|which|why|how|is it)\b"
    r"|^(?:can|could|should|will|would|is|are|was|were|did|do|does|has|have)\b"
)
_ASKS = lazy_compile(r"(?<=[?.!])\s+(?=\w)")  # where a sentence (or question) of several ends
_SPACE_BEFORE = lazy_compile(r"[ \t]+(?=[?.!,;:])")  # where a dropped word was
_MARK_AFTER_END = lazy_compile(r"(?<=[?.!])[,;:]+")  # "million. Herh, what": "million. what"
_MINE = lazy_compile(r"\b(?:ko|namin|nako|akong)\b", re.IGNORECASE)  # the asker's own: "anak ko"
_YES_NO = lazy_compile(r"\b(?:ba|bang|diba)\b", re.IGNORECASE)


# A verb with a Tagalog prefix on an English one ("na-prosecute", "mag-apply") marks Taglish
# as a Tagalog word does.
_AFFIXED_VERB = lazy_compile(
    r"\b(?:na|ma|mag|nag|naka|maka|nakapag|makapag|nakipag|makipag|ipa|pag)-[a-z]{3,}\b"
)
# Particles an English sentence never has, lower case: "where was the rally, houston ba?" is
# Taglish with one Tagalog word.
_PARTICLES = lazy_compile(r"\b(?:ba|po|daw|raw|yung|naman|nung|talaga)\b")


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Taglish; otherwise `text` itself."""
    lowered = text.lower()
    said = _WORD.findall(lowered)
    marking = len(_MARKERS.intersection(said)) + len(_AFFIXED_VERB.findall(lowered))
    bisaya = (
        len(_BISAYA_MARKERS.intersection(said))
        + len(_BISAYA_ASKS.intersection(said))
        + len(_HOW_MANY.findall(lowered))
        + len(_BISAYA_AFFIXED.findall(lowered))
    )
    # (One Bisaya word with a marker both languages share is Bisaya: "pila ka officers ang ICE")
    glossary = _BISAYA_READ if bisaya and bisaya + marking >= 2 else _TAGLISH
    if glossary is _TAGLISH and marking < 2 and not (marking and _PARTICLES.search(text)):
        return text
    # Each sentence of several is read alone: "what has the guard done before? nag aaresto ba
    # sila dati?" asks what, then whether; "Pinsan ko na TNT, na-charge sya. priority ba sya?"
    # tells, then asks.
    return " ".join(
        _sentence_as_english(part, i, glossary) for i, part in enumerate(_ASKS.split(text))
    )


def _sentence_as_english(text: str, i: int, glossary: _Glossary) -> str:
    """Return one question of a Taglish message read as English (`i`: the how-manieth)."""
    yes_no = _YES_NO.search(text)
    if (
        yes_no is not None
        and (told := text.rfind(", ", 0, yes_no.start())) > 0
        and _MINE.search(text[:told])
    ):
        # "anak ko po DACA recipient, affected ba siya": what is told, then what is asked.
        told_text, text = text[:told], text[told + 2 :]
        told_text = _sentence_as_english(told_text, i, glossary)
        return f"{told_text}, {_sentence_as_english(text, i, glossary)}"
    for phrase, english in glossary.phrases:
        text = phrase.sub(english, text)
    text = _AFFIXED.sub(_aspect, text)
    text = _WORD.sub(lambda word: _english_word(word, glossary.words), text)
    text = closed_up(text)
    text = _COUNTED_DONE.sub(r"how many\1 were\2 ", text).replace(_DONE, "")
    # (A later one of one word, or one offering a choice, is a guess: "when do they start? bukas
    # na ba" is "tomorrow?", "sino gumawa? DHS ba o White House?" is "DHS or White House?")
    if (
        yes_no
        and _ASKED.search(text.lower()) is None
        and (i == 0 or (len(text.split()) > 1 and " or " not in text))
    ):
        text = f"is it true that {text}"
    return text


def closed_up(text: str) -> str:
    """Return `text` without the spaces the words dropped from it left ("what ?", "a  b"), nor
    a comma left after the end of a sentence ("million., what")."""
    return _MARK_AFTER_END.sub("", _SPACE_BEFORE.sub("", re.sub(r"[ \t]{2,}", " ", text))).strip()


def _aspect(affixed: re.Match[str]) -> str:
    return next((mark for aspect, mark in _ASPECTS.items() if affixed[aspect]), "")


def _english_word(match: re.Match[str], glossary: dict[str, str]) -> str:
    word = match[0]
    aspect = word[0] if word[0] in _ASPECT_MARKS else None
    if aspect is not None:
        word = word[1:]
    elif (
        word[:1].isupper()
        and match.start() > 0
        and match.string[: match.start()].rstrip()[-1:] not in ".?!"
        and not match.string[: match.start()].endswith("my ")  # "Pinsan ko": "my cousin"
        and word != "TNT"  # "tago nang tago": undocumented
    ):
        return word  # a name, not a word of the sentence: "San Antonio", "May 2017", "NG"
    english = glossary.get(word.lower())
    if english is None:
        english = _unreduplicated(word.lower(), glossary)
    if english is None:
        parts = word.split("-")
        read = [glossary.get(part.lower(), part) for part in parts]
        english = " ".join(read) if read != parts else word  # "sino-sino"; "check-in" stays
    if aspect is None or not english.isalpha():
        return english
    return _AUXILIARY.get(aspect, _DONE) + _participle(english)


# Aspect repeats a verb's first syllable, after its prefix if it has one: "ikukulong" (will
# detain) is "ikulong", "dadagdag" is "dagdag", "papaalisin" is "paalisin", "aaresto" is "aresto".
_REPEATED = lazy_compile(
    r"(?P<prefix>i|ma|na|mag|nag|pag|ipa|ipag|)(?P<syllable>[b-df-hj-np-tv-z]?[aeiou])"
    r"(?P=syllable)(?P<rest>[a-z]{3,})"
)


def _unreduplicated(word: str, glossary: dict[str, str]) -> str | None:
    """Return how `word` reads with its repeated syllable once, if that is a known word."""
    if (repeated := _REPEATED.fullmatch(word)) is None:
        return None
    base = f"{repeated['syllable']}{repeated['rest']}"
    return glossary.get(f"{repeated['prefix']}{base}") or glossary.get(base) or None


# Participles of the irregular verbs the glossaries give, some in the past already.
_IRREGULAR = {
    "say": "said", "said": "said", "make": "made", "made": "made", "do": "done", "did": "done",
    "send": "sent", "sent": "sent", "meet": "met", "met": "met", "write": "written",
    "wrote": "written", "build": "built", "built": "built", "know": "known", "take": "taken",
    "took": "taken", "give": "given", "gave": "given", "tell": "told", "told": "told",
}  # fmt: skip


def _participle(verb: str) -> str:
    """Return the English past participle of a `verb` ("deport", "hire", "apply", "say")."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("ed"):
        return verb
    if verb.endswith("e"):
        return f"{verb}d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return f"{verb[:-1]}ied"
    return f"{verb}ed"
