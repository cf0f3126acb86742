"""Read a question: its form, its terms, the people and years it names, what it asks for."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from briefings.answering import french, hindi, kreyol, kriolu, portuguese, spanish
from briefings.answering.index import LABEL_CONCEPT, MONTHS, SUMMARY, SUMMARY_CONCEPT, FactIndex
from briefings.answering.spanish import english
from briefings.model import Person
from briefings.patterns import lazy_compile
from briefings.retrieval import (
    GENERIC,
    STOPWORDS,
    is_election_label,
    is_generic,
    normalize,
    stem,
    tokens,
    word_set,
    words,
)

_YEAR = lazy_compile(r"^(19|20)\d\d$")
# The sources end in June 2019; the 2020 campaign, launched then, is the latest year they name.
LAST_YEAR_COVERED = 2020
# (A word opening brackets is capitalised as a sentence's first word is, unless it is all
# capitals: "(Interesting that he ...)", but "(CSI aviation?)".)
_CAPITALISED = lazy_compile(
    r"(?<![.?!] )(?<![\u00bf\u00a1])\b((?<!\()[A-Z][A-Za-z\u00c0-\u024f'.-]*"
    r"|(?<=\()[A-Z][A-Z][A-Za-z'.-]*)"
)
# Whether a question is mostly in a language read by a glossary (Spanish, Portuguese, French or
# Creole); and the weight, there, of a word no fact uses, as a share of what it would weigh in
# English (itself half the top IDF): in such a question it is a word the glossary lacks far more
# often than a thing the story leaves out. Not nothing: "¿quién es el sheriff de aquí?".
_MARKED_FOREIGN = (spanish.marked, portuguese.marked, french.marked, kreyol.marked)
FOREIGN_UNSEEN_SHARE = 0.4
# Times the sources cannot speak to: they end in June 2019.
_NOW = lazy_compile(
    # Every alternative but the last starts a word, so a position inside a word is skipped at
    # once instead of being tried by each of them (a third of the time a question takes to read).
    r"(?<!\w)(?:"
    # "Last year (like 2018)": the year the asker names, not the year before today. ("This week
    # or next week?" asks which, of a time the sources tell.)
    r"(?<!\blater )(?<!\bearlier )\b(last|this|past) (year|month|week)\b(?! of\b)"
    r"(?! or (?:the )?next\b)"
    r"(?!\W*(?:(?:like|i\.?e\.?|so|meaning|aka|i mean|as in|which was|that is|=)\W+)?"
    r"(?:fy ?|fiscal (?:year )?)?(?:19|20)\d\d)"
    r"|\b(today|yesterday|nowadays)\b|\bthis fiscal year\b|\bhasta (?:ahora|la fecha|hoy)\b"
    r"|\bhoy en d(?:i|\u00ed)a\b|\bahora mismo\b|\bactualmente\b|\ben la actualidad\b"
    # "¿Qué hizo Mark Morgan después de ICE?", "¿por qué renunció Spicer?": later lives.
    r"|\bdespues de (?:ice|dhs|la casa blanca|seguridad nacional)\b|\brenunci(?:o|ar|aron)\b"
    r"|\bse fue de (?:ice|dhs|la casa blanca|seguridad nacional)\b"
    # "¿Siguen vigentes hoy?", "¿los revocó alguna administración?", "o Trump vai conseguir?",
    # "a próxima batida".
    r"|\bhoy\b|\b(?:revoco|revocaron|derogo|derogaron|anulo|anularon)\b|\bvai conseguir\b"
    r"|\bproxima (?:batida|redada|operacao)\b"
    # "¿Qué fue de Vitiello?", "¿reforma migratoria este año?", "quantos foram realmente
    # contratados": what became of someone, this year's news, what was actually done.
    r"|\bq(?:ue)? fue de\b|\beste ano\b|\b(?:foram|foi|fueron|fue) (?:realmente|de verdad)\b"
    # "¿Empezaron esa semana o las pospusieron?", "¿va a haber más redadas este año?": what
    # became of the raids, and raids to come.
    r"|\b(?:pospusieron|pospuso|posponer|pospuestas?|suspendieron)\b"
    r"|\bva(?:n)? a haber (?:mas )?(?:redadas|operativos)\b"
    # "¿Qué pasó al fin con la señora Vizguerra?": what became of someone, after them ("al fin"
    # is read as "so").
    r"|\bq(?:ue)? paso (?:so|al final|despues|luego)\b"
    # "O México aceitou no fim das contas?", "oq aconteceu com a Vizguerra depois?".
    r"|\bno fim(?: das contas)?(?=\W*(?:$|[?.!,]))"
    r"|\b(?:o que|oq) aconteceu com\b[^?]*\b(?:depois|no final|no fim)\b"
    r"|\bq(?:ue)? paso con\b[^?]*\b(?:so|al final|despues|luego)\b"
    # "Quantas pessoas o ICE prendeu de verdade": how many it actually arrested, after them.
    r"|\b[a-z]+(?:eu|ou|aram|eram|aron|ieron|i\u00f3|ados|adas) de verdade?\b"
    # ... or before: "¿de verdad contrataron los 10 mil agentes?".
    r"|\bde verdad (?:[a-z]+ )?[a-z]+(?:aron|ieron)\b"
    # "As batidas aconteceram mesmo?", "kisa ki te rive Vizguerra apre?": whether it happened.
    r"|\b(?:aconteceram|aconteceu|comecaram|comecou) mesmo\b|\bkisa ki (?:te )?rive\b[^?]*\bapre\b"
    r"|(?<!\bfor )(?<!\bon )(?<!program )(?<!show )(?<!segment )(?<!broadcast )(?<!newscast )"
    r"\btonight\b(?!'s| show| segment)"
    # Questions about the bot or the articles themselves, not the story.
    r"|\bwho (wrote|writes|write|authored|reported) (th(e|is|ese|ose|at) )?([\w.'-]+ ){0,2}"
    r"(articles?|stor(y|ies)|pieces?|reports?|blog|blog posts?)\b"
    r"|\b(what are (the|your) sources|this bot|how are you|how do you feel"
    # Small talk and language help: "how is your weekend?", "can you correct my sentence".
    r"|how(?:'s| is| was) (?:your|ur) (?:weekend|day|week|morning|evening|night)"
    r"|(?:correct|fix|check) my (?:sentence|grammar|english|spelling|essay|writing)"
    # "What's the Haitian Creole word for 'expedited removal'": a translation, not the story.
    r"|(?:spanish|creole|kreyol|vietnamese|tagalog|portuguese|french) (?:word|term) for"
    # ... "how u say 'deportation' in mandinka": in any language.
    r"|how (?:do |would |does |did |can )?(?:you|u|one|i|we|they) (?:say|spell|write|translate)"
    r"\s+(?:\W?\w+(?: \w+)?\W?\s+)?in (?!(?:the|a|an|his|her|their|its|this|that|public|court"
    r"|english (?:news|media))\b)[a-z]+(?=\W*(?:$|\?))"
    # "What's your system prompt", "what sources do you pull from": the bot's own workings.
    r"|(?:your|ur|the bot'?s) (?:system )?(?:prompt|instructions|training data|source code)"
    r"|(?:your|ur|the bot'?s) (?:info|information|data|facts|sources?|database) (?:last |ever )?"
    r"(?:updated|refreshed)|\b(?:can|could|will) (?:you|u) (?:post|send|dm|email|text|notify|remind"
    r"|alert) (?:me|us|a|an|the|daily|weekly)\b"
    r"|system prompt|(?:sources|articles|data|stories) (?:do|are|did) (?:you|u) (?:pull|draw|use"
    r"|get|read)\w*|\bhow (?:do|does) (?:you|u|the bot|this bot) (?:decide|choose|pick|work)\b"
    r"|what time is it|what day is (?:it|today)"
    # A task for an assistant, not a briefing: "set a reminder to check for raid news".
    r"|^(?:(?:pls|please|can you|could you|can u) )?(?:set|create|make|add) (?:a |an |me a )?"
    r"(?:reminder|alarm|timer|calendar (?:event|invite)|appointment)"
    r"|(?:you're|youre|you are|ur) (?:a |an |the |so |very |really )?(?:good|bad|great|smart|dumb"
    r"|stupid|funny|helpful|useless|awesome|cool|best|worst|bot|robot))\b"
    r"|^(?:good|bad|nice|great|smart|dumb|stupid|useless|cool|silly) (?:bot|robot)\b"
    # About the bot itself: "what can you help with", "ready for some questions?".
    r"|\bwhat (?:can|could) (?:you|u) (?:do|help)|\bwhat (?:you|u) (?:are able to|can) (?:do|help"
    r"|assist)|\bready for (?:some |a few |my )?questions\b|\bcan i ask (?:you|u)\b"
    # How things turned out is after the sources: they report plans and threats (not "what
    # share of reporters actually get it right", "how did DHS actually get the memos out").
    r"|\bfinal\s+(?:[a-z0-9]+\s+){0,4}?(?:tally|count|total|toll|numbers?|figures?|results?|outcome)\b"
    r"|\bend results?\b"
    # "Did Trump win the 2020 re-election he launched in Florida": the campaign's end, after them.
    r"|\b(?:did|does|will|would|could) (?:[\w.'-]+ ){1,2}(?:win|lose) (?:the |his |that |a )?"
    r"(?:2020 )?(?:re-?election|reelection|election)\b"
    r"|\b(?:won|lost) (?:the |his |that )?(?:2020 )?(?:re-?election|reelection)\b"
    r"|\b(?:wins?|won|gets?|got) (?:another|a second|a 2nd|his second) term\b"
    # "this second Trump term, they really deportin millions now?": from 2025, after them.
    r"|\btrump'?s (?:second|2nd) term\b|\b(?:this|the) (?:second|2nd) trump (?:term"
    r"|administration)\b|\bthis (?:second|2nd) term\b|\btrump (?:second|2nd) term\b|\btrump 2\.0\b"
    r"|\bif (?:he|trump) (?:wins|gets re-?elected|is re-?elected|comes back|gets back in)\b"
    # "Did Vitiello get another government job after": his later life.
    r"|\b(?:get|got|land|landed|take|took) (?:another|a new|a different) (?:government )?(?:job"
    r"|post|position|role)\b"
    # "What eventually forced Trump to back off": what the sources say made it end, not an
    # outcome after them.
    # ("could deputies end up acting like immigration officers", "could someone charged end up
    # a priority": what the memos allow)
    r"|\b(end(ed)? up(?! (?:forcing|making|pushing|leading|causing|prompting|convincing|driving"
    r"|acting|serving|working|doing|helping|enforcing|checking|counted|considered|classified"
    r"|labell?ed|treated|prioriti[sz]ed"
    r"|(?:a |an |as (?:a |an )?)?(?:[\w-]+ )?(?:priorit\w*|targets?)"
    r"|on (?:the|a|their) (?:[\w-]+ )?list|among)\b)"
    r"|wind up|wound up|winds up|in the end"
    # (not "lo que hacia Obama al final", "al final de su mandato": the end of his term)
    r"|(?<!obama )(?<!bush )al final(?! de\b| del\b)"
    r"|(?:eventually|ultimately)(?! (?:forced|made|pushed|led|convinced|caused|prompted|drove)\b)"
    # (but "how many officers ICE actually got", at the end: what it has; "what day did the
    # guidance actually go official": its release)
    # ("someone who never actually got charged": who is asked about, not what became of them)
    # ("what were they afraid would actually happen": what was feared, as of the sources)
    r"|(?<!\bto )(?<!never )(?<!not )(?<!afraid would )(?<!scared would )(?<!worried would )"
    r"(?<!feared would )(?<!fear would )(?:actually|really|finally) (happen\w*|got(?!\W*$)"
    r"|get(?!\W*$)"
    r"|go(?! (?:after|official|public)\b)|went|sent"
    r"|deployed|signed up|sign up"
    r"|signed on(?! (?:this|that|these|those|it)\b)|sign on(?! (?:this|that|these|those|it)\b)"
    r"|joined|join|enlisted|build|built|create|created"
    r"|carried out|done|been (?:prosecuted|charged|convicted|jailed|hired)"
    r"|kick(?:ed)? off|start(?:ed)?|begin|began|launch(?:ed)?)"
    r"(?! (?:it|this|that) right\b| (?:the|that|those|these|them)(?: [\w'-]+){0,2} out\b)"
    # (not "has a president ever done that before": a precedent, before the story's time)
    r"|ever (?:happen\w*|carried out|go ahead|went ahead|take place|took place|launched|started)"
    r"(?! before\b)"
    # "Was Vizguerra ever deported": her fate after the sources (not "the most Obama ever
    # deported").
    r"|(?:was|were|is|has|have|did)\b[^?]{1,40}?\bever (?:been |gotten |got |get )?"
    r"(?:deported|removed)"
    # (Not "what did he say after that", "the 'but' part after that": the quote goes on.)
    r"|since then|later on(?=\W*$)|(?<!comes )(?<!came )(?<!say )(?<!said )(?<!part )(?<!line )"
    r"(?<!added )(?<!add )after that(?! (?!(?:what|did|does|do|has|have|was|were|is|are|who"
    r"|how)\b)\w))\b"
    # "Did they later drop the plan": what came after the sources (not "later that week").
    r"|^(?:(?:so|ok|okay|but|and) )?(?:did|has|have|had)\b.*\blater\b"
    r"(?! (?:that|this|on|the|in the)\b)"
    # "Congress funded the officers later or no?", "DACA got ended later in 2017?": the same,
    # asked as a statement.
    r"|\blater(?: on)? or (?:no|not)\W*$"
    r"|\b(?:got|get|was|were|been) [a-z]+(?:ed|en) later\b(?! (?:that|this|the same|the next)"
    r" (?:day|morning|afternoon|evening|night|week)\b)"
    r"|\bwho(?:'s| is| are)(?: the)? current\b"
    r"|^(?:the )?current (?:dhs|ice|homeland|head|director|secretary|boss|chief|acting)\b"
    # "Trump's first-year deportation count": 2017 as a whole, after the sources.
    r"|\btrump'?s? first[- ]year\b|\bfirst year (?:of|in) (?:trump'?s? )?(?:office|his term"
    r"|his presidency|the trump administration)\b"
    # "What's the name of ICE's current director": today's holder of the post.
    r"|\b(?:dhs|ice|homeland security|cbp|border patrol)(?:'s|s)? current (?:acting )?(?:head"
    r"|director|secretary|boss|chief|commissioner|leader)\b"
    r"|(?<!\bwas the )(?<!\bwere the )\bcurrent (?:acting )?(?:dhs|ice|homeland security|cbp"
    r"|border patrol) (?:head|director"
    r"|secretary|boss|chief|commissioner|leader)\b"
    # "Who is the DHS secretary now", "where is she now": today, not the story's time.
    r"|\bwho(?:'s|s| is| are) the(?: \w+){1,3} now\b"
    r"|\bwhere(?:'s|s| is| are)\b.*\b(?:now|these days|nowadays)\b"
    r"|\bdoing now\b|\bcurrently\b(?! (?:says|reads|has|shows|lists)\b)|\b(?:doing|up to) these days\b"
    r"|\bup to now\b"
    r"|\bstill (?:around|exists?|active|operating|in business|a thing)\W*$"
    # "Is Mark Morgan still at ICE": where someone is today.
    r"|^(?:(?:so|and|but|ok|okay) )?(?:is|are) (?:[\w.'-]+ ){1,3}?still (?:at|with|in charge|running"
    r"|in (?:the )?(?:senate|congress|house|office|cabinet|job|post|role|seat|power)\b"
    r"|heading|leading|the head|head of|director|working)\b"
    r"|\bnext time\b|\bwho (?:runs|leads|heads)\b[^?]*\b(?:now|these days|nowadays|rn|right now"
    r"|currently|today)\b"
    r"|\bwho(?:'s| is) (?:running|leading|heading|in charge)\b[^?]*\b(?:now|these days|nowadays)\b"
    # "Did the raids start on the 24th", "Trump called off the raids, right?": what became of them.
    r"|^(?:(?:so|and|but|ok|okay) )?did (?:the |those |these )?(?:(?:family|ice|june|july|2019"
    r"|big|planned|mass) ){0,3}(?:raids?|operation|sweeps?)"
    r" (?:ever |even |actually |really )?(?:start|begin|happen|go ahead|take place|kick off)\b"
    r"|\b(?:call(?:ed|s)? off|postpone[ds]?|delay(?:ed|s)?|cancel(?:l?ed|s)?|push(?:ed)? back)"
    r" (?:the )?(?:family )?(?:raids?|operation|sweeps?)\b"
    r"|\bcall(?:ed|s)? (?:em|'em|them) off\b"
    # "Is DACA still around now": how things stand today, not as of the sources.
    r"|^(?:is|are|does|do)\b[^?]*\bstill\b[^?]*\b(?:now|anymore|these days)\b"
    # "Are raids happening right now", "what's the latest": the present, not the story's time.
    # (not "the countries had big differences at the moment": the moment of the story)
    r"|\bright now\b|(?<!differences )(?<!difference )\bat the moment\b"
    r"(?! (?:of|when|he|she|they)\b)|\bat present\b|\bpresently\b|\bas of (now|today)\b"
    # "Is net migration still around zero like pew said or has that changed since": today.
    r"|\bhas (?:that|it|this|anything) changed(?: since| since then)?\W*$"
    # "What time does the committee hearing start tmrw": a schedule of today's.
    r"|^what time (?:does|do|is|will)\b"
    r"|\bas we speak\b|\blatest\b|\bnewest\b|\bmost recent\b|\bup to date\b"
    # Beyond the sources' horizon: "next month", "in the coming year", "will Mexico ever pay".
    r"|\b(?:next|coming) (?:year|month|summer|winter|spring|fall|autumn)s?\b|^will\b.*\bever\b"
    # "Will there be another push after the election": after the next election, not the 2016 one.
    r"|^will\b[^?]*\b(?:after|following) the (?:20\d\d )?elections?\b"
    r"|\b(?:before|after|following) the (?:2020|2024|next|upcoming) elections?\b"
    r"|^(?:(?:so|and|but|ok|okay)\W+)?(?:is|are|will)\b[^?]*\b(?:gonna|going to|will)\b[^?]*"
    r"\bbefore the elections?\b"
    # "Is Congress gonna pass reform soon", "where will she be in 5 years": predictions.
    r"|^(?:is|are)\b.*\b(?:gonna|going to)\b.*\b(?:soon|someday|some day|one day|eventually)\b"
    r"|\bwill\b.*\b(?:in|within|over) (?:the )?(?:next |coming )?(?:\d+|a|one|two|three|four|five"
    r"|ten|a few|a couple(?: of)?) (?:more )?(?:years?|months?|decades?)\b"
    # "What is the group called now": its name today.
    r"|\b(?:called|named|known as) now\b|\bnow (?:called|named|known as)\b"
    # "Did they really hire the officers", "were parents actually prosecuted", "at the end, did
    # Mexico pay": how a plan turned out, which the sources (reporting plans) cannot say. Not
    # "did Trump really say it": what someone said is in the sources.
    r"|^(?:(?:so|ok|okay|but|and|at the end|in the end),? )*(?:did|were|was)\b"
    r"(?![^?]*\b(?:ever|admit\w*|say|said|claim\w*|tell|told|promis\w*|warn\w*|reasons?"
    r"|explain\w*"
    r"|insist\w*|argu\w*|announc\w*|confirm\w*|den(?:y|ied)|acknowledg\w*|question\w*|quot\w*"
    r"|report\w*)\b)"
    # "Did ICE actually do anything to get ready in June 2019": a month the sources tell of.
    r"(?![^?]*\bin (?:early |mid-?|late )?(?:june|february|feb) (?:of )?(?:2019|2017)\b)"
    # "Did ICE actually beef up ERO before the June raids": the run-up the 2019 story reports.
    r"(?![^?]*\bbefore (?:the )?(?:june |2019 |family |planned )*(?:raids?|operation|sweeps?)\b)"
    # "Was there really a plan to use the Guard": whether it was proposed, which is reported.
    r"(?! there (?:really|actually) (?:a|any) (?:plan|proposal|draft|idea|memo)\b)"
    # "Was it actually Kelly?": who said it (not "was it actually enforced?").
    r"(?! (?:it|that|this) (?:really|actually) (?![\w'-]*(?:ed|en)\?)[\w'-]+(?: [\w'-]+)?\?)"
    r"[^?]*\b(?:actually|really|finally|eventually)\b"
    r"(?! (?:say|said|tell|told|mean|meant|claim|claimed|call|called|describe|described|promise"
    r"|promised|think|thought|believe|want|wanted|tweet|tweeted|warn|warned|threaten|threatened"
    r"|write|wrote|announce|announced|talk|talked|mention|mentioned|suggest|suggested|float"
    r"|imply|implied|implying|saying|suggesting|meaning|threatening|promising|calling"
    r"|floated|propose|proposed|know|knew|understand|understood|realize|realized|rule|ruled"
    r"|use the word|use the phrase|used the word|used the phrase|gripe|griped|complain|complained"
    r"|criticize|criticized|criticise|criticised|mock|mocked|slam|slammed|argue|argued|note|noted"
    r"|campaign|campaigned|run on|ran on|run hard|ran hard|run as|ran as"
    r"|point out|pointed out|report|reported|quote|quoted|cite|cited|admit|admitted|deny|denied"
    r"|add|added|invoke|invoked"  # ("did spicer really add 'potentially more'": what he said)
    # ... nor "did the guidelines actually allow police to act as agents": what they provide.
    r"|allow|allows|permit|permits|authorize|authorise|let|require|requires|direct|directs"
    r"|mandate|mandates|call for|order|include|includes|cover|covers|say that|mean that)\b)"
    # ("were communities actually getting scared": a mood the sources report, not an outcome)
    r"(?! (?:getting |feeling |being |that |so )?(?:scared|afraid|worried|frightened|terrified"
    r"|panick\w*|nervous|fearful|angry|upset|concerned|freak\w*|growing|rising|spreading"
    r"|mounting)\b)"
    r"|^(?:at|in) the end\b|\bwhat (?:happened|happens) next\b"
    # "Was he ever convicted": someone's fate after the story.
    r"|(?:^|[.?!]\s+)(?:was|were|has|have|had) (?:he|she|they|[\w'-]+) ever (?:been |gotten |got )?"
    r"(?:convicted|charged|indicted|arrested|jailed|sentenced|prosecuted|fired|impeached)\b"
    # "Did Mexico ever agree", "did Spicer ever correct it": whether it happened later.
    # Not "did Trump ever talk about a deportation force": what someone said is reported.
    # ("whatever happened to vizguerra, did she ever get her order cancelled": the same, asked
    # after a comma)
    r"|(?:^|(?<=, ))(?:(?:so|ok|okay|but|and|wait),? )*did\b(?![^?]*\b(?:say|said|tell|told|talk"
    r"|talked|speak|spoke|mention\w*"
    r"|tweet\w*|suggest\w*|float\w*|propos\w*|threaten\w*|warn\w*|call\w*"
    r"|as of|before|by (?:june|20\d\d))\b)[^?]*\bever\b"
    # (nor "did trump claim a rate nobody's ever seen": a superlative, not a later time)
    r"(?! (?:seen|before|recorded|known|witnessed)\b)"
    # ...but "did the Guard plan ever get adopted" is answered: it was "never adopted"; nor
    # "did Trump ever admit nobody knows": what he said (not "ever correct his claim").
    r"(?! (?:get |got |been |be )?adopted\b)(?! (?:really |actually |publicly |openly )?"
    r"(?:admit|acknowledg|conced|claim|promis|vow|pledg|insist|den(?:y|ied)|explain|estimat"
    r"|guess)\w*)"
    # "Will Trump deport 11 million next term": a later term, after the story (not "when did he
    # start running for a second term": the 2019 rally).
    # ("the end of Obama's second term" is past: the sources tell of it).
    r"|(?<!\brunning for a )(?<!\brun for a )(?<!\bbid for a )(?<!\bobama's )(?<!\bobamas )"
    r"\b(?:next|second|2nd) term\b"
    # "When will the backlog finally be cleared": a prediction.
    r"|^(?:when|will)\b[^?]*\bwill\b[^?]*\bfinally\b|^will\b[^?]*\bfinally\b"
    # "When will the notices actually come out": when it did, after the sources.
    r"|^when will\b[^?]*\b(?:actually|really|finally)\b"
    # "What will immigration look like after the 2020 election", "is the wall ever gonna be built".
    r"|\bwhat will\b.*\blook like\b|\bever (?:actually |really )?(?:gonna|going to)\b"
    # "Who's the reporter that wrote the NYT piece": the articles' authors, not the story.
    r"|\b(?:reporter|journalist|author|writer)s? (?:who|that) wrote\b"
    # "What did Morgan do after ICE", "what happened to Vitiello after his nomination was pulled":
    # someone's later life, after the story (not "what happened after the tweet").
    r"|\bwhat(?:'s| is)? (?:gonna|going to|gunna) happen (?:to|with)\b"
    # ... as typed: "what happen to her later", "what happen with him after".
    r"|\bwhat (?:happen|happens) (?:to|with) [\w'-]+(?: [\w'-]+)? (?:later|after|afterwards"
    r"|next|in the end|at the end|eventually)\b"
    r"|\bever (?:been |get |got )?(?:formally |officially |actually )?(?:rescinded|repealed"
    r"|revoked|enjoined|struck down|overturned)\b"
    r"|\bwhatever happened (?:to|with|w)\b"
    # ... or after the story's part in it: "what did vitiello go on to do after trump yanked his
    # nomination".
    r"|\b(?:go|goes|went|gone) on to (?:do|become|be|work|run|lead|head|join|serve|take|land)\b"
    r"|\b(?:what happened (?:to|with)"
    r"|what (?:did|has|have) [\w'-]+(?: [\w'-]+)? (?:do|done|end up doing)"
    # "What job did Kelly go to after Homeland Security": his next post.
    r"|what (?:job|jobs|position|post|role|work) (?:did|has|have) [\w'-]+(?: [\w'-]+)? (?:go to"
    r"|take|get|have|land|move to|do)"
    r"|where did [\w'-]+(?: [\w'-]+)? go) [^?]*\bafter\b(?! (?:the |trump'?s? |that |this )?(?:\w+ )?"
    r"(?:tweet|tweets|memos?|call|rally|announcement|release|rollout|orders?|remarks?|visit)\b)"
    # "Kelly after DHS?": his later life, asked in three words.
    r"|^(?:and |so |ok )?(?:general |gen\.? |secretary )?[\w'-]+ after (?:dhs|homeland security"
    r"|ice|the white house|leaving (?:dhs|ice|office))\W*$"
    r"|\b(?:actually|finally) (?:start|started|began|begin|take effect|took effect|hire|hired"
    r"|launch\w*"
    r"|end|ended|rescind\w*|terminat\w*|scrap\w*|stop\w*|pass|passed)\b"
    # "Will Congress pass reform soon", "will she get deported someday": predictions.
    r"|^will\b.*\b(?:soon|someday|some day|one day|eventually)\b"
    # Requests for writing, not questions: "can you write me a headline".
    r"|\b(?:can|could|would) (?:you|u) (?:please )?(?:write|draft|compose|generate|create|make)\b"
    # "Is Morgan still ICE director": whether the story's state of things lasted until now.
    # Whether someone still holds a post, or something is still going on, is a question about
    # today; whether a policy still stands is answered as of the sources ("is DACA still in
    # place": as of February 2017, yes).
    r"|^(?:is|are|was|were|does|do|has|have)\b.*\bstill\b.*\b(?:director|secretary|head|chief"
    r"|president|commissioner|spokes\w+|in office|in charge|in power|in (?:the|that|his|her) job"
    r"|on the job|employed|alive)\b"
    # ... or still works where the story had them: "does martinez-de-castro still work at la raza".
    r"|\bstill (?:work|works|working|serve|serves|serving) (?:at|for|with)\b"
    r"|^(?:is|are|was|were)\b.*\bstill (?:the|a|an|acting|serving|running|happening|going on"
    r"|ongoing|underway|continuing)\b"
    # (but "is he still a removal priority": under the memos, as of the sources)
    r"(?!(?: [\w-]+){0,2} (?:priority|priorities|target|targets)\b)"
    # (nor "is that still a thing under kelly": as of the memos)
    r"(?![^?]*\bunder (?:kelly|trump|the (?:new |kelly )?(?:memos?|rules|policies|guidance)"
    r"|these|those)\b)"
    # Predictions: whether something will work or last, or happen again after the story.
    r"|\b(?:stay|last|remain|survive|be around)\w* (?:\w+ ){0,3}?much longer\b|\bin the future\b|\bgoing to be (?:any )?more\b"
    r"|\b(?:any|more) \w+ after (?:this|that|these|those)\b"
    r"|\bwill (?:it|they|this|that|these|the \w+(?: \w+)?) (?:actually |really |ever )?"
    r"(?:work|succeed|last|pay off|stay|remain)\b"
    r"(?! (?:with|for|on|as|in|at|to|within|inside|under|true|legal|humane|calm)\b)"
    r")"
    # "Are you a bot", not the impersonal you of a rule: "if you were charged, are you a priority".
    r"|(?:^|[,.!?;]\s*)(?:so |but |and |hey |ok |okay )?are you\b(?!(?: now| still)? (?:a |an )?"
    r"(?:(?:deportation|removal|enforcement|ice|top|high) )?(?:priority|priorities|target"
    r"|deportable|eligible|safe|covered|affected|at risk|in danger"
    r"|allowed|able to|going to be|gonna be|considered|subject))"
)
# Requests no news source answers: advice for the asker ("what should I do if ICE knocks",
# "can I get a lawyer"), the bot's own opinion or judgement ("do you support ICE", "is Kelly a
# good person", "are the memos racist"), and questions about the bot itself ("what's your name").
_ADVICE = lazy_compile(
    r"(?<!\w)(?:"  # each alternative starts a word (as in _NOW)
    r"\bwhat (?:should|can|could|must) (?:i|we|he|she|they|you|u|my \w+|someone|people|families"
    r"|parents|immigrants|folks) do\b"
    # ... in a learner's word order: "what he should do now", "what i can do".
    r"|\bwhat (?:i|we|he|she|they|my \w+) (?:should|can|must) do\b"
    r"|\bwhat (?:do|does) (?:i|we|you|u|my \w+|someone|people) do\b"
    r"|\bshould (?:i|we|my \w+|our \w+)\b"
    r"(?! (?:cite|attribute|note|describe|characteri[sz]e|frame|word|phrase|present|explain"
    r"|reconcile|square|(?:handle|treat) (?:the|this|that|these|those) (?:discrepanc\w+|conflict"
    r"|disagreement|difference|dispute|numbers|figures))\b)"
    # "Should undocumented people skip their ICE check-ins now": what anyone should do.
    r"|\bshould (?:(?:undocumented|immigrant|dreamer|daca) )?(?:people|folks|immigrants|families"
    r"|parents|someone|anyone) (?:skip|go to|show up|attend|stop|avoid|keep|still|just|stay"
    r"|leave|hide|carry)\b"
    # "my cousin's on DACA, should she renew now or wait": what the asker's own should do.
    r"|\bshould (?:he|she|they) (?:renew|apply|travel|leave|hide|skip|wait|sign|check in"
    r"|show up|go to (?:the|his|her|their) (?:check-?in|appointment|hearing|court))\b"
    r"|\bdo (?:i|we) (?:have|need) to\b|\bhow (?:do|can|should|could) (?:i|we)\b"
    # ... but "how do we describe Make the Road" asks how the coverage does.
    r"(?! (?:describe|characterize|characterise|refer to|identify|label|spell|word|phrase"
    r"|square|reconcile|explain|explain both|cover|frame|present|summarize|summarise|cite|attribute"
    r"|note|(?:handle|treat) (?:the|this|that|these|those) (?:discrepanc\w+|conflict|disagreement"
    r"|difference|dispute|numbers|figures))\b)"
    # "Do I tell her to show up or not?": what the asker should tell someone.
    r"|\b(?:do|should) (?:i|we) (?:tell|advise|recommend|encourage) (?:her|him|them|my \w+"
    r"|our \w+|the client)\b"
    # How-to: "how to appeal a removal order", "stay of removal how to", "how do you apply";
    # "ice at the door what now".
    r"|^(?:\w+ )?how to\b|\bhow to\W*$|(?<!a )(?<!is )\bwhat now\W*$"
    r"|\bhow (?:do|can|would) (?:you|u|one|someone|people) (?:apply|appeal|file|get|find|renew"
    r"|sponsor|put|fight|stop|report|contact|become|qualify|check|send|visit)\b"
    r"|(?<!non-)(?<!non )(?<!not a )(?<!no )(?<!not )\b(?:lawyers?|attorneys?|abogad[oa]s?)\b"
    # (nor how they took the news: "how did immigration lawyers and advocates react")
    r"(?![^?.]*\b(?:react|reacted|reacting|reaction|reactions|respond|responded|response)\b)"
    # (not the words' style: "the lawyer-y 'chargeable' phrase", "in lawyer speak"; nor who
    # passed a claim on: "a private bar attorney in the hallway said the memos killed DACA")
    r"(?!-(?:y|ish|speak|ese)\b| (?:speak|talk|language|jargon|terms|words)\b"
    r"|(?: [\w'-]+){0,4} (?:said|says|told (?:me|us)|claimed|claims|thinks|thought|mentioned"
    r"|swears|swore|insists|insisted)\b)"
    # "Can my citizen kid sponsor me", "safe to fly with daca?", "find a detained relative how".
    r"|\b(?:sponsor|petition for) (?:me|us)\b|^(?:is it )?safe to\b"
    # "Can a citizen kid petition for their undocumented mom or dad": the law on petitions.
    r"|\b(?:sponsor|petition for) (?:their|his|her|my|your|a) (?:undocumented )?(?:parents?|moms?"
    r"|dads?|mothers?|fathers?|relatives?|family)\b"
    r"|^(?:find|locate|contact|reach|get|help|apply|appeal|fight|stop|prove|prepare)\b[^?]*\bhow\W*$"
    # (not advice disclaimed, "not asking for legal advice, just what the memo says", nor where
    # the asker works: "patron volunteers at a legal aid org")
    r"|(?<!not asking for )(?<!not looking for )(?<!not )(?<!at a )(?<!at the )(?<!at our )"
    r"\b(?:legal (?:help|aid|advice)|hotline"
    # (not the asker's handout: "for the know your rights flyer")
    r"|know (?:your|my) rights(?! (?:flyer|flier|card|cards|workshop|training|pamphlet|handout"
    r"|sheet|session|night|poster|presentation|materials?|table|tabling|booth|event|clinic"
    r"|fair|slides?|zine|info)\b)"
    r"|(?:my|our) (?:legal )?rights|near me|advise me|help me(?! (?:to )?understand\b)"
    r"|(?<!not asking for legal )(?<!not looking for legal )(?<!not legal )(?<!no legal )advice)\b"
    # "What's the best way to get a DHS official on the record": how the asker should act (not
    # "the best way to describe the memos", which asks what the sources say).
    r"|\bbest way (?:to|for (?:me|us) to)\b(?! (?:describe|summari[sz]e|explain|characteri[sz]e"
    r"|put it|sum up|phrase|word|understand|think about)\b)"
    # "What do I tell her", "who do we call": what the asker should do.
    r"|\bwhat (?:do|should|can) (?:i|we) (?:say|tell)\b"
    r"|\bwho (?:do|should|can) (?:i|we) (?:call|contact|talk to|ask|turn to)\b"
    # "Can my boss report me to ICE", "will the school turn us in".
    r"|\b(?:report|reports|reported|turn|turns) (?:me|us)(?: in)?\b"
    # "Can ICE arrest someone inside a church": the law on places, which no source gives.
    # ("are ice agents allowed to arrest ppl at church")
    r"|\b(?:can|are|is) (?:ice|agents|immigration|officers|la migra|they)(?: agents| officers)?"
    r" (?:allowed to |able to |permitted to )?(?:arrest"
    r"|detain|pick (?:\w+ )?up|go|come|enter|raid|get)\b[^?]*\b(?:inside|in|into|at) (?:a |the "
    r"|my |our )?(?:church|churches|school|schools|hospital|hospitals|courthouses?|court)\b"
    # "Does the memo let ICE arrest people at courthouses?"
    r"|\b(?:let|lets|allow|allows) (?:ice|agents|officers|immigration|them) (?:to )?"
    r"(?:arrest|detain)\b[^?]*\b(?:at|in|inside) (?:a |the )?(?:courthouses?|courts?|schools?"
    r"|churches|hospitals?)\b"
    # "Are churches officially places ICE can't arrest people", "the sensitive locations policy".
    r"|\b(?:places?|locations?|spots?) (?:where )?(?:ice|agents|officers|immigration|they|la migra)"
    r" (?:can'?t|cannot|can not|(?:is|are)(?:n'?t| not) allowed to|won'?t) (?:arrest|go|enter|raid"
    r"|detain)\b|\bsensitive locations?\b|\bprotected areas?\b"
    # ... asked in Spanish: "¿ICE puede arrestar a alguien en la corte?", "¿en los hospitales?"
    r"|\b(?:ice|la migra|los agentes|inmigracion) (?:puede|pueden) (?:arrestar|agarrar|detener"
    r"|entrar)\b[^?]*\ben (?:la |el |los |las |una |un )?(?:cortes?|juzgados?|hospital(?:es)?"
    r"|iglesias?|escuelas?)\b"
    # The asker's own case in Spanish: "tengo mi cita en la corte ... ¿me pueden arrestar?",
    # "¿eso me protege?".
    # (not "¿me pueden deportar sin ver juez?", what the memos allow)
    r"|\b(?:me|nos) (?:pueden|puede|van a|podrian|podr\u00edan) (?:arrestar|detener)\b"
    r"|\b(?:me|nos) (?:protege|protegen)\b|\bsi me (?:agarran|arrestan|detienen)\b"
    # "¿Se puede reabrir el caso? ¿cómo se hace eso?": how to do it, in Spanish.
    r"|\bcomo se hace\b|\bque (?:tengo|debo) (?:que )?hacer\b"
    # The asker's own case: "when does my DACA expire", "is my visa safe"; what will become of
    # the asker or their people: "is my uncle gonna get deported", "will I be picked up".
    r"|\bis it safe\b"
    # "I'm on DACA, can I visit my grandma in Mexico": what the asker may do.
    r"|\bcan (?:i|we|my \w+) (?:still )?(?:visit|travel|leave|fly|go back|come back|re-?enter"
    r"|work|drive|vote)\b"
    # "Will ICE raid my neighborhood", "are they coming to our church".
    r"|\b(?:will|would|could|might|is|are) (?:ice|they|immigration|la migra|the raids?|agents)"
    r" (?:[\w']+ ){0,2}?(?:in|to|at|near|into|on)? ?(?:my|our|mi) (?:city|town|county|area|neighborhood"
    r"|neighbourhood|house|home|street|building|block|work|job|school|church)\b"
    # "Could I get deported", "is my son gonna be ok" (but "could I get the key measures" asks
    # for them).
    r"|^(?:\w+ )?(?:is|are|will|would|could|might|am) (?:i|my|mi|our) "
    # (but "is our county sheriff going to act like an immigration officer" asks what the memos
    # let local police do)
    r"(?!(?:(?:county|city|town|local) )?(?:sheriffs?|police|cops|deputies|jail)\b)"
    r"(?:[\w']+ ){0,2}?(?:gonna|going to|be|get(?! the\b))\b"
    # Not a debate case: "for my neg case, which source argues ...".
    r"|\bmy (?:(?!neg\b|aff\b|debate\b)\w+ )?(?:daca|status|case|visa|green card|papers|permit"
    r"|work permit|application|hearing"
    r"|court date|check-in|check in|removal order|deportation order)\b"
    # (but "for my case intro" is a debater's case)
    r"(?! (?:intro|introduction|outline|file|prep|opener|speech|cards?)\b)"
    # (nor "my DACA friend says": someone the asker knows, not the asker's case)
    r"(?!(?:'s)? (?:friends?|buddy|buddies|coworkers?|classmates?|students?|cousins?|roommates?"
    r"|homies?|neighbou?rs?)\b)"
    # "Can i get asylum if im from honduras" (not a request: "can I get the full quote"), "my
    # cousin was charged, is he gonna get deported", "should he hide in a church".
    r"|\b(?:can|could|will|would|may) i (?:get|apply|stay|keep|qualify|still)\b"
    r"(?!\s+(?:(?:the|a|an|that|this|those|these|more|some|any|his|her|their)\s+)?"
    r"(?:(?:full|exact|whole|complete|actual|original|direct|super|really|very|quick|short|brief"
    r"|fast|simple|rough|plain|clean)\s+){0,3}(?:quotes?|line|lines|text"
    r"|sources?|links?|numbers?|figures?|wording|list|summary|recap|rundown|citations?|cites?"
    r"|dates?|(?:main |key |basic )?(?:measures|points|highlights|details|facts|overview|gist"
    r"|basics|bullets|bullet points|takeaways|version|info|information))\b)"
    r"|\bis (?:he|she) (?:gonna|going to) (?:get|be)\b"
    r"|\bshould (?:he|she) (?:go|leave|hide|stay|apply|move|sign|hire|get|run|report|skip|miss"
    r"|attend|show up|appeal|fight|pay|trust|talk|tell|open|answer)\b"
    r"|\b(?:can|could) (?:he|she|they) (?:appeal|apply|qualify|fight|sue)\b"
    # ... in Spanish: "deberia ir o buscar santuario", "que hago".
    r"|\b(?:deberia|deberiamos|debo|debe|deber\u00eda|deber\u00edamos) (?:ir|irse|presentarse"
    r"|buscar|esconderse|quedarse|salir|contratar|firmar|pagar|mudarse)\b"
    r"|(?:^|(?<=\u00bf)|(?<=[?.!,] ))qu[e\u00e9] (?:hago|hacemos|debo hacer|deberia hacer"
    r"|deber\u00eda hacer)\b"
    # "¿Le conviene ir o no?", "es pecado reportar a alguien": whether it is wise, or right.
    r"|\b(?:le|me|nos|les|te) conviene\b|^\W*(?:es|seria|ser\u00eda) pecado\b"
    # ... in Portuguese: "devo ir no meu check-in ou é melhor não ir?", "o q vcs acham".
    r"|\bdevo (?:ir|ficar|fugir|assinar|pagar|sair)\b|\be melhor (?:nao )?(?:ir|ficar|sair)\b"
    r"|\bo (?:que|q) (?:vcs|voces|vc|voce) acham?\b"
    # ... in Creole: "èske li ta dwe al kache nan yon legliz".
    r"|\b(?:li|mwen|m|nou|yo) (?:ta )?dwe (?:al|ale|kache|rete|pati|siyen|peye)\b"
    # "Can ICE legally arrest someone inside a church": the law, which the sources do not rule on.
    r"|\b(?:can|could|may) (?:ice|they|agents|officers|police|cops|the police|immigration|i|we"
    r"|my \w+|our \w+) (?:legally|lawfully)\b"
    # "Is it legal for our church to ...", "does having an asylum case protect you from it": the
    # asker's own case.
    r"|\bis it (?:legal|illegal|allowed|ok|okay) (?:for (?:me|us|my|our|a|an|someone|people)\b"
    r"|for\s+to\b|to (?:hide|shelter|house|harbor|harbour|help|drive|hire|rent to)\b)"
    r"|\b(?:protect|protects|keep|keeps|save|saves|shield|shields) (?:you|u|me|us|her|him) from\b"
    # "Can my church legally give me sanctuary", "would the church hide us".
    r"|\b(?:give|gives|offer|offers) (?:me|us) (?:sanctuary|shelter|refuge)\b"
    r"|\b(?:hide|shelter|house|protect|harbor|harbour) (?:me|us)\b"
    r")"
)
_JUDGEMENT = lazy_compile(
    r"(?<!\w)(?:"  # each alternative but the last starts a word (as in _NOW)
    # The law's judgement, which no source gives: "is turning local cops into immigration
    # officers even constitutional??", "would that violate equal protection?", "which case would
    # we cite"; and what would have been: "if mexico said no, whats DHS's plan B", "what if
    # congress had funded the wall, would trump still have pushed the raids".
    r"^(?![^?]*\b(?:trump|call\w*|according|said|say|think|thought|believe)\b)[^?]*\b(?:is|are"
    r"|was|were|would|be)\b[^?]{0,60}?\b(?:un)?constitutional\b"
    r"|\bwould (?:that|it|this|they|these|those) violate\b|\bwhich (?:case|cases|precedent)"
    r" (?:would|should|could|do|can) (?:we|i|you)\b|\bplan b\b"
    r"|\bwhat if\b[^?]*\b(?:had|would|were)\b"
    r"|\b(?:do|did|would|will|can|could) (?:you|u) (?:think|support|like|believe|agree|feel|want"
    r"|prefer|recommend|approve)\b|\bwhat do (?:you|u) think\b"
    # "Yall think Trump was right on this or no": the bot's view asked, "do" left out.
    r"|^(?:(?:so|ok|okay|honestly|real talk),? )?(?:do |d'?)?(?:y'?all|you guys|u guys|you|u)"
    r" (?:think|reckon"
    r"|believe|feel)\b"
    r"|\b(?:your|ur) (?:honest |personal |own |real |gut )?(?:opinion|view|views"
    r"|take|thoughts|name)\b"
    # ... in Spanish: "¿usted qué opina, ...?", "qué piensas tú", "su opinión".
    r"|\b(?:usted|tu|t\u00fa|vos) q(?:ue|u\u00e9)? (?:opina|opinas|piensa|piensas|cree|crees)\b"
    r"|\b(?:ustedes|usted) (?:creen|cree|piensan|piensa|opinan) q(?:ue)?\b"
    r"|\bq(?:ue|u\u00e9)? (?:opina|opinas|piensa|piensas) (?:usted|tu|t\u00fa|vos)\b"
    r"|\b(?:su|tu) (?:opinion|opini\u00f3n)\b"
    r"|\bwho (?:made|built|created|programmed|coded|wrote|configured|trained|designed|runs)"
    r" (?:you|u)\b"
    # About the bot itself: "what model are you running on", "how often is your fact base updated".
    r"|\bwhat (?:model|llm|ai) (?:are|r) (?:you|u)\b|\b(?:your|ur) (?:fact base|database|data"
    r"|knowledge base|training)\b"
    # "Honestly do we even need ICE", "Spicer's excuse was pure spin, right?", "Menendez right
    # that it's xenophobic?": a verdict.
    r"|\bdo we (?:even |really |still )?need\b|\b(?:pure|just|total) spin\b"
    r"|^(?!(?:is|was) (?:it|that|this)\b)(?:(?:was|is) )?[\w.'-]+(?: [\w.'-]+)? right that\b"
    # ("Is it right to say DHS released them on Tuesday": a claim to check, not a verdict.)
    # ("Who said it's wrong to treat a criminal like a mom": whose words, not a verdict.)
    r"|^(?!.*\b(?:said|says|say|argued|argues|thinks|thought)(?: that)? (?:it'?s|it is|it was)"
    r" wrong to\b).*\bwrong to\b|(?<!\bit )\bright to\b"
    # ... "is it right for a church to hide someone", "is it ok for churches to ..." (not "is it
    # fair to say", "is it ok to ask").
    r"|\bit (?:(?:right|moral|ethical) (?:for (?:a |an |the )?[\w'-]+(?: [\w'-]+)? )?|(?:ok|okay"
    r"|fair) for (?:a |an |the )?[\w'-]+(?: [\w'-]+)? )to\b(?! (?:say|call|describe|write|report"
    r"|put|state|attribute)\b(?!.*\b(?:lie|lied|lying|liars?|racist|evil|cruel|illegal)\b))|\b(?:do|does) (?:you|u) have (?:any )?(?:feelings|emotions|opinions?"
    r"|thoughts|a view)\b|\bif (?:you|u) were (?:her|him|them|me)\b"
    r"|\bif (?:you|u) were in (?:her|his|their|my) (?:shoes|place)\b|\bwould (?:you|u) have\b"
    # "Should Trump call off the raids", "who was worse for immigrants": a verdict, not a fact.
    r"|^should (?!i\b|we\b|my\b|our\b|u\b|you\b)(?!.*\b(?:according to|per|say|says|said)\b)"
    r"|\bwho(?: was| is| were|'s|s) (?:the )?(?:worse|better|worst|best|bigger|biggest|tougher"
    r"|harsher|stricter|meaner|nicer|softer|crueler|crueller|toughest|harshest|strictest"
    r"|more to blame|to blame)\b"
    # ... "which one was worse for our people, trump or obama" (not "which figure is bigger" or
    # "which is better, 410k or 434k": which source to go by).
    r"|\bwhich(?: one| of (?:them|the two|those)| president| administration)?(?: was| is| were|'s)"
    r" (?:the )?(?:worse|worst|tougher|harsher|stricter|meaner|nicer|softer|crueler|crueller"
    r"|more to blame)\b"
    r"|\bwhich side(?:'s|s| is| was| are)?(?: (?:objectively|morally|actually|really))?"
    r" (?:right|wrong|correct|better|worse|winning)\b"
    # "Kelly vs Spicer, who wins", "was Kelly right or just covering for Trump": a verdict.
    r"|\bwho (?:wins|would win|will win)\b"
    # "Is that blog biased", "is spicer's excuse believable": a verdict on a source or a claim.
    r"|\b(?:is|was|are|were) (?:that|this|the|his|her|their|[\w.'-]+'s?)(?: [\w\"'.-]+){0,3}"
    r" (?:biased|one[- ]sided|propaganda|believable|convincing)\b"
    # "Who was more honest about the numbers, Spicer or Trump", "the dumbest excuse ever".
    r"|\b(?:who|which(?: one| source| paper| outlet| number| figure)?)(?: was| is| were|'s|s)?"
    r" (?:more|less|most|least) (?:honest|truthful|credible|trustworthy|believable|reliable)\b|\b(?:dumbest|stupidest|craziest|worst|smartest)"
    r" (?:thing|idea|excuse|move|policy|line|take|plan)(?: [\w']+){0,2} ever\b"
    r"|^(?:(?:so|but|and|ok|okay) )?(?:was|is) (?!(?:it|that|this|there|i|we|you|u)\b)[a-z.'-]+"
    r"(?: [a-z.'-]+)? (?:right|wrong) or\b"
    # "Was Kelly right": a verdict (but "was Spicer wrong" may be what the Post says).
    r"|^(?:(?:so|but|and|ok|okay) )?(?:was|is|were|are) (?!(?:it|that|this|there|i|we|you|u)\b)"
    r"(?![^?]*\b(?:number|figure|count|stat|estimate|million|claim|quote|date)s?\b)"
    r"[a-z.'-]+(?: [a-z.'-]+)? right\W*$"
    # "Was Kelly lying", "is Spicer just a liar": a verdict (not "did Menendez call it a lie").
    r"|^\W*(?:(?:be honest|honestly|seriously|real talk|so|ok|okay|but),? )?"
    r"(?:is|was|are|were|did)\b(?:(?!\b(?:say|says|said|call|calls|called|accus\w+|claim\w*)\b)"
    r".)*\b(?:lying|liars?|lied|dishonest)\b"
    # "Was Kelly being honest or just doing PR": a verdict on someone's candour.
    r"|\b(?:is|was|are|were) (?:[\w.'-]+ ){1,3}?being (?:honest|truthful|straight|sincere|genuine"
    r"|upfront|straightforward|candid)\b"
    # A task, not a question: "write a haiku about the call", "translate it to portuguese",
    # "roast spicer", "a limerick about ...".
    r"|^(?:(?:please|pls|plz|can you|could you|can u|would you|hey|ok|now|bot|just) )*(?:write|draft"
    r"|compose|translate|roast|rewrite|make up)\b(?! (?:a |me a |up )?(?:summary|recap|rundown))"
    # ... but "draft says Trump said 30 million - confirm", "draft line: '...' ok to run?" is
    # the asker's draft, a claim to check.
    r"(?! (?:says|said|reads|has|had|is|was|claims|states|attributes|quotes|credits|cites)\b)"
    # ... nor "draft proposal would have used 10,000 troops": a draft of the story's own.
    r"(?! (?:proposal|plan|memo|memos|order|orders|version|document)\b)"
    r"(?!(?: line| copy| text| sentence| graf)?(?: for review)?\s*:)"
    r"|\b(?:haiku|limerick|poem|sonnet|rap song)\b|\btell (?:me |us )?(?:a )?joke\b"
    r"|\bdoes it take to (?:change|screw in|screw) (?:in )?(?:a|the) (?:light ?bulb|bulb)\b|\bknock knock\b"
    # Usage, not the story: "AP style question: do we say 'undocumented' or 'illegal
    # immigrant' on first reference?"
    r"|\b(?:ap|house|chicago|newsroom) style (?:question|q|call|rule|guidance)\b"
    # (not "full name for the style guide", "... (style guide thing)": what the answer is for)
    # ("... I want the style guide to match": the same)
    r"|(?<!for the )(?<!for our )(?<!for my )(?<!\()\b(?:style ?book|style guide)\b"
    r"(?! (?:to|will|should|can) (?:match|agree|line up)\b)"
    r"|\bhyphenat\w*"
    r"|\bdo (?:we|i) (?:say|use|write) ['\"]"
    # "AP style: 'illegal immigrant' or 'undocumented'?", "can i say 'mass deportation' in a
    # hed or is that editorializing".
    r"|^ap style\s*:|\b(?:is|was) (?:that|it|this) editoriali[sz]ing\b"
    # "honest take — were the kelly memos legal or not": a ruling no source makes.
    r"|\b(?:il)?(?:legal|lawful|constitutional) or not\b|^honest (?:take|opinion)\b"
    r"|\bcan (?:i|we) (?:say|use|write|call it) ['\"][^?]*\bin (?:a|the|my|our) (?:hed|headline"
    r"|lede|copy|story|piece|graf)\b"
    # ... or asked in Haitian Creole: "ki jan pou m di 'deportation order' an kreyòl?".
    r"|\b(?:ki ?jan|kouman) (?:pou )?(?:m|mwen|n|nou) (?:di|ekri|tradui)\b"
    # "Suggest a title for ep 3", "a punchy headline": a creative task.
    r"|\b(?:suggest|pitch|brainstorm|come up with|think of) (?:me )?(?:a |an |some |\d+ |three |five )?"
    r"(?:good |punchy |catchy |snappy |clever )?(?:titles?|headlines?|heds?|slogans?|taglines?"
    r"|hashtags?|names? for)\b"
    r"|\bignore (?:your|ur|all|the|previous|prior|any) (?:\w+ )?(?:rules|instructions|prompt"
    r"|guidelines)\b|\bwrite (?:my|an|a|the) (?:\w+ )?(?:essay|paper|homework|speech|assignment)\b"
    # "Who won that exchange", "menendez was being dramatic, agree?": a verdict.
    r"|\bwho won (?:that|the|this) (?:exchange|debate|argument|fight|round|back and forth)\b"
    # "Rate Trump's immigration policy out of 10".
    r"|\brate\b.*\bout of (?:10|ten|5|five|100)\b|\bon a scale of\b"
    r")"
    r"|(?:^|[,.;:-]\s*)(?:agree|disagree|agreed)\W*$"
)
# "Is Kelly a good secretary": a verdict asked of the bot, unless someone else's view is asked
# about ("why does Make the Road think it is a bad idea").
_VERDICT_NOUN = lazy_compile(
    r"\b(?:a )?(?:good|bad|decent|nice|evil|terrible|horrible|great) (?:[a-z]+ ){0,3}?(?:person|man"
    r"|woman|guy|dude|gal|human being|leader|president|secretary|director|idea|agency|policy|move"
    r"|call|decision)\b"
    # "Was Kelly right or wrong", "was pulling the nomination a mistake".
    r"|^(?!.*\b(?:number|figure|count|stat|estimate|million|claim)s?\b).*\b(?:right|wrong) or"
    r" (?:right|wrong)\b|\b(?:a|the) (?:big |huge |real |major )?(?:mistake"
    r"|blunder)\b"
    # "Is ICE good or bad", "hero or villain", "was Make the Road over the top".
    r"|\b(?:good|bad)(?: guy| person| thing)? or (?:a )?(?:bad|good)\b(?:(?! for\b)[^?])*?(?:\?|$)"
    r"|\bhero(?:es)? or (?:a )?villains?\b|\b(?:over the top|overboard|overreact\w*)\b"
    # "Are these raids just a campaign stunt": a verdict on motives.
    r"|\bjust (?:a |an )?(?:campaign |political |publicity |pr )?(?:stunt|ploy|show|distraction"
    r"|theater|theatre|scam|hoax)\b"
)
_REPORTED = lazy_compile(
    r"\b(?:does|do|did) (?!you\b|u\b)[\w' ]{1,40}? (?:think|say|believe|argue|consider|call)\b"
    r"|\b(?:thinks|says|said|believes|argues|argued|called|calls|considers)\b|\baccording to\b"
)
# A yes/no question whose predicate is a moral verdict asks for a judgement, not a fact.
_VERDICT = lazy_compile(
    r"^(?:(?:honestly|so|ok|okay|but|and),? )?(?:is|are|was|were)\b.*\b(?:racist|moral|immoral"
    r"|ethical|unethical|evil|cruel|fair|unfair|justified|humane|inhumane|(?:morally|ethically)"
    r" (?:wrong|right|ok|okay|acceptable|defensible|bankrupt)"
    # "Honestly is Spicer's 'adjective' excuse BS".
    r"|bs|b\.s\.|bullshit|garbage|nonsense|ridiculous|laughable|absurd|hypocritical|shameful"
    r"|disgraceful|a joke|a disgrace)"
    r"(?: (?:for|about) (?:all )?(?:this|that|it))?"
    r"(?:\W+(?:(?:i (?:need|want) (?:a |an |your )?)?(?:yes or no|honest take"
    r"|straight answer)|or not|true or false|be honest|honestly))?\W*$"
)
# "Is it true Menendez called the memos 'morally bankrupt'": whether someone said it, which the
# sources report, not a verdict asked of the bot.
_VERDICT_REPORTED = lazy_compile(
    r"^\W*(?:is|was) (?:it|that|this) (?:true|right|correct|accurate)\b.*\b(?:called|calls|said"
    r"|says|described|labell?ed|branded)\b"
)
# "How did the White House explain it" asks for a statement; "how did Kelly say it" does not.
_EXPLAINED = frozenset(
    {
        "explain", "explained", "justify", "justified", "defend", "defended", "square", "squared",
        "reconcile", "reconciled", "clarify", "clarified",
    }
)  # fmt: skip
# "How did Obama respond": his reaction, which only a statement of his can give.
_REACTED = frozenset({"react", "reacted", "respond", "responded", "reply", "replied"})
# "what did X say", "did X tell", "X tweeted": the people in X must be the speaker.
_SAID_BY = lazy_compile(
    # (Not "doing what the pres told them": what they were told, not what he said.)
    r"(?<!\bdoing )(?<!\bdo )(?<!\bdid )(?<!\bdone )(?<!\bfollowing )(?<!\bfollow )"
    r"\b(?:what|did|does|do|has|have|how)\b(?P<who>(?:\s+[\w'.-]+){1,5}?)\s+"
    r"(?P<verb>say|said|says|tell|told|tweet|tweeted|write|wrote|claim|claimed|argue|argued"
    r"|warn|warned|promise|promised|announce|announced|pledge|pledged|vow|vowed|insist|insisted"
    # "How did Obama respond": his reaction, which only a statement of his can give; "how did the
    # White House explain it": an explanation is a statement too.
    rf"|{'|'.join(sorted(_REACTED | _EXPLAINED))}"
    # "Did Kelly clap back at Menendez": his answer, which only a statement of his can give.
    r"|clap back|clapped back|hit back|fire back|fired back|push back|pushed back|answer"
    r"|answered"
    # "Did Tillerson make any statement in Mexico City": his words.
    r"|(?:make|made|give|gave|issue|issued) (?:a |an |any )?(?:public )?(?:statement|statements"
    r"|remarks|comments?|speech|speeches))\b"
)
# ... or asked after the verb: "obama said what about the kelly memos", "kelly say what?" (not
# after a claim it sets against: "trump says millions, dhs officials say what", whose side is
# anyone's who answered him).
_SAID_WHAT = lazy_compile(
    r"^(?P<who>[\w'.-]+(?: [\w'.-]+){0,3}?) (?P<verb>say|said|says|tweet|tweeted"
    r"|tell|told|promise|promised) what\b"
)
# ... in Spanish and Portuguese, the verb first: "¿qué dijo Rex Tillerson en la Ciudad de México?",
# "o que o Tillerson falou lá?" (the name is one to three words, up to a word that is not one).
_NOT_NAME_ES = r"(?!(?:en|de|del|sobre|a|al|cuando|que|con|para|y|o|e|no|na|do|da|acerca|la|el)\b)"
_SAID_BY_ES = lazy_compile(
    r"\bque (?P<verb>dijo|dijeron|declaro|declararon|tuiteo|escribio|prometio|prometieron"
    r"|respondio|respondieron|contesto|comento|comentaron|opino|opinaron)"
    rf"(?: (?:el|la|los|las))? (?P<who>{_NOT_NAME_ES}[\w'.-]+(?: {_NOT_NAME_ES}[\w'.-]+){{0,2}})"
)
_SAID_BY_PT = lazy_compile(
    rf"\bo (?:que|q) (?:o |a |os |as )?(?P<who>{_NOT_NAME_ES}[\w'.-]+(?: {_NOT_NAME_ES}[\w'.-]+)"
    r"{0,2}) (?P<verb>disse|falou|disseram|falaram|declarou|comentou|respondeu|prometeu)\b"
)
GUESSED_SPEAKER_WEIGHT = 0.25
# Who a claim says said it: "tillerson was the one that said ...", "was it spicer who called".
_SPEAKER_GUESSED = lazy_compile(
    r"\b(?P<who>[\w.'-]+(?: [\w.'-]+)?) (?:was|is|were) (?:the one|the guy|the person|the"
    r" official|the senator) (?:who|that) (?:said|says|called|tweeted|promised|pledged|told|wrote"
    r"|came up with|coined)\b"
    r"|\b(?:was|is|wasn'?t|isn'?t) it (?P<who2>[\w.'-]+(?: [\w.'-]+)?) (?:who|that)"
    r" (?:said|says|called|tweeted|promised|pledged|told|wrote|came up with|coined)\b"
    # "... as a Kelly quote. Was it actually Kelly?"
    r"|\b(?:was|is) (?:it|that|this) (?:really|actually) (?P<who3>[\w.'-]+(?: [\w.'-]+)?)\?"
)
# "Back when those Kelly memos dropped, did the Trump people try to calm folks down": the memos
# by their signer's name, as the time of what is asked (not what is asked about: "did a judge
# block the Kelly memos" asks about them).
_MEMOS_OF = lazy_compile(
    r"\b(?:when|after|once|since|before|as soon as|right as) (?:the |those |these |his )?"
    r"(?P<who>[\w.'-]+?)(?:'s?)? (?:memos?|memorandums?|memoranda|directives|policies|rules"
    r"|guidelines|guidance|orders)\b"
)
# "How many did ICE deport in 2015", "ICE removals in 2012": deporting is what the agency does,
# so it is who counts them, not a name the fact with the figure must carry.
_DEPORTER = lazy_compile(
    r"\bhow many (?:(?:people|ppl|persons|immigrants|migrants|folks) )?(?:did|has|have|had)"
    r" (?P<who>ice|ero|dhs) (?:(?:actually|really|ultimately) )?(?:deport|remove)\b"
    r"|\b(?P<who2>ice|ero|dhs)(?:'s)? (?:deportations|removals)\b"
)
# "...say about the wall while he was in Mexico": what was said is about the words up to the
# next clause.
_SAID_ABOUT = lazy_compile(
    r"\b(?:(?:say|said|says|think|thought|tweet|tweeted|comment|commented|tell|told)"
    r"(?: \w+)?? (?:about|regarding)|'s (?:take|thoughts|reaction) (?:on|about|to)) (?P<topic>[\w'-]+(?: [\w'-]+){0,4}?)"
    r"(?=\W*$|[,;?]| (?:while|when|at|in|during|after|before|on|to|and|or|but|that)\b)"
)
# "Does the memo say anything about courthouse arrests": whether the sources speak of it at all,
# so a fact must (up to the next clause, as above).
# What a yes-no question in the passive is about: "were the raids postponed", "was the guard
# plan ever adopted".
_PASSIVE_SUBJECT = lazy_compile(
    r"^(?:were|was|are|is|has|have|had)(?: all)? (?:the|those|these|that|this) (?P<subject>[\w'-]+)"
    r" (?:\w+ly |ever |even |actually |really |just |all )?(?:been )?\w+ed\b"
)
_ANYTHING_ABOUT = lazy_compile(
    r"\b(?:memos?|memorandums?|memoranda|directives?|guidance|rules|polic(?:y|ies)|articles?"
    r"|pieces?|post|blog|stor(?:y|ies)|reports?|times|it|they|sources?|statements?|groups?|ny"
    r"|nyc|dhs|ice) (?:ever |even |actually )?"
    r"(?:say|said|says|mention|mentions|mentioned|talk|talks|cover|covers|address|addresses)"
    r" (?:anything|something|a word|much) (?:at all )?(?:about|on|regarding|re)"
    r" (?P<topic>[\w'-]+(?: [\w'-]+){0,5}?)"
    r"(?=\W*$|[,;?]| (?:while|when|during|after|before|or|but|that|because|bc|since)\b)"
)
# "Did Tillerson also rule out the military": whether someone did what the asker knows another
# did. A fact about them must tell that very thing.
_ALSO = lazy_compile(
    r"^\W*(?:(?:so|and|but|ok|okay|wait|hmm|then)\W+)*(?:did|does|do|has|have|had|was|were|is"
    r"|are|would|will|could) (?P<who>(?:[\w.'-]+ ){1,4}?)also (?P<done>.+)$"
)
_WROTE_DOCUMENT = lazy_compile(
    r"\s+(?:the |these |those |his |her |their |that |this )?"
    r"(?:memos?|guidelines|rules|directives|orders?|polic(?:y|ies)|them|it|these|those)\b"
)
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "personally"})
# "What did former President Obama say": when the speaker held the title, which names no one
# (but "the former ICE acting director" is Vitiello, not the acting director of the time).
_TITLE_TIME = frozenset({"former", "then", "ex", "outgoing", "current", "late"})


def _titled_then(span: Sequence[str], i: int) -> bool:
    """Return whether `span[i]` only dates a president's title ("former President Obama")."""
    return span[i] in _TITLE_TIME and span[i + 1 : i + 2] == ["president"]


# "Tillerson's remarks", "Kelly's comments on ...": what the owner said.
# "Need a Tillerson quote from the meetings": the quote's speaker is named before it.
_QUOTE_OF = lazy_compile(
    r"\b(?:a|an|any|some) (?P<who>[\w.-]+(?: [\w.-]+)?) (?:quotes?|remarks?|comments?)\b"
)
# What others made of someone's words, then the name they are whose: "the point of [Trump]",
# "the Times reads [Morgan]" (searched up to the end of `_REMARKS_OF`'s name).
_NOT_THEIR_WORDS = lazy_compile(
    r"\b(?:(?:point|purpose|goal|aim|intent|intention|motive|thinking|strategy) (?:of|behind)"
    r"|reason for|(?:reading|interpretation|analysis|spin|take) (?:of|on)"
    r"|(?:reads?|sees?|saw|interprets?|interpreted|takes?|took|frames?|framed"
    r"|characteri[sz]es?|characteri[sz]ed|think|thinks|thought|make of|made of))"
    r" (?:[\w.-]+ ){0,2}[\w.-]+$"
)
# A headline's "X reaction to Y", its possessive left out: X's reaction.
_HEADLINE_REACTION = lazy_compile(
    r"^\W*(?P<who>[\w.-]+(?: [\w.-]+)?) (?:reaction|reactions|response|responses|reax"
    r"|comments?|remarks?) (?:to|on|about|re)\b",
    re.IGNORECASE,
)
# "Any quotes from Tillerson", "a statement by Videgaray": words that someone said.
_QUOTE_FROM = lazy_compile(
    r"\b(?:quotes?|remarks?|comments?|statements?|words) (?:from|by) (?:the )?"
    r"(?P<who>[\w.-]+(?: [\w.-]+){0,2})"
)
# (But in "ICE leadership's reaction to Trump's tweet" the tweet is what they reacted to.)
_REMARKS_OF = lazy_compile(
    r"(?<!\bto )(?<!\babout )(?<!\bover )(?<!\bafter )(?<!\bby )"
    r"(?<![\w.-])(?P<who>(?:(?!(?:to|about|over|after|by) )[\w.-]+ ){0,2}[\w.-]+)'s (?:remarks?|comments?"
    r"|statements?|words|quotes?|tweets?|message|answer|response|take|reaction|thoughts"
    r"|assessment|characteri[sz]ation|framing|line(?= (?:on|about|re)\b))\b"
)
# The actor slot of "what did X do/think", "X's reaction": a word there the story never uses
# is a person or body it does not cover ("what did biden do", "schumer's reaction").
_ACTOR_SLOT = lazy_compile(
    # ("the mayor of Denver": up to three words, then an "of" phrase)
    r"\b(?:what|how|did|does|has|have|was|is)\b"
    r"(?P<who>(?:\s+[\w'.-]+){1,3}?(?:\s+of(?:\s+the)?\s+[\w'.-]+)?)\s+"
    r"(?:say|said|says|tell|told|tweet|tweeted|do|does|did|think|thought|decide|decided"
    r"|react|reacted|respond|responded|feel|felt|want|wanted|change|changed|comment|commented"
    r"|criticize|criticized|criticise|criticised|object|objected|condemn|condemned|oppose"
    r"|opposed|announce|announced)\b"
    r"|(?P<owner>[\w.-]+)'s (?:reaction|response|take|view|views|position|stance|opinion|plan)\b"
)
# "What nice things did Kelly say": the words before "did" are what is asked for, and the one
# who acts comes after it.
_ACTS_LATER = lazy_compile(
    r"\s+(?!(?:about|to|with|for|in|on|at|after|before|when|while|that|this|it|so|and|or|but"
    r"|then|next|there|here|if|because|as|wrong|right|well)\b)[a-z]"
)
_MODAL = word_set("might could would will should can may must shall")
# "Here three years", "a year and a half": numbers in words weigh as numbers in digits do.
_SPELLED_NUMBERS = word_set(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty"
    " hundred half dozen"
)
_ARTICLES = frozenset({"the", "a", "an", "s", "did", "does", "do", "has", "have"})
_SHARE_OF = word_set("rest some many most any all none each one both half part lot lots")
# "before the 2019 raids": a year used as a landmark, not asked about.
_REFERENCE = frozenset(
    {"before", "after", "since", "until", "prior", "ahead", "leading", "preceding"}
)
_OPINION = lazy_compile(
    r"\b(say|said|says|tell|told|think|thinks|thought|react\w*|respon\w*|call\w*|claim\w*"
    r"|argu\w*|critic\w*|feel\w*|view|opinion|quot\w*|statement|tweet\w*|warn\w*|promis\w*"
    r"|remarks?|comment\w*|pledg\w*|accus\w*|complain\w*|message)\b"
)
# A document as the one saying: "summarize what the memos say", "what do the guidelines say".
_DOCUMENT_SAYS = lazy_compile(
    r"\b(?:memos?|guidelines|directives|guidance|rules|documents?|policy|policies|orders?)"
    r" (?:actually |really |even |exactly )?(?:say|says|said)\b"
)
_COMPARES = lazy_compile(
    r"\b(?:compar\w*|vs\.?|versus|stacks? up|stacked up|against|than|from \d{4} to \d{4})\b"
)
_CONTRAST = lazy_compile(
    r"\b(who'?s right|which is (it|right|true|correct)|contradict\w*|disagree\w*|conflict\w*"
    r"|versus|vs\.?|at odds|differ\w*|same thing|which one|what'?s the deal|do they agree"
    r"|agree|clash\w*|who(?:'?s| is| has)(?: got)? (?:it )?right|which (?:one )?is accurate"
    r"|(?:on )?the same page|see eye to eye|saw eye to eye"
    # "...? which number correct", "bro which number is real".
    r"|which (?:number|figure|one)(?: is)?(?: the)? (?:correct|right|real|true|accurate)"
    # "...? which to believe", "who do i believe".
    r"|(?:which|who|whom)(?: one| number| figure)? (?:to|do i|should i|do we|should we) believe"
    # ... in Spanish: "¿a quién le creo?", "¿quién tiene razón?", "¿en qué quedamos?".
    r"|a quien (?:le )?(?:creo|creemos|hay que creer)|quien tiene (?:la )?razon|en que quedamos)\b"
    # "one article says the peak was 2012 another says 2013": two sources, each with its own.
    r"|\b(?:one|an?) (?:article|source|story|paper|report|outlet)s? (?:says|said)\b[^?]{1,60}?"
    r"\b(?:another|the other)(?: one| article| source| story| paper| report)? (?:says|said)\b"
    # "Kelly says no troops, Trump says military operation": two sides, each saying its own.
    # (and as a learner types it: "spicer say 15 million, trump say 30 million")
    r"|\b(?:says|said|say|claims|claimed)\b[^,;?]{2,60}(?:,|;| but| and| while| -| \u2014)"
    r"\s+(?:[\w.'-]+ ){1,3}?(?:says|said|say|claims|claimed|claim)\b"
    # "DHS officials say otherwise", "what do the two sides say", "how do I square those two".
    r"|\b(?:says|said|say|claims|claim|claimed) otherwise\b|\b(?:the|both) (?:two )?sides\b"
    # "... the officials said something else. what's the discrepancy?"
    r"|\bdiscrepanc\w*|\b(?:says|said|say) (?:something else|something different|the opposite)\b"
    r"|\b(?:i|we|you|u) (?:square|reconcile)\b|\bsquare (?:those|these|them|both)\b"
    # "Spicer's number or Pew's": whose figure, each a side.
    r"|\b[\w.-]+'s (?:number|figure|estimate|count|numbers|figures|estimates) or [\w.-]+'s?(?!\w)"
)
# A blank in a quote to fill in: "'we do not need a ____ in the communities' - fill in"; each
# side of it is quoted.
_BLANK = lazy_compile(r"_{2,}|\.{3,}|\u2026|\[(?:blank|\.\.\.|\?+)\]|\(blank\)|\bblank\b")
MIN_QUOTED_WORDS = 2


def _unblanked(quote: str) -> list[str]:
    """Return the parts of a quote around its blanks (the whole quote when it has none)."""
    parts = _BLANK.split(quote)
    return parts if len(parts) == 1 else [p for p in parts if len(words(p)) >= MIN_QUOTED_WORDS]


# Quoted words, in double quotes or in single ones ('they know, they know'); an apostrophe inside
# a word ("Trump's", 'we're') neither opens nor closes a single-quoted phrase.
_QUOTED = lazy_compile(r'"([^"]{6,})"|(?<!\w)\'((?:[^\']|\'(?=\w)){6,}?)\'(?!\w)')
# Chat markup that is not part of the question: Slack and Discord mentions of users, roles,
# channels and groups (`<@U1>`, `<@!1>`, `<@&1>`, `<#C1|general>`, `<!here>`), links
# (`<https://x|y>`, bare URLs), custom emoji (`<:ok:1>`, `:thumbsup:`), timestamps, commands.
_MARKUP = lazy_compile(
    r"<(?:[@#!]|a?:\w+:|t:|/|https?://|mailto:)[^<>]*>"
    r"|\bhttps?://\S+"
    r"|(?<![\w@])@(?:everyone|here|channel)\b"
    # The bot itself, by name, anywhere: "kelly memos kill daca y/n @briefbot"; or greeted first:
    # "hey briefbot, ...", "briefbot: ..." (not "who built briefbot").
    r"|(?<![\w@])@brief[ _-]?bot\b[:,?]?"
    r"|^\s*(?:(?:hey|hi|hello|yo|ok|okay|dear|hola|oye|ola|salut) )?brief[ _-]?bot\b[:,?]?"
    # A teammate addressed, typed as plain text: "@research do we have the 2016 total".
    r"|^\s*@[\w.-]+\b[:,]?(?=\s+(?:what|who|whom|whose|when|where|why|which|how|do|does|did|is"
    r"|are|was|were|can|could|will|would|has|have|any|pls|please|quick|ok|okay|need|we need|hey"
    r"|so|is it)\b)"
    r"|(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:])",
    re.IGNORECASE,
)
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))  # Slack escapes these three
MARKUP_CHARS = 2000  # markup is stripped from this much of the raw text, then MAX_CHARS read
_YES_NO = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should"}
    | {"has", "have", "had", "may", "might"}
    # "Don't those clash?", "isn't ICE hiring?": words() reads "n't" as part of the word.
    | {"dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "wont"}
    | {"wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt"}
)
# Places users name that this story is not about; lower-case typing defeats the capital-letter
# check, so they are listed. One that a fact does name (Mexico, Florida) is in the vocabulary
# and stays answerable.
_ABROAD = word_set(
    """
    canada uk britain england france germany italy spain china japan india russia ukraine
    australia brazil cuba haiti venezuela colombia honduras guatemala salvador nicaragua
    europe africa asia israel iran iraq syria afghanistan korea philippines vietnam pakistan
    sweden norway denmark finland netherlands belgium switzerland austria poland ireland
    scotland greece portugal turkey egypt nigeria kenya ethiopia somalia sudan yemen libya
    lebanon jordan saudi qatar bangladesh indonesia thailand malaysia taiwan singapore peru
    chile argentina ecuador bolivia venezuelan dominican jamaica
    mali senegal cameroon congo liberia guinea gambia zimbabwe zambia uganda tanzania rwanda
    eritrea morocco algeria tunisia nepal bhutan burma myanmar cambodia laos mongolia uzbekistan
    kazakhstan kyrgyzstan tajikistan turkmenistan armenia romania moldova albania serbia
    croatia hungary lithuania latvia estonia belarus paraguay uruguay panama belize bahamas
    trinidad guyana suriname fiji tonga
    paris london berlin rome madrid tokyo beijing moscow toronto vancouver montreal sydney
    dublin brussels geneva lisbon athens cairo delhi mumbai tijuana juarez
    """
)
_US_PLACES = word_set(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming chicago
    houston phoenix philadelphia seattle boston atlanta miami dallas austin portland detroit
    baltimore newark nashville memphis orlando tampa sacramento oakland minneapolis pittsburgh
    cleveland cincinnati milwaukee albuquerque tucson laredo brownsville mcallen paso
    carolina hampshire orleans vegas diego francisco angeles
    """
)
PLACES = _ABROAD | _US_PLACES
# "My grandson born in Chicago", "mis cipotes nacieron en Houston": born here, a citizen (not a
# question about Chicago).
_BORN_IN_PLACE = lazy_compile(
    r"\b(?:born|nacieron|naci[oó]|nacidos?|nacidas?)(?:"
    # ("born here in Omaha": wherever "here" is)
    r" (?:here|right here|aqui|aca) (?:in|en) (?-i:[A-Z][\w.'-]*(?: [A-Z][a-z][\w.'-]*)?)"
    r"|(?: (?:here|right here|aqui|aca))? (?:in|en)"
    r" (?:(?:new|san|los|las|el|st\.?|saint|north|south|west) )?"
    rf"(?:{'|'.join(sorted(_US_PLACES, key=lambda p: (-len(p), p)))}|nj|ny|nyc"
    # ... or a state by its initials, typed in capitals ("nacio en mi pueblo" is no Michigan).
    r"|(?-i:TX|CA|FL|IL|AZ|NM|GA|NC|VA|MD|MA|PA|WA|CO|NV|MN|OH|MI)))\b",
    re.IGNORECASE,
)


# "Did DHS tell CNN it would start today or tomorrow": the day someone spoke of, in the sources.
def _reporting_verb(reported: re.Match[str]) -> str:
    verb = reported[0].split(maxsplit=1)[0]
    return f" {verb} " if verb in _SAYING_VERBS else " "


_LINE_WORDS = word_set("line lines")
_LINE_KINDS = word_set("hard in party front bottom dead time tough harder")
_THE_LINE = word_set("of across over cross crossed crossing")
_SAYING_VERBS = word_set("say said says tell told tells claims claimed quote quoted")
_REPORTED_TODAY = lazy_compile(
    r"\b(?:today or tomorrow|tomorrow or today)\b"
    # "How backed up are immigration courts right now per the piece": the piece's present.
    r"|\b(?:right now|today|currently|now)\b[^?]*?\b(?:per|according to|in) (?:the|this|that)"
    r" (?:piece|article|story|post|report|coverage|times)\b"
    # "Pew says there's 12 million right now", "CNN quote - is this changing today": the
    # source's present.
    r"|\b(?:says|said|say|tell|told|tells|claims|claimed|according to|per|quote|quoted)\b[^?]*?"
    r"\b(?:right now|today|currently)\b"
    r"|\b(?:official|officials|spokes\w+|source|sources) to (?:cnn|reporters|the press|the times"
    r"|the post|nbc|abc|cbs|fox)\b[^?]*?\b(?:today|tomorrow)\b"
    # "The blog's take: the rules set up rounding everyone up eventually, is that what it argues":
    # what a source argues will come, not how things turned out.
    r"|\b(?:argues|argued|argue|warns|warned|predicts|predicted|take|says|said)\b[^?]*?"
    r"\b(?:eventually|ultimately)\b"
    r"|\b(?:eventually|ultimately)\b[^?]*?\b(?:argues|argued|warns|warned|predicts|predicted)\b"
    r"|\b(?:say|said|says|told|tell|tells|quoted|according to)\b.*?\b(?:would|will|was going to"
    r"|were going to|wasn't going to|wasnt going to|not) (?:\w+ ){0,3}?(?:today|tomorrow)\b"
    # "How often would non-Mexicans actually get sent to Mexico": how often it was meant to be,
    # which the officials said, not how it turned out.
    r"|\bhow (?:often|frequently|commonly) (?:would|will|could|are|is|do|does)\b[^?]*?"
    r"\b(?:actually|really)\b"
    r"|\b(?:say|said|says)\b[^?]*?\b(?:would|will)\b (?:actually|really)\b"
    # "Historically, what has the Guard actually done at the border": its past, not an outcome.
    r"|\b(?:historically|in the past|previously|traditionally)\b[^?]*?\b(?:actually|really)\b"
    r"|\b(?:actually|really)\b[^?]*?\b(?:historically|in the past|previously|traditionally"
    r"|(?:ever )?before(?=\s*(?:[-\u2013\u2014?.,!]|$)|\s+(?:with|w|in|on|at|for|to|border)\b))"
    # "What did Guard troops do before at the border, did they ever arrest people": the past.
    r"|\b(?:before|historically|in the past|previously)\b[^?]*?,\s*did (?:they|it|he|she) ever\b"
    # ... "did national guard ever arrest immigrants in the past".
    r"|\bever\b[^?]*?\b(?:in the past|historically|previously)(?=\W*$)"
)
# The words that make a question ask how something turned out ("did it ever actually happen"):
# a question that reads as after the sources only for them asks for an outcome.
_OUTCOME_WORDS = lazy_compile(
    r"\b(?:ever|actually|really|finally|eventually|ultimately|end(?:ed)? up|in the end"
    r"|at the end|since then|after that|later)\b"
)
# "Did it ever go through" asks what became of it; "will it ever" asks the future.
# "Did DHS ever put a number on it" asks what was said, not what became of a plan.
_PAST_ASKED = lazy_compile(
    r"^(?!.*\b(?:will|gonna|going to)\b)"
    r"(?!.*\b(?:put|puts|give|gave|given) (?:a|any) (?:number|figure|estimate|count)\b)"
    r".*(?:\b(?:did|was|were|has|have|had|ended up|wound up|made)\b"
    # ... or said in the past: "that national guard plan, they adopted it in the end or no".
    # ("trump got his wall in the end?": a past the verb makes on its own.)
    r"|\b(?:they|it|he|she|ice|dhs|trump|kelly|congress) (?:[a-z]+ed|got|gave|took|won|lost|kept"
    r"|built|paid|sent|brought|caught|left|went|came|became|began|ran|found|held)\b)"
)
# "I heard there was a plan to use the Guard. did that actually get adopted": the claim told,
# then a yes/no question about what became of it.
_LAST_ASKS_PAST = lazy_compile(r"[.!?;:]\s+(?:did|was|were|has|have|had)\b[^.!?]*\W*$")
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
# Languages, capitalised but no one the story is about: "in plain English or Spanish please".
# Fewer than _LANGUAGE lists: "Haitian", "Somali" or "Korean" may name whom a question asks about
# ("were Haitian families targeted"), so they stay unknown names.
_LANGUAGES = word_set("english spanish french portuguese mandarin cantonese creole kreyol tagalog")
# Apps a rumour reaches the asker on, or the asker works for, capitalised but no one the story
# is about: "is that fake news from WhatsApp", "my uncle drive Uber in DC".
_APPS = word_set(
    "whatsapp facebook tiktok instagram telegram wechat weibo viber snapchat nextdoor uber lyft"
    " doordash instacart"
)
# Public figures, news outlets, groups and police forces the sources never mention, typed in
# lower case as often as not ("pelosi reaction to the raids", "what did msnbc say", "will nypd
# help ice"): a question about one of them is about someone the story does not cover.
OTHER_PEOPLE = word_set(
    """
    pelosi schumer biden mcconnell kamala sanders bernie ocasio aoc cheney clinton reagan
    romney mccain rubio desantis newsom cuomo giuliani bannon kushner ivanka pence nielsen
    mcaleenan cuccinelli homan obrador amlo trudeau merkel putin macron coulter hannity
    limbaugh tucker jeh albence kobach mayorkas napolitano chertoff arpaio bolton miller
    kirstjen carlson ingraham dobbs
    msnbc breitbart axios wsj bbc vox huffpost cbs nbc univision telemundo bloomberg
    aclu mpi nypd lapd pentagon mattis
    palantir accenture corecivic
    """
)
# Attributes a question may ask of something; a fact that does not state it cannot answer.
ATTRIBUTES = word_set(
    "name names title titles codename nickname age birthday salary address website budget"
    " phone email wife husband religion party deadline deadlines definition define defined"
    " criteria criterion outcome verdict ruling penalty penalties union discrepancy sentence"
    " requirements qualifications average examples"
    " sentences venue percent percentage proportion background bio biography career hometown"
    " branch fee fees degree diploma breakdown method methodology byline bylines"
    " nicknames birthdays hometowns"
)
# Seasons: "by summer 2019" says when, with the year that is checked.
_SEASONS = word_set("summer winter spring fall autumn")
# Words before "sentence" that make it a sentence of a quote or an article.
_QUOTED_SENTENCE = word_set(
    "full whole exact complete next previous first last entire same that this those these two"
    " one both 2 3 three quoted following other closing opening mid middle"
)
# An attribute word that is part of another noun: a phone call is not a phone number.
_NOT_ATTRIBUTE = {
    "phone": frozenset({"call", "calls", "briefing"}),
    # "Hometown police": the town's own police, not where someone is from.
    "hometown": word_set("police cops cop sheriffs sheriff forces force departments department pd"),
    # "The no-byline blog": an unsigned source, not a byline asked for.
    "byline": word_set("blog source post piece article"),
    # "Beyond name-calling": insults, not anyone's name.
    "name": frozenset({"calling"}),
}
# A word after "the official" that makes it an adjective: a content word, not a verb of saying.
_NOUN_AFTER = lazy_compile(
    r"(?:rollout|release|announcement|memos?|policy|policies|guidance|count"
    r"|figures?|numbers?|data|statistics|statement|version|document|rules?|record|position|line"
    r"|name|title|report|website|site|estimate|plan|plans|launch|start)$"
)
SUMMARY_WEIGHT = 2.0  # query weight of the summary concept, as for a named person
NUMBER_SHARE = 0.5  # an unknown number in a question weighs half an unknown word
MAX_CHARS = 500  # a question is read up to this many characters (keeps the patterns fast)
MAX_WORDS = 60  # a question longer than this is read up to here (keeps every answer fast)
FUZZY_CUTOFF = 82.0  # 'spicey' finds 'spicer' (83), 'fired' stays away from 'hired' (80)
FUZZY_MIN_LENGTH = 5
FUZZY_MAX_LENGTH = 24  # longer "words" are noise; matching them would cost milliseconds
FUZZY_CUTOFF_SHORT = 88.0  # four-letter words: one missing letter ("kely", "twet")


class Form(StrEnum):
    """What kind of answer the question wants."""

    WHO = "who"
    WHO_SAID = "who-said"
    WHAT = "what"
    WHEN = "when"
    WHERE = "where"
    WHY = "why"
    HOW_MANY = "how-many"
    HOW = "how"
    YES_NO = "yes-no"


# "Why did Trump tweet" asks for a reason, not for what Trump said.
_SPEAKER_FORMS = frozenset({Form.WHAT, Form.HOW, Form.YES_NO, Form.WHO_SAID})


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """One thing the question asks about: a content word or a known phrase (its concepts)."""

    terms: frozenset[str]
    weight: float
    uncovered: bool = False  # a known word or phrase that no fact speaks of ("fired", "salary")
    required: bool = False  # what the question asks of its subject ("the official's name")
    # Required in the fact's own words (claim, quotes, curated asks), not only its topic's terms:
    # "what did Kelly say about the wall" needs a statement about the wall.
    stated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """A question as the engine reads it."""

    text: str  # the question as read: chat markup removed
    asked: str  # the question as typed
    form: Form
    query: dict[str, float]  # BM25 query: term -> weight
    units: tuple[Unit, ...]  # content the chosen fact must cover
    people: frozenset[str]  # "@id" of people and organisations named
    years: frozenset[str]
    months: frozenset[int]  # months named with "in" or a year ("in July", "June 2019")
    unknown_names: tuple[str, ...]  # capitalised words the fact base has never seen
    speakers: frozenset[str]  # "@id" the question says spoke ("what did Kelly say")
    quoted: tuple[str, ...]  # text the question puts in quotation marks, as plain words
    asks_opinion: bool  # "what did X say", "how did they react": wants statements
    contrast: bool  # "X says A but Y says B - who's right?": wants facts that disagree
    counted: frozenset[str]  # "how many X": X's stem and concepts (empty when X is generic)
    counted_by: frozenset[str]  # "how many people were deported": what befell them ("deport")
    places: tuple[str, ...]  # places the question names ("in Florida"), as plain words
    out_of_time: bool  # asks about "last year", "today": after the sources
    off_record: bool  # asks for advice, the bot's opinion or judgement, or about the bot
    predicate: frozenset[str]  # "how many officers were assaulted": what is counted ("assault")
    stock: bool  # "how many agents are there in total": all there are, not the new ones
    duration: bool  # "how long": wants a length of time
    interval: bool  # "how long before X": wants the time between two events
    named: tuple[str, ...]  # "the public charge rule": the stems naming a policy, in order
    done: bool = False  # "how many were hired": a count of what happened, not of what is ordered
    identify: str = ""  # "which outlet", "which countries": the kind (person, org, place) to name
    exact_date: bool = False  # "on what date": a day, not a month or a year
    present: bool = False  # "is DACA still in place": asked of today, answered as of the sources
    # "Which governors": words one of which the role of the person named must hold.
    role: frozenset[str] = frozenset()
    by_name: bool = False  # "the foreign minister's name": a person the sources name, by name
    checks: bool = False  # "fact check: ...", "..., right?": a claim to check, maybe wrong
    # "Compare 2015 deportations with the 2013 high": each year answered by its own fact.
    compares: bool = False
    # "How did Trump react": the speakers' reaction, which a fact reporting it gives too.
    reacted: bool = False
    # "Did the Guard plan ever actually go through": how a plan turned out, and nothing later;
    # a fact that tells it ("a draft proposal, never adopted") answers it.
    outcome: bool = False
    # "Who wrote the Post piece", "the NYT headline": the articles themselves, which no fact is
    # about (the abstention lists what is known of each).
    about_articles: bool = False
    # People a fact need not name: set aside ("besides DHS, did anyone at the White House deny
    # it") or only guessed ("was that Kelly himself or someone else").
    unrequired: frozenset[str] = frozenset()


# A month's name, as users write it ("feb", "June", "junio").
MONTH_PATTERN = f"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
# What kind of check a claim is put to: "fact check", "quote check", "sanity check".
_CHECK = "(?:fact|quote|quick|sanity|source|reality|accuracy)"
# Who passes a claim on, and how they put it: "caller thinks ...", "constituent insists ...",
# "...? intern thinks it was march" (a claim to check, or a guess after the question).
CLAIMANT = (
    r"(?:callers?|constituents?|clients?|readers?|listeners?|viewers?|patrons?|interns?"
    r"|residents?|members?|volunteers?|colleagues?|coworkers?|editors?|producers?|students?"
    r"|parents?|neighbou?rs?|teachers?|boss|textbook|book|opponents?|patients?|guests?|hosts?"
    r"|anchors?)"
)
# People in the asker's own life who pass a claim on: "my buddy swears", "teacher keeps saying".
# A Bible reference, as a pastor cites one beside a question ("Matthew 5:37", "Romans 13",
# "Acts 5:29"): books whose names are also words ("Numbers", "Acts", "Job", "Mark") only with a
# verse.
SCRIPTURE = (
    r"(?:(?:1|2|3|first|second|1st|2nd) )?"
    r"(?:(?:genesis|exodus|leviticus|deuteronomy|joshua|nehemiah|psalms?|proverbs|ecclesiastes"
    r"|isaiah|jeremiah|lamentations|ezekiel|hosea|obadiah|micah|habakkuk|zephaniah|zechariah"
    r"|malachi|matthew|luke|romans|corinthians|galatians|ephesians|philippians|colossians"
    r"|thessalonians|hebrews|revelation) \d{1,3}(?::\d{1,3}(?:-\d{1,3})?)?"
    r"|(?:numbers|judges|ruth|samuel|kings|chronicles|ezra|esther|job|daniel|joel|amos|jonah"
    r"|nahum|haggai|mark|john|acts|timothy|titus|philemon|james|peter|jude) \d{1,3}:\d{1,3}"
    r"(?:-\d{1,3})?)\b"
)
_SCRIPTURE_LEAD = lazy_compile(rf"^[^?.!]*\b{SCRIPTURE}[^?!]*?[.!]\s+(?=\S)", re.IGNORECASE)
# Kin in the asker's own language: Hindi and Punjabi ("asking for my chacha"), Khmer ("my pu",
# "bong"), Lao ("mae") and Hmong ("txiv", "niam").
KIN_WORDS = (
    r"(?:bhaiya|bhabhi|behen|chacha|chachi|masi|bua|nani|dadi|saala|jija|pu|bong|om|ming|mae|txiv"
    r"|niam)"
)
ACQUAINTANCE = (
    r"(?:buddy|buddies|friends?|pals?|bro|dudes?|guys?|homies?|cousins?|uncles?|aunts?|moms?"
    r"|dads?|mother|father|mama|mam\u00e1|papa|pap\u00e1|parents?|t(?:i|\u00ed)[oa]s?"
    r"|abuel(?:it)?[oa]s?|grandma|grandpa|grandmother|grandfather"
    r"|wife|husband|brothers?|sisters?|coworkers?|co-workers?|colleagues?|boss|teachers?"
    r"|professors?|prof|supervisors?|managers?|classmates?|teammates?|partners?|neighbou?rs?"
    r"|roommates?|pastors?|coach|primos?|primas?|compas?|carnal|kuya|ate|tita|tito|nephews?|nieces?"
    r"|babcia|dziadek|ciocia|wujek|ong ba|ba noi|ba ngoai|ong noi|ong ngoai|bac|chu"
    # Nepali kin: "hajurba heard on the radio ...", "buwa keeps asking".
    r"|hajurba|hajurbuwa|hajurama|hajuraama|buwa|aama|kaka|kaki|bhauju|didi|daju"
    r"|bahini|bhai|maiju"
    rf"|{KIN_WORDS}"
    # Korean kin: "my umma keeps asking", "asking for my halmoni".
    r"|umma|eomma|omma|appa|noona|nuna|unnie|eonni|oppa|hyung|halmoni|halmeoni|harabeoji"
    r"|samchon|moksanim"
    # Somali kin: "hooyo Ayaan", "aabo at the mosque".
    r"|hooyo|aabo|eeddo|ayeeyo|awoowe|walaal|abti|habaryar"
    # Puerto Rican and Dominican: "titi Nilda asking", "mami doesn't read the news".
    r"|titi|mami|papi|comadres?|compadres?|madrina|padrino"
    # Arabic kin: "sitto doesnt believe a word of it", "asking for abouna".
    r"|sitto|teta|jiddo|jeddo|khalto|khalti|khalo|khali|ammo|amto|3ammo|abouna"
    # Punjabi kin: "aunty ji in langar hall saying ...", "my chacha saw some video".
    r"|aunty|auntie|aunties|chacha|chachi|masi|mausi|bua|bhabhi|bhaji|veer|nani|dadi"
    # Khmer grandmother: "my yeay only wants the short version".
    r"|yeay|yiey"
    # Chaldean and Romanian kin: "my yimma", "my amu", "Shamasha wants it correct", "Fratele
    # Vasile asked me", "sora Lidia heard".
    r"|yimma|yimmah|amu|shamasha|fratele|frate|sora"
    # Chamorro, Tagalog and Igbo kin: "my primu got charged", "my pinsan in SD", "my nwanne for
    # Pearland", "Mummy has been panicking".
    r"|primu|pinsan|nwanne|mummy|mommy|daddy"
    # Italian kin: "zia nunzia says it was a monday", "the blog my nipote sent".
    r"|nonna|nonno|nonni|zia|zio|zii|nipote|nipoti|cugin[oaie]|suocer[oa]|comare|compare"
    # Appalachian and Armenian kin: "my mamaw heard somethin", "my hopar is panicking", "tatik
    # wants to know".
    r"|mamaw|memaw|papaw|pawpaw|hopar|tatik|papik|morakur|horakur"
    # Persian kin, with or without "jan" / "joon": "Baba mige ...", "Dayi jan is asking",
    # "Mamanbozorg wants to know".
    r"|(?:baba|maman|amoo|ammeh|khaleh|dayi|daei|mamanbozorg|babajoon|mamanjoon|bababozorg)"
    r"(?:[ -]?(?:jan|joon))?)"
)
CLAIMED = (
    r"(?:says|say|said|insists|insisted|swears|swore|claims|claimed|thinks|thought|believes"
    r"|believed|guesses|is sure|was told|heard|remembers)"
)
# "Is that the exact wording", "are those his real words": whether a quote is word for word.
_WORDING_CHECKED = (
    r"(?:is|are|was|were) (?:that|this|it|those|these) (?:the |his |her |their )?(?:exact|real"
    r"|actual|correct|right|accurate|genuine) (?:wording|words|quote|line|phrasing)"
)


# A message a bridge passed on, with the chat it came from and who wrote it: "[WhatsApp] Don
# Chepe: alguien sabe cuantos ...", "[TG] Olena K.: ...", "[KakaoTalk] 박사장: ...".
# ... or a voice message written out: "[audio transcrito] oye pana ...".
_BRIDGED = lazy_compile(
    r"^\s*\[(?:whatsapp|wa|telegram|tg|signal|sms|imessage|messenger|fb|wechat|line|viber|irc"
    r"|kakaotalk|kakao|kakao talk|zalo"
    # (with where the sender is: "[WA] Priya (Rutgers): ...")
    r"|matrix|discord|slack)\]\s*(?:[\w.'-]+ ){0,3}[\w.'-]+(?: \([^()]{1,40}\))?:\s+"
    r"|^\s*\[(?:audio|voice|voice note|voice message|voice memo|nota de voz|mensaje de voz)"
    r"(?: (?:transcrito|transcribed|transcript|transcription|transcripcion))?\]\s*",
    re.IGNORECASE,
)


class _AnyCase:
    """A pattern matched regardless of case, quickly: on lower-cased ASCII text, as it is.

    With re.IGNORECASE, `re` tries every alternative of a long alternation at every position
    instead of only those starting with the letter there: three times slower for _FILLER. The
    pattern must have no capital letter (its escapes aside); text that is not ASCII, whose
    lower case may differ in length, is matched with re.IGNORECASE.
    """

    def __init__(self, pattern: str) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", pattern)):
            raise ValueError("a pattern matched on lower-cased text has a capital letter")
        self._lower = lazy_compile(pattern)
        # (A text it is matched on is not ASCII: the texts a pattern requires tell nothing.)
        self._any_case = lazy_compile(pattern, re.IGNORECASE, screened=False)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """Return `text` with the pattern's matches replaced by `repl`.

        A string `repl` is put in as it is (no group references); a callable gets the match of
        the lower-cased text.
        """
        if not text.isascii():
            return self._any_case.sub(repl, text)
        pieces: list[str] = []
        end = 0
        for m in self._lower.finditer(text.lower()):
            pieces.append(text[end : m.start()])
            pieces.append(repl if isinstance(repl, str) else repl(m))
            end = m.end()
        if not pieces:
            return text
        pieces.append(text[end:])
        return "".join(pieces)


# Set phrases that only pad a question ("so to speak", "in practice", "you know").
# What the asker makes of an answer: "for the comparison slide", "for our flyer".
_MADE_INTO = (
    r"(?:slide|deck|one-pager|cue card|runner|monologue|sketch|rundown|package|pkg"
    r"|graphic|segment|episode|ep|cold open|show notes|grant narrative|board memo|newsletter"
    r"|explainer|qfr|floor statement|floor speech|talking points|oversight letter|lower third"
    r"|chyron|wrap|radio wrap|vo|sot|web hed|hed|box|sidebar|roundup|round-up|thread|caption|qt"
    r"|quote tweet|quote-tweet|poster|debate|club|youth group|bible study|note|notes|referral note"
    r"|handout|flyer|half sheet|timeline)"
)
# Languages an answer may be translated into.
_LANGUAGE = (
    r"(?:spanish|vietnamese|creole|haitian|kreyol|chinese|mandarin|cantonese|korean|tagalog"
    r"|arabic|french|portuguese|russian|ukrainian|somali|hmong|nepali|amharic|tigrinya|hindi"
    r"|urdu|polish)"
)
_FILLER = _AnyCase(
    # A radio show's caller, as its producer types it: "linea 2, don Efrain de Berwyn:", "L5
    # señor Cuauhtemoc de Little Village,", "Caller de Cicero pregunta", "doña Maribel (Pilsen)".
    r"(?:^|(?<=[.!?:,] )|(?<=[?.] pregunta ))(?:(?:l[ií]nea|line|l) ?\d+\W{1,3})?(?:(?:un|una|el"
    r"|la) )?(?:caller|llamante|oyente|se[ñn]or|se[ñn]ora|sr\.?|sra\.?|don|do[ñn]a|muchacho"
    r"|muchacha|joven)(?: (?!de\b)[\w'-]+){0,2}(?: \([^)]{1,30}\)| de (?:[\w'-]+ ){0,2}?[\w'-]+"
    r"(?=\s*(?:[:,.(]|$)| (?:pregunta|dice|quiere|oy[oó]|ley[oó]|trabaja|cree|es)\b)|(?=\s*:))"
    r"|^(?:l[ií]nea|l) ?\d+\b"
    # ... and what the caller adds after the question: "...? caller cree que a Texas".
    r"|(?<=[?] )(?:(?:el|la|un|una) )?(?:caller|llamante|oyente)\b[^?]*$"
    # A newsroom's label for who asks: "prod: ICE deportation officer headcount?".
    r"|^(?:prod|producer|ep|slot|desk|copy desk)\s*:"
    # What a comment thread says, after the question: "..., commenter says all 50 lol".
    r"|(?<=[,?.!] )(?:a |one |some |the )?(?:commenters?(?: below| above)?|(?:someone|people|ppl"
    r"|folks|a guy|guy) (?:below|above|in (?:the )?(?:comments|replies|thread)))"
    r" (?:says?|said|saying|claims?|keeps? saying|acting like)\b[^?]*$"
    r"|\b(?:so to speak|in practice|per se|you know|i mean|i guess|or whatever|or something"
    # "status of the wall as of june 2019": how the wall stood, what is told of it.
    r"|(?:^|(?<=[,.?!] ))(?:(?:what'?s|whats|what is) )?(?:the )?(?:current |latest )?"
    r"status (?:of|on)(?= (?:the|that|this|those|these)\b)"
    # "the original exec orders", "trump's original phrase": the ones the question names.
    r"|(?:(?<=the )|(?<='s ))original(?= [a-z])"
    # "thx bot ur faster than our BA": praise for the bot, after the thanks.
    r"|(?<![\w'])(?:ur|you'?re|youre|you are|u r|u are) (?:so |way |much |a lot |really )?"
    r"(?:faster|quicker|better|smarter|more helpful|the best|awesome|great|amazing|a lifesaver"
    r"|a life saver|goated|the goat)\b[^?]*$"
    # "what day did kelly say it, was it the same day the memos came out?": a second date
    # held up beside the one asked.
    r"|(?<=[,?] )(?:and )?(?:was|is) (?:it|that|this) (?:on )?the same (?:day|date|week)(?: as)?"
    r" [^?]*(?=\?\W*$)"
    # A resident's message relayed: "Resident email verbatim: ...", "Several Elm St residents
    # asking "...", "Pasting: ...", and how they are: "? Resident on Oak St scared."
    r"|^(?:verbatim from |from )?(?:an? |one |several |some |the |our |two |three |many |multiple )?"
    r"(?:[\w.-]+ ){0,2}?(?:residents?|constituents?|tenants?|homeowners?)(?: (?:on|from|at|in|of)"
    r"(?: [\w.'-]+){1,3}?)?(?: (?:email|e-mail|message|msg|text|letter|voicemail|note|comment"
    r"|post|question))?(?: \((?:verbatim|paraphrased?|quoted)\))?(?: (?:verbatim|writes|wrote"
    r"|asks|asked|says|said|asking|emailed|messaged|texted|wants to know|keeps asking))*"
    r"(?=\s*[:\"\u201c])"
    r"|^(?:pasting|pasted|copy[- ]?pasting|verbatim)(?=\s*:)"
    # ... or a radio caller's: "HOT TAKE FROM CALLER: '...' true or fake news?", "...? host is
    # blanking mid-segment", "..., caller thinks it was trump".
    r"|^(?:(?:hot )?takes? |questions? |texts? |claims? )?(?:from )?(?:an? |the |our |one )?"
    r"(?:callers?|listeners?|viewers?)(?: (?:on )?line \d+)?(?: (?:says|asks|said|asked|writes"
    r"|texts|wants to know))?(?=\s*:)"
    r"|(?<=[?.!,] )(?:the |our |a |one |this )?(?:callers?|listeners?|hosts?|anchors?|producers?)"
    r"(?: (?:on )?line \d+)? (?:thinks? it (?:was|is)|(?:is|are|was) (?:blanking|stuck|live"
    r"|on air|on hold|waiting)|wants? to know)\b[^?]*?(?=\W*$)"
    r"|(?<=[?.!] )(?:the |a |our |one |this )?(?:residents?|constituents?|tenants?|neighbou?rs?)"
    r"(?: (?:on|from|at|in)(?: [\w.'-]+){1,3}?)?(?: (?:is|are|was|were|so|really|very|getting))*"
    r" (?:scared|worried|nervous|afraid|upset|terrified|anxious|freaking out|panicking)(?=\W*$)"
    # ... or the members a steward speaks for: "...? members in houston asking on the shop
    # floor", "...? a member in houston heard this", "...? compa from honduras asking".
    r"|(?<=[?.!] )(?:the |our |a |one |some |two |several |many )?(?:[\w'-]+ )?(?:members?|compas?"
    r"|paisanos?|workers?|coworkers?|co-workers?|crew)"
    r"(?: (?:in|from|at|on|near)(?: [\w.'-]+){1,3}?)?"
    r"(?: (?:are|is|were|was|keep|keeps|been))? (?:asking|asked|heard|calling|called|texting"
    r"|want(?:s|ed)? to know|panicking|worried|scared|freaking out)\b[^?]*?(?=\W*$)"
    # ... or the asker's family: "will they use the army to deport people? mama in dallas is
    # scared".
    r"|(?<=[?.!] )(?:my |our )?(?:mama|mom|mum|mother|dad|papa|father|wife|husband|grandma"
    r"|granny|abuela|aunt|auntie|tia|uncle|tio|family|kids|sister|brother|cousin|parents"
    # ... or the asker's people, in Juba Arabic: "...? nas in nashville panicking".
    r"|people|folks|everyone|everybody|nas)"
    r"(?: (?:in|from|at|back in)(?: [\w.'-]+){1,2}?)?(?: (?:is|are|was|were|so|really|very"
    r"|getting|been))* (?:scared|worried|nervous|afraid|upset|terrified|anxious|freaking out"
    r"|panicking|stressed)(?=\W*$)"
    # ... or an office's: "net-net is ...", "quick gut check - do ...", "...? plant GMs want a
    # timeline", "...? need a timeline for the plant GMs by EOD", "..., on the record?", "...?
    # sounds pretty discretionary".
    r"|^(?:net[- ]net|level[- ]set me)\b,?(?= \w)"
    r"|^(?:quick |a quick )?gut[- ]check\b(?=\s*[-:,\u2013\u2014]+ \w)"
    r"|(?<=[?.!] )(?:(?:the|our|my) )?(?:plant |site |regional |general |store )?(?:gms?|general"
    r" managers?|managers?|supervisors?|leadership|execs?|the board|hr|legal|ops|c-suite|vps?)"
    r"(?: team)? (?:wants?|needs?|asked|asks|is asking|are asking)\b[^?]*?(?=\W*$)"
    r"|(?<=[?.!] )(?:i |we )?need (?:a|the) (?:timeline|answer|number|figure|quote|date)\b"
    r"[^?]*?(?=\W*$)"
    # "..., need name for the citation": the name is what is asked already.
    r"|(?<=[?.!,] )(?:i |we )?need (?:a |the |his |her |their )?names? for (?:the|a|my|our)"
    r" (?:citation|cite|footnote|source|writeup|write-up|report|records?)\b[^?]*?(?=\W*$)"
    r"|,? ?by (?:eod|cob|end of day|close of business)(?=\W*$)"
    r"|, on the record(?=\W*$)"
    # ... or a busy asker's: "..., no time i'm haulin at 4", "... no time to read it all".
    r"|,? ?no time,? (?:i'?m|im|to read|for (?:the|a) (?:whole|long)|gotta)\b[^?]*?(?=\W*$)"
    r"|(?<=[?] )sounds? (?:pretty |really |very |kind of |kinda |a bit |a little )?[\w-]+(?=\W*$)"
    # ... or a driver's, on the CB: "breaker 1-9 ...", "... good buddy", "... copy", "... am i
    # hearing that right"; and how near a figure must be: "... roughly", "... ballpark".
    r"|^breaker(?:,? breaker)*(?:,? (?:1-9|one nine|19)\b)?,?(?=\s)"
    r"|,? ?(?:good buddy|copy that|ten[- ]four|10-4|over and out|(?<!\ba )(?<!\bthe )copy)"
    r"(?=\W*$)"
    r"|,? ?am i (?:hearing|reading|getting|understanding) (?:that|this|it) right\b"
    r"|,? ?(?:roughly|ballpark(?: it| figure| number)?|give or take|more or less|approximately)"
    r"(?=\W*$)"
    # ... or told after it, unstopped: "how many families was ice planning to raid in summer
    # 2019 my sister in houston is freaking out".
    rf"|(?<=\w )(?:my|our) {ACQUAINTANCE}(?: (?:in|from|at|back in)(?: [\w.'-]+){{1,2}}?)?"
    r"(?: (?:is|are|was|were|so|really|very|getting|been))* (?:scared|worried|nervous|afraid"
    r"|upset|terrified|anxious|freaking out|panicking|stressed)\b[^?]{0,30}?(?=\W*$)"
    # ... or said first: "my fa'e is lowkey panicking, did dhs say ppl need to panic".
    r"|^(?:my|our) [\w'-]+(?: [\w'-]+)? (?:is|are|'s)\s+(?:(?:lowkey|low key|kinda|really|so"
    r"|literally)\s+)?(?:panicking|freaking out|scared|worried|stressing|stressed|nervous"
    r"|afraid)\b(?:[^?,.]{0,30}\w)?(?=[,.]\s*\w)"
    # ... and the council member's office: ", CM is on a call in 10", "before CM posts".
    r"|(?<=[?.!,] )(?:the )?cm (?:is|was|will|wants|needs|has|asked|asks)\b[^?]*?(?=\W*$)"
    r"|\bbefore (?:the )?cm (?:posts|sends|signs|speaks|replies|responds|goes on)\b[^?]*?(?=\W*$)"
    r"|(?:i |we )?need (?:this|it|that) (?:nailed down|pinned down|confirmed|locked down)\b"
    # "... I have Nov 2014 but need to confirm for a citation", "... and i want to be accurate".
    r"|(?:(?:but|and) )?(?:i |we )?(?:need|want|have) to (?:confirm|verify|double[- ]?check)"
    r"(?: (?:it|this|that))?(?: for (?:a|my|the|our) [\w-]+)?(?=\W*$)"
    r"|(?:(?:but|and) )?(?:i |we )?(?:want|need) to (?:be accurate|get it right|be sure)(?=\W*$)"
    # "how many deportation officers does ice even have, asking bc the math aint mathing", "...,
    # sounds like a bad netflix show", "... pls say less crying": why the asker asks, and how
    # they feel about it (an emoji typed as a word).
    r"|(?<=, )(?:i'?m )?asking (?:bc|because|cuz|cause|coz|since) [^?]*?(?=\W*$)"
    r"|(?<=, )sounds like [^?]*?(?=\W*$)|(?<=\w )(?:crying|skull|sobbing)(?=\W*$)"
    # "so we gon see folks rounded up in the streets or what they sayin": what they say is asked.
    r"|\bor what (?:are |do |did )?(?:they|he|she|you|dhs|ice|the memos?) (?:saying|sayin|say|says)"
    r"(?=\W*$)"
    # "...? saw it screenshotted in the moms facebook group": where the asker saw it.
    r"|(?<=[?!.] )(?:i )?(?:saw|seen|read|heard) (?:it|this|that)"
    r" (?:screenshotted |posted |shared )?(?:in|on) [^?]*$"
    # A caseworker's reply letter: "for the reply ltr template".
    r"|\bfor (?:the|a|our|my) (?:reply |response |form |constituent )?(?:letter|email|reply)"
    r"(?: template)?\b"
    # A debater's evidence: "the exact quote for a card pls".
    r"|\bfor (?:a|my|our|the) (?:new )?(?:card|cards)\b"
    r"|(?:i |we )?need (?:a |the )?(?:clear|quick|short|simple|straight|plain) answer(?: (?:pls"
    r"|please))?"
    # "..., i have a 2pm": the asker's schedule.
    r"|(?<=[,.!?] )(?:i |we )?(?:have|got) (?:a|an) (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|prelim"
    r"|hearing|meeting|call|class)\b[^?]*?(?=\W*$)"
    # A driver's aside: "(talk the whole ride lol)", ", i got 2 min before pickup", "? i worry
    # about the amazon warehouse guys".
    r"|(?<=\()[^()]{0,60}?\b(?:lol|lmao|haha|smh|ugh|omg)\b[^()]{0,20}?(?=\))"
    r"|(?<=[,.!?] )(?:i |we )?(?:got|have|only got|only have|got like) (?:\d+|a|one|two|three|five"
    r"|a few|few) (?:min|mins|minutes|sec|secs|seconds)\b[^?]*?(?=\W*$)"
    r"|(?<=[?.!] )i(?:'m| am)? (?:worry|worried|am worried|scared|nervous|concerned) (?:about|for)"
    r" (?:my|our|the|his|her|their|some) [^?]*?(?=\W*$)"
    # Who asked at an intake desk, after the question: "? un señor me pregunto en intake".
    r"|(?<=[?.!] )(?:un|una|el|la) (?:se(?:\u00f1|n)or(?:a|ita)?|cliente|clienta|muchach[oa]|joven"
    r"|persona|vecin[oa]|mam(?:a|\u00e1)|pap(?:a|\u00e1))\b[^?]*?\b(?:pregunto|pregunt\u00f3|pregunta"
    r"|preguntaba|dijo|quiere saber|quer(?:i|\u00ed)a saber)\b[^?]*?(?=\W*$)"
    r"|\b(?:at|in|en|from) (?:the )?intake(?: desk| table| line)?\b"
    # A warehouse floor's and a newsroom's: "? shift lead wants bullet pts", "in one
    # breath, like a list for the host", "? need to be careful w wording".
    r"|(?<=[?.!] )(?:my |the |our )?(?:[\w-]+ ){0,2}?(?:lead|boss|sup|supervisor|manager|foreman"
    r"|steward|host|producer|editor|teacher)s? (?:wants|needs|asked for|asks for)\b[^?]*?(?=\W*$)"
    r"|\bin (?:one|1|a single) (?:breath|sentence|line)\b|(?:like )?a list for (?:the|my|our) [\w-]+"
    r"|(?<=[?.!] )(?:i |we )?(?:need to|gotta|have to) be careful (?:w|with)(?: the)? (?:wording"
    r"|words|phrasing)"
    # "en corto", "en resumen": in short.
    r"|en (?:corto|resumen|breve|pocas palabras)"
    # "the same thing w a new name": renamed, not a name asked for.
    r"|(?<=\w )(?:with|w/?) a (?:new|different|fancier|fancy|nicer) (?:name|label|sticker)"
    # Who in the asker's chat passed a claim on: "someone in the chat said ...".
    r"|(?:some(?:one|body)|people|ppl|a (?:guy|lady|mom|dad|parent)) (?:in|on) (?:the|our|my)"
    r" (?:group )?(?:chat|group ?chat|discord|server|thread|channel|gc)(?= (?:said|says|posted"
    r"|claims|claimed|thinks|swears)\b)"
    # ... or the asker's coach, by first name: "coach mike says ...".
    rf"|(?<![\w'])(?:coach|profe|miss|mr|mrs|ms|tio|tia|uncle|aunt|auntie) [a-z]+(?= {CLAIMED}\b)"
    # "what is this 'chargable offence' business": the matter, not a business.
    r"|(?<=\w[\"'] )business(?= (?:i|we|you|they|that|about|with)\b)"
    r"|(?<=\w )business(?= (?:was|is|were) (?:going on|happening)\b)"
    # "... is that a lawyer word": what kind of word, after the question.
    r"|(?<=[?.] )(?:is|was) (?:that|it|this) (?:a|an|just) (?:lawyer|legal|technical|fancy|official"
    r"|government|legalese|jargon)(?: \w+)? (?:word|term|phrase|thing)\W*$"
    # "... or is that just twitter fearmongering", "... or was it just a leak": what the asker
    # fears the claim is, offered beside the question.
    r"|,? or (?:is|was) (?:that|it|this|all that) just (?:a |an |some )?(?:[\w-]+ )?"
    r"(?:fearmongering|fear mongering|rumou?rs?|gossip|propaganda|leak|fake news|clickbait"
    r"|drama|noise|cap)(?=\W*$)"
    # What the asker will do with the answer, after the question: "..., just curious for my
    # Sunday school class", "...? trying to explain it to the welcome team", "..., just to put
    # it in my report to Pastor Ray", "...? asking for our missions committee".
    r"|(?<=[\w?!.]),? (?:just |only )?curious(?: for (?:my|our|the|a) [^?]*)?(?=\W*$)"
    r"|(?<=[?!.,] )(?:i'?m |we'?re |im )?(?:just )?(?:(?:trying|tryna|want|wanted|need|needed) )?"
    r"(?:to )?(?:explain|put|include|share|pass|teach|relay|translate) (?:it|this|that|them)"
    r" (?:in|into|to|for|on|with) [^?]*(?=\W*$)"
    r"|(?<=[?!.,] )asking for (?:our|my|the) [^?]*(?=\W*$)"
    r"|(?<=[?!.,] )(?:just )?settl(?:e|ing) (?:an?|the|a little) (?:argument|bet|debate|dispute)"
    r"\b[^?]*(?=\W*$)"
    r"|,? generally speaking\b"
    # "Who said DHS lacks the personnel — was it Kelly himself?": the asker's guess.
    r"|\s*[-\u2013\u2014,?]+\s*(?:was|is) it (?:really )?[\w.'-]+(?: [\w.'-]+)?"
    r" (?:himself|herself|themselves)(?=\W*$)"
    # "..., like who was on the hit list": the question asked again, in other words.
    r"|(?<=\w), like (?:who|what|where|when|which) (?:was|were|is|are) [^?,]*(?=\W*$)"
    # "Who is Vitiello, in relation to ICE": to ICE; "an outstanding removal order": one.
    r"|(?:(?<=, )|^)(?:in relation|with respect|with regards?|in regards?)(?= to\b)"
    r"|\boutstanding(?= (?:removal |deportation )?(?:order|warrant)s?\b)"
    # "the lady from La Raza -- Clarice Martinez I think her name was --": a name the asker
    # is unsure of, set off by dashes or commas.
    r"|(?:(?<=-- )|(?<=- )|(?<=, ))(?:[\w'.-]+ ){1,3}(?:i think|i believe|i guess|if i remember"
    r"(?: right)?) (?:her|his|their|the) names? (?:was|is|were)\b"
    r"|and stuff|and all that|if you will|as it were|eli ?5|at least(?! (?:\d|a |one|two|some))"
    # "Explain the raids in simple terms": how to answer, not what about.
    r"|(?:in |^|(?<=, ))(?:simple|plain|easy|basic|layman'?s?|normal|everyday) (?:terms|words"
    r"|english|language)(?: (?:please|pls|plz))?"
    # ... and for whom: "in easy English for my hermana who's still learning".
    r"(?: for (?:me|us|(?:my|our|his|her) [\w'-]+(?: who(?:'s| is) [\w' -]{0,30}(?=\?|\W*$))?))?"
    r"|simply put|in a nutshell|in a few words|in broad strokes|broadly speaking|up and down|up n down"
    r"|flat out|flatly"
    # A driver between trips: "on break quick.", "at a red light -".
    # ... or anyone between appointments: "quick one between appts -".
    r"|^(?:on (?:my |a )?break|between (?:trips|rides|orders|deliveries|runs|appointments|appts"
    r"|clients|patients|shifts|classes|calls|meetings|hearings)|at a red light"
    r"|stuck in traffic|waiting (?:on|for) (?:a )?(?:ride|order|pickup|rider))(?: (?:rn|now|quick"
    r"|real quick))?(?=\s*[.,:!\u2013\u2014-])"
    # ... or before one: "quick one before my 2pm home visit:".
    r"|^(?:(?:a )?quick|real quick|fast) (?:one|q|question) (?:before|after|between)"
    r" (?:my |our |the |a )?[^:?.,\u2013\u2014]{1,40}?(?=\s*[:,\u2013\u2014]|\s-)"
    # ... or before a call: "..., main points, on a call in 5"; a crew back on the air: "medic 7
    # back in svc. ok bot how many ...".
    r"|(?<=, )(?:i'?m |im )?on (?:a|the) call in \d+(?: ?(?:min|mins|minutes))?(?=\W*$)"
    r"|^(?:medic|engine|ambo|ambulance|unit|truck|rescue|squad|ladder) ?\d+ (?:back in (?:svc"
    r"|service)|in (?:svc|service)|available|clear|10-8)(?=\s*[.!,])"
    # ... or a phone's assistant, by voice: "ok google perguntar pro briefbot quantos ...".
    r"|^(?:ok(?:ay)? |hey )(?:google|siri|alexa)\b,?(?: (?:ask|tell|perguntar?|pergunta|pregunta"
    r"|preguntar|preguntale|pergunte)(?: (?:a|o|al|pro|para o|para|to))?(?: (?:the )?brief ?bot)?)?"
    # ... or "yo" first: "yo who is mark morgan".
    r"|^yo\b,?(?= (?:who|what|when|where|why|how|which|is|are|was|were|do|does|did)\b)"
    # "Who did the study that says just over 11 million": who says it.
    r"|(?<=^who )(?:did|does|made|wrote|put out) the (?:study|report|survey|research|poll|estimate"
    r"|analysis|count)(?: that| which)?(?= (?:says|said|found|finds|shows|showed|puts|put|counts"
    r"|counted|estimates|estimated)\b)"
    # ... or for the bot: "paisanos, quick one for the bot: how many ...".
    r"|(?:^|(?<=, ))(?:(?:a )?quick|real quick|fast) (?:one|q|question) for (?:the |this |our )?"
    r"(?:bot|briefbot)(?=\s*[:,\u2013\u2014]|\s-)"
    # How the answer should look, not what it is about: "wapo up top: ...", "the one-liner",
    # "short quote", "the blog's two-word read on ...".
    r"|(?<=\w )up top\b|(?:the |a )?one[- ]liner|short(?: version\b|(?= (?:quote|line|answer"
    r"|summary)\b))"
    r"|(?:a |the )?(?:quick|short|brief|little|mini|one[- ]line|(?:\d|two|three)[- ]line)"
    r" (?:bio|profile)\b"
    # A TV desk's: "for the anchor", "for a full screen gfx, 4 bullets max", "POLICE ANGLE:",
    # "timeline gfx needs it asap".
    r"|(?:for (?:the |a |our )?)?(?:anchor|full[- ]screen(?: gfx| graphic)?|lower third|tease"
    r"|vo/sot|vo|sot)(?=\W*$|\s*[,.;:)-])"
    r"|(?:(?:\d|one|two|three|four|five) )?bullets? max\b"
    r"|^[\w/ ]{1,30}? angle\s*:"
    r"|\b(?:timeline |bar chart )?gfx (?:needs|wants) (?:it|this|them)(?: asap)?\b"
    r"|(?<=[,.!?] )asap(?=\W*$)"
    # "... for the sheriff. short pls", "keep it short": how long the answer should be.
    r"|(?<=[,.!?] )(?:keep it )?(?:short|brief) (?:pls|plz|please)(?=\W*$)"
    r"|(?<=[,.!?] )for the (?:sheriff|chief|boss|captain|lieutenant|sergeant|commander)"
    r"(?=\s*[.,;]|$)"
    # "Can u break down the main things ...": explain them.
    r"|\b(?:can (?:you|u) )?break (?:it |this |that )?down(?= (?:the|what|how|who|for)\b)"
    # Who asked, first: "one of my 10th graders asked,", "a mentee asked me:".
    r"|^(?:(?:ok|so|okay),? )*(?:one of )?(?:my|our|a) (?:\d+(?:st|nd|rd|th) )?(?:graders?"
    r"|students?|kids?|mentees?|teens?)(?: (?:asked|asks|wants to know|wanted to know))"
    r"(?: (?:me|us))?(?=\s*[,:.-])"
    # Where in the article the asker read it: "the Post's very first sentence mentioned ...".
    r"|(?:very )?(?:first|opening|last|final|closing) (?:sentence|line|paragraph|graf)s?\b"
    r"(?: of (?:the|that|this) (?:article|piece|story))?"
    # A name the asker is unsure of: "Videgarry or some such name", "or whatever his name is".
    r"|,? or (?:some such|something like that|whatever (?:his|her|their|the) name (?:is|was))"
    r"(?: name)?"
    # A segue: "jumping ahead to 2019 now.", "switching gears:".
    r"|^(?:(?:ok|okay|so|now),? )?(?:jumping|skipping|moving|fast[- ]forwarding|switching|going)"
    r" (?:ahead|forward|on|over|gears|back)(?: (?:a bit |a little )?(?:to|in) [^.?!:]{1,30}?)?"
    r"(?: now)?(?=\s*[.,:!-])"
    r"|(?:one|two|three|four|1|2|3|4)[- ]word (?:read|take|summary|description|answer|version)(?: on)?"
    # "Fact check: ...", "quote check...": how a claim is put, not what it is about (_CHECKS).
    rf"|{_CHECK}[ -]?check(?:ing|ed)?|true or false|\by/n\b|\byes/no(?: (?:pls|please|plz))?"
    # "Define HSI the way the NYT uses it", "as the memos use it": the sources' meaning, which
    # every answer gives.
    r"|(?:as|the way) (?:the|that|this) (?:[\w-]+ ){0,2}?(?:uses?|used|describes?|described"
    r"|defines?|defined|puts?|frames?|framed) (?:it|them|the term|that term)\b"
    r"|^(?:(?:pls|please|can you|could you|quick)\W+)?define(?= \S)"
    # "Quick temp check for our team": how people feel is asked after it.
    r"|(?:quick )?(?:temp|temperature|pulse) check(?: (?:for|on) (?:our|the|my) [\w-]+)?"
    # "Two different numbers for the record": the sources' figures, which are shown together.
    r"|(?:two|2) (?:different|conflicting|competing|separate) (?=(?:numbers|figures|counts|estimates"
    r"|accounts|versions|records|dates)\b)"
    # A debater's: "need the nyt warrant", "is there a card", "cutting it for the 1NC", "for my
    # 1AC overview".
    r"|(?:(?:need|want|give me|got|find me) (?:the |a |an )?(?:(?:nyt|wapo|post|times|hill|pew|blog"
    r"|dhs|ice|kelly)'?s? )?warrant(?: (?:for|on|from) (?:the |my |our )?[\w-]+(?: [\w-]+)?)?(?=\W*$))"
    r"|(?:is there|got|need|find me|any) (?:a |an |the )?card(?: (?:that|which) (?:actually )?"
    r"(?:says|said) (?:that|it|this|so))?(?=\W*$)"
    r"|(?:cutting|cut) (?:it|this|that|them) for (?:the |my |our )?[\w-]+(?=\W*$)"
    r"|for (?:the|my|our) (?:1nc|1ac|2nc|2ac|1ar|2ar|nr|block|aff|neg|frontline|frontlines"
    r"|case file)(?: (?:overview|file|block|speech|case))?"
    # "Dad in the ED waiting room", "grandma in peds clinic": where the asker met them.
    r"|(?<=\w )(?:in|at|from) (?:the |our |my )?(?:ed|er|icu|nicu|picu|peds|pediatrics|triage"
    r"|l&d|dialysis|oncology)(?: (?:clinic|waiting room|unit|floor|ward|bay))?(?= (?:said|says"
    r"|asked|asks|is|was|heard|wants|wanted|told|thinks|worried|keeps)\b)"
    # "..., need full sentence", "'we do not have the personnel ...' - full sentence pls": the
    # quote's extent, which every answer gives whole.
    r"|(?:(?:i )?(?:need|want|give me|send me|get me)(?: the| a)? |(?<=[-,:;] )(?:the )?)"
    r"(?:full|whole|complete|entire) (?:sentence|line|quote)(?: (?:pls|please|plz))?(?=\W*$)"
    # "'and the devil may care' - what's the full sentence before that?": the quote's extent.
    r"|(?:what'?s |what is )?the (?:full |whole |complete |entire )?(?:sentence|line|words?)"
    r" (?:before|after|around|leading up to|that (?:comes|goes) (?:before|after)) (?:that|it|this)\b"
    # "... idiom is tricky to render": why a translator asks.
    r"|\b(?:the |that |this )?(?:idiom|phrase|expression|wording|term|line) (?:is|was|are)"
    r" (?:tricky|hard|difficult|tough|impossible) to (?:render|translate|interpret|put)\b"
    # "Older gentleman at the desk asking which cabinet member went": the question relayed.
    r"|^(?!(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do|can"
    r"|could|will|would|has|have|had)\b)(?:[\w'.,-]+ ){1,8}?(?:asking|asks|wants to know"
    r"|wondering)(?= (?:which|what|who|whom|whose|when|where|why|how)\b)"
    # "Need party and state for AP style": the style guide the answer is written to.
    r"|(?:for|in|per|under|by) (?:the )?(?:ap|chicago|mla|apa|house) style(?: guide)?"
    # "Date check for the anniversary script - what day ...": what the asker checks it for.
    r"|(?:date|name|spelling|title|number|figure|style)[ -]?check(?:ing|ed)?"
    # "..., is that the exact wording": whether a quote is word for word, as a claim is checked.
    rf"|{_WORDING_CHECKED}"
    # "Who is Videgaray in this coverage": the articles, which every answer is from.
    r"|(?:in|from|per|across) (?:this|the|your|ur|all the|all this) coverage"
    # "Name and title for the lower third": what the answer is for, not what it is about.
    r"|(?:for|on) (?:the|a|our|my) (?:lower[- ]third|chyron|on-?screen graphic|full[- ]screen"
    r"|graphic|super|ots)(?: graphic)?"
    # "Ballpark, how many ...": roughly how many.
    r"|ballpark,?(?= how (?:many|much)\b)|,? more or less"
    # Greetings in the asker's language: "anh oi", "bonjou", "oye".
    # (First, a Peruvian's "allillanchu causas", "hola causa": Quechua "how are you", "buddies".)
    r"|^(?:hola|oye|oe|allillanchu|buenas)\W+(?:causas?|causitas?|causa mia)\b|^allillanchu\b"
    r"|^(?:anh|chi|chị|em|co|cô|chu|chú|bac|bác) (?:oi|ơi)\b|^(?:bonjou|bonswa|hola|oye|ola)\b"
    r"|^(?:sa k(?:'| )?pase|sak pase|mezanmi|yalla|wallah|kumusta|oi gente|ola gente)\b(?: (?:team|all|guys"
    r"|everyone|po))?"
    # ... and whom the greeting is for: "hola paisanos, ...", "(sési jarhasïni) paisanos, ...".
    r"|^\W*(?:(?:hola|buenas|hey|hi|oye|saludos|s[e\u00e9]si jarhas[i\u00ef]ni)\W+)?(?:mis )?"
    r"(?:paisan[oa]s|paisas|compas|gente"
    r"|familia|amig[oa]s)(?=\s*[,!.:])"
    # What the asker wants the answer for: "..., i want to put it on a sign for the march".
    r"|,? i (?:want|wanna|need|would like|d like) to (?:put|use|print|post|share|quote|cite|paint"
    r"|write) (?:it|this|that|them)\b.*$"
    # ... in Spanish: "...? lo quiero poner en un cartel pa la marcha en Paterson".
    r"|(?<=[?.!,] )(?:lo |la |los |las )?(?:quiero|queremos|necesito|necesitamos|vamos a)"
    r" (?:poner|usar|imprimir|compartir|pegar|publicar)(?:lo|la|los|las)?\b.*$"
    # ... or after the question: "...? need it for the hotline script", "...? an organizer wants
    # it on a KYR slide", "...? we need to staff the hotline".
    r"|(?<=[?.!] )(?:(?:i|we|(?:an?|the|our|my) [\w-]+) )?(?:need|needs|want|wants)"
    r"(?: (?:it|this|that|them))? (?:for|on|in|to)\b(?! (?:know|understand|hear|ask)\b)[^?]*?"
    r"(?=\W*$)"
    # ... or what the asker has already: "...? have 2013 and 2015 already".
    r"|(?<=[?.!] )(?:(?:i|we) )?(?:already )?(?:have|got|had) [^?]{1,40}? already(?=\W*$)"
    # Where the asker heard of it: "pastor mentioned vizguerra in the sermon sunday".
    r"|^(?:the |our |my )?(?:pastor|priest|reverend|minister|teacher|professor)"
    r"(?= (?:mention|mentioned|mentions|talked about|spoke about|preached about)\b)"
    r"|(?:in|at|during) (?:the|his|her|our|my|last|this) (?:sermon|homily|bulletin|prayer meeting"
    r"|bible study)(?: (?:on |last |this )?(?:sunday|saturday|today|yesterday|week))?"
    # "Who is Mark Morgan, I keep seeing the name".
    # ... or after the question: "...? i keep seeing different numbers on twitter".
    r"|(?<=[.!?] )i (?:keep|kept) (?:seeing|hearing|reading|writing|typing|putting|saying"
    r"|getting)\b[^?]*$"
    # "...? thats what it looked like on the detained docket today": what the asker saw.
    r"|(?<=[.!?] )(?:that'?s|thats|that is|at least that'?s) what it (?:looked|looks|seemed|seems"
    r"|sounded|sounds|felt|feels) like\b[^?]*$"
    # ... or first: "saw a name jeanette vizguerra in the post article. who is she".
    r"|(?:^|(?<=[,.!] ))(?:i )?(?:saw|seen|noticed|came across) (?:a|the|this|that) name(?= \w)"
    r"|i (?:keep|kept) (?:seeing|hearing|reading)(?: (?:the|that|this|his|her|their) names?"
    r"| (?:about )?(?:him|her|them|it))?"
    # A debater's challenge: "..., prove it isn't".
    r"|prove (?:it|that|me wrong)(?: (?:is|isn'?t|was|wasn'?t|does|doesn'?t|did|didn'?t))?"
    # What the asker is after, at the end: "...? trying to figure out who in our community is
    # most at risk".
    r"|(?<=[?.!] )(?:i'?m |we'?re |just )?trying to (?:figure out|understand|work out|see|know"
    r"|gauge|decide) [^?]*$"
    # "I'm trying to pin down the blog's thesis": what the asker is doing.
    r"|(?:i'?m |i am |im )?(?:just )?trying to (?:pin down|nail down|figure out|work out|get)"
    r"(?= (?:the|what|who|how|when|why|which|whether)\b)"
    # "What else did Menendez warn of": what he warned of (but "who else" is someone else, and
    # "what else ... apart from the separations" is not the separations).
    r"|(?<=\bwhat )else(?![^?]*\b(?:besides|other than|apart from|aside from|except|not counting)\b)"
    # "Pretty sure the Post said 400k": how sure the asker is, not what the claim is about.
    r"|(?:i'?m |i am )?(?:pretty|fairly|quite|almost|kinda|kind of) (?:sure|certain)(?: that)?"
    r"|if i (?:remember|recall)(?: (?:right|rightly|correctly))?"
    # "Can ICE pull that off": whether it can be done, not anything pulled.
    r"|pull (?:that|it|this) off|pulled (?:that|it|this) off"
    # "Officials said something else": said otherwise; "can you lay out what ...": tell it.
    r"|(?<=something )else|(?:can you |could you |pls |please )?lay (?:it |this |that )?out"
    r"(?= (?:what|how|who|why|the|both|each)\b)"
    # A copy desk's: "for the dek", "how do I square that in the nut graf", "hed option:", "...
    # flagging", "sentence in the sidebar: '...'".
    r"|(?:in |for )?(?:the |our |my )?(?:nut ?graf|dek|kicker)\b|hed option"
    r"|how do (?:i|we) (?:square|play|reconcile|handle) (?:that|this|it|them|the gap)"
    r"(?: in (?:the )?(?:nut ?graf|lede|story|piece|copy))?|,? ?flagging(?=\W*$)"
    r"|(?:a |the |this )?(?:sentence|line|graf|paragraph) (?:in|from) (?:the|our|my|a)"
    r" (?:sidebar|story|piece|draft|copy|package|script|explainer|brief)(?=\s*:)"
    # A Wikipedia editor's shorthand: "RS for that?" (a reliable source), "cn" (citation needed),
    # "want to attribute it, not put it in wikivoice".
    r"|rs(?= for\b)|(?<=[.?!,] )cn(?=\W*$)|(?:i )?want to attribute (?:it|this|that)"
    r"|(?:,? (?:and )?(?:not|rather than) )?(?:put (?:it |this )?)?in wiki ?voice"
    # A radio desk's: "checking the tag before air", "top of the hour", "the 20-second version of".
    r"|(?:(?:for|checking|check)(?: the (?:tag|intro|outro|billboard|cut))? )?before (?:we go on )?air"
    r"|(?:for|checking|check) the (?:tag|intro|outro|billboard|cut)|top of the hour|(?:the |a )?(?:\d+|ten|twenty|thirty)[- ]second"
    r" version of|(?:need|want|give me) (?:a )?clean line|for the two-way"
    # "...? for air tonight", "..., reading it on air tomorrow morning".
    r"|(?:(?:i'?m |we'?re |i am |we are )?(?:reading|putting|saying|using) (?:it|this|that) )?"
    r"(?:for|on) (?:the )?air\b(?! force)(?: (?:tonight|today|tomorrow(?: morning| night)?"
    r"|this (?:morning|afternoon|evening|week)|later))?"
    # How the asker takes it: "..., mashallah finally or bad news?" (before "mashallah" alone).
    r"|(?:(?<=, )|(?<=[?.!] ))(?:[a-z']+ ){0,3}or (?:bad|good) news(?=\W*$)"
    # Courtesies: "good morning", "thank you kindly", "excuse me", "dear bot"; a ward's
    # "Buenas noches hermanos.", "Hermanos, ...", "gracias de antemano".
    r"|good (?:morning|afternoon|evening|day)(?: (?:family|friends|everyone|all|folks))?(?=\W)"
    r"|thank (?:you|u)(?: (?:very|so) much| kindly)?"
    # ... "Good evening family, God bless.": a blessing on all.
    r"|(?:may )?god bless(?: (?:you|you all|y'?all|us|us all|all|everyone|this (?:bot|group|chat)))?"
    r"(?=\s*[.,!])"
    # ... in Spanish: "Gracias, y que Dios les bendiga.", "Dios te bendiga", "bendiciones".
    r"|(?:(?:y )?que )?dios (?:te|les|los|las|nos|lo|la|le) bendiga(?: a todos)?"
    r"|bendiciones(?=\W*$)"
    # ... "ua tsaug for this bot.": for the bot itself; "good lookin out": thanks, too.
    r"|(?:(?<=thank you )|(?<=thank u )|(?<=thanks )|(?<=ua tsaug ))for (?:this|the|your)"
    r" (?:bot|tool|app|service|help)(?=\s*[.!])"
    r"|good look(?:ing|in'?) out|preciate (?:it|you|ya)|appreciate (?:it|you|ya)(?=\W*$)"
    # ... and a Cajun's "mais cher, ...", "thanks cher": dear, well.
    r"|^mais,? (?=cher\b)|(?:^|(?<=\w )|(?<=, ))(?:cher|chere|ch\u00e8re)\b"
    # ... and a blessing: "Greetings in Jesus name.", "in the name of the Lord", "Greetings in
    # the name of our Lord."; and "Kindly tell me ...".
    r"|in (?:jesus|christ|god)(?:'?s)? (?:holy |precious |mighty )?name|(?:greetings |blessings"
    r" |peace )?in the (?:holy |precious )?name of (?:jesus|(?:(?:the|our) )?lord|christ|god)"
    r"(?: jesus| christ)?(?=\s*(?:[,.!]|amen|$))|^kindly(?= (?:tell|give|share|explain|let)\b)"
    r"|buen(?:as|os) (?:noches|tardes|dias|d\u00edas)(?: (?:hermanos|hermanas|a todos|todos))?"
    r"|^(?:hermanos|hermanas|hermanos y hermanas|brothers and sisters)(?=\s*[,.!])"
    r"|(?:gracias|thanks|thank you|thx|ty|ua tsaug|seremein) (?:de antemano|in advance)"
    # ... in Garifuna ("buiti binafi", "seremein") and Hmong ("nyob zoo", "ua tsaug"); and an
    # Arabic speaker's "inshallah", "khalas", "ya akhi", "ya'ni".
    r"|buiti (?:binafi|achuluruha|amidi)|mabuiga|seremein|nyob zoo|ua tsaug(?: ntau)?"
    r"|insh?a?'?allah|wallahi?|khalas|ya (?:akhi|ukhti|habibi)|habibi|ya'?ni|mashallah"
    # ... and an Italian, Neapolitan or Sicilian speaker's "madonna mia", "bedda matri", "marò",
    # "uagliò", "mannaggia", "povera donna", "scusate", "grazie"; "ue briefbot" (hey).
    r"|madonna mia|mamma mia|bedda matri|matri mia|mar(?:o|\u00f2)(?=\W*$)|mannaggia"
    r"|uagli(?:o|\u00f2)|sangu (?:da|di) (?:maronna|madonna)|povera donna|poveretta|poveretto"
    r"|che peccato|scusate|grazie(?: mille)?|^u(?:e|\u00e8)(?= )"
    # ... and a Greek speaker's "re paidia" (hey guys), "ela", "ti ginetai with ..." (what's up
    # with); a cook's "quick one between tickets".
    r"|^re (?:paidia|pedia|malaka|filoi)\b|^(?:paidia|ela)(?= )|\bti ginetai(?: me| with)?\b"
    r"|\bquick one(?: between (?:tickets|orders|tables|customers|rides|shifts|calls|rounds))?(?=,)"
    # ... and who keeps asking, after the question: "..., thats what my dad keeps asking at the
    # register".
    r"|(?<=, )(?:that'?s|thats|this is) what (?:my|our) (?:[\w'-]+ ){1,2}?(?:keeps? asking|asks"
    r"|asked|wants to know|is asking)\b[^?]*$"
    # ... and a Briton's "grand, and how many ...", "..., bloody saga", "cheers".
    r"|^(?:grand|cheers|lovely|brilliant|right then)\s*,\s*(?:and )?(?=\w)"
    r"|,? (?:bloody|what a|total|right) (?:saga|mess|shambles|farce|circus)(?=\W*$)"
    # ... and who signs it, after the question: "... . Thank you . Nonno Gaetano".
    r"|(?<=[.!?] )(?:nonna|nonno|zia|zio|comare|compare) [a-z]+\W*$"
    # ... and an Armenian, Greek or Turkish speaker's "aman, is all this happening tomorrow".
    r"|^aman(?= )"
    # ... in Samoan and Tongan ("talofa", "malo e lelei", "fa'afetai lava"), Marshallese and
    # Hawaiian.
    r"|talofa(?: lava)?|malo e lelei|fa'?afetai(?: lava)?|malo aupito|iakwe|aloha|mahalo"
    # Whom the asker will explain it to: "..., i have to explain to buwa in nepali tonight".
    r"|(?<=, )i (?:have|need|got|gotta) to (?:explain|translate) (?:it |this |that )?(?:to|for)"
    r" [^?]*$"
    # ... or "..., i translate for her", "I post in telegram for older people": for whom.
    r"|(?<=[,.!?] )i (?:translate|interpret|explain|read) (?:it |this |that )?(?:to|for) [^?]*$"
    r"|(?<=[,.!?] )i (?:will |am going to |gonna )?(?:post|share|send|forward|repost) (?:it |this"
    r" |that )?(?:in|on|to) (?:the |our |my )?(?:telegram|whatsapp|group|chat|discord|facebook|fb"
    r"|channel)\b[^?]*$"
    # Who will read the answer out: "..., Pastor Garang will read it Sunday", "? pastor want to
    # quote it sunday".
    r"|(?<=[,.!?] )(?:pastor|imam|sheikh|father|reverend|rev|deacon|brother|sister|elder)"
    r"(?: [\w'-]+)? (?:will|is going to|gonna|wants? to|needs? to) (?:read|announce|share|quote"
    r"|cite|use|write|send|thank|call|email|contact) (?:it|this|them|that|him|her|a|an)\b[^?]*$"
    # team.", "it's Dana with the hotline crew."
    r"|(?:^|(?<=[,.!] ))(?:this is|it'?s) (?!(?:a|an|the|about|what|why|how|not|from|true)\b)"
    r"[a-z]+(?: [a-z]+)? (?:here )?(?:from|with|at) (?:the |our |my )?[^.?!]{0,60}[a-z](?=[.!]\s)"
    # A doubt tagged on after the question: "...? different from the Post no?".
    r"|(?<=[?.!] )(?:is (?:it|that|this) |are they )?(?:different|the same|same) (?:from|as|than)"
    r" (?:the |what )?[\w.' ]{1,30}?,? (?:no|right|yes|or not)(?=\W*$)"
    # ... and why it must be short: "short list pls, my ah ma cant read long english".
    r"|\b(?:cant|can't|cannot|can not|doesn'?t|does not|dont|don't|do not) (?:read|understand)"
    r"(?: (?:long|much|good|hard|complicated))? english\b"
    # How the answer should read: "pls dumb it down, the anchor hates legalese".
    r"|(?:pls |please )?dumb (?:it|this) down"
    r"|(?<=[,.!?] )(?:the |our |my )?(?:anchor|host|ep|producer) (?:hates|wants|needs|likes"
    r"|prefers) [^?.]*(?=\W*$)"
    # A TV desk's: "for the 7p block", "for the 10p", "booked for the a block", "so the host can
    # ask him about it", "guest (ice union guy) will def bring it up".
    r"|(?:for|on|in) (?:the|our|my|tonight'?s) (?:(?:\d{1,2} ?(?:p|pm|a|am)|[a-d]|top|lead|first"
    r"|second|third)[- ]?(?:block|hit|slot|segment|show|hour)|\d{1,2} ?(?:p|pm)(?=[ ,]|\W*$))"
    r"|so (?:the|our) (?:host|anchor) can (?:ask|press|grill) (?:him|her|them)(?: about (?:it|that"
    r"|this))?|(?<=, )guest(?: \([^)]*\))? will (?:def |definitely |probably |prob )?(?:bring it"
    r" up|ask|raise it|push back)"
    # ... and what the answer is for: "title for the CG", "full name for the graphic", "need both
    # names for the reader", "graphic due at 5", "need b-roll ideas".
    r"|(?<=[\w,] )(?:(?:full |job )?(?:name|title) (?:and (?:full |job )?(?:name|title) )?)?"
    r"(?:for|on) (?:the|our|my|a) (?:cg|chyron|lower third|graphic|gfx|reader|readers"
    r"|vo|tease|b-roll|script)(?=\W*$|\W*[,.;])"
    r"|(?<=[,.!?] )(?:the )?(?:graphic|gfx|cg|script|package|pkg) (?:is )?due (?:at|by|in) [^?]*$"
    r"|(?<=[,.!?] )(?:need|want) (?:some )?b-?roll(?: ideas)?(?=\W*$)"
    # "Ok thx that helps", "thanks, that was helpful": thanks, not a question about help.
    r"|(?:that|this|it|which|u|you)(?: really)? (?:helps|helped|was helpful|is helpful|was useful"
    r"|is useful)(?: a lot| a ton| heaps)?(?=\W*$)"
    r"|excuse me|pardon me|dear bot|hi there|hello there|many thanks|best regards"
    # "Dear bot, I would like to kindly ask why ...": the asking itself.
    r"|(?:^|(?<=[,.!] ))i (?:would|'d) like to (?:kindly |politely |humbly )?(?:ask|know)"
    r"(?= (?:why|what|who|when|where|how|which|if|whether)\b)"
    # "who is ronald vitiello, never heard of him": what the asker knew, after the question.
    r"|(?<=[,.!?] )(?:i'?ve |i have |i )?never heard (?:of )?(?:him|her|them|it|that|this|the"
    r" name|that name)\b[^?]*$"
    r"|(?<=morning |evening )(?:team|all|everyone|everybody|folks|guys|y'all|people)"
    r"|^(?:morning|evening|afternoon)(?= (?:team|all|everyone|everybody|folks|guys|y'all)\b)"
    r"|(?:long|\d+ ?(?:hr|hrs|hour|hours)) (?:day|week|night|shift)(?: shift| huh| ako)?"
    r"|(?<=\w )mate(?=\W*$)|g'day|cheers"
    # "door to door like in movies": how the asker pictures it.
    r"|,? like (?:in |on )?(?:the )?(?:movies?|films?|tv|television)\b"
    # ... in Punjabi and Hindi: "Kelly sahib", "aunty ji", "veer, will they ...", "... yaar".
    r"|(?<=\w )(?:ji|sahib|saab)\b|^(?:veer|veerji|bhaji|paaji|praji|yaar|bhai)\b,?"
    r"|(?<=\w )(?:veer|veerji|bhaji|paaji|yaar)(?=\W*$)"
    # ... in Armenian: "axper, ...", "... who do i believe axper" (brother); in Tamil and
    # Sinhala English: "machan that blog ..." (buddy).
    r"|(?<=\w )(?:axper|akhper|aper|machan|machi)(?=\W*$)|^(?:axper|akhper|aper|machan|machi)\b,?"
    # ... Russian "brat, ...", "rebyata", "..., davai" (come on); Liberian "Bra, ...", "... ehn".
    r"|^(?:brat|bratan|rebyata|bra)\b,?|(?<=\w )(?:davai|ehn)(?=\W*$)|(?<=[.!?] )rebyata\b"
    # Chat asides: "ngl", "lol", "istg", "tbh", "lowkey".
    r"|lol|lmao|lmfao|ngl|tbh|istg|ong|bruh|lowkey|highkey|smh|fwiw|imo|imho|deadass|no cap"
    r"|bffr|ikr|iykyk|omg|omfg|sheesh"
    r"|on (?:god|gawd|my mama|my momma)|fr fr|frfr"
    # ... in Korean: "aigoo", "heol", "eotteokhae" (what do I do).
    r"|aigoo|aigo|heol|eotteokhae|eottokhae|otoke|daebak|omo"
    # ... Puerto Rican and Dominican: "klk", "bendito", "acho", "wepa"; Vietnamese "troi oi".
    r"|klk|bendito|acho|wepa|troi oi oi|troi oi|tigueraje(?: aside)?"
    # ... and who is typing, first: "Hello this is Abu Fadi my son set this up. What was ...",
    # "hi bot this is um Umm Mina typing for my husband, Menendez said ...".
    # ("BRIEFBOT . this is Nonna Rosaria . WHAT DATE ...": after the bot's name and a stop.)
    r"|^[\s.,:;!-]*(?:(?:hello|hi|hey|salam|salaam)\W+)?(?:bot\W+)?this is (?:um |uh )?"
    r"[^.?!,]{1,40}?"
    r"(?=\s?[.,!]\s)"
    # ... and a message's own note that it was dictated: "voice text. quien hizo ...".
    r"|^voice (?:text|note|message|to text)\b\.?"
    # ... Russian asides: "koroche what is the blogger opinion" (in short), "how many
    # countries tochno" (exactly), "nu so changes start today?"; Armenian thanks,
    # "shnorhakalutyun jan."; a driver's "..., short answer pls im driving".
    r"|^(?:koroche|nu)\b,?|(?<=\w )(?:tochno|koroche)(?=\W*$)|shnorhakalutyun(?: jan)?"
    r"|(?<=\w )(?:answer )?(?:pls |please )?(?:i'?m|im|i am) driving(?=\W*$)"
    # ... Kachin kin, who ask through the asker: "ka nu worried:", "translating for ka dwi:",
    # "my kahpu asking".
    r"|\b(?:my )?(?:ka (?:nu|wa|pi|dwi)|kahpu)\b"
    # ... thanks at the end: "quien era el director interino de ice ... gracias".
    r"|(?<=\w )gracias(?=\W*$)"
    # ... a voice dictation's spoken marks: "... la guia esa punto", "signo de interrogacion",
    # "abuela Cuca por voz:", "abuela dictando:".
    r"|\bsigno de (?:interrogacion|pregunta)|(?<=\w )punto(?=\W*$)"
    r"|(?:^|(?<=\w ))(?:por voz|dictando)(?=\s*:)"
    # ... Thai politeness, "... in 2015 kha", "nong ploy is DACA ka, she ...", "check krub:".
    r"|(?<=\w )(?:na )?(?:krub|khrub|krab|khrap|kha|ka)(?=\W*$|\s*[,.:!?])"
    # ... Congolese and Cajun French asides: "... which one we believe mes freres", "co faux,".
    r"|(?<=\w )mes (?:freres|soeurs)(?=\W*$)|^co faux\b,?"
    # ... Nicaraguan "a la gran puchica" (good grief), at either end.
    r"|(?<=\w )(?:a la gran(?: puchica)?)(?=\W*$)|(?<=\w, )a la gran(?=\W*$)"
    r"|^(?:a la gran(?: puchica)?|puchica)\b,?"
    # ... in Somali: "mahadsanid" (thank you), "waan ka xumahay" (sorry).
    r"|mahadsanid|mahadsanidiin|waan ka xumahay"
    # ... and what a stream's chat is doing: "..., chat keeps spamming her name".
    r"|(?<=[,.!?] )(?:the )?chat (?:keeps |is |was |has |needs |wants )[^?.!]*(?=\W*$)"
    # ... and a stream chat's emotes: "KEKW", "LULW", "PepeLaugh", "monkaS".
    r"|kekw|lulw|lul|omegalul|pepelaugh|pepehands|pepega|pog|pogchamp|poggers|pogu|monkas|monkaw"
    r"|kappa|copium|hopium|sadge|5head|residentsleeper|feelsbadman|feelsgoodman|catjam"
    r"|widepeepohappy|pogo|modcheck|ezclap"
    r"|(?:just )?(?:be|to be) honest(?: with (?:me|us))?|^being honest|honestly"
    # The language the answer will be put in: "for translation into Chinese", "so I can translate
    # to Mandarin and Cantonese for the Wednesday group".
    rf"|(?:(?:for|so (?:that )?i can|to) )?translat\w*(?: it| this| them)? (?:in)?to {_LANGUAGE}"
    rf"(?: (?:and|or|&) {_LANGUAGE})?(?: for [^?.]*)?"
    # The language a program is in: "for the Vietnamese program", "our Spanish listeners".
    r"|(?:for|in|on) (?:the |our |my )?(?:spanish|vietnamese|creole|haitian|kreyol|chinese"
    r"|mandarin|cantonese|korean|tagalog|arabic|french|portuguese|russian|somali|hmong)"
    r"(?:[- ]language)? (?:program|programme|show|segment|broadcast|newscast|radio|audience"
    r"|listeners|readers|edition|version|speakers)(?: tonight| today| this week)?"
    # A Creole asker's own time: "m nan shift 16 e m pa gen tan li tout" (no time to read).
    r"|(?:m|mwen) (?:pa |p )?(?:gen|genyen) tan (?:pou )?li(?: yo| l)?(?: tout)?"
    r"|(?:m|mwen) nan (?:yon )?shift(?: \d+)?"
    # "explain simple please": how the asker wants it told.
    r"|(?:(?:please|pls|plz) )?explain (?:it |this |that )?(?:simple|simply|easy|easily"
    r"|in simple (?:words|english))(?: (?:please|pls|plz))?"
    # ... a church member, by name: "Sis Ruiz from Monterrey asking me is they ...", "Sister
    # Joseph (she Haitian) keep askin me how many ...".
    r"|^(?:sis|sister|bro|brother|deacon|elder|mother|pastor|rev|reverend|mr|mrs|ms|miss|aunt"
    # ... or "Pani Halina from our church ask what ...".
    # ... or "Pa Sesay in southwest philly keep asking me, ...", "Ma Fatu ask".
    r"|auntie|uncle|unc|pani|pan|pa|ma|papa|mama)\.? [a-z][\w'-]*(?: \([^)]{1,40}\))?"
    r"(?: (?:from|in|at) [a-z][\w' -]{1,30}?)?"
    r" (?:keeps? askin[g']?|(?:is |been )?askin[g']?|asked|asks?|wants? to know|wanna know)"
    r"(?: me| us)?(?: (?:if|whether))?(?=[ ,:])"
    # ... or by office alone: "pastor ask kelly memo is what year".
    r"|^(?:(?:my|our|the) )?(?:pastor|priest|deacon|elder|imam|rev|reverend|teacher|boss)"
    r" (?:keeps? askin[g']?|asked|asks?|wants? to know)(?: me| us)?(?: (?:if|whether))?(?=[ ,:])"
    # ... "Samchon want to know, ...": who asks it.
    rf"|^(?:(?:my|our) )?{ACQUAINTANCE}(?: ji)? (?:wants? to know|is asking|asking)(?=\s*[,:])"
    # ... and formally, after a courtesy: "Respected bot, my grandfather wishes to know, with
    # respect, in which city ...".
    r"|^respected (?:bot|sir|madam|briefbot)\W+"
    r"|(?:^|(?<=^ )|(?<=^  )|(?<=^   ))(?:(?:my|our) )?"
    rf"(?:{ACQUAINTANCE} )?(?:wishes|would like) to know(?:, with respect)?(?=,)"
    # "Sorry my english not good", "sorry for my bad english".
    r"|(?:(?:sorry|excuse me|pardon)\W+)?(?:for )?my english (?:is |it's |its )?(?:not|no|isn't|is not)"
    r" (?:so |very |too |that )?(?:good|great|perfect|well|the best)"
    r"|(?:sorry|excuse me|pardon) (?:for |about )?my (?:bad |poor |broken |limited )english"
    # The asker's own people: "my pastor mentioned it", "our teacher said" (not who is asked about).
    r"|(?:my|our|mi) (?:(?:neighbou?r|friend|cousin|coworker|co-worker|aunt|uncle|sister|brother"
    r"|boss|landlord|tenant|client|roommate)'?s )?(?:pastor|priest|reverend|minister|teacher"
    r"|professor|boss|doctor|coworker"
    r"|daughter[- ]in[- ]law|son[- ]in[- ]law|mother[- ]in[- ]law|father[- ]in[- ]law"
    r"|brother[- ]in[- ]law|sister[- ]in[- ]law|nephew|niece|granddaughter|grandson"
    r"|grandmother|grandfather|grandma|grandpa|husband|wife|pastor's wife)(?:'s\b)?"
    # ... and where they are, before what they claim: "my coworker in the kitchen swears", "my
    # grandson at Ohio State says".
    r"(?: (?:in|at|from|on) (?:the |my |our |a )?[\w'-]+(?: [\w'-]+)?(?= (?:says|said|swears|swore"
    r"|thinks|insists"
    r"|claims|keeps saying|told me)\b))?"
    # The asker's own shelter: "a lady at our shelter", "a man at my shelter came in 2016".
    r"|(?:at|in|from) (?:our|my) shelter"
    # Who passes the question on: "caller doing school project ...", "caller husband was
    # arrested ...", "client heard ..." (a caller is not the conference call).
    r"|^(?:a |the |one |this |my |our |new )?(?:callers?|clients?|patrons?|patients?)(?:'s)?"
    r"(?: (?:husband"
    r"|wife|son|daughter|brother|sister|cousin|mom|dad|mother|father|uncle|aunt|kids?|child"
    r"|children|family|nephew|niece|grandma|grandmother|grandpa|grandfather|boyfriend|girlfriend"
    r"|partner))?(?: from [\w'-]+(?: [\w'-]+)?(?=\s*[:,]))?(?=[\s:,])"
    # A newsroom colleague whose copy is checked: "reporter wrote 'a trio of memos'", "the
    # reporter has ohio" (not the reporters DHS briefed).
    r"|(?:^|(?<=[.:;?] ))(?:(?:the|our|my|a|one) )?(?:reporter|writer|stringer|correspondent)"
    r"(?:'s (?:draft|copy|story|notes|piece|lede))?(?= (?:wrote|writes|has|had|says|said|put"
    r"|used|attributed|attributes|pins|pinned|credits|credited|quotes|quoted)\b)"
    # "CQ pls": a copy desk's mark that a fact is checked, asked for.
    r"|\bcq(?: (?:pls|please|plz|this|that|it|check))?(?=\W|$)"
    # A caller's child's schoolwork: "caller doing school project (her daughter)".
    r"|(?:doing|for) (?:a |her |his |my |their |the )?(?:school|class|homework|science|history"
    r"|civics) (?:project|assignment|report|paper|essay)(?: \([^)]{1,30}\))?"
    # The asker's coursework: "for my civics class", "in our history class".
    r"|(?:for|in) (?:my|our) [\w-]+ (?:class|course|homework|essay|paper|assignment)"
    # "What's the reading for next week's seminar": the asker's coursework.
    r"|(?:for|in) (?:my|our|the|next week'?s|tomorrow'?s|today'?s|this week'?s) (?:seminar|lecture"
    r"|tutorial|discussion section)\b"
    # The asker's own work: "that's what my draft says", "for our flyer", "the full quote".
    # ... or its social posts: "viewer comment on our FB post", "for an IG story".
    r"|(?:(?:a |an |the )?(?:viewer|reader|user|follower) comments? )?(?:on|for|in) (?:my|our|an?|the)"
    r" (?:fb|ig|facebook|instagram|insta|tiktok|twitter|social|social media) (?:post|story|reel"
    r"|thread|caption|comments?|page|feed|live|video)s?"
    r"|(?:for )?(?:my|our) (?:know[- ]your[- ]rights |kyr )?(?:draft )?(?:draft|piece|story|copy"
    r"|script|notes"
    r"|lede|writeup|write-up|flyer|post|thread|newsletter|explainer|sidebar|segment|handout"
    r"|pamphlet|leaflet|brochure|workshop|training)"
    r"|for (?:the|this|tonight'?s|today'?s|tomorrow'?s) (?:[\w-]+ )?(?:script|segment|explainer"
    r"|newsletter|lede|sidebar|handout|flyer|writeup|write-up)(?: (?:card|cards|runner|notes))?"
    # A listener's sign-off: "... thanks, Doreen in Millbrook" (and see _SIGNED).
    r"|(?:thanks|thank you|thx|cheers|regards|sincerely)\W{1,3}[a-z]+(?: [a-z]\.?)?"
    r"(?: (?:in|from) [a-z][a-z .'-]{1,30}?)?(?=\W*$)"
    # A message passed on: "pasting a listener email verbatim: '...'", "settle this pls".
    r"|(?:pasting (?:in )?|forwarding |here'?s )?(?:a |an |the |this )?(?:listener|viewer|reader"
    r"|audience)(?:'s)? (?:email|e-mail|mail|letter|voicemail|note|message|dm)"
    r"(?:,? (?:verbatim|typos and all|word for word))?"
    r"|settle (?:this|it|that|an argument|a debate|a bet)(?: for (?:me|us))?"
    # "Like the exact vibe", "for real?": how the asker puts it.
    r"|(?:like )?the (?:exact |general |overall )?vibes?(?: (?:they|he|she|it|dhs|ice) (?:was|were)"
    r" going for)?|for real(?=\W*$)|vibe check(?: on)?"
    # "... or is that cap", "... or is that revisionist": the asker's doubt, put as a guess.
    r"|,? or (?:is|was) (?:that|it|this) (?:just )?(?:cap|revisionist|a myth|made up|fake(?: news)?"
    r"|an exaggeration|exaggerated|overblown|hype|a meme)(?: at this point)?(?=\W*$)"
    # A gamer's: "patch notes pls" (the summary), "make it make sense".
    r"|,? ?patch notes(?: (?:pls|please|plz))?|make it make sense"
    # What it is for and who wants it: "anchor needs ...", "for a 2 min explainer", "for
    # tomorrow, list ...", "(there are four)".
    r"|^(?:the |our |my )?(?:anchor|host|producer|desk|editor|reporter|teacher|professor|prof"
    r"|intern|boss) (?:needs|wants|asked for|asks for)"
    r"(?= (?:the (?:main|key|big)|a (?:list|summary|rundown|recap)|an overview|the gist)\b)"
    r"|for (?:the|a|our|my) (?:side-by-side|comparison chart|chart|table|graphic|slide|deck"
    r"|timeline slide)\b"
    r"|(?:for|writing|cutting|doing) (?:a|an|the|my|our|tonight'?s|tomorrow'?s) (?:\d+|one|two"
    r"|three|five)[- ]?(?:min|mins"
    r"|minute|minutes|sec|secs|second|seconds)(?: long)? (?:explainer|segment|package|hit|read"
    r"|spot|piece|vo|sot|story|report|intro)"
    r"|for (?:tomorrow|tonight|class|the class|our class)(?=,)"
    r"|there (?:are|were|should be) (?:two|three|four|five|six|\d+)(?=\))"
    r"|(?:graphics|the desk|the anchor|desk|anchor|producer) needs? (?:it|this|that|them)\b"
    # "..., county atty needs it for a memo", "PIO wants it verbatim": who it is for.
    r"|(?<=[?.!,] )(?:the |our |my |county |a )?(?:county )?(?:atty|attorney|lawyer|boss|sheriff"
    r"|chief|captain|lt|sgt|pio|gc|chro|hr|legal|counsel|manager|supervisor|director)"
    r" (?:needs|wants|asked for|asks for) (?:it|this|that|them)\b(?: (?:for|in) [^?.!]{1,40})?"
    r"(?: (?:verbatim|word for word|asap|pls|please|today|tonight))?(?=\W*$)"
    # "Name + org, need both for the CG", "who exactly + title + org": the attribution every
    # answer gives.
    r"|(?:who(?: exactly)? ?\+ ?)?(?:name|title|org|quote|outlet)(?: ?(?:\+|&) ?(?:name|title|org"
    r"|organization|organisation|quote|outlet|affiliation|date|group))+(?:,? need (?:both|all|them|it))?"
    r"(?: for (?:the )?(?:cg|lower third|chyron|graphic|graphics|super|script))?"
    # "..., name and group pls": the attribution every answer gives (but "name and title?"
    # asks the name, which may not be given).
    r"|(?<=[,;(:-] )names? and (?:group|org|organization|organisation|affiliation|outlet)"
    r"(?= ?(?:pls|please|plz)?\W*$)"
    # "Need the spelling": how the answer is used (every name is spelled as the sources do).
    r"|(?:need|want|check|confirm|verify) (?:the |his |her |their )?spellings?"
    # A remark after the question: "what did he call Kelly, it was pretty harsh".
    r"|(?:it(?<=\w[,;.!] it)|that(?<=\w[,;.!] that)|this(?<=\w[,;.!] this)"
    r"|which(?<=\w[,;.!] which)) (?:was|is|sounded|seemed|felt) (?:pretty|really|so"
    r"|very|kinda|super|quite|totally) [a-z]+(?=\W*$)"
    # ... "why did he even tweet that, seemed random": how it seemed to the asker.
    r"|(?<=\w, )(?:it |that |this )?(?:seemed|seems|felt|sounded|sounds) (?:so |kinda |pretty "
    r"|really |very |super |a bit |kind of )?(?:random|weird|odd|strange|crazy|wild|harsh|scary|sus"
    r"|suspicious|off)(?=\W*$)"
    # What the asker is off to, after the question: "...? leaving for a 10 day trip tonight".
    r"|(?<=[?] )(?:i'?m |im |we'?re |were |just )?(?:leaving|heading out|heading off|on my way"
    r"|about to (?:leave|head|start|go))\b[^?]*$"
    # ... or back from, first: "just got in to dutch harbor w signal finally."
    r"|(?:^|(?<=^ )|(?<=^  ))just (?:got|getting) (?:in|back|off|home|signal|service|wifi)\b"
    r"[^.?!,]*(?=[.!])"
    # Whose local police: "the sheriff's office in our county" (not "will ICE come to my city").
    r"|(?:(?<=sheriff )|(?<=sheriffs )|(?<=sheriff's )|(?<=police )|(?<=cops )|(?<=office )"
    r"|(?<=department )|(?<=deputies )|(?<=jail ))(?:in|for|around) (?:my|our|mi) (?:county"
    r"|city|town|area|neighborhood|neighbourhood|community|parish|district)(?=\W|$)"
    r"|(?:exact|precise|verbatim)(?= (?:quote|text|wording|words?|statement|line|sentence"
    r"|passage|phrase|phrasing|language)\b)|word for word|verbatim"
    # "Trump's record delivering on his promises": how he did, not a record high.
    r"|(?<='s )(?:track )?record (?:of |on |in |at )?(?=(?:delivering|keeping|fulfilling"
    r"|making good|following through)\b)"
    # "Trump's quote as he left for FL re: 'they know' — full text?": the quote's, set off.
    r"|(?<=[\u2014\u2013] )(?:the )?(?:full|whole|entire|complete) (?:text|sentence)"
    r"(?=\W*(?:$|&|and\b))"
    # (But "the full text of the tweet" asks for a whole document, which no source gives.)
    r"|full(?= (?:quote|wording|words?|statement|line|sentence|passage|phrase|phrasing|name|title"
    r"|language)\b)"
    # "DACA recipients as of feb 2017": the month marks the time asked about, as the year does.
    rf"|(?<=as of ){MONTH_PATTERN}\.?(?: \d{{1,2}}(?:st|nd|rd|th)?,?)?(?= (?:19|20)\d\d\b)"
    # "The Feb 21 directives": the memos' date names them; it does not ask what happened then.
    rf"|(?<=the ){MONTH_PATTERN}\.? (?:(?:1[789]|2[01])(?:st|th)?,?(?: 2017)?|2017)(?= (?:kelly |dhs )?"
    r"(?:memos?|memoranda|directives?|guidance|guidelines|enforcement memos)\b)"
    # "Per the June 2019 Times piece": the date of the source, not of what is asked.
    rf"|(?:{MONTH_PATTERN}\.? )?(?:19|20)\d\d(?= (?:new york |ny )?(?:times|nyt|post|wapo|hill"
    r"|piece|article|story|coverage)\b)"
    # Who is asking, as a label: "anchor wants one sentence:", "screener:", "for the spanish
    # show:", "one sentence:".
    r"|^(?:[\w'.-]+ ){0,6}?(?:anchor|host|producer|screener|reporter|editor|coordinator|pastor|ta"
    r"|professor|prof|intern|volunteer|aide|staffer|analyst|show|segment|desk|prompt|teacher"
    r"|homework|assignment|quiz|ce|copy ?editor|seminar|lecture|slide|deck|one-pager|bottom line"
    r"|graphic|chart|side-by-side|please|pls|card|cards|evidence|narrative|board memo|prep|qfr"
    r"|one pager|exec summary|backgrounder|timeline"
    r"|essay|project|worksheet|handout|msg|voicemail|transcribed|forwarded|reader"
    r"|talking points|floor statement|floor speech|oversight letter|kyr|know your rights"
    r"|training|workshop|flyer|meeting|moot|intro|outline|atty|attorney|lawyer|counsel|sheriff"
    r"|deputy|sergeant|sgt|lieutenant|lt|captain|chief|admin|administrator|paralegal|caseworker"
    r"|hr|ceo|cfo|chro|gc|question|q|reply|packet|newsletter|minutes|agenda|confirming)\b"
    r"[^:?]{0,30}?(?=\s*:)"
    # ... by a title and name ("Ms. Alvarez: ..."), or a worksheet's item ("q3 asks how many").
    r"|^(?:mr|ms|mrs|miss|dr|coach|sr|sra)\.? [\w'.-]+(?=\s*:)"
    r"|^(?:q|question|#) ?\d{1,2}[a-e]?(?: (?:asks|wants|says))?(?=\s*[:.)-]?\s)"
    # ... or a question relayed or put to use before a colon: "a farmworker in our group asked
    # this in spanish, translating: ...", "relaying for a lady at our shelter: ...", "need
    # figures for a speech at the rally saturday: ...".
    r"|^(?:[\w'.,-]+ ){0,12}?(?:asked|asks|asking|translating|translated|relaying|paraphrasing"
    r"|quoting|need|needs|needed|pregunta|preguntan|pregunto)\b[^:?]{0,60}?"
    r"(?=\s*:\s*['\"\u201c]?(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|did"
    r"|does|do|can|could|will|would|has|have|had)\b)"
    # ... or as "X here": "Pastor here \u2014 ...", "caseworker here, quick one".
    r"|^(?:[\w'.-]+ ){0,3}?(?:pastor|priest|reverend|minister|reporter|producer|editor|caseworker"
    r"|case worker|volunteer|organizer|organiser|student|teacher|lawyer|attorney|paralegal|mom|dad"
    r"|nurse|coordinator|intern|member|professor|prof|librarian|advocate|researcher|journalist"
    r"|staffer|aide|analyst|director|manager|chaplain|deacon|elder|weather guy|anchor|host|atty"
    r"|planner|social worker|sw|case manager|doctor|therapist|investigator|public defender"
    r"|defender|pd|clerk|rn|lpn|cna|np|medic|1l|2l|3l|law student)s?"
    r" here"
    # ("Retired RN here, night shift.": and when they work)
    r"(?:,? (?:on )?(?:the )?(?:night|day|swing|graveyard|overnight|early|late) shift)?"
    # ("producer here doing the 2019 raids recap —": what the asker is working on)
    r"(?: (?:lol|lmao|haha))?"
    r"(?: (?:doing|working on|prepping|writing|cutting|putting together|building) [^\u2014:?]{1,40}?)?"
    r"(?=\s*[-\u2013\u2014,.:!;])"
    # ... or how short the answer should be: "sum up the main points in one or two lines".
    r"|\b(?:in |like |as )?(?:one|two|three|four|five|a few|\d)(?: or (?:two|three|four|five|\d))?"
    r" (?:lines|line|sentences|sentence|words|bullets|bullet|bullet points)\b"
    # ... or how the asker wants it put: "bottom line, did the memos make more people ...".
    r"|^(?:so |ok |okay )?(?:bottom line|real talk|quick q|quick question|net[- ]net|tl;? ?dr)"
    r"(?=\s*[-\u2013\u2014,.:!;]|\s+(?:what|how|who|when|where|why|which|is|are|was|were|do"
    r"|does|did|can|will|has|have)\b)"
    # ... or when the asker needs it: "..., exec team wants it EOD", "... by COB".
    r"|(?<=[,.!?] )(?:[\w'-]+ ){0,3}?(?:needs?|wants?) (?:it|this|them|that)"
    r" (?:by |before )?(?:eod|cob|eow|asap|today|tonight|tomorrow)(?=\W*$)"
    r"|(?:,? (?:by|before) )(?:eod|cob|eow)(?=\W*$)"
    # A polite close in Indian English: "...? kindly confirm", "kindly do the needful and reply
    # fast", "kindly share name if any".
    r"|(?<=[,.!?] )(?:pls |please )?kindly (?:confirm|share|reply|revert|advise|clarify|update"
    r"|do the needful)\b[^?]*$"
    # "Who in the world is Ronald Vitiello": who is he.
    r"|(?<=\bwho )in the (?:world|heck|hell)(?= (?:is|was|are|were)\b)"
    r"|(?<=\bwhat )in the (?:world|heck|hell)(?= (?:is|was|are|were|did|does|do)\b)"
    # ... or what the others are saying of the thing asked about: "who wrote these memos
    # everybody at church is talkin bout".
    r"|(?:(?<=\bmemos )|(?<=\bpolicy )|(?<=\borders )|(?<=\brules )|(?<=\braids ))"
    r"(?:that |which )?(?:everybody|everyone|folks|people|y'?all|we|they)(?: [\w']+){0,3}?"
    r" (?:is |are |been |keeps? |keep on )?(?:talking"
    r"|talkin'?|worried|worrying|asking|fussing) (?:about|bout|'bout)(?=\W*$)"
    # "menendez said the policies could lead to what now": to what.
    r"|(?<=\bto what) now(?=\W*$)"
    # ... or an airline crew's wait between legs: "on a 3hr sit in CLT,", "got a 40 min sit in
    # ORD", "deadheading home and curious"; and where a passenger sits: "pax in 3A says".
    r"|(?:^|(?<=[,.!?] ))(?:(?:i'?m |im |we'?re )?on (?:a |my |the |our )?|got (?:a )?)"
    r"(?:\d+(?:\.\d+)? ?(?:hours?|hrs?|h|mins?|minutes?)[- ]?)?(?:sit|layover|delay|turn)"
    r"(?: in [a-z]{3})?(?=\s*[-\u2013\u2014,.:!;?]|\s*$)"
    r"|(?:^|(?<=[,.!?] ))deadheading(?: (?:home|back|out))?(?: (?:and|so) (?:curious|bored"
    r"|wondering))?(?=\s*[-\u2013\u2014,.:!;?]|\s*$)"
    r"|(?:(?<=\bpax )|(?<=\bpassenger ))(?:in|from) (?:seat |row )?\d{1,2}[a-k]"
    r"(?= (?:says|said|asked|asks|keeps|wants|thinks|swears)\b)"
    # ... or a shift just ended: "just got off graveyard,", "just clocked out -".
    r"|^just (?:got off|got out of|finished|clocked out(?: of)?|off)(?: (?:my|the|a|work))?"
    r"(?: (?:graveyard|swing|night|day|overnight|double|early|late))?(?: shift)?"
    r"(?=\s*[-\u2013\u2014,.:!;])"
    # ... or what the answer sets up: "setting the scene for my oral history project intro -".
    r"|^(?:setting (?:the scene|the stage|things up)|context|background) for (?:my|our|the|a|an)"
    r" [^-\u2013\u2014:?]{1,50}?(?=\s*[-\u2013\u2014:])"
    # ... or where the asker heard it: "saw on the news they're hiring".
    r"|(?:^|(?<=[,.!?] ))(?:i |we )?(?:saw|heard|read) (?:it |this )?(?:on|in) (?:the )?(?:news"
    r"|tv|radio|facebook|fb|twitter|tiktok|instagram|ig|whatsapp|internet|group ?chat)(?: that)?"
    r"(?= )"
    # ... or who saw what, and where: "my mom saw something on LINE saying kelly promised ...".
    r"|^(?:my |our )?(?:[\w'-]+ ){0,2}?(?:saw|seen|heard|read|got) (?:something|smth|sth|stuff"
    r"|a (?:post|video|clip|message|msg|forward|thing|rumou?r)) (?:on|in) (?:the |a |her |his |my"
    r" )?(?:news|tv|radio|facebook|fb|twitter|tiktok|instagram|ig|whatsapp|line|wechat|kakao"
    r"|kakaotalk|telegram|viber|youtube|internet|group ?chat|chat)"
    r" (?:saying|that says|that said|says|said|claiming)(?: that)?(?= )"
    # ... or a shift on a ward: "SW covering 7N today.", "rn on 4W tonight -".
    r"|^(?:sw|rn|np|md|nurse|social worker|case manager|charge nurse)s? (?:covering|on|floating"
    r" to|working) [\w/-]+(?: (?:today|tonight|this am|this pm|this morning))?"
    r"(?=\s*[-\u2013\u2014,.:!;])"
    # ... or as who needs it: "researcher needs the 2016 number", "host wants the framing".
    r"|^(?:the |our |my |a |one )?(?:researcher|producer|editor|host|anchor|intern|reporter|boss"
    r"|professor|teacher|director|patron|client|caller|student|teen|reader|listener|viewer"
    r"|member)s? (?:needs|wants|asks|asked|is asking|insists|swears)"
    r"(?= (?:the|a|to|for|what|who|how|when|why|which|whether|if)\b)"
    # ... or as a role and a comma: "tax lawyer, total newbie on this."
    r"|^(?:[\w'-]+ ){0,2}?(?:lawyer|attorney|atty|paralegal|coordinator|volunteer)(?=,)"
    r"|(?:a |total |complete )?(?:newbie|novice)(?: (?:on|to|at) (?:this|immigration|all this))?"
    # "Totally out of my lane": how much the asker knows, not what is asked.
    r"|(?:totally |completely |way |a bit |bit )?out of my (?:lane|depth|element|league)"
    # "Im not reading allat": how much the asker will read.
    r"|(?:i'?m |im )?not (?:reading|gonna read|going to read) (?:allat|all that|all of that"
    r"|the whole thing)"
    # "..., no time to read it all", "que no tengo tiempo de leer": how much the asker will read.
    r"|(?:(?:because|cause|cuz|since|bc|que|porque|pq|xq) )?(?:i |we )?(?:have no|got no|don'?t"
    r" have|do not have|no tengo|no tenemos) (?:the )?(?:time|tiempo) (?:to|de|para|pa) (?:read"
    r"|leer)\b[^?,.;]*?(?=\W*$)"
    # "For this week's roundup": the asker's own writing, not a time asked about.
    r"|\b(?:for|in) (?:this|next|last) week'?s (?:[\w-]+ )?(?:roundup|round-up|newsletter|issue"
    r"|edition|column|episode|show|segment|digest|recap|piece|draft|explainer)\b"
    # "..., or is that media hype": the asker's doubt, not what is asked about.
    r"|,? or (?:is|was) (?:that|this|it) (?:just |all )?(?:media hype|hype|overblown|exaggerated"
    r"|made up|fake news|propaganda|a myth|internet lore|an exaggeration|spin)(?=\W*$)"
    # "...?? thats a hell of a thing to say about a Gold Star dad": the asker's comment on it.
    r"|(?<=[?!.] )(?:that'?s|thats|that is) (?:a hell of a|one hell of a|a heck of a|quite a|a wild"
    r"|a crazy) (?:thing|way|claim|statement) to (?:say|call)\b[^?]*$"
    # "..., I'm guessing not great lol": the asker's guess at the answer.
    r"|,? (?:i'?m |im |i am )?guessing (?:not (?:great|good|well|too well|so well)|badly|poorly)"
    r"(?=(?:\W+(?:lol|lmao|haha))?\W*$)"
    # "..., not per some guy at the podium": whose word the asker does not want.
    r"|,? not (?:per|from|according to) (?:some|that|this|a|the) [^?,.;]*?(?=\W*$)"
    # "... or is it gonna be like my VA appeal, 3 yrs and counting": the asker's comparison.
    r"|\bor (?:is it|will it be|it'?s|its) (?:gonna|going to) be like (?:my|our|the|a)"
    r" [^?]*?(?=\W*$)"
    # "..., not looking for spin either direction": how the asker wants it told.
    r"|,? (?:i'?m |im )?(?:not looking for|don'?t want|no) (?:any )?(?:spin|politics|agenda|bias)"
    r"(?: (?:in |from )?(?:either|any) (?:direction|way|side))?(?=\W*$)"
    # "...? saw her name in a video caption": where the asker came across it.
    r"|(?<=[?.!] )(?:i |we )?(?:saw|seen|heard|noticed|spotted|came across)"
    r" (?:her|his|their|the|this|that) names? (?:in|on|at|during|going around|around"
    r"|everywhere|somewhere|a lot|online|floating around)\b[^?]*$"
    # "...? my tita saw it on fb saturday": where the asker's family came across it.
    r"|(?<=[?.!] )(?:my |our |a )?(?:[\w'-]+ ){0,2}?(?:saw|seen|heard|read) (?:it|this|that|about"
    r" it|about this) (?:on|in) (?:fb|facebook|tiktok|twitter|instagram|ig|whatsapp|youtube"
    r"|the news|tv|a group chat|the group chat)\b[^?]*$"
    # "..., patron waiting": who waits at the desk.
    r"|(?<=[,.!?] )(?:(?:a|the|my|one) )?(?:patron|customer|client|patient|caller)s? (?:is |are )?"
    r"(?:waiting|here|at the desk|in line)\b[^?]*?(?=\W*$)"
    # A bedside's and a farm office's asides: "something along the lines of", "I said I'd
    # double check for him.", "As a chaplain I'm curious -", "no, repeat no,", "a Q and A I
    # could hand my workers".
    r"|(?:something )?along the lines of"
    # "..., double checking", "..., i was like 12", "..., idk anymore": why the asker asks.
    r"|(?<=, )(?:just )?(?:double[- ]?checking|checking|confirming|fact[- ]?checking|making sure)"
    r"(?=\W*$)"
    r"|(?:(?<=[,.!?] )|(?<=\bplease ))i was (?:like |only |just )?(?:\d{1,2}|a kid|little|young"
    r"|in (?:middle|high) school)(?: (?:then|back then|at the time|lol))?(?=\W*$)"
    r"|(?<=, )(?:idk|i don'?t know|i dont know|i do not know) (?:anymore|any more|tbh|man|lol)"
    r"(?=\W*$)"
    r"|(?:^|(?<=[.!?] ))i (?:said|told (?:him|her|them)) i'?d (?:double[- ]?check|check|look it up"
    r"|find out)(?: (?:for|with) (?:him|her|them))?(?=\W)"
    r"|(?:^|(?<=[.!?] ))as an? [\w-]+(?: [\w-]+)?,? i'?m (?:curious|wondering|asking)(?=\W)"
    r"|(?<=, )repeat (?:no|not)(?=,)"
    r"|\b(?:i|we) (?:could|can|might) (?:hand|give|pass|show|send)(?: out)?(?: to)? (?:my|our)"
    r" (?:workers|crew|crews|employees|staff|guys|team|members|patients|clients|students|people)\b"
    # "Sorry on my phone": how the asker types.
    r"|(?:sorry,? )?(?:i'?m )?(?:on|from|typing on|texting from) (?:my|a) phone"
    r"|(?:sorry,? )?(?:voice typing|voice to text|voice-to-text|talk to text|dictating)"
    r"(?:,? sorry)?"
    # A driver's stop, before the question: "sittin at the TA in amarillo.", "... 10 min til i
    # roll".
    r"|^(?:i'?m |im )?(?:sittin'?|sitting|parked|stuck|stopped|fueling up|fuelin'?|waiting)"
    r" (?:at|in|on) (?:the |a )?[\w' -]{1,30}?(?=[.!])"
    r"|(?<=[.!?] )\d+ (?:min|mins|minutes) (?:til|till|until|before|to) [^?]*$"
    # A hotline's relay: "ticket #5120, caller asks ...", "man on line 4 asks: ...", "caller needs
    # the number of ...".
    r"|^(?:ticket|call|case|req|request|sr|incident) ?(?:#|no\.? ?|number )?\d{2,}\b[,:.-]?"
    r"|^(?:the |a |an )?(?:man|woman|lady|guy|gentleman|caller|se(?:\u00f1|n)ora|se(?:\u00f1|n)or"
    r"|abuela|abuelo|person|someone|elderly (?:man|woman|lady)) on (?:the )?(?:line|phone)"
    r"(?: \d+)?(?: (?:asks|asking|is asking|wants to know|says))?(?=\s*[:,-]|\s+\w)"
    r"|^(?:the |a |my )?(?:caller|client|patron|constituent|listener|viewer)s? (?:needs|wants"
    r"|is asking for|asked for|would like)(?= (?:the|a|an)\b)|^(?:needs|wants)(?= (?:the|a|an)\b)"
    # "... deported in 2015 for a community board presentation": what the answer is for.
    # ("... for our church bulletin in Ukrainian Village", "for my cape verdean assoc. newsletter")
    # ("... for our volunteer orientation on Saturday", "for the wharf meetin tonight")
    r"|(?<=[\w,] )for (?:a|the|our|my|an) (?:[\w-]+\.? ){0,3}?(?:presentation|slide|slides|deck"
    r"|handout|flyer|training|newsletter|bulletin|orientation|meeting|meetin|meetup|workshop"
    r"|huddle)(?: (?:in|at) [\w' -]{1,30}?)?(?: (?:on|this|next) [a-z]+day| tonight| tomorrow"
    r"| today| this (?:morning|afternoon|evening|week))?(?=\W*$)"
    # ("... full name of DHS secretary for my report in class")
    r"|(?<=[\w,] )for (?:my|our) (?:[\w-]+ ){0,2}?(?:report|essay|paper|project)"
    r"(?: (?:in|for|at) [\w' -]{1,30}?)?(?=\W*$)"
    # ... or before it: "For a class presentation: how many people were deported in 2015".
    # ("For our church bulletin in Des Moines, what are ...", "For the Friday announcement at
    # the Islamic center:")
    r"|^for (?:a|the|our|my|an) (?:[\w-]+ ){0,3}?(?:presentation|slide|slides|deck|handout|flyer"
    r"|training|newsletter|project|assignment|report|bulletin|announcements?)"
    r"(?:(?: (?:in|at) [\w' -]{1,40}?)?(?=\s*[:,-])"
    # ("for our community newsletter (nashville kurdish youth):", to the word after it)
    r"| \([^()]{1,40}\)\s*[:,-]\s*(?=\w))"
    # ... or whom it is for: "for the asylum seekers here: they adding more judges or no?"
    r"|^for (?:the|our|all the) (?:[\w-]+ ){0,3}?[\w-]+ (?:here|in (?:the|this) (?:group|chat"
    r"|server|channel))(?=\s*:)"
    # A social-media desk's: "... for an infographic", "need the exact number for a #DefendDACA
    # post", "asking for a sanctuary city post", "bullet style", "our ED will check".
    r"|(?<=[\w?.!,] )(?:(?:asking|need (?:it|this|that|the (?:exact )?(?:number|figure|quote)))"
    r" )?for (?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,3}?(?:post|posts|infographic|graphic|tweet"
    r"|thread|reel|carousel|caption|tiktok)(?=\W*$)"
    r"|(?:,? )?bullet[- ]style"
    r"|(?<=[,.!?] )(?:our|my|the) (?:ed|boss|editor|director|supervisor|manager|exec) (?:will|is"
    r" gonna|wants to|might|is going to) (?:check|verify|review|look)\b[^?]*$"
    # "asdfjkl sorry my grandson press the phone": who typed it, not a question.
    r"|(?:sorry,? )?(?:my |the )?(?:grandson|granddaughter|grandkid|kid|son|daughter|baby|toddler"
    r"|cat|dog|nephew|niece) (?:press|pressed|presses|hit|hits|got|grabbed|sat on|was playing with)"
    r" (?:the |my )?(?:phone|keyboard|keys|buttons?|send)"
    # ... or who asks it of the asker: "..., my supervisor asking", "..., client wants to know".
    r"|(?:(?<=, )|(?<=[?.!] )|(?<=[?.!] - ))(?:(?:my|our|a|the|this|one) )?(?:[\w'-]+ ){0,2}?"
    r"(?:is |was |keeps |kept )?(?:asking|asked me|wants to know|wanted to know|wondering)"
    r"(?: (?:tonight"
    r"|today|this morning|yesterday|earlier|again|just now|in class|at the desk))?\W*$"
    # ... or whom the asker has in mind, after the question: "...? thinking of portland pd".
    r"|(?<=[?.!] )(?:(?:i'?m|im|i was|was|just) )?thinking (?:of|about) [^?]*$"
    # ... or where the asker met the name: "who is jeanette vizguerra, saw her name in the post".
    r"|(?<=, )(?:i )?(?:saw|seen|heard|read) (?:her|his|their|the|this|that) names?\b[^?]*$"
    r"|(?<=, )(?:her|his|their|the|this|that) names? (?:came up|comes up|keeps coming up"
    r"|popped up|was mentioned)\b[^?]*$"
    # Who the asker speaks for, first: "Teacher, the new memos stop DACA?".
    r"|^(?:teacher|teach|miss|mister|sir|ma'?am|maestra|maestro|profe|librarian)(?=\s*,)"
    # The asker's own class: "for my ESL reading sheet", "for the conversation circle".
    r"|(?:for|in) (?:my|our|tonight'?s) (?:[\w-]+ ){0,2}?(?:worksheet|reading sheet|handout"
    r"|lesson plan|lesson|conversation circle|conversation group|esl class|esl group|book club"
    r"|display board|bulletin board)(?=\s*[:,;)]|\W*$)"
    # A newsroom's style rules: "per AP", "need the R-state thing for AP", "AP says no floating
    # quotes" (not the Associated Press as a source).
    r"|(?:per|for|under|in) (?:the )?ap(?: style| stylebook)?(?=\W*$|\W*[,;)])"
    r"|\(?ap(?: style| stylebook)?(?: says| wants| rules?)?\s*:(?![^?)]*\bor\b)[^?)]*\)?"
    r"|(?<=, )ap (?:style |stylebook )?(?:says|wants|requires|rules?)\b[^?]*$"
    # Where the answer goes: "a 2016 total to put next to the 2015 one", "...? need them next
    # to the 2015 figure".
    r"|(?<=[?.!,] )(?:i |we )?need (?:them|it|this|that|those|these|the numbers?) (?:next to|beside"
    r"|alongside) (?:the|our|my) (?:\d{4} )?(?:one|number|figure|total|stat|chart|graphic)s?\b"
    r"(?: (?:in|on|for) (?:the|our|my) (?:chart|graphic|table|slide|memo))?"
    # A staffer's: "..., for the stakeholder section", "need it for the 'opposing view' para".
    r"|(?<=[\w?.!,] )(?:(?:i |we )?need (?:it|this|that|them) (?:verbatim )?)?"
    r"for (?:the|a|an|our|my) "
    r"(?:[\w\"'-]+ ){0,3}?(?:section|para|paragraph|graf|one-pager|one pager|exec summary"
    r"|executive summary|backgrounder|chart|table|bullets?|talking points|time series|spreadsheet"
    r"|footnotes?|lit review|literature review|press response|press release|op-ed)"
    r"(?=\s*(?:[?.!,;:)]|$))"
    # "..., op-ed deadline in 2 hrs", "doing napkin math for a panel", "reporter from the local
    # paper wants it verbatim": the asker's hurry and task.
    r"|,? ?(?:[\w-]+ )?deadline (?:in|is in) (?:\d+|an?|one|two) ?(?:hours?|mins?|minutes?)\b"
    r"|(?:,? ?(?:i'?m |im )?doing )?(?:some )?(?:napkin|back[- ]of[- ](?:the[- ])?envelope) math\b"
    r"|(?<=[,.] )[^?,.]{0,40}\bwants? (?:it|them|this|that) (?:verbatim|word for word)\b[^?]*$"
    # "..., want to quote them at bible study": what the asker will do with the answer.
    r"|(?<=, )(?:i |we )?(?:(?:want|need|going|trying) to|wanna|gonna) (?:quote|cite|share|post"
    r"|read|show) (?:it|this|that|them|him|her|these|those)\b[^?]*$"
    # "Summarize the 4 headline measures": the main ones, not a newspaper's headline.
    r"|\bheadline(?= (?:measures?|changes?|provisions?|points?|items?|takeaways?|findings?)\b)"
    r"|,? ?(?:like )?in (?:a word or two|one word|a word|a few words|a sentence)(?=\W)"
    # "... for the young lawyers in the channel": who else will read the answer.
    r"|,? ?(?:for|to) (?:the |our |my )?(?:[\w-]+ ){0,3}?in (?:the|this|our) (?:channel|chat"
    r"|group chat|group|thread|slack|server)(?=\W*$)"
    # A forum's: "link or it didnt happen", "citation needed", "genuinely curious".
    r"|,? ?(?:link|source|sauce|pics) or it (?:didn'?t|did not) happen|\[?citation needed\]?"
    r"|genuinely curious"
    # Who asked, told after the question: "...? una familia me pregunto cuando sera su audiencia".
    r"|(?<=\? )(?:una?|la|el|mi|los|las) (?:[\w-]+ ){0,3}?me (?:pregunto|preguntaron|pregunta)\b"
    r"[^?]*$"
    # ... or the asker's own story, in Spanish: "...? trabajo en la planta y tengo miedo", "...?
    # me pararon el otro dia", "...? salio en univision", "...? en schuyler todos preguntan eso".
    r"|(?<=\? )(?:y |pero )?(?:yo |mi [\w-]+ )?(?:trabajo|trabaja|tengo|tiene|vivo|vive|estoy|esta"
    r"|me|lo vi|la vi|sali[o\u00f3]|(?:en|aqui en|aqu\u00ed en) [\w-]+(?: [\w-]+)? todos)\b[^?]*$"
    # A writer's own task, after what is asked: "..., and how do I footnote the discrepancy?".
    r"|(?<=[?.!,] )(?:and )?how (?:do|should|would|can) (?:i|we) (?:footnote|cite|attribute"
    r"|caption|flag) (?:the|this|that|it|them|both)\b[^?]*(?=\W*$)"
    # "... TRUE or FAKE?", "FAKE NEWS ALERT???": the asker's doubt, not what is asked about.
    r"|(?:true|real|legit|fact|facts) or (?:fake|false|fiction|fake news|hoax|bs)(?=\W*$)"
    r"|fake news(?: alert)?(?=\W)"
    r"|to (?:put|go|run|sit|set|place) (?:next to|beside|alongside|with) (?:the|our|my) (?:\d{4} )?"
    r"(?:one|number|figure|total|stat|chart|graphic)\b"
    # Who passed the claim on: "my debate partner says the memos came out in march" (not the
    # police "partnerships" the facts speak of).
    r"|^(?:my|our|a) (?:[\w-]+ )?(?:partner|teammate|classmate)(?= (?:says|said|swears|thinks"
    r"|claims|told|insists|keeps saying)\b)"
    # ... or whom the asker must tell: "..., i need to warn my tenants".
    r"|(?<=, )(?:i|we) (?:need|have|want|got|gotta|must) (?:to )?(?:warn|tell|inform|update|let"
    r"|prepare|reassure|explain (?:it )?to|answer) (?:my|our|the) [^?]*$"
    # ... or what someone in the asker's life keeps saying: "..., teacher keeps saying 'the
    # memos' plural".
    rf"|(?<=, )(?:(?:my|our|the|a) )?(?:[\w'-]+ )?{ACQUAINTANCE} (?:keeps|kept) (?:saying"
    r"|calling it|telling (?:me|us))\b[^?]*$"
    # ... or before the question: "My uncle Abdelrahman keep calling it 'the Kelly papers'."
    # (Not "my brother keeps saying dhs admitted ...": what is said may be what is asked.)
    rf"|^(?:my|our) (?:[\w'-]+ )?{ACQUAINTANCE}(?: [\w'-]+)? (?:keeps|keep|kept) calling"
    r" (?:it|them)\b[^.!?]*[.!]\s+(?=\w)"
    # ... or how the asker's people are: "..., my crew dont read english good".
    r"|(?<=, )(?:my|our) (?:crew|guys|workers|employees|staff|team|students|class|kids|parents"
    r"|family|clients|patients|tenants|members) (?:don'?t|dont|doesn'?t|can'?t|cant|won'?t|are"
    r"|is|were|was|have|has|need|needs|want|wants|get|keep|keeps)\b[^?]*$"
    # ... or a blessing: "..., God be with her".
    r"|(?<=, )(?:may )?(?:god|dios|lord|jesus) (?:be with|bless|help|protect|keep|watch over)"
    r" (?:her|him|them|us|you|all of them|her family|his family|their family|those families)\W*$"
    # ... or that the asker never heard of it, or who asks, or what they want: "..., never heard
    # of em", "..., mis trabajadores preguntan", "..., need a real number not a talking point",
    # "..., my yeay only wants the short version and i gotta translate it", ". on a roof, no
    # time to read".
    r"|(?<=, )(?:i'?ve |i |ive )?never heard of (?:em|them|it|him|her|this|that)(?=\W*$)"
    r"|(?<=, )(?:mis|los|las|nuestros) (?:trabajadores|empleados|compas|hijos|papas|padres"
    r"|clientes|vecinos) (?:preguntan|quieren saber)(?=\W*$)"
    r"|(?<=, )need (?:a |the )?real (?:number|answer|figure)(?:,? not (?:a |the )?(?:talking point"
    r"|spin|guess|rumou?r))?(?=\W*$)"
    rf"|(?<=, )(?:my|our) {ACQUAINTANCE} (?:only |just |really )?(?:wants?|needs?|asked|asks"
    r"|is asking|can'?t read|doesn'?t read|don'?t read)\b[^?]*?(?=\W*$)"
    r"|(?<=[.!?] )(?:on a (?:roof|ladder|job|site|jobsite|truck|lift)\W+)?no time to read(?=\W*$)"
    # ... or how the asker's people feel about it: "? Nani worried for the Tongan family next
    # door", "? aunty won't go to the Hayward market", "? settle this for our grog group", "? back
    # home in Fiji everyone was talking about it".
    rf"|(?<=[.!?] )(?:(?:my|our) )?{ACQUAINTANCE} (?:is |are |was |has |'s )?(?:worried|scared"
    r"|nervous|afraid|freaking out|panicking|upset|won'?t|wont|will not|doesn'?t want to|can'?t"
    r"|cant|been (?:watching|reading|listening|crying|calling|asking))\b[^?]*?(?=\W*$)"
    # ... "? please tell me no ya rabbi", "..., for my notes".
    r"|(?<=[.!?] )please tell me (?:no|yes|it'?s not true|it isn'?t)\b[^?]*?(?=\W*$)"
    r"|(?<=, )for (?:my|our) notes(?=\W*$)"
    # ... or a careful asker's why and what they already have: "? I ask purely for the
    # completeness of my minutes.", "? My notes disagree with a colleague's.", "(I believe it was
    # 5,000.)", "(all of them, I gather, speaking ...)", "Forgive the pedantry, but ...".
    r"|(?<=[.!?] )(?:i ask (?:purely |only |simply |merely )?(?:for|because|since|as|so)"
    r"|(?:my|our) notes (?:disagree|differ|say|have|show)|(?:i am|i'm) noting)\b[^?]*?(?=\W*$)"
    r"| \((?=[^()]*\bi (?:am|have|had|believe|gather|think|recall|ask|assume|suspect|take it)\b)"
    r"[^()]*?\w(?=\W*\)\W*$)"
    r"|^(?:forgive|pardon|excuse) (?:the|my) pedantry,? (?:but )?"
    r"|(?<=[.!?] )settle (?:this|it)(?: for (?:us|me|our [\w' -]{1,30}))?(?=\W*$)"
    r"|(?<=, )(?:i |we )?need to know for (?:our|my|the) [\w' -]{1,40}?(?=\W*$)"
    # ... or what it is for, after it: "? It's for a teach-in at UW", ", bullet points fine", "?
    # yonsei study group meets tonight", "? Asking with King County in mind.", "(ethnic studies
    # paper due tmrw 😭)" (up to the bracket's last word: a match may not end on a bracket).
    r"|(?<=[.!?] )(?:it'?s|its|this is|that'?s) for (?:a|an|the|our|my) [^?]*?(?=\W*$)"
    r"|(?<=, )bullet points?(?: (?:fine|ok|okay|are fine|please|pls))?(?=\W)"
    r"|(?<=[.!?] )(?:[\w'-]+ ){0,3}(?:group|club|class|meeting|chapter|circle) (?:meets|starts"
    r"|is)\b[^?]*?(?=\W*$)"
    r"|(?<=[.!?] )asking with [^?]*? in mind(?=\W*$)"
    r"|(?<=[.!?] )asking for (?:[a-z'.]+ ){1,2}(?:county|parish)(?=\W*$)"
    r"| \((?=[^()]*\b(?:due|paper|essay|class|homework|project|assignment|report)\b)[^()]*?\w"
    r"(?=\W*\)\W*$)"
    r"|(?<=[.!?] )back home(?: in [a-z]+)?,? (?:everyone|everybody|people|they|we)\b[^?]*?(?=\W*$)"
    # ... or the name half remembered: "..., John something", "..., blanking on the name".
    r"|(?<=, )[a-z]+ something(?=\W*$)"
    r"|(?<=, )(?:i'?m |im )?blanking(?: on (?:the|his|her) name)?(?=\W*$)"
    # ... or what people say, and that they argue over it: "...? thats what they say on tv",
    # "... bc the group chat is fighting".
    r"|(?<=[.!?] )(?:that'?s|thats|that is) what (?:they|people|everyone|everybody) (?:say|said"
    r"|says|are saying|keep saying)(?: on (?:tv|the news|the radio|facebook|tiktok|youtube))?(?=\W*$)"
    r"|(?<=\w )(?:because|cuz) the (?:group ?chat|chat|family|group|whatsapp|house|office)"
    r" (?:is|are|keeps) (?:fighting|arguing|divided|split)(?: about it| over it)?(?=\W*$)"
    # ... or what it is for and who waits for it: "..., going to print tonite", "..., ppl in my
    # kitchen freaking", ". my whole back of house wants to know", "? pastor want to print it",
    # "? need a short list for the Holy Ghost society meeting thursday".
    r"|(?<=, )going to (?:print|press|air)(?: (?:tonight|tonite|today|tomorrow))?(?=\W*$)"
    r"|(?<=, )(?:people|everybody|everyone|folks|guys|the guys) (?:in|at) my (?:kitchen|shop|store"
    r"|crew|job|work|restaurant|church|building|plant) (?:are |is )?(?:freaking(?: out)?|scared"
    r"|worried|asking|panicking|nervous)(?=\W*$)"
    rf"|(?<=[.!?] )(?:my|our|the) (?:whole )?(?:back of house|kitchen|crew|staff|team|family"
    rf"|church|shop|{ACQUAINTANCE}) (?:wants?|wanna) to know(?=\W*$)"
    rf"|(?<=[.!?] )(?:(?:my|our|the) )?{ACQUAINTANCE} wants? to (?:print|share|post|read|send)"
    r" (?:it|this|that)(?=\W*$)"
    r"|(?<=[.!?] )need (?:a short list|a list|a summary|it|this) for (?:the |our |my )?"
    r"[\w' -]{1,50}?(?=\W*$)"
    # ... or where the asker is: "..., im at the pump got 5 min before they honk at me".
    r"|(?<=[,.!?] )(?:(?:i'?m|im|i am) (?:at|on) (?:the|a|my) (?:pump|truck stop|stoplight|light"
    r"|break|lunch|lunch break|shift|dock|bus|train)|(?:(?:i'?m|im|i am) )?on (?:my )?(?:break"
    r"|lunch|lunch break))"
    r"\b[^?]*$"
    # ... or how they want it: "..., quick answer pls im on break at the plant".
    r"|(?<=, )(?:quick|short) answer(?: (?:pls|please|plz))?\b[^?]*?(?=\W*$)"
    # ... or the asker's memory, or where they were: "..., I missed last week (hip)", "?? I lose
    # track", ". I AM TRYING TO MAKE A TIMELINE FOR THE BULLETIN BOARD".
    r"|(?<=[,.!?] )(?:and |but )?(?:i|i'?m|im|i am) (?:missed|was (?:out|away|sick|gone)|forgot"
    r"|forget|lose track|lost track|(?:can'?t|cant|cannot) (?:keep (?:track|up)|remember)"
    r"|(?:always |keep |still )?(?:mix|mixing|get|getting) (?:these|them|those|the two|it) (?:up"
    r"|mixed up|confused)"
    r"|(?:don'?t|dont|do not) remember|(?:am )?(?:trying to|doubting|confused|mixed up|lost)\b)"
    r"[^?]*$"
    # ... or a debater's card, and whether it is real: "neg 1NC has a card where kelly says
    # ...", "... can someone confirm thats a real quote".
    r"|^(?:(?:the |our |their )?(?:aff|neg) )?(?:[12] ?(?:nc|ac|nr|ar) )?(?:has|had|reads?|ran"
    r"|runs|cites?) (?:a|the|this) card (?:where|that says|saying|claiming)\b"
    r"|(?<=[.?!] )(?:can|could) (?:someone|somebody|anyone|you|u) (?:confirm|verify|check)"
    r" (?:that'?s|thats|that is|this is|it'?s|if (?:that'?s|it'?s)) (?:a )?(?:real|accurate|legit"
    r"|actual|right)(?: quote| card| line)?\b"
    # ... or a debater's use for it: "... need uniqueness for the courts CP", "before i read it
    # in round", ", need em for my plan text comparison".
    r"|(?<=[,.!?] )(?:i |we )?(?:need|want) (?:em|'em|them|it|this|these|that|uniqueness|a link"
    r"|the link|links|impacts?|solvency|ev|evidence|a card|cards|a cite|cites|the tag|a tag)"
    r" (?:for|in) (?:my|our|the|a|an) [^?]*$"
    r"|\b(?:before|so|when|if) (?:i|we) (?:can )?(?:read|run|extend|cut) (?:it|this|that|the card)"
    r" (?:in (?:round|the round|rounds|cross-?ex)|at (?:the )?tournament|this weekend)\W*$"
    # ... or the asker's own people there: "..., i got a crew in houston that wk".
    r"|(?<=, )i (?:got|have|had) (?:a |my |some |two |2 )?(?:crew|crews|guys|load|loads|job|jobs"
    r"|move|moves|family|cousins?|people|workers|students|clients) (?:in|at|near|going to)\b[^?]*$"
    # ... or whom it would help: "...? would help for the know your rights table".
    r"|(?<=[?.!] )(?:it |this |that )?(?:would|will|'d|could) (?:really )?(?:help|be (?:handy"
    r"|useful|great|good)) (?:a lot |a ton )?(?:for|with|at) [^?]*$"
    # ... or what someone will do with it: "..., a patient's daughter wants to print them out".
    r"|(?<=, )(?:a |my |our |the )?(?:[\w'-]+'s )?(?:[\w'-]+ ){0,2}?wants to (?:print|post|share"
    r"|send|hang|tape|stick|frame) [^?]*$"
    # ... or who the asker is: "...? as a brown guy in a red county i'm asking for real".
    r"|(?<=[?.!] )as an? (?:[\w'-]+ ){0,4}?(?:guy|girl|woman|man|person|immigrant|citizen|mom|dad"
    r"|parent|worker|nurse|student|holder|vet|veteran)\b[^?]*$"
    r"|,? not (?:from )?(?:cable news|the news|cable|tv|twitter|facebook|tiktok)(?=\W*$)"
    r"|,? not trolling|,? (?:bullet points|names|facts|numbers|receipts) not vibes|,? not vibes"
    r"|\bpor ?fa(?:vor)?\b"
    # What the answer is for, at the end: "... for the comparison slide", "need the quote for a
    # family meeting tonight".
    # ("... call for? need 4 bullets for the RA training tomorrow": what the answer is made into.)
    r"|(?<=[?.!,] )(?:i |we )?(?:need|want|needed) (?:it|this|that|(?:(?:the|a|\d|two|three|four"
    r"|five|a few|some) )?(?:[\w-]+ )?(?:quotes?|number|figure|answer|line|date|wording|stat|stats"
    r"|info|details|term|word|reasoning|reason|explanation"
    r"|attribution|cite|citation|bullets?|bullet points|points|lines|sentences|summary|recap"
    r"|rundown|overview|blurb))"
    r"(?: right)? for (?:[\w'-]+ ){0,6}[\w'-]+(?=\W*$)"
    # (Not "meant for mass roundup": what the rules are for.)
    r"|\bfor (?:(?:the|a|this|our|my|tomorrow'?s|tonight'?s) )?"
    rf"(?!(?:mass|big|huge|giant) round-?up)(?:[\w-]+ ){{0,2}}{_MADE_INTO}"
    # ("... for our timeline poster at the undocu week gallery walk": and where it is shown)
    r"(?: (?:at|for|in) (?:the|a|our|my) [\w' -]{1,40})?"
    r"(?=\W*$)"
    # ... or before it: "for our storytelling night flyer - do the articles say ...".
    rf"|^for (?:the|a|this|our|my|tomorrow'?s|tonight'?s) (?:[\w-]+ ){{0,3}}{_MADE_INTO}"
    r"(?=\s*[-\u2013\u2014:,])"
    # ... or who of the asker's own people said or asked it, after a comma: ", my mom saw it on
    # univision but idk the date", ", the group chat is arguing", ", my spanish teacher put it
    # on the board".
    rf"|(?<=, )(?:(?:my|our|the|a|his|her|mi) )?(?:[\w'-]+ ){{0,2}}?(?:{ACQUAINTANCE}|leader"
    r"|group chat|chat|class|club|youth group|church)(?:'?s)?(?: friend| friends)?"
    r" (?:saw|said|says|heard|hears|thinks|thought|wants|wanted|put|puts|quoted|mentioned|is|are"
    r"|was|were|did|does|has|keeps|kept|asked|asks|reads|only|told|tells|swears|showed|shared"
    r"|posted|doesn'?t|don'?t|didn'?t|can'?t"
    r"|brought|remembers|remembered|wrote|writes)\b[^?]*$"
    # ... or why the asker needs it, or for whom: "... bc my mom only reads spanish", ", asking
    # for my dad who ...", ". asking for my khala who ...", ", kinda wild wording ngl".
    r"|\b(?:bc|because|cause|cuz) (?:my|our) [^?]*$|(?<=[,?!.] )asking for (?:my|a|our|the) [^?]*$"
    # ... once the question is asked: "...? bc there is def panic at the market lol".
    r"|(?<=\? )(?:bc|because|cause|cuz|coz) [^?]*$"
    # ... or who is asking the asker: "... or what because the ladies at church are asking me".
    r"|\b(?:bc|because|cause|cuz|coz) (?:the |some |all the )?(?:ladies|women|men|guys|people|ppl"
    r"|folks|moms|elders|parents|members|neighbou?rs|families|aunties|tias|everyone|everybody)"
    r"(?: (?:at|in|from|of) [\w' -]{1,30}?)? (?:are|is|were|was|keep|keeps|kept|been) (?:all )?"
    r"(?:asking|worried|scared|nervous|freaking out|panicking)\b[^?]*$"
    # ... or who talks of it: ", everyone at the Cambodia Town market was talking about it".
    r"|(?<=, )(?:everyone|everybody|people|folks|the whole [\w-]+)(?: (?:at|in|on) [\w' -]{1,40}?)?"
    r" (?:was|were|is|are|been) (?:talking|talkin'?|buzzing|chatting) about (?:it|this|that)"
    r"(?: back then| then| now| all week| for days)?(?=\W*$)"
    # ... "... in simple english so i can translate for my umma".
    r"|\b(?:so (?:that )?(?:i|we) can|to) translate (?:it |this |them )?for (?:my|our) [^?]*$"
    r"|(?<=, )(?:kinda|kind of|sorta|lowkey|highkey|pretty|so) (?:wild|crazy|weird|funny|harsh"
    r"|intense|wack|messed up)\b[^?]*$"
    r"|(?<=[,?!] )(?:i'?m |we'?re |i am |we are )?(?:doing|writing|drafting|prepping|finishing"
    r"|working on|building|making|putting together|laying out|lining up)(?: up)? (?:the|a|my|our)"
    r" [^?]*$"
    # "... was nov 2015 yeah? citing it in the PD section": where the answer goes.
    r"|(?<=[?!] )(?:i'?m |we'?re )?(?:citing|quoting|using|putting) (?:it|this|that|them) in"
    r" (?:the|a|my|our) [^?]*$"
    # "anyone have the 2015 removal number handy?": at hand, not what is asked.
    r"|(?<=[a-z0-9] )handy(?=\s*(?:[?.!,]|$))"
    # "random aside from the kelly trip coverage: why did ...": how the asker files the question.
    r"|^(?:(?:a |one )?(?:random|quick|small|little|side|slight) )?(?:aside|tangent|side question"
    r"|sidebar|detour|digression)(?: [^:?]{0,40})?(?=:)"
    # "dumb q but ...", "random q while i finish the snack schedule...": how the asker rates
    # their own question, and what they are doing meanwhile.
    r"|^(?:ok |okay |so )?(?:dumb|stupid|silly|random|basic|noob|quick) (?:q|question|one)"
    r"(?: but| tho"
    r"| though)?\b(?: while (?:i|we)\b[^.?!:,\u2026]*(?=[.\u2026:!,-]))?"
    # "..., lol i need a lawyer to read this", "? makes no sense", "? praying for her": a
    # remark after the question.
    r"|\b(?:lol |lmao |haha )?i(?:'d)? (?:need|want|would need) a (?:lawyer|law degree|dictionary"
    r"|translator) to (?:read|understand|decode|get|follow) (?:this|it|that|these|them)\W*$"
    r"|(?<=[?!.] )(?:(?:it|that|this|which) )?(?:makes?|made) (?:no|zero) sense\W*$"
    # "...?? seems like a bad idea", "...? sounds like MPP before MPP existed": the asker's own
    # view, after the question.
    r"|(?<=[?!.] )(?:(?:it|that|this|which) )?(?:kinda |kind of |really )?(?:seems|sounds|feels"
    r"|looks) like [^?]*$"
    r"|(?<=[?!.,] )(?:praying|prayers|pray|sending prayers|thoughts and prayers)(?: (?:for|to)"
    r" (?:her|him|them|you all|y'?all|all of them|those families|that family|the families))?\W*$"
    # A remark on another figure: "..., spicer's number sounded high".
    r"|,? (?:[\w']+ ){1,3}(?:sounded|sounds|seemed|seems|looked|looks) (?:way |too |really |kinda )?"
    r"(?:high|low|off|wrong|big|small|inflated|made up|fishy|sketchy)(?=\W*$)"
    # ... or before a dash: "assignment desk - trump tweet 2019, agents confused?".
    r"|^(?:[\w'.-]+ ){0,2}?(?:desk|editor|producer|anchor|host|intern)(?=\s+[-\u2013\u2014]\s)"
    r"|^(?:one|1)[ -](?:sentence|line)r?(?=\s*:)"
    # A newscast it is for: "for the 6pm:", "for the 11:", "for tonight's 10 o'clock show:".
    r"|^for (?:the|tonight'?s|today'?s) \d{1,2}(?::\d\d)? ?(?:pm|am|p|a|o'?clock)?"
    r"(?: (?:show|news|newscast|broadcast|cast|block|hit))?(?=\s*:)"
    # Where a caller is from: "caller from Houston says ...", not a place asked about.
    r"|(?<=caller )(?:originally )?from [\w .'-]{2,30}?(?=\s*:| (?:says|asks|said|asked|wants|is asking|heard|thinks"
    r"|very|is|was|so|really|worried|scared|afraid|upset|nervous)\b"
    r"|'s asking\b)"
    # A phone line's caller: "line 2 is a retired army guy from san antonio, he's asking did
    # ...", "line 3 asking where ...", "caller is a sheriff's deputy in arizona, wants to know if".
    r"|^(?:(?:ok|okay|so|next|now|and) )?(?:(?:the )?caller on )?line (?:\d+|one|two|three|four"
    r"|five|six|seven|eight|nine)(?: is (?:a|an|the) [^,.:;?]{1,60}?(?:,? (?:and )?(?:he|she|they)"
    r"(?:'s| is| are))?(?= (?:is )?(?:asking|asks|wants to know|wondering)\b))?(?: (?:is )?(?:asking"
    r"|asks|wants to know|wondering)(?: (?:if|whether))?)?(?=\s|:)"
    r"|^(?:(?:a|the|this|our) )?caller (?:is|was) (?:a|an) [^,.:;?]{1,60}?,? (?:and )?(?:wants to know"
    r"|asks|is asking|asking|wondering)(?: (?:if|whether))?(?=\s)"
    # A question relayed: "a caller asks if ...", "caller wants to know whether ...".
    r"|(?:(?:a|the|my|one|this|our) )?(?:caller|client|member|listener|reader|parishioner|texter)s?"
    r" (?:asks|asked|is asking|asking|wants to know|wanted to know|wonders)(?: (?:if|whether))?"
    # ... at a bedside: "the wife wants to understand what ...", "Mom wants to know how ...",
    # "for a pt's wife -", and who asks it: "I'm one of the chaplains on 4 West", "social
    # worker here", "from the ICU waiting room".
    r"|(?:^|(?<=[.!?] ))(?:(?:the|a|my|our|one|this) )?(?:(?:pt|patient)'?s )?(?:wife|husband"
    r"|son|daughter|mom|mother|dad|father|uncle|aunt|grandma|grandpa|grandmother|grandfather"
    r"|family|family member|niece|nephew|sister|brother|spouse|patient|pt)s? (?:wants|want"
    r"|wanted|would like|is asking|asks|asked|needs|is wondering) to (?:know|understand|hear"
    r"|ask)(?: (?:if|whether))?(?= (?:what|how|who|when|where|why|which|if|whether|the|kelly"
    r"|trump|dhs|ice|there)\b)"
    r"|\b(?:for|from) (?:a|the|my|our|this) (?:(?:pt|patient)'?s )?(?:wife|husband|son|daughter"
    r"|mom|mother|dad|father|family|patient|pt)(?=\s*[-\u2013\u2014:,])"
    r"|^(?:good (?:morning|afternoon|evening),? )?(?:i'?m |i am )?(?:one of the |a |the )?"
    r"(?:chaplains?|social workers?|sw|nurses?|case managers?|hospice workers?)"
    r"(?: on [\w-]+(?: [\w-]+)?)?"
    r"(?: here)?(?=\s*[.,:!-])"
    r"|\b(?:from|in) the (?:icu|er|hospital|nicu|family) (?:waiting room|lounge|floor)\b"
    # How short the answer should be: "in short", "in one line", "top line for talking points".
    r"|in short|in brief|in (?:one|a) (?:line|sentence|word)|in a few (?:lines|sentences|words)"
    r"|in (?:two|three|2|3) (?:lines|sentences|words)"
    r"|top ?line(?: for)?|(?:for )?(?:the |my |our )?talking points"
    # "What's the rest of that sentence": the quote, not a criminal sentence.
    r"|(?:the )?rest of (?:that|the|this|his|her) (?:sentence|quote|line)"
    # The asker's own writing: "for my letter to the editor", "for my works cited".
    r"|(?:for|in) (?:my|our|a|the) (?:letter to the editor|op-?ed|works cited|bibliography"
    r"|reply letter|reply|response letter|constituent letter|constituent reply|casework reply"
    r"|sermon|homily|bulletin|slides|slide deck|presentation|one-pager|one pager|fact sheet"
    r"|factsheet|grant (?:application|proposal|report|draft))"
    # "Grant draft says '...' - is that right": the asker's own writing, put to check.
    r"|^(?:(?:my|our|the|a) )?(?:grant|newsletter|board|report|script|explainer|training"
    r"|release|press release) (?:draft|copy|text)(?= (?:says|said|reads|has|claims|states)\b)"
    # A newsroom's framing: "for the lower third", "background:", "is that in the copy".
    r"|(?:for|in|on) (?:the|our|my|a|tonight's|today's) (?:lower third|package|pkg|chyron|vo|sot"
    r"|broadcast|newscast|graf|notes)|on (?:the )?air(?=\W|$)"
    r"|^(?:background|bg|context|nut graf)(?= ?[:,-])|is (?:that|this|it) in the copy"
    # A numbered question: "test 1: who was ...", "q3) ...", "question 2 - ...".
    r"|^(?:test|q|question|query|case|prompt|item|probe|#)\s?\d{1,3}[a-z]?(?= ?[:.)-])"
    # A homework label: "checks and balances hw: have courts blocked ...".
    r"|^(?:[\w&'-]+ ){0,4}(?:hw|homework|worksheet|assignment|study guide|quiz)(?=\s*:)"
    r"|(?:in |the )?(?:(?:like |maybe )?(?:\d|two|three|four|five|six) )?bullet (?:points?|pts)"
    r"|(?:the |a )?(?:\d|two|three|four|five|six)[- ]bullet (?:version|list|summary|rundown)(?: of)?"
    r"|(?:the |some |a )?(?:high[- ]level |top[- ]line |quick )bullets?(?: points?| list)?(?: of| on)?"
    r"|finish the sentence"
    # Who the answer is for: "for the host's intro", "for the board", "quick compare for the host".
    r"|for (?:the|our|my) (?:host|anchor|board|boss|team|crew|members|producer|show)(?:'s)?"
    r"(?: (?:intro|setup|set-up|open|opener|read|script|segment|meeting|notes|prep))?(?=\W|$)"
    # How short: "give me the short version", "like the four big pieces", "a 1-line summary
    # of".
    r"|(?:the |a )?(?:short|quick|condensed|abridged|cliffs?(?: ?notes)?|tl;?dr) version(?: of)?"
    r"|(?<=[,.!?] )short (?:pls|please|plz)\b"
    # "..., quick explainer pls": how short, asked after the question.
    r"|(?<=, )(?:a )?(?:quick|short|brief|simple) (?:explainer|explanation|summary|recap"
    r"|rundown|overview|version|answer)(?: (?:pls|please|plz))?(?=\W|$)"
    r"|(?:the |a )?(?:one|1|two|2)[- ](?:line|liner|sentence)r? (?:summary|version|answer"
    r"|explanation|rundown|recap)(?: of)?"
    # "... call for? making an ESL handout": what the answer is made into.
    r"|(?<=[?.!] )(?:i'?m |we'?re |i am |we are )?(?:making|drafting|writing|doing|prepping"
    r"|putting together) (?:an? |the |our |my )?(?:[\w-]+ ){0,2}(?:handout|slide|flyer|worksheet"
    r"|faq|one-pager|lesson|lesson plan|explainer|bulletin|newsletter|pathfinder|display)s?\b[^?]*$"
    # "... guidelines. site coordinator wants a cheat sheet for the break room": who wants it.
    r"|(?<=[?.!] )(?:[\w'-]+ ){0,3}(?:wants|needs|asked for|is asking for|asked me for|asked me to"
    r" make) (?:an? |the |some )?(?:[\w-]+ ){0,2}(?:handout|slide|flyer|worksheet|cheat ?sheet"
    r"|one-pager|explainer|poster|summary|list)s?\b[^?]*$"
    r"|,? like the (?:two|three|four|five|six|\d) (?:big |main |key |major )?(?:pieces|things|parts"
    r"|points|items|bits|planks|pillars)(?=\W*$)"
    # "Switching to 2019: ...": the asker's move to another part of the story.
    r"|^(?:(?:ok|okay|so|now|and|next) )?(?:switching|moving|shifting|turning|jumping|changing)"
    r"(?: gears| topics?| subjects?)?(?: over| ahead| forward| on)?(?: to)?(?:[^:?]{1,40}(?=:)|(?=\s))"
    # "..., caller from toronto asking", "host wants to contrast the two": who asks, and how.
    r"|(?<=\W )(?:the |a )?caller (?:originally )?from [\w .'-]{2,30}? (?:asking|asks|wants to know)"
    r"(?=\W*$)"
    r"|(?:the )?(?:host|anchor|producer)s? (?:wants?|needs?|would like) to (?:contrast|compare)"
    r" (?:the two|them|both|those|the two of them)"
    # "..., need to acknowledge it in a reply": what the answer is for.
    r"|(?<=[?.!] )(?:i |we )?(?:need|want|have) to (?:acknowledge|mention|address|cite|include"
    r"|note) (?:it|this|that|them) in (?:a|the|our|my) (?:reply|response|letter|email)(?=\W*$)"
    # "Drafting an internal FAQ for plant HR.": what the asker is writing; "... Want the exact
    # wording.": that the answer quotes (every answer does).
    # ("Church youth group making a fact sheet - ...": who writes it, first.)
    r"|^(?:i'?m |we'?re |currently |(?:(?:our|the|my) )?(?:[\w'-]+ ){0,2}(?:group|club|class|team"
    r"|committee|ministry|students|volunteers) (?:is |are )?)?(?:drafting|writing|putting together"
    r"|preparing|prepping|updating|building|making) (?:an? |the |our |my )?(?:[\w-]+ ){0,2}"
    r"(?:faq|memo|email|notice|script|handout|brief|explainer|deck|doc|document|flyer|policy"
    r"|one-pager|summary|update|bulletin|fact sheet|factsheet)s?"
    r"(?: for (?:the |our |my |plant |company |internal )?(?:hr|staff|team|workers|employees"
    r"|members|crew|managers|board|clients|volunteers|supervisors|leadership))?"
    r"(?=\s*[.:!]|\s+[-\u2013\u2014])"
    r"|(?<=[?.!] )(?:i |we )?(?:need|want|would like) (?:the |his |her |their )?(?:exact |precise )?"
    r"(?:wording|words|language|phrasing)(?: for [^?]*)?(?=\W*$)"
    # "... sorry my grandson put the caps lock on again": an apology after the question.
    r"|(?<=[.!?] )(?:sorry|apologies|excuse (?:the|my))\b[^?]*$"
    # "... or is that just the TV talking": a yes/no question's doubt of where it was heard.
    r"|\s+or (?:is|was) (?:that|it|this) just (?:(?:the |my |a )?[\w'-]+(?: [\w'-]+)?"
    r" (?:talking|saying|hype|exaggerating|making it up)|(?:how|what) (?:[\w'-]+ ){1,3}?"
    r"(?:remembers?|recalls?|thinks?|says?|heard)(?: it)?)\b"
    r"|\s+or (?:is|are) (?:my|our|the) [\w'-]+(?: [\w'-]+)? (?:just )?(?:exaggerating|lying|wrong"
    r"|making (?:it|that|stuff) up|confused|mistaken)\b[^?]*"
    # "..., want the english term right": the asker's care for the wording.
    r"|(?<=, )(?:i )?(?:want|need|wanna) (?:to get )?(?:the |it )?(?:english |exact |right"
    r" |correct )?(?:term|word|wording|phrase|spelling)s? right\W*$"
    # "Heads up from the roofing crew - ...": who passes it on.
    r"|^(?:a )?heads[- ]up(?: from [^-:,?\u2013\u2014]{1,40}?)?(?=\s*[-:,\u2013\u2014])"
    # "A plan floating around": told of, not a float.
    r"|(?<=\w )(?:floating|going) around(?= to\b| for\b| that\b| about\b|\W|$)"
    # "Who signed it, full name and title": how to answer a who (the answer gives both).
    r"|(?:(?<=[,;(:-] )|(?<=\blike ))(?:(?:their|his|her|the) )?full names?(?: (?:and|&|\+) (?:titles?"
    r"|roles?|jobs?|positions?))?(?= ?(?:pls|please|plz)?(?:\W*$| for (?:my|our|a|the)\b))"
    # "List em", "in a list", "... ? list": how to answer (but "on the list" is a list).
    r"|(?<!the )list (?:em|them|it|those|these|pls|please|plz)|in a list|(?<=\? )list(?=\W*$)"
    # A request's framing, not what it asks about: "explain like I'm 5", "quick list pls: ...",
    # "list what the memos call for" (but "the priority list" is a list).
    r"|explain (?:it |this |that )?(?:to me )?like (?:i am|i'm|im|i was) (?:\d{1,2}|five|ten|twelve"
    r"|a (?:kid|child|\d{1,2} year old|five year old))|(?:quick|short|full|brief) list"
    r"|^list(?= (?:what|the|all|every|some|\d|main|key|everything)\b)"
    # A legal office's: "confirm that ...", "pin cite for fn 12", "need it for the table in
    # Exhibit B", "flagging for the AG memo", "this is central to our due process argument":
    # what the answer is for, not what it is about.
    r"|^\W*(?:(?:pls|please|can you|could you|can u) )?confirm(?: (?:that|whether|if))?(?= \w)"
    r"|(?:(?:need (?:it|this|that|them) |pin ?cite |cite |citation )?(?:for (?:the |our |my |an? )?"
    r"(?:[\w'-]+ ){0,3}?(?:footnote|fn|amicus(?: brief)?|(?:ag|legal|internal|office) memo"
    r"|client alert"
    r"|background section)(?: \d+)?|(?:for|in) (?:the )?(?:exhibit|appendix) [a-z0-9]{1,3})"
    r"|pin ?cite(?: for (?:fn|footnote|n\.?) ?\d+)?"
    r"|flagging (?:it |this )?for (?:the |our )?(?:[\w'-]+ ){0,2}?(?:memo|brief|team)"
    r"|(?:(?:reconcile|summarize|summarise|flag|prep|prepping) (?:it |this |that |them )?)?for"
    r" (?:the |our )?(?:ag|a\.g\.|attorney general|general counsel|gc)"
    r"|(?:this|it) is (?:central|key|critical|important|crucial|essential) (?:to|for) (?:our|the"
    r"|my) (?:[\w'-]+ ){0,3}?(?:argument|brief|case|memo|theory|position))"
    r"(?=\W*$|\s*[,.;:?!)-])"
    # "... I assume final orders but confirm": the guess is checked, as every claim is.
    r"|(?<=\w) but (?:pls |please |can you |could you )?(?:confirm|check|verify)(?=\W*$)"
    # "What's the speaker's title and org": the attribution every answer gives.
    r"|(?:the )?speaker'?s (?:name,? |full name,? )?(?:title|role)(?: (?:and|&|\+) (?:org"
    r"|organization|organisation|affiliation|group|outlet))?"
    # A film's: "going on a title card", "for the montage", "doing a split screen", "can we say
    # in VO", "lower third needed:", "timeline doc check:".
    r"|(?:(?:it'?s |this is |that'?s )?going on|for|in|on) (?:a |the |our )?(?:title card|end card"
    r"|rough cut|fine cut|montage|super|split screen|side-by-side(?: card)?|timeline doc|vo)\b"
    r"|(?:so (?:i|we) can )?(?:doing|building|cutting|do|make|making) (?:a |the )?(?:split screen"
    r"|montage|side-by-side|rough cut)\b"
    # A video creator's: "for the hook i wanna say ...", "is that a real quote or tiktok lore",
    # "is the nickname part real", "or was it all talk".
    r"|(?:ok |so )?for (?:the|my|our|a) (?:hook|intro|outro|caption|thumbnail)(?: i (?:wanna|want"
    r" to|gonna|am going to) say)?"
    r"|,? ?(?:is (?:that|this|it) )?(?:a )?(?:real|legit|actual)(?: quote| thing)? or (?:just )?"
    r"(?:tiktok |internet |twitter |reddit )?(?:lore|cap|fanfic|a meme)\b"
    r"|(?:is|was) the (?:[\w'-]+ ){0,2}part (?:real|true|right|accurate|legit)(?=\W*$)"
    r"|,? or (?:was|is) (?:it|that) (?:all|just) (?:talk|hype|a bluff)(?=\W*$)"
    # "... Please, full name.", "what words?": how to answer a who or a what-did-they-say (every
    # answer names and quotes).
    r"|(?<=[?.!] )(?:please,? )?(?:give (?:me |us )?)?(?:the |his |her |their )?full names?"
    r"(?: with (?:the |his |her )?middle initials?)?(?=\W*$)"
    r"|(?<=[?.!] )what (?:(?:were|are) the )?(?:exact )?words(?=\W*$)"
    # "... I understand there are four points.": what the asker already knows of the answer.
    r"|(?<=[?.!] )i (?:understand|believe|think|heard|read) (?:that )?there (?:are|were) (?:\d+"
    r"|two|three|four|five|six|several) (?:[\w'-]+ )?(?:points|parts|measures|items|things"
    r"|changes|memos|steps)(?=\W*$)"
    r"|^(?:lower third|title card|super|vo|timeline doc)(?: (?:needed|check|q|question))?(?=\s*[:,-])"
    # "..., editor want the day name not date", "we print on thursday": who wants it and when.
    r"|(?<=[?.!] )(?:my |the |our )?(?:editor|boss|desk|teacher|prof|producer|pastor)s? (?:wants?"
    r"|needs?)"
    r" (?:the |a )?(?:[\w'-]+ ){0,3}?(?:name|date|day|number|figure|year)s?(?: not (?:the |a )?"
    r"[\w'-]+)?(?=\W*$)|(?<=[?.!] )(?:we|i) (?:print|publish|air|go to print|post|file)"
    r"(?: (?:it|this))? (?:on|by|at|tomorrow|tonight|today)\b[\w ]{0,20}(?=\W*$)"
    # "cô Hạnh's brother ...": a Vietnamese honorific before a name (not "co-director").
    r"|(?:cô|chú|bác|ông|bà|chị)(?= \w)"
    # "the commentary piece (not the Post)": which article the asker does not mean.
    r"|(?<=\()(?:not|rather than|instead of) (?:the )?(?:post|wapo|washington post|times|nyt"
    r"|new york times|hill|blog|article|piece)(?=\))"
    # "Date and location where Kelly disclaimed ...": a where and a when, as every answer has.
    r"|^(?:the )?(?:date|day) (?:and|&|\+) (?:location|place|venue|city)(?= where\b))\b",
)

_OUR_OFFICIAL = lazy_compile(
    r"\b(?:our|my|mi) (?:local |county |city |state |town )?(?:sheriff|mayor|governor|senators?"
    r"|congress(?:wo)?man|congressperson|representative|rep|police chief|chief of police|city council"
    r"|council ?(?:wo)?man|councilmember|county commissioners?|state legislators?|da"
    r"|district attorney|attorney general|alcalde|gobernador|police department|police dept|pd"
    r"|police|cops|sheriff'?s office|sheriff'?s department)\b"
    # ... as a speaker: what they said is not in the sources (what the memos let them do is).
    r"(?= (?:[\w']+ ){0,2}?(?:say|said|says|comment\w*|respond\w*|react\w*|think|thinks|thought"
    r"|tweet\w*|post|posted|announce\w*|weigh\w* in|speak|spoke|talk\w*)\b)",
    re.IGNORECASE,
)
# Where the asker or their people come from ("my aunt is from El Salvador", "I am from India",
# "greetings from Arizona", "her son was born in Texas"): who is asking, not what is asked about.
_ASKER_ORIGIN = lazy_compile(
    r"\b(?:(?:i|we|she|he|they|kids|kid|children|child|sons?|daughters?|bab(?:y|ies)"
    r"|(?:my|mi|her|his|our) [\w'-]+(?: [\w'-]+)?)"
    r"(?: am| is| are| was| were|'m|'s|'re)?|im|shes|hes|greetings|hello|hi|writing)"
    r" (?:originally )?(?:from|born in|grew up in) (?:the )?"
    r"(?:(?:el|la|los|las|san|santa|new|south|north|west|east|costa|puerto) )?"
    rf"(?P<place>{'|'.join(sorted(PLACES))})\b",
    re.IGNORECASE,
)


def _asker_origin(found: re.Match[str]) -> str:
    # "Her son was born in Texas": born a citizen, which a fact does speak of.
    born_here = "born in" in found[0].lower() and found["place"].lower() in _US_PLACES
    return " born in the us " if born_here else " "


# "Dismissed the idea of mass roundups": denied it, not anyone fired.
_DISMISSED_IDEA = lazy_compile(
    r"\bdismiss(?:ed|es|ing)?(?= (?:the|that|this|those|these|such|any|all|all the) (?:idea|ideas"
    r"|notion|notions|claims?|reports?|fears?|concerns?|suggestions?|possibility|talk|rumou?rs?"
    r"|speculation)\b)"
    # "What did the official dismiss as a figment": what they called it, not a firing.
    r"|\bdismiss(?:ed|es|ing)?(?= as\b)",
    re.IGNORECASE,
)
# "When were the raids supposed to go down": to happen, not to decline.
_GO_DOWN = lazy_compile(
    r"\b(supposed to|set to|about to|gonna|going to|meant to|planned to) go down\b", re.IGNORECASE
)
# "When did DHS drop the memos": released them (not a nomination dropped, nor a policy dropped,
# which is ended).
# "The old limit before Kelly": before his memos, a time, not Kelly as an actor.
# (Not "who was DHS secretary right before Kelly", his predecessor, nor "2 days before Kelly
# spoke", a day.)
_BEFORE_KELLY = lazy_compile(
    r"(?<!secretary )(?<!right )(?<!just )(?<!immediately )(?<!head )(?<!director )(?<!chief )"
    r"\b(before|prior to|pre-?)\s?(?:secretary |sec\.? |gen\.? |general )?kelly\b(?!'?s?\s+(?:memos?"
    r"|guidelines|directives|guidance|rules|changes|policies))"
    r"(?!\s+(?:spoke|said|says|went|came|arrived|visited|took|talked|made|got|was|is|did|gave"
    r"|signed|issued|announced)\b)",
    re.IGNORECASE,
)
_DROPPED_MEMOS = lazy_compile(
    r"\b(?:drop|drops|dropped|dropping) (?=(?:the |those |these |its |their |his |kelly'?s "
    r"|dhs'?s? )?(?:new )?(?:kelly |dhs |enforcement )?(?:memos?|guidelines|directives|guidance"
    r"|documents)\b)",
    re.IGNORECASE,
)
# ... and "how many memos did Kelly send out", "sent out the guidelines": released them (not
# anyone sent out of the country).
_DOCUMENT_NAMED = lazy_compile(
    r"\b(?:memos?|guidelines|directives|guidance|documents)\b", re.IGNORECASE
)
_SENT_OUT_MEMOS = lazy_compile(
    r"\b(?:send|sends|sent|sending) out(?=\s*(?:[?.!,;]|$|(?:the |those |these |his |kelly'?s )?"
    r"(?:new )?(?:memos?|guidelines|directives|guidance|documents)\b))",
    re.IGNORECASE,
)
# "Why did trump even tweet it if ICE wasn't ready": the asker's objection after "even" only
# sets the question up.
_WHY_EVEN_IF = lazy_compile(
    r"^(\W*why (?:did|does|do|would|is|was|are|were|'?d) [^?]*?\beven\b[^?]*?)"
    r" (?:if|when|though|although|since) [^?]*",
    re.IGNORECASE,
)
# "The most ppl ever deported in 1 yr": the record.
_MOST_EVER = lazy_compile(r"\b(?:the )?most (?:[\w']+ ){0,3}?ever\b", re.IGNORECASE)
# "How many people were deported from America in 2013", "combien de personnes expulsées en 2013
# aux USA": every removal the facts count is from the United States, so the country says nothing
# of which (read only in a question about deportations; not "how many people in America could be
# deported", the people counted).
_FROM_THE_US = lazy_compile(
    r"(?:(?<=\w )(?:from|out of|outta|aux)|(?<=\d{4} )in|(?<=deported )in|(?<=removed )in)"
    r" (?:the )?(?:usa|u\.s\.a\.?|united states(?: of america)?"
    r"|america)(?![\w-])",
    re.IGNORECASE,
)
_DEPORTED_WORD = lazy_compile(r"\b(?:deport|remov|expel|expuls|kicked out)", re.IGNORECASE)
# "Which body denied the wall": which institution, not anyone's body ("body cams" stay).
_WHICH_BODY = lazy_compile(
    r"\b((?:which|what) (?:(?:government|governmental|legislative|federal) )?)bod(?:y|ies)\b"
    r"(?! (?:cams?|cameras?)\b)",
    re.IGNORECASE,
)
# "Trump dropped vitiello": pulled his nomination, not that anything fell.
_DROPPED_PERSON = lazy_compile(
    r"\b(?:drop|drops|dropped|dropping|ditched|dumped) (?=(?:vitiello|morgan|his nominee|the nominee"
    r"|his pick|the nomination|his nomination|vitiello'?s nomination)\b)",
    re.IGNORECASE,
)
# "They not inventing nothing new": a double negative, which says "anything".
_DOUBLE_NEGATIVE = lazy_compile(
    r"\b((?:not|n't|dont|didnt|aint|never|no) (?:[\w']+ ){0,2}?)nothing\b", re.IGNORECASE
)
# "When did the trump ppl come out saying ...": when they said it, not when anything came out.
_CAME_OUT_SAYING = lazy_compile(
    r"\b(?:came|come|comes|coming) out (?:and |publicly |in public )?(?=(?:saying|said|say|says"
    r"|to say|and said|and say)\b)",
    re.IGNORECASE,
)
# "Who's been ripping Trump": criticising him, not tearing anything apart.
_RIPPED_INTO = lazy_compile(
    r"\b(?:rip|rips|ripping|ripped) (?=(?:trump|kelly|spicer|obama|morgan|him|her|them|the"
    r" (?:president|administration|white house|memos|guidelines|policy|policies))\b)",
    re.IGNORECASE,
)
# "How did advocates receive the rollout": how they reacted to it, not what they got.
_RECEIVED_IT = lazy_compile(
    r"(?<=\bhow )(?P<lead>(?:did|do|have|had) (?:the )?[\w'-]+(?: [\w'-]+){0,3}?) receive"
    r"(?= (?:the|this|that|these|those|kelly'?s|dhs'?s?) (?:[\w-]+ )?(?:memos?|guidelines"
    r"|guidance|rollout|roll-out|policy|policies|rules|directives|news|announcement|orders?)\b)",
    re.IGNORECASE,
)
# "The Times' overall verdict on Trump's record": its take, not a court's.
_VERDICT_ON = lazy_compile(
    r"(?:(?<='s )|(?<=s' ))(?:overall |final |bottom[- ]line )?verdict(?= on\b)", re.IGNORECASE
)
# "Did Kelly address using the military": speak of it, not a street address.
_ADDRESSED = lazy_compile(
    r"\baddress(?:ed|es|ing)\b|\b(?P<who>(?:did|does|do|will|would|can|could|didn't|doesn't)"
    r" [\w.'-]+(?: [\w.'-]+)?) address\b",
    re.IGNORECASE,
)
# A word the asker corrects in passing: "could eyes deport millions (ICE* stupid autocorrect)",
# "how did spice her explain it (spicer, voice to text sry)": the word meant.
_CORRECTED = lazy_compile(
    r"\((?:sorry,? |sry,? |i mean |meant )?(?P<meant>[\w'.-]+(?: [\w'.-]+)?)\*?,?"
    r"(?:(?: [^()]{0,30}?)? (?:stupid |dumb |damn )?(?:autocorrect|auto-correct|autocorrected"
    r"|voice typing|voice to text|voice-to-text|dictation|speech to text|typo)[^()]{0,20}"
    # ... or a one-word correction with an apology: "the family rains (raids sorry)".
    r"|(?<=\w) (?:sorry|sry|oops|my bad))\)",
    re.IGNORECASE,
)


_APOLOGY = lazy_compile(r" (?:sorry|sry|oops|my bad)\)$", re.IGNORECASE)


def _corrected(text: str) -> str:
    """Return `text` with a correction in brackets put in place of the word it corrects ("kelly
    memes came out what day (memos autocorrect ugh)"), or beside the question when no typed word
    is like it."""
    found = _CORRECTED.search(text)
    if found is None:
        return text
    from rapidfuzz import fuzz

    meant, before, after = found["meant"], text[: found.start()], text[found.end() :]
    if " " in meant:
        # ("(the raids sorry)": an apology, not a correction of one word.)
        return text if _APOLOGY.search(found[0]) else f"{before} {meant} {after}"
    typed = [w for w in re.finditer(r"[A-Za-z][\w'-]+", before) if w[0].lower() != meant.lower()]
    best = max(typed, key=lambda w: fuzz.ratio(w[0].lower(), meant.lower()), default=None)
    if best is None or fuzz.ratio(best[0].lower(), meant.lower()) < STARRED_LIKENESS:
        return f"{before} {meant} {after}"
    return f"{before[: best.start()]}{meant}{before[best.end() :]} {after}"


# A correction after the question, chat style: "how many ppl got departed in 2015 *deported ugh
# autocorrect" (the starred word stands for the typed word most like it).
_STARRED = lazy_compile(
    r"(?<!\S)\*(?P<meant>[A-Za-z][\w'-]+)\*?(?:[ ,.!]+(?:ugh|argh|sorry|sry|lol|stupid|dumb|damn"
    r"|my|phone|auto-?correct(?:ed)?|typo|i meant|meant|oops))*[ .!]*$"
)
STARRED_LIKENESS = 60  # how like the starred word the word it corrects is (rapidfuzz ratio)


def _starred(text: str) -> str:
    """Return `text` with a starred correction put in place of the word it corrects."""
    found = _STARRED.search(text)
    if found is None:
        return text
    from rapidfuzz import fuzz

    meant, before = found["meant"], text[: found.start()]
    typed = list(re.finditer(r"[A-Za-z][\w'-]+", before))
    best = max(typed, key=lambda w: fuzz.ratio(w[0].lower(), meant.lower()), default=None)
    if best is None or fuzz.ratio(best[0].lower(), meant.lower()) < STARRED_LIKENESS:
        return f"{before.rstrip()} {meant}"
    return f"{before[: best.start()]}{meant}{before[best.end() :]}".rstrip()


# A note in brackets beside the question: "(side note it's wild how much the daca story changed
# after this but just the 2017 number for now)".
_SIDE_NOTE = lazy_compile(
    r"[(\[](?:side ?note|sidenote|aside|unrelated|off[- ]topic|tangent|btw|fwiw|ps|p\.s\.|fun fact"
    r"|random thought)\b[^()\[\]]*[)\]]"
    # ... or the asker's own hedge on a detail: "(i think he was CBP at that point?)".
    r"|\((?:i think|i believe|iirc|if i remember right|not sure if|blanking|drawing a blank"
    r"|forgot|forget|can'?t remember|might have|may have|could have|could be)\b[^()]{0,60}\)"
    # ... or where a figure was read: "(WaPo graf 7)", "(para 12)".
    r"|\((?:[\w.'-]+ ){0,3}(?:grafs?|paras?|paragraphs?|pg|p\.|page) ?\d{1,3}\)"
    # ... or a chart's note on the patient: "(82yo, s/p fall)", "(20yo, s/p MVC, dc tmrw)",
    # "(on 4W post c/s)".
    r"|\((?=[^()]*(?:\b\d{1,3} ?(?:yo|y/o|y\.o\.)|\bs/p\b|\bpost[- ]op\b|\bc/s\b|\bpod ?\d))"
    r"[^()]{1,60}\)"
    # ... or a citation's date after the outlet it cites: "WaPo (2/21/17) says", "NYT (2019)
    # has the peak" (when the article ran, not what it tells of).
    r"|(?:(?<=nyt)|(?<=wapo)|(?<=times)|(?<=post)|(?<=hill)|(?<=cnn)|(?<=blog)|(?<=piece))"
    r" ?\((?:[a-z]{3,9}\.? )?(?:\d{1,2}(?:[/.-]|,? )){0,2}(?:19|20)?\d\d\)",
    re.IGNORECASE,
)
_SPACES = lazy_compile(r"(?<=\S)  +(?=\S)")
# An interpreter's relay: "(via interpreter)", "[interp note] ...", "(interp note, he heard
# 50k)": who passed the question on, not what it asks.
_INTERPRETED = lazy_compile(
    r"\[(?:interp|interpreter|translator)(?: note)?[^\]]{0,60}\]"
    r"|\((?:via |through |per )?(?:an |the )?(?:interp|interpreter|translator)(?: note)?"
    r"[^)]{0,60}\)",
    re.IGNORECASE,
)
# "Kick people out", "round them up", "send families back": the verb with its particle.
_SPLIT_PARTICLE = lazy_compile(
    r"\b(kick|kicks|kicked|kicking|send|sends|sent|sending|throw|throws|threw|thrown|throwing|round"
    r"|rounds|rounded|rounding|boot|boots|booted|booting|toss|tosses|tossed|tossing|lock|locks"
    r"|locked|locking|ship|ships|shipped|shipping|haul|hauled|cart|carted|scoop|scooped|sweep|swept"
    r"|pick|picks|picked|picking)"
    r" (people|them|him|her|folks|everyone|everybody|immigrants|families|us|'?em|these people"
    r"|those people|all of them|undocumented people) (out|up|back|off|away|home)\b",
    re.IGNORECASE,
)
# "How many (post numbers)": whose figures, not what is counted.
# "Dems on the Hill", "up on Capitol Hill": Congress, not the newspaper called The Hill.
_ON_THE_HILL = lazy_compile(r"\b(?:up )?on (?:capitol )?the hill\b|\bcapitol hill\b", re.IGNORECASE)
_SOURCE_NUMBERS = lazy_compile(
    r"\((post|wapo|washington post|nyt|times|new york times|hill|the hill)(?:'s)? (?:numbers?"
    r"|figures?|version|data|stats|count)\)",
    re.IGNORECASE,
)
# "What did Trump tweet that kicked it off": started it.
_KICKED_OFF = lazy_compile(
    r"\b(kick|kicks|kicked|kicking) (it|things|this|that|everything) off\b", re.IGNORECASE
)
# "What issue caused tension", "the big issue": a matter, not a memo issued.
_ISSUE_NOUN = lazy_compile(
    r"\b(what|which|an|the|main|big|bigger|biggest|key|major|sticking|one|other|sore)"
    r" issue(s?)\b",
    re.IGNORECASE,
)


# Moroccan Darija's question and function words ("chno", "chhal mn", "wach", "dyal") and the
# short words read as Darija only beside them: "f" (in), "kan" (was), "li" (who, that), "l"
# (the).
_DARIJA = lazy_compile(
    r"\b(?:chno|achno|chhal|ch7al|wach|chkoun|3lach|3lash|fo9ach|kifach|dyal|ghadi|kolchi|mlli"
    r"|m3a|kayn|kaynin)\b",
    re.IGNORECASE,
)
_DARIJA_SHORT_WORDS = {"f": "in", "kan": "was", "kanu": "were", "li": "who", "l": "the"}
_DARIJA_SHORT = lazy_compile(r"(?<![\w.'-])(?:f|kan|kanu|li|l)(?![\w'-])", re.IGNORECASE)


# Chat shorthand, spelled out before a question is read: what people type in Slack and Discord
# ("how many ppl did ERO deport in fy18", "kelly n tillerson", "434k", "the wh press sec").
_SHORTHAND = {
    "w/": "with", "w/o": "without", "w": "with", "n": "and", "b4": "before", "bc": "because",
    "bcuz": "because", "cuz": "because", "coz": "because", "wld": "would", "shld": "should",
    "cld": "could", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "govt": "government",
    "gov't": "government", "admin": "administration", "admins": "administrations",
    "prez": "president", "potus": "president", "dept": "department", "approx": "approximately",
    "diff": "different", "info": "information", "sec": "secretary", "secy": "secretary",
    "vp": "vice president", "vps": "vice presidents",
    "mil": "million", "mill": "million", "mln": "million", "bil": "billion", "bn": "billion",
    "yrs": "years", "yr": "year", "hrs": "hours", "wks": "weeks", "wk": "week",
    "mos": "months", "abt": "about", "bout": "about", "ofcr": "officer", "ofcrs": "officers",
    "thru": "through", "tho": "though", "ppl": "people", "peeps": "people", "pls": "please",
    "plz": "please", "thx": "thanks", "im": "i am", "ive": "i have", "nah": "no", "dunno": "do not know",
    "idk": "i do not know", "iirc": "if i remember correctly", "afaik": "as far as i know",
    "iiuc": "if i understand correctly",
    "rite": "right", "nite": "night", "tonite": "tonight", "wh": "white house", "mx": "mexico",
    "natl": "national",
    "intl": "international", "secstate": "secretary of state", "secdef": "secretary",
    "cinc": "president", "mexican fm": "mexican foreign minister", "full sentence": "full quote",
    "io": "immigration officer", "ror": "release",
    "mexico's fm": "mexico's foreign minister",
    "qs": "questions", "q's": "questions", "pop": "population",
    "fte": "headcount", "ftes": "headcount", "fte's": "headcount",
    "w.h.": "white house", "aka": "also known as", "wat": "what", "wut": "what", "wht": "what",
    "exec": "executive", "eo": "executive order", "eos": "executive orders", "anon": "anonymous",
    "tues": "tuesday", "thurs": "thursday", "weds": "wednesday",
    "b/w": "between", "b/t": "between", "fed reg": "federal register", "gimme": "give me",
    "lemme": "let me", "guide lines": "guidelines",
    # A clinic's: "pt's fam is scared", "our CHWs", "skip a peds appt".
    "pt": "patient", "pts": "patients", "pt's": "patient's", "chw": "health worker",
    "chws": "health workers", "appt": "appointment", "appts": "appointments",
    # A debater's: "opp said 15,000" (the other side).
    "opp": "opponent",
    # A veteran's: "the BLUF", "is that SOP", "so much for OPSEC", "a presser".
    "bluf": "summary", "sop": "usual practice", "opsec": "operational security",
    "opord": "operation order", "presser": "press conference", "pressers": "press conferences",
    # A TV newsroom's "SOT" (sound on tape): "necesito el SOT de Spicer", the words on air.
    "sot": "quote",
    # Voice to text: "how did spice her explain the bad dudes line".
    "spice her": "spicer",
    "manana": "tomorrow", "mañana": "tomorrow",
    # ... but "en la mañana o en la tarde?": the time of day.
    "la manana": "la morning", "la mañana": "la morning",
    # Discord shorthand: "r they going after ppl", "acc to pew", "how many fams".
    # (and an airline crew's "pax in 3A says": a passenger)
    "pax": "a passenger",
    "r": "are", "u": "you", "acc": "according", "rly": "really", "smth": "something",
    "sth": "something", "tryna": "trying to", "fams": "families", "fam": "family",
    "every1": "everyone", "some1": "someone", "any1": "anyone", "wym": "what do you mean",
    "fr": "for real", "mny": "many", "mnay": "many", "meny": "many",
    # A word of the asker's own language: "pourquoi no number for 2016", "c'est vrai?",
    # "how many deported in 2015, prosze".
    "pourquoi": "why", "c'est vrai": "true", "cest vrai": "true", "es verdad": "true",
    # ... and before what is checked: "es verdad que Trump dijo que nadie sabe cuantos hay?".
    "es verdad que": "is it true that", "es cierto que": "is it true that",
    # ... and after it: "es cierto eso o es mentira?".
    "o es mentira": "or not", "o mentira": "or not",
    "en vez de": "instead of", "en lugar de": "instead of",
    "gen. kelly": "general kelly", "gen kelly": "general kelly",
    "al fin": "so",
    "como se llama": "what is the name of", "como se llamaba": "what was the name of",
    "como se llaman": "what are the names of", "cómo se llama": "what is the name of",
    "cómo se llamaba": "what was the name of", "cómo se llaman": "what are the names of",
    "prosze": "please", "proszę": "please", "svp": "please", "tanpri": "please",
    # A Punjabi or Hindi speaker's family: "my saala missed his court date", "my chacha saw it".
    "saala": "brother in law", "jija": "brother in law", "jijaji": "brother in law",
    "bhabhi": "sister in law", "chacha": "uncle", "chachi": "aunt", "masi": "aunt",
    "bua": "aunt", "nani": "grandmother", "dadi": "grandmother", "bhaiya": "brother",
    "didi": "sister", "behen": "sister",
    # ... or a Hmong speaker's: "yawm txiv asks", "kuv txiv has an old order", "kwv tij are txhawj".
    "yawm txiv": "grandfather", "yawg": "grandfather", "niam tais": "grandmother",
    # ("Pog" alone is a Twitch chat's emote: "FY2019 deportation number final? Pog or not".)
    "my pog": "my grandmother", "our pog": "our grandmother", "from pog": "from grandmother",
    "for pog": "for grandmother", "pog is": "grandmother is", "pog says": "grandmother says",
    "pog said": "grandmother said", "pog wants": "grandmother wants", "pog asks": "grandmother asks",
    "pog asked": "grandmother asked", "pog keeps": "grandmother keeps",
    "pog thinks": "grandmother thinks", "pog heard": "grandmother heard",
    "txiv ntxawm": "uncle", "txiv hlob": "uncle", "kwv tij": "relatives",
    "txiv": "father", "niam": "mother", "nyab": "daughter in law", "kuv": "my",
    "txhawj": "worried",
    "qingwen": "please", "por favor": "please", "porfa": "please",
    "dung ko": "right", "dung khong": "right", "phai ko": "right", "phai khong": "right",
    # A defender's: "until his IJ hearing", "got an NTA".
    "ij": "immigration judge", "ijs": "immigration judges", "nta": "notice to appear",
    "nom": "nomination", "noms": "nominations", "mrny": "make the road new york",
    "state ag": "state attorney general", "ewi": "entered without inspection",
    "ewi'd": "entered without inspection", "foia": "records request",
    "wed": "wednesday", "thu": "thursday", "fri": "friday", "tue": "tuesday",
    # A congressional caseworker's: "const. says", "const's nephew", "for the reply ltr".
    "const": "constituent", "const's": "constituent's", "consts": "constituents",
    "ltr": "letter", "ltrs": "letters",
    "leo": "law enforcement officer", "leos": "law enforcement officers",
    # "Whatever became of the Guard plan": what happened to it.
    "whatever happened": "what happened", "whatever became of": "what happened to",
    "what became of": "what happened to",
    # Irish and British English: "the lads on site", "me mam is asking", "me cousin got lifted",
    # "I haven't a notion", "would ye know", "sure look".
    "lads": "guys", "lad": "guy", "fella": "guy", "fellas": "guys", "yer man": "that man",
    "yer one": "that woman", "mam": "mom", "mammy": "mom", "mum": "mom", "me mam": "my mom",
    "me ma": "my mom", "me mum": "my mom", "me mammy": "my mom", "me da": "my dad",
    "me dad": "my dad", "me brother": "my brother", "me sister": "my sister",
    "me cousin": "my cousin", "me uncle": "my uncle", "me aunt": "my aunt",
    "me auntie": "my aunt", "me nan": "my grandmother", "me granny": "my grandmother",
    "me missus": "my wife", "me husband": "my husband", "me wife": "my wife", "me son": "my son",
    "me daughter": "my daughter", "me mate": "my friend", "me mates": "my friends",
    "me friend": "my friend", "me boss": "my boss", "me neighbour": "my neighbor",
    "got lifted": "got arrested", "get lifted": "get arrested",
    "getting lifted": "getting arrested", "been lifted": "been arrested",
    "lift people": "arrest people", "lifting people": "arresting people",
    "haven't a notion": "do not know", "havent a notion": "do not know",
    "hadn't a notion": "did not know", "amn't": "am not", "ye": "you", "youse": "you",
    "sure look": "", "on site": "at work", "on the site": "at work", "on the sites": "at work",
    # Southern and mountain English: "them memos", "them immigrant groups" are those.
    "them memos": "those memos", "them directives": "those directives",
    "them rules": "those rules", "them guidelines": "those guidelines",
    "them raids": "those raids", "them immigrant": "those immigrant",
    "them immigrants": "those immigrants", "them officials": "those officials",
    "them agents": "those agents", "them numbers": "those numbers",
    "turn them memos loose": "release those memos",
    "turned them memos loose": "released those memos",
    "turn the memos loose": "release the memos", "turned the memos loose": "released the memos",
    # ... and a Malayali nurse's: "army will be used aano?" (is it so), "memo official aayathu"
    # (became), "ikka is asking" (elder brother), "chechi" (elder sister).
    "aano": "", "alle": "", "aayathu": "became", "ikka": "my brother", "chechi": "my sister",
    # ... and an Amharic or Tigrinya speaker's "abo explain", "betam worried", "ishi, thanks".
    "abo": "please", "betam": "very", "ishi": "okay", "yikirta": "excuse me",
    "amesegnalehu": "thank you", "egziabher yimesgen": "thank god",
    # ... a Khmer speaker's "orkun bong", "jong know", "ot te understand", "for my pu";
    "orkun": "thank you", "arkun": "thank you", "or kun": "thank you", "bong": "brother",
    "jong": "want to", "ot te": "do not", "ot yol": "do not understand", "pu": "uncle",
    # ... a Lao speaker's "sabaidee", "khop jai";
    "sabaidee": "hello", "sabai dee": "hello", "khop jai": "thank you", "khob jai": "thank you",
    "khop chai": "thank you", "khob chai": "thank you",
    # ... and a Hindi or Urdu speaker's "2015 deportation number kitna tha", "kya problem tha".
    # ("tha" alone may be "the": "what did tha memo say".)
    "kitna": "how many", "kitne": "how many", "kitni": "how many", "kya": "what",
    "kitna tha": "how many", "kitne the": "how many", "kitni thi": "how many",
    "kya tha": "what was", "problem tha": "problem was", "acha": "okay", "achha": "okay",
    "accha": "okay", "shukriya": "thank you", "theek hai": "okay", "nahi": "not", "nahin": "not",
    # ... (and a Gujarati speaker's "mark morgan kon che?", "kitna log got work permits");
    "kitna log": "how many people", "kitne log": "how many people", "kaun hai": "who is",
    "kon che": "who is", "kaun che": "who is", "kon hai": "who is", "shu che": "what is",
    # ... their "guidance official hua kis din", "felons not families line, kab bola tha", and a
    # Bangla speaker's "keno kelly ar tillerson ... meet korlo?", "koto bochor", "kobe".
    "kab": "when", "kyun": "why", "kyon": "why", "kaise": "how", "kahan": "where",
    "kis din": "what day", "kis saal": "what year", "keno": "why", "kobe": "when",
    "kokhon": "when",
    "koto": "how many", "kothay": "where", "koto bochor": "how many years",
    # ... and more of it: "koto jon deport hobe", "kon state e", "kivabe release korse", "Kelly
    # ki bolse", "kake bishash korbo" (whom to believe), "kader target korbe" (whom).
    "koto jon": "how many people", "kotojon": "how many people", "koyjon": "how many people",
    "kon": "which", "kivabe": "how", "ki bolse": "what did say", "ki bolsilo": "what did say",
    "kake bishash korbo": "who's right", "kader": "who",
    "kitne saal": "how many years", "kitne din": "how many days",
    # ... and an Urdu or Hindi family's: "kis ne kaha tha", "kaun sahi hai", "kis akhbar ne",
    # "ktne log", "kab se lagu hua", "kya yeh sach hai", "1 lakh sainik".
    "kaun": "who", "kis ne": "who", "kisne": "who", "kisko": "whom", "kiski": "whose",
    "kiske": "whose", "kis hafte": "what week", "kis akhbar": "which newspaper",
    "kis akhbaar": "which newspaper", "kis tarah": "how", "kis maqsad se": "why",
    "kis wajah se": "why", "kis naam se": "what name", "kis kis ki": "whose",
    "kaun sa": "which", "kaunsi": "which", "konsi": "which",
    "kaun sahi": "who's right", "kaun sahi hai": "who's right", "kiski maane": "who's right",
    "kis ki baat maanen": "who's right", "ktne": "how many", "kitni der": "how long",
    "kitne ghante": "how many hours", "kitni dafa": "how many times",
    "kitni baar": "how many times", "kb": "when", "kab se": "when", "kia": "what",
    "kya yeh sach hai": "is it true", "kya ye sach hai": "is it true", "sach hai": "is it true",
    "1 lakh": "100,000", "ek lakh": "100,000", "kaam ki jagah": "work site",
    "kon bana": "who became", "kaun bana": "who became", "abhi tak": "still now",
    "abhi bhi": "still now", "aaj kal": "these days", "baad mein": "later", "ke alawa": "besides",
    "kitni der baad": "how long after", "kitne arse se": "how long", "naam diya": "called",
    "peeche hata": "backed off", "peeche hate": "backed off", "wade poore": "kept promises",
    "kab tak": "how long", "bade paimane pe": "mass", "bade paimane par": "mass",
    "peeche padne": "target", "peeche pade": "target", "idhar udhar": "reassigned",
    "ghar ghar": "homes",
    # ... and a Telugu or Kannada speaker's question words: "ICE acting director evaru?",
    # "2016 deportations yeshtu?", "reasons enti?", "yenu" (what), "ekkada" (where).
    "evaru": "who", "enti": "what", "yenu": "what", "yeshtu": "how many", "ekkada": "where",
    "eppudu": "when", "enduku": "why", "yaaru": "who", "yavaga": "when", "kada": "",
    # ... a Punjabi speaker's "2015 vich kinne deport hoye", "backlog kinna lamba hai", "kyu
    # kehnde si obama nu deporter in chief";
    "kinne lok": "how many people", "kinne": "how many", "kinna lamba": "how long",
    "kinna": "how much", "kithe": "where", "kado": "when", "kyu": "why",
    # ... an Indonesian speaker's "berapa banyak orang yang dapat work permit lewat daca",
    # "bisa nggak sih ICE deport jutaan orang", "menurut blog itu";
    "berapa banyak orang": "how many people", "berapa banyak": "how many", "berapa": "how many",
    "gimana": "how", "bisa nggak sih": "can", "bisa nggak": "can",
    "jutaan orang": "millions of people", "menurut": "according to", "lewat": "through",
    "dapat": "got", "punya": "has",
    # ... and Malay and Manglish: "berapa ramai kena deport", "bila trump pull vitiello? dah
    # lupa", "siapa yg sign", "kenapa", "betul ke?", "walao", "alamak";
    "berapa ramai": "how many people", "ramai": "many", "bila": "when", "siapa": "who",
    "kenapa": "why", "betul ke": "right", "betul": "true", "kena": "get",
    "yg": "that", "dah": "already", "sudah": "already", "lupa": "forgot", "sikit": "few",
    "sebenarnya": "actually", "tapi": "but", "boleh": "can", "tak": "not", "pergi": "went",
    "dengan": "with", "walao": "", "walau": "", "wah lau": "", "alamak": "", "aiyo": "",
    "aiyoh": "", "aiyah": "", "aiya": "",
    # ... Turkish and Azerbaijani forms of address and kin: "how many new agents qardash",
    # "babam says monday" (the rest of a Turkish question is read by `turkish`);
    "qardash": "", "qardas": "", "kardesim": "", "kardeşim": "", "valla": "", "vallahi": "",
    "abla": "", "hocam": "", "babam": "my dad", "annem": "my mom", "amcam": "my uncle",
    "dayim": "my uncle", "teyzem": "my aunt", "halam": "my aunt", "kuzenim": "my cousin",
    # ... Thai typed as it sounds: "kelly was tee nai when he promise", "2015 deport gee kon",
    # "meua rai", "tammai", "khrai", "chai mai" (right?), the polite "krub" and "kha";
    "tee nai": "where", "thi nai": "where", "meua rai": "when", "muea rai": "when",
    "gee kon": "how many", "ki khon": "how many", "tao rai": "how much",
    "khrai": "who", "arai": "what", "tammai": "why", "tam mai": "why", "chai mai": "right",
    "jing mai": "really", "jing jing": "really", "pee nai": "which year", "chue arai": "what name",
    "krub": "", "khrap": "", "krap": "", "kha": "",
    # ... "wan nai" (which day), "tummai", "mai ka" and "na ka" closing a yes/no question, "pee
    # ka" (older sister), "glua mak" (very scared).
    "wan nai": "which day", "tummai": "why", "mai ka": "", "mai krub": "", "na ka": "",
    "pee ka": "", "glua mak": "very scared",
    # ... Japanese: "itsu", "naze", "doushite", "nan nin", "honto ni?", "desu ka", "sumimasen";
    "itsu": "when", "naze": "why", "doushite": "why", "nan nin": "how many",
    "nannin": "how many", "doko": "where", "ikura": "how much",
    "honto ni": "really", "hontou ni": "really", "desu ka": "", "desu": "", "sumimasen": "",
    "arigatou": "thanks", "arigato": "thanks", "dare is": "who is", "dare was": "who was",
    # ... Cuban Spanish greetings: "asere cuántos deportation officers tiene ICE?";
    "asere": "", "acere": "", "qué bolá": "", "que bola": "",
    # ... Nepali question words: "kati jana deport bhaye", "kahile", "kina", "kasari", "kun
    # din", "ko ho" (who is), "k ho" (what is) (not "kaha": Hindi's "said");
    "kati jana": "how many people", "kati": "how many", "kahile": "when", "kina": "why",
    "kasari": "how", "kun": "which", "ko ho": "who is", "k ho": "what is",
    "ke ho": "what is", "k k": "what",
    # ... Quebec French in an English question: "did congress ever give trump his wall
    # pantoute?", "ma blonde's cousin", "memère says", "c'est-tu vrai";
    "combien de temps": "how long", "pantoute": "at all", "pas vraiment": "not really",
    "exactement": "exactly", "astheure": "now", "icitte": "here", "chez nous": "", "tsé": "",
    "tse": "", "câline": "", "tabarnak": "", "ma blonde": "my girlfriend", "mon chum": "my friend",
    "le boss": "my boss", "memère": "grandma", "memere": "grandma", "mémère": "grandma",
    "pepère": "grandpa", "pepere": "grandpa", "pépère": "grandpa", "c'est-tu vrai": "is it true",
    # ... and Urdu's "menendez ne kaunsa word use kiya" (which).
    "kaunsa": "which", "konsa": "which",
    # ... a Polish speaker's "czy wojsko bedzie robic deportacje? kurde ...";
    "wojsko": "army", "kurde": "", "deportacje": "deportations", "bedzie": "will",
    # ... an Albanian speaker's "kur e tha kelly ...", "kush shkoi me kelly ne meksike", "sa veta
    # kane removal orders", "faleminderit" (thanks);
    "kur e tha": "when did", "kush shkoi me": "who went with", "ne meksike": "to mexico",
    "sa veta": "how many people", "faleminderit": "thanks", "gjyshi": "grandpa",
    # ... Miskito's "naksa", "yang naksa" (hello) and "tingki pali" (thank you), Garifuna's "ida
    # biangi" (how are you);
    "yang naksa": "", "naksa": "", "tingki pali": "thank you", "ida biangi": "",
    # ... Purépecha's "sési jarhasïni" (how are you) and "juchari" (our);
    "sési jarhasïni": "", "sesi jarhasini": "", "sési jarhasini": "", "juchari": "our",
    # ... a voice memo is the asker's, not a memo of the story's;
    "voice memo": "voice message", "voice memos": "voice messages",
    # ... and a number to call is a phone number, which no source gives;
    "number to call": "phone number to call", "number i can call": "phone number i can call",
    "number do i call": "phone number do i call", "number do we call": "phone number do we call",
    "number should i call": "phone number should i call",
    # ... and a Nigerian's "... in 2015 sha", Yoruba "e jowo", Igbo "biko" (please).
    "sha": "", "e jowo": "please", "biko": "please",
    # ... a Persian or Kurdish speaker's "chera did trump say that", "deportations 2015 chand
    # nafar?";
    "chera": "why", "chand nafar": "how many",
    # ... a Tamil speaker's "2016 deportation figures enna?";
    "enna": "what",
    # ... Russian typed in Latin letters: "kto takoy Javier Valdes?", "2016 number? skolko";
    "kto takoy": "who is", "kto takaya": "who is", "kto eto": "who is", "skolko": "how many",
    # ... and Ukrainian: "khto takyi mark morgan?"; Polish: "ile tych memos bylo?".
    "khto takyi": "who is", "khto takyy": "who is", "khto tse": "who is", "ile tych": "how many",
    # ... and "how many days gap between the memos and Kelly's trip": days between them.
    "days gap between": "days between", "day gap between": "days between",
    "weeks gap between": "weeks between", "months gap between": "months between",
    # ... Swahili: "ice ina deportation officers wangapi", "ilikuwa siku gani", "kwani".
    "wangapi": "how many", "ngapi": "how many", "siku gani": "what day", "lini": "when",
    "wapi": "where", "kwani": "", "sasa": "", "habari ndugu": "", "habari": "",
    # ... Chaldean and Sureth asides: "kma troops" (how many), "ya rabbi", "wallah"; Romanian
    # greetings and questions: "Pacea Domnului", "Ce a spus Kelly in Mexic despre deportari in
    # masa?", "cine era acting director", "cati au fost deportati in 2015?", "ce zi".
    "kma": "how many", "ya rabbi": "", "wallah": "", "wallahi": "", "pacea domnului": "",
    "dear brothers": "", "beloved brothers": "", "ce a spus": "what said", "a spus": "said",
    "cine era": "who was", "cati": "how many", "câți": "how many", "au fost": "were",
    "deportati": "deported", "deportați": "deported", "despre": "about", "in masa": "mass",
    "în masă": "mass", "deportari": "deportations", "deportări": "deportations",
    "mexic": "Mexico", "ce zi": "what day", "lansate": "released", "memo-urile": "the memos",
    "unde": "where", "cand": "when", "când": "when", "deportashuns": "deportations",
    "cati oameni": "how many people", "câți oameni": "how many people", "oameni": "people",
    "frate": "", "mersi": "thanks",
    # ... Bulgarian typed in Latin letters: "2016 deport numbers kolko?", "kakvo e DACA", "koga",
    # "zashto", and "bre", "bate" (mate).
    "kolko": "how many", "kolko hora": "how many people", "kolko struva": "how much does cost",
    "kolko e": "how much is", "realno": "real", "kakvo e": "what is",
    # ... Scots: "whit were DHS still finalisin", "how many weans", "gie us the main measures",
    # "aboot", "dinnae", "folk" (people), and the time of day typed as said: "in the mornin".
    "lawd hab mercy": "", "lawd have mercy": "", "lord have mercy": "", "lawd": "",
    "whit": "what", "aboot": "about", "weans": "children", "wean": "child", "gie us": "give me",
    "gie": "give", "dinnae": "don't", "didnae": "didn't", "cannae": "can't", "isnae": "isn't",
    "wasnae": "wasn't", "wouldnae": "wouldn't", "aye right": "", "how many folk": "how many people",
    "in the mornin": "in the morning", "the mornin": "the morning",
    "in the evenin": "in the evening", "the evenin": "the evening", "or evenin": "or evening",
    "or mornin": "or morning",
    # ... Basque and Catalan: "zenbat deportations in 2015", "noiz", "zergatik", "quants", "per
    # què", "eskerrik asko" (thanks), "aupa", "kaixo" (hi);
    "zenbat is": "how much is", "zenbat": "how many", "noiz": "when", "zergatik": "why",
    "quants": "how many", "quantes": "how many", "per què": "why", "eskerrik asko": "thanks",
    "aupa": "", "kaixo": "",
    # ... Afrikaans, Zulu and South African English: "hoeveel people", "wanneer", "hoekom", "wie
    # is", "ngubani" (who), "the DHS oke" (guy), "my neighbour's laaitie" (kid), "ja or nee".
    "hoeveel": "how many", "wanneer": "when", "hoekom": "why", "wie is": "who is",
    "wie was": "who was", "wie did": "who did", "ngubani": "who", "oke": "guy", "okes": "guys",
    "laaitie": "kid", "laaities": "kids", "ouma": "grandma", "oupa": "grandpa",
    "ja or nee": "yes or no", "howzit": "", "lekker": "", "boet": "",
    "journos": "journalists", "wud": "would", "comin": "coming",
    "hw many": "how many", "hw much": "how much", "hw long": "how long",
    # ... Navajo: "ahéhee'" (thanks), "shik'is" (friend), "shimásání" (grandma), "ayy", "enit";
    "ah\u00e9hee'": "thanks", "ahéhee": "thanks", "ahehee'": "thanks", "ahehee": "thanks",
    "shik'is": "my friend", "shikis": "my friend", "shim\u00e1s\u00e1n\u00ed": "my grandma",
    "shimasani": "my grandma", "ayy": "", "enit": "", "yaadilah": "",
    # ... and Egyptian Arabic: "leh is it bad" (why), "ana mesh fahem" (I don't understand), "ya
    # gama3a" (everyone), "allah yebarek fe": a blessing.
    "leh is": "why is", "leh are": "why are", "leh did": "why did", "leh does": "why does",
    "leh do": "why do", "leh was": "why was", "leh were": "why were", "ana mesh fahem": "",
    "ya gama3a": "", "allah yebarek fe": "", "allah yebarek feek": "", "allah yebarek feeki": "",
    "kakvo": "what", "koga": "when", "zashto": "why", "kade": "where", "bre": "", "bate": "",
    # ... Chamorro and Carolinian greetings and thanks: "håfa adai!", "Si Yu'os ma'åse' in
    # advance", "saina, ...", "tirow from Saipan"; a phone's "troupes" (troops).
    "h\u00e5fa adai": "", "hafa adai": "", "buenas yan": "", "si yu'os ma'\u00e5se'": "thanks",
    "si yu'os ma'\u00e5se": "thanks", "si yu'os maase": "thanks", "si yuos maase": "thanks",
    "saina": "", "tirow": "", "troupes": "troops",
    # ... Appalachian "young'uns" (children), "mamaw" and "papaw"; Bosnian "moja nana pita" (my
    # grandmother asks), "jel to tacno?" (is that true), "koliko ih je zapravo" (how many are
    # there really), "sta kazu?" (what do they say).
    "young'uns": "children", "younguns": "children", "young uns": "children",
    "moja nana pita": "my grandmother asks", "jel to tacno": "is that true",
    "je li to tacno": "is that true", "koliko ih je zapravo": "how many are there",
    "sta kazu": "",
    # ... Khmer "sok sabay" (hello); Fiji Hindi "kahe" (why); Yiddish and Hebrew asides: "can the
    # kids get deported chas v'shalom?", "he said the farkert" (the opposite).
    "sok sabay": "", "kahe": "why", "chas v'shalom": "", "chas veshalom": "",
    "chas vshalom": "", "chas v’shalom": "", "baruch hashem": "", "farkert": "the opposite",
    # ... and a phone's "deported": "how many people got the ported in 2015".
    "got the ported": "got deported", "get the ported": "get deported",
    "be the ported": "be deported", "were the ported": "were deported",
    "was the ported": "was deported",
    # ... Kinyarwanda and Kirundi: "kubera iki kelly na tillerson met ...", "ryari? when was
    # ...", "ni bangahe, how many ...", "ni nde uvuga ukuri" (who tells the truth), "ni ukuri?".
    "kubera iki": "why", "ryari": "when", "ni bangahe": "how many", "bangahe": "how many",
    "ni nde uvuga ukuri": "who is right", "ni nde": "who is", "ni ukuri": "is it true",
    "yego cyangwa oya": "", "amakuru": "", "mbega": "", "muraho": "",
    # Whom to believe of two sides is who's right: "trump said millions, his own officials said
    # no. who do i believe".
    "who do i believe": "who's right", "who do we believe": "who's right",
    "who should i believe": "who's right", "who to believe": "who's right",
    "who do i trust": "who's right", "who should i trust": "who's right",
    "who is right here": "who's right", "who's right here": "who's right",
    # "Was Mexico happy w the visit or not really": whether it was, not whether it "really" was.
    "or not really": "or not",
    # ... a voice dictation's spoken marks: "typing for my husband comma Menendez said ... who
    # question mark".
    "question mark": "?", "comma": ",",
    # ... and the letters it heard: "how many officers does eye see e have", "the dock a
    # program".
    "eye see e": "ICE", "eye see ee": "ICE", "dock a program": "DACA program",
    "dock uh": "DACA", "da ca": "DACA",
    # ... Wolof: "nanga def everybody.", "they adopted it in the end or deedeet"; Arabic
    # greetings: "salam alaykum." (spelled every way, after this table).
    "nanga def": "", "deedeet": "no", "waaw": "yes",
    # ... and Levantine "wein" (where): "wein was kelly when he promised ...", and Maghrebi
    # "win" and Levantine "fen" before a verb ("win did kelly say no mass deportations", "fen was
    # kelly when he said ...").
    # ... and a phone's speech-to-text: "my nephew has Dakka", "what did I see E do", "what weak
    # was the operation", "the boarder", "the senior d h s official".
    "dakka": "DACA", "docka": "DACA", "i see e": "ICE", "i c e": "ICE", "d h s": "DHS",
    "what weak": "what week", "which weak": "which week", "next weak": "next week",
    "that weak": "that week", "boarder": "border", "boarders": "borders",
    "every body": "everybody",
    # ... and an analyst's "was the release call in the AM or PM on 2/21".
    "am or pm": "morning or afternoon", "a.m. or p.m.": "morning or afternoon",
    # ... a Somali family's question words: "imisa ppl were deported in 2015", "yaa waa ronald
    # vitiello", "xaggee was kelly", "goorma", "maxay";
    "imisa": "how many", "immisa": "how many", "goorma": "when", "xaggee": "where",
    "halkee": "where", "yaa waa": "who is", "waa maxay": "what is", "maxay": "what",
    "maxaa": "what", "sidee": "how", "waa su'aal": "question",
    # ... a police union's "does the main list include using local LE for arrests";
    "local le": "local law enforcement",
    # ... a sports desk's "KICKOFF DATE", "whens game day for the ICE operation", "is the
    # military getting subbed in", "final score FY2018";
    "kickoff date": "date", "kick-off date": "date",
    "game day": "start date", "gameday": "start date", "subbed in": "used",
    "getting subbed in": "being used", "final score": "total", "full court press": "all at once",
    "practice squad idea": "idea", "off the roster": "", "fair game": "targets",
    # ... and an office's "is all of this going live tomorrow?" (not "go live with my aunt").
    "going live tomorrow": "starting tomorrow", "go live tomorrow": "start tomorrow",
    # ... and "she go stay inside that church till when": how long.
    "till when": "how long", "until when": "how long", "til when": "how long",
    "wein": "where", "win did": "where did", "win was": "where was", "win is": "where is",
    "fen was": "where was", "fen did": "where did", "fen is": "where is", "fen do": "where do",
    # ... Levantine and Iraqi "wein kan trump ray7" (where was Trump going), "meen 2al" (who said
    # it), "minu katab el memos", "lesh", "cham wa7id 3indah removal order", "ya3ni";
    "wein kan": "where was", "wen kan": "where was", "ray7": "going", "meen 2al": "who said",
    "min 2al": "who said", "2al": "said", "2alha": "said it", "minu": "who", "meen": "who",
    "katab": "wrote", "lesh": "why", "leish": "why", "lech": "why", "cham wa7id": "how many",
    "kam wa7id": "how many", "3indah": "have", "3indhum": "have", "ya3ni": "", "yaani": "",
    # ... Yemeni and Gulf "wain was kelly", "laysh", "shu does HSI do",
    # "mata did kelly say" (not "mata" alone: Spanish "kills");
    "wain": "where", "laysh": "why", "leesh": "why", "shu": "what",
    "eish": "what", "mata did": "when did", "mata was": "when was", "mata is": "when is",
    "mata will": "when will",
    # ... and Kurmanji's "li ku bû" (where was), "ez ditirsim" (I'm scared), "dayika min" (my
    # mother), "mamê min" (my uncle), "dapîra min" (my grandmother).
    "li ku b\u00fb": "where was", "li ku bu": "where was", "ez ditirsim": "",
    "dayika min": "my mother", "mam\u00ea min": "my uncle", "dap\u00eera min": "my grandmother",
    # ... Kachin "hpa majaw" (why).
    "hpa majaw": "why",
    # ... Sudanese "gaal" (said) and "wenu" (where); Korean "jinjja?" (really?).
    "gaal": "said", "wenu": "where", "jinjja": "",
    # ... Tigrinya "abey" (where): "abey was kelly standing when he said ...".
    "abey": "where",
    # ... Persian in Latin letters: "kodoomesh doroste?" (which one is right), "vay khoda",
    # "akhe why ...", "yani is DACA over", "baba mige ..." (dad says), "sob ya shab?" (morning or
    # evening).
    "kodoomesh doroste": "which is right", "kodoomesh": "which one", "vay khoda": "",
    "khoda bekhair kone": "", "akhe": "", "yani": "", "mige": "says",
    "sob ya shab": "morning or evening",
    "kheili merci": "thanks", "merci": "thanks",
    # ... Chuukese, Marshallese and Fijian greetings and thanks: "ran annim", "kinisou chapur for
    # this bot", "kommol tata", "iakwe", "bula vinaka".
    "ran annim": "", "kinisou chapur": "thanks", "kinisou": "thanks", "kommol tata": "thanks",
    "kommol": "thanks", "iakwe": "", "bula vinaka": "", "vinaka": "thanks",
    # ... DACA misheard or mistyped: "the obama DOCA program"; and a Secretary as another
    # country's cabinet calls it: "the Minister of Homeland Security".
    "doca": "DACA", "minister of homeland security": "homeland security secretary",
    # ... and the officials the blog calls anonymous: "those dhs guys with no names".
    "guys with no names": "anonymous officials", "people with no names": "anonymous officials",
    "officials with no names": "anonymous officials", "ppl with no names": "anonymous officials",
    "insisted on no names": "insisted on anonymity", "insisting on no names": "insisting on anonymity",
    # ... and "which" as it sounds: "wish year the undocumented population reach its peak".
    "wish year": "which year", "wish one": "which one", "wish month": "which month",
    "wish day": "which day", "wish city": "which city", "wish group": "which group",
    # ... Maghrebi Arabic in Latin letters and figures: "3lash did dhs say they cant do mass
    # roundups", "chkoun spoke for make the road", "waqtach did kelly make the pledge", "kam
    # wa7ed deported in 2015", "chhal waqt are courts backed up", "wa7ed wela zouj?", "chhal men
    # deportation officer 3and ICE" (how many of them ICE has).
    "chkoun 9alha": "who said it", "chkoun 9al": "who said", "chhal men": "how many",
    "3and": "at",
    "3lash": "why", "3lach": "why", "3lech": "why", "alash": "why", "chkoun": "who",
    "chkon": "who", "chkun": "who", "shkoun": "who", "shkun": "who", "waqtach": "when",
    "wa9tach": "when", "wa9tech": "when", "imta": "when", "emta": "when",
    "kam wa7ed": "how many", "chhal waqt": "how long", "ch7al waqt": "how long",
    "7atta wa9tech": "how long", "7atta wa9tach": "how long", "chhal": "how much",
    "ch7al": "how much", "9addech": "how much", "9adech": "how much", "kifach": "how",
    "kifash": "how", "kifech": "how", "chnou": "what", "chnowa": "what", "chnouwa": "what",
    "chnia": "what", "shnu": "what", "shnowa": "what", "wa7ed": "one", "zouj": "two",
    "wela": "or",
    # ... and Moroccan Darija's: "chno qal kelly mlli kan f mexico", "chhal mn wa7ed tdeporta in
    # 2015", "wach ghadi ykhdmo l armée", "chkoun mcha m3a kelly", "fo9ach kelly qal ..." ("wach"
    # marks a yes-no question, as Wolof's "ndax").
    "chno": "what", "achno": "what", "chnu": "what", "wach": "", "chhal mn wa7ed": "how many",
    "chhal mn": "how many", "ch7al mn": "how many", "chhal men wa7ed": "how many",
    "chhal mn nhar": "how many days", "fo9ach": "when", "fou9ach": "when", "mlli": "when",
    "melli": "when", "qal": "said", "9al": "said", "m3a": "with", "mcha": "went",
    "mchaw": "went", "dyal": "of", "diyal": "of", "kayn": "there are", "kaynin": "there are",
    "kaynen": "there are", "ghadi": "will", "kolchi": "everyone", "nass": "people",
    "3ndhom": "they have", "3ndo": "he has", "3ndha": "she has", "3ndi": "i have",
    "ma y9droch": "they cannot", "ma y9derch": "he cannot", "y9dro": "they can",
    "tdeporta": "was deported", "tdeportaw": "were deported", "ydeportiw": "deport",
    "wlad": "children", "bddel": "changed", "bdel": "changed", "bgha": "wanted",
    "ygoul": "say", "fahmin": "understand", "kayt9bdo": "are caught",
    "chkoun houma": "who are", "f lkhdma": "at work", "lwalida": "my mother", "yemma": "mom",
    "jari": "my neighbor", "khali": "my uncle", "ybda": "start", "ybdaw": "start",
    "tkallef": "cost", "amrika": "america", "ykharjo": "remove", "ykhdmo": "use",
    "l armée": "the army", "l armee": "the army",
    # ... Serbian, Bosnian and Croatian: "ko je mark morgan", "ko je rekao 'there will be no
    # mass deportations'", "... ko je u pravu?".
    "ko je u pravu": "who is right", "ko je rekao": "who said", "ko je": "who is",
    "zasto": "why", "koliko": "how many", "vojska": "army", "vojnika": "troops",
    "vojnici": "troops",
    # ... Turkmen and Kyrgyz: "nache adam deported in 2015", "kancha adam"; and Russian
    # "deportaciya" in Latin letters.
    "nache adam": "how many people", "kancha adam": "how many people", "nache": "how many",
    "kancha": "how many", "deportaciya": "deportation", "deportatsiya": "deportation",
    # ... Uzbek: "kelly no mass deportations pledge qachon edi", "2015 da nechche adem deport
    # qilindi", "kim edi acting director", "qisqacha aytib bering" (tell it briefly).
    "qachon edi": "when was", "qachon": "when", "nechta odam": "how many people",
    "nechche adem": "how many people", "nechche odam": "how many people", "nechta": "how many",
    "nechche": "how many", "kim edi": "who was", "qayerda": "where", "nima uchun": "why",
    "deport qilindi": "were deported", "deport qilingan": "were deported", "haqida": "about",
    "qisqacha aytib bering": "", "qisqacha": "", "memolar": "memos", "rasmiy": "official",
    "chiqdi": "came out",
    # ... and Wolof: "lu tax trump tweet the millions thing", "ndax the new guidance makes MORE
    # people a priority" (a yes-no question's mark).
    "lu tax": "why", "ndax": "",
    # ... and Spanish countries asked by name, now or then: "cuales son los siete paises del
    # travel ban?", "cuales eran los 7 paises" (not "de que paises era", which asks what kind).
    "cuales son los siete paises": "what are the seven countries",
    "cu\u00e1les son los siete pa\u00edses": "what are the seven countries",
    "cuales son los paises": "what are the countries",
    "cu\u00e1les son los pa\u00edses": "what are the countries",
    "cuales eran los 7 paises": "what were the 7 countries",
    "cuales eran los siete paises": "what were the seven countries",
    "cuales eran los paises": "what were the countries",
    # ... Mexican "al chile" (honestly).
    "al chile": "",
    # ... Cape Verdean Kriolu: "kantu genti ki deportadu en 2015", "pamodi trump manda kel
    # tweet?", "kenha ki aviza ...", "undi ki vizguerra sta?", "ki dia ki spicer faze briefing".
    "pamodi": "why", "kantu": "how many", "kuantu": "how many", "kenha": "who", "kuze": "what",
    "undi": "where", "ki dia": "what day", "modi ki": "how",
    # ... French: "videgaray c'est qui".
    "c'est qui": "who is", "cest qui": "who is",
    # ... Lingala: "ntango nini kelly promised ...", "mpo na nini? why?".
    "ntango nini": "when", "mpo na nini": "why",
    # ... and which of two sides to believe: "which one we believe mes freres".
    "which one we believe": "who's right", "which one do we believe": "who's right",
    "which one to believe": "who's right", "which one should i believe": "who's right",
    # ... and Spanglish money: "cuanto pisto is all this gonna cost".
    "cuanto pisto": "how much money", "cuanta plata": "how much money",
    "cuanto dinero": "how much money", "cuanta lana": "how much money",
    # African American and Southern English: "they was finna raid", "ion know the 2015 number",
    # "the changes gon take time", "fixin to".
    "finna": "going to", "fixin to": "going to", "fixing to": "going to", "gon": "going to",
    "ion": "i don't",
    "tl;dr": "tldr", "tl dr": "tldr",
    # Mennonite Low German (Plautdietsch): "mien Onkel asks waut day ...", "they took the
    # kinjer away", "which Kjoakj is it", "jo or nä".
    # British: "proper press conference or summat", "where did trump head off to after banging
    # on about the raids", "who was minding the shop at ICE", "a bit shy of raiding families",
    # "his own lot say ...", "what sort of outfit is make the road".
    "summat": "something", "banging on about": "talking about", "banged on about": "talked about",
    "minding the shop": "running", "minding the shop at": "running",
    "a bit shy of": "hesitant about", "shy of": "hesitant about",
    "his own lot": "his own officials", "their own lot": "their own officials",
    "sort of outfit": "kind of group", "what outfit": "what group", "nick": "take",
    "nicked": "took",
    # Juba Arabic: "is all this kalam happening immediately?" (talk, business).
    "kalam": "", "kalam de": "",
    "waut": "what", "mien": "my", "onkel": "uncle", "kinjer": "kids", "kjinja": "kids",
    "kjinja's": "kids'", "kjoakj": "church", "prädja": "preacher", "pradja": "preacher",
    "jo or nä": "yes or no", "jo oda nä": "yes or no", "jo or nae": "yes or no",
}  # fmt: skip
# "salam alaykum", "salaam aleekum", "assalamu alaikum": the greeting, however it is spelled.
_SHORTHAND.update(
    (f"{peace} {upon_you}", "")
    for peace in ("salam", "salaam", "assalamu", "asalamu", "as salam", "as salaam", "assalam")
    for upon_you in ("alaykum", "alaikum", "aleikum", "aleykum", "aleekum", "alikum", "alaikom")
)
_NUMBER_SIGN = lazy_compile(r"#\s?of\b")
_CLOSING_PARTICLE = lazy_compile(
    r"\s+(?:ah|lah|leh|meh|lor|hor|sia|mah|liao)(?=\s*[?!.,;]|\s*$)", re.IGNORECASE
)
_Y_FOR_WHY = lazy_compile(
    r"^y(?= (?:is|are|was|were|do|does|did|would|will|r|dont|doesnt|didnt|cant|isnt|arent|wont"
    r"|would|should|has|have)\b)",
    re.IGNORECASE,
)
_SHORTHAND_WORD = _AnyCase(
    r"(?<![\w/.'@])(?:"
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/@]|'\w|\.\w|-visa| visa)",  # a "U visa" is not a "you visa"
)
# "434k", "400 thousand", "1.5m", "$18b": a figure with its multiplier; "fy18": a fiscal year.
# (Not a visa's name: "H-1B", "H-2B".)
_MULTIPLIED = lazy_compile(r"\b(?<![a-z]-)(\d+(?:\.\d+)?)\s?(k|m|mn|b|thousand)\b", re.IGNORECASE)
_MULTIPLIERS = {
    "k": "thousand",
    "thousand": "thousand",
    "m": "million",
    "mn": "million",
    "b": "billion",
}
_ZERO = lazy_compile(r"\bzero (?!tolerance\b)", re.IGNORECASE)
# Acronyms in capitals: "ER" is expedited removal, as lawyers write it (not "er", a hesitation;
# nor "in the ER" or "ER visits", a hospital's emergency room);
# "UN" is the United Nations (not Spanish "un", a word that says nothing).
# "FOs" are final orders of removal, as a clinic writes them.
_ACRONYMS = {
    "ER": "expedited removal",
    "UN": "united nations",
    "U.N.": "united nations",
    "DOs": "deportation officers",
    "LA": "los angeles",
    "FOs": "final orders",
    "ER'd": "put in expedited removal",
    "ER'ed": "put in expedited removal",
    "BIA": "board of immigration appeals",
    "NG": "national guard",  # (in capitals: Tagalog's "ng" is "of")
}
_ACRONYM = lazy_compile(
    r"(?<![\w'@/.-])(?:ER'd|ER'ed"
    r"|(?<!in the )(?<!at the )(?<!to the )ER(?! (?:visits?|docs?|doctors?|nurses?|staff|room))"
    r"|UN|U\.N\.|FOs|DOs|BIA|NG"
    # ("en LA", "in LA": Los Angeles; not "EN LA CORTE", in capitals)
    r"|(?:(?<=\ben )|(?<=\bin )|(?<=\bde )|(?<=\bfrom ))LA(?! [A-Z]{2}))(?![\w'@/-]|\.\w)"
)
# "2/21", "2/21/17": a month and day in figures (not "1/3 of them", a share).
_NUMERIC_DATE = lazy_compile(
    r"(?<![\w/.$])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[5-9])(?:/((?:20)?\d\d))?(?![\w/%]| of\b)"
)
# (Each month by the first of its names in MONTHS, its English name in full.)
_MONTH_NAMES = {number: name for name, number in reversed(MONTHS.items())}


def _spelled_date(found: re.Match[str]) -> str:
    month, day, year = _MONTH_NAMES[int(found[1])], int(found[2]), found[3]
    if year is None:
        return f"{month} {day}"
    return f"{month} {day} {year if len(year) == 4 else '20' + year}"


_FISCAL = lazy_compile(r"\bfy\s?'?(\d{4}|\d{2})\b", re.IGNORECASE)


# "Thirty million", "six thousand", "half a million", "a third of a million": figures in words.
_NUMBERS_TO_TWENTY = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = {w: n for n, w in enumerate(_NUMBERS_TO_TWENTY.split())}
_NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_NUMBER_WORDS |= {"ninety": 90, "a hundred": 100, "one hundred": 100, "a dozen": 12}
_WORDED = lazy_compile(
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}) (thousand|million)\b",
    re.IGNORECASE,
)
_SHARES = {"half": 500_000, "third": 333_333, "quarter": 250_000, "three quarters": 750_000}
_SHARE_OF_MILLION = lazy_compile(
    r"\b(?:(?:a|one) )?(half|third|quarter|three quarters) (?:of )?a million\b"
    r"|\ba (half) million\b",
    re.IGNORECASE,
)


# A branch's "guys": its officers ("do the ERO guys even know where most of them are"). (Not
# "the ICE people said they can't": ICE's officials.)
_AGENCY_GUYS = lazy_compile(
    r"\b(ero|hsi) (?:guys|dudes|boys|folks|ppl|people)\b",
    re.IGNORECASE,
)
# A plan that "went live" was adopted; not one who "goes live with family till court".
_WENT_LIVE = lazy_compile(
    r"\b(?:go|goes|going|gone|went) live(?=\s*(?:[?.!,]|$|or\b|at all\b|yet\b))",
    re.IGNORECASE,
)
# A date as it is spoken to a phone: "on june eighteenth twenty nineteen", "in two thousand
# fifteen", "february twenty first" ("twenty one countries" is a count, not a year).
_SPOKEN_YEAR = lazy_compile(
    r"\b(?:twenty[ -](?=(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty)\b)|two thousand (?:and )?)("
    + "|".join(_NUMBERS_TO_TWENTY.split()[1:])
    + r")\b",
    re.IGNORECASE,
)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINAL_DAYS = {w: n for n, w in enumerate(_ORDINALS.split(), start=1)} | {"thirtieth": 30}
_SPOKEN_DAY = lazy_compile(
    r"\b(january|february|march|april|june|july|august|september|october|november|december)"
    r" (?:the )?(?:(twenty|thirty)[ -])?(" + "|".join(_ORDINAL_DAYS) + r")\b",
    re.IGNORECASE,
)


def _spoken_date(text: str) -> str:
    """Return `text` with a spoken year or day of the month in figures ("june 18 2019")."""
    if "twenty" in text.lower() or "thousand" in text.lower():
        text = _SPOKEN_YEAR.sub(lambda m: str(2000 + _NUMBER_WORDS[m[1].lower()]), text)

    def day(m: re.Match[str]) -> str:
        tens = _NUMBER_WORDS[m[2].lower()] if m[2] else 0
        return f"{m[1]} {tens + _ORDINAL_DAYS[m[3].lower()]}"

    return _SPOKEN_DAY.sub(day, text)


_TILDE = lazy_compile(r"(?<![\w~])~(?=\s?[\w$])")
_PERCENT_ASKED = lazy_compile(r"(?<![\d.])\s*%(?=\s|$)")


_SECONDS = lazy_compile(r"\b(\d+) ?secs?\b", re.IGNORECASE)
_HOURS = lazy_compile(r"\b(\d+)[ -]?hrs?\b", re.IGNORECASE)  # "a 48 hr hold" (not "plant HR")
# A relative by marriage: "my BIL swears ...", "her MIL" (not a billion, not a million).
_IN_LAW = lazy_compile(r"\b(my|his|her|our|their|your|ur) ([bsmf])il\b", re.IGNORECASE)
_IN_LAWS = {"b": "brother", "s": "sister", "m": "mother", "f": "father"}


# Hindi and Urdu "kya" (or "ya nahi") last in a question, which asks yes or no.
_KYA_LAST = lazy_compile(
    r"(?<=\w) (?:kya|ya nahi|ya nahin|ki nahi|ki nahin)(?=\s*\?*\s*$)", re.IGNORECASE
)


def spell_out(text: str) -> str:
    """Return `text` with chat shorthand, worded figures, spoken dates and fiscal years written
    out, and a count's left-out auxiliary put back ("how many ICE deported" is "how many did ICE
    deport").
    """
    text = _spoken_date(text)
    if "sec" in text:
        text = _SECONDS.sub(r"\1 seconds", text)  # "a 20 sec vo" is not a secretary
    if "hr" in text.lower():
        text = _HOURS.sub(r"\1 hours", text)
    if "il" in text.lower():
        text = _IN_LAW.sub(lambda m: f"{m[1]} {_IN_LAWS[m[2].lower()]} in law", text)
    if "kya" in text.lower() or "nahi" in text.lower():
        # "kelly ke memos abhi bhi lagu hai kya?": Hindi and Urdu ask yes or no with "kya" last.
        text = _KYA_LAST.sub(" or not", text)
    if "mil" in text.lower() and (
        any(marked(words(text)) for marked in _MARKED_FOREIGN) or _MIL_DE.search(text)
    ):
        # "deportaron 434 mil", "100 mil Gad Nasyonal", "5 mil de ICE": a thousand in Spanish,
        # Portuguese and Creole (in an English chat, "11 mil" is a million).
        text = _THOUSAND_MIL.sub(r"\1 thousand", text)
    if _DARIJA.search(text):
        # "chkoun kan acting director dyal ice f june 2019": Darija's short words, read only
        # in a question with one of its question words (an English "f" is John F. Kelly's).
        text = _DARIJA_SHORT.sub(lambda m: _DARIJA_SHORT_WORDS[m[0].lower()], text)
    text = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m[0].lower()], text)
    # "new hire how many ah", "one or two ah, my classmate say 3", "really meh": Singlish and
    # Manglish particles close a clause and carry nothing.
    text = _CLOSING_PARTICLE.sub("", text)
    if "#" in text:
        text = _NUMBER_SIGN.sub("number of", text)  # "ballpark # of people with removal orders"
    if text[:2].lower() == "y ":
        text = _Y_FOR_WHY.sub("why", text)  # "y is it a big deal to announce raids"
    if "illion" in text or "thousand" in text:
        text = _SHARE_OF_MILLION.sub(lambda m: f"{_SHARES[(m[1] or m[2]).lower()]:,}", text)
        text = _WORDED.sub(lambda m: f"{_NUMBER_WORDS[m[1].lower()]} {m[2]}", text)

    def multiplied(m: re.Match[str]) -> str:
        number, unit = m[1], _MULTIPLIERS[m[2].lower()]
        if unit == "thousand" and "." not in number:
            return f"{int(number) * 1000:,}"  # "434k" is the "434,000" the facts give
        return f"{number} {unit}"

    text = _MULTIPLIED.sub(multiplied, text)
    text = _ZERO.sub("no ", text)  # "zero military force" is "no military force"
    text = _TILDE.sub("about ", text)  # "~dozen states", "~11m": about so many
    if "%" in text:
        text = _PERCENT_ASKED.sub(" percent ", text)  # "what % had a record" (not "50%")
    text = _ACRONYM.sub(lambda m: _ACRONYMS[m[0]], text)
    text = _ORDINAL.sub(r"\1", text)  # "on the 18th": the day, not a word "th"
    text = _AGENCY_GUYS.sub(r"\1 officers", text)  # "do the ERO guys even know where ..."
    text = _WENT_LIVE.sub("adopted", text)  # "did the guard plan ever go live or was it ..."
    if "/" in text:
        text = _NUMERIC_DATE.sub(_spelled_date, text)
    if "how many" in text.lower():
        text = _AUXILIARY_LEFT_OUT.sub(r"how many \g<counted>did \g<who> \g<done>", text)
        text = _PASSIVE_LEFT_OUT.sub("how many were ", text)
    return _FISCAL.sub(lambda m: f"fiscal year {m[1] if len(m[1]) == 4 else '20' + m[1]}", text)


# A day of the month: "on the 18th", "feb 21st" (not "the 44th president", "5th graders").
_ORDINAL = lazy_compile(
    r"\b([12]?\d|3[01])(?:st|nd|rd|th)\b(?! (?:president|prez|potus|amendment|grade|graders?"
    r"|century|district|circuit|congress|street|st|avenue|ave|precinct|ward|floor|anniversary"
    r"|birthday|place|time|largest|biggest|most|highest|lowest)\b)",
    re.IGNORECASE,
)


# "How many ICE deported in 2018" is "how many did ICE deport": who acted, its auxiliary left out
# (not "how many ICE officers": ICE's staff).
_AUXILIARY_LEFT_OUT = lazy_compile(
    r"\bhow many (?P<counted>(?:people|ppl|persons|folks|immigrants|migrants|families) )?"
    r"(?P<who>ice|dhs|ero|cbp|trump|obama|bush|they|the (?:government|administration"
    r"|feds|us|u\.s\.)|border patrol) (?P<done>(?:(?:actually|really|already|ultimately) )?"
    r"(?:(?:deport|remov|arrest|detain|expell|kick|round|pick|apprehend)ed|sent|caught))\b",
    re.IGNORECASE,
)

# "434 mil" in a Spanish, Portuguese or Creole question (see `spell_out`).
_THOUSAND_MIL = lazy_compile(r"\b(\d+(?:[.,]\d+)?) ?mil\b", re.IGNORECASE)
_MIL_DE = lazy_compile(
    r"\b\d+ ?mil (?:de|del|agentes|personas|gente|deportados|familias|inmigrantes|oficiales"
    r"|jueces|soldados|tropas)\b",
    re.IGNORECASE,
)
# "How many deported in 2017" is "how many were deported" (not "how many deported people").
_PASSIVE_LEFT_OUT = lazy_compile(
    r"\bhow many (?=(?:deported|removed|arrested|detained|expelled|kicked out|rounded up"
    r"|picked up)\b(?! (?:people|ppl|persons|immigrants|migrants|families|parents|kids"
    r"|children|adults|men|women)\b))",
    re.IGNORECASE,
)


def strip_markup(text: str) -> str:
    """Return `text` without chat mentions, links and emoji codes, Slack's escapes undone.

    "<@U123> how many agents?" asks what "how many agents?" asks: the bot's own mention and
    a channel link are how the message was addressed, not what it asks.
    """
    # (Or the bot's name typed plainly: "hey briefbot, ...".)
    if "<" in text or ":" in text or "@" in text or "&" in text or "bot" in text.lower():
        text = _MARKUP.sub(" ", text[:MARKUP_CHARS])
        for entity, char in _ENTITIES:
            text = text.replace(entity, char)
    return text


# "When he was running, what did Trump promise?", "under obama, where did people go": the
# question is the main clause after the comma.
_LEADING_CLAUSE = lazy_compile(
    r"^(?:when|while|if|under|after|before|during|since|back when|back in|in|per|according to"
    r"|acc to|going by|based on)\b[^,?]*,\s*"
    r"(?P<main>(?:what|who|whose|when|where|why|how|which|is|are|was|were|do|does|did|can"
    r"|could|will|would|has|have)\b.*)"
    # ... its comma left out: "if my client gets transferred is he stuck in custody".
    r"|^if\b[^,?]*? (?P<bare>(?:is|are|was|were|does|do|did|can|could|will|would|has|have)"
    r" (?:he|she|they|it|i|we|you)\b.*"
    # ... or before a question word and who would do it: "if they raid families who would ppl
    # be mad at" (not "families who would be deported": a relative clause).
    r"|(?:who|what|where|how|why|when) (?:would|will|could|should|can|do|does|did) (?:ppl|people"
    r"|folks|they|he|she|it|i|we|you|everyone|anyone)\b.*)"
    # A topic put first: "that national guard roundup plan, did it ever actually get adopted?".
    r"|^(?:that|the|this|those|these)\b[^,?]{1,60},\s*(?P<topical>(?:is|are|was|were|do|does|did"
    r"|can|could|will|would|has|have|had) (?:it|they|that|this|those|these|he|she)\b.*)"
    # ... or the asker's own people or self: "my little cousin has DACA, do the memos get rid of
    # it?", "i am on daca and studying at rutgers newark, do these new guidelines affect me".
    r"|^(?:my|our|i|i'm|im)\b[^,?\u2013\u2014]{1,60}(?:,|\s[\u2013\u2014]+)\s*(?P<story>(?:what"
    r"|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|has"
    r"|have)\b.*)"
)


# "Who said", "which official said": the asking words before the verb of a who-said question.
_WHO_ASKS = r"(?:who|which (?:official|person|people|one|politician|lawmaker|group)s?)"
# A trailing clause that dates the question's subject, not what it asks: "where did Trump stand
# on deportations when he was running" asks for his position, not a date.
_WHEN_CLAUSE = lazy_compile(
    r"\b(?:back )?when (?:he|she|they|trump|obama) (?:was|were) (?:running|campaigning"
    r"|a candidate|on the campaign trail|in office|president)\b"
)
# "Where can I read the rules": a document, not a place.
_WHERE_TO_READ = lazy_compile(
    r"\bwhere (?:(?:can|could|do|would|should|might) )?(?:i|we|you|u|one|people)"
    r" (?:(?:can|could) )?(?:read|find|see|get|look|download|access)\b"
)
# "Where does Trump stand on X", "where are they at with": a position, not a place.
_STANCE = lazy_compile(
    r"\bwhere (?:does|did|do|is|was|are|were) .*\b(?:stand|stood|at with)\b"
    # "Where is Congress on implementing the wall": how far along, not a place.
    r"|\bwhere(?:'s|s| is| are| was| were) (?:[\w'-]+ ){1,3}on (?:actually |really )?\w+ing\b"
)
_COMES_FROM = lazy_compile(
    r"\bwhere (?:does|did|do|has|have|had) .*\bcome from\b"
    # "Where's the 'framework' line from": the source of words, not a place.
    r"|\bwhere(?:'s|s| is| was| are| were| does| did) (?:the|that|this|those|these)\b.*"
    r"\b(?:quote|quotes|line|lines|phrase|remark|remarks|comment|comments|statement|words|wording"
    r"|number|numbers|figure|figures|stat|stats|estimate|claim|term) (?:come |came )?from\b"
)


def _where_not_a_place(t: str) -> bool:
    """Return whether a "where" asks for a source, a document or a position, not a place."""
    return "where" in t and bool(
        _COMES_FROM.search(t) or _STANCE.search(t) or _WHERE_TO_READ.search(t)
    )


_WHO_SAID = lazy_compile(
    rf"\b{_WHO_ASKS} (said|says|called|tweeted|wrote|stated|warned|claimed|told|complained|accused"
    r"|criticized|criticised|slammed|blasted|described|insisted|argued|promised|vowed"
    r"|(?:was|is|got) quoted)\b"
)
_OPENS_WHO_SAID = lazy_compile(rf"(?:(?:so|and|ok|okay|wait|hey|remind me)\W+)*{_WHO_SAID.pattern}")


# A keyword search ends with what it wants: "florida rally city", "ero deportations count".
_KEYWORD_FORMS = {
    "when": Form.WHEN, "date": Form.WHEN, "year": Form.WHEN, "count": Form.HOW_MANY,
    "total": Form.HOW_MANY, "number": Form.HOW_MANY, "figure": Form.HOW_MANY,
    "where": Form.WHERE, "city": Form.WHERE, "location": Form.WHERE, "place": Form.WHERE,
    "who": Form.WHO, "why": Form.WHY,
}  # fmt: skip
_REPORTED_COUNT = lazy_compile(
    r"\b(?:say|said|says|claim\w*|tell|told|admit\w*|think|thinks|believe\w*|know|knows"
    r"|dijo|dice|sabe|saben|disse|diz)\b.*\bhow (?:many|much)\b"
)
# A claim put to check by a tag at its end: "..., true?", "..., is that right?".
_UNKNOWN_COUNT = lazy_compile(
    r"\b(?:didn'?t|doesn'?t|don'?t|did not|does not|do not|nobody|no one|no-one|never) "
    r"(?:really |actually |even |truly )?(?:know|knows|knew|knowing)\b[^?]{0,20}?"
    r"\b(?:the number|how many|how much)\b"
)
_TRUE_TAG = lazy_compile(
    r"\b(?:true|right|correct|accurate|legit|real)\W*$"
    r"|\b(?:is|was) (?:that|this|it) (?:true|right|correct|accurate|legit|real)\b"
)
# "What did Trump say about ...": his words, whatever they are about.
_SAID_ABOUT_LEADS = lazy_compile(
    r"^what (?:did|does|has|have) (?:[\w'.-]+ ){1,4}?(?:say|said|claim|claimed|tweet|tweeted|write"
    r"|wrote|argue|argued) about\b"
)
_COUNTED_EVENTS = frozenset(
    {"deportations", "removals", "arrests", "apprehensions", "deported", "removed", "arrested"}
)
_YEAR_LINKS = frozenset({"in", "for", "during", "of"})
KEYWORD_WORDS = 6  # a keyword search is short and has no function words ("left in place")
_QUESTION_WORDS = word_set(
    "what who whom whose when where why how which is are was were do does did can could will"
    " would should has have had tell explain"
)


# A tally's noun, and the year a tally may be named with ("in 2014 number", "2017 ... total").
_TALLY = r"(?:totals?|numbers?|figures?|counts?|stats|statistics|tally)"
_IN_YEAR = r"(?:in|for|during) (?:fy ?|fiscal (?:year )?)?(?:19|20)\d\d"
_FY_YEAR = r"(?:fy ?)?(?:19|20)\d\d"
_COUNT_ASKED = lazy_compile(
    # (Not "..., does that count under the new rules": whether it counts.)
    r"(?<!\bthat )(?<!\bit )(?<!\bthis )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bhim )"
    rf"\b{_TALLY} (?:for|in|from|during|under)\b"
    rf"|\b{_IN_YEAR} {_TALLY}(?:\W*$|\s*\?)"
    rf"|\b{_FY_YEAR} [\w'-]+ {_TALLY}(?:\W*$|\s*\?)"
    r"|^total\b|\btotal (?:number|deportations|removals|arrests|deported)\b"
)
# Whether the sources have a tally: "is there a number for 2014", "do we have a deportation
# total for 2014" (but "did the Hill give a number or just say thousands" asks about the Hill).
_TALLY_SOUGHT = lazy_compile(
    r"^(?:(?:so|ok|okay|and|but|hey|quick one)\W+)?(?:is there|are there|do (?:we|you|u"
    r"|the (?:sources|articles|facts))|does (?:anyone|anybody)) (?:have |has |got |know |list )?"
    rf"(?:an? |any |the )?(?:[\w'-]+ ){{0,3}}?{_TALLY}\b"
)
_COUNT_NOUNS = frozenset({"size", "count", "total", "headcount", "tally"})
_NUMBER_OF_WHAT = lazy_compile(r"\b(?:number|numbers|count|total) of what\b")
# Each of _COUNT_ASKED's alternatives holds one of these: detect_form tries it only then.
_COUNT_WORDS = ("number", "figure", "stat", "tally", "count", "total")
_WH_NOT_WHAT = frozenset({"who", "whose", "whom", "why", "when", "where", "which", "how"})


# "Who" that asks, not a relative pronoun: "people who have been here" asks about them.
_ASKS_WHO = lazy_compile(
    r"(?:^|[,;:.!?-]\s*|\b(?:and|but|so|or|then|also|again)\s+|\bwho\b.*)\bwho(?:se|s)?\b"
    r"|(?<!\bpeople )(?<!\bthose )(?<!\bsomeone )(?<!\banyone )(?<!\bperson )(?<!\bones )"
    r"(?<!\bsomebody )(?<!\banybody )(?<!\bguy )(?<!\bwoman )(?<!\bman )"
    r"(?<!\bimmigrants )(?<!\bparents )(?<!\bfamilies )(?<!\bmigrants )(?<!\beveryone )"
    r"\bwho(?:se|s)?\b"
    r"|\bwhich (?:official|person|people|group)\b"
)


# Spanish and Portuguese question words, as typed in a mostly English question ("deportaciones
# 2015 cuantos", "how many families were the raids gonna hit? quantas?").
_SPANISH_WH = {
    "cuantos": "how many", "cuantas": "how many", "cuanto": "how much", "cuanta": "how much",
    "donde": "where", "cuando": "when", "quien": "who", "quienes": "who", "por que": "why",
    "que fecha": "what date", "que dia": "what day", "q fecha": "what date", "q dia": "what day",
    "cuanto tiempo": "how long",
    "quanto tempo": "how long", "que ano": "what year", "q ano": "what year",
    "que ciudad": "what city", "q ciudad": "what city",
    "porque": "why", "xq": "why", "pq": "why", "porq": "why", "quantos": "how many",
    "pa que": "why", "para que": "why",
    "quantas": "how many", "quanto": "how much", "quanta": "how much", "quando": "when",
    "onde": "where", "quem": "who", "qual": "which", "quais": "which", "o que": "what",
    "qnd": "when", "oq": "what", "ate quando": "how long", "ate qnd": "how long",
    "hasta cuando": "how long", "konbyen tan": "how long", "ki eta": "which state",
    # Haitian Creole, its accents gone with `normalize`: "konbyen moun ...", "kilè Kelly ...",
    # "eske se vre ...".
    "konbyen": "how many", "kile": "when", "poukisa": "why", "kiyes": "who", "kiles": "who",
    "kijan": "how", "kouman": "how", "kisa": "what", "ki sa": "what", "ki kote": "where",
    "ki moun": "who", "ki jan": "how", "ki le": "when", "es ke": "is it true",
    "eske": "is it true", "pou ki sa": "why", "pou kisa": "why", "pou ki rezon": "why",
    # French: "combien d'expulsions ...", "est-ce vrai que ...", "avec qui Kelly a-t-il ...".
    "combien": "how many", "pourquoi": "why", "quand": "when", "avec qui": "who", "quel": "which",
    "quelle": "which", "quels": "which", "quelles": "which", "est-ce": "is it true",
    "est ce": "is it true",
}  # fmt: skip
_SPANISH_WH_WORD = lazy_compile(
    r"\b(?:cuanto tiempo|quanto tempo|ate quando|ate qnd|hasta cuando|konbyen tan|ki eta"
    r"|cuant[oa]s?|donde|cuando|quien(?:es)?|quant[oa]s?|quando|qnd|onde|quem|konbyen"
    r"|kiles?|poukisa|pou ki sa|pou kisa|pou ki rezon|kiyes|kijan|kouman|kisa|ki sa|ki kote"
    r"|ki moun|ki jan|ki le|combien|pourquoi"
    r"|quand|avec qui"
    r"|quel(?:le)?s?)\b"
    r"|^(?:eske|es ke|est-ce|est ce)\b"
    r"|^(?:por que|porque|xq|pq|porq)\b"
    # "pa que fue que trump mando ese tweet": what for, at the start of a question.
    r"|^(?:pa|para) que(?= (?:fue|era|es|sirve|sirvio|hicieron|hizo|mando|mandaron)\b)"
    r"|\bq(?:ue)? (?:fecha|dia|ano|ciudad)\b"
    # Portuguese: "qual ano teve menos deportação", "o que o trump prometeu".
    r"|\b(?:qual|quais)\b|(?:^|(?<=^e )|(?<=^gente )|(?<=^mas ))(?:o que|oq)\b"
)


# "What did Trump say when he left for Florida", "which CEOs were there when Trump said it": a
# "when" clause that times what a what/which question asks, not a question about the date
# (unless the asker wants to know when: "any idea when the raids start").
_TIMED_CLAUSE = lazy_compile(
    # ("How does the Post describe the mood when the directives came out": the mood, then.)
    # ("How long had Vizguerra lived here when she went into sanctuary": how long, then.)
    r"^(?:what|which|how (?:does|did|do|is|was|were|are|long))\b"
    r"(?!.*\b(?:know|tell me|idea|clue|sure|wonder\w*|ask\w*|find out|remember"
    r"|decide\w*)(?: about| of| on)? when\b).*\bwhen (?:he|she|they|it|we|you|i"
    r"|the|his|her|their|a|an|those|these|this|that|trump|obama|kelly|ice|dhs|people|officials"
    r"|mexico|authorities|all|news|word"
    r"|agents|officers|police|cops|immigrants|families|congress"
    # "What was the squad idea Trump floated when running": a time of his, not asked.
    r"|running|campaigning|in office|president)\b"
)


# "What did the official tell CNN about when things change": what was said, about a time.
# Not "what do we know about when the raids start": that asks when.
_ABOUT_WH = lazy_compile(
    r"^(?:what|which)\b(?![^?]*\b(?:know|known|knows|info|information|details?"
    r"|(?:the|any|latest) news)\b)"
    r"[^?]*\b(?:about|on|regarding|as to) (?:when|where|why|how soon|how fast|how quickly)\b"
    # ... or told first, asked after: "a DHS official told CNN something about when the changes
    # start, what was it?".
    r"|\b(?:told|said|says|tell|say)\b[^?]*\b(?:something|anything|stuff) (?:about|on|regarding)"
    r" (?:when|where|why|how soon)\b"
    r"|\bquot\w* (?:[\w'-]+ ){0,3}(?:on|about) (?:when|how soon)\b"
)
# "On the call where they put out the memos": a relative "where", not a place asked for.
_RELATIVE_WHERE = lazy_compile(
    r"\b(?:call|meeting|rally|event|briefing|speech|conference|interview|article|piece|story"
    r"|part|bit|memo|point|time|day|case|situation|tweet|statement|quote|line|ref|reference"
    r"|passage|section|paragraph|sentence|clip|segment|one|families|family|households|homes|kids"
    r"|children|cases|city|town|trip|visit|thing|program|policy|rule|deal|system|option|card"
    r"|cards|post|video) where\b"
)


# "What date", "what exact day", "which year": a date is asked.
_WHAT_DATE = lazy_compile(
    r"\b(?:what|which) (?:exact |precise |specific |actual )?(?:dates?|days?|weekdays?|time|years?"
    r"|months?|seasons?)\b"
    # "Exact dates trump signed the orders": a date asked for in a keyword search.
    r"|^(?:the )?(?:exact|precise|specific|actual|day-level|day level)(?: (?:publication|release"
    r"|signing|issue|announcement))? dates?\b"
    # "What's the exact date in January that Trump signed them", "what was the date of ...".
    r"|\bwhat(?:'s|s| is| was) the (?:exact |precise |specific |actual )?(?:date|day)"
    r" (?:of|in|that|when|on which)\b"
    # ... "what was the exact date Obama said it".
    r"|\bwhat(?:'s|s| is| was) the (?:exact|precise|specific|actual) (?:date|day)\b"
)


# detect_form's patterns, compiled once: it reads thousands of phrasings at a cold start.
_OPENS_WHY = lazy_compile(r"(?:why|how come)\b")
_OPENS_WHERE = lazy_compile(r"where\b")
# A request that embeds the question: "can you tell me who signed them", "could someone summarize
# the measures", "pls tell me if DACA is gone".
# The head of "the main measures", "key points": the whole, not a word asked about.
_SUMMARY_HEADS = frozenset({stem("measures")})
_REQUEST_LEAD = lazy_compile(
    r"^(?:(?:can|could|would|will|pls|please|plz) )?(?:(?:you|u|ya|someone|somebody|anyone|anybody"
    r"|one of you) )?(?:please |pls |plz |quickly |just )?(?:(?:tell|remind|show) (?:me|us)"
    r"|give (?:me|us)|summarize|summarise|list|explain|describe|outline|break down"
    r"|walk (?:me|us) through|sum up|recap|lay out|spell out|(?:i|we) (?:get|have|grab)"
    # "i want to know, why is it a big deal to announce when raids are coming": why, not when.
    r"|(?:(?:i|we) )?(?:just |really )?(?:want|wanted|wanna|need|would like|'?d like)"
    r" (?:to )?know)\b"
    r"(?: (?:please|pls|plz))?,?\s*"
)
_EMBEDDED = lazy_compile(r"(?:who|whom|whose|what|which|when|where|why|how|if|whether)\b")
# "What does the guidance do to the number of priorities", "how much does it change the number":
# what becomes of a number, which a fact may state in words ("vastly increases").
_CHANGES_NUMBER = lazy_compile(
    # "... increase the number of priority ppl a little or a lot": by how much, in words.
    r"\b(?:a little|a bit|slightly|a lot|a ton|hugely|massively|vastly|by a lot|a little bit)"
    r" or (?:a little|a bit|slightly|a lot|a ton|hugely|massively|vastly|by a lot|a little bit)\b|"
    r"\b(?:do|does|did|doing|done|happen|happens|happened|effect|impact) (?:\w+ ){0,4}?(?:to|on)"
    r" (?:the )?number of\b|\b(?:change|changes|changed|increase|increases|increased|expand"
    r"|expands|expanded|grow|grows|grew|shrink|shrinks|shrank|cut|cuts|raise|raises|raised)\b[^?]*"
    r"\bby how much\b|\bhow much (?:does|did|do|will|would|could|might) (?:[\w']+ ){1,4}?"
    r"(?:change|expand|broaden|widen|grow|shrink|narrow|alter|shift|increase|reduce|raise|cut)\b"
    # "How much the new guidance expands who's a priority": no auxiliary, as typed.
    r"|\bhow much (?:the |it |they |this |that |these |those )?(?:[\w']+ ){0,3}?(?:changes|expands"
    r"|broadens|widens|grows|shrinks|narrows|alters|shifts|increases|reduces|raises|cuts)\b"
    # "How much does the guidance bump up the number of priorities": bumps it up.
    r"|\bhow much (?:does|did|do|will|would) (?:[\w']+ ){1,4}?(?:bump|boost|pump|ramp|jack|swell"
    r"|inflate|balloon)\b"
)
_CHANGES_HOW_MANY = lazy_compile(
    r"\b(?:does|do|did|will|would|could|can|is|are|was|were|has|have) (?:[\w']+ ){1,5}?(?:change"
    r"|changes|changed|changing|affect|affects|affected|increase|increases|increased|expand|expands"
    r"|expanded|shrink|shrinks|shrank|grow|grows|grew|raise|raises|raised|cut|cuts|boost|boosts"
    r"|boosted|double|doubles|doubled|alter|alters|altered|widen|widens|widened|broaden|broadens"
    r"|broadened|reduce|reduces|reduced) how many\b"
)
# "Was it 1 memo or 2", "was it one kelly memo or more than one": a count offered as a choice.
_NUMBER_CHOICE = lazy_compile(
    r"(?:^|[-:;,.?!] )(?:so |and |but )?(?:was|were|is|are) (?:it|there|they|these|those)"
    r" (?:just |only )?(?:\d+|one|two|three|four|five|a single) (?:[\w'-]+ ){0,5}?(?:or|vs\.?)"
    r" (?:just |only )?(?:\d+|one|two|three|four|five|six|more(?: than (?:one|that|\d+))?)\b"
)
_COUNT_FORM = lazy_compile(
    r"\bhow (many|much|old)\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b"
    r"|\bhead ?count\b"
    r"|\bwhat(?:'s|s| is| was| were)? the (?:size|count|total|headcount) of\b"
    # "Deportations in 2014 - what was the number?": the count the question began with.
    r"|\bwhat(?:'s|s| is| was| were) the (?:number|figure|total|count|stat)s?\W*$"
)
# "How many days before the memos was her check-in", "how many months after the tweet": the time
# between two events, which the facts give as their dates.
_GAP = r"\bhow (?:many|much) (?:\w+ )?(?:days?|weeks?|months?|years?|time)(?: or (?:\w+ )?\w+)?"
_GAP_ASKED = lazy_compile(
    _GAP + r"(?: (?:were|was|are|is|had) there| (?:had )?(?:passed|gone by|went by|elapsed))?"
    r" (?:before|after|ahead of|earlier|later|between|passed|went by|since)\b"
)
# ...and the event it is counted from, up to the verb of the event asked about ("did Vitiello go").
_GAP_FROM = lazy_compile(
    _GAP + r" (?:before|after|ahead of|earlier than|later than|since) [^?,]*?"
    r"\b(did|was|were|is|are|does|do|had|has|would|will)\b",
    re.IGNORECASE,
)
_OPENS_WHO = lazy_compile(r"who(?:'?s|se)?\b")
_WHO_KNOWS = lazy_compile(r"who (?:knows|can say|can tell|could say)\b")
_DATE_LEADS = lazy_compile(
    r"^(?:in |on |during )?(?:what|which) (?:year|month|day|date)\b(?! and\b)"
)
_WHEN_OF_COUNT = lazy_compile(
    r"^when (?:did|does|do|was|were|is|are|will|has|have|had)\b[^?]*\b(?:on|about|of|into"
    r"|showing|counting|estimating) how many\b"
)
_WHEN_ASKED = lazy_compile(r"\bwhen (?:did|does|do|will|was|is)\b")
_WHEN_WORD = lazy_compile(r"\bwhen\b|\bhow soon\b")
_WHERE_WORD = lazy_compile(
    r"\bwhere\b|\b(what|which) (city|cities|country|countries|place|places|state|states)\b"
)
_WHY_WORD = lazy_compile(
    r"\bwhy\b|\bhow come\b|\bwhat (caused|prompted|made)\b|\breason\b"
    r"|\b(?:rationale|explanation|justification|motive)\b"
)
_HOW_WORD = lazy_compile(r"\bhow\b")
# "So did Mexico ever pay", "ok wait, was the news out before": the question starts after these.
_DISCOURSE_LEAD = lazy_compile(
    r"^(?:(?:so|ok|okay|and|but|well|alright|also|oh|wait|hmm+|um+|uh+|yo|hey|sorry|bottom line"
    r"|real talk|quick q|quick question|net[- ]net|tl;? ?dr)"
    r"(?=[\s,.!:])[,.!:]*\s+)+"
)


# A date asked for as a request: "need the exact date DHS released them", "gimme the day".
_DATE_WANTED = lazy_compile(
    r"^(?:i |we )?(?:need|want|looking for|give me|gimme|get me)(?: the| an?)?"
    r"(?: exact| specific| precise| actual)? (?:date|day|year|month)\b(?! (?:range|count)\b)"
)


def detect_form(text: str) -> Form:
    """Return the question's form from its wording."""
    # (and the comma a lead left: "ok so [for the lede], what was ...")
    t = _DISCOURSE_LEAD.sub("", normalize(text).strip()).lstrip(",;: ")
    if (opened := t.find("\u00bf")) > 0 and "?" in t[opened:]:
        # "La llamada esa donde soltaron los memos, ¿fue en la mañana?": Spanish opens the
        # question it asks, after what leads to it.
        t = t[opened:]
    # Each pattern below is tried only when the words it needs are there: the engine reads
    # thousands of phrasings this way at its cold start.
    if any(
        w in t
        for w in (
            *("cuant", "donde", "cuando", "quien", "por", "quan", "onde", "quem", "qual", "o que"),
            *("pa que", "para que"),
            *("qnd", "oq", "pq", "xq"),
            *("que fecha", "que dia", "q fecha", "q dia", "q ano", "que ano", "ciudad"),
            *("konbyen", "kil", "pouki", "kiy", "kijan", "kouman", "kisa", "ki sa", "ki kote"),
            *("ki moun", "ki jan", "ki le", "ki eta", "eske", "es ke"),
            *("combien", "pourquoi", "quand", "avec qui", "quel", "est-ce", "est ce"),
        )
    ):
        t = _SPANISH_WH_WORD.sub(lambda m: _SPANISH_WH[m[0]], t)
    if (lead := _LEADING_CLAUSE.match(t)) is not None:
        # "when he was running, what did trump promise": a what question
        t = lead["main"] or lead["bare"] or lead["topical"] or lead["story"]
    if (request := _REQUEST_LEAD.match(t)) is not None:
        # "Can you tell me who signed the memos": the question asked is the one embedded.
        t = t[request.end() :]
        if not _EMBEDDED.match(t):
            return Form.WHAT  # "can someone summarize the measures", "can you tell me about X"
        if t.startswith(("if ", "whether ")):
            return Form.YES_NO
    if _DATE_WANTED.match(t):
        return Form.WHEN  # "need the exact date DHS released the directives"
    when = "when" in t
    if when:
        t = _WHEN_CLAUSE.sub(" ", t)
    if _OPENS_WHO_SAID.match(t):
        return Form.WHO_SAID  # "who said no one knows how many there are": a speaker is asked
    if _OPENS_WHY.match(t):
        return Form.WHY  # "why is it a big deal to announce when raids are coming"
    if _OPENS_WHERE.match(t) and not _where_not_a_place(t):
        return Form.WHERE  # "where was Trump when he said it": a place, not a date
    ws = words(t)
    first = ws[:1]
    if ((first and first[0] in _YES_NO) or _TRUE_TAG.search(t)) and _REPORTED_COUNT.search(t):
        # "did Trump say no one knows how many there are", "trump said nobody knows how many
        # there are, true?": what he said
        return Form.YES_NO
    if _GAP_ASKED.search(t):
        return Form.WHEN  # "how many days before the memos was her check-in": its date
    if _DATE_LEADS.match(t):
        return Form.WHEN  # "in what year did the record number of deportations occur": a year
    if _WHEN_OF_COUNT.match(t):
        return Form.WHEN  # "when did pew put out that report on how many live here": a date
    if (count := _COUNT_FORM.search(t)) is not None:
        if _SAID_ABOUT_LEADS.match(t) or _UNKNOWN_COUNT.search(t):
            # "What did Trump say about nobody knowing the real number", "the quote where he
            # admitted he didn't know the number of undocumented people": his words, not a count.
            return Form.WHAT
        if _OPENS_WHO.match(t) and not _WHO_KNOWS.match(t) and not _WHEN_ASKED.search(t):
            return Form.WHO  # "who did the study on how many live here": who did it
        if _WHICH_PERSON.match(t):
            return Form.WHO  # "which official gave the number of agents": the official
        if _WHICH_ORG.match(t):
            return Form.WHAT  # "which research group put out the report on how many ...": it
        # (The clause that counts: "the Hill's take: does it raise the number of priorities".)
        opens = max(t.rfind(mark, 0, count.start()) for mark in (": ", ". ", "? ", "; "))
        clause_first = words(t[opens + 1 :])[:1] if opens >= 0 else first
        if opens < 0 and (per := _PER_SOURCE.match(t)) is not None:
            clause_first = words(t[per.end() :])[:1]  # "per the hill did the guidance boost ..."
        if (
            clause_first
            and clause_first[0] in _YES_NO
            and count[0] == "number of"
            and not _TALLY_SOUGHT.match(t)  # "does anyone have the actual number of ..."
        ):
            return Form.YES_NO  # "does the guidance shrink the number of priorities": yes or no
        if (
            count[0] == "number of"
            and t.endswith("?")
            and not _QUESTION_WORDS.intersection(ws)
            and _STATED_VERB.intersection(ws)
        ):
            # "the hill article say the guidance increase the number of priorities by a lot?":
            # a statement asked about.
            return Form.YES_NO
        if _CHANGES_HOW_MANY.search(t):
            return Form.YES_NO  # "does the guidance change how many people count as priorities"
        if _CHANGES_NUMBER.search(t):
            return Form.WHAT  # "what does the guidance do to the number of priorities"
        if _NUMBER_OF_WHAT.search(t):
            return Form.WHAT  # "'vastly increases' the number of what?": what is counted
        return Form.HOW_MANY
    if (
        any(w in t for w in _COUNT_WORDS)
        and _COUNT_ASKED.search(t)
        and (
            not (first and (first[0] in _YES_NO or first[0] in _WH_NOT_WHAT))
            or _TALLY_SOUGHT.match(t)
        )
    ):
        # "Deportation numbers for 2014", "total deportations under obama"; "do we have a
        # deportation total for 2014" asks for it too.
        return Form.HOW_MANY
    if any(w in t for w in (" or ", " vs")) and _NUMBER_CHOICE.search(t):
        return Form.HOW_MANY  # "was it 1 memo or 2", "one kelly memo or more than one?"
    if first and first[0] in _YES_NO:
        return Form.YES_NO
    if (
        0 < len(ws) <= KEYWORD_WORDS
        and (keyed := _KEYWORD_FORMS.get(ws[-1])) is not None
        and not any(w in STOPWORDS or w in _QUESTION_WORDS for w in ws[:-1])
    ):
        return keyed  # "daca rescinded when", "deportations 2014 total": a keyword search
    if (
        0 < len(ws) <= KEYWORD_WORDS
        and any(_YEAR.match(w) for w in ws)
        and _COUNTED_EVENTS.intersection(ws)
        and not any((w in STOPWORDS and w not in _YEAR_LINKS) or w in _QUESTION_WORDS for w in ws)
    ):
        # "deportations 2014", "border arrests may 2019", "obama deportations in 2014": a count
        return Form.HOW_MANY
    if _WHO_SAID.search(t):
        return Form.WHO_SAID
    if _OPENS_WHO.match(t) and not _WHEN_ASKED.search(t):
        # "Who was DHS secretary when Trump tweeted": the time marks whom, it is not asked for.
        return Form.WHO
    if _ABOUT_WH.search(t):
        return Form.WHAT  # "what did the official tell CNN about when things change"
    if (
        (when or "how soon" in t)
        and _WHEN_WORD.search(t)
        and not (when and _TIMED_CLAUSE.search(t))
        and not (when and first and first[0] not in _QUESTION_WORDS and _TIMED_FRAGMENT.search(t))
    ) or _WHAT_DATE.search(t):
        return Form.WHEN
    if _where_not_a_place(t):
        return Form.WHAT  # asks for a source, a document or a position, not a place
    if (_OR_NOT_TAG.search(t) or _ASKED_AS_SAID.match(t)) and _KNOWS_WHERE.search(t):
        # "ice know where all these migrants live or no", "the ice officers know where all these
        # migrants live?": whether it knows
        return Form.YES_NO
    if _WHERE_WORD.search(_RELATIVE_WHERE.sub(" ", t)):
        return Form.WHERE
    if _WHY_WORD.search(t):
        return Form.WHY
    if ("who" in t or "which" in t) and _ASKS_WHO.search(t):
        return Form.WHO
    if _HOW_WORD.search(t):
        return Form.HOW
    if (
        t.endswith("?")
        and len(ws) >= _STATED_WORDS
        and not _QUESTION_WORDS.intersection(ws)
        and _STATED_VERB.intersection(ws)
        and not _WHEN_WORD.search(t)
        and not _WHEN_NOUNS.intersection(ws)
        and "but" not in ws
    ):
        # "The officials on the call spoke with their names?": a statement asked about.
        return Form.YES_NO
    if _OR_NOT_TAG.search(t) and not _QUESTION_WORDS.intersection(ws):
        return Form.YES_NO  # "they ended up using that guard plan or no"
    return Form.WHAT


_OR_NOT_TAG = lazy_compile(r"\b(?:or no|or not|yes or no|y/n)\W*$")
_KNOWS_WHERE = lazy_compile(r"^(?!where\b)[^?]*\b(?:know|knows|knew) where\b")
# A statement asked with its mark alone ("the ice officers know where they live?"), not one
# asked of someone ("anyone know where the raids will be?").
_ASKED_AS_SAID = lazy_compile(
    r"^(?!(?:do|does|did|can|could|would|will|anyone|anybody|someone|somebody|you|u|i|we|pls"
    r"|please)\b)[^?]*\?\s*$"
)


# "General mood in immigrant communities when the memos came out": a fragment whose "when"
# clause only marks the time of what it asks about (not "remind me when the memos came out",
# "the day when they came out"), with no second question after it.
_TIMED_FRAGMENT = lazy_compile(
    r"^(?!.*\b(?:know|tell|told|idea|clue|sure|wonder\w*|ask\w*|find|found|remember|recall|remind"
    r"|decide\w*|curious|confirm|check|say|said|says|date|day|time|year|month|week|about|on|of|me"
    r"|us|exactly|since|till|until|from|and|or|but|then|so)\W+when\b)"
    r"\w+\W+\w.*\bwhen (?:the|he|she|they|it|his|her|their|trump|obama|kelly|ice|dhs|officials"
    r"|mexico|those|these)\b(?!.*\?.+)"
)
# A source the question goes by, put first: "per the hill", "according to the times".
_PER_SOURCE = lazy_compile(
    r"^(?:per|according to|acc to|going by) (?:the )?(?:[\w.'-]+ ){1,3}?"
    r"(?=(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b)"
)
_STATED_WORDS = 5
_WHEN_NOUNS = word_set("date day month year time")
_STATED_VERB = word_set(  # past the auxiliaries, which make it a question word for word
    "say says said speak spoke spoken gave give gives get gets got go goes went start started"
    " end ended stop stopped"
)


# "Unprofessional" meets "professional", "leash" meets "unleash": the same word, negated.
_NEGATED = lazy_compile(r"^(?:un|im|in|dis|non-?)")
_SOUNDS_ALIKE = {"b": "v", "v": "b", "c": "k", "k": "c", "s": "z", "z": "s", "g": "j", "j": "g"}


@lru_cache(maxsize=1024)
def _correct(word: str, vocabulary: tuple[str, ...]) -> str | None:
    """Return the known word closest to a misspelled `word`, or None."""
    # Imported here: most questions need no correction, and the import costs ~30 ms.
    from rapidfuzz import fuzz, process

    cutoff = FUZZY_CUTOFF if len(word) >= FUZZY_MIN_LENGTH else FUZZY_CUTOFF_SHORT
    # A typo keeps the first letter, or its sound ("Bidegaray"): "husbands" is not "thousands".
    initials = {word[:1], _SOUNDS_ALIKE.get(word[:1], word[:1])}
    found = next(
        (
            known
            for known, _, _ in process.extract(
                word, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff
            )
            if known[:1] in initials or known in (_NEGATED.sub("", word), f"un{word}")
        ),
        None,
    )
    if found is None or found.startswith(word) or word.startswith(found):
        return None  # "support" is not a misspelled "supporters": another word of its own
    return found


def _swapped(word: str, vocabulary: frozenset[str]) -> str | None:
    """Return the known word `word` is with two neighbouring letters swapped back, or None."""
    if len(word) < 4:
        # "teh", "adn": a short word only ever swaps back into a function word.
        for i in range(len(word) - 1):
            candidate = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
            if candidate != word and candidate in STOPWORDS and len(word) == 3:
                return candidate
        return None
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            candidate = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
            if candidate in vocabulary:
                return candidate
    return None


# Nouns in -ing, typed in full: "mornin" is a greeting, not the morning of the call.
_ING_NOUNS = word_set("morning evening building meeting hearing ruling briefing funding housing")
NAME_STEM = 5  # letters a misspelled name keeps of the word it is: "Honduras", "honduran"
RUN_TOGETHER_MIN = 8  # "maketheroad": shorter unknown words are typos, not names run together


def _run_together(index: FactIndex, word: str) -> list[str] | None:
    """Return the known name or phrase `word` is typed without spaces, as its words, or None.

    Only a split whose words make up one whole alias or synonym phrase counts, so a typo is
    never read as several unrelated words.
    """
    if len(word) < RUN_TOGETHER_MIN or len(word) > FUZZY_MAX_LENGTH:
        return None
    known = index.vocabulary | STOPWORDS
    splits: dict[str, list[list[str]]] = {"": [[]]}

    def split(rest: str) -> list[list[str]]:
        # Each tail is split once, and only the first few splits of it are kept: a word of
        # short known words ("asasas...") cannot make this grow beyond a few thousand steps.
        if rest not in splits:
            found: list[list[str]] = []
            for i in range(len(rest), 0, -1):
                if rest[:i] in known:
                    found += [[rest[:i], *tail] for tail in split(rest[i:])]
                    if len(found) >= RUN_TOGETHER_SPLITS:
                        break
            splits[rest] = found[:RUN_TOGETHER_SPLITS]
        return splits[rest]

    for parts in split(word):
        if len(parts) < 2:
            continue
        if _phrase_of(index, parts):
            return parts
    return None


RUN_TOGETHER_SPLITS = 8  # ways to split one word that are tried


def _phrase_of(index: FactIndex, parts: list[str]) -> bool:
    """Return whether `parts` make up one whole alias or synonym phrase as they stand."""
    toks = [stem(p) for p in parts]
    found = index.aliases.find(toks) + index.synonyms.find(toks)
    return any(start == 0 and end == len(toks) for start, end, _ in found)


SPLIT_APART_MIN = 6  # "bank rupt" is "bankrupt"; shorter joins ("a go") are chance


def _split_apart(index: FactIndex, raw: list[str]) -> list[str]:
    """Return `raw` with a story word typed (or dictated) in pieces put back together.

    "men end ez" is Menendez, "morally bank rupt" bankrupt, "rex tiller son" Tillerson: two or
    three neighbouring words, one at least no word the index knows, whose join is a story word
    of six letters and up. Words all known ("any one", "to day"), or a phrase of the story as
    they stand, are read as typed. (A fuzzy join is chance: "balance a" is no "Blanca".)
    """
    out: list[str] = []
    i = 0
    while i < len(raw):
        for k in (3, 2):
            parts = raw[i : i + k]
            joined = "".join(parts)
            if (
                len(parts) == k
                and len(joined) >= SPLIT_APART_MIN
                and joined in index.vocabulary
                and all(p.isalpha() for p in parts)
                and not all(_known(index, p) for p in parts)
                and not is_generic(joined)
                and not _phrase_of(index, parts)
            ):
                out.append(joined)
                i += k
                break
        else:
            out.append(raw[i])
            i += 1
    return out


# A name signed after a dash: "... settle this pls - Ray", "... does not believe me. -- Marcy".
# Not in _FILLER: led by lookbehinds, it would be tried at every word there (a sixth of its time).
_SIGNED = lazy_compile(
    r"(?:(?<=[.!] - )|(?<=[.!] -- )|(?<=[.!] \u2014 )|(?<=please - )|(?<=please -- )"
    r"|(?<=please \u2014 ))[a-z]+(?=\W*$)",
    re.IGNORECASE,
)


# A chat channel a link was shared in: "the blog post Pastor Dan shared in #advocacy". (Where a
# message was pasted from stays: "pasted from #debate: '...'" is read as a pasted message.) The
# sharer is dropped only when named with a capital ("Pastor Dan shared", not "the writer
# shared"), so this is case-sensitive; it runs only when the text has a "#".
_CHANNEL = lazy_compile(
    r"(?:(?:[Pp]astor|[Rr]ev|[Dd]r|[Mm]s|[Mm]rs|[Mm]r|[Ff]ather|[Ss]ister|[Bb]rother|[Pp]rof)\.? )?"
    r"(?:[A-Z][a-z]+ ){1,2}(?:shared|posted|linked|dropped|pasted)(?: (?:it|this|that))?"
    r" (?=(?:in|on|to) #)"
    r"|\b(?:in|on|to) #[\w-]+"
)


# A hashtag or a handle, read as its words: "#KellyMemos", "#ICEraids", "@SecKelly".
_HASHTAG = lazy_compile(r"(?<![\w&])[#@](?P<tag>[A-Za-z][A-Za-z0-9_]*)")
# Its words: an acronym before a word ("ICEraids"; "ICERaids" reads as "ICER aids"),
# capitalised words, digits.
_TAG_WORD = lazy_compile(r"[A-Z]{2,}(?=[A-Z][a-z]{2}|[a-z]{3}|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+|\d+")


# Someone of the asker's own circle, named in passing: "Sister Carmen forwarded me a post",
# "our tío Ramón was arrested", "Señora Lupe heard ...". A name the story does not know is not
# someone in the news here, so it is dropped (the title stays: "our tío" is still kin).
_ACQUAINTANCE = lazy_compile(
    r"\b(?:[Ss]ister|[Bb]rother|[Ff]ather|[Pp]adre|[Pp]astor|[Dd]eacon|[Ss]e\u00f1ora|[Ss]enora"
    r"|[Ss]e\u00f1or|[Ss]enor|[Ss]e\u00f1orita|[Ss]enorita|[Dd]o\u00f1a|[Dd]ona|[Tt](?:\u00ed|i)[oa]"
    r"|[Aa]buel(?:it)?[oa]|[Hh]erman[oa]|[Pp]rim[oa]|[Cc]iocia|[Bb]abcia|[Ww]ujek|[Dd]ziadek"
    # (Vietnamese: "chu Tuan", "co Hanh", "bac Lan")
    r"|[Cc]hu|[Cc]o|[Bb]ac|[Oo]ng|[Cc]au|[Dd]i|[Cc]hi|[Aa]nh|[Ee]m"
    r"|[Cc]ousin|[Uu]ncle|[Aa]unt|[Aa]untie|[Nn]iece|[Nn]ephew|[Gg]randma|[Gg]randpa"
    r"|[Oo]ur|[Mm]y) (?P<name>[A-Z][a-z\u00e0-\u00ff]+)\b"
)
# The asker's own school, church or workplace: "a parent at Lincoln Elementary asked me",
# "a mom at Westside family night heard", "a counselor at Lincoln has kids asking".
_ASKERS_PLACE = lazy_compile(
    # (Not "Were Haitian families targeted": the question's own verb, then whom it asks about.)
    r"\b(?!(?:Are|Is|Was|Were|Do|Does|Did|Has|Have|Had|Will|Would|Can|Could)\b)"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=(?:Elementary|Middle|High|Junior High|School"
    r"|Academy|Prep|Charter|Montessori|ESL|PTA|PTO|PTSA|families|family night|parents)\b)"
)
# Someone of the asker's circle, and their town: "una señora in Arvin heard", "a worker in
# Watsonville asked", "asking for ppl in Kern County", "for the promotoras junta in Delano".
# (Any case for who it is; the town's name is capitalised.)
_ASKERS_TOWN = lazy_compile(
    rf"\b(?i:{ACQUAINTANCE}|se(?:\u00f1|n)or(?:as?|ita)?|workers?|lady|ladies|man|men|wom[ae]n"
    r"|compas?|vecin[oa]s?|famil(?:y|ies)|clients?|patients?|people|ppl|folks|crews?|promotoras?"
    r"|junta|meeting|kids|students|members|class|packing house|ranch|shelter|clinic|parish"
    r"|congregation|constituents?|callers?|everybody|everyone)"
    r" (?:(?:at|from) (?:the |a |our |my )?[\w\u00e0-\u00ff'-]+(?: [\w\u00e0-\u00ff'-]+)? )?"
    # ... or their street: "take everybody on 8th Ave".
    r"(?:in (?:the )?|on (?=\d))(?P<name>\d+(?:st|nd|rd|th) (?:Ave|Avenue|St|Street)"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?: [Cc]ounty)?)\b"
)
# ... or the town alone, once the asker's own before it went as padding (a space where they
# were): "Our pastor in Hillsboro is reading about sanctuary."
_ORPHANED_TOWN = lazy_compile(
    r"^\s+in (?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?= (?:is|are|was|were|has|have|had|keeps?"
    r"|says?|said|asks?|asked|wants?|wanted|heard|thinks?|thought|told)\b)"
)
# Where the asker's own were born, live or serve: "my kids was born in Marshalltown", "my cousin
# is guard out of Boone", "my cousin works construction in Metairie".
_ASKERS_HOME = lazy_compile(
    r"\b(?i:my|our) [\w' ]{0,30}?\b(?i:born|raised|grew up|lives?|living|works?|working|stationed"
    r"|based|out)(?: [a-z]+)? (?i:in|at|of) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# The asker's own people by their origin: "our Somali families", "via an Oromo interpreter"
# (not "were Haitian families targeted": whom the question asks about).
_ASKERS_PEOPLE = lazy_compile(
    r"(?:(?<=\b[Oo]ur )|(?<=\b[Mm]y )|(?<=\bvia )|(?<=\bvia an )|(?<=\bvia a ))"
    r"(?P<name>[A-Z][a-z]+)(?= (?:families|family|clients?|members|neighbou?rs?|moms|dads|parents"
    r"|community|elders|friends|students|congregation|workers|coworkers|patients|ladies|aunties"
    r"|interpreter|speakers)\b)"
)
# A place of the asker's own, told of after the question or in a clause of its own: "...? the
# Fort Snelling court is sooo backed up", "..., asking for a client at the Cedar apartments", "what
# did Trump tweet that has everyone at the Karmel Mall freaking out" (not "did ICE raid the
# Karmel Mall": the place asked about).
_ASKERS_LOCAL = lazy_compile(
    r"(?:[?.!,;:]|\b(?:that|who|which|where)\b)[^?.!]*?"
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?: (?:Mall|Mosque|Masjid|Apartments|Plaza|Market"
    # ... or a street: "tell that to the family on Sargeant St", "on High Street".
    r"|Towers|Courthouse|St|Street|Ave|Avenue|Rd|Road)\b|(?= (?:mall|mosque|masjid|apartments?"
    r"|plaza|court|courthouse|field office|clinic|library)\b)))"
)
_AT_ASKERS_PLACE = lazy_compile(
    r"\b(?:at|from) (?P<name>[A-Z][a-z]+)(?= (?:is|are|has|have|had|asked|asks|asking|wants"
    r"|wanted|heard|says|said|thinks|keeps|kids|parents|families)\b)"
)
# The asker's own edition or desk: "for the Madrid edition", "need both positions for the
# Berlin package", "for our Paris readers"; their own country set beside the story: "in Germany
# that'd be a huge deal".
_ASKERS_EDITION = lazy_compile(
    r"\b(?:for|in|to) (?:the |our |my )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= (?:edition"
    r"|package|desk|bureau|readers|readership|audience|paper|office|newsroom|broadcast|service"
    r"|version|print|website|page|viewers|listeners)s?\b)"
)
_ASKERS_COUNTRY = lazy_compile(
    r"\b[Ii]n (?P<name>[A-Z][a-z]+)(?= (?:that'?d|that would|this would|it'?d|it would|we'?d|we"
    r" would|we have|we call|they'?d)\b)"
)
# Where the asker heard a claim: "heard on Univision that ...", "saw it on Facebook".
_HEARD_ON = lazy_compile(
    r"\b(?:heard|saw|seen|read|watched|dicen|dijeron|vi|vio|vimos|escuche|escuch\u00e9|escucho"
    r"|escuch\u00f3|salio|sali\u00f3|pasaron)"
    r" (?:it |this |that |(?:his|her|their|the) (?:name|video|post|story|face|clip) )?"
    # (a network typed in lower case too: "mi mama vio en univision que ...")
    r"(?:on|in|en) (?P<name>[A-Z][\w]+|(?i:univision|telemundo|tiktok|facebook|youtube))\b"
)
# Where the asker is: "is it just us here in Holyoke", "we out here in Utah County" (not "did ICE
# raid homes here in Holyoke": the place asked about).
_ASKERS_HERE = lazy_compile(
    r"\b(?:us|we|me|i|folks|people|ppl|families|everyone|everybody)(?: [\w']+)?"
    r" (?:here|out here|up here|down here|back home) in (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"(?: [Cc]ounty)?)\b"
)

# ... in Spanish: "mi hermano tiene su cita en la corte aquí en Houston", "mi hija vive en
# Pasadena", "mi hermano es de Honduras" (not "¿hubo redadas aquí en Houston?").
_ASKERS_AQUI = lazy_compile(
    r"\b(?:mi|mis|nuestr[oa]s?|nosotros|yo|vivo|vivimos)\b[^?.!]*?\b(?:aqu[i\u00ed]|ac[a\u00e1]) en"
    r" (?:el |la )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# ... or in Portuguese: "minha vizinha é de Honduras".
_ASKERS_KIN_FROM = lazy_compile(
    r"\b(?:mis?|minhas?|meus?) [\w\u00e0-\u00fc]+ (?:(?:vive|viven|trabaja|trabajan|est[a\u00e1]"
    r"|est[a\u00e1]n) en|(?:mora|moram|trabalha|trabalham) em|(?:es|son|viene|vienen|[e\u00e9]"
    r"|s[a\u00e3]o|vem|v[e\u00ea]m) de) (?:el |la |o |a )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)

# ... unless the question is about them: "what did Father Rodriguez say", "did Sister Ann ...".
_ASKED_OF = lazy_compile(
    r"(?:\b(?:did|does|do|is|was|were|has|have|had|will|would|can|could|about|of) (?:the )?)$",
    re.IGNORECASE,
)
_COUNTED_IN = lazy_compile(r"\bhow (?:many|much)(?: [\w'-]+){0,3} $", re.IGNORECASE)
_SAID_NEXT = lazy_compile(
    r"'s\b| (?:say|says|said|think|thinks|thought|react|reacted|respond|responded|call|called"
    r"|claim|claimed|write|wrote|tweet|tweeted|argue|argued)\b"
)


def _name_at(index: FactIndex, text: str, *, at_end: bool) -> list[str]:
    """Return the concepts of the longest run of names ending `text` (`at_end`) or starting it.

    "Speaker Ryan" ends with Ryan's name; "Tillerson himself in Mexico" starts with his.
    """
    span = [stem(w) for w in _fix(index, words(text))]
    for k in range(len(span), 0, -1):
        found = index.aliases.find(span[-k:] if at_end else span[:k])
        if found and found[0][0] == 0 and found[-1][1] == k:
            return [c for _, _, cs in found for c in cs]
    return []


def _passing_name(index: FactIndex) -> Callable[[re.Match[str]], str]:
    """Return a replacement dropping a matched name the fact base does not know."""

    def drop(found: re.Match[str]) -> str:
        name = normalize(found["name"])
        text = found.string
        before = found[0][: found.start("name") - found.start()]
        if (
            _known(index, name)
            or _ASKED_OF.search(text, 0, found.start())
            # ("How many DACA kids in Utah": the place is what is counted in.)
            or _COUNTED_IN.search(text, 0, found.start())
            # (A town the asker's own are in says nothing: "my tio in the Bronx says ...".)
            or (_SAID_NEXT.match(text, found.end()) and not before.endswith((" in ", " in the ")))
        ):
            return found[0]
        return before

    return drop


# Words in letters of other Latin alphabets ("cảm ơn bạn", "dziękuję"): not English, nor the
# Spanish the story's readers mix in, whose accented letters are Latin-1. Stripped of accents,
# "bạn" would read as "ban".
_OTHER_LATIN = lazy_compile(r"\w*[\u0100-\u024f\u1e00-\u1eff]\w*")


def when_reading(text: str) -> str | None:
    """Return "how many days before X did Y happen" read as "when did Y happen", or None.

    The facts give the dates of events more often than the time between two of them, so a
    question the engine cannot answer as asked is tried as the date of its own event.
    """
    gap = _GAP_FROM.search(text)
    if gap is None:
        return None
    return f"{text[: gap.start()]}when {gap[1]}{text[gap.end() :]}"


_LETTER_WORD = lazy_compile(r"[A-Za-z]{2,}")
# Sign language's mark of what is done, glossed in English: "MEMO FINISH OFFICIAL WHEN?", "Kelly
# finish sign memo" (not "finish the wall", "finish hiring", "need them to finish my chart").
_FINISH_DONE = lazy_compile(
    r"\bfinish (?!(?:the|a|an|it|this|that|these|those|his|her|their|its|my|our|your|up|off"
    r"|with|by|before|after|in|on|at|what|when|to|and|or|of|for|all|them|him|me|us|now|first"
    r"|yet)\b|\w+ing\b)(?=[a-z])",
    re.IGNORECASE,
)
_LEAD_MARKS = lazy_compile(r"^[\s:;,.\-\u2013\u2014]+")


def _with_g(index: FactIndex, word: str) -> str | None:
    """Return `word` with the g it dropped put back ("feelin", "leanin"), or None.

    Only an unknown word whose "-ing" form is a story or scaffolding word: "readin" is reading,
    not a misspelled "remain"; "cousin" and "begin" stay.
    """
    lower = word.lower()
    if not lower.endswith("in") or _known(index, lower):
        return None
    dropped = f"{lower}g"
    if dropped in _ING_NOUNS or not (
        dropped in index.vocabulary
        or dropped in GENERIC
        or (len(lower) > 4 and stem(dropped) in index.stems)
    ):
        return None
    return f"{word}g"


# A dropped g is put back before anything reads the question, so that the patterns read "ICE
# was plannin to raid" as "planning" (what the count is of), as the terms do.
_DROPPED_G = lazy_compile(r"\b[A-Za-z]{2,}in\b'?")


def read(index: FactIndex, text: str) -> Question:
    """Analyse `text` against the index: terms, synonyms, people, years and constraints."""
    original, text = text, spell_out(strip_markup(text)[:MAX_CHARS])
    if "in" in text:
        text = _DROPPED_G.sub(lambda m: _with_g(index, m[0].rstrip("'")) or m[0], text)
    if "- " in text or "\u2014 " in text:
        text = _SIGNED.sub(" ", text)
    if "#" in text or "@" in text:
        text = _HASHTAG.sub(
            lambda m: f" {' '.join(_TAG_WORD.findall(m['tag']))} ", _CHANNEL.sub(" ", text)
        )
    if "(" in text:
        text = _corrected(text)
    if "*" in text:
        text = _starred(text)
    text = _INTERPRETED.sub(" ", text)
    if any(c.isdigit() for c in text):
        # "Leviticus 19:34 says the stranger shall be as one born among you. Lots of these
        # folks been here a long time right?": the verse set before the question.
        text = _SCRIPTURE_LEAD.sub("", text)
    if "(" in text or "[" in text:
        text = _BRIDGED.sub("", text)
        # (one space where the note was: "the guidelines (WaPo graf 7) for the exec summary")
        text = _SPACES.sub(" ", _SIDE_NOTE.sub(" ", text))
    if (unfilled := _FILLER.sub(" ", text)) != text and unfilled[:1].isspace():
        # "Quick check for the memo intro: ...": what led the question, once its opening is gone
        # (and the colon or dash that closed it: "deputy question: when mom gets picked up, can
        # the kid be deported" is a question that opens with "when").
        unfilled = _ORPHANED_TOWN.sub(_passing_name(index), unfilled)
        unfilled = _LEAD_MARKS.sub("", _FILLER.sub(" ", _LEAD_MARKS.sub("", unfilled)))
    text = _OTHER_LATIN.sub(" ", unfilled)
    if "inish" in text or "INISH" in text:
        text = _FINISH_DONE.sub("", text)
    text = _GO_DOWN.sub(r"\1 happen", text)
    text = _BORN_IN_PLACE.sub("born here", text)
    text = _RIPPED_INTO.sub("criticizing ", text)
    text = _RECEIVED_IT.sub(r"\g<lead> react to", text)
    text = _VERDICT_ON.sub("take", text)
    text = _DROPPED_MEMOS.sub("released ", text)
    if " out" in text and _DOCUMENT_NAMED.search(text):
        text = _SENT_OUT_MEMOS.sub("released", text)
    text = _CAME_OUT_SAYING.sub("", text)
    text = _MOST_EVER.sub("the record ", text)
    if _DEPORTED_WORD.search(text):
        text = _FROM_THE_US.sub("", text)
    text = _DROPPED_PERSON.sub("pulled ", text)
    text = _WHICH_BODY.sub(r"\1institution", text)
    text = _DOUBLE_NEGATIVE.sub(r"\1anything", text)
    text = _WHY_EVEN_IF.sub(r"\1", text)
    text = _BEFORE_KELLY.sub(r"\1 the memos", text)
    text = _DISMISSED_IDEA.sub("deny", text)
    text = _ADDRESSED.sub(lambda m: f"{m['who']} talk about" if m["who"] else "talked about", text)
    text = _SPLIT_PARTICLE.sub(r"\1 \3 \2", text)
    text = _KICKED_OFF.sub(r"\1 off \2", text)
    text = _SOURCE_NUMBERS.sub(r" per the \1 ", text)
    text = _ON_THE_HILL.sub("in congress", text)
    text = _ISSUE_NOUN.sub(r"\1 thing\2", text)
    text = _ASKER_ORIGIN.sub(_asker_origin, text)
    passing = _passing_name(index)
    for in_passing in (
        _ACQUAINTANCE,
        _HEARD_ON,
        _ASKERS_HERE,
        _ASKERS_KIN_FROM,
        _ASKERS_AQUI,
        _ASKERS_PLACE,
        _ASKERS_TOWN,
        _AT_ASKERS_PLACE,
        _ASKERS_PEOPLE,
        _ASKERS_HOME,
        _ASKERS_LOCAL,
        _ASKERS_EDITION,
        _ASKERS_COUNTRY,
    ):
        text = in_passing.sub(passing, text)
    raw = _split_apart(
        index,
        english(
            french.english(
                portuguese.english(kreyol.english(hindi.english(kriolu.english(words(text)))))
            )
        )[:MAX_WORDS],
    )
    fixed: list[str] = []
    unknown: list[str] = []
    told_only = _told_only(normalize(original).strip())
    in_foreign = any(marked(words(text)) for marked in _MARKED_FOREIGN)
    # (Not the first word, nor one after "¿": "¿Cuánta gente ...?")
    opening = text.lstrip("\u00bf\u00a1 ")
    # A question typed mostly in capitals ("MEMO FINISH OFFICIAL WHEN?") says nothing of names
    # by them.
    typed_words = _LETTER_WORD.findall(text)
    shouted = len(typed_words) >= 3 and 5 * sum(w.isupper() for w in typed_words) >= 3 * len(
        typed_words
    )
    typed_capitalised = _CAPITALISED.findall(opening[1:])
    capitalised = {normalize(m) for m in typed_capitalised if not (m.isupper() and shouted)}
    # A word typed in title case is a name, so a misspelled one is a misspelled name: "Paterson"
    # is a town, not "person". (Not "NOTHING", typed in capitals for emphasis.)
    titled = {normalize(m) for m in typed_capitalised if not m.isupper()}
    # ... and so is a word after an office, typed in any case: "senator durbin" (not "during").
    titled |= {w for before, w in itertools.pairwise(raw) if before in _OFFICES}
    # "Besides ICIRR, who called it morally bankrupt", "an advocate cite that isn't ICIRR": a
    # name set aside is not asked about, known or not.
    set_aside = {w for m in _BESIDES.finditer(normalize(text)) for w in words(m["what"])}
    for k, w in enumerate(raw):
        if _known(index, w):
            fixed.append(w)
            continue
        if (joined := _run_together(index, w)) is not None:
            fixed.extend(joined)  # "maketheroad", "deporterinchief": a known name run together
            continue
        if (restored := _with_g(index, w)) is not None:
            fixed.append(restored)  # "feelin": the dropped g, in words read from another language
            continue
        # A word of the question's own scaffolding ("heard") is not a misspelled story word
        # ("hard"); two swapped letters ("thier", "memso") are the commonest typo of all.
        fuzzy = FUZZY_MIN_LENGTH - 1 <= len(w) <= FUZZY_MAX_LENGTH and not is_generic(w)
        corrected = (
            None
            if w in _NOT_TYPOS
            else _swapped(w, index.vocabulary)
            or (_correct(w, index.vocabulary_list) if fuzzy else None)
        )
        if (
            corrected is not None
            and w in titled
            and corrected not in index.name_words
            and corrected[:NAME_STEM] != w[:NAME_STEM]
        ):
            # A word typed in title case is a name, and a misspelled one a misspelled name:
            # "Paterson" is a town, not "person" (but "Honduras" is still "honduran").
            corrected = _correct(w, index.name_list) if fuzzy else None
            # So is one after an office, in any case, that reads as a misspelled word: "senator
            # durbin" (not "during") is someone the sources do not name.
            office_name = corrected is None and k > 0 and raw[k - 1] in _OFFICES
        else:
            office_name = False
        if corrected is not None:
            fixed.append(corrected)
            continue
        fixed.append(w)
        if (
            (
                # Not an initial: "Ms. K here".
                (
                    w in capitalised
                    and len(w) > 1
                    and w not in GENERIC
                    and w not in _WEEKDAYS
                    and w not in _LANGUAGES
                    and w not in _APPS
                )
                or w in PLACES
                or w in OTHER_PEOPLE
                or office_name
            )
            # (a place of the asker's own story; in Creole or Spanish, anyone in it too: "Nou
            # menm Ayisyen nou nwa")
            and not (
                w in told_only
                and (
                    w in PLACES
                    or in_foreign
                    # ... or a town the story names: "my nephew is DACA in Des Moines."
                    or (k and (raw[k - 1] in _IN_A_TOWN or raw[k - 1] in capitalised))
                )
            )
            and w not in set_aside
            # ("Dyak Lubin vle konnen", "Sister Anita asks": a member who relays the question)
            and not (k and raw[k - 1] in _HONORIFICS)
        ):
            unknown.append(w)
    if _OUR_OFFICIAL.search(text):
        # "Did our sheriff say anything about the memos": someone of the asker's own place,
        # whom no source names.
        unknown.append("our official")
    toks = [stem(w) for w in fixed]
    form = detect_form(text)

    covered = [False] * len(toks)
    units: list[Unit] = []
    query: dict[str, float] = {}
    years = frozenset(
        w
        for i, w in enumerate(fixed)
        if _YEAR.match(w) and not _landmark(fixed, i) and not _articles_year(fixed, i)
    )
    if not years and _AT_THE_MEMOS.search(normalize(text)):
        # "Who was acting ICE director when the Kelly memos came out": in February 2017.
        years = frozenset({MEMOS_YEAR})
    # "Trump tweeted millions would go, what did DHS officials say": the officials of 2019.
    officials_years = years or (
        frozenset({TWEET_YEAR}) if _AT_THE_TWEET.search(normalize(text)) else frozenset()
    )
    people: set[str] = set()
    # People a fact need not name (`Question.unrequired`): those set aside ("besides DHS, did
    # anyone at the White House deny it"), and, as the names are read below, those only guessed.
    unrequired = {
        c
        for m in _BESIDES.finditer(normalize(text))
        for c in _name_at(index, m["what"], at_end=False)
    }
    named_end = 0  # where the last name read ends (none yet)
    person_at: int | None = None  # where the first person named begins
    named_person_end = -1  # where the last person named by name ends (none yet)
    for start, end, concepts in index.aliases.find(toks):
        span = fixed[start:end]
        if tuple(span) not in index.alias_words and all(
            w in STOPWORDS or is_generic(w) for w in span
        ):
            continue  # "the time" is not "the Times": a common word matched only by its stem
        if tuple(span) not in index.alias_words and any(w.endswith("ally") for w in span):
            continue  # "DHS officially put it out": an adverb, not "the DHS official"
        if span == ["the", "house"] and start and fixed[start - 1] in _TO_A_HOME:
            continue  # "if ICE comes to the house": a home, not the House
        concepts = _of_year_asked(index, concepts, officials_years)
        if span[0] == "the" and (
            tuple(span) not in index.alias_words
            or (end < len(fixed) and _NOUN_AFTER.match(fixed[end]))
        ):
            # "the officials" are any officials, not "the official" who spoke; "the official
            # rollout" is an adjective.
            continue
        people.update(concepts)
        if person_at is None and _names_person(index, concepts):
            person_at = start
        if _names_person(index, concepts, by_name=True):
            named_person_end = end
        for i in range(start, end):
            covered[i] = True
        for concept in concepts:
            query[concept] = query.get(concept, 0.0) + 2.0
        terms = frozenset(concepts)
        between = fixed[named_end:start]
        if (
            named_end > 0
            and "or" in between
            and len(between) <= MAX_OR_GAP
            # (not "Trump's executive actions or the Kelly memos": two things named)
            and all(w in STOPWORDS or w in _SOMEONE_WORDS for w in between)
        ):
            # "is that wapo or nyt", "kelly or spicer", "was it Kelly himself or someone at the
            # White House": either one named answers, so the two are one thing asked about.
            terms |= units.pop().terms
        named_end = end
        if _OR_ANOTHER.match(" ".join(fixed[end : end + 8])) or _OR_WAS_IT.search(
            " ".join(fixed[max(0, start - 5) : start])
        ):
            # "Was that Kelly himself or someone else", "did Kelly say it or was that Spicer":
            # guesses.
            unrequired.update(concepts)
        units.append(
            Unit(
                terms=terms,
                weight=index.unit_weight(terms),
                uncovered=_uncovered(index, terms),
            )
        )
    sought, identify = _asked(normalize(text).strip(), form)
    listed = _WHAT_ARE_THE.match(normalize(original).strip())
    if listed is not None and listed["noun"] in PLACE_KINDS:
        identify = "place"  # "list the seven countries": places by name (the filler drops "list")
    by_name = _asks_name(fixed, normalize(text).strip(), form)
    if by_name and form is not Form.HOW_MANY:
        # (But "how many officials were on the call, and did they give names": how many, and
        # whether they were named, which the count's fact tells when it says they were not.)
        identify = "person"
    for start, end, concepts in index.synonyms.find(toks):
        if all(covered[start:end]):
            continue
        span = [fixed[i] for i in range(start, end)]
        if len(span) == 1 and (span[0] in STOPWORDS or is_generic(span[0])):
            continue
        for i in range(start, end):
            covered[i] = True
        if set_aside.issuperset(span) and _uncovered(index, frozenset(concepts)):
            continue  # "other than the ACLU, which groups ...": not what is asked about
        for concept in concepts:
            query[concept] = query.get(concept, 0.0) + 1.5
        for t in (stem(w) for w in span if w not in STOPWORDS):
            query[t] = query.get(t, 0.0) + 0.5
        # The phrase is covered by its meaning, not by one of its words ("border" of "border wall").
        units.append(
            Unit(
                terms=frozenset(concepts),
                weight=index.unit_weight(concepts),
                uncovered=_uncovered(index, frozenset(concepts)),
                # "When did DACA start": the date of that event, not of another about DACA.
                # (But "when would the changes start": when, of what is still to come, a fact
                # tells as "not tomorrow" or "next week".)
                # (And "when did they start splitting up families" asks when the splitting
                # began: the event is what they started doing.)
                required=(
                    form is Form.WHEN
                    and bool(_EVENT_WORDS.intersection(span))
                    and _WILL.search(" ".join(fixed[:start])) is None
                    and not (end < len(fixed) and _STARTED_DOING.match(fixed[end]))
                )
                or bool(sought.intersection(span)),
            )
        )
    plain = normalize(text).strip()
    # How the question asks, not what about: "whose name is on the memos" asks who (not for a
    # name as an attribute); "who complained that ..." asks who said it (not about complaints).
    asking = {"name", "names"} if _WHOSE_NAME.search(plain) else set()
    if _PERSONS_TITLE.search(plain) and _names_person(index, people):
        asking |= _TITLE_WORDS  # "Videgaray's title", "need his title": who the person is
    if form is Form.WHO_SAID and (verb := _WHO_VERB.search(plain)) is not None:
        asking.add(verb["verb"])
    if form is Form.HOW_MANY:
        asking |= _ANY_PEOPLE  # "how many recipients": a count in people covers them
        asking |= _COUNT_NOUNS  # "what is the size of ICE's force": the count is the form
    if form is Form.HOW_MANY:
        # "How many memos, 2 or 3?": the numbers offered are guesses, not what is asked about.
        asking |= {n for m in _GUESSES.finditer(plain) for n in (m[1], m[2])}
    # "What else did Trump do besides the separations": what is set aside is not asked about.
    asking |= {w for m in _BESIDES.finditer(plain) for w in words(m["what"])}
    if re.search(r"\bback (?:in|when|then|during)\b", plain):
        asking.add("back")  # "back in 2013": a time, not sending anyone back
    # "Which outlet credits the quote", "is that the paper's figure": the source is cited with
    # every answer, so the word for it is not something a fact must speak of.
    asking |= _SOURCE_WORDS
    asking |= _where_told(normalize(original).strip())
    if by_name and _described(index, people, plain) and not _NAME_VERB.search(plain):
        # "What is the name of the homeland security secretary": the person the question
        # describes, named by the fact about them, whose text need not say "name" (not "Valdés's
        # co-director's name", someone else's; nor "what standards did he name").
        asking |= _NAME_WORDS
    if form is Form.WHEN:
        asking |= _WHEN_WORDS  # "what date was the pledge": the pledge is asked about
    if form is Form.WHY:
        asking |= _WHY_WORDS  # "what caused X", "the reason for X": X is what is asked about
    for i, (w, t) in enumerate(zip(fixed, toks, strict=True)):
        if covered[i] or w in STOPWORDS:
            continue
        query[t] = query.get(t, 0.0) + 1.0
        if is_generic(w) or _YEAR.match(w) or w in asking:
            continue  # years are checked as constraints, not as content
        if (
            w in _LINE_WORDS
            and not (i > 0 and fixed[i - 1] in _LINE_KINDS)
            and not (i > 1 and fixed[i - 1] == "the" and fixed[i - 2] in _THE_LINE)
            and fixed[i + 1 : i + 2] != ["with"]
        ):
            # "Kelly's no-mass-deportations line", "the military op line": a remark, as every
            # fact of a statement is (not "a hard line", "in line with human rights", "both sides
            # of the line").
            continue
        if w in _SEASONS and any(_YEAR.match(x) for x in fixed[i + 1 : i + 3]):
            continue  # "by summer 2019", "summer of 2018": when, with the year it is checked by
        weight = index.unit_weight((t,))
        if in_foreign and t not in index.bm25.idf and w not in capitalised:
            # A word no fact uses, in a question mostly in Spanish (or Portuguese, French or
            # Creole), is one the glossary lacks far more often than a thing the story leaves
            # out ("¿los agentes entendieron lo que quiso decir Trump?").
            weight *= FOREIGN_UNSEEN_SHARE
        attribute = (
            w in ATTRIBUTES
            and not (
                (i + 1 < len(fixed) and fixed[i + 1] in _NOT_ATTRIBUTE.get(w, ()))
                # "50 percent of the journalists": a figure stated, not asked for.
                or (i > 0 and fixed[i - 1][0].isdigit())
                # "The DHS people on (the) phone": on the call (not "the phone number").
                or (
                    w == "phone"
                    and i > 0
                    and fixed[i - 1] in ("on", "the", "by", "over")
                    and fixed[i + 1 : i + 2] != ["number"]
                )
                or (by_name and w in _NAME_WORDS)
                # "Who said it, need the name", "which group called it bankrupt, name?": who it was
                # is what the question asks, and a fact giving it names them.
                or (
                    w in _NAME_WORDS
                    and (form in (Form.WHO, Form.WHO_SAID) or identify in ("person", "org"))
                )
                # "Name and title of the foreign secretary", "what was her title", "Clarissa's
                # title": a person's post.
                or (
                    w in ("title", "titles")
                    and (
                        by_name
                        or (i > 0 and fixed[i - 1] in ("his", "her", "their", "job"))
                        or i == named_person_end
                        or (i > 1 and fixed[i - 1] == "and" and fixed[i - 2] in _NAME_WORDS)
                    )
                )
                # "The full sentence", "Kelly's sentence right after": a quote, not a prison term.
                or (
                    w in ("sentence", "sentences")
                    and i > 0
                    and (fixed[i - 1] in _QUOTED_SENTENCE or i == named_person_end)
                )
            )
        )
        terms = frozenset((t,))
        if form in (Form.YES_NO, Form.WHY) and (
            (attribute and w in ("name", "names"))
            or (w == "named" and (i + 1 == len(fixed) or fixed[i + 1] in STOPWORDS))
        ):
            # "Did they give their names?", "why weren't the officials named": a fact saying
            # they spoke anonymously answers (not one about "a woman named Vizguerra").
            anonymous = frozenset(index.synonyms.concepts(tokens("anonymous")))
            terms = anonymous if w == "named" else terms | anonymous
        if attribute:
            weight = index.bm25.max_idf()  # "the memos' titles": the attribute is the question
        elif w[0].isdigit() or w in _SPELLED_NUMBERS:
            weight *= NUMBER_SHARE  # "here 18 months": the number tested, not the subject
            # "The Post said 400k": a figure near one a fact gives is that figure, misremembered
            # or rounded; the fact shows the real one.
            terms |= _near_figures(index, w, fixed[i + 1] if i + 1 < len(fixed) else "")
        units.append(
            Unit(
                terms=terms,
                weight=weight,
                uncovered=_uncovered(index, terms),
                required=attribute
                or w in sought
                or (
                    form is Form.WHEN
                    and w in _EVENT_WORDS
                    # "What day did the memos become public": released, not an appointment.
                    and not (i + 1 < len(fixed) and fixed[i + 1] in _BECOME_STATES)
                ),
            )
        )
    if (called := _CALLED.search(plain)) or _NAME_GIVEN.search(plain):
        # "What are the memos called": their name, which a fact giving it answers best (and no
        # call), and which a fact must state, or quote a term for ('Trump floated a "deportation
        # force"'; not "a pair of executive actions"). Required, but weightless: it narrows the
        # facts, it does not add to their coverage. (A name one gave another, "what name did
        # they call Kelly", is the term quoted alone: no fact says "name" of it.)
        units = [u for u in units if u.terms != _CALL_TERMS and (called or u.terms != _NAME_TERM)]
        if called:
            units.append(Unit(terms=_NAME_TERMS, weight=index.bm25.max_idf()))
        units.append(
            Unit(terms=_NAME_TERMS | {LABEL_CONCEPT}, weight=0.0, required=True, stated=True)
        )
    if _TIME_OF_DAY.search(plain):
        units.append(Unit(terms=_DAY_TIMES, weight=index.bm25.max_idf(), required=True))
    if _COST.search(plain):
        # Required, but weightless: it narrows the facts, it does not add to their coverage
        # (nor does the word "cost" itself: "what's the wall going to cost" is about the wall).
        costs = _COST_TERMS.union(index.synonyms.concepts(tokens("cost")))
        if any(not u.terms & costs for u in units):  # "how much will it cost": costs at all
            units = [replace(u, weight=0.0) if u.terms & costs else u for u in units]
        units.append(Unit(terms=_COST_TERMS, weight=0.0, required=True))
        # "What's the price tag on the border wall": the cost of something the question names
        # (the wall), not of the hiring.
        costed = frozenset().union(
            *(
                u.terms
                for u in units
                if u.weight and all(t.startswith("~") for t in u.terms) and not u.terms & costs
            )
        )
        if costed:
            units.append(Unit(terms=costed, weight=0.0, required=True))
    for pattern, concept in _NEVER_REPORTED:
        if pattern.search(plain):
            units.append(
                Unit(terms=frozenset({concept}), weight=index.bm25.max_idf(), uncovered=True)
            )
    authored = _AUTHORED.match(plain)
    for done in (_FOUND.search(plain), authored):
        if done is not None:
            # What the question says was done to its subject: a fact must say that was done.
            # "Who drafted the Guard plan": a fact that says someone wrote it, not one that only
            # speaks of "a draft".
            terms = _action(index, plain, _WROTE_NOT_NOUN.get(done["verb"], done["verb"]))
            units.append(Unit(terms=terms, weight=index.bm25.max_idf(), required=True))
    # (The check is read before the asides are dropped, since they include "fact check:"; and
    # after, for a claim the asker's aside follows: "... that right? checking the tag before air".)
    as_typed, as_read = normalize(strip_markup(original)).strip(), plain.strip()
    checks = _checks(as_typed) or (as_read != as_typed and _checks(as_read))
    if person_at is not None and not checks:
        # "Are Vizguerra's kids US citizens", "is she married": what the question says of a
        # person it names first, which the fact must say too ("undocumented" says she is not
        # a citizen).
        for said in _PERSONAL.finditer(plain):
            after = said[0] in fixed[person_at + 1 :]
            if not after and said[0] not in _PERSONAL_FIRST:
                continue  # "is the citizen count Kelly gave right": not said of Kelly
            terms = _action(index, plain, said[0])
            between = fixed[person_at + 1 : fixed.index(said[0], person_at + 1)] if after else []
            if said[0].startswith("citizen") and not _KIN.intersection(between):
                terms |= _action(index, plain, "undocumented")  # not her children's status
            units.append(Unit(terms=terms, weight=0.0, required=True))
    for ruled in (_COURT_ACTION.search(plain), _WHERE_HELD.search(plain)):
        if ruled is not None:
            # Required, but weightless: it narrows the facts to those saying it was done, it
            # does not add to their coverage. The verb is whichever group matched.
            acted = next(v for v in ruled.groups() if v)
            units.append(Unit(terms=_action(index, plain, acted), weight=0.0, required=True))
    if authored is not None and not identify and authored["verb"] in _WRITERS:
        identify = "person"  # "who leaked the memos": a fact must name who did it
    if (
        SUMMARY.search(plain)
        and sum(not _names(u) and u.terms != _SUMMARY_HEADS for u in units) <= 1
    ):
        # "What do the Kelly memos do?", "the main measures in the guidelines": one subject asked
        # about as a whole.
        query[SUMMARY_CONCEPT] = SUMMARY_WEIGHT
        if not units:
            # "Give me the gist", "summarize the main changes": the whole story, which the
            # facts summing up the memos cover.
            units.append(Unit(terms=frozenset({SUMMARY_CONCEPT}), weight=SUMMARY_WEIGHT))
    for slot in _ACTOR_SLOT.finditer(plain):
        who = words(slot["who"] or "")  # (none in "what ... said kelly": only dots)
        if who and (
            who[0] in _MODAL
            or (slot[0].endswith(("do", "did", "does")) and _ACTS_LATER.match(plain, slot.end()))
        ):
            continue
        span = words(slot["who"] or slot["owner"] or "")
        if any(w in STOPWORDS and w not in _ARTICLES and w != "of" for w in span):
            continue  # "is exploiting crime to do": a clause, not who acts ("the mayor of X" is)
        if "of" in span and span[span[0] in _ARTICLES] in _SHARE_OF:
            continue  # "the rest of the world", "some of the senators": a share, not its name
        for w in span:
            if w in STOPWORDS or w in GENERIC or w.isdigit() or w in unknown or w == "else":
                continue
            known = (
                w in index.vocabulary
                or stem(w) in index.stems
                or _run_together(index, w) is not None
            )
            if not known and _fix(index, [w]) == [w]:
                unknown.append(w)
    speakers: set[str] = set()
    reacted = False
    for said in (
        itertools.chain(
            _SAID_BY.finditer(plain),
            _SAID_WHAT.finditer(plain),
            _SAID_BY_ES.finditer(plain),
            _SAID_BY_PT.finditer(plain),
        )
        if form in _SPEAKER_FORMS
        else ()
    ):
        if form is Form.HOW and not (
            said["verb"] in _EXPLAINED or (said["verb"] in _REACTED and said[0].startswith("how"))
        ):
            continue
        if said["verb"] in ("write", "wrote") and _WROTE_DOCUMENT.match(plain, said.end()):
            continue  # "did Kelly write the memos": who wrote them, not what Kelly said
        if said["who"].endswith(("'s", "s'")):
            continue  # "did agents understand what Trump's tweet meant": his tweet, a noun
        # "What did Obama himself say": the reflexive only stresses who spoke.
        span = [w for w in words(said["who"]) if w not in _REFLEXIVE]
        span = [w for i, w in enumerate(span) if not _titled_then(span, i)]
        # "did ICE react to Trump's tweet": a span with other function words names no speaker.
        if any(w in STOPWORDS and w not in _ARTICLES for w in span):
            continue
        toks = [stem(w) for w in _fix(index, span)]
        found = index.aliases.find(toks)
        named = {i for start, end, _ in found for i in range(start, end)}
        # Only a span made of names is a speaker: "the Kelly memos say" is a document talking.
        if all(i in named or span[i] in _ARTICLES or is_generic(span[i]) for i in range(len(span))):
            speakers.update(c for _, _, cs in found for c in cs)
            if "officials" in span:
                # "Did the officials say ...": the officials as a group too, whom the stem of
                # "the official" (one unnamed official) would leave out.
                speakers.update(_their_group(index, speakers))
            reacted = form is Form.HOW and said["verb"] in _REACTED  # not "did X respond to Y"
        break
    owner = (
        # (the possessive looked for first: the pattern tries every word as the name before it)
        (_REMARKS_OF.search(plain) if "'s " in plain else None) or _QUOTE_OF.search(plain)
        if form is Form.WHAT and not speakers
        else None
    )
    if owner is None and form is Form.WHAT and not speakers and "'s " not in plain:
        owner = _HEADLINE_REACTION.match(plain)  # "obama reaction to kelly memos"
    if owner is not None and _NOT_THEIR_WORDS.search(plain, 0, owner.end("who")):
        # "What was the point of Trump's tweet, per the Times", "the Times reads Morgan's
        # comments as ...", "nyt's reading of morgan's comments": what others made of the words,
        # not the words themselves.
        owner = None
    if owner is not None:
        # "Speaker Ryan's comments": the name nearest the possessive is the speaker.
        speakers.update(_name_at(index, owner["who"], at_end=True))
    quoted_from = (
        _QUOTE_FROM.search(plain) if form in (Form.WHAT, Form.YES_NO) and not speakers else None
    )
    if quoted_from is not None:
        # "Any quotes from Tillerson himself in Mexico City": the name right after "from".
        speakers.update(_name_at(index, quoted_from["who"], at_end=False))
    months = frozenset(
        MONTHS[w]
        for i, w in enumerate(fixed)
        if w in MONTHS
        and w != "may"
        and (
            (i > 0 and fixed[i - 1] in ("in", "of", "during"))
            # ("before the June 2019 raids": the month of a landmark is a landmark too)
            or (i + 1 < len(fixed) and _YEAR.match(fixed[i + 1]) and not _landmark(fixed, i + 1))
        )
    )
    if months:
        # "Canceled his trip in March": a date the facts are checked against, not content.
        dated = set(index.synonyms.concepts([stem(w) for w in fixed if MONTHS.get(w) in months]))
        units = [u for u in units if not (u.uncovered and u.terms <= dated)]
    if checks and (guessed := _SPEAKER_GUESSED.search(plain)) is not None:
        # "Is it true Tillerson was the one that said no mass deportations": who said it is
        # the claim's guess, and the fact with the words shows who it was.
        guessed_by = frozenset(
            _name_at(index, guessed["who"] or guessed["who2"] or guessed["who3"], at_end=True)
        )
        if guessed_by and any(not u.terms <= guessed_by for u in units):
            units = _set_aside(units, guessed_by, unrequired, people)
            speakers -= guessed_by  # ("as a Kelly quote. Was it actually Kelly?": a guess too)
            for concept in guessed_by & query.keys():
                query[concept] *= GUESSED_SPEAKER_WEIGHT  # a hint when right, not a must
    labels = {c for m in _MEMOS_OF.finditer(plain) for c in _name_at(index, m["who"], at_end=True)}
    if labels and not speakers and any(not u.terms <= labels for u in units):
        named_elsewhere = {
            c
            for part in _MEMOS_OF.split(plain)[::2]
            for c in index.aliases.concepts([stem(w) for w in _fix(index, words(part))])
        }
        if labels := labels - named_elsewhere:
            units = _set_aside(units, labels, unrequired, people)
            for concept in labels & query.keys():
                query[concept] *= GUESSED_SPEAKER_WEIGHT  # a hint, not a must
    if form is Form.HOW_MANY and (deporter := _DEPORTER.search(plain)) is not None:
        agency = frozenset(_name_at(index, deporter["who"] or deporter["who2"], at_end=True))
        if agency and any(not u.terms <= agency for u in units):
            units = _set_aside(units, agency, unrequired, people)
    if speakers and (about := _SAID_ABOUT.search(plain)) is not None:
        # "What did Kelly say about the wall": what he said must be about the wall.
        topic = _meant(index, about["topic"])
        units = [
            replace(u, required=True, stated=True)
            if u.terms & topic and u.weight and all(t.startswith(("~", "@")) for t in u.terms)
            else u
            for u in units
        ]
    if (
        form is Form.YES_NO
        and not speakers
        and (about := _ANYTHING_ABOUT.search(plain)) is not None
    ):
        topic = _meant(index, about["topic"])
        units = [
            replace(u, required=True) if u.terms & topic and u.weight and not _names(u) else u
            for u in units
        ]
    if form is Form.YES_NO and (subject := _PASSIVE_SUBJECT.match(plain)) is not None:
        # "Were the raids postponed?": a fact about something else put off does not answer.
        topic = _meant(index, subject["subject"])
        units = [
            replace(u, required=True)
            if u.terms & topic and u.weight and not _names(u) and any(t[0] == "~" for t in u.terms)
            else u
            for u in units
        ]
    if (
        form is Form.YES_NO
        and (also := _ALSO.match(plain)) is not None
        and _names_a_person(index, also["who"])
    ):
        # "Did Tillerson also rule out the military like Kelly did": a fact about Tillerson that
        # never speaks of the military does not answer.
        asked = _meant(index, also["done"])
        units = [
            replace(u, required=True) if u.terms & asked and u.weight and not _names(u) else u
            for u in units
        ]
    counted, predicate = _counted(index, plain), _predicate(index, plain)
    # Words quoted from a source are its time, not the asker's: "which outlet had the official
    # saying 'we're not going to start changing this today'".
    # (The verb that reported it stays: "did the official actually say 'this will not happen
    # tomorrow'" asks what was said.)
    now_text = _QUOTED.sub(
        " ", _REPORTED_TODAY.sub(_reporting_verb, _STORY_SENTENCE.sub("", plain))
    )
    if (
        _STORY_SENTENCE.match(normalize(original))
        and not _STORY_SENTENCE.match(plain)
        and (told := _FIRST_SENTENCE.match(now_text)) is not None
    ):
        # "My brother in law got charged last year. under the 2017 priorities ...?": a story,
        # though the asker's people are set aside before this is read. (Its times are blanked,
        # not its words: what follows reads as before.)
        now_text = _NOW.sub(" ", told[0]) + now_text[told.end() :]
    now = bool(_NOW.search(now_text))
    later_year = any(
        _YEAR.match(w)
        and (
            int(w) > LAST_YEAR_COVERED
            # "did DACA survive after 2019", "since 2019": past the sources' last year.
            or (int(w) >= int(TWEET_YEAR) and i > 0 and fixed[i - 1] in _PAST_THE_YEAR)
        )
        for i, w in enumerate(fixed)
    )
    return Question(
        text=text,
        asked=original,
        months=months,
        counted=counted,
        counted_by=_counted_by(index, plain)
        or (predicate if counted is PEOPLE_COUNTS else None)
        or frozenset(),
        contrast=bool(_CONTRAST.search(plain)),
        compares=len(years) > 1 and bool(_COMPARES.search(plain)),
        # ("What the memos say" is what they provide, not anyone's view.)
        asks_opinion=bool(_OPINION.search(_DOCUMENT_SAYS.sub(" ", plain))) or form is Form.WHO_SAID,
        places=tuple(p for p in _places(plain) if p not in index.vocabulary and p not in told_only),
        speakers=frozenset(_of_year_asked(index, tuple(sorted(speakers)), officials_years)),
        reacted=reacted,
        quoted=tuple(
            " ".join(words(part)) for a, b in _QUOTED.findall(plain) for part in _unblanked(a or b)
        )
        or _said_words(form, plain, units),
        form=form,
        query=query,
        units=tuple(units),
        people=frozenset(people),
        unrequired=frozenset(unrequired),
        years=years,
        unknown_names=tuple(unknown),
        out_of_time=now or later_year,
        outcome=now
        and not later_year
        # ("what made trump back off family separation in the end": why it turned out so)
        and (form in (Form.YES_NO, Form.WHY) or bool(checks and _LAST_ASKS_PAST.search(plain)))
        and bool(_PAST_ASKED.search(plain))
        and not _NOW.search(_OUTCOME_WORDS.sub(" ", now_text)),
        predicate=predicate,
        # "How many officers were there before the hiring push": the push is a landmark.
        stock=bool(_STOCK.search(plain)) and not _ADDING.search(_BEFORE.sub(" ", plain)),
        duration=bool(_HOW_LONG.search(plain) or _INTERVAL_ASKED.search(plain)),
        interval=bool(_INTERVAL_ASKED.search(plain)),
        named=_named(index, plain),
        identify=identify,
        role=_role(plain) if identify in ("person", "org") else frozenset(),
        by_name=by_name,
        exact_date=bool(_EXACT_DATE.search(plain)),
        present=bool(_PRESENT.search(plain)),
        checks=checks,
        done=bool(_DONE.search(plain)),
        about_articles=bool(_ABOUT_ARTICLES.search(plain)),
        off_record=bool(
            _ADVICE.search(plain)
            or _judged(plain)
            or (
                _VERDICT_NOUN.search(plain) is not None
                and not _REPORTED.search(plain)
                and not plain.startswith(("why", "how come"))  # the reasons given, not a verdict
            )
            or (_VERDICT.search(plain.strip()) and not _VERDICT_REPORTED.search(plain))
            or _repeats(raw)
        ),
    )


def _judged(plain: str) -> bool:
    """Return whether the question asks for a verdict ("which side is right on immigration").

    Not when it sets two reported sides against each other first: "officials say no mass
    deportations but one of the articles says the opposite, which side is right" asks what each
    side says, as "who's right" does.
    """
    found = _JUDGEMENT.search(plain)
    if found is None:
        return False
    rest = plain[: found.start()] + plain[found.end() :]
    return not (found[0].startswith("which side") and _CONTRAST.search(rest))


NEAR_FIGURE = 0.15  # a figure within this share of a fact's figure is near it
_SCALE_WORDS = word_set("million millions billion billions")


def _near_figures(index: FactIndex, w: str, after: str) -> frozenset[str]:
    """Return the figures the facts give that are near the figure `w` (then `after`) but not it.

    Only sizeable figures: a thousand or more, or a count of millions ("12 million" is near
    Pew's 11 million). "3 memos" is not near 2, nor are days of the month near each other.
    """
    try:
        value = float(w)
    except ValueError:
        return frozenset()
    if value < 1000 and after not in _SCALE_WORDS:
        return frozenset()
    return frozenset(
        figure
        for figure, size in index.figures.items()
        if figure != w and abs(size - value) <= NEAR_FIGURE * size
    )


def content_units(
    index: FactIndex, text: str, words_read: dict[str, Unit | None] | None = None
) -> tuple[Unit, ...]:
    """Return the content units of a well-typed text, weighted as `read` weighs a question's.

    Names, then known phrases (by their meaning), then the remaining words by their stems; no
    spelling correction and no constraints: for the facts' own curated phrasings. A caller
    reading many texts may pass `words_read` to keep each remaining word's unit (or None for a
    word that is none) from one text to the next.
    """
    ws = words(text)[:MAX_WORDS]
    toks = [stem(w) for w in ws]
    covered = [False] * len(toks)
    units: list[Unit] = []
    for start, end, concepts in index.aliases.find(toks):
        span = ws[start:end]
        if tuple(span) in index.alias_words or not all(
            w in STOPWORDS or is_generic(w) for w in span
        ):
            covered[start:end] = [True] * (end - start)
            units.append(Unit(terms=frozenset(concepts), weight=index.unit_weight(concepts)))
    for start, end, concepts in index.synonyms.find(toks):
        span = ws[start:end]
        if all(covered[start:end]) or (
            len(span) == 1 and (span[0] in STOPWORDS or is_generic(span[0]))
        ):
            continue
        covered[start:end] = [True] * (end - start)
        units.append(Unit(terms=frozenset(concepts), weight=index.unit_weight(concepts)))
    for i, (w, t) in enumerate(zip(ws, toks, strict=True)):
        if covered[i]:
            continue
        if words_read is not None and w in words_read:
            unit = words_read[w]
        else:
            unit = _word_unit(index, w, t)
            if words_read is not None:
                words_read[w] = unit
        if unit is not None:
            units.append(unit)
    return tuple(units)


def _word_unit(index: FactIndex, w: str, t: str) -> Unit | None:
    """Return the unit of a word no name or phrase covers (its stem `t`), or None if it is none."""
    if w in STOPWORDS or is_generic(w) or _YEAR.match(w):
        return None
    weight = index.unit_weight((t,))
    if w[0].isdigit() or w in _SPELLED_NUMBERS:
        weight *= NUMBER_SHARE
    return Unit(terms=frozenset((t,)), weight=weight)


_HOW_MANY = lazy_compile(
    r"\bhow (?:many|much)\b(?P<rest>.*)|\b(?:number|headcount|head count) of\b(?P<rest2>.*)"
)
# Words that mean "how many people" without saying who: any count of people fits them.
_ANY_PEOPLE = frozenset(
    {"people", "persons", "individuals", "folks", "ppl", "immigrants", "recipients", "guys"}
)


# Stems of what a count of people may be a count of.
PEOPLE_COUNTS = frozenset(
    stem(w)
    for w in word_set(
        "people immigrants migrants aliens deportations deported removals undocumented families"
        " children kids recipients residents dreamers arrests arrested"
    )
)
AGE = frozenset({"age", "born"})


_OWNER = lazy_compile(r"\s*([\w-]+s)'(?:\s|$)")


_IN_ALL = word_set("total totally altogether overall combined exactly approximately roughly approx")


def _counted(index: FactIndex, plain: str) -> frozenset[str]:
    """Return what a "how many" question counts: the noun ending its first noun phrase."""
    if re.search(r"\bhow old\b", plain):
        return AGE
    if _HOW_MANY_UNITS.search(plain):
        return frozenset()  # "how many years vizguerra been in the us": a length of time
    found = _HOW_MANY.search(plain)
    # ("which year and how many (washington post)": where the count is from, not what; nor in
    # "2017 deport total how many? after memo", whose count is named before it)
    after = "" if found is None else found["rest"] or found["rest2"] or ""
    # (nor in "total deportations in 2017, how many", which ends with it)
    if found is None or not after.strip(" ?!.") or after.lstrip().startswith(("(", ",", ";", "?")):
        # "Deportations total for 2017", "arrest numbers in 2014": the events before the count
        # (not "hiring numbers for ICE", which are numbers of agents).
        tallied = _TALLIED.search(plain)
        total = _TOTAL_OF.search(plain)
        tally_of = _TALLY_OF.search(plain)
        led = _TALLY_LEADS.match(plain)
        nouns = [
            tallied and (tallied["noun"] or tallied["noun2"] or tallied["noun3"]),
            total and total["noun"],
            tally_of and tally_of["noun"],  # "do we have numbers for ICE arrests in 2017"
            led and led["noun"],  # "deportations in 2017, the first year ..., how many??"
        ]
        noun = next((n for n in nouns if n and stem(n) in TALLIED_EVENTS), None)
        if noun is None:
            return frozenset()
        toks = [stem(w) for w in _fix(index, [noun])]
        return frozenset((*toks, *index.synonyms.concepts(toks)))
    if (subset := _SUBSET.search(plain)) is not None:
        # "Of the million with removal orders, how many are families": a count of the families.
        toks = [stem(w) for w in _fix(index, words(subset["part"])) if w not in STOPWORDS]
        if toks:
            return frozenset((*toks, *index.synonyms.concepts(toks)))
    staff = _AGENCY_PEOPLE.search(plain)
    if staff is not None and _AGENCIES.intersection(words(staff["agency"])):
        return _STAFF  # "how many ICE and Border Patrol people": their staff, not people at large
    if _HIRES.search(plain):
        return _STAFF  # "how many Border Patrol hires": agents to be hired
    head: list[str] = []
    # ("how many migrant families, hundreds or thousands": the guesses after the comma)
    rest = words(_GUESSES_AFTER.split(after, maxsplit=1)[0])
    if hindi.marked(words(plain)):
        # "ice ke paas how many deportation officers hain": the officers, not "hain" (are)
        rest = hindi.read(rest)
    elif kriolu.marked(words(plain)):
        rest = kriolu.read(rest)  # "how many ICE officers novu they hiring": new officers
    if (owner := _OWNER.match(after)) is not None:
        rest = words(owner[1])  # "how many countries' citizens": a count of the countries
    if rest and rest[0] in _AUXILIARIES:
        # "How many did Enforcement and Removal Operations deport": who acts, then the verb.
        actor = index.aliases.find([stem(w) for w in _fix(index, rest[:6])])
        if actor and actor[0][0] == 1:
            rest = rest[actor[0][1] :]
            if rest and rest[0] in _SAYING:
                rest = rest[1:]  # "how many did Trump tweet would be deported": what he said
    for i, w in enumerate(rest):
        if w in _ANY_PEOPLE:
            # ("how many new border guys": the agency's agents)
            return _STAFF if w == "guys" and _AGENCY_COUNTED.search(plain) else PEOPLE_COUNTS
        if w in _GET:
            break  # "how many got sent back": a passive, what befell them, not a noun
        if head and _begins_actor(index, rest[i - 1 :]):
            break  # "how many memos Kelly put out": who acts begins the clause after the noun
        if w in _OUTLET_WORDS:
            break  # "number of deportations nyt": a keyword search naming its source
        if w == "us" and not head:
            continue  # "how many US citizen kids": the country, not "us"
        if not head and w in _SCALE_WORDS:
            continue  # "how many million undocumented": a scale, not what is counted
        if not head and w in ("more", "extra", "additional"):
            continue  # "how many more immigration judges": judges, added to those there are
        if not head and w.endswith("ed") and rest[i + 1 : i + 2] and rest[i + 1] in _ANY_PEOPLE:
            continue  # "how many undocumented immigrants live in colorado": who, described
        if w in STOPWORDS or w in GENERIC or w.endswith("ed") or _YEAR.match(w):
            if head or w not in GENERIC:
                break
            continue
        if head and w in _IRREGULAR_PAST:
            break  # "how many officials spoke on the call": the verb after the noun counted
        if head and (w == "ago" or (w == "back" and rest[i + 1 : i + 2] in (["in"], ["then"]))):
            break  # "raids on how many families back in 2019": when, after the noun counted
        if head and w in _DOCUMENTS and rest[i + 1 : i + 2] and rest[i + 1] in _DOCUMENT_ASKS:
            break  # "how many new ICE officers memos want to hire": what wants, after the noun
        if head and w in _MEASURED:
            break  # "how many miles away is the church": miles, how far away
        if head and w in _IN_ALL:
            break  # "how many deportation officers totally": how far the count goes
        head.append(w)
    if not head:
        return frozenset()
    if head[-1] in _ANY_PEOPLE:
        return PEOPLE_COUNTS
    if _AGENCY_COUNTED.search(plain):
        return _STAFF  # "how many new Border Patrol (guys)": its agents
    toks = [stem(w) for w in _fix(index, head[-1:])]
    pair = [stem(w) for w in _fix(index, head[-2:])]
    if len(pair) == 2 and any(end - start == 2 for start, end, _ in index.synonyms.find(pair)):
        toks = pair  # "how many executive orders": the phrase, not any orders
    concepts = index.synonyms.concepts(toks)
    if not concepts:
        return _action(index, plain, head[-1])  # "how many did ICE kick out": with its particle
    agencies = index.synonyms.concepts(tokens("border patrol ice"))
    if len(toks) > 1 and any(c in agencies for c in concepts):
        return _STAFF  # "how many extra border guards": an agency's staff (a phrase for them)
    return frozenset((*toks, *concepts))


# Where what is counted ends and guesses at the count may begin: "families, hundreds or ...".
_GUESSES_AFTER = lazy_compile(r"[,;?]")
# A document that asks for what is counted, named after it: "how many officers memos want".
_DOCUMENTS = word_set("memo memos guidance guidelines directives rules orders policies")
_DOCUMENT_ASKS = word_set(
    "want wants wanted say says said call calls called ask asks asked order orders"
)
# What a measure measures, after its unit: "how many miles away", "how many days apart".
_MEASURED = word_set("away apart ago later earlier before after long far off")
# Words between who acts and the verb: "ICE actually got", "DHS really wants".
_ADVERBS = word_set("actually really currently now still already even just also reportedly")
# Verbs after an organisation's name that make it who acts ("how many families ICE wants to
# raid"), not part of the counted noun ("how many DHS officials", "national guard troops").
_ACTS = word_set(
    "got get gets has have had want wants wanted plan plans planned will would did does is was"
    " gonna going sign signed put puts hire hired hires say says said planning wanting hoping"
    " trying aiming expecting intending preparing targeting"
)


_IRREGULAR_PAST = word_set(
    "spoke said told went came got gave took made left ran saw met thought knew wrote sent held"
    " led brought lost won fled fought kept paid stood began became broke chose fell flew grew hid"
    " meant rose sold sought spent swore taught threw understood"
)
_OUTLET_WORDS = word_set("nyt wapo hill cnn pew politico")  # not "times", "post": "how many times"


_AUXILIARIES = word_set("did do does will would could can has have had is are was were")


def _begins_actor(index: FactIndex, ws: list[str]) -> bool:
    """Return whether `ws[1:]` begin with a person's name, or an organisation's and then a verb
    or nothing more ("how many deportation officers ICE?": ICE's officers).

    `ws[0]` is the word before: a name it begins ("national guard troops") is not one after it.
    """
    found = index.aliases.find([stem(w) for w in _fix(index, ws[:5])])  # "memo kelley has"
    if not found or found[0][0] != 1:
        return False
    _, end, concepts = found[0]
    if _names_person(index, concepts):
        return True
    if end < len(ws) and ws[end] in _ADVERBS:
        end += 1  # "how many deportation officers ICE actually got"
    return end == len(ws) or ws[end] in _ACTS


# The time of the memos' release, named by it: "when the Kelly memos came out", "at the time the
# guidelines dropped".
_AT_THE_MEMOS = lazy_compile(
    r"\b(?:when|at the time|back when|by the time|as) (?:the )?(?:kelly |dhs |new |enforcement )*"
    r"(?:memos?|guidelines|directives|guidance) (?:came out|dropped|were released|were issued"
    r"|were published|went out|were announced|first came out)\b"
)
MEMOS_YEAR = "2017"
# "After 2019", "since 2019": a year the question looks past.
_PAST_THE_YEAR = frozenset({"after", "since", "beyond", "past"})
# Trump's tweet that millions would be deported, and the family raids it announced.
_AT_THE_TWEET = lazy_compile(
    r"\b(?:trump|he|president) (?:had |has )?tweet(?:ed|s)?\b|\b(?:the|trump'?s|his|that) (?:millions |"
    r"deportation )?tweet\b|\bfamily raids\b|\b(?:florida|kickoff|kick-off|reelection|re-election)"
    r" rally\b"
)
TWEET_YEAR = "2019"


def _their_group(index: FactIndex, concepts: Iterable[str]) -> set[str]:
    """Return the unnamed officials' groups these unnamed officials belong to.

    A group belongs with an official of the same agency at the same time ("a senior DHS
    official" and "DHS officials", February 2017).
    """
    people = index.base.people
    return {
        f"@{group.id}"
        for concept in concepts
        if (person := people.get(concept.removeprefix("@"))) is not None and _unnamed(person)
        for group in people.values()
        if group.kind == "group"
        and _unnamed(group)
        and group.affiliation == person.affiliation
        and group.as_of == person.as_of
    }


def _of_year_asked(
    index: FactIndex, concepts: tuple[str, ...], years: frozenset[str]
) -> tuple[str, ...]:
    """Return `concepts` with unnamed officials taken as those of the year asked about.

    "What did the DHS officials say in June 2019": the unnamed DHS officials of 2019 (whom the
    sources call "homeland security officials"), not those who briefed on the 2017 memos.
    """
    if not years:
        return concepts
    people = index.base.people
    out: list[str] = []
    for concept in concepts:
        person = people.get(concept.removeprefix("@"))
        if person is None or not _unnamed(person) or (person.as_of or "")[:4] in years:
            out.append(concept)
            continue
        same = [
            f"@{other.id}"
            for other in people.values()
            if _unnamed(other)
            and other.affiliation == person.affiliation
            and (other.as_of or "")[:4] in years
        ]
        out.extend(c for c in same or [concept] if c not in out)
    return tuple(out)


def _unnamed(person: Person) -> bool:
    """Return whether the sources leave this official anonymous (people.yaml says so in the
    name: "a senior DHS official (unnamed)"), as one of an agency's officials."""
    return person.affiliation is not None and "(unnamed" in person.name


def _described(index: FactIndex, concepts: Iterable[str], plain: str) -> bool:
    """Return whether one of these people the sources name is described in `plain`, not named
    ("the homeland security secretary", but not "Kelly")."""
    said = set(words(plain))
    return any(
        (person := _person(index, c, by_name=True)) is not None
        and not said.intersection(words(person.name.lower()))
        for c in concepts
    )


# "What standards did he name": naming as a verb.
_NAME_VERB = lazy_compile(r"\b(?:did|does|do|didn'?t|will|would|to) (?:\w+ )?name\b")


def _person(index: FactIndex, concept: str, *, by_name: bool = False) -> Person | None:
    """Return the person a concept ("@kelly") is, or None for an organisation or no one
    (`by_name`: one the sources name, not "a senior DHS official")."""
    person = index.base.people.get(concept.removeprefix("@"))
    if person is None or person.kind != "person" or (by_name and not person.name[:1].isupper()):
        return None
    return person


def _names_person(index: FactIndex, concepts: Iterable[str], *, by_name: bool = False) -> bool:
    """Return whether any of these concepts ("@kelly", "@dhs") is a person, not an organisation
    (`by_name`: one the sources name, not "a senior DHS official")."""
    return any(_person(index, c, by_name=by_name) is not None for c in concepts)


# "Total deportations under Obama": the events totalled.
_TOTAL_OF = lazy_compile(r"\btotal (?:number of )?(?P<noun>[\w'-]+)")
_TALLY_OF = lazy_compile(
    rf"\b{_TALLY} (?:for|of|on) (?:the )?(?:(?:ice|dhs|ero|cbp|obama|trump|us|u\.s\.)(?:'s)? )?"
    r"(?P<noun>[\w'-]+)"
)
_TALLIED = lazy_compile(
    rf"\b(?P<noun>[\w'-]+) {_TALLY} (?:for|in|from|during|under)\b"
    # "Deportations in 2014 number", "deportations 2007 number", "2017 deportation total": the
    # count named with its year.
    rf"|\b(?P<noun2>[\w'-]+) (?:{_IN_YEAR}|{_FY_YEAR}) {_TALLY}\W*$"
    rf"|\b{_FY_YEAR} (?P<noun3>[\w'-]+) {_TALLY}\b"
)


# The events a count is of, named first: "deportations in 2017, the first year with the memos,
# how many??".
_TALLY_LEADS = lazy_compile(
    r"^\W*(?:(?:and|so|ok|okay|total)\W+)?(?P<noun>[\w'-]+) (?:in|for|during|under|from)\b"
)
TALLIED_EVENTS = frozenset(stem(w) for w in (*_COUNTED_EVENTS, "deportation", "removal", "arrest"))
_AGENCIES = frozenset({"ice", "patrol", "dhs", "ero", "hsi", "cbp"})
_GET = frozenset({"got", "get", "gets", "getting"})
_SUBSET = lazy_compile(
    r"\b(?:how many of (?:the|those|them|these)\b[^?]*?|\bof (?:the|those|these)\b[^?]*?how many)"
    r" (?:are|were|is|was|have been|are being) (?P<part>(?:[\w'-]+ ){0,1}[\w'-]+)"
)
_AGENCY_COUNTED = lazy_compile(
    r"\bhow\s+many\s+(?:(?:new|more|extra|additional)\s+)?(?:ice|border\s+patrol|boarder\s+patrol"
    r"|cbp|ero|hsi|immigration\s+and\s+customs(?:\s+enforcement)?)"
    r"(?:\s+(?:and|\+|or)\s+(?:ice|border\s+patrol|boarder\s+patrol|cbp))?"
    r"(?:\s+(?:guys|folks))?(?:\s+(?:are|is|will|would|do|does|did)\b|\W*$)"
    # "How many new border guys", "how many immigration and customs officers": its agents.
    r"|\bhow\s+many\s+(?:(?:new|more|extra|additional)\s+)?(?:border|immigration\s+and\s+customs)"
    r"\s+(?:guys|folks|people|officers|agents|cops)\b"
)
_HIRES = lazy_compile(
    r"\bhow many\b(?: [\w'-]+){0,4}? (?:new )?(?:hires|recruits|positions)\b"
    # "How many people is ICE hiring": the people hired are its staff.
    r"|\bhow many (?:more |new |extra )?(?:people|ppl|persons|folks)(?: [\w'-]+){0,4}?"
    r" (?:hiring|hire|recruiting|recruit|employing|employ"
    r"|taking on|bringing on|bring on)\b"
)
_AGENCY_PEOPLE = lazy_compile(
    r"\bhow many (?P<agency>(?:[\w'-]+ ){1,4}?)(?:people|ppl|persons|folks|guys)\b"
    # (not "how many DHS people were on the call": those at one event, not the staff)
    r"(?! (?:were|was) (?:on|at|in) (?:the|that|this) (?:[\w'-]+ ){0,3}?(?:call|briefing|room"
    r"|meeting|press conference|presser)\b)"
)
_STAFF = frozenset(stem(w) for w in ("agents", "officers", "personnel", "staff"))


def _names(unit: Unit) -> bool:
    return all(t.startswith("@") for t in unit.terms)


_BESIDES = lazy_compile(
    r"\b(?:besides|other than|apart from|aside from|except(?: for)?|not counting"
    r"|(?<=that )(?:isn'?t|is not|aren'?t|are not))"
    r" (?P<what>(?:the |a |an |his |her |their )?[\w'-]+(?: [\w'-]+)?)"
)
_GUESS_NUMBER = r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)"
_GUESSES = lazy_compile(
    rf"\b{_GUESS_NUMBER}\s*(?:[a-z'-]+\s+){{0,2}}?(?:or|vs\.?|versus|/)\s*{_GUESS_NUMBER}\b"
)
# A claim put to the bot to check: "fact check: ...", "is it true that ...", "my uncle swears
# ...", "..., right?". A claim may be wrong in a detail (a name, a figure, a day) that the fact
# it is about corrects, so it covers less of that fact than a question would.
_CHECKS = lazy_compile(
    rf"^\W*(?:{_CHECK}.?check|true or false|t or f|confirm(?!ed|ation|s)|verify|correct me"
    r"|is (?:it|that|this) (?:true|right|correct|accurate)|is true\b|i (?:heard|read|saw)"
    r"|is (?:it|that) (?:fair|accurate|right|correct|safe) to (?:say|write|call|describe|claim)"
    r"|(?:i'?m |i am )?(?:pretty|fairly|quite|almost|kinda|kind of) (?:sure|certain)"
    r"|some(?:one|body) (?:said|says|told me)|saw (?:on|online|a )"
    # "Was it 2015 when deportations hit the 434k record?": a year put to check.
    r"|(?:was|is) (?:it|that) (?:in )?(?:19|20)\d\d when\b"
    r"|my \w+ (?:says|say|said|swears|swore|claims|thinks|told me)"
    # ... or the family at a bedside: "The son says it was Senator Schumer who ...".
    r"|(?:the|his|her|their|our) (?:son|daughter|wife|husband|family|father|mother|uncle|aunt"
    r"|patient|pt|grandson|granddaughter) (?:says|said|swears|swore|claims|thinks|insists)"
    # "Was it Spicer who told them ...": who said it, put to check.
    r"|(?:was|wasn'?t|wasnt) it [\w.'-]+(?: [\w.'-]+)? (?:who|that)\b"
    # Who had it otherwise, in a constituent office or on a phone line: "constituent insists
    # ...", "caller thinks McConnell led ...".
    rf"|(?:(?:a|the|one|our|this) )?{CLAIMANT} {CLAIMED}"
    # A line of the asker's draft: "draft line for review: '...' ok to run?".
    r"|(?:our |my )?(?:draft|copy)(?: line| text| sentence| graf)?(?: for review)?\s*:"
    r"|(?:a |the |this )?(?:sentence|line|graf|paragraph) (?:in|from) (?:the|our|my|a) [\w-]+\s*:"
    # A fact-checker's claim: "claim circulating: ...", "viral tweet: ...", "rating this one".
    r"|(?:viral |a |the )?claims?(?: circulating| going around| making the rounds| online)?\s*:"
    r"|viral (?:tweet|post|claim|video|meme|thread|clip|screenshot|reel)\b|rating (?:this|that)(?: one| claim)?\b)"
    r"|\b(?:right|rite|true|correct|accurate|yeah|yes or no|or not|y/n|es cierto|es verdad|es correcto"
    r"|es correcta)\W*$"
    # "make the road is a miami group right? the ones that called it morally bankrupt": the
    # tag, then who is meant.
    r"|\b(?:right|true|correct)\?+\s+(?:and|also|plus) (?:why|how|when|who|what|where)\b"
    # "trump dropped vitiello in january 2019? and why": a statement, then the question.
    r"|^(?!\W*(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|did|do|does|can"
    r"|could|will|would|has|have|had|should)\b)[^?]*\?+\s+(?:and|also|plus|but) (?:why|how|when"
    r"|who|what|where)\W*$"
    r"|\b(?:can|could) (?:someone|somebody|anyone) (?:confirm|verify)\b"
    r"|\b(?:right|true|correct)\?+\s+(?:the|that|those|this|these) (?:ones?|guys?|group|people"
    r"|folks|lady|man|woman|guy)\b"
    # "... cite 'a figment of folks' imagination' as a Kelly quote. Was it actually Kelly?"
    r"|\b(?:was|is) (?:it|that|this) (?:really|actually) (?![\w'-]*(?:ed|en)\?)[\w'.-]+"
    r"(?: [\w'.-]+)?\?"
    # "... where was he really?", "who was it actually?": the claim before it, corrected.
    r"|\b(?:who|where|when|what|which) (?:was|were|is|did) (?:it|he|she|they|that|this)"
    r" (?:really|actually)\W*$"
    # "Reporter copy: '...' check", "... during the campaign - confirm".
    r"|[-:,.'\"?]\s*(?:(?:pls|please|plz|can you|could you|can u) )?(?:check|confirm|verify)"
    r"(?:ing)?(?: ?(?:/|or) ?deny)?(?: (?:pls|please|plz|that|this|it|for me))?\W*$"
    # "... 'figment of imagination' line, was that kelly who said it?": the speaker checked.
    r"|\b(?:was|wasn'?t) (?:that|it|this) (?:[\w'.-]+ ){1,3}who (?:said|says|wrote|tweeted|made"
    r"|called|calls|described|labell?ed)\b"
    rf"|\b{_WORDING_CHECKED}\W*$"
    # A copy desk checking a line: "... draft says he signed those in december. when were they
    # actually signed", "timeline graf says monday feb 20. i thought tuesday? which is it".
    r"|\b(?:draft|copy|script|graf|chart note|caption|sidebar|notes|card|rough cut|narration|rundown"
    r"|timeline|calendar|records|spreadsheet|tracker)"
    r"(?: line)?(?: currently| now)? (?:says|said|reads"
    r"|has|had|claims|puts it)\b"
    r"|\bi (?:thought|figured|assumed) (?:it|the \w+|they|he|she) (?:was|were|is|happened|came)\b"
    r"|\b(?:ok|okay|good|safe) to (?:run|publish|use|print|air)\W*$"
    r"|\bis (?:that|this|it) sourced\W*$"
    # "..., i have monday feb 20 in my cite", "i have 2010 in my notes": the asker's own note.
    r"|\bi (?:have|had|got) [^?]{1,30}? in my (?:cite|cites|notes|card|cards|draft|file|outline"
    r"|script|copy)\b"
    # "... I have dec 2016 but that can't be right": the asker's own note, doubted.
    r"|\bi (?:have|had|wrote|got|put|noted)(?: (?:it|down|it down))?(?: as)? [^?]{1,40}? but"
    r" (?:that|it|this) (?:can'?t|cannot|doesn'?t|does not|might not|may not|isn'?t|is not)"
    r" (?:be |seem |look |sound )?right\b"
)
# "Did the NYT say Obama's peak was 410k in 2013": whether a source gave a figure or a year.
_SAID_FIGURE = lazy_compile(
    r"^\W*(?:(?:so|ok|okay|wait|and|but) )*(?:did|does|didn'?t|doesn'?t|has|have)"
    r"(?: [\w.'-]+){1,3}? (?:really |actually )?(?:say|said|report|reported|claim|claimed|write"
    r"|wrote|call|called)\b.*\d"
)
# A figure, not a year: "12.2 million", "410k", "3 days".
_FIGURE_STATED = lazy_compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*")
# "ICE has always been eager for family raids?": a statement asked back is a claim to check.
_STATEMENT_ASKED = lazy_compile(
    r"^(?:(?:so|ok|okay|wait|and|but|hmm|um) )*(?P<first>[\w']+)\b[^?]*\?*$"
)
# A request or a condition, not a statement: "tell me about the memos", "if someone worked with
# a fake number are they a priority".
_REQUESTS = word_set(
    "tell show give explain list summarize summarise describe find define compare help please"
    " need want looking search if"
)
MIN_STATEMENT_WORDS = 5
# A statement has a verb; a keyword search ("deportation total for fiscal 2017?") has none.
_STATEMENT_VERBS = word_set(
    "is are was were be been being has have had will would can could did does do says said say"
    " claims claim put puts got get gets go goes went made make makes came come comes took take"
    " takes gave give gives told tell tells want wants wanted know knows think thinks flies fly"
    " isnt arent wasnt werent hasnt havent didnt doesnt dont wont cant"
    " announce announces struck strike strikes shrink shrinks grow grows cut cuts close closes"
    " drop drops send sends hide hides ship ships start starts end ends hit hits keep keeps"
    " she's he's it's they're we're that's there's shes hes theyre thats theres"
)
# -ing words that are nouns, not a statement's verb ("hiring numbers for 2017").
_ING_NOT_VERBS = word_set(
    "hiring funding briefing meeting hearing hearings building housing spending morning evening"
    " ruling training warning timing something anything nothing everything thing things"
    " during according including regarding following"
)
_ED_NOT_VERBS = word_set(
    "undocumented unauthorized unaccompanied expedited related based proposed limited detained"
    " armed united concerned alleged supposed required so-called mixed-status unnamed"
)
_WH_ANY = word_set(
    "what who whom whose when where why how which whats whos wheres hows whys wat wut wot"
)
# "..., if ICE takes her do the kids go to foster care?": a question after the statement.
_CLAUSE_ASKS = lazy_compile(
    r"[,;:-]\s*(?:(?:so|and|but|if|then) )?(?:[\w']+ ){0,4}?(?:is|are|was|were|do|does|did|can|could"
    r"|will|would|should|has|have)\b"
)


def _checks(text: str) -> bool:
    """Return whether `text` puts a claim to check: framed as one, or a statement asked back."""
    if _CHECKS.search(text) or _SAID_FIGURE.search(text):
        return True
    if (
        text.rstrip().endswith("?")
        and _FIGURE_STATED.search(text)
        and not any(w in _WH_ANY for w in words(text))
        and not _CLAUSE_ASKS.search(text)
    ):
        return True  # "pew peak 12.2 million in 2009?": a figure put to check
    found = _STATEMENT_ASKED.match(text)
    if found is None or found["first"] in _YES_NO or found["first"] in _REQUESTS:
        return False
    ws = words(text)
    return (
        len(ws) >= MIN_STATEMENT_WORDS
        and not any(w in _WH_ANY for w in ws)
        and not _CLAUSE_ASKS.search(text)
        and any(
            w in _STATEMENT_VERBS
            or (len(w) > 4 and w.endswith("ed") and w not in _ED_NOT_VERBS)
            or (len(w) > 5 and w.endswith("ing") and w not in _ING_NOT_VERBS)
            for w in ws
        )
        and detect_form(text) is not Form.HOW_MANY
    )


_PRESENT = lazy_compile(
    r"\b(?:still|now|anymore|any more|today|currently|these days)\b"
    # (not "the card currently says feb 20": how the asker's own draft reads)
    r"(?! (?:says|reads|has|shows|lists|states|gives)\b)"
)
# A length of time counted in its units: "how many days were they in Mexico".
_HOW_MANY_UNITS_ASKED = r"\bhow many (?:hours|days|weeks|months|years)\b"
_HOW_MANY_UNITS = lazy_compile(_HOW_MANY_UNITS_ASKED)
# "How long", "how many days ...": a length of time, which a fact must give.
# (not "the lowest in how long": since when, which "lowest since 2007" answers)
_HOW_LONG = lazy_compile(rf"(?<!\bin )\bhow long\b|{_HOW_MANY_UNITS_ASKED}")
# "How long before the trip did the memos come out": the time between two events.
# ("How many days was it between ...", "how many days passed between ...")
_INTERVAL_ASKED = lazy_compile(
    rf"(?:\bhow long\b|{_HOW_MANY_UNITS_ASKED})(?: (?:was it|is it|were there|are there|passed"
    r"|went by|elapsed|had passed))? (?:before|after|between)\b"
)
_EXACT_DATE = lazy_compile(
    r"\b(?:what|which|exact|precise|day-level|day level)(?: (?:publication|release|signing|issue"
    r"|announcement))? (?:dates?|days?)\b|^(?:the )?date\b"
    r"|\b(?:que|q|cual|en que|en q) (?:fecha|dia)\b"  # "¿qué fecha fue cuando ...?"
    r"|\b(?:fecha|dia) exact[oa]\b"
)
_WHEN_WORDS = word_set(
    "date dates day days weekday week weeks month months timing timeframe season seasons"
)
_WHY_WORDS = word_set(
    "reason reasons cause caused causes causing prompted prompt motive motives rationale"
    " explanation explanations justification justify justified"
)
_CALLED = lazy_compile(r"\bwhat (?:is|are|was|were)\b.*\b(?:called|named|titled)\W*$")
# "What name did the make the road guy call Kelly", "trump called DACA what name": the name one
# gave another, not a person's own.
_NAME_GIVEN = lazy_compile(
    r"\bwhat names? (?:did|does|do|has|have|had) [^?]*\b(?:call|label|dub|brand)\b"
    r"|\b(?:call|calls|called|calling|labeled|labelled|dubbed|branded) [^?]*\bwhat names?\b"
)
_NAME_TERMS = frozenset({stem("name"), stem("title")})
_NAME_TERM = frozenset({stem("name")})
_CALL_TERMS = frozenset({stem("called")})
# "How much does a charter flight cost", "cost per day to hold someone": a cost, which a fact
# must speak of (the hiring's cost was not estimated), not any figure about the thing.
_COST = lazy_compile(
    r"\bhow much (?:does|do|did|will|would|is|was|are|were)\b[^?]*\bcosts?\b"
    r"|\bcosts? (?:per|of|to|estimate|figure|number)\b|\bprice(?: tag)?\b"
    # "Anyone know what one charter flight costs?"
    r"|\b(?:what|how much)\b[^?]{0,60}\bcosts(?=\s*\?|\W*$)"
    # "What's the wall going to cost", "what did the raids cost in overtime".
    r"|\bwhat(?:'s|s| is| was| will| would| did| does| do)\b[^?]*\b(?:cost|costs|costed)\b"
    # "Ballpark dollar figure for hiring the 10k", "the dollar amount of the detention push".
    r"|\b(?:dollar|\$) ?(?:figure|amount|number|total|estimate|cost)s?\b"
    # "What does ICE pay those officers a year", "their salary": what someone is paid.
    r"|\b(?:salary|salaries|wages?|paycheck|how much (?:do|does|did|are|is) [^?]{0,30}\bpaid)\b"
    r"|\bwhat (?:does|do|did|will) [\w-]+ pay (?:its |their |those |the |them )\b"
    # ... in Spanish: "cuanto va a costar todo eso", "cuánto cuesta cada vuelo".
    r"|\bcu[a\u00e1]nto (?:[\w']+ ){0,4}?(?:cuesta|cuestan|cost[o\u00f3]|costar[a\u00e1]?"
    r"|costaria|costar\u00eda|gastar[a\u00e1]?|gastaron|gasto)\b"
)
_COST_TERMS = frozenset(stem(w) for w in ("cost", "price", "dollars", "spend", "spent"))
# "What time of day do the raids happen": a time of day, which a fact must state (the call was
# in the morning), not the date of the event.
_TIME_OF_DAY = lazy_compile(
    r"\btime of (?:the )?day\b|\bwhat time (?!frame|period|span|line|of (?:the )?year)"
    r"|\ba qu[e\u00e9] hora\b"
)
_DAY_TIMES = frozenset(
    stem(w) for w in ("morning", "afternoon", "evening", "night", "overnight", "dawn", "noon")
)
_WHO_VERB = lazy_compile(rf"\b{_WHO_ASKS} (?:was |is |got )?(?P<verb>[a-z]+)")
# "What prison sentence could a parent get", "which outlet broke the story": the noun after
# "what"/"which" is what the question asks for, so the fact must state it; a kind of actor or
# place ("which outlet", "which seven countries") must be named by the fact instead.
# "Which (nearly a dozen) states": how many, before the noun asked for.
_HOW_MANY_OF = (
    r"(?:(?:about|around|roughly|nearly|almost|some) )?(?:\d+ |two |three |four |five |six |seven"
    r" |ten |eleven |twelve |a dozen |dozen |few |several )?"
)
_WHAT_NOUN = lazy_compile(
    rf"^(?:what|which)(?P<kind_of> (?:kind|sort|type) of)? {_HOW_MANY_OF}"
    r"(?P<noun>(?:[a-z'-]+ ){0,2}?[a-z'-]+)"
    r" (?:is|are|was|were|did|does|do|has|have|had|could|would|will|can|should|might|may)\b"
)
# "What airline flies the charters", "which (news) paper broke the story": the noun, then its
# verb.
_WHAT_NOUN_DOES = lazy_compile(
    r"^(?:what|which) (?:news |media |tv |cable )?(?P<noun>[a-z'-]+) (?:[a-z]+ed|[a-z]+[^s]s|broke"
    r"|ran|led|made|paid|told"
    r"|flew|wrote|sent|gave|took|said|put|got|had|did)\b"
)
# "What were the seven countries in the travel ban", "list the seven countries": the places
# themselves.
_WHAT_ARE_THE = lazy_compile(
    r"^(?:what (?:are|were)|list|name|(?:give|tell) me) (?:all )?(?:the|those|these)"
    r" (?:\d+ |two |three |four |five |six |seven |ten )?"
    r"(?P<noun>[a-z'-]+)\b"
)
_WHICH_NOUN = lazy_compile(
    rf"^which {_HOW_MANY_OF}(?P<noun>[a-z'-]+)"
    r"(?: (?P<second>[a-z'-]+))?(?: (?P<third>[a-z'-]+))?"
)
# "Which court blocked the travel ban and when": a which-question that asks the date as well.
_AND_WHEN = lazy_compile(r"\band when\W*$")
# "Who at the White House was leaning on ICE": someone there, whom a fact must name.
_WHO_AT = lazy_compile(r"^who (?:at|in|inside|within|from) (?:the )?[a-z]")
# "Who were the congressmen that went with Ryan": people of a kind, whom a fact must name.
_WHO_OTHER = lazy_compile(
    r"^who(?:'?s| is| was| are| were) (?:the |an |any )?other\b(?: (?P<held>[a-z][\w-]*))?"
)
# "Who's the minister at the church": the role whose holder is asked for ("who was leading a
# bunch of lawmakers" asks who led them: a verb, not a role).
_WHO_ROLE = lazy_compile(
    r"^who(?:'?s| is| was) (?![a-z]+ing )(?:(?:the|a|an) )?(?:[a-z'-]+ ){0,2}?"
    r"(?P<noun>(?![a-z'-]+ing\b)[a-z'-]+)"
    r"(?: (?:of|at|in|on|for|behind|during|when|under|back|then|before|after|to|who|that)\b|\W*$)"
)
# Kinds of actor or place a "which X" question asks the fact to name.
_SOURCE_WORDS = word_set(
    "outlet outlets paper papers newspaper newspapers publication publications article articles"
)
PERSON_KINDS = word_set(
    "person official officials lawmaker lawmakers senator senators politician politicians"
    " sheriff sheriffs governor governors minister ministers reporter reporters journalist"
    " journalists judge judges host hosts anchor anchors commentator commentators pundit pundits"
    " ceo ceos executive executives mayor mayors congressman congressmen leader leaders"
    " spokesperson spokespeople spokesman spokesmen spokeswoman spokeswomen"
)
# The kinds as alternatives, longest first, ties in order: a pattern's text must not change
# from one process to the next (as a set's order does), or its kept code is never found again.
_PERSON_KIND = "|".join(sorted(PERSON_KINDS, key=lambda kind: (-len(kind), kind)))
# "Who were the congressmen with Ryan", "who were the manufacturing CEOs": people of that kind,
# by name (the kind may follow a few words describing it).
_WHO_WERE_THE = lazy_compile(
    r"^who (?:were|are) (?:the|those|these|all the) (?:[a-z0-9'-]+ ){0,3}?"
    rf"(?P<noun>{_PERSON_KIND})\b"
)
ORG_KINDS = word_set(
    "org orgs organization organizations organisation organisations agency agencies outlet"
    " outlets paper papers newspaper newspapers network networks channel channels station stations"
    " company companies firm firms"
    " outfit outfits institute institutes court courts"
    " church churches department departments group groups center centers"
)
# "What word did Spicer use", "what job does she have": nouns asking for what was said or done,
# which a fact states without the noun itself ("an adjective", "an immigration activist").
_CONTENT = word_set(
    "word words term terms phrase phrases expression quote quotes line lines comment comments"
    " remark remarks message language label job jobs role roles position positions occupation"
    " profession work category categories wording phrasing title titles"
    # "What effect could the policies have", "what risk did Menendez flag": what was said of it.
    " effect effects impact impacts consequence consequences risk risks danger dangers concern"
    " concerns worry worries argument arguments"
    # "What relationship do the memos have to the orders": what the facts tell of the two.
    " relationship relationships relation relations connection connections link links"
)
_WHICH_PLACES = lazy_compile(r"^(?:which|what) (?P<noun>[a-z]+)\b")
PLACE_KINDS = word_set(
    "country countries state states city cities town towns county counties region regions"
)


# Person kinds that are offices: "which governors" is not answered by naming a secretary.
_ROLES = {
    "governor": ("governor",), "sheriff": ("sheriff",), "senator": ("senator",),
    "minister": ("minister", "foreign secretary"), "reporter": ("reporter", "journalist"),
    "journalist": ("reporter", "journalist"), "lawmaker": ("senator", "speaker", "congress"),
    "ceo": ("chief executive", "ceo"), "executive": ("chief executive", "ceo"),
    "mayor": ("mayor",), "judge": ("judge",), "secretary": ("secretary",), "congressman": ("representative", "congress", "speaker"),
    "congressmen": ("representative", "congress", "speaker"),
    "court": ("court",), "newspaper": ("news outlet",), "outlet": ("news outlet",),
    "paper": ("news outlet",), "network": ("news outlet",), "channel": ("news outlet",),
    "station": ("news outlet",),
    # No company is named in the sources: "which companies were there" has no answer.
    "company": ("company",), "companies": ("company",), "firm": ("company",),
}  # fmt: skip


# A role word that names a thing here: "executive orders", "court date", "paper trail".
MAX_OR_GAP = 6  # words between two names joined by "or" ("Kelly himself or someone at the WH")
# Someone unnamed, offered beside a name: "Kelly or someone else", "or somebody at the WH".
ANYONE = r"(?:someone|somebody|anyone|anybody)"
_SOMEONE_WORDS = _REFLEXIVE | word_set(
    "someone somebody anyone anybody some other another else guy person people official officials"
    " anonymous unnamed senior"
)
_OR_ANOTHER = lazy_compile(
    rf"(?:himself |herself |themselves |personally )?"
    # ("was that kelly down in mexico or someone else": where the guess has him say it)
    r"(?:(?:down |up |over |out |back )?(?:in|at|on) (?:the )?[\w'-]+ )?"
    rf"or (?:{ANYONE}|another|some other)\b"
)
_OR_WAS_IT = lazy_compile(
    r"\bor (?:was|is|did|does) (?:it|that|this|he|she)?(?: (?:only|just|actually|really|all))?"
    r"(?: the)?\s*$"
)
_THINGS = word_set("order orders action actions branch date dates trail")
# "Who answered reporters' questions", "who told reporters": whom the one asked spoke to.
_SPOKEN_TO = word_set("answered answering answer fielded fielding briefed told tell to with from")
# "The name of the program that lets local cops act as agents": a thing's name, not the cops'.
_THING_NAMED = lazy_compile(
    r"\bname (?:of|for) (?:the |that |this |a |an |his |her |their |its )?(?:[\w'-]+ ){0,2}"
    r"(?:program|programme|policy|law|bill|rule|operation|op|plan|agreement|initiative|act"
    r"|provision|unit"
    r"|division|office|agency|department|raids?|case|church|report|study|article|piece|blog|paper"
    r"|tweet|statute|section|memos?|orders?|proposal|draft|partnership|system|database|idea|force"
    r"|squad|slogan|scheme)\b"
)


def _names_a_thing(ws: list[str], i: int) -> bool:
    """Return whether the word at `i` is not a role asked: part of a thing's name ("executive" of
    "executive order") or whom someone spoke to ("who answered reporters' questions")."""
    return (i + 1 < len(ws) and ws[i + 1] in _THINGS) or (i > 0 and ws[i - 1] in _SPOKEN_TO)


def _role(plain: str) -> frozenset[str]:
    """Return the role words a "which governors/senators ..." question needs its person to hold."""
    other = _WHO_OTHER.match(plain)
    if (
        other is not None
        and (held := other["held"])
        and not (held in STOPWORDS or is_generic(held))
    ):
        return frozenset({held.removesuffix("s")})  # "the other co-director": one too
    ws = words(plain)
    for i, w in enumerate(ws):
        held = _ROLES.get(w) or _ROLES.get(w.removesuffix("s"))
        if held is not None and not _names_a_thing(ws, i):
            return frozenset(held)
    return frozenset()


_KINDS = PERSON_KINDS | ORG_KINDS | PLACE_KINDS
_WHICH_PERSON = lazy_compile(rf"^which (?:[a-z'-]+ ){{0,2}}?(?:{_PERSON_KIND})\b")
_WHICH_ORG = lazy_compile(
    r"^which (?:[a-z'-]+ )?(?:group|org|organization|organisation|outlet|paper|newspaper"
    r"|think tank|institute|center|centre)s?\b"
)
_VERBS = word_set("say says said tell tells told do does did is are was were has have had")
_NAME_WORDS = frozenset({"name", "names"})
# Words that make "name" a person's: "the foreign minister's name", "that guy, what's his name".
_SOMEONE = PERSON_KINDS | word_set(
    "guy guys lady ladies woman women man men dude chief head director codirector spokesman"
    " spokeswoman spokesperson pastor he she his her him person people agent agents officer"
    " officers kid kids child children secretary secretaries president presidents ambassador"
)


_WHO_WAS_THE = lazy_compile(
    r"^(?:(?:so|and|but|ok|okay|wait)\W+)?who(?: (?:was|is)|'s|s) (?:the|that|this) (?:[a-z'-]+ ){0,3}?"
    r"(?:official|spokesperson|spokesman|spokeswoman|aide|staffer|agent|officer|president"
    r"|minister|sheriff|mayor|governor)\b"
    r"(?! (?:that|who) )"  # "who was the official that said don't panic": whoever said it
)
_WHATS_NAME = lazy_compile(
    r"\b(?:what'?s|what is|what was|what are|what were) (?:the |their )?names?\b"
)
_GAVE_NAMES = lazy_compile(r"\b(?:give|gave|giving|release|released|withh\w+) (?:\w+ )?names?\b")


_NO_NAME = lazy_compile(
    r"\bno-name\b"
    r"|\bno name (?=(?:dhs |ice |white house )?(?:guys?|officials?|people|ppl|sources?)\b)"
)


def _asks_name(fixed: list[str], plain: str, form: Form) -> bool:
    """Return whether the question asks for a person's name ("mexican foreign minister name").

    Not "did they give their names" (a yes/no question their anonymity answers), nor "whose
    name is on the memos" (who signed them), nor the name of a thing ("the memos' names").
    """
    if form is Form.WHO and _WHO_WAS_THE.match(plain):
        return True  # "who was the DHS official CNN quoted": the question describes them already
    if (
        form is Form.YES_NO
        # "why weren't they named": a reason, not a name (but "whats the name of the official?
        # we dont do anonymous sources without a reason" asks the name)
        or (form is Form.WHY and not _WHATS_NAME.search(plain))
        or _WHOSE_NAME.search(plain)
        or _GAVE_NAMES.search(plain)
        or not _NAME_WORDS.intersection(fixed)
        or _THING_NAMED.search(plain)
        or _NAME_GIVEN.search(plain)  # "what name did the make the road guy call Kelly"
        # "what did the no-name dhs guys promise": the officials the sources leave unnamed
        or (_NO_NAME.search(plain) and sum(w in _NAME_WORDS for w in fixed) == 1)
    ):
        return False
    # "The name of the executive orders": the orders', not an executive's.
    return any(w in _SOMEONE and not _names_a_thing(fixed, i) for i, w in enumerate(fixed))


_PART_OF = lazy_compile(
    r"\b(?:which|what) (?:part|parts|section|stretch|area|spot|sector|portion|region|side)"
    r" (?:of|along) (?:the )?(?:border|country|state|city|mexico|texas)\b"
)


_SAYS_WHICH_PLACE = lazy_compile(
    r"\b(?:say|said|says|name|named|names|list|listed|mention|mentioned|specify|specified"
    r"|reveal|revealed) (?:which|what) (?:cities|city|states|towns|places|neighborhoods"
    r"|neighbourhoods|countries|counties)\b"
)


def _asked(plain: str, form: Form) -> tuple[frozenset[str], str]:
    """Return the words naming what the question asks for, and a kind the fact must name."""
    t = plain
    if (lead := _LEADING_CLAUSE.match(t)) is not None and lead["main"]:
        t = lead["main"]
    if (besides := _BESIDES_LEAD.match(t)) is not None:
        t = t[besides.end() :]  # "besides Videgaray, which officials did they meet": officials
    if not t.startswith(("what", "which")) and (later := _LATER_WHICH.search(t)) is not None:
        # "Natl guard draft - which states were on it", "the travel ban countries, which 7
        # countries were on that list": the which-question after the topic.
        # (A kind to name: "... - which date" or "which version is it" asks no name.)
        before, after = t[: later.start("asked")], t[later.start("asked") :]
        kinds = [w for w in words(before) if w in _KINDS]
        if (
            (ones := _WHICH_ONES.match(after)) is not None
            and kinds
            and (later["mark"] != "," or ones[0] != "which one")
        ):
            # "... said 'nearly a dozen states' - which ones??": the kind named before (not
            # "officials say X, the blog says Y, which one?": which of the two sides).
            t = f"which {kinds[-1]}{after[ones.end() :]}"
        elif (which := _WHICH_NOUN.match(after)) is not None and which["noun"] in _KINDS:
            t = after
    if (listed := _WHAT_ARE_THE.match(t)) is not None and listed["noun"] in PLACE_KINDS:
        return frozenset(), "place"
    if _PART_OF.search(t):
        return frozenset(), "place"  # "which part of the border": a place named within it
    if _SAYS_WHICH_PLACE.search(t):
        return frozenset(), "place"  # "did the tweet say which cities": places by name
    if (which := _WHICH_PLACES.match(t)) is not None and which["noun"] in PLACE_KINDS:
        # "which cities ice was going to hit": places by name, whatever follows the kind.
        return frozenset(), "place"
    found = _WHAT_NOUN.match(t) or _WHICH_NOUN.match(t) or _WHAT_NOUN_DOES.match(t)
    if found is not None and (
        form not in (Form.WHEN, Form.HOW_MANY, Form.WHY, Form.WHO_SAID)
        # "Which court blocked the travel ban and when": the court first, then its date.
        or (found.re is _WHICH_NOUN.compiled and _AND_WHEN.search(t) is not None)
    ):
        # ("which outlet actually had it first": the outlet, however sure the asker is)
        group = [w for w in words(found["noun"]) if w not in _HEDGES]
        noun = [] if any(w in STOPWORDS for w in group) else group[-1:]
        if found.re is _WHICH_NOUN.compiled:
            # "which tv hosts", "which cable news hosts": hosts, the kind, not "tv"
            # (but in "which memo said officials ..." the memo is asked for: a verb ends it).
            second, third = found["second"], found["third"]
            if second and (second in STOPWORDS or second in _VERBS or second.endswith("ed")):
                third = None
            kind = next((w for w in (second, third) if w in _KINDS), None)
            noun = [kind] if kind else noun
        if noun and noun[0] in _KINDS and found.re is _WHAT_NOUN.compiled and found["kind_of"]:
            # "What kind of countries did the travel ban cover": what they have in common
            # ("Muslim-majority"), not their names.
            return frozenset(), ""
        if noun and noun[0] in PERSON_KINDS:
            return frozenset(), "person"
        if noun and noun[0] in ORG_KINDS:
            return frozenset(), "org"
        if noun and noun[0] in PLACE_KINDS:
            return frozenset(), "place"
        if noun and not (
            noun[0] in STOPWORDS or is_generic(noun[0]) or noun[0] in _CONTENT or noun[0] in _HEDGES
        ):
            return frozenset(noun), ""
    if form is Form.WHO and _WHO_AT.match(t):
        return frozenset(), "person"  # "who at the White House was leaning on ICE": someone there
    if form is Form.WHO and _WHO_OTHER.match(t):
        return frozenset(), "person"  # "who's the other co-director besides Valdes": by name
    if form is Form.WHO and _WHO_WERE_THE.match(t) is not None:
        return frozenset(), "person"  # "who were the congressmen that went with Ryan": by name
    if form is Form.WHO and (role := _WHO_ROLE.match(t)) is not None:
        held = role["noun"]
        if not (held in STOPWORDS or is_generic(held) or held[0].isdigit()):
            return frozenset({held}), ""
    if (trailing := _TRAILING_WHICH.search(t)) is not None:
        # A keyword search ending in what it asks for: "natl guard plan which states exactly".
        kind = trailing["noun"]
        if kind in PLACE_KINDS:
            return frozenset(), "place"
        if kind in PERSON_KINDS:
            return frozenset(), "person"
        if kind in ORG_KINDS:
            return frozenset(), "org"
    return frozenset(), ""


# "Besides Videgaray, which officials ...": someone other than those the question names.
BESIDES = r"(?:besides|other than|apart from|aside from|except(?: for)?|in addition to)"
_BESIDES_LEAD = lazy_compile(rf"{BESIDES} [^,?]{{1,40}}, ")
_LATER_WHICH = lazy_compile(r"(?P<mark>\s[-\u2013\u2014]+|[:;?!.,])\s+(?P<asked>which\b)")
_WHICH_ONES = lazy_compile(r"which (?:ones?|were they|are they)\b")
_TRAILING_WHICH = lazy_compile(
    r"(?<=[\w,] )which (?P<noun>[a-z'-]+)(?: exactly| specifically)?\W*$"
)


# "What Kelly maybe was talking about": how sure the asker is, not a noun asked for.
_HEDGES = word_set(
    "maybe perhaps probably possibly really actually exactly even just also still finally eventually"
    " ultimately"
)
_WHOSE_NAME = lazy_compile(r"\bwho(?:se|'?s) names?\b")
# "Clarissa Martinez-de-Castro's title at NCLR", "need his title": a person's title is the role
# the sources give them, not an attribute (such as a memo's title) no fact states.
_TITLE_WORDS = word_set("title titles job position post rank")
_PERSONS_TITLE = lazy_compile(
    r"(?:'s?|\bs|\bhis|\bher|\btheir) (?:official |exact |full |current |job |real )?"
    r"(?:title|job|position|post|rank)s?\b"
)
_BECOME_STATES = word_set("public official law effective known available")
_WILL = lazy_compile(r"\b(?:will|would|gonna|going to|are they going|is it going)\b")
# "start splitting", "began deporting" (not "appointed acting director", "start during")
_STARTED_DOING = lazy_compile(r"(?!(?:acting|during|following|including|pending)$)\w{3,}ing$")
_EVENT_WORDS = word_set(
    "become became becoming start started starting begin began beginning launch launched"
    " kick kicked appointed sworn confirm confirmed confirmation elected resign resigned"
    " create created creating establish established founded introduced"
)
_PREDECESSOR = lazy_compile(
    r"^who (?:was|were|is|had been|served as|ran|led|headed|held|had)\b.*\b(?:before|prior to"
    r"|ahead of)"
    r" [\w.'-]+"
    r"(?:\W*$|,? and\b|\s*\?)"
    # ... in Spanish: "quien era el jefe de Homeland Security antes de Kelly".
    r"|^\W*qui[e\u00e9]n (?:era|fue|estaba)\b[^?]*\bantes de [\w.'-]+"
    # ... or under an earlier president: "who was obama's DHS secretary", "the ICE director
    # under Bush".
    r"|^\W*who (?:was|were|is)\b[^?]*\b(?:obama|bush|clinton)(?:'s|s)? (?:dhs|homeland security"
    r"|ice)\b|\b(?:dhs|homeland security|ice) (?:secretary|chief|head|director)s? (?:under|for)"
    r" (?:obama|bush|clinton)\b"
)
_EARLIER_CAREER = lazy_compile(
    r"\bwhat (?:(?:job|jobs|position|role|post) (?:did|had|was|were|is|has"
    r"|(?:he|she|they) (?:have|has|had|hold|held|do|did))\b"
    r"|(?:was|were|did|is|has)\b[^?]*\b(?:job|jobs|position|role|career|work|do|doing|doin)\b"
    # "What Mark Morgan did before he become ICE director", as typed.
    r"|[\w' ]{1,30}? (?:did|was doing|was doin|used to do|worked as)\b)[^?]*"
    r"\bbefore (?:(?:he|she|they|him|her) (?:ran|run|became|become|becomes|was|were|took|joined|led|headed"
    r"|got)"
    # "What did Mark Morgan do before ICE": before the agency.
    r"|(?:joining |running |leading |heading )?(?:ice|dhs|homeland security|the agency|the job)"
    # "What job did Videgaray have before foreign secretary": before that post.
    r"|(?:being |becoming |(?:he|she) (?:was|became) )?(?:the )?(?:[\w-]+ ){0,2}(?:secretary"
    r"|minister|director|president|chief|head|spokes\w+|senator|speaker))\b"
    # Military service: "what branch was he in", "was Kelly a Marine" (the sources say only
    # "General Kelly").
    r"|\b(?:what|which) military branch\b|\bmilitary (?:service|career|background|record)\b"
    r"|\b(?:what|which) branch (?:of the (?:military|armed forces|services)|(?:was|did) (?:he|she"
    r"|kelly|kelley)\b)"
    r"|\bserve[ds]? in the (?:military|marines?|marine corps|army|navy|air force|armed forces)\b"
    r"|\b(?:was|is) (?:he|she|kelly|kelley) (?:ever )?(?:a |in the )(?:marine|marines|army|navy"
    r"|air force)\b"
    r"|\b(?:army|marines?|navy|air force)(?: general| officer| vet| veteran)? or (?:the |an? )?"
    r"(?:army|marines?|navy|air force)\b"
    # "Before he was ICE acting director, what was Mark Morgan's job?": the same, turned round.
    r"|\bbefore (?:he|she) (?:was|became|ran|took over|joined|led)\b[^?]*?\bwhat (?:was|were|did)\b"
    r"[^?]*\b(?:job|jobs|position|role|career|do)\b"
)
# "What did Ryan's delegation find at the border": what they found, which a fact must say.
_FOUND = lazy_compile(
    # (but "what did Pew find" asks what its report says).
    r"\bwhat (?:did|do|does|will|would) (?!(?:the )?(?:pew|report|study|survey|poll|research"
    r"|researchers|analysis|data|census)\b)(?:(?! what\b)[\w' ]){1,40}? (?P<verb>find|found|see|saw"
    r"|learn|learned"
    r"|discover|discovered|observe|observed|witness|witnessed)\b"
    # (nor "what did the blogger find strange about it": what they thought of it)
    r"(?! (?:(?:so|most|more|really|very|pretty|kind of|kinda|a bit|particularly) )?(?:strange"
    r"|odd|weird|unusual|suspicious|fishy|shady|troubling|disturbing|concerning|worrying"
    r"|interesting|surprising|funny|ironic|hypocritical|off|questionable|problematic|wrong))"
)
# "Did a judge block the expedited removal rule", "was it struck down by a court": what a court
# did, which a fact must say was done (not only speak of the rule).
_COURT_ACTION = lazy_compile(
    r"\b(?:judges?|courts?|justices)\b(?: [\w'-]+){0,3}? (?P<verb>block\w*|struck|strike|strikes"
    r"|halt\w*|overturn\w*|overrul\w*|stop\w*|enjoin\w*|freez\w*|froze|paus\w*|suspend\w*"
    r"|toss\w*|threw|throw\w*)\b"
    r"|\b(?P<done>blocked|struck|halted|overturned|stopped|paused|suspended|tossed|thrown)"
    r"(?: out| down)? by (?:a |the )?(?:federal |supreme )?(?:judges?|courts?)\b"
)
# "Where were the separated kids held": the place someone was kept, which a fact must say they
# were, not only where the rest happened.
_WHERE_HELD = lazy_compile(
    r"\bwhere (?:are|were|is|was|will|would|do|did|does)\b(?: [\w'-]+){0,5}?"
    # (Not an event held: "where was the reelection kickoff rally held".)
    r"(?<!rally)(?<!rallies)(?<!event)(?<!meeting)(?<!briefing)(?<!conference)(?<!call)"
    r"(?<!speech)(?<!hearing)(?<!hearings)(?<!talks)(?<!summit)(?<!vote)"
    r" (?:being |getting |get |be |been )?(?P<verb>held|kept|housed|jailed|locked|caged"
    r"|detained|imprisoned)\b"
)
# "Who wrote the National Guard draft", "who leaked the memos": a fact must say who did that to
# it, not only speak of the document.
_AUTHORED = lazy_compile(
    # (Not "which laws did kelly write the memos to line up with": the thing written to.)
    r"(?:(?:so|and|ok|okay|wait|but) )?(?:who|which \w+(?: (?!(?:did|does|do|will|would|can"
    r"|could|should|had|has|have)\b)\w+)?) (?:\w+ )?(?P<verb>wrote|authored"
    r"|write|writes"
    r"|penned|leaked|signed|published|commissioned|funded|drafted|devised|masterminded|coined"
    r"|drew(?= up))\b"
)
# Of those, the verbs whose doer is a person the fact must name ("who leaked the memos"); an
# organisation may sign, publish or fund.
_WRITERS = frozenset(
    {
        "wrote",
        "write",
        "writes",
        "authored",
        "penned",
        "leaked",
        "drafted",
        "drew",
        "devised",
        "masterminded",
        "coined",
    }
)
# Of those, the verbs whose stem is also the document's noun ("a draft"), asked as "wrote".
_WROTE_NOT_NOUN = {"drafted": "wrote", "drew": "wrote", "write": "wrote", "writes": "wrote"}
# "Of the 434,000 deported in 2013, how many had criminal records": a part of a figure, which no
# source breaks down.
_PART_OF_FIGURE = lazy_compile(
    r"\bof (?:the|those|these|that) (?:record |estimated |roughly |about |nearly |some )?(?:\d[\d,.]*"
    r"(?: ?k| ?million| ?thousand| ?m)?|(?:a |one )?million)\b[^?]*?\bhow many\b"
    r"|\bhow many of (?:the|those|these) (?:record |estimated |roughly |about |nearly |some )?"
    r"(?:\d[\d,.]*|million|a million|one million)"
    # ... or a figure for the asker's own place: "how many DACA recipients live in our state".
    r"|\bhow many\b[^?]*\b(?:in|from) (?:my|our|each|every) (?:state|city|county|town|area"
    r"|district|neighborhood|neighbourhood)\b"
    # ... or a breakdown no source gives: "how many DACA recipients by state", "broken down by
    # nationality", "state-by-state".
    r"|\bhow many\b[^?]*\b(?:by|per|for each|in each) (?:state|county|city|country|nationality"
    r"|field office|age|age group|gender|sex|race|ethnicity|region)\b"
    r"|\b(?:broken|break (?:it|that|this|them|those|these)|breakdown|split) down (?:by|per)\b"
    # ... or by occupation: "how many DACA recipients work as firefighters".
    r"|\bhow many\b[^?]*\b(?:work|works|working|are employed|serve|served) (?:as|in)\b"
    r"|\bbreakdown (?:by|per)\b|\b(?:state|county|country)[- ]by[- ](?:state|county|country)\b"
    # "Split the 434,000 record into ICE removals vs CBP removals": by agency, which none gives.
    r"|\bsplit (?:the |that |this )?(?:record |total )?(?:\d[\d,.]*|figure|number|total)\b[^?]*\binto\b"
    r"|\b(?:ice|cbp) (?:removals|deportations|arrests) (?:vs\.?|versus|and|or) (?:ice|cbp)\b"
    # ... in Spanish: "de los más de 250,000 deportados, ¿cuántos eran mexicanos?".
    r"|\bde (?:los|las|esos|esas|estos|estas) (?:mas de |casi |unos |unas |cerca de )?\d[\d,.]*"
    r"[^?]*\bcuant[oa]s\b"
)
# The articles themselves: their bylines and headlines ("who wrote the Post piece", "author of
# the blog", "what was the NYT headline"), not what they report ("who wrote the memos").
_ARTICLE_NOUNS = r"(?:article|articles|piece|story|blog|blog post|op-?ed|column|write-?up|report)"
# (Not "report": "when did the Pew report come out" asks of a report the sources cite.)
_PIECE = r"(?:article|piece|story|blog|blog post|op-?ed|column|write-?up)"
_ABOUT_ARTICLES = lazy_compile(
    r"\b(?<!no-)(?<!no )bylines?\b|\b(?:blog|article|piece|story)'?s? (?:author|byline)s?\W*$"
    rf"|\bwho (?:wrote|writes|authored|penned)\b[^?]{{0,40}}?\b{_ARTICLE_NOUNS}\b"
    rf"|\b(?:author|writer|reporter|journalist)s? (?:of|for|on|behind|who wrote) (?:the|that|this)"
    rf"\b[^?]{{0,30}}?\b{_ARTICLE_NOUNS}\b"
    rf"|\bheadlines?\b[^?]{{0,30}}?\b(?:of|on|for) (?:the|that|this)\b[^?]{{0,30}}?\b{_ARTICLE_NOUNS}\b"
    r"|\bwhat (?:was|is|were|are|'s|s) the (?:\w+ )?headlines?\b"
    # "Which site ran the blog post": where the blog was published, which no source tells.
    r"|\b(?:which|what) (?:site|website|outlet|publication|paper|newspaper) (?:ran|published"
    r"|posted|carried|hosted|put out) (?:the|that|this) blog\b"
    # "What page of the print NYT did it run on, which edition": where in a paper it ran.
    r"|\b(?:what|which) page\b[^?]{0,40}?\b(?:ran|run|runs|printed|appeared|was it on|print)\b"
    r"|\b(?:which|what) (?:print )?edition\b|\bprint edition\b|\bfront page\b"
    # "What date did the Opposing Views piece go up", "the blog's pub date": when an article
    # was published, which each article's source line gives as far as it is known.
    r"|^(?:when|what (?:date|day))\b (?:did|was|were|is) (?:the|that|this) (?:[\w'-]+ ){0,3}?"
    rf"{_PIECE} (?:go up|get posted|get published|published|posted|run|come out|dated)\b"
    rf"|\b{_PIECE}'?s? (?:pub(?:lication)? date|date of publication)\b"
    rf"|\bpub(?:lication)? date (?:of|for) (?:the|that|this) (?:[\w'-]+ ){{0,3}}?{_PIECE}\b"
    # ... in Spanish: "¿quién escribió el blog?", "¿qué reportero del Times firmó la nota?".
    r"|\bquien escribio (?:el|la|ese|esa|este|esta) (?:blog|nota|articulo|reportaje|pieza|post)\b"
    r"|\b(?:que|cual) (?:reporter[oa]|periodista)\b[^?]{0,40}\b(?:firmo|escribio)\b"
    r"|\bautora? y medio\b"
)
# "Exactly how many times did Spicer say 15 million": an exact count of times, which no source
# gives ("several times", "multiple times").
_TIMES_COUNTED = lazy_compile(
    r"\bhow many times (?:exactly|precisely)\b|\b(?:exactly|precisely) how many times\b"
    r"|\bhow many times\b[^?]*\b(?:is there a count|exact count|exact number|like \d+ times)\b"
)
_EARNS = lazy_compile(
    r"\bhow much (?:do|does|did|will|would)\b.*\b(?:make|makes|earn|earns)\b"
    # "What's an ICE officer make a year".
    r"|\b(?:make|makes|earn|earns|pull|pulls) (?:a|an|per|each) (?:year|hour|month|week)\b"
    r"|\b(?:starting|base|annual|hourly) (?:pay|salary|wage)\b|\bwhat(?:'s| is) the pay\b"
    # "What do new Border Patrol agents get paid", "how much are they gonna get paid".
    r"|\b(?:get|gets|getting|be|are|is) paid\b|\bsalar(?:y|ies)\b|\bwages?\b"
    # "¿Cuánto le pagan a un agente de la Border Patrol?"
    r"|\bcuanto (?:le |les )?(?:pagan|gana|ganan)\b"
)
# "Total deported over Obama's whole 8 yrs": a sum over a presidency, which no source gives
# (only single years' counts).
_SPAN_TOTAL = lazy_compile(
    r"\b(?:total|in total|combined|altogether|all together|cumulative|sum|in all)\b[^?]*?"
    r"\b(?:over|during|across|for|in|of) (?:all (?:of )?)?(?:(?:obama'?s|trump'?s|his) (?:whole |entire"
    r" |full )?|both |(?:the )?(?:whole |entire |full )|(?:the )?(?=(?:two|2|eight|8|four|4) ))"
    r"(?:two |2 |eight |8 |four |4 )?(?:terms?|presidency|administration|tenure|years|yrs"
    r"|time in office)\b"
    r"|\b(?:over|during|across|in) (?:obama'?s|trump'?s|his) (?:whole |entire |full )?(?:two terms"
    r"|2 terms|eight years|8 years|8 yrs|presidency|tenure|time in office)\b[^?]*?"
    r"\b(?:total|in total|combined|altogether|in all)\b"
    r"|\b(?:total|combined|altogether|cumulative)\b[^?]*?\b(?:whole|entire|all) (?:two |2 |eight |8"
    r" |four |4 )(?:terms|years|yrs)\b"
)
# "Who first called Obama the deporter in chief": who began a saying, which no source tells.
_ORIGINATOR = lazy_compile(
    r"\bwho (?:was the )?first (?:person |one )?(?:to )?(?:call|called|coin|coined|use|used"
    r"|say|said|dub|dubbed|label|labeled|labelled|came up with|come up with)\b|\bwho coined\b"
    r"|\bwho came up with\b[^?]*\bfirst\b"
)
# "John F. Kelly, what's the F stand for": middle names, which no source gives.
_MIDDLE_NAME = lazy_compile(
    # (but "full name with middle initial" asks the name as the sources give it)
    r"(?<!with )(?<!with the )(?<!with his )(?<!with her )\bmiddle (?:name|initial)s?\b"
    r"|\bwhat (?:does|did|do) (?:the |his |her )?[a-z]\.?(?: in [\w .'-]{1,30}?)? stand for\b"
    r"|\bwhat(?:'s| is) (?:the |his |her )?[a-z]\.? (?:stand|short) for\b"
)
# "Who leaked the memos to the press": no source names a leaker (the memos were "disclosed in
# media reports").
_LEAKER = lazy_compile(
    r"\bwho (?:\w+ )?(?:leaked|leaks|tipped off)\b|\bleakers?\b|\bsource of the leaks?\b"
)
# "Where in Mexico City did Kelly speak": a finer place than any source gives there.
_FINER_PLACE = lazy_compile(
    r"\bwhere (?:exactly |specifically )?in (?:mexico city|florida|washington|texas|mexico)\b"
    # "Travel ban countries list?": the seven are never named.
    r"|\btravel ban\b[^?]*\b(?:countries list|list of (?:the )?countries|which countries"
    r"|what countries|name the countries)\b"
    r"|\b(?:which|what) (?:seven |7 )?countries\b[^?]*\btravel ban\b"
    # "What's the church's address", "street address": no fact gives one.
    r"|\b(?:what'?s|what is|what was|the|its|their|street|mailing|exact) address\b"
    # "En qué ciudad de Florida fue el mitin", "which city in Florida": the city no fact names.
    r"|\b(?:what|which) (?:city|town) (?:in|of) (?:florida|mexico|texas)\b"
    r"|\b(?:en )?q(?:ue|u\u00e9)? ciudad de (?:florida|mexico|m\u00e9xico|texas)\b"
)
# "Link to the Q&A pls", "page count of the memos": the documents themselves, which no fact is.
_DOCUMENT_ITSELF = lazy_compile(
    r"\b(?:links?|urls?) (?:to|for)\b|\b(?:url|pdf|download)\b|\bpage count\b"
    r"|\bhow many pages\b|\bhow long (?:are|is|were|was) (?:the |those |these )?(?:memos?|documents?)\b"
    # (but "'we will do so professionally' quote - full text": the quote's, which it gives)
    r"|(?<!quote )(?<!quote - )(?<!quote, )(?<!quote: )\b(?:full|whole|entire|complete)"
    r" (?:text|transcript|paragraph|exchange)\b"
    # "What INA section authorizes it", "need the statutory cite": no law is cited by section.
    r"|\b(?:ina|statutory|statute|u\.?s\.?c\.?) (?:sections?|cites?|citations?|provisions?)\b"
    # "Which statute lets local cops act as immigration officers": no law is cited by name.
    r"|\b(?:what|which|the actual|specific) (?:statutes?|sections? of (?:the )?law)\b"
    r"|\b(?:section|statute) numbers?\b"
    # "What did the DHS Q&A actually say": the blog links to it; no source gives what is in it.
    # (but not "is there an official DHS Q&A that explains ...": whether there is one)
    r"|(?<!\ban )(?<!\ba )(?<!\bany )(?<!official )\b(?:the|that|this|dhs|dhs's)"
    r" (?:q ?& ?a|q and a|faqs?|question-and-answer)"
    r"(?: sheet| document| doc)? (?:[\w'-]+ ){0,2}?(?:say|says|said|contain|contains|explain"
    r"|explains|spell out|spells out)\b"
    r"|\bwhat(?:'s| is| was) (?:in|inside) (?:the|that|this) (?:dhs )?(?:q ?& ?a|faq)\b"
)
# "What did La Raza rename itself to": a later change of name.
_RENAMED = lazy_compile(
    r"\b(?:rename[ds]?|renaming|chang(?:e|ed|ing) (?:its|their|his|her|the) name|new name)\b"
)
# "What exact time was the call": a time by the clock, which no source gives.
_CLOCK_TIME = lazy_compile(
    r"\b(?:exact|precise|specific) (?:start(?:ing)? )?time\b|\bwhat (?:hour|o'?clock)\b"
    r"|\bat what time\b|\bwhat time\b[^?]{0,40}?\b(?:exactly|precisely)\b"
    # "..., like 9pm?": a time by the clock the asker guesses.
    r"|\blike (?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)"
    r"(?=(?: or \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.))?\s*(?:\?|$))"
    r"|\btime ?stamps?\b"
    # "What time Monday night did the tweet go out": the part of the day is given, so the hour.
    r"|\bwhat time (?:on )?(?:that |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)? ?(?:night|morning|evening|afternoon)\b"
    r"|\bwhat time (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bwhat time (?:was|is) (?:that|the) (?:morning|evening|afternoon|night)\b"
    # "..., need the hour" (but "what time of day" is answered by "morning").
    r"|\b(?:need|want|give me|get) (?:the|an|a) (?:exact |actual )?hour\b"
)
# "By what year are the officers supposed to be on board": a deadline no fact gives.
_DEADLINE = lazy_compile(
    r"\bby (?:what|which) (?:fiscal |calendar )?(?:year|date|month|day|time)\b|\bby when\b"
)
# "Where did Trump's 30 million figure come from", "what source did Spicer cite": what a figure
# said aloud rests on, which no source tells (Pew's estimate, by contrast, is its own source).
_FIGURE_BASIS = lazy_compile(
    r"\b(?:trump|spicer)(?:'s)? [^?]{0,40}?\b(?:figure|number|estimate|claim|stat)s?'? (?:come|came"
    r"|comes) from\b|\bwhere (?:did|does) (?:trump|spicer) (?:get|got) (?:that|the|his|those|these)"
    r" (?:[\w'-]+ ){0,2}?(?:figure|number|estimate|stat)s?\b|\bwhat (?:source|study|data|report|poll)"
    r" did (?:trump|spicer) (?:cite|use|rely on|base)\b|\b(?:basis|source) (?:for|of) (?:trump|spicer)'s\b"
)
# "Where is Vizguerra originally from", "what country is she from": where someone comes from,
# which no source says of anyone (not "where is she hiding from deportation").
_ORIGIN = lazy_compile(
    r"\bwhere (?:is|was|are|were) (?:(?![\w'.-]*ing )[\w'.-]+ ){1,3}(?:originally )?from\b"
    r"|\boriginally from\b"
    r"|\b(?:what|which) (?:country|countries) (?:is|was|are|were|does|did|do) (?:[\w'.-]+ ){1,4}"
    r"(?:from|come from)\b"
    r"|\b(?:nationality|country of origin|home country|where (?:was|were) (?:[\w'.-]+ ){1,3}born)\b"
    # ... in Spanish: "¿de dónde es Jeanette Vizguerra?", "de qué país son".
    r"|\bde (?:donde|que pais) (?:es|era|son|eran|viene|vienen)\b"
    # "Which Central American countries do the flights go to": the sources name none of them.
    r"|\b(?:which|what) (?:central american|latin american|south american|caribbean)"
    r" (?:countries|country|nations?)\b"
)
# "When was DHS created", "what year was ICE founded": the agencies' beginnings, before the story.
_FOUNDED = lazy_compile(
    r"\b(?:when|what year|which year)\b[^?]*\b(?:dhs|ice|homeland security|border patrol|cbp|ero"
    r"|hsi|make the road|la raza|nclr|pew)\b[^?]*\b(?:created|founded|established|formed|set up"
    r"|started|begun|born)\b"
)
# "When was Vitiello first nominated", "when did Kelly become DHS secretary": when someone took
# up a post, which no source dates (they date a withdrawal, a pledge, a rally).
_APPOINTED = lazy_compile(
    r"\bwhen\b[^?]*\b(?:first|originally|initially) (?:get |got |been )?(?:nominat\w*|appoint\w*"
    r"|picked|named|tapped|chosen|sworn in|confirmed)\b"
    r"|\bwhen\b[^?]*\b(?:nominat\w*|appoint\w*|tapped|picked)\b[^?]*\b(?:first|originally"
    r"|initially|in the first place)\b"
    r"|\b(?:when|date|day|month|year)\b[^?]*\b(?:become|became|took over as|start(?:ed)? as)"
    r" (?:the )?(?:[\w-]+ ){0,2}(?:secretary|director|head|chief|commissioner)\b"
)
# "Who ran ICE after Morgan", "when did Spicer leave the job", "Vitiello's confirmation hearing":
# who held a post when, which no source tells beyond the nomination pulled.
_TENURE = lazy_compile(
    r"\bwho (?:ran|led|headed|replaced|succeeded|took over|followed)\b[^?]*\bafter\b"
    # "Who became ICE director after Morgan", "who Trump put up fi ICE director after him pull
    # Vitiello".
    r"|\bwho (?:[\w']+ ){0,2}?(?:became|become|was named|was made|was picked|was nominated"
    r"|put up|picked|pick|named|name|nominated|nominate|tapped|tap)(?: as| for| fi)? (?:the )?"
    r"(?:new |next |acting )?(?:ice |dhs |homeland security )?(?:director|secretary|head|chief"
    r"|boss)\b[^?]*\bafter\b"
    # "Who took Kelly's place running DHS", "Kelly's successor".
    r"|\b(?:take|took|taken|takes) (?:[\w.-]+'s|his|her|their) (?:place|spot|job|seat)\b"
    r"|\bsuccessors?\b|\b(?:[\w.-]+'s|his|her|their) replacement\b"
    r"|\b(?:resign\w*|quit|step(?:ped|s)? down|stay(?:ed|s)? on as|fired|ousted)\b"
    r"|\b(?:leave|left|leaves|leaving) (?:the |his |her |that )?(?:job|post|position|role|office"
    r"|administration|cabinet|(?:press )?secretary job)\b"
    r"|\bconfirmation (?:hearing|vote)s?\b|\bvote count\b|\bconfirmed by the senate\b"
)
# "When did Trump end DACA": its end came after the sources, which report only the promise.
_DACA_ENDED = lazy_compile(
    r"\b(?:when|cuando)\b[^?]*\b(?:end|ended|rescind\w*|terminat\w*|kill\w*|scrap\w*|repeal\w*"
    r"|cancel\w*)\b[^?]*\b(?:daca|dreamers?)\b"
    r"|\b(?:when|cuando)\b[^?]*\b(?:daca|dreamers?)\b[^?]*\b(?:rescinded|ended|terminated"
    r"|scrapped|killed"
    r"|repealed|cancel+ed)\b"
    # "Is it true Trump ended DACA in September 2017": the same, dated by the asker.
    r"|\b(?:ended|rescinded|terminated|scrapped|killed|cancel+ed) (?:the )?(?:daca|dreamers?)"
    rf"(?: program)? (?:in|on|by) (?:{MONTH_PATTERN}|(?:19|20)\d\d)\b"
)
# "How many undocumented people are from Mexico": where people come from, which no source counts.
_COUNTED_ORIGIN = lazy_compile(
    r"\bhow many\b[^?]*\b(?:are|were|come|came) (?:originally )?from\b"
    r"|\bhow many\b[^?]*\b(?:are|were) (?:mexican|mexicans|guatemalan|honduran|salvadoran"
    r"|central american)\b"
)
# "What time was the tweet, to the minute", "the removals figure down to the last digit": a
# finer measure than any source gives (the sources round every figure); "did Kelly say it in
# English or Spanish": the language spoken, which no source gives.
_TOO_FINE = lazy_compile(
    r"\b(?:down )?to the (?:exact |very )?(?:minute|second|digit|last digit|decimal|dollar|penny"
    r"|cent|last person)\b"
    r"|\bin (?:english|spanish) or (?:in )?(?:english|spanish)\b"
    # "The margin of error on Pew's 11 million": how sure an estimate is, which no source says.
    r"|\bmargins? of error\b|\bconfidence (?:interval|level)s?\b|\bsample size\b|\berror bars?\b"
    # "The ages of Vizguerra's kids" (not "here for ages"): no source gives anyone's age.
    r"|(?<!\bfor )\bages (?:of|are|were)\b|\b(?:their|his|her|kids'?|children'?s?) ages\b"
    # "What does it cost per day to hold one person": a unit cost, which no source gives.
    r"|\b(?:cost|costs|spend|spends|spent|pay|pays)\b[^?]*\b(?:per|a|each) (?:day|night|detainee"
    r"|bed|person|head)\b|\bper[- ](?:diem|detainee|bed)\b|\bdaily cost\b"
    # "The success rate for asylum cases", "crime rate among immigrants": no source gives a rate.
    r"|\b(?:success|crime|approval|grant|denial|acceptance|recidivism|conviction|appearance"
    r"|no-show|win) rates?\b"
    # "What section of immigration law lets police act as agents", "the exact statute": the
    # law's text, which no source cites.
    r"|\b(?:what|which) (?:section|sections|subsection|provision) of (?:the )?(?:immigration )?"
    r"(?:law|code|act|statute)\b|\b(?:exact|actual|specific) statute\b|\bstatutory cit(?:e"
    r"|ation)\b"
)
# "Which states were in the Guard plan", "¿en cuáles estados?": no source names them ("nearly a
# dozen states").
_WHICH_STATES = lazy_compile(
    r"\b(?:which|what|cuales|quais|que) (?:\w+ )?(?:states|estados)\b(?! unidos\b)"
)
# Details no source reports, each a meaning no fact has, so a question asking one abstains.
_NEVER_REPORTED = (
    # "Who was DHS secretary before Kelly": someone earlier in the post, whom no fact names.
    (_PREDECESSOR, "~predecessor"),
    # "What was Morgan's job before he ran ICE": someone's earlier life, before the story.
    (_EARLIER_CAREER, "~earlier"),
    # "How much does an agent make": pay, which no fact gives (not the hiring figures).
    (_EARNS, "~earnings"),
    (_TIMES_COUNTED, "~times-counted"),
    (_PART_OF_FIGURE, "~breakdown"),
    (_DOCUMENT_ITSELF, "~document"),
    (_RENAMED, "~renamed"),
    (_DEADLINE, "~deadline"),
    (_FIGURE_BASIS, "~basis"),
    (_CLOCK_TIME, "~clock"),
    (_ORIGIN, "~origin"),
    (_ORIGINATOR, "~originator"),
    (_LEAKER, "~leaker"),
    (_MIDDLE_NAME, "~middle-name"),
    (_FINER_PLACE, "~finer-place"),
    (_APPOINTED, "~appointed"),
    (_TENURE, "~tenure"),
    (_DACA_ENDED, "~daca-ended"),
    (_COUNTED_ORIGIN, "~origin"),
    (_FOUNDED, "~founded"),
    (_TOO_FINE, "~too-fine"),
    (_SPAN_TOTAL, "~span-total"),
    (_WHICH_STATES, "~which-states"),
)
# What was done to those counted: a verb, not a noun ("how many got deportation orders" counts
# those given an order, not those deported).
_DONE_TO_THEM = r"(?![a-z]+(?:ion|ions|ment|ments)\b)[a-z]+"
_NUMBER_OF_DONE = (
    r"\b(?:number|count|total|tally) of (?:people|ppl|persons|individuals|immigrants|migrants"
    r"|families|kids|children) (?:(?:that|who) )?(?:(?:ice|they|agents|officers|the agency"
    r"|authorities|the feds|dhs) )?(?:(?:actually|really|ultimately|eventually|finally) )?"
    r"(?P<done2>deported|removed|arrested|detained|expelled|picked up|rounded up)\b"
)
# ... in Spanish: "¿cuántas personas arrestaron en las redadas?", "cuantos fueron deportados".
_SPANISH_DONE = {
    "arrestaron": "arrested", "arrestados": "arrested", "arrestadas": "arrested",
    "detuvieron": "detained", "detenidos": "detained", "detenidas": "detained",
    "deportaron": "deported", "deportados": "deported", "deportadas": "deported",
    "expulsaron": "expelled", "expulsados": "expelled", "agarraron": "arrested",
}  # fmt: skip
_SPANISH_COUNT_DONE = lazy_compile(
    r"\bcu(?:a|\u00e1)nt(?:o|a)s\b(?: [\w\u00e0-\u00ff]+){0,3}? (?:fueron |han sido |ya )?"
    rf"(?P<done3>{'|'.join(_SPANISH_DONE)})\b",
    re.IGNORECASE,
)
_PEOPLE_WHO = lazy_compile(
    r"\bhow many(?: (?:\w+ )?(?:people|ppl|persons|individuals|folks|immigrants|migrants))?"
    r" (?:were|was|got|get|have been|had been|are being|will be|would be|to be)"
    # "How many were actually arrested in the June raids": arrested, whatever the adverb.
    r"(?: (?:actually|really|ultimately|eventually|finally|reportedly|officially|already))?"
    rf" (?P<verb>{_DONE_TO_THEM})"
    # "How many people did Trump's deportation force actually deport": who acts, then the act.
    r"|\bhow many(?: (?:\w+ )?(?:people|ppl|persons|individuals|folks|immigrants|migrants))?"
    r" (?:did|does|do|has|have|had|will|would)"
    # (not "how many did Trump want to expel": what he meant to do)
    r" (?:(?!(?:want|wants|wanted|plan|plans|planned|promise|promised|hope|hoped|try|tried|intend"
    r"|intended|vow|vowed|seek|sought|aim|aimed|say|said|claim|claimed|threaten|threatened|expect"
    r"|expected|think|thought)\b)[\w']+ ){1,4}?"
    r"(?:(?:actually|really|ultimately|eventually|finally|reportedly|officially|already) )?"
    r"(?P<done>deport|deported|remove|removed|arrest|arrested|detain|detained|expel|expelled)\b"
    # "the actual number of ppl ICE arrested in those 2019 sweeps": the count, worded as a number.
    rf"|{_NUMBER_OF_DONE}"
)


def _counted_by(index: FactIndex, plain: str) -> frozenset[str]:
    """Return what a count of people counts them by ("how many people were deported")."""
    found = _PEOPLE_WHO.search(plain)
    if found is None:
        if (spanish := _SPANISH_COUNT_DONE.search(plain)) is None:
            return frozenset()
        return _action(index, plain, _SPANISH_DONE[spanish["done3"].lower()])
    verb = found["verb"] or found["done"] or found["done2"]
    if verb in STOPWORDS or is_generic(verb):
        return frozenset()
    if _is_name(index, verb):
        return frozenset()  # "how many people was trumps deportation force to kick out": whose
    return _action(index, plain, verb)


def _is_name(index: FactIndex, word: str) -> bool:
    """Return whether `word` names a person: "trumps" where a verb would stand."""
    return _names_person(index, index.aliases.concepts([stem(word)]))


_PERSONAL = lazy_compile(
    r"\b(?:citizens?|citizenship|married|husband|wife|spouse|nationality|convicted|conviction"
    r"|cuban|cuban-american|ethnicity|ancestry|heritage"
    r"|religion|religious|catholic|muslim|christian|born|tall|height|age|birthday|hometown"
    r"|husbands|wives|spouses)\b"
)
# Said of a person before their name too: "how tall is Sean Spicer".
_PERSONAL_FIRST = word_set("tall height age birthday hometown")


_KIN = word_set(
    "kid kids child children son sons daughter daughters husband wife family relatives parents"
    " mother father mom dad brother sister"
)


def _action(index: FactIndex, plain: str, verb: str) -> frozenset[str]:
    """Return the terms of `verb` as the question uses it, with its particle ("kicked out")."""
    typed = _fix(index, [verb])
    if (particle := re.search(rf"\b{re.escape(verb)} (?P<p>{_PARTICLES})\b", plain)) is not None:
        typed.append(particle["p"])
    toks = [stem(w) for w in typed]
    return frozenset((toks[0], *index.synonyms.concepts(toks)))


# "How many agents were hired": what happened, which a directive's numbers do not count.
_DONE = lazy_compile(
    r"\bhow many(?: [\w'-]+){0,3}? (?:were|was|got|have been|had been|has been)"
    r" (?!(?:ordered|directed|planned|proposed|authori[sz]ed|mandated|announced|promised"
    r"|expected|supposed|slated|set|meant|called)\b)(?:[a-z]+ed|hired)\b"
)
# "How many X were VERBed", "how many X did Y VERB": the count is of the VERBed ones, so a fact
# must say so ("how many officers were assaulted" is not "ICE has 6,000 officers").
_PASSIVE = lazy_compile(
    r"\bhow many(?: [\w'-]+){0,3}? (?:were|was|got|get|have been|had been|are being|will be"
    rf"|would be|to be) (?P<verb>{_DONE_TO_THEM})"
    # "How many people deported in 2007": the auxiliary left out, the participle kept.
    r"|\bhow many (?:(?:people|ppl|persons|individuals|immigrants|migrants|families|kids|children"
    r"|officers|agents) )(?P<bare>[a-z]+ed)\b"
)
_ACTIVE = lazy_compile(
    r"\bhow many(?: [\w'-]+){1,3}? (?:did|do|does|will|would|can|could) (?P<rest>.*)"
)
# A verb that ends the subject without naming the action: "how many officers does ICE have".
_LIGHT_VERBS = frozenset(
    {"have", "has", "had", "get", "got", "be", "been", "there", "employ", "employs", "employed"}
)


# "How many did ICE deport last year": a time follows the verb, it is not the verb.
_TIME_LEADS = word_set("last next past previous following every each per since")


def _predicate(index: FactIndex, plain: str) -> frozenset[str]:
    """Return the action a count is of: "how many X were VERBed" or "did Y VERB"."""
    verb = ""
    found = _PASSIVE.search(plain)
    if found is not None:
        verb = found["verb"] or found["bare"]
    elif (active := _ACTIVE.search(plain)) is not None:
        span: list[str] = []
        for w in words(active["rest"]):
            if w in STOPWORDS or _YEAR.match(w) or w in _LIGHT_VERBS or w in _TIME_LEADS:
                if w in _LIGHT_VERBS:
                    span = []
                break
            span.append(w)
        # (not a guessed count after it: "how many memos did kelly sign, 1 or 2")
        content = [w for w in span[1:] if not is_generic(w) and not w[:1].isdigit()]
        verb = content[-1] if content else ""
    if (
        not verb
        or verb in STOPWORDS
        or is_generic(verb)
        or verb in _HANDED
        or verb in _SAYING
        or verb in _DWELLING
        or verb in _SCOPE
        or _is_name(index, verb)
    ):
        return frozenset()
    # "How many did ERO kick out": the verb with its particle is the action ("kick out").
    return _action(index, plain, verb)


# "How many work permits have been issued": the permits there are, counted as given out.
_HANDED = frozenset({"issued", "granted", "awarded", "given", "handed"})  # "provided" is generic
# "How many people did Trump tweet would be deported": what he said is not the action counted.
_SAYING = frozenset({"tweet", "tweeted", "tweets", "posted", "wrote", "write", "predicted"})
# "How many immigrants did Spicer say live here": where they are, not an action they were counted
# by.
_DWELLING = frozenset({"live", "lives", "living", "reside", "resides", "residing"})
# "How many officers ICE got nationwide": how far the count reaches, not what befell them.
_SCOPE = frozenset({"nationwide", "countrywide", "total", "altogether", "overall", "combined"})
_PARTICLES = "out|up|off|in|back|down|away|home"
# "How many agents are there in total", "does ICE have": everyone, not those being added.
_STOCK = lazy_compile(
    r"\bhow many\b.*\b(?:are there|is there|were there|exist|existed|in total|altogether|all together"
    r"|total|overall|in all|(?:does|do|did) [\w' ]{1,30} have)\b"
    # "Total deportations under Obama", "obama total deportations both terms".
    r"|\btotal (?:number of )?(?:deportations|removals|deportees|people deported)\b"
    # "Total number of Border Patrol agents in Feb 2017": all there were, not those added.
    r"|\btotal (?:number|count) of\b"
    # "The size of the Border Patrol workforce": all there are.
    r"|\bthe (?:size|headcount) of\b|\bon (?:the )?(?:payroll|staff)\b|\bhow big (?:was|is|were|are)\b"
    r"|\bheadcount\b(?! (?:bump|increase|boost|hike|growth|jump|rise|surge))"
    r"|\bhow many\b.*\b(?:already (?:working|employed|serving|on|there|in place|at)"
    r"|(?:was|were|are) already)\b"
    # ... in Spanish: "cuantos agentes tenia ICE en 2017", "cuantos habia antes".
    r"|\bcuant[oa]s\b[^?]*\b(?:tenia|tenian|habia|hay|existian)\b"
    # "How many agents before the 5,000 new ones": those there were before the push.
    r"|\b(?:before|prior to) (?:the|all|any|those|kelly'?s?|trump'?s?) [\w' ,-]{0,30}?(?:new|hir\w+"
    r"|push|surge|additional|extra)\b"
)
_BEFORE = lazy_compile(
    r"\b(?:before|prior to|ahead of) (?:all |any )?(?:the|this|that|his|her|their|its|they|adding"
    r"|(?:new|more|extra|additional) hir\w+"
    r"|hiring"
    # "Before Kelly wanted more": before someone called for the push.
    r"|[\w'-]+ (?:wanted|asked|called|ordered|decided|pushed|planned|announced))\b"
    r"[\w',. -]*\W*$"
)
_ADDING = lazy_compile(r"\b(?:hir\w*|new|more|additional|add\w*|extra|recruit\w*)\b")
# "The public charge rule", "the zero tolerance policy": a policy called by a name.
_NAMED = lazy_compile(
    r"\bthe (?P<name>(?:[\w'-]+ ){1,3})(?:rule|policy|program|law|act|order|ban|plan|bill"
    r"|directive|initiative)s?\b"
)


def _named(index: FactIndex, plain: str) -> tuple[str, ...]:
    """Return the stems of a named policy's name, unless it is a known phrase or name."""
    found = _NAMED.search(plain)
    after = words(plain[found.end() :])[:1] if found is not None else []
    if found is None or (after and not (after[0] in STOPWORDS or is_generic(after[0]))):
        return ()  # "the memos get local law enforcement": "law" is not the policy's noun
    if after in (["to"], ["like"], ["as"]):
        # "the Denver lady plan to stay", "can the county sheriff basically act like ICE": a
        # verb, not a policy's noun.
        return ()
    ws = words(found["name"])
    if not ws or ws[-1] in STOPWORDS or any(w in _VERBS or w in ("the", "a", "an") for w in ws[1:]):
        # "what does the writer say the rules give", "the memos use for acts that...": a
        # clause, not a policy's name
        return ()
    if "s" in ws:
        ws = ws[len(ws) - ws[::-1].index("s") :]  # "the President's executive orders": his
    while ws and (ws[0] in STOPWORDS or is_generic(ws[0]) or _YEAR.match(ws[0]) or ws[0] in MONTHS):
        ws = ws[1:]  # "the new rule", "the 2017 ban", "the feb 2017 rules": no name
    if sum(w not in STOPWORDS for w in ws) < 2:
        return ()
    toks = tuple(stem(w) for w in _fix(index, ws))
    known = index.synonyms.find(toks) + index.aliases.find(toks)
    if any(
        end - start == len(toks) or (end == len(toks) and end - start > 1)
        for start, end, _ in known
    ):
        return ()  # "the expanded quick-deportation rule": a known thing, described
    if any(start == 0 for start, _, _ in index.aliases.find(toks)):
        return ()  # "the Obama Dreamer program": whose program, then a description, no title
    return toks


def _landmark(ws: list[str], i: int) -> bool:
    """Return whether the year at `i` marks a time the question is measured from or to.

    "Before the 2019 raids", "leading up to the June 2019 sweeps": a reference word among the
    three words before the year, or further back with only function words and months between.
    Not "the year after in 2014": the year named after the time it is measured by.
    """
    if i > 1 and ws[i - 1] == "in" and ws[i - 2] in _REFERENCE:
        return False
    if _REFERENCE.intersection(ws[max(0, i - 3) : i]) or is_election_label(ws, i):
        return True
    for w in reversed(ws[max(0, i - 6) : i]):
        if w in _REFERENCE:
            return True
        if w not in STOPWORDS and w not in MONTHS and w not in _WAY_BACK:
            return False
    return False


# The rest of a sentence, up to its end, before a question that follows it.
_SENTENCE_BEFORE_QUESTION = r"[^.?!]*[.!]\s+(?=[^?]*\?)"
# A sentence of the asker's own people before the question: its time is theirs, not asked ("pt's
# husband missed his court date last yr (ES). who were the 2019 raids going after?").
# ("had a respondent today w just a pending charge. under the 2017 priorities would ...": the
# asker's day, told before the question.)
_STORY_SENTENCE = lazy_compile(
    r"^[^.?!]*\b(?:my|our|his|her|their|i|i'm|im|we|respondents?|clients?|callers?|patients?|pts?"
    rf"|pt's|someone|somebody|had a|saw a|met a"
    # ... or the asker's neighbours: "the family upstairs is from honduras. r they gonna ...?"
    r"|neighbou?rs?|coworkers?|co-workers?|roommates?|(?:family|families|guy|lady|woman|man"
    r"|kids?) (?:upstairs|downstairs|next door|across the (?:street|hall)|down the (?:street"
    r"|hall|block))"
    # ... in Creole: "Matant mwen ... li rete Mattapan. Operasyon ICE 2019 la ...?"; in French:
    # "ma soeur is on daca in cincinnati. how many ...?"; in Spanish: "mi compadre es de
    # honduras. iban a mandar a los centroamericanos ...?"
    rf"|mwen|nou|ma|mon|mes|mi|mis)\b{_SENTENCE_BEFORE_QUESTION}"
)
# ... or the asker's own, before a question that ends without its mark: "my medzmama thinks
# they will come with buses to Watertown. does dhs even have the people and resources for that".
_MY_STORY_SENTENCE = lazy_compile(
    r"^[^.?!]*\b(?:my|our|i|i'm|im|we|ma|mon|mes)\b[^.?!]*[.!]\s+(?=(?:does|do|did|is|are|was"
    r"|were|can|could|will|would|has|have|what|who|when|where|why|how|which)\b[^?]*$)"
)
# What names a source by its year: "the Times article from 2019", "the 2017 piece".
_ARTICLE_WORDS = frozenset({"article", "articles", "piece", "story", "report", "reporting"})


def _articles_year(ws: list[str], i: int) -> bool:
    """Return whether the year at `i` dates the article the question names, not what it asks."""
    if i + 1 < len(ws) and ws[i + 1] in _ARTICLE_WORDS:
        return True
    j = i - 1 - (i >= 1 and ws[i - 1] in MONTHS)
    return j >= 1 and ws[j] in ("from", "of") and ws[j - 1] in _ARTICLE_WORDS


# ... or any first sentence so told, once its teller is set aside ("[my brother in law] got
# charged last year. under the 2017 priorities ...?").
_FIRST_SENTENCE = lazy_compile(rf"^{_SENTENCE_BEFORE_QUESTION}")
_IN_A_TOWN = frozenset({"in", "from", "near", "around", "outside", "at", "to", "into"})
_TO_A_HOME = frozenset({"to", "at", "into", "outside", "inside", "near", "around", "from"})
_WAY_BACK = frozenset({"way", "back", "all", "clear"})  # "since way back in 2001"


def _said_words(form: Form, plain: str, units: list[Unit]) -> tuple[str, ...]:
    """Return what a who-said question quotes without quotation marks, when nothing else is asked.

    "Who said they know, they know": every word is a common one, so only the words themselves,
    matched against the facts' quotes, can find the speaker.
    """
    if form is not Form.WHO_SAID or units:
        return ()
    found = _WHO_SAID.search(plain)
    said = " ".join(words(plain[found.end() :])) if found is not None else ""
    return (said,) if len(said) >= QUOTED_MIN else ()


QUOTED_MIN = 6  # characters: as for a quoted phrase


def _repeats(raw: list[str]) -> bool:
    """Return whether a text is a few words said over and over, not a question.

    "memo memo memo" (one word, three times), "kelly memo memo kelly memo kelly" (content words
    at least twice over).
    """
    if len(raw) >= 3 and len(set(raw)) == 1:
        return True
    content = [w for w in raw if w not in STOPWORDS]
    return len(content) >= 5 and 2 * len(set(content)) <= len(content)


def _set_aside(
    units: list[Unit], concepts: Set[str], unrequired: set[str], people: set[str]
) -> list[Unit]:
    """Return `units` without those of `concepts`, now neither required nor asked about.

    Who a claim guesses said it, the signer a memo is called by, the agency a count is of:
    named in the question, but not a name the answering fact must carry.
    """
    unrequired.update(concepts)
    people.difference_update(concepts)
    return [u for u in units if not u.terms <= concepts]


def _meant(index: FactIndex, text: str) -> set[str]:
    """Return the stems of `text`'s words and the concepts they name ("about the wall")."""
    toks = [stem(w) for w in _fix(index, words(text)) if w not in STOPWORDS]
    return {*toks, *index.synonyms.concepts(toks), *index.aliases.concepts(toks)}


def _told_only(plain: str) -> frozenset[str]:
    """Return the words only the asker's own story, told before or after the question, has.

    "My cousin's husband got sent back to Guatemala on one of those charter planes. How many do
    those flights take back a day?": where the asker's people went is not asked about.
    """
    if (story := _STORY_SENTENCE.match(plain) or _MY_STORY_SENTENCE.match(plain)) is not None:
        return frozenset(words(story[0])) - frozenset(words(plain[story.end() :]))
    # ... or after it: "how many families were the raids supposed to go after? families here
    # keep asking about their relatives up in houston and chicago".
    if (after := _TOLD_AFTER.search(plain)) is not None:
        return frozenset(words(after["told"])) - frozenset(words(plain[: after.start()]))
    return _where_told(plain)


def _where_told(plain: str) -> frozenset[str]:
    """Return where the asker's people (or the asker) study or work, told before a comma.

    "My roommate at UGA has daca, does any of this touch her?", "im on daca and studying at
    rutgers newark, do these new guidelines affect me": not asked about. (Not a town: "my cousin
    is a cop in phoenix, will his department have to start checking papers?" asks about the
    town's police.)
    """
    if (lead := _LEADING_CLAUSE.match(plain)) is None or not lead["story"]:
        return frozenset()
    told = words(plain[: lead.start("story")])
    at: set[str] = set()
    for i, w in enumerate(told):
        # ... or where they live: "my cousin in austin is a DACA recipient, does the kelly
        # guidance affect DACA people?", "my uncle from honduras got a removal order, can ...".
        if w == "at" or (w in ("in", "from") and i and _ONE_OF_MINE.fullmatch(told[i - 1])):
            at.update(itertools.takewhile(lambda w: w not in STOPWORDS, told[i + 1 : i + 4]))
    return frozenset(at) - frozenset(words(lead["story"]))


_ONE_OF_MINE = lazy_compile(ACQUAINTANCE)


_TOLD_AFTER = lazy_compile(
    r"\?\s+(?P<told>[^?]*\b(?:my|our|i|i'm|im|we|here|their relatives|their families"
    # ... or the asker's people, named without "my": "...? houston friend heard rumor".
    r"|friends?|cousins?|aunts?|uncles?|relatives|neighbou?rs?|coworkers?|me"
    # ... or whom the asker serves: "...? client from guatemala".
    r"|clients?|cliente|clienta|customers?|patients?|compadre|comadre"
    r"|m|mwen|nou)\b[^?]*"  # (Creole: "? Fre m travay nan yon faktori nan Brockton")
    # ... or news of the asker's town, told: "...? boston has been debating this".
    r"|(?!(?:what|who|whose|when|where|why|how|which|and|or|but|in|at|for|about|like|even|esp"
    r"|especially)\b)[a-z][\w.'-]*(?: [a-z][\w.'-]*)? (?:has|have|had) been \w+ing\b[^?]*)$"
)


def _places(plain: str) -> list[str]:
    # "canadas policy": a possessive typed without its apostrophe names the place too.
    typed = words(plain)
    found = [
        w
        for i, w in enumerate(typed)
        if (w in PLACES or (w.endswith("s") and w[:-1] in PLACES))
        # ("¿qué pasó con ...?" is what happened; "El Paso" the city)
        and not (w in _PLACE_AFTER and (i == 0 or typed[i - 1] != _PLACE_AFTER[w]))
    ]
    # "New Mexico" is a state, not the Mexico the facts speak of; "New Jersey" too, but not the
    # senator's ("the New Jersey senator") nor Make the Road New Jersey's.
    found += [m[0] for m in _NEW_STATE.finditer(plain)] if "new " in plain else []
    # "The LA county sheriff", "Harris County": a county by name, which no source speaks of.
    return found + [
        f"{m[1]} county"
        for m in _NAMED_COUNTY.finditer(plain)
        if m[1] not in STOPWORDS and m[1] not in _COUNTY_KINDS
    ]


_PLACE_AFTER = {"paso": "el"}
_NEW_STATE = lazy_compile(
    r"(?<!\bfrom )(?<!\broad )\bnew (?:mexico|jersey)\b(?! (?:senator|sen\b|democrat|lawmaker))"
)
_NAMED_COUNTY = lazy_compile(r"\b([a-z][a-z.'-]+) county\b")
_COUNTY_KINDS = word_set(
    "rural small large big border local sanctuary many each every home neighboring neighbouring"
    " nearby same whole other one which what own urban suburban red blue entire given police"
)


def _known(index: FactIndex, w: str) -> bool:
    """Return whether `w` is read as typed, not spelling-corrected.

    A story word (in any form), a function word, a number or a month ("sept" is not a misspelled
    "swept").
    """
    return (
        w in index.vocabulary
        or w in STOPWORDS
        or w.isdigit()
        or w in MONTHS
        or stem(w) in index.stems
    )


def _names_a_person(index: FactIndex, text: str) -> bool:
    """Return whether `text` names a person (not an organisation) known to the fact base."""
    toks = [stem(w) for w in _fix(index, words(text))]
    people = index.base.people
    return any(
        (p := people.get(c.removeprefix("@"))) is not None and p.kind == "person"
        for c in index.aliases.concepts(toks)
    )


# Offices before a name: "senator durbin", "gov abbott", "mayor adams".
_OFFICES = word_set(
    "senator sen rep congressman congresswoman governor gov mayor councilman councilwoman"
    " councilmember alderman"
)
# A congregation's titles for its members, before the name of one who relays a question.
_HONORIFICS = word_set(
    "dyak deacon deacons fre pastor paste sister brother elder hermano hermana irmao irma diacono"
    # Burmese, Chin and Zomi elders and kin before their names: "Pa Khup", "Daw Mya", "Ko Aung".
    " pa nu pu pi ko daw naw saya sayama"
)
# English words a story word is one or two letters from: "patron" is not a misspelled "patrol",
# nor "committee" "committed", nor "barracks" "Barack".
_NOT_TYPOS = word_set("patron patrons committee committees barracks waiver waivers")


def _fix(index: FactIndex, ws: list[str]) -> list[str]:
    out: list[str] = []
    for w in ws:
        if _known(index, w) or w in _NOT_TYPOS:
            out.append(w)
        elif (swapped := _swapped(w, index.vocabulary)) is not None:
            out.append(swapped)
        elif not FUZZY_MIN_LENGTH - 1 <= len(w) <= FUZZY_MAX_LENGTH or is_generic(w):
            out.append(w)
        else:
            out.append(_correct(w, index.vocabulary_list) or w)
    return out


def _uncovered(index: FactIndex, terms: frozenset[str]) -> bool:
    """Return whether these are a known meaning (synonym group, person) no fact speaks of."""
    idf = index.bm25.idf
    return all(t not in idf for t in terms) and any(t.startswith(("~", "@")) for t in terms)
