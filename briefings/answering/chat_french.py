"""Québécois and other chat French, read as the English the rest of the engine reads.

Quebec snowbirds in Florida, Franco-American families in the border towns and the neighbours
they chat with write French as it is spoken, in lowercase and mostly without accents, with the
story's English words between ("y vont tu engager du monde pour faire ca? des nouveaux agents?",
will they hire people, new agents; "l'armee va tu etre utilisee pour sortir les immigrants? ma
soeur capote ben raide", will the army be used to remove immigrants; "c'est qui qui a raison
coudonc", who is right). `french` glosses the words of a question typed in schoolbook French,
but not joual ("pis", and; "astheure", now; "icitte", here; "pantoute", at all), the "tu" that
asks yes or no after a verb ("y vont tu", will they; "c'tu vrai", is it true), nor the elided
words ("l'armee", "qu'y", "y'a"). French word order is close to English and its prepositions go
before their nouns, so the question is read word for word, as `polish` reads one: the elisions
are spelled out, the ways French puts its question words after what they ask ("c'est qui qui",
who; "c'est quoi", what is; "y dit quoi", what does he say) and its nouns before what qualifies
them ("deportations de masse", mass deportations; "ordre de renvoi", removal order; "officiels
mexicains", Mexican officials) are put in English order, the question words and the story's
words become English ones, and the particles that carry nothing go ("ben", "coudonc", the "la"
that closes a noun phrase). A question with no question word is asked whether it is true. Words
English has too ("on", "comment", "son", "but") are read as French only where English would not
have them, since a French question is typed with English words between.

Congolese, Angolan and Cameroonian asylum seekers write African French as texted: the
apostrophes typed as spaces ("l appel", the call; "d apres", according to; "qu on", "j ai"), SMS
shorthand ("pk", why; "c quel jour ke", what day; "bcp", many; "qd", when; "qq", someone; "jsp", I
don't know), schoolbook French's ways of asking ("est ce que"; "a cause de quoi", why; "le
combien", on what date; "quelle part", what share; "combien d entre eux", how many of them), its
subject put first and asked of after ("ce plan de la garde nationale, il a ete adopte", was the
plan adopted), and Lingala between ("mbote bandeko", hello friends; "ya solo", really; "bato",
people; "bwe", a lot; "pona kosepelisa biso", to please us). So "pk trump a retire la nomination
de vitiello?" is read "why trump withdrew nomination of vitiello?", and "@briefbot la guidance de
kelly est devenue officielle le combien?" as "guidance of kelly became official on what date?".
The shorthand and the spaced apostrophes are spelled out as French before the question is
weighed; the spaced "l", "n", "s", "t" and "m", which Creole and Romanian have alone, only after.

A question is read so only when it has French's own words: its question words ("pourquoi",
"combien", "quoi"), its verbs and pronouns ("sont", "etait", "vont", "ils"), joual's ("pis",
"astheure", "icitte"), an elided word ("qu'y", "d'immigration") or the asking "tu" ("a tu", "va
tu"), two of them, or one and two of its short words that other languages have too ("les",
"des", "pas", "au"). Haitian Creole shares many of French's words but has its own question
words and pronouns ("eske", "kisa", "li", "yo", "pou"): a question with them is left to
`kreyol`. SMS shorthand that only French has ("pk", "bcp", "jsp", "tjrs") marks a question
French alone, and Lingala's words count as French's own.
"""

from __future__ import annotations

import re

