"""Vietnamese typed in the old 8-bit encodings, recognised by the text itself and converted to Unicode.

Before Unicode, Vietnamese was typed with fonts that draw other letters at Latin-1 positions:
TCVN3 (TCVN 5712:1993, the ABC fonts ``.VnTime``, ``.VnArial``…) puts each letter in one byte,
VNI (``VNI-Times``…) writes a base letter followed by one mark character. A workbook stores those
bytes as the Western characters they are (``KÕ ho¹ch`` for "Kế hoạch", ``Keá hoaïch`` in VNI); shown
in any Unicode font it is garbage.

Recognising it: a word (letters and the encoding's characters) that is not a Vietnamese syllable
as written but is one once converted speaks for the encoding; a word that is a syllable as written
but not once converted, or one holding a letter the 8-bit encodings cannot hold (ạ, ơ, ư, đ…),
speaks against it. English, numbers and Vietnamese without diacritics hold none of the encodings'
characters: nothing speaks either way, nothing is detected.
"""

from __future__ import annotations

import functools
import re
import unicodedata

TCVN3, VNI = "tcvn3", "vni"
ENCODING_NAMES = {TCVN3: "TCVN3", VNI: "VNI"}

# -- TCVN3 --------------------------------------------------------------------------------------
# Byte → letter for 0xA1–0xFF of TCVN 5712:1993, as a workbook holds the byte (its Latin-1 character).
# Not taken: the combining marks VN1 puts at 0xB0–0xB4 (in a text they are ° ± ² ³ ´, which TCVN3
# writers used as such) and everything below 0xA1 (control characters and the Windows punctuation).
_TCVN3_LETTERS = (
    "ĂÂÊÔƠƯĐăâêôơưđẰ"  # A1–AF
    "\0\0\0\0\0àảãáạẲằẳẵắẴ"  # B0–BF
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # C0–CF
    "éẹềểễếệìỉỄẾỒĩíịò"  # D0–DF
    "Ổỏõóọồổỗốộờởỡớợù"  # E0–EF
    "Ỗủũúụừửữứựỳỷỹýỵ"  # F0–FE
    "Ố"  # FF
)
TCVN3_TABLE: dict[str, str] = {chr(0xA1 + i): letter for i, letter in enumerate(_TCVN3_LETTERS) if letter != "\0"}
_TCVN3_TRANSLATE = str.maketrans(TCVN3_TABLE)

# -- VNI ----------------------------------------------------------------------------------------
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_VNI_TONE = "ùøûõï"  # after a, e, o, u, y, ơ, ư
_VNI_CIRCUMFLEX = ("â", "áàåãä")  # â ê ô: the mark alone, then with each tone
_VNI_BREVE = ("ê", "éèúüë")  # ă
_VNI_I = "íìæóò"  # i with each tone, one character
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ỵ": "î"}


def _vni_table() -> dict[str, str]:
    """Unicode letter → VNI characters, lower case; the upper case is the same, upper-cased."""
    table: dict[str, str] = {}
    compose = lambda *parts: unicodedata.normalize("NFC", "".join(parts))  # noqa: E731
    for base in "aeouy":
        for tone, mark in zip(_TONES, _VNI_TONE):
            table[compose(base, tone)] = base + mark
    for base in "aeo":
        table[compose(base, "\u0302")] = base + _VNI_CIRCUMFLEX[0]
        for tone, mark in zip(_TONES, _VNI_CIRCUMFLEX[1]):
            table[compose(base, "\u0302", tone)] = base + mark
    table["ă"] = "a" + _VNI_BREVE[0]
    for tone, mark in zip(_TONES, _VNI_BREVE[1]):
        table[compose("a", "\u0306", tone)] = "a" + mark
    for letter, code in _VNI_SINGLE.items():
        table[letter] = code
    for base, code in (("ơ", "ô"), ("ư", "ö")):
        for tone, mark in zip(_TONES, _VNI_TONE):
            table[compose(base, tone)] = code + mark
    for tone, code in zip(_TONES, _VNI_I):
        table[compose("i", tone)] = code
    table.update({letter.upper(): code.upper() for letter, code in list(table.items())})
    return table


VNI_ENCODE: dict[str, str] = _vni_table()
VNI_TABLE: dict[str, str] = {code: letter for letter, code in VNI_ENCODE.items()}  # VNI characters → letter
_VNI_MARKS = frozenset(ch for code in VNI_TABLE for ch in code if not ch.isascii())

