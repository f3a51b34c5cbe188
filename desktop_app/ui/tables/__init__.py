"""Table models shared by the features: the paged base, the names the tables show."""
