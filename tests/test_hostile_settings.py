"""Settings cannot stop the app: every remembered value is checked, a bad one is dropped
with a note, and the window and its page always come back on screen."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDate, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow
from allguide.ui.preferences import Preferences
from allguide.ui.problems_bar import ProblemKind
from allguide.ui.timeline.my_dates import EARLIEST, LATEST, START_KEY, MyDatesPanel
from allguide.ui.window_fit import (
    available_areas,
    fits_a_screen,
    minimum_size,
    page_is_usable,
    within,
)
from tests.gui import MakeWindow


def write_ini(settings_file: Path, text: str) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(text, "utf-8")


def store(settings_file: Path, key: str, value: object) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(key, value)
    settings.sync()


def stored(settings_file: Path, key: str) -> object:
    return QSettings(str(settings_file), QSettings.Format.IniFormat).value(key)


def my_dates(window: MainWindow) -> MyDatesPanel:
    panel = window.timeline.my_dates
    assert panel is not None
    return panel


def show_my_dates(qtbot: QtBot, panel: MyDatesPanel) -> None:
    """My dates works: a typed date gives the phases' windows."""
    panel.date_edit.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.start == dt.date(2026, 3, 1)
    assert "Induction" in panel.windows_label.text()


@pytest.mark.parametrize(
    "day", ["9999-12-01", "9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01", "2026-13-01"]
)
def test_a_far_remembered_date_is_dropped_with_a_note(
    qtbot: QtBot, make_window: MakeWindow, settings_file: Path, day: str
) -> None:
    write_ini(settings_file, f"[timeline]\nstart={day}\n")
    window = make_window()
    panel = my_dates(window)
    assert panel.start is None
    assert not panel.remember.isChecked()
    assert panel.problem_label.isVisibleTo(panel)
    assert window.problems.kinds == {ProblemKind.SETTINGS}  # a settings note, not content
    assert START_KEY in window.problems.text()
    assert "settings could not be used, so they were forgotten" in window.problems.text()
    assert stored(settings_file, START_KEY) is None  # dropped: the next start is clean
    show_my_dates(qtbot, panel)


def test_a_far_date_from_the_app_settings_does_not_stop_it(
    qtbot: QtBot, build: object, user_settings_dir: Path
) -> None:
    """The same, as the app really starts (``build_window`` and its own settings file)."""
    ini = user_settings_dir / "AllGuide" / "AllGuide.ini"
    write_ini(ini, "[timeline]\nstart=9999-12-01\n")
    window = build()  # type: ignore[operator]
    assert isinstance(window, MainWindow)
    assert ProblemKind.SETTINGS in window.problems.kinds
    assert my_dates(window).start is None
    show_my_dates(qtbot, my_dates(window))


def test_the_edges_of_the_range_are_kept(make_window: MakeWindow, settings_file: Path) -> None:
    for day in (EARLIEST, LATEST):
        write_ini(settings_file, f"[timeline]\nstart={day.isoformat()}\n")
        window = make_window()
        assert my_dates(window).start == day
        assert "Induction" in my_dates(window).windows_label.text()
        assert window.problems.kinds == set()
        window.close()


def test_a_far_date_cannot_be_typed_or_set(qtbot: QtBot, window: MainWindow) -> None:
    panel = my_dates(window)
    edit = panel.date_edit
    edit.setFocus()
    edit.setCurrentSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, "9999")
    assert edit.date().year() <= LATEST.year
    edit.setDate(QDate(9999, 12, 1))  # what the calendar popup or a paste would do
    assert edit.date() == QDate(LATEST.year, LATEST.month, LATEST.day)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.start is not None and panel.start <= LATEST
    shown = panel.start
    assert panel.set_start(dt.date(9999, 12, 1)) is False
    assert panel.set_start(dt.date(1, 1, 1)) is False
    assert panel.start == shown


# Window and splitter ------------------------------------------------------------


def crafted_geometry(x: int, y: int, width: int, height: int) -> QByteArray:
    widget = QWidget()
    widget.setGeometry(x, y, width, height)
    return widget.saveGeometry()


def crafted_splitter(sizes: list[int]) -> QByteArray:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QLabel("tree"))
    splitter.addWidget(QLabel("page"))
    splitter.setSizes(sizes)
    return splitter.saveState()


@pytest.mark.parametrize(
    "where", [(100_000, 100_000, 900, 700), (-50_000, 40, 900, 700), (10, -90_000, 900, 700)]
)
def test_a_window_off_every_screen_comes_back(
    make_window: MakeWindow, settings_file: Path, where: tuple[int, int, int, int]
) -> None:
    store(settings_file, Preferences.GEOMETRY, crafted_geometry(*where))
    window = make_window()
    areas = available_areas()
    assert fits_a_screen(window.frameGeometry(), areas)
    assert areas[0].contains(window.geometry())  # within the screen
    # (Qt's own restoreGeometry already pulls such a window back; _restore checks again.)


