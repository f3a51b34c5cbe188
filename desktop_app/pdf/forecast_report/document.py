"""The report put together: its pages' footer, the order of its parts, the PDF's bytes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.forecast_report.blocks import (
    advice_section,
    assumptions,
    chart,
    header,
    summary,
)
from desktop_app.pdf.forecast_report.report import ForecastReport
from desktop_app.pdf.forecast_report.styles import Styles, make_styles
from desktop_app.pdf.forecast_report.tables import lots_lost, month_table
from desktop_app.pdf.forecast_report.words import Words, words_in
from desktop_app.pdf.layout import FOOTER_SIZE, FRAME_WIDTH, draw_footer, fit, new_document, render

_MARGIN_TOP: float = 16 * mm  # 2 mm less than the other documents


def _decorations(report: ForecastReport, words: Words, regular: str) -> Callable[[Any, Any], None]:
    half = FRAME_WIDTH / 2 - 4 * mm
    # Half the line each: the disclaimer on the left, the project's name cut on the right (the
    # right side then never leaves the left less than half, so draw_footer cuts nothing more).
    left = fit(words.disclaimer, regular, FOOTER_SIZE, half)

    def draw(canvas: Any, doc: Any) -> None:
        right = words.footer.format(title=words.title, project="{project}", page=doc.page)
        room = half - stringWidth(right, regular, FOOTER_SIZE)
        project = fit(report.project, regular, FOOTER_SIZE, room)
        draw_footer(canvas, regular, left, right.replace("{project}", project))

    return draw


def _story(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    story += header(report, words, st)
    story += summary(report, words, st)
    story += assumptions(report, words, st)
    story.append(
        KeepTogether([Paragraph(escape(words.chart), st.heading), chart(report, words, st)])
    )
    story.append(KeepTogether(advice_section(report, words, st)))
    story += month_table(report, words, st)
    story += lots_lost(report, words, st)  # the detail last: there may be hundreds
    return story


def render_forecast_report(report: ForecastReport, language: str) -> bytes:
    """The report as PDF bytes, ``fr`` or else English (``services.forecast_export`` writes
    them). Raises ``ValueError`` for a forecast with no month."""
    if not report.months:
        raise ValueError("a forecast report needs at least one month")
    fonts = register_fonts()
    words = words_in(language)
    st = make_styles(fonts.regular, fonts.bold)

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out,
            title=f"{words.title} — {report.project}",
            author=report.company,
            subject=words.project.format(project=report.project),
            lang=words.lang,
            font=fonts.regular,
            on_page=_decorations(report, words, fonts.regular),
            margin_top=_MARGIN_TOP,
        )
        doc.build(_story(report, words, st))

    return render(build)
