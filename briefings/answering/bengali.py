"""Bengali script in a question, read as the English the engine reads.

Bangladeshi families' elders type Bengali script, with English names, figures and the story's
words mixed in ("জন কেলি কবে বলেছিলেন গণহারে deport করা হবে না?": when did John Kelly say there
would be no mass deportations). Each Bengali word is read as its English: whole, or as its stem
once a case ending is taken off ("মেক্সিকোতে", in Mexico; "কেলির", Kelly's); a word not in the
glossary, a function word or one this story never needs, goes. Bengali figures are read as
figures ("২০১৫"). A question without Bengali letters is left as typed.
"""

from __future__ import annotations

import re

from briefings.answering.tagalog import closed_up
from briefings.patterns import lazy_compile

_BENGALI = lazy_compile(r"[\u0980-\u09ff]")
_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
# Phrases, read before single words.
_PHRASES: dict[str, str] = {
    "জন কেলি": "John Kelly", "ন্যাশনাল গার্ড": "National Guard", "মার্ক মর্গান": "Mark Morgan",
    "বর্ডার প্যাট্রোল": "Border Patrol", "কাগজপত্র ছাড়া": "undocumented",
    "শেষ পর্যন্ত": "in the end", "সব কিছু": "everything", "রেকর্ড সংখ্যক": "record",
    "সবচেয়ে কম": "lowest", "কোন সালে": "in which year", "কোন সালের পর": "since which year",
    "কবে নাগাদ": "when", "কি কি": "what", "দোষী প্রমাণ হয়নি": "not convicted",
    "মামলা হয়েছে": "charged", "সই করেছেন": "signed", "কে সই করেছেন": "who signed",
    "কে গিয়েছিলেন": "who went", "কি করা উচিত": "what should I do", "দেশের ভেতরেও": "in the interior",
    "হোয়াইট হাউস": "White House", "কনফারেন্স কল": "conference call",
    "অর্থবছরে": "in fiscal year", "২ বছরের কম": "less than two years", "বের হয়েছে": "came out",
}  # fmt: skip
# Words, by their written form or their stem.
_WORDS: dict[str, str] = {
    # Question words ("কি" alone asks yes or no, as "do" does).
    "কবে": "when", "কেন": "why", "কোথায়": "where", "কত": "how many", "কতজন": "how many",
    "কতজনকে": "how many", "কয়জন": "how many", "কয়টা": "how many", "কতগুলো": "how many",
    "কোন": "which", "কিভাবে": "how", "কীভাবে": "how", "কী": "what", "কি": "", "নাকি": "or",
    # What was said and done.
    "বলেছে": "said", "বলেছেন": "said", "বলেছিলেন": "said", "বলেছিল": "said", "লিখেছে": "wrote",
    "ছিল": "was", "ছিলেন": "were", "হবে": "will", "করবে": "will", "ধরবে": "arrest",
    "ধরা": "arrested", "নিয়োগ": "hired", "বাতিল": "canceled", "সই": "signed",
    "আলাদা": "separated", "সিদ্ধান্ত": "decision", "সফর": "visit", "বাড়াবে": "step up",
    "চেষ্টা": "efforts", "সরানো": "reassigned", "বানানো": "meant", "রাজি": "agree",
    "থাকলে": "living", "দিত": "released", "হয়নি": "not", "না": "not", "নেওয়ার": "take",
    # The story's people, places and things.
    "কেলি": "Kelly", "ট্রাম্প": "Trump", "মেক্সিকো": "Mexico", "ভিটিয়েলো": "Vitiello",
    "ভিজগেরা": "Vizguerra", "ওবামা": "Obama", "ডিএইচএস": "DHS", "আমেরিকা": "America",
    "মর্গান": "Morgan", "প্রেসিডেন্ট": "president", "সিনেটর": "senator", "সরকার": "government",
    "নতুন": "new", "নিয়ম": "rules", "কাঠামো": "framework", "সত্যি": "true",
    "অফিসার": "officers", "এজেন্ট": "agents", "লোক": "people", "মানুষ": "people",
    "ভাতিজা": "nephew", "মেয়ে": "daughter", "ভাই": "brother", "সমস্যা": "problem",
    "গণহারে": "mass", "আইন": "law", "সৈন্য": "troops", "প্রস্তাব": "draft", "দেশ": "country",
    "সাধারণ": "normal", "বাড়ি": "home", "বাসা": "home", "পরিবার": "families", "বর্ডার": "border",
    "সংখ্যা": "number", "সাল": "year", "মামলা": "charged", "দোষী": "convicted", "নীতি": "policy",
    "লোকবল": "personnel", "মূল": "main", "পরিবর্তন": "changes", "সংক্ষেপে": "briefly",
    "রেকর্ড": "record", "আত্মীয়": "relatives", "মেমো": "memos", "কনফারেন্স": "conference",
    "কল": "call", "ব্লগ": "blog", "তাড়াতাড়ি": "fast", "মোট": "total", "শুধু": "only",
    "আগে": "before", "এখন": "now", "পর্যন্ত": "until", "শেষ": "end", "উচিত": "should",
    "সবাই": "everyone", "সময়": "time", "বছর": "years", "বছরের": "years", "সাথে": "with",
}  # fmt: skip
# Case endings, longest first: "মেক্সিকোতে" (in Mexico), "কেলির" (Kelly's), "লোকদের" (people's).
_ENDINGS = ("গুলো", "দের", "কে", "তে", "এর", "ের", "রা", "টা", "টি", "য়", "র", "ে")
_PHRASE = lazy_compile("|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)))
_WORD = lazy_compile(r"[\u0980-\u09ff]+")


def _english(word: str) -> str:
    """Return the English of one Bengali word, or "" for a word the glossary lacks."""
    if word in _WORDS:
        return _WORDS[word]
    for ending in _ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in _WORDS:
            return _WORDS[word[: -len(ending)]]
    return ""


def read_as_english(text: str) -> str:
    """Return `text` with its Bengali read as English; a text without Bengali letters as typed."""
    if _BENGALI.search(text) is None:
        return text
    read = _PHRASE.sub(lambda m: f" {_PHRASES[m[0]]} ", text.translate(_DIGITS))
    read = _WORD.sub(lambda m: _english(m[0]), read)
    return closed_up(read).strip(" ,;:")
