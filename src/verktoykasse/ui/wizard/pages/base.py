"""What every wizard page shares: a scroll area (pages work at large system fonts), a heading, the
step's guidance, sections, and forms bound to the plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.labels import step_method_term, step_title
from verktoykasse.storage.models import Plan
from verktoykasse.ui.help import InfoButton, explain_step
from verktoykasse.ui.wizard.fields import Form
from verktoykasse.ui.wizard.guidance import GuidanceBox
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.saver import Saver


class StepPage(QScrollArea):
    """A page of the wizard for one step of ``plan``; ``refresh()`` runs each time the page is shown."""

    step: str = ""

    def __init__(self, saver: Saver, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.plan = plan
        self.session = saver.session
        self.setObjectName(f"page_{self.step}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.forms: list[Form] = []
        self.list_editors: list[ListEditor] = []
        inner = QWidget()
        inner.setObjectName(f"pageBody_{self.step}")
        self.body = QVBoxLayout(inner)
        self.heading = QLabel(step_title(self.step))
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        heading_box = QVBoxLayout()
        heading_box.setSpacing(0)
        heading_box.addWidget(self.heading)
        method = step_method_term(self.step)
        if method:  # the method's own word under the plain one, with what it means one click away
            self.method_term = QLabel(self.tr("In the method: {term}").format(term=method))
            self.method_term.setObjectName("pageMethodTerm")
            subtitle = QHBoxLayout()
            subtitle.addWidget(self.method_term)
            subtitle.addWidget(InfoButton(explain_step(self.step), step=step_title(self.step)))
            subtitle.addStretch(1)
            heading_box.addLayout(subtitle)
        # Made inside the page: a box without a parent would flash up as a window of its own when shown,
        # and take the keyboard focus away from the program's window.
        self.guidance = GuidanceBox(self.step, inner)
        self.guidance.unfold_requested.connect(lambda: self.guidance_button.setChecked(True))
        self.guidance_button = QToolButton()
        self.guidance_button.setObjectName("guidanceToggle")
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(True)
        self.guidance_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guidance_button.toggled.connect(self._show_guidance)
        self._show_guidance(True)
        top = QHBoxLayout()
        # "Missing: Deadline (2 of 8 measures), …": each item a link to the first row and field lacking it.
        self.missing_label = QLabel()
        self.missing_label.setObjectName("pageMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.missing_label.linkActivated.connect(self._open_missing)
        self.missing_label.hide()
        self.missing: list = []
        heading_box.addWidget(self.missing_label)
        top.addLayout(heading_box, 1)
        top.addWidget(self.guidance_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(top)
        self.body.addWidget(self.guidance)
        self.setWidget(inner)
        self.build()
        self.body.addStretch(1)
        # Most pages are taller than a usual window: laid out first without the scroll bar, the page
        # (and each table's wrapped rows) was fitted twice, the second time as the bar came. So the bar
        # is there from the first layout, and "as needed" again as soon as the page is shown (where the
        # page turns out shorter than the window, the bar goes then).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _show_guidance(self, shown: bool) -> None:
        """Shown whole, or folded to its first sentence (never gone: the step still says what it is)."""
        self.guidance.set_folded(not shown)
        text = self.tr("Hide guidance") if shown else self.tr("Show guidance")
        self.guidance_button.setText(text)
        self.guidance_button.setAccessibleName(text)

    MISSING_SHOWN = 6  # items shown before "and n more"; a click on that shows them all

    def show_missing(self, items: list, *, all_of_them: bool = False) -> None:
        """Show what the step still lacks (``domain.progress.missing``); nothing when it is complete."""
        from html import escape

        if not all_of_them and [(m.text(), m.row_id) for m in items] == [
            (m.text(), m.row_id) for m in self.missing
        ]:
            return
        self.missing = items
        shown = items if all_of_them or len(items) <= self.MISSING_SHOWN + 1 else items[: self.MISSING_SHOWN]
        links = [f'<a href="{number}">{escape(item.text())}</a>' for number, item in enumerate(shown)]
        if len(shown) < len(items):
            # The context by name: PySide's tr() with a count looks in the subclass's (MeasuresPage …).
            more = QCoreApplication.translate("StepPage", "and %n more", "", len(items) - len(shown))
            links.append(f'<a href="more">{escape(more)}</a>')
        self.missing_label.setText(
            self.tr("Missing: {items}").format(items=", ".join(links)) if items else ""
        )
        self.missing_label.setAccessibleName(
            self.tr("Missing: {items}").format(items=", ".join(item.text() for item in items))
        )
        self.missing_label.setVisible(bool(items))

    def _open_missing(self, link: str) -> None:
        """Go to the field (or the list's Add) that the chosen item of "Missing" is about."""
        from verktoykasse.ui.wizard.places import show_place

        if link == "more":
            self.show_missing(self.missing, all_of_them=True)
            return
        item = self.missing[int(link)]
        if item.list_name:
            editor = self.findChild(ListEditor, item.list_name)
            if editor is not None and editor.isVisible():
                # Its "Add", or the list itself where rows come from another step (step 5's KPIs).
                target = editor.add_button if editor.add_button.isVisibleTo(editor) else editor.list
                self.ensureWidgetVisible(target)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if item.row_id is not None:
            show_place(self, item.kind, item.row_id, item.field)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put lists beside their detail only when the page is wide enough for both (large fonts)."""
        room = self.viewport().width()
        wide = room >= self.fontMetrics().averageCharWidth() * 125
        margins = self.fontMetrics().averageCharWidth() * 8  # the page's and the section's own margins
        for editor in self.list_editors:
            # Beside each other only where both fit: a form cut short or a page that scrolls sideways is
            # worse than a detail under its table.
            beside = wide and editor.can_be_side_by_side  # a list always above its detail is not measured
            editor.set_side_by_side(beside and editor.side_by_side_width() + margins <= room)
        super().resizeEvent(event)
        if self.isVisible():  # laid out in its real width with the bar: from now on it comes and goes
            self._scroll_bar_as_needed()

    def showEvent(self, event: QShowEvent) -> None:
        """Also where the page was laid out while hidden and is shown in the same size (no resize)."""
        super().showEvent(event)
        self._scroll_bar_as_needed()

    def _scroll_bar_as_needed(self) -> None:
        # Only once: setting a policy lays the scroll area's children out again, even the same policy.
        if self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def build(self) -> None:
        """Add the page's sections (each page module)."""
        raise NotImplementedError

    def section(self, title: str, name: str) -> QVBoxLayout:
        box = QGroupBox(title)
        box.setObjectName(name)
        layout = QVBoxLayout(box)
        self.body.addWidget(box)
        return layout

    def form(self, obj: Any, into: QVBoxLayout, prefix: str = "") -> Form:
        layout = QFormLayout()
        into.addLayout(layout)
        form = Form(self.saver, obj, layout, prefix)
        self.forms.append(form)
        return form

    def add_list(self, editor: ListEditor, into: QVBoxLayout) -> ListEditor:
        into.addWidget(editor)
        self.list_editors.append(editor)
        return editor

    def refresh(self) -> None:
        """Show links to rows made on other pages (a goal's gap, a measure's goals)."""
        for editor in self.list_editors:
            editor.reload()


def detail_form(saver: Saver, obj: Any, prefix: str) -> tuple[QWidget, Form]:
    """A detail panel with a form for one row of a list."""
    panel = QWidget()
    panel.setObjectName(prefix + "Detail")
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    form_layout = QFormLayout()
    layout.addLayout(form_layout)
    form = Form(saver, obj, form_layout, prefix)
    form.setParent(panel)
    layout.addWidget(changed_label(saver, obj, prefix))
    return panel, form


def changed_label(saver: Saver, obj: Any, prefix: str) -> QLabel:
    """ "Changed by Kari 10.12.2027 14:03" under a row's details: who changed it last, kept up to date."""
    import shiboken6

    from verktoykasse.ui.wizard.conflict import changed_note

    label = QLabel()
    label.setObjectName(prefix + "ChangedNote")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("userContent", True)  # a person's name, as they wrote it

    def show(row: Any = obj, _attr: str = "") -> None:
        if row is obj and shiboken6.isValid(label):
            label.setText(changed_note(getattr(obj, "changed_by", ""), getattr(obj, "changed_at", None)))

    show()
    saver.saved.connect(show)
    return label
