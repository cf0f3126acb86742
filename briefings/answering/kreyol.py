"""Haitian Creole words in a question, read as the English the facts use.

Haitian families and the volunteers who relay their questions write Creole, or English with
Creole in it ("eske se vre Kelly te di p ap gen depòtasyon an mas?", "konbyen moun san papye ki
genyen nan peyi a dapre Pew? (how many)"). As with Spanish (`spanish`), the question words are
read by `question.detect_form` and this reads the rest: function words carry nothing, and the
story's words become the English ones. A question is read so only when it has two words that are
Creole alone ("eske", "konbyen", "depotasyon", "manman"), which keeps English and Spanish
questions as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.answering.spanish import read_glossed
from briefings.retrieval import word_set

_DROPPED = word_set(
    """
    se yo li nan ak pou te ap p pa gen genyen ki sa m mwen nou ou w l a la lan sou tout
    menm deja toujou kounye konnen kwe bezwen vle ka kapab eske fe di dit vre oswa men paske si
    le epi tou anpil kek moun yon pral janm vin k plis anplis fet ye vit egzakteman
    ofisyelman mete plizye konsa oubyen jis pat fameux sincerement tanpri ditou limenm
    ke al byen jeneral pap poutet bonjou bonswa bondye beni selman tankou e merci avance tap t
    kounya
    """
)
# Words that mark a question as partly Creole: none of them English, Spanish or Portuguese in
# a chat ("ye" only in an old book).
_MARKERS = word_set(
    """
    eske konbyen kile poukisa kiyes kiles kijan kouman kisa dapre depotasyon depote mwen genyen
    papye panike afekte rankontre ofisyel manman gid nouvo avyon tounen meksik peyi moun kwe
    ofisye ajan imigrasyon pouvwa regleman rafle anboche kondane priyorite janm pral yon kounye
    soti pibliye ofisyelman egzakteman kominote pitit sitwayen ozetazini sipoze prezante refij
    plizye anile janvye fevriye madanm fwontye legliz ye ki sou vit pou mwa fre
    kote lage telefon maten aswe oswa oubyen bagay konnen dousman touswit fanmi voye tann odyans
    lamezon operasyon deklarasyon tande gouvenman
    pwomet trete diyite reponn fache pale lapolis konfyans goumen dokiman kesyon repons aplike
    konsa apre anvan pawol chanje anyen ogmante kantite konprann rali kanpay kite tribinal
    rele ansyen rale nominasyon separasyon jwenn kongre kritike kenbe chanjman komanse ranmase
    lari elaji kategori relasyon dako atik laperez direktiv youn granmoun ekri koule lapres
    defanse dwa jounalis siyen lod egzekitif lwa rezime diferan denye remonte bese anba reko
    solda milyon chif kraze toujou rasyal mennen jiska jiskaske depi isit anko reyaji koze pemet
    paran tonton matant lendi poze bonswa bonjou pwochen sousol kouvri delegasyon depite vwayaje
    moman mwens tankou fason dekre anons dimanch samdi dirije ranfosman faktori difisil lontan
    nomal anonse prale selman kontwol tonbe mezi etidye santi radyo mwatye rapote akselere
    pousuiv travese peye demen sikile kache videyo suiv poutet desten ansanm avek pandan dyak jou
    semen rive otorite eseye akonpli objektif minorite kouzin kounya vye reziste rimo swiv envante
    fenmen chache mansyone direkte menas eleksyon amnisti kalite ak mande
    """
)
_PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("san", "papye"): ("undocumented",),
    ("an", "mas"): ("mass",),
    ("amerik", "santral"): ("central", "america"),
    ("chak", "jou"): ("every", "day"),
    ("sekrete", "leta"): ("secretary", "of", "state"),
    ("voye", "tounen"): ("sent", "back"),
    ("gwo", "rafle"): ("mass", "roundups"),
    ("mezon", "blanch"): ("white", "house"),
    ("pran", "refij"): ("took", "refuge"),
    ("prezante", "devan"): ("check", "in", "with"),
    ("gad", "nasyonal"): ("national", "guard"),
    ("lamezon", "blanch"): ("white", "house"),
    ("pran", "tan"): ("take", "time"),
    ("mande", "azil"): ("seek", "asylum"),
    ("ti", "ayiti"): ("little", "haiti"),
    ("gwo", "chef"): ("leaders",),
    ("depotasyon", "rapid"): ("expedited", "removal"),
    ("lod", "egzekitif"): ("executive", "orders"),
    ("pi", "gwo"): ("biggest",),
    ("pi", "wo"): ("highest",),
    ("pitit", "fi"): ("daughter",),
    ("pitit", "gason"): ("son",),
    ("gwoup", "defans"): ("advocates",),
    ("sel", "kou"): ("immediately",),
    ("ti", "non"): ("nickname",),
    ("lakay", "blanch"): ("white", "house"),
    ("depi", "konbyen"): ("how", "many"),
    ("bay", "non"): ("give", "their", "names"),
    ("piti", "piti"): ("slowly",),
    ("rapid", "rapid"): ("right", "away"),
    ("chanje", "lide"): ("changed", "mind"),
    ("egzekitif", "od"): ("executive", "order"),
    ("pre", "pre"): ("closely",),
    ("odo", "depotasyon"): ("deportation", "order"),
    ("garde", "nationale"): ("national", "guard"),
    ("ta", "rive"): ("would", "happen"),
    ("ane", "pwochen"): ("next", "year"),
    ("mwa", "pwochen"): ("next", "month"),
    ("kat", "vet"): ("green", "card"),
    ("kat", "rezidans"): ("green", "card"),
}
_WORDS: dict[str, tuple[str, ...]] = {
    "depotasyon": ("deportations",), "depote": ("deported",),
    "imigran": ("immigrants",), "peyi": ("country",), "gid": ("guidelines",),
    "nouvo": ("new",), "ofisyel": ("officials",), "rankontre": ("met",),
    "avyon": ("planes",), "panike": ("panic",), "afekte": ("affect",), "meksik": ("mexico",),
    "manman": ("mother",), "papa": ("father",), "fanmi": ("family",),
    "timoun": ("children",), "lapolis": ("police",), "polis": ("police",),
    "legliz": ("church",), "lame": ("army",), "solda": ("soldiers",), "fwontye": ("border",),
    "miyon": ("millions",), "dapre": ("according", "to"),
    "ale": ("went",), "konbyen": ("how", "many"), "kile": ("when",), "poukisa": ("why",), "kiyes": ("who",),
    "kiles": ("who",), "kijan": ("how",), "kouman": ("how",), "kisa": ("what",), "kote": ("where",),
    "pwomet": ("promised",), "siyen": ("signed",), "arete": ("arrest",),
    "raf": ("raids",), "rafle": ("raids",), "ajan": ("agents",), "ofisye": ("officers",),
    "imigrasyon": ("immigration",), "pouvwa": ("powers",), "regleman": ("rules",),
    "kondane": ("convicted",), "priyorite": ("priority",), "anboche": ("hire",),
    "itilize": ("use",), "pwogram": ("program",), "travay": ("work",), "krim": ("crimes",),
    "kriminel": ("criminals",), "akize": ("charged",), "separe": ("separated",),
    "prezidan": ("president",), "sekrete": ("secretary",), "lajan": ("money",),
    "ane": ("year",), "mwa": ("month",), "semenn": ("week",), "lwa": ("law",),
    "dwa": ("rights",), "kay": ("homes",), "detansyon": ("detention",), "prizon": ("jail",),
    "tribinal": ("court",), "jij": ("judge",), "avoka": ("lawyer",),
    "memo": ("memo",), "soti": ("came", "out"), "reg": ("rules",), "pibliye": ("published",),
    "panik": ("panic",), "kominote": ("communities",), "pitit": ("children",),
    "sitwayen": ("citizens",), "ameriken": ("american",), "madanm": ("woman",),
    "pale": ("spoke",), "ozetazini": ("united", "states"), "selon": ("according", "to"),
    "fre": ("brother",), "rive": ("arrived",), "sipoze": ("supposed",), "refij": ("refuge",),
    "santral": ("central",), "anile": ("canceled",),
    "vizit": ("visit",), "janvye": ("january",), "fevriye": ("february",), "jen": ("june",),
    "dat": ("date",), "non": ("name",), "swit": ("immediately",), "milyon": ("millions",),
    "mexique": ("mexico",),
    "lage": ("released",), "apel": ("call",), "telefon": ("phone",), "maten": ("morning",),
    "aswe": ("evening",), "komanse": ("start",), "touswit": ("immediately",),
    "dousman": ("gradually",), "bagay": ("things",), "voye": ("send",), "tann": ("wait",),
    "odyans": ("hearing",), "defann": ("defend",), "oganizasyon": ("organization",),
    "lokal": ("local",), "konfyans": ("trust",), "rete": ("stay",), "tande": ("heard",),
    "lari": ("streets",), "gouvenman": ("government",), "konn": ("used", "to"), "jou": ("days",),
    "ant": ("between",), "meksiken": ("mexican",), "operasyon": ("operation",),
    "deplase": ("move",), "desant": ("raid",), "lakay": ("homes",), "florid": ("florida",),
    "eta": ("state",), "rasanbleman": ("rally",), "kanpay": ("campaign",), "azil": ("asylum",),
    "rate": ("missed",), "lod": ("order",), "deklarasyon": ("statement",),
    "apremidi": ("afternoon",), "pawol": ("words",), "retire": ("withdrew",),
    "nominasyon": ("nomination",), "bloke": ("blocked",), "eseye": ("tried",),
    "migran": ("migrants",), "eksplike": ("explained",), "kontradiksyon": ("contradiction",),
    "milite": ("military",), "minis": ("minister",), "amitye": ("friendship",),
    "chanjman": ("changes",), "aplike": ("implement",), "anvan": ("before",),
    "ondiras": ("honduras",),
    "plenn": ("complain",), "bay": ("give",), "trete": ("treat",), "diyite": ("dignity",),
    "sanble": ("seem",), "touche": ("affect",), "reponn": ("answer",), "gwoup": ("group",),
    "fache": ("angry",), "pe": ("afraid",), "kraze": ("break",), "goumen": ("fight",),
    "kont": ("against",), "politik": ("policies",), "dokiman": ("document",),
    "kesyon": ("questions",), "repons": ("answers",), "tan": ("time",), "apre": ("after",),
    "konfizyon": ("confusion",), "enkyete": ("worry",), "chanje": ("changed",),
    "anyen": ("anything",), "vize": ("target",), "ogmante": ("increase",), "kantite": ("number",),
    "resous": ("resources",), "branch": ("branch",), "konprann": ("understand",),
    "rali": ("rally",), "lanse": ("launch",), "reeleksyon": ("reelection",), "kite": ("leave",),
    "lis": ("list",), "rele": ("called",), "ladan": ("included",), "ansyen": ("former",),
    "chef": ("chief",), "move": ("bad",), "pep": ("people",), "rale": ("pulled",),
    "separasyon": ("separation",), "bak": ("back",), "zam": ("guns",), "jwenn": ("get",),
    "mi": ("wall",), "finalman": ("finally",), "kongre": ("congress",), "kritike": ("criticize",),
    "kenbe": ("keep",), "pwomes": ("promises",),
    "ranmase": ("round", "up"), "elaji": ("expand",), "kategori": ("categories",),
    "rapid": ("quick",), "relasyon": ("relations",), "dako": ("agree",), "atik": ("article",),
    "laperez": ("fear",), "direktiv": ("directives",), "youn": ("one",), "granmoun": ("elder",),
    "ekri": ("wrote",), "koule": ("leaked",), "lapres": ("press",), "defanse": ("advocates",),
    "jounalis": ("reporters",), "bis": ("buses",), "egzekitif": ("executive",),
    "rezime": ("summary",), "gwo": ("main",), "kout": ("short",), "diferan": ("different",),
    "denye": ("last",), "remonte": ("rise",), "bese": ("dropped",), "anba": ("under",),
    "reko": ("record",), "pik": ("peak",), "mil": ("thousand",),
    "santen": ("hundreds",), "milye": ("thousands",),
    "dyak": ("deacon",), "mande": ("asks",), "mennen": ("take",),
    "gason": ("son",), "isit": ("here",), "koze": ("issue",), "paran": ("parents",),
    "ase": ("enough",), "lendi": ("monday",), "madi": ("tuesday",), "mekredi": ("wednesday",),
    "jedi": ("thursday",), "vandredi": ("friday",), "reyaji": ("react",), "tonton": ("uncle",),
    "matant": ("aunt",), "chif": ("figure",), "anko": ("anymore",), "viv": ("live",),
    "kontwol": ("controls",), "tonbe": ("fall",), "vini": ("come",), "mezi": ("measures",),
    "etidye": ("studies",), "santi": ("felt",), "radyo": ("radio",), "mwatye": ("half",),
    "rapote": ("reported",), "kouvri": ("cover",), "sherif": ("sheriff",), "prale": ("going",),
    "anonse": ("announce",), "nomal": ("normal",), "lontan": ("long",), "fini": ("expire",),
    "ranfosman": ("enforcement",), "faktori": ("factory",), "dirije": ("running",),
    "difisil": ("difficult",), "swa": ("night",), "rapo": ("relation",),
    "dekre": ("executive", "orders"), "anons": ("announcement",), "dimanch": ("sunday",),
    "samdi": ("saturday",), "fason": ("way",), "mwens": ("fewest",), "admet": ("admitted",),
    "objektif": ("goal",), "nye": ("denied",), "demokrat": ("democrats",),
    "profilage": ("profiling",), "rasyal": ("racial",), "mare": ("shackles",), "bon": ("right",),
    "wo": ("high",), "monte": ("rise",), "vwayaje": ("travel",), "delegasyon": ("delegation",),
    "depite": ("lawmakers",), "moman": ("time",), "fem": ("firm",), "desten": ("fate",),
    "poze": ("ask",), "sevi": ("use",), "ansanm": ("combined",), "avek": ("with",),
    "jiskaske": ("until",), "jiska": ("until",), "pandan": ("while",), "peye": ("paid",),
    "travese": ("cross",), "pousuiv": ("prosecute",), "akselere": ("speed", "up"),
    "plas": ("space",), "demen": ("tomorrow",), "videyo": ("video",), "sikile": ("circulating",),
    "fanm": ("woman",), "kache": ("hiding",), "pwochen": ("next",), "suiv": ("follow",),
    "antre": ("enter",), "sousol": ("basement",), "reyinyon": ("meeting",),
    "ranvwaye": ("postponed",), "vreman": ("really",), "ayiti": ("haiti",),
    "jenn": ("young",), "kominike": ("statement",),
    "pwoteje": ("protect",), "defans": ("defense",), "eskiz": ("excuse",), "blan": ("white",),
    "koupab": ("guilty",),
    "semen": ("week",), "pemet": ("allow",), "prezantasyon": ("presentation",),
    "avan": ("before",), "souvan": ("often",),
    "depi": ("since",),
    "vye": ("old",), "piti": ("little",), "kalite": ("kind",), "amnisti": ("amnesty",),
    "reziste": ("resist",), "kanpe": ("stand",), "rimo": ("rumor",),
    "swiv": ("follow",), "od": ("order",), "odo": ("order",), "envante": ("invented",),
    "minorite": ("minorities",), "biwo": ("office",), "cherif": ("sheriff",),
    "kouzin": ("cousin",), "fenmen": ("detain",), "otorite": ("authorities",),
    "akonpli": ("accomplish",), "chache": ("seeking",), "mansyone": ("mention",),
    "direkte": ("headed",), "menas": ("threat",), "eleksyon": ("election",),
    "ako": ("agreement",), "pase": ("over",),
    "premye": ("first",), "batay": ("fight",), "soup": ("soup",), "joumou": ("pumpkin",),
}  # fmt: skip


_YEAR = re.compile(r"(?:19|20)\d\d")
# (not "mas": "an mas" is en masse)
_MONTHS = word_set("janvye fevriye avril jen jiye septanm oktob novanm desanm june july")


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are mostly Creole: two words or more that are Creole alone."""
    return len(_MARKERS.intersection(words)) >= 2


def english(words: Sequence[str]) -> list[str]:
    """Return `words` with their Creole read as English, function words dropped.

    Words of a question with no word that is Creole alone stay as typed.
    """
    if not marked(words):
        return list(words)
    read: list[str] = []
    for i, w in enumerate(words):
        if w == "an" and i and words[i - 1].isdigit() and not _YEAR.fullmatch(words[i - 1]):
            read.append("years")  # "sa gen 1 an": for a year
        elif w == "an" and (
            (i and _YEAR.fullmatch(words[i - 1]))
            or (words[i + 1 : i + 2] and (_YEAR.fullmatch(words[i + 1]) or words[i + 1] in _MONTHS))
        ):
            continue  # "an 2019", "an jen": in 2019, in June; "eleksyon 2020 an": the election
        elif w == "ban" and words[i + 1 : i + 2] in (["m"], ["mwen"], ["nou"]):
            read.append("give")  # "ban m yon rezime": give me a summary (not a travel ban)
        elif w == "apel" and i and words[i - 1] == "fe":
            read.append("appeal")  # "li fe apel": he appealed (not the conference call)
        else:
            read.append(w)
    return read_glossed(read, _DROPPED, _PHRASES, _WORDS)
