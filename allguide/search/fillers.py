"""Words that say little on their own, per language: never searched alone.

"passed out" is not about "out" (hair falling out, worn out), nor "eating a
lot" about a "lot". A filler is searched only beside other words of the query,
and never in place of words no page uses. It is also never reported as a word
no page uses, nor corrected into another word.

"all" is also the name of the illness: typed in capitals (ALL) it is that name,
never a filler; typed alone ("all") it is read as the name too, there being no
other word to read it with.
"""

from __future__ import annotations

FILLERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "again",
            "all",
            "also",
            "always",
            "bit",
            "down",
            "even",
            "just",
            "load",
            "loads",
            "lot",
            "lots",
            "more",
            "much",
            "off",
            "out",
            "over",
            "quite",
            "really",
            "some",
            "still",
            "too",
            "up",
            "very",
        }
    ),
}

# Fillers that are also a name in the content: that name when typed alone or in capitals.
NAMES: dict[str, frozenset[str]] = {"en": frozenset({"all"})}


def fillers(language: str) -> frozenset[str]:
    return FILLERS.get(language, frozenset())


def filler_names(language: str) -> frozenset[str]:
    return NAMES.get(language, frozenset())
