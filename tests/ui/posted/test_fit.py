"""Layout on a narrow window (issue 13): the forecast's three cards flow onto more lines
instead of squeezing (and holding the window wider than the screen); the roll-forward's
seven amounts a row are sized to its figures and stay whole beside a cut project name."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QApplication

from desktop_app.services.desk import Desk
from desktop_app.ui.books.view import PeriodReportView
from desktop_app.ui.forecast.results import ResultsPanel
from desktop_app.ui.widgets.columns import ColumnFitter


def _cards(panel: ResultsPanel) -> list:  # type: ignore[type-arg]
    return [panel.lasts_card, panel.lost_card, panel.paid_card]


def _fill(panel: ResultsPanel) -> None:
    panel.lasts_card.set_value("26 juillet 2027", "À partir de cette facture, le moyen de "
                               "paiement en règle une partie chaque mois.")  # fmt: skip
    panel.lost_card.set_value("470,55 €", "1 lot expire avec du crédit restant.")
    panel.paid_card.set_value("4 802,83 € HT", "5 763,37 € TTC sur 24 mois.")


def test_the_forecast_cards_share_a_row_or_wrap_never_overlap(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    _fill(panel)
    panel.results.show()
    panel.resize(900, 600)
    panel.show()
    QApplication.sendPostedEvents()
    rows = {card.geometry().top() for card in _cards(panel)}
    assert len(rows) == 1  # side by side on a wide panel, sharing its width
    assert sum(card.width() for card in _cards(panel)) > 800
    panel.resize(330, 600)
    QApplication.sendPostedEvents()
    cards = _cards(panel)
    assert len({card.geometry().top() for card in cards}) > 1  # wrapped
    for one, other in itertools.pairwise(cards):
        assert not one.geometry().intersects(other.geometry())
    for card in cards:  # each as tall as its words at its width: nothing cut
        assert card.height() >= card.heightForWidth(card.width())
        assert card.geometry().right() <= panel.width()
    assert panel.minimumSizeHint().width() < 330


def test_the_roll_forward_keeps_its_amounts_whole_on_a_small_screen(qtbot, demo_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = PeriodReportView(demo_desk)
    qtbot.addWidget(view)
    view.resize(690, 640)  # the tab's room in a 1024 px window
    view.show()
    QApplication.sendPostedEvents()
    fitter = view.table.findChild(ColumnFitter)
    assert fitter is not None and fitter.money == set(range(1, 8))
    header = view.table.horizontalHeader()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in fitter.money)
    assert right <= view.table.viewport().width()
    assert view.table.horizontalScrollBar().maximum() == 0
    total = view.model.rowCount() - 1
    for column in fitter.money:  # each amount whole: no tooltip says it cut
        index = view.model.index(total, column)
        rect = view.table.visualRect(index)
        text = str(index.data())
        assert view.table.fontMetrics().horizontalAdvance(text) <= rect.width() - 12
