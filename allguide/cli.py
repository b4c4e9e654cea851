"""The ``allguide`` command: the GUI by default, and headless subcommands.

Every import beyond the standard library is made inside the command that needs it:
``--version`` and ``--help`` answer at once (no Qt, YAML or JSON Schema loaded),
and ``validate`` works on a machine without Qt's system libraries.
tests/test_cli_imports.py holds this.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from allguide import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

    from allguide.content import LoadResult
    from allguide.mode import Mode

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_MISSING_TOOL = 3  # a developer tool the command needs is not installed (textstat)
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a reader that stopped early


class UsageError(Exception):
    """A wrong argument: shown as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="allguide",
        description="AllGuide: a plain-language, offline guide to ALL treatment.",
    )
    parser.add_argument("--version", action="version", version=f"allguide {__version__}")
    parser.add_argument(
        "--about",
        action="store_true",
        help="print AllGuide's version, the content's date and source, and the licences",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI offscreen, visit every page and view, exit 0 if all is well",
    )
    # default None, not the content's DEFAULT_LANGUAGE: naming it here would load the
    # content core for --help; _run fills it in
    parser.add_argument(
        "--lang",
        default=None,
        help="language (default: the one chosen last, else the system's if bundled, else en)",
    )
    parser.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="read content from DIR instead of the bundle (validate and search too)",
    )
    parser.add_argument(
        "--kiosk", action="store_true", help="kiosk mode: locked, touch-first, remembers nothing"
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="the kiosk configuration file (default: the system's; docs/kiosk.md)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate", help="check content files; print file:line: message for each problem"
    )
    validate.add_argument(
        "content_dir",
        nargs="?",
        type=Path,
        metavar="CONTENT_DIR",
        help="folder of YAML files (default: every bundled language)",
    )
    validate.add_argument(
        "--readability",
        action="store_true",
        help="also print how plain each page reads (advice; needs the dev extra's textstat)",
    )
    validate.add_argument(
        "--lang", dest="readability_lang", default=None, metavar="L", help="readability of L only"
    )

    compile_content = commands.add_parser(
        "compile-content",
        help="write the bundled content's compiled.json (the quick start) from its YAML files",
    )
    compile_content.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a compiled file is stale"
    )

    compile_words = commands.add_parser(
        "compile-words",
        help="write the search's word files (resources/words) from pyspellchecker's lists",
    )
    compile_words.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a word file is stale"
    )

    search = commands.add_parser("search", help="search the content, as the app's search box does")
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--lang", dest="search_lang", default=None, metavar="L", help="content language"
    )
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results")
    search.add_argument("--json", action="store_true", help="print a JSON array, best first")

    shots = commands.add_parser("screenshots", help="render views offscreen to PNG files")
    shots.add_argument("out_dir", type=Path, metavar="OUTDIR")
    shots.add_argument(
        "--view", action="append", dest="views", metavar="V", help="a view (repeatable)"
    )
    shots.add_argument(
        "--lang", action="append", dest="languages", metavar="L", help="a language (repeatable)"
    )
    shots.add_argument("--theme", default=None, metavar="T", help="colour theme")
    shots.add_argument(
        "--font-scale",
        type=float,
        default=None,
        metavar="F",
        help="text size (default: the mode's own, 1.0, or the kiosk's configured size)",
    )
    shots.add_argument("--kiosk", action="store_true", dest="shot_kiosk", help="kiosk look")

    commands.add_parser(
        "kiosk-pin",
        help="read a staff PIN (4 to 12 digits); print the configuration's 'pin:' line",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_any_terminal()
    try:
        status = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it would be a traceback
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _tolerate_any_terminal() -> None:
    """A terminal that cannot show a letter gets an escape for it, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """The reader went away (``| head -1``): what is still buffered goes nowhere, quietly.

    As the Python docs advise for SIGPIPE: point stdout at devnull so the flush at exit
    cannot raise again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        pass


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.about:  # before anything else: no Qt, no YAML
        from allguide.about import about_text

        sys.stdout.write(about_text())
        return EXIT_OK
    from allguide.startup_gc import STARTUP_COLLECTOR

    gui = args.command is None and not args.smoke_test
    if gui:  # before the imports, most of the start; run_gui resumes after the first paint
        STARTUP_COLLECTOR.pause()
    try:
        if args.command == "validate":
            if args.readability_lang and not args.readability:
                raise UsageError("--lang after validate needs --readability")
            readability = [args.readability_lang] if args.readability_lang else []
            return _validate(args.content_dir or args.content, readability, args.readability)
        if args.command == "compile-content":
            from allguide.content.compile import compile_bundled

            return compile_bundled(check=args.check)
        if args.command == "compile-words":
            from allguide.search.compile_words import compile_word_files

            return compile_word_files(check=args.check)
        if args.command == "kiosk-pin":
            return _kiosk_pin()
        asked = args.lang  # the window also weighs the last choice and the system's
        if args.lang is None:
            from allguide.content.bundled import DEFAULT_LANGUAGE

            args.lang = DEFAULT_LANGUAGE
        _check_language(args.lang)
        if args.command == "search":
            return _search(
                args.query, args.search_lang or args.lang, args.limit, args.json, args.content
            )
        if args.command == "screenshots":
            return _screenshots(args)
        if args.smoke_test:
            from allguide.app import use_offscreen_if_headless

            use_offscreen_if_headless()
            from allguide.content.bundled import available_languages
            from allguide.smoke import run_smoke_test

            # Without --lang (and --content), every bundled language, one after another.
            every = asked is None and args.content is None
            languages = available_languages() if every else [args.lang]
            mode = _configured_mode(args.config, args.kiosk, say_problems=True)
            statuses = [run_smoke_test(lang, args.content, mode) for lang in languages]
            return max(statuses)
        from allguide.app import run_gui
        from allguide.kiosk.config import configured_mode, report

        configured = configured_mode(args.config, args.kiosk)
        # Said once the log is started: it goes into the log file the configuration names.
        return run_gui(
            asked, args.content, configured.mode, after_log_start=lambda: report(configured)
        )
    except UsageError as error:
        print(f"allguide: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if gui:  # a start that ended before its first paint: the collector as it was
            STARTUP_COLLECTOR.cancel()


def available_languages() -> list[str]:
    """The bundled languages (the content core is imported here, not at start)."""
    from allguide.content import available_languages as bundled_languages

    return bundled_languages()


def load_bundled(language: str, *, full_validation: bool = False) -> LoadResult:
    """The bundled content in ``language``, loaded as the app loads it (compiled, if
    current), or with ``full_validation`` every file parsed and checked."""
    from allguide.content import load_bundled as load

    return load(language, full_validation=full_validation)


def load_content(folder: Path, display_prefix: str) -> LoadResult:
    """Content from ``folder``; problems are named ``display_prefix/file:line``."""
    from allguide.content import load_content as load

    return load(folder, display_prefix=display_prefix)


def _check_language(language: str) -> None:
    known = available_languages()
    if language not in known:
        raise UsageError(f"unknown language '{language}' (available: {', '.join(known)})")


def _language_folders(content_dir: Path) -> list[Path]:
    """The folders to validate: ``content_dir`` itself if it holds content files,
    else each language folder in it (``resources/content`` holds one per language).

    A folder with neither is validated as it is, so that it is reported as empty.
    """
    from allguide.content.bundled import DEFAULT_LANGUAGE
    from allguide.content.loader import CONTENT_SUFFIXES

    if any(p.is_file() and p.name.endswith(CONTENT_SUFFIXES) for p in content_dir.iterdir()):
        return [content_dir]
    languages = sorted(
        (p for p in content_dir.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))),
        key=lambda p: (p.name != DEFAULT_LANGUAGE, p.name),  # English first, as it is checked
    )
    return languages or [content_dir]


