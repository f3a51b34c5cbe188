"""The window's few colours, derived from the palette in use (light, dark, high contrast): no
colour of its own is written anywhere else. A *tone* is text in a hue (an error in red, a
success in green) made light or dark enough to read on the palette's background; a *tint* is
a background in a hue, faint enough for the palette's own text to stay readable on it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: Contrast asked of text on its background (WCAG AA for normal text).
READABLE = 4.5


class Hue(float, Enum):
    """Hues on the colour wheel (0-1)."""

    ERROR = 0.98  # red
    SUCCESS = 0.37  # green
    WARNING = 0.11  # amber
    INFO = 0.58  # blue


def palette() -> QPalette:
    return QGuiApplication.palette()


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def tone(
    hue: Hue,
    pal: QPalette | None = None,
    on: QPalette.ColorRole | None = None,
    background: QColor | None = None,
) -> QColor:
    """Text in ``hue``, readable on the palette's ``on`` (the window's background by default)
    or on ``background``: the lightness walked away from the background until the contrast is
    enough."""
    pal = pal or palette()
    if background is None:
        background = pal.color(on if on is not None else QPalette.ColorRole.Window)
    dark = is_dark(pal)
    lightness = 0.62 if dark else 0.38
    step = 0.04 if dark else -0.04
    colour = QColor.fromHslF(float(hue.value), 0.8, lightness)
    while contrast(colour, background) < READABLE and 0.05 < lightness < 0.95:
        lightness += step
        colour = QColor.fromHslF(float(hue.value), 0.8, lightness)
    return colour


def tint(hue: Hue, pal: QPalette | None = None, strength: float = 0.22) -> QColor:
    """A background in ``hue`` behind the palette's own text (``Text`` on ``Base``)."""
    pal = pal or palette()
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.Text)
    pure = QColor.fromHslF(float(hue.value), 0.9, 0.5)
    colour = mix(base, pure, strength)
    while contrast(text, colour) < READABLE and strength > 0.04:
        strength -= 0.03
        colour = mix(base, pure, strength)
    return colour


def muted(pal: QPalette | None = None) -> QColor:
    """Secondary text (notes, captions): between the text and its background, still readable."""
    pal = pal or palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    background = pal.color(QPalette.ColorRole.Window)
    share = 0.45
    colour = mix(text, background, share)
    while contrast(colour, background) < READABLE and share > 0.0:
        share -= 0.05
        colour = mix(text, background, share)
    return colour


def line(pal: QPalette | None = None) -> QColor:
    """Grid lines and light borders."""
    pal = pal or palette()
    return mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.18)


def set_text_colour(widget: QWidget, colour: QColor | None) -> None:
    """A label's text in ``colour`` (None: the palette's own), through its palette."""
    pal = widget.palette()
    pal.setColor(
        QPalette.ColorRole.WindowText,
        colour if colour is not None else palette().color(QPalette.ColorRole.WindowText),
    )
    widget.setPalette(pal)


class _CellColours:
    """The tones a table's cells are painted in, made once per palette: a table asks for
    them at every cell it paints (a tint made anew each time cost ~60 µs a cell, ~16 ms of
    the window's first paint); another palette (a dark desktop chosen meanwhile) makes them
    again. Colours, not brushes: Qt paints a cell's QColor as its brush, and the first QBrush
    would cost the start ~3 ms (PySide builds QGradient's 169 presets with it)."""

    def __init__(self) -> None:
        self.key: int | None = None
        self.made: dict[tuple[str, Hue | None], QColor] = {}

    def get(self, name: str, hue: Hue | None, make: Callable[[], QColor]) -> QColor:
        key = palette().cacheKey()
        if key != self.key:
            self.key, self.made = key, {}
        found = self.made.get((name, hue))
        if found is None:
            found = self.made[(name, hue)] = make()
        return found


_CELLS = _CellColours()


def cell_tint(hue: Hue) -> QColor:
    """``tint(hue)`` of the palette in use, for a cell's background (``BackgroundRole``)."""
    return _CELLS.get("tint", hue, lambda: tint(hue))


def cell_muted() -> QColor:
    """``muted()`` of the palette in use, for a cell's text (``ForegroundRole``)."""
    return _CELLS.get("muted", None, muted)


def emphasise(label: QWidget, hue: Hue) -> None:
    """A label's text in ``hue``'s tone of the palette in use (light or dark), bold: what
    must be seen at once (a connection lost, a ledger that did not open)."""
    set_text_colour(label, tone(hue, label.palette()))
    font = label.font()
    font.setBold(True)
    label.setFont(font)
