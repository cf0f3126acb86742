"""Hindi, Urdu, Bangla, Punjabi and Nepali words in a question typed in Latin letters, read as
the English the facts use.

South Asian families and the mosque, temple and community volunteers who relay their questions
write Hinglish or Banglish ("ice ke paas kitne deportation officers hain", "2015 mein kitne log
deport hue", "keno kelly ar tillerson mexico officials er sathe meet korlo?"), Punjabi truckers
theirs ("2015 vich kinne deport hoye") and Nepali families theirs ("2015 ma kati jana deport
bhaye?"). As with Spanish (`spanish`), the question words are read before this, with the chat
shorthand ("kitne" is "how many", "kab" is "when", "keno" is "why"), and this reads the rest:
the postpositions and auxiliaries carry nothing, and the story's words become the English ones.
A question is read so only when it has two words that are Hindi, Urdu, Bangla or Nepali alone
("hain", "mein", "logon", "korlo", "thiyo"), or one of them and a short postposition ("vizguerra
ke bachche", "ICE ma ... chan"): "ke", "ka", "se", "te", "ma" and "ar" are Spanish, English or a
typo too, which keeps other questions as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.answering.spanish import read_glossed
from briefings.retrieval import word_set

_DROPPED = word_set(
    """
    ke ka ki ko ne se mein hai hain tha thi hua hue hui aur bhi par pe jo wo woh yeh ye unke
    uske iske inke apne liye lekin toh nahi nahin bahut sab koi kuch abhi karne karna karenge
    kiya kiye kar raha rahe rahi hoga hogi honge gaya gaye gayi paas wala wale wali hisaab
    mutabik ji ar er te sathe korlo korbe ache chilo hoyeche dhore theke kora jabe boshe dile
    chilen hocche korche dike
    korse korsilo korte kore korar hobe hoise hoisilo hoy ase naki ta ra gula der eta oi je o e
    kotha nai karti karta li liya
    le ma lai sanga ho cha chan thiyo thiye garne garnu garyo gareko garcha bhanne bhaneko bhayo
    bhayeko bhaye wala bata hajur huncha paryo liyera wota
    vich nu kol si hoye lai kita
    thay hongi na magar isme usme unme mai tak hi jis jin jinke ek itna itne aisa baat puch
    puchh pooch poochh pucha poocha ammi abbu nani nana nanaji mamu mama chacha chachaji bua
    phuppo fufaji mausi bhai yaar jaan hota hote hoti jaate jate batao parega paregi julte
    """
)
# Words that mark a question as partly Hindi, Urdu or Bangla: none of them English, Spanish,
# Portuguese or Creole (the question words are English by now).
_MARKERS = word_set(
    """
    mein hai hain hua hue hui kis kaun aur bhi liye lekin nahi nahin bahut kuch karne karna
    karenge kiya raha rahe gaya gaye diya bola bataye bataya paas wala wale hisaab sathe korlo
    ache chilo bochor dhore logon bachche naam paisa lagega batao bolo
    vich kol hoye kehnde milya bandeyan tyari
    bolse bolsilo korse korsilo korte hobe naki kivabe niye jonno gula hoise ekhon notun lagbe
    parbe onek beshi sotti ase dise kore korbe amar amader tader bujhse
    hisab onujayi porjonto puron nibe kokhono korto barasse bujhaise gesilo jawar thakleo
    sobcheye dekhsi dekhlam hoile chaisilo chaisilen chilen komsilo likhse ashole ekhono hocche
    rakhbe eigula purono korche khoroch taratari manush shohor mohila chacche atkaise tulbe
    banate protidin
    walon walo bachay bachon kaam karti karta zyada waqt bolta wapas
    thay kaha kahi kehna kehte kehta pehle baad puch pooch poochh sach sahi lagu fauj bayan
    wada waada akhbar akhbaar khabar mulk hafte ghante dafa baar foran turant yaqeen vishwas
    pakadna pakarne pakde pakre bhejne bhejna nikalne nikalenge zikar zikr ammi abbu muhim
    izzat insaniyat maqsad wajah farq farak iraada khilaf naraz pareshan alfaz aahista dheere
    sakhti taiyari ginti bharti nishani ijazat baghair bina larenge ladenge ladegi paida mushkil
    likha mutabiq alawa yahan wahan sakta sakte aaj khud
    dhancha dhaancha asar haal mahol batayi koshish koshishen purane bhadak manzoor wade poore
    ilzaam samjhaya likhe sakht rokne khulasa elan arse arsa tadaad mulkon tanqeed masla daur
    faisla faisle rakhne rakhenge rishtedaron intezar walidain zariye qanoon qanun banenge
    sawalon milte parega paregi bartaav taana lakhon karodon ishara gussa vaade ulti
    baaton dayra mahaul afwaah maksad samjhayi sabse shart
    thiyo thiye chan garyo garne garcha gareko garnu bhanyo bhanya bhaneko bhanne bhanthyo bhayo
    bhayeko haina aahile pahila pahile dherai wota sanga huncha paryo diyeko bhako chahiyeko
    bhetna bhetnu basne basiracha basnu anusar samma najik manche bachha barsa hajur dhanyabad
    bhaye
    """
)
# ... and the short postpositions that mark it with one of them.
_WEAK_MARKERS = word_set("ke ka ki ko ne se jo ar er te nu e ma le lai")
_WORDS: dict[str, tuple[str, ...]] = {
    "naam": ("name",), "saal": ("years",), "bochor": ("years",), "din": ("day",),
    "log": ("people",), "logon": ("people",), "logo": ("people",), "bachche": ("children",),
    "bachcha": ("child",), "bacche": ("children",), "paisa": ("money",), "naye": ("new",),
    "naya": ("new",), "nayi": ("new",), "bola": ("said",), "boli": ("said",), "bole": ("said",),
    "bataye": ("said",), "bataya": ("said",), "bolechilo": ("said",), "diya": ("gave",),
    "diye": ("gave",), "mile": ("met",),
    "lagega": ("cost",), "desh": ("country",), "sarkar": ("government",),
    # Punjabi: "daca thru kinne bandeyan nu work permit milya", "kyu kehnde si obama nu ...".
    "bandeyan": ("people",), "milya": ("got",), "kehnde": ("called",), "tyari": ("prepare",),
    # Banglish: "trump bolse millions deport hobe", "army diye ki lok dhorbe?", "notun agent
    # hire korar kotha ase?", "ekhon", "aste aste shuru hobe" (start slowly).
    "bolse": ("said",), "bolsilo": ("said",), "lok": ("people",),
    "jon": ("people",), "notun": ("new",), "ekhon": ("now",), "niye": ("about",),
    "jonno": ("for",), "age": ("before",), "onek": ("many",), "beshi": ("more",),
    "lagbe": ("need",), "parbe": ("can",), "pare": ("can",), "shuru": ("start",),
    "baccha": ("children",), "kono": ("any",), "sobai": ("everyone",), "sotti": ("true",),
    "bhoy": ("fear",), "aste": ("slowly",), "sesh": ("end",), "thakbe": ("stay",),
    "pathay": ("send",), "pathabe": ("send",), "dhorbe": ("arrest",), "dise": ("gave",),
    "r": ("and",), "kaj": ("work",), "pore": ("later",), "porer": ("later",),
    "jaygay": ("replace",), "banabe": ("build",), "bochore": ("years",),
    # ... and "NYT er hisab e" (by the NYT's count), "blog onujayi", "hearing porjonto" (until),
    # "promise puron korte parse" (could keep), "aro judge nibe" (hire more), "keu jane na"
    # (nobody knows), "pichiye aslo" (backed off), "manush ke kivabe treat korbe".
    "hisab": ("according", "to"), "onujayi": ("according", "to"), "porjonto": ("until",),
    "puron": ("keep",), "parse": ("could",), "nibe": ("hire",), "aro": ("more",),
    "jane": ("know",), "keu": ("anyone",), "tar": ("his",), "tara": ("they",),
    "oder": ("their",), "kokhono": ("ever",), "korto": ("did",), "barasse": ("increased",),
    "bujhse": ("understood",), "bujhaise": ("meant",), "gesilo": ("went",),
    "jawar": ("going",), "jara": ("who",), "kara": ("who",), "protidin": ("daily",),
    "thakleo": ("even", "with"), "thake": ("live",), "thaka": ("living",), "somoy": ("time",),
    "sobcheye": ("most",), "onno": ("other",), "dekhsi": ("saw",), "dekhlam": ("saw",),
    "emon": ("such",), "pichiye": ("back",), "hoile": ("if",), "mone": ("think",),
    "holo": ("happened",), "taka": ("money",), "atkaise": ("blocked",), "atkate": ("prevent",),
    "lekha": ("written",), "sob": ("all",), "shob": ("all",), "chacche": ("want",),
    "banate": ("build",), "chaisilo": ("wanted",), "chaisilen": ("wanted",),
    "tulbe": ("put",), "alada": ("different",), "komsilo": ("declined",), "oita": ("that",),
    "ulta": ("reverse",), "mene": ("follow",), "likhse": ("wrote",), "ekjon": ("one",),
    "ashole": ("actually",), "shesh": ("end",), "ekhono": ("still",), "upor": ("on",),
    "rakhbe": ("keep",), "pete": ("get",), "deri": ("delay",), "eigula": ("these",),
    "purono": ("old",), "khoroch": ("cost",), "taratari": ("quickly",), "manush": ("people",),
    "dure": ("away",), "mohila": ("woman",), "shohor": ("city",), "thik": ("right",),
    "abar": ("again",),
    # Urdu: "kitne DACA walon ko work permit mila", "vizguerra ke kitne bachay hain", "HSI kya
    # kaam karti hai", "nomination kab wapas li", "priority wale zyada ho gaye ya kam".
    "walon": ("people",), "walo": ("people",), "bachay": ("children",), "bachon": ("children",),
    "bachey": ("children",), "kaam": ("work",), "zyada": ("more",), "waqt": ("time",),
    "bolta": ("said",), "wapas": ("back",), "mila": ("got",), "mili": ("got",),
    # Nepali: "2015 ma kati jana deport bhaye?", "kelly sanga mexico ma ko gayeko thiyo",
    # "pew research anusar", "daca le kati jana lai work permit diyeko cha", "vizguerra ko kati
    # jana bachha chan", "kati barsa dekhi US ma basnu bhako".
    "bhanyo": ("said",), "bhanya": ("said",), "bhanthyo": ("said",), "diyeko": ("gave",),
    "gayeko": ("went",), "bhetna": ("meet",), "bhetnu": ("meet",), "chahiyeko": ("needed",),
    "barsa": ("years",), "bachha": ("children",), "manche": ("people",),
    "dherai": ("many",), "aahile": ("now",), "pahila": ("before",), "pahile": ("before",),
    "anusar": ("according", "to"), "samma": ("until",), "tada": ("away",), "najik": ("near",),
    "ulto": ("opposite",), "sathi": ("friend",), "chori": ("daughter",), "dhanyabad": ("thanks",),
    "kura": ("thing",), "basiracha": ("staying",), "basne": ("stay",), "basnu": ("lived",),
    "dekhi": ("since",), "haina": ("not",), "jana": ("people",),
    # More Urdu and Hindi: "kelly ne fauj wala bayan kab diya", "akhbar ke mutabiq", "ghar mein
    # ghus ke", "foran deport", "kaam ki jagah pe raid", "aahista aahista shuru hogi".
    "kaha": ("said",), "kahi": ("said",), "kahe": ("said",), "kehna": ("statement",),
    "kehte": ("say",), "kehta": ("says",), "keh": ("say",), "bol": ("say",),
    "pehle": ("before",), "baad": ("after",), "ab": ("now",), "ya": ("or",),
    "sach": ("true",), "sahi": ("right",), "galat": ("wrong",), "lagu": ("official",),
    "ghar": ("homes",), "gharon": ("homes",), "mulk": ("country",), "fauj": ("army",),
    "fauji": ("military",), "sainik": ("troops",), "bayan": ("statement",), "wada": ("promise",),
    "waada": ("promise",), "vaada": ("promise",), "muhim": ("campaign",),
    "akhbar": ("newspaper",), "akhbaar": ("newspaper",), "khabar": ("news",),
    "izzat": ("dignity",), "insaniyat": ("humanely",), "maqsad": ("purpose",),
    "wajah": ("reason",), "farq": ("difference",), "farak": ("difference",),
    "iraada": ("intention",), "khilaf": ("against",), "naraz": ("angry",), "khush": ("happy",),
    "dar": ("fear",), "darr": ("fear",), "ghabrane": ("panic",), "pareshan": ("worried",),
    "tasalli": ("reassurance",), "bharosa": ("assurance",), "alfaz": ("words",),
    "hafte": ("week",), "hafta": ("week",), "raat": ("night",), "subah": ("morning",),
    "shaam": ("evening",), "ghante": ("hours",), "dafa": ("times",), "baar": ("times",),
    "aahista": ("slowly",), "dheere": ("slowly",), "foran": ("immediately",),
    "turant": ("immediately",), "asal": ("real",), "yaqeen": ("believe",),
    "vishwas": ("believe",), "sakhti": ("crackdown",), "khatam": ("end",), "aaye": ("came",),
    "aaya": ("came",), "aayi": ("came",), "nikalne": ("remove",), "nikalenge": ("remove",),
    "nikal": ("remove",), "nikala": ("issued",), "pakad": ("arrest",), "pakadna": ("arrest",),
    "pakarne": ("arrest",), "pakde": ("arrested",), "pakre": ("arrested",),
    "pakadne": ("arrest",), "bhej": ("send",), "bhejne": ("send",), "bhejna": ("send",),
    "lagayenge": ("use",), "lagane": ("use",), "shamil": ("involved",), "madad": ("help",),
    "jagah": ("site",), "taiyari": ("preparation",), "barh": ("increase",),
    "badh": ("increase",), "barhayi": ("increased",), "badhi": ("increased",),
    "ginti": ("number",), "bharti": ("hiring",), "zikar": ("mention",), "zikr": ("mention",),
    "nishani": ("sign",), "cheez": ("thing",), "chhoot": ("permission",),
    "ijazat": ("permission",), "haan": ("consent",), "marzi": ("consent",),
    "baghair": ("without",), "bina": ("without",), "andar": ("interior",), "bahar": ("abroad",),
    "larenge": ("fight",), "ladenge": ("fight",), "ladegi": ("fight",), "chup": ("silent",),
    "paigham": ("message",), "aakhri": ("last",), "pakki": ("set",), "badli": ("changed",),
    "katrati": ("hesitant",), "hamesha": ("always",), "mushkil": ("fraught",),
    "mudda": ("issue",), "paida": ("born",), "sirf": ("only",), "dono": ("both",),
    "dobara": ("again",), "kabhi": ("ever",), "rehte": ("live",),
    "rehta": ("lives",), "alag": ("different",), "khud": ("himself",), "yahan": ("here",),
    "wahan": ("there",), "pata": ("know",), "sakta": ("can",), "sakte": ("can",),
    "sakti": ("can",), "bana": ("became",), "likha": ("wrote",), "mutabiq": ("according", "to"),
    "agar": ("if",), "saath": ("with",), "waqai": ("really",), "alawa": ("besides",),
    "aaj": ("today",),
    # ... and more of it: "poora dhancha" (the whole framework), "asar parega" (will it affect),
    # "log bhadak jayenge" (people will be outraged), "wade poore kiye" (kept his promises),
    # "khulasa do line mein" (a summary in two lines), "kitne arse se" (for how long).
    "dhancha": ("framework",), "dhaancha": ("framework",), "asar": ("affect",),
    "haal": ("mood",), "mahol": ("mood",), "batayi": ("said",),
    "koshish": ("effort",), "koshishen": ("efforts",), "purane": ("former",),
    "purana": ("former",), "bhadak": ("outrage",), "hata": ("backed", "off"),
    "manzoor": ("approved",), "wade": ("promises",), "poore": ("kept",), "roki": ("blocked",),
    "roke": ("blocked",), "ilzaam": ("accused",), "samjhaya": ("explained",),
    "likhe": ("wrote",), "sakht": ("tough",), "rokne": ("stop",), "khulasa": ("summary",),
    "elan": ("announced",), "arse": ("long",), "arsa": ("long",), "reh": ("live",),
    "bache": ("children",), "kul": ("total",), "khatra": ("threat",), "tadaad": ("number",),
    "mulkon": ("countries",), "tanqeed": ("criticism",),
    "masla": ("issue",), "daur": ("era",), "faisla": ("decision",), "faisle": ("decision",),
    "rakhne": ("hire",), "rakhenge": ("keep",), "rishtedaron": ("relatives",),
    "intezar": ("wait",), "walidain": ("parents",), "zariye": ("through",),
    "qanoon": ("law",), "qanun": ("law",), "banenge": ("built",), "jawab": ("answers",),
    "sawalon": ("questions",), "sawal": ("questions",), "milte": ("match",),
    "bartaav": ("treatment",), "taana": ("jab",), "lakhon": ("millions",),
    "karodon": ("millions",), "jaise": ("like",), "ishara": ("signaled",),
    "samajh": ("understood",), "nikalte": ("leaving",), "gussa": ("anger",),
    "vaade": ("promises",), "ulti": ("contradictory",), "baaton": ("remarks",),
    "dayra": ("widen",), "mahaul": ("mood",), "asli": ("real",), "rokna": ("avert",),
    "afwaah": ("rumor",), "saaf": ("clearly",), "maksad": ("goal",), "badi": ("bigger",),
    "samjhayi": ("explained",), "sabse": ("most",), "shart": ("condition",),
}  # fmt: skip


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are partly Hindi, Urdu or Bangla (see the module's note)."""
    strong = len(_MARKERS.intersection(words))
    return strong >= 2 or (strong == 1 and bool(_WEAK_MARKERS.intersection(words)))


def english(words: Sequence[str]) -> list[str]:
    """Return `words` with their Hindi, Urdu or Bangla read as English, function words dropped.

    Words of a question that is not so marked stay as typed.
    """
    if not marked(words):
        return list(words)
    return read(words)


def read(words: Sequence[str]) -> list[str]:
    """Return `words` read as English, function words dropped, whether marked or not (a part of
    a question that is: "how many bachche hain" is "how many children")."""
    return read_glossed(words, _DROPPED, {}, _WORDS)
