"""How one translated text differs from its English text in what must not change.

A translation rewords everything else, so only these are compared: its citation markers
(the same, in the same order), its page links, the numbers it says (translations keep
the digits 0 to 9) and the brand names of medicines. Used by parity.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from allguide.content.markup import cited_ids, linked_ids

# What is markup, not prose: citation markers and the targets of links, whose digits
# ("ref-2", "#phase-1", an address) are compared as markers or links, not as numbers.
_NOT_PROSE = re.compile(r"\[\^[^\]]*\]|\]\([^)]*\)")
_NUMBER = re.compile(r"\d+")  # any script's digits: a translation must use 0-9 like English
LISTED = 10  # a message names this many things at most, then says how many more


@dataclass(frozen=True)
class TextDifference:
    """One difference: ``message`` says it; ``within`` is text to find its line by."""

    message: str
    within: str = ""
    occurrence: int = 0  # ``within``'s first occurrence in the text is 0, the next 1, ...
    names_english: bool = False  # the English place helps (something is missing there)


def text_differences(
    ours: str, english: str, brand_names: Iterable[str] = ()
) -> list[TextDifference]:
    """Every difference of ``ours`` from ``english`` in markers, links, numbers and brands."""
    differences = _citations(list(cited_ids(ours)), list(cited_ids(english)))
    differences += _missing_and_extra(
        "links",
        Counter(f"(#{target})" for target in linked_ids(ours)),
        Counter(f"(#{target})" for target in linked_ids(english)),
    )
    differences += _numbers(_prose(ours), _prose(english))
    differences += _brands(_prose(ours), _prose(english), brand_names)
    return differences


def _prose(text: str) -> str:
    return _NOT_PROSE.sub(" ", text)


def _listed(things: list[str], separator: str = " ") -> str:
    """``things`` for a message: the first LISTED of them, then how many more."""
    shown = separator.join(things[:LISTED])
    return shown if len(things) <= LISTED else f"{shown} and {len(things) - LISTED} more"


def _citations(ours: list[str], english: list[str]) -> list[TextDifference]:
    """The same markers in the same order: each claims its reference supports that text."""
    differences = _missing_and_extra(
        "citations",
        Counter(f"[^{ref}]" for ref in ours),
        Counter(f"[^{ref}]" for ref in english),
    )
    if not differences and ours != english:
        index = next(n for n, (a, b) in enumerate(zip(ours, english, strict=True)) if a != b)
        mine, theirs = f"[^{ours[index]}]", f"[^{english[index]}]"
        message = f"citations in another order: marker {index + 1} is {mine}, English has {theirs}"
        occurrence = ours[:index].count(ours[index])
        differences.append(TextDifference(message, mine, occurrence, names_english=True))
    return differences


def _missing_and_extra(
    what: str, ours: Counter[str], english: Counter[str]
) -> list[TextDifference]:
    """``what`` English has and ``ours`` lacks, then what ``ours`` adds; repeats count."""
    differences = []
    missing = list((english - ours).elements())
    if missing:
        message = f"{what} missing: {_listed(missing)}"
        differences.append(TextDifference(message, names_english=True))
    extra = list((ours - english).elements())
    if extra:
        differences.append(TextDifference(f"{what} not in English: {_listed(extra)}", extra[0]))
    return differences


def _numbers(ours: str, english: str) -> list[TextDifference]:
    """Every number English says, as often, and no other: a dose, an age or a length of
    time must survive translation exactly."""
    differences = []
    mine, theirs = Counter(_NUMBER.findall(ours)), Counter(_NUMBER.findall(english))
    missing = sorted((theirs - mine).elements(), key=_number_order)
    if missing:
        message = f"numbers missing: {_listed(missing, ', ')}"
        differences.append(TextDifference(message, names_english=True))
    extra = sorted((mine - theirs).elements(), key=_number_order)
    if extra:
        hint = "" if all(n.isascii() for n in extra) else " (write numbers with the digits 0-9)"
        message = f"numbers not in English: {_listed(extra, ', ')}{hint}"
        differences.append(TextDifference(message))
    return differences


def _number_order(number: str) -> tuple[int, str]:
    return (len(number), number)


def _brands(ours: str, english: str, brand_names: Iterable[str]) -> list[TextDifference]:
    """A brand English names in this text is named here too, and no other: a brand name is
    a fact from its label, shown only where English shows it."""
    missing, extra = [], []
    for name in dict.fromkeys(brand_names):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        in_ours, in_english = bool(pattern.search(ours)), bool(pattern.search(english))
        if in_english and not in_ours:
            missing.append(name)
        elif in_ours and not in_english:
            extra.append(name)
    differences = []
    if missing:
        message = f"brand names missing: {_listed(missing, ', ')}"
        differences.append(TextDifference(message, names_english=True))
    if extra:
        message = f"brand names not in English: {_listed(extra, ', ')}"
        differences.append(TextDifference(message, extra[0]))
    return differences
