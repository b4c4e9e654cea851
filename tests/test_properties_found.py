"""Defects the property tests (tests/test_properties_*.py) found, each pinned by an example,
so that it stays fixed even if the random search never draws it again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from allguide.cli import main
from allguide.content import LoadResult, yamlfile
from allguide.content.errors import ContentError
from tests.conftest import line_of

Edit = Callable[[str, str, str], Path]
Load = Callable[[], LoadResult]

TERM = "    term: Bone marrow\n"  # glossary.yaml, the first item (term-bone-marrow)
TERM_LINE = 5


def messages(result: LoadResult) -> list[str]:
    return [str(error) for error in result.errors]


# Escaped control characters in quoted YAML: "\x0c" is a form feed once YAML reads it.
# The reader refuses the raw character; the escape got past it into the page.


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\x0c", "U+000C"),
        ("\\u0007", "U+0007"),
        ("\\x00", "U+0000"),
        ("\\e", "U+001B"),
        ("\\r", "U+000D"),
        ("\\x85", "U+0085"),
        ("\\x9b", "U+009B"),
        ("\\x7f", "U+007F"),
        ("\\ud800", "U+D800"),
        ("\\uffff", "U+FFFF"),
    ],
)
def test_an_escaped_control_character_costs_its_item_at_its_line(
    edit: Edit,
    load_copy: Load,
    content_copy: Path,
    capsys: pytest.CaptureFixture[str],
    escape: str,
    code: str,
) -> None:
    edit("glossary.yaml", TERM, f'    term: "Bone{escape}marrow"\n')
    result = load_copy()
    assert messages(result) == [
        f"en/glossary.yaml:{TERM_LINE}: cannot read this value as !!str: "
        f"character {code} is not allowed in content (only tab and new line are)"
    ]
    assert result.content.get("term-bone-marrow") is None
    assert result.content.get("term-complete-remission") is not None
    assert main(["validate", str(content_copy)]) == 1
    assert f"glossary.yaml:{TERM_LINE}: cannot read this value as !!str" in capsys.readouterr().err


def test_an_escaped_tab_and_new_line_are_text(edit: Edit, load_copy: Load) -> None:
    edit("glossary.yaml", TERM, '    term: "Bone\\tmarrow\\nand \\u2028 more \\u200f"\n')
    result = load_copy()
    assert messages(result) == []
    term = result.content.get("term-bone-marrow")
    assert term is not None
    assert getattr(term, "term", None) == "Bone\tmarrow\nand \u2028 more \u200f"


def test_an_escaped_control_character_in_a_key_is_reported_once(
    edit: Edit, load_copy: Load
) -> None:
    """Found by the property: a key ``"\\x1f"`` came back in 'unknown key' raw."""
    path = edit("glossary.yaml", TERM, TERM + '    "\\x1f": 0\n')
    assert messages(load_copy()) == [
        f"en/glossary.yaml:{line_of(path, 'x1f')}: cannot read this value as !!str: "
        "character U+001F is not allowed in content (only tab and new line are)"
    ]


# A message is one line a terminal shows as it is, whatever it quotes.


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\nb", "a\\nb"),
        ("a\x1b[31mred", "a\\x1b[31mred"),
        ("line\u2028sep", "line\\u2028sep"),
        ("bidi\u202eoverride", "bidi\\u202eoverride"),
        ("half \ud800", "half \\ud800"),
        ("tab\there", "tab\\there"),
        ("arabic \u0627\u0644 é ✓", "arabic \u0627\u0644 é ✓"),
    ],
)
def test_a_message_shows_unprintable_characters_as_escapes(raw: str, shown: str) -> None:
    assert str(ContentError("en/x.yaml", 3, f"quotes '{raw}'")) == f"en/x.yaml:3: quotes '{shown}'"
    assert str(ContentError(f"en/{raw}.yaml", None, "m")) == f"en/{shown}.yaml: m"


def test_a_url_with_a_line_separator_is_quoted_on_one_line(edit: Edit, load_copy: Load) -> None:
    """The url message quotes the address: a U+2028 in it was a line break in the message."""
    url = (
        "https://www.cancerresearchuk.org/about-cancer/acute-lymphoblastic-leukaemia-all/"
        "treatment/chemotherapy/about"
    )
    path = edit("references.yaml", f"url: {url}\n", f'url: "{url}\\u2028x"\n')
    [message] = messages(load_copy())
    assert message.startswith(f"en/references.yaml:{line_of(path, url)}: ref-1: url '")
    assert "\\u2028x' has a space" in message
    assert "\u2028" not in message


# Lines are numbered as editors number them. YAML 1.1 also ends a line at NEL, LS and PS
# (U+0085, U+2028, U+2029), which editors show inside a line: a file with one had every
# later line number wrong, even past its end.

ODD_BREAKS = ["\u2028", "\u2029", "\x85"]
TERM_2 = "    term: Complete remission\n"  # glossary.yaml, the second item
TERM_2_LINE = 10


def odd_breaks_in_the_first_term(edit: Edit, odd: str) -> None:
    """Written into a quoted value as they are: YAML keeps them, and counts lines at them."""
    edit("glossary.yaml", TERM, f'    term: "Bone{odd}{odd}{odd}marrow"\n')


def editor_line(path: Path, needle: str) -> int:
    """The line of ``needle`` as an editor numbers it: at LF only (str.splitlines also
    breaks at U+2028 and the like)."""
    text = path.read_text("utf-8")
    return text.count("\n", 0, text.index(needle)) + 1


@pytest.mark.parametrize("odd", ODD_BREAKS)
def test_a_syntax_error_after_an_odd_line_break_is_at_the_editors_line(
    edit: Edit, load_copy: Load, odd: str
) -> None:
    odd_breaks_in_the_first_term(edit, odd)
    edit("glossary.yaml", TERM_2, "    term: [Complete remission\n")
    [message] = messages(load_copy())
    assert message.startswith(f"en/glossary.yaml:{TERM_2_LINE + 1}: YAML syntax error: ")


@pytest.mark.parametrize("odd", ODD_BREAKS)
def test_a_bad_value_after_an_odd_line_break_is_at_the_editors_line(
    edit: Edit, load_copy: Load, odd: str
) -> None:
    odd_breaks_in_the_first_term(edit, odd)
    edit("glossary.yaml", TERM_2, "    term: !!int abc\n")
    [message] = messages(load_copy())
    assert message.startswith(f"en/glossary.yaml:{TERM_2_LINE}: cannot read this value as !!int")


@pytest.mark.parametrize("odd", ODD_BREAKS)
def test_a_bad_link_after_an_odd_line_break_is_at_the_editors_line(
    edit: Edit, load_copy: Load, odd: str
) -> None:
    odd_breaks_in_the_first_term(edit, odd)
    path = edit("glossary.yaml", "is a good sign", "is a good [sign](#no-such-page)")
    [message] = messages(load_copy())
    line = editor_line(path, "#no-such-page")
    assert message == (
        f"en/glossary.yaml:{line}: term-complete-remission: links to unknown page '#no-such-page'"
    )


def test_an_odd_line_break_in_a_quoted_value_is_kept_as_text(edit: Edit, load_copy: Load) -> None:
    odd_breaks_in_the_first_term(edit, "\u2028")
    result = load_copy()
    assert messages(result) == []
    term = result.content.get("term-bone-marrow")
    assert getattr(term, "term", None) == "Bone\u2028\u2028\u2028marrow"


def test_a_control_character_after_a_lone_carriage_return_is_at_the_editors_line(
    content_copy: Path, load_copy: Load
) -> None:
    """A lone CR ends a line for YAML and for editors alike; the reader's message counted
    only LF."""
    path = content_copy / "zz-extra.yaml"
    path.write_bytes(b"# one\r# two\rglossary:\r  - id: x\r    term: a\x0cb\r")
    [message] = messages(load_copy())
    assert message.startswith("en/zz-extra.yaml:5: YAML syntax error: control character U+000C")


# libyaml (the quick path for plain files) and the careful parser must read a file alike.


@pytest.mark.parametrize(
    "text", ["\ufeff\ufeff- ", "\ufeff\ufeffglossary: []\n", "glossary: [a, \ufeffb]\n"]
)
def test_a_byte_order_mark_past_the_start_reads_the_same_with_or_without_libyaml(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the property: libyaml skipped a second byte order mark that the careful
    parser reads as text, so the same file gave other data where libyaml is installed."""
    fast = yamlfile.parse_yaml(text, "x.yaml")
    monkeypatch.setattr(yamlfile, "_FAST", None)
    careful = yamlfile.parse_yaml(text, "x.yaml")
    assert (fast.data, fast.lines) == (careful.data, careful.lines)


@pytest.mark.parametrize(
    "text",
    ["''\t", "document\t", "glossary:\t\n  - id: x\n", "glossary: [a,\tb]\n", 'a: "x\ty"\n'],
)
def test_a_tab_reads_the_same_with_or_without_libyaml(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the property: libyaml lets a tab after a token through (YAML 1.2), the
    careful parser refuses it (YAML 1.1), so a trailing tab made a file valid or not
    depending on whether libyaml is installed. Now both give the careful parser's answer."""

    def parsed() -> object:
        try:
            doc = yamlfile.parse_yaml(text, "x.yaml")
        except yamlfile.YamlFileError as refused:
            return str(refused.error)
        return doc.data, doc.lines

    fast = parsed()
    monkeypatch.setattr(yamlfile, "_FAST", None)
    assert fast == parsed()
