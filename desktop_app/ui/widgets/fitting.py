"""A row of labels that fits its room by giving up words before figures: each label has its
texts, longest first; when the row is too narrow for them all, labels take shorter ones, one
step at a time in the order the row was given (what matters least first), and only when even
the shortest do not fit does a label cut its text with "…" (``ElidedLabel``). Each label's
tooltip, set by its owner, says its long form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class FittingRow(QWidget):
    """``add`` the labels, left to right; ``give_up``: the steps, ``(label, form)``, taken in
    turn while the row is too narrow; ``set_forms`` a label's texts (``plain``: the same
    without markup, for a rich text label's width). The labels sit at the row's right end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.box.addStretch(1)
        self.labels: list[QLabel] = []
        self.give_up: list[tuple[QLabel, int]] = []
        self._forms: dict[QLabel, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def add(self, label: QLabel) -> None:
        self.labels.append(label)
        self.box.addWidget(label)

    def set_forms(
        self, label: QLabel, forms: Sequence[str], plain: Sequence[str] | None = None
    ) -> None:
        texts = tuple(forms) or ("",)
        self._forms[label] = (texts, tuple(plain) if plain else texts)
        self.fit()

    def form(self, label: QLabel) -> int:
        """Which of its texts the label shows (0: its longest)."""
        texts = self._forms.get(label, ((label.text(),), ()))[0]
        return texts.index(label.text()) if label.text() in texts else 0

    def fit(self) -> None:
        """The longest texts that fit the row's width: the steps taken in turn until the row
        fits, then each given back where the room allows, the latest (what matters most)
        first."""
        # Not shown yet (or hidden under a temporary message): the room is not known, the
        # longest are said (the row fits them when it shows)
        room = self.contentsRect().width() if self.isVisible() else 10**6
        chosen = dict.fromkeys(self._forms, 0)
        taken: list[tuple[QLabel, int]] = []
        for label, form in self.give_up:
            if self.needed(chosen) <= room:
                break
            if chosen.get(label, form) < form:
                taken.append((label, chosen[label]))
                chosen[label] = form
        for label, before in reversed(taken):
            shorter = chosen[label]
            chosen[label] = before
            if self.needed(chosen) > room:
                chosen[label] = shorter
        for label, form in chosen.items():
            texts = self._forms[label][0]
            text = texts[min(form, len(texts) - 1)]
            if text != label.text():
                label.setText(text)

    def needed(self, chosen: dict[QLabel, int]) -> int:
        """The width the shown labels take with the texts ``chosen`` (a label without forms
        with its own text)."""
        total = 0
        for label in self.labels:
            if label.isHidden():
                continue
            plain = self._forms[label][1] if label in chosen else (label.text(),)
            text = plain[min(chosen.get(label, 0), len(plain) - 1)]
            margins = label.contentsMargins()
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine)
            width = label.fontMetrics().boundingRect(0, 0, 10**5, 100, flags, text).width()
            total += width + margins.left() + margins.right() + 2 * label.margin() + 1
        return total

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()
