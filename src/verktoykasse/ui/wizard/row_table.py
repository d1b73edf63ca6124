"""The table of a plan's list (measures, milestones, KPIs, gaps, measurements, …): a ``QTableView`` over
``RowsModel``, with a column per field, sortable by a click on a column's heading, and the status as a
coloured badge with its text.

``ListEditor`` owns one; the rows are the plan's objects, the columns say what each shows. A list without
columns of its own shows one column with the row's description.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from verktoykasse.ui.tooltips import literal

ROW_ROLE = Qt.ItemDataRole.UserRole
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles a cell answers with its text (a long one is cut in the cell; the tooltip has it whole).
TEXT_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole}
)

ANSWERED = TEXT_ROLES | {BADGE_ROLE, ROW_ROLE}  # the roles a cell has anything for

# Badge colours: a tinted background with dark text, the same in a light and a dark theme (both sides are
# set, so the theme cannot make them unreadable); every pair meets WCAG AA (4.5:1). The kinds differ in
# hue *and* lightness, and the text always says the status, so no one needs to tell colours apart.
BADGES: dict[str, tuple[str, str]] = {
    "planned": ("#e1e4e8", "#24292f"),
    "in_progress": ("#cfe2ff", "#052c65"),
    "done": ("#d1e7dd", "#0a3622"),
    "paused": ("#fff3cd", "#664d03"),
    "cancelled": ("#eeeeee", "#495057"),
    "late": ("#f8d7da", "#58151c"),
    "reached": ("#d1e7dd", "#0a3622"),
    "improving": ("#cfe2ff", "#052c65"),
    "worse": ("#f8d7da", "#58151c"),
    "unchanged": ("#e1e4e8", "#24292f"),
    "measured": ("#e1e4e8", "#24292f"),
    "no_data": ("#eeeeee", "#495057"),
    "open": ("#e1e4e8", "#24292f"),
}


@dataclass(frozen=True)
class Column:
    """One column: its heading, the text of a row's cell, and what it sorts by (the text when None).

    ``badge`` gives the badge kind of a row's cell (a key of ``BADGES``); the cell is drawn as a badge."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    badge: Callable[[Any], str] | None = None
    stretch: bool = False


def first_line(text: str | None) -> str:
    """A long text's first line, for its cell (the whole text is in the row's detail)."""
    lines = (text or "").strip().splitlines()
    return lines[0].strip() if lines else ""


def ticked(title: str, value: Callable[[Any], bool]) -> Column:
    """A column for a tick box of the row: "Yes" where it is ticked (words, not only a mark); sorted, the
    ticked rows come first (last the other way round)."""
    from PySide6.QtCore import QCoreApplication

    return Column(
        title,
        lambda row: QCoreApplication.translate("RowTable", "Yes") if value(row) else "",
        sort_key=lambda row: not value(row),
    )


def _sortable(value: Any) -> tuple[int, Any]:
    """Empty values last whatever the order, and text without regard to case."""
    if value is None or value == "":
        return (1, "")
    return (0, value.casefold() if isinstance(value, str) else value)


