"""Polish questions, read as the English the rest of the engine reads.

Polish builders, cleaners and their families write Polish, often without its diacritics, with
the story's English words between ("czy kelly obiecal ze nie bedzie masowej deportacji?",
whether Kelly promised there would be no mass deportation; "ile rodzin ICE chcialo zlapac w
2019?", how many families ICE wanted to arrest in 2019). Its word order is close to English and
its prepositions go before their nouns, so the question is read word for word, as `punjabi`
reads one: the question words and the story's words become English ones, the particles that
carry nothing go, and a question asked with "czy" (whether) and no question word is asked
whether it is true. Words that English has too ("a", "i", "we", "do", "to", "no", "on", "my",
"ten") keep their English, since they are typed between English words as often as Polish ones.
A question is read so only when it has a Polish question word ("kiedy", "czy", "dlaczego";
"kto", which Russian asks too: "kto takoy mark morgan") or two other Polish words.
"""

from __future__ import annotations

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.retrieval import word_set

_FOLDED = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
# Phrases read first, whole (before the words they are made of).
_PHRASES = phrase_table(
    (
        (r"(?:no to )?kto (?:ma|mial|miala) racje", "who is right"),
        (r"(?:ma|mial|miala|maja) racje", "is right"),
        (r"kto to (?:jest|byl|byla)", "who is"),
        (r"kto (?:takoy|takoi|takaya|takie|takiye)", "who is"),
        (r"co to (?:jest|bylo|byl)", "what is"),
        (r"co sie (?:stalo|dzieje)", "what happened"),
        (r"no to", "so"),
        (r"koniec koncow", "in the end"),
        (r"jak dlugo", "how long"),
        (r"ile czasu", "how long"),
        (r"od kiedy", "since when"),
        (r"do kiedy", "until when"),
        (r"po co", "why"),
        (r"to wszystko", "all this"),
        (r"(?:straz|strazy) (?:graniczna|granicznej)", "border patrol"),
        (r"(?:zielona|zielonej|zielone) (?:karta|karte|karty)", "green card"),
        (r"(?:nakaz|nakazy|nakazem) deportacji", "removal order"),
        (r"(?:bialy|bialego|bialym) (?:dom|domu)", "White House"),
        (r"(?:stany zjednoczone|stanach zjednoczonych|stanow zjednoczonych)", "the US"),
        (r"(?:staly|stal|stala|stalo) sie", "became"),
        (r"nie ma", "there is no"),
        (r"nie (?:bedzie|beda)", "there will be no"),
        (r"(?:ktore|co) (?:jest )?prawda", "which is true"),
        (r"(?<=[\w\d] )czy(?= [\w\d])", "or"),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words ("czy" asks yes or no, as "do" does).
    "czy": "", "co": "what", "kto": "who", "kogo": "whom", "komu": "whom", "czyj": "whose",
    "czyja": "whose", "czyje": "whose", "kiedy": "when", "gdzie": "where", "skad": "where from",
    "dlaczego": "why", "czemu": "why", "jak": "how", "ile": "how many", "ilu": "how many",
    "jaki": "what", "jaka": "what", "jakie": "what", "jakich": "what", "jakiego": "what",
    "ktory": "which", "ktora": "which", "ktore": "which", "ktorzy": "who", "ktorych": "which",
    "ktorego": "which",
    # Particles, prepositions and pronouns.
    "nie": "not", "ze": "that", "zeby": "to", "albo": "or", "lub": "or", "ale": "but",
    "w": "in", "na": "on", "z": "with", "o": "about", "po": "after", "przed": "before",
    "dla": "for", "od": "from", "przez": "by", "pod": "under", "za": "for", "bez": "without",
    "juz": "already", "jeszcze": "still", "teraz": "now", "potem": "later", "wtedy": "then",
    "tylko": "only", "tez": "also", "takze": "also", "wszyscy": "all", "wszystkich": "all",
    "wszystko": "all", "kazdy": "every", "te": "these", "ta": "this", "tych": "these",
    "tego": "this", "tej": "this", "jego": "his", "jej": "her", "ich": "their", "ona": "she",
    "oni": "they", "ja": "I", "moj": "my", "moja": "my", "moje": "my", "mojego": "my",
    "nasz": "our", "nasi": "our", "sie": "", "sobie": "", "tam": "there", "tu": "here",
    "tutaj": "here", "bardzo": "very", "wiecej": "more", "mniej": "fewer",
    "najwiecej": "most", "pierwszy": "first", "pierwsza": "first", "ostatni": "last",
    "zawsze": "always", "nigdy": "never", "naprawde": "really", "wiec": "so", "pan": "",
    "pani": "", "prosze": "please", "serio": "really", "trumpowi": "Trump", "trumpa": "Trump",
    "obamy": "Obama", "obama": "Obama",
    # Verbs.
    "jest": "is", "sa": "are", "byl": "was", "byla": "was", "bylo": "was", "byli": "were",
    "byly": "were", "bedzie": "will be", "beda": "will", "ma": "has", "maja": "have",
    "mial": "had", "miala": "had", "mieli": "had", "moze": "can", "moga": "can",
    "mogl": "could", "musi": "must", "chce": "wants", "chca": "want", "chcial": "wanted",
    "chciala": "wanted", "chcialo": "wanted", "chcieli": "wanted", "powiedzial": "said",
    "powiedziala": "said", "powiedzieli": "said", "mowi": "says", "mowil": "said",
    "mowia": "say", "obiecal": "promised", "obiecali": "promised", "napisal": "wrote",
    "napisali": "wrote", "zrobil": "did", "zrobili": "did", "robi": "does", "robia": "do",
    "dal": "gave", "dali": "gave", "zatrudnic": "hire", "zatrudnia": "hire",
    "deportowac": "deport", "deportuja": "deport", "deportowali": "deported",
    "deportowano": "deported", "zlapac": "arrest", "lapac": "arrest", "lapia": "arrest",
    "zlapali": "arrested", "zlapalo": "arrested", "aresztowac": "arrest",
    "aresztowali": "arrested", "aresztuja": "arrest", "pomagac": "help", "pomoc": "help",
    "pomaga": "helps", "spotkali": "met", "spotkal": "met", "zaczna": "will start",
    "zaczal": "started", "zaczela": "started", "zaczac": "start", "zaczyna": "starts",
    "wyslac": "send", "wysle": "send", "wyslal": "sent", "uzyc": "use", "uzyje": "use",
    "uzyl": "used", "zbudowac": "build", "budowac": "build", "zaplaci": "pay", "placi": "pays",
    "klamie": "is lying", "klamal": "lied", "wie": "knows", "wiedza": "know",
    "wiedzieli": "knew", "odwolal": "canceled", "wycofal": "withdrew", "podpisal": "signed",
    "kosztuje": "cost", "kosztowac": "cost", "zostanie": "will be", "zostal": "was",
    "zostali": "were", "mieszka": "lives", "mieszkala": "lived", "mieszkal": "lived",
    "ukrywa": "is hiding", "przyjechal": "came", "przyjechali": "came", "dotyczy": "covers",
    "obejmuje": "covers", "zmienil": "changed", "zablokowal": "blocked",
    "zablokowali": "blocked", "nazwal": "called", "twierdzi": "claims", "uwaza": "thinks",
    "krytykowal": "criticized", "rozszerzyl": "expanded", "przyspieszyc": "speed up",
    "decyduje": "decides", "lubi": "like", "boi": "fear", "boja": "fear", "ostrzegal": "warned",
    # The story's words.
    "deportacja": "deportation", "deportacji": "deportation", "deportacje": "deportations",
    "masowa": "mass", "masowej": "mass", "masowe": "mass", "masowych": "mass",
    "rodzin": "families", "rodziny": "families", "rodzina": "family", "rodzinami": "families",
    "dzieci": "children", "dziecko": "child", "ludzi": "people", "ludzie": "people",
    "osob": "people", "osoby": "people", "wojsko": "military", "wojska": "military",
    "armia": "army", "zolnierzy": "troops", "zolnierze": "troops", "policja": "police", "policji": "police", "lokalna": "local",
    "lokalne": "local", "granica": "border", "granicy": "border", "mur": "wall",
    "muru": "wall", "kongres": "Congress", "prezydent": "president", "rzad": "government",
    "sedzia": "judge", "rok": "year", "roku": "year", "lat": "years", "lata": "years",
    "dzien": "day", "dnia": "day", "tydzien": "week", "tygodniu": "week", "miesiac": "month",
    "czerwiec": "June", "czerwcu": "June", "luty": "February", "lutym": "February",
    "styczen": "January", "styczniu": "January", "pieniadze": "money", "koszt": "cost",
    "nowych": "new", "nowi": "new", "nowe": "new", "nowy": "new", "agentow": "agents",
    "agenci": "agents", "funkcjonariuszy": "officers", "meksyk": "Mexico",
    "meksyku": "Mexico", "meksykanami": "Mexicans", "meksykanski": "Mexican",
    "meksykanscy": "Mexican", "prawda": "true", "prawde": "truth", "separacja": "separation",
    "separacji": "separation", "nalot": "raid", "naloty": "raids", "nalotow": "raids",
    "przestepcy": "criminals", "przestepcow": "criminals", "nielegalni": "illegal",
    "nielegalnych": "illegal", "imigranci": "immigrants", "imigrantow": "immigrants",
    "wiza": "visa", "wizy": "visa", "praca": "work", "pracy": "work", "pracownicy": "workers",
    "kosciol": "church", "kosciele": "church", "notatka": "memo", "notatki": "memos",
    "zasady": "rules", "przepisy": "rules", "milion": "million", "milionow": "millions",
    "miliony": "millions", "tysiecy": "thousand", "tysiace": "thousands",
    "obietnica": "promise", "ogloszenie": "announcement",
    "wizyta": "visit", "wizyte": "visit", "sprawa": "case", "sprawie": "case",
}  # fmt: skip
# Question words that are Polish alone (or Russian too, as "kto" is, and read the same), and other
# words no English or Spanish question has: a question word, or two of the others, is Polish.
# (Swahili's "ile", that, is read by `swahili` first.)
_ASKING = word_set("czy kiedy dlaczego gdzie kto ile ilu ktory ktora ktore ktorzy ktorych czemu")
_MARKERS = word_set(
    """
    jest byl byla bylo byli byly bedzie beda sie powiedzial powiedziala obiecal chcial chcialo
    chca chcieli prawda naprawde teraz racje klamie jaki jaka jakie dla przez zeby mowi
    wszystko deportacja deportacji deportacje masowej rodzin rodziny ludzi nie ze chce nowych
    zatrudnic agentow moze jeszcze juz tylko
    """
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Polish; otherwise `text` itself."""
    folded = text.translate(_FOLDED)
    said = [w.lower() for w in WORD.findall(folded)]
    marking = 2 * len(_ASKING.intersection(said)) + len(_MARKERS.intersection(said))
    return read_word_for_word(folded, _PHRASES, _WORDS) if marking >= 2 else text
