"""Help for a first-time owner: the ⓘ beside a method word, Help → Glossary and Help → Getting started.

The explanations come from ``domain.glossary``, so the ⓘ, the glossary and the field's What's This
(Shift+F1 in the field) say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.glossary import glossary, term
from verktoykasse.domain.labels import step_method_term, step_title
from verktoykasse.domain.vocabulary import STEPS
from verktoykasse.ui.colours import set_primary


class ExplanationPopup(QLabel):
    """A small note under the ⓘ that closes on a click elsewhere or Esc, as a tooltip that stays."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent, Qt.WindowType.Popup)
        self.setObjectName("explanationPopup")
        self.setAccessibleName(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setMargin(self.fontMetrics().height() // 2)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (or any key meant for the field behind) closes the note, as a tooltip would go."""
        self.close()
        if event.key() != Qt.Key.Key_Escape and self.parentWidget() is not None:
            self.parentWidget().setFocus()


def info_icon(size: int, palette: QPalette) -> QIcon:
    """A round "i", drawn: not every font has the ⓘ character (Windows' Segoe UI has, DejaVu has not)."""
    ratio = 2
    image = QImage(size * ratio, size * ratio, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.Link)
    painter.setPen(QPen(colour, ratio * 1.2))
    painter.drawEllipse(QRectF(ratio, ratio, (size - 2) * ratio, (size - 2) * ratio))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * ratio * 0.62))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size * ratio, size * ratio), Qt.AlignmentFlag.AlignCenter, "i")
    painter.end()
    image.setDevicePixelRatio(ratio)
    return QIcon(QPixmap.fromImage(image))


class InfoButton(QToolButton):
    """ "ⓘ" beside a word of the method; a click (or Space) shows what the word means.

    Its name for a screen reader says the word and where the ⓘ is (``step`` or ``field``: the step's or the
    field's name), so two ⓘ of one word on a page (the goals step's heading and its KPI's name) differ.
    """

    def __init__(self, key: str, parent: QWidget | None = None, *, step: str = "", field: str = "") -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("info_" + key)
        self.setText("ⓘ")  # what a screen reader's text view shows; the icon is what the eye sees
        self.setIcon(info_icon(self.fontMetrics().height(), self.palette()))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        explained = term(key)
        self.explanation = f"{explained.term}: {explained.explanation}"
        if step:
            name = self.tr("What is “{term}”? (step: {step})").format(term=explained.term, step=step)
        elif field:
            name = self.tr("What is “{term}”? (field: {field})").format(term=explained.term, field=field)
        else:
            name = self.tr("What is “{term}”?").format(term=explained.term)
        self.setAccessibleName(name)
        self.setAccessibleDescription(explained.explanation)
        self.setToolTip(self.explanation)
        self.popup: ExplanationPopup | None = None
        self.clicked.connect(self.explain)

    def explain(self) -> None:
        self.popup = ExplanationPopup(self.explanation, self)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()


def explain_step(step: str) -> str:
    """The glossary key that explains a step's method term ("" for the profile)."""
    return {
        "needs": "needs",
        "gaps": "gap_analysis",
        "goals": "kpi",
        "measures": "action_plan",
        "evaluation": "evaluation",
    }.get(str(step), "")


