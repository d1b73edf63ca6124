"""``pip install .`` from a clean checkout gives a program in bokmål: the wheel (and the sdist) carry the
compiled translations, made by the build itself (hatch_build.py), though no .qm file is in git."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def clean_checkout(target: Path) -> Path:
    """The files git knows (committed or new, never ignored ones such as resources/i18n/*.qm); outside a
    git checkout (an unpacked source archive) the tree without build output and environments."""
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True
    )
    if listing.returncode == 0:
        names = [name for name in listing.stdout.decode().split("\0") if name]
    else:
        skip = {
            ".venv",
            ".git",
            "build",
            "dist",
            "__pycache__",
            ".pytest_cache",
            ".ruff_cache",
            ".hypothesis",
        }
        names = [
            str(path.relative_to(ROOT))
            for path in ROOT.rglob("*")
            if path.is_file()
            and not skip & set(path.relative_to(ROOT).parts)
            and not (path.suffix == ".qm" and path.parent.name == "i18n")
        ]
    for name in names:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    assert not list(target.glob("resources/i18n/*.qm"))
    return target


def bokmal_from(data: bytes, tmp_path: Path) -> str:
    """What the compiled bokmål catalogue says for the program's "Your plans"."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "verktoykasse_nb.qm"
    qm.write_bytes(data)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate("HomeView", "Your plans")


@pytest.mark.slow
def test_a_wheel_and_an_sdist_built_from_a_clean_checkout_carry_the_bokmal_translation(tmp_path, qapp):
    pytest.importorskip("hatchling")
    source = clean_checkout(tmp_path / "checkout")
    out = tmp_path / "dist"
    # What ``pip install .`` does, without fetching the build requirements again (they are installed).
    wheel = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-build-isolation",
            "--no-deps",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert wheel.returncode == 0, wheel.stdout + wheel.stderr
    sdist = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(out)],
        cwd=source,
        capture_output=True,
        text=True,
    )
    assert sdist.returncode == 0, sdist.stdout + sdist.stderr

    [built] = out.glob("verktoykasse-*.whl")
    with zipfile.ZipFile(built) as archive:
        listed = archive.namelist()
        assert len(listed) == len(set(listed)), "a file twice in the wheel"
        names = set(listed)
        assert "verktoykasse/_resources/i18n/verktoykasse_en.qm" in names
        assert "verktoykasse/_resources/i18n/qtbase_nb.qm" in names
        assert bokmal_from(archive.read("verktoykasse/_resources/i18n/verktoykasse_nb.qm"), tmp_path) == (
            "Planene dine"
        )
    [packed] = out.glob("verktoykasse-*.tar.gz")
    with tarfile.open(packed) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("resources/i18n/verktoykasse_nb.qm"))
        assert bokmal_from(archive.extractfile(member).read(), tmp_path) == "Planene dine"
