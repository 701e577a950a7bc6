"""Who a reporting workbook is for and what it held when exported, carried inside the file.

Kept as plain text cells on a hidden sheet (LibreOffice and WPS keep those; they drop
very-hidden state, protection flags and quote prefixes), sealed with a SHA-256 digest so a
pasted, edited or forged identity is recognised on import.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

from ..domain.reports import ReportValues
from .layout import TEMPLATE_VERSION

MAGIC = "GPA Desktop reporting workbook"


@dataclass(frozen=True)
class RowBase:
    """A row as exported: the report's revision and values then (None: no report yet)."""

    task: str
    revision: int
    values: ReportValues | None


@dataclass(frozen=True)
class WorkbookIdentity:
    agency: str
    period: str
    plan_revision: str
    template_version: int
    exported_at: str  # ISO time, UTC
    installation: str
    rows: tuple[RowBase, ...]

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
        canonical = {
            **dict(self.facts()),
            # vars() of the flat frozen dataclass is asdict() without its deep copy: the same JSON, much faster
            "rows": [[r.task, r.revision, dict(vars(r.values)) if r.values else None] for r in self.rows],
        }
        text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @cached_property
    def _by_task(self) -> dict[str, RowBase]:  # built once: a workbook has hundreds of rows, each looked up
        return {r.task: r for r in self.rows}

    def base(self, task: str) -> RowBase | None:
        return self._by_task.get(task)


def encode_rows(identity: WorkbookIdentity) -> list[list[str]]:
    """The identity sheet's cells, all text."""
    cells = [[MAGIC, ""], *([k, v] for k, v in identity.facts()), ["digest", identity.digest()], ["rows", ""]]
    for row in identity.rows:
        values = json.dumps(vars(row.values), ensure_ascii=False, sort_keys=True) if row.values else ""
        cells.append([row.task, str(row.revision), values])
    return cells


class IdentityProblem(Exception):
    """The identity sheet is missing, does not match its digest, or comes from a newer template."""


def decode_rows(cells: list[list]) -> WorkbookIdentity:
    """Read the identity back from the sheet's cell values; raise IdentityProblem when absent or altered."""
    text = [[("" if c is None else str(c)).strip() for c in row] + ["", "", ""] for row in cells]
    if not text or text[0][0] != MAGIC:
        raise IdentityProblem("missing")
    facts: dict[str, str] = {}
    index = 1
    while index < len(text) and text[index][0] != "rows":
        facts[text[index][0]] = text[index][1]
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
            values = ReportValues(**json.loads(row[2])) if row[2] else None
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
        )
    except (KeyError, ValueError) as exc:
        raise IdentityProblem("altered") from exc
    if identity.digest() != facts.get("digest"):
        raise IdentityProblem("altered")
    return identity
