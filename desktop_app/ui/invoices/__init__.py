"""Invoice simulation: the lines typed, who pays what, the split chart, posting."""
