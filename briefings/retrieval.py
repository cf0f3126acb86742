"""Lexical retrieval for the answer engine: normalising, tokens, synonyms and a small BM25.

Why a BM25 of our own rather than a library: the corpus is a few hundred short fact documents,
`briefbot ask` must print an answer within a second of process start, and every answer must be
explainable. rank-bm25 has been unmaintained since 2022 and scores plain token lists only;
bm25s pulls numpy and scipy (hundreds of milliseconds of imports) to speed up corpora a
thousand times larger than ours. Okapi BM25 over weighted fields is forty lines, has no
dependencies, indexes the fact base in a few milliseconds and scores a question in well under
one; `tests/test_answering.py` pins its behaviour.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

_TYPOGRAPHIC = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}
)
# Words, and numbers with thousands separators or decimals ("434,000" -> "434000").
_TOKEN = re.compile(r"[a-z]+|\d+(?:,\d{3})*(?:\.\d+)?")


def word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of `text` as a set."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself s t don
    ve ll re d m o y also anything anyone there's what's who's whats whos us u wont dont
    cant didnt isnt arent wasnt werent doesnt shouldnt wouldnt couldnt hasnt havent aint r ur thru wat wut abt bout
    hadnt mustnt neednt whose upon within among amid amidst toward towards via thereby whereby
    etc theyd theyre youre itll itd hed wouldve couldve shouldve thats theres heres whod wholl
    hes shes though although tho til till might whilst amongst
    """
)

# Words that carry the question's form, not its content: they never decide coverage. (The last
# lines are Tagalog's particles and pronouns, for a question with one Tagalog word in it;
# `answering.tagalog` reads a question with two as English before this is asked.)
GENERIC = word_set(
    """
    say said says saying tell told telling think thought know known mean means meant happen
    ag core
    reckon reckons reckoned
    happened happening going go goes get got make made plan planned plans thing things way
    much many number numbers exactly really actually anyway according new one ones people
    someone something anybody somebody please explain describe give gave show shown question
    questions answer like want wanted need needed supposed use used using uses let lets whether
    time times kind sort part lot lots well still now then ever yet already
    apply applies applied affect affects affected involve involves include includes work works
    cover covers covered allow allows allowed matter happens deal dealt handle handled
    take took put doing done big huge change changed changes rule sources source opinion opinions
    article articles piece pieces report reported reports story news did does year years day days
    promise promised promises pledge pledged vow vowed insist insisted claim claimed claims swear
    swore swears occur occurs occurred occurring
    announce announced state stated argue argued comment comments talk talked talking
    guy guys lady ladies man men woman women dude person folks rep reps bot hey hi hello thanks
    true truth right correct wrong accurate getting gets even keep kept keeps end ended come
    alert fewer
    comes came coming based label term quote quoted stand stands basically total
    overall altogether longer bigger larger higher lower greater stuff problem bad
    normal ok okay ppl yrs yr feds federal month months week weeks summarize summarise
    summary overview main key basics gist rundown tldr brief briefly details detail cousin bunch
    hype hyped hyping hypes overhyped
    cousins brother sister uncle aunt friend friends neighbor neighbour boyfriend girlfriend
    coworker roommate program programs initiative scheme system agency agencies organization
    organizations organisation organisations compare compared compares comparing comparison
    comparisons fella fellas fellow gal gals entity entities institution institutions
    gonna wanna gotta kinda sorta lemme gimme yall lol lmao btw tbh idk imo imho pls plz thx
    explained justify justified square squared reconcile reconciled clarify clarified
    mi mis tu su el del que tio tia hija hijo hijos hijas mama papa abuela abuelo abuelita
    primo prima familia compa compadre comadre vecino vecina esposo esposa amigo amiga
    de las en para por con es como pero muy una un se lo le les al ya si tiene tienen hay
    esta van va ir mas cuanto cuantos cuantas donde cuando quien quienes porque
    sobrino sobrina sobrinos hermano hermana hermanos suegra suegro nuevo nuevos nueva nuevas
    grandson grandsons granddaughter granddaughters grandchild grandchildren grandkid grandkids
    grandma grandpa grandmother grandfather nephew nephews niece nieces daughter daughters son
    sons bless blessed blessings dear hiya howdy
    po opo tita tito lola lolo kuya pinsan khaleh khale amoo bhai bhaiya didi chacha chachi
    mausi merci xiexie mesi mèsi hocam sumimasen onegaishimasu allora shukriya salam dada
    tante onkel bitte danke grazie prego zia zio asante tafadhali teyze amca abla
    babcia dziadek ciocia wujek prosze dziekuje czy prawda moja moj kuzynka kuzyn bylo byly
    wallah wallahi ya3ni yaani khoya khouya khti habibi habibti yalla inshallah hamdoullah
    hamdulillah alhamdulillah rabi ystor jma3a 3ami 3amti khali khalti yemma sahbi sa7bi bezzaf
    barcha barsha mkhalat franchement brate kum kuma bratan sitto teta jiddo nana nano chuta
    bebakhshid bebakhshin choni chonin mepa cipote cipota cipotes cipotas ayo tonton tata
    chu bac ong noi ngoai troi oi cam dung khong phai nha realistic realistically
    student students essay coach coaches pretty passenger passengers rider riders sup
    mostly primarily learner learners librarian librarians simple
    gfx asap script bullet bullets stack stacks stacked slack discord channel channels thread
    threads groupchat server patron patrons side sides
    esl ell pta pto emt emts ems icu sw sws tf
    tiktok youtube reddit telegram instagram insta snapchat fb ig
    mp mps mre mres nco ncos arng conops opord cid pog pogs pio pios presser sddo fod fods
    gestapo thank kindly greetings regards sincerely ago far
    hmm um uh ugh honestly literally seriously wondering wonder curious see
    look looking find heard hear read besides except vs versus agree agreed agreement
    disagree disagreed disagreement contradict contradicts contradiction contradictory
    discrepancy discrepancies
    conflict conflicting conflicts inconsistent mixed messages apart aside role roles
    whole entire entirely update updated updates shape shaped impact
    impacted influence influenced play plays played treat treats treated
    remark remarks per page mid
    remind reminder sorry remember recall forget forgot guess suppose assume feel felt confused
    confusing sure unsure recap writing write asked ask asking wait alright quick
    quickly yeah yes yep yup nope ngl fr omg wtf smh jk anyways earlier again information
    mention mentioned mentions specifically specific exact precisely roughly approximately tl dr
    circa contemplate contemplated contemplates envision envisioned envisions envisage envisaged
    disclaim disclaimed disclaims
    gather gathered understand understood vaguely apparently supposedly reportedly presumably
    able unable possible possibly likely unlikely huh otherwise sum everybody everyone
    everything lowkey highkey deadass bruh bro sis fam little wise
    accurately characterize characterized characterise characterised described
    indicate indicated indicates assert asserted asserts furnish furnished provide provided
    offer offered cite cited cites reference referenced references reporting account accounts
    expressly explicitly notion regard regarding concerning pertaining respect
    purportedly ostensibly statement statements case cabinet precise
    phrase phrasing verbatim chart charts graphic flyer flyers lede em stat stats float
    floor topline
    trustee trustees grantee grantees grantmaking portfolio docket packet onboarding retreat
    deck concise suitable useful clarification frame framed framing frames metaphor
    kyr super smaller historically traditionally constituent constituents
    ba ni nang sa ang yung iyong yun kasi daw raw naman talaga lang rin ko mo niya siya sila
    kami kayo tayo natin namin nila ninyo ano anong sinong mayroon meron wala hindi oo sana nga
    kaya kung kapag pag ito iyan iyon yan yon dito diyan doon lahat mga nung noong anak
    asawa nanay tatay kapatid apo sinabi sabi diba ganun ganoon apektado ng may
    """
)


