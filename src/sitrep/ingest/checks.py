"""Cheap checks that turn bad input into an ``InputError`` with a catalogue code.

Decisions (documented here, tested in tests/ingest/test_checks.py):

* Non-UTF-8 bytes do not skip a document: ``decode`` reads UTF-16 when a BOM says so,
  else UTF-8 (with BOM), and only the bytes that are not UTF-8 as Windows-1252 (which
  covers Latin-1 text and curly quotes); a byte Windows-1252 leaves undefined becomes
  a replacement character. A file pasted together from a UTF-8 and a Latin-1 source thus
  keeps both halves readable (decoding all of it as Windows-1252 would garble the
  UTF-8 half: "cafÃ©"). It returns the warning (E012/E004) so the caller can log it;
  the article is kept. A file with no real UTF-8 in it (no character of three or four
  bytes, none in the Latin range, no two two-byte ones in a row) is all Windows-1252: a capital letter and a curly quote ("OL\xc9\x94") that happen to form
  a UTF-8 pair are read as the two characters, not as one "ɔ". UTF-16 with no byte order mark (every other byte zero) is read
  as such (E026), not skipped as binary; so is UTF-32, with a byte order mark (what follows it code points, else
  FF FE 00 00 is UTF-16's mark and a NUL: E002) or without one (each character's high byte zero and the next at
  most 0x10, the characters letters and spaces, mostly ASCII or spaced like words, as ``wide_codec`` reads them:
  32-bit integers are not text; UTF-32 CJK text with no mark and no spaces is taken for binary).
* Language is judged by the share of English function words (no language-id
  package); texts shorter than ``MIN_WORDS`` words are not judged, and a text whose few
  function words (at least half the threshold's share) are clearly English's, at least
  twice any other language's and more, passes (a tie on "in" or "a" is no lead). Chinese, Japanese
  and Thai are written without spaces between words, so each of their letters counts
  as a word: a two-sentence Chinese story is judged like a two-sentence English one.
* A text that is only a web address (or a few, or a list of them with a stray heading,
  "Links", "See also", or a mistyped address) is no story: sitrep does not fetch pages, so it says so (E015) instead of
  analysing the addresses.
* A publication date later than tomorrow or before ``MIN_PUBLISHED`` is a mistake or a
  placeholder (0001-01-01, 9999-12-31): ``published_problem`` names it, and the readers
  leave such a date empty rather than resolve "on Saturday" against it.
* Unpaired surrogates (a JSON ``"\ud800"`` escape) cannot be written as UTF-8 anywhere
  downstream: ``replace_surrogates`` turns each into U+FFFD, so offsets keep their place.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from sitrep.errors import E, InputError

__all__ = [
    "SUPPORTED_SUFFIXES",
    "check_size",
    "check_binary",
    "utf16_without_bom",
    "utf32_without_bom",
    "wide_codec",
    "check_text",
    "check_suffix",
    "check_english",
    "check_length",
    "check_not_url",
    "decode",
    "published_problem",
    "replace_surrogates",
    "english_score",
    "guess_language",
]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
SNIFF_BYTES = 8192
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_CONTROL_SHARE = 0.05
# UTF-32 without a byte order mark: printable ASCII (with tab and line ends) at least this share of
# the characters, or white space at least this share (text in a spaced script)
MIN_ASCII_SHARE = 0.6
MIN_SPACE_SHARE = 0.05
MIN_WORDS = 12
MIN_ENGLISH_SCORE = 0.12
# Words of the heading lines a list of web addresses may carry ("Links", "See also:", "Read more").
_LIST_HEADINGS = frozenset("""links link see also read more related sources source references further reading
    more info information stories articles urls list here via""".split())
MIN_PUBLISHED = dt.date(1900, 1, 1)
_URL = r"(?:https?://|www\.)\S+"
_URLS = re.compile(rf"\A\s*{_URL}(?:\s+{_URL})*\s*\Z", re.IGNORECASE)  # separators are whitespace: no backtracking
_SURROGATE = re.compile("[\ud800-\udfff]")

_ENGLISH = frozenset(
    """the of and to a in is was that for on with as at by from it its he she they his her their
    said says be been were are has have had not but or an this which who will would after
    also an into over than more about there when we i you him them our out up one all no""".split()
)
# A few function words of languages English news is most often confused with, and of others
# whose short texts share a word or two with English ("a", "in", "on", "no"): a headline-style
# text without articles still holds a preposition or a negation of its language.
_OTHER = {
    "French": frozenset("le la les des du un une et est dans pour pas que qui sur au aux avec ce il elle sont entre près contre selon".split()),
    "German": frozenset("der die das und ist nicht ein eine mit den dem des sich auf für von zu im auch".split()),
    "Spanish": frozenset("el la los las de del y en que un una es por para con se su al como más no contra hoy hay entre tras".split()),
    "Italian": frozenset("il lo la gli le di e che un una per con non sono del della nel è al".split()),
    "Portuguese": frozenset("o a os as de do da e em que um uma para com não por se no na".split()),
    "Dutch": frozenset("de het een en van is dat niet in op te zijn met voor er die".split()),
    "Indonesian": frozenset("yang dan di ini itu dengan untuk dari tidak ke pada akan juga".split()),
    "Czech": frozenset("a v se na je že do z s o k pro proti během jako při po ze".split()),
    "Polish": frozenset("i w z na się do że a nie o od podczas przeciwko po przez dla jest".split()),
    "Romanian": frozenset("și în de la cu pe din au a fost că un o pentru împotriva".split()),
    "Turkish": frozenset("ve bir bu için ile da de olarak var daha çok gibi olan sonra".split()),
    "Swahili": frozenset("ya wa na kwa katika za la cha ni kwamba hadi kuwa vya".split()),
    "Tagalog": frozenset("ang ng sa na mga ay si ni noong at hindi ayon kanilang".split()),
}
# Scripts written without spaces between words (Thai, Lao, kana, CJK ideographs): one
# letter is one word, as it would be one token in a language-id model.
_UNSPACED = "\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORDS = re.compile(rf"[{_UNSPACED}]|(?:(?![{_UNSPACED}])[^\W\d_])+(?:['’](?:(?![{_UNSPACED}])[^\W\d_])+)?")
_NOT_UTF8 = re.compile("[\udc80-\udcff]+")  # bytes that are not UTF-8, as ``surrogateescape`` keeps them
# (``_real_utf8``) three or four bytes (not a byte ``surrogateescape`` kept), a Latin-1 or Latin
# Extended-A letter, or two two-byte characters of another script in a row
_MEANT_UTF8 = re.compile("[\u0800-\udc7f\udd00-\U0010ffff\x80-\u017f]|[\u0180-\u07ff]{2}")


def check_suffix(suffix: str) -> str:
    """The normalised suffix, or InputError E010."""
    s = suffix.lower()
    if s not in SUPPORTED_SUFFIXES:
        raise InputError("E010", suffix=suffix or "(none)")
    return s


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise InputError("E003", size=size, limit=limit)


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` reads as UTF-16 text with no byte order mark
    (nearly every other byte zero, the bytes between them not and few of them control
    characters: Latin text), else None."""
    head = data[:SNIFF_BYTES]
    if len(head) < 16 or len(head) % 2 and len(head) == len(data) or head.startswith(_UTF16_BOMS):
        return None
    even, odd = head[0::2], head[1::2]
    for codec, zeros, letters in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and letters.count(0) <= 0.05 * len(letters):
            # ... and the letters are text, not small numbers (16-bit samples of a sound, an image)
            controls = sum(1 for b in letters if b < 32 and b not in (9, 10, 12, 13))
            return codec if controls <= MAX_CONTROL_SHARE * len(letters) else None
    return None


