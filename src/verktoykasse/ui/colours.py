"""Colours for warnings that stay readable in a light and a dark theme (Windows 11's dark mode too).

A colour set on one side only — a red text on whatever the background is, or a pink background under
whatever the text colour is — turns unreadable when the theme flips: dark red on Windows' dark grey, or
white text on pale pink. So the warning colours are chosen from the application's palette, with both sides
set where a background is painted, and follow it when the user switches the theme while the program runs.
Every pair meets WCAG AA (contrast ratio ≥ 4.5 for normal text); tests check it in both modes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QPushButton, QWidget

AA_NORMAL_TEXT = 4.5
# Windows' own "critical" colours (Fluent): text and a tinted background, for light and for dark themes.
LIGHT = {"text": "#a4262c", "background": "#fde7e9", "on_background": "#201f1e"}
DARK = {"text": "#ff99a4", "background": "#442726", "on_background": "#ffffff"}


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.18


def _scheme(palette: QPalette) -> dict[str, str]:
    return DARK if is_dark(palette) else LIGHT


def error_text_colour(palette: QPalette) -> QColor:
    """Red that reads on the palette's window background; the ordinary text colour if no red does."""
    background = palette.color(QPalette.ColorRole.Window)
    red = QColor(_scheme(palette)["text"])
    if contrast_ratio(red, background) >= AA_NORMAL_TEXT:
        return red
    return palette.color(QPalette.ColorRole.WindowText)


def error_text_style(palette: QPalette) -> str:
    """The style sheet of a message beside a field (on the window's own background)."""
    return f"color: {error_text_colour(palette).name()};"


def banner_style(palette: QPalette) -> str:
    """The style sheet of the save-failure banner: its background, border and text set together."""
    scheme = _scheme(palette)
    return (
        f"#saveBanner {{ background: {scheme['background']}; border: 1px solid {scheme['text']}; }}"
        f" #saveBanner QLabel {{ color: {scheme['on_background']}; }}"
    )


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, style: Callable[[QPalette], str]) -> None:
        super().__init__(widget)
        self.style = style
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        sheet = self.style(QGuiApplication.palette())
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def follow_palette(widget: QWidget, style: Callable[[QPalette], str]) -> None:
    """Give ``widget`` the style sheet ``style`` makes from the application's palette, now and whenever
    the palette changes (the user switches between light and dark while the program runs)."""
    _PaletteFollower(widget, style)


def primary_button_style(palette: QPalette) -> str:
    """The screen's one main action: filled with the theme's highlight colour and its own text colour
    (both sides set, so it reads in a light and a dark theme alike)."""
    fill = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText)
    return (
        f"QPushButton {{ background-color: {fill.name()}; color: {text.name()};"
        f" border: 1px solid {fill.darker(125).name()}; border-radius: 4px; padding: 4px 14px; }}"
        f" QPushButton:focus {{ border: 2px solid {palette.color(QPalette.ColorRole.WindowText).name()}; }}"
        f" QPushButton:disabled {{ background-color: {palette.color(QPalette.ColorRole.Button).name()};"
        f" color: {palette.color(QPalette.ColorRole.PlaceholderText).name()}; }}"
    )


def set_primary(button: QPushButton, primary: bool = True) -> None:
    """Make ``button`` the screen's main action (coloured, the default one: Enter in a dialog), or not."""
    if bool(button.property("primary")) == primary:
        return
    button.setProperty("primary", primary)
    button.setDefault(primary)
    if primary:
        follow_palette(button, primary_button_style)
    else:
        for follower in button.findChildren(_PaletteFollower):
            button.removeEventFilter(follower)
            follower.deleteLater()
        button.setStyleSheet("")
