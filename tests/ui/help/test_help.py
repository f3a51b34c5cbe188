"""The Help menu (guide, shortcuts, About with the licences) and every command in a menu with
its shortcut shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from desktop_app.ui.help import licences
from desktop_app.ui.help.dialogs import menu_shortcuts, plain


def _menu_actions(window) -> set:  # type: ignore[no-untyped-def,type-arg]
    found = set()

    def walk(menu: QMenu) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu())
            found.add(act)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_every_toolbar_command_is_in_a_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    in_menus = _menu_actions(window)
    for act in window.toolbar.actions():
        if act.text():
            assert act in in_menus, act.text()
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert titles == ["File", "Credit", "Project", "View", "Help"]


def test_the_shortcuts_dialog_lists_the_menus_own(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    listed = {(action, keys) for _menu, action, keys in menu_shortcuts(window)}
    for expected in [("Export the current view…", "Ctrl+E"), ("Buy credit…", "Ctrl+B"),
                     ("Guide", "F1"), ("Preferences…", "Ctrl+,"), ("Today", "Ctrl+T"),
                     ("Rename project…", "F2")]:  # fmt: skip
        assert expected in listed
    dialog = window.extras.help.show_shortcuts()
    texts = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+E", "Esc", "Tab / Shift+Tab"} <= texts
    dialog.reject()


def test_about_says_the_version_and_every_licence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.extras.help.show_about()
    text = dialog.text.toPlainText()
    assert f"Version {licences.version()}" in text
    for part in licences.libraries():
        assert part.name in text and part.licence in text and part.licence != "?"
    assert "PySide6-Essentials" in text and "LGPL" in text
    assert "DejaVu" in text and "Bitstream Vera" in text  # the font licence itself
    dialog.reject()


def test_the_guide_and_the_project_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    guide = window.extras.help.show_guide()
    assert "Preferences" in guide.text.toPlainText()
    guide.reject()
    window.extras.help.new_project_action.trigger()
    assert window.projects.dialog is not None and window.projects.dialog.isVisible()
    window.projects.dialog.reject()
