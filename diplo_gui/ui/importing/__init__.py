"""Importing other records (the Office of the Historian's travels and visits)."""
