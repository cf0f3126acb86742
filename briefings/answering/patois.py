"""Caribbean patois and West African Pidgin questions, read as the English the engine reads.

Caribbean families and the church, radio and community volunteers who relay their questions write
Jamaican patois, Guyanese Creolese or Trinidadian English ("wah di memo seh bout pickney dem?",
"mih cousin could get fast track deport under dis?", "allyuh know if Kelly seh no military?");
Nigerian and Ghanaian families write Pidgin ("wetin Kelly talk say dem go do?", "abeg, expedited
removal don cover people wey dey here how long?"); Gullah Geechee speakers of the Carolina and
Georgia Lowcountry write theirs ("wuh day dem memos bin made official?"). Their words are English
ones, respelt, older or borrowed ("di" is "the", "seh" is "say", "nuh" is "not", "wetin" is
"what", "wey" is "who", "sabi" is "know"), so the question is read word for word as English,
and its form and content are read as any other question's ("dem" is "they" here, not the
Democrats). A few words are read by their place: "mi" is "I" before what the asker does and "me"
after what is done to them, "go" after its subject is "will", Pidgin's "am" is "it". A question is read this way when it has two such words,
one of them a word that no English, Spanish, Portuguese or Haitian Creole question has ("seh",
"wah", "nuh", "wetin", "abeg", "dey"): "di", "de", "fi", "mi", "na", "dat" and "dis" are Creole,
Spanish or Portuguese words too. A few words are patois beyond doubt, and one is enough ("how much
people get deport inna 2015?"); so is "di" for "the" twice in a question that is not Creole ("why
di tougher enforcement a go slow, according to di officials?"), "dem" before what they do ("dem
will lock up people until dem hearing?", but "did any dem go on record" is a Democrat), the
islands' "dey" before what they do ("dey gonna hold people"), and Pidgin's grammar with none of
its own words ("dis new guidelines go touch am?", "Kelly memos cancel DACA, na true?").
"""

from __future__ import annotations

import re

from briefings.answering import kreyol
from briefings.answering.tagalog import closed_up
from briefings.patterns import LazyPattern, any_phrase, lazy_compile

