"""The theme applied: Fusion with the theme's palette, and a sheet only where one is needed.

Why not one application style sheet: with any application-wide sheet, Qt gives
every widget a style-sheet style and re-polishes it each time it gets a parent,
which cost about as long as building the window itself (issue 10). Here the
application has no sheet at all; ``ThemeStyle.dress`` hands the few widgets in
``looks.SHEETS`` their own short sheet and gives named labels their text colour
through the palette. The many buttons, the item views and the link bars get
``PaintedStyle`` or ``TreeStyle`` (``painted.py``) as their own style, painting them from
``looks.BUTTON_LOOKS``/``FRAME_LOOKS``/``TREE_LOOK``, so they need no sheet.

Why ``dress`` is called, not a ``polish`` override: Qt polishes every widget, Qt's own
parts too (a scroll area's viewport, a toolbar's extension button), and handing
those to Python makes PySide build a Python type, and its enums, for every widget
class Qt has: ~10 ms of the start (issue 10). So the window dresses itself and each
part it builds later (``dress``), which finds the few widgets with a look in C++;
tests/test_theme.py holds that no widget of a used window is left undressed.

Fusion, because it paints from the palette on every platform (the native Windows
and macOS styles ignore much of it), so a theme looks the same everywhere and a
dark or high-contrast theme can work at all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QProxyStyle,
    QScrollBar,
    QStyleFactory,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QWidget,
)

from allguide.ui.text_runs import set_look, text_runs
from allguide.ui.theme.active import _active
from allguide.ui.theme.colours import Theme
from allguide.ui.theme.looks import (
    BUTTON_LOOKS,
    BUTTON_TEXT_ROLES,
    FRAME_LOOKS,
    MINIMUM_SIDES,
    SEMI_BOLD_NAMES,
    SHEETS,
    TEXT_ROLES,
    TOOLBAR_SHEET,
    TOP_MARGINS,
    TREE_LOOK,
    TREE_PADDING,
    fill,
)
from allguide.ui.theme.painted import OwnStyles
from allguide.ui.theme.palette import palette, qcolor

BASE_STYLE = "Fusion"
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Every object name with a look of its own, and the classes dressed whoever made them.
LOOK_NAMES = frozenset(
    {
        *SHEETS,
        *TEXT_ROLES,
        *SEMI_BOLD_NAMES,
        *BUTTON_TEXT_ROLES,
        *MINIMUM_SIDES,
        *BUTTON_LOOKS,
        *FRAME_LOOKS,
        *TOP_MARGINS,
    }
)
DRESSED_CLASSES: tuple[type[QWidget], ...] = (
    QToolBar,
    QTreeView,
    QTextBrowser,
    QScrollBar,
    QCheckBox,
)


class ThemeStyle(QProxyStyle):
    """Fusion, dressed by a Theme: the palette for all, a short sheet for a named few."""

    def __init__(self, theme: Theme, own_styles: OwnStyles) -> None:
        super().__init__(QStyleFactory.create(BASE_STYLE))
        self.theme = theme
        self.own_styles = own_styles
        self._palette = palette(theme)
        self._sheets = {name: fill(template, theme) for name, template in SHEETS.items()}
        self._toolbar_sheet = fill(TOOLBAR_SHEET, theme)
        self._text_colours = {name: qcolor(getattr(theme, r)) for name, r in TEXT_ROLES.items()}
        self._backgrounds = {
            name: qcolor(getattr(theme, look.background))
            for name, look in FRAME_LOOKS.items()
            if look.background is not None
        }
        self._tree_background = qcolor(getattr(theme, TREE_LOOK.background or "surface"))
        self._look_names = QRegularExpression(
            "^(" + "|".join(QRegularExpression.escape(name) for name in sorted(LOOK_NAMES)) + ")$"
        )
        self._button_text = {
            name: (qcolor(getattr(theme, on)), qcolor(getattr(theme, off)))
            for name, (on, off) in BUTTON_TEXT_ROLES.items()
        }
        # A page: its selected text marked like a search hit, as the lists mark theirs.
        self._page_colours = (
            (Role.Base, qcolor(theme.surface)),
            (Role.Text, qcolor(theme.text)),
            (Role.Highlight, qcolor(theme.mark_background)),
            (Role.HighlightedText, qcolor(theme.mark_text)),
        )

    def standardPalette(self) -> QPalette:
        return QPalette(self._palette)

    def dress_all(self, root: QWidget) -> None:
        """Dress ``root`` and every widget in it that has a look.

        Found by Qt's own search, by name and class, so that no other widget reaches
        Python (see the module's docstring for why that matters)."""
        self.dress(root)
        for widget in root.findChildren(QWidget, self._look_names):
            self.dress(widget)
        for kind in DRESSED_CLASSES:
            for widget in root.findChildren(kind):
                self.dress(widget)

    def sheet_for(self, widget: QWidget) -> str | None:
        """The short sheet ``widget`` gets, if it is one of the few that need one."""
        sheet = self._sheets.get(widget.objectName())
        if sheet is None and isinstance(widget, QToolBar):
            return self._toolbar_sheet
        return sheet

    def dress(self, widget: QWidget) -> None:
        """Give ``widget`` its look; safe to repeat: it changes only what differs."""
        name = widget.objectName()
        sheet = self.sheet_for(widget)
        if sheet is not None and widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)
        colour = self._text_colours.get(name)
        if colour is not None:  # as a sheet's "color" does: inside a button, labels use ButtonText
            _set_colours(
                widget, ((Role.WindowText, colour), (Role.ButtonText, colour), (Role.Text, colour))
            )
        if name in SEMI_BOLD_NAMES and widget.font().weight() != QFont.Weight.DemiBold:
            font = QFont()  # only the weight: the size still follows the application's
            font.setWeight(QFont.Weight.DemiBold)
            widget.setFont(font)
        text = self._button_text.get(name)
        if text is not None:
            _set_colours(widget, ((Role.ButtonText, text[0]),), disabled=text[1])
        side = MINIMUM_SIDES.get(name)
        if side is not None:  # never smaller than a kiosk made it (its touch sizes)
            least = widget.minimumSize()
            widget.setMinimumSize(max(side, least.width()), max(side, least.height()))
        background = self._backgrounds.get(name)
        if background is not None:
            widget.setAutoFillBackground(True)
            _set_colours(widget, ((Role.Window, background),))
        own = self.own_styles.for_widget(widget)
        if own is not None and widget.style() is not own:
            widget.setStyle(own)  # its frame or panel is painted by its own style
        if isinstance(widget, QTreeView):
            self._dress_tree(widget)
        top = TOP_MARGINS.get(name)
        if top is not None:
            widget.setContentsMargins(0, top, 0, 0)
        if isinstance(widget, QTextBrowser):
            _set_colours(widget, self._page_colours)
            widget.setFrameShape(QFrame.Shape.NoFrame)

    def _dress_tree(self, tree: QTreeView) -> None:
        """Room around the rows, filled like them; its line is painted by TreeStyle.
        A wide plain frame, since QTreeView and QAbstractScrollArea keep their margins."""
        tree.setFrameShape(QFrame.Shape.Box)
        tree.setFrameShadow(QFrame.Shadow.Plain)
        tree.setLineWidth(TREE_PADDING)
        tree.setAutoFillBackground(True)
        tree.setBackgroundRole(Role.Base)
        _set_colours(tree, ((Role.Base, self._tree_background),))