# -- what a Vietnamese syllable looks like --------------------------------------------------------
# Vowel groups that end in a glide take no final consonant, and carry the tone on their main vowel
# (the first of two, the middle of three); the others carry it on the vowel before the final.
_OPEN = {
    "ai": 0, "ao": 0, "au": 0, "ay": 0, "âu": 0, "ây": 0, "eo": 0, "êu": 0, "ia": 0, "iu": 0, "oi": 0, "ôi": 0,
    "ơi": 0, "ui": 0, "ưa": 0, "ưi": 0, "ưu": 0, "ua": 0, "iêu": 1, "yêu": 1, "oai": 1, "oay": 1, "oao": 1,
    "oeo": 1, "uây": 1, "uôi": 1, "ươi": 1, "ươu": 1, "uya": 1, "uyu": 1,
}
_CLOSED = "a ă â e ê i o ô ơ u ư y iê oa oă oe oo uâ uê uô uơ uy ươ yê uyê".split()
_NEEDS_FINAL = {"ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ", "oo"}
_PALATAL_OK = {"a", "ê", "i", "y", "oa", "uê", "uy"}  # the only vowels before a final -ch or -nh
_RARE = {"oo", "oao", "oeo", "uyu", "uơ"}  # real (xoong, ngoẹo, khuỷu) but seldom: weaker evidence
_UNICODE_ONLY = re.compile(r"[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")  # letters no 8-bit encoding above can hold


_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", *"bcdđghklmnprstvx", "")
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
_SHAPE = re.compile(  # the rough shape, to turn most non-words away quickly
    "(?:%s)(?:%s)(?:%s)" % ("|".join(_ONSETS), "|".join(sorted(set(_OPEN) | set(_CLOSED), key=len, reverse=True)), "|".join(_FINALS))
)
_TONED = {
    unicodedata.normalize("NFC", base + tone): unicodedata.normalize("NFC", base)
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y") for tone in _TONES
}


@functools.lru_cache(maxsize=8192)
def _syllable_weight(word: str) -> float:
    """1 when *word* is shaped like a Vietnamese syllable (onset, vowels, final, one tone where it
    belongs), 0.5 for a rare vowel group, else 0."""
    lower = unicodedata.normalize("NFC", word.lower())
    tones = [i for i, ch in enumerate(lower) if ch in _TONED]
    bare = "".join(_TONED.get(ch, ch) for ch in lower)
    if len(tones) > 1 or _SHAPE.fullmatch(bare) is None:
        return 0
    for match in _iter_parses(bare):
        nucleus, final = match
        start = len(bare) - len(final) - len(nucleus)
        if nucleus in _OPEN and (final or (tones and tones[0] != start + _OPEN[nucleus])):
            continue
        if nucleus not in _CLOSED and nucleus not in _OPEN:
            continue
        if nucleus in _NEEDS_FINAL and not final:
            continue
        if nucleus in ("oo",) and final not in ("ng", "c"):
            continue
        if final in ("ch", "nh") and nucleus not in _PALATAL_OK:
            continue
        if tones and not (start <= tones[0] < start + len(nucleus)):
            continue
        if tones and final and len(nucleus) > 1 and nucleus not in _OPEN and tones[0] != start + len(nucleus) - 1:
            continue
        return 0.5 if nucleus in _RARE else 1
    return 0


_NUCLEI = sorted(set(_OPEN) | set(_CLOSED), key=len, reverse=True)


def _iter_parses(bare: str):
    """Every (vowels, final) split of *bare* after an onset (gi- and qu- read both ways)."""
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rest = bare[len(onset):]
        for nucleus in _NUCLEI:
            if rest.startswith(nucleus) and rest[len(nucleus):] in _FINALS:
                yield nucleus, rest[len(nucleus):]


def is_syllable(word: str) -> bool:
    """Whether *word* is shaped like one Vietnamese syllable."""
    return _syllable_weight(word) > 0


# -- conversion ---------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)


_TCVN3_WORD = re.compile("[\\w%s]+" % re.escape("".join(TCVN3_TABLE)))  # letters, digits and TCVN3's codes
_VNI_WORD = re.compile("[\\w%s]+" % re.escape("".join(sorted(_VNI_MARKS))))


def _tcvn3_words(text: str):
    """Words as TCVN3 sees them: letters, digits and the encoding's characters (¸ · ¹ § ® … are letters there)."""
    return _TCVN3_WORD.finditer(text)


def _vni_words(text: str):
    return _VNI_WORD.finditer(text)


def _tcvn3_word(word: str, all_upper: bool) -> str:
    """One word: each character by the table; the letters TCVN3 has only in lower case take the case
    of the word around them when it is written in capitals (the ``.VnTimeH`` fonts draw capitals there)."""
    converted = word.translate(_TCVN3_TRANSLATE)
    others = [ch for ch in word if ch not in TCVN3_TABLE and ch.isalpha()] + [
        TCVN3_TABLE[ch] for ch in word if ch in TCVN3_TABLE and TCVN3_TABLE[ch].isupper()
    ]
    if others and all(ch.isupper() for ch in others) and (len(others) >= 2 or all_upper):
        return converted.upper()
    return converted


