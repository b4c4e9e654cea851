"""The search's word lists built into files (allguide compile-words), mapped at run time.

The files answer as pyspellchecker's gzipped lists do (tests/test_search_prepare.py
compares every kind of word); here: they are current and sorted, ``--check`` catches a
stale or missing one, the app reads the gzipped list and warns when it cannot use one,
and a file is mapped without keeping it open or making its pages resident.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from allguide.cli import main
from allguide.search import compile_words, word_files
from allguide.search.compile_words import (
    CannotBuild,
    compile_word_files,
    merged_counts,
    word_file_bytes,
)
from allguide.search.real_words import LANGUAGES, SortedList, WordLists
from allguide.search.word_files import source_list, word_file_name, words_folder

SHIPPED = Path(str(words_folder()))


def built(language: str) -> bytes:
    return (SHIPPED / word_file_name(language)).read_bytes()


def source_words(language: str) -> dict[str, int]:
    path = source_list(language)
    assert path is not None
    words: dict[str, int] = json.loads(gzip.decompress(path.read_bytes()))
    return words


@pytest.fixture
def word_lists() -> Iterator[WordLists]:
    lists = WordLists()
    yield lists
    lists.close()


@pytest.fixture
def no_word_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """As if the built word files were not shipped: pyspellchecker's lists are read."""
    monkeypatch.setattr(word_files, "words_folder", lambda: tmp_path)


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A words folder of the test's own, holding a copy of every shipped file."""
    for language in LANGUAGES:
        shutil.copyfile(SHIPPED / word_file_name(language), tmp_path / word_file_name(language))
    monkeypatch.setattr(word_files, "words_folder", lambda: tmp_path)
    return tmp_path


def check(**kwargs: bool) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = compile_word_files(out=out, err=err, **kwargs)
    return status, out.getvalue(), err.getvalue()


# Built, shipped, current -------------------------------------------------------------


def test_the_shipped_word_files_are_current() -> None:
    status, out, err = check(check=True)
    assert status == 0, f"{err}: run `make compile-words` (allguide compile-words), commit it"
    assert out.count("up to date") == len(LANGUAGES)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_word_file_is_one_sorted_word_a_line(language: str) -> None:
    """Halving finds nothing reliably in lines out of order: the order the app checked
    while reading the gzipped list is held here, for the files it maps."""
    head, _, body = built(language).partition(b"\n")
    header = json.loads(head)
    lines = body.split(b"\n")
    assert lines.pop() == b""  # the last line ends with a newline too
    keys, counts = zip(*(line.split(b" ") for line in lines), strict=True)
    assert list(keys) == sorted(set(keys))
    assert all(count.isdigit() for count in counts)
    words = source_words(language)
    assert header["language"] == language
    assert header["lines"] == len(lines) == len(merged_counts(words))
    assert header["words"] == len(words)
    assert header["total"] == sum(words.values())
    assert header["body_bytes"] == len(body)
    assert set(keys) >= {word.encode() for word in words}


def test_the_built_bytes_are_the_same_for_the_same_list() -> None:
    path = source_list("es")
    assert path is not None
    stamp = word_files.source_stamp(path)
    first = word_file_bytes("es", path.read_bytes(), stamp, "0.9.1")
    assert first == word_file_bytes("es", path.read_bytes(), stamp, "0.9.1") == built("es")


@pytest.mark.parametrize(
    ("word", "problem"),
    [("a b", "cannot hold it"), ("a\nb", "cannot hold it"), ("\ud800", "lone surrogate")],
)
def test_a_word_a_line_cannot_hold_stops_the_build(word: str, problem: str) -> None:
    listed = gzip.compress(json.dumps({"able": 5, word: 3}).encode())
    with pytest.raises(CannotBuild, match=problem):
        word_file_bytes("en", listed, {}, "0.9.1")


# --check and the command (on Spanish alone, the smallest list: a build takes ~0.2 s) ---


@pytest.fixture
def spanish(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's words folder, and the Spanish file in it, built and checked alone."""
    monkeypatch.setattr(compile_words, "LANGUAGES", frozenset({"es"}))
    return folder / "es.txt"


def test_check_fails_on_a_missing_file_and_the_command_writes_it(spanish: Path) -> None:
    spanish.unlink()
    status, _, err = check(check=True)
    assert status == 1
    assert "words/es.txt: missing: run `make compile-words`" in err
    assert main(["compile-words", "--check"]) == 1
    assert main(["compile-words"]) == 0
    assert spanish.read_bytes() == built("es")
    assert main(["compile-words", "--check"]) == 0


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data[:-2] + bytes([data[-2] ^ 1]) + b"\n",  # the last count
        lambda data: data[:-20],  # cut short
        lambda data: data.replace(b'"format":1', b'"format":0', 1),
        lambda data: data.replace(b'"sha256":"', b'"sha256":"0', 1),  # another list
        lambda data: data.replace(b"\n", b"\r\n"),  # a checkout that rewrote line ends
    ],
    ids=["count", "cut", "format", "source", "crlf"],
)
def test_check_fails_on_a_stale_file(spanish: Path, change: Callable[[bytes], bytes]) -> None:
    spanish.write_bytes(change(spanish.read_bytes()))
    status, _, err = check(check=True)
    assert status == 1
    assert "words/es.txt: stale: run `make compile-words` and commit it" in err
    assert check()[0] == 0
    assert spanish.read_bytes() == built("es")


def test_a_new_pyspellchecker_with_the_same_lists_leaves_the_files(spanish: Path) -> None:
    data = spanish.read_bytes().replace(b'"pyspellchecker":"', b'"pyspellchecker":"0.0.', 1)
    spanish.write_bytes(data)
    assert check(check=True)[0] == 0
    assert check()[0] == 0
    assert spanish.read_bytes() == data  # not rewritten for the version alone


