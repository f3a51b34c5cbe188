"""The status bar of a 1024-pixel window, in English and in French, on a server ledger: every
figure whole (the tryout saw "Data lake: €…", "Next …", "Server ledger … at 2026…"): labels
take their shorter words, not "…", and each says its long form in its tooltip. Where the
ledger lives reads as the accountant knows it: the database, the server by its name or as
"this machine" (a Unix socket is no folder to show), who wrote last and when, in the
locale's short date and time of the user's own time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.ui import i18n
from desktop_app.ui.ledger.status import StatusSummary
from desktop_app.ui.widgets.elided import ElidedLabel

SOCKET = "postgresql://ccd_app@/ccd_test_123456_12?host=/var/run/postgresql"
REMOTE = "postgresql://ccd_app@db.example.com/acme_credit"
WRITTEN = "2026-12-04T00:20:00Z"  # the server's UTC


@pytest.fixture(autouse=True)
def _paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def server(url: str, last: tuple[str, str] | None = ("ccd_app", WRITTEN)) -> SimpleNamespace:
    """What ``show_ledger`` reads of a desk on a server."""
    return SimpleNamespace(on_server=True, shown=url, last_writer=lambda: last)


def _shown(window, width: int, url: str | None, lang: str) -> StatusSummary:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    window.resize(width, 700)
    window.show()
    if url is not None:
        window.status.show_ledger(server(url))
    QApplication.processEvents()
    return window.status  # type: ignore[no-any-return]


def _labels(status: StatusSummary) -> list[QLabel]:
    return [label for label in status.summary.findChildren(QLabel) if label.isVisible()]


def _cut(status: StatusSummary) -> list[str]:
    """The labels shown cut short ("…"), or wider than the room they were given."""
    cut = [lab.text() for lab in _labels(status) if isinstance(lab, ElidedLabel) and lab.is_cut()]
    cut += [lab.text() for lab in _labels(status) if lab.width() < lab.sizeHint().width()]
    return cut


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("url", [SOCKET, REMOTE])
def test_at_1024_pixels_every_figure_is_whole(qtbot, demo_window, url: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    status = _shown(demo_window, 1024, url, lang)
    assert _cut(status) == []
    assert status.summary.geometry().right() < demo_window.statusBar().width()
    texts = " | ".join(label.text() for label in _labels(status))
    for figure in ("2,282.16" if lang == "en" else "2\u202f282,16", "16/12/2026", "800", "64"):
        assert figure in texts, texts
    where = status.where.text()
    date_time = "04/12/2026, 01:20" if lang == "en" else "04/12/2026 01:20"
    assert "ccd_app" in where and date_time in where and "T00:20" not in where
    database = "ccd_test_123456_12" if url == SOCKET else "acme_credit"
    assert database in where
    assert "/var/run" not in where and "/var/run" not in status.where.toolTip().splitlines()[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_tooltip_says_the_long_form(qtbot, demo_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    status = _shown(demo_window, 1024, SOCKET, lang)
    tip = status.where.toolTip()
    if lang == "en":
        assert tip.startswith(
            "Server ledger ccd_test_123456_12 on this machine · last written by ccd_app at "
            "04/12/2026, 01:20"
        ), tip
    else:
        assert tip.startswith(
            "Registre serveur ccd_test_123456_12 sur cette machine · dernière écriture par "
            "ccd_app le 04/12/2026 01:20"
        ), tip
    assert SOCKET in tip  # the URL itself, last (no password ever: the desk's shown URL)
    for label in (status.available, status.expiry, status.launchpad):
        assert label.toolTip(), label.text()  # the long form of a shortened label


def test_a_wide_window_says_everything_in_full(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    status = _shown(demo_window, 1600, REMOTE, "en")
    assert status.where.text() == (
        "Server ledger acme_credit on db.example.com · last written by ccd_app at 04/12/2026, 01:20"
    )
    assert status.launchpad.text().startswith("Digital LaunchPad: ")
    assert status.available.text().endswith(" available")
    assert _cut(status) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_file_ledger_at_1024_pixels_says_it_in_full(qtbot, demo_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    status = _shown(demo_window, 1024, None, lang)
    assert not status.where.isVisible() and _cut(status) == []
    assert status.launchpad.text().startswith("Digital LaunchPad")


def test_nobody_has_written_yet(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    status = _shown(demo_window, 1600, None, "en")
    status.show_ledger(server(REMOTE, last=None))
    QApplication.processEvents()
    assert status.where.text() == "Server ledger acme_credit on db.example.com"


def test_a_lost_connection_is_said_whole_and_the_rest_makes_room(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.errors import EnvironmentFault

    status = _shown(demo_window, 1024, SOCKET, "en")
    status.show_lost(EnvironmentFault("ledger.reconnecting", path=SOCKET))
    QApplication.processEvents()
    assert status.away.isVisible()
    assert status.away.width() >= status.away.sizeHint().width()  # said whole
