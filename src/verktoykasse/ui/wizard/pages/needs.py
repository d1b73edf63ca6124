"""Step 1, needs exploration (seed 003): the employer's and the target group's needs, the guiding
questions, who took part, the workshop, data used, and the narrowing to one important part."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from verktoykasse.domain.labels import NEED_SIDES, PARTICIPANT_KINDS, label
from verktoykasse.domain.validation import check_email
from verktoykasse.domain.vocabulary import NeedSide, ParticipantKind, Step
from verktoykasse.domain.workshop import GUIDING_QUESTIONS
from verktoykasse.storage.editing import add_row
from verktoykasse.storage.models import Need, Participant
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import StepPage, detail_form
from verktoykasse.ui.wizard.row_table import Column, first_line, ticked


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(key, label(table, key)) for key in table]


class NeedsPage(StepPage):
    step = Step.NEEDS

    def build(self) -> None:
        plan = self.plan
        need = self.section(self.tr("The need for labour and the people outside work"), "needSection")
        form = self.form(plan, need)
        form.text(
            "labour_need",
            self.tr("The employer's need for la&bour:"),
            self.tr("Which tasks, competences and experience are needed?"),
        )
        form.text(
            "new_ways_of_working",
            self.tr("New wa&ys of organising work:"),
            self.tr("For example “Enkla jobb”, effect contracts, new kinds of positions."),
        )
        form.text("target_group_needs", self.tr("Target gr&oups' needs and resources:"))

        questions = self.section(self.tr("Guiding questions"), "questionSection")
        form = self.form(plan, questions)
        for question in GUIDING_QUESTIONS:  # seed 003's four, worded as on the workshop's sheets
            form.text(question.field, question.text)

        people = self.section(self.tr("Who took part"), "participantSection")
        self.participants = self.add_list(
            ListEditor(
                self.saver,
                "participants",
                self.tr("Participants"),
                rows=lambda: plan.participants,
                describe=lambda row: row.name or self.tr("(no name)"),
                add=lambda: add_row(self.session, plan, "participants", kind=ParticipantKind.OTHER),
                build_detail=self._participant_detail,
                empty_text=self.tr(
                    "Nobody yet. Add managers, employees, people from the target group, Nav "
                    "and organisations."
                ),
                columns=[
                    Column(self.tr("Name"), lambda row: row.name or self.tr("(no name)"), stretch=True),
                    Column(self.tr("Role or organisation"), lambda row: row.organisation, stretch=True),
                    Column(self.tr("Kind"), lambda row: label(PARTICIPANT_KINDS, row.kind)),
                    ticked(self.tr("In the workshop"), lambda row: row.in_workshop),
                ],
            ),
            people,
        )

        workshop = self.section(self.tr("Workshop, data and narrowing"), "workshopSection")
        form = self.form(plan, workshop)
        form.date("workshop_date", self.tr("&Workshop date:"))
        form.text("workshop_summary", self.tr("S&ummary of insights:"))
        form.text("data_sources", self.tr("&Data and statistics used:"))
        form.text(
            "narrowing",
            self.tr("N&arrowing — the part we work on:"),
            self.tr("A complex need can be cut down to one important part."),
        )

        needs = self.section(self.tr("Needs found"), "needsListSection")
        self.needs = self.add_list(
            ListEditor(
                self.saver,
                "needs",
                self.tr("Needs"),
                rows=lambda: plan.needs,
                describe=lambda row: first_line(row.description),
                add=lambda: add_row(self.session, plan, "needs", side=NeedSide.EMPLOYER),
                build_detail=self._need_detail,
                empty_text=self.tr("No needs yet. Add the employer's needs and the target group's needs."),
                columns=[
                    Column(self.tr("Need"), lambda row: first_line(row.description), stretch=True),
                    Column(self.tr("Whose need"), lambda row: label(NEED_SIDES, row.side)),
                    ticked(self.tr("Chosen"), lambda row: row.selected),
                ],
            ),
            needs,
        )
        check = self.section(self.tr("Check before you go on"), "visibleSection")
        form = self.form(plan, check)
        form.check("employer_needs_visible", self.tr("The &employer's needs are visible"))
        form.check("target_group_needs_visible", self.tr("The target &group's needs are visible"))

    def _participant_detail(self, row: Participant) -> QWidget:
        panel, form = detail_form(self.saver, row, "participant")
        form.line("name", self.tr("Na&me:"))
        form.line("organisation", self.tr("&Role or organisation:"))
        form.line("email", self.tr("E-mai&l (for the invitation):"), check=check_email)
        form.choice("kind", self.tr("&Kind:"), choices(PARTICIPANT_KINDS))
        form.check("in_workshop", self.tr("Took part in the wor&kshop"))
        return panel

    def _need_detail(self, row: Need) -> QWidget:
        panel, form = detail_form(self.saver, row, "need")
        form.choice("side", self.tr("Whose &need:"), choices(NEED_SIDES))
        form.text("description", self.tr("&Description:"))
        form.text("resources", self.tr("&Competences and experience they bring:"))
        form.check("selected", self.tr("&Selected — the part we work on"))
        return panel