def _set_colours(
    widget: QWidget,
    colours: tuple[tuple[QPalette.ColorRole, QColor], ...],
    disabled: QColor | None = None,
) -> None:
    """Set only these roles on ``widget`` (the rest still follow the application palette);
    ``disabled``, if given, is the first role's colour when the widget is disabled."""
    current = widget.palette()
    if all(current.color(role) == colour for role, colour in colours) and (
        disabled is None or current.color(Group.Disabled, colours[0][0]) == disabled
    ):
        return
    changed = QPalette()
    for role, colour in colours:
        changed.setColor(role, colour)
    if disabled is not None:
        changed.setColor(Group.Disabled, colours[0][0], disabled)
    widget.setPalette(changed)


_own_styles: list[OwnStyles] = []  # one set per application: widgets hold on to them


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Make ``theme`` the look of ``app`` and of every widget it has or will have."""
    old_theme, _active[0] = _active[0], theme
    if app.styleSheet():
        app.setStyleSheet("")  # an old application-wide sheet would undo the point
    if not _own_styles or _own_styles[0].painted.parent() is not app:
        _own_styles[:] = [OwnStyles(theme)]
        for own in _own_styles[0].styles():
            own.setParent(app)
    own_styles = _own_styles[0]
    own_styles.use(theme)
    style = ThemeStyle(theme, own_styles)
    app.setStyle(style)
    app.setPalette(palette(theme))
    # Qt posts the new palette to each widget: deliver it now, so that whoever is told
    # of the new theme next (ThemeChoice.changed) finds every widget in it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    for widget in QApplication.allWidgets():  # a window already open follows the new theme
        style.dress(widget)
        if isinstance(widget, QTextBrowser):
            recolour_links(widget.document(), old_theme, theme)
        widget.update()


def recolour_links(document: QTextDocument, old: Theme, new: Theme) -> None:
    """A page's links in ``new``'s colours: Qt wrote the palette's link colour into each
    link when the page was read, so a page already open would keep the old theme's."""
    changes = {
        qcolor(getattr(old, role)).rgba(): qcolor(getattr(new, role))
        for role in ("link", "link_visited")
        if getattr(old, role) != getattr(new, role)
    }
    if not changes:
        return
    for start, end, look in text_runs(document):
        colour = changes.get(look.foreground().color().rgba()) if look.isAnchor() else None
        if colour is not None:
            recoloured = QTextCharFormat()
            recoloured.setForeground(colour)
            set_look(document, start, end, recoloured, merge=True)


def dress(root: QWidget) -> None:
    """Give ``root`` and the widgets in it their look from the application's theme (if any).

    Called by whoever builds a window, a dialog or a later part of one, before it shows."""
    style = QApplication.style()
    if isinstance(style, ThemeStyle):
        style.dress_all(root)
