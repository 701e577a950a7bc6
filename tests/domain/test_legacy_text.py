"""Old Vietnamese encodings (TCVN3, VNI): the tables, the conversion and the detector."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from gpa_desktop.domain.legacy_text import TCVN3, TCVN3_TABLE, VNI, VNI_TABLE, convert, detect, encode

PLAN = Path(__file__).resolve().parents[2] / "resources" / "plan"
TONES = "\u0301\u0300\u0309\u0303\u0323"


def _letters() -> list[str]:
    """Every Vietnamese letter with a diacritic, small: 12 vowels × 6 tones less the 6 bare ones, and đ."""
    vowels = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"]
    letters = [unicodedata.normalize("NFC", v + t) for v in vowels for t in ("", *TONES)]
    return [ch for ch in letters if not ch.isascii()] + ["đ"]


SMALL = _letters()
CAPITAL = [ch.upper() for ch in SMALL]


def test_there_are_67_letters_in_each_case():
    assert len(SMALL) == len(set(SMALL)) == 67 and all(len(ch) == 1 for ch in SMALL + CAPITAL)


def test_tcvn3_holds_every_small_letter_and_its_capitals_in_one_byte():
    assert set(SMALL) <= set(TCVN3_TABLE.values())
    assert {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"} <= set(TCVN3_TABLE.values())
    assert all(0xA1 <= ord(code) <= 0xFF for code in TCVN3_TABLE)
    assert len(set(TCVN3_TABLE.values())) == len(TCVN3_TABLE) == 90  # 67 small, 7 plain and 16 toned capitals


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv is not installed")
def test_tcvn3_table_agrees_with_the_c_library_tcvn_5712_codec():
    codes = bytes(ord(code) for code in TCVN3_TABLE)
    decoded = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=codes, capture_output=True, check=True).stdout
    assert list(decoded.decode()) == list(TCVN3_TABLE.values())


def test_tcvn3_round_trip_of_every_letter_in_both_cases():
    for letter in SMALL:
        assert convert(encode(letter, TCVN3), TCVN3) == letter
        assert convert(encode(f"t{letter}n", TCVN3), TCVN3) == f"t{letter}n"
    for letter in CAPITAL:  # a capital TCVN3 lacks is written with its small letter's code, in a word in capitals
        assert convert(encode(f"T{letter}N", TCVN3), TCVN3) == f"T{letter}N", letter
    for letter in "ĂÂÊÔƠƯĐ":
        assert convert(encode(letter, TCVN3), TCVN3) == letter


def test_vni_round_trip_of_every_letter_in_both_cases():
    for letter in SMALL + CAPITAL:
        code = encode(letter, VNI)
        assert 1 <= len(code) <= 2 and (code != letter or letter in "íìÍÌ")  # VNI's í and ì are Latin-1's
        assert convert(code, VNI) == letter
        assert convert(f"t{code}n", VNI) == f"t{letter}n"
    assert len(VNI_TABLE) == 134


def test_texts_seen_in_the_wild_convert():
    """Renderings not made by this module's encoder: what TCVN3 and VNI files actually hold."""
    assert convert("KÕ ho¹ch hµnh ®éng", TCVN3) == "Kế hoạch hành động"
    assert convert("B¶o Th¾ng, M\xadêng Kh\xad¬ng", TCVN3) == "Bảo Thắng, Mường Khương"
    assert convert("Së Tµi nguyªn vµ M«i tr\xadêng", TCVN3) == "Sở Tài nguyên và Môi trường"
    assert convert("Xin chaøo caùc baïn", VNI) == "Xin chào các bạn"
    assert convert("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI) == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert convert("Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3) == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert convert("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", TCVN3) == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert unicodedata.is_normalized("NFC", convert(unicodedata.normalize("NFD", "Vieät"), VNI))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.fixture(scope="module")
