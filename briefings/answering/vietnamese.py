"""Vietnamese questions, read as the English the rest of the engine reads.

Vietnamese-American families, and the grown children and volunteers who relay their questions,
write Vietnamese with its accents ("ICE có bao nhiêu nhân viên trục xuất?"), without them, as on
an old phone ("ICE co the truc xuat hang trieu nguoi ngay lap tuc khong"), or mixed with English
("Má tôi có lệnh trục xuất cũ từ năm 2002. She wants to know: ..."). Vietnamese builds its words
of one-syllable parts ("trục xuất" is deport, "di trú" immigration), so this reads whole phrases,
longest first, as English, and drops the parts that only carry grammar. Its question words become
English ones ("bao nhiêu" is "how many"); a yes-or-no question ("có ... không?", "... phải
không?") is asked as "is it true that ...". A question is read this way only when it has two
Vietnamese words: a letter only Vietnamese writes ("ơ", "đ", a dot below), or a syllable no
English, Spanish or Tagalog question has ("khong", "nguoi", "truc").
"""

from __future__ import annotations

import re
import unicodedata

from briefings.answering.tagalog import closed_up
from briefings.patterns import lazy_compile
from briefings.retrieval import word_set

# Phrases and words, read longest first. A word not listed stays as typed: a name, an English
# word in a mixed question. ("my" alone is the English word; "ở Mỹ" is "in the United States".)
_GLOSSARY: dict[str, str] = {
    # Question words.
    "bao nhieu": "how many", "bao lau": "how long", "khi nao": "when", "bao gio": "when",
    "luc nao": "when", "ngay nao": "what day", "nam nao": "what year", "thang nao": "what month",
    "o dau": "where", "tai sao": "why", "vi sao": "why", "la gi": "what", "cai gi": "what",
    "nhu the nao": "how", "the nao": "how", "lam sao": "how", "la ai": "who", "ai": "who",
    "gi": "what",
    # The story's words.
    "truc xuat hang loat": "mass deportations", "truc xuat nhanh": "expedited removal",
    "lenh truc xuat": "removal order", "giay truc xuat": "removal order",
    "nhan vien truc xuat": "deportation officers", "bi truc xuat": "deported",
    "truc xuat": "deport", "hang loat": "mass", "so di tru": "immigration",
    "nhan vien di tru": "immigration officers", "di tru": "immigration", "nhap cu": "immigrants",
    "nguoi nhap cu": "immigrants", "khong giay to": "undocumented", "giay to": "papers",
    "giay phep lam viec": "work permits", "uu tien": "priority", "buoc toi": "charged",
    "chua bi ket an": "not convicted", "chua ket an": "not convicted", "bi ket an": "convicted",
    "ket an": "convicted", "toi pham": "criminals", "canh sat dia phuong": "local police",
    "cong an dia phuong": "local police", "canh sat": "police", "cong an": "police",
    "dia phuong": "local", "quan doi": "military", "ve binh quoc gia": "national guard",
    "binh linh": "soldiers", "linh": "soldiers", "nhan vien ice": "ICE officers",
    "dac vu ice": "ICE agents", "dac vu": "agents", "cua ong": "of", "nhan vien": "officers",
    "nhan luc": "personnel", "tuyen them": "hire more", "tuyen": "hire", "hang trieu": "millions",
    "trieu": "million", "ngan": "thousand", "nghin": "thousand", "ngay lap tuc": "immediately",
    "moi ngay": "every day", "moi nguoi": "everyone", "gia dinh": "families", "cha me": "parents",
    "con cai": "children", "tre em": "children", "nha tho": "church", "tru an": "sanctuary",
    "ti nan": "asylum", "ty nan": "asylum", "trai giam": "detention center",
    "tam giam": "detention", "giam giu": "detained", "tham phan": "judge", "phien toa": "hearing",
    "toa an": "court", "luat su": "lawyer", "bien gioi": "border", "buc tuong": "wall",
    "may bay": "planes", "chuyen bay": "flights", "tong thong": "president",
    "bo truong": "secretary", "an ninh noi dia": "homeland security",
    "bo noi an": "homeland security", "ban ghi nho": "memos", "chi thi": "directives",
    "quy dinh": "rules", "luat le": "rules", "huong dan": "guidelines", "chinh sach": "policy",
    "dot bo": "raid", "bo rap": "raid", "dot kich": "raid", "cong bo": "released",
    "cong dan": "citizens", "so luong": "number", "ky luc": "record", "hoang mang": "panic",
    "hoang loan": "panic", "lo so": "afraid", "thang hai": "february", "thang 2": "february",
    "thang sau": "june", "thang 6": "june", "nam ngoai": "last year", "hoi xua": "long ago",
    "viet nam": "Vietnam", "o my": "in the US", "nuoc my": "the US", "tai my": "in the US",
    "trung my": "central america", "cam on": "thank you", "xin chao": "hello", "chao": "hi",
    "khong du nguoi": "not enough personnel", "khong du": "not enough", "ma toi": "my mother",
    "me toi": "my mother", "ba toi": "my father", "bo toi": "my father", "cha toi": "my father",
    "chu toi": "my uncle", "cau toi": "my uncle", "co toi": "my aunt", "di toi": "my aunt",
    "anh toi": "my brother", "chi toi": "my sister", "em toi": "my sibling", "con toi": "my child",
    "con gai toi": "my daughter", "con trai toi": "my son", "vo toi": "my wife",
    "chong toi": "my husband", "gia dinh toi": "my family", "di dan": "immigrants",
    "con gai": "daughter", "con trai": "son", "ap dung": "apply", "bi huy": "canceled",
    "huy bo": "end", "huy": "end", "hua": "promised", "ky": "signed", "giay": "memo",
    "luat": "law", "tach": "separated", "chia cach": "separated", "doan tu": "reunite",
    "bao ve": "protect", "bat giu": "arrest", "bat": "arrest", "giam": "detention", "cu": "old",
    "moi": "new", "nam": "year", "thang": "month", "ngay": "day", "tuan": "week",
    "nguoi": "people", "nhanh": "fast", "noi": "said", "viet": "wrote", "ong": "Mr.", "ho": "they",
    "dung": "use", "chu": "uncle", "lam viec": "work", "co the": "can", "khong": "not", "o": "in",
}  # fmt: skip
# Parts that only carry grammar, or who is speaking ("tôi", "em", "con" are the asker).
_DROPPED = word_set(
    """
    la se da dang bi duoc cua cho va voi nhung cac mot nay kia vay a ha nhe oi thi ma de di ve
    tu den nhu hay hoac neu roi con lai ra vao len xuong rat qua nua het toi em anh chi minh
    chung ta tat ca cung van co phai chua ba me lam nhieu ban
    """
)
# Syllables that mark a question as Vietnamese: none of them an English, Spanish or Tagalog
# word of a question about the story.
_MARKERS = word_set(
    """
    khong nhieu nguoi truc xuat duoc nhung cua toi chua nao vay nhan vien tuyen giay phai gia
    dinh viec bao sao uu tien buoc ket canh quan doi trieu lap tuc dia phuong nhap tru hoi
    xua giam tham phan luat bien gioi tuong tong thong truong ghi chinh sach huong dan cong
    hua thang tuan ngay cung lam
    """
)
# Letters only Vietnamese writes: "ơ", "ư", "ă", "đ", and the dot below and hook above.
_VIETNAMESE_MARKS = frozenset("\u01a1\u01b0\u0103\u0111\u0323\u0309")
_WORD = lazy_compile(r"[^\W\d_]+")
_PHRASE = lazy_compile(
    r"\b(?:"
    + "|".join(
        re.escape(phrase).replace(r"\ ", " ")
        for phrase in sorted(_GLOSSARY, key=lambda p: (-len(p.split()), -len(p)))
    )
    + r")\b",
    re.IGNORECASE,
)
# "có ... không?", "... phải không?", "... đúng không?": asked yes or no, the particle at the end.
_YES_NO = lazy_compile(
    r"\s*\b(?:(?:phai|dung|co) )?khong(?: (?:vay|a|ha|nhi|nhe|ta))?\s*(?P<end>\?+|$)",
    re.IGNORECASE,
)
_ASKS = lazy_compile(
    r"\b(?:how many|how long|what (?:day|year|month)|when|where|why|what|who|how|is it true)\b",
    re.IGNORECASE,
)
_CLAUSE = lazy_compile(r"[^.?!:;,()\n]+|[.?!:;,()\n]+")
# English words that mark a clause of a mixed question as English, read as typed ("She wants to
# know: who exactly was ICE going after").
_ENGLISH = word_set(
    """
    the is are was were do does did what who when where why how they he she it my his her to of
    in and or if can will would about want wants know this that there have has with for from on
    """
)