def test_what_fits_a_screen() -> None:
    screen = QRect(0, 0, 800, 600)
    assert fits_a_screen(QRect(10, 10, 700, 500), [screen])
    assert fits_a_screen(QRect(-600, -400, 900, 600), [screen])  # partly off, still reachable
    assert not fits_a_screen(QRect(100_000, 100_000, 900, 700), [screen])
    assert not fits_a_screen(QRect(790, 0, 900, 700), [screen])  # a sliver cannot be dragged
    assert not fits_a_screen(QRect(0, 0, 900, 700), [])
    fitted = within(QSize(1200, 800), [screen])  # room for the frame, centred
    assert fitted == QRect(40, 30, 720, 540)
    assert within(QSize(400, 300), [screen]) == QRect(200, 150, 400, 300)


def test_a_window_on_screen_is_restored(make_window: MakeWindow, settings_file: Path) -> None:
    store(settings_file, Preferences.GEOMETRY, crafted_geometry(30, 40, 700, 500))
    window = make_window()
    assert window.size().width() == 700 and window.size().height() == 500
    assert stored(settings_file, Preferences.GEOMETRY) is not None


@pytest.mark.parametrize("sizes", [[10000, 0], [10000, 8], [5000, 100]])
def test_a_splitter_that_hides_the_page_falls_back(
    make_window: MakeWindow, settings_file: Path, sizes: list[int]
) -> None:
    store(settings_file, Preferences.SPLITTER, crafted_splitter(sizes))
    window = make_window()
    assert page_is_usable(window.splitter.sizes())
    assert window.pages.width() >= window.splitter.width() / 3
    assert stored(settings_file, Preferences.SPLITTER) is None


def test_a_splitter_state_of_the_other_orientation_is_dropped_with_a_note(
    make_window: MakeWindow, settings_file: Path
) -> None:
    """Sizes that would do, but saved from a vertical splitter: restoreState would turn
    the page below the tree (and the app would save that)."""
    vertical = QSplitter(Qt.Orientation.Vertical)
    vertical.addWidget(QLabel("tree"))
    vertical.addWidget(QLabel("page"))
    vertical.setSizes([250, 700])
    store(settings_file, Preferences.SPLITTER, vertical.saveState())
    window = make_window()
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.splitter.widget(1).geometry().left() > window.splitter.widget(0).geometry().left()
    assert window.problems.kinds == {ProblemKind.SETTINGS}
    assert Preferences.SPLITTER in window.problems.text()
    assert stored(settings_file, Preferences.SPLITTER) is None


def test_only_the_splitter_sizes_are_restored(make_window: MakeWindow, settings_file: Path) -> None:
    """A crafted state cannot widen the handle over the page nor let the page collapse."""
    crafted = QSplitter(Qt.Orientation.Horizontal)
    crafted.addWidget(QLabel("tree"))
    crafted.addWidget(QLabel("page"))
    crafted.setHandleWidth(5000)
    crafted.setChildrenCollapsible(True)
    crafted.setSizes([250, 700])
    store(settings_file, Preferences.SPLITTER, crafted.saveState())
    window = make_window()
    tree, page = window.splitter.sizes()
    assert tree < page
    assert window.splitter.handleWidth() < 50
    assert not window.splitter.childrenCollapsible()
    assert window.problems.kinds == set()


def test_a_tiny_saved_window_grows_to_the_minimum(
    make_window: MakeWindow, settings_file: Path
) -> None:
    store(settings_file, Preferences.GEOMETRY, crafted_geometry(0, 0, 209, 100))
    window = make_window()
    least = minimum_size(window.fontMetrics(), available_areas(), 340)
    assert window.width() >= least.width() and window.height() >= least.height()
    assert page_is_usable(window.splitter.sizes())
    assert window.pages.width() >= window.fontMetrics().averageCharWidth() * 45
    assert fits_a_screen(window.frameGeometry(), available_areas())


def test_the_window_cannot_be_made_smaller_than_the_minimum(window: MainWindow) -> None:
    window.resize(100, 60)  # as a drag of its corner would
    least = minimum_size(window.fontMetrics(), available_areas(), 340)
    assert window.width() >= least.width() and window.height() >= least.height()
    assert page_is_usable(window.splitter.sizes())


def test_the_minimum_is_in_characters_and_fits_the_screen(window: MainWindow) -> None:
    metrics = window.fontMetrics()
    screen = QRect(0, 0, 10_000, 10_000)
    least = minimum_size(metrics, [screen], 340)
    assert least.width() == 340 + 50 * metrics.averageCharWidth()
    assert least.height() == 30 * metrics.height()
    small = QRect(0, 0, 400, 300)
    assert small.contains(QRect(small.topLeft(), minimum_size(metrics, [small], 340)))


def test_a_usable_splitter_is_restored(make_window: MakeWindow, settings_file: Path) -> None:
    store(settings_file, Preferences.SPLITTER, crafted_splitter([250, 700]))
    window = make_window()
    tree, page = window.splitter.sizes()
    assert tree < page
    assert stored(settings_file, Preferences.SPLITTER) is not None


# Wrong types -----------------------------------------------------------------------

