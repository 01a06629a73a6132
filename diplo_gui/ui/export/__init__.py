"""Exporting, printing and citing: files, PDF (also for diplo-data), the printer."""
