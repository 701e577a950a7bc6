"""Who a reporting workbook is for and what it held when exported, carried inside the file.

Kept as plain text cells on a hidden sheet (LibreOffice and WPS keep those; they drop
very-hidden state, protection flags and quote prefixes), with a SHA-256 digest of its facts and
rows, and sealed: the exporting installation's Ed25519 signature over the digest and the payload,
beside its public key (exchange/seal.py). The digest alone proves nothing (anyone can recompute
it); the signature says which installation wrote the identity, and a signature that does not
verify is an altered file.

A province template also carries a payload (the reference data an agency's installation adopts,
compact JSON, compressed, base64, across cells of at most 32,000 characters), under the same
seal. An agency's installation re-exporting the template adds, unsealed, who sent it and when.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from functools import cached_property

from ..domain.reports import ReportValues
from .layout import TEMPLATE_VERSION

MAGIC = "GPA Desktop reporting workbook"
CHUNK = 32_000  # a cell holds 32,767 characters at most
MAX_PAYLOAD = 20 * 1024 * 1024  # decompressed: a bigger one is a bomb, not reference data


@dataclass(frozen=True)
class RowBase:
    """A row as exported: the report's revision and values then (None: no report yet)."""

    task: str
    revision: int
    values: ReportValues | None

    def __reduce__(self):  # pickled as a tuple: the reader process sends one per row of a workbook
        return (RowBase, (self.task, self.revision, self.values))


@dataclass(frozen=True)
class WorkbookIdentity:
    agency: str
    period: str
    plan_revision: str
    template_version: int
    exported_at: str  # ISO time, UTC
    installation: str
    rows: tuple[RowBase, ...]
    payload: str = ""  # sealed: compressed JSON (reference data, revision, what was last received)
    public_key: str = ""  # the sealing installation's Ed25519 public key (base64); "" unsealed (an old template)
    signature: str = ""  # over seal_message(), by that key
    sent_by: str = field(default="", compare=False)  # unsealed: the agency installation that re-exported it
    sent_at: str = field(default="", compare=False)  # unsealed: when (its clock, ISO, UTC)

    def facts(self) -> list[tuple[str, str]]:
        return [
            ("agency", self.agency),
            ("period", self.period),
            ("plan_revision", self.plan_revision),
            ("template_version", str(self.template_version)),
            ("exported_at", self.exported_at),
            ("installation", self.installation),
        ]

    def digest(self) -> str:
        return self._digest

    @cached_property
    def _digest(self) -> str:  # an import asks for it several times a file (its copy's key, its seal)
        canonical = {
            **dict(self.facts()),
            # vars() of the flat frozen dataclass is asdict() without its deep copy: the same JSON, much faster
            "rows": [[r.task, r.revision, dict(vars(r.values)) if r.values else None] for r in self.rows],
        }
        # check_circular=False: the same text, without keeping the id of every row and values on the way
        text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"), check_circular=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def seal_message(self) -> bytes:
        return f"{self.digest()}\n{self.payload}".encode("utf-8")

    @property
    def sealed(self) -> bool:
        return bool(self.signature)

    @cached_property
    def content(self) -> dict:
        """The sealed payload, decoded ({} when there is none)."""
        return decode_payload(self.payload) if self.payload else {}

    @cached_property
    def _by_task(self) -> dict[str, RowBase]:  # built once: a workbook has hundreds of rows, each looked up
        return {r.task: r for r in self.rows}

    def base(self, task: str) -> RowBase | None:
        return self._by_task.get(task)


def encode_payload(content: dict) -> str:
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")


def decode_payload(payload: str) -> dict:
    try:
        inflater = zlib.decompressobj()
        data = inflater.decompress(base64.b64decode(payload, validate=True), MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise ValueError("payload too large")
        content = json.loads(data.decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError) as exc:
        raise IdentityProblem("altered") from exc
    if not isinstance(content, dict):
        raise IdentityProblem("altered")
    return content


def encode_rows(identity: WorkbookIdentity) -> list[list[str]]:
    """The identity sheet's cells, all text."""
    cells = [[MAGIC, ""], *([k, v] for k, v in identity.facts()), ["digest", identity.digest()]]
    if identity.signature:
        cells += [["sealed_by", identity.public_key], ["signature", identity.signature]]
    if identity.payload:
        cells.append(["payload", *(identity.payload[i : i + CHUNK] for i in range(0, len(identity.payload), CHUNK))])
    if identity.sent_by:
        cells += [["sent_by", identity.sent_by], ["sent_at", identity.sent_at]]
    cells.append(["rows", ""])
    for row in identity.rows:
        values = json.dumps(vars(row.values), ensure_ascii=False, sort_keys=True) if row.values else ""
        cells.append([row.task, str(row.revision), values])
    return cells


_scan_once = json.JSONDecoder().scan_once  # the decoder's C scanner, which json.loads ends up calling


def _json_value(text: str):
    """json.loads(text) for a stripped text (no blanks around it), without its wrapper's steps (a blank
    match before and after, raw_decode's frame): hundreds a workbook."""
    try:
        value, end = _scan_once(text, 0)
    except StopIteration:
        raise ValueError("no JSON value") from None  # what json.loads refuses too
    if end != len(text):
        raise ValueError("extra data")
    return value


class IdentityProblem(Exception):
    """The identity sheet is missing ("missing"), does not match its digest or seal ("altered"), or
    comes from a newer template ("newer")."""


def decode_rows(cells: list[list]) -> WorkbookIdentity:
    """Read the identity back from the sheet's cell values; raise IdentityProblem when absent or altered."""
    text = [[("" if c is None else str(c)).strip() for c in row] + ["", "", ""] for row in cells]
    if not text or text[0][0] != MAGIC:
        raise IdentityProblem("missing")
    facts: dict[str, str] = {}
    index = 1
    while index < len(text) and text[index][0] != "rows":
        key = text[index][0]
        facts[key] = "".join(text[index][1:]) if key == "payload" else text[index][1]
        index += 1
    try:
        if int(float(facts.get("template_version", "0"))) > TEMPLATE_VERSION:
            raise IdentityProblem("newer")  # a newer app may seal its files differently: say so, not "altered"
    except ValueError as exc:
        raise IdentityProblem("altered") from exc
    rows = []
    for row in text[index + 1 :]:
        if not row[0]:
            continue
        try:
            revision = int(float(row[1]))
            values = ReportValues(**_json_value(row[2])) if row[2] else None
        except (ValueError, TypeError) as exc:
            raise IdentityProblem("altered") from exc
        rows.append(RowBase(row[0], revision, values))
    try:
        identity = WorkbookIdentity(
            agency=facts["agency"],
            period=facts["period"],
            plan_revision=facts["plan_revision"],
            template_version=int(float(facts["template_version"])),
            exported_at=facts["exported_at"],
            installation=facts["installation"],
            rows=tuple(rows),
            payload=facts.get("payload", ""),
            public_key=facts.get("sealed_by", ""),
            signature=facts.get("signature", ""),
            sent_by=facts.get("sent_by", ""),
            sent_at=facts.get("sent_at", ""),
        )
    except (KeyError, ValueError) as exc:
        raise IdentityProblem("altered") from exc
    if identity.digest() != facts.get("digest"):
        raise IdentityProblem("altered")
    if identity.payload or identity.signature or identity.public_key:  # a payload is never unsealed
        from .seal import verify

        if not verify(identity.public_key, identity.signature, identity.seal_message()):
            raise IdentityProblem("altered")
        identity.content  # noqa: B018 - a payload that does not decode is an altered one
    return identity
