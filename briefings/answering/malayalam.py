"""Malayalam questions typed in Latin letters ("Manglish"), read as the English the engine reads.

Malayali families write Malayalam with the story's English words between ("kelly mass
deportation illa ennu eppozha paranjathu?", when did Kelly say there would be no mass
deportation; "DACA vazhi ethra perkku work permit kitti?", how many people got work permits
through DACA). As in Punjabi (`punjabi`), the verb comes last and the postpositions follow their
nouns, but Malayalam glues its endings on, with a hyphen or without ("mexico-yil", "mexicoyil",
in Mexico; "kellykku", to Kelly; "trump-inte", Trump's; "memos-il ninnu", from the memos), and
makes English verbs its own with "cheyyuka", do ("release cheythu", released). It asks with its
own question words ("entha" what, "aara" who, "eppozha" when, "evide" where, "enthina" why,
"engane" how, "ethra" how many, "ethu" which) or, for yes or no, with an "-o" on the verb ("cancel
cheytho?", did they cancel; "undo?", is there) or "sheriyano?" (is it true).

This takes the endings off the words and reads the words as the glossary spells them (Manglish
doubles its letters at will: "thamasikkunnu", "thaamasikkunnu"), then puts each clause in the
order the engine reads best: an ending or postposition before its noun, as a preposition ("in
Mexico"); the "cheyyuka" or "aakuka" before the English verb it makes ("will hire"); the
auxiliary of a yes or no question first ("did Kelly's memos cancel DACA"); "who" first with what
it asks who did ("who said 'they know'"), while the other question words stay where they are.
Then it reads the words as English, as `punjabi` does. A question is read so only when it has
words Malayalam alone has ("paranju", "eppozha", "ethra", "kurichu"): "illa", "ippo", "udane"
and "oru" are Tamil too, "prakaram" Telugu, and Malayali nurses write English with "alle",
"entha" and "aano" in it.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (
            r"(?:ethra|randu|moonnu|\d[\d,]*) (?:per|perae|pere|perkku|perude|aalukal|aalkar"
            r"|aalkarkku|aalukalkku|aalukale|aalkare)",
            "how many people",
        ),
        (r"ethra (?:naal|kaalam|neram|samayam|naalaayi|kaalamaayi)", "how long"),
        (r"ethra (?:varsham|kollam)", "how many years"),
        (r"ethra (?:divasam|dhivasam)", "how many days"),
        (r"ethra dooram", "how far"),
        (r"ethra (?:munpu|munpaa|munpaanu|munpe|mumbu)", "how long before"),
        (r"ethra (?:shesham|sesham|kazhinju|kazhinjaanu)", "how long after"),
        (r"ethra (?=(?:delay|late|wait|waiting|vaiki)\b)", "how long "),
        (
            r"ethra (?=(?:cost|costs|budget|money|paisa|dollars?|amount|funding|chelavu)\b)",
            "how much ",
        ),
        (r"ethra (?:thavana|pravashyam)", "how many times"),
        (r"ethu (?:divasam|dhivasam|date|thiyathi|theeyathi)", "what date"),
        (r"ethu (?:varsham|kollam)", "what year"),
        (r"ethu (?:maasam|masam)", "what month"),
        (
            r"(?:sheriyano|sheriyaano|sathyamano|sathyamaano|sheri aano|sathyam aano"
            r"|sathyamaanu|ullathaano)",
            "is it true",
        ),
        (
            r"(?:paranju tharamo|paranju thaa|parayamo|parayaamo|onnu parayu|parayu|ariyaavunnavar"
            r" parayu)",
            "",
        ),
        (
            r"(?:undo|aano|aayirunno|undaayirunno|cheytho|cheyyumo) (?:illayo|illeyo|alle|illa)",
            "or not",
        ),
        (r"(?:\w+-)?um (?:illayo|illeyo)", "or not"),
        (r"(?:time|samayam|neram) edukkum", "take time"),
        (r"(?:aara|aaru) (?:aayi|aaye)", "who became"),
        (r"enthu kond(?:u|aanu|aa)", "why"),
        (r"paisa (?:kodukkum|koduthu|kodukkuka|kodukkumo|koduthathu|koduthno)", "pay"),
        (
            r"(?:naadu|naad) (?:kadathi|kadathiyathu|kadathum|kadathumo|kadathal|kadathan"
            r"|kadathiyo)",
            "deport",
        ),
        (r"ettavum (?:kooduthal|kooduthalaayi)", "the most"),
        (r"ettavum (?:kuranja|kuravu|kuranjathu)", "the lowest"),
        (r"rekha(?:kal)? (?:illaatha|illatha|illaathavar|illathavar)", "undocumented"),
        (r"ethrayum vegam", "as soon as possible"),
        (r"pinne enthu (?:cheythu|cheythe|sambhavichu|undaayi|aayi)", "what happened next"),
        (r"purathu (?:vannu|vanne|vannathu|vannath|vidunnu|vittu|vitta|vittathu)", "came out"),
        (r"purathu (?:vittathu|vidunnathu)", "released"),
        (r"rajyathinte (?:ullil|akathu|ulbhaagathu)", "in the interior"),
        (r"athe (?:samayathu|samayam)", "at the same time"),
        (r"ithu vare", "ever"),
        (r"innu thanne", "today"),
        (r"ennu (?:vechaal|paranjaal)", "meaning"),
        (r"(?:kai|kaikal) (?:kettiyirunnu|ketti|kettiyittu)", "hands tied"),
        (r"othu (?:pokunnundo|pokumo|pokunnu|pogunnundo)", "consistent"),
        (r"madichu (?:ninnathu|ninnu|nilkkunnathu)", "waited"),
        (r"urachu (?:ninno|ninnu|nilkkumo)", "stuck"),
        (r"abhayam (?:thediyathu|thedi|thedunnathu|thedunne)", "took sanctuary"),
        (r"ozhivaakkaan|ozhivaakkan", "avoid"),
        (r"vazhi (?:orukkum|orukkunnu|orukki)", "pave the way"),
        (r"(?:check in|check-in) cheyyendiyirunnathu", "check in"),
        (
            r"(?:convict|convicted) (?:aayittillaathathum|aayittillathavar|aayittilla)",
            "not convicted",
        ),
    )
)
# Malayalam's endings, glued to the word before with a hyphen ("mexico-yil", "rules-ine"):
# each becomes a word of its own, read as English ("in", "to") or as none.
_HYPHENED = lazy_compile(
    r"(?<=\w)-(ilekku|yilekku|lekku|kkaar|kkaare|kkare|kkaarude|ilninnu|ilulla|il|yil|ile|yile"
    r"|le|inte|nte|ude|yude|de|kku|nu|inu|ne|ine|ye|e|um|num|ine-um|nodu|odu|ode|ilum|yilum"
    r"|ilo|aano|ano|alle|aanu|aayi|ayi|umaayi|numaayi|maayi|ilninno|ninnu|ninno|okke"
    r"|ilokke|kal|kalude|kale|kalil|kalkku)\b",
    re.IGNORECASE,
)
# ... and the same glued on without one, which no English word ends in, taken off a word the
# glossary lacks: after a vowel with its "y" ("mexicoyil", in Mexico; "obamayude", Obama's),
# or as they are ("kellykku", to Kelly; "trumpinte", Trump's; "kellyude", Kelly's; but not the
# "-ude" of "include", "attitude", "prelude", nor an "-il" without its "y": "until", "civil").
_GLUED_AFTER_VOWEL = lazy_compile(
    r"^([^\W\d_]{2,}[aeiou])y(ilekku|ilninnu|il|ile|ilum|ude|e|ine|um)$", re.IGNORECASE
)
# ... after an English plural ("rulesine", "memosil", "officersinu"), and "-il" after a
# consonant that no English "-il" follows ("tweetil", "blogil"; not "until", "civil", "april",
# "council", "detail", "oil").
_GLUED_AFTER_PLURAL = lazy_compile(
    r"^([^\W\d_]{3,}s)(ine|ne|il|ilninnu|ilekku|inu|um)$", re.IGNORECASE
)
_GLUED_IL = lazy_compile(r"^([^\W\d_]{2,}[^\W\d_aeioucrvzsy])(?<!nt)(il)$", re.IGNORECASE)
_GLUED = lazy_compile(
    r"^([^\W\d_]{3,}?)(ilekku|lekku|inte|kku|nodu|kkaarude|kkaar|kkaare|umaayi"
    r"|(?<!cl)(?<!it)(?<!l)ude)$",
    re.IGNORECASE,
)
# The question words, and how they read in English.
_ASKING: dict[str, str] = {
    "entha": "what", "enthaa": "what", "enthu": "what", "enthanu": "what", "enthaanu": "what",
    "enthaayirunnu": "what was", "enthayirunnu": "what was", "enthokke": "what",
    "enthokkeyaanu": "what", "enthellam": "what",
    "aara": "who", "aaru": "who", "aaranu": "who is", "aaraanu": "who is", "aare": "whom",
    "aarude": "whose", "aarkku": "whom", "aarokke": "who", "aarokkeyaanu": "who",
    "aaraayirunnu": "who was", "aarumaayi": "with whom",
    "eppozha": "when", "eppozhaa": "when", "eppozhanu": "when", "eppozhaanu": "when",
    "eppol": "when", "eppo": "when", "eppolaanu": "when", "epozha": "when",
    "eppozhaayirunnu": "when",
    "evide": "where", "evideya": "where", "evideyaa": "where", "evideyaanu": "where",
    "evideyokke": "where", "evidunnu": "where from", "evideninnu": "where from",
    "evideyaayirunnu": "where",
    "enthina": "why", "enthinaa": "why", "enthinu": "why", "enthinaanu": "why",
    "enthukondu": "why", "enthukondaanu": "why", "enthinaayirunnu": "why",
    "engane": "how", "engine": "how", "enganeya": "how", "enganeyaanu": "how",
    "enganeyaayirunnu": "how", "ethra": "how many", "ethrayaa": "how many",
    "ethrayaanu": "how many", "ethrayayirunnu": "how many", "ethrayaayirunnu": "how many",
    "ethu": "which", "ethaa": "which", "ethaanu": "which", "ethokke": "which",
    "ethaayirunnu": "which", "enth": "what", "enthanennu": "what", "aarellaam": "who",
    "aarudeyaanu": "whose", "epol": "when", "eppozhathe": "when", "evidaa": "where",
    "evideyanu": "where", "ethre": "how many", "ethellaam": "which", "enthinanu": "why",
    "engineya": "how", "enganeyanu": "how",
}  # fmt: skip
# Endings, postpositions, pronouns and particles ("" for none).
_LINKING: dict[str, str] = {
    "enthoo": "something", "entho": "something", "enthenkilum": "anything",
    "enthengilum": "anything", "aarenkilum": "anyone", "aarengilum": "anyone",
    "aarkkenkilum": "anyone", "aarkkengilum": "anyone", "aarum": "nobody",
    "aarkkum": "nobody",
    "il": "in", "yil": "in", "ile": "in", "yile": "in", "le": "in", "ilum": "in",
    "yilum": "in", "ilo": "in", "inte": "", "nte": "", "ude": "", "yude": "", "de": "",
    "kku": "to", "nu": "", "inu": "", "ne": "", "ine": "", "ye": "", "e": "", "nodu": "to",
    "odu": "to", "ode": "to", "ilekku": "to", "yilekku": "to", "lekku": "to",
    "ilninnu": "from", "ilninno": "from", "kkaar": "people", "kkare": "people",
    "kkaare": "people", "kkaarude": "people", "ilulla": "in", "ilokke": "in", "umaayi": "with",
    "numaayi": "with", "maayi": "with", "num": "and", "kal": "", "kalude": "", "kale": "",
    "kalil": "in", "kalkku": "to", "ulla": "", "ol": "", "o": "",
    "ninnu": "from", "ninnum": "from", "ninno": "from", "ninnaanu": "from",
    "kondu": "with", "kondano": "because", "kondaano": "because", "kondaanu": "because",
    "patti": "about", "pati": "about", "kurichu": "about", "kurichulla": "about",
    "pattiyulla": "about", "karyathil": "about", "prakaram": "according to",
    "anusarichu": "according to", "munpu": "before", "mumbu": "before", "munpe": "before",
    "munpum": "before", "munpaanu": "before", "munpaa": "before", "munpo": "before",
    "shesham": "after", "sesham": "after", "kazhinju": "after", "kazhinjittu": "after",
    "kazhinjaanu": "after", "kazhinjappol": "after", "vare": "until", "varey": "until",
    "muthal": "since", "koode": "with", "koodeyulla": "with", "vendi": "for", "pole": "like",
    "vazhi": "through", "thammil": "between", "nere": "against", "idayil": "among",
    "vechu": "at", "vechaanu": "at", "ullil": "inside", "purathu": "out",
    "aanu": "", "aano": "", "ano": "", "alla": "not", "alle": "", "illa": "not",
    "illayo": "or not", "illeyo": "or not", "illaathe": "without", "illathe": "without",
    "um": "and", "pakshe": "but", "atho": "or", "allenkil": "or", "ennu": "",
    "ennaanu": "", "ennanu": "", "enna": "", "ennoru": "a", "ennulla": "", "ennum": "",
    "aanennu": "", "ennokke": "", "okke": "", "ellam": "all", "ellaam": "all",
    "ellaarum": "all", "ellarum": "all", "ellarodum": "everyone", "ellaarodum": "everyone",
    "ellaavarum": "all", "chila": "some", "thanne": "", "mathram": "only",
    "maathram": "only", "matram": "only", "oru": "a", "onnu": "one", "randu": "two",
    "randum": "both", "moonnu": "three", "vere": "other", "veere": "other", "aa": "the",
    "ee": "this", "ithu": "this", "athu": "that", "ithokke": "this", "athokke": "that",
    "athine": "that", "ithine": "this", "ithinu": "this", "athinu": "that", "athe": "same",
    "ivide": "here", "avide": "there", "ippo": "now", "ippol": "now", "ini": "anymore",
    "pinne": "then", "udane": "immediately", "innu": "today", "naale": "tomorrow",
    "sherikkum": "really", "sherikkulla": "real", "sharikkum": "really", "sheriyaaya": "real",
    "avar": "they", "avarude": "their", "avarkku": "them", "avare": "them", "avarum": "they",
    "avan": "he", "avane": "him", "avante": "his", "aval": "she", "avalude": "her",
    "pulli": "he", "pullikku": "him", "pulliccikku": "her", "njan": "i", "njangal": "we",
    "njangalude": "our", "nammal": "we", "nammude": "our", "ente": "my", "enikku": "me",
    "ningal": "you", "ningalude": "your", "da": "", "machane": "", "machaane": "",
    "chetta": "", "chettan": "", "chechi": "", "mone": "", "mole": "", "ikka": "",
    "achaayan": "", "achayan": "", "pls": "", "plz": "", "lol": "", "venam": "need",
    "kaaranam": "because", "karanam": "because", "polum": "even", "koodi": "also",
    "mattu": "other", "kooduthal": "more", "kooduthalum": "mostly", "kurachu": "few",
    "valya": "big", "valiya": "big", "cheriya": "small", "puthiya": "new",
    "puthiyathaayi": "newly", "pazhaya": "old", "pande": "old", "aadyam": "first",
    "aadyamaayi": "first", "avasanam": "finally", "avasaanam": "finally",
    "avasaana": "last", "ettavum": "most", "ithra": "so", "ingane": "like this",
    "angane": "like that", "saadharana": "usually", "saadharanayaayi": "usually",
    "munkootti": "in advance", "munkoottti": "in advance", "verum": "just",
    "ippozhum": "still", "innum": "still", "pinneedu": "later", "kure": "many",
    "orupaadu": "many", "dhaaralam": "many", "kuravu": "less", "aadyathe": "first",
    "randaamathe": "second", "avasaanathe": "last", "athirthiyil": "at the border",
    "niyamaviruddhamaayi": "illegally", "ellaavareyum": "all", "vallathum": "anything",
    "ullathum": "",
}  # fmt: skip
# Verbs.
_DOING: dict[str, str] = {
    "parayunnu": "says", "parayunne": "say", "parayunnathu": "says", "paranju": "said",
    "paranje": "said", "paranjathu": "said", "paranjath": "said", "paranjo": "said",
    "paranjirunno": "said", "paranjirunnu": "said", "paranjittundo": "said",
    "paranjittu": "said", "paranjaal": "saying", "parayunnundo": "say", "parayanam": "say",
    "paranjittilla": "not said", "parayathathu": "not saying", "parayaathathu": "not saying",
    "parayaathe": "without saying", "parayunna": "saying",
    "cheythu": "did", "cheyyum": "will", "cheytho": "did", "cheythe": "did",
    "cheyyan": "", "cheyyaan": "", "cheytha": "", "cheythathu": "did", "cheyyunne": "does",
    "cheyyunnu": "does", "cheyyunnathu": "", "cheyyumo": "will", "cheyyunna": "",
    "cheythirunnathu": "did", "cheythittundo": "ever", "cheythittundu": "has",
    "cheyyanam": "should", "cheyyendiyirunnathu": "had to", "cheyyano": "should",
    "cheythaal": "if", "cheyyukayaayirunnu": "was doing", "cheyyunnundo": "does",
    "cheyyilla": "will not", "cheythittilla": "not", "cheyyendi": "must",
    "cheyyunnathellam": "everything", "cheythirunnu": "did", "cheyyendathu": "should",
    "aayirunnu": "was", "ayirunnu": "was", "aayirunno": "was", "aayi": "", "ayi": "",
    "aaye": "became", "aakum": "will", "aakumo": "will", "aakunnu": "is",
    "aakunnilla": "not", "aakendathu": "was to", "aayittullathu": "", "aaya": "",
    "aakunna": "", "aakkiya": "made", "aakkan": "make", "aakki": "made",
    "aakkiyaal": "if made", "aayappol": "by", "aayirikkum": "will be", "aanel": "if",
    "aanenkil": "if", "aayittu": "as", "irunnu": "was", "irikkum": "will be",
    "undu": "is", "undo": "is there", "undaayirunnu": "was", "undayirunnu": "was",
    "undaayirunno": "was", "undaayi": "happened", "undaakkum": "create",
    "undaavilla": "no", "undaakilla": "no", "undennu": "there are",
    "undennaanu": "there are", "undaayaal": "if",
    "undaakum": "will be", "undaakumo": "will be",
    "vannu": "came", "vanne": "came", "vannathu": "came", "varum": "will come",
    "varumo": "will", "varunnathinu": "came", "vannappol": "came", "varuthi": "made",
    "varuthiye": "made", "varunnu": "comes", "vannirunno": "came", "poyi": "went",
    "poyathu": "went", "pokumbol": "going", "pokaan": "go", "pokum": "go", "pokunnu": "go",
    "kettu": "heard", "kandu": "saw", "kandathu": "met", "kandittilla": "never",
    "kandittillatha": "never seen", "kitti": "got", "kittiyittundu": "got",
    "kittunnathu": "get", "kittiyo": "got", "kittumo": "get", "kittum": "get",
    "ezhuthi": "wrote", "ezhuthiya": "wrote", "ezhuthiye": "wrote", "ezhuthiyathu": "wrote",
    "vilichu": "called", "vilichathu": "called", "vilikkunnu": "calls",
    "vilikkunnathu": "calls", "irakki": "issued", "irakkiya": "issued",
    "irakkiye": "issued", "irakkiyathu": "issued", "irakkan": "deploy",
    "irakkumo": "deploy", "irangum": "deploy", "nirthi": "stopped", "nirthumo": "keep",
    "nirthum": "end", "nirthiyo": "end", "nirthiyathu": "stopped", "pattumo": "can",
    "pattilla": "cannot", "pattathathu": "cannot", "pattaathathu": "cannot", "pattum": "can",
    "ariyamo": "know", "ariyaamo": "know", "ariyilla": "not know", "ariyaam": "know",
    "ariyaamaayirunno": "knew", "ariyanam": "know", "ariyaan": "know",
    "koduthe": "gave", "koduthu": "gave", "koduthno": "gave", "koduthathu": "gave",
    "kodukkum": "give", "nadannu": "happened", "nadanne": "happened",
    "nadannathu": "happened", "nadakkum": "will happen", "nadanno": "happened",
    "nadakkumo": "will happen", "nadappilaakkiyo": "carried out", "nadappaakkan": "carry out",
    "nadappilaakumo": "take effect", "nadappilaakki": "carried out",
    "edukkum": "will hire", "edukkumo": "hire", "eduthathu": "took", "eduthu": "took",
    "chodichu": "asked", "chodikkunnu": "asks", "chodikkunna": "seeking",
    "chodichathu": "asked", "pidikkan": "arrest", "pidichu": "arrested",
    "pidikkum": "arrest", "ayakkan": "send", "ayachu": "sent", "ayakkum": "send",
    "thaamasikkunne": "live", "thaamasikkunnu": "live", "thaamasikkan": "live",
    "thaamasikkunnathu": "live", "baadhikkumo": "affect", "baadhichathu": "affected",
    "baadhikkum": "affect", "baadhichu": "affected", "maattumo": "change",
    "maattaan": "ease", "maariyo": "changed", "maattunnathu": "moving", "maatti": "changed",
    "thirichu": "reverse", "koodiyo": "increased", "koottum": "step up",
    "koodunnundo": "growing", "kuranjirunnu": "fell", "kuranjathu": "lowest",
    "thudangi": "started", "thudangiyathu": "started", "thudangum": "start",
    "pinvalichathu": "withdrew", "pinvalichu": "withdrew", "vimarshichathu": "criticized",
    "vimarshichu": "criticized", "aaropichu": "accused", "sammathichu": "agreed",
    "sammathikkendi": "have to agree", "urappichirunno": "decided",
    "pratheekshichathu": "expected", "thediyathu": "sought", "nokkunne": "trying",
    "nokkunnu": "trying", "nokkunna": "trying", "nokkiye": "aimed",
    "pedikkanda": "no need to fear", "perumarum": "treat", "avasanippichathu": "ended",
    "manassilaayo": "understood",
    "ethiyathu": "reached", "itta": "gave", "kondupokum": "fly", "kaanikkunnu": "shows",
    "paalikkathathinu": "not keeping", "kaanilla": "no", "vekkumo": "detain",
    "vittirunnathu": "allowed", "paniyumo": "build", "paniyum": "build",
    "kootticherthe": "added", "nilkkan": "stay", "nilkkunnu": "stays",
    "purathaakkaan": "remove", "samsaarichavarude": "speakers",
    "samsaarikkunnathinu": "speaking", "samsaarichu": "spoke", "kayattan": "put",
    "valuthaakkiyo": "expanded", "thonniyaal": "thinks", "aakunnavaril": "among",
    "sambhavichu": "happened", "idaan": "put", "kayaraan": "enter", "thikayilla": "not enough",
    "udheshichathu": "meant", "urachu": "firm", "vittu": "released",
    "upayogikkan": "use", "upayogichu": "used", "upayogikkum": "will use",
    "upayogikkumo": "use", "upayogichathu": "used", "nadathi": "held", "nadathiyathu": "held",
    "nadathum": "will hold", "nadathumo": "hold", "maattiyathu": "reassigned",
    "aayathu": "became", "poyappol": "went", "nadakkunnathu": "happens",
    "nadakkunnu": "happens",
    "thudangiyo": "started", "thudangunnathu": "start", "avasaanichu": "ended",
    "avasanichu": "ended", "avasaanikkum": "end", "prakhyaapichu": "announced",
    "prakhyapichu": "announced", "pidichathu": "arrested", "pidikkumo": "arrest",
    "purathaakki": "removed", "purathaakkum": "remove", "thirichayachu": "sent back",
    "thirichayakkum": "send back", "ezhuthiyittundo": "wrote", "sammathicho": "agreed",
    "ethirthu": "opposed", "ethirthathu": "opposed", "anukoolichu": "supported",
    "koduthirunno": "gave", "vannittundo": "came", "kittiyathu": "got", "koodumo": "increase",
    "kurayumo": "decrease", "kuranju": "fell", "theerumaanichu": "decided",
    "niyamichu": "appointed", "niyamikkum": "will hire", "niyamikkumo": "hire",
    "samsaarikkumbol": "speaking", "kaanan": "meet", "irikkunnu": "is",
    "thaamasikkunna": "living", "jeevikkunna": "living", "jeevikkunnu": "live",
    "kelkkunnu": "hear", "vishwasikkamo": "believe", "pedikkano": "fear",
    "pedikkanam": "fear", "thudanguka": "start",
    "thamasikkunnathu": "live", "paranjilla": "did not say", "cheythilla": "did not",
    "vannilla": "did not come", "kittiyilla": "did not get", "nadannilla": "did not happen",
    "paranjirunnathu": "said", "kondirikkunnu": "", "kondirunnu": "",
}  # fmt: skip
# The story's words.
_NAMING: dict[str, str] = {
    "perae": "people", "pere": "people", "perkku": "people", "perude": "people",
    "perine": "people", "perem": "people", "aal": "person", "aalkar": "people",
    "aalukal": "people", "aalkarude": "people",
    "aalukalude": "people", "aalukale": "people", "aalkkar": "people", "aalkarkku": "people",
    "aalukalkku": "people", "aalukalkkum": "people", "divasam": "day", "naal": "days",
    "varsham": "years", "kaalam": "time", "kaalathu": "under", "kaalathe": "under",
    "samayam": "time", "samayathu": "during", "neram": "time", "aazhcha": "week",
    "maasam": "month", "makkal": "children", "makkalude": "children", "kuttikal": "children",
    "kuttikalum": "children", "kutti": "child", "kuttiye": "child", "veedu": "home",
    "veedukalil": "homes", "veettil": "home", "rajyam": "country", "rajyathu": "country",
    "naadu": "country", "naattil": "home country", "vaakku": "word", "vaakkil": "word",
    "peru": "name", "perukal": "names", "pedi": "fear", "prashnam": "problem",
    "kuzhappam": "problem", "karyam": "thing", "sambhavam": "thing", "pani": "work",
    "joli": "job", "niyamam": "law", "niyamangal": "laws", "udheshyam": "purpose",
    "artham": "meaning", "ennam": "number", "vyathyaasam": "difference",
    "bhooripakshavum": "most", "bhooripaksham": "most", "pattalam": "military",
    "vishayam": "issue", "vishayathil": "issue", "sadhanam": "thing", "koottaali": "ally",
    "sarkar": "government", "amma": "mom", "achan": "dad", "appachan": "grandpa",
    "ammachi": "grandma", "sheri": "right", "sathyam": "true", "thettu": "wrong",
    "nalla": "good", "nallathu": "best", "vegam": "quickly", "pathukke": "slowly",
    "orumichu": "at once", "paisa": "money", "pattalathe": "military",
    "abhipraayam": "opinion", "abhipraayathil": "according to", "varshangal": "years",
    "kanakku": "count", "kanakkil": "count", "maattangal": "changes", "ennathe": "number",
    "chilavu": "cost",
    "chelavu": "cost", "sahaayam": "help", "theerumaanam": "decision", "niyamanam": "hiring",
    "thadavil": "in detention", "thadankal": "detention", "kodathi": "court",
    "kuttavaali": "criminal", "kuttavaalikal": "criminals", "athirthi": "border",
    "sarkkaar": "government", "udyogasthar": "officials", "udyogastharude": "officials",
    "udyogasthan": "official", "sainyam": "military", "sainikar": "troops",
    "kudumbam": "family", "kudumbangal": "families", "kudumbangale": "families",
    "kunjungal": "children", "maathaapithaakkal": "parents", "janangal": "people",
    "kudiyettakkar": "immigrants", "kudiyettam": "immigration", "abhayaarthikal": "refugees",
    "pauratvam": "citizenship", "pauranmar": "citizens", "vaartha": "news",
    "pathram": "newspaper", "prasthaavana": "statement", "yogam": "meeting",
    "chodyam": "question", "chodyangal": "questions", "uttharam": "answer",
    "utharam": "answer", "theeyathi": "date", "thiyathi": "date", "kollam": "year",
    "vaagdaanam": "promise", "kaaryam": "thing", "und": "is", "maattam": "change",
    "kuttam": "fault", "bhaagathu": "part", "oraal": "someone", "aalum": "people",
    "mazha": "rain", "raavile": "morning", "vaikunneram": "evening", "ullavar": "those",
    "ullavarkku": "those", "ullavare": "those", "ullavarellaam": "all those",
    "ullavarellaaam": "all those",
}  # fmt: skip
_WORDS = {**_ASKING, **_LINKING, **_DOING, **_NAMING}
_TWICE = lazy_compile(r"(.)\1+")
# The endings of the story's Malayalam nouns ("kuttikalude", the children's; "pattalathe", the
# army; "varshamaayi", for years), longest first.
_CASE_ENDINGS = (
    "ilninnu", "ilekku", "inte", "ilum", "aayi", "nodu", "ile", "ude", "kku", "ine", "odu", "il",
    "ne", "um", "e", "o",
)  # fmt: skip
# The glossary's words of five letters or more by their skeleton (`_skeleton`), for the many ways
# of typing them ("thamasikkunnu", "cheyum", "eppoza").
_SPELLINGS = {_TWICE.sub(r"\1", w.replace("zh", "z")): w for w in reversed(_WORDS) if len(w) >= 5}
# Its short words, which other languages have too (and the nurses' English): one of them, or
# an ending put on with a hyphen ("mexico-yil"), with one word below, or three of them, is
# Malayalam.
_WEAK_MARKERS = word_set(
    "entha ethu aano undo und illa alle patti kondu kandu oru ee aa ippo eppo pinne avar prakaram"
)
# Words that are Malayalam alone: those of five letters or more above, but the few that Tamil
# ("udane", "varum", "puthiya", "makkal"), English ("engine") or the Malayali nurses' English
# ("sathyam", "chechi") has too, and these.
_SHARED = word_set(
    """
    engine ellam ellarum kaalam maasam neram nalla udane varum vechu veere vishayam vittu
    prakaram artham sarkar makkal makkalude kutti kuttikal kuttikalum kuttiye naadu samayam
    samayathu randu randum moonnu thirichu venam vazhi mathram maathram matram pokum pokumbol
    pokaan pokunnu varsham kaaranam karanam muthal idayil polum ningal ningalude chila puthiya
    pazhaya valiya valya karyam sambhavam purathu divasam vegam mazha chechi ammachi achayan
    kittumo sathyam sheri kettu pinne kudumbam kudumbangal kudumbangale janangal kollam
    innum paisa aayathu
    """
)
_COMMON = _SHARED | _WEAK_MARKERS
_MARKERS = frozenset(w for w in _WORDS if len(w) >= 5) - _COMMON | word_set(
    """
    paranju paranje paranjo eppol ethra evide aara aaru enthu aare ennu aanu athu ithu ente
    okke kitti vannu vanne munpu munpe vare poyi undu
    """
)
# ... and its verbs, by their endings ("vilichathu", "parayunnundo", "undaayirunno").
_VERB_ENDING = lazy_compile(
    r"^\w{3,}(?:unnu|unne|unnathu|unnundo|unnilla|irunnu|irunno|ittundo|ittundu|ittilla"
    r"|ichathu|iyathu|aakum|aakumo|(?<![sfhr])umo|endathu|kkendi|yyendi|anam|athu)$"
)
# A yes or no question asks with its verb's "-o" ("cheytho?", did it; "undo?", is there;
# "pattumo?", can it), which English asks with its auxiliary first: the auxiliary, and the verb
# left where the Malayalam one was.
_WHETHER: dict[str, tuple[str, str]] = {
    "cheytho": ("did", ""), "cheyyumo": ("will", ""), "cheyyano": ("should", ""),
    "cheythittundo": ("has", "ever"), "cheyyunnundo": ("does", ""), "paranjo": ("did", "say"),
    "paranjirunno": ("did", "say"), "paranjittundo": ("did", "say"),
    "parayunnundo": ("does", "say"), "undo": ("is there", ""), "undaayirunno": ("was there", ""),
    "undaakumo": ("will there be", ""), "aano": ("is it", ""), "aayirunno": ("was it", ""),
    "aakumo": ("will", ""), "pattumo": ("can", ""), "varumo": ("will", ""),
    "ariyamo": ("does", "know"), "ariyaamo": ("does", "know"),
    "ariyaamaayirunno": ("did", "know"), "baadhikkumo": ("will", "affect"),
    "kittumo": ("will", "get"), "kittiyo": ("did", "get"), "nirthumo": ("will", "keep"),
    "nirthiyo": ("did", "end"), "irakkumo": ("will", "deploy"), "maariyo": ("did", "change"),
    "koodiyo": ("did", "increase"), "nadanno": ("did", "happen"), "nadakkumo": ("will", "happen"),
    "koodunnundo": ("is", "growing"), "manassilaayo": ("did", "understand"),
    "nadappilaakkiyo": ("did", "carry out"), "nadappilaakumo": ("will", "take effect"),
    "valuthaakkiyo": ("did", "expand"), "urappichirunno": ("had", "decided"),
    "edukkumo": ("will", "hire"), "vekkumo": ("will", "detain"), "paniyumo": ("will", "build"),
    "maattumo": ("will", "change"), "koduthno": ("did", "give"), "vannirunno": ("did", "come"),
    "sammathikkumo": ("will", "agree"), "othukkumo": ("will", "agree"),
}  # fmt: skip
# ... and those of the verbs in the glossary, past ("vilicho": "vilichu") or to come
# ("irakkumo": "irakkum").
_DONE = ("chu", "nju", "ndu", "nnu", "thu", "ttu", "kki", "tti")
_WHETHER_DONE = {
    **{f"{verb[:-1]}o": ("did", said) for verb, said in _DOING.items() if verb.endswith(_DONE)},
    **{f"{verb}o": ("will", said) for verb, said in _DOING.items() if verb.endswith("um")},
    **_WHETHER,
}
_AUXILIARIES = frozenset(auxiliary for auxiliary, _ in _WHETHER.values())
# ... and without a question mark as well.
_ASKS_WHETHER = lazy_compile(
    r"(?:tho|umo|iyo|ayo|ndo|aano|nno|runno|kkumo|ttundo|sheriyano|sathyamano)\W*$",
    re.IGNORECASE,
)
# A clause of its own that asks whether what goes before is true ("..., sheriyano?").
_TRUE_TAG = word_set("sheriyano sheriyaano sathyamano sathyamaano ullathaano")
# "X aano Y aano": X or Y.
_EITHER = lazy_compile(r"\baano(?!\s+atho\b)(?=(?:\s+[^\s,.?!]+){1,3}\s+aano\b)", re.IGNORECASE)
# The forms of "cheyyuka" (do) and "aakuka" (become) that make a verb of the English word before
# them ("hire cheyyum", will hire; "leak aayirunnu", was leaked): English puts them first.
_AUXILIARY = word_set(
    """
    cheythu cheyyum cheythe cheythathu cheyyunne cheyyunnu cheyyunnathu cheythirunnathu
    cheyyanam cheythirunnu cheyyendathu cheyyukayaayirunnu aakum aakunnu
    """
)
# ... and the particles of English verbs that go with them ("round up cheythu").
_PARTICLES = word_set("up out off down back in over")
# The question words that a noun follows in English too ("ethra troops", how many troops;
# "ethu paper", which paper; "aarude version", whose version), and those that ask who did what
# ("'they know' ennu paranjathu aara", who said "they know").
_ASKS_OF = word_set("ethra ethu aarude enthu entha enthaa enthokke ethokke")
_ASKS_WHO = word_set("aara aaru aaranu aaraanu aarokke aarokkeyaanu aaraayirunnu")
_WHO_IS = word_set("aaraanu aaranu aaraayirunnu")
_TO_BE = word_set("aanu aayirunnu undu undaayirunnu undayirunnu aakum")
# The endings and postpositions that English puts before their noun, as prepositions
# ("Mexico-il", in Mexico; "hearing vare", until the hearing; "memos-ne patti", about the memos).
_POSTPOSITIONS = word_set(
    """
    il yil ile yile le ilum yilum ilo kku nodu odu ode ilekku yilekku lekku ilninnu ilninno
    ninnu ninnum ninno ninnaanu kondu patti pati kurichu kurichulla pattiyulla karyathil
    prakaram anusarichu shesham sesham kazhinju kazhinjittu vare muthal koode vendi
    idayil ilulla umaayi numaayi maayi munpu mumbu munpe munpaanu kaalathu kaalathe samayathu
    abhipraayathil
    """
)
_OF = word_set("inte nte ude yude de")
_DETERMINERS = word_set("aa ee oru ente nammude avarude")
_NUMBER = lazy_compile(r"^\d[\d,]*$")
# What ends the condition of a clause ("kid US citizen aanel", if the kid is a citizen).
_IF = word_set("aanel aanenkil undenkil cheythaal aakkiyaal undaayaal thonniyaal paranjaal")
# The asker's aside, which asks nothing ("amma chodikkunnu", mom is asking).
_ASKS = word_set("chodikkunnu chodichu chodikkuva chodikkunnund")
_KIN = word_set(
    """
    amma achan appachan ammachi appa uncle aunty auntie cousin roommate chettan chechi friend
    wife husband ammavan appooppan ammoomma
    """
)
_CHATTER = word_set("lol da machane pls")
# A token: a quotation whole, a mark that ends a clause, or a word.
_TOKEN = lazy_compile(
    r"(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)|\"[^\"]*\"|[,.?!;:]+(?=\s|$)"
    r"|\S+?(?=[,.?!;:]+(?:\s|$)|\s|$)"
)
_ENDS_CLAUSE = lazy_compile(r"^[,.?!;:]+$")
# An ending before a postposition, which English says as one ("DHS-il ninnu", from DHS;
# "Kellykku munpu", before Kelly).
_DOUBLED = lazy_compile(
    r"\b(?:il|yil|kku|nu|inu|ilekku|lekku) (?=(?:ninnu|ninno|ninnum|ninnaanu|munpu|munpe"
    r"|munpaanu|shesham|sesham|vare|vendi|kondu|pole)\b)"
    r"|(?<=\bil) vech(?:u|aanu|ittu)\b",  # "mexico-yil vechu": in Mexico
    re.IGNORECASE,
)


def _unglued(text: str) -> str:
    """Return `text` with its glued endings apart from the words they end, and its words as the
    glossary spells them."""
    apart = WORD.sub(lambda m: _spelled(m[0]), _HYPHENED.sub(lambda m: f" {m[1]}", text))
    return _DOUBLED.sub("", apart)


def _spelled(word: str) -> str:
    """Return `word` as the glossary spells it, or with its ending apart ("kellykku": "kelly
    kku"); a word it does not know as it is."""
    if word.lower() in _WORDS:
        return word
    if len(word) >= 5 and (known := _SPELLINGS.get(_skeleton(word))) is not None:
        return known
    plain = word.lower()
    for ending in _CASE_ENDINGS:
        stem = plain[: -len(ending)]
        if plain.endswith(ending) and len(stem) >= 3:
            # "kuttikalude": "kuttikal ude"; "pattalathe" (the army): "pattalam e"
            for noun in (stem, f"{stem[:-3]}am" if stem.endswith("ath") else stem):
                if noun in _NAMING:
                    return f"{noun} {ending}"
    for glued in (_GLUED_AFTER_VOWEL, _GLUED_AFTER_PLURAL, _GLUED_IL, _GLUED):
        if (parts := glued.match(word)) is not None:
            return f"{_spelled(parts[1])} {parts[2]}"
    return word


def _skeleton(word: str) -> str:
    """Return `word` as it is spelled by every hand: its letters without their doubling and
    "zh" as "z" ("cheyyum", "cheyum"; "eppozha", "epoza")."""
    return _TWICE.sub(r"\1", word.lower().replace("zh", "z"))


def _in_english_order(text: str) -> str:
    """Return `text` with each clause's words in English's order (`_clause_in_order`), and "is
    it true that" first for a "sheriyano" that asks it of what goes before."""
    clauses: list[list[str]] = [[]]
    for token in _TOKEN.findall(_EITHER.sub("atho", text)):
        clauses[-1].append(token)
        if _ENDS_CLAUSE.match(token):
            clauses.append([])
    mentions = []
    while clauses[0] and clauses[0][0].startswith("@"):
        mentions.append(clauses[0].pop(0))  # "@briefbot", first still
    said = [_clause_in_order(clause) for clause in clauses if clause]
    tagged = [clause for clause in said if clause and clause[0].lower() in _TRUE_TAG]
    said = [clause[1:] if clause in tagged else clause for clause in said]
    said = [clause for clause in said if clause and not _ENDS_CLAUSE.match(clause[0])]
    if tagged and said:
        # "DHS official paranju ellam professionally cheyyum ennu, sheriyano": is it true that
        if said[0][0] == "is it":
            said[0][0] = "is it true that"
        elif said[0][0] not in _AUXILIARIES:
            said[0].insert(0, "is it true that")
        said[-1] = [*said[-1][: -1 if _ENDS_CLAUSE.match(said[-1][-1]) else None], "?"]
    return " ".join([*mentions, *(" ".join(clause) for clause in said if clause)])


def _clause_in_order(clause: list[str]) -> list[str]:
    """Return one clause's tokens (its mark last, if any) in English's order."""
    mark = clause[-1:] if _ENDS_CLAUSE.match(clause[-1]) else []
    said = [t for t in clause[: len(clause) - len(mark)] if t.lower() not in _CHATTER]
    plain = [t.lower() for t in said]
    asks = next((i for i, t in enumerate(plain) if t in _ASKS), None)
    if (
        asks is not None
        and (asks == len(plain) - 1 or (asks > 0 and plain[asks - 1] in _KIN))
        and not _ASKING.keys() & set(plain[:asks])
    ):
        # "amma chodikkunnu", "church-le oru family-kku vendi chodikkunnu": who asks
        said = said[asks + 1 :]
    if len(said) > 1 and said[-1].lower() in _TRUE_TAG:
        return ["sheriyano", *_clause_in_order([*said[:-1], *mark])]  # "X sathyamano?"
    if not said:
        return []
    said = _prepositions_first(said)
    plain = [t.lower() for t in said]
    asking = next((i for i, t in enumerate(plain) if t in _ASKING), None)
    whether = next((i for i, t in enumerate(plain) if _asks_whether(t) is not None), None)
    if (
        whether is not None
        and "atho" not in plain[:whether]
        and (asking is None or "ennu" in plain[asking:whether])
    ):
        # "Kelly memos DACA program cancel cheytho?": did Kelly's memos cancel DACA? And
        # "migrants evide aanu thaamasikkunne ennu ICE-nu ariyaamo": does ICE know where the
        # migrants live?
        auxiliary, verb = _asks_whether(plain[whether]) or ("", "")
        verbs = [verb] if verb else []
        if asking is None:
            # (after its condition: "kid US citizen aanel, can the child be deported")
            cond = max((i + 1 for i, t in enumerate(plain[:whether]) if t in _IF), default=0)
            said = [*said[:cond], auxiliary, *said[cond:whether], *verbs, *said[whether + 1 :]]
        else:
            told = plain.index("ennu", asking)
            said = [
                auxiliary,
                *said[told + 1 : whether],
                *verbs,
                *_wh_first(said[:told], plain[:told], asking),
                *said[whether + 1 :],
            ]
    elif asking is not None and plain[asking] in _ASKS_WHO:
        # "'they know' ennu paranjathu aara": who said "they know"; "Morgan-nu shesham ICE
        # director aara aayi": who became ICE director after Morgan. (Other question words
        # stay where they are: the engine reads "ICE-il ethra officers undu" as well as ever.)
        said = _wh_first(said, plain, asking)
    return [*_auxiliaries_first(said), *mark]


def _wh_first(said: list[str], plain: list[str], at: int) -> list[str]:
    """Return the clause with its question word at `at` put first, with the noun it asks of
    and the preposition before it ("in how many states"), or the verb it asks who did."""
    start, end = at, at + 1
    if plain[at] in _ASKS_OF:
        while end < len(plain) and end - at <= 4 and _in_noun(plain[end]):
            end += 1
    if end == at + 1 and end < len(plain) and plain[end] in _TO_BE:
        end += 1  # "ethra aayirunnu": how many was
    if start > 0 and plain[start - 1] in _POSTPOSITIONS:
        start -= 1
    elif plain[at] in _ASKS_WHO and start > 0 and plain[start - 1] in _DOING:
        start -= 1  # "'they know' ennu paranjathu aara": who said
        if start > 0 and plain[start] in _AUXILIARY and plain[start - 1] not in _WORDS:
            start -= 1  # "explain cheythathu aara": who explained
        return [said[at], *said[start:at], *said[:start], *said[end:]]
    elif (
        plain[at] in _ASKS_WHO
        and plain[at + 1 : at + 2]
        and plain[at + 1] in _DOING
        and plain[at + 1] not in _TO_BE
    ):
        end = at + 2  # "ICE director aara aayi": who became ICE director
    elif plain[at] in _ASKS_WHO and (
        end < len(plain) or (end == at + 1 and plain[at] not in _WHO_IS)
    ):
        return said  # (a "who" alone last stays: "border-il arrest aakunnavaril ... aara")
    elif plain[at] in _ASKS_WHO:
        # "June 2019-il ICE acting director aara aayirunnu": who was ICE's acting director in
        # June 2019 (the time or the place it names last, as English has it).
        rest = said[:start]
        if len(rest) > 2 and rest[0].lower() in _POSTPOSITIONS:
            named = 2
            while named < len(rest) - 1 and _NUMBER.match(rest[named]):
                named += 1
            if rest[1][:1].isupper() or _NUMBER.match(rest[1]):
                rest = [*rest[named:], *rest[:named]]
        return [*said[start:end], *rest]
    return [*said[start:end], *said[:start], *said[end:]]


def _asks_whether(word: str) -> tuple[str, str] | None:
    """Return the auxiliary and verb that ask as a Malayalam "-o" verb does, or None: of the
    verbs above, or of a verb the glossary has without it ("vilicho?", did he call: "vilichu",
    called; "irakkumo", will they deploy: "irakkum")."""
    return _WHETHER_DONE.get(word)


def _in_noun(word: str) -> bool:
    """Whether `word` may be part of the noun a question word asks of."""
    return word in _NAMING or (
        word not in _WORDS and _asks_whether(word) is None and WORD.fullmatch(word) is not None
    )


def _prepositions_first(said: list[str]) -> list[str]:
    """Return the words with each postposition before the noun it follows, as English has its
    prepositions: the word before it, and the small words before that ("priority list-il", in
    the priority list), but a name alone ("Kelly Mexico-il poyi": Kelly went to Mexico), and
    with the question word that asks of it ("ethra states-il", in how many states)."""
    ordered = list(said)
    for i in range(1, len(ordered)):
        if ordered[i].lower() not in _POSTPOSITIONS or ordered[i - 1].lower() in _POSTPOSITIONS:
            continue
        noun = i - 1
        while noun > 0 and _LINKING.get(ordered[noun].lower()) == "":
            noun -= 1  # "official-nte koode": with the official
        head = ordered[noun]
        if (
            (head.lower() in _WORDS and head.lower() not in _NAMING)
            or not (WORD.fullmatch(head) or _NUMBER.match(head))
            or _in_name(ordered, noun)
        ):
            continue
        start = noun
        while start > 0 and noun - start < 2 and _of_noun(ordered[start - 1], head):
            start -= 1
        if (
            start > 1
            and ordered[start - 1].lower() in _OF
            and (WORD.fullmatch(ordered[start - 2]) or _NUMBER.match(ordered[start - 2]))
            and ordered[start - 2].lower() not in _WORDS
        ):
            start -= 2  # "Trump-inte tweet-il": in Trump's tweet
        if start > 0 and ordered[start - 1].lower() in _ASKS_OF | _DETERMINERS:
            start -= 1  # "ethra states-il", in how many states; "aa call-il", in that call
        ordered[start : i + 1] = [ordered[i], *ordered[start:i]]
    return ordered


def _of_noun(word: str, head: str) -> bool:
    """Whether `word`, before the `head` of a noun a postposition follows, is of that noun: a
    word before a word ("priority list-il", "Florida rally-kku"), a month before a year ("June
    2019-il") or a year before a month, but not a name before a name ("Kelly Mexico-il poyi")."""
    if word.lower() in _WORDS or not (WORD.fullmatch(word) or _NUMBER.match(word)):
        return False
    if _NUMBER.match(head):
        return word[:1].isupper() or _NUMBER.match(word) is not None
    if head[:1].isupper():
        return _NUMBER.match(word) is not None
    return True


def _in_name(said: list[str], noun: int) -> bool:
    """Whether the word at `noun` ends a name of two or more ("Border Patrol", "Mark Morgan")
    or follows another ("Kelly Mexico-il"), which could be either: left where it is."""
    return (
        noun > 0
        and said[noun][:1].isupper()
        and not said[noun].isupper()
        and said[noun - 1][:1].isupper()
        and said[noun - 1].lower() not in _WORDS
    )


def _auxiliaries_first(said: list[str]) -> list[str]:
    """Return the words with each "cheyyuka" or "aakuka" before the English verb it follows
    ("round up cheythu": did round up)."""
    ordered = list(said)
    for i in range(1, len(ordered)):
        if ordered[i].lower() in _AUXILIARY and ordered[i - 1].lower() not in _WORDS:
            verb = i - 2 if i > 1 and ordered[i - 1].lower() in _PARTICLES else i - 1
            ordered[verb : i + 1] = [ordered[i], *ordered[verb:i]]
    return ordered


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Malayalam; otherwise `text` itself."""
    said = {w.lower() for w in WORD.findall(text)}
    strong = {w for w in said if w in _MARKERS or _VERB_ENDING.match(w) is not None}
    asking = {
        w for w in said if (w in _MARKERS and w in _ASKING) or w in _WHETHER_DONE.keys() - _COMMON
    }
    marking = (
        2 * len(strong | asking)
        + len(asking)
        + len(_WEAK_MARKERS.intersection(said))
        + len({m[1].lower() for m in _HYPHENED.finditer(text)})
    )
    if marking < 3:
        return text
    asked = text if "?" in text or _ASKS_WHETHER.search(text) is None else f"{text}?"
    return read_word_for_word(_in_english_order(_unglued(asked)), _PHRASES, _WORDS)
