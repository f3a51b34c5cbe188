"""Purchase orders: the list, marking one paid, cancelling, its PDF."""
