"""Translations are complete and current: every string the code marks is in the .ts, translated, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_unfinished_or_vanished_strings(language):
    entries = messages(TRANSLATIONS / f"gpa_desktop_{language}.ts")
    assert entries
    bad = [source for (_, source), t in entries.items() if t.get("type") in {"unfinished", "vanished", "obsolete"} or not t.text]
    assert bad == [], f"{len(bad)} strings need a translation in gpa_desktop_{language}.ts"


def test_placeholders_survive_translation():
    for (_, source), translation in messages(TRANSLATIONS / "gpa_desktop_vi.ts").items():
        fields = lambda text: sorted(part.split("}")[0] for part in text.split("{")[1:])  # noqa: E731
        assert fields(source) == fields(translation.text), source


def test_ts_files_are_current_with_the_code(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TRANSLATIONS / "gpa_desktop_vi.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "gpa_desktop").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", "-silent", "-no-obsolete", *sources, "-ts", str(copy)], check=True)
    assert set(messages(copy)) == set(messages(TRANSLATIONS / "gpa_desktop_vi.ts")), "run python translations/update.py"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_qm_is_compiled_from_the_current_ts(tmp_path, language):
    ts = TRANSLATIONS / f"gpa_desktop_{language}.ts"
    fresh = tmp_path / f"{language}.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (TRANSLATIONS / f"gpa_desktop_{language}.qm").read_bytes(), "run pyside6-lrelease"
