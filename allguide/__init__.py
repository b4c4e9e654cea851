"""AllGuide: an offline, plain-language guide to ALL treatment."""

__version__ = "0.1.0"
