"""The Exchange menu: returned workbooks in; reporting templates, the plan and the summary out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError
from ..i18n import translate
from . import prompts
from .plan_state import SharedPlan
from .runner import OperationRunner


class ExchangeActions(QObject):
    def __init__(
        self, window: QWidget, runner: OperationRunner, shared: SharedPlan, my_agency: Callable[[], str | None], before: Callable[[], None],
        show_period: Callable[[str], None] = lambda _period: None,
    ) -> None:
        super().__init__(window)
        self.window, self.runner, self.shared = window, runner, shared
        self.show_period = show_period  # the window shows this period in every tab
        self.my_agency = my_agency  # whose installation this is, as the settings say now
        self.before = before  # save what the officer is typing first

    def workbooks_to_open(self) -> str:
        """Every kind of workbook an officer may be sent: the import explains what it cannot read (.xls, .ods)."""
        return self.tr("Workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)")

    def import_workbooks(self) -> None:
        from ..operations.reorganisation import is_changes_workbook  # the ORM and openpyxl: loaded when first used, not to start the window

        from .import_dialog import ImportDialog

        paths = prompts.choose_open_files(
            self.window, self.tr("Import returned workbooks"), self.workbooks_to_open()
        )
        if not paths:
            return
        self.before()
        paths = [Path(p) for p in paths]
        reorganisations = [p for p in paths if is_changes_workbook(p)]  # a list of agency changes, not reports
        for path in reorganisations:
            self.apply_changes_workbook(path)
        reports = [p for p in paths if p not in reorganisations]
        if not reports:
            return
        dialog = ImportDialog(self.runner.ws, self.shared.plan, reports, self.window)
        dialog.exec()
        self._imported(dialog)

    def apply_changes_workbook(self, path: Path | None = None) -> None:
        """Preview a reorganisation workbook and apply its confirmed rows as one undo step."""
        from .reorganisation_dialog import ReorganisationDialog

        if path is None:
            chosen = prompts.choose_open_file(
                self.window, self.tr("Apply a reorganisation workbook"), self.workbooks_to_open()
            )
            if not chosen:
                return
            self.before()
            path = Path(chosen)
        ReorganisationDialog(self.runner, path, self.window).exec()

    def export_changes(self) -> None:
        """The reorganisation workbook: the changes the app knows, proposed for the province to confirm."""
        from ..operations.reorganisation import export_changes  # the ORM and openpyxl: loaded when first used, not to start the window

        path = prompts.choose_save_file(
            self.window, self.tr("Export the reorganisation workbook"), "ThayDoi_CoQuan_DonVi.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            def write() -> str:
                rows = export_changes(self.runner.ws, Path(path))
                return self.tr(
                    "Written: {file} ({rows} proposed changes). The province confirms each row (\"Xác nhận\") and adds the communes "
                    "and wards; then import it back with Exchange → Import returned workbooks."
                ).format(file=path, rows=rows)

            self._export(write, path)

    def _imported(self, dialog) -> None:
        """The batch as one undo step, the window on its period, and what it did in a few lines."""
        from ..operations.exchange import BatchOutcome

        batch = BatchOutcome()
        for outcome in dialog.outcomes:
            batch.add(outcome)
        if not batch.outcomes:
            return
        names = [o.file_name for o in batch.outcomes]
        text = self.tr("Import {file}").format(file=names[0]) if len(names) == 1 else self.tr("Import of {count} workbooks").format(count=len(names))
        self.runner.record(text, batch.changes)
        periods = Counter(period for _task, _agency, period in batch.changes.reports)
        if periods:
            self.show_period(periods.most_common(1)[0][0])  # where the new figures are
        lines = [
            self.tr("{imported} of {total} files imported: {rows} rows written, {kept} conflicts kept as in the database.").format(
                imported=len(names), total=len(dialog.paths), rows=sum(o.applied for o in batch.outcomes),
                kept=sum(o.conflicts_kept for o in batch.outcomes),
            )
        ]
        written = {o.file_name for o in batch.outcomes}
        left = [text for path, text in zip(dialog.paths, dialog.verdicts()) if path.name not in written]
        if left:  # each file that did not go in, with why
            lines.append("\n".join(left))
        if periods:
            lines.append(self._still_missing(self.shared.period))
        prompts.show_info(self.window, self.tr("Import"), "\n\n".join(lines))

    def _still_missing(self, period: str) -> str:
        """Who has still not reported everything for *period*: the question after an import."""
        from ..operations.completeness import period_report

        report = period_report(self.runner.ws, period)
        missing = report.completeness.not_reported()
        if not missing:
            return self.tr("Period {period}: every agency has reported everything.").format(period=period)
        ends_on = self.shared.ends_on
        shown = [report.plan.agency(entry.agency).name_on(ends_on) for entry in missing[:8]]
        if len(missing) > len(shown):
            shown.append(self.tr("and {count} more").format(count=len(missing) - len(shown)))
        return self.tr("Period {period}: {count} agencies have not reported everything yet: {names} (the Reporting tab lists them).").format(
            period=period, count=len(missing), names="; ".join(shown)
        )

    def show_receipts(self) -> None:
        from .receipts_view import ReceiptsDialog

        ReceiptsDialog(self.runner.ws, self.shared.period_codes, self.shared.period, self.window).exec()

    def _export(self, action: Callable[[], str], path: str) -> None:
        try:
            message = action()
        except UserError as error:
            prompts.show_error(self.window, self.tr("Export"), error.render(translate))
            return
        prompts.show_written(self.window, self.tr("Export"), message, path)

    def export_templates(self) -> None:
        """An agency's installation exports its own workbook; the province's exports one per agency.
        A workbook already in the folder is replaced only when the officer says so (the save dialog
        asks for one file; for a folder the list is shown), never one holding values not imported."""
        from ..operations.exchange import TemplatesInTheWay, export_templates, template_file_name  # loaded when first used, not to start the window

        self.before()
        period, mine = self.shared.period, self.my_agency()
        workbooks = self.tr("Excel workbooks (*.xlsx)")
        if mine:
            path = prompts.choose_save_file(self.window, self.tr("Export the reporting workbook"), template_file_name(mine, period), workbooks)
            if path:
                def one() -> str:
                    export_templates(self.runner.ws, period, lambda _code: Path(path), agencies=[mine], force=True)
                    return self.tr("Written: {file}").format(file=path)

                self._export(one, path)
            return
        folder = prompts.choose_folder(self.window, self.tr("Folder for the reporting workbooks"))
        if not folder:
            return

        def every(force: bool) -> list:
            from PySide6.QtCore import Qt  # not at import: naming Qt builds PySide's 93 enums (tests/test_startup.py)
            from PySide6.QtWidgets import QProgressDialog

            progress = QProgressDialog(self.tr("Writing the reporting workbooks…"), self.tr("Cancel"), 0, 0, self.window)
            progress.setObjectName("export_progress")
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

            def step(done: int, total: int) -> bool:
                progress.setMaximum(total)
                progress.setValue(done)
                progress.setLabelText(self.tr("Writing the reporting workbooks… {done} of {total}").format(done=done, total=total))
                QCoreApplication.processEvents()  # the window stays painted and Cancel works
                return not progress.wasCanceled()

            try:
                return export_templates(
                    self.runner.ws, period, lambda code: Path(folder) / template_file_name(code, period), force=force, progress=step
                )
            finally:
                progress.close()
                progress.deleteLater()

        try:
            try:
                written = every(False)
            except TemplatesInTheWay as in_the_way:
                names = "\n".join(f.name for f in in_the_way.files)
                question = self.tr("These workbooks are in {folder} already:\n\n{files}\n\nReplace them?").format(
                    folder=folder, files=names
                )
                if not prompts.ask_yes_no(self.window, self.tr("Export"), question):
                    return
                written = every(True)
        except UserError as error:
            prompts.show_error(self.window, self.tr("Export"), error.render(translate))
            return
        prompts.show_written(self.window, self.tr("Export"), self.tr("{count} workbooks written to {folder}.").format(count=len(written), folder=folder), folder)

    def export_plan(self) -> None:
        from ..operations.exchange import export_plan  # the ORM and openpyxl: loaded when first used, not to start the window

        path = prompts.choose_save_file(self.window, self.tr("Export the plan"), "KeHoach_TangTruongXanh.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            def write() -> str:
                export_plan(self.runner.ws, Path(path))
                return self.tr("Written: {file}").format(file=path)

            self._export(write, path)

    def export_summary(self) -> None:
        from ..operations.exchange import export_summary  # the ORM and openpyxl: loaded when first used, not to start the window

        self.before()
        period = self.shared.period
        path = prompts.choose_save_file(self.window, self.tr("Export the period summary"), f"TongHop_{period}.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            def write() -> str:
                export_summary(self.runner.ws, period, Path(path))
                return self.tr("Written: {file}").format(file=path)

            self._export(write, path)

