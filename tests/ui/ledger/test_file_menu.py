"""The File menu: a new ledger, the recent ones, a backup."""

from __future__ import annotations


def test_open_new_ledger_and_recent(qtbot, window, tmp_path, save_as) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "second.sqlite3"
    save_as(target)
    assert window.file_menu.new_ledger()
    assert str(target) in window.windowTitle()
    assert str(target.resolve()) in window.file_menu.recent_paths()
    assert window.projects.model.rowCount() == 0
    assert not window.credits.buy_action.isEnabled()
    assert window.file_menu.backup_now() is not None
