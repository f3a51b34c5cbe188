"""The real OVHcloud account (issue 11), pure: the API dump read into typed records
(``dump``, ``values``), how each record maps to the ledger (``mapping``), and the comparison
of the two, field by field (``compare``). No I/O: the services read the file and the
ledger, the ``ovhapi`` layer talks to the API."""
