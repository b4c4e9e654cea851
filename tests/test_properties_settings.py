"""Property: whatever the settings file holds under the keys AllGuide reads, of whatever
type, the window builds and shows, usable, and the next start is clean (issue 9, section 5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtCore import (
    QByteArray,
    QDate,
    QDateTime,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from allguide.ui.mainwindow import MainWindow
from allguide.ui.preferences import Preferences
from allguide.ui.problems_bar import ProblemKind
from allguide.ui.timeline.my_dates import EARLIEST, LATEST, START_KEY
from allguide.ui.window_fit import available_areas, fits_a_screen, page_is_usable
from tests.gui import MakeWindow
from tests.test_properties_yaml import examples

KEYS = (*Preferences.WINDOW_KEYS, START_KEY)


def test_the_property_covers_every_key_the_app_reads(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key added later is attacked too: else this fails and names it."""
    read: set[str] = set()
    original = Preferences._raw

    def recorded(self: Preferences, key: str) -> Any:
        read.add(key)
        return original(self, key)

    monkeypatch.setattr(Preferences, "_raw", recorded)
    make_window().close()
    assert read and read <= set(KEYS), sorted(read - set(KEYS))


def geometry(x: int, y: int, width: int, height: int) -> QByteArray:
    widget = QWidget()
    widget.setGeometry(x, y, width, height)
    return widget.saveGeometry()


def splitter_state(sizes: list[int], vertical: bool) -> QByteArray:
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    for name in ("tree", "page", "third")[: max(1, len(sizes))]:
        splitter.addWidget(QLabel(name))
    splitter.setSizes(sizes)
    return splitter.saveState()


def spoiled(data: QByteArray, at: int, byte: int) -> QByteArray:
    """A saved state with one byte changed: a disk or an editor that slipped."""
    raw = bytearray(data.data())
    if raw:
        raw[at % len(raw)] = byte
    return QByteArray(bytes(raw))


big = st.integers(-(2**31), 2**31 - 1)
# What QSettings can write at all (a larger int raises in setValue, so no file holds it; a
# hand-edited file with a longer number is tried in test_hostile_settings).
int64 = st.integers(-(2**63), 2**63 - 1)
size = st.integers(-10, 100_000)
value = st.one_of(
    st.none(),
    st.booleans(),
    int64,
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(["", "@ByteArray()", "@Rect(0 0 0 0)", "@Invalid()", "@Variant(\\0)"]),
    st.lists(st.text(max_size=8), max_size=4),
    st.dictionaries(st.text(min_size=1, max_size=5), int64, max_size=3),
    st.binary(max_size=80).map(QByteArray),
    st.builds(geometry, big, big, size, size),
    st.builds(splitter_state, st.lists(st.integers(-5, 100_000), max_size=3), st.booleans()),
    st.builds(
        spoiled, st.builds(geometry, big, big, size, size), st.integers(0, 80), st.integers(0, 255)
    ),
    st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: QDate(d.year, d.month, d.day)),
    st.dates().map(dt.date.isoformat),
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        st.integers(0, 99999),
        st.integers(0, 13),
        st.integers(0, 32),
    ),
    st.sampled_from([EARLIEST.isoformat(), LATEST.isoformat(), "9999-12-31", "0001-01-01"]),
    st.just(QDateTime.currentDateTime()),
    st.builds(QRect, big, big, size, size),
    st.builds(QSize, size, size),
    st.builds(QPoint, big, big),
)
date_text = st.one_of(
    st.dates().map(dt.date.isoformat),
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        st.integers(0, 99999),
        st.integers(0, 13),
        st.integers(0, 32),
    ),
    st.sampled_from([EARLIEST.isoformat(), LATEST.isoformat(), "9999-12-31", "0001-01-01"]),
)
# Each key gets any value, or more often one of the type it holds, bent.
LIKELY = {
    Preferences.GEOMETRY: st.builds(geometry, big, big, size, size),
    Preferences.STATE: st.builds(
        spoiled, st.builds(geometry, big, big, size, size), st.integers(0, 80), st.integers(0, 255)
    ),
    Preferences.SPLITTER: st.builds(
        splitter_state, st.lists(st.integers(-5, 100_000), max_size=3), st.booleans()
    ),
    START_KEY: date_text,
}
stored_settings = st.fixed_dictionaries(
    {}, optional={key: st.one_of(LIKELY[key], LIKELY[key], value) for key in KEYS}
)


def write(path: Path, chosen: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    for key, stored in chosen.items():  # a saved state is made only now, with Qt running
        settings.setValue(key, stored() if isinstance(stored, partial) else stored)
    settings.sync()
    assert settings.status() == QSettings.Status.NoError


def assert_usable(window: MainWindow) -> None:
    assert window.isVisible()
    assert window.problems.kinds <= {ProblemKind.SETTINGS}
    assert fits_a_screen(window.frameGeometry(), available_areas())
    assert page_is_usable(window.splitter.sizes())
    assert window.toolbar.isVisible()
    panel = window.timeline.my_dates
    assert panel is not None
    assert panel.start is None or EARLIEST <= panel.start <= LATEST


@hypothesis_settings(
    max_examples=examples(20), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(chosen=stored_settings)
@example(chosen={Preferences.SPLITTER: partial(splitter_state, [100_000, 10], vertical=False)})
@example(chosen={Preferences.GEOMETRY: partial(geometry, 100_000, -90_000, 900, 700)})
@example(chosen={START_KEY: "9999-12-01", Preferences.STATE: QByteArray(b"\xff" * 40)})
@example(chosen={key: QRect(0, 0, -1, -1) for key in KEYS})
def test_any_settings_start_the_app_and_the_next_start_is_clean(
    make_window: Callable[..., MainWindow], settings_file: Path, chosen: dict[str, Any]
) -> None:
    write(settings_file, chosen)
    window = make_window()
    assert_usable(window)
    window.close()  # saves the layout it shows; what was dropped is gone
    window.deleteLater()
    again = make_window()
    assert_usable(again)
    assert again.problems.kinds == set(), again.problems.text()
    again.close()
    again.deleteLater()


# Found by the property (HYPOTHESIS_PROFILE=long), tried on every run: the splitter keeps
# its orientation (only sizes are restored), and a window is never smaller than the minimum.


def test_a_splitter_state_of_the_other_orientation_is_not_restored(
    make_window: MakeWindow, settings_file: Path
) -> None:
    write(settings_file, {Preferences.SPLITTER: partial(splitter_state, [318], vertical=True)})
    window = make_window()
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    window.close()
    again = make_window()  # what the first start saved is used again, silently
    assert again.problems.kinds == set(), again.problems.text()


def test_a_tiny_saved_window_is_not_restored(make_window: MakeWindow, settings_file: Path) -> None:
    write(settings_file, {Preferences.GEOMETRY: partial(geometry, 0, 0, 209, 100)})
    window = make_window()
    assert page_is_usable(window.splitter.sizes()), window.splitter.sizes()
