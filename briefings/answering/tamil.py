"""Tamil questions typed in Latin letters ("Tanglish"), read as the English the rest of the engine
reads.

Tamil families, students and their aunties write Tamil with the story's English words between
("kelly mexico la mass deportation pathi enna sonnaaru?", what did Kelly say in Mexico about mass
deportation; "DACA moolama evlo per ku work permit kedachirukku?", how many people got work
permits through DACA). As in Punjabi (`punjabi`), the verb comes last and the postpositions follow
their nouns ("mexico la", in Mexico; "blog padi", according to the blog), and it asks with its own
question words ("enna" what, "yaaru" who, "eppo" when, "epdi" how, "evlo" how many, "enga" where,
"yen" why, "endha" which) or, for yes or no, with the verb's "-a" ("anuppuvaangala?", will they
send?) or "unmaiya" (is it true). Unlike Punjabi it glues its endings to its words: the verb's
tense and person ("sonnaaru" he said, "sonnaanga" they said, "solraaru" he says) and the case
endings of nouns ("kaalathula" in the time of, "yaarukku" for whom, "trumpoda" Trump's). So the
verbs are read by their stems ("sonn-", "pann-", "irundh-"), whatever ending follows; the story's
English words lose the Tamil ending glued to them ("mexicola", "kellyku"); an English verb made
Tamil by "pannu" (do) or "aagu" (become) reads as the English verb ("sign pannaaru", signed;
"deport aanaanga", were deported); and "X ah illa Y ah" asks which of two ("press meet ah illa
phone call ah?"). Then the question is read word for word as English, as `punjabi` does. A
question is read so only when it has a word that is Tamil alone (a verb as "sonnaaru", or "evlo",
"pathi") and another Tamil word, or four of Tamil's short words: "illa", "enna", "yaaru" and
"eppo" are Malayalam or Kannada too, and "la", "nu" and "ku" Spanish, Punjabi or Kriolu.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "enna": "what", "ena": "what", "yenna": "what", "ennanu": "what", "ennathu": "what",
    "edhu": "which", "ethu": "which", "edha": "what", "etha": "what", "edhellam": "what",
    "ethellam": "what", "edhai": "what", "yaaru": "who", "yaar": "who", "yaru": "who",
    "yaara": "whom", "yaarai": "whom", "yaaraiyum": "anyone", "yaaroda": "whose",
    "yaarudaiya": "whose", "yaarukku": "for whom", "yaaruku": "for whom",
    "yaarukaaga": "for whom", "yaarukkum": "nobody", "eppo": "when", "eppa": "when",
    "eppothu": "when", "eppodhu": "when", "epo": "when", "epdi": "how", "eppadi": "how",
    "eppidi": "how", "epadi": "how", "evlo": "how many", "evvalavu": "how many",
    "evalavu": "how many", "evlavu": "how many", "evlov": "how many", "ethana": "how many",
    "ethanai": "how many", "enga": "where", "engey": "where", "enge": "where",
    "engae": "where", "yen": "why", "edhuku": "why", "ethuku": "why", "edhukku": "why",
    "ethukku": "why", "endha": "which", "entha": "which", "endhe": "which",
    "eppavavadhu": "ever", "eppavadhu": "ever", "edhavadhu": "any", "ethavadhu": "any",
    "edho": "some", "etho": "some", "edhoda": "of what", "evanga": "who",
    "evalo": "how many", "evvlo": "how many", "yevlo": "how many", "evloo": "how many",
    "eppdi": "how", "yepdi": "how", "yeppadi": "how", "yeppo": "when", "yaen": "why",
    "yendha": "which", "yaarkitta": "to whom", "yaarukitta": "to whom",
    "engayum": "anywhere",
    # Postpositions, pronouns and particles, which carry nothing here.
    "la": "in", "le": "in", "ulla": "inside", "kulla": "within", "ku": "to", "kku": "to",
    "ukku": "to", "kitta": "to", "pathi": "about", "patthi": "about", "padi": "according to",
    "oda": "of", "ode": "of", "kooda": "with", "munnaadi": "before", "munnadi": "before",
    "munnaale": "before", "munnaadiye": "beforehand", "munnadiye": "beforehand",
    "appuram": "after", "apram": "after", "aprom": "after", "piragu": "after",
    "varaikum": "until", "varaikkum": "until", "varai": "until", "varaku": "until",
    "varaiku": "until", "paththi": "about", "pathhi": "about", "munnala": "before",
    "munnaala": "before", "munaadi": "before", "apparam": "after", "kita": "to",
    "kaga": "for", "kaaga": "for", "ukkaaga": "for", "udaiya": "of", "mulama": "through",
    "ila": "not", "illanu": "not", "ipo": "now", "apo": "then", "velila": "out",
    "veliyae": "out", "nejama": "really", "nejamaa": "really", "nijamave": "really",
    "nijamaave": "really", "unmaiyave": "really", "paavam": "", "ki": "to", "ya": "or",
    "moolama": "through", "moolamaa": "through", "naala": "because of", "naale": "because of",
    "adhunaala": "so", "mela": "on", "mele": "on", "maadhiri": "like", "madhiri": "like",
    "maari": "like", "illaama": "without", "illama": "without", "vida": "than",
    "nu": "", "nnu": "", "na": "", "ah": "", "aa": "", "va": "", "ae": "", "ey": "",
    "um": "also", "thaan": "", "dhaan": "", "thaana": "", "dhaana": "", "mattum": "only",
    "illa": "not", "illai": "not", "illaya": "or not", "aana": "but", "pa": "", "ma": "",
    "da": "", "di": "", "machan": "", "machi": "", "anna": "", "akka": "", "thambi": "",
    "ji": "", "chumma": "just", "summa": "just", "konjam": "", "konja": "", "romba": "very",
    "neraya": "many", "niraya": "many", "adhigam": "more", "adhigama": "more",
    "kammi": "less", "kammiya": "less", "andha": "the", "antha": "the", "indha": "this",
    "intha": "this", "idhu": "this", "ithu": "this", "idha": "this", "itha": "this",
    "adhu": "that", "athu": "that", "adha": "that", "atha": "that", "idhellam": "all this",
    "ithellam": "all this", "adhellam": "all that", "adhuku": "for that",
    "adhukku": "for that", "idhukku": "for this", "idhuku": "for this", "avar": "he",
    "avaru": "he", "avaroda": "his", "avanga": "they", "ivanga": "she",
    "avangalukku": "them", "avala": "her", "avan": "he", "naan": "i", "naanga": "we",
    "namma": "our", "enakku": "me", "en": "my", "unga": "your", "neenga": "you",
    "ellam": "all", "ellaam": "all", "ellarum": "everyone", "ellaarum": "everyone",
    "ellar": "all", "ellaraiyuma": "all of them", "oru": "one", "onnu": "one", "onna": "one",
    "rendu": "two", "rendaa": "two", "rendula": "of the two", "moonu": "three",
    "naalu": "four", "anju": "five", "pathu": "ten", "nooru": "hundred",
    "aayiram": "thousand", "onnara": "one and a half", "innum": "still",
    "innonnu": "another", "vera": "other", "ippo": "now", "ippa": "now", "ippodhu": "now",
    "appo": "then", "appodhu": "then", "udane": "immediately", "udaney": "immediately",
    "ippadi": "like this", "apdiye": "exactly", "appadiye": "exactly", "inga": "here",
    "ingey": "here", "anga": "there", "veliya": "out", "veliye": "out",
    "mothamaa": "total", "mothama": "total", "motham": "total", "sagajama": "normal",
    "sagajam": "normal", "kadaisila": "finally", "kadaisiya": "finally",
    "modhalla": "first", "apdi": "so", "appadi": "so", "aduththa": "next", "adutha": "next",
    "aduttha": "next", "kondu": "take", "ellaraiyum": "everyone",
    # Verbs the stems below do not read.
    "kudunga": "give", "ponga": "", "paarunga": "", "vittu": "left", "vidu": "leave",
    # The story's words.
    "per": "people", "peru": "name", "perukku": "people", "perai": "people",
    "peruku": "people", "perum": "people", "makkal": "people", "makkala": "people",
    "janam": "people", "janangal": "people", "aalunga": "people", "aal": "people",
    "aalu": "person", "aalungala": "people", "kaaranga": "people", "veedu": "home",
    "veetla": "at home", "veetuku": "home", "veetukku": "home", "veettula": "at home",
    "pillainga": "children", "pasanga": "kids", "kozhandhainga": "children",
    "kuzhandhainga": "children", "kuzhandhaigal": "children", "kudumbam": "family",
    "kudumbangal": "families", "paiyan": "son", "ponnu": "daughter", "magan": "son",
    "magal": "daughter", "amma": "mom", "appa": "dad", "periyappa": "uncle",
    "periyamma": "aunt", "chithi": "aunt", "chithappa": "uncle", "mama": "uncle",
    "athai": "aunt", "thatha": "grandfather", "paati": "grandmother", "purushan": "husband",
    "kanavar": "husband", "manaivi": "wife", "nanban": "friend", "naadu": "country",
    "naatula": "in the country", "naatukku": "to the country", "desam": "country",
    "ooru": "town", "sattam": "law", "sattapadi": "legally", "arasaangam": "government",
    "arasu": "government", "sarkar": "government", "raanuvam": "army", "ellai": "border",
    "vela": "work", "velai": "work", "velaiya": "work", "selavu": "cost", "bayam": "fear",
    "bayatha": "fear", "kelvi": "question", "kelvigal": "questions", "padhil": "answer",
    "sari": "correct", "seri": "correct", "thappu": "wrong", "unmai": "true",
    "poi": "false", "pudhu": "new", "pudhusa": "new", "puthu": "new", "puthusa": "new",
    "pazhaya": "old", "periya": "big", "chinna": "young", "nalla": "good",
    "nalladha": "good", "kettadha": "bad", "ketta": "bad", "vishayam": "issue",
    "naal": "days", "naalaikae": "tomorrow", "naalaikku": "tomorrow", "naalai": "tomorrow",
    "varusham": "year", "varushama": "years", "varushathula": "in year", "varudam": "year",
    "vayasu": "age", "vayasula": "age", "maasam": "month", "maasathula": "in month",
    "vaaram": "week", "kizhamai": "day", "neram": "time", "kaalaila": "morning",
    "kaalai": "morning", "saayangaalam": "evening", "saayangalam": "evening",
    "raathiri": "night", "rathiri": "night", "madhiyam": "afternoon", "kaalam": "time",
    "kaala": "era", "kaalathula": "era", "dooram": "distance", "kindal": "mocking",
    "saapadu": "food", "kadhava": "door", "kadhavu": "door", "alavukku": "enough",
    "alavu": "amount", "kodi": "crore", "kovil": "temple", "thittam": "plan",
    "kolgai": "policy", "uthaththu": "order", "utharavu": "order", "arikkai": "statement",
    "seidhi": "news", "adhigaarigal": "officials", "athigarigal": "officials",
    "adhikaarigal": "officials", "thalaivar": "leader", "jannadhipathi": "president",
    "amaichar": "secretary", "neethipathi": "judge", "neethimandram": "court",
    "kaidhu": "arrest", "siraiyil": "in jail", "sirai": "jail", "anumadhi": "permit",
    "vaakkuruthi": "promise", "muyarchi": "try", "thodakkam": "start", "mudivu": "decision",
    "theervu": "decision", "thagaval": "information", "suvar": "wall",
    "kudiyetram": "immigration", "kudiyeriyavargal": "immigrants", "kaasu": "money",
    "panam": "money", "naadugal": "countries", "naadukal": "countries", "velaikku": "work",
    "velaiku": "work", "thadai": "ban", "kaiyezhuthu": "sign", "kaiyeluthu": "sign",
    "kudiyuravu": "citizenship", "kudimagan": "citizen", "kudumbangala": "families",
    "kudumbatha": "family",
    # Written Tamil's own words, where speech has others ("endru" for "nu", "patri" for "pathi").
    "endru": "", "enru": "", "endra": "", "patri": "about", "pattri": "about", "il": "in",
    "yaaravadhu": "someone", "yaaraavadhu": "someone", "kudumbangalai": "families",
    "makkalai": "people", "kaalathil": "era", "naattil": "in the country",
}  # fmt: skip
# The story's English words that Tamil glues its case endings to ("mexicola", in Mexico;
# "kellyku", to Kelly; "trumpoda", Trump's; "DACAva", DACA as the object): read as the word alone.
_GLUED_TO = (
    "kelly|trump|obama|mexico|spicer|morgan|vitiello|vizguerra|menendez|valdes|tillerson|"
    "videgaray|biden|dhs|ice|daca|ero|hsi|nyt|cnn|pew|congress|court|courts|police|army|"
    "military|border|church|blog|memo|memos|tweet|rally|florida|texas|america|washington|"
    "raid|raids|family|families|officials|official|agents|guard|wall|president|media|"
    "press|department|government|rules|guidelines|policy|deportation|deportations|"
    "immigrants|migrants|campaign|operation|program|report|article|paper|news|whatsapp"
)
# An English word, not one of Tamil's own, before the Tamil verb that makes it one ("sign
# pannaaru", signed; "deport aanaanga", were deported; "implement aaguma", will it be
# implemented). "pannaa" alone is "if ... does" ("family raids pannaa", if they raid families).
_NOT_TAMIL = rf"(?!(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b)"
_ENGLISH = rf"{_NOT_TAMIL}([a-z]{{3,}})"
_DONE = (
    r"(?:pann?aa\w+|pann?uch|pann?adh|pann?i|pann?aang|pann?anga|aanaa|aanadh|aach|aagiduch|"
    r"aagum|aagud|aaguma|pott?aa|pottu|potr|pottir)\w*"
)
# "How many", however it is spelled.
_HOW_MANY = r"(?:evlo|evalo|evvlo|yevlo|evvalavu|evalavu|evlavu|ethana|ethanai)"
# The question's "-a" on the verb, before "illa": "nadandhucha illa saayangaalam ah?", did it
# happen or in the evening?
_ASKING_VERB = r"(\w+(?:angala|aangala|aara|aaraa|ucha|uchaa|uma|umaa|adha|idha|icha|ichaa))"
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (rf"({_GLUED_TO})(?:oda|ode|ukku|kku|ku|la|le|kitta|ah|aa|va|ai|ae|um|ukkum)", r"\1"),
        # ... or after a hyphen ("obama-va", "millions-a").
        (r"-(?:a|aa|ah|va|ku|kku|la|le|oda|um|ae)", ""),
        # The National Council of La Raza, not "in Raza".
        (r"la raza", "raza"),
        # "X ah illa Y ah?", "X ah Y ah?": X or Y.
        (r"onna rendaa", "one or two"),
        (r"(?:ah|aa|a) illa(?:ya|yaa)?(?=\s*[?.!]|\s*$)", "or not"),
        (r"(?:ah|aa|a) illa", "or"),
        (r"illa(?:ya|yaa)?(?=\s*\?)", "or not"),
        (rf"{_ASKING_VERB} illa(?! nu\b)(?= \w)", r"\1 or"),
        (r"(?:ah|aa) ((?:\w+ )?\w+) (?:ah|aa)(?=\s*[?.!,]|\s*$)", r"or \1"),
        # The English verb made Tamil: "sign pannaaru" is "signed", "back off pannaaru" "backed
        # off".
        (rf"{_ENGLISH} (up|out|off|back|in|down) {_DONE}", r"\1ed \2"),
        (rf"{_NOT_TAMIL}([a-z]{{2,}})e {_DONE}", r"\1ed"),
        (rf"{_NOT_TAMIL}([a-z]+)([^aeiou])y {_DONE}", r"\1\2ied"),
        (rf"{_ENGLISH} {_DONE}", r"\1ed"),
        (rf"{_ENGLISH} (?:pann?uv|pann?um)\w*", r"will \1"),
        (rf"{_ENGLISH} pann?a (?:poradhu|poraanga|poraaru|porom|porangala|poraangala)", r"will \1"),
        (rf"{_ENGLISH} (?:pann?ala|pann?alai|pann?aliya|aagala|aagalai)", r"not \1"),
        (rf"{_ENGLISH} pann?anum", r"should \1"),
        (r"(?:unmaiya|unmaiyaa|unmaya|nijama|nijamaa) (?:ah |aa )?illa", "true or"),
        (r"unmai(?:ya|yaa)? (?:thaana|dhaana|thaanaa|thaane)", "is it true"),
        (r"(?:unmaiya|unmaiyaa|unmaya|nijama|nijamaa)(?=\s*[?.!]|\s*$)", "is it true"),
        (r"(?:unmaiya|unmaiyaa|unmaya|nijama|nijamaa)", "is it true that"),
        (r"(?:konjam |konja )?(?:sollunga|sollungo|sollu|solunga|chollunga)(?: pa| ma| da)?", ""),
        (r"(?:konjam |konja )?(?:explain|clear ah) pannunga", "explain"),
        (r"konjam konjama", "slowly"),
        (r"thirumba thirumba", "again and again"),
        (r"vera vera", "different"),
        (r"enna enna", "what"),
        # "How many" with what it counts: "evlo neram" (how much time) is "how long".
        # "tweet pottu evlo neram la rally", how long after the tweet was the rally.
        (rf"{_HOW_MANY} (?:neram|naeram|naal) ?la", "how long after"),
        (rf"{_HOW_MANY} (?:neram|naeram|kaalam|naal|naala)", "how long"),
        (rf"{_HOW_MANY} (?:varusham|varushama|varudam)(?: aa| ah)?", "how many years"),
        (rf"{_HOW_MANY} (?:dooram|thooram)", "how far"),
        (rf"{_HOW_MANY} (?:selavu|kaasu|panam|rubai)", "how much cost"),
        (rf"{_HOW_MANY} (?:per|peru|perukku|perai|peruku)", "how many people"),
        # Set phrases, whose words alone would read otherwise ("peru sollama", without saying
        # names: anonymous).
        (r"(?:enga|engey|enge) (?:irundhu|irunthu|lerundhu)", "from where"),
        (r"(?:eppo|eppa) (?:irundhu|irunthu|lerundhu)", "since when"),
        (r"(?:endha|entha) (?:kizhamai|kilamai)", "which day of the week"),
        (r"oru (?:naalaikku|naalaiku)", "each day"),
        (r"(?:peru|per) (?:sollama|sollaama|illama|illaama)", "anonymous"),
        (r"(?:peru|per) enna", "what name"),
        (r"rendu perum", "both"),
        (r"ulla (?:vidaama|vidama)", "keep out"),
        (r"(?:marandhu|maranthu) (?:pochu|poyiduchu|poiduchu)", "forgot"),
        (r"kelvi (?:patten|pattaen|pattom|pattaanga)", "heard"),
        (r"adam (?:pudichaanga|pudichaaru|pudichanga)", "insisted"),
        (r"(?:nickname|name|peru) (?:vachaanga|vechaanga|vachanga)(?:lame|la)?", "nickname"),
        (r"(?:veliya|veliye|velila) (?:anuppa|anuppuvaanga|anuppanum|anuppuradhu)", "expel"),
        (r"naadu (?:kadathal|kadathapattu|kadathuvaanga|kadathuradhu)", "deportation"),
        (r"(?:veliya|veliye) (?:vandhuchu|vanthuchu|vandhadhu|varum)", "came out"),
        (r"(?:veliya|veliye) (?:sollakoodadhu|solla koodadhu)", "should not be announced"),
        (r"vela (?:paakalaama|pakkalama|paakalama|paakuraanga|seiyalaama)", "do work"),
        (r"(?:velaikku|velaiku|vela ku) (?:edukka|edupp|eduth|serkka|vekka)\w*", "hire"),
        (r"(?:kootitu|kootittu|koottitu) (?:ponadhu|ponaanga|ponaaru)", "led"),
        (r"kondu (?:pogum|poga|ponaanga|povaanga|poraanga)", "take"),
        (r"kilambum (?:bodhu|podhu)", "leaving"),
        (r"(?:irukura|irukkura|irukara|irukkara)", "having"),
        (r"(?:la|le) (?:irundhu|irunthu|lerundhu)", "from"),
        (r"ulla (?:vech|vach|vaipp|vaikk)\w*", "detain"),
        (r"(?:irundhu|irunthu|lerundhu|lerndhu)", "from"),
        (r"naan enna pann?anum", "what should i do"),
        (r"ippo enna (?:panr|pandr|pannur)\w*", "what is doing now"),
        (r"naadu (?:kadath|kadathi|kadatha)\w*", "deported"),
        (r"(?:kaithu|kaidhu) (?:seith|seidh|seiy|pann)\w*", "arrested"),
        (r"(?:konja|konjam|sila) (?:varushama|varusham|varushamaa)", "for some years"),
        # The verbs, read by their stems whatever ending follows ("sonnaaru", "sonnaanga",
        # "sonnadhu").
        (r"sonn(?!y|et)\w*", "said"),
        (r"sona(?:aru|ru|r|anga|nga|adhu|dhu)", "said"),
        (r"(?:sollir|sollit|sollid)\w*", "said"),
        (r"(?:sollala|sollalai|sollaliye)", "did not say"),
        (r"(?:solr|solluv|solludh|sollu|solradh|solraan|soldr|sollr|solran|soluraan)\w*", "says"),
        (r"(?:pannala|pannalai|pannaliya)", "did not"),
        (r"pannanum", "should"),
        (r"(?:pannuv|pannum|pannuma|panniduv)\w*", "will"),
        (r"(?:pannaa\w+|pannuch|pannadh|panni)\w*", "did"),
        (r"(?:panr|pandr|panna|pannan|pannal|pannu|panu)\w*", ""),
        (r"(?:seidh(?!i\b)|seinj|senj|seiv|seiy)\w*", "did"),
        (r"(?:irundh|irunth|irunda|irunch|irundi)\w*", "was"),
        (r"(?:iruk|irukk|irupp|iruka|irukka)\w*", "is"),
        (r"(?:nadand|nadanth|nadandh)\w*", "happened"),
        (r"(?:nadak|nadakk|nadath|nadatha)\w*", "happen"),
        (r"(?:vandh|vanth|vandaa|vandaan|vandan|vandu)\w*", "came"),
        (r"(?:varuv|varum|varudh|varradh|varuma)\w*", "come"),
        (r"(?:kuduth|koduth|kudupp|kodupp|kudup|kodup|kudukk|kodukk)\w*", "gave"),
        (r"(?:anupp|anupu)\w*", "send"),
        (r"(?:thirupp|thirumbi)\w*", "back"),
        (r"(?:pudich|pidich|pudikk|pidikk|pudipp)\w*", "arrest"),
        (r"(?:theriyum|theriyuma|theriyumaa|therium|theriyudh|teriyum)\w*", "know"),
        (r"(?:theriyaa?d|theriyaa?th|theriyala|therila|teriyala)\w*", "does not know"),
        (r"(?:mudiyum|mudiyuma|mudiyumaa|mudiyu)", "can"),
        (r"(?:mudiyaadh|mudiyadh|mudiyala|mudiyath|mudiyaath)\w*", "cannot"),
        (r"(?:mudinj|mudichaa|mudichu)\w*", "ended"),
        (r"(?:aarambi|aarambich|arambich)\w*", "started"),
        (r"(?:niruth|nippaat)\w*", "stopped"),
        (r"(?:pesun|pesin|pesum|pesar|pesur|pesuv|pesi)\w*", "spoke"),
        (r"(?:kett(?!a\b|adha\b)|kekur|kekkur|kekud|kekkud|kekkal|kekkar|kekar)\w*", "asked"),
        (r"(?:kedach|kedaich|kidaich|kidach|kedaik|kidaik)\w*", "got"),
        (r"(?:vaangin|vaangun|vaangi)\w*", "got"),
        (r"(?:maath(?!iri)|maaththi|maatrin|maarum|maarich|maaruch|maarid)\w*", "change"),
        (r"(?:koopitt|koopit|kooptt|koopt|kooppitt)\w*", "called"),
        (r"(?:ninaich|nenach|ninach)\w*", "wanted"),
        (r"namb\w*", "believe"),
        (r"(?:edupp|eduth|edukk)\w*", "take"),
        (r"(?:pottaa|potaa|pottu|potr|podu|pottir)\w*", "put out"),
        (r"(?:ezhudh|ezhuth|eluth|ezhuthin)\w*", "wrote"),
        (r"(?:sandhich|santhich)\w*", "met"),
        (r"(?:vilagin|vilagun|vilagi)\w*", "resigned"),
        (r"(?:poraa|poradh|porom|porangala)\w*", "will"),
        (r"(?:ponaa|ponadh|pochu|poguma|pogum|poga|povaang)\w*", "go"),
        (r"(?:aanaa|aanadh|aanaan|aanav|aagi|aayid)\w*", "became"),
        (r"(?:aachu|aachaa|aagiduch|aayid|aayiruch|aayitt)\w*", "happened"),
        (r"(?:aagala|aagalai)", "not"),
        (r"(?:aagum|aaguma|aagud|aaguth|aagur|aaga)\w*", "will be"),
        (r"(?:pogudh|poguth)\w*", "go"),
        (r"(?:ninaik|ninaikk|nenaik)\w*", "think"),
        (r"(?:padich|padicha)\w*", "read"),
        (r"(?:kurainj|kuranj|koranj|korainj|kuraip|kuraich)\w*", "reduced"),
        (r"(?:jeich|jeyich)\w*", "won"),
        (r"thayang\w*", "hesitate"),
        (r"(?:porandh|poranth|pirandh)\w*", "born"),
        (r"(?:vaazhur|vaazhndh|vazhur|vaazh)\w*", "live"),
        (r"(?:olinj|olinch|olinth)\w*", "hiding"),
        (r"(?:kooriy|koorin|koorun|kooru|koori)\w*", "said"),
        (r"arivi\w*", "announced"),
        (r"therivi\w*", "stated"),
        (r"(?:marandh|maranth)\w*", "forgot"),
        (r"(?:othuk|othukk)\w*", "agree"),
        (r"kattu(?:vaang|raang)\w*|katta", "build"),
        (r"(?:vechir|vechi|vechu|vachi|vachu|vechaa|vachaa)\w*", "with"),
        (r"(?:pazhag|pazhak)\w*", "cooperate"),
        (r"kazhich\w*", "after"),
        (r"(?:yethi|yetthi)", "load"),
        (r"(?:paath(?!i\b)|paartha|paakalaam|paakur|paarth)\w*", "saw"),
        (r"(?:puriyudh|puriyum|puriyala|purinj)\w*", "understand"),
        (r"(?:bayapad|bayappad)\w*", "scared"),
        (r"(?:vendiyadh|vendum|venum|venumaa|venuma|vaenum)\w*", "need"),
        (r"(?:vendaam|vendam|venaam|venam)\w*", "not"),
        (r"(?:koodadh|koodaadh|koodathu)\w*", "must not"),
        (r"(?:kadath|kadathu)\w*", "deport"),
        (r"(?:thonuch|thoonuch|thonudh|thoonudh)\w*", "thought"),
        (r"soll\w*", "say"),
        (r"pana(?:aru|ru|anga|nga|dhu|adhu)", "did"),
        # The story's other English words, with an ending no English word has ("publicku").
        (rf"{_ENGLISH}(?:ukku|kku|kitta|ukkaaga|kaaga)", r"\1"),
    )
)
# Words that are Tamil alone: no English, Hindi, Telugu, Malayalam or Kannada question has them
# (not "ellam", "udane", "innum", "ippo" or "maasam", Malayalam's too, "namma", Kannada's,
# "kooda", Telugu's, "yaara", Hindi's "friend", nor "entha", Malayalam's "what" and Telugu's
# "how much").
_MARKERS = word_set(
    """
    evlo evalo evvlo yevlo evvalavu evalavu evlavu ethana ethanai pathi patthi paththi moolama
    munnaadi munnadi munnala munnaala appuram apparam varaikum varaikkum kitta enga engey epdi
    eppadi eppdi yepdi yeppadi yaaroda yaarukku yaarkitta endha yendha edhu edhukku ethuku
    edhuku andha indha idhu adhu idha adha idhellam adhuku adhukku makkala aalunga avanga ivanga
    naanga ellarum neraya romba thaan dhaan thaana illaya unmaiya unmaiyaa konjam mattum pudhu
    pudhusa varusham kizhamai kaalaila naala veetla perukku perai mothamaa edhavadhu edho apdiye
    koodadhu kudumbangal kudumbangala kozhandhainga pillainga pasanga patri pattri endru
    """
)
# ... and the Tamil verb, by its stem or its ending ("sonnaaru", "pannuvaangala", "irukaanga",
# "vachaanga", "nadandhuchu"), which is Tamil alone by itself (not Nepali's "-ucha", "banaucha").
_TAMIL_VERB = lazy_compile(
    r"(?:sonn(?!y|et)|solr|soll|pann|panr|irundh|irunch|iruk|nadandh|nadak|nadath|vandh|"
    r"varudh|kuduth|kodup|kudup|anupp|pudich|theriy|teriy|theril|mudiy|pesun|kedach|koopit|"
    r"aagum|aagud|aanaang|aanadh|vechir|ponaang|ponadh|panu|jeich|marandh|aarambi|arambi|"
    r"kadath|koori|arivi|therivi|seith|seidh|olinj|olinth|irukkir|maarich)\w*"
    r"|aachu|aachaa|aacha|sona(?:aru|ru|anga|nga|adhu|dhu)|pana(?:aru|ru|anga|nga|dhu|adhu)"
    r"|\w{3,}(?:aanga|aangala|aargal|iraar|inaar|uchu|udhu|udha)",
    re.IGNORECASE,
)
# ... and its short words, which other languages have too ("la" is Spanish, "nu" Punjabi, "illa"
# Malayalam and Kannada, "enna", "ippo" and "eppo" Malayalam, "yaaru" Kannada, "kooda" Telugu):
# one word above and one of these is Tamil, or four of these ("spicer yaaru pa? white house la
# avar role enna"), where no other language's question has even three.
_WEAK_MARKERS = word_set(
    """
    la ku nu ah illa enna eppo yaaru yaar yaara yen oda um pa da padi ippo appo ellam udane
    innum kulla kooda avar aaga veliya katta panam
    """
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Tamil; otherwise `text` itself."""
    said = [w.lower() for w in WORD.findall(text)]
    verbs = {w for w in said if _TAMIL_VERB.fullmatch(w)}
    tamil = len(_MARKERS.intersection(said)) + len(verbs)
    marking = 2 * tamil + bool(verbs) + len(_WEAK_MARKERS.intersection(said))
    return read_word_for_word(text, _PHRASES, _WORDS) if marking >= 3 + (not tamil) else text
