"""Pages that say "page N of M": a canvas that keeps each page until the document ends,
then draws every footer knowing the count (the period report and the credit note).

ReportLab draws a page's decorations while the page is laid out, before the last page is
known: this canvas records each page's state and draws the footers at ``save``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

#: Draws a page's footer: (canvas, page number, page count).
Footer = Callable[[Canvas, int, int], None]


def numbered_canvas(footer: Footer) -> type[Canvas]:
    """A ``canvasmaker`` for ``doc.build`` whose pages each get ``footer(canvas, n, count)``."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                footer(self, number, count)
                super().showPage()
            super().save()

    return NumberedCanvas
