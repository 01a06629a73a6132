"""The window around the features: its menus, loading, settings, theme, geometry, keys, help."""