def _validate(
    content_dir: Path | None, languages: list[str] | None = None, readability: bool = False
) -> int:
    """Check the content; with ``readability``, then measure each page (of ``languages``
    only, if given): advice, so the status stays about validity."""
    from allguide.content.parity import LoadedLanguage, bundled_language, translation_problems

    if content_dir is not None:
        if not content_dir.is_dir():
            raise UsageError(f"{content_dir}: not a folder")
        loaded = [
            LoadedLanguage(folder, str(folder), load_content(folder, display_prefix=str(folder)))
            for folder in _language_folders(content_dir)
        ]
    else:
        loaded = [
            bundled_language(language, load_bundled(language, full_validation=True))
            for language in available_languages()
        ]
    for folder, differences in zip(loaded, translation_problems(loaded), strict=True):
        folder.result.errors.extend(differences)  # a translation out of step with English
    results = [folder.result for folder in loaded]
    problems = 0
    for result in results:  # an empty folder is one of the loader's errors: said once
        for error in result.errors:
            print(error, file=sys.stderr)
        problems += len(result.errors)
    if problems:
        print(f"{problems} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    for result in results:
        c = result.content
        language = c.document.language if c.document else "?"
        print(
            f"ok ({language}): {len(result.files)} files, {len(c.sections)} sections, "
            f"{len(c.phases)} phases, {len(c.agents)} agents, {len(c.side_effects)} side effects, "
            f"{len(c.glossary)} glossary terms, {len(c.references)} references"
        )
    if readability:
        return _readability(results, languages or [])
    return EXIT_OK


def _readability(results: list[LoadResult], languages: list[str]) -> int:
    """Each language's readability table (every one, or only ``languages``)."""
    from allguide.content.readability import TextstatMissing, measure, table

    chosen = [
        (r.content, r.content.document.language)
        for r in results
        if r.content.document and (not languages or r.content.document.language in languages)
    ]
    if not chosen:
        raise UsageError(f"no content in {', '.join(languages)}")
    try:  # all measured before any is printed: a missing textstat says one line only
        measured = [measure(content, language) for content, language in chosen]
    except TextstatMissing as missing:
        print(f"allguide: {missing}", file=sys.stderr)
        return EXIT_MISSING_TOOL
    for language in measured:
        print()
        print("\n".join(table(language)))
    return EXIT_OK


def _search(
    query: str, language: str, limit: int, as_json: bool, content_dir: Path | None = None
) -> int:
    """Search as the app does: the bundle in ``language``, or ``--content DIR`` if given."""
    import json
    from typing import assert_never

    from allguide.search import QueryError, QueryProblem, SearchEngine

    _check_language(language)
    if not 1 <= limit <= 1000:
        raise UsageError("--limit must be between 1 and 1000")
    if content_dir is None:
        result = load_bundled(language)
    elif content_dir.is_dir():
        result = load_content(content_dir, display_prefix=str(content_dir))
    else:
        raise UsageError(f"{content_dir}: not a folder")
    for error in result.errors:
        print(error, file=sys.stderr)
    engine = SearchEngine.for_content(result.content)
    try:
        response = engine.search(query, limit)
    except QueryError as error:  # the core gives the reason; the words are the command's
        match error.problem:
            case QueryProblem.EMPTY:
                raise UsageError("Type a word to search for.") from None
            case QueryProblem.TOO_LONG:
                raise UsageError(
                    f"That search is too long. Use fewer than {error.limit} letters."
                ) from None
            case unknown:
                assert_never(unknown)
    if as_json:
        print(json.dumps([hit.as_json() for hit in response.hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not response.hits:
        print(f"No results for “{query}”.")
        if response.suggestions:
            print("Did you mean: " + ", ".join(response.suggestions) + "?")
        return EXIT_OK
    for typed, searched in response.corrections.items():
        print(f"(searched for “{searched}” instead of “{typed}”)")
    if response.not_found:
        print("(no page uses " + ", ".join(f"“{w}”" for w in response.not_found) + ")")
        if response.suggestions:
            print("Did you mean: " + ", ".join(response.suggestions) + "?")
    if response.unsearched:  # words of the synonyms file outside their phrase, say
        print("(searched only for “" + " ".join(response.searched_for) + "”)")
    # The rank, not the score: the order also weighs how much of the query a page has
    # (the score in --json is that sort key).
    width = max(len(hit.title) for hit in response.hits)
    print(f"{'RANK':>4}  {'KIND':<11}  {'TITLE':<{width}}  SNIPPET")
    for rank, hit in enumerate(response.hits, start=1):
        snippet = hit.snippet if len(hit.snippet) <= 70 else hit.snippet[:69] + "…"
        print(f"{rank:>4}  {hit.kind:<11}  {hit.title:<{width}}  {snippet}")
    return EXIT_OK


def _screenshots(args: argparse.Namespace) -> int:
    from allguide.app import (
        DEFAULT_THEME,
        Appearance,
        available_themes,
        use_offscreen_if_headless,
    )

    use_offscreen_if_headless()
    from allguide.mode import Mode
    from allguide.screenshots import render_screenshots
    from allguide.ui.views import views_for

    # --kiosk: the kiosk as its configuration sets it, with its own views; without, a
    # family's window.
    kiosk = args.shot_kiosk or args.kiosk
    known = views_for(kiosk)
    views = args.views or list(known)
    for view in views:
        if view not in known:
            raise UsageError(f"unknown view '{view}' (available: {', '.join(known)})")
    languages = args.languages or available_languages()
    for language in languages:
        _check_language(language)
    theme = args.theme or DEFAULT_THEME
    if theme not in available_themes():
        raise UsageError(f"unknown theme '{theme}' (available: {', '.join(available_themes())})")
    if args.font_scale is not None and not 0.5 <= args.font_scale <= 3.0:
        raise UsageError("--font-scale must be between 0.5 and 3")
    mode = _configured_mode(args.config, True, say_problems=True) if kiosk else Mode.normal()
    # As the mode starts (a kiosk's larger text), unless --font-scale says otherwise.
    font_scale = args.font_scale if args.font_scale is not None else mode.text_scale
    try:
        args.out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{args.out_dir}: cannot write there ({error.strerror})") from None
    try:
        written = render_screenshots(
            args.out_dir,
            views,
            languages,
            Appearance(theme=theme, font_scale=font_scale),
            mode,
            content_dir=args.content,
        )
    except OSError as error:  # the disk filled up, or the folder went away
        raise UsageError(str(error)) from None
    for path in written:
        print(path)
    return EXIT_OK


def _configured_mode(config: Path | None, kiosk: bool, *, say_problems: bool) -> Mode:
    """The run's Mode from ``--kiosk``, ``--config`` and the system's configuration file
    (allguide/kiosk/config.py); a headless command says the file's problems on stderr."""
    from allguide.kiosk.config import configured_mode

    configured = configured_mode(config, kiosk)
    if say_problems:
        for problem in configured.problems:
            print(f"allguide: WARNING: {problem}", file=sys.stderr)
    return configured.mode


def _kiosk_pin() -> int:
    """Read a staff PIN and print the line that holds its salted hash, for the
    configuration file (the PIN itself is never printed nor written anywhere)."""
    from allguide.kiosk.config import system_config_path
    from allguide.kiosk.pin import hash_pin, pin_problem

    pin = _read_pin()
    problem = pin_problem(pin)
    if problem is not None:
        raise UsageError(f"{problem}; nothing printed")
    print(f"pin: {hash_pin(pin)}")
    print(f"allguide: put the line above into {system_config_path()}", file=sys.stderr)
    return EXIT_OK


def _read_pin() -> str:
    """Twice, unseen, from a person at a terminal; else one line from stdin (a script)."""
    stdin = sys.stdin
    try:
        if stdin is not None and stdin.isatty():
            import getpass

            first = getpass.getpass("Staff PIN (4 to 12 digits): ")
            if getpass.getpass("The same PIN again: ") != first:
                raise UsageError("the two PINs differ; nothing printed")
            return first.strip()
        return (stdin.readline() if stdin is not None else "").strip()
    except (EOFError, KeyboardInterrupt):
        raise UsageError("no PIN given; nothing printed") from None
