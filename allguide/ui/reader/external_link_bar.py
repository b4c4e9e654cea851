"""Shows a web address instead of opening it: AllGuide never goes online."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class ExternalLinkBar(QFrame):
    """An inline bar with the address, selectable, and a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalLinkBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._message = QLabel(
            self.tr("AllGuide does not open websites. To visit this page, copy the address:")
        )
        self._message.setWordWrap(True)
        self._address = QLineEdit()
        self._address.setReadOnly(True)
        self._address.setAccessibleName(self.tr("Web address"))
        self._copy = QPushButton(self.tr("Copy address"))
        self._copy.clicked.connect(self._copy_address)
        self._close = QPushButton(self.tr("Close"))
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self._message, 2)
        layout.addWidget(self._address, 3)
        layout.addWidget(self._copy)
        layout.addWidget(self._close)
        self.hide()

    @property
    def address(self) -> str:
        return self._address.text()

    @Slot(str)
    def show_address(self, url: str) -> None:
        self._address.setText(url)
        self._address.setCursorPosition(0)
        self._copy.setText(self.tr("Copy address"))
        self.show()
        self._copy.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self._address.text())
        self._copy.setText(self.tr("Copied"))
