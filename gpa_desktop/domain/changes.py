"""What one officer action changed, said in the domain's words.

Every operation returns an ``OpChanges``; the window broadcasts it with its origin and each
view decides from it whether it must refresh (Anki's ``OpChanges``). It is computed by
storage from the rows the action wrote, never guessed by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


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
        return replace(
            self,
            batches=self.batches + tuple(b for b in other.batches if b not in self.batches),
            reports=self.reports | other.reports,
            tasks=self.tasks | other.tasks,
            agencies=self.agencies | other.agencies,
            periods=self.periods | other.periods,
            plan_loaded=self.plan_loaded or other.plan_loaded,
            receipts=self.receipts or other.receipts,
            issued=self.issued or other.issued,
        )


NOTHING = OpChanges()
