"""The credit forecast as a PDF report, in French or English.

A summary (until when the credit lasts, what is lost to expiry, what the payment method
pays), the assumptions, a chart of the balance of each source, the purchase advice, the lots
lost to expiry and the month-by-month table. Text from the ledger or typed by the user
(company, project, products, lot references) is XML-escaped before it reaches a
``Paragraph``. Every font is the embedded DejaVu Sans, charts included.

``report`` (what it shows), ``words`` (English, French, figures), ``styles``, ``blocks``
(header, summary, assumptions, chart, advice), ``tables`` (lots lost, month by month) and
``document`` (the footer, the order of the parts, the bytes).
"""

from desktop_app.pdf.forecast_report.document import render_forecast_report
from desktop_app.pdf.forecast_report.report import ForecastReport, ReportAdvice

__all__ = ["ForecastReport", "ReportAdvice", "render_forecast_report"]
