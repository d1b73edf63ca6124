"""A button that opens a menu of ready-made content (example goals, measures, seed 002's area → measure
pairs) from ``domain.templates``; choosing one hands the template to the page, which inserts it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from verktoykasse.ui.tooltips import literal
from verktoykasse.ui.wizard.fields import plain


def templates_of(kind: str) -> list[Any]:
    from verktoykasse.domain import templates

    source = {
        "gaps": templates.gap_templates,
        "goals": templates.goal_templates,
        "measures": templates.measure_templates,
        "area_measures": templates.area_measure_templates,
    }[kind]
    return list(source())


def template_button(
    parent: QWidget, name: str, text: str, kind: str, on_pick: Callable[[Any], None]
) -> QPushButton:
    """A push button with a menu; the menu is filled when opened so it follows the current language."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(plain(text))
    menu = QMenu(button)
    menu.setObjectName(name + "Menu")

    def fill() -> None:
        menu.clear()
        for template in templates_of(kind):
            title = template.title
            if getattr(template, "area", "") and kind == "area_measures":
                title = f"{template.area} → {template.title}"
            action = menu.addAction(title)
            about = getattr(template, "description", "") or getattr(template, "change", "")
            action.setToolTip(literal(about))  # shown as written, even where it looks like markup
            action.triggered.connect(lambda _checked=False, t=template: on_pick(t))

    menu.aboutToShow.connect(fill)
    fill()
    button.setMenu(menu)
    return button
