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
after what is done to them, "go" after its subject is "will", Pidgin's "am" is "it". A question is
read this way when it has two such words, one of them a word that no English, Spanish, Portuguese or
Haitian Creole question has ("seh", "wah", "nuh", "wetin", "abeg", "dey"): "di", "de", "fi", "mi",
"na", "dat" and "dis" are Creole, Spanish or Portuguese words too. A few words are patois beyond
doubt, and one is enough ("how much people get deport inna 2015?"); so is "di" for "the" twice in a
question that is not Creole ("why di tougher enforcement a go slow, according to di officials?"),
"dem" before what they do ("dem will lock up people until dem hearing?", but "did any dem go on
record" is a Democrat), the islands' "dey" before what they do ("dey gonna hold people"), and
Pidgin's grammar with none of its own words ("dis new guidelines go touch am?", "Kelly memos cancel
DACA, na true?").

Belizean Kriol speakers in Los Angeles and Chicago write "weh di blog argue?" (what does the blog
argue), "who di criticize trump fi not keep ih promises" (who is criticizing Trump for not keeping
his promises), "spicer mi answer questions bout di DHS memos?" (did Spicer answer) and "plenty
undocumented people ga family and pikni weh da US citizen?". Their small words are read by their
place first (`_kriol`), for they are other words in Jamaica and in Pidgin: "weh" is "what" opening a
question, after what is done and at the end ("spicer seh obama did weh"), "where" before where one
is or goes ("weh trump gaan di day after?") and "that" after a thing ("di part weh punish parents");
"di" between who does it and what they do marks what is going on, and "mi" after who does it the
past, and both go ("the" and "my" elsewhere); "ga" before what one has is "have" (Bahamian "ga"
before what they will do is "will"), "da" is "is" ("at" after what is done), "ih" is "he", "his" or
"him" by its place, "wah" after who does it "will", "fi" before what is done "to", "dem" after a
plural its mark, "a" after a part "of" ("some a di"), and "how much" before what is counted "how
many". Its own words ("pikni", "wahn", "chruu", "kyaan") mark it as the others' do; so do two of
"di", "fi", "pan", "dat", "dis", "bout", "ting" and "wen", one of them one of the first three, or
one of those three and "how much" of what is counted, in a question that is not Haitian Creole ("how
much memos kelly sign fi dis?"), and its "mi" or "di" after who does it ("who mi warn seh", "who di
run ICE now").
"""

from __future__ import annotations

import re

from briefings.answering import kreyol
from briefings.answering.tagalog import closed_up
from briefings.patterns import LazyPattern, any_phrase, lazy_compile
from briefings.retrieval import word_set

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
    # Belizean Kriol: "hu mek up most a di migrants weh dehn arrest?", "hau much families",
    # "mi likkle bredda ga DACA inna LA", "weh trump gaan di day afta", "chruu seh DHS noh even
    # ga enough staff?" ("weh", "di", "mi", "ga", "da", "ih" and "wah" are read by their place
    # first: see `_KRIOL`).
    "dehn": "they", "hu": "who", "hau": "how", "yu": "you", "wat": "what", "ih": "he",
    "pikni": "children", "wahn": "want", "tanti": "aunt", "mumma": "mother", "gaan": "went",
    "noh": "no", "neva": "never", "tek": "take", "gi": "give", "lef": "left", "pan": "on",
    "wen": "when", "eva": "ever", "afta": "after", "fraid": "afraid", "yah": "here",
    "gimme": "give me", "coulda": "could", "woulda": "would", "shoulda": "should", "da": "is",
    "wi": "we", "shi": "she", "chruu": "true", "accordin": "according", "wai": "why",
    "lang": "long", "nuff": "many", "sista": "sister", "kyaan": "can't", "kyahn": "can't",
    "pickni": "children", "yaad": "home", "laik": "like", "evribadi": "everybody",
    "fram": "from", "staat": "start", "waan": "want",
    "evrybadi": "everybody", "sumbadi": "somebody", "nobadi": "nobody", "anybadi": "anybody",
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
        "unnuh", "gwine", "chillun", "befo", "ebbybody", "cyan", "sumthin", "brer", "ih",
        "pikni", "wahn", "tanti", "mumma", "gaan", "noh", "neva", "tek", "chruu", "kyaan",
        "kyahn", "pickni", "yaad", "evribadi", "evrybadi", "sumbadi", "nobadi", "anybadi", "hu",
        "wai",
    }
)  # fmt: skip
# ... of which these are patois beyond doubt: one of them is enough.
_SURE = frozenset(
    {
        "inna", "eena", "pickney", "allyuh", "cyaan", "smaddy", "sumaddy", "likkle", "bredda",
        "wetin", "abeg", "fimi", "nuttn", "nutten", "wha", "wah", "dehn", "fuh", "mih", "dese",
        "pikin", "mudda", "fadda", "wuh", "hunnuh", "unnuh", "gwine", "chillun", "ebbybody",
        "sef", "comot", "pikni", "wahn", "chruu", "kyaan", "kyahn", "pickni", "evribadi",
        "evrybadi", "sumbadi", "nobadi", "anybadi",
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


# Belizean Kriol's words read by their place, before the words above. Verbs, as typed (and
# "seh", "tek", "mek", "gi"): what follows the Kriol "di" that marks what is going on, the "mi"
# that marks the past, the "wah" that marks what will be, "fi" for "to", and so on.
_VERBS = word_set(
    """
    say seh tell talk ask answer call describe explain argue believe criticize criticise cuss
    warn promise pledge announce sign write release put leak drop deport arrest raid catch send
    hold lock detain use hire build fund cost cover affect change expand mean know understand
    think tink hear see read want wahn need plan try start stop block cancel end keep follow
    fulfil fulfill handle treat enforce do did mek make tek take gi give go come leave lef run
    hide live stay wait work fight panic pressure delay push focus target decide show happen
    meet visit brief pick pull beef feel worry fear expect count help produce lead react speed
    carry get reunite separate cross pay bring punish prosecute check watch switch clean
    kick fall act agree deliver tweet round move prepare beat threaten claim report complain
    vote protest remove process judge cut add hit lie blame defend back force look cry fly
    become turn let find face win lose reach return ship vow charge convict deal cause
    hurt scare split rise grow increase reduce sue admit investigate confirm deny respond
    """
)
# (In one order whatever the set's: the longest first, then as in a dictionary.)
_VERB = "|".join(sorted(_VERBS, key=lambda verb: (-len(verb), verb)))
# Words after which "di" is "the", "mi" is "my" or "me" and "wah" is "what": no one who does
# what follows ("seh di blog", "fi mi uncle", "but mi hear", "weh di blog", "how long di wait").
_NOT_DOERS = _VERBS | word_set(
    """
    pan pon inna in on at to fi for wid with from out up off of a an the bout about over and or
    but so if when wen how why what wah wha which where weh seh said says told asked is are was
    were be been da dat dis that this these those all whole any some every each no not noh neva
    never lol pls plz ok yes nah ya mi my i me us you yu yuh than like as by into under after
    afta before since till until cause because gimme hear heard saw knew got long much many far
    more most less often soon late early big new old first last
    """
)
# Who does it, for certain: after these "di" is what they are doing ("who di criticize trump",
# "weh dem di call obama?", "ih di campaign").
_DOERS = word_set("who dem dehn ih wi unu yu shi still just also always really now")
_PRONOUNS = word_set("dehn ih wi unu yu shi")
# ... and after these, who is said or thought to do it ("seh dehn di hire agents").
_SAYING = word_set(
    "seh say tink think know hear believe mean feel fear worry expect claim warn promise"
)
# Kriol's phrases, read first, whole: "Make the Road da weh kinda group?", "weh mek trump back
# off" (why), "chruu seh DHS noh even ga enough staff?" (is it true that).
_KRIOL_PHRASES: dict[str, str] = {
    "weh kinda": "what kind of", "wah kinda": "what kind of", "weh kind a": "what kind of",
    "dem kinda": "those kind of", "weh mek": "why", "wah mek": "why",
    "chruu seh": "is it true that", "ga fi": "have to", "wahn know": "wants to know",
    "pikni dem": "children", "pickni dem": "children", "gaan a": "went to", "or nah": "or not",
    "a dehn": "of them", "hau lang": "how long", "ih true seh": "is it true that",
    "ih true": "is it true",
}  # fmt: skip
_KRIOL_PHRASE = any_phrase(_KRIOL_PHRASES)
# "how much memos", "how much DHS officials": a count, "how many" (not "how much all di extra
# judges gwine cost", "how much money", "how much a lawyer cost").
_HOW_MUCH = lazy_compile(r"\b(?:how|hau) much ((?:[A-Za-z]+ ?){1,4})", re.IGNORECASE)
_NOT_COUNTED = word_set(
    """
    a an all di de the dem dat dis it ih he she they we wi yu you money time cash bond is was
    does did do will would can could of
    """
)
# Plurals without an "s" (but "how much people" is left: the engine reads the count it asks).
_PLURALS = word_set("people pikni pickni children police troops staff")
_COUNTED = _PLURALS - {"people"}
# "spicer mi answer questions", "who mi warn", "weh kelly mi deh": "mi" after who does it
# marks the past, and "mi deh" is "was" (the Jamaican "mi" before what the asker does is "I").
_DID = lazy_compile(
    rf"\b([A-Za-z']+) mi (?:(deh)\b|(?=(?:{_VERB}|di|hard|wahn|wah|neva)\b(?!-)))", re.IGNORECASE
)
# ... which marks a question as Kriol, after who does it ("obama mi deport more people?"), but
# not Spanish's "mi" after its own words ("es mi plan", "tengo mi check-in").
_SPANISH_BEFORE_MI = word_set("es en de del con por para que y o tengo tiene sobre sin como a")
# "who di criticize trump", "cousin di argue wid mi": "di" between who does it and what they
# do marks what is going on.
_DOING = lazy_compile(r"\b([A-Za-z']+) di (?=([A-Za-z]+)\b(?!-))", re.IGNORECASE)
# "Weh" is "where" before where one is, goes or lives ("weh trump gaan di day afta", "ICE know
# weh all di migrants dem live?"), and after "from"; "what" opening a question, after what is
# done and at the end ("weh di blog argue?", "spicer seh obama did weh", "call kelly weh?");
# "that" after the rest ("di part weh punish parents", "people weh dem pick up").
_WEH = lazy_compile(r"\bweh\b", re.IGNORECASE)
_AT_PLACE = word_set("deh live lives living gaan go went gone stay staying born hide hiding")
_CLAUSE_WORDS = lazy_compile(r"[A-Za-z']+|[,.;:!?]")
_CLAUSE_ENDS = word_set(", . ; : ! ? seh say said")
_IN = word_set("inna in pan pon on at")
_OFF = word_set("off from fram out pan pon on to fi for wid with")
# "mi likkle bredda ga DACA", "it ga a code name": Kriol's "ga" before what one has is "have"
# (the Bahamian "ga" before what they will do is "will": "dey ga treat people how?").
_HAS = lazy_compile(
    r"\bga(?= (?:a|an|enough|any|no|some|plenty|di|the|dem|ih|his|her|their|final|removal|family"
    r"|families|kids|pikni|children|papers|record|status|visa|green|money|time|staff"
    r"|(?-i:[A-Z]{2,})|\d+)\b)",
    re.IGNORECASE,
)
# "arrest da di border": at; "kelly told da media": the; "who da Vizguerra", "2015 deportations
# da di lowest": is.
_AT = lazy_compile(
    rf"\b((?:{_VERB})(?:ed|d)?|told|said|sent|made|took|gave|got|kept|held|caught) da"
    r" (?:(di|de|the)|(?=[a-z]))\b",
    re.IGNORECASE,
)
# "ih" is "him" after what is done to him, at the end or before what he is asked about
# ("affect ih?", "dem ask ih bout"; not "seh ih wahn", what he is said to do), "his" before a
# thing ("ih promises", "ih own side"), and "he" before what he does ("ih seh", "ih vex"); so
# "wi" is "our" before a thing ("all inna wi head").
_IH_HIM = lazy_compile(
    rf"\b({_VERB}|fi|to|for|wid|with|bout|about|pan|on|at) ih(?=\s*[,.;!?]|\s*$"
    r"| (?:bout|about|fi|for|to|wid|with|if|weh|what|how|why|wen|when|seh|out|back|up)\b)",
    re.IGNORECASE,
)
_IH_HIS = lazy_compile(
    rf"\b(ih|wi) (?!(?:{_VERB}|mi|di|wah|gwine|neva|noh|nuh|seh|deh|ga|did|do|does|can|cyaan|could"
    r"|would|will|was|is|vex|still|just|also|even|self|really|never|not|eva|ever|already|haffi"
    r"|woulda|coulda|wahn|a|an|the|dat|dis|dem|weh|bout|about|pan|on|in|inna|to|fi|for|and|or"
    r"|but)\b)(?=[a-z])",
    re.IGNORECASE,
)
# "enforcement wah tek time", "ih wah decide": Kriol's "wah" after who does it is "will"
# (Jamaica's "mi wah" is "I want": "mi wah know").
_WILL = lazy_compile(rf"\b([A-Za-z']+) wah (?=(?:{_VERB})\b)", re.IGNORECASE)
# "DHS noh even ga enough staff", "di post and di times noh agree", "she nah leave": not (but
# "noh military").
_NOT = lazy_compile(
    rf"\b(?:noh|nah)(?= (?:{_VERB}|even|ga|have|did|can|could|agree|really)\b)", re.IGNORECASE
)
# "di officials dem seh", "pikni dem together": "dem" after a plural is its mark, not "they"
# ("how many judges dem plan to hire", where it is, is left); after what is done at the end
# it is "them" ("nobody can find dem").
_PLURAL_MARK = lazy_compile(
    r"\b([A-Za-z']+) dem\b(?=\s*[,.;:!?]|\s*$| (?:pon|pan|inna|in|at|on|bout|about|together"
    r"|down|from|wid|with|yet|now|again|too)\b)",
    re.IGNORECASE,
)
_NOT_PLURALS = word_set("is was has does yes us this his its thus as plus bus news")
_THEM = lazy_compile(rf"\b({_VERB}) dem(?=\s*[,.;:!?]|\s*$)", re.IGNORECASE)
# "send mi di link", "give mi di date": me.
_ME = lazy_compile(
    r"\b(send|give|gi|gimme|tell|show|help|let|get|bring|call|pay|carry|tek|take) mi"
    r" (?=(?:di|de|the|a|an|dat|dis|it|one|some)\b)",
    re.IGNORECASE,
)
# "fi catch immigrants", "who fi believe": to (not "she fi worry": "she should worry").
_TO_DO = lazy_compile(
    rf"(?<!\bhim )(?<!\bshe )(?<!\bdem )(?<!\bmi )(?<!\bwe )(?<!\byuh )\bfi (?=(?:{_VERB})\b)",
    re.IGNORECASE,
)
# "ah hear seh dehn wah use di army": I.
_AH_I = lazy_compile(rf"(?:^|(?<=[,.;:!?] ))ah (?=(?:{_VERB})\b)", re.IGNORECASE)
# "some a di", "millions a illegal aliens", "ahead a time": of; "gaan a chicago", "carry back a
# central america": to.
_OF = lazy_compile(
    r"\b(?:(some|any|most|part|number|millions|thousands|top|instead|ahead|none|each|half|plenty"
    r"|lot|rest|goal|fraid|afraid|profiling) a (?=[a-z]{2,}\b)(?!(?:bit|few|little|lot|year|day"
    r"|week|month|time|dem|dehn)\b)|(much|many|all|one|day|which) a (?=(?:di|dat|dis|dese|ih)\b))",
    re.IGNORECASE,
)
_TO = lazy_compile(
    r"\b(back|down|gaan|went|reach) a (?=[a-z])(?!(?:lot|bit|few|little|yard)\b)", re.IGNORECASE
)
# "born ya": here; "mi deh pan break": I am; "DACA still deh now?": still exists; "families deh
# inna di deportation push", "how far away it deh": is.
_HERE = lazy_compile(r"\b(born|live|living|come|came|stay|deh|reach|work) ya\b", re.IGNORECASE)
_I_AM = lazy_compile(r"\bmi deh\b", re.IGNORECASE)
_STILL_THERE = lazy_compile(
    r"\bstill deh\b(?! (?:pan|pon|inna|in|at|on|wid|with|ya|yah|here|there)\b)", re.IGNORECASE
)
_IS_AT = lazy_compile(
    r"(?<!\bdid )(?<!\bto )(?<!\bfi )(?<!\bgo )(?<!\ba )(?<!\bnuh )(?<!\bnoh )"
    r"\bdeh(?= (?:pan|pon|inna|in|at|on|wid|with|here|now|still)\b|\s*[,.;!?]|\s*$)",
    re.IGNORECASE,
)
# "kelly self seh", "ICE self": himself, itself, which asks nothing.
_SELF = lazy_compile(r"(?<=[A-Za-z]) self\b(?!-)", re.IGNORECASE)
# "explain seh trump neva mean", "warn seh": that.
_SAY_THAT = lazy_compile(
    r"\b(explain|explained|warn|warned|hear|heard|know|tink|think|mean|show"
    r"|promise|promised|claim|claimed|argue|believe|confirm) seh\b(?= [a-z])(?! dat\b)",
    re.IGNORECASE,
)
# "spicer number fi undocumented people ... accordin to di washington post", "how much memos
# kelly sign fi dis?", "how much new border patrol agents pan top a dat": none of Kriol's own
# words, but two of these (one of them "di", "fi" or "pan"), or one and "how much" of what is
# counted, in a question that is not Haitian Creole.
_CARIBBEAN_TOO = word_set("di fi pan")
_CARIBBEAN_AT_TIMES = word_set("di fi pan dat dis bout ting tings wen")
# ... and Kriol's grammar with none of its words: "who mi criticize di memos?", "who di run ICE
# now?" ("mi" for the past and "di" for what is going on, after who does it).
_KRIOL_GRAMMAR = lazy_compile(
    rf"\b(?:who|hu|dehn|ih|unu|shi|wi) (?:mi |di |mi di )(?:{_VERB})\b", re.IGNORECASE
)


def _before(found: re.Match[str]) -> str:
    """Return the word just before `found`, lowercase ("" at the start of a clause)."""
    before = _CLAUSE_WORDS.findall(found.string[: found.start()])[-1:]
    return before[0].lower() if before and before[0][0].isalpha() else ""


def _how_much(found: re.Match[str]) -> str:
    # The first of the words after that is counted, before any that ends what is counted.
    for word in found[1].lower().split():
        if word in _NOT_COUNTED:
            break
        if word in _COUNTED or (
            word.endswith("s")
            and not word.endswith(("ss", "us"))
            and not {word[:-1], word[:-2]} & _VERBS
        ):
            return f"how many {found[1]}"
    return found[0]


def _counted_much(text: str) -> bool:
    """Return whether `text` asks "how much" of what is counted ("how much memos")."""
    return any(_how_much(found) != found[0] for found in _HOW_MUCH.finditer(text))


def _did(found: re.Match[str]) -> str:
    # "who mi warn", "weh kelly mi deh" (but "asking fi mi uncle", "but mi hear seh").
    if found[1].lower() in _NOT_DOERS:
        return found[0]
    return f"{found[1]} was" if found[2] else f"{found[1]} "


def _doing(found: re.Match[str]) -> str:
    # "who di pressure ICE", "ih di campaign", "ICE di beef up", "di court backlogs di delay
    # hearings" (but "seh di blog", "how much migrants di ICE planes carry").
    doer, done = found[1].lower(), found[2].lower()
    if doer == "that":  # "people weh di wait pan court", read "weh" first
        doing = done in _VERBS
    elif doer in _DOERS:  # (not "tell dem di truth", but "seh dehn di hire agents")
        told = _before(found) in _VERBS and _before(found) not in _SAYING
        doing = not told and (done in _VERBS or doer in _PRONOUNS)
    else:
        doing = doer not in _NOT_DOERS and done in _VERBS
    return f"{found[1]} " if doing else found[0]


def _weh(found: re.Match[str]) -> str:
    # ("who da Vizguerra weh inna di news": that is in the news.)
    after = _CLAUSE_WORDS.findall(found.string[found.end() :])
    # (To the end of its clause, or to what is said: "weh tillerson seh dem deh inna mexico".)
    after = [w.lower() for w in after]
    after = after[: next((i for i, w in enumerate(after) if w in _CLAUSE_ENDS), len(after))]
    before = _before(found)
    if before in ("tek", "take") and after and after[0] not in _OFF:
        return "away"  # "dehn wahn tek weh DACA" (but "tek weh off di agents": what)
    after_noun = bool(before) and before not in _NOT_DOERS
    if before in ("from", "to") or (
        _AT_PLACE.intersection(after[:5]) and not (after_noun and after[0] in _AT_PLACE)
    ):
        return "where"  # (but "pikni weh born ya": that)
    if not after_noun or not after:
        return "what"
    return "that is" if after[0] in _IN else "that"


def _him(found: re.Match[str]) -> str:
    # ("cousin seh ih seh military": he.)
    said = found[1].lower() in _SAYING or found[1].lower() in ("say", "seh")
    return (
        found[0] if said and found.end() < len(found.string.rstrip(" ?!.")) else f"{found[1]} him"
    )


def _will(found: re.Match[str]) -> str:
    # ("trump end daca later or wah happen after": what.)
    return found[0] if found[1].lower() in _NOT_DOERS else f"{found[1]} will "


def _plural(found: re.Match[str]) -> str:
    # ("di plans dem, morally weh?", but "tell dis dem", "yes dem": they.)
    word = found[1].lower()
    plural = word in _PLURALS or (word.endswith("s") and word not in _NOT_PLURALS)
    return found[1] if plural and not word.endswith(("ss", "us")) else found[0]


def _kriol(text: str) -> str:
    """Return `text` with the Kriol words that are read by their place read."""
    read = _KRIOL_PHRASE.sub(lambda m: _KRIOL_PHRASES[m[0].lower()], text)
    read = _WEH.sub(_weh, _HOW_MUCH.sub(_how_much, read))
    read = _IH_HIS.sub(
        lambda m: "his " if m[1].lower() == "ih" else "our ", _IH_HIM.sub(_him, read)
    )
    read = _DOING.sub(_doing, _DID.sub(_did, read))
    read = _AT.sub(lambda m: f"{m[1]} at {m[2]}" if m[2] else f"{m[1]} the ", read)
    read = _HAS.sub("have", read)
    read = _WILL.sub(_will, _NOT.sub("not", read))
    read = _THEM.sub(r"\1 them", _PLURAL_MARK.sub(_plural, read))
    read = _AH_I.sub("I ", _TO_DO.sub("to ", _ME.sub(r"\1 me ", read)))
    read = _TO.sub(r"\1 to ", _OF.sub(lambda m: f"{m[1] or m[2]} of ", read))
    read = _STILL_THERE.sub("still exists", _HERE.sub(r"\1 here", _I_AM.sub("I am", read)))
    return _SAY_THAT.sub(r"\1 that", _SELF.sub("", _IS_AT.sub("is", read)))


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Caribbean patois or Pidgin; otherwise `text`."""
    said = [w.lower() for w in _WORD.findall(text)]
    typed = set(said)
    if not (
        typed & _SURE
        or _THEY_DO.search(text)
        or _DEY_THEY.search(text)
        or _PIDGIN_GRAMMAR.search(text)
        or _KRIOL_GRAMMAR.search(text)
        or any(
            _did(found) != found[0] and found[1].lower() not in _SPANISH_BEFORE_MI
            for found in _DID.finditer(text)
        )
        or (typed & _STRONG and len(typed & _WORDS.keys()) >= 2)
        or (len(_THE.findall(text)) >= 2 and not kreyol.marked(said))
        or (
            typed & _CARIBBEAN_TOO
            and (len(typed & _CARIBBEAN_AT_TIMES) >= 2 or _counted_much(text))
            and not kreyol.marked(said)
        )
    ):
        return text
    read = _MI_DONE_TO.sub("me", _MI_DOES.sub("I ", _MI_PAST.sub(r"\1 ", _kriol(text))))
    read = _DEY_THEY.sub("they", _PHRASE.sub(lambda m: _PHRASES[m[0].lower()], read))
    for pattern, english in _BY_PLACE:
        read = pattern.sub(english, read)
    read = _WORD.sub(lambda m: _WORDS.get(m[0].lower(), m[0]), read)
    return closed_up(read).lstrip(",;: ")  # (and the comma a greeting left: "wah gwaan, ...")
