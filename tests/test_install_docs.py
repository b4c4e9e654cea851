"""The commands docs/install.md and the README give hospital IT exist as written."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from allguide.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = ("README.md", "docs/install.md", "docs/frozen-build.md")


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text("utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", text, re.MULTILINE))


def command_lines(doc: str) -> list[str]:
    """Commands in a document's code blocks and `inline code`."""
    text = (ROOT / doc).read_text("utf-8")
    blocks = re.findall(r"```(?:sh|ini)?\n(.*?)```", text, re.DOTALL)
    inline = re.findall(r"`([^`\n]+)`", text)
    lines = [line for block in blocks for line in block.splitlines()] + inline
    return [line.split("#")[0].strip() for line in lines if line.strip()]


@pytest.mark.parametrize("doc", DOCS)
def test_every_make_target_named_exists(doc: str) -> None:
    named = {m for line in command_lines(doc) for m in re.findall(r"\bmake ([a-z][\w-]*)", line)}
    assert named, f"{doc} names no make target"
    missing = named - makefile_targets()
    assert not missing, f"{doc} names make targets the Makefile lacks: {sorted(missing)}"


def allguide_words() -> tuple[set[str], set[str]]:
    parser = build_parser()
    options = {option for action in parser._actions for option in action.option_strings}
    commands: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands |= set(action.choices)
    return options, commands


@pytest.mark.parametrize("doc", ("docs/install.md", "docs/kiosk.md"))
def test_every_allguide_option_and_command_named_exists(doc: str) -> None:
    options, commands = allguide_words()
    seen = 0
    for line in command_lines(doc):
        match = re.search(r"(?:^|\s|=)allguide((?:\s+[\w-]+)+)", line)
        if match is None:
            continue
        for word in match.group(1).split():
            if word.startswith("--"):
                seen += 1
                assert word in options, f"{doc}: `{line}`: allguide has no option {word}"
            elif word in commands:
                seen += 1
            else:
                break  # the command's own arguments, or prose
    assert seen, f"{doc} names no allguide option or command"
