"""Bosnian, Croatian and Serbian questions, and Albanian ones, read as the English the rest of the
engine reads.

Bosnian and Kosovar Albanian families in St. Louis and Utica write their languages without
diacritics, mixed with the story's English words ("kad su izasli kelly memos?", when did the
Kelly memos come out; "koliko ljudi ima removal order?", how many people have a removal order;
"sa njerez ka deportu ERO in fiscal 2018", how many people ERO deported; "pse e hoqi trump
vitiellon?", why Trump removed Vitiello). Both put their prepositions before their nouns and
their words in an order close to English, so the question is read word for word, as `polish`
reads one: the question words and the story's words become English ones, and the particles that
carry nothing go ("jel" and "da li", which ask yes or no; Albanian "e", "te" and a first "a").
Both mark a noun's case with an ending, the story's names too ("ICE-a", "Trumpa", "Kellyja",
"vitiellon", "kufirin", "amerike"): the frequent forms of the story's words are listed, and a
name of the story takes any of the endings. Bosnian "sa" is "with" ("sa njom", with her) and
Albanian "sa" is "how many" ("sa familje"): it is "with" only before a word ending as one does
after "sa". A question is read so only when it has a word that only these languages have
("koliko", "zasto", "ljudi", "kush", "pse", "njerez", "sipas"; or "ko je", who is) and another
of their words: "sa", "si", "ku", "ko", "je", "su", "e", "te" and "ne" are Tagalog, Italian,
Spanish, French, Haitian, Hindi or Tamil too, and count for little alone.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

_FOLDED = str.maketrans("čćšžđëçČĆŠŽĐËÇ", "ccszdecCCSZDEC")
# The story's names, which take the languages' case endings: Bosnian "Trumpa", "Kellyja",
# "Obamom", "Meksiku"; Albanian "vitiellon", "trumpi", "kellyt", "obames".
_NAMED = (
    (r"trump(?:a|u|om|e|i|in|it|ov|ova|ove)", "trump"),
    (r"kelly(?:ja|ju|jem|jeva|jevi|jeve|t|n|ne|i)", "kelly"),
    (r"obam(?:e|i|u|om|in|ine|en|es|ina|ini)", "obama"),
    (r"vitiell(?:a|u|om|on|oja|os|ot|i)", "vitiello"),
    (r"vizguerr(?:e|i|u|om|en|es|in|on)", "vizguerra"),
    (r"(morgan|spicer|tillerson|menendez|pew|videgaray|kongres)(?:a|u|om|i|in|it|ov|ova)", r"\1"),
    (r"(ICE|DHS|ERO|DACA|CBP|CNN|NYT)-(?:a|u|om|ov|ova|e|i|in|it|ja|ju|s|se|ne|n)", r"\1"),
    (r"meksik(?:a|u|om|e|o|en|es|un|ut)", "Mexico"),
    (r"(?:amerik|amerike|americi)(?:a|u|om|e|en|es|un|ut|ane)?", "America"),
    (r"utic(?:i|u|e|a|en|es)", "Utica"),
    (r"st\.? louis(?:u|a|i|in|it)", "St. Louis"),
)
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (r"(?:sta|sto) je (?:s|sa) (?=njom|njim|njima)", "what happened to "),
        (r"(?:sta|sto) se (?:desilo|dogodilo|desava|dogada)", "what happened"),
        (r"(ko|sta|sto) je to", r"\1 is that"),
        (r"koliko ih(?: je| ima)?", "how many are there"),
        # Bosnian "sa" (with), before a word that ends as one does after it; else it is
        # Albanian's "how many".
        (r"(?:sa|s) (?=\w+(?:om|em|im|ima|ama|njom|njim)\b)", "with "),
        *_NAMED,
        # Bosnian: whether, who is right, is that so.
        (r"ko je u pravu", "who is right"),
        (r"(?:je li|jel|jel to|je l|da li je) (?:tako|tacno|istina)", "is that true"),
        (r"(?:da ili ne|da il ne)", "yes or no"),
        (r"(?:sta|sto) mislis", "what do you think"),
        (r"(?:sta|sto) kazu", "what do they say"),
        (r"bas me zanima", ""),
        (r"o (?:burre|vlla|vella|motra|shoku)", ""),
        (r"(?:je li|da li|jel)", ""),
        (r"(?:je|su) (?:bio|bila|bilo)", "was"),
        (r"(?:su|je) (?:bili|bile)", "were"),
        # The past made with "je" or "su" before a participle: "ko je rekao", who said.
        (r"(?:je|su) (?=\w+(?:ao|io|eo|uo|la|li|lo|le)\b)", ""),
        (r"bez papira", "undocumented"),
        # Bosnian "i" (and) between two words ("kelly i tillerson"): not the English "i" before
        # its verb ("i think", "i dont").
        (
            r"(?<=\w )(?-i:i)(?= (?!(?:dont|don't|do|did|think|thought|see|saw|hope|heard|know|knew"
            r"|am|was|have|had|need|want|just|mean|guess|remember|read|can|cant|can't|will|would"
            r"|wonder|believe|got|feel|told|asked|live|work|also|never|still|really|only)\b)\w)",
            "and",
        ),
        (
            r"(?:nalog|naredbu|naredba|naredbom) (?:za|o)"
            r" (?:deportaciju|deportacija|protjerivanje)",
            "removal order",
        ),
        (r"(?:nacionalna|nacionalne|nacionalnu) (?:garda|garde|gardu)", "National Guard"),
        (r"(?:granicna|granicne|granicnu) (?:policija|policije|patrola|patrole)", "border patrol"),
        (r"(?:bijela|bijele|bijeloj|bela|bele|beloj) (?:kuca|kuce|kuci)", "White House"),
        (r"(?:zelena|zelenu|zelene) (?:karta|kartu|karte)", "green card"),
        (r"vrsilac duznosti", "acting"),
        (r"(?:koliko dugo|koliko vremena)", "how long"),
        (r"(?:od kad|od kada|otkad)", "since when"),
        (r"(?:koje godine|koja godina)", "what year"),
        (r"(?:kojeg|kojega|kog) (?:dana|datuma)", "what date"),
        (r"u (?=(?:junu|julu|februaru|januaru|godini|americi|meksiku|utici|sudu|crkvi|\d))", "in "),
        # Albanian: how much it costs, all this, according to, undocumented.
        (r"sa (?:kushton|kushtojne|kushtoi)", "how much does it cost"),
        (r"(?:e|te) (?:gjithe|gjitha) (?:kjo|keto)", "all this"),
        (r"pa (?:letra|dokumente|leje)", "undocumented"),
        (r"(?:urdher|urdhri|urdhrin|urdhra) (?:deportimi|per deportim)", "removal order"),
        (r"(?:garda|garden|gardes) kombetare", "National Guard"),
        (r"(?:shtepia|shtepine|shtepise) e bardhe", "White House"),
        (r"(?:ka|kane|e ka|i ka) (?:marre|mare)", "got"),
        (r"(?:te|e) (?:rinj|re|reja)", "new"),
        (r"me (?=(?:kufi|mur|ligj|meksik|amerik|kelly|trump|ushtri|polici|familj)\w*)", "with "),
        (r"a (?:eshte|esht) e vertete", "is it true"),
        (r"(?:sa|per sa) kohe", "how long"),
        (
            r"ne (?=(?:America|Mexico|Utica|St\. Louis|kufi|kufirin|kufij|shtepi|gjykate|kishe)\b)",
            "in ",
        ),
        # Albanian's "a", which asks yes or no, first; and "a po?", right?, last.
        (r"^a (?=(?:po|ka|kane|eshte|jane|do|e|i|u|mund|duhet|ishte|ishin|thon|thone|tha)\b)", ""),
        (r",? a po(?=\s*[?.!]*\s*$)", ""),
        # Albanian's particles, which carry nothing ("pse e hoqi", why did he remove; "te
        # rinj", new): not the "e" of "e-verify".
        (r"e(?!-)", ""),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # Bosnian question words ("jel" and "li" ask yes or no, as "do" does).
    "sta": "what", "sto": "what", "ko": "who", "tko": "who", "koga": "whom", "kome": "whom",
    "ciji": "whose", "cija": "whose", "cije": "whose", "kad": "when", "kada": "when",
    "gdje": "where", "gde": "where", "zasto": "why", "zbog": "because of", "koliko": "how many",
    "koji": "which", "koja": "which", "koje": "which", "kojeg": "which", "kojih": "which",
    "kojim": "which", "kako": "how", "jel": "", "li": "",
    # Albanian question words.
    "cfare": "what", "cka": "what", "qka": "what", "ckemi": "", "kush": "who", "kujt": "whom",
    "ke": "whom", "kur": "when", "ku": "where", "pse": "why", "perse": "why", "sa": "how many",
    "cili": "which", "cila": "which", "cilet": "which", "cilat": "which", "cilin": "which",
    "ciles": "which", "si": "how", "qysh": "how",
    # Bosnian particles, prepositions and pronouns (not "i", "to", "do", "one", "sad" and "ali",
    # which English questions have as often).
    "je": "is", "su": "", "smo": "are", "ste": "are", "nije": "is not",
    "nisu": "are not", "ni": "nor", "ili": "or", "jer": "because",
    "ako": "if", "da": "that", "za": "for", "od": "from", "iz": "from", "u": "in", "o": "about",
    "oko": "about", "prije": "before", "pre": "before", "poslije": "after", "posle": "after",
    "nakon": "after", "bez": "without", "ovaj": "this", "ova": "this", "ovo": "this",
    "ove": "these", "ovi": "these", "ovih": "these", "taj": "that", "onaj": "that",
    "ona": "she", "ono": "that", "oni": "they", "njom": "her", "nju": "her",
    "njega": "him", "njemu": "him", "njih": "them", "njima": "them", "ih": "them",
    "ga": "him", "joj": "her", "mu": "him", "njegov": "his", "njegova": "his",
    "njegove": "his", "njen": "her", "njena": "her", "moj": "my", "moja": "my", "moje": "my",
    "nas": "our", "nasi": "our", "sve": "all", "svi": "all", "svih": "all", "svima": "all",
    "neki": "some", "neke": "some", "nesto": "something", "samo": "only", "jos": "still",
    "vec": "already", "sada": "now", "onda": "then", "tad": "then",
    "tada": "then", "uvijek": "always", "nikad": "never", "ikad": "ever", "vise": "more",
    "manje": "fewer", "najvise": "most", "tacno": "exactly", "stvarno": "really",
    "zapravo": "actually", "ukupno": "in total", "otprilike": "roughly", "ukratko": "in short",
    "opet": "again", "tu": "here", "ovdje": "here", "ovde": "here", "tamo": "there",
    "tako": "so", "ta": "", "bas": "really", "brate": "", "bre": "", "ajde": "", "hajde": "",
    "vala": "", "valjda": "", "inshallah": "", "jbg": "", "ba": "",
    # Bosnian verbs.
    "bio": "was", "bila": "was", "bilo": "was", "bili": "were", "bice": "will be",
    "biti": "be", "ce": "will", "cu": "will", "ces": "will", "cemo": "will", "ima": "has",
    "imaju": "have", "imali": "had", "imao": "had", "nema": "has no", "moze": "can",
    "mogu": "can", "mogli": "could", "treba": "should", "trebaju": "should", "hoce": "wants",
    "htio": "wanted", "htjeo": "wanted", "hteo": "wanted", "zeli": "wants",
    "zele": "want", "zelio": "wanted", "rekao": "said", "rekla": "said", "rekli": "said",
    "kaze": "says", "kazu": "say", "kazao": "said", "govori": "says", "pita": "asks",
    "pitaju": "ask", "obecao": "promised", "obecala": "promised", "obecali": "promised",
    "potpisao": "signed", "potpisali": "signed", "napisao": "wrote", "napisali": "wrote",
    "objavio": "published", "objavili": "published", "izasli": "came out",
    "izasao": "came out", "izasla": "came out", "izaslo": "came out", "izlaze": "come out",
    "dobio": "got", "dobila": "got", "dobili": "got", "dobiti": "get", "dao": "gave",
    "dali": "gave", "uradio": "did", "uradili": "did", "napravio": "made", "radi": "does",
    "rade": "do", "poslao": "sent", "poslati": "send", "salju": "send", "zaposliti": "hire",
    "zaposle": "hire", "zaposljavaju": "hire", "kosta": "cost",
    "kostati": "cost", "kostalo": "cost", "deportovali": "deported", "deportovani": "deported",
    "deportovano": "deported", "deportovan": "deported", "deportovati": "deport",
    "deportuju": "deport", "deportirali": "deported", "deportirani": "deported",
    "deportirati": "deport", "protjerali": "deported", "uhapsili": "arrested",
    "hapse": "arrest", "hapsiti": "arrest", "uhvatiti": "arrest", "otisao": "went",
    "otisli": "went", "dosao": "came", "dosli": "came", "zive": "live", "zivi": "lives",
    "skriva": "is hiding", "krije": "is hiding", "zna": "knows", "znaju": "know",
    "znao": "knew", "mislis": "do you think", "misli": "thinks", "otkazao": "canceled",
    "otkazali": "canceled", "povukao": "withdrew", "smijenio": "removed",
    "maknuo": "removed", "izgradio": "built", "izgraditi": "build", "graditi": "build",
    "pocelo": "started", "poceli": "started", "poceti": "start", "pocinje": "starts",
    "zaustavio": "stopped", "zaustavili": "stopped", "upozorio": "warned",
    "kritikovali": "criticized", "pobijedio": "won", "pobedio": "won",
    "se": "", "desilo": "happened", "dogodilo": "happened", "zove": "calls", "zvao": "called",
    "nazvao": "called", "nazvali": "called", "trazi": "seeks", "traze": "seek",
    "ukinuo": "canceled", "ukinuti": "cancel", "ukida": "cancels", "vratiti": "return",
    "sakrila": "hid", "sakrio": "hid",
    # Bosnian, the story's words.
    "ljudi": "people", "ljude": "people", "ljudima": "people", "osoba": "people",
    "porodice": "families", "porodica": "family", "porodicu": "family",
    "porodicama": "families", "familije": "families", "familija": "family",
    "djeca": "children", "djece": "children", "djecu": "children", "deca": "children",
    "dece": "children", "decu": "children", "dijete": "child", "dete": "child",
    "roditelji": "parents", "roditelje": "parents", "zid": "wall", "zida": "wall",
    "zidu": "wall", "zidom": "wall", "granica": "border", "granicu": "border",
    "granici": "border", "granice": "border", "vojska": "army", "vojsku": "army",
    "vojske": "army", "vojnika": "troops", "vojnici": "troops", "vojnike": "troops",
    "policija": "police", "policiju": "police", "policije": "police", "policajci": "police",
    "zakon": "law", "zakona": "law", "zakonu": "law", "zakoni": "laws", "papiri": "papers",
    "papira": "papers", "papire": "papers", "predsjednik": "president",
    "predsjednika": "president", "predsednik": "president", "predsednika": "president",
    "meksicki": "Mexican", "meksicka": "Mexican", "meksicke": "Mexican",
    "meksickog": "Mexican", "americki": "American", "kongres": "Congress",
    "kongresa": "Congress", "kongresu": "Congress", "sud": "court", "suda": "court",
    "sudu": "court", "sudija": "judge", "sudije": "judges", "sef": "head", "sefa": "head",
    "sefu": "head", "sefovi": "bosses", "direktor": "director", "direktora": "director",
    "agent": "agent", "agenta": "agents", "agenata": "agents", "agente": "agents",
    "agenti": "agents", "oficira": "officers", "sluzbenika": "officers", "novih": "new",
    "novi": "new", "nove": "new", "novim": "new", "nova": "new", "imigranti": "immigrants",
    "imigranata": "immigrants", "imigrante": "immigrants", "migranti": "migrants",
    "migranata": "migrants", "migrante": "migrants", "izbjeglice": "refugees",
    "izbeglice": "refugees", "ilegalci": "illegal immigrants", "ilegalaca": "illegal immigrants",
    "deportacija": "deportation", "deportacije": "deportations",
    "deportaciju": "deportation", "masovne": "mass",
    "masovnih": "mass", "masovna": "mass", "racija": "raid", "racije": "raids",
    "raciju": "raid", "racijama": "raids", "hapsenje": "arrests", "hapsenja": "arrests",
    "pravila": "rules", "propisi": "rules", "dopisi": "memos", "dopis": "memo",
    "memoa": "memos", "memoi": "memos", "memoima": "memos", "memo": "memo", "tvit": "tweet",
    "tvitu": "tweet", "obecanje": "promise", "obecanja": "promises", "posjeta": "visit",
    "posjetu": "visit", "poseta": "visit", "posetu": "visit", "kampanja": "campaign",
    "kampanji": "campaign", "kampanje": "campaign", "crkva": "church", "crkvi": "church",
    "crkvu": "church", "godina": "years", "godine": "year", "godini": "year",
    "godinu": "year", "mjesec": "month", "mjeseca": "month", "mesec": "month",
    "sedmica": "week", "sedmice": "week", "sedmicu": "week", "dan": "day", "dana": "days",
    "datum": "date", "juni": "June", "juna": "June", "junu": "June", "lipanj": "June",
    "februar": "February", "februara": "February", "februaru": "February",
    "veljaca": "February", "januar": "January", "januara": "January", "utorak": "Tuesday",
    "utorka": "Tuesday", "ponedjeljak": "Monday", "jutro": "morning", "ujutro": "morning",
    "uvece": "evening", "milion": "million", "miliona": "million", "hiljada": "thousand",
    "hiljade": "thousand", "tisuca": "thousand", "pravu": "right", "istina": "true",
    "vrijeme": "weather", "vreme": "weather", "sutra": "tomorrow", "snijeg": "snow",
    "sneg": "snow", "sinoc": "last night", "fudbal": "football", "bosna": "Bosnia",
    "vizu": "visa", "viza": "visa", "prioritet": "priority", "troskovi": "cost",
    "cilj": "goal", "razlog": "reason", "nadimak": "nickname", "ime": "name",
    "azil": "asylum", "radnici": "workers", "posao": "work", "poslu": "work",
    "odluka": "decision", "prijetnja": "threat",
    # Albanian particles, pronouns and verbs (not "me", "do", "per" and "pa", which are English
    # or Spanish as often).
    "te": "", "po": "", "ne": "", "dhe": "and", "edhe": "also", "ose": "or", "apo": "or",
    "por": "but", "nuk": "not", "nga": "from", "prej": "from",
    "kjo": "this", "ky": "this", "keto": "these", "ata": "they", "qe": "that",
    "ai": "he", "ajo": "she", "atij": "him", "tij": "his", "saj": "her", "tyre": "their",
    "gjithe": "all", "gjitha": "all", "shume": "many", "pak": "few", "vetem": "only",
    "tani": "now", "akoma": "still", "sot": "today", "neser": "tomorrow", "ende": "still",
    "vertete": "true", "sakt": "exactly", "sakte": "exactly", "vlla": "", "vella": "",
    "motra": "", "burre": "", "ore": "", "mre": "", "lum": "",
    "eshte": "is", "esht": "is", "jane": "are", "ishte": "was", "ishin": "were",
    "ka": "has", "kane": "have", "kishte": "had", "kishin": "had",
    "mund": "can", "duhet": "must", "tha": "said", "than": "said", "thane": "said",
    "thote": "says", "thon": "say", "thone": "say", "don": "wants", "deshiron": "wants",
    "deshironte": "wanted", "premtoi": "promised", "nenshkroi": "signed", "shkroi": "wrote",
    "shkoi": "went", "shkuan": "went", "erdhi": "came", "dolen": "came out",
    "doli": "came out", "hoqi": "removed", "hoqen": "removed", "largoi": "removed",
    "paralajmeroi": "warned", "kritikoi": "criticized", "anuloi": "canceled",
    "ndaloi": "stopped", "ndalen": "stopped", "filloi": "started", "fillojne": "start",
    "deportu": "deported", "deportuan": "deported", "deportoi": "deported",
    "deportojne": "deport", "deportoje": "deport", "deportoj": "deport",
    "deportohen": "are deported", "deportuar": "deported",
    "kap": "arrest", "kapin": "arrest", "kapen": "arrested", "arrestuan": "arrested",
    "punesojne": "hire", "punesoje": "hire", "kushton": "cost", "ndertoj": "build",
    "ndertoje": "build", "ndertoi": "built", "mori": "got", "moren": "got", "marre": "got",
    "dha": "gave", "dhane": "gave", "fshihet": "is hiding", "jeton": "lives",
    "ndodhi": "happened", "ndodh": "happens", "bone": "did", "boni": "do", "beri": "did",
    "bere": "done", "bene": "did", "foli": "spoke", "vendosi": "decided", "dergoi": "sent",
    "dergojne": "send", "dergoj": "send", "zevendesoi": "replaced", "dinte": "knew",
    "fitoi": "won", "fiton": "wins",
    # Albanian, the story's words (and their definite forms).
    "njerez": "people", "njerezit": "people", "njerezve": "people", "veta": "people",
    "familje": "families", "familjet": "families", "familjeve": "families",
    "familja": "family", "familjen": "family", "femije": "children", "femijet": "children",
    "femijeve": "children", "prinder": "parents", "prinderit": "parents", "mur": "wall",
    "muri": "wall", "murin": "wall", "murit": "wall", "kufi": "border", "kufiri": "border",
    "kufirin": "border", "kufirit": "border", "ushtria": "army", "ushtrine": "army",
    "ushtrise": "army", "ushtare": "troops", "ushtaret": "troops", "ushtareve": "troops",
    "policia": "police", "policine": "police", "policise": "police", "ligj": "law",
    "ligji": "law", "ligjin": "law", "ligjit": "law", "ligjet": "laws", "emigrant": "immigrants",
    "emigrante": "immigrants", "emigrantet": "immigrants", "emigranteve": "immigrants",
    "emigrantve": "immigrants", "refugjate": "refugees",
    "letra": "papers", "dokumente": "papers", "sipas": "according to",
    "presidenti": "the president", "presidentin": "the president", "kongresi": "Congress",
    "kongresin": "Congress", "gjykata": "court", "gjykate": "court", "gjyqtari": "judge",
    "shefi": "head", "shefin": "head", "drejtori": "director", "drejtorin": "director",
    "oficere": "officers", "oficeret": "officers", "agjente": "agents", "agjentet": "agents",
    "rinj": "new", "reja": "new", "memot": "memos", "memove": "memos", "rregullat": "rules",
    "rregulla": "rules", "kishe": "church", "kisha": "church", "bastisje": "raids",
    "bastisjet": "raids", "deportim": "deportation", "deportime": "deportations",
    "deportimet": "deportations", "deportimi": "deportation", "masive": "mass",
    "nofken": "nickname", "nofka": "nickname", "premtim": "promise", "premtimin": "promise",
    "premtimet": "promises", "fushata": "campaign", "fushaten": "campaign", "vizita": "visit",
    "viziten": "visit", "vit": "year", "vitin": "year", "viti": "year", "vite": "years",
    "muaj": "month", "jave": "week", "javen": "week", "dite": "day", "diten": "day",
    "data": "date", "qershor": "June", "qershorin": "June", "shkurt": "February",
    "shkurtin": "February", "janar": "January",
    "mije": "thousand", "qellimi": "goal", "qellim": "goal", "arsyeja": "reason",
    "kosto": "cost", "kostoja": "cost", "kushti": "cost", "qeveria": "the government",
}  # fmt: skip
# Words that only these languages have (Bosnian, then Albanian), and their short words that
# Tagalog, Italian, Spanish, French, Haitian, Swahili, Hindi, Polish or Romanian have too: one of
# the first and another of either, is Bosnian or Albanian. (Not "mur" or "granica", Polish's wall
# and border, nor "moze", "kaze", "trumpa" or "kongresu", which Polish writes too, nor "zid",
# Romanian's; not "jane", Bengali's knows, "tha", Hindi's was, or "sef", Nigerian's self.)
_MARKERS = word_set(
    """
    koliko zasto gdje gde kad jel tko koji koja koje kojeg kojih kako izasli izasao izasla
    izaslo rekao rekla rekli dobio dobili deportovali deportovani deportovano deportirali
    deportovati deportuju ljudi ljude ljudima porodice porodica porodicu djeca djece deca
    dece vojska vojske vojsku vojnika vojnici policija policiju zakona papira papiri brate
    predsjednik predsednik predsjednika meksicki meksicka onaj ovaj tacno kazu mislis
    zapravo ukratko otprilike novih njom njega njih nju vrijeme sutra sinoc pobijedio pravu
    hoce obecao potpisao zanima bilo nije nisu imaju treba trebaju uhapsili racije
    godine godina sedmice zida hiljada miliona sefa cilj desilo dogodilo
    nazvao ukinuo trumpom kellyja obamom
    cfare cka qka qysh kush kujt pse perse kur cili cila cilet njerez njerezit familje
    familjet femijet ushtria ushtare ushtaret ligj ligji ligjin ligjet sipas thon thone thote
    ishin ishte eshte shkoi hoqi kufirin kufiri kufirit kufi deportu deportuan deportoi
    kushton paralajmeroi rinj veta nofken marre edhe dhe nuk vlla shume kjo gjithe premtoi
    nenshkroi emigrantet murin ndodhi vitiellon trumpin
    """
)
_WEAK_MARKERS = word_set(
    """
    sa si ku ko je su bio sef bre vala ore e te ne ka po sta sto kada ima li za od ili
    zid mur letra emigrant policia hajde ajde tha kane jane don pa amerike meksike meksiku
    """
)
# "ko je", "sta je", "je li" and "da li": Bosnian asking, though each word is another's too.
_ASKING = lazy_compile(r"\b(?:(?:ko|sta|sto|gdje|kad|kako) je|je li|da li)\b", re.IGNORECASE)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Bosnian or Albanian; otherwise `text` itself."""
    folded = text.translate(_FOLDED)
    said = [w.lower() for w in WORD.findall(folded)]
    strong = len(_MARKERS.intersection(said)) + len(_ASKING.findall(folded))
    marking = 2 * strong + len(_WEAK_MARKERS.intersection(said))
    return read_word_for_word(folded, _PHRASES, _WORDS) if strong and marking >= 3 else text
