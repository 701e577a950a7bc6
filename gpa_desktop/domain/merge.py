"""Three-way merge of one field: the value exported (base), the database's now (ours), the workbook's (theirs)."""

from __future__ import annotations

from enum import Enum


class Decision(str, Enum):
    UNCHANGED = "unchanged"  # nobody changed it, or both made the same change
    APPLY = "apply"  # only the workbook changed it: take theirs
    KEEP = "keep"  # only the database changed it since export: keep ours
    CONFLICT = "conflict"  # both changed it differently: a person decides


def same(a: object, b: object) -> bool:
    """Equal as reported values: empty text and nothing are the same, numbers compare as numbers."""
    kind = a.__class__
    if kind is b.__class__:  # the usual case, without the rules below (a merge asks it for every field)
        if a == b:
            return True
        if kind is str or kind is int:  # two texts, or two whole numbers, that differ
            return False
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def decide(base: object, ours: object, theirs: object, *, has_base: bool = True) -> Decision:
    if same(ours, theirs):
        return Decision.UNCHANGED
    if not has_base:
        # a workbook that lost its identity: fill what is empty, never overwrite silently
        return Decision.APPLY if same(ours, None) else Decision.CONFLICT
    if same(theirs, base):
        return Decision.KEEP
    if same(ours, base):
        return Decision.APPLY
    return Decision.CONFLICT


def decide_fields(base: object, ours: object, theirs: dict[str, object], *, has_base: bool = True) -> list[tuple[str, object, object, object, Decision]]:
    """decide() for each field of *theirs* (name → value) against the same-named attributes of *base* and
    *ours*: (name, base, ours, theirs, decision) of the fields not UNCHANGED. A value equal to ours, the
    usual case, is answered before the rest (a workbook has thousands of fields)."""
    out = []
    for name, value in theirs.items():
        now = getattr(ours, name)
        if value.__class__ is now.__class__ and value == now:  # same(ours, theirs): decide's first answer
            continue
        was = getattr(base, name)
        decision = decide(was, now, value, has_base=has_base)
        if decision is not Decision.UNCHANGED:
            out.append((name, was, now, value, decision))
    return out


def common_since(decision: Decision, base: object, theirs: object, base_since: str | None, now: str) -> str | None:
    """Since when the value both ends share (the next merge's base) has been shared, after one merge
    of one field: from now when this merge made it (taken, or a conflict decided here), else as before.

    Times are one installation's own clock (ISO text); None: not known to be shared."""
    if decision in (Decision.APPLY, Decision.CONFLICT):
        return now
    if decision is Decision.UNCHANGED and not same(theirs, base):
        return now  # both made the same change
    return base_since
