"""What keeps a keystroke and a period switch cheap, checked by structure (never by seconds; tests/bench times them):
Qt walks the plan tree without calling Python per row, and a period switch reads the shown task's reports once."""

from __future__ import annotations

import sys

from gpa_desktop.ui.plan_model import NODE_ROLE

# Qt's item-model virtuals: a Python override of one of them is called back per row (and per column) on every keystroke.
PER_ROW = {"index", "parent", "rowCount", "columnCount", "hasChildren", "data", "flags", "filterAcceptsRow", "sibling"}


def _python_calls(action) -> dict[str, int]:
    """How often each function of the plan tree's model and filter ran during *action*: name → calls."""
    calls: dict[str, int] = {}

    def profile(frame, event, _arg):
        if event == "call" and frame.f_code.co_filename.endswith(("plan_model.py", "plan_filter.py")):
            calls[frame.f_code.co_name] = calls.get(frame.f_code.co_name, 0) + 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def _visible_tasks(window):
    proxy = window.proxy
    return [proxy.index(t, 0, proxy.index(g, 0)).data(NODE_ROLE).code for g in range(proxy.rowCount()) for t in range(proxy.rowCount(proxy.index(g, 0)))]


def test_a_keystroke_calls_no_python_per_row(window, qapp):
    def keystrokes():
        for text in ("nang luong", "tang truong xanh", "", "rung"):
            window.filter_edit.setText(text)
            window.tree.executeDelayedItemsLayout()
            qapp.processEvents()  # the layout and the paint: Qt reads every shown cell

    calls = _python_calls(keystrokes)
    assert calls.get("refilter") == 4  # the rows are decided once per keystroke, in Python
    assert not PER_ROW & calls.keys(), {name: calls[name] for name in PER_ROW & calls.keys()}
    assert "rung" in window.filter_edit.text() and 0 < len(_visible_tasks(window)) < 65


def test_the_rows_shown_again_are_expanded_and_a_folded_row_stays_folded(window):
    window.filter_edit.setText("nang luong")
    shown = _visible_tasks(window)
    first = window.proxy.mapFromSource(window.model.task_index(shown[0]))
    assert window.tree.isExpanded(first) and window.tree.isExpanded(first.parent())
    window.tree.collapse(first)
    window.filter_edit.setText("nang luon")  # the same tasks: nothing to expand again
    assert not window.tree.isExpanded(window.proxy.mapFromSource(window.model.task_index(shown[0])))
    window.filter_edit.setText("")
    hidden = next(code for code in (t.code for t in window.plan.tasks()) if code not in shown)
    assert window.tree.isExpanded(window.proxy.mapFromSource(window.model.task_index(hidden)))  # came back: unfolded


def test_a_period_switch_reads_the_shown_tasks_reports_once(window, monkeypatch):
    from gpa_desktop.operations import reports as operations_reports
    from gpa_desktop.storage import reports as storage_reports

    reads = []
    real = storage_reports.read_reports
    monkeypatch.setattr(operations_reports, "read_reports", lambda *a, **k: reads.append(k.get("task_code")) or real(*a, **k))
    window.set_period("2023")
    assert reads == ["1.1"] and window.form.key == ("1.1", "SKHDT", "2023")
    assert [row.agency for row in window.duties.rows][0] == "SKHDT"


def test_a_keystroke_repaints_the_plan_pane_not_the_whole_tab(window, qapp):
    """The count beside the filter keeps its size while it changes: a label growing or shrinking with each
    count asked every layout above it again, and the tab widget answers a layout request by repainting all of
    itself (the task pane, the form) on every keystroke."""
    from PySide6.QtCore import QEvent, QObject

    class Requests(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.LayoutRequest:
                self.seen.append(watched.objectName() or type(watched).__name__)
            return False

    for text in ("rung", "nang luong"):  # the count appears (its size changes once); the current task is hidden
        window.filter_edit.setText(text)
    for _ in range(6):  # each layout posts its request to the one above
        qapp.processEvents()
    assert window.right.currentWidget() is window.placeholder
    spy = Requests()
    window.tabs.installEventFilter(spy)
    counts = set()
    for text in ("tang truong xanh", "khi nha kinh", "nang luong"):
        window.filter_edit.setText(text)
        for _ in range(6):
            qapp.processEvents()
        counts.add(window.match_count.text())
    assert len(counts) == 3 and all(count.endswith("/65 nhiệm vụ") for count in counts)
    assert spy.seen == []
