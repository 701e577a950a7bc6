"""The main window as an officer uses it: find a task, fill in a report, undo, redo, edit a task, switch language."""

from __future__ import annotations

from gpa_desktop.operations import Workspace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from gpa_desktop.domain.plan import Role
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import read_reports
from gpa_desktop.ui import prompts
from gpa_desktop.ui.plan_model import NODE_ROLE, PERCENT, STATUS


def _select_task(window, code):
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index(code)))


def _select_agency(window, agency):
    row = window.duties.row_of(agency)
    assert row >= 0, agency
    window.assigned.setCurrentIndex(window.duties.index(row, 0))


def _tree_cell(window, code, column):
    index = window.model.task_index(code)
    return index.siblingAtColumn(column).data()


def _stored(db, task="1.2", agency="STNMT", period="2024"):
    with db.transaction() as session:
        return next((r.values for r in read_reports(session, period) if r.task == task and r.agency == agency), None)


def test_models_pass_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.duties)
    window.filter_edit.setText("nang luong")
    qtmodeltester.check(window.proxy)
    window.status_box.setCurrentIndex(window.status_box.findData(""))
    qtmodeltester.check(window.proxy)


def test_edit_a_report_through_the_form_then_undo_and_redo(window, db, qtbot):
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    form = window.form
    form.status.setCurrentIndex(form.status.findText("Đang thực hiện"))
    form.percent.setValue(45)
    form.results.setPlainText("Đã hoàn thành kiểm kê khí nhà kính năm 2024.")
    with qtbot.waitSignal(window.runner.changed, timeout=3000):
        pass  # the form writes on its own shortly after typing stops
    stored = _stored(db)
    assert (stored.status, stored.percent) == ("in_progress", 45)
    assert stored.results == "Đã hoàn thành kiểm kê khí nhà kính năm 2024."
    assert _tree_cell(window, "1.2", STATUS).startswith("Đang thực hiện") and _tree_cell(window, "1.2", PERCENT) == "45%"

    window.action_undo.trigger()
    assert _stored(db) is None and _tree_cell(window, "1.2", STATUS) is None
    window.action_redo.trigger()
    assert _stored(db).percent == 45 and _tree_cell(window, "1.2", PERCENT) == "45%"
    assert form.history.count() >= 1


def test_an_invalid_value_is_refused_beside_the_field(window, db):
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    window.form.results.setPlainText("x" * 40_000)
    window.form.commit()
    assert "32767" in window.form.message.text() and _stored(db) is None


def test_filter_ignores_case_and_diacritics(window):
    def visible_tasks():
        out = []
        for g in range(window.proxy.rowCount()):
            group = window.proxy.index(g, 0)
            out += [window.proxy.index(t, 0, group).data(NODE_ROLE).code for t in range(window.proxy.rowCount(group))]
        return out

    window.filter_edit.setText("kiem ke khi nha kinh")
    plain = visible_tasks()
    window.filter_edit.setText("KIỂM KÊ khí nhà kính")
    assert visible_tasks() == plain and "1.2" in plain and len(plain) < 65
    window.filter_edit.setText("ngân hàng nhà nước")
    assert set(visible_tasks()) >= {"3.4", "4.4", "4.5"}
    window.filter_edit.clear()
    window.role_box.setCurrentIndex(window.role_box.findData(None))
    window.agency_box.setCurrentIndex(window.agency_box.findData("PLEIKU"))
    assert "1.1" in visible_tasks() and len(visible_tasks()) == 64  # through "UBND các huyện, thị xã, thành phố"
    window.deadline_box.setCurrentIndex(window.deadline_box.findData("Năm 2023"))
    assert visible_tasks() == ["1.1"]


def test_add_an_activity_through_the_task_form(window, db, monkeypatch):
    from gpa_desktop.ui.task_form import TaskForm

    _select_task(window, "1.4")
    opened = []

    def fake_exec(form):
        form.add_activity()
        form.activities.item(form.activities.count() - 1).setText("Vận hành cơ sở dữ liệu tăng trưởng xanh.")
        form.apply()
        opened.append(form)
        return form.result()

    monkeypatch.setattr(TaskForm, "exec", fake_exec)
    window.action_edit_task.trigger()
    with db.transaction() as session:
        task = next(t for t in read_plan(session).tasks() if t.code == "1.4")
    assert task.activities[-1] == "Vận hành cơ sở dữ liệu tăng trưởng xanh." and len(task.activities) == 2
    assert window.model.rowCount(window.model.task_index("1.4")) == 2
    window.action_undo.trigger()
    assert window.model.rowCount(window.model.task_index("1.4")) == 1


