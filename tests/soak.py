"""A long session in one window, as a kiosk sees it: random steps, then what grew.

Shared by tests/test_soak.py (which asserts) and benchmarks/soak_memory.py (which
only prints). A step is what a person does: open a page, walk the tree with the
arrow keys, type a search (markup and odd Unicode included) and press Enter or
Escape, switch views with the toolbar, go back and forward.
"""

from __future__ import annotations

import ctypes
import gc
import os
import random
import re
import types
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.rich_text import RichTextDelegate

KIB = 1024
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class Keyboard(Protocol):
    """What types and clicks: pytest-qt's ``qtbot``, or ``QTest`` outside pytest."""

    def keyClicks(self, widget: QWidget, sequence: str) -> None: ...

    def keyClick(
        self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = ...
    ) -> None: ...

    def mouseClick(self, widget: QWidget, button: Qt.MouseButton) -> None: ...


# What people (and attackers) type: words, misspellings, markup that would load a file
# if read as rich text (a missing one, so a regression fails rather than aborts),
# placeholders, right-to-left and combining text, control-ish characters, long input.
QUERIES = (
    "chemo", "tired", "hair loss", "imatinob", "sick to my stomach", "TKI", "dexaméthasone",
    "<img src=/nonexistent/allguide-soak.png>", "<b>bold</b> & <i>x</i>", "&lt;&amp;",
    "[link](https://example.org)", "![p](/nonexistent/x.png)", "%1 %2 %L1", "\\*escaped\\*",
    "تساقط الشعر", "fièvre", "Ω≈ç√∫", "e\u0301e\u0301", "\u200fright-to-left\u200e", "\t",
    "a" * 300, "chemo " * 40, "  ", "?", "*", "'; DROP TABLE pages; --",
)  # fmt: skip
RANDOM_LETTERS = "abcdefghijklmnopqrstuvwxyz éüñçø<>&;/\"'#%*[]()ÄØßلأ中文"


@dataclass
class Footprint:
    """What a long session could leak: memory, Python objects, Qt objects."""

    rss: int | None  # bytes resident, None where it cannot be read
    heap: int | None  # bytes of C heap in use, None where it cannot be read
    objects: Counter[str]  # live Python objects by type name
    widgets: int  # every widget of the application


@dataclass
class Growth:
    """What the second half of a session added beyond the most the first half ever held.

    Bounded caches (laid-out result rows, search memos) fill and empty again during
    the first half; a leak keeps adding, so it shows here in proportion to the steps.
    """

    steps: int
    resident: tuple[int | None, int | None]  # bytes after the warm-up, and at the end
    heap: tuple[int | None, int | None]  # C heap in use, the same two times
    objects: dict[str, int]  # type name: live objects beyond the first half's peak
    widgets: int

    @property
    def rss(self) -> int | None:
        """Resident memory gained from after the warm-up to the end, in bytes."""
        start, end = self.resident
        return None if start is None or end is None else end - start

    @classmethod
    def between(cls, steps: int, first_half: list[Footprint], end: Footprint) -> Growth:
        peak: Counter[str] = Counter()
        for sample in first_half:
            peak |= sample.objects
        grown = {
            name: end.objects[name] - peak[name]
            for name in end.objects
            if end.objects[name] > peak[name]
        }
        widgets = end.widgets - max(sample.widgets for sample in first_half)
        start = first_half[0]
        return cls(steps, (start.rss, end.rss), (start.heap, end.heap), grown, widgets)

    @property
    def heap_growth(self) -> int | None:
        start, end = self.heap
        return None if start is None or end is None else end - start

    def largest(self, count: int = 8) -> list[tuple[str, int]]:
        return sorted(self.objects.items(), key=lambda item: -item[1])[:count]

    def qt_wrappers(self) -> dict[str, int]:
        """Python wrappers of Qt objects that grew, e.g. one QTextFrame per page shown."""
        return {name: count for name, count in self.objects.items() if name.startswith("Q")}

    def summary(self) -> str:
        rss = "not measurable here" if self.rss is None else f"{self.rss / KIB:+,.0f} KiB"
        per_step = "" if self.rss is None else f" ({self.rss / self.steps:+.1f} bytes a step)"
        heap = (
            ""
            if self.heap_growth is None
            else f", C heap in use {self.heap_growth / KIB:+,.0f} KiB"
        )
        return (
            f"{self.steps} steps: resident memory {rss}{per_step}{heap}; Python objects beyond the "
            f"first half's peak {sum(self.objects.values())} {self.largest(4)}; "
            f"widgets {self.widgets:+d}"
        )