_CAMPAIGN = frozenset(
    {
        "reelection", "re", "campaign", "campaigns", "bid", "run", "running", "kickoff", "launch",
        "rally",
        "game", "strategy", "playbook", "theme", "message", "prospects", "chances", "hopes",
        "race", "primary", "primaries", "trail",
    }
)  # fmt: skip


def is_election_label(ws: Sequence[str], i: int) -> bool:
    """Return whether the year at `ws[i]` names a campaign ("his 2020 re-election campaign").

    Such a year labels a campaign the story speaks of in 2019; it is not a time it covers. "The
    2020 election" is the vote itself, a time the sources do not reach.
    """
    if i + 1 < len(ws) and ws[i + 1] in _CAMPAIGN:
        return True
    # "his campaign of 2020", "the 2020 campaign": the word before names it too; "campaign stuff
    # for 2020": the campaign it is for.
    return i >= 1 and (
        ws[i - 1] in _CAMPAIGN
        or (i >= 2 and ws[i - 1] == "of" and ws[i - 2] in _CAMPAIGN)
        or (ws[i - 1] == "for" and not _CAMPAIGN.isdisjoint(ws[max(0, i - 4) : i - 1]))
    )


def is_generic(word: str) -> bool:
    """Return whether a surface word only carries the question's form ("gets", "rules")."""
    return word in GENERIC or stem(word) in _GENERIC_STEMS