def test_switch_language_at_run_time(qapp, db_path, settings, monkeypatch):
    from gpa_desktop.app import Shell

    shell = Shell(qapp, settings, "vi")
    assert shell.open(db_path)
    assert shell.window.menuBar().actions()[0].text() == "&Tệp"
    shell.window.action_english.trigger()
    assert shell.window.menuBar().actions()[0].text() == "&File" and settings.language == "en"
    shell.window.action_vietnamese.trigger()
    assert shell.window.tabs.tabText(1) == "Cơ quan"
    shell.close()
    for translator in shell.translators:
        qapp.removeTranslator(translator)


def test_a_database_on_a_network_share_is_warned_about_once_opened(qapp, db_path, settings, monkeypatch):
    from gpa_desktop.app import Shell
    from gpa_desktop.storage import database
    from gpa_desktop.ui import prompts

    warned = []
    monkeypatch.setattr(prompts, "show_warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(database, "on_network_share", lambda path: True)
    shell = Shell(qapp, settings, "vi")
    assert shell.open(db_path) and shell.window is not None
    assert len(warned) == 1 and "thư mục dùng chung qua mạng" in warned[0] and str(db_path) in warned[0]
    shell.close()
    for translator in shell.translators:
        qapp.removeTranslator(translator)


def test_a_second_copy_is_offered_read_only(qapp, db_path, settings, monkeypatch):
    import subprocess
    import sys

    from gpa_desktop.app import Shell

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from gpa_desktop.storage.database import Database; "
         "d = Database.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    with holder:
        assert holder.stdout.readline().strip() == "open"
        asked = []
        monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
        shell = Shell(qapp, settings, "vi")
        assert shell.open(db_path)
        assert "đang được mở" in asked[0] and shell.workspace.read_only
        shell.window.finish_start()  # the first task and its form, which follow the first paint
        form = shell.window.form
        assert form.key is not None and not any(w.isEnabled() for w in form.inputs())  # readable, not editable
        assert "chỉ xem" in shell.window.status_label.text() and not shell.window.action_edit_task.isEnabled()
        shell.close()
        holder.kill()
    for translator in shell.translators:
        qapp.removeTranslator(translator)


def test_window_layout_is_remembered(window, settings, qtbot, db):
    from gpa_desktop.ui.main_window import MainWindow

    window.splitter.setSizes([300, 900])
    window.task_pane.setSizes([100, 100, 600])
    window.tree.header().resizeSection(0, 123)
    window.close()
    assert settings.saved_state("geometry") is not None  # pixel sizes differ offscreen: compare states
    again = MainWindow(Workspace(db), settings)
    qtbot.addWidget(again)
    assert again.splitter.saveState() == settings.saved_state("splitter")
    assert again.task_pane.saveState() == settings.saved_state("task_splitter")
    assert again.tree.header().sectionSize(0) == 123


def test_qt_standard_buttons_speak_vietnamese(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}


def _visible_tasks(window):
    out = []
    for g in range(window.proxy.rowCount()):
        group = window.proxy.index(g, 0)
        out += [window.proxy.index(t, 0, group).data(NODE_ROLE).code for t in range(window.proxy.rowCount(group))]
    return out


def _save(db, task, agency, period, **values):
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.reports import save_report

    with db.transaction() as session:
        return save_report(session, task, agency, period, ReportValues(**values), actor="Nguyễn Văn An")


def test_the_window_opens_on_a_task_and_a_group_shows_a_placeholder(window):
    assert window.selected_task() == "1.1" and window.right.currentWidget() is window.task_pane
    assert window.form.key == ("1.1", "SKHDT", "2024")
    headers = [window.duties.headerData(c, Qt.Orientation.Horizontal) for c in range(window.duties.columnCount())]
    assert headers == ["Cơ quan", "Vai trò", "Tình trạng", "Tiến độ"]
    window.tree.setCurrentIndex(window.proxy.index(0, 0))  # group 1
    assert window.right.currentWidget() is window.placeholder and "Chọn một nhiệm vụ" in window.placeholder.text()
    assert window.duties.rowCount() == 0 and not window.action_edit_task.isEnabled()


def test_an_agency_installation_starts_on_its_own_first_task_and_report(qtbot, db, settings):
    from gpa_desktop.ui.main_window import MainWindow

    settings.agency = "NHNN"
    main = MainWindow(Workspace(db), settings)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.selected_task() is not None)  # just after the first paint
    assert main.selected_task() == "3.4" and main.form.key[1] == "NHNN"
    assert main.agency_box.currentData() == "NHNN" and set(_visible_tasks(main)) == {d.task for d in main.plan.duties_of("NHNN")}
    assert main.match_count.text().endswith("/65 nhiệm vụ")
    assert main.form.percent.isEnabled()
    _select_agency(main, main.duties.rows[-1].agency)  # another agency's report: read-only here
    assert main.form.key[1] != "NHNN" and not main.form.percent.isEnabled()
    assert "Ngân hàng Nhà nước" in main.status_label.text() and str(db.path) in main.status_label.text()


