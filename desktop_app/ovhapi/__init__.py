"""The one place that talks to the OVHcloud API, through the official ``ovh`` client (the
optional extra ``ovh``; import-linter keeps every other package off it). Read-only: GET
calls only. Each failure becomes a coded refusal naming the request and why (auth, rights,
network), never the client's own exception."""
