"""Small Markdown helpers for the pages made for paper."""

from __future__ import annotations


def literal(text: str) -> str:
    """Our own words as literal Markdown: each ASCII punctuation mark escaped, so nothing
    in them can become a link, emphasis or a heading."""
    return "".join(
        "\\" + c if c.isascii() and not c.isalnum() and not c.isspace() else c for c in text
    )


def demoted(markdown: str) -> str:
    """A reader page under a heading of ours: from its own heading on (no translation
    note each time), each heading one level down."""
    lines = markdown.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "\n".join("#" + line if line.startswith("#") else line for line in lines[start:])
