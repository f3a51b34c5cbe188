"""The purchase order ("bon de commande") PDF, in French or English.

Every piece of text that comes from the ledger (project name, company blocks, bank details) is
XML-escaped before it reaches a ``Paragraph``: ReportLab reads paragraph text as markup, so a
project called ``<b>Acme</b> & Co`` would otherwise print in bold, or fail to parse.

``words`` (English, French, rates, IBANs), ``styles``, ``blocks`` (header, stamp, parties,
payment, conditions), ``tables`` (the line and the totals) and ``document`` (the footer and
watermark, the order of the parts, the bytes).
"""

from desktop_app.pdf.purchase_order.document import render_purchase_order
from desktop_app.pdf.purchase_order.words import format_rate

__all__ = ["format_rate", "render_purchase_order"]
