"""Where a KPI and a measure stand: the one place that decides the status the wizard, "Now", the PDF,
the calendar and the command line show.

A KPI's status looks at the trend, not only at the distance from the baseline: a KPI that went from 100
to 75 is *worse*, even when 75 is still better than the baseline of 50. A measure whose deadline has
passed while it is still open is *late*, whatever its stored status says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.labels import MEASURE_STATUSES, label
from verktoykasse.domain.vocabulary import OPEN_STATUSES, Direction, MeasureStatus

if TYPE_CHECKING:
    from verktoykasse.storage.models import Kpi, Measure, Measurement

# Values closer than this count as equal: 6.1 typed twice is "no change", not a rounding-error trend.
_EPSILON = 1e-9


class KpiState(StrEnum):
    NO_DATA = "no_data"  # never measured
    REACHED = "reached"  # the latest value is at or past the target
    IMPROVING = "improving"  # better than the value before it (the previous measurement, or the baseline)
    WORSE = "worse"  # worse than the value before it
    UNCHANGED = "unchanged"  # the same as the value before it
    MEASURED = "measured"  # one value and no baseline: nothing to compare with yet


KPI_STATES: dict[str, str] = {
    KpiState.NO_DATA: QT_TRANSLATE_NOOP("Status", "No data"),
    KpiState.REACHED: QT_TRANSLATE_NOOP("Status", "Target reached"),
    KpiState.IMPROVING: QT_TRANSLATE_NOOP("Status", "Improving"),
    KpiState.WORSE: QT_TRANSLATE_NOOP("Status", "Worse"),
    KpiState.UNCHANGED: QT_TRANSLATE_NOOP("Status", "No change"),
    KpiState.MEASURED: QT_TRANSLATE_NOOP("Status", "Measured once"),
}

LATE = "late"
LATE_LABEL = QT_TRANSLATE_NOOP("Status", "Late")


@dataclass(frozen=True)
class KpiStatus:
    state: KpiState
    latest: Measurement | None

    @property
    def label(self) -> str:
        return label(KPI_STATES, self.state, "Status")


def measurements_in_order(kpi: Kpi) -> list[Measurement]:
    """The KPI's measurements oldest first; two on one day keep the order they were typed in."""
    return sorted(kpi.measurements, key=lambda m: (m.measured_on, m.id or 0))


def kpi_status(kpi: Kpi) -> KpiStatus:
    """The KPI's status from its latest measurement, its target and its trend.

    Reached when the latest value is at or past the target (in the direction the KPI says is better);
    otherwise the latest value is compared with the one before it — the previous measurement, or the
    baseline when there is only one — so a fall shows as "worse" even above the baseline.
    """
    points = measurements_in_order(kpi)
    if not points:
        return KpiStatus(KpiState.NO_DATA, None)
    latest = points[-1]
    sign = -1.0 if kpi.direction == Direction.LOWER_IS_BETTER else 1.0
    if kpi.target is not None and sign * (latest.value - kpi.target) >= -_EPSILON:
        return KpiStatus(KpiState.REACHED, latest)
    reference = points[-2].value if len(points) > 1 else kpi.baseline
    if reference is None:
        return KpiStatus(KpiState.MEASURED, latest)
    change = sign * (latest.value - reference)
    if change > _EPSILON:
        return KpiStatus(KpiState.IMPROVING, latest)
    if change < -_EPSILON:
        return KpiStatus(KpiState.WORSE, latest)
    return KpiStatus(KpiState.UNCHANGED, latest)


def is_late(measure: Measure, today: dt.date) -> bool:
    """Still open (planned, in progress or paused) after its deadline. A recurring measure is never late:
    its occurrences are followed up one by one (``domain.followup``)."""
    if measure.recurrence:
        return False
    return measure.deadline is not None and measure.deadline < today and measure.status in OPEN_STATUSES


def measure_state(measure: Measure, today: dt.date) -> str:
    """The stored status key, or ``"late"`` when the measure is open past its deadline."""
    return LATE if is_late(measure, today) else measure.status


def state_label(state: str) -> str:
    """The translated label of a measure state key (a stored status, or ``"late"``)."""
    if state == LATE:
        return QCoreApplication.translate("Status", LATE_LABEL)
    return label(MEASURE_STATUSES, state)


MEASURE_STATES: tuple[str, ...] = (*MeasureStatus, LATE)  # the order counts are listed in


def measure_status_label(measure: Measure, today: dt.date) -> str:
    """ "Late" (with the stored status, "Late (in progress)") or the stored status, translated."""
    stored = label(MEASURE_STATUSES, measure.status)
    if not is_late(measure, today):
        return stored
    late = state_label(LATE)
    return QCoreApplication.translate("Status", "{late} ({status})").format(late=late, status=stored.lower())
