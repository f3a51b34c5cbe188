"""The invoice simulation PDF: who would pay what of an invoice, in the order applied.

Same look as the purchase order (DejaVu Sans embedded, the same inks and rules). Every piece
of text that comes from the ledger or the user (project, company, products, references, the
payment method's label) is XML-escaped before it reaches a ``Paragraph``: ReportLab reads
paragraph text as markup.

``words`` (English, French), ``styles`` (styles, inks, the tables' grid), ``blocks`` (header,
note, the rule), ``tables`` (lines, the waterfall, the split) and ``document`` (the footer,
the order of the parts, the bytes).
"""

from desktop_app.pdf.invoice_simulation.document import render_invoice_simulation

__all__ = ["render_invoice_simulation"]