class GlossaryDialog(QDialog):
    """Help → Glossary: every method word in plain language, with a filter as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.setAccessibleName(self.tr("Glossary"))
        self.filter = QLineEdit()
        self.filter.setObjectName("glossaryFilter")
        self.filter.setPlaceholderText(self.tr("Find a word"))
        self.filter.setAccessibleName(self.tr("Find a word in the glossary"))
        self.filter.setClearButtonEnabled(True)
        self.text = QTextBrowser()
        self.text.setObjectName("glossaryText")
        self.text.setAccessibleName(self.tr("Words and what they mean"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Find a word:"))
        label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.show_terms)
        self.show_terms("")
        from verktoykasse.ui.fitting import bounded_size, enter_stays_in_fields

        # Enter after the word goes to what was found, rather than closing the glossary
        enter_stays_in_fields(self)
        self.filter.returnPressed.connect(self.text.setFocus)
        em = self.fontMetrics().averageCharWidth()
        self.resize(bounded_size(self, em * 80, self.fontMetrics().height() * 30))
        self.filter.setFocus()

    def show_terms(self, wanted: str) -> None:
        from html import escape

        wanted = wanted.strip().casefold()
        terms = [t for t in glossary() if wanted in t.term.casefold() or wanted in t.explanation.casefold()]
        self.shown = [t.term for t in terms]
        if not terms:
            self.text.setPlainText(self.tr("No word in the glossary matches “{text}”.").format(text=wanted))
            return
        self.text.setHtml(
            "".join(f"<p><b>{escape(t.term)}</b><br>{escape(t.explanation)}</p>" for t in terms)
        )


def _steps_picture(width: int, palette: QPalette, font: QFont) -> QImage:
    """The five steps as a row of numbered boxes with arrows: the picture at the top of Getting started."""
    steps = [s for s in STEPS if step_method_term(s)]
    gap = width // 40
    box_width = (width - gap * (len(steps) - 1)) // len(steps)
    box_height = box_width * 4 // 5
    image = QImage(width, box_height + 4, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    painter.setFont(small)
    fill = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText)
    for index, step in enumerate(steps):
        left = index * (box_width + gap)
        rect = QRectF(left + 1, 2, box_width - 2, box_height)
        painter.setPen(QPen(fill.darker(130), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(text)
        painter.drawText(
            rect.adjusted(6, 6, -6, -6),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            f"{index + 1}\n{step_title(step)}",
        )
        if index < len(steps) - 1:
            painter.setPen(QPen(QColor(palette.color(QPalette.ColorRole.WindowText)), 2))
            middle = 2 + box_height / 2
            painter.drawLine(int(left + box_width), int(middle), int(left + box_width + gap), int(middle))
    painter.end()
    return image


class GettingStartedDialog(QDialog):
    """Help → Getting started: what the program does, the example plan, saving, and where the data is."""

    def __init__(
        self, data_folder: Path, open_example: Callable[[], None] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setWindowTitle(self.tr("Getting started"))
        self.setAccessibleName(self.tr("Getting started"))
        self.text = QTextBrowser()
        self.text.setObjectName("gettingStartedText")
        self.text.setAccessibleName(self.tr("Getting started"))
        self.text.setOpenLinks(False)
        from verktoykasse.ui.fitting import bounded_size, screen_room

        em = self.fontMetrics().averageCharWidth()
        # five boxes with three short lines each, as wide as the screen has room for
        picture_width = min(em * 100, screen_room(self).width() - em * 8)
        document = self.text.document()
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            "picture:steps",
            _steps_picture(picture_width, self.palette(), self.font()),
        )
        self.text.setHtml(self._page(data_folder))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.example_button: QPushButton | None = None
        if open_example is not None:
            self.example_button = buttons.addButton(
                self.tr("Open the e&xample plan"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.example_button.setObjectName("gettingStartedExample")
            set_primary(self.example_button)  # the page's one main action
            self.example_button.clicked.connect(open_example)
            buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(bounded_size(self, picture_width + em * 8, self.fontMetrics().height() * 36))

    def _page(self, data_folder: Path) -> str:
        from html import escape

        steps = "".join(
            f"<li><b>{escape(step_title(step))}</b> ({escape(step_method_term(step))})</li>"
            for step in STEPS
            if step_method_term(step)
        )

        def paragraph(text: str) -> str:
            return f"<p>{escape(text)}</p>"

        sections = (
            (
                self.tr("What the program does"),
                paragraph(
                    self.tr(
                        "Verktøykassa helps a small business include more people in work. You make a plan "
                        "in five steps, the program turns it into an action plan for the board, and the "
                        "catalogue tells you what help you can get and whom to call."
                    )
                ),
            ),
            (self.tr("The five steps"), "<ol>" + steps + "</ol>"),
            (
                self.tr("Look at the example plan first"),
                paragraph(
                    self.tr(
                        "The example plan is a small bakery's finished plan. Open it from the list of plans "
                        "(“Open example plan”) and look around: you cannot break anything, and your own "
                        "plans are kept apart."
                    )
                ),
            ),
            (
                self.tr("Saving"),
                paragraph(
                    self.tr(
                        "There is no Save button: everything you type is saved at once (a longer text or a "
                        "number when you pause). If the disk is full, a red bar says so and your text stays "
                        "in the field until it can be saved."
                    )
                ),
            ),
            (
                self.tr("Words you may not know"),
                paragraph(
                    self.tr(
                        "Press ⓘ beside a word, or open Help → Glossary. “Measures” are what your business "
                        "does; “schemes” are the help you can get from Nav and others."
                    )
                ),
            ),
            (
                self.tr("Where your data is"),
                paragraph(self.tr("Everything stays on this computer, in this folder:"))
                + f"<p><code>{escape(str(data_folder))}</code></p>"
                + paragraph(
                    self.tr(
                        "Back it up with File → Back up now, or save a plan in a file with "
                        "File → Export plan."
                    )
                ),
            ),
        )
        body = "".join(f"<h3>{escape(title)}</h3>{html}" for title, html in sections)
        return '<p><img src="picture:steps"></p>' + body
