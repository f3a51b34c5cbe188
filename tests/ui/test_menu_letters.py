"""Every entry of every menu has its letter (Alt+F, then the letter), and no two entries of
one menu share it, in English and in French: a shared letter only moves between them, and an
entry without one is out of the keyboard's reach."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop_app.ui import i18n


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_menu_entry_has_a_letter_of_its_own(qtbot, demo_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    try:
        bar = [a.text() for a in demo_window.menuBar().actions()]
        problems: list[str] = []
        for menu_action in demo_window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            menu.aboutToShow.emit()
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            letters = [_letter(t) for t in texts]
            problems += [f"{menu_action.text()}: {t} has no letter" for t, x in
                         zip(texts, letters, strict=True) if x is None]  # fmt: skip
            shared = [x for x, n in Counter(letters).items() if x and n > 1]
            problems += [f"{menu_action.text()}: '{x}' is shared" for x in shared]
    finally:
        i18n.set_language("en")
    assert len({_letter(t) for t in bar}) == len(bar), bar
    assert problems == []
