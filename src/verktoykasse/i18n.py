"""Which language the program speaks, and loading its translations into Qt.

Source strings are English and go through Qt's translation system (``self.tr()`` in widgets,
``QCoreApplication.translate(context, text)`` elsewhere). Placeholders are Python's ``{name}`` filled
with ``str.format`` after translating; a test checks every translation keeps them.

Uses QtCore only, so the command line and the reports can translate without any widget.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from verktoykasse.resources import resource_path

SUPPORTED = ("nb", "en")
NORWEGIAN_CODES = ("nb", "nn", "no")
CATALOGS = ("verktoykasse", "qtbase")
PSEUDO_VARIABLE = "VERKTOYKASSE_PSEUDO"

# The translators the running program has installed, so a change of language can replace them.
_installed: list[QTranslator] = []
# Every translator installed through this module (the window's, the command line's, a report's), in
# order: a report in another language takes them all out while it is made, and puts them back.
_live: list[QTranslator] = []


def language_for_locale_name(name: str) -> str:
    """Bokmål for any Norwegian locale name (nb, nn, no, with or without country), else English.

    Nynorsk users get bokmål rather than English: it is the closer of the two languages we have.
    """
    code = name.replace("-", "_").split("_", 1)[0].lower()
    return "nb" if code in NORWEGIAN_CODES else "en"


def system_language() -> str:
    """The language the system asks for (``QLocale.system()``), mapped to one we have."""
    return language_for_locale_name(QLocale.system().name())


def resolve_language(setting: str = "") -> str:
    return setting if setting in SUPPORTED else system_language()


def locale_for(language: str) -> QLocale:
    if language == "nb":
        return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    # English words, but Norwegian formats for dates, numbers and money: the user is in Norway.
    return QLocale(QLocale.Language.English, QLocale.Country.Norway)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our own and Qt's texts for ``language``; returns the translators so they stay alive.

    With ``VERKTOYKASSE_PSEUDO=1`` in the environment a ``PseudoTranslator`` goes on top (see there).
    """
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    folder = str(resource_path("i18n"))
    for catalog in CATALOGS:
        translator = QTranslator(app)
        if translator.load(f"{catalog}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if pseudo_enabled():
        pseudo = PseudoTranslator(list(installed), app)
        app.installTranslator(pseudo)
        installed.append(pseudo)
    _live.extend(installed)
    return installed


def apply_language(app: QCoreApplication, setting: str = "") -> str:
    """Switch the running program to the language of ``setting`` ("" follows the system).

    Replaces the translators installed by an earlier call; widgets must then rebuild their texts
    (``MainWindow.retranslate``). Returns the language now in use.
    """
    language = resolve_language(setting)
    remove_translators(app, _installed)
    _installed[:] = install_translators(app, language)
    return language


def current_language() -> str:
    """The language of the installed translators: what ``apply_language`` chose last."""
    return "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"


REPORT_DEFAULT = "nb"


def report_language_of(setting: str | None) -> str:
    """A plan's report language: bokmål unless the plan says English, whatever the system speaks.

    The board reads Norwegian data; an English frame around it ("Goal 1: Flere ansettelser") looks broken,
    so the system's or the window's language never decides this.
    """
    return setting if setting in SUPPORTED else REPORT_DEFAULT


@contextmanager
def report_language(language: str) -> Iterator[str]:
    """Speak ``language`` (texts, month names, numbers, dates) while a report is made, then go back.

    The window's translators and locale are restored afterwards, so the user's language stays theirs. The
    report is built synchronously, so nothing is drawn in the window meanwhile. Without a running
    ``QCoreApplication`` only the locale changes (texts stay in the English source).
    """
    language = report_language_of(language)
    app = QCoreApplication.instance()
    before_locale = QLocale()
    before = list(_live)
    if app is not None:
        remove_translators(app, before)
    QLocale.setDefault(locale_for(language))
    added = install_translators(app, language) if app is not None else []
    try:
        yield language
    finally:
        if app is not None:
            remove_translators(app, added)
            for translator in before:
                app.installTranslator(translator)
            _live[:] = before
        QLocale.setDefault(before_locale)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in list(translators):
        app.removeTranslator(translator)
        if translator in _live:
            _live.remove(translator)


def translate(context: str, text: str, **values: object) -> str:
    """Translate outside a QObject and fill ``{placeholders}``.

    lupdate only sees literal ``QCoreApplication.translate(...)`` calls, so call sites that must be
    found write those; this helper is for text marked elsewhere with ``QT_TRANSLATE_NOOP``.
    """
    translated = QCoreApplication.translate(context, text)
    return translated.format(**values) if values else translated


# -- pseudo-translation --------------------------------------------------------------------------------
# What must survive pseudo-translation untouched: {name} placeholders, %n/%1 arguments, the mnemonic
# letter after & (and &&), HTML tags and entities.
# Compiled when first used (``re`` keeps it): only pseudo-translation needs it, never a normal start.
_PROTECTED = r"\{[^{}]*\}|%L?\d+|%n|&&|&\w|<[^<>]*>|&[a-z]+;"
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "åéîöüýÅÉÎÖÜÝçñšž")
_FILLER = "ŧæøåđŋšžčéîöü"
# Texts Qt reads as settings rather than shows: must come through unchanged.
_NEVER_PSEUDO = {"QT_LAYOUT_DIRECTION"}
_NEVER_PSEUDO_CONTEXTS = {"QShortcut", "QKeySequenceEdit"}


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_VARIABLE, "") not in ("", "0")


def pseudo(text: str) -> str:
    """Lengthen ``text`` by about 40 % with accented filler inside brackets, keeping what code relies on.

    Letters are accented (so missing glyphs show), placeholders and mnemonics stay exactly as they are.
    """
    if not text.strip():
        return text
    parts: list[str] = []
    last = 0
    for match in re.finditer(_PROTECTED, text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    extra = max(2, round(len(text) * 0.4))
    filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra]
    return "⟦" + "".join(parts) + " " + filler + "⟧"


class PseudoTranslator(QTranslator):
    """A translator that returns a lengthened, accented version of whatever the real translators say.

    Installed last, so Qt asks it first; it asks the real ones itself. Used to find layouts that clip
    Norwegian text (bokmål runs ≈20–30 % longer than English) and texts that bypass translation: those
    show without the ⟦brackets⟧.
    """

    def __init__(self, real: list[QTranslator], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._real = real

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source in _NEVER_PSEUDO or context in _NEVER_PSEUDO_CONTEXTS:
            return None
        for translator in reversed(self._real):
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return pseudo(found)
        # Not translated in this context: None (a null string, unlike "") tells Qt to ask on, so PySide's
        # tr() goes on to the base class's context, and a text no catalogue has stays without brackets.
        return None


def clear_translators(app: QCoreApplication) -> None:
    """Remove what ``apply_language`` installed (tests go back to the English source texts)."""
    remove_translators(app, _installed)
    _installed.clear()
