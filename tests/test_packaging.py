"""What support and the installer rely on: ``verktoykasse check``, the icon, the start-and-quit hook.

The bundle itself is built and smoke-tested by ``python3 dev.py bundle`` (packaging/smoke_test.py), which
runs the same commands against the built binary.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from safety_data import cli_here

ROOT = Path(__file__).resolve().parents[1]


def test_check_reports_every_shipped_part_and_succeeds_from_the_source_tree(tmp_path, capsys):
    result = cli_here(capsys, "--data-dir", str(tmp_path / "data"), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    database migrations" in result.stdout
    assert (
        "ok    fonts: DejaVuSans.ttf, DejaVuSans-Bold.ttf, NotoEmoji.ttf, NotoSansSymbols.ttf "
        "load in reportlab" in result.stdout
    )
    assert "ok    icon: verktoykasse.png" in result.stdout
    assert "ok    example plan: “Eksempel: Bakeriet Solsiden” is a complete plan file" in result.stdout
    assert "Everything the program needs is in place." in result.stdout
    # The migrations ran on a throw-away database, never in the user's data folder.
    assert not (tmp_path / "data" / "verktoykasse.sqlite3").exists()


def test_check_names_a_missing_font_and_fails(tmp_path, monkeypatch):
    from argparse import Namespace

    from verktoykasse.cli import check
    from verktoykasse.context import AppContext

    monkeypatch.setattr(check, "FONTS", ("DejaVuSans.ttf", "NoSuchFont.ttf"))
    context = AppContext.create(tmp_path / "data")
    try:
        code = check.run(Namespace(strict=False), context)
    finally:
        context.close()
    assert code == 1
    result = check._attempt("fonts", check.check_fonts)
    assert result.status == "FAIL"
    assert "NoSuchFont.ttf" in result.detail


def test_strict_check_fails_on_parts_this_build_lacks(tmp_path, monkeypatch):
    from argparse import Namespace

    from verktoykasse.cli import check
    from verktoykasse.context import AppContext

    def absent() -> str:
        raise check.Skipped("not in this build")

    monkeypatch.setattr(check, "check_catalogue", absent)
    context = AppContext.create(tmp_path / "data")
    try:
        assert check.run(Namespace(strict=False), context) == 0
        assert check.run(Namespace(strict=True), context) == 1
    finally:
        context.close()


def test_every_icon_the_installers_name_is_committed():
    icons = ROOT / "resources" / "icons"
    for name in ("verktoykasse.png", "verktoykasse.ico", "verktoykasse.icns", "verktoykasse-256.png"):
        assert (icons / name).is_file(), name
    assert (icons / "verktoykasse.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "verktoykasse.icns").read_bytes()[:4] == b"icns"


def test_the_window_carries_the_toolbox_icon(qtbot):
    from verktoykasse.ui.app import create_application

    app = create_application()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes


def test_exit_after_start_hook_opens_the_data_and_quits_by_itself(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "VERKTOYKASSE_EXIT_AFTER_START": "1",
        "PYTHONPATH": str(ROOT / "src"),
    }
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "verktoykasse", "--data-dir", str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (data / "verktoykasse.sqlite3").exists()


def _keep_out_pattern():
    """The spec's KEEP_OUT list, read from the file without running PyInstaller."""
    import ast
    import re

    tree = ast.parse((ROOT / "packaging" / "verktoykasse.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "KEEP_OUT":
            return re.compile("|".join(ast.literal_eval(node.value)), re.IGNORECASE)
    raise AssertionError("KEEP_OUT not found in the spec")


def test_the_bundle_keeps_the_qt_parts_the_program_uses():
    pattern = _keep_out_pattern()
    needed = [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",  # QtGui links it on Linux
        "PySide6/Qt/lib/libQt6Network.so.6",  # single instance (QLocalServer)
        "PySide6/Qt/lib/libQt6Pdf.so.6",  # Print… renders the PDF
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libQt6Core.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/translations/qtbase_nb.qm",
        "PySide6/Qt/translations/qt_nn.qm",
        "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0",
        "libfreetype.so.6",
        "libxkbcommon.so.0",
    ]
    assert [name for name in needed if pattern.search(name)] == []


def test_the_bundle_leaves_out_qt_parts_the_program_never_uses():
    pattern = _keep_out_pattern()
    unused = [
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "libQt6WaylandClient.so.6",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qt_fr.qm",
        "libgtk-3.so.0",
        "libcairo.so.2",
    ]
    assert [name for name in unused if not pattern.search(name)] == []
