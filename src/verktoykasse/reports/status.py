"""Where a KPI stands: the latest measurement against its baseline and target, as the board reads it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.vocabulary import Direction
from verktoykasse.storage.models import Kpi, Measurement


class KpiState(StrEnum):
    NO_DATA = "no_data"
    REACHED = "reached"
    IMPROVING = "improving"
    NOT_IMPROVING = "not_improving"
    MEASURED = "measured"


_LABELS = {
    KpiState.NO_DATA: QT_TRANSLATE_NOOP("Report", "No measurement yet"),
    KpiState.REACHED: QT_TRANSLATE_NOOP("Report", "Target reached"),
    KpiState.IMPROVING: QT_TRANSLATE_NOOP("Report", "Improving"),
    KpiState.NOT_IMPROVING: QT_TRANSLATE_NOOP("Report", "Not improving"),
    KpiState.MEASURED: QT_TRANSLATE_NOOP("Report", "Measured"),
}


@dataclass(frozen=True)
class KpiStatus:
    state: KpiState
    latest: Measurement | None

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Report", _LABELS[self.state])


def kpi_status(kpi: Kpi) -> KpiStatus:
    """Reached when the latest value is at or past the target, improving when it is better than the
    baseline, in the direction the KPI says is better."""
    measurements = sorted(kpi.measurements, key=lambda m: m.measured_on)
    if not measurements:
        return KpiStatus(KpiState.NO_DATA, None)
    latest = measurements[-1]
    sign = -1.0 if kpi.direction == Direction.LOWER_IS_BETTER else 1.0
    if kpi.target is not None and sign * (latest.value - kpi.target) >= 0:
        return KpiStatus(KpiState.REACHED, latest)
    if kpi.baseline is None:
        return KpiStatus(KpiState.MEASURED, latest)
    if sign * (latest.value - kpi.baseline) > 0:
        return KpiStatus(KpiState.IMPROVING, latest)
    return KpiStatus(KpiState.NOT_IMPROVING, latest)