def convert(text: str, encoding: str) -> str:
    """*text* typed in *encoding* ("tcvn3" or "vni"), as Unicode (NFC)."""
    if encoding == TCVN3:
        letters = [ch for ch in text if ch.isalpha() and ch not in TCVN3_TABLE]
        all_upper = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        parts, end = [], 0
        for match in _tcvn3_words(text):
            parts += [text[end:match.start()], _tcvn3_word(match.group(0), all_upper)]
            end = match.end()
        return unicodedata.normalize("NFC", "".join(parts) + text[end:])
    if encoding == VNI:
        out, i = [], 0
        while i < len(text):
            pair = text[i:i + 2]
            if len(pair) == 2 and pair in VNI_TABLE:
                out.append(VNI_TABLE[pair])
                i += 2
            else:
                out.append(VNI_TABLE.get(text[i], text[i]))
                i += 1
        return unicodedata.normalize("NFC", "".join(out))
    raise ValueError(encoding)


def encode(text: str, encoding: str) -> str:
    """Unicode *text* as a TCVN3 or VNI writer would have typed it (letters in capitals TCVN3 lacks
    are written with their small letter's code, as the capital fonts do)."""
    text = unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        table = {letter: code for code, letter in TCVN3_TABLE.items()}
        return "".join(table.get(ch) or table.get(ch.lower()) or ch for ch in text)
    if encoding == VNI:
        return "".join(VNI_ENCODE.get(ch, ch) for ch in text)
    raise ValueError(encoding)


def _camel(word: str) -> bool:
    """A capital right after a small letter ("tÕ", "hiÖn"): how TCVN3 looks as Latin-1, not how anyone writes."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


SAMPLE_WORDS = 400  # words weighed per text and encoding: plenty to tell, and a bound on the time a huge cell takes


def _score(text: str, encoding: str, font_says: bool = False) -> tuple[float, int]:
    """(words speaking for *encoding*, words speaking against it), over the first SAMPLE_WORDS words
    that are not plain ASCII. *font_says*: the text's font is one of the encoding's, so a
    word that reads as Vietnamese both ways speaks for it (the font is what the writer saw) and a
    short one counts in full."""
    words = _tcvn3_words(text) if encoding == TCVN3 else _vni_words(text)
    evidence = against = weighed = 0
    for match in words:
        word = match.group(0)
        if word.isascii():
            continue
        for_it, against_it = _word_verdict(word, encoding, font_says)
        evidence, against, weighed = evidence + for_it, against + against_it, weighed + 1
        if weighed >= SAMPLE_WORDS:
            break
    return evidence, against


@functools.lru_cache(maxsize=16384)
def _word_verdict(word: str, encoding: str, font_says: bool) -> tuple[float, int]:
    """How much one word speaks for *encoding* and against it."""
    if _UNICODE_ONLY.search(word):
        return 0, 1
    marks = TCVN3_TABLE if encoding == TCVN3 else _VNI_MARKS
    if not any(ch in marks for ch in word) or re.search("[0-9]", word):
        return 0, 0
    camel = _camel(word)
    as_written = is_syllable(word) and not camel
    result = unicodedata.normalize("NFC", _tcvn3_word(word, False)) if encoding == TCVN3 else convert(word, VNI)
    if result == word:  # VNI's í and ì, or marks that follow no letter they combine with
        return 0, 0
    weight = 0 if _camel(result) else _syllable_weight(result)
    if weight and (font_says or not as_written):
        return (weight if len(word) > 2 or camel or font_says else weight / 2), 0  # "µm", "lµ": too short alone
    return 0, int(as_written and not weight)


def font_encoding(font: str | None) -> str | None:
    """The encoding a font's name says: the ABC fonts (.VnTime, .VnArialH…) are TCVN3, VNI-Times… VNI."""
    if not font:
        return None
    name = font.strip().casefold()
    if name.startswith(".vn"):
        return TCVN3
    if re.match(r"vni[- _]", name):
        return VNI
    return None


def detect(text: str, font: str | None = None) -> str | None:
    """"tcvn3" or "vni" when *text* reads as Vietnamese typed in that encoding, else None.

    Detected when some word becomes a Vietnamese syllable only once converted, and such words
    outnumber the ones against (or are two or more: a Unicode cell with a pasted legacy run).
    *font*: the name of the font the text is shown in, when known; an old font tips a text that
    reads both ways."""
    hinted = font_encoding(font)
    if hinted is not None:
        evidence, against = _score(text, hinted, font_says=True)
        if evidence >= 1 and evidence > against:
            return hinted
    best, best_evidence = None, 0
    for encoding in (TCVN3, VNI):
        evidence, against = _score(text, encoding)
        if evidence >= 1 and (evidence > against or evidence >= 2) and evidence > best_evidence:
            best, best_evidence = encoding, evidence
    return best
