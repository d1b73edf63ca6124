"""A dialog that fits the screen and the keyboard: on a small screen (1024×600) or with a large system
font, what does not fit scrolls and the buttons at its foot stay in reach; Enter in a field does not press
a button that does something else.

``scrolling(content)`` wraps a dialog's fields in a scroll area without a frame that never scrolls
sideways; ``fit_on_screen(dialog, content, foot)`` gives the dialog the size its content asks for, within
the room the screen has; ``bounded_size(widget, width, height)`` a size asked for, within that room;
``enter_stays_in_fields(dialog)`` keeps Enter in a field from pressing the dialog's default button, where
that would save a file, start something or close the dialog on a search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

# The room a window's frame and title bar take, and the task bar's, beyond the screen's available area.
FRAME = QSize(16, 48)


def screen_room(widget: QWidget) -> QSize:
    """The size a window may have on the screen the widget is on (the primary one before it is shown)."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(10_000, 10_000)
    available = screen.availableGeometry().size()
    return QSize(available.width() - FRAME.width(), available.height() - FRAME.height())


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """``content`` in a scroll area: up and down when the screen is too low, never sideways."""
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, each scrolled into view
    # never narrower than the content can be with the scroll bar beside it: nothing is cut at the right
    needed = content.minimumSizeHint().width() + _scroll_bar(content)
    scroll.setMinimumWidth(min(needed, screen_room(content).width()))
    return scroll


def _scroll_bar(widget: QWidget) -> int:
    from PySide6.QtWidgets import QStyle

    return widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, widget)


def fitting_size(dialog: QWidget, content: QWidget, foot: QWidget | None = None) -> QSize:
    """What the dialog needs to show ``content`` whole (with ``foot``, its buttons), within the screen."""
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    spacing = max(layout.spacing(), 0) if layout is not None else 0
    hint = content.sizeHint().expandedTo(content.minimumSizeHint())
    width = hint.width() + (margins.left() + margins.right() if margins is not None else 0)
    height = hint.height() + (margins.top() + margins.bottom() if margins is not None else 0)
    if foot is not None:
        width = max(width, foot.sizeHint().width())
        height += foot.sizeHint().height() + spacing
    room = screen_room(dialog)
    if height > room.height():  # it scrolls: room for the scroll bar beside the content
        width += _scroll_bar(dialog)
    wanted = QSize(max(width, dialog.minimumWidth()), height)
    return wanted.boundedTo(room)


def fit_on_screen(dialog: QWidget, content: QWidget, foot: QWidget | None = None) -> None:
    """Give the dialog the size its content asks for, within the screen's room; the rest scrolls."""
    dialog.resize(fitting_size(dialog, content, foot))


def bounded_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, no larger than the screen's room."""
    return QSize(width, height).boundedTo(screen_room(widget))


class _EnterStays(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(QApplication.focusWidget(), QAbstractButton):
            return True  # a field had it and let it go: it presses nothing
        return super().eventFilter(watched, event)


def enter_stays_in_fields(dialog: QWidget) -> None:
    """Enter pressed in a field of ``dialog`` presses no button (Enter on a button still does)."""
    keeper = _EnterStays(dialog)
    dialog.installEventFilter(keeper)
