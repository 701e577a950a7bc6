"""Undo and redo of stored changes: one step may span several batches (an import of many files)."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.changes import OpChanges
from ..storage import changes as log
from .workspace import Workspace


def undo(ws: Workspace, batches: Sequence[int]) -> tuple[OpChanges, tuple[int, ...]]:
    """Reverse *batches* (last first) in one transaction; what changed, and the batches that did it."""
    return _replay(ws, list(reversed(batches)), log.undo)


def redo(ws: Workspace, batches: Sequence[int]) -> tuple[OpChanges, tuple[int, ...]]:
    return _replay(ws, list(batches), log.redo)


def _replay(ws: Workspace, batches: list[int], replay) -> tuple[OpChanges, tuple[int, ...]]:
    result = OpChanges()
    with ws.transaction() as session:
        for batch in batches:
            result = result | replay(session, batch, actor=ws.actor).summary()
    return result, result.batches
