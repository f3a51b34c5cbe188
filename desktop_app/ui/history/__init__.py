"""History: every movement, filtered, exported."""
