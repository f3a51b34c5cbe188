"""Unicode fonts for generated PDFs, registered with ReportLab once per process.

The 14 standard PDF fonts only know WinAnsi: no narrow no-break space (Babel groups French
thousands with it), nothing for a customer named in Polish or Greek. So every document embeds
(a subset of) DejaVu Sans. Parsing a TrueType file costs tens of milliseconds: it is done once
per process, then cached.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resource

#: The family shares the regular face's name, so a style whose ``fontName`` is ``REGULAR``
#: finds its bold face for ``<b>``.
FAMILY = REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@dataclass(frozen=True, slots=True)
class Fonts:
    """Names of the registered faces, to put in styles."""

    regular: str
    bold: str


_lock = threading.Lock()
_registered: Fonts | None = None


def register_fonts() -> Fonts:
    """Register DejaVu Sans (regular and bold) and its family; cheap after the first call.

    The family mapping lets ``<b>`` in a ``Paragraph`` switch to the bold face. DejaVu has no
    italic in ``resources/fonts``, so italic maps to the upright faces rather than failing.
    """
    global _registered  # noqa: PLW0603 - a process-wide cache is the point
    if _registered is not None:
        return _registered
    with _lock:  # PDFs may be written from a worker thread (batch export)
        if _registered is None:
            pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
            pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
            )
            _registered = Fonts(regular=REGULAR, bold=BOLD)
        return _registered
