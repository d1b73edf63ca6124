"""Small numbers stay private: the one place that decides which figure of the equality report is shown.

A figure that describes fewer than ``threshold`` persons (5 unless the plan says otherwise, never below
``MIN_THRESHOLD`` = 3) is not shown: outputs say "fewer than 5" instead. Figures that would give a hidden
number back are hidden too:

- **Complementary cells.** Counts are laid out in lines whose total is known (women + men = all; the
  levels of a pay survey add up to all women). A line with exactly one hidden cell gives it back by
  subtraction, so another cell of that line is hidden as well (the smallest one), and this is repeated
  until no line has exactly one hidden cell (``guard_grid``).
- **Derived figures.** A share, an average or a ratio is hidden when any group it is computed from is
  hidden (``derived``): a percentage of a group of 3, an average pay of 2 women.

No legal number exists (Datatilsynet asks for rules; the inkluderingsdugnad reporting used 5; Nav's adviser
tool shows survey results from 3): the threshold is a design choice, stated as such in the report draft.

Every output — the window's overview, the report draft's PDF, the plan file marked as anonymised, and the
Word and Excel files (``office``) — takes its figures from ``domain.arp_figures``, which asks these
functions; no output decides for itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 50  # a larger "threshold" is a typing error: a business of 50 would show nothing


class Hidden(StrEnum):
    SHOWN = ""
    SMALL = "small"  # describes fewer than the threshold
    REVEALS = "reveals"  # would give a hidden number back (a complementary cell, a derived figure)
    MISSING = "missing"  # not typed


@dataclass(frozen=True)
class Figure:
    """A figure as every output must show it: ``value`` only when ``hidden`` is ``SHOWN``."""

    value: float | None
    hidden: Hidden = Hidden.SHOWN

    @property
    def shown(self) -> bool:
        return self.hidden == Hidden.SHOWN

    @property
    def public_value(self) -> float | None:
        """The value an anonymised output may carry: ``None`` unless shown."""
        return self.value if self.shown else None


def threshold_of(value: int | None) -> int:
    """The plan's threshold: ``DEFAULT_THRESHOLD`` when not set, never below ``MIN_THRESHOLD``."""
    if value is None:
        return DEFAULT_THRESHOLD
    return max(MIN_THRESHOLD, min(int(value), MAX_THRESHOLD))


def threshold_message(value: float) -> str | None:
    """The message beside the threshold field, or ``None`` when it is allowed."""
    if value < MIN_THRESHOLD:
        return QCoreApplication.translate(
            "Arp", "At least {minimum}: smaller groups could point out single persons."
        ).format(minimum=MIN_THRESHOLD)
    if value > MAX_THRESHOLD:
        return QCoreApplication.translate("Arp", "At most {maximum}.").format(maximum=MAX_THRESHOLD)
    return None


def is_small(count: float | None, threshold: int) -> bool:
    """A count describing some persons, but fewer than ``threshold`` (0 describes no one)."""
    return count is not None and 0 < count < threshold


