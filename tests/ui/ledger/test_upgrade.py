"""An older ledger file is migrated in a worker as the window opens it, a progress dialog
saying so (the tryout saw a silent, frozen window for 6-9 s on the big ledger); a current
one opens without it; a file the migration refuses is refused as before, untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog

from desktop_app.domain.errors import CodedError
from desktop_app.services.upgrade import upgrade_due
from desktop_app.storage.sqlite.schema import FILE_VERSION, SCHEMA_VERSION
from desktop_app.ui.ledger import upgrade
from tests.helpers.ledger import dump
from tests.storage.test_migration_v5 import ledger_of_schema


def _watch_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The label of each upgrade dialog shown."""
    shown: list[str] = []
    real = QProgressDialog.show

    def show(dialog: QProgressDialog) -> None:
        shown.append(dialog.labelText())
        real(dialog)

    monkeypatch.setattr(QProgressDialog, "show", show)
    return shown


def test_an_older_ledger_is_migrated_in_a_worker_saying_so(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.sqlite3"
    ledger_of_schema(old, 7)
    before = dump(old)
    assert upgrade_due(old) == 7
    shown = _watch_dialogs(monkeypatch)
    threads: list[bool] = []
    real_upgrade = upgrade.upgrade.upgrade

    def in_worker(location: Any) -> None:
        import threading

        threads.append(threading.current_thread() is threading.main_thread())
        real_upgrade(location)

    monkeypatch.setattr(upgrade.upgrade, "upgrade", in_worker)
    assert window.open_ledger(old)
    assert threads == [False]  # not on the GUI thread
    assert len(shown) == 1 and shown[0].startswith("Upgrading old.sqlite3 to this version")
    assert upgrade_due(old) is None and dump(old)["user_version"] == FILE_VERSION
    (backup,) = tmp_path.glob(f"old.before-v{SCHEMA_VERSION}.*.sqlite3")
    assert dump(backup) == before
    assert window.desk.project(1).name  # the ledger is open, its rows there


def test_a_current_ledger_opens_without_it(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _watch_dialogs(monkeypatch)
    new = tmp_path / "new.sqlite3"
    assert window.open_ledger(new)
    assert upgrade_due(new) is None and shown == []


def test_a_migration_refused_is_raised_and_the_file_left_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.sqlite3"
    ledger_of_schema(old, 7)
    before = old.read_bytes()
    _watch_dialogs(monkeypatch)

    def refused(location: Any) -> None:
        from desktop_app.domain.errors import EnvironmentFault

        raise EnvironmentFault("ledger.read_only", path=str(location))

    monkeypatch.setattr(upgrade.upgrade, "upgrade", refused)
    with pytest.raises(CodedError) as caught:
        upgrade.upgrade_with_progress(None, old)
    assert caught.value.code == "ledger.read_only"
    assert old.read_bytes() == before
