"""Exploring the record: filters, the timeline, issue threads, people, pairs, saved searches."""
