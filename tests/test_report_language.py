"""The report speaks the plan's language, bokmål by default, whatever the computer or the window speaks.

Many Norwegian owners run an English Windows. Their board must still get "Sammendrag for styret", month
names and numbers in bokmål around the Norwegian plan, not "Summary for the board" around "Flere
ansettelser…". The window keeps the language the user chose.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _cli(data_dir: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    environment.update({"QT_QPA_PLATFORM": "offscreen", "LANG": lang, "PYTHONPATH": SRC})
    environment["VERKTOYKASSE_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "verktoykasse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=environment,
        timeout=180,
    )


@pytest.mark.parametrize("system_language", ["C", "en_US.UTF-8"])
def test_the_pdf_is_in_bokmal_on_an_english_or_c_system(tmp_path, system_language):
    made = _cli(tmp_path, system_language, "example")
    assert made.returncode == 0, made.stderr
    plan_id = made.stdout.split("\t", 1)[0]
    target = tmp_path / "plan.pdf"
    result = _cli(tmp_path, system_language, "export", plan_id, "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(target.read_bytes())
    assert "Sammendrag for styret" in text
    assert "Summary for the board" not in text
    assert "Side 1 av" in text


def test_export_lang_en_gives_an_english_frame(tmp_path):
    made = _cli(tmp_path, "nb_NO.UTF-8", "example")
    plan_id = made.stdout.split("\t", 1)[0]
    target = tmp_path / "plan-en.pdf"
    result = _cli(tmp_path, "nb_NO.UTF-8", "export", plan_id, "--pdf", str(target), "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(target.read_bytes())
    assert "Summary for the board" in text and "Sammendrag for styret" not in text


def test_an_unknown_report_language_is_refused_by_the_command(tmp_path):
    result = _cli(tmp_path, "C", "export", "1", "--pdf", str(tmp_path / "x.pdf"), "--lang", "de")
    assert result.returncode != 0
    assert "--lang" in result.stderr


def test_the_window_keeps_its_language_while_a_bokmal_report_is_made(qapp, database):
    from PySide6.QtCore import QCoreApplication, QLocale

    from verktoykasse.exchange.example_plan import example_plan
    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan

    apply_language(qapp, "en")
    try:
        with database.session() as session:
            plan = load_plan(session, example_plan(session).id)
            text = _pdf_text(build_action_plan(plan, catalogue=None))
        assert "Sammendrag for styret" in text
        assert QCoreApplication.translate("Report", "Summary for the board") == "Summary for the board"
        assert QLocale().language() == QLocale.Language.English
    finally:
        clear_translators(qapp)


def test_the_export_dialog_shows_the_report_language_and_the_choice_is_used(
    start_window, tmp_path, monkeypatch
):
    """An owner whose window is in English exports: the save dialog offers "PDF in Norwegian bokmål"
    first and preselected; choosing "PDF in English" there gives an English report."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "Inkludering 2027").id
    window.open_plan(plan_id)
    offered: list[tuple[str, str]] = []

    def save_dialog(_parent, _title, _suggested, filters, preset):
        offered.append((filters, preset))
        return str(tmp_path / f"plan-{len(offered)}.pdf"), filters.split(";;")[len(offered) % 2]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
    window.report_actions.export_action.trigger()  # picks the second type: English
    window.report_actions.export_action.trigger()  # picks the first type: bokmål
    filters, preset = offered[0]
    assert filters.split(";;") == ["PDF in Norwegian bokmål (*.pdf)", "PDF in English (*.pdf)"]
    assert preset == "PDF in Norwegian bokmål (*.pdf)"
    assert "Summary for the board" in _pdf_text((tmp_path / "plan-1.pdf").read_bytes())
    assert "Sammendrag for styret" in _pdf_text((tmp_path / "plan-2.pdf").read_bytes())
    # the choice stays with the plan: the next export offers the language chosen last
    assert offered[1][1] == "PDF in English (*.pdf)"
    from verktoykasse.storage.models import Plan

    with window.database.session() as session:
        assert session.get(Plan, plan_id).report_language == "nb"
    window.report_actions.export_action.trigger()
    assert offered[2][1] == "PDF in Norwegian bokmål (*.pdf)"
