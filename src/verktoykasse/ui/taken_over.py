"""When Verktøykassa on another computer took this program's data folder over: stop writing, keep the text.

The other program found this one silent (a laptop asleep on a synced folder, a network drive gone for a
while; ``storage.holder``) and now writes the data file itself. Anything this program still wrote into that
file would overwrite the other's work or damage the file (a synced folder keeps one of two versions of the
file; SQLite's write-ahead log cannot be shared between two computers), and so would its log, appended to
the same file in the shared folder by both. So once the heartbeat finds the folder taken over
(``ui.single_instance.SingleInstance.lost``), the window stops every write (``stop_writing``: every
saver at work, ``savers_at_work``, the database, the settings, the log) before anything else, even while
a dialog is open; the text that was typed and not yet saved, there or in the dialog, is written into a
file of its own in the user's Documents folder instead (``keep_typed_text``), and the user is told where.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.holder import Holder
    from verktoykasse.ui.wizard.saver import Saver

log = logging.getLogger("verktoykasse.ui")


def stop_writing(context: AppContext, savers: list[Saver]) -> None:
    """Write nothing more into the data folder: the savers keep what is typed (``Saver.unsaved``) instead
    of saving it, the database refuses every write, the settings are not saved, and the log goes on in
    this computer's own folder."""
    from verktoykasse.logs import move_log
    from verktoykasse.paths import local_log_dir

    context.writing_stopped = True
    for saver in savers:
        saver.stopped = True
    database = context.open_database
    if database is not None:
        database.stop_writing()
    try:
        move_log(local_log_dir())
    except OSError as exc:  # no log on this PC then: never a reason to write on in the shared folder
        log.warning("the log could not be moved to this computer: %s", exc)


def savers_at_work(plan_saver: Saver | None) -> list[Saver]:
    """The plan's saver and those of the windows open over it (equality duty, workshop kit, meeting)."""
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.wizard.saver import Saver

    found = [plan_saver] if plan_saver is not None else []
    for widget in QApplication.topLevelWidgets():
        saver = getattr(widget, "saver", None)
        if isinstance(saver, Saver) and saver not in found:
            found.append(saver)
    return found


def rescue_folder() -> Path:
    """Where the kept text goes: the user's Documents folder (this computer's, not the data folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def row_name(row: Any) -> str:
    """A row as the user knows it: its name or title."""
    return str(getattr(row, "title", "") or getattr(row, "name", "") or "").strip()


def field_label(row: Any, attr: str) -> str:
    """The field as its label names it ("Description"), from the plan's description; the attribute's own
    name where a field is not described there."""
    from verktoykasse.domain.plan_description import label_of, tables

    for table in tables():
        if table.model == type(row).__name__ and attr in table.by_name:
            return label_of(table.by_name[attr])
    return attr


def kept_text(unsaved: list[tuple[Any, str, Any]], plan_name: str, holder: Holder, now: dt.datetime) -> str:
    """The file's text: why it was not saved, the plan, and every value with the row and field it was for."""
    from PySide6.QtCore import QSysInfo

    from verktoykasse.domain.formatting import format_datetime

    heading = QCoreApplication.translate(
        "TakenOver",
        "Verktøykassa on {here} could not save this text ({time}): Verktøykassa on {computer} had taken over "
        "the data. Copy it into the plan once you can change the plans here again.",
    ).format(here=QSysInfo.machineHostName(), time=format_datetime(now), computer=holder.computer)
    plan = QCoreApplication.translate("TakenOver", "Plan: {name}").format(name=plan_name)
    parts = [heading, "", plan]
    for row, attr, value in unsaved:
        name, field = row_name(row), field_label(row, attr)
        parts += ["", f"{name} – {field}:" if name else f"{field}:", "" if value is None else str(value)]
    return "\n".join(parts) + "\n"


def keep_typed_text(text: str, now: dt.datetime) -> Path | None:
    """Write ``text`` (``kept_text``) into a new file in ``rescue_folder``, never over another file; its
    path, or None when it could not be written (then the caller shows the text itself)."""
    from verktoykasse.files import safe_file_stem

    stem = safe_file_stem(
        QCoreApplication.translate("TakenOver", "Verktøykassa text not saved {time}").format(
            time=now.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H.%M")
        )
    )
    folder = rescue_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(1, 100):
            path = folder / (f"{stem}.txt" if number == 1 else f"{stem} ({number}).txt")
            try:
                with path.open("x", encoding="utf-8", newline="\r\n") as file:
                    file.write(text)
            except FileExistsError:
                continue
            return path
    except OSError as exc:
        log.warning("the text typed could not be kept in %s: %s", folder, exc)
    return None


def kept_message(path: Path | None, text: str) -> str:
    """The sentence added to "…has taken over your data": where the text is kept, or the text itself."""
    if path is not None:
        return QCoreApplication.translate(
            "TakenOver",
            "What you had just typed could not be saved into the data any more: it is kept in {path}.",
        ).format(path=str(path))
    return QCoreApplication.translate(
        "TakenOver",
        "What you had just typed could not be saved into the data any more, nor into a file: copy it from "
        "here.\n\n{text}",
    ).format(text=text)
