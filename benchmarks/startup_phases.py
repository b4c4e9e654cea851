"""Where AllGuide's start-up time goes, phase by phase (issue 10, section 2): a profile
without a profiler's overhead, to rank the work before and after each optimisation.

Run: python benchmarks/startup_phases.py [--runs N] [--no-style] [--gc-off]
Starts N fresh processes (as ``startup.py`` does: offscreen, fresh settings, bytecode
cached); each times, with ``perf_counter``, the start's pieces one after another:
the imports in groups, the content load taken apart (YAML, the schema's own
meta-validation, schema validation of each file, building, cross-references),
the main window taken apart (each component ``MainWindow.__init__`` builds, hooked
where ``allguide.ui.mainwindow`` names it), ``show()``, the first paint, how many
PySide enum classes exist by then, and the garbage collections on the way.
Prints medians, largest first. Asserts nothing.

The pieces follow ``load_content`` and ``MainWindow.__init__`` as they are today:
when those change, this script may need to follow (it says which hook is gone).
``--no-style`` starts without the application stylesheet, ``--gc-off`` with the
garbage collector disabled, to show what each costs (a full collection lands in
whichever phase is running when it falls due, so compare totals too).
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import functools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

PHASES: dict[str, float] = {}
# Built on first use or on idle after the first paint (allguide/ui/mainwindow.py): not
# hooked once mainwindow no longer imports them before the first paint.
BUILT_ON_FIRST_USE = {
    "PageBuilder",
    "ReaderPanel",
    "SearchPanel",
    "SideEffectsView",
    "TimelineView",
}
MARK = [T0]
GC_STARTED = [0.0]


def _count_gc(phase: str, info: dict[str, int]) -> None:
    """Time each garbage collection by generation: it lands in whichever phase is running."""
    if phase == "start":
        GC_STARTED[0] = time.perf_counter()
        return
    name = f"(included above: garbage collections of generation {info['generation']})"
    PHASES[name] = PHASES.get(name, 0.0) + (time.perf_counter() - GC_STARTED[0]) * 1000
    PHASES[f"gc count, generation {info['generation']}"] = (
        PHASES.get(f"gc count, generation {info['generation']}", 0.0) + 1
    )


RSS: dict[str, float] = {}  # resident MiB when each lap ended


def resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def lap(name: str) -> None:
    """Milliseconds since the previous lap, under ``name`` (and the memory by then)."""
    now = time.perf_counter()
    PHASES[name] = PHASES.get(name, 0.0) + (now - MARK[0]) * 1000
    RSS[name] = resident_mib()
    MARK[0] = time.perf_counter()


def timed_call(name: str, action: Callable[..., Any]) -> Callable[..., Any]:
    """``action`` that adds its own time to ``name`` (nested calls are not subtracted)."""

    @functools.wraps(action)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return action(*args, **kwargs)
        finally:
            PHASES[name] = PHASES.get(name, 0.0) + (time.perf_counter() - start) * 1000

    return wrapper


def pyside_enum_classes() -> int:
    """Enum classes PySide has created so far (it makes them on first use)."""
    import enum

    seen: set[type] = set()
    pending: list[type] = [enum.Enum]
    while pending:
        subclasses: list[type] = pending.pop().__subclasses__()
        for sub in subclasses:
            if sub not in seen:
                seen.add(sub)
                pending.append(sub)
    return sum(1 for cls in seen if cls.__module__.startswith(("PySide6", "shiboken6")))


def child(no_style: bool, gc_off: bool) -> None:
    import gc

    gc.callbacks.append(_count_gc)
    if gc_off:
        gc.disable()
    lap("python starts (to this script)")
    import yaml

    lap("import yaml")
    import jsonschema

    lap("import jsonschema (referencing, attrs, rpds…)")
    import allguide.content
    import allguide.content.loader as loader
    import allguide.content.schema as schema
    from allguide.content.bundled import language_dir, schema_text
    from allguide.content.crossrefs import check_cross_references
    from allguide.content.yamlfile import parse_yaml, read_limited

    lap("import allguide.content (the rest)")
    import allguide.cli

    lap("import allguide.cli (the rest)")
    # allguide.search: imported by whatever imports it on the start path (mainwindow did
    # until the search was built on first use; now the idle warm-up does).
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401

    lap("import PySide6 QtCore, QtGui, QtWidgets")
    import allguide.ui.mainwindow as mainwindow

    lap("import allguide.ui (mainwindow and what it imports)")
    import allguide.app as app_module

    lap("import allguide.app (the rest)")
    enums_after_imports = pyside_enum_classes()
    MARK[0] = time.perf_counter()  # counting is not part of the start

    # Content, as load_content does it, piece by piece.
    schema_dict = json.loads(schema_text())
    validator_class = jsonschema.validators.validator_for(schema_dict)
    lap("load: read and parse the JSON Schema")
    validator_class.check_schema(schema_dict)
    lap("(for comparison: the JSON Schema's meta-validation alone, cold)")
    schema._validator()
    lap("load: schema._validator() (meta-validation, again, and compile)")
    folder = language_dir("en")
    entries = sorted(
        (e for e in folder.iterdir() if e.is_file() and e.name.endswith(loader.CONTENT_SUFFIXES)),
        key=lambda e: e.name,
    )
    texts = [(e.name, read_limited(e, e.name)) for e in entries]
    lap("load: list and read the files")
    for _name, text in texts:
        yaml.compose(text, Loader=yaml.SafeLoader)
    lap("(for comparison: pure-Python yaml.compose of the files, not on the start path)")
    for _name, text in texts:
        yaml.compose(text, Loader=yaml.CSafeLoader)
    lap("(for comparison: libyaml CSafeLoader compose, not on the start path)")
    from allguide.content import yamlfile

    if yamlfile._FAST is not None:
        for _name, text in texts:
            yamlfile._plain_events(text, yamlfile._FAST)
        lap("(for comparison: parse_yaml's first pass alone, _plain_events)")
    docs = [parse_yaml(text, name) for name, text in texts]
    lap("load: parse_yaml (libyaml events, nodes, line map)")
    reports = [schema.check_schema(doc) for doc in docs]
    lap("load: check_schema of every file (JSON Schema validation)")
    builder = loader._Builder()
    for doc, report in zip(docs, reports, strict=True):
        builder.add_file(doc, report.is_spoiled)
    content = builder.content()
    lap("load: build the model (_Builder)")
    check_cross_references(content, builder.locations, builder.may_be_lost)
    content.nested_too_deep()
    lap("load: cross-references")
    result = allguide.content.load_bundled("en")
    lap("(for comparison: load_bundled again, warm, not on the start path)")

    # The window, as run_gui does it.
    app = app_module.application()
    lap("window: QApplication")
    if no_style:
        app.setFont(QtGui.QFont(app.font().family(), 11))
    else:
        app_module.apply_appearance(app, app_module.Appearance())
    lap("window: apply_appearance (stylesheet, font)")
    for name in (
        "Navigator",
        "NavigationModel",
        "PageBuilder",
        "NavigationTree",
        "HomePage",
        "ReaderPanel",
        "SearchPanel",
        "SideEffectsView",
        "TimelineView",
        "DisclaimerBanner",
        "ProblemsBar",
        "SearchBox",
    ):
        if not hasattr(mainwindow, name):
            if name in BUILT_ON_FIRST_USE:  # not on the start path any more
                continue
            raise SystemExit(f"startup_phases.py: allguide.ui.mainwindow.{name} is gone")
        setattr(mainwindow, name, timed_call(f"window:   {name}()", getattr(mainwindow, name)))
    if hasattr(mainwindow, "SearchEngine"):
        engine = mainwindow.SearchEngine  # type: ignore[attr-defined]

        class TimedEngine:
            for_content = staticmethod(
                timed_call("window:   SearchEngine.for_content()", engine.for_content)
            )

        mainwindow.SearchEngine = TimedEngine  # type: ignore[attr-defined,assignment]
    for method in ("_build_toolbar", "_connect", "_restore", "_show"):
        original = getattr(mainwindow.MainWindow, method)
        setattr(mainwindow.MainWindow, method, timed_call(f"window:   {method}()", original))
    window = app_module.build_window(result, "en", persistent=True)
    lap("window: build_window (MainWindow.__init__, all of it)")
    window.show()
    lap("window: show() (polish, layout)")
    painted: list[bool] = []

    class Watch(QtCore.QObject):
        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    while not painted:
        app.processEvents()
    app.processEvents()
    lap("window: to the first paint")
    warm_up = getattr(window, "warm_up", None)  # views built on idle after the first paint
    if warm_up is not None:
        while warm_up.pending():
            app.processEvents()
        lap("(after the first paint: the idle warm-up builds the other views)")
    PHASES["enum classes after imports"] = enums_after_imports
    PHASES["enum classes after first paint"] = pyside_enum_classes()
    print("PHASES " + json.dumps(PHASES))
    print("RSS " + json.dumps(RSS))
    sys.stdout.flush()


def parent(runs: int, no_style: bool, gc_off: bool) -> None:
    from procstats import ROOT, child_env, run_child

    env = child_env()
    argv = [sys.executable, __file__, "--child"]
    argv += (["--no-style"] if no_style else []) + (["--gc-off"] if gc_off else [])
    columns: dict[str, list[float]] = {}
    memory: dict[str, list[float]] = {}
    run_child(argv, env, want_marker=False)  # warm-up: bytecode, file cache
    for _ in range(runs):
        out = run_child(argv, env, want_marker=False).stdout
        for prefix, table in (("PHASES ", columns), ("RSS ", memory)):
            line = next(line for line in out.splitlines() if line.startswith(prefix))
            for name, value in json.loads(line.removeprefix(prefix)).items():
                table.setdefault(name, []).append(value)
    medians = {name: statistics.median(values) for name, values in columns.items()}
    resident = {name: statistics.median(values) for name, values in memory.items()}
    counts = {name: value for name, value in medians.items() if name.startswith(("enum", "gc"))}
    times = {name: value for name, value in medians.items() if name not in counts}
    on_path = sum(v for name, v in times.items() if not name.startswith("(") and "   " not in name)
    print(f"AllGuide start, phase by phase: medians of {runs} fresh starts (ms)"
          + (", no stylesheet" if no_style else "") + (", gc disabled" if gc_off else "")
          + f", from {ROOT.name}/benchmarks")  # fmt: skip
    print(f"{'ms':>8}  {'MiB':>6}  (resident when the phase ended)")
    for name, value in sorted(times.items(), key=lambda item: -item[1]):
        mib = f"{resident[name]:6.1f}" if name in resident else " " * 6
        print(f"{value:8.1f}  {mib}  {name}")
    print(f"{on_path:8.1f}  {'':6}  total on the start path (the rows without '(' or indent)")
    for name, value in counts.items():
        print(f"{value:8.0f}  {'':6}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-style", action="store_true", help="no application stylesheet")
    parser.add_argument("--gc-off", action="store_true", help="gc.disable() for the whole start")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.no_style, args.gc_off)
    else:
        parent(args.runs, args.no_style, args.gc_off)


if __name__ == "__main__":
    main()
