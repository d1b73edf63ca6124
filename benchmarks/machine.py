"""What the figures were measured on: they mean little without the CPU, Python and Qt versions."""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def memory_total() -> str:
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    return ""


def describe() -> list[str]:
    import PySide6
    from PySide6.QtCore import qVersion

    parts = [
        f"Date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M')} UTC",
        f"CPU: {cpu_model()}, {os.cpu_count()} cores" + (f", {memory_total()}" if memory_total() else ""),
        f"System: {platform.platform()}",
        f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {PySide6.__version__})",
    ]
    if hasattr(os, "getloadavg"):  # other programs running at the same time widen the spread
        parts.append("Load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    return parts