def type_text(keys: Keyboard, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; characters beyond ASCII arrive as a keyboard layout or
    input method sends them, with the text and no key code (QTest's ``keyClicks`` only
    knows ASCII)."""
    for ascii_run, other in re.findall(r"([ -~\t]+)|([^ -~\t])", text):
        if ascii_run:
            keys.keyClicks(widget, ascii_run)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, other, NO_MODIFIER
            )


class _MallInfo2(ctypes.Structure):
    _fields_ = [  # glibc's struct mallinfo2, field for field
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd",
            "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc
        return None


def heap_in_use() -> int | None:
    """Bytes the C heap has handed out and not had back (Python's objects, Qt's, all):
    the sharpest sign of a leak, blind to the allocator's slack. None off glibc 2.33+."""
    libc = _libc()
    mallinfo2 = getattr(libc, "mallinfo2", None)
    if mallinfo2 is None:
        return None
    mallinfo2.restype = _MallInfo2
    return int(mallinfo2().uordblks + mallinfo2().hblkhd)


def give_free_memory_back() -> None:
    """Hand the C allocator's free pages back to the system (glibc), where it can.

    Counting objects churns megabytes that are freed at once; glibc keeps such pages
    as its own slack. Trimmed first, resident memory is memory in use, so a growth in
    it is the program's, not the measurement's.
    """
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:  # elsewhere resident memory is read as it is
        trim(0)


def resident_bytes() -> int | None:
    """Resident set size from /proc (Linux); None where there is no such file."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def let_the_event_loop_run() -> None:
    """What the app's running event loop does between two steps: handle pending events,
    and delete what was handed to ``deleteLater`` (finished fades, replaced buttons).

    Outside ``exec()`` Qt defers those deletions until some loop runs; without this a
    test would see every faded-out clear button pile up, which no real session does.
    """
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def footprint(bounded: Sequence[object] = ()) -> Footprint:
    """Measured after pending deletions ran and the garbage was collected.

    Objects reachable from ``bounded`` (memos whose size the content bounds, such as the
    search engine's per-page ones) are not counted: they fill once, whatever the steps.
    Widgets are counted with ``allWidgets``, not ``findChildren(QObject)``: PySide keeps
    the wrapper of every object ``findChildren`` returns for as long as the parent
    lives, so counting a fade animation that Qt deletes a moment later would itself
    leave one wrapper behind per count.
    """
    let_the_event_loop_run()
    gc.collect()
    held = reachable_from(bounded)
    objects = Counter(type(thing).__name__ for thing in gc.get_objects() if id(thing) not in held)
    del held
    give_free_memory_back()
    return Footprint(resident_bytes(), heap_in_use(), objects, len(QApplication.allWidgets()))


# Code and modules lead everywhere (a function's globals): a memo's data never is one.
NOT_DATA = (type, types.ModuleType, types.FunctionType, types.MethodType, types.BuiltinFunctionType)


def reachable_from(roots: Sequence[object]) -> set[int]:
    """Ids of every object ``roots`` refer to, directly or not (the roots included)."""
    seen = {id(root) for root in roots}
    todo = list(roots)
    while todo:
        for referent in gc.get_referents(todo.pop()):
            if id(referent) not in seen and not isinstance(referent, NOT_DATA):
                seen.add(id(referent))
                todo.append(referent)
    return seen


def forget_laid_out_rows(window: MainWindow) -> None:
    """Empty the delegates' caches of laid-out rows (at most MAX_KEPT_DOCUMENTS each).

    They fill over thousands of searches and empty when full, so two counts would
    differ by whatever they held; emptied, what is left is what a leak would keep.
    """
    for delegate in window.findChildren(RichTextDelegate):
        delegate._documents.clear()


class Soak:
    """Drives one window through random steps; the same seed gives the same session."""

    def __init__(self, window: MainWindow, keyboard: Keyboard, seed: int = 9) -> None:
        self.window = window
        self.keys = keyboard
        self.random = random.Random(seed)
        content = window.content
        self.page_ids = [
            entity.id
            for group in (
                content.sections,
                content.agents,
                content.side_effects,
                content.glossary,
                content.references,
            )
            for entity in group
        ] + ["no-such-page"]  # the "not available" page too
        self.side_effect_ids = [effect.id for effect in content.side_effects]
        self.steps: list[Callable[[], None]] = [
            self.open_page,
            self.walk_tree,
            self.search,
            self.search,
            self.switch_view,
            self.back_or_forward,
            self.side_effect,
            self.timeline_phase,
        ]
        self.longest_history = 0

    def run(self, count: int) -> None:
        for _ in range(count):
            self.random.choice(self.steps)()
            let_the_event_loop_run()
            back, forward = self.window.navigator.history_lengths()
            self.longest_history = max(self.longest_history, back, forward)

    def measure(self, warm_up: int, steps: int, samples: int = 6) -> Growth:
        """Warm up, then run ``steps`` more with ``samples`` footprints in the first half."""
        self.run(warm_up)
        self.settle()  # the first look at every object builds some lazily: not ours
        first_half = []
        chunk = max(1, steps // 2 // samples)
        for _ in range(samples):
            first_half.append(self.settle())
            self.run(chunk)
        self.run(steps - samples * chunk)
        return Growth.between(steps, first_half, self.settle())

    def settle(self) -> Footprint:
        """The same state before every measurement (a search with results, then home),
        and its footprint."""
        box = self.window.search_box
        self.keys.keyClick(box, Qt.Key.Key_Escape)
        box.search_now("chemo")
        self.window.navigator.home()
        forget_laid_out_rows(self.window)
        return footprint([self.window.search_engine])

    # Steps -------------------------------------------------------------

    def open_page(self) -> None:
        self.window.navigator.open(self.random.choice(self.page_ids))

    def walk_tree(self) -> None:
        tree = self.window.tree
        tree.setFocus(Qt.FocusReason.OtherFocusReason)
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_End)
        for _ in range(self.random.randint(1, 4)):
            self.keys.keyClick(tree, self.random.choice(keys))

    def search(self) -> None:
        box = self.window.search_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.keys.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(self.keys, box, self.query())
        ending = self.random.choice(("enter", "down-enter", "escape", "suggestion"))
        if ending == "escape":
            self.keys.keyClick(box, Qt.Key.Key_Escape)
            return
        if ending == "down-enter":
            self.keys.keyClick(box, Qt.Key.Key_Down)
        if ending == "suggestion":
            box.search_now(box.text())  # what the debounce timer does, without the wait
            buttons = self.window.search_panel.suggestion_buttons()
            if buttons:
                self.keys.mouseClick(self.random.choice(buttons), Qt.MouseButton.LeftButton)
            return
        self.keys.keyClick(box, Qt.Key.Key_Return)  # searches at once, then opens the first hit

    def query(self) -> str:
        if self.random.random() < 0.7:
            return self.random.choice(QUERIES)
        length = self.random.randint(1, 12)
        return "".join(self.random.choice(RANDOM_LETTERS) for _ in range(length))

    def switch_view(self) -> None:
        window = self.window
        action = self.random.choice(
            (window.home_action, window.side_effects_action, window.timeline_action)
        )
        self.click_action(action)

    def back_or_forward(self) -> None:
        window = self.window
        self.click_action(self.random.choice((window.back_action, window.forward_action)))

    def side_effect(self) -> None:
        window = self.window
        window.navigator.show(View.SIDE_EFFECTS)
        if self.random.random() < 0.3:
            type_text(self.keys, window.side_effects.filter_box, self.random.choice("atsxé<"))
        elif self.random.random() < 0.3:
            window.side_effects.filter_box.clear()
        if self.side_effect_ids:
            window.side_effects.select(self.random.choice(self.side_effect_ids))

    def timeline_phase(self) -> None:
        window = self.window
        window.navigator.show(View.TIMELINE)
        rows = window.timeline.model.rowCount()
        if rows:
            window.timeline.select_row(self.random.randrange(rows))

    def click_action(self, action: QAction) -> None:
        button = self.window.toolbar.widgetForAction(action)
        assert isinstance(button, QAbstractButton)
        self.keys.mouseClick(button, Qt.MouseButton.LeftButton)
