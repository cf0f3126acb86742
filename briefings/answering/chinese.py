"""Chinese words in English questions, read as the English the engine reads.

Chinese restaurant workers, drivers and their families, and the grown children who relay their
questions, write short English with Mandarin or Cantonese words typed as they sound, or in
characters: a question word ("2015 deport gei do ppl", "dim gaai obama change the guideline"),
a yes-or-no particle that asks the whole sentence ("these rules is meant for mass roundup, hai
mai ah?", "ICE know where everybody live? shi bu shi"), whom the asker speaks for ("lao ban",
"wo biaoge") and what only sighs or thanks ("aiya", "zenme ban", "xie xie"). Each is read as its
English, or goes; a yes-or-no particle asks "is it true that ..." when nothing else asks. A
question is read this way only when it holds one of these words: none is an English, Spanish,
Tagalog or Vietnamese one ("ma", "la", "ah", "ba" alone are, and are left alone).
"""

from __future__ import annotations

import re

from briefings.answering.tagalog import closed_up
from briefings.patterns import lazy_compile

# Romanised phrases (Mandarin pinyin without tones, Cantonese as typed) and characters, and
# their English; "" goes. (Not "ah po", which Taglish writes too.)
_GLOSSARY: dict[str, str] = {
    # Question words.
    "gei do": "how many", "geido": "how many", "gei dor": "how many", "duo shao": "how many",
    "duoshao": "how many", "dim gaai": "why", "dim gai": "why", "dimgaai": "why",
    "wei shen me": "why", "wei shenme": "why", "weishenme": "why", "shen me shi hou": "when",
    "shenme shihou": "when", "gei si": "when", "geisi": "when", "shen me": "what",
    "shenme": "what", "mat ye": "what", "matye": "what", "dim yeung": "how", "zen me yang": "how",
    "zenme yang": "how", "bin dou": "where", "na li": "where", "nali": "where",
    "\u591a\u5c11": "how many", "\u51e0\u4e2a": "how many", "\u4e3a\u4ec0\u4e48": "why",
    "\u70ba\u4ec0\u9ebc": "why", "\u4ec0\u4e48\u65f6\u5019": "when", "\u4ec0\u4e48": "what",
    "\u4ec0\u9ebc": "what", "\u54ea\u91cc": "where",
    "duoshao ren": "how many people", "duo shao ren": "how many people",
    "duoshao qian": "how much", "duo shao qian": "how much", "shei shuo de dui": "who's right",
    "shei dui": "who's right", "shei": "who", "shui shuo de": "who said",
    # Whom the asker speaks for.
    "lao ban niang": "my boss", "lao ban": "my boss", "laoban": "my boss", "lou baan": "my boss",
    "wo biaoge": "my cousin", "wo biao ge": "my cousin", "wo biaojie": "my cousin",
    "wo biaomei": "my cousin", "wo biaodi": "my cousin", "biaoge": "cousin", "biao ge": "cousin",
    "biaojie": "cousin", "biaomei": "cousin", "biaodi": "cousin", "wo laopo": "my wife",
    "wo laogong": "my husband", "wo mama": "my mom", "wo baba": "my dad", "wo erzi": "my son",
    "wo nuer": "my daughter", "wo pengyou": "my friend", "wo de": "my", "ah ma": "grandma",
    "ah gong": "grandpa", "nai nai": "grandma", "ye ye": "grandpa",
    "\u8001\u677f": "my boss", "\u8001\u95c6": "my boss",
    # The asker's case, what they heard, and roughly.
    "hei hu": "undocumented", "heihu": "undocumented", "\u9ed1\u6237": "undocumented",
    "bi hu": "asylum", "bihu": "asylum", "\u5e87\u62a4": "asylum", "\u5e87\u8b77": "asylum",
    "ting shuo": "I heard", "tingshuo": "I heard", "teng gong": "I heard",
    "\u542c\u8bf4": "I heard", "\u807d\u8aaa": "I heard", "\u5927\u6982": "about",
    "\u6cd5\u9662": "courts",
    # Sighs, worries and thanks, which ask nothing.
    "zenme ban": "", "zen me ban": "", "dim syun": "", "dim suen": "", "aiya": "", "aiyah": "",
    "aiyaa": "", "aiyo": "", "aiyoo": "", "aiyoh": "", "xie xie": "", "xiexie": "",
    "m goi": "", "mgoi": "", "doh jeh": "", "\u600e\u4e48\u529e": "",
    "\u8c22\u8c22": "", "\u8b1d\u8b1d": "", "\u4f60\u89c9\u5f97\u5462": "what do you think",
}  # fmt: skip
# Particles that ask the whole sentence, yes or no ("is it", "really?", "right or not").
_YES_NO = (
    "shi bu shi", "shi m shi", "hai mai ah", "hai mai a", "hai mai", "hai m hai", "zhen de ma",
    "zhende ma", "dui bu dui", "you mei you", "yau mou", "yau mo", "\u662f\u4e0d\u662f",
    "\u771f\u7684\u5417", "\u771f\u7684\u55ce", "\u5bf9\u4e0d\u5bf9",
)  # fmt: skip
# (Characters need no spaces around them: "法院 do anything?", "...next year? 你觉得呢".)
_PHRASE = lazy_compile(
    "|".join(
        re.escape(phrase) if not phrase.isascii() else rf"(?<![\w']){re.escape(phrase)}(?![\w'])"
        for phrase in sorted([*_GLOSSARY, *_YES_NO], key=len, reverse=True)
    ),
    re.IGNORECASE,
)
# The first word of each romanised phrase: a question in ASCII with none of them holds no Chinese
# word, and is left as it is without trying every phrase.
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in [*_GLOSSARY, *_YES_NO] if phrase.isascii())
_ASCII_WORD = lazy_compile(r"[a-z]+")
# A sentence-closing particle once the question is read so: "promise what ah", "got buses la?".
_CLOSING = lazy_compile(r"\s+(?:ah|a|la|lah|lor|leh|wor|ne|ma|ba)(?=\s*[?!.]|\s*$)", re.IGNORECASE)
# The comma a particle that closed a sentence leaves: "mass roundup, hai mai ah?".
_LEFT_OVER = lazy_compile(r"\s*[,;:](?=\s*[?!.]|\s*$)")
# An English question, once the Chinese words are read: it opens asking, or asks what.
_ASKS = lazy_compile(
    r"^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b"
    r"|\b(?:what|who|whose|when|where|why|how|which)\b",
    re.IGNORECASE,
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it holds Chinese words; otherwise `text`."""
    if text.isascii() and _FIRST_WORDS.isdisjoint(_ASCII_WORD.findall(text.lower())):
        return text
    if _PHRASE.search(text) is None:
        return text
    found = _PHRASE.findall(text)
    yes_no = any(phrase.lower() in _YES_NO for phrase in found)
    read = _PHRASE.sub(lambda m: f" {_GLOSSARY.get(m[0].lower(), '')} ", text)
    read = _LEFT_OVER.sub("", closed_up(_CLOSING.sub("", read))).strip(",;: ")
    if yes_no and _ASKS.search(read) is None:
        read = f"is it true that {read}"
    return read