def normalize(text: str) -> str:
    """Return `text` lower-cased, with typographic quotes and dashes plain and accents removed."""
    text = text.translate(_TYPOGRAPHIC)
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Irregular verb forms people type for the facts' regular ones ("was it built", "they fled").
# Not "left" (a side, a party) nor "lay"/"lie" forms, whose other meanings are commoner here.
# Not "going": "going to" is the future far more often than a trip ("went to" is a trip).
_IRREGULAR = {
    "built": "build", "gone": "go", "went": "go", "goes": "go",
    "understood": "understand", "held": "hold",
    "kept": "keep", "fled": "flee", "caught": "catch", "brought": "bring", "thought": "think",
    "sought": "seek", "taught": "teach", "fought": "fight", "bought": "buy", "spoke": "speak",
    "spoken": "speak", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
    "wrote": "write", "written": "write", "ran": "run", "began": "begin", "begun": "begin",
    "knew": "know", "known": "know", "grew": "grow", "grown": "grow", "threw": "throw",
    "thrown": "throw", "froze": "freeze", "frozen": "freeze", "stole": "steal", "stolen": "steal",
    "lost": "lose", "met": "meet", "paid": "pay", "led": "lead", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "hid": "hide", "hidden": "hide", "shot": "shoot",
    "struck": "strike", "stood": "stand", "won": "win", "told": "tell", "sold": "sell",
    "felt": "feel", "dealt": "deal", "meant": "mean", "sent": "send", "spent": "spend",
    # British spelling doubles the l: "signalling", "labelled".
    "signalled": "signal", "signalling": "signal", "labelled": "label", "labelling": "label",
    "cancelled": "cancel", "cancelling": "cancel", "travelled": "travel", "travelling": "travel",
    "fuelled": "fuel", "fuelling": "fuel", "modelled": "model", "channelled": "channel",
}  # fmt: skip
_DOUBLED = frozenset("bdgkmnprt")  # "stepped" -> "step", but "called", "passed" keep theirs


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Return a light stem: enough to join plurals and verb forms, the same on both sides."""
    word = _IRREGULAR.get(word, word)
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("ied") and len(word) >= 5:
        word = word[:-3] + "y"  # "tried", "carried": "try", "carry", as "tries", "carries"
        if len(word) <= 3:
            return word
    stemmed = _light_stem(word)
    if (
        stemmed != word
        and len(stemmed) >= 4
        and stemmed[-1] == stemmed[-2]
        and stemmed[-1] in _DOUBLED
    ):
        return stemmed[:-1]  # "planned", "stopping": "plan", "stop"
    return stemmed


# Words ending in "est" that are not superlatives ("biggest" -> "big").
_NOT_SUPERLATIVES = word_set(
    """
    arrest suggest protest request interest contest harvest honest dishonest modest priest forest
    invest digest manifest conquest inquest detest attest unrest congest ingest molest behest
    earnest tempest
    """
)


def _light_stem(word: str) -> str:
    for suffix, repl, min_len in (
        ("ations", "", 9),
        ("ation", "", 8),
        # "separate", "separated", "separating" and "separation" all become "separ".
        ("ating", "", 8),
        ("ated", "", 7),
        ("ates", "", 7),
        ("ate", "", 6),
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ing", "", 6),
        ("est", "", 6),
        ("ed", "", 5),
        ("ly", "", 6),
        ("es", "e", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_len:
            if suffix.startswith("at") and word[-len(suffix) - 1] == "e":
                continue  # "treated", "repeating": "treat" and "repeat" are the words
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "est" and word in _NOT_SUPERLATIVES:
                continue  # "arrest", "suggest": as "arrests", "suggested", not "arr", "sug"
            word = word[: len(word) - len(suffix)] + repl
            break
    # "hire", "hired" and "hiring" all become "hir".
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


# How people type: "won't" is one word ("wont"), not "won" and "t"; "50k" is 50000; "'17" is 2017;
# "FY18" is fiscal year 2018.
_CONTRACTION = re.compile(r"n't\b")
_THOUSANDS = re.compile(r"\b(\d+)k\b")
# (but "'15k new border guards'", "'15,000'" and "'13, 14, 15 million'" are figures in quotes)
_SHORT_YEAR = re.compile(
    r"(?<![\w'])'([01]\d)\b(?![,.] ?\d| ?(?:thousand|million|billion|percent)\b|%)"
)
_FISCAL_YEAR = re.compile(r"\bfy ?'?((?:20)?[012]\d)\b")  # "FY2018", "fy 16": the fiscal year


def words(text: str) -> list[str]:
    """Return the surface words of `text`: normalised, numbers without separators."""
    return list(_words(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # Kept: building an index reads the same topic and fact texts many times over (17,750
    # readings of 4,237 texts).
    text = normalize(text)
    if "'" in text:
        text = _SHORT_YEAR.sub(r"20\1", _CONTRACTION.sub("nt", text))
    if "k" in text:
        text = _THOUSANDS.sub(r"\g<1>000", text)
    if "fy" in text:
        text = _FISCAL_YEAR.sub(
            lambda m: f"fiscal year {m[1] if len(m[1]) == 4 else '20' + m[1]}", text
        )
    return tuple(t.replace(",", "") for t in _TOKEN.findall(text))


def tokens(text: str) -> list[str]:
    """Return the stemmed tokens of `text`, stopwords kept (phrases need them)."""
    return [stem(w) for w in words(text)]


@dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """Finds known phrases (synonyms, aliases) in a token list, longest match first."""

    phrases: Mapping[tuple[str, ...], tuple[str, ...]]  # token phrase -> concept tokens
    sizes: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # first token -> lengths
    # Whether a longer phrase starting inside a match wins the words they share: for names ("the
    # president of Mexico" is Mexico's president, not "the president" and Mexico), not for
    # synonyms ("a final order of removal" is a final order).
    longer_wins: bool = False

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, str]], *, longer_wins: bool = False) -> PhraseMatcher:
        """Build from (phrase text, concept token) pairs; a phrase may name several concepts."""
        table: dict[tuple[str, ...], list[str]] = {}
        for text, concept in pairs:
            key = tuple(tokens(text))
            if key and concept not in table.setdefault(key, []):
                table[key].append(concept)
        sizes: dict[str, set[int]] = {}
        for key in table:
            sizes.setdefault(key[0], set()).add(len(key))
        return cls(
            {k: tuple(v) for k, v in table.items()},
            {t: tuple(sorted(n, reverse=True)) for t, n in sizes.items()},
            longer_wins,
        )

    def find(self, toks: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Return (start, end, concepts) of non-overlapping matches, longest first."""
        out: list[tuple[int, int, tuple[str, ...]]] = []
        sizes, phrases, n = self.sizes, self.phrases, len(toks)  # locals: this runs per phrasing
        i = 0
        while i < n:
            for size in sizes.get(toks[i], ()):
                if i + size > n:
                    continue
                concepts = phrases.get(tuple(toks[i : i + size]))
                if concepts is not None:
                    break
            else:
                i += 1
                continue
            if self.longer_wins and any(
                self._longest(toks, j) > size for j in range(i + 1, i + size)
            ):
                i += 1  # (a longer phrase starts at a later word of this one)
                continue
            out.append((i, i + size, concepts))
            i += size
        return out

    def _longest(self, toks: Sequence[str], i: int) -> int:
        """Return the size of the longest phrase starting at `toks[i]` (0 for none)."""
        for size in self.sizes.get(toks[i], ()):
            if i + size <= len(toks) and tuple(toks[i : i + size]) in self.phrases:
                return size
        return 0

    def concepts(self, toks: Sequence[str]) -> list[str]:
        """Return every concept token found in `toks`."""
        return [c for _, _, cs in self.find(toks) for c in cs]


