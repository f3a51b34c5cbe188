"""File > Reconcile with OVHcloud…: an OVHcloud dump (`ovh fetch`) beside the ledger,
matched lots, lots missing on each side and the fields that differ; exported to CSV and
PDF. Changes nothing (`ovh import` brings what is missing in)."""