# At run time: used if current, else the gzipped list with a warning -----------------


KNOWN = {"en": ("tired", "medicament"), "fr": ("fatigue", "medicament")}  # folded: médicament


def loaded(lists: WordLists, language: str = "en") -> SortedList:
    listed = lists(language)
    assert isinstance(listed, SortedList)
    assert all(listed.frequency(word) > 0 for word in KNOWN[language])
    assert not listed("tirde")
    return listed


def test_a_current_file_is_mapped_with_no_warning(
    folder: Path, word_lists: WordLists, caplog: pytest.LogCaptureFixture
) -> None:
    assert loaded(word_lists).mapped
    assert not caplog.records


def test_without_pyspellchecker_the_file_is_used_as_it_is(
    folder: Path,
    word_lists: WordLists,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(word_files, "source_list", lambda _language: None)
    assert loaded(word_lists).mapped
    assert not caplog.records


BROKEN = {
    "missing": (lambda path: path.unlink(), "not there"),
    "empty": (lambda path: path.write_bytes(b""), "damaged: no header line"),
    "cut short": (lambda path: path.write_bytes(path.read_bytes()[:-3]), "damaged: "),
    "one byte more": (lambda path: path.write_bytes(path.read_bytes() + b"\n"), "damaged: "),
    "not json": (lambda path: path.write_bytes(b"{nope\nable 5\n"), "damaged: header"),
    "another format": (
        lambda path: path.write_bytes(path.read_bytes().replace(b'"format":1', b'"format":2')),
        "not used: format 2, expected 1",
    ),
    "another language": (
        lambda path: shutil.copyfile(path.with_name("es.txt"), path),
        "damaged: the words of 'es'",
    ),
    "crlf": (
        lambda path: path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n")),
        "damaged: ",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_file_that_cannot_be_used_is_not_and_the_gzipped_list_is_read(
    folder: Path, word_lists: WordLists, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    breaking, said = BROKEN[case]
    breaking(folder / "en.txt")
    listed = loaded(word_lists)
    assert not listed.mapped  # the gzipped list, inflated and halved as before
    warnings = [r for r in caplog.records if r.name == word_files.log.name]
    assert [r.levelname for r in warnings] == ["WARNING"]
    assert said in warnings[0].getMessage()
    assert "run `make compile-words`" in warnings[0].getMessage()


def test_a_file_built_from_another_list_is_not_used(
    folder: Path,
    word_lists: WordLists,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A pyspellchecker release with new lists: the files shipped answer as the old one."""
    words = source_words("en")
    words["zzzzq"] = 50
    changed = tmp_path_factory.mktemp("spellchecker") / "en.json.gz"
    changed.write_bytes(gzip.compress(json.dumps(words).encode(), mtime=0))
    monkeypatch.setattr(word_files, "source_list", lambda _language: changed)
    assert not loaded(word_lists).mapped
    assert "built from another pyspellchecker list" in caplog.text
    assert "run `make compile-words`" in caplog.text


# Mapped, not read: no file kept open, no page resident until a word is looked up ------


def files_naming(path: Path) -> tuple[list[str], list[str]]:
    """The open descriptors and the mappings of this process that name ``path``."""
    fds = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                fds.append(fd)
        except OSError:  # the listing's own descriptor, closed by now
            pass
    maps = [line for line in Path("/proc/self/maps").read_text().splitlines() if str(path) in line]
    return fds, maps


def resident_kib(path: Path) -> int:
    """How much of ``path``'s mappings is resident (/proc/self/smaps), in KiB."""
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5:
            inside = line.endswith(str(path))
        elif inside and fields[0] == "Rss:":
            total += int(fields[1])
    return total


linux_only = pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux /proc")


@linux_only
def test_a_word_file_is_mapped_closed_and_unmapped_by_close(folder: Path) -> None:
    """Nothing holds the file once the lists are closed (on Windows, an uninstall)."""
    path = (folder / "fr.txt").resolve()
    lists = WordLists()
    listed = loaded(lists, "fr")
    assert listed.mapped
    fds, maps = files_naming(path)
    assert maps
    assert len(fds) <= (1 if sys.version_info < (3, 13) else 0)  # mmap's own copy, < 3.13
    lists.close()
    assert files_naming(path) == ([], [])


@linux_only
def test_opening_a_word_file_makes_none_of_it_resident(folder: Path, word_lists: WordLists) -> None:
    """The warm-up opens the list: its pages become resident only when a word is looked
    up (how many then depends on the kernel's page cache; benchmarks/word_list_memory.py)."""
    path = (folder / "ar.txt").resolve()
    load = word_lists.loading("ar")
    assert not load.step()
    assert files_naming(path)[1]
    assert resident_kib(path) == 0


def traced_peak_kib(lists: WordLists, language: str) -> float:
    """Python memory at its highest while ``lists`` loads ``language``'s list, in KiB."""
    tracemalloc.start()
    try:
        assert lists(language) is not None
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_built_list_allocates_next_to_nothing(word_lists: WordLists, language: str) -> None:
    """Kilobytes to map a list (English's gzipped list kept ~2.8 MB, Arabic's folded
    words alone were ~3 MiB)."""
    assert traced_peak_kib(word_lists, language) < 64


@pytest.mark.usefixtures("no_word_files")
def test_the_memory_measure_sees_a_list_read_whole() -> None:
    """The measure above can fail: the gzipped list, inflated and kept, is megabytes."""
    assert traced_peak_kib(WordLists(), "es") > 1024