def test_filter_folds_d_stroke_and_matches_agency_names_and_shows_activities(window):
    window.filter_edit.setText("do dac, bao cao")  # "đo đạc, báo cáo" in 1.2's third activity
    assert _visible_tasks(window) == ["1.2"]
    task = window.proxy.mapFromSource(window.model.task_index("1.2"))
    assert window.proxy.rowCount(task) == 1
    window.filter_edit.setText("BO DOI BIEN PHONG")  # "Bộ đội Biên phòng", an agency named on 15.3
    assert "15.3" in _visible_tasks(window)
    task = window.proxy.mapFromSource(window.model.task_index("15.3"))
    assert window.proxy.rowCount(task) == window.model.rowCount(window.model.task_index("15.3"))  # with its activities
    window.filter_edit.setText("1.2")
    assert "1.2" in _visible_tasks(window) and "2.1" not in _visible_tasks(window)
    task = window.proxy.mapFromSource(window.model.task_index("1.2"))  # hidden meanwhile: its activities decided again
    assert window.proxy.rowCount(task) == window.model.rowCount(window.model.task_index("1.2"))
    window.filter_edit.setText("BO DOI BIEN PHONG")
    window.filter_edit.setText("do dac, bao cao")
    assert window.proxy.rowCount(window.proxy.mapFromSource(window.model.task_index("1.2"))) == 1
    window.filter_edit.setText("1.2")
    assert window.match_count.text() == f"{len(_visible_tasks(window))}/65 nhiệm vụ"
    window.filter_edit.setText("khong co nhiem vu nao nhu the nay")
    assert window.match_count.text() == "0/65 nhiệm vụ" and window.right.currentWidget() is window.placeholder
    window.filter_edit.clear()
    assert window.match_count.text() == ""


def test_status_filter_follows_the_period(window, db):
    _save(db, "2.1", "STTTT", "2023", status="behind", percent=10)  # anyone behind: the task is behind
    window.status_box.setCurrentIndex(window.status_box.findData("behind"))
    assert _visible_tasks(window) == []
    window.set_period("2023")
    assert _visible_tasks(window) == ["2.1"]
    window.period_box.setCurrentText("2024")
    assert _visible_tasks(window) == []
    window.action_clear_filters.trigger()
    assert len(_visible_tasks(window)) == 65


def test_role_filter_and_expand_collapse(window):
    window.agency_box.setCurrentIndex(window.agency_box.findData("STNMT"))
    window.role_box.setCurrentIndex(window.role_box.findData(Role.LEAD))
    lead = _visible_tasks(window)
    window.role_box.setCurrentIndex(window.role_box.findData(Role.COORDINATING))
    coordinating = _visible_tasks(window)
    assert "1.2" in lead and "1.1" in coordinating and lead and coordinating and not set(lead) & set(coordinating)
    window.action_clear_filters.trigger()
    first = window.proxy.index(0, 0)
    window.action_collapse.trigger()
    assert not window.tree.isExpanded(first)
    window.action_expand.trigger()
    assert window.tree.isExpanded(first)


