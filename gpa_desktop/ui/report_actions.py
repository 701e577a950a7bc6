"""The Reports menu: print an agency's or the province's report or the plan listing; verify a code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError
from ..i18n import translate
from . import prompts
from .plan_state import SharedPlan
from .runner import OperationRunner


class ReportActions(QObject):
    def __init__(self, window: QWidget, runner: OperationRunner, shared: SharedPlan, settings, before: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.runner, self.shared, self.settings, self.before = window, runner, shared, settings, before

    def print_report(self, kind: str) -> None:
        from .report_dialog import ReportDialog

        self.before()
        dialog = ReportDialog(self.runner.ws, self.shared.plan, self.settings, self.shared.period, kind, self.window)
        dialog.exec()
        if dialog.written is not None:
            self.runner.record("", _issued())
            path, code = dialog.written
            text = self.tr("Written: {file}").format(file=path)
            if code:
                text += "\n\n" + self.tr("Verification code: {code} (printed on every page; Reports → Verify a report code checks it later).").format(code=code)
            prompts.show_written(self.window, dialog.windowTitle(), text, path)

    def print_plan(self) -> None:
        path = prompts.choose_save_file(self.window, self.tr("Save the plan listing"), "DanhMucNhiemVu.pdf", self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        try:
            from ..operations.issue import ReportKind, issue_report

            issue_report(self.runner.ws, ReportKind.PLAN, Path(path))
        except UserError as error:
            prompts.show_error(self.window, self.tr("Export"), error.render(translate))
            return
        prompts.open_with_system_viewer(path)
        prompts.show_written(self.window, self.tr("Plan listing"), self.tr("Written: {file}").format(file=path), path)

    def verify_code(self) -> None:
        from .report_dialog import VerifyDialog

        VerifyDialog(self.runner.ws, self.window).exec()


def _issued():
    from ..domain.changes import OpChanges

    return OpChanges(issued=True)
