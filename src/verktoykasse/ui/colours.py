"""Colours for warnings that stay readable in a light and a dark theme (Windows 11's dark mode too).

A colour set on one side only — a red text on whatever the background is, or a pink background under
whatever the text colour is — turns unreadable when the theme flips: dark red on Windows' dark grey, or
white text on pale pink. So the warning colours are chosen from the application's palette, with both sides
set where a background is painted, and follow it when the user switches the theme while the program runs.
Every pair meets WCAG AA (contrast ratio ≥ 4.5 for normal text); tests check it in both modes.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

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


class _PaletteWatcher(QWidget):
    """One hidden widget for the whole program that restyles every widget following the palette.

    Qt tells every widget when the application's palette changes (the user switches Windows between
    light and dark), this one too: it then gives each follower the style sheet of the new palette. One
    watcher rather than an event filter on each follower: a filter is a Python call for every event of
    its widget (each paint, each hover), and the first one built QEvent's enums (≈2 ms) before the list
    of plans could show. Followers are held weakly: a closed dialog's widgets go as they did before.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("paletteWatcher")
        self.followers: dict[int, tuple[weakref.ref[QWidget], Callable[[QPalette], str]]] = {}

    def follow(self, widget: QWidget, style: Callable[[QPalette], str]) -> None:
        self.followers[id(widget)] = (weakref.ref(widget), style)
        _apply(widget, style)

    def forget(self, widget: QWidget) -> None:
        self.followers.pop(id(widget), None)

    def changeEvent(self, event: QEvent) -> None:  # only for changes: none while the program starts
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            for key, (ref, style) in list(self.followers.items()):
                widget = ref()
                if widget is None or not isValid(widget):
                    del self.followers[key]
                else:
                    _apply(widget, style)
        super().changeEvent(event)


_watcher: list[_PaletteWatcher] = []


def _palette_watcher() -> _PaletteWatcher:
    if not _watcher or not isValid(_watcher[0]):
        _watcher[:] = [_PaletteWatcher()]
    return _watcher[0]


def _apply(widget: QWidget, style: Callable[[QPalette], str]) -> None:
    sheet = style(QGuiApplication.palette())
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def follow_palette(widget: QWidget, style: Callable[[QPalette], str]) -> None:
    """Give ``widget`` the style sheet ``style`` makes from the application's palette, now and whenever
    the palette changes (the user switches between light and dark while the program runs)."""
    _palette_watcher().follow(widget, style)


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
        _palette_watcher().forget(button)
        button.setStyleSheet("")