def test_keyboard_find_then_enter_then_arrows(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    qtbot.keyClicks(window.filter_edit, "khi nha kinh")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert window.tree.hasFocus() and window.selected_task() == _visible_tasks(window)[0]
    first = window.selected_task()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.tree.currentIndex().data(NODE_ROLE).kind == "activity" and window.selected_task() == first
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.form.status.hasFocus()
    window.filter_edit.setFocus()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == "" and len(_visible_tasks(window)) == 65


def test_edits_update_the_tree_without_a_reset(window, db, qtbot, monkeypatch):
    from gpa_desktop.ui.task_form import TaskForm

    resets = []
    window.model.modelAboutToBeReset.connect(lambda: resets.append("model"))
    window.proxy.modelAboutToBeReset.connect(lambda: resets.append("proxy"))
    changed = []
    window.model.dataChanged.connect(lambda top, bottom, roles: changed.append(top.siblingAtColumn(0).data(NODE_ROLE).code))
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    window.form.percent.setValue(30)
    window.form.commit()
    assert "1.2" in changed and _tree_cell(window, "1.2", PERCENT) == "30%"
    window.set_period("2023")

    def edit(form):
        form.deadline.setText("Năm 2027")
        form.apply()
        return form.result()

    monkeypatch.setattr(TaskForm, "exec", edit)
    window.action_edit_task.trigger()
    assert _tree_cell(window, "1.2", 3) == "Năm 2027"
    assert resets == []


def test_undo_and_redo_with_the_keyboard_and_the_change_log_shows_both(window, db, qtbot, settings):
    settings.signer_name = "Trần Thị Bình"
    window.ws.actor = settings.signer_name
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    window.form.percent.setValue(60)
    window.form.commit()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(db) is None
    qtbot.keyClick(window.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _stored(db).percent == 60 and window.form.percent.value() == 60
    lines = [window.form.history.item(i).text() for i in range(window.form.history.count())]
    assert any("Trần Thị Bình" in line and "hoàn tác" in line for line in lines)
    assert any("làm lại" in line for line in lines)
    assert not any("revision" in line or "reporter" in line for line in lines)  # bookkeeping stays out of sight
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_history_names_the_import_and_other_agencies_are_read_only(window, db):
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.changes import ChangeWriter
    from gpa_desktop.storage.reports import save_report

    with db.transaction() as session:
        writer = ChangeWriter(session, source="import:BaoCao_PLEIKU_2024.xlsx", actor="Lê Văn Cường")
        save_report(session, "1.2", "PLEIKU", "2024", ReportValues(status="in_progress", percent=20), writer=writer)
    with db.transaction() as session:
        writer = ChangeWriter(session, source="import:BaoCao_PLEIKU_2024_lan2.xlsx", actor="Lê Văn Cường")
        save_report(
            session, "1.2", "PLEIKU", "2024", ReportValues(status="behind", percent=25, difficulties="Thiếu máy đo."), writer=writer
        )
    _select_task(window, "1.2")
    _select_agency(window, "PLEIKU")
    lines = [window.form.history.item(i).text() for i in range(window.form.history.count())]
    assert any("Lê Văn Cường" in line and "BaoCao_PLEIKU_2024.xlsx" in line for line in lines)
    assert any("Đang thực hiện → Chậm tiến độ" in line and "lan2" in line for line in lines)
    assert any("20 → 25" in line for line in lines)
    _select_agency(window, "STNMT")
    others = [window.form.others.item(i).text() for i in range(window.form.others.count())]
    assert others and "UBND thành phố Pleiku" in others[0] and "Chậm tiến độ" in others[0]
    assert "Khó khăn, vướng mắc: Thiếu máy đo." in others[0]
    assert window.form.others.editTriggers() == window.form.others.EditTrigger.NoEditTriggers


def test_status_list_comes_from_the_data_and_percent_stays_within_0_100(window):
    with window.database.transaction() as session:
        from gpa_desktop.storage.reports import status_labels

        labels = list(status_labels(session).values())
    form = window.form
    assert [form.status.itemText(i) for i in range(1, form.status.count())] == labels
    assert labels == ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Chậm tiến độ"]
    form.percent.setValue(150)
    assert form.percent.value() == 100 and form.values().percent == 100
    form.percent.setValue(form.percent.minimum())
    assert form.values().percent is None


def test_closing_the_window_keeps_a_report_still_being_typed(window, db):
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    window.form.difficulties.setPlainText("Thiếu kinh phí đo đạc.")
    assert window.form.timer.isActive()
    window.close()
    assert _stored(db).difficulties == "Thiếu kinh phí đo đạc."


def _run_task_form(window, monkeypatch, fill):
    from gpa_desktop.ui.task_form import TaskForm

    forms = []

    def fake_exec(form):
        fill(form)
        forms.append(form)
        return form.result()

    monkeypatch.setattr(TaskForm, "exec", fake_exec)
    window.action_edit_task.trigger()
    return forms[0]


def _check(listing, code, checked=True):
    for i in range(listing.count()):
        if listing.item(i).data(Qt.ItemDataRole.UserRole + 1) == code:
            listing.setCurrentRow(i)
            listing.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return listing.item(i)
    raise AssertionError(code)


def _task_in(db, code):
    with db.transaction() as session:
        return next(t for t in read_plan(session).tasks() if t.code == code)


def test_task_form_refuses_invalid_fields_beside_them_and_saves_nothing(window, db, monkeypatch):
    _select_task(window, "1.2")

    def fill(form):
        form.activities.item(0).setText("   ")
        _check(form.lead, "STNMT", checked=False)
        form.deadline.setText("")
        form.apply()

    form = _run_task_form(window, monkeypatch, fill)
    assert not form.result()
    assert "hoạt động" in form.activities_error.text() and not form.activities_error.isHidden()
    assert "chủ trì" in form.lead_error.text() and not form.lead_error.isHidden()
    assert "thời hạn" in form.deadline_error.text().lower() and form.coordinating_error.isHidden()
    assert _task_in(db, "1.2") == window.plan.groups[0].tasks[1]
    assert window.undo_stack.count() == 0


def test_task_form_edits_reorders_removes_and_assigns_collectives_with_notes(window, db, monkeypatch):
    _select_task(window, "1.2")
    before = _task_in(db, "1.2")

    def fill(form):
        assert form.lead.item(0).data(Qt.ItemDataRole.UserRole + 1) == "STNMT"  # holders first
        assert form.lead.item(0).checkState() == Qt.CheckState.Checked
        form.activities.setCurrentRow(2)
        form.move_activity(-1)
        form.activities.setCurrentRow(0)
        form.remove_activity()
        form.activities.item(0).setText("Thực hiện kiểm kê khí nhà kính hằng năm.")
        item = _check(form.coordinating, "SBN_LQ")
        assert item.font().italic() and "Các Sở" in item.text()
        form.coordinating_note.setText("theo chức năng, nhiệm vụ")
        form.coordinating_note.textEdited.emit(form.coordinating_note.text())
        _check(form.lead, "SXD")
        form.lead_note.setText("đầu mối")
        form.lead_note.textEdited.emit("đầu mối")
        form.apply()

    form = _run_task_form(window, monkeypatch, fill)
    assert form.result()
    after = _task_in(db, "1.2")
    assert after.activities == ("Thực hiện kiểm kê khí nhà kính hằng năm.", before.activities[1])
    assert set(after.agencies(Role.LEAD)) == {"STNMT", "SXD"} and "SBN_LQ" in after.agencies(Role.COORDINATING)
    notes = {(a.agency, a.role): a.note for a in after.assignments if a.holds_on()}
    assert notes[("SXD", Role.LEAD)] == "đầu mối" and notes[("SBN_LQ", Role.COORDINATING)] == "theo chức năng, nhiệm vụ"
    assert window.model.rowCount(window.model.task_index("1.2")) == 2
    assert "đầu mối" in window.details.toPlainText()
    window.action_undo.trigger()
    assert _task_in(db, "1.2") == before and window.model.rowCount(window.model.task_index("1.2")) == 3


def test_settings_dialog_saves_agency_and_signer_and_switches_language(window, settings, monkeypatch):
    from gpa_desktop.ui.settings_dialog import SettingsDialog

    def fill(dialog):
        dialog.agency.setCurrentIndex(dialog.agency.findData("STNMT"))
        dialog.signer_name.setText("Phạm Thị Dung")
        dialog.signer_title.setText("PHÓ GIÁM ĐỐC")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    requested = []
    window.languageRequested.connect(requested.append)
    window.action_settings.trigger()
    assert (settings.agency, settings.signer_name, settings.signer_title) == ("STNMT", "Phạm Thị Dung", "PHÓ GIÁM ĐỐC")
    assert requested == ["en"] and window.ws.actor == "Phạm Thị Dung"
    assert window.agency_box.currentData() == "STNMT"
    assert set(_visible_tasks(window)) == {d.task for d in window.plan.duties_of("STNMT")} and len(_visible_tasks(window)) < 65
    assert "Sở Tài nguyên và Môi trường" in window.status_label.text()


def test_settings_dialog_backs_up_the_database_through_the_window(window, db, tmp_path, monkeypatch):
    import sqlite3

    from gpa_desktop.ui.settings_dialog import SettingsDialog

    def press_backup(dialog):
        assert dialog.findChild(QLabel, "database_path").text() == str(db.path)
        dialog.findChild(QPushButton, "button_action_backup").click()
        return dialog.result()

    from PySide6.QtWidgets import QProgressDialog

    steps = []
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, value: steps.append((value, self.maximum())))
    target = tmp_path / "saoluu.sqlite3"
    infos = []
    monkeypatch.setattr(SettingsDialog, "exec", press_backup)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a: str(target))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: infos.append(text))
    window.action_settings.trigger()
    assert infos and str(target) in infos[0]
    assert steps and steps[-1][0] == steps[-1][1] > 0  # the progress dialog was told every page
    with sqlite3.connect(target) as copy:
        assert copy.execute("select count(*) from task").fetchone()[0] == 65


