"""Draws a document onto paper page by page (a PDF file or a printer), with a page
number under each page: QTextDocument.print draws no numbers of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

MARGIN_MM = 18.0
PDF_DPI = 300
FOOTER_POINT_SIZE = 9.0


def a4_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def save_pdf(
    document: QTextDocument, path: Path, title: str, footer: Callable[[int, int], str]
) -> bool:
    """``document`` as an A4 PDF at ``path``; False if the file could not be written."""
    target = QFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):  # asked first: no painter fails
        return False
    writer = QPdfWriter(target)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout())
    writer.setTitle(title)
    writer.setCreator("AllGuide")
    drawn = draw_pages(document, writer, footer)
    del writer  # finishes the PDF before its file is closed
    target.close()
    return drawn


def draw_pages(
    document: QTextDocument, device: QPagedPaintDevice, footer: Callable[[int, int], str]
) -> bool:
    """Lay ``document`` out for ``device``'s page (it stays laid out so) and draw every
    page, ``footer(n, count)`` centred under each. False if the device could not be
    painted on (say, an unwritable file)."""
    paper = document
    paper.documentLayout().setPaintDevice(device)
    footer_font = QFont(paper.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2
        width, height = device.width(), device.height() - footer_height
        paper.setPageSize(QSizeF(width, height))
        count = paper.pageCount()
        for number in range(1, count + 1):
            if number > 1:
                device.newPage()
            top = (number - 1) * height
            painter.save()
            painter.translate(QPointF(0, -top))
            paper.drawContents(painter, QRectF(0, top, width, height))
            painter.restore()
            painter.setFont(footer_font)
            box = QRectF(0, height, width, footer_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, footer(number, count))
    finally:
        painter.end()
    return True
