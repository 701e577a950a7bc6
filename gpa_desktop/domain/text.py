"""Vietnamese text rules: NFC everywhere, and a folded form for searching."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, single spaces, no leading/trailing blanks: the form every stored name takes."""
    if text is None:
        return ""
    return " ".join(nfc(text).split())  # split() breaks at exactly the characters r"\s" matches, Unicode's spaces


def fold(text: str | None) -> str:
    """Case- and diacritic-insensitive key: 'Đắk Đoa' and 'dak doa' fold alike."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", clean(text).casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def same_name(a: str, b: str) -> bool:
    """Names compare equal after NFC, whitespace cleanup and casefold (diacritics kept)."""
    return clean(a).casefold() == clean(b).casefold()
