"""The Qt binding keeps the references it is given: a PySide6 that drops references to
``True`` or ``None`` (6.12.0 does, at each signal emitted with ``True``, each void call,
each ``QEvent.ignore()``) aborts the interpreter after a few thousand of them
(``bool_dealloc``), in a long test run and in an accountant's long day alike. The check runs
in a child process, so that such an abort is a failure here, not the end of the run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    class Emitter(QObject):
        changed = Signal(bool)

    app = QApplication([])
    emitter = Emitter()
    emitter.changed.connect(lambda _on: None)
    label = QLabel()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(5000):
        label.setText("x")  # a void method
        event = QEvent(QEvent.Type.User)
        event.ignore()
        emitter.changed.emit(True)
        QWidget().deleteLater()
    del event
    print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
    """
)


def test_the_binding_drops_no_reference_to_true_or_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", CHILD]
    done = subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    lost_none, lost_true = (int(word) for word in done.stdout.split())
    assert lost_true == 0, f"{lost_true} references to True lost"
    assert lost_none > -100, f"{lost_none} references to None lost"
