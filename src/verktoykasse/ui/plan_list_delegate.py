"""How the home view draws a plan in its list: the name in bold, then the business, the step and when it
last changed.

Its own module, loaded when the plans are known: the item views' types and enums (≈4 ms) need not hold up
the first window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QBrush, QFont, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem


class PlanItemDelegate(QStyledItemDelegate):
    """Two lines per plan: its name in bold, then the business, the step and when it last changed.

    The item's text stays "name\ndetails" (tests, screen readers and copy read it); only the drawing
    differs, so a plan is easy to pick out in a long list.
    """

    PADDING = 6
    _painting = False  # ``initStyleOption`` leaves the text out while the base class paints

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        name, _, details = str(index.data() or "").partition("\n")
        return name, details

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self._painting:
            option.text = ""  # the two lines are drawn by ``paint``

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from PySide6.QtGui import QFont, QPalette

        # Background, selection and focus as the style draws them, without the text (through the base
        # class: its option carries the view's state).
        self._painting = True
        try:
            super().paint(painter, option, index)
        finally:
            self._painting = False
        widget = option.widget
        name, details = self._lines(index)
        view = self.parent()
        item = view.item(index.row()) if isinstance(view, QListWidget) else None
        selected = item is not None and item.isSelected()  # not the selection model: its type costs ≈0.5 ms
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.brush(role)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        top = rect.top()
        for text, font in ((name, bold), (details, widget.font() if widget is not None else option.font)):
            metrics = QFontMetrics(font, painter.device())
            fitted = self._fitted(text, metrics, option, rect.width())
            self._draw_line(painter, fitted, font, colour, rect.left(), top)
            top += metrics.height()

    @staticmethod
    def _draw_line(painter: QPainter, text: str, font: QFont, colour: QBrush, left: int, top: int) -> None:
        """One line of ``text`` with its top left corner at (``left``, ``top``), in ``colour``.

        Drawn as a text layout coloured by a format: the painter's own ways (``setPen`` and ``drawText``,
        or the style's ``drawItemText``) make PySide6 build the Qt namespace's or QStyle's enums (≈25 and
        ≈10 ms), which the first list of plans waited for. The left-to-right mark keeps a name in a
        right-to-left script at the left edge, where the view's own texts are.
        """
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QTextCharFormat, QTextLayout

        text = "\u200e" + text
        layout = QTextLayout(text, font, painter.device())
        coloured = QTextCharFormat()
        coloured.setForeground(colour)
        whole = QTextLayout.FormatRange()
        whole.start, whole.length, whole.format = 0, len(text.encode("utf-16-le")) // 2, coloured
        layout.setFormats([whole])
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        layout.draw(painter, QPointF(left, top))

    @staticmethod
    def _fitted(text: str, metrics: QFontMetrics, option: QStyleOptionViewItem, width: int) -> str:
        """``text`` cut short with "…" as the view cuts its texts, when it is wider than ``width``. A text
        that fits is drawn as it is without asking for the view's way of cutting: that value is a Qt
        namespace enum, and the first one built costs ≈25 ms, which the first list of plans waited for."""
        if QFontMetricsF(metrics).horizontalAdvance(text) <= width:  # unrounded, as elidedText measures
            return text
        return metrics.elidedText(text, option.textElideMode, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Two lines high, and no wider than the list: a plan's line then spans the list's width, and a
        name too long for it ends in "…" (``_fitted``) instead of the list scrolling sideways."""
        metrics = option.fontMetrics
        return QSize(0, 2 * metrics.height() + 2 * self.PADDING + metrics.leading())
