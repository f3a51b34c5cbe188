"""Projects: the list on the left of the window, adding, renaming, archiving."""
