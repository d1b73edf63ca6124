"""File ▸ Export PDF…, Export to Word…, Export to Excel… and Print…: the board-ready action plan of the
open plan, as a PDF, as a Word document to edit, and its tables as a workbook.

Printing and the PDF export use the very same PDF (``reports.document``), so what is printed is what is
exported; the Word file (``reports.docx``) and the workbook (``reports.xlsx``) are made from the same
content (``reports.content``). Printing
draws the PDF's pages onto Qt's printer through QtPdf, which works the same on Windows, macOS and Linux.
Building takes 0.1–1 s, so the window shows a wait cursor and a status message meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from verktoykasse.ui.dialogs import show_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from verktoykasse.context import AppContext
    from verktoykasse.ui.shell import Shell

log = logging.getLogger("verktoykasse.ui.report")

MAX_PRINT_DPI = 300  # sharp on paper, and a page image stays ~35 MB


class ReportActions(QObject):
    """The two menu actions and what they do; enabled while a plan is open in the window."""

    def __init__(self, context: AppContext, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reportActions")
        self.context = context
        self.shell = shell
        self.parent_widget = parent  # for dialogs and the actions
        self.last_folder: Path | None = None

        self.export_action = QAction(self.tr("&Export PDF…"), parent)
        self.export_action.setObjectName("exportPdfAction")
        # setShortcuts, not setShortcut, and no Qt namespace at module level: either makes PySide6 build
        # ~100 enums (≈20 ms) while the window is being made, before it can show.
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.export_action.setStatusTip(self.tr("Save the action plan as a PDF for the board"))
        self.export_action.triggered.connect(self.export_pdf)

        self.docx_action = QAction(self.tr("Export to W&ord…"), parent)
        self.docx_action.setObjectName("exportDocxAction")
        self.docx_action.setStatusTip(self.tr("Save the action plan as a Word document to edit"))
        self.docx_action.triggered.connect(self.export_docx)

        self.xlsx_action = QAction(self.tr("Expor&t to Excel…"), parent)
        self.xlsx_action.setObjectName("exportXlsxAction")
        self.xlsx_action.setStatusTip(
            self.tr("Save the measures, KPIs, measurements, gaps and budget as an Excel workbook")
        )
        self.xlsx_action.triggered.connect(self.export_xlsx)

        self.print_action = QAction(self.tr("&Print…"), parent)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(self.tr("Print the action plan"))
        self.print_action.triggered.connect(self.print_plan)

        shell.current_plan_changed.connect(self.update_enabled)
        self.update_enabled()

    # -- state ----------------------------------------------------------------------------------------
    def update_enabled(self) -> None:
        enabled = self.shell.open_plan_id() is not None
        self.export_action.setEnabled(enabled)
        self.xlsx_action.setEnabled(enabled)
        self.docx_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)

    @contextmanager
    def _busy(self, message: str) -> Iterator[None]:
        from PySide6.QtCore import Qt

        self.shell.show_status(message)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            yield
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.shell.show_status("")

    def _build(
        self, plan_id: int, language: str | None = None, kind: str = "pdf", shortened: list | None = None
    ) -> tuple[str, bytes] | None:
        """The plan's name and its PDF, Word file or workbook (``kind``; in ``language``, else the plan's
        report language), or None (after telling the user) when it cannot be made. Texts a workbook cuts
        to Excel's cell are added to ``shortened``."""
        from verktoykasse.catalogue import catalogue_in_use
        from verktoykasse.reports.document import build_report
        from verktoykasse.storage.editing import load_plan

        database = self.context.open_database
        assert database is not None
        try:
            with self._busy(self.tr("Making the action plan…")), database.session() as session:
                plan = load_plan(session, plan_id)
                if plan is None:
                    show_error(self.parent_widget, self.tr("This plan no longer exists."))
                    return None
                catalogue = catalogue_in_use(self.context.paths.root)
                data = build_report(kind, plan, language=language, catalogue=catalogue, shortened=shortened)
                return plan.name, data
        except Exception:
            log.exception("the action plan (%s) could not be made", kind)
            show_error(
                self.parent_widget,
                self.tr("The action plan could not be made. Details are in the log file in {folder}.").format(
                    folder=self.context.paths.root
                ),
            )
            return None

    def _plan_name(self, plan_id: int) -> str:
        from verktoykasse.storage.models import Plan

        database = self.context.open_database
        assert database is not None
        with database.session() as session:
            plan = session.get(Plan, plan_id)
            return plan.name if plan is not None else ""

    def _report_language(self, plan_id: int) -> str:
        from verktoykasse.i18n import report_language_of
        from verktoykasse.storage.models import Plan

        database = self.context.open_database
        assert database is not None
        with database.session() as session:
            plan = session.get(Plan, plan_id)
            return report_language_of(plan.report_language if plan is not None else "")

    def _keep_report_language(self, plan_id: int, language: str) -> None:
        """The language chosen for the export becomes the plan's: the next export and print use it."""
        from verktoykasse.storage.models import Plan

        database = self.context.open_database
        assert database is not None
        # Printed in the language chosen, remembered by those who may write (not once the folder was
        # taken over while the save dialog was open: ``ui.taken_over``).
        if database.read_only or database.writing_stopped:
            return
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with database.session() as session:
                plan = session.get(Plan, plan_id)
                if plan is not None and plan.report_language != language:
                    plan.report_language = language
                    session.commit()
        except (SQLAlchemyError, OSError) as exc:  # a full disk, or a folder just found taken over after a
            log.warning("the report language could not be kept: %s", exc)  # sleep: the export goes on

    # -- export ---------------------------------------------------------------------------------------
    def report_language_filters(self, kind: str = "pdf") -> dict[str, str]:
        """The save dialog's file types, one per report language: the language is chosen where the file is."""
        if kind == "docx":
            return {
                "nb": self.tr("Word document in Norwegian bokmål (*.docx)"),
                "en": self.tr("Word document in English (*.docx)"),
            }
        if kind == "xlsx":
            return {
                "nb": self.tr("Excel workbook in Norwegian bokmål (*.xlsx)"),
                "en": self.tr("Excel workbook in English (*.xlsx)"),
            }
        return {
            "nb": self.tr("PDF in Norwegian bokmål (*.pdf)"),
            "en": self.tr("PDF in English (*.pdf)"),
        }

    def ask_file_name(self, suggested: str, language: str = "nb", kind: str = "pdf") -> tuple[str, str]:
        """The file to write and the report's language, both chosen in the save dialog ("" if cancelled).

        The language is shown as the file type ("PDF in Norwegian bokmål"), preset to the plan's, so it is
        visible and changeable in the one dialog every export passes, native or not.
        """
        folder = self.last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        filters = self.report_language_filters(kind)
        titles = {
            "xlsx": self.tr("Export the plan to Excel"),
            "docx": self.tr("Export the action plan to Word"),
        }
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget,
            titles.get(kind, self.tr("Export the action plan as PDF")),
            str(folder / suggested),
            ";;".join(filters.values()),
            filters.get(language, filters["nb"]),
        )
        picked = next((key for key, text in filters.items() if text == chosen), language)
        return path, picked

    def export_pdf(self) -> None:
        self._export("pdf")

    def export_xlsx(self) -> None:
        self._export("xlsx")

    def export_docx(self) -> None:
        self._export("docx")

    def _export(self, kind: str) -> None:
        """Ask where (and in which language), build, write whole or not at all, then open the file."""
        from verktoykasse.files import write_atomically
        from verktoykasse.reports.document import suggested_file_name

        plan_id = self.shell.open_plan_id()
        if plan_id is None:
            return
        followup = getattr(self.parent_widget, "followup_actions", None)  # "Ready for the board?" first
        if kind == "pdf" and followup is not None and not followup.check_ready(before_export=True):
            return
        suffix = f".{kind}"
        suggested = suggested_file_name(self._plan_name(plan_id), suffix=suffix)
        if kind == "pdf":  # the one the board-readiness tests answer
            chosen, language = self.ask_file_name(suggested, self._report_language(plan_id))
        else:
            chosen, language = self.ask_file_name(suggested, self._report_language(plan_id), kind)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._keep_report_language(plan_id, language)
        shortened: list = []  # texts longer than an Excel cell holds
        built = self._build(plan_id, language, kind, shortened)
        if built is None:
            return
        try:
            write_atomically(path, built[1])
        except OSError as error:
            log.warning("%s export to %s failed: %s", kind, path, error)
            from verktoykasse.files import describe_write_error

            show_error(self.parent_widget, describe_write_error(error, path))
            return
        self.last_folder = path.parent
        self.shell.show_status(self.tr("Saved the action plan to {path}").format(path=path), 8000)
        if shortened:  # said before the file opens over the window
            from verktoykasse.domain.shortened import spreadsheet_note
            from verktoykasse.ui.dialogs import tell_then

            tell_then(
                self.parent_widget,
                spreadsheet_note(shortened),
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- print ----------------------------------------------------------------------------------------
    def ask_printer(self, printer: QPrinter, pages: int) -> bool:
        """Qt's print dialog; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setObjectName("printDialog")
        dialog.setAccessibleName(self.tr("Print the action plan"))
        dialog.setMinMax(1, pages)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_plan(self) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        plan_id = self.shell.open_plan_id()
        if plan_id is None:
            return
        built = self._build(plan_id)
        if built is None:
            return
        name, data = built
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(name)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        document = open_pdf(data)
        try:
            if not self.ask_printer(printer, max(document.pageCount(), 1)):
                return
            with self._busy(self.tr("Sending the action plan to the printer…")):
                printed = print_pdf(document, printer)
        except PrintError as error:
            show_error(self.parent_widget, str(error))
            return
        finally:
            document.close()
        message = self.tr("Sent %n page(s) to the printer.", "", printed)
        self.shell.show_status(message, 8000)


class PrintError(Exception):
    """Printing failed in a way the user should hear about (the message is translated)."""


def open_pdf(data: bytes):  # -> QPdfDocument
    """The PDF, loaded from memory (synchronously: the buffer is not sequential)."""
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError(
            QCoreApplication.translate("Report", "The action plan could not be prepared for printing.")
        )
    return document


def print_pdf(document, printer: QPrinter) -> int:
    """Draw each page of the PDF onto ``printer`` (honouring its page range); returns the pages printed.

    A landscape page goes onto portrait paper turned a quarter left, so wide tables print at full size.
    """
    from PySide6.QtCore import QCoreApplication, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    first, last = 1, document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or last, last)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate("Report", "The printer could not be started."))
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printed = 0
    try:
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            area = QRectF(painter.viewport())
            points = document.pagePointSize(index)
            turn = (points.width() > points.height()) != (area.width() > area.height())
            page_width, page_height = (
                (points.height(), points.width()) if turn else (points.width(), points.height())
            )
            scale = min(area.width() / page_width, area.height() / page_height)
            width, height = page_width * scale, page_height * scale
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.save()
            painter.translate(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2)
            if turn:  # the top of a wide page goes to the left edge, as in a bound report
                painter.translate(0, height)
                painter.rotate(-90)
                target = QRectF(0, 0, height, width)
            else:
                target = QRectF(0, 0, width, height)
            painter.drawImage(target, image)
            painter.restore()
            printed += 1
    finally:
        painter.end()
    return printed
