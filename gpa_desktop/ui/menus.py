"""The main window's menus and toolbar: every action by name, with its shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QToolBar

from ..i18n import translate
from .read_only import refuse_writes


def _action(window: QMainWindow, text: str, name: str, slot: Callable, shortcut=None, writes: bool = False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:  # not setShortcut, nor a copy: their overloads take a Qt.Key, which builds all of PySide's
        # Qt enums before the first paint (see ui.plan_model's roles)
        action.setShortcuts([shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)])
    action.triggered.connect(slot)
    if writes:
        refuse_writes(window.ws.read_only, action)
    setattr(window, name, action)
    return action


def build_menus(window) -> None:
    a = lambda *args, **kw: _action(window, *args, **kw)  # noqa: E731
    files, exchange, reports = window.files, window.exchange, window.reports
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(a(translate("MainWindow", "Open another database…"), "action_open", files.open_database, QKeySequence.StandardKey.Open))
    file_menu.addAction(a(translate("MainWindow", "New database from the built-in plan…"), "action_new", files.new_database))
    file_menu.addAction(a(translate("MainWindow", "Back up the database…"), "action_backup", files.backup))
    file_menu.addAction(a(translate("MainWindow", "Restore from a backup…"), "action_restore", files.restore_backup, writes=True))
    file_menu.addSeparator()
    file_menu.addAction(a(translate("MainWindow", "Quit"), "action_quit", window.close, QKeySequence.StandardKey.Quit))

    edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
    # Our own actions rather than QUndoStack.createUndoAction: a report still being typed is
    # saved first, so Undo reverses what the officer sees, and nothing is pushed mid-undo.
    undo = a(translate("MainWindow", "Undo"), "action_undo", window.undo, QKeySequence.StandardKey.Undo)
    redo = a(translate("MainWindow", "Redo"), "action_redo", window.redo)
    # Ctrl+Y everywhere, and the platform's own (Ctrl+Shift+Z…); a key listed twice would be ambiguous and do nothing.
    keys = [QKeySequence("Ctrl+Y")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
    redo.setShortcuts(keys)
    stack = window.undo_stack
    for action, can, text, plain, labelled in (
        (undo, stack.canUndoChanged, stack.undoTextChanged, translate("MainWindow", "Undo"), translate("MainWindow", "Undo: {what}")),
        (redo, stack.canRedoChanged, stack.redoTextChanged, translate("MainWindow", "Redo"), translate("MainWindow", "Redo: {what}")),
    ):
        action.setEnabled(False)
        action.setIconText(plain)  # the toolbar keeps its short word; what it would undo is the menu's and the tooltip's
        can.connect(action.setEnabled)
        text.connect(lambda what, act=action, p=plain, f=labelled: act.setText(f.format(what=what) if what else p))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(a(translate("MainWindow", "Save the report now"), "action_save", window.commit_form, QKeySequence.StandardKey.Save, writes=True))
    edit_menu.addAction(a(translate("MainWindow", "Edit the selected task…"), "action_edit_task", window.edit_task, writes=True))

    ex = menu.addMenu(translate("MainWindow", "E&xchange"))
    ex.addAction(a(translate("MainWindow", "Import returned workbooks…"), "action_import", exchange.import_workbooks, QKeySequence("Ctrl+I"), writes=True))
    ex.addAction(a(translate("MainWindow", "Export reporting templates…"), "action_export_template", exchange.export_templates))
    ex.addAction(a(translate("MainWindow", "Export the plan…"), "action_export_plan", exchange.export_plan))
    ex.addAction(a(translate("MainWindow", "Export the period summary…"), "action_export_summary", exchange.export_summary))
    ex.addAction(a(translate("MainWindow", "Received workbooks…"), "action_receipts", exchange.show_receipts))

    rep = menu.addMenu(translate("MainWindow", "&Reports"))
    rep.addAction(a(translate("MainWindow", "Agency report…"), "action_report_agency", lambda: reports.print_report("agency"), QKeySequence.StandardKey.Print, writes=True))
    rep.addAction(a(translate("MainWindow", "Province report…"), "action_report_province", lambda: reports.print_report("province"), writes=True))
    rep.addAction(a(translate("MainWindow", "Plan listing…"), "action_report_plan", reports.print_plan))
    rep.addAction(a(translate("MainWindow", "Verify a report code…"), "action_verify", reports.verify_code))

    lists = menu.addMenu(translate("MainWindow", "&Lists"))
    lists.addAction(a(translate("MainWindow", "Reporting periods…"), "action_periods", window.edit_periods, writes=True))
    lists.addAction(a(translate("MainWindow", "Agency changes…"), "action_agencies", window.change_agencies, writes=True))
    lists.addAction(a(translate("MainWindow", "Export the reorganisation workbook…"), "action_export_changes", exchange.export_changes))
    lists.addAction(a(translate("MainWindow", "Apply a reorganisation workbook…"), "action_apply_changes", lambda: exchange.apply_changes_workbook(), writes=True))

    view = menu.addMenu(translate("MainWindow", "&View"))
    view.addAction(a(translate("MainWindow", "Expand all"), "action_expand", window.tree.expandAll, QKeySequence("Ctrl+Shift+E")))
    view.addAction(a(translate("MainWindow", "Collapse all"), "action_collapse", window.tree.collapseAll, QKeySequence("Ctrl+Shift+C")))
    view.addAction(a(translate("MainWindow", "Find a task"), "action_find", window._find, QKeySequence.StandardKey.Find))
    view.addAction(a(translate("MainWindow", "Clear the filters"), "action_clear_filters", window.clear_filters, QKeySequence("Ctrl+Shift+L")))

    settings = menu.addMenu(translate("MainWindow", "&Settings"))
    settings.addAction(a(translate("MainWindow", "Settings…"), "action_settings", files.edit_settings))
    language = settings.addMenu(translate("MainWindow", "Language"))
    language.addAction(a("Tiếng Việt", "action_vietnamese", lambda: window.languageRequested.emit("vi")))
    language.addAction(a("English", "action_english", lambda: window.languageRequested.emit("en")))
    for each in (file_menu, edit_menu, ex, rep, lists, view, settings, language):
        each.setToolTipsVisible(True)  # a disabled action says why (read-only) on hover


def build_toolbar(window) -> None:
    """One bar: the period every tab shows, then the everyday actions."""
    bar = QToolBar(translate("MainWindow", "Period and actions"))
    bar.setObjectName("actions")
    window.period_box = box = QComboBox()
    box.setObjectName("period")
    box.addItems(window.shared.period_codes)
    box.setCurrentText(window.period)
    box.currentTextChanged.connect(window.set_period)
    box.setToolTip(translate("MainWindow", "The reporting period shown in every tab"))
    label = QLabel(translate("MainWindow", "&Period") + " ")
    label.setBuddy(box)
    bar.addWidget(label)
    bar.addWidget(box)
    bar.addSeparator()
    for action in (
        window.action_undo, window.action_redo, None, window.action_import, window.action_export_template,
        window.action_report_agency, window.action_report_province,
    ):
        bar.addSeparator() if action is None else bar.addAction(action)
    window.addToolBar(bar)
