"""Choosing the language: the toolbar's chooser, the home page's row, the switch."""
