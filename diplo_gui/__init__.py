"""Diplo: a desktop reader of diplomatic meetings."""

__version__ = "0.1.0"
APP_NAME = "Diplo"
