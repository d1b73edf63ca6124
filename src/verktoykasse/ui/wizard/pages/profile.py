"""The business profile: who the plan is for, and the overall problem statement the work starts from."""

from __future__ import annotations

from verktoykasse.domain.validation import check_date_order, check_org_number
from verktoykasse.domain.vocabulary import Step
from verktoykasse.storage.plans import PlanNameError, clean_name
from verktoykasse.ui.wizard.pages.base import StepPage


class ProfilePage(StepPage):
    step = Step.PROFILE

    def build(self) -> None:
        plan = self.plan
        about = self.section(self.tr("The plan"), "planSection")
        form = self.form(plan, about)
        self.name_edit = form.line("name", self.tr("&Name of the plan:"), check=self._name_message)
        self.name_edit.textEdited.disconnect()
        self.name_edit.textEdited.connect(self._name_edited)
        form.date("period_start", self.tr("Perio&d from:"))
        form.date(
            "period_end",
            self.tr("Period t&o:"),
            check=lambda: check_date_order(plan.period_start, plan.period_end),
        )

        business = self.section(self.tr("The business"), "businessSection")
        form = self.form(plan, business)
        form.line("org_name", self.tr("Name of the &business:"))
        form.line("org_number", self.tr("Organisation n&umber:"), check=check_org_number)
        form.line("industry", self.tr("Indu&stry:"))
        form.number("employees", self.tr("Number of &employees:"), whole=True, check=self._employees_message)
        form.line("municipality", self.tr("&Municipality:"))
        form.line("county", self.tr("Count&y:"))
        form.line("contact_person", self.tr("&Contact person:"))
        form.line("contact_email", self.tr("E-m&ail:"))
        form.line("contact_phone", self.tr("&Phone:"))
        self.profile_form = form
        from verktoykasse.ui.arp_duty import add_duty_section

        self.duty = add_duty_section(self, plan, form)  # which equality duty applies (ARP)

        problem = self.section(self.tr("What should the plan solve?"), "problemSection")
        form = self.form(plan, problem)
        form.text(
            "problem_statement",
            self.tr("P&roblem statement:"),
            self.tr("The question the work starts from, in your own words."),
        )
        form.explain("problem_statement", "problem")
        for each in self.forms:
            each.run_checks()

    def _name_message(self, text: str) -> str | None:
        try:
            clean_name(text)
        except PlanNameError as exc:
            if exc.reason == "empty":
                return self.tr("The plan needs a name; the last name is kept until you type one.")
            return self.tr("The name is too long (at most 200 characters).")
        return None

    def _name_edited(self, text: str) -> None:
        self.forms[0].run_checks()
        try:
            name = clean_name(text)
        except PlanNameError:
            return
        self.saver.set(self.plan, "name", name)

    def _employees_message(self, value: float) -> str | None:
        if value < 0:
            return self.tr("The number of employees cannot be negative.")
        return None
