"""What one officer action changed, said in the domain's words.

Every operation returns an ``OpChanges``; the window broadcasts it with its origin and each
view decides from it whether it must refresh (Anki's ``OpChanges``). It is computed by
storage from the rows the action wrote, never guessed by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class OpChanges:
    #: the change-log batches written, in order (what one undo step reverses); empty when nothing was written
    batches: tuple[int, ...] = ()
    #: (task, agency, period) of every progress report created, changed or removed
    reports: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)
    #: tasks whose text, deadline or assigned agencies changed
    tasks: frozenset[str] = field(default_factory=frozenset)
    #: agencies added, renamed, merged, split, ended, or whose group membership changed
    agencies: frozenset[str] = field(default_factory=frozenset)
    #: reporting periods created, re-dated or deleted
    periods: frozenset[str] = field(default_factory=frozenset)
    #: the plan itself (a revision loaded)
    plan_loaded: bool = False
    #: the receipt register and the issued-report register
    receipts: bool = False
    issued: bool = False

    @property
    def plan(self) -> bool:
        """Whether the plan tree (tasks, agencies, who is assigned) must be read again."""
        return bool(self.tasks or self.agencies or self.plan_loaded)

    @property
    def duties(self) -> bool:
        """Whether who is expected to report may have changed (completeness, the assigned list)."""
        return bool(self.tasks or self.agencies or self.periods or self.plan_loaded)

    def report_periods(self) -> set[str]:
        return {period for _task, _agency, period in self.reports}

    def __bool__(self) -> bool:
        return bool(
            self.reports or self.tasks or self.agencies or self.periods or self.plan_loaded or self.receipts or self.issued
        )

    def __or__(self, other: "OpChanges") -> "OpChanges":
        return combined([self, other])


def combined(parts: list[OpChanges]) -> OpChanges:
    """What all of *parts* changed, in one pass (a batch of 150 files combined pairwise copied its growing
    set of reports 150 times)."""
    if len(parts) == 1:
        return parts[0]
    return OpChanges(
        batches=tuple(dict.fromkeys(b for part in parts for b in part.batches)),
        reports=frozenset().union(*(part.reports for part in parts)),
        tasks=frozenset().union(*(part.tasks for part in parts)),
        agencies=frozenset().union(*(part.agencies for part in parts)),
        periods=frozenset().union(*(part.periods for part in parts)),
        plan_loaded=any(part.plan_loaded for part in parts),
        receipts=any(part.receipts for part in parts),
        issued=any(part.issued for part in parts),
    )


NOTHING = OpChanges()
