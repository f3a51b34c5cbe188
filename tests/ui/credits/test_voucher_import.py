"""Importing voucher codes: progress, refusals in words, cancelling."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.helpers.jobs import TIMEOUT_MS, finish, held_at_first_step
from tests.helpers.ledger import peek


def _codes_csv(path: Path, good: int, bad_lines: list[str]) -> list[str]:
    from desktop_app.domain.codes import new_code

    codes: set[str] = set()
    while len(codes) < good:
        codes.add(new_code())
    lines = ["code,amount,expires_on"]
    lines += [f"{code},25.00,2027-06-30" for code in sorted(codes)]
    lines += bad_lines
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted(codes)


def test_import_voucher_codes_with_progress_and_refusals_in_words(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot, window, desk, monkeypatch, tmp_path
) -> None:
    from desktop_app.ui.credits.voucher_import import ImportResultDialog

    source = tmp_path / "codes.csv"
    codes = _codes_csv(source, 3, ["ZZZZ,10.00,2027-06-30", "ABCD-EFGH-JKMN,abc,2027-06-30"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    finish(qtbot, window.credits.import_vouchers())
    dialog = window.credits.import_dialog
    assert isinstance(dialog, ImportResultDialog)
    assert dialog.outcome.imported == 3
    assert "3 code(s) imported from codes.csv" in dialog.summary.text()
    assert "2 line(s) refused" in dialog.summary.text()
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "5"
    assert "not a voucher code" in model.index(0, 1).data()
    assert peek(desk).vouchers.get(codes[0]) is not None  # in the catalogue, ready to redeem
    dialog.reject()


def test_import_can_be_cancelled_and_then_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, desk, monkeypatch, message_mock, tmp_path
) -> None:
    source = tmp_path / "many.csv"
    codes = _codes_csv(source, 5200, [])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    pressed = held_at_first_step(monkeypatch)
    job = window.credits.import_vouchers()
    job.progress.canceled.emit()  # the dialog's Cancel
    pressed.set()
    finish(qtbot, job)
    assert window.credits.import_dialog is None
    assert message_mock.getmsg("info").text == "Import cancelled: no code was imported."
    assert peek(desk).vouchers.get(codes[0]) is None


def test_an_unreadable_file_is_refused_in_words(
    qtbot, window, monkeypatch, message_mock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "latin1.csv"
    source.write_bytes("code,amount\nÉTÉ,10\n".encode("latin-1"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    finish(qtbot, window.credits.import_vouchers())
    assert window.credits.import_dialog is None
    assert message_mock.codes() == ["import.not_utf8"]


def test_after_an_import_the_window_reads_the_ledger_again_in_a_worker(  # type: ignore[no-untyped-def]
    qtbot, window, desk, monkeypatch, tmp_path
) -> None:
    """The import wrote on its worker's connection: the window re-reads the ledger the way
    its poll does, the costly reads in a worker (``ledger/reread``), not ~30 ms of the GUI
    thread as the outcome is shown (issue 12)."""
    from desktop_app.ui.ledger import reread

    window.timer.stop()
    source = tmp_path / "codes.csv"
    _codes_csv(source, 3, [])
    on_gui: list[bool] = []
    real = reread.directory_rows

    def spied(worker: object) -> object:
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(worker)  # type: ignore[arg-type]

    monkeypatch.setattr(reread, "directory_rows", spied)
    refreshes = window.rereader.refreshes
    finish(qtbot, window.credits.import_file(source))
    assert window.credits.import_dialog.outcome.imported == 3
    qtbot.waitUntil(lambda: window.rereader.refreshes > refreshes, timeout=TIMEOUT_MS)
    assert on_gui == [False]
    window.credits.import_dialog.reject()