# Phrases read first, whole.
_PHRASES: dict[str, str] = {
    # Greetings and blessings, which ask nothing.
    "wah gwaan": "", "wha gwaan": "", "whaa gwaan": "", "big up": "", "bless up": "",
    "wah di": "what the", "all a dem": "all of them",
    "a dem": "of them", "a go": "going to", "haffi": "have to", "affi": "have to",
    "did seh": "said", "seh dat": "said that", "deh yah": "are here", "deh ya": "are here",
    # "Wah him fi do now?": what should he do.
    "him fi": "he should", "she fi": "she should", "dem fi": "they should", "mi fi": "I should",
    "we fi": "we should", "yuh fi": "you should",
    # Pidgin: "dem fit deport am sharp sharp?"; a greeting, "how body?" (not "how far", which
    # asks a distance too).
    "sharp sharp": "immediately", "how body": "",
    # "Kelly memos cancel DACA, na true?": is it true.
    "na true": "is it true", "na so": "is it so",
    # "My small sister": a younger one.
    "small sister": "sister", "small brother": "brother", "small broda": "brother",
    # "How many pikin them": children.
    "pikin dem": "children", "pikin them": "children", "pikin den": "children",
}  # fmt: skip
# Words; each is read alone, as the English it respells.
_WORDS: dict[str, str] = {
    "di": "the", "fi": "for", "seh": "say", "sey": "say", "wah": "what", "wha": "what",
    "weh": "where", "pon": "on", "nuh": "not", "yuh": "you", "dat": "that", "dis": "this",
    "deh": "there", "mek": "make", "cyaan": "can't", "cya": "can't",
    "gwaan": "going on", "allyuh": "you all", "unu": "you all", "inna": "in", "eena": "in",
    "fimi": "my", "pickney": "children", "tanty": "aunt", "smaddy": "somebody",
    "sumaddy": "somebody", "nuttn": "nothing", "nutten": "nothing",
    "likkle": "little", "bredda": "brother", "madda": "mother", "fada": "father",
    "wid": "with", "ting": "thing", "tings": "things", "wuk": "work", "doh": "don't",
    "fren": "friend", "bout": "about", "ova": "over", "tink": "think",
    "dem": "they", "mi": "my",
    # West African Pidgin ("dey" is Trinidad's "they" too, and goes as a pronoun would; "oga",
    # sir or boss, is who is spoken to: "oga abeg how many ...", "Oga Kelly said ...").
    # (Not "una", which is Spanish too; "sabi", "wey" and "chale" are Tagalog's "said" and
    # Mexican slang too, so they are read, and count as a second word, but mark nothing alone.)
    "wetin": "what", "abeg": "please", "sabi": "know", "wahala": "trouble",
    "abi": "right", "nko": "", "sef": "", "wey": "who", "pikin": "child",
    "comot": "be removed", "chale": "", "oga": "", "shey": "is it true that", "dey": "",
    "na": "is", "don": "have", "vex": "angry", "gist": "story", "ei": "", "herh": "", "ehn": "",
    "wan": "want to",
    # Belizean Kriol: "hu mek up most a di migrants weh dehn arrest?", "hau much families".
    "dehn": "they", "hu": "who", "hau": "how", "yu": "you", "wat": "what", "ih": "he",
    # Guyanese Creolese: "wah de dhs official seh dem doh have fuh mass roundups", "mih
    # cousin", "dese new guidelines", "de real number".
    "fuh": "for", "mih": "my", "dese": "these", "de": "the",
    # Bahamian: "how dey plan to get more resources fa enforcement", "dey ga treat people how?",
    # "my mudda askin", "bey how many memos it was", "nobody ever charge dem fa sumn".
    "fa": "for", "ga": "will", "mudda": "mother", "fadda": "father", "bey": "", "sumn": "something",
    # Gullah Geechee: "wuh day dem memos bin made official", "hunnuh", "chillun", "e gwine",
    # "why cyan ICE jus deport ebbybody", "who bin criticizin", "Brer Lonnie".
    "wuh": "what", "bin": "was", "hunnuh": "you all", "unnuh": "you all", "gwine": "going",
    "chillun": "children", "ent": "ain't", "befo": "before", "ebbybody": "everybody",
    "cyan": "can't", "sumthin": "something", "jus": "just", "brer": "brother",
}  # fmt: skip
# Words only a patois or Pidgin question has; the rest of _WORDS are English, Spanish, Tagalog or
# Creole too (Creole's "dat" is "date").
_STRONG = frozenset(
    {
        "seh", "sey", "wah", "weh", "pon", "nuh", "yuh", "deh", "mek", "cyaan", "cya",
        "gwaan", "allyuh", "unu", "inna", "eena", "fimi", "pickney", "tanty", "likkle", "bredda",
        "madda", "fada", "wid", "wuk", "dem", "wetin", "abeg", "wahala", "abi", "nko", "sef",
        "pikin", "comot", "oga", "shey", "dey", "smaddy", "sumaddy", "nuttn", "nutten", "wha",
        "dehn", "hau", "fuh", "mih", "dese", "fa", "mudda", "fadda", "sumn", "wuh", "hunnuh",
        "unnuh", "gwine", "chillun", "befo", "ebbybody", "cyan", "sumthin", "brer",
    }
)  # fmt: skip
# ... of which these are patois beyond doubt: one of them is enough.
_SURE = frozenset(
    {
        "inna", "eena", "pickney", "allyuh", "cyaan", "smaddy", "sumaddy", "likkle", "bredda",
        "wetin", "abeg", "fimi", "nuttn", "nutten", "wha", "wah", "dehn", "fuh", "mih", "dese",
        "pikin", "mudda", "fadda", "wuh", "hunnuh", "unnuh", "gwine", "chillun", "ebbybody",
        "sef", "comot",
    }
)  # fmt: skip
_THE = lazy_compile(r"\bdi (?=[a-z])", re.IGNORECASE)
_WORD = lazy_compile(r"[A-Za-z\u00c0-\u024f']+")  # (whole: "demócratas" is no "dem")
_PHRASE = any_phrase(_PHRASES)
# Kriol's "mi" after who acts marks the past ("ICE mi plan fi raid": ICE planned to raid), and
# its "wah" what they will do ("dehn wah keep yu lock up?").
_MI_PAST = lazy_compile(
    r"\b(dehn|dem|ih|ice|dhs|trump|kelly|they|he|she|wi|we) (?:mi|wah|wa) (?=[a-z])",
    re.IGNORECASE,
)
# "Mi" before what the asker does is "I" ("mi hear seh", but "mi cousin" is "my cousin").
_MI_DOES = lazy_compile(
    r"\bmi (?=(?:a |did |nuh |cyaan |cya |jus |just |neva |nevah |affi |haffi )?(?:hear|heard"
    r"|see|saw|seem|want|waan|wan|know|did|read|ask|need|tink|think|remember|nuh|cyaan|cya|deh"
    r"|affi|haffi|get|got|live|work|wuk|was|am|worried|fraid|fraida|scared|confused|try|go|can"
    r"|could|will|would|have|had|marry|pay|miss|lose|leave|come|stay|tell|told)\b)",
    re.IGNORECASE,
)
# ... and after what is done to them is "me": "find mi through", "deport mi to Trinidad".
_MI_DONE_TO = lazy_compile(
    r"(?<=[a-z] )mi(?=\W*$|[,.;!?]"
    r"|\W+(?:to|back|out|through|fi|for|pon|on|in|inna|from|wid|with)\b)",
    re.IGNORECASE,
)
# The islands' "dey" before what they do is "they" ("dey gonna hold people", "dey was quiet?"),
# which no Pidgin question has: it is enough to read a question so.
_DEY_THEY = lazy_compile(
    r"(?<!\be )(?<!\bi )(?<!\bdem )(?<!\bwe )(?<!\bwey )(?<!\bwho )(?<!\bwetin )(?<!\bit )"
    r"\bdey(?= (?:was|were|gonna|gon|will|would|did|plan|planning|wanna|gotta|had|tryna"
    r"|supposed|hold|use|send|deport|kept|still|ever|never|could|should|must|want|need|ga"
    r"|cant|can't|say|said|claim|hide|keep|start|startin|started|buildin|building|makin|making"
    r"|hirin|hiring|treat|do|goin|going)\b)",
    re.IGNORECASE,
)
# Pidgin without its own words: "dis new guidelines go touch am?", "Kelly memos cancel DACA, na
# true?", "so all dis go happen tomorrow?" ("go" before what will be done, "am" after it).
_PIDGIN_GRAMMAR = lazy_compile(
    r"\bna (?:true|so)\b|\b(?:dis|dat)\b(?: \w+){0,3} go (?!to\b|on\b|back\b|out\b)[a-z]+"
    r"|\b(?:touch|deport|catch|send|affect|arrest|hold|carry|take|release|help|pursue) am\b",
    re.IGNORECASE,
)
# Pidgin words read by their place: "dem go handle am how?" (they will handle it how), "e say",
# "who be Vizguerra", "DHS no even get enough staff", "sheriff fit now act", "every day o".
_BY_PLACE: tuple[tuple[LazyPattern, str], ...] = tuple(
    (lazy_compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (
            r"\b(dem|e|i|we|you|he|she|they|it|who|wey|people|officers|dis|dat|this|that|all"
            r"|guidelines|memos|rules|law|ice|police) go\b(?! (?:to|on|back|out|home|there)\b)",
            r"\1 will",
        ),
        (r"(?<!\bi )\bam\b", "it"),
        (r"\b(who|wetin|what|which|e|it|he|she|wey) be\b", r"\1 is"),
        (r"(?<![\w'])e(?= [a-z])", "he"),
        (
            r"\bno(?= (?:even|fit|go|get|give|dey|be|know|sabi|wan|want|talk|do|need|tell|say"
            r"|mention|deport|catch|send|have|allow)\b)",
            "not",
        ),
        # ... and the islands' "dey" before what is theirs is "their" ("til dey hearing").
        (
            r"\b(til|until|after|before|for|to|of|in|give|gave|hide|hid|tell|told) dey(?= (?:hearing"
            r"|hearings|court|case|cases|family|families|kids|children|home|homes|papers|check"
            r"|name|names)\b)",
            r"\1 their",
        ),
        # ... "get DACA for Hyattsville", "born for Baltimore": in a place (not "for Kelly").
        (
            r"\bfor (?=(?!(?:Kelly|Trump|Obama|Spicer|Morgan|Pence|Tillerson)\b)[A-Z][a-z]{3,})",
            "in ",
        ),
        # ... Gullah's "dem" before what it points to is "those": "dem Kelly memos".
        (
            r"\bdem (?=(?:[\w'-]+ ){0,2}(?:memos?|orders?|guidelines|officials|folks|families"
            r"|raids|rules|executive|deportations?|numbers|policies|changes|agents|officers)\b)",
            "those ",
        ),
        (r"\bfit\b", "can"),
        (r"\bwan\b", "want"),
        (r"\s+o(?=\s*[,.!?]|\s*$)", ""),
    )
)
# "Dem go use soldiers?", "so dem fit deport am?", "dem will lock up people": "they will",
# "they can" (not "did any dem go on record", "which dem senator": a Democrat).
_THEY_DO = lazy_compile(
    r"(?<!\bany )(?<!\bone )(?<!\bthe )(?<!\ba )(?<!\bno )(?<!\bwhich )(?<!\bevery )"
    r"\bdem (?:go|fit|wan|waan|don|dey|will|can|could|would|a|did|nuh|cyaan|haffi|affi|gonna"
    r"|getting|get|still|just|really|want|plan|planning|tek|take|lock|deport|send|catch|pick)\b",
    re.IGNORECASE,
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Caribbean patois or Pidgin; otherwise `text`."""
    said = [w.lower() for w in _WORD.findall(text)]
    typed = set(said)
    if not (
        typed & _SURE
        or _THEY_DO.search(text)
        or _DEY_THEY.search(text)
        or _PIDGIN_GRAMMAR.search(text)
        or (typed & _STRONG and len(typed & _WORDS.keys()) >= 2)
        or (len(_THE.findall(text)) >= 2 and not kreyol.marked(said))
    ):
        return text
    read = _MI_DONE_TO.sub("me", _MI_DOES.sub("I ", _MI_PAST.sub(r"\1 ", text)))
    read = _DEY_THEY.sub("they", _PHRASE.sub(lambda m: _PHRASES[m[0].lower()], read))
    for pattern, english in _BY_PLACE:
        read = pattern.sub(english, read)
    read = _WORD.sub(lambda m: _WORDS.get(m[0].lower(), m[0]), read)
    return closed_up(read).lstrip(",;: ")  # (and the comma a greeting left: "wah gwaan, ...")
