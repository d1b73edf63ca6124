"""The action plan as a board member reads it on paper, found by reading the example plan's PDF page by
page: every word of the program in the reader's language, whom to call for each scheme, charts with
round numbers on their axes, and tables whose headings are whole words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from test_report_pdf import add_filled_plan, pages_text, render, squeeze
from ts_files import ROOT, read_ts

REPORTS = ROOT / "src" / "verktoykasse" / "reports"


def test_every_word_the_report_prints_around_the_users_text_is_offered_to_the_translators(tmp_path):
    """A lesson carried into the next cycle said "(into the next cycle)" in English in the bokmål PDF:
    the call sat inside an f-string, where lupdate does not look, so it never reached the translators."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate (part of PySide6) is missing"
    sources = sorted(REPORTS.glob("*.py"))
    ts = tmp_path / "report.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *map(str, sources), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    offered = {message.source for message in read_ts(ts) if message.context == "Report"}
    call = re.compile(r"""translate\(\s*["']Report["'],\s*(?:"([^"]+)"|'([^']+)')""")
    in_code = {
        double or single
        for source in sources
        for double, single in call.findall(source.read_text(encoding="utf-8"))
    }
    assert "into the next cycle" in in_code
    assert in_code <= offered, sorted(in_code - offered)


def test_the_schemes_page_says_whom_to_call_for_each_scheme_a_measure_uses(qapp, database):
    """The measure uses Arbeidstrening from the catalogue: beside its web address the board reads Nav's
    phone line for employers, as the catalogue gives it, not only for the user's own contacts."""
    with database.session() as session:
        plan_id = add_filled_plan(session)
    pages = pages_text(render(database, plan_id))
    schemes = squeeze(next(page for page in pages if "Schemes and contacts used" in page))
    assert squeeze("Arbeidstrening") in schemes
    assert squeeze("https://arbeidsgiver.nav.no/veiviserarbeidsgiver/tiltak/arbeidstrening") in schemes
    assert squeeze("55 55 33 36") in schemes  # Nav's line for employers, from the catalogue
    assert squeeze("55 55 33 33") in schemes  # the user's own contact keeps its phone too


def axis_labels(drawing) -> list[str]:
    """The numbers written left of a chart's plot area, bottom to top."""
    from reportlab.graphics.shapes import String

    labels = [(item.y, item.text) for item in drawing.contents if isinstance(item, String)]
    left_edge = [(y, text) for y, text in labels if text and text[0] in "-0123456789"]
    return [text for _y, text in sorted(left_edge) if not re.fullmatch(r"\d\d\.\d\d\.\d{4}", text)]


@pytest.mark.parametrize(
    ("unit", "baseline", "target", "values", "expected"),
    [
        ("plasser", 0, 3, [0, 0, 1, 1, 2, 3], ["0", "1", "2", "3"]),
        ("%", 0, 30, [0, 20, 33], ["0", "10", "20", "30", "40"]),
        ("%", 7.8, 6, [7.9, 8.1, 7.0, 6.1], ["6", "7", "8", "9"]),
        ("%", 50, 90, [100, 75], ["40", "60", "80", "100"]),
    ],
)
def test_a_kpi_chart_has_round_numbers_on_its_axis(qapp, unit, baseline, target, values, expected):
    """The charts printed 0,3 – 1,5 – 2,7 "plasser" and 3 – 17 – 30 %: a board member reads places as
    whole numbers and per cents in tens."""
    import datetime as dt

    from verktoykasse.reports.charts import kpi_chart
    from verktoykasse.storage.models import Kpi, Measurement

    kpi = Kpi(name="Plasser i bruk", unit=unit, baseline=baseline, target=target, direction="higher")
    kpi.measurements = [
        Measurement(measured_on=dt.date(2026, month, 28), value=value)
        for month, value in enumerate(values, start=1)
    ]
    assert axis_labels(kpi_chart(kpi, 240, 150, "Mål 2")) == expected


@pytest.mark.parametrize(
    ("baseline", "target", "value"),
    [
        (0.1, 0.10000000000000002, 0.1),  # typed with seventeen decimals
        (1e-300, 2e-300, 3e-300),  # typed as 1e-300
        (0, 1e-320, 5e-324),
        (1e15, 1e15 + 0.125, 1e15),  # the largest amount, and an eighth more
    ],
)
def test_a_kpi_whose_values_an_axis_cannot_tell_apart_still_gets_its_chart(qapp, baseline, target, value):
    """Values closer together than an axis can show stopped the PDF and the Word file with a division by
    zero; they are one value on the axis, with room around it."""
    import datetime as dt

    from verktoykasse.reports.charts import kpi_chart
    from verktoykasse.storage.models import Kpi, Measurement

    kpi = Kpi(name="Andel", unit="%", baseline=baseline, target=target, direction="higher")
    kpi.measurements = [Measurement(measured_on=dt.date(2026, 3, 31), value=value)]
    labels = axis_labels(kpi_chart(kpi, 240, 150, "Mål 1"))
    assert len(labels) >= 2 and len(set(labels)) == len(labels), labels


