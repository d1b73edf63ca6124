"""Which language the program speaks, and loading its translations into Qt.

Source strings are English and go through Qt's translation system (``self.tr()`` in widgets,
``QCoreApplication.translate(context, text)`` elsewhere). Placeholders are Python's ``{name}`` filled
with ``str.format`` after translating; a test checks every translation keeps them.

Uses QtCore only, so the command line and the reports can translate without any widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from verktoykasse.resources import resource_path

SUPPORTED = ("nb", "en")
NORWEGIAN_CODES = ("nb", "nn", "no")
CATALOGS = ("verktoykasse", "qtbase")


def system_language() -> str:
    """Bokmål for any Norwegian system (nb, nn, no), English for everything else."""
    name = QLocale.system().name().lower()  # e.g. "nb_no"
    return "nb" if name.split("_", 1)[0] in NORWEGIAN_CODES else "en"


def resolve_language(setting: str = "") -> str:
    return setting if setting in SUPPORTED else system_language()


def locale_for(language: str) -> QLocale:
    if language == "nb":
        return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    # English words, but Norwegian formats for dates, numbers and money: the user is in Norway.
    return QLocale(QLocale.Language.English, QLocale.Country.Norway)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our own and Qt's texts for ``language``; returns the translators so they stay alive."""
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    folder = str(resource_path("i18n"))
    for catalog in CATALOGS:
        translator = QTranslator(app)
        if translator.load(f"{catalog}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def translate(context: str, text: str, **values: object) -> str:
    """Translate outside a QObject and fill ``{placeholders}``.

    lupdate only sees literal ``QCoreApplication.translate(...)`` calls, so call sites that must be
    found write those; this helper is for text marked elsewhere with ``QT_TRANSLATE_NOOP``.
    """
    translated = QCoreApplication.translate(context, text)
    return translated.format(**values) if values else translated