def utf32_without_bom(data: bytes) -> str | None:
    """"utf-32-le" or "utf-32-be" when ``data`` reads as UTF-32 text with no byte order mark: the
    high byte of every four zero and the next at most 0x10 (a code point), the characters, decoded,
    at least half letters and spaces, few of them control characters, and either mostly ASCII or
    spaced like words (a share of white space); else None. 32-bit integers (counts, samples) have
    the zero bytes too, and read as letters of far scripts with no spaces between them."""
    head = data[:SNIFF_BYTES]
    n = len(head) - len(head) % 4
    if n < 16 or len(head) % 4 and len(head) == len(data) or head.startswith(_UTF32_BOMS):
        return None
    for codec, high, next_ in (("utf-32-le", head[3:n:4], head[2:n:4]), ("utf-32-be", head[0:n:4], head[1:n:4])):
        if high.count(0) < len(high) or max(next_) > 0x10:
            continue
        try:
            chars = head[:n].decode(codec)
        except UnicodeDecodeError:  # a surrogate: no text
            return None
        controls = sum(1 for ch in chars if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
        words = sum(1 for ch in chars if ch.isalpha() or ch.isspace())
        ascii_ = sum(1 for ch in chars if " " <= ch <= "~" or ch in "\t\n\r\f")
        spaces = sum(1 for ch in chars if ch.isspace())
        plausible = ascii_ >= MIN_ASCII_SHARE * len(chars) or spaces >= MIN_SPACE_SHARE * len(chars)
        ok = controls <= MAX_CONTROL_SHARE * len(chars) and words >= 0.5 * len(chars) and plausible
        return codec if ok else None
    return None


def _utf32_units_valid(data: bytes) -> bool:
    """Whether most 4-byte units after ``data``'s UTF-32 mark are code points (not past U+10FFFF,
    not surrogates): the mark's order, little- or big-endian, reads them."""
    order = "little" if data.startswith(b"\xff\xfe") else "big"
    body = data[4:SNIFF_BYTES]
    units = [int.from_bytes(body[i:i + 4], order) for i in range(0, len(body) - 3, 4)]
    bad = sum(1 for u in units if u > 0x10FFFF or 0xD800 <= u <= 0xDFFF)
    return bad <= 0.1 * len(units)


def wide_codec(data: bytes) -> tuple[str, bool] | None:
    """The codec of text in UTF-32 or UTF-16 and whether a byte order mark names it ("utf-32",
    "utf-16": the codec reads the mark), else one read from the zero bytes ("utf-32-le",
    "utf-16-be"...), else None. UTF-32's little-endian mark starts as UTF-16's does, so it is
    asked first."""
    if data.startswith(_UTF32_BOMS):
        # FF FE 00 00 is also UTF-16's mark and a NUL: what follows says which (neither -> None, E002)
        return ("utf-32", True) if _utf32_units_valid(data) else None
    if data.startswith(_UTF16_BOMS):
        return "utf-16", True
    codec = utf32_without_bom(data) or utf16_without_bom(data)
    return (codec, False) if codec else None


def check_binary(data: bytes) -> None:
    """E002 when the first bytes hold NULs or too many control characters."""
    head = data[:SNIFF_BYTES]
    if wide_codec(head):  # UTF-32 or UTF-16 text, decoded later
        return
    if b"\x00" in head:
        raise InputError("E002", detail="contains NUL bytes")
    if head:
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
        if controls / len(head) > MAX_CONTROL_SHARE:
            raise InputError("E002", detail=f"{controls} control bytes in the first {len(head)}")


def check_text(text: str) -> None:
    """E002 for a decoded string that is mostly control characters (e.g. from JSON escapes)."""
    head = text[:SNIFF_BYTES]
    if "\x00" in head:
        raise InputError("E002", detail="contains NUL characters")
    if head:
        controls = sum(1 for ch in head if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
        if controls / len(head) > MAX_CONTROL_SHARE:
            raise InputError("E002", detail=f"{controls} control characters in the first {len(head)}")


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of ``data`` and a warning message when it was not clean UTF-8 (or UTF-16 or UTF-32 with a BOM)."""
    if wide := wide_codec(data):
        codec, marked = wide
        if not marked:
            return data.decode(codec, errors="replace"), E.E026.format(encoding=codec.upper())
        try:
            return data.decode(codec), None
        except UnicodeDecodeError as err:  # a cut character, an unpaired surrogate: keep what reads
            return data.decode(codec, errors="replace"), E.E018.format(encoding=codec.upper(), pos=err.start)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        pos = err.start
    mixed = data.decode("utf-8-sig", errors="surrogateescape")
    if not data.startswith(b"\xef\xbb\xbf") and not _real_utf8(mixed):  # all Windows-1252: its UTF-8-looking pairs are accidents
        fixed = data.decode("cp1252", errors="replace")
        if "\ufffd" in fixed:
            return fixed, E.E004.format(pos=pos)
        return fixed, E.E012.format(pos=pos, encoding="Windows-1252")
    # Only the bytes that are not UTF-8 are read as Windows-1252: the UTF-8 around them stays as written.
    undefined = 0

    def cp1252(m: re.Match[str]) -> str:
        nonlocal undefined
        part = m.group().encode("utf-8", "surrogateescape").decode("cp1252", errors="replace")
        undefined += part.count("\ufffd")
        return part

    fixed = _NOT_UTF8.sub(cp1252, mixed)
    if undefined:
        return fixed, E.E004.format(pos=pos)
    return fixed, E.E012.format(pos=pos, encoding="Windows-1252")


def _real_utf8(text: str) -> bool:
    """Whether ``text`` (decoded with ``surrogateescape``) holds UTF-8 that was meant: a
    character of three or four bytes, a Latin-1 or Latin Extended-A letter (U+0080-U+017F),
    or two two-byte characters in a row (a word of Greek, Cyrillic, Hebrew, Arabic...). A
    Windows-1252 file has none of these but by accident: a capital letter before a curly
    quote or a dash ("\xc9\x94": "É”") reads as one two-byte character of another script ("ɔ")."""
    return _MEANT_UTF8.search(text) is not None


def _words(text: str, limit: int = 2000) -> list[str]:
    out: list[str] = []
    for m in _WORDS.finditer(text):
        out.append(m.group().lower())
        if len(out) >= limit:
            break
    return out


def english_score(text: str) -> float:
    """Share of English function words among the first 2000 words (0 for no words)."""
    words = _words(text)
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


def _counts(words: list[str]) -> dict[str, int]:
    """How many of ``words`` are function words of each listed language, English last (so that
    ``max`` gives a tie to the other language)."""
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _OTHER.items()}
    counts["English"] = sum(w in _ENGLISH for w in words)
    return counts


def guess_language(text: str) -> str:
    """A rough label for error messages: English, a listed language, or a script."""
    words = _words(text)
    if not words:
        return "unknown"
    latin = sum(ch.isascii() for w in words[:200] for ch in w) / max(1, sum(len(w) for w in words[:200]))
    if latin < 0.5:
        sample = next((ch for w in words for ch in w if not ch.isascii()), "")
        script = unicodedata.name(sample, "UNKNOWN").split()[0].title() if sample else "Unknown"
        return f"{script} script"
    scores = _counts(words)
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] else "unknown"


def check_english(text: str) -> None:
    """E005 when a text long enough to judge has too few English function words, unless the
    share is near the threshold and English clearly leads the other languages (a short English
    report in headline style, "Police fired tear gas at marchers in Nairobi's business district
    on Tuesday", has few function words, but no other language's); a German, French or Swahili
    headline sharing one word with English ("in", "on", "a") is no English."""
    words = _words(text)
    if len(words) < MIN_WORDS:
        return
    counts = _counts(words)
    english = counts.pop("English")
    score = english / len(words)
    if score >= MIN_ENGLISH_SCORE:
        return
    # a low share is excused only near the threshold and where English clearly leads: ahead of
    # every other language and at least twice its count (a tie on one shared word, "in", "a",
    # "on", is no lead)
    rival = max(counts.values())
    if score >= MIN_ENGLISH_SCORE / 2 and english > rival and english >= 2 * rival:
        return
    raise InputError("E005", lang=guess_language(text), score=score)


def _list_furniture(line: str) -> bool:
    """Whether a line beside a list of web addresses is a heading ("Links", "See also:") or
    one stray token (an address mistyped: "htp:/example.com/a"), not a headline or a
    sentence ("Gunmen kill five": more than one word that is no heading word)."""
    words = [w.strip(".,:;!?()[]\"'*-–—|>»").lower() for w in line.split()]
    return sum(1 for w in words if w and w not in _LIST_HEADINGS) <= 1


def check_not_url(text: str) -> None:
    """E015 when the text is web addresses: all of it, or a list of them (one a line, two or
    more, at least half the lines) whose other lines are headings or a mistyped address
    (``_list_furniture``): no story to analyse either way. A short alert over its links
    ("Gunmen kill five" and two addresses) is a story."""
    if len(text) > 4096:
        return
    if not _URLS.match(text):
        lines = [ln for ln in text.split("\n") if ln.strip()]
        others = [ln for ln in lines if not _URLS.match(ln)]
        urls = len(lines) - len(others)
        if urls < 2 or urls < len(others) or not all(map(_list_furniture, others)):
            return
    first = next(w for w in text.split() if re.match(_URL, w, re.IGNORECASE))
    raise InputError("E015", url=first if len(first) <= 80 else first[:77] + "...")


def published_problem(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``day`` cannot be a publication date (later than tomorrow, before 1900), or None."""
    today = today or dt.date.today()
    if day > today + dt.timedelta(days=1):
        return f"it is in the future (today is {today.isoformat()})"
    if day < MIN_PUBLISHED:
        return f"it is before {MIN_PUBLISHED.isoformat()}"
    return None


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each unpaired surrogate replaced by U+FFFD, and how many there were."""
    return _SURROGATE.subn("\ufffd", text)


def check_length(text: str, max_chars: int) -> None:
    """E001 for an empty story, E013 for one longer than ``max_chars``."""
    if not text.strip():
        raise InputError("E001")
    if len(text) > max_chars:
        raise InputError("E013", size=len(text), limit=max_chars)
