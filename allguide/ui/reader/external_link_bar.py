"""Shows a web address instead of opening it: AllGuide never goes online.

How, the Mode says (``AddressShown``): on a family's own computer the address is
selectable with a Copy button; at a kiosk, where nothing may leave through the
clipboard, it is a QR code a visitor reads with their own phone, with the address as
plain text beside it and no Copy button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from allguide.mode import AddressShown

if TYPE_CHECKING:  # a kiosk's only: imported when the bar is built for one
    from allguide.ui.kiosk.qr import QrCode


class ExternalLinkBar(QFrame):
    """An inline bar with the address and a way to take it along, as ``shown`` says."""

    def __init__(
        self, shown: AddressShown = AddressShown.COPYABLE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("externalLinkBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.address_shown = shown
        self._copy: QPushButton | None = None
        self.qr_code: QrCode | None = None
        self._close = QPushButton(self.tr("Close"))
        self._close.clicked.connect(self.hide)
        self._address: QLineEdit | QLabel
        match shown:
            case AddressShown.COPYABLE:
                self._build_copyable()
            case AddressShown.QR_CODE:
                self._build_qr_code()
        self.hide()

    def _build_copyable(self) -> None:
        message = QLabel(
            self.tr("AllGuide does not open websites. To visit this page, copy the address:")
        )
        message.setWordWrap(True)
        address = QLineEdit()
        address.setReadOnly(True)
        address.setAccessibleName(self.tr("Web address"))
        self._address = address
        self._copy = QPushButton(self.tr("Copy address"))
        self._copy.clicked.connect(self._copy_address)
        layout = QHBoxLayout(self)
        layout.addWidget(message, 2)
        layout.addWidget(address, 3)
        layout.addWidget(self._copy)
        layout.addWidget(self._close)

    def _build_qr_code(self) -> None:
        from allguide.ui.kiosk.qr import QrCode

        message = QLabel(
            self.tr(
                "AllGuide does not open websites. To read this page on your phone, "
                "point your phone's camera at this code."
            )
        )
        message.setWordWrap(True)
        address = QLabel()
        address.setTextFormat(Qt.TextFormat.PlainText)
        address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        address.setWordWrap(True)
        address.setAccessibleName(self.tr("Web address"))
        self._address = address
        self.qr_code = QrCode()
        words = QVBoxLayout()
        words.addWidget(message)
        words.addWidget(address)
        words.addStretch(1)
        words.addWidget(self._close, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QHBoxLayout(self)
        layout.addWidget(self.qr_code, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

    @property
    def address(self) -> str:
        return self._address.text()

    @Slot(str)
    def show_address(self, url: str) -> None:
        self._address.setText(url)
        if isinstance(self._address, QLineEdit):
            self._address.setCursorPosition(0)
        if self.qr_code is not None:
            self.qr_code.set_text(url)
        if self._copy is not None:
            self._copy.setText(self.tr("Copy address"))
        self.show()
        (self._copy or self._close).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self._address.text())
        if self._copy is not None:
            self._copy.setText(self.tr("Copied"))
