"""The window's Tab order, kept as it was when parts of the window are built later.

A widget added to a window that is already built joins the end of its Tab order,
after everything else (here: after the toolbar). These put its Tab stops back where
they would have been had it been built with the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

_TAB = Qt.FocusPolicy.TabFocus.value


def is_tab_stop(widget: QWidget) -> bool:
    """Whether Tab can land on ``widget`` (when shown): it takes Tab focus itself,
    not through a focus proxy (Qt skips those and stops at the proxy)."""
    return bool(widget.focusPolicy().value & _TAB) and widget.focusProxy() is None


def tab_stops(part: QWidget) -> list[QWidget]:
    """The Tab stops of ``part`` (itself included) in Tab order, read before ``part`` is
    put into a window: ``part`` must have no parent yet.

    It walks ``part``'s own focus chain, and never round to ``part`` again: PySide takes
    a widget that ``nextInFocusChain()`` returns as owned by the widget asked, so a walk
    round a window's chain would make the window "owned" by one of its own children,
    and it would never be freed. ``findChildren`` then gives every widget walked back
    to ``part`` to own, as it does for any widget it returns.
    """
    if part.parentWidget() is not None:
        raise ValueError("tab_stops() reads a widget before it goes into a window")
    last = part.previousInFocusChain()
    walked = [part]
    widget: QWidget | None = part
    while widget is not None and widget is not last:
        widget = widget.nextInFocusChain()
        if widget is not None:
            walked.append(widget)
    part.findChildren(QWidget)
    return [widget for widget in walked if is_tab_stop(widget)]


def put_after(stops: Sequence[QWidget], after: QWidget) -> None:
    """Make Tab go from ``after`` through ``stops``, in their order."""
    previous = after
    for stop in stops:
        QWidget.setTabOrder(previous, stop)
        previous = stop
