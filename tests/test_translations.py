"""The translation files are complete and safe: every string in the code has a bokmål translation that
keeps its placeholders and its keyboard mnemonic, and Qt's own texts exist in bokmål.

When one of these fails after new strings were added: ``python3 dev.py translations`` (updates the
files and lists what is missing), translate, and run the tests again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ts_files import ROOT, TRANSLATIONS, mnemonics, placeholders, read_qm, read_ts

NB = TRANSLATIONS / "verktoykasse_nb.ts"
EN = TRANSLATIONS / "verktoykasse_en.ts"
QT_NB = TRANSLATIONS / "qtbase_nb.ts"

# The contexts of Qt's own texts a user of this program can meet (dialog buttons, context menus,
# wizard, message boxes, spin boxes, scroll bars, file and print dialogs): all must be in bokmål.
QT_CONTEXTS_SHOWN = (
    "QPlatformTheme",
    "QDialogButtonBox",
    "QMessageBox",
    "QLineEdit",
    "QWidgetTextControl",
    "QWizard",
    "QInputDialog",
    "QAbstractSpinBox",
    "QScrollBar",
    "QComboBox",
    "QTabBar",
    "QDialog",
    "QProgressDialog",
    "QFileDialog",
    "QFileSystemModel",
    "QAbstractFileIconProvider",
    "QPrintDialog",
    "QPrintPreviewDialog",
    "QPageSetupWidget",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
    "QCupsJobWidget",
    "QUnicodeControlCharacterMenu",
)
# Qt's licence text in "About Qt" (never shown by this program) may stay English.
QT_MAY_STAY_ENGLISH = ("<p>Qt is a C++ toolkit",)


def _lupdate() -> str:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else (shutil.which("pyside6-lupdate") or "")


def _code_messages(tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds in the code today, read from a fresh copy of the bokmål file."""
    lupdate = _lupdate()
    assert lupdate, "pyside6-lupdate (part of PySide6) is missing: the translation checks cannot run"
    copy = tmp_path / "verktoykasse_nb.ts"
    shutil.copy(NB, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "verktoykasse").rglob("*.py"))
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return {m.key for m in read_ts(copy)}


def _describe(keys) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(keys))


def test_the_translation_files_list_every_string_in_the_code(tmp_path: Path) -> None:
    in_code = _code_messages(tmp_path)
    for ts in (NB, EN):
        in_file = {m.key for m in read_ts(ts)}
        assert in_file == in_code, (
            f"{ts.name} is out of date with the code; run `python3 dev.py translations`.\n"
            f"Missing from the file:\n{_describe(in_code - in_file)}\n"
            f"No longer in the code:\n{_describe(in_file - in_code)}"
        )


def test_every_string_is_marked_with_its_context() -> None:
    """A helper named ``tr(context, text)`` is read by lupdate as ``tr(source, disambiguation)``: the real
    text is then never translated. Call ``QCoreApplication.translate("Context", "text")`` literally."""
    wrong = [(m.source, m.comment) for m in read_ts(NB) if not m.context]
    assert not wrong, "Strings without a context (an alias of tr/translate?):\n" + "\n".join(
        f"  {source!r} / {comment!r}" for source, comment in wrong
    )


def test_every_string_has_a_bokmal_translation() -> None:
    unfinished = [m.key for m in read_ts(NB) if not m.finished]
    assert not unfinished, (
        "Strings without a bokmål translation (python3 dev.py translations):\n" + _describe(unfinished)
    )


def test_english_translations_are_the_source_texts() -> None:
    for message in read_ts(EN):
        assert message.finished, f"English text missing for {message.key} (plural forms are written by hand)"
        if not message.numerus:
            assert message.translations == [message.source], message.key


@pytest.mark.parametrize("ts", [NB, EN, QT_NB], ids=lambda p: p.name)
def test_translations_keep_the_placeholders_of_their_source(ts: Path) -> None:
    wrong = []
    for message in read_ts(ts):
        for text in message.translations:
            wanted = placeholders(message.source)
            got = placeholders(text)
            if message.numerus:  # a singular form may spell out the number instead of %n
                wanted = [p for p in wanted if p != "%n"]
                got = [p for p in got if p != "%n"]
            if text and got != wanted:
                wrong.append(f"  [{message.context}] {message.source!r} → {text!r}")
    assert not wrong, "Placeholders differ from the source:\n" + "\n".join(wrong)


@pytest.mark.parametrize("ts", [NB, EN, QT_NB], ids=lambda p: p.name)
def test_translations_keep_a_keyboard_mnemonic(ts: Path) -> None:
    wrong = []
    for message in read_ts(ts):
        if not mnemonics(message.source):
            continue
        for text in message.translations:
            if text and len(mnemonics(text)) != 1:
                wrong.append(f"  [{message.context}] {message.source!r} → {text!r}")
    assert not wrong, "The & that marks the Alt+letter is lost or doubled:\n" + "\n".join(wrong)