KEYS = [Preferences.GEOMETRY, Preferences.STATE, Preferences.SPLITTER, START_KEY]
WRONG: list[object] = [[1, "two", 3.0], 42, "garbage", ["2026-03-01"], {"a": 1}, True, ""]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("value", WRONG, ids=repr)
def test_a_value_of_the_wrong_type_is_dropped(
    qtbot: QtBot, make_window: MakeWindow, settings_file: Path, key: str, value: object
) -> None:
    store(settings_file, key, value)
    window = make_window()
    assert window.problems.kinds == {ProblemKind.SETTINGS}
    assert key in window.problems.text()
    assert stored(settings_file, key) is None
    show_my_dates(qtbot, my_dates(window))


@pytest.mark.parametrize("key", [Preferences.GEOMETRY, Preferences.STATE, Preferences.SPLITTER])
@pytest.mark.parametrize("junk", [b"garbage", b"\x00" * 40, b"\xff" * 3])
def test_bytes_that_are_not_a_saved_state_are_dropped(
    make_window: MakeWindow, settings_file: Path, key: str, junk: bytes
) -> None:
    store(settings_file, key, QByteArray(junk))
    window = make_window()
    assert fits_a_screen(window.frameGeometry(), available_areas())
    assert page_is_usable(window.splitter.sizes())
    assert stored(settings_file, key) is None
    assert window.problems.kinds == {ProblemKind.SETTINGS}
    assert key in window.problems.text()


def test_a_state_that_hides_the_toolbar_is_dropped(
    make_window: MakeWindow, settings_file: Path
) -> None:
    first = make_window()
    first.toolbar.hide()
    store(settings_file, Preferences.STATE, first.saveState())
    first.close()
    window = make_window()
    assert window.toolbar.isVisibleTo(window)
    assert stored(settings_file, Preferences.STATE) is None


def test_a_garbled_file_still_starts(make_window: MakeWindow, settings_file: Path) -> None:
    write_ini(
        settings_file,
        "[window]\ngeometry=@ByteArray(\\0\\0\\xff)\nstate=1, 2, 3\nsplitter=\n"
        "[timeline]\nstart=@ByteArray(2026-03-01)\n\x00\x01[[[\n",
    )
    window = make_window()
    assert ProblemKind.SETTINGS in window.problems.kinds
    assert fits_a_screen(window.frameGeometry(), available_areas())


def test_numbers_too_long_for_any_integer_still_start(
    make_window: MakeWindow, settings_file: Path
) -> None:
    """A hand-edited file: Qt itself could never write these (setValue overflows)."""
    huge = "1" + "0" * 40
    write_ini(
        settings_file,
        f"[window]\ngeometry={huge}\nstate=@Size({huge} {huge})\nsplitter={huge}, -{huge}\n"
        f"[timeline]\nstart={huge}\n",
    )
    window = make_window()
    assert window.problems.kinds <= {ProblemKind.SETTINGS}
    assert fits_a_screen(window.frameGeometry(), available_areas())
    assert page_is_usable(window.splitter.sizes())


def test_a_settings_path_that_is_a_folder_still_starts(
    qtbot: QtBot, make_window: MakeWindow, settings_file: Path
) -> None:
    settings_file.mkdir(parents=True)
    window = make_window()
    assert fits_a_screen(window.frameGeometry(), available_areas())
    show_my_dates(qtbot, my_dates(window))
    window.close()  # saving into it fails quietly


def test_a_huge_binary_settings_file_still_starts(
    make_window: MakeWindow, settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(bytes(range(256)) * 4096)  # 1 MiB of every byte
    window = make_window()
    assert fits_a_screen(window.frameGeometry(), available_areas())
    assert window.problems.kinds <= {ProblemKind.SETTINGS}


def random_ini(seed: int) -> str:
    """A settings file a clumsy editor or a failing disk could leave: our keys, odd values."""
    rng = random.Random(seed)
    values = [
        lambda: "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(40))),
        lambda: "@ByteArray(" + "".join(f"\\x{rng.randrange(256):02x}" for _ in range(60)) + ")",
        lambda: ", ".join(str(rng.randrange(-(10**12), 10**12)) for _ in range(rng.randrange(5))),
        lambda: (
            f"{rng.randrange(1, 10000):04d}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        ),
        lambda: "@ByteArray()",
        lambda: "=" * rng.randrange(5) + "[" * rng.randrange(3),
    ]
    lines = []
    for section, keys in (("window", ["geometry", "state", "splitter"]), ("timeline", ["start"])):
        lines.append(f"[{section}]")
        lines += [f"{key}={rng.choice(values)()}" for key in keys if rng.random() < 0.8]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(30))
def test_any_settings_file_starts_the_app(
    qtbot: QtBot, make_window: MakeWindow, settings_file: Path, seed: int
) -> None:
    write_ini(settings_file, random_ini(seed))
    window = make_window()
    assert window.problems.kinds <= {ProblemKind.SETTINGS}
    assert fits_a_screen(window.frameGeometry(), available_areas())
    assert page_is_usable(window.splitter.sizes())
    panel = my_dates(window)
    assert panel.start is None or EARLIEST <= panel.start <= LATEST
    show_my_dates(qtbot, panel)
