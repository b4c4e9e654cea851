"""A reference, not a baseline: the home view's kind of window in plain PySide6, no AllGuide code.

Run by ``startup.py`` as a fresh process:
``python benchmarks/plain_window.py PNG SETTLE_MS WIDTHxHEIGHT``.

The same widgets as AllGuide's first window, roughly (a toolbar of five icon
buttons and a search field, a two-line banner, a tree of 8 topics with 17 rows
under them beside a scrolling page with a heading, three paragraphs, 3 shortcut
cards and 8 topic cards), touching the ``Qt`` namespace as any real window does,
with nothing else: no content loaded, no theme, no settings, no log. Its ratio to
the bare window is what these widgets cost in PySide6 before any code of ours, so
it tells how much of AllGuide's ratio is the toolkit's and how much is ours.
"""

from __future__ import annotations

import time

STARTED_NS = time.clock_gettime_ns(time.CLOCK_MONOTONIC)  # before any import of ours

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from first_paint import paint_and_report  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "home.png"
TEXT = (
    "AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain "
    "words. It is for people with ALL and for their families and friends."
)


def card(title: str, text: str) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setWordWrap(True)
    layout.addWidget(heading)
    summary = QLabel(text)
    summary.setWordWrap(True)
    layout.addWidget(summary)
    return frame


def build() -> QMainWindow:
    window = QMainWindow()
    toolbar = QToolBar()
    for name in ("Back", "Forward", "Home", "Side effects A-Z", "Timeline"):
        toolbar.addAction(QIcon(str(ICON)), name)
    toolbar.addWidget(QLineEdit())
    window.addToolBar(toolbar)
    central = QWidget()
    column = QVBoxLayout(central)
    column.addWidget(QLabel("This is information, not medical advice: ask your care team."))
    column.addWidget(QLabel("Content updated 20 March 2025."))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    column.addWidget(splitter, 1)
    model = QStandardItemModel()
    for topic in range(8):
        item = QStandardItem(f"Topic {topic}")
        for row in range(2 if topic < 5 else 3 if topic < 6 else 0):
            item.appendRow(QStandardItem(f"Page {topic}.{row}"))
        model.appendRow(item)
    tree = QTreeView()
    tree.setHeaderHidden(True)
    tree.setModel(model)
    tree.expandToDepth(0)
    splitter.addWidget(tree)
    page = QWidget()
    body = QVBoxLayout(page)
    body.addWidget(QLabel("<h1>Welcome to AllGuide</h1>"))
    for _ in range(3):
        paragraph = QLabel(TEXT)
        paragraph.setWordWrap(True)
        body.addWidget(paragraph)
    shortcuts = QGridLayout()
    for column_number in range(3):
        shortcuts.addWidget(card("Side effects A-Z", "Every side effect."), 0, column_number)
    body.addLayout(shortcuts)
    topics = QGridLayout()
    for number in range(8):
        topics.addWidget(card("Chemotherapy", TEXT), number // 2, number % 2)
    body.addLayout(topics)
    body.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    splitter.addWidget(area)
    window.setCentralWidget(central)
    return window


def main() -> None:
    png, settle_ms, size = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    app = QApplication(sys.argv[:1])
    window = build()
    width, height = (int(part) for part in size.split("x"))
    window.resize(width, height)

    paint_and_report(window, png, settle_ms, STARTED_NS)
    app.exec()


if __name__ == "__main__":
    main()
