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
