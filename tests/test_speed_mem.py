"""Memory of a session on a large plan: nothing is loaded or kept that the user's work does not need.

Memory itself is measured by ``benchmarks/walk.py`` (no test asserts a size); these tests keep the
behaviour that the savings rest on, and that the user sees no difference.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from verktoykasse.catalogue import CatalogueError, load_catalogue, loader

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env_code = f"import sys; sys.path.insert(0, {str(ROOT / 'src')!r})\n" + code
    return subprocess.run(
        [sys.executable, "-c", env_code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )


def test_the_shipped_catalogue_is_read_without_loading_the_schema_checker(tmp_path):
    result = _run(
        "from verktoykasse.catalogue import load_catalogue\n"
        f"catalogue = load_catalogue({str(tmp_path / 'data')!r})\n"
        "print(len(catalogue.entries), 'jsonschema' in sys.modules)\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    count, schema_loaded = result.stdout.split()
    assert int(count) >= 40
    assert schema_loaded == "False"


def test_the_installation_check_still_checks_the_shipped_catalogue_against_its_schema():
    loader.check_shipped_catalogue()  # the program's own file passes: every field, unique ids


def _shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change) -> Path:
    text = loader.shipped_path().read_text(encoding="utf-8")
    broken = tmp_path / "install" / "catalogue.toml"
    broken.parent.mkdir()
    broken.write_text(change(text), encoding="utf-8")
    monkeypatch.setattr(loader, "shipped_path", lambda: broken)
    return broken


def test_a_damaged_shipped_catalogue_is_still_explained_in_words(tmp_path, monkeypatch):
    # An entry without most of its fields (a damaged installation): the reader says where, as for a
    # user's file, instead of failing with a programming error.
    _shipped_copy(tmp_path, monkeypatch, lambda text: text + "\n[[entry]]\nid = 'x'\n")
    with pytest.raises(CatalogueError, match=r"entry \d+ \(x\)"):
        load_catalogue(tmp_path / "data")


def test_the_installation_check_finds_what_reading_the_shipped_catalogue_lets_pass(tmp_path, monkeypatch):
    _shipped_copy(
        tmp_path, monkeypatch, lambda text: text.replace('kind = "wage_subsidy"', 'kind = "lottery"', 1)
    )
    assert load_catalogue(tmp_path / "data").entries  # the program still works with it
    with pytest.raises(CatalogueError, match="kind"):
        loader.check_shipped_catalogue()


def test_a_catalogue_in_the_data_folder_is_still_checked_against_the_schema(tmp_path):
    # A user may edit the imported copy by hand: an invalid one is not used, the shipped one is.
    shipped = load_catalogue(tmp_path / "empty")
    text = loader.shipped_path().read_text(encoding="utf-8")
    edited = text.replace(f"edition = {shipped.edition.isoformat()}", "edition = 2099-01-01", 1)
    edited = edited.replace('kind = "wage_subsidy"', 'kind = "lottery"', 1)
    assert edited.count("2099-01-01") == 1 and "lottery" in edited
    data_dir = tmp_path / "data"
    loader.imported_path(data_dir).parent.mkdir(parents=True)
    loader.imported_path(data_dir).write_text(edited, encoding="utf-8")
    assert load_catalogue(data_dir).edition == shipped.edition
