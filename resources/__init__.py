"""Bundled read-only resources (data, schema, icons); installed as ``diplo_gui.resources``."""
