"""A screen reader user hears a field's message with the field itself (its accessible description),
not only as red text beside it that they cannot see."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDateEdit, QLineEdit

from wizard_support import new_plan, norwegian_numbers, on_page, type_into  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")


def test_a_wrong_organisation_number_is_said_with_the_field(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    field = on_page(ws, QLineEdit, "orgNumber")
    type_into(qtbot, field, "974 760 674")
    assert "check digit" in field.accessibleDescription()
    type_into(qtbot, field, "974760673")
    assert field.accessibleDescription() == ""


def test_a_period_ending_before_it_starts_is_said_with_the_end_date(start_window, answer_next_dialog):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    on_page(ws, QDateEdit, "periodStart").setDate(dt.date(2027, 6, 1))
    end = on_page(ws, QDateEdit, "periodEnd")
    end.setDate(dt.date(2027, 1, 1))
    assert "before the start" in end.accessibleDescription()
    end.setDate(dt.date(2027, 12, 31))
    assert end.accessibleDescription() == ""
