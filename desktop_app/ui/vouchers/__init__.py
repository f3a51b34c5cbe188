"""The voucher catalogue: every code issued or imported, redeemed or not, by campaign."""