def guard_grid(
    cells: Sequence[Sequence[int | None]], threshold: int
) -> tuple[list[list[Figure]], list[Figure], list[Figure], Figure]:
    """Guard a table of counts whose row totals, column totals and grand total are shown beside it.

    Returns the cells, the row totals, the column totals and the grand total as ``Figure``s. A total is
    the sum of its line, or missing when a cell of the line is missing. One row of two cells (women,
    men) is the common case: the pair with its total.
    """
    threshold = threshold_of(threshold)
    rows = [list(row) for row in cells]
    width = max((len(row) for row in rows), default=0)
    for row in rows:
        row += [None] * (width - len(row))

    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    row_totals = [total(row) for row in rows]
    column_totals = [total([row[c] for row in rows]) for c in range(width)]
    grand = total(row_totals) if rows else None
    # The whole table as one matrix: cells, then the row totals as a last column, then the column totals
    # and the grand total as a last row. Every row and column of it is a line that adds up.
    matrix: list[list[int | None]] = [
        [*row, row_total] for row, row_total in zip(rows, row_totals, strict=True)
    ]
    matrix.append([*column_totals, grand])
    height, full_width = len(matrix), width + 1
    hidden = [[Hidden.SHOWN] * full_width for _ in range(height)]
    for r in range(height):
        for c in range(full_width):
            value = matrix[r][c]
            if value is None:
                hidden[r][c] = Hidden.MISSING
            elif is_small(value, threshold):
                hidden[r][c] = Hidden.SMALL

    def lines() -> list[list[tuple[int, int]]]:
        found = [[(r, c) for c in range(full_width)] for r in range(height)]
        found += [[(r, c) for r in range(height)] for c in range(full_width)]
        return found

    changed = True
    while changed:
        changed = False
        for line in lines():
            if any(matrix[r][c] is None for r, c in line):
                continue  # a line with a missing value adds up to nothing: it reveals nothing
            secret = [(r, c) for r, c in line if hidden[r][c] != Hidden.SHOWN]
            if len(secret) != 1:
                continue
            open_cells = [(r, c) for r, c in line if hidden[r][c] == Hidden.SHOWN]
            # The smallest cell that describes someone, else any (a 0); totals last.
            open_cells.sort(
                key=lambda rc: (
                    rc[0] == height - 1 or rc[1] == full_width - 1,
                    matrix[rc[0]][rc[1]] == 0,
                    matrix[rc[0]][rc[1]] or 0,
                )
            )
            if open_cells:
                r, c = open_cells[0]
                hidden[r][c] = Hidden.REVEALS
                changed = True

    def figure(r: int, c: int) -> Figure:
        return Figure(matrix[r][c], hidden[r][c])

    body = [[figure(r, c) for c in range(width)] for r in range(height - 1)]
    return (
        body,
        [figure(r, width) for r in range(height - 1)],
        [figure(height - 1, c) for c in range(width)],
        figure(height - 1, width),
    )


def guard_pair(women: int | None, men: int | None, threshold: int) -> tuple[Figure, Figure, Figure]:
    """Women, men and their total, guarded (``guard_grid`` of one row)."""
    body, totals, _columns, _grand = guard_grid([[women, men]], threshold)
    return body[0][0], body[0][1], totals[0]


def derived(value: float | None, *sources: Figure) -> Figure:
    """A figure computed from ``sources`` (a share, an average, a ratio): hidden when any source is."""
    if any(source.hidden in (Hidden.SMALL, Hidden.REVEALS) for source in sources):
        return Figure(value, Hidden.REVEALS)
    if value is None or any(source.hidden == Hidden.MISSING for source in sources):
        return Figure(None, Hidden.MISSING)
    return Figure(value)


def average_of(value: float | None, group: Figure, threshold: int) -> Figure:
    """An average over ``group`` persons (weeks of leave, pay): hidden when the group is small, or its
    size is not known (an average of an unknown number of persons could be of one). A group hidden only
    to protect another cell of its line still has its average shown: the average does not give a count
    back, and it describes enough persons."""
    if group.value is None:
        return Figure(value, Hidden.REVEALS) if value is not None else Figure(None, Hidden.MISSING)
    if group.value == 0 or value is None:
        return Figure(None, Hidden.MISSING)
    if is_small(group.value, threshold):
        return Figure(value, Hidden.REVEALS)
    return Figure(value)


def share(part: Figure, whole: Figure) -> Figure:
    """``part`` as a percentage of ``whole``, hidden when either is."""
    if part.value is None or not whole.value:
        return derived(None, part, whole)
    return derived(100.0 * part.value / whole.value, part, whole)


def ratio(numerator: Figure, denominator: Figure) -> Figure:
    """``numerator`` as a percentage of ``denominator`` (women's pay as a share of men's)."""
    return share(numerator, denominator)


def show(figure: Figure, threshold: int, formatter=None) -> str:
    """The figure as every output writes it: the value, "fewer than 5", "hidden" or "–" (not typed)."""
    from verktoykasse.domain.formatting import format_number

    if figure.hidden == Hidden.SMALL:
        return QCoreApplication.translate("Arp", "fewer than {threshold}").format(
            threshold=threshold_of(threshold)
        )
    if figure.hidden == Hidden.REVEALS:
        return QCoreApplication.translate("Arp", "hidden")
    if figure.hidden == Hidden.MISSING or figure.value is None:
        return "–"
    return (formatter or format_number)(figure.value)