class RowsModel(QAbstractTableModel):
    """The rows of one list, in the order shown; ``sort`` reorders them by a column."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        # While the table measures its rows (``RowTable.fit``) Qt asks for each cell many times over (its
        # text for the width, for the height, as tooltip; a status's badge): each cell's text and badge are
        # worked out once then (a KPI's status reads all its measurements). Only for that while: outside
        # it a cell always shows its row as it is now.
        self._cells: dict[tuple[int, int], tuple[str, str | None]] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The role first: Qt asks each cell for a dozen roles (font, colours, alignment, …) this model
        # has nothing for, and those answers are the cheapest.
        if role not in ANSWERED or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self.rows):
            return None
        if role == ROW_ROLE:
            return self.rows[number]
        cell = self.cell(number, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(cell[0])
        return cell[1] if role == BADGE_ROLE else cell[0]

    def cell(self, row: int, column: int) -> tuple[str, str | None]:
        """The text and badge kind of a cell, worked out once per cell while the table measures."""
        if self._cells is not None:
            cell = self._cells.get((row, column))
            if cell is None:
                cell = self._cells[(row, column)] = self._work_out(row, column)
            return cell
        return self._work_out(row, column)

    def _work_out(self, row: int, column: int) -> tuple[str, str | None]:
        obj, spec = self.rows[row], self.columns[column]
        return spec.text(obj), spec.badge(obj) if spec.badge is not None else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        filled = [row for row in self.rows if _sortable(key(row))[0] == 0]
        empty = [row for row in self.rows if _sortable(key(row))[0] == 1]
        filled.sort(key=lambda row: _sortable(key(row))[1], reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = filled + empty
        moved_from = [self.index(before.index(row), c) for row in self.rows for c in range(len(self.columns))]
        moved_to = [self.index(i, c) for i in range(len(self.rows)) for c in range(len(self.columns))]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def measuring(self, on: bool) -> None:
        """Keep each cell's text and badge while the table measures its rows (True), then let go (False)."""
        self._cells = {} if on else None

    def row_changed(self, row: Any) -> None:
        """Show what was just typed into ``row``'s detail."""
        if row in self.rows:
            number = self.rows.index(row)
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class BadgeDelegate(QStyledItemDelegate):
    """Draws a cell with a badge kind as a rounded, coloured label with the status's text."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        kind = index.data(BADGE_ROLE)
        if not kind:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if option.state & QStyle.StateFlag.State_Selected and style is not None:
            # The row's selection shows across the badge's cell too.
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        background, foreground = BADGES.get(str(kind), BADGES["planned"])
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        pad = metrics.averageCharWidth()
        room = option.rect.width() - 4 - 2 * pad  # for the text inside the badge
        if metrics.horizontalAdvance(text) > room:  # cut only what does not fit (the tooltip has it all)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        width = metrics.horizontalAdvance(text) + 2 * pad + 2
        height = metrics.height() + 4
        rect = QRectF(option.rect.left() + 2, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(foreground))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.drawText(
            rect.adjusted(pad, 0, -pad + 2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
        painter.restore()

    # While the table measures its rows (``RowTable.fit``): each size worked out per column, text, badge
    # and room, so that the many cells that say the same (an owner, a date, a status) are measured once.
    # The table keeps them while its content, font and style stay the same.
    sizes: dict[tuple[int, str, str, int, bool], QSize] | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if self.sizes is None:
            return self._size(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (
            index.column(),
            text,
            str(index.data(BADGE_ROLE) or ""),
            option.rect.width(),
            option.rect.isValid(),  # the text wraps in the width only where there is a cell (not its height)
        )
        size = self.sizes.get(key)
        if size is None:
            size = self.sizes[key] = self._size(option, index)
        return QSize(size)

    def _size(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(BADGE_ROLE):
            metrics = option.fontMetrics
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            # The badge's text, its padding on both sides, and the room around the badge (see ``paint``).
            needed = metrics.horizontalAdvance(text) + 4 * metrics.averageCharWidth() + 8
            size.setWidth(max(size.width(), needed))
            size.setHeight(max(size.height(), metrics.height() + 8))
        else:  # a wrapped cell's last line is not cut where Qt's estimate is a pixel or two short;
            # a long text shows its first lines, the rest elided (the tooltip and the row's detail have it)
            metrics = option.fontMetrics
            tallest = metrics.lineSpacing() * RowTable.TALLEST_CELL + metrics.descent() + 4
            size.setHeight(min(size.height() + metrics.descent(), tallest))
        return size


class RowTable(QTableView):
    """The table a list editor shows: whole rows selected, one at a time; Tab leaves the table (the arrow
    keys move between rows); a click on a heading sorts by that column, a third click returns to the
    plan's own order."""

    current_row_changed = Signal(int)
    order_changed = Signal()
    resized = Signal()  # the columns and rows were fitted to a new width or content: the height may differ

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.setItemDelegate(BadgeDelegate(self))
        from verktoykasse.ui.elided import WrappingHeader

        # A heading wider than its column wraps onto a second line ("What was / discussed"), never cut.
        self.setHorizontalHeader(WrappingHeader(self))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._heading_clicked)
        # The widths are set by ``fit_columns``: every column in view, never a sideways scroll.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 3)  # narrower where it must
        header.setVisible(len(model.columns) > 1)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(current.row())
        )
        # What the last fit was for: the visible width and the content (bumped whenever the rows, their
        # texts, the headings or the font change). Opening a page sends the table a chain of resizes while
        # the layout settles, many of them to a width it already has; ``fit`` skips those.
        self._content = 0
        self._fitted_for: tuple[int, int] | None = None
        # The content's wanted column widths and its one-word cells' widths (``_measure``).
        self._measured: tuple[int, dict[int, int], dict[int, int]] | None = None
        # The cells' sizes measured while fitting this content (``BadgeDelegate.sizes``): a new width often
        # changes only the title column's, so the other columns' cells are not measured again.
        self._sizes: dict[tuple[int, str, str, int, bool], QSize] = {}
        # The rows measured since the last fit; the others (a long list's rows below its view) are measured
        # right after the table is drawn, a batch per turn of the event loop, or at once as they come into
        # view or are scrolled to.
        self._rows_measured: set[int] = set()
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.timeout.connect(self._measure_rest)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._measure_in_view())
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._content_changed)

    MIN_STRETCH_CHARS = 14  # what a stretching column (the title) keeps at the least, in characters
    WIDEST_SHORT_CHARS = 30  # a short column (an owner, a unit) asks for no more; a longer text wraps
    TALLEST_CELL = 4  # lines of a cell's text shown in the list; a longer text ends in …
    TALLEST = 12  # lines: a list is as tall as its rows up to this, and scrolls beyond

    def _content_changed(self, *_args: Any) -> None:
        self._content += 1
        self._sizes = {}

    def fit(self) -> bool:
        """Fit the columns to the visible width and the rows to their wrapped text, once per real change:
        True when it did (the rows' heights may differ), False when the table already fits this width and
        content. (Fitting at once, not later in the event loop, lets the page settle in one pass: nothing
        is ever drawn unfitted.)

        The rows that can be seen, and those that set the list's height (``TALLEST`` lines), are measured
        at once; a long list's other rows only set how far it scrolls, and are measured right after it is
        drawn (``paintEvent``), or at once when they come into view or are scrolled to."""
        wanted = (self.viewport().width(), self._content)
        if wanted == self._fitted_for:
            return False
        shown = self.isVisible()
        # A hidden table (a page being built) has a width that is only a guess until it is shown, when it
        # is fitted again (``showEvent``).
        self._fitted_for = wanted if shown else None
        self._rows_measured = set()
        with self._measuring():
            self.fit_columns()
            self._measure_from(self._first_in_view(), self._least_room())
        if shown and len(self._rows_measured) < self.count():
            self._rest.start(self.REST_MS)  # at the latest: a table out of the page's view is not drawn
        # The scroll ranges at once (Qt would on its next turn): no sideways range left over meanwhile.
        self.updateGeometries()
        return True

    @contextmanager
    def _measuring(self) -> Iterator[None]:
        """Each cell's text worked out, and each size measured, once while the table measures its rows."""
        self.rows_model.measuring(True)
        delegate = self.itemDelegate()
        if isinstance(delegate, BadgeDelegate):
            delegate.sizes = self._sizes
        try:
            yield
        finally:
            self.rows_model.measuring(False)
            if isinstance(delegate, BadgeDelegate):
                delegate.sizes = None

    def _least_room(self) -> int:
        """How far down rows are measured at once: what can be seen, and at least what sets the list's
        height (``ListEditor`` makes a list as tall as its rows, up to ``TALLEST`` lines)."""
        return max(self.viewport().height(), self.fontMetrics().lineSpacing() * self.TALLEST)

    def _first_in_view(self) -> int:
        return max(self.rowAt(0), 0)

    def _measure_from(self, first: int, room: int) -> bool:
        """Measure the rows from ``first`` down until ``room`` pixels are filled; True when any was new."""
        measured, height, changed = self._rows_measured, 0, False
        for row in range(first, self.count()):
            if height > room:
                break
            if row not in measured:
                self.resizeRowToContents(row)
                measured.add(row)
                changed = True
            height += self.rowHeight(row)
        return changed

    def _measure_in_view(self) -> None:
        """Rows scrolled into view before they were measured get their height before they are drawn."""
        if self._fitted_for is not None and len(self._rows_measured) < self.count():
            with self._measuring():
                self._measure_from(self._first_in_view(), self.viewport().height())

    BATCH = 25  # rows measured per turn of the event loop after the table is drawn
    REST_MS = 50  # or this long after the fit, where the table is not drawn (out of the page's view)

    def _measure_rest(self) -> None:
        """The rows not measured yet, a batch at a time, so that a keystroke is never held up for long."""
        if not self.isVisible() or self._fitted_for is None:
            return  # done when it is shown again (``showEvent``)
        pending = [row for row in range(self.count()) if row not in self._rows_measured]
        with self._measuring():
            for row in pending[: self.BATCH]:
                self.resizeRowToContents(row)
                self._rows_measured.add(row)
        # The list's height is not theirs to change: the rows measured at once already fill it.
        if len(pending) > self.BATCH:
            self._rest.start(0)

    @property
    def rows_pending(self) -> int:
        """How many rows have not been measured for the table's current width yet."""
        return max(self.count() - len(self._rows_measured), 0)

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scrolling to a row (the keyboard's End, a row chosen from "Missing") finds it where it really
        is: the rows above it are measured first."""
        if index.isValid() and self._fitted_for is not None:
            above = [row for row in range(index.row() + 1) if row not in self._rows_measured]
            if above:
                with self._measuring():
                    for row in above:
                        self.resizeRowToContents(row)
                        self._rows_measured.add(row)
        super().scrollTo(index, hint)

    def fit_columns(self) -> None:
        """Share the visible width among the columns: each short column as wide as its heading and cells,
        the stretching ones (titles) the rest. Where the short ones would leave a title too little room
        (a small screen, pseudo mode's longer words), they give up width in proportion and their cells
        wrap or elide (the tooltip has the whole text), so no column is ever cut off at the right."""
        columns = self.rows_model.columns
        room = self.viewport().width()
        if room <= 0 or not columns:
            return
        header = self.horizontalHeader()
        stretch = [i for i, column in enumerate(columns) if column.stretch] or [0]
        short = [i for i in range(len(columns)) if i not in stretch]
        wanted = self._wanted_widths(short)
        least = self.fontMetrics().averageCharWidth() * self.MIN_STRETCH_CHARS * len(stretch)
        for_short = max(room - least, 0)
        total = sum(wanted.values())
        scale = min(1.0, for_short / total) if total else 1.0
        # A cell of one word (a date, an amount) cannot wrap: its column keeps room for it as long as the
        # titles keep the least a heading needs, so "04.11.2027" never shows as "04.11.2…".
        floors = self._unbreakable_widths(short)
        if sum(floors.values()) > room - header.minimumSectionSize() * len(stretch):
            floors = {}
        # No column narrower than the header allows (it would widen it again, past the table's edge).
        widths = {
            i: max(int(wanted[i] * scale), floors.get(i, 0), header.minimumSectionSize()) for i in short
        }
        rest = room - sum(widths.values())
        for number, i in enumerate(stretch):
            widths[i] = rest // len(stretch) + (1 if number < rest % len(stretch) else 0)
        resized = False
        for i, width in widths.items():
            if header.sectionSize(i) != width:
                header.resizeSection(i, width)
                resized = True
        if resized:
            self.updateGeometries()  # the header as tall as its headings wrap to at the new widths

    def _wanted_widths(self, short: list[int]) -> dict[int, int]:
        """How wide each short column wants to be: its heading, and its widest cell up to
        ``WIDEST_SHORT_CHARS``. It does not depend on the width there is: measured once per content, not
        at each step of a window's resize."""
        return self._measure(short)[0]

    def _unbreakable_widths(self, short: list[int]) -> dict[int, int]:
        """How wide each short column's widest one-word cell is (up to what the column wants)."""
        return self._measure(short)[1]

    def _measure(self, short: list[int]) -> tuple[dict[int, int], dict[int, int]]:
        """The wanted and the one-word widths of the short columns, from one measuring of each different
        cell, once per content."""
        if self._measured is None or self._measured[0] != self._content:
            header = self.horizontalHeader()
            widest_allowed = self.fontMetrics().averageCharWidth() * self.WIDEST_SHORT_CHARS
            grid = 1 if self.showGrid() else 0
            wanted, floors = {}, {}
            for i in short:
                widths = self._cell_widths(i)
                widest = max(widths.values(), default=0) + grid
                wanted[i] = max(header.sectionSizeHint(i), min(widest, widest_allowed))
                one_word = max(
                    (
                        width
                        for (text, _badge), width in widths.items()
                        if text and not any(map(str.isspace, text))
                    ),
                    default=0,
                )
                floors[i] = min(one_word + grid if one_word else 0, wanted[i])
            self._measured = (self._content, wanted, floors)
        return self._measured[1], self._measured[2]

    COMFORTABLE_TITLE_CHARS = 20  # a title column beside a detail: a KPI's or a gap's name in two lines

    def comfortable_width(self) -> int:
        """How wide the table must be to show each short column whole (a value, a unit, a status) and a
        title of ``COMFORTABLE_TITLE_CHARS``. A page puts the table beside its detail only where it can
        have this much (``ListEditor.set_side_by_side``); where not, above the detail, in the whole width."""
        columns = self.rows_model.columns
        stretch = [i for i, column in enumerate(columns) if column.stretch] or [0]
        short = [i for i in range(len(columns)) if i not in stretch]
        titles = self.fontMetrics().averageCharWidth() * self.COMFORTABLE_TITLE_CHARS * len(stretch)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return sum(self._wanted_widths(short).values()) + titles + scroll_bar + 2 * self.frameWidth()

    def _cell_widths(self, column: int) -> dict[tuple[str, str | None], int]:
        """What ``sizeHintForIndex`` says for each different cell of ``column``, measuring each once: a
        hundred rows have a handful of owners, dates and statuses."""
        model, widths = self.rows_model, {}
        for row in range(model.rowCount()):
            cell = model.cell(row, column)
            if cell not in widths:
                widths[cell] = self.sizeHintForIndex(model.index(row, column)).width()
        return widths

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every column to be read: a title of ``MIN_STRETCH_CHARS``, the others as wide as
        their heading up to 10 characters. A page puts a table beside its detail only where this fits."""
        size = super().minimumSizeHint()
        char = self.fontMetrics().averageCharWidth()
        header = self.horizontalHeader()
        columns = self.rows_model.columns
        stretch = [i for i, column in enumerate(columns) if column.stretch] or [0]
        width = sum(
            char * self.MIN_STRETCH_CHARS if i in stretch else min(header.sectionSizeHint(i), char * 10)
            for i in range(len(columns))
        )
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(size.width(), width + scroll_bar + 2 * self.frameWidth()), size.height())

    def viewportEvent(self, event: QEvent) -> bool:
        """The visible width changed (the window, or a scroll bar came or went): fit the columns to it.
        Opening a page resizes the table several times, often to a width it already has: only a new
        width or content is fitted anew."""
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize and self.fit():
            self.resized.emit()
        return handled

    def showEvent(self, event: QShowEvent) -> None:
        """Rows read while the table was hidden (a page being built, or another step's) are fitted as it
        comes into view, before it is drawn, also where its width stays the same."""
        super().showEvent(event)
        if self.fit():
            self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once the rows in view are drawn, the others are measured (``_measure_rest``)."""
        super().paintEvent(event)
        if len(self._rows_measured) < self.count() and self._rest.remainingTime() != 0:
            self._rest.start(0)

    def changeEvent(self, event: QEvent) -> None:
        """A larger font (the system's, or the user's setting) makes the same rows wider and taller."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._content_changed()
            if self.fit():  # even where the width stays the same
                self.resized.emit()

    # A list-like interface for the code and the tests that pick rows by number.
    def count(self) -> int:
        return self.rows_model.rowCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.rows_model.index(row, 0))
        else:
            self.setCurrentIndex(QModelIndex())
            self.clearSelection()

    def cell_text(self, row: int, column: int) -> str:
        return str(self.rows_model.index(row, column).data() or "")

    def row_texts(self, row: int) -> list[str]:
        return [self.cell_text(row, column) for column in range(self.rows_model.columnCount())]

    def row_text(self, row: int) -> str:
        """The row as one line, the cells joined by " · " (for a screen reader's summary and the tests)."""
        return " · ".join(text for text in self.row_texts(row) if text)

    @property
    def sorted_by_column(self) -> bool:
        return self.sort_column >= 0

    def _heading_clicked(self, section: int) -> None:
        header = self.horizontalHeader()
        if section != self.sort_column:
            self.sort_column, self.sort_order = section, Qt.SortOrder.AscendingOrder
        elif self.sort_order == Qt.SortOrder.AscendingOrder:
            self.sort_order = Qt.SortOrder.DescendingOrder
        else:
            self.sort_column = -1  # the third click: the plan's own order again
        header.setSortIndicatorShown(self.sort_column >= 0)
        if self.sort_column >= 0:
            header.setSortIndicator(self.sort_column, self.sort_order)
        self.order_changed.emit()

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort as a click on the heading does (for the keyboard: the table's context menu has no sort)."""
        self.sort_column, self.sort_order = column, order
        header = self.horizontalHeader()
        header.setSortIndicatorShown(column >= 0)
        if column >= 0:
            header.setSortIndicator(column, order)
        self.order_changed.emit()

    def apply_order(self) -> None:
        if self.sort_column >= 0:
            self.rows_model.sort(self.sort_column, self.sort_order)