@dataclass(slots=True)
class BM25:
    """Okapi BM25 over documents given as weighted term counts (field weights pre-applied)."""

    k1: float = 1.2
    b: float = 0.75
    docs: list[dict[str, float]] = field(default_factory=list)
    lengths: list[float] = field(default_factory=list)
    # term -> (doc, the term's frequency saturated and normalised by the doc's length): the part
    # of a score that does not depend on the query, worked out once.
    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    avg_length: float = 1.0

    @classmethod
    def build(cls, docs: Sequence[Mapping[str, float]]) -> BM25:
        """Index `docs` (term -> weighted frequency) and precompute IDF and postings."""
        index = cls()
        df: Counter[str] = Counter()
        for doc in docs:
            index.docs.append(dict(doc))
            index.lengths.append(sum(doc.values()))
            df.update(doc.keys())
        n = len(docs)
        index.avg_length = (sum(index.lengths) / n) if n else 1.0
        index.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        k1, b, avg = index.k1, index.b, index.avg_length
        for i, doc in enumerate(index.docs):
            for term, tf in doc.items():
                norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * index.lengths[i] / avg))
                index.postings.setdefault(term, []).append((i, norm))
        return index

    def max_idf(self) -> float:
        """Return the IDF an unseen term would get (the rarest possible)."""
        n = len(self.docs)
        return math.log(1 + (n + 0.5) / 0.5)

    def scores(self, query: Mapping[str, float]) -> dict[int, float]:
        """Return doc index -> BM25 score for a query of term -> weight; absent docs score 0."""
        out: dict[int, float] = {}
        for term, qw in query.items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            weight = qw * idf
            for i, norm in self.postings[term]:
                out[i] = out.get(i, 0.0) + weight * norm
        return out


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)
