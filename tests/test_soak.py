"""A long session cannot hurt: no exception, memory and objects flat, history capped.

The short soak runs in ``make test``; the long one (``make soak``) is marked ``soak``
and prints its figures (RELIABILITY.md quotes them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import HISTORY_LIMIT
from tests.soak import KIB, Growth, Soak

RSS_ALLOWANCE = 4 * 1024 * KIB  # "a few MiB": the allocator's own slack, not a leak
HEAP_ALLOWANCE = 1024 * KIB  # C heap in use: 8000 steps kept 1.3 MiB more with the frame leak
OBJECT_ALLOWANCE = 20  # per type; a leak of one object a step is hundreds or thousands


def soak(qtbot: QtBot, window: MainWindow, warm_up: int, steps: int) -> Growth:
    """A seeded random session; no exception in any slot, and Back never holds more than
    HISTORY_LIMIT steps."""
    session = Soak(window, qtbot)
    with qtbot.captureExceptions() as exceptions:
        growth = session.measure(warm_up, steps)
    assert exceptions == []
    assert session.longest_history <= HISTORY_LIMIT
    return growth


def check(growth: Growth) -> None:
    if growth.rss is not None:  # skipped where /proc cannot tell
        assert growth.rss <= RSS_ALLOWANCE, growth.summary()
    if growth.heap_growth is not None:  # glibc 2.33 or newer
        assert growth.heap_growth <= HEAP_ALLOWANCE, growth.summary()
    assert growth.qt_wrappers() == {}, growth.summary()
    assert all(count <= OBJECT_ALLOWANCE for count in growth.objects.values()), growth.summary()
    assert growth.widgets <= 0, growth.summary()


@pytest.mark.parametrize(
    ("warm_up", "steps"),
    [
        pytest.param(100, 300, id="short"),  # in make test: a few seconds
        pytest.param(2000, 8000, id="long", marks=pytest.mark.soak),  # make soak: a minute or two
    ],
)
def test_a_session_leaves_nothing_behind(
    qtbot: QtBot,
    build: Callable[..., MainWindow],
    record_property: Callable[[str, object], None],
    warm_up: int,
    steps: int,
) -> None:
    window = build(kiosk=True)
    growth = soak(qtbot, window, warm_up, steps)
    record_property("soak", growth.summary())
    print(f"\nsoak: {growth.summary()}")  # shown with -s, as make soak runs it
    check(growth)
