"""Is the data folder in a synced folder (OneDrive, Dropbox, Google Drive, iCloud) or on a network drive?

People put the data folder there to share it between PCs. SQLite's own documentation warns that file
locking is unreliable on network file systems, and sync clients copy a database file while it is being
written: the result is "conflicted copies" and damaged databases. The program says so at start
(``ui.synced_warning``), offers to move the data to a local folder (``storage.relocate.move_to_local``)
and points to the shared database, the way that works (``storage.server``).

Told by the folder's path (the sync clients' folder names) and, for network drives, by the file system:
``/proc/self/mounts`` on Linux, the drive type on Windows (a ``\\\\server\\share`` path is one too).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

# Folder names the sync clients make (case does not matter; "OneDrive - Bakeri AS" is a business OneDrive).
SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("min disk", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("box sync", "Box"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
)
# File systems that reach another machine: locking across them is not to be trusted.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.rclone",
        "afpfs",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class FolderRisk:
    kind: str  # "sync" or "network"
    name: str  # "OneDrive", "Dropbox" …, or the file system ("nfs4", "cifs") or "network drive"


def sync_service(path: Path) -> str | None:
    """The sync client whose folder ``path`` lies in, by the folders' names; None when none."""
    for part in (p.casefold() for p in Path(path).parts):
        for marker, name in SYNC_FOLDERS:
            if part == marker or part.startswith(marker + " -") or part.startswith(marker + "-"):
                return name
    return None


def network_file_system(path: Path, mounts: str | None = None) -> str | None:
    """The network file system ``path`` lies on ("nfs4", "cifs", "network drive"); None when local.

    ``mounts`` is the text of ``/proc/self/mounts`` (read when None, on Linux); other systems: Windows
    asks for the drive type, macOS is told by the path only.
    """
    text = str(path)
    if os.name == "nt":
        if text.startswith(("\\\\", "//")):
            return "network drive"
        try:
            import ctypes

            drive = PureWindowsPath(text).anchor or text[:3]
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE:  # type: ignore[attr-defined]
                return "network drive"
        except (AttributeError, OSError):
            return None
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def folder_risk(path: Path, mounts: str | None = None) -> FolderRisk | None:
    """Why keeping the database in ``path`` is risky, or None for an ordinary local folder."""
    service = sync_service(path)
    if service is not None:
        return FolderRisk("sync", service)
    network = network_file_system(path, mounts)
    if network is not None:
        return FolderRisk("network", network)
    return None
