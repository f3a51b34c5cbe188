"""The Help menu: a short guide, the keyboard shortcuts, About (version and licences)."""
