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


def test_the_file_is_verified_in_a_worker_once_the_window_is_up(  # type: ignore[no-untyped-def]
    qtbot, window, desk, monkeypatch, request
) -> None:
    """The quick check the first write would take on the GUI thread (1-2 s on a large
    ledger) is taken by a worker; the window's first write then only looks at the shape."""
    import desktop_app.storage.sqlite.ledger as sqlite_ledger
    from desktop_app.services.desk import Desk
    from desktop_app.services.projects import add_project
    from tests.helpers.jobs import finish

    fresh = Desk.open(desk.path, desk.today)  # nothing verified on it yet
    request.addfinalizer(fresh.close)
    window.file_menu.desk = fresh
    finish(qtbot, window.file_menu.verify_file())
    looks: list[bool] = []
    real = sqlite_ledger.damage

    def damage(conn, path, *, thorough=True):  # type: ignore[no-untyped-def]
        looks.append(thorough)
        return real(conn, path, thorough=thorough)

    monkeypatch.setattr(sqlite_ledger, "damage", damage)
    add_project(fresh, "Another", "")
    assert looks and not any(looks)


def test_a_backup_is_said_with_room_for_it_in_a_1024_pixel_window(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """The status bar's summary fills a 1024-pixel bar (the project, its next expiry, the
    reminder, both accounts): it makes way while a message such as this one shows."""
    window = demo_window
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    bar, summary = window.statusBar(), window.status.summary
    assert summary.isVisible() and summary.width() > bar.width() // 2
    path = window.file_menu.backup_now()
    assert isinstance(path, str)
    text = bar.currentMessage()
    assert text.startswith("Backup written to ") and text.endswith(path)
    assert summary.isHidden()  # the whole bar is the message's
    bar.clearMessage()
    assert summary.isVisible()
