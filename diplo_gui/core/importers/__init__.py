"""Importers: other publishers' records -> Diplo data files (Qt-free)."""
