"""French words in a question, read as the English the facts use.

Haitian and West African families, and the volunteers who relay their questions, write French, or
English with French in it ("Est-ce vrai que 2015 a eu le plus petit nombre d'expulsions depuis des
années?", "avec qui le secrétaire Kelly a-t-il rencontré les responsables mexicains?"). As with
Spanish (`spanish`), the question words are read by `question.detect_form` and this reads the
rest: function words carry nothing, and the story's words become the English ones. A question is
read so only when it has two words that are French alone ("est", "avec", "je", "depuis"), which
keeps English, Spanish and Creole questions as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.answering.spanish import read_glossed
from briefings.retrieval import word_set

_DROPPED = word_set(
    """
    le la les l un une des du de d au aux et ou mais que qu qui est sont a ont ce c cet cette ces
    il elle ils elles on nous vous je j me m se s en y ne n pas plus tres bien tout tous toute
    toutes aussi deja encore ici vraiment donc alors si t eu ete etre fait faire avait etait
    sera serait seront avoir avec pour par sur dans sous leur leurs son sa ses mon ma mes notre
    nos votre vos bonjour bonsoir merci avance svp voudrais savoir peux pouvez peut quoi comme
    exactement cela ca devait doit devrait
    """
)
# Words that mark a question as partly French: none of them English, Spanish, Portuguese or
# Creole (not "il", Illinois; "est." alone is an estimate).
_MARKERS = word_set(
    """
    est sont avec depuis nous vous je etait ont aux leur leurs cette ces dans selon pourquoi
    combien quand quel quelle quels quelles vrai bonjour bonsoir merci secretaire nouvelles
    nouveaux expulse expulses expulser responsables annees avait ils elles qu peur
    voudrais savoir etre sera serait mexicain mexicaine maison visite
    juin fevrier janvier directeur interim personnes expulsees publier officiellement
    visait devait commencer commencent changements aujourd demain passeurs poursuivis quoi
    reste avant
    """
)
# French words an English question may ask with.
_ASKED_IN_ENGLISH: dict[str, tuple[str, ...]] = {
    "combien": ("how", "many"), "pourquoi": ("why",), "quand": ("when",), "avec": ("with",),
}  # fmt: skip
# Two-word phrases, read after the function words are dropped ("garde nationale").
_PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("garde", "nationale"): ("national", "guard"),
    ("sans", "papiers"): ("undocumented",),
    ("etats", "unis"): ("united", "states"),
    ("amerique", "centrale"): ("central", "america"),
    ("affaires", "etrangeres"): ("foreign", "minister"),
    ("expulsions", "massives"): ("mass", "deportations"),
    ("expulsion", "massive"): ("mass", "deportation"),
    ("respect", "loi"): ("legally",),
    ("petit", "nombre"): ("lowest", "number"),
    ("maison", "blanche"): ("white", "house"),
    ("directeur", "interim"): ("acting", "director"),
    ("aujourd", "hui"): ("today",),
}
_WORDS: dict[str, tuple[str, ...]] = {
    "vrai": ("true",), "secretaire": ("secretary",), "expulsions": ("deportations",),
    "expulsion": ("deportation",), "expulse": ("deported",), "expulses": ("deported",),
    "expulser": ("deport",), "renvoyes": ("sent", "back"), "renvoyer": ("send", "back"),
    "rencontre": ("met",), "rencontrer": ("meet",), "hauts": ("top",),
    "responsables": ("officials",), "mexicains": ("mexican",), "mexique": ("mexico",),
    "jeudi": ("thursday",), "mardi": ("tuesday",), "lundi": ("monday",),
    "fevrier": ("february",), "juin": ("june",), "janvier": ("january",),
    "annee": ("year",), "annees": ("years",), "ans": ("years",), "mois": ("month",),
    "semaine": ("week",), "jour": ("day",), "jours": ("days",), "nombre": ("number",),
    "nouvelles": ("new",), "nouveaux": ("new",), "nouveau": ("new",), "nouvelle": ("new",),
    "elargissent": ("expand",), "elargir": ("expand",), "elargit": ("expands",),
    "partenariats": ("partnerships",), "locale": ("local",), "locales": ("local",),
    "loi": ("law",), "lois": ("laws",), "dit": ("said",), "dire": ("say",),
    "annonce": ("announced",), "promis": ("promised",), "signe": ("signed",),
    "familles": ("families",), "famille": ("family",), "enfants": ("children",),
    "immigres": ("immigrants",), "clandestins": ("undocumented",), "armee": ("army",),
    "militaires": ("military",), "soldats": ("soldiers",), "frontiere": ("border",),
    "mur": ("wall",), "arrestations": ("arrests",), "arreter": ("arrest",),
    "arretes": ("arrested",), "rafles": ("raids",), "rafle": ("raids",), "masse": ("mass",),
    "embaucher": ("hire",), "recruter": ("hire",), "combien": ("how", "many"),
    "quand": ("when",), "pourquoi": ("why",), "cout": ("cost",), "coute": ("cost",),
    "argent": ("money",), "juge": ("judge",), "avocat": ("lawyer",), "audiences": ("hearings",),
    "audience": ("hearing",), "attendre": ("wait",), "criminels": ("criminals",),
    "condamnes": ("convicted",), "inculpes": ("charged",), "priorite": ("priority",),
    "prioritaires": ("priority",), "peur": ("fear",), "panique": ("panic",),
    "gouvernement": ("government",), "ministre": ("minister",), "annule": ("canceled",),
    "voyage": ("trip",), "americains": ("americans",), "centramericains": ("central", "americans"),
    "reunion": ("meeting",), "deux": ("two",), "dernier": ("last",), "prochain": ("next",),
    "droits": ("rights",), "humains": ("human",), "policiers": ("police",),
    "mexicain": ("mexican",), "mexicaine": ("mexican",), "visite": ("visit",),
    "directeur": ("director",), "interim": ("acting",), "personnes": ("people",),
    "expulsees": ("deported",), "publier": ("publish",), "publie": ("published",),
    "officiellement": ("officially",), "visait": ("targeted",), "visent": ("target",),
    "viser": ("target",), "ciblait": ("targeted",), "commencer": ("start",),
    "commencent": ("start",), "commence": ("started",), "changements": ("changes",),
    "changement": ("change",), "demain": ("tomorrow",), "hier": ("yesterday",),
    "paient": ("pay",), "payer": ("pay",), "passeurs": ("smugglers",), "passeur": ("smuggler",),
    "poursuivis": ("prosecuted",), "poursuivre": ("prosecute",), "signes": ("signed",),
    "reste": ("stays",), "limite": ("limit",), "avant": ("before",), "apres": ("after",),
}  # fmt: skip


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are mostly French: two words or more that are French alone."""
    return len(_MARKERS.intersection(words)) >= 2


def english(words: Sequence[str]) -> list[str]:
    """Return `words` with their French read as English, function words dropped.

    Of a question with no two words that are French alone, only a French question word or
    "avec" is read, in an English question ("combien de memos did kelly sign", "who went down to
    mexico avec kelly"); the rest stays as typed.
    """
    if not marked(words):
        if _ASKED_IN_ENGLISH.keys().isdisjoint(words):
            return list(words)
        return [
            english
            for before, word in zip(["", *words[:-1]], words, strict=True)
            if not (word in ("de", "d") and before == "combien")
            for english in _ASKED_IN_ENGLISH.get(word, (word,))
        ]
    return read_glossed(words, _DROPPED, _PHRASES, _WORDS)
