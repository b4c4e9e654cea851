"""Words that say little on their own, per language: never searched alone.

"passed out" is not about "out" (hair falling out, worn out), nor "eating a
lot" about a "lot". A filler is searched only beside other words of the query,
and never in place of words no page uses. It is also never reported as a word
no page uses, nor corrected into another word.

Words for the person ("my child", "son", "wife", "baby") are fillers too: "my
child is drowsy" is about "drowsy". The content never means a family member by
them; a phrase of the synonyms file with one ("having a baby later") is still
found whole. So are "able" and "unable": "not able to speak" is "can not speak".

"all" is also the name of the illness: typed in capitals (ALL) it is that name,
never a filler; typed alone ("all") it is read as the name too, there being no
other word to read it with.
"""

from __future__ import annotations

FILLERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "able",
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
            "unable",
            "up",
            "very",
        }
    ),
}

# Who the query is about: never searched on its own, never reported as not found.
PEOPLE: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "babies",
            "baby",
            "boy",
            "boys",
            "boyfriend",
            "brother",
            "child",
            "children",
            "dad",
            "daddy",
            "daughter",
            "daughters",
            "father",
            "girl",
            "girlfriend",
            "girls",
            "grandchild",
            "granddaughter",
            "grandson",
            "husband",
            "infant",
            "kid",
            "kids",
            "mom",
            "mommy",
            "mother",
            "mum",
            "mummy",
            "parent",
            "parents",
            "partner",
            "sister",
            "son",
            "sons",
            "teen",
            "teenager",
            "toddler",
            "wife",
        }
    ),
}

# Fillers that are also a name in the content: that name when typed alone or in capitals.
NAMES: dict[str, frozenset[str]] = {"en": frozenset({"all"})}


def fillers(language: str) -> frozenset[str]:
    """Words never searched on their own in ``language``: fillers and words for the person."""
    return FILLERS.get(language, frozenset()) | PEOPLE.get(language, frozenset())


def filler_names(language: str) -> frozenset[str]:
    return NAMES.get(language, frozenset())
