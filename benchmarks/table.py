"""A row of the table and how the table prints (Markdown, so it can be pasted into the README)."""

from __future__ import annotations

from dataclasses import dataclass

NOT_AVAILABLE = "not available yet"


@dataclass
class Row:
    what: str
    median: str
    target: str
    passed: bool | None  # None: nothing to judge (not available yet, or informational)
    p95: str = ""
    note: str = ""
    error: bool = False

    @property
    def result(self) -> str:
        if self.error:
            return "ERROR"
        if self.passed is None:
            return "–"
        return "pass" if self.passed else "FAIL"


def missing(what: str, target: str, piece: str) -> Row:
    return Row(what, NOT_AVAILABLE, target, None, note=f"needs {piece}")


def render(rows: list[Row]) -> str:
    header = ("what", "median", "p95", "target", "result", "note")
    lines = [header] + [(r.what, r.median, r.p95, r.target, r.result, r.note) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def fmt(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [fmt(line) for line in lines[1:]]
    return "\n".join(out)
