"""Drafting meetings from an article, and the review that corrects them."""