def read_as_english(text: str) -> str:
    """Return `text` read as English when it is Vietnamese; otherwise `text` itself."""
    if sum(map(_marks, _WORD.findall(text))) < 2:
        return text
    plain = _plain(text)
    # "... trục xuất không?": the last particle asks; another "không" is "not".
    if yes_no := bool(particles := list(_YES_NO.finditer(plain))):
        last = particles[-1]
        plain = f"{plain[: last.start()]}{last['end']}{plain[last.end() :]}"
    read = "".join(
        _clause(part) if _is_vietnamese(part) else part for part in _CLAUSE.findall(plain)
    )
    read = closed_up(read)
    if yes_no and _ASKS.search(read) is None:
        read = f"is it true that {read}"
    return read


def _marks(word: str) -> bool:
    """Return whether `word` is Vietnamese alone: by a letter or as a syllable."""
    lowered = word.lower()
    return _plain(lowered) in _MARKERS or bool(
        _VIETNAMESE_MARKS.intersection(unicodedata.normalize("NFD", lowered))
    )


def _is_vietnamese(clause: str) -> bool:
    typed = [w.lower() for w in _WORD.findall(clause)]
    marked = sum(w in _MARKERS or w in _GLOSSARY for w in typed) + sum(
        " " in phrase for phrase in _PHRASE.findall(clause)
    )
    return marked > 0 and marked >= sum(w in _ENGLISH for w in typed)


def _clause(clause: str) -> str:
    read = _PHRASE.sub(lambda m: f" {_GLOSSARY[m[0].lower()]} ", clause)
    read = _WORD.sub(lambda m: "" if m[0].lower() in _DROPPED else m[0], read)
    if (asked := _ASKS.search(read)) is not None and not read[asked.end() :].strip():
        # Vietnamese asks in place, often last ("trục xuất nhanh ... bao lâu?", "expedited
        # removal ... how long"); English asks first: "how long expedited removal ...".
        return f" {asked[0]} {read[: asked.start()].strip()}"
    return read


def _plain(text: str) -> str:
    """Return `text` without its accents, "đ" read as "d", its case kept (names stay names)."""
    text = text.replace("\u0111", "d").replace("\u0110", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
