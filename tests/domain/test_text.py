import unicodedata

from gpa_desktop.domain.text import clean, fold, same_name


def test_clean_makes_nfc_and_single_spaces():
    decomposed = unicodedata.normalize("NFD", "  Sở Tài nguyên \n và   Môi trường ")
    assert clean(decomposed) == "Sở Tài nguyên và Môi trường"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_fold_ignores_case_and_diacritics_including_d_bar():
    assert fold("Tăng Trưởng XANH") == "tang truong xanh"
    assert fold("Đak Đoa") == fold("dak doa")
    assert fold(unicodedata.normalize("NFD", "Đức Cơ")) == "duc co"


def test_same_name_keeps_diacritics():
    assert same_name("Sở Công thương", "sở công Thương")
    assert not same_name("Sở Công thương", "So Cong thuong")