def test_open_and_new_database_are_handed_to_the_shell(window, tmp_path, monkeypatch):
    requested, errors = [], []
    window.databaseRequested.connect(requested.append)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a: str(tmp_path / "khac.sqlite3"))
    window.action_open.trigger()
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a: str(window.database.path))
    window.action_new.trigger()
    assert errors and "đã tồn tại" in errors[0]
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a: str(tmp_path / "moi.sqlite3"))
    window.action_new.trigger()
    assert requested == [str(tmp_path / "khac.sqlite3"), str(tmp_path / "moi.sqlite3")]


def test_the_shell_creates_a_new_database_from_the_built_in_plan(qapp, db_path, settings, tmp_path):
    from gpa_desktop.app import Shell

    shell = Shell(qapp, settings, "vi")
    try:
        assert shell.open(db_path)
        shell.window.databaseRequested.emit(str(tmp_path / "moi.sqlite3"))
        assert shell.workspace.path == tmp_path / "moi.sqlite3" and settings.database == str(tmp_path / "moi.sqlite3")
        assert shell.window.model.rowCount() == 18 and "moi.sqlite3" in shell.window.status_label.text()
    finally:
        shell.close()
        for translator in shell.translators:
            qapp.removeTranslator(translator)


def test_undo_while_a_report_is_still_being_typed_reverses_that_typing(window, db):
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    window.form.percent.setValue(20)
    window.form.commit()
    window.form.percent.setValue(35)  # not saved yet: the form waits for typing to stop
    assert window.form.timer.isActive() and "Sửa báo cáo" in window.action_undo.text()
    window.action_undo.trigger()
    assert _stored(db).percent == 20 and window.form.percent.value() == 20
    window.action_undo.trigger()
    assert _stored(db) is None and not window.action_undo.isEnabled()
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert _stored(db).percent == 35 and window.form.percent.value() == 35 and not window.action_redo.isEnabled()


