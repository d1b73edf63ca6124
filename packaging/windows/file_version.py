"""The Windows file version of a release: four numbers, as Inno Setup's ``VersionInfoVersion`` needs.

    python packaging/windows/file_version.py [VERSION]      (default: src/verktoykasse/_version.py)

A Python version may carry a pre-release or development part (``0.2.0rc1``, ``0.3.0.dev2``) that
Windows' version resource cannot hold; Inno Setup then refuses to build. The release numbers are kept,
padded to four (``0.2.0rc1`` → ``0.2.0.0``); the full text stays in ``AppVersion`` for people to read.
"""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PART_MAX = 65535  # each of the four numbers is 16 bits in a Windows version resource


def file_version(version: str) -> str:
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [min(int(part), PART_MAX) for part in match.group(1).split(".")][:4]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


if __name__ == "__main__":
    given = sys.argv[1] if len(sys.argv) > 1 else None
    version = given or runpy.run_path(str(ROOT / "src" / "verktoykasse" / "_version.py"))["__version__"]
    print(file_version(version))