def plan_texts(seed_text) -> list[str]:
    """Every text of the built-in plan and its statuses, the source document whole and paragraph by paragraph."""
    texts = set(_strings(json.loads((PLAN / "gia_lai_2023.json").read_text(encoding="utf-8"))))
    texts |= set(_strings(json.loads((PLAN / "statuses.json").read_text(encoding="utf-8"))))
    texts |= {p.strip() for p in re.split(r"\n\s*\n", seed_text) if p.strip()} | {seed_text}
    return sorted(t for t in texts if re.search(r"[^\W\d_]", t))


def _without_diacritics(text: str) -> str:
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d").replace("Đ", "D")


ORDINARY = [
    "Report submitted on time, see the attached minutes.", "12.345,5", "80%", "1.234.567 triệu đồng",
    "5 µm", "PM2.5 (2,5 µm) giảm 10%", "§ 3 Điều 5", "© 2024 Sở Tài chính", "«Kế hoạch»", "25°C ± 2", "x² + y³",
    "½ năm", "café, Zürich, München, naïve, São Paulo, Müller", "Ñ", "ÔNG BÀ", "Ðà Lạt", "Khong co kho khan",
    "Công văn số 123/SKHĐT-TH ngày 05/01/2024", "https://gialai.gov.vn/ke-hoach", "Đ/c Nguyễn Văn A",
]


def test_no_false_positive_over_the_plan_and_ordinary_text(plan_texts):
    assert len(plan_texts) > 300
    assert [t for t in plan_texts if detect(t) is not None] == []
    assert [t for t in plan_texts if detect(_without_diacritics(t)) is not None] == []
    assert [t for t in plan_texts if detect(t.upper()) is not None] == []
    assert [t for t in ORDINARY if detect(t) is not None] == []


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_every_rendering_of_the_plan_is_detected_and_converts_back(plan_texts, encoding):
    rendered = [(t, encode(t, encoding)) for t in plan_texts]
    rendered = [(t, r) for t, r in rendered if r != t and len(t.split()) > 1]
    assert len(rendered) > 300
    assert [t for t, r in rendered if detect(r) != encoding] == []
    for text, legacy in rendered:
        back = convert(legacy, encoding)
        # TCVN3 has no toned capitals: a single one (a sentence's first letter) comes back small, as it showed
        assert back == text if encoding == VNI else back.casefold() == text.casefold()


def test_one_word_that_reads_both_ways_is_not_guessed():
    """"phè" is "phố" in TCVN3 and a word itself; "phoá" is "phố" in VNI and shaped like "hoá": alone, undecidable."""
    assert detect(encode("phố", TCVN3)) is None and detect(encode("phố", VNI)) is None
    assert detect(encode("đường phố", TCVN3)) == TCVN3 and detect(encode("đường phố", VNI)) == VNI


def test_a_unicode_text_with_a_pasted_legacy_part_is_detected():
    assert detect("Kết quả: §· hoµn thµnh c«ng viÖc") == TCVN3
    assert detect("Kết quả: ñaõ hoaøn thaønh coâng vieäc") == VNI


def test_an_old_font_tips_a_text_that_reads_both_ways_but_not_unicode_text():
    from gpa_desktop.domain.legacy_text import font_encoding

    assert font_encoding(".VnTime") == font_encoding(".VnArialH") == TCVN3 and font_encoding("VNI-Times") == VNI
    assert font_encoding("Times New Roman") is None and font_encoding(None) is None
    assert detect("phè") is None and detect("phè", font=".VnTime") == TCVN3
    assert detect("lµ") is None and detect("lµ", font=".VnTime") == TCVN3
    assert detect("phoá", font="VNI-Times") == VNI
    for unicode_text in ("Đã làm", "Ðã làm", "Done", "Đã hoàn thành 80%"):  # typed in Unicode, whatever the font
        assert detect(unicode_text, font=".VnTime") is None and detect(unicode_text, font="VNI-Times") is None
