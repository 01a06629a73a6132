"""Reading meetings: the list, the detail pane, the stored source texts, the problems."""
