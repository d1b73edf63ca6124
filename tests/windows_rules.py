"""Windows' rules on Linux: the file-system behaviour our users' Windows has and the CI machine lacks.

Most of our users run Windows, and the code had only ever run on Linux, where a read-only handle can be
flushed and an open file renamed. Under these rules a test sees what Windows would do:

- ``os.fsync`` refuses a descriptor opened read-only (``OSError`` EBADF: ``FlushFileBuffers`` needs write
  access), and ``os.open`` refuses a folder (``PermissionError``, as ``CreateFile`` without backup
  semantics does);
- ``os.replace``, ``os.rename``, ``os.remove``/``os.unlink`` and ``os.rmdir`` of a file that any handle
  in this process holds open — a Python file object, an ``os.open`` descriptor, or SQLite's own C-level
  handles on a database, its ``-wal`` and ``-shm`` (they are found in ``/proc/self/fd``, so an engine that
  was not disposed is caught honestly) — or that a test says another program holds
  (``windows_rules.hold(path)``) raise ``PermissionError`` with ``winerror`` 32, the sharing violation;
  a folder with such a file inside cannot be renamed (``winerror`` 5); ``os.rename`` onto an existing
  file raises ``FileExistsError`` (``winerror`` 183); ``shutil.rmtree`` works file by file as on Windows;
- ``tmp_path`` (and so the data folder) is a path with ``#``, ``%``, spaces, æøå and more than 250
  characters (180 on real Windows, see ``LONG_PATH``),
  like ``C:\\Users\\Åse Øvrebø\\OneDrive - Bakeri #2 (100%)\\…``;
- processes the test starts print to a cp1252 stdout (``PYTHONIOENCODING=cp1252``), as a redirected
  console on a Norwegian Windows does.

The rules are on for every test module that sets ``pytestmark = pytest.mark.windows_rules`` (the
data-safety, backup, restore, quarantine, export and import tests) and for any test that asks for the
``windows_rules`` fixture. ``VERKTOYKASSE_WINDOWS_RULES=all`` puts every test under them,
``VERKTOYKASSE_WINDOWS_RULES=0`` turns them off (to tell a Windows difference from a plain failure). On a
real Windows machine the operating system enforces the first two rules itself, so only the paths and the
code page are set there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV = "VERKTOYKASSE_WINDOWS_RULES"
MARKER = "windows_rules"
ON_WINDOWS = os.name == "nt"
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_ALREADY_EXISTS = 183
# A folder name a Norwegian OneDrive user could well have: every character our code once mishandled.
AWKWARD_FOLDER = "OneDrive - Bakeri #2 (100% æøå)"
# On Linux the path is made longer than Windows' classic limit (MAX_PATH, 260) to catch code that cuts or
# mangles long paths. On a real Windows runner SQLite itself cannot open a file beyond that limit, so the
# folder stays below it there (the same folder names, fewer of them).
LONG_PATH = 180 if ON_WINDOWS else 250


def _os_error(kind: type[OSError], number: int, text: str, winerror: int, *names: object) -> OSError:
    exc = kind(number, text, *[os.fsdecode(n) for n in names[:1]])
    if len(names) > 1:
        exc.filename2 = os.fsdecode(names[1])
    exc.winerror = winerror  # what Windows adds, and what storage.health.classify_error reads
    return exc


class WindowsRules:
    """The rules of one test; ``hold(path)`` plays another program (antivirus, a backup tool, the CLI)
    that has a file open."""

    def __init__(self) -> None:
        self.others: set[str] = set()
        self.refused: list[tuple[str, str]] = []  # (operation, path): what Windows would have refused

    @contextlib.contextmanager
    def hold(self, path: str | os.PathLike[str]) -> Iterator[None]:
        if ON_WINDOWS:  # a real handle: Windows refuses whichever process holds it
            with open(path, "rb"):
                yield
            return
        key = _key(path)
        self.others.add(key)
        try:
            yield
        finally:
            self.others.discard(key)

    def held(self) -> set[str]:
        """Every file this process has open (any kind of handle), and those another program holds."""
        found = set(self.others)
        with contextlib.suppress(OSError):
            for fd in os.listdir("/proc/self/fd"):
                with contextlib.suppress(OSError):
                    target = os.readlink(f"/proc/self/fd/{fd}")
                    if target.startswith("/"):
                        found.add(target.removesuffix(" (deleted)"))
        return found

    def check_free(self, operation: str, path: str | os.PathLike[str] | int, dir_fd: int | None) -> None:
        if isinstance(path, int):
            return
        key = _key(path, dir_fd)
        held = self.held()
        if key in held:
            self.refused.append((operation, key))
            raise _os_error(
                PermissionError,
                errno.EACCES,
                "The process cannot access the file because it is being used by another process",
                ERROR_SHARING_VIOLATION,
                path,
            )
        if os.path.isdir(key) and not os.path.islink(key) and any(h.startswith(key + os.sep) for h in held):
            self.refused.append((operation, key))
            raise _os_error(PermissionError, errno.EACCES, "Access is denied", ERROR_ACCESS_DENIED, path)


def _key(path: str | os.PathLike[str], dir_fd: int | None = None) -> str:
    text = os.fsdecode(path)
    if dir_fd is not None and not os.path.isabs(text):
        text = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), text)
    # The folder resolved, the last part not: renaming a symlink is not renaming what it points to.
    head, tail = os.path.split(os.path.abspath(text))
    return os.path.join(os.path.realpath(head), tail)


def install(rules: WindowsRules, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch ``os`` so that this process follows Windows' rules (until ``monkeypatch`` is undone)."""
    import fcntl  # POSIX only: on Windows the operating system itself keeps these rules

    real_fsync, real_open = os.fsync, os.open
    real_replace, real_rename, real_unlink, real_rmdir = os.replace, os.rename, os.unlink, os.rmdir

    def fsync(fd) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        if fcntl.fcntl(number, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        real_fsync(number)

    def open_(path, flags, mode=0o777, *, dir_fd=None):
        if not isinstance(path, int) and os.path.isdir(_key(path, dir_fd)):
            raise _os_error(PermissionError, errno.EACCES, "Permission denied", ERROR_ACCESS_DENIED, path)
        return real_open(path, flags, mode, dir_fd=dir_fd)

    def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
        rules.check_free("replace", src, src_dir_fd)
        if os.path.lexists(_key(dst, dst_dir_fd)):
            rules.check_free("replace", dst, dst_dir_fd)
        return real_replace(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
        rules.check_free("rename", src, src_dir_fd)
        if os.path.lexists(_key(dst, dst_dir_fd)):
            raise _os_error(
                FileExistsError,
                errno.EEXIST,
                "Cannot create a file when that file already exists",
                ERROR_ALREADY_EXISTS,
                src,
                dst,
            )
        return real_rename(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    def unlink(path, *, dir_fd=None):
        rules.check_free("remove", path, dir_fd)
        return real_unlink(path, dir_fd=dir_fd)

    def rmdir(path, *, dir_fd=None):
        rules.check_free("rmdir", path, dir_fd)
        return real_rmdir(path, dir_fd=dir_fd)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    monkeypatch.setattr(os, "rmdir", rmdir)
    # Windows has no descriptor-based tree removal: shutil.rmtree deletes path by path (through the
    # patched os.unlink), which also keeps it from opening folders.
    monkeypatch.setattr(shutil, "_use_fd_functions", False)


def awkward_folder(base: Path) -> Path:
    """A folder below ``base`` whose path has ``#``, ``%``, spaces, æøå and at least 250 characters."""
    folder = base / AWKWARD_FOLDER
    number = 1
    while len(str(folder)) < LONG_PATH:
        folder = folder / f"Mappe {number} – Ærlig talt, en lang vei å gå"
        number += 1
    folder.mkdir(parents=True)
    return folder


def _wanted(request: pytest.FixtureRequest) -> bool:
    setting = os.environ.get(ENV, "")
    if setting == "0":
        return False
    return (
        setting == "all"
        or request.node.get_closest_marker(MARKER) is not None
        or MARKER in request.fixturenames
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: run the test under Windows' file rules (tests/windows_rules.py)"
    )


@pytest.fixture
def windows_rules(monkeypatch: pytest.MonkeyPatch) -> WindowsRules:
    """The rules of this test (installed by ``_windows_rules_everywhere``, which every test has)."""
    rules = WindowsRules()
    if not ON_WINDOWS and os.environ.get(ENV, "") != "0":
        install(rules, monkeypatch)
    return rules


@pytest.fixture(autouse=True)
def _windows_rules_everywhere(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if not _wanted(request):
        return
    monkeypatch.setenv("PYTHONIOENCODING", "cp1252")
    if "windows_rules" not in request.fixturenames:
        request.getfixturevalue("windows_rules")


@pytest.fixture
def tmp_path(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """pytest's ``tmp_path``, below a Windows user's kind of folder when the test is under the rules."""
    if not _wanted(request):
        return tmp_path
    return awkward_folder(tmp_path)
