"""The Qt binding itself must keep Python's reference counts: PySide6 6.12.0 did not, and the app
aborted ('bool_dealloc') after about a thousand clicks. Run in a child process, since it dies."""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    changed = Signal(str)

app = QApplication([])
emitter, label = Emitter(), QLabel()
emitter.changed.connect(label.setText)
before = sys.getrefcount(None), sys.getrefcount(True)
for n in range(3000):
    emitter.changed.emit(str(n))  # a Python-side emit into a void slot
    label.setObjectName("x")      # a void method called from Python
after = sys.getrefcount(None), sys.getrefcount(True)
print(before[0] - after[0], before[1] - after[1])
"""


def test_the_qt_binding_keeps_reference_counts():
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"the Qt binding crashed the interpreter: {result.stderr[-500:]}"
    lost_none, lost_true = (int(n) for n in result.stdout.split())
    assert lost_none < 100 and lost_true < 100, f"references lost: None {lost_none}, True {lost_true}"