@pytest.fixture
def bokmal(qapp):
    from PySide6.QtCore import QLocale

    from verktoykasse.i18n import apply_language, clear_translators

    previous = QLocale()
    apply_language(qapp, "nb")
    yield
    clear_translators(qapp)
    QLocale.setDefault(previous)


def test_the_kpi_table_headings_are_whole_words_in_bokmal(bokmal, database):
    """The goals page printed "Utgangsver" over "di": the baseline column was too narrow for the word."""
    with database.session() as session:
        plan_id = add_filled_plan(session)
    goals_page = next(
        page for page in pages_text(render(database, plan_id, "nb")) if "Hva som endres" in page
    )
    assert "Utgangsverdi" in goals_page
    assert "Målverdi" in goals_page and "Siste verdi" in goals_page


def test_each_goals_kpi_table_is_on_the_same_page_as_the_goal(bokmal, database):
    """In the example plan goal 3's KPI table started the next page, alone, under another goal's
    heading; the table now stays with the goal's "How we measure it"."""
    from verktoykasse.exchange.example_plan import add_example_plan

    with database.session() as session:
        plan = add_example_plan(session)
        goals = [(f"Mål {n}: {goal.title}", [kpi.name for kpi in goal.kpis]) for n, goal in
                 enumerate(plan.goals, start=1)]  # fmt: skip
        plan_id = plan.id
    pages = [squeeze(page) for page in pages_text(render(database, plan_id, "nb"))]
    for heading, kpi_names in goals:
        page = next(page for page in pages if squeeze(heading) in page)
        for name in kpi_names:
            assert squeeze(name) in page, (heading, name)


def test_the_highest_number_on_a_kpi_axis_keeps_clear_of_the_legend(qapp):
    """With round numbers the top of the axis reaches the top of the plot: "40" stood right under the
    "Baseline 0 / Target 30" legend. A reader needs a clear gap between them."""
    import datetime as dt

    from reportlab.graphics.shapes import String

    from verktoykasse.reports.charts import kpi_chart
    from verktoykasse.storage.models import Kpi, Measurement

    kpi = Kpi(name="Andel nyansettelser", unit="%", baseline=0, target=30, direction="higher")
    kpi.measurements = [
        Measurement(measured_on=dt.date(2026, 3, 31), value=0),
        Measurement(measured_on=dt.date(2026, 9, 30), value=33),
    ]
    drawing = kpi_chart(kpi, 240, 150, "Mål 1")
    texts = [item for item in drawing.contents if isinstance(item, String)]
    legend = min(item.y for item in texts if item.text.startswith(("Baseline", "Target")))
    top_number = next(item for item in texts if item.text == "40")
    assert legend - (top_number.y + top_number.fontSize) >= 4


def test_a_long_kpi_name_is_printed_whole_on_its_chart(qapp):
    """ "Nyansatte fra målgruppene i jobb etter se…": the chart cut the KPI's name, the very words a board
    member looks for. A long name now takes two lines, and the legend moves down below them."""
    import datetime as dt

    from reportlab.graphics.shapes import String

    from verktoykasse.reports.charts import kpi_chart
    from verktoykasse.storage.models import Kpi, Measurement

    name = "Nyansatte fra målgruppene i jobb etter seks måneder"
    kpi = Kpi(name=name, unit="%", baseline=50, target=90, direction="higher")
    kpi.measurements = [
        Measurement(measured_on=dt.date(2026, 6, 30), value=100),
        Measurement(measured_on=dt.date(2026, 10, 31), value=75),
    ]
    drawing = kpi_chart(kpi, 227, 150, "Mål 4: Nye medarbeidere blir værende")
    texts = [item for item in drawing.contents if isinstance(item, String)]
    title = [item for item in texts if item.fontSize == 8.5]
    assert len(title) == 2
    assert " ".join(item.text for item in title) == f"{name} (%)"
    subtitle = next(item for item in texts if item.text.startswith("Mål 4"))
    legend = max(item.y for item in texts if item.text.startswith(("Baseline", "Target")))
    assert title[1].y > subtitle.y > legend
