"""Romanian questions, read as the English the rest of the engine reads.

Romanian and Moldovan builders, carers and drivers write Romanian, most often without its
diacritics, with the story's English words between ("cand au iesit memo-urile lui kelly?", when
did Kelly's memos come out; "cati agenti ICE noi vor sa angajeze?", how many new ICE agents they
want to hire). Its word order is close to English and its prepositions go before their nouns, so
the question is read word for word, as `polish` reads one: the question words and the story's
words become English ones, and the particles that carry nothing go. Two things are put in
English order first: whose a thing is ("memo-urile lui kelly", Kelly's memos) and a past tense
made with "a" or "au" ("a zis", said). A question is read so only when it has a word that is
Romanian alone ("cand", "cine", "zis", "adevarat") and another Romanian word: "ce", "de", "si",
"sa" and "nu" are French, Spanish, Tagalog or Italian too. (Its "daca", if, is left alone: it is
DACA as often.)
"""

from __future__ import annotations

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.retrieval import word_set

_FOLDED = str.maketrans("ăâîșşțţĂÂÎȘŞȚŢ", "aaissttAAISSTT")
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        # Endings and pronouns hyphened on: "memo-urile" (the memos), "call-ul" (the call),
        # "n-au" (they did not), "s-a" (it was).
        (r"memos?-?uri(?:le|lor)?", "memos"),
        (r"([^\W\d_]+)-(?:ul|ului|urile|urilor|ule)(?!-)", r"\1"),
        (r"n-(?:au|a|am|ai|ati|o)", "not"),
        (r"(?:le|s|i|l|m|v|ne|si|se|mi|ti)-(?:au|a|am|ai|ati|o|l|i)", ""),
        (r"de fapt", "actually"),
        (r"un fel de", "a kind of"),
        (r"(?:pun|pune|puna) in practica", "implement"),
        (r"(?:intra|intre) in vigoare", "take effect"),
        (r"(?:au )?dat publicitatii", "made public"),
        (r"incet-incet", "slowly"),
        (r"ordin(?:ul)? de deportare", "removal order"),
        (r"locul de munca", "work site"),
        (r"(?:din timp|dinainte)", "in advance"),
        (r"de obicei", "usually"),
        (r"toata tara", "nationwide"),
        (r"cel mai mic", "the lowest"),
        (r"cel mai mare", "the biggest"),
        (r"de cand", "since when"),
        (r"la fel", "the same"),
        (r"cer azil", "seek asylum"),
        (r"(?:a |au )?dat inapoi", "backed off"),
        (r"e adevarat ca", "is it true that"),
        (r"e adevarat(?=\s*[?.!]|\s*$)", "is it true"),
        (r"(?:da|adevarat) sau nu", "or not"),
        (r"de ce", "why"),
        (r"pe cine", "whom"),
        (r"(?:de )?cat timp", "how long"),
        (r"cu cat (?:inainte|mai devreme)", "how long before"),
        (r"in ce zi(?: a saptamanii)?", "on what day"),
        (r"in ce an", "in what year"),
        (r"(?:a|au) fost", "was"),
        (r"o sa", "will"),
        (r"(?:vor|voiau|vrea|vroiau) sa", "want to"),
        (r"fara acte", "undocumented"),
        (r"(?:garda|garzii) nationala?", "National Guard"),
        (r"(?:politia|politie|politiei) locala?", "local police"),
        (r"casa alba", "White House"),
        (r"pana la urma", "in the end"),
        (r"pe scurt", "in short"),
        (r"fata de", "compared to"),
        (r"la noi", "here"),
        # What comes after its noun, before it: "deportari in masa", mass deportations; "reguli
        # noi", new rules.
        (r"([^\W\d_]+) in masa", r"mass \1"),
        (r"([^\W\d_]+) (?:noi|noile|noua|nou)(?!\w)", r"new \1"),
        # Whose a thing is, before it: "memo-urile lui kelly", Kelly's memos.
        (r"([\w-]+) (?:lui|al lui|a lui|ale lui) ([\w-]+)", r"\2's \1"),
        # The past made with "a" or "au" before a participle: "a zis", "au iesit".
        (
            r"(?:a|au|ai|am|ati) (?=(?:zis|spus|promis|semnat|scris|facut|iesit|scos|lansat|vorbit"
            r"|anuntat|anulat|intalnit|decis|trimis|deportat|arestat|angajat|folosit|adoptat"
            r"|criticat|explicat|raspuns|platit|crescut|ramas|reactionat|comparat|tratat|incercat"
            r"|numit|dat|luat|plecat|venit|inceput|oprit|blocat|cerut|aprobat|prins|dus|auzit"
            r"|citit|comentat|raportat|mers|stiut|primit|terminat|schimbat)\b)",
            "",
        ),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "cand": "when", "cati": "how many", "cate": "how many", "cat": "how much", "cine": "who",
    "cui": "to whom", "unde": "where", "ce": "what", "care": "which", "cum": "how",
    # Particles, prepositions and pronouns.
    "si": "and", "sau": "or", "dar": "but", "nu": "not", "ca": "that", "sa": "to", "de": "of",
    "la": "at", "cu": "with", "pe": "on", "pt": "for", "pentru": "for", "din": "from",
    "despre": "about", "pana": "until", "dupa": "according to", "inainte": "before",
    "astea": "these", "asta": "this", "aia": "that", "ala": "that", "acesta": "this",
    "aceasta": "this", "aceste": "these", "cei": "those", "cel": "the one", "mai": "more",
    "toti": "all", "toate": "all", "tot": "all", "doar": "only", "deja": "already",
    "inca": "still", "vreodata": "ever", "chiar": "really", "frate": "", "deci": "so",
    "parca": "", "ceva": "", "vreun": "any", "vreo": "any", "unul": "one", "una": "one",
    "doua": "two", "doi": "two", "trei": "three", "noi": "new", "noile": "new",
    "noua": "new", "nou": "new", "acum": "now", "atunci": "then", "maine": "tomorrow",
    "azi": "today", "le": "them", "ii": "them", "il": "him", "lui": "", "ei": "they",
    "exact": "exactly", "oricum": "anyway", "singur": "alone", "intre": "between",
    # Verbs.
    "e": "is", "este": "is", "sunt": "are", "era": "was", "erau": "were", "fi": "be",
    "va": "will", "vor": "will", "ar": "would", "poate": "can", "pot": "can",
    "trebuie": "must", "zis": "said", "zice": "says", "zic": "say", "zicea": "said",
    "spus": "said", "spune": "says", "promis": "promised", "promisese": "promised",
    "semnat": "signed", "semnase": "signed", "scris": "wrote", "facut": "did", "face": "does",
    "faca": "do", "iesit": "came out", "scos": "released", "lansat": "released",
    "vorbit": "spoke", "anuntat": "announced", "anuntate": "announced", "anulat": "canceled",
    "intalnit": "met", "decis": "decided", "decide": "decides", "trimis": "sent",
    "trimit": "send", "trimita": "send", "deporta": "deport", "deporteze": "deport",
    "deportat": "deported", "deportati": "deported", "arestat": "arrested",
    "aresteze": "arrest", "angajeze": "hire", "angaja": "hire", "foloseasca": "use",
    "folosi": "use", "folosit": "used", "adoptat": "adopted", "criticat": "criticized",
    "explicat": "explained", "raspuns": "answered", "aplica": "apply", "afecteaza": "affects",
    "anuleaza": "cancels", "platit": "paid", "platesc": "pay", "construi": "build",
    "costa": "cost", "coste": "cost", "dureaza": "takes", "dureze": "take",
    "primesti": "get", "stea": "stay", "tin": "hold", "lasa": "let", "prins": "caught",
    "adune": "round up", "adunata": "rounded up", "mearga": "go", "mergea": "was going",
    "dus": "led", "asteptau": "expected", "astepte": "wait", "inteleg": "understand",
    "stie": "knows", "stiut": "known", "crescut": "grown", "ramas": "remained",
    "temea": "feared", "opuna": "oppose", "reactionat": "reacted", "comparat": "compared",
    "trateze": "treat", "tratat": "treated", "evite": "avoid", "incercat": "tried",
    "sustine": "claims", "numit": "called", "auzit": "heard", "minte": "is lying",
    "creste": "grows", "scoate": "removes", "intra": "enter",
    # The story's words.
    "memo-urile": "memos", "memourile": "memos", "memo-uri": "memos", "memo-urilor": "memos",
    "ghidurile": "guidelines", "ghiduri": "guidelines", "regulile": "rules", "reguli": "rules",
    "politicile": "policies", "politici": "policies", "directivele": "directives",
    "ordinele": "orders", "ordine": "orders", "ordinelor": "orders", "masurile": "measures",
    "masuri": "measures", "schimbarile": "changes", "schimbari": "changes",
    "deportari": "deportations", "deportarea": "deportation", "deportare": "deportation",
    "deportarile": "deportations", "armata": "military", "soldati": "soldiers",
    "agenti": "agents", "agentii": "agents", "ofiteri": "officers", "oficiali": "officials",
    "oficialii": "officials", "oficialul": "the official", "oficiale": "official",
    "judecatori": "judges", "judecatorii": "judges", "imigranti": "immigrants",
    "imigrantii": "immigrants", "imigrantilor": "immigrants", "imigrare": "immigration",
    "imigratie": "immigration", "ilegali": "illegal immigrants", "familii": "families",
    "familiile": "families", "familiilor": "families", "copii": "children",
    "copiii": "children", "parinti": "parents", "parintii": "parents", "oameni": "people",
    "oamenii": "people", "lumea": "people", "tara": "country", "granita": "border",
    "zidul": "the wall", "zid": "wall", "mexic": "Mexico", "mexicul": "Mexico",
    "mexicului": "Mexico", "mexican": "Mexican", "mexicani": "Mexican",
    "presedintele": "the president", "presedinte": "president", "congresul": "Congress",
    "congres": "Congress", "ziar": "newspaper", "blogul": "the blog", "citatul": "the quote",
    "cifra": "number", "cifrele": "numbers", "numarul": "the number", "milioane": "million",
    "mii": "thousands", "an": "year", "anul": "the year", "ani": "years", "zi": "day",
    "ziua": "the day", "zile": "days", "saptamana": "week", "saptamanii": "week",
    "luna": "month", "data": "date", "dimineata": "morning", "seara": "evening",
    "campanie": "campaign", "campania": "the campaign", "promisiunea": "the promise",
    "vizita": "visit", "detentie": "detention", "curtea": "court", "prioritate": "priority",
    "prioritari": "priority", "risc": "risk", "siguranta": "safety", "publica": "public",
    "infractiune": "crime", "acuzat": "charged", "condamnat": "convicted",
    "refugiatii": "refugees", "refugiati": "refugees", "frica": "fear",
    "intrebari": "questions", "raspunsuri": "answers", "separarea": "separation",
    "cetateni": "citizens", "americani": "American", "rude": "relatives",
    "tinerii": "young people", "tineri": "young people", "minor": "minor",
    "neinsotit": "unaccompanied", "fie": "be", "vrut": "wanted", "avea": "had",
    "dat": "gave", "legi": "laws", "legilor": "laws", "vechi": "old", "multe": "many",
    "unele": "some", "principale": "main", "angajari": "hiring", "schimba": "changes",
    "aplice": "apply", "ia": "take", "vin": "come", "vine": "comes", "imediat": "immediately",
    "incet": "slowly", "termine": "finish", "scopul": "the goal", "federali": "federal",
    "altii": "others", "altceva": "something else", "fara": "without", "cadru": "framework",
    "fac": "make", "posibile": "possible", "criticii": "critics", "totul": "everything",
    "omul": "the man", "alta": "another", "potrivesc": "match",
    "contradictia": "the contradiction", "raportat": "reported", "insistau": "insisted",
    "ramana": "remain", "lansare": "release", "reporterii": "reporters",
    "reporterilor": "reporters", "comentat": "commented", "presa": "press",
    "scapat": "leaked", "comunicat": "statement", "ianuarie": "January",
    "februarie": "February", "iunie": "June", "marti": "Tuesday", "miercuri": "Wednesday",
    "luni": "Monday", "joi": "Thursday", "vineri": "Friday", "timp": "time",
    "limbajul": "language", "urmeaza": "follows", "inseamna": "means", "dur": "tough",
    "raidurile": "the raids", "raiduri": "raids", "raidurilor": "raids", "sefii": "the bosses",
    "inteles": "understood", "stiau": "knew", "trebuia": "was supposed", "inceapa": "start",
    "incepe": "starts", "anunte": "announce", "anunti": "announce", "dinainte": "in advance",
    "rau": "bad", "azil": "asylum", "cer": "seek", "majoritatea": "the majority",
    "prinsi": "caught", "vizeaza": "targets", "vizau": "targeted", "ratat": "missed",
    "ordin": "order", "migrantii": "migrants", "migranti": "migrants",
    "migrantilor": "migrants", "controale": "checks", "lucrez": "I work",
    "directorul": "the director", "interimar": "acting", "agresiv": "aggressively",
    "presiune": "pressure", "gata": "ready", "cedeze": "give in", "adultii": "adults",
    "nascut": "born", "copil": "child", "scandal": "outcry", "scandalul": "the outcry",
    "intample": "happen", "retras": "withdrew", "nominalizarea": "nomination",
    "nervosi": "nervous", "spre": "toward", "ameninta": "threatens",
    "legatura": "connection", "alegerile": "the election", "promisiunile": "promises",
    "planurile": "plans", "mers": "worked", "proces": "proceedings", "refugiat": "took refuge",
    "biserica": "church", "bisericii": "church", "femeia": "the woman", "departe": "far",
    "ascuns": "hid", "vrea": "wants", "comunitati": "communities",
    "comunitatile": "communities", "demnitate": "dignity", "omeneste": "humanely",
    "profesionist": "professionally", "actioneze": "act", "destui": "enough",
    "autobuze": "buses", "bage": "put", "viteza": "speed", "nemaivazuta": "unprecedented",
    "confuzie": "confusion", "maresc": "increase", "mareste": "increases",
    "extinda": "expand", "parteneriatele": "partnerships", "coada": "backlog",
    "nepot": "nephew", "tensiuni": "tensions", "iasa": "arise", "suparati": "upset",
    "avocatii": "advocates", "stat": "state", "administratia": "the administration",
    "foloseste": "uses", "crima": "crime", "criticate": "criticized", "primele": "first",
    "ultimii": "last", "varf": "peak", "sub": "under",
    "recordul": "the record", "unii": "some", "difera": "differ", "concentrat": "focused",
    "schimbat": "changed", "seamana": "resemble", "diferite": "different",
    "inversa": "reverse", "scaderea": "the decline", "sfarsitul": "the end",
    "obiectiv": "goal", "incearca": "try", "autoritatile": "authorities",
    "indeplineasca": "fulfill", "voia": "wanted", "scoata": "remove", "tinut": "kept",
    "tribunalele": "courts", "blocat": "blocked", "intrarea": "entry",
    "pregateasca": "prepare", "arestari": "arrests", "surse": "sources", "ramura": "branch",
    "chemat": "called", "ajute": "help", "ocupa": "handle", "mute": "move",
    "asa": "like that", "tari": "countries", "case": "homes", "tweetul": "the tweet",
    "se": "", "inapoi": "back", "multi": "many", "esti": "are you", "intreaba": "asks",
    "tipul": "the guy", "relatia": "the relationship",
    "planul": "the plan", "locuri": "places", "rapide": "faster", "aici": "here", "orasul": "the city", "oras": "city", "rapida": "expedited", "militara": "military",
    "operatiune": "operation", "operatiunea": "the operation", "legal": "legally",
    "drepturile": "rights", "omului": "human", "anonim": "anonymously", "anonimi": "anonymous",
    "numele": "name", "functie": "title", "delegatie": "delegation",
    "parlamentari": "lawmakers", "senatorul": "the senator", "varful": "peak",
}  # fmt: skip
# Words that are Romanian alone, and its short words that other languages have too: one of the
# first and another word, or three of the second, is Romanian.
_MARKERS = word_set(
    """
    cand cati cate cine unde zis zice zicea spus sunt adevarat despre pentru dupa fost
    facut iesit semnat promis memo-urile regulile ghidurile politicile oficialii oamenii lumea
    astea aia ala frate deci armata deportari deportarea granita mexic trebuie vor noile reguli
    numit deportarile arestat vreodata oameni inainte acum esti intreaba parintii multi
    imigranti presedintele anulat vizita facea
    """
)
_WEAK_MARKERS = word_set("ce de si sa nu ca au cu pe pt sau lui e din cum urile ul")


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Romanian; otherwise `text` itself."""
    folded = text.translate(_FOLDED)
    said = [w.lower() for w in WORD.findall(folded)]
    strong = len(_MARKERS.intersection(said))
    marking = 2 * strong + len(_WEAK_MARKERS.intersection(said))
    return read_word_for_word(folded, _PHRASES, _WORDS) if strong and marking >= 3 else text
