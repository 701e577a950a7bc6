"""Shared fixtures: an offscreen Qt, a private data folder, and a fresh database file per test.

The built-in plan is loaded once per run into a template file; each test gets its own copy
(made with SQLite's backup API), which is much faster than seeding every time.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user profile: the data folder lives in a throw-away directory.
_DATA_HOME = tempfile.mkdtemp(prefix="gpa-test-home-")
os.environ["XDG_DATA_HOME"] = _DATA_HOME
os.environ["XDG_CONFIG_HOME"] = _DATA_HOME
os.environ.pop("GPA_LANG", None)

import pytest  # noqa: E402


def _saved_one_after_another() -> None:
    """Workbooks saved by the tests get strictly increasing saved times (docProps/core.xml), as files an
    officer saves one after another do: openpyxl writes whole seconds, and copies of one template saved
    within the same second are ones whose order the import cannot tell (it asks). The tests of that
    case write the saved time themselves."""
    import datetime

    from openpyxl.packaging.core import DocumentProperties

    written = DocumentProperties.to_tree
    last = [datetime.datetime.min]

    def to_tree(self, *args, **kwargs):
        if self.modified is not None:
            self.modified = max(self.modified.replace(microsecond=0), last[0] + datetime.timedelta(seconds=1))
            last[0] = self.modified
        return written(self, *args, **kwargs)

    DocumentProperties.to_tree = to_tree


_saved_one_after_another()

from gpa_desktop.storage.backup import backup_database  # noqa: E402
from gpa_desktop.storage.database import Database  # noqa: E402

# The plan's source document, kept in the repository beside the plan built from it.
SEED = Path(__file__).resolve().parents[1] / "resources" / "plan" / "source_document.txt"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Database.open(path).close()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    return backup_database(template_db, tmp_path / "gpa.sqlite3")


@pytest.fixture
def db(db_path):
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"The source document is missing: {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):
    """One QApplication for the whole run, made before any code could make a bare QCoreApplication."""
    return qapp


@pytest.fixture(scope="session")
def hsm(tmp_path_factory):
    """SoftHSM2 tokens for the signing tests (tests/softhsm.py), made once: the PKCS#11 library reads its
    configuration when first loaded, so one token folder serves the whole run."""
    from tests.softhsm import available, make_hsm

    reason = available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI installs it: never let the signing tests skip there
        pytest.skip(reason)
    return make_hsm(tmp_path_factory.mktemp("softhsm"))


# Qt's own modal calls, a second net under gpa_desktop.ui.prompts (which should be the only caller).
_QT_MODALS = {
    "QMessageBox": ("critical", "warning", "information", "question", "about", "aboutQt"),
    "QFileDialog": (
        "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
        "getOpenFileUrl", "getOpenFileUrls", "getSaveFileUrl", "getExistingDirectoryUrl",
    ),
    "QInputDialog": ("getText", "getMultiLineText", "getInt", "getDouble", "getItem"),
    "QDialog": ("exec", "exec_"),
}


@pytest.fixture(autouse=True)
def _no_unpatched_prompt(request, monkeypatch):
    """A test that reaches a prompt it did not patch fails at once, naming the prompt, instead of
    hanging in a modal loop until the fault handler. Tests patch prompts with
    monkeypatch.setattr(prompts, "ask_yes_no", ...) (or a dialog's exec on its class): this fixture
    runs first (autouse), so the test's own patch, made later on the same monkeypatch, wins."""
    import inspect

    from PySide6 import QtWidgets

    from gpa_desktop.ui import prompts

    reached: list[str] = []

    def refuse(name: str):
        def refused(*args, **kwargs):
            reached.append(name)
            pytest.fail(
                f"{request.node.nodeid} opened the prompt {name} without patching it: "
                f"patch it in the test with monkeypatch.setattr(...) and answer as the user would",
                pytrace=False,
            )

        return refused

    for name, function in inspect.getmembers(prompts, inspect.isfunction):
        if function.__module__ == prompts.__name__:
            monkeypatch.setattr(prompts, name, refuse(f"prompts.{name}"))
    for class_name, names in _QT_MODALS.items():
        cls = getattr(QtWidgets, class_name)
        for name in names:
            if hasattr(cls, name):
                guard = refuse(f"{class_name}.{name}")
                monkeypatch.setattr(cls, name, guard if class_name == "QDialog" else staticmethod(guard))
    yield reached
    # the failure above may have been swallowed by the code under test (an `except BaseException`):
    # say it again here, unless the test failed already (in a Qt slot, pytest-qt reports it)
    call = getattr(request.node, "rep_call", None)
    if reached and (call is None or call.passed):
        pytest.fail(f"prompts reached without a patch: {', '.join(reached)}", pytrace=False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, for fixtures' teardown to see how the test went."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# Zones a machine in a provincial office might be set to by mistake (and Vietnam's own): UTC,
# one behind UTC with summer time, one ahead of Vietnam. Deadlines must not move with any of them.
MACHINE_ZONES = ("UTC", "America/New_York", "Asia/Tokyo", "Asia/Ho_Chi_Minh")


@pytest.fixture(params=MACHINE_ZONES)
def machine_zone(request, monkeypatch):
    """Run the test with the process's local time zone set to each of MACHINE_ZONES in turn."""
    import time

    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()
