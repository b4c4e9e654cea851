"""The words search knows: those of the pages, and those of the synonyms file.

The two are kept apart because they answer different questions. A word of
the pages can be searched for; a word only of the synonyms file means
something only inside its phrase ("baby" in "having a baby later").

rapidfuzz is imported where a typo or another ending is looked for, not at the
top: a search whose words are all known never needs it, and importing it in the
window's warm-up (41 modules, ~7 ms, ~2.9 MiB resident) was what kept the whole
run's peak memory over its budget (issue 10). The first search with a typo pays
the ~7 ms once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from allguide.search.words import Endings

MIN_PREFIX = 3
MIN_SUGGESTION_SCORE = 70.0  # rapidfuzz ratio: "hare" → "hair" 75, "bruises" → "babies" 62
MAX_STEM_DISTANCE = 3  # "infected" → "infection"
ALIKE_PREFIX = 5  # letters a word alike must start with (Endings.alike)


class _SortedWords:
    """A set of words that also answers "does any word start with this?"."""

    def __init__(self, words: Iterable[str]) -> None:
        self.set = frozenset(words)
        self.sorted = sorted(self.set)

    def starting_with(self, prefix: str) -> list[str]:
        start = bisect.bisect_left(self.sorted, prefix)
        end = bisect.bisect_left(self.sorted, prefix + "\uffff")
        return self.sorted[start:end]

    def knows(self, word: str) -> bool:
        """``word`` itself, or (three letters or more) the start of a word."""
        if word in self.set:
            return True
        if len(word) < MIN_PREFIX:
            return False
        index = bisect.bisect_left(self.sorted, word)
        return index < len(self.sorted) and self.sorted[index].startswith(word)


class Vocabulary:
    """Every folded word in the index, and every word of the synonyms file."""

    def __init__(
        self,
        index_words: Iterable[str],
        synonym_words: Iterable[str] = (),
        stopwords: frozenset[str] = frozenset(),
        endings: Endings | None = None,
    ) -> None:
        self._endings = endings if endings is not None else Endings()
        self.index = _SortedWords(index_words)
        self._all = _SortedWords(self.index.set | set(synonym_words))
        self._long = [w for w in self._all.sorted if len(w) >= 4]
        self._suggestable = [w for w in self.index.sorted if len(w) >= 4 and w not in stopwords]

    def knows(self, word: str) -> bool:
        """A word of the pages or of the synonyms file, or the start of one."""
        return self._all.knows(word)

    def in_index(self, word: str) -> bool:
        """A word some page uses, or the start of one: searching for it can find something."""
        return self.index.knows(word)

    def is_whole_word(self, word: str) -> bool:
        """Exactly a word of the pages or of the synonyms file (for joining and splitting)."""
        return word in self._all.set

    def closest(self, word: str, max_distance: int) -> str | None:
        """The known word within ``max_distance`` edits, if there is one.

        Two letters swapped count as one edit: "fevre" → "fever".
        """
        if max_distance <= 0:
            return None
        from rapidfuzz import process  # on first need (module docstring)
        from rapidfuzz.distance import OSA

        found = process.extractOne(word, self._long, scorer=OSA.distance, score_cutoff=max_distance)
        return found[0] if found else None

    def same_stem(self, word: str) -> str | None:
        """A known word that is ``word`` with another ending, by the language's endings.

        "pooing" → "poo", "aching" → "ache", "vomited" → "vomiting", "leukemic" →
        "leukemia"; never "shaking" → "having", nor "throat" → "throw". Only a language
        whose endings allow it (Endings.alike) takes a word that merely looks alike:
        French "stérile" is not "stérilité", Spanish "estéril" not "esteroide".
        """
        endings = self._endings
        for ending in endings.taken_off:
            base = word[: -len(ending)]
            if not word.endswith(ending) or len(base) < MIN_PREFIX:
                continue
            doubled = ""
            if endings.doubled_before and len(base) > MIN_PREFIX and base[-1] == base[-2]:
                doubled = base[:-1]  # "stopped" → "stop"
            put_back = [base + letters for letters in endings.put_back]
            for candidate in (base, *put_back, doubled):
                if candidate and self.is_whole_word(candidate):
                    return candidate
        if not endings.alike:
            return None
        stem = max(ALIKE_PREFIX, len(word) - 2)
        if len(word) <= stem:
            return None
        candidates = self._all.starting_with(word[:stem])
        from rapidfuzz import process  # on first need (module docstring)
        from rapidfuzz.distance import Levenshtein

        found = process.extractOne(
            word, candidates, scorer=Levenshtein.distance, score_cutoff=MAX_STEM_DISTANCE
        )
        return found[0] if found else None

    def split(self, word: str) -> tuple[str, str] | None:
        """``word`` as two known words typed together: "stemcell" → ("stem", "cell")."""
        best: tuple[str, str] | None = None
        for cut in range(2, len(word) - 1):
            left, right = word[:cut], word[cut:]
            right_known = self.is_whole_word(right) or (
                len(right) >= MIN_PREFIX and self.knows(right)
            )
            if not self.is_whole_word(left) or not right_known:
                continue
            if best is None or min(len(left), len(right)) > min(map(len, best)):
                best = (left, right)  # the most even cut: "side effects", not "s ideeffects"
        return best

    def suggestions(self, word: str, limit: int = 3) -> list[str]:
        """Words of the pages that look like ``word`` (a typo), most alike first."""
        from rapidfuzz import fuzz, process  # on first need (module docstring)

        found = process.extract(
            word,
            self._suggestable,
            scorer=fuzz.ratio,
            limit=limit,
            score_cutoff=MIN_SUGGESTION_SCORE,
        )
        return [w for w, _score, _index in found]
