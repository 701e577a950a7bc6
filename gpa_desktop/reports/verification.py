"""Verification codes: a short code and a QR on each report, derived from a digest of exactly what it shows.

The snapshot of the shown data is kept in the database, so later `gpa-desktop verify CODE`
can say whether the records still hold exactly that, and if not, what changed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

ALPHABET_NOTE = "base32 without padding: no 0/1/8/9, easy to read aloud and type"


def digest(snapshot: dict) -> str:
    text = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def code_for(snapshot: dict) -> str:
    """'ABCDE-FGHIJ': the first 50 bits of the digest in base32."""
    raw = base64.b32encode(bytes.fromhex(digest(snapshot))).decode("ascii")[:10]
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(text: str) -> str:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{letters[:5]}-{letters[5:10]}"


@dataclass(frozen=True)
class Difference:
    key: str  # "task/agency"
    field: str
    then: object
    now: object


def compare(then_rows: list[dict], now_rows: list[dict]) -> list[Difference]:
    """What differs between the rows a report showed and the rows the database holds now."""
    def index(rows):
        return {f"{r['task']}/{r['agency']}": r for r in rows}

    before, after = index(then_rows), index(now_rows)
    out = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, {}), after.get(key, {})
        for field in sorted((set(old) | set(new)) - {"task", "agency"}):
            if old.get(field) != new.get(field):
                out.append(Difference(key, field, old.get(field), new.get(field)))
    return out


FIELD_LABELS = {
    "role": "Vai trò", "status": "Tình trạng", "percent": "Tiến độ", "results": "Kết quả thực hiện",
    "difficulties": "Khó khăn, vướng mắc", "proposals": "Đề xuất, kiến nghị", "budget": "Kinh phí (tr.đ)", "reported": "Báo cáo",
}


def describe(difference: Difference) -> str:
    """One change as an officer reads it, in the paper's own words:
    "Nhiệm vụ 1.2 – STNMT – Tiến độ: 45% → 60%"."""
    from .tables import budget, percent

    def show(value: object) -> str:
        if value is None or value == "":
            return "—"
        if difference.field == "reported":
            return "đã nhận" if value else "chưa nhận"
        if difference.field == "percent":
            return percent(value)
        if difference.field == "budget":
            return budget(value)
        text = str(value)
        return text if len(text) <= 60 else text[:57] + "…"

    task, _, agency = difference.key.partition("/")
    label = FIELD_LABELS.get(difference.field, difference.field)
    return f"Nhiệm vụ {task} – {agency} – {label}: {show(difference.then)} → {show(difference.now)}"
