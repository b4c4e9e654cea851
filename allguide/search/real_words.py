"""Which typed words are real words of a language, from a well-kept word-frequency list.

Search must never "correct" a real word into an unrelated word of the content
("shaking" into "having"). The lists come with pyspellchecker (built from
OpenSubtitles word frequencies, cleaned by its maintainers) for English,
Spanish, French and Arabic. How common a word is tells a finished word's own
endings from a word of its own ("number" is not "numb" + er: endings.py).

A list has 86,000-160,000 words. Parsed into a dict it took ~90-120 ms and 36 MiB,
so it is searched by halving its sorted lines instead (sorted_list.py says why).
The app reads each list from a file built from pyspellchecker's at build time
(``allguide compile-words``, word_files.py): one ``word count`` line each, sorted,
mapped read-only into memory, so nothing is inflated or scanned and only the pages
a lookup touches become resident (word_files.py: English 3.5 MiB less kept than
reading the gzipped list, French 8.9; one idle step instead of 18-96). It is opened
on first need only, never at start-up.

When that file is missing or stale (logged as a warning: a packaging defect),
the gzipped list is read as before: a gzipped JSON object, one ``"word": count``
line each, sorted (a list found out of order while it is read is parsed whole
instead, as a dict), inflated and scanned in steps of a few milliseconds each
(``WordListLoad.step``), so that an idle turn of the window can take one at a
time; its text is then kept as bytes and halved the same way.
"""

from __future__ import annotations

import json
import logging
import operator
import re
import zlib
from collections.abc import Mapping
from typing import Protocol

from allguide.search.sorted_list import JSON_LINES, SortedList
from allguide.search.text import fold
from allguide.search.word_files import open_word_file

log = logging.getLogger(__name__)

LANGUAGES = frozenset({"en", "es", "fr", "ar"})  # each has a built file: compile_words.py
INFLATE_CHUNK = 128 * 1024  # gzipped bytes inflated per step: ~4 ms
SCAN_CHUNK = 256 * 1024  # text bytes read per step: counts summed, accented lines kept (~3 ms)
FOLD_BATCH = 2000  # accented words folded per step (~3 ms)
_COUNT = re.compile(rb'": (\d+)')
_KEY = re.compile(rb'^"([^"]*)"', re.MULTILINE)  # a line's word (no list has '\"' in one)


class RealWordTest(Protocol):
    """A language's word list: which words are real, and how common each is."""

    def __call__(self, word: str) -> bool:
        """True if ``word`` (folded) is a word of the language."""
        ...

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs in the list's texts; 0 if it is not a word."""
        ...

    def per_million(self, word: str) -> float:
        """How often ``word`` occurs per million words of the list's texts; 0.0 if never."""
        ...


class FrequencyList:
    """A word-frequency list, asked with folded words."""

    def __init__(self, frequencies: Mapping[str, int]) -> None:
        self._frequencies = frequencies
        # The lists keep accents; typed words are folded ("médicament" → "medicament").
        # A word folding to itself (most Arabic words) is found as it is: not kept twice.
        folded = ((w, fold(w), n) for w, n in frequencies.items() if not w.isascii())
        self._folded = {f: n for w, f, n in folded if f != w}
        self._total = max(1, sum(frequencies.values()))

    def __call__(self, word: str) -> bool:
        return word in self._frequencies or word in self._folded

    def frequency(self, word: str) -> int:
        return self._frequencies.get(word) or self._folded.get(word, 0)

    def per_million(self, word: str) -> float:
        return self.frequency(word) * 1_000_000 / self._total


