"""The real OVHcloud account (issue 11): fetch the API's answers into a dump (``fetching``),
import a dump into the ledger and reconcile it with the ledger (``importing``)."""