def test_the_tree_filters_by_the_duties_of_the_periods_last_day(window, db):
    """After the district level ended on 1/7/2025, the 2024 tree still shows Pleiku's tasks, as the
    assigned list and completeness count them; 2026 shows none."""
    from datetime import date as day

    from gpa_desktop.operations.agencies import AgencyChange, ChangeKind, change_agencies

    with db.transaction() as session:
        from gpa_desktop.storage.plan_store import read_plan

        districts = list(read_plan(session).agency("HUYEN").members)
    window.runner.run("", change_agencies, AgencyChange(ChangeKind.END, day(2025, 7, 1), codes=districts))
    window.set_period("2024")
    window.agency_box.setCurrentIndex(window.agency_box.findData("PLEIKU"))
    assert len(_visible_tasks(window)) == 64
    window.set_period("2026")
    assert len(_visible_tasks(window)) == 0


def test_the_lead_column_names_the_agency_as_it_was_called_on_the_periods_last_day(qtbot, db, settings):
    """A rename changes no assignment: the lead cells follow it all the same (the plan's eras count names too)."""
    from datetime import date

    from gpa_desktop.storage.agency_changes import rename_agency
    from gpa_desktop.ui.main_window import MainWindow
    from gpa_desktop.ui.plan_model import LEAD
    from tests.support import add_periods

    add_periods(db, "2025-Q1", "2025-Q2")
    with db.transaction() as session:
        rename_agency(session, "SKHDT", "Sở Tài chính và Kế hoạch", date(2025, 3, 15))
    main = MainWindow(Workspace(db), settings)
    qtbot.addWidget(main)
    main.show()
    main.finish_start()
    names = {}
    for period in ("2024", "2025-Q1", "2025-Q2", "2025-Q1"):
        main.set_period(period)
        names[period] = _tree_cell(main, "1.1", LEAD)
    assert names == {"2024": "Sở Kế hoạch và Đầu tư", "2025-Q1": "Sở Tài chính và Kế hoạch", "2025-Q2": "Sở Tài chính và Kế hoạch"}