from briefings.answering.punjabi import WORD, read_word_for_word
from briefings.answering.tagalog import phrase_table
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# French without its accents, as it is mostly typed ("c'etait", "deportes"), and with one
# apostrophe ("c’est").
_FOLDED = str.maketrans(
    "àâäáéèêëîïíôöóùûüúçÀÂÄÁÉÈÊËÎÏÔÖÙÛÜÇ\u2019\u2018\u02bc",
    "aaaaeeeeiiiooouuuucAAAAEEEEIIOOUUUC'''",
)
# "Où" (where) is "ou" (or) without its accent: read before the accents go.
_WHERE = lazy_compile(r"\bo[ùÙ](?!\w)")
# SMS French, as it is typed on phones in Kinshasa, Luanda and Douala as in Montreal, spelled out
# as the French it shortens before the question is read ("pk", pourquoi; "bcp", beaucoup; "ke",
# que; "c quel jour", c'est quel jour), and the apostrophes typed as spaces put back ("l appel",
# "d apres", "qu on", "j ai"). Done before the question is weighed, so that what they spell out
# marks it French.
_SHORTHAND = phrase_table(
    (
        (r"(?:pk|pkoi|pourkoi|pourkoa)", "pourquoi"),
        (r"(?:qd|qnd)", "quand"),
        (r"(?:ke|k) (?=(?:il|ils|elle|elles|on)\b)", "qu'"),
        (r"(?:ke|k)", "que"),
        (r"kel", "quel"),
        (r"kelle", "quelle"),
        (r"(?:bcp|bcq|bcoup)", "beaucoup"),
        (r"tt", "tout"),
        (r"tte", "toute"),
        (r"(?:tts|ttes)", "tous"),
        (r"(?-i:pr)", "pour"),
        (r"(?:qq|qqn|qqun|qq1|qlq1|qlqn)", "quelqu'un"),
        (r"(?:qqch|qqc|qlqch)", "quelque chose"),
        (r"(?:cmt|cmnt|koman|komen)", "comment"),
        (r"(?:tjrs|tjr|tjs|toujour)", "toujours"),
        (r"(?:mtn|mnt|mntn)", "maintenant"),
        (r"(?:auj|ajd|ojd)", "aujourd'hui"),
        (r"(?:vrmt|vrm)", "vraiment"),
        (r"(?:pcq|pck|psk|pke|pcque|pasque)", "parce que"),
        (r"dja", "deja"),
        (r"avc", "avec"),
        (r"mm", "meme"),
        (r"ds", "dans"),
        (r"(?<!washington )(?-i:dc)", "donc"),
        (r"ns", "nous"),
        (r"vs (?=(?:[^\W\d_]+ez|etes|avez)\b)", "vous "),
        (r"(?:chui|chuis|jsuis|jsui)", "je suis"),
        (r"cest", "c'est"),
        (r"(?:jsp|jsais pas|je sais pas|chais pas|jcp|chepa)(?: plus)?", ""),
        (r"(?:stp|svp|svpl|mrc|mrci|slt|bjr|bsr|tkt|wesh)", ""),
        # "c" is "c'est" ("c quel jour", "c qui qui", "c juste des mots") but before "etait"
        # ("c etait", c'etait); not a "c" that is a letter ("plan c", "u.s.c."), nor one before
        # an English word ("my schedule C for me"): before other words it is read so only once
        # the question is French.
        (r"(?<!\.)c (?=(?:est|etait|etaient|ete)\b)", "c'"),
        (
            r"(?<![.\w'])c (?=(?:quoi|qui|quand|ou|comment|combien|quel|quelle|quels|quelles"
            r"|juste|pas|vrai|ca|normal|grave|fort|nous|eux|lui|elle|moi|toi|le|la|les|un|une|des"
            r"|du|\d+)\b)",
            "c'est ",
        ),
        # The apostrophe typed as a space: "d apres", "qu on", "j ai", "aujourd hui".
        (r"(qu|jusqu|lorsqu|puisqu|quelqu|d|j|aujourd) (?=[aeiouyh][^\W\d_])", r"\1'"),
    )
)
# ... and, once the question is French, the elided articles and pronouns typed so too ("l
# appel", "n a", "s il", "m a"), which other languages have alone ("l", "s" and "m" in Creole,
# "s a" and "n a" in Romanian).
_SPACED_ELISION = lazy_compile(r"\b(l|n|s|t|m) (?=[aeiouyh][^\W\d_])", re.IGNORECASE)
# ... and "c" before any other word, "c'est" ("c nouveau avec trump").
_C_EST = lazy_compile(r"(?<![.\w'])c (?=[^\W_])(?!\w*\.)", re.IGNORECASE)
# Words that an adjective after its noun does not follow: "les mexicains" is not "mexicains les".
_NOT_A_NOUN = (
    r"(?!(?:les|le|la|l|des|du|de|d|un|une|aux|au|a|et|pis|ou|est|sont|etait|etaient|ces|ses"
    r"|leurs|leur|nos|mes|tes|vos|plus|tres|pas|ete|y|il|ils|elle|elles|on|the|with|avec"
    r"|became)\b)"
)
# Phrases read first, whole (before the words they are made of; what they read as is read as
# words again, so it is written in English that the words leave as it is).
_PHRASES = phrase_table(
    (
        (r"(?:bonjour|bonsoir|allo|salut|merci(?: d'avance)?)(?:\s*[,!.:])?\s*", ""),
        (r"(?:je|j') ?(?:voudrais|veux|aimerais|voulais) savoir (?:si|s')", "whether "),
        (r"(?:je|j') ?(?:voudrais|veux|aimerais|voulais) savoir", ""),
        (r"(?:dans le |en )respect de la loi", "legally"),
        # Lingala between the French, in Kinshasa's and Brazzaville's chat: greetings, cries and
        # asides that carry nothing ("mbote bandeko", hello friends; "eh nzambe", oh God; "pona
        # kosepelisa biso", to please us), and "ya solo" (really).
        (
            r"(?:mbote|mbolo|sango nini)(?: (?:na )?(?:bandeko|ndeko|mola|yo|bino))?"
            r"(?:\s*[,!.:])?\s*",
            "",
        ),
        (r"(?:eh |ah |oh )?(?:nzambe|nzambe na ngai|yesu|mama na ngai|mama o)(?= |$|[,.!?])", ""),
        (r"pona (?:kosepelisa|kokosa|kobanga) (?:biso|bango|bino)", ""),
        (r"ya (?:solo|solo solo)", "really"),
        (r"(?:ndeko|bandeko|mwana|tata|mama) na (?:ngai|ngayi|biso)", "my relative"),
        (r"(?:on dit quoi|ca dit quoi)(?: (?:mola|les gars|bandeko|la famille))?\s*,?", ""),
        # Someone asking on the asker's behalf: "kota veut savoir:", "tata demande".
        (
            r"(?:(?<=^)|(?<=[.?!] ))(?:[^\W\d_]+ ){1,2}(?:veut|voulait|demande) savoir"
            r"(?:\s*:\s*(?=[^\W\d_]))?",
            "",
        ),
        (r"(?<=[?.!] )(?:tata|mama|kota|mon \w+|ma \w+) (?:demande|veut savoir)\s*$", ""),
        # What is asked of a subject put first, as spoken French puts it ("ce plan de la garde
        # nationale, il a ete adopte", was the plan adopted; "mark morgan il faisait quoi", what
        # did he do).
        (r"(?<=^)((?:le|la|les|ce|cette|ces|l')[^,?.!]*), (?:il|elle|ils|elles)(?= )", r"\1"),
        (r"(?:il|elle|ils|elles|y) (?:faisait|faisaient) quoi", "what did they do"),
        # African and schoolbook French's own ways of asking: "d'apres", according to; "a cause
        # de quoi", why; "le combien", what date; "quelle part", what share; "combien d'entre
        # eux", how many of them; "a part ICE, qui d'autre", besides ICE, who else.
        (r"(?:d'apres|selon) (?:vous|toi|tes sources|vos sources)", "in your view"),
        (r"d'apres", "according to"),
        (r"(?:a cause de quoi|pour quelle raison|pour quel motif)", "why"),
        (r"(?:le|du|au) combien(?=\s*[?.!]|\s*$)", "on what date"),
        (r"(?:quelle (?:part|proportion)|quel (?:pourcentage|pourcent))", "what share"),
        (r"combien d'entre (?:eux|elles|vous|nous)", "how many of them"),
        (r"a part(?= [^\W\d_])", "besides"),
        (r"qui d'autre", "who else"),
        (r"quoi d'autre", "what else"),
        (r"autre chose", "something else"),
        (
            r"(?:(?:on|je|tu) (?:croit|crois|doit croire) qui|qui (?:on|je) (?:croit|crois))",
            "who is right",
        ),
        (r"en un (?:seul )?mot", "in one word"),
        (r"(?:en bref|en resume|en gros)", "in short"),
        (r"par rapport (?:aux|au|a)", "compared to"),
        (r"(?:c'est |c'etait )?la suite (?:de|d')", "a continuation of"),
        (r"dans (?:notre|leur|nos|leurs|ma|sa|ta|votre) (?:tete|tetes)", "in imagination"),
        (r"il y a (\d+|un|une|deux|trois) (ans?|mois|jours|semaines)( et demi)?", r"\1 \2\3 ago"),
        (r"et demie?", "and a half"),
        (r"(?:fait|faire|font|fais) appel", "appealed"),
        (r"(?:est|sont|etait|etaient) devenue?s?", "became"),
        (r"(?:a|ont|avait|avaient) eu(?= (?:son|sa|ses|leur|leurs|le|la|les|un|une|des)\b)", "got"),
        (r"a la fin (?:de |du |d')", "at the end of "),
        (r"(?:bwe|mingi) (?:de |d')", "lots of "),
        (r"(?:tu|vous) en (?:penses|pensez) quoi", "what do you think"),
        (r"avant (?:de |d')etre", "before becoming"),
        (r"(?:a |ont )?atteint (?:son|sa|leur|un) (?:max|maximum|pic|sommet|record)", "peaked in"),
        (
            r"(?:(?:ce|le|un|du) )?(?:plan|projet|brouillon|memo) (?:de la |du |de )?garde"
            r" nationale",
            "the national guard plan",
        ),
        (r"(?:il |elle )?a ete", "was"),
        (r"(?:ils |elles )?ont ete", "were"),
        (r"porte(?:-| )parole", "spokesman"),
        (r"(?:document )?questions?(?:-| )reponses?", "questions and answers document"),
        (r"en respectant", "respecting"),
        (r"(?:poursuivie?s?|poursuivre) en justice", "prosecuted"),
        (r"jusqu'a quand", "until when"),
        (r"en attendant", "while waiting for"),
        (r"(?:a|ont|aura|auront) eu lieu", "took place"),
        (r"(?:lancement|debut) (?:de|de la) campagne", "campaign launch"),
        (r"l'(?:annee|an) (?:passee?|derniere?)", "last year"),
        (r"la semaine (?:passee|derniere)", "last week"),
        (r"la semaine prochaine", "next week"),
        (r"(?:ca )?represente", "are"),
        # Numbers grouped with spaces: "100 000", "434 000".
        (r"(\d{1,3}) (\d{3})(?! \d)", r"\1,\2"),
        # Who, what, when, where, asked after "c'est" ("c'est qui qui a raison", "c'est quoi
        # l'histoire", "c'est quel journal qui").
        (r"(?:est-ce que )?c'?est(?:-tu| tu)? vrai (?:que|qu')", "is it true that "),
        (r"c'?est(?:-tu| tu)? vrai(?=\s*[?!.]|\s*$)", "is that true"),
        (r"c'?est(?:-tu| tu)? vrai", "is it true"),
        (r"(?:s'est|se sont) (?:passee?s?|produite?s?)", "happened"),
        (r"c(?:'| |)(?:est|etait) (?:qui|qui ca) qui", "who"),
        (r"c (?=(?:quoi|qui|quand|ou|comment|combien)\b)", "c'est "),
        (r"c (?=(?:est|etait)\b)", "c'"),
        (r"c'?(?:est|etait) (?:quoi|quoi ca) qui", "what"),
        (r"c'?(?:est|etait) (?:qui|quoi) que", "what is it that"),
        (r"c'?est quoi", "what is"),
        (r"c'?etait quoi", "what was"),
        (r"c'?est qui", "who is"),
        (r"c'?etait qui", "who was"),
        (r"c'?(?:est|etait) (?:quand|quelle date|quel jour) que", "when"),
        (r"c'?est quand", "when is"),
        (r"c'?etait quand", "when was"),
        (r"c'?(?:est|etait) ou (?:que|qu')", "where"),
        (r"c'?(?:est|etait) (?:ou|ou ca)", "where is"),
        (
            r"c'?(?:est|etait) (?:quel|quelle|quels|quelles|lequel|laquelle) (\w+) (?:qui|que)",
            r"which \1",
        ),
        (r"c'?(?:est|etait) (?:combien|combien ca)", "how much is"),
        (r"c'?(?:est|etait) lequel", "which is"),
        (r"c'?(?:est|etait) comment", "how is"),
        (r"c'?(?:est|etait) pour quoi", "what is it for"),
        (r"qu'?est(?:-| )?ce (?:qui|qu'|que)", "what"),
        (r"qu'?est-?ce", "what"),
        (
            r"(ou|where|quand|comment|pourquoi|combien|qui|quoi) est(?:-| )?ce (?:que|qu')",
            r"\1",
        ),
        (r"est(?:-| )?ce (?:que|qu')", ""),
        (r"est-?ce", "is it"),
        (r"ce (?:que|qu'|qui)", "what "),
        # "DACA ca veut dire quoi en entier", what DACA stands for.
        (r"(?:ca )?veut dire quoi en (?:entier|toutes lettres|complet)", "stands for what"),
        (r"voulait dire|veut dire|voulaient dire", "meant"),
        # The "tu" that asks yes or no ("y vont tu", "c'tu vrai", "a-tu fini"), and "t'es",
        # "t'as" (you are, you have).
        (r"c'?(?:est-?|est |)tu", "is it"),
        (r"y'?a-?tu", "is there"),
        (r"y'?a (?=tu\b)", "is there "),
        (r"y'?avait-?tu", "was there"),
        (r"(?:penses|crois|trouves)(?:-| )tu", "do you think"),
        (r"(?:sais|connais)(?:-| )tu", "do you know"),
        # ... whose sentence asks whether ("trump l'a tu eu son mur", did Trump get his wall).
        (
            r"(?:(?<=^)|(?<=[.?!;] ))([^.?!;]*?[^\W\d_])(?:-| )tu(?=\s*[?!.]|\s*$| \w)"
            r"(?! (?:as|es|sais|veux|penses|peux|dois|vas|fais|vois|crois|connais|trouves"
            r"|parles)\b)",
            r"is it true that \1",
        ),
        (r"(?:-t-|-)(?:il|ils|elle|elles|on)(?!\w)", ""),
        (r"t'(?:es|etais)", "you are"),
        (r"t'(?:as|avais)", "you have"),
        # Things there are: "y'a combien", "il y a", "y'avait"; and "y'a dit" (he said).
        (r"(?:il )?y'?a(?:vait)? (?=combien\b)", ""),
        (
            r"(?:y'?a|y'?ont) (?=(?:dit|fait|sorti|signe|promis|eu|ete|annonce|tweete|ecrit|vu"
            r"|reagi|explique|appele|traite|lance|donne|parle|repondu|essaye|annule|tout)\b)",
            "they ",
        ),
        (r"(?:il )?(?:y'?a|y a)", "there is"),
        (r"(?:il )?y'?avait", "there was"),
        (r"(?:il )?y'?aura", "there will be"),
        (r"y'?en a", "were there"),
        (r"y'?etait", "he was"),
        (r"y'?ont", "they have"),
        (r"y'?(?=[aeiou]\w)", "they "),
        (r"qu'?(?:y|il|ils)\b", "that they"),
        # How long, how many, since when.
        (r"(?:ca fait|depuis|pendant) combien (?:de |d')(?:temps|annees|ans)", "how long"),
        (r"combien (?:de|d') ?(?:monde|personnes|gens)", "how many people"),
        (r"(?:ca prend |ca va prendre )?combien de temps", "how long"),
        (r"combien (?:de |d')?(?:annees|ans)", "how many years"),
        (r"combien de jours", "how many days"),
        (r"combien de plus", "how many more"),
        (r"combien (?:de |d'|des )", "how many "),
        (r"(?:ca va )?couter combien", "how much will cost"),
        (r"depuis quand", "since when"),
        (r"depuis longtemps", "for a long time"),
        (r"a quelle heure", "what time"),
        (r"a propos (?:de|du|des|d')", "about"),
        (r"a cause (?:de|du|des|d')", "because of"),
        (r"au juste", "exactly"),
        (r"au moins", "at least"),
        (r"plus tard", "later"),
        (r"pour (?:qui|quoi) au juste", "for what"),
        (r"pour quoi(?=\s*[?.!]|\s*$)", "why"),
        (r"de quoi", "what"),
        (r"a qui", "to whom"),
        (r"avec qui", "with whom"),
        (r"(?<=\w )ou(?=\s*[?.!,]|\s*$)", "where"),
        (r"(?:va|vont|allait|allaient|devait|devaient) aller ou", "where were going"),
        (r"(?:d'ou|de ou)", "where from"),
        (r"(?:un|une) ou (?:deux|2)", "one or two"),
        # The story's phrases, the English way round.
        (r"(?:deportations?|expulsions?|renvois?) (?:de|en) masse", "mass deportations"),
        (r"(?:deportations?|expulsions?) massives?", "mass deportations"),
        (r"(?:deporter|expulser|renvoyer) (?:en masse|massivement)", "mass deport"),
        (r"(?:arrestations?|rafles?) (?:de|en) masse", "mass arrests"),
        (r"operations? militaires?", "military operation"),
        (r"(?:la )?force de deportation", "deportation force"),
        (r"deporteu?r (?:en|in) chef|deporteu?r in chief", "deporter in chief"),
        (r"(?<!\w )deporter(?! in chief)", "deport"),
        (r"(?:gardes? nationa(?:le|ux|l)|garde nationale)", "national guard"),
        (r"(?:patrouille frontaliere|patrouille des frontieres)", "border patrol"),
        (r"police (?:locale|municipale)s?|polices locales|police du coin", "local police"),
        (r"(?:policiers|polices?) (?:locaux|municipaux)", "local police"),
        (r"maison blanche", "White House"),
        (r"etats?-?unis", "US"),
        (r"amerique (?:centrale|du centre)", "Central America"),
        (r"(?:centre|centro)-?americain(?:e|s|es)?", "Central American"),
        (r"sans[- ]?papiers?|sans[- ]statut", "undocumented"),
        (
            r"(?:ordres?|ordonnances?|mesures?) finale?s? (?:de renvoi|d'expulsion"
            r"|de deportation)",
            "final removal order",
        ),
        (
            r"(?:ordres?|ordonnances?|mesures?) (?:de renvoi|d'expulsion|de deportation)",
            "removal order",
        ),
        (
            r"(?:deportations?|expulsions?|renvois?|procedures?) (?:acceleree?s?|rapides?"
            r"|expeditive?s?)",
            "expedited removal",
        ),
        (r"annees? (?:fiscales?|financieres?)", "fiscal year"),
        (r"droits (?:humains|de la personne|de l'homme)", "human rights"),
        (r"(?:groupes? (?:de|des|pour les) )?droits des immigrants", "immigrant rights groups"),
        (r"(?:haut|hauts) (?:fonctionnaires?|responsables?|officiels?|grades?)", "senior official"),
        (r"points? de presse", "press briefing"),
        (r"conferences? de presse", "press conference"),
        (r"communiques? de presse", "press release"),
        (r"(?:appel|call) (?:conference|telephonique)", "conference call"),
        (
            r"(?:directeur|directrice|boss|chef) (?:par interim|interimaire|interim)",
            "acting director",
        ),
        (r"par interim", "acting"),
        (r"ministres? des affaires etrangeres", "foreign minister"),
        (r"affaires etrangeres", "foreign affairs"),
        (r"securite interieure", "homeland security"),
        (r"securite publique", "public safety"),
        (r"decrets? (?:presidentiels?|executifs?)", "executive orders"),
        (r"(?:la )?date de (?:cour|tribunal|comparution)", "court date"),
        (r"profilage racial", "racial profiling"),
        (r"centres? de detention", "detention centers"),
        (r"places? en detention", "detention beds"),
        (r"permis de travail", "work permits"),
        (r"sous-sol", "basement"),
        (r"de (?:toutes|toute) pieces", "out of nothing"),
        (r"mains attachees", "hands tied"),
        (r"juges? d'immigration", "immigration judges"),
        (r"agents? d'immigration", "immigration agents"),
        (r"(?:officiers?|agents?) de (?:deportation|renvoi|l'immigration)", "deportation officers"),
        (r"(?:la )?branche des deportations", "deportation branch"),
        (r"decret anti-?immigration|interdiction de voyage", "travel ban"),
        (r"felons? (?:quelque chose|qqch)", "felons not families"),
        (r"fausses? nouvelles", "fake news"),
        (r"(?:le |la )?plus (?:bas|basse)", "the lowest"),
        (r"au plus haut", "at the peak"),
        (r"(?:le |la )?plus (?:haut|haute|grand|gros|grosse)", "the highest"),
        (r"(?:le )?pic", "the peak"),
        (r"a la fin", "in the end"),
        (r"pour de vrai", "really"),
        (r"tout de suite", "right away"),
        (r"(?:tout )?d'un (?:coup|seul coup)", "all at once"),
        (r"(?:tranquillement|tranquilement) pas vite", "slowly"),
        (r"petit a petit|peu a peu|graduellement|tranquillement", "gradually"),
        (r"d'avance|a l'avance|en avance", "in advance"),
        (r"a peu pres", "about"),
        (r"en tout|au total", "in total"),
        (r"en general", "in general"),
        (r"dans la vie", ""),
        (r"(?:au|en) cas ou", "in case"),
        (r"n'importe comment", "carelessly"),
        (r"n'importe qui", "anyone"),
        (r"quelque chose du genre|quelque chose comme ca|ou quelque chose", ""),
        (r"quelque chose", "something"),
        (r"quelqu'un", "someone"),
        (r"(?:une? )?(?:genre|sorte) de", "a kind of"),
        (r"tout le monde", "everyone"),
        (r"(?:des )?(millions|milliers|centaines) de (?:monde|personnes|gens)", r"\1 of people"),
        (r"comme du monde", "properly"),
        (r"(?:du|le|de|des) monde", "people"),
        (r"de meme|comme ca|comme ceci", "like that"),
        (r"(?:la|le|les) memes?", "the same"),
        (r"quand meme", ""),
        (r"meme pas", "not even"),
        (r"pas mal", "quite"),
        (r"ben raide", "badly"),
        (r"ben voyons", ""),
        (r"en train de", ""),
        (r"la-?bas", "there"),
        (r"la-?dedans", "in it"),
        (r"la-?dessus", "about it"),
        (r"ce temps-?la", "that time"),
        (r"(?:cette|ces|ce|cet) (\w+)(?: |-)la(?!\w)", r"that \1"),
        (r"(?:en )?apres-?midi", "afternoon"),
        (r"(?:le )?(?:matin|avant-?midi)", "morning"),
        (r"peut-?etre", "maybe"),
        (r"aujourd'?hui", "today"),
        (r"lui-?meme|elle-?meme|eux-?memes", "himself"),
        (r"nous(?:-| )autres", "we"),
        (r"eux(?:-| )autres", "them"),
        (r"vous(?:-| )autres", "you"),
        (r"(?:mettre|mis|met) (?:le|l'|son) (?:focus|accent) sur", "focused on"),
        (r"(?:faire|fait|font) peur", "scare"),
        (r"(?:a|ont|avait|avaient) peur", "fear"),
        (r"calmer le jeu|calmer le monde|rassurer", "reassure"),
        (r"(?:se|s') laisser faire", "accept it"),
        (r"rendus? publics?|rendues? publiques?", "made public"),
        (r"(?:rentre|entre)(?:r|nt)? en vigueur", "take effect"),
        (r"(?:mis|mises|mettre) en (?:oeuvre|application|place)", "implement"),
        (r"tenu(?:es)? (?:ses|sa|leur|leurs) promesses?", "kept promises"),
        (r"tenir (?:ses|sa|leur|leurs) promesses?", "keep promises"),
        (r"(?:ca )?a pas d'allure", ""),
        (r"(?:change|changer|changeaient|changeait) d'idee", "changed their minds"),
        (r"dans la mire", "targeted"),
        (r"(?:en|par|de) priorite", "priority"),
        (r"(?:a|de) l'interieur(?: du pays)?", "interior"),
        (r"(?:se|s') presenter", "check in"),
        (r"(?:s'est|se) (?:refugiee?|cachee?)", "took refuge"),
        (r"(?:fin|fini) par", "ended up"),
        (r"(?:se|s') faire (?=\w)", "be "),
        (r"faire venir", "bring"),
        (r"faire remonter", "increase"),
        (r"d'habitude|normalement", "usually"),
        (r"(?:a|de) travers le pays|partout au pays", "across the country"),
        (r"se (?:contredit|contredisent)", "contradict"),
        (r"(?:quel|quelle) jour", "what day"),
        (r"(?:quel|quelle) date", "what date"),
        (r"(?:quel|quelle) (?:annee|an)", "what year"),
        (r"(?:quel|quelle) (?:semaine)", "what week"),
        (r"(?:quel|quelle) (?:mois)", "what month"),
        (r"(?:quel|quelle|quels|quelles) (?:pays)", "what countries"),
        (r"(?:quel|quelle) etat", "what state"),
        (r"(?:quels|quelles) etats", "what states"),
        (r"(?:lequel|qui) croire", "who is right"),
        (r"(?:a|ont|avait|avaient) raison", "is right"),
        (r"(?:va|vont|allaient|allait) plus loin", "go further"),
        (r"(?:bouge|bougent|a pas bouge|change) pas", "stayed flat"),
        (r"(?:de|d') plus", "more"),
        (r"comme (?=(?:organisation|groupe|affaire|programme)\b)", "kind of "),
        (r"l'(?=(?:a|avait|ont|avaient)\b)", ""),
        (
            r"(?:de |d')(?=(?:faire|deporter|engager|ramasser|arreter|envoyer|utiliser|traiter"
            r"|respecter|donner|changer|tenir|tuer|annoncer|eviter|enlever|payer|construire"
            r"|garder|aider|dire|sortir|prioriser|agir|appliquer|embaucher|expulser|renvoyer"
            r"|recruter|paniquer|calmer|attendre|tweeter|lire|accepter|rester|partir)\b)",
            "to ",
        ),
        (r"(?:un|1) an", "one year"),
        (r"(\d+) ans", r"\1 years"),
        (r"est nee?s?|sont nee?s?", "was born"),
        (r"le but", "the goal"),
        # Someone the asker knows, by name ("le blog que Ginette a partage").
        (r"(?-i:[A-Z][a-z]+) (?=a (?:partage|envoye|montre|transfere)\b)", "my friend "),
        (r"resume(?:-| )(?:moi|nous)", "summarize"),
        (r"(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\bthe )(?<!\byour )son(?= \w)", "his"),
        # English's "comment", not French's "how".
        (r"(the|his|that|this|a|her) comment", r"\1 remark"),
        # In a place; "on" (we) before a verb.
        (
            r"(?:a|au|aux|en) (?=(?:mexico|mexique|floride|florida|miami|washington|laval|usa|us"
            r"|canada|quebec)\b)",
            "in ",
        ),
        (
            r"(?:on|nous) (?=(?:va|est|a|peut|savait|relachait|appelait|depasse|les|part|dit"
            r"|sait)\b)",
            "we ",
        ),
        # The agency a noun belongs to, after it: "agents ICE", ICE agents.
        (
            r"(agents?|officiers?|officiels?|fonctionnaires?|boss|chefs?|avions?|raids?|memos?"
            r"|operations?|employes?|directeur|patrons?) (ice|dhs|hsi|cbp|ero)(?!\w)",
            r"\2 \1",
        ),
        # A question asked back at its end: "record year non?", "c'est vrai ou pas?"
        (r",? (?:non|hein)(?=\s*\?)", ""),
        (r"ou (?:pas|non)(?=\s*[?.!]|\s*$)", "or not"),
        # What is said of a noun, after it: "officiels mexicains", Mexican officials;
        # "communautes immigrantes", immigrant communities.
        (
            rf"{_NOT_A_NOUN}([^\W\d_]+) (mexicaine?s?|americaine?s?|officielle?s?|anonymes?"
            r"|immigrantes?|illegale?s?|legale?s?|finale?s?|fiscale?s?|humains|federale?s?"
            r"|officiel|militaires?|nationale?s?|nouveau|xenophobes?|differente?s?|positive?"
            r"|positif|exacte?s?)(?!\w)",
            r"\2 \1",
        ),
        # "Des" after a noun is "of the" ("le texte des decrets"); "a" before "son", "at".
        (r"((?:le|la|les|du|un|une) [^\W\d_]{3,}) des(?= [^\W\d_])", r"\1 of the"),
        (r"a (?=(?:son|sa|ses|leur|leurs|his|her|their)\b)", "at "),
        # The "la" that closes a noun phrase ("le blog la que", "le plan de la garde nationale
        # la, ca").
        (r"(?<=\w) la(?=\s*[?.!,]|\s*$| (?:que|qui|ca|c'|y |pis|lui|la|on)\b)", ""),
        # Elided words, spelled out.
        (r"qu'(?=[^\W\d_])", "that "),
        (r"l'(?=[^\W\d_])", "the "),
        (r"c'(?=[^\W\d_])", "it "),
        (r"j'(?=[^\W\d_])", "I "),
        (r"(?:d|s|n|m)'(?=[^\W\d_])", ""),
        (r"t'(?=[^\W\d_])", "you "),
    )
)
# Words, and how they read in English ("" for none).
_WORDS: dict[str, str] = {
    # The question words.
    "qui": "who", "quoi": "what", "quand": "when", "ou": "or", "comment": "how",
    "pourquoi": "why", "pq": "why",
    "combien": "how many", "quel": "what", "quelle": "what", "quels": "what",
    "quelles": "what", "lequel": "which", "laquelle": "which", "lesquels": "which",
    "lesquelles": "which", "que": "that",
    # Articles, prepositions, pronouns and particles.
    "le": "the", "la": "", "les": "the", "un": "a", "une": "a", "des": "", "du": "of the",
    "de": "of", "au": "at the", "aux": "to the", "a": "", "en": "in", "dans": "in",
    "sur": "about", "sous": "under", "avec": "with", "sans": "without", "pour": "to",
    "par": "by", "chez": "at", "entre": "between", "depuis": "since", "pendant": "during",
    "avant": "before", "apres": "after", "selon": "according to", "contre": "against",
    "vers": "toward", "jusqu": "until", "et": "and", "pis": "and", "mais": "but", "ni": "nor",
    "si": "if", "comme": "like", "donc": "so", "alors": "so", "parce": "because",
    "il": "he", "ils": "they", "elle": "she", "elles": "they", "y": "they", "je": "I",
    "tu": "", "nous": "we", "vous": "you", "moi": "me", "te": "", "se": "", "lui": "him",
    "leur": "their", "leurs": "their", "eux": "them", "ce": "this", "cet": "this",
    "cette": "this", "ces": "these", "ca": "this", "cela": "this", "ceux": "those",
    "celle": "the one", "celui": "the one", "sa": "his", "ses": "his", "mon": "my", "ma": "my",
    "mes": "my", "notre": "our", "nos": "our", "votre": "your", "vos": "your", "ne": "",
    "pas": "not", "non": "not", "jamais": "never", "plus": "more", "moins": "less",
    "tres": "very", "trop": "too", "beaucoup": "many", "tout": "all", "tous": "all",
    "toute": "all", "toutes": "all", "aussi": "also", "deja": "already", "encore": "still",
    "toujours": "still", "juste": "just", "seulement": "only", "vraiment": "really",
    "exactement": "exactly", "meme": "even", "ben": "", "coudonc": "", "bon": "", "ok": "",
    "hey": "", "lol": "", "svp": "", "merci": "", "bonjour": "", "allo": "", "ici": "here",
    "icitte": "here", "astheure": "now", "maintenant": "now", "tantot": "earlier",
    "pantoute": "at all", "pareil": "anyway", "finalement": "in the end", "vrai": "true",
    "faux": "false", "oui": "yes", "souvent": "often", "autre": "other", "autres": "other",
    "chaque": "each", "plusieurs": "several", "quelques": "a few", "certains": "some",
    "aucun": "no", "rien": "nothing", "dedans": "in it", "ensemble": "together",
    "ailleurs": "elsewhere", "loin": "far", "tard": "late", "environ": "about",
    "genre": "like", "premier": "first", "premiere": "first", "premieres": "first",
    "premiers": "first", "dernier": "last", "derniere": "last", "prochain": "next",
    "prochaine": "next", "seul": "alone", "grand": "big", "grande": "big", "grandes": "main",
    "grands": "main", "petit": "small", "bas": "low", "haut": "high", "nouveau": "new",
    "nouvelle": "new", "nouveaux": "new", "nouvelles": "new", "vieux": "old",
    "vieilles": "old", "vieille": "old", "differents": "different", "differente": "different",
    "differentes": "different", "meilleur": "better", "mauvaise": "bad", "mauvais": "bad",
    "bonne": "good", "dure": "tough", "dur": "tough", "fameux": "", "fameuse": "",
    "louche": "suspicious", "gars": "guy", "madame": "woman", "monsieur": "man",
    "chum": "friend", "blonde": "girlfriend", "deux": "two", "trois": "three",
    "quatre": "four", "cinq": "five", "dix": "ten", "cent": "hundred", "mille": "thousand",
    # Verbs.
    "est": "is", "sont": "are", "etait": "was", "etaient": "were", "ete": "been",
    "etre": "be", "sera": "will be", "seront": "will be", "serait": "would be",
    "seraient": "would be", "ont": "have", "avait": "had", "avaient": "had", "avoir": "have",
    "aura": "will have", "eu": "had", "ai": "have", "va": "will", "vont": "will",
    "vais": "will", "allait": "was going to", "allaient": "were going to", "aller": "go",
    "alle": "went", "allee": "went", "alles": "went", "peut": "can", "peuvent": "can",
    "pourrait": "could", "pourraient": "could", "pouvaient": "could", "pouvait": "could",
    "doit": "must", "doivent": "must", "devait": "was supposed to",
    "devaient": "were supposed to", "devrais": "should", "devrait": "should", "faut": "must",
    "fallait": "had to", "veut": "wants", "veulent": "want", "voulait": "wanted",
    "voulaient": "wanted", "sait": "knows", "savent": "know", "savait": "knew",
    "savaient": "knew", "sais": "know", "savoir": "know", "dit": "said", "disent": "say",
    "disait": "said", "disaient": "said", "dire": "say", "fait": "did", "font": "do",
    "faisait": "was doing", "faire": "do", "fais": "do", "penses": "think",
    "pense": "thinks", "pensent": "think", "crois": "believe", "croire": "believe",
    "trouve": "finds", "trouvent": "find", "parle": "talked", "parlait": "talked",
    "parler": "talk", "parlent": "speak", "jure": "swears", "jurent": "swear",
    "donne": "gave", "donner": "give", "donnent": "give", "explique": "explained",
    "expliquer": "explain", "appelle": "calls", "appellent": "call", "appelait": "called",
    "appelaient": "called", "appeler": "call", "appele": "called", "prend": "takes",
    "prendre": "take", "prennent": "take", "mettre": "put", "mis": "put", "sortir": "remove",
    "sorti": "released", "sortis": "released", "sortie": "release", "sorties": "released",
    "engager": "hire", "engage": "hired", "engages": "hired", "embaucher": "hire",
    "embauche": "hired", "recruter": "hire", "deporte": "deported", "deportes": "deported",
    "deportee": "deported", "deportees": "deported", "expulser": "deport",
    "expulse": "deported", "expulses": "deported", "renvoyer": "deport", "renvoie": "deport",
    "renvoient": "deport", "renvoyes": "deported", "arreter": "arrest",
    "arrete": "arrested", "arretes": "arrested", "arretees": "arrested",
    "arrestation": "arrest", "arrestations": "arrests", "ramasser": "round up",
    "ramasse": "rounded up", "ramasses": "rounded up", "envoyer": "send", "envoie": "send",
    "envoye": "sent", "envoyes": "sent", "utiliser": "use", "utilise": "used",
    "utilisee": "used", "utilises": "used", "utilisees": "used", "utilisait": "used",
    "utilisent": "use", "promis": "promised", "promet": "promises", "promettait": "promised",
    "promettre": "promise", "promesse": "promise", "promesses": "promises",
    "signe": "signed", "signes": "signed", "signer": "sign", "ecrit": "wrote",
    "ecrire": "write", "ecrits": "written", "tweete": "tweeted", "tweeter": "tweet",
    "annonce": "announced", "annoncer": "announce", "annonces": "announced",
    "annule": "canceled", "annuler": "cancel", "annulee": "canceled", "rencontre": "met",
    "rencontrer": "meet", "rencontres": "met", "visite": "visit", "visiter": "visit",
    "partage": "shared", "traite": "called", "traiter": "treat", "traites": "treated",
    "reagi": "reacted", "reagit": "reacts", "reagissent": "react", "reagir": "react",
    "defend": "defends", "defendre": "defend", "resister": "resist", "reste": "stays",
    "restent": "stay", "rester": "stay", "rapporte": "reported", "rapporter": "report",
    "repondu": "answered", "repondre": "answer", "compare": "compares",
    "comparer": "compare", "commence": "started", "commencer": "start",
    "commencera": "will start", "commencent": "start", "partir": "start", "parti": "left",
    "partant": "leaving", "lance": "launched", "lancer": "launch",
    "couvrait": "covered", "couvre": "covers", "touche": "affects", "touchent": "affect",
    "affecte": "affects", "affectent": "affect", "affecter": "affect", "aider": "help",
    "aident": "help", "visaient": "targeted", "visait": "targeted",
    "vise": "targets", "visent": "target", "ciblait": "targeted", "cibler": "target",
    "manque": "missed", "manquer": "miss", "manques": "missed", "accepte": "accepts",
    "accepter": "accept", "construire": "build", "construit": "built", "couter": "cost",
    "coute": "cost", "coutent": "cost", "paient": "pay", "payer": "pay", "paye": "paid",
    "poursuivis": "prosecuted", "poursuivi": "prosecuted", "poursuivre": "prosecute",
    "garder": "detain", "garde": "kept", "relachait": "released", "relacher": "release",
    "relache": "released", "attendre": "wait", "attendant": "waiting", "attente": "wait",
    "attendues": "expected", "attendu": "expected", "appliquer": "implement",
    "appliquees": "applied", "applique": "applies", "appliquent": "implement",
    "devenir": "become", "deviennent": "become", "devient": "becomes",
    "comprenait": "understood", "comprenaient": "understood", "comprendre": "understand",
    "compris": "understood", "tenu": "kept", "tenir": "keep", "bloque": "blocked",
    "bloquer": "block", "critiquait": "criticized", "critiquaient": "criticized",
    "critique": "criticized", "critiquees": "criticized", "critiques": "critics",
    "avertir": "warn", "averti": "warned", "retire": "withdrew", "retirer": "withdraw",
    "flushe": "dropped", "hesitait": "was reluctant", "hesite": "hesitates",
    "hesiter": "hesitate", "deplace": "moves", "deplacer": "move", "preparait": "prepared",
    "preparer": "prepare", "preparaient": "prepared", "interprete": "interpreted",
    "inclus": "included", "incluses": "included", "inclure": "include", "nes": "born",
    "nee": "born", "culmine": "peaked", "culminer": "peak", "bouge": "changes",
    "bougent": "change", "changer": "change", "changement": "change",
    "changements": "changes", "menait": "led", "mener": "lead", "scrappe": "ended",
    "tuer": "end", "eviter": "avoid", "evite": "avoided", "enlever": "remove",
    "essaye": "tried", "essayer": "try", "lire": "read",
    "invente": "makes up", "inventer": "make up", "suivent": "follow", "suivre": "follow",
    "agir": "act", "arriver": "happen",
    "demande": "asks", "demandent": "ask", "demander": "ask", "decider": "decide",
    "decide": "decides", "prioriser": "prioritize", "passait": "happened",
    "passe": "happened", "passer": "happen", "accuse": "charged", "accuses": "charged",
    "condamne": "convicted", "condamnes": "convicted", "entendu": "heard", "vu": "saw",
    "voir": "see", "coule": "leaked", "publie": "published", "publier": "publish",
    "capote": "freaks out", "capoter": "freak out", "capotent": "freak out",
    "inquiete": "worried", "inquiets": "worried", "stresse": "stressed",
    "stressee": "stressed", "paniquer": "panic", "panique": "panic",
    "remonter": "increase", "ramenent": "fly back", "ramener": "bring back",
    "reussi": "managed", "marche": "worked", "tenait": "kept", "refugiee": "took refuge",
    "presenter": "check in", "reculer": "back off", "recule": "backed off",
    "gagner": "win", "ouvre": "opens", "depasse": "overstay", "depasser": "overstay",
    "vient": "comes", "viennent": "come", "venir": "come", "prendra": "will take",
    "respecter": "respect", "respecte": "respects", "embarque": "involved", "relie": "tied",
    "cree": "created", "creer": "create", "mettent": "put", "envoient": "send",
    "ramene": "brought back", "semble": "seems", "concerne": "concerns",
    # The story's words.
    "lignes": "guidelines", "regles": "rules",
    "regle": "rule", "mesures": "measures", "politique": "policy", "politiques": "policies",
    "loi": "law", "lois": "laws", "decret": "executive order", "decrets": "executive orders",
    "texte": "text", "expulsion": "deportation", "expulsions": "deportations",
    "renvoi": "removal", "renvois": "removals", "masse": "mass", "massive": "mass",
    "massives": "mass", "rafle": "roundup", "rafles": "roundups", "descentes": "raids",
    "armee": "military", "militaire": "military", "militaires": "military",
    "soldats": "troops", "troupes": "troops", "gardes": "guards", "policiers": "police",
    "sherif": "sheriff", "officier": "officer", "officiers": "officers",
    "officiel": "official", "officiels": "officials", "officielle": "official",
    "officiellement": "officially", "responsable": "official", "responsables": "officials",
    "fonctionnaire": "official", "fonctionnaires": "officials", "dirigeants": "leaders",
    "patron": "boss", "patrons": "bosses", "directeur": "director", "juge": "judge",
    "juges": "judges", "tribunal": "court", "tribunaux": "courts", "cour": "court",
    "audience": "hearing", "audiences": "hearings", "avocat": "lawyer",
    "immigrante": "immigrant", "immigrantes": "immigrant", "immigres": "immigrants",
    "illegaux": "illegal immigrants", "clandestins": "undocumented", "refugies": "refugees",
    "refugie": "refugee", "asile": "asylum", "familles": "families", "famille": "family",
    "enfants": "children", "enfant": "child", "mere": "mother", "pere": "father",
    "jeunes": "young people", "adultes": "adults", "personnes": "people", "gens": "people",
    "citoyens": "citizens", "americains": "American", "americaine": "American",
    "americain": "American", "mexique": "Mexico", "mexicains": "Mexican",
    "mexicain": "Mexican", "mexicaine": "Mexican", "canadiens": "Canadians",
    "floride": "Florida", "frontiere": "border", "frontieres": "border", "mur": "wall",
    "pays": "country", "etat": "state", "etats": "states", "comte": "county",
    "ville": "city", "communautes": "communities", "communaute": "community",
    "groupe": "group", "groupes": "groups", "defenseurs": "advocates",
    "gouvernement": "government", "presidente": "president", "congres": "Congress",
    "senateur": "senator", "deputes": "lawmakers", "democrates": "Democrats",
    "gauche": "left", "ministre": "minister", "secretaire": "secretary",
    "departement": "department", "journal": "newspaper", "journaux": "newspapers",
    "journalistes": "reporters", "journaliste": "reporter", "medias": "media",
    "presse": "press", "communique": "statement", "discours": "speech",
    "commentaire": "remark", "commentaires": "remarks", "ligne": "line", "mot": "word",
    "mots": "words", "nom": "name", "noms": "names", "adjectif": "adjective",
    "histoire": "story", "affaire": "thing", "affaires": "things", "rapport": "report",
    "chiffre": "number", "chiffres": "numbers", "nombre": "number", "millions": "million",
    "milliers": "thousands", "milles": "miles", "ans": "years", "annee": "year",
    "annees": "years", "mois": "month", "semaine": "week", "semaines": "weeks",
    "jour": "day", "jours": "days", "journee": "day", "soir": "night", "nuit": "night",
    "matin": "morning", "demain": "tomorrow", "hier": "yesterday", "heure": "time",
    "temps": "time", "fois": "times", "lundi": "Monday", "mardi": "Tuesday",
    "mercredi": "Wednesday", "jeudi": "Thursday", "vendredi": "Friday", "samedi": "Saturday",
    "dimanche": "Sunday", "janvier": "January", "fevrier": "February", "mars": "March",
    "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "aout": "August",
    "septembre": "September", "octobre": "October", "novembre": "November",
    "decembre": "December", "campagne": "campaign", "reelection": "reelection",
    "voyage": "trip", "reunion": "meeting", "relation": "relationship",
    "delais": "delays", "delai": "delay", "limite": "limit", "centres": "centers",
    "autobus": "buses", "avions": "planes", "maisons": "homes", "maison": "home",
    "rue": "street", "eglise": "church", "travail": "work", "personnel": "staff",
    "argent": "money", "cout": "cost", "couts": "costs", "objectif": "goal",
    "cadre": "framework", "structure": "framework", "legale": "legal",
    "legalement": "legally", "illegale": "illegal", "criminels": "criminals",
    "criminel": "criminal", "infraction": "offense", "dangereux": "dangerous",
    "probleme": "problem", "peur": "fear", "dignite": "dignity",
    "delicatesse": "very sensitively", "professionnellement": "professionally",
    "moralement": "morally", "complice": "accomplice", "xenophobes": "xenophobic",
    "xenophobe": "xenophobic", "categories": "categories", "priorite": "priority",
    "prioritaire": "priority", "prioritaires": "priority", "priorites": "priorities",
    "risque": "risk", "pouvoirs": "powers", "pouvoir": "power", "echecs": "setbacks",
    "strategie": "strategy", "programme": "program", "permis": "permits", "moitie": "half",
    "majorite": "majority", "baisse": "decline", "hausse": "increase", "partie": "part",
    "branche": "branch", "neveu": "nephew", "niece": "niece", "soeur": "sister",
    "frere": "brother", "tante": "aunt", "oncle": "uncle", "voisin": "neighbor",
    "voisine": "neighbor", "femme": "wife", "mari": "husband", "cousine": "cousin",
    "beau-frere": "brother-in-law", "jardinier": "gardener", "menage": "cleaning",
    "piscine": "pool", "meteo": "weather", "taux": "rate", "anonymes": "anonymous",
    "anonyme": "anonymous", "directement": "directly", "rapide": "fast", "vite": "fast",
    "lentement": "slowly", "longtemps": "long", "positif": "positive", "fiscale": "fiscal",
    "finale": "final", "humains": "human", "droits": "rights", "droit": "right",
    "raison": "right", "tort": "wrong", "idee": "idea", "coeur": "heart", "gros": "big",
    "plein": "full", "pleins": "full", "municipale": "local", "locale": "local",
    "locales": "local", "locaux": "local", "nationale": "national", "interieur": "interior",
    "exterieur": "outside", "ordre": "order", "ordres": "orders", "papiers": "papers",
    "statut": "status", "citoyen": "citizen", "heures": "hours", "fin": "end",
    "passeurs": "smugglers", "passeur": "smuggler", "nerveux": "nervous",
    "assez": "enough", "nomination": "nomination", "separations": "separations",
    "gardes-frontieres": "border patrol", "confirme": "confirmed", "confirmee": "confirmed",
    "elargissent": "expand", "elargir": "expand", "elargit": "expands",
    "partenariats": "partnerships", "partenariat": "partnership", "expulsees": "deported",
    "hauts": "top", "lancement": "release", "organisation": "organization", "defendent": "defend",
    "verite": "truth", "flics": "cops", "officials": "officials", "remplis": "full",
    "bizarre": "strange", "plaint": "complains", "effectivement": "actually",
    # African French's words, and the standard French that chat in Quebec has other words for.
    "supprime": "abolished", "supprimer": "abolish", "qualifie": "described",
    "qualifier": "describe", "travaille": "works", "travaillent": "work", "montait": "rose",
    "monte": "rises", "monter": "rise", "comprennent": "understand", "comprend": "understands",
    "bien": "well", "truc": "thing", "trucs": "things", "risquait": "risked",
    "inquieter": "worry", "adopte": "adopted", "adoptee": "adopted", "devenue": "became",
    "devenu": "became", "augmente": "increases", "augmenter": "increase", "enrole": "enlisted",
    "enroles": "enlisted", "propres": "own", "propre": "own", "chose": "thing",
    "croit": "believes", "immediatement": "immediately", "chef": "chief", "chefs": "chiefs",
    "arrivent": "come", "arrive": "arrives", "part": "share", "viser": "target",
    "rate": "missed", "passee": "last", "recu": "received", "recus": "received",
    "appel": "call", "propos": "remarks", "montrent": "show", "montre": "shows",
    "cede": "caves", "complique": "complicated", "prevenu": "warned", "prevenir": "warn",
    "causer": "cause", "colere": "outrage", "separer": "separate", "separe": "separated",
    "separes": "separated", "tomber": "fall", "surtout": "most", "annuelles": "annual",
    "annuel": "annual", "annuels": "annual", "historique": "historic", "atteint": "reached",
    "max": "peak", "maximum": "peak", "vraie": "real", "rupture": "break", "tete": "head",
    "servent": "serve", "sert": "serves", "principalement": "mainly", "bref": "short",
    "existaient": "existed", "existait": "existed", "existe": "exists", "suis": "am",
    "demi": "half", "peux": "can", "detenir": "detain", "detenus": "detained",
    "liberait": "released", "liberer": "release", "libere": "released", "vivre": "live",
    "vit": "lives", "vivent": "live", "trainent": "drag on", "autant": "so much",
    "justice": "", "ajouter": "add", "attend": "waits", "immigree": "immigrant",
    "immigrees": "immigrant", "salaire": "salary", "associations": "groups",
    "association": "group", "reponses": "answers", "dame": "woman", "gentil": "nice",
    "parlementaires": "lawmakers", "fort": "strong", "entier": "full", "prevue": "planned",
    "prevu": "planned", "directives": "guidelines", "directive": "guideline",
    "fuite": "leaked", "registre": "register", "publiees": "published", "doucement": "slowly",
    "direct": "right away", "systematique": "systematic", "accord": "approval",
    "calendrier": "schedule", "renforce": "strengthened", "renforcant": "strengthening",
    "habitent": "live", "adresses": "addresses", "connaissent": "know", "connait": "knows",
    "empecher": "prevent", "entrer": "enter", "blocages": "setbacks",
    "conservateurs": "conservatives", "croyais": "thought", "concentre": "focused",
    "autorites": "authorities", "essaient": "try", "atteindre": "reach",
    "contraire": "opposite", "inventent": "make up", "contexte": "context",
    "complet": "full", "demandeurs": "seekers", "gerer": "handle", "preparent": "prepare",
    "cibles": "targeted", "cible": "targeted", "couleur": "color", "noirs": "Black",
    "punit": "punishes", "punir": "punish", "reunir": "reunite", "menent": "lead",
    "menace": "threatens", "menacait": "threatened", "vague": "vague", "gratuit": "free",
    "retardees": "delayed", "retarde": "delayed", "accelerer": "speed up",
    "acceleree": "expedited", "remplace": "replaced", "quitte": "quit",
    "chercher": "look for", "vols": "flights", "migrants": "migrants", "prisons": "prisons",
    "parents": "parents", "fils": "son", "fille": "daughter", "cousin": "cousin",
    "amnistie": "amnesty", "avis": "mind", "sort": "fate", "source": "source",
    "briefe": "briefed",
    # SMS words that are left to here, being other languages' too ("koi" is Hindi's "any"),
    # and Lingala's words: "bato", people; "ndeko", brother or relative; "bwe", "mingi", a lot;
    # "mola", "kota", "ashia", which carry nothing to the question.
    "resume": "summarize", "koi": "what", "jai": "I have", "bato": "people", "ndeko": "brother",
    "bandeko": "friends", "bwe": "a lot of", "mingi": "a lot", "mola": "", "kota": "",
    "ashia": "", "nzambe": "", "mbote": "", "tata": "father", "mama": "mother", "eh": "",
    "mano": "", "frero": "", "mdr": "", "ptdr": "",
}  # fmt: skip
# Words that are French alone: no English, Spanish, Portuguese, Italian, Romanian, Creole or
# Tagalog question has them (not "que", "mais", "ou", "deja", "entre", "non" nor "qui").
_MARKERS = word_set(
    """
    pourquoi combien quoi quelle quels quelles lequel laquelle c'est qu'est c'etait c'tu y'a
    y'avait y'en y'etait y'ont sont etait etaient avait avaient ont vont peut peuvent pourrait
    faut fallait etre ete fait faire dit disait disent avec pour selon dans leur leurs cette ces
    aux ils elles nous vous pis icitte astheure pantoute coudonc tantot vraiment aussi beaucoup
    toujours jamais seulement depuis pendant apres moins quand une armee frontiere mexique
    familles enfants monde gars affaire chiffre chiffres semaine annee jours juin fevrier
    janvier journee journalistes officiels communautes regles decrets nouveaux nouvelles
    nouveau engager ramasser deportes sortis sortie utilisee tribunaux chez trop pense
    pensent sait savait savent veut veulent voulait devait devrait doit pouvait allait aura
    commentaire commentaires deputes gouvernement expulses expulsees expulsions tout tous toute
    toutes juste gens maintenant finalement nationale politiques senateur bwe mbote nzambe
    bandeko ndeko kosepelisa
    """
)
# French's short words that English, Spanish, Italian, Romanian or Swahili questions have too,
# or that are typed in an English one ("c'est quoi HSI"): they weigh half, and count only with a
# word above.
_WEAK_MARKERS = word_set(
    "les des du au ca comment je qui sur ben le et ou mais sa son ses mon ma quel est pas"
)
# An elided word ("qu'y", "d'immigration", "j'ai"; not "l'", which Italian has too, nor "y'",
# which "y'all" has), and French's own forms: the "tu" that asks after a verb ("a tu", "vont-tu",
# "savaient tu"), a plural past ("voulaient") and joual's "y" (he, they) before a verb ("y vont",
# "y disait"; not "y a", Spanish's "and to").
_ELIDED = lazy_compile(r"\b(?:qu|d|j|n|s|c|t)'[^\W\d_]", re.IGNORECASE)
_FRENCH_FORMS = lazy_compile(
    r"\b(?:a|ai|va|vont|ont|est|sont|peut|peuvent|avait|avaient|etait|faut|[^\W\d_]+ent"
    r"|[^\W\d_]+ait|[^\W\d_]+aient)[- ]tu\b|\b[^\W\d_]{2,}aient\b"
    r"|\by (?:[^\W\d_]+ent|[^\W\d_]+ait|vont|ont|peut|peuvent|dit|fait)\b",
    re.IGNORECASE,
)
# SMS shorthand that only French has ("pk", pourquoi; "bcp", beaucoup; "jsp", I don't know): a
# question with one is French, whatever else it has.
_TEXTING = word_set("pk pkoi bcp qd qqn qqun jsp tjrs stp svp pcq psk chui jsuis mrc")
# Haitian Creole's own words: a question with them is read by `kreyol`.
_CREOLE = word_set(
    """
    eske kisa poukisa konbyen kile kijan kiles kote li yo pou mwen nou ki ak pral genyen gen
    moun kounye kounyea anpil timoun fanmi paske ap
    """
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is French; otherwise `text` itself."""
    if "\u00bf" in text or "\u00a1" in text:
        return text  # "¿Y a Trump cómo le cayó ...?": Spanish
    folded = _WHERE.sub("where", text).translate(_FOLDED).replace("œ", "oe")
    said = [w.lower() for w in WORD.findall(folded)]
    if _CREOLE.intersection(said):
        return text
    texting = bool(_TEXTING.intersection(said))
    for shorthand, french in _SHORTHAND:
        folded = shorthand.sub(french, folded)
    said = [w.lower() for w in WORD.findall(folded)]
    strong = len(_MARKERS.intersection(said)) + len(_ELIDED.findall(folded))
    strong += len(_FRENCH_FORMS.findall(folded))
    marking = 2 * strong + len(_WEAK_MARKERS.intersection(said))
    if not texting and not (strong and marking >= 3):
        return text
    folded = _C_EST.sub("c'est ", _SPACED_ELISION.sub(r"\1'", folded))
    return read_word_for_word(folded, _PHRASES, _WORDS)
