"""A screen reader user hears a field's message with the field itself (its accessible description),
not only as red text beside it that they cannot see."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from wizard_support import new_plan, norwegian_numbers, on_page, type_date, type_into  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")


def test_a_wrong_organisation_number_is_said_with_the_field(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    field = on_page(ws, QLineEdit, "orgNumber")
    type_into(qtbot, field, "974 760 674")
    assert "check digit" in field.accessibleDescription()
    type_into(qtbot, field, "974760673")
    assert field.accessibleDescription() == ""


def test_a_period_ending_before_it_starts_is_said_with_the_end_date(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    type_date(qtbot, ws, "periodStart", "01.06.2027")
    end = type_date(qtbot, ws, "periodEnd", "01.01.2027")
    assert "before the start" in end.accessibleDescription()
    type_date(qtbot, ws, "periodEnd", "31.12.2027")
    assert "before the start" not in end.accessibleDescription()
    assert "2027" in end.accessibleDescription()  # how the date was read, for those who cannot see it
