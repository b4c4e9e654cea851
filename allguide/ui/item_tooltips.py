"""Item views show their rows' tooltips as plain text: models hold the words, not HTML.

Qt shows a row's ``ToolTipRole`` as a tooltip, which it reads as rich text when the
text looks like markup (``<img src=…>`` then loads a file). So a view that shows
content or search text in rows handles the tooltip event itself and passes the
row's text through ``plain_tooltip``; the model stays free of markup.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip

from allguide.ui.plain import plain_tooltip


def show_row_tooltip(view: QAbstractItemView, event: QEvent) -> bool:
    """For a tooltip event on ``view``'s viewport: show the row's text literally (or
    hide any tooltip) and say it was handled. False for every other event."""
    if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
        return False
    index = view.indexAt(event.pos())
    text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
    if text:
        QToolTip.showText(
            event.globalPos(), plain_tooltip(str(text)), view.viewport(), view.visualRect(index)
        )
    else:
        QToolTip.hideText()
        event.ignore()
    return True
