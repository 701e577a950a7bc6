"""Refresh the translation sources and compile them.

    python translations/update.py                 # lupdate (drop vanished strings) + lrelease
    python translations/update.py --fill a.json b.json  # also take Vietnamese texts from {"English": "Tiếng Việt"}

English source strings are their own English translation, so gpa_desktop_en.ts is filled automatically.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "gpa_desktop"
LANGUAGES = ("vi", "en")


def ts_path(language: str) -> Path:
    return HERE / f"gpa_desktop_{language}.ts"


def lupdate() -> None:
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            ["pyside6-lupdate", "-silent", "-no-obsolete", "-target-language", language, *sources, "-ts", str(ts_path(language))],
            check=True,
        )


def fill(language: str, texts: dict[str, str] | None) -> int:
    """Fill unfinished entries (English: with the source itself); return how many stay unfinished."""
    path = ts_path(language)
    tree = ET.parse(path)
    left = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        text = source if language == "en" else (texts or {}).get(source)
        if text:
            translation.text = text
            del translation.attrib["type"]
        else:
            left += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return left


def lrelease() -> None:
    for language in LANGUAGES:
        subprocess.run(["pyside6-lrelease", "-silent", str(ts_path(language))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path, nargs="*", default=[], help="JSON files mapping English source → Vietnamese")
    args = parser.parse_args()
    lupdate()
    texts: dict[str, str] = {}
    for path in args.fill:
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    fill("en", None)
    left = fill("vi", texts)
    lrelease()
    if left:
        print(f"{left} Vietnamese strings are unfinished in {ts_path('vi').name}", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
