"""Bundled data: content, schema and icons, read through importlib.resources."""
