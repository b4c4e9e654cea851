"""Little words a search need not insist on: each language's, in its search-words.yaml.

Search itself takes them from the content it searches (allguide.search.words); this is
for a caller with only a language's id.
"""

from __future__ import annotations

from allguide.search.words import bundled_words


def stopwords(language: str) -> frozenset[str]:
    """The little words of a bundled language (none for a language not bundled)."""
    return bundled_words(language).stop_words