def test_menu_mnemonics_do_not_clash_in_bokmal() -> None:
    """Within one menu or one row of buttons, two items with the same Alt+letter make one unreachable."""
    groups = {
        "menu bar": [
            ("MainWindow", "&File"),
            ("MainWindow", "&View"),
            ("MainWindow", "&Tools"),
            ("MainWindow", "&Help"),
        ],
        "file menu": [("MainWindow", "&New plan…"), ("MainWindow", "&All plans"), ("MainWindow", "&Quit")],
        "home buttons": [
            ("HomeView", "&New plan"),
            ("HomeView", "&Open"),
            ("HomeView", "&Rename…"),
            ("HomeView", "&Delete…"),
        ],
        "settings": [("SettingsDialog", "&Language:"), ("SettingsDialog", "Number of &backups to keep:")],
    }
    translated = {m.key: m.translations[0] for m in read_ts(NB)}
    for name, keys in groups.items():
        letters = [mnemonics(translated[key])[0].lower() for key in keys if key in translated]
        assert len(letters) == len(set(letters)), f"{name}: {letters}"


def test_english_texts_contain_no_norwegian_letters_except_names() -> None:
    """Names and a Norwegian term explained in brackets ("Attitudes (holdningsarbeid)") are fine, and so
    is the catalogue's own wording (its search finds the Norwegian names: "Search, e.g. lønnstilskudd")."""
    allowed_names = ("Verktøykassa", "Norsk bokmål", "bokmål", "Bokmål")
    for message in read_ts(EN):
        if message.context.startswith("Catalogue"):
            continue
        for text in message.translations:
            for name in allowed_names:
                text = text.replace(name, "")
            text = re.sub(r"\([^()]*\)", "", text)
            assert not set("æøåÆØÅ") & set(text), message.key


def _qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def test_qt_own_texts_exist_in_bokmal() -> None:
    """Qt ships only nynorsk: our qtbase_nb must cover every text of the widgets users meet.

    Compared with Qt's German file of the installed Qt version, which has every current source text.
    """
    reference = _qt_translations_dir() / "qtbase_de.qm"
    assert reference.exists(), "Qt's own translations (part of PySide6) are missing"
    ours = {m.key: m for m in read_ts(QT_NB)}
    missing = [
        m.key
        for m in read_qm(reference)
        if m.context in QT_CONTEXTS_SHOWN
        and not m.source.startswith(QT_MAY_STAY_ENGLISH)
        and not (m.key in ours and ours[m.key].finished)
    ]
    assert not missing, "Qt texts without bokmål in translations/qtbase_nb.ts:\n" + _describe(missing)
    assert ours[("QGuiApplication", "QT_LAYOUT_DIRECTION")].translations == ["LTR"]


def test_qt_bokmal_reads_as_bokmal_not_nynorsk() -> None:
    """Typical nynorsk forms must not slip in from Qt's nynorsk file."""
    nynorsk = ("ikkje", "eit ", "kva ", "frå", "høgre", "Opna", "Lagra", "vindauge", "gøym")
    for message in read_ts(QT_NB):
        for text in message.translations:
            assert not any(word in text for word in nynorsk), (message.key, text)


def test_the_compiled_translations_load() -> None:
    from PySide6.QtCore import QTranslator

    from verktoykasse.resources import resource_path

    for name in ("verktoykasse_nb", "verktoykasse_en", "qtbase_nb"):
        translator = QTranslator()
        assert translator.load(name, str(resource_path("i18n"))), (
            f"{name}.qm is missing: python3 dev.py translations"
        )
    translator = QTranslator()
    translator.load("verktoykasse_nb", str(resource_path("i18n")))
    assert translator.translate("MainWindow", "&File") == "&Fil"


def test_translations_written_ahead_keep_placeholders_and_mnemonics() -> None:
    """memory_nb.json holds bokmål written ahead of the code; dev.py copies it into the .ts."""
    import json

    memory = TRANSLATIONS / "memory_nb.json"
    wrong = []
    for entry in json.loads(memory.read_text(encoding="utf-8")):
        source, text = entry["source"], entry["translation"]
        if placeholders(source) != placeholders(text) or (mnemonics(source) and len(mnemonics(text)) != 1):
            wrong.append(f"  [{entry['context']}] {source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def test_no_string_hides_behind_an_alias_of_translate() -> None:
    """lupdate only reads ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
    ``QT_TRANSLATE_NOOP``: ``t = QCoreApplication.translate; t("Ctx", "text")`` is never translated."""
    alias = re.compile(r"^\s*(\w+)\s*=\s*Q\w*Application\.translate\s*$|^\s*def\s+(tr|_)\s*\(", re.MULTILINE)
    found = []
    for path in sorted((ROOT / "src" / "verktoykasse").rglob("*.py")):
        for match in alias.finditer(path.read_text(encoding="utf-8")):
            found.append(f"  {path.relative_to(ROOT)}: {match.group(0).strip()}")
    assert not found, "Aliases of translate (lupdate cannot see their strings):\n" + "\n".join(found)