class WordListLoad:
    """One language's list, loaded one small step at a time, or all at once by ``finish``."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.steps_done = 0
        self._result: RealWordTest | None = None
        self._done = language not in LANGUAGES
        self._gzipped: bytes | None = None
        self._inflater = zlib.decompressobj(wbits=31)  # gzip
        self._read_to = 0  # in the gzipped bytes
        self._pieces: list[bytes] = []
        self._text: bytes | None = None
        self._scanned = 0  # in the text
        self._total = 0
        self._folded: dict[str, int] = {}
        self._accented: list[bytes] = []  # lines scanned, not folded yet
        self._last_key: bytes | None = None  # of the lines scanned: the next must sort after

    @property
    def done(self) -> bool:
        return self._done

    @property
    def result(self) -> RealWordTest | None:
        """The list, once done (None before, or if there is none)."""
        return self._result

    def step(self) -> bool:
        """Do the next small piece of the load; True while more is left."""
        if self._done:
            return False
        self.steps_done += 1
        try:
            self._next_piece()
        except (ImportError, OSError, ValueError, zlib.error):  # pragma: no cover - no list
            log.warning(
                "no word list for %r: unknown words are corrected, not named", self.language
            )
            self._done = True
        return not self._done

    def finish(self) -> RealWordTest | None:
        """The list, after any steps not done yet."""
        while self.step():
            pass
        return self._result

    def _next_piece(self) -> None:
        if self._gzipped is None:
            self._result = open_word_file(self.language)  # built: nothing more to do
            if self._result is not None:
                self._done = True
                return
            import pkgutil  # only without a built file (65 KiB)

            self._gzipped = pkgutil.get_data("spellchecker", f"resources/{self.language}.json.gz")
            if self._gzipped is None:  # pragma: no cover - a loader without files
                raise OSError("no resources")
        elif self._text is None:
            self._inflate()
        elif self._accented:
            self._fold()
        elif self._scanned < len(self._text):
            self._scan()
        else:
            text = self._text
            first, end = text.index(b"\n") + 1, text.rindex(b"\n")  # after "{", before "}"
            self._result = SortedList(text, JSON_LINES, first, end, self._total, self._folded)
            self._done = True

    def _inflate(self) -> None:
        assert self._gzipped is not None
        chunk = self._gzipped[self._read_to : self._read_to + INFLATE_CHUNK]
        self._read_to += len(chunk)
        self._pieces.append(self._inflater.decompress(chunk))
        if self._read_to >= len(self._gzipped):
            self._pieces.append(self._inflater.flush())
            self._text = b"".join(self._pieces)
            self._pieces, self._gzipped = [], b""
            if not _one_word_a_line(self._text):  # pragma: no cover - another layout
                self._result = FrequencyList(json.loads(self._text))
                self._done = True

    def _scan(self) -> None:
        """Sum the counts of the next lines, and keep those with accented words to fold."""
        assert self._text is not None
        text, start = self._text, self._scanned
        end = text.find(b"\n", min(len(text), start + SCAN_CHUNK))
        end = len(text) if end == -1 else end + 1
        part = text[start:end]
        if not self._in_order(_KEY.findall(part)):
            log.warning(
                "the %r word list is not sorted (a new pyspellchecker?): read whole instead",
                self.language,
            )
            self._result = FrequencyList(json.loads(text))
            self._done = True
            return
        self._total += sum(map(int, _COUNT.findall(part)))
        if not part.isascii():
            accented = [line for line in part.split(b"\n") if not line.isascii()]
            self._accented = accented[::-1]  # taken from the end: the list's order kept
            if len(accented) <= FOLD_BATCH // 4:  # a few (English): in the same step
                self._fold()
        self._scanned = end

    def _in_order(self, keys: list[bytes]) -> bool:
        """Whether these lines' words follow each other, and the lines before, in byte
        order: SortedList's halving finds nothing reliably in a list out of order."""
        if not keys:
            return True
        if self._last_key is not None and keys[0] <= self._last_key:
            return False
        self._last_key = keys[-1]
        return all(map(operator.lt, keys, keys[1:]))

    def _fold(self) -> None:
        """The next accented words folded: the last with each folded form wins.

        Only words that fold to another form: one that folds to itself (most Arabic
        words) is found on its own line, and kept twice cost Arabic ~15 MiB."""
        for _ in range(min(FOLD_BATCH, len(self._accented))):
            line = self._accented.pop()
            split = line.rindex(b'": ')
            word = line[1:split].decode()
            folded = fold(word)
            if folded != word:
                self._folded[folded] = int(line[split + 3 :].rstrip(b","))


def _one_word_a_line(text: bytes) -> bool:
    """The layout SortedList reads: "{", then one "word": count line each, then "}"."""
    return (
        text.startswith(b"{\n")
        and text.rstrip().endswith(b"\n}")
        and b"\\" not in text
        and text.count(b"\n") - 1 == text.count(b'": ')
    )


class WordLists:
    """Each language's list, loaded once per process, on first need or step by step.

    Called with a language, it returns that list (loading what is left of it now).
    """

    def __init__(self) -> None:
        self._loads: dict[str, WordListLoad] = {}
        self.loads_started = 0  # how many lists were (begun to be) read: once per language

    def loading(self, language: str) -> WordListLoad:
        """The language's load, begun or not: its steps may run on idle turns."""
        load = self._loads.get(language)
        if load is None:
            load = self._loads[language] = WordListLoad(language)
            self.loads_started += 1
        return load

    def __call__(self, language: str) -> RealWordTest | None:
        """The word list for ``language``, loaded the first time it is asked for."""
        return self.loading(language).finish()

    def cache_clear(self) -> None:
        """Forget the lists loaded (for benchmarks and tests of the load itself).

        A list still held elsewhere (by an engine) keeps working; one no longer held
        is dropped, and a mapped file with it."""
        self._loads.clear()

    def close(self) -> None:
        """Unmap every built file mapped, and forget the lists: none of them may be used
        after this (tests, and a process that wants its files released now)."""
        for load in self._loads.values():
            if isinstance(load.result, SortedList):
                load.result.close()
        self._loads.clear()


real_word_test = WordLists()
