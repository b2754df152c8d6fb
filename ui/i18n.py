"""The language of the desktop client, installed as Qt translators and for service messages.

Which language, first match wins: ``--lang`` / ``RIMEDIO_LANG`` (this start), the logged-in user's own setting,
this computer's setting (``ui/language`` in Preferences), the system's locale. Widgets translate with
``self.tr()``; refusals from the services are translated by :mod:`app.i18n`, which is told the same language
here so a screen never mixes two.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import SUPPORTED_LANGUAGES, explicit_language, set_language, system_language
from app.resources import resource_path
from ui import prefs

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:
    """Marks ``message`` for ``pyside6-lupdate`` (which finds the call by this name) and returns it untranslated,
    as Qt's own marker does; :meth:`QCoreApplication.translate` in ``context`` translates it when shown.

    PySide6's stubs type Qt's marker as returning ``object``; this one keeps the tables of texts typed as ``str``.
    """
    return message


_installed: list[QTranslator] = []
_explicit: str | None = None


def remember_explicit() -> None:
    """Called once at start, before anything installs a language: keep ``--lang`` / ``RIMEDIO_LANG``."""
    global _explicit
    _explicit = explicit_language()


def chosen_language(user_language: str | None = None) -> str:
    """``--lang``/``RIMEDIO_LANG``, then ``user_language`` (the user's own setting), then this computer's, then the
    system's."""
    if _explicit in SUPPORTED_LANGUAGES:
        return _explicit
    if user_language in SUPPORTED_LANGUAGES:
        return user_language
    wanted = prefs.get("ui/language")
    return wanted if wanted in SUPPORTED_LANGUAGES else system_language()


def install(lang: str | None = None) -> str:
    """Install the translators for ``lang`` (default: the chosen one) and return the language used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication to exist")
    lang = set_language(lang or chosen_language())
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale({"en": "en_GB", "it": "it_IT", "ro": "ro_RO"}[lang]))
    if lang != "en":
        qt = QTranslator(app)
        # Qt's own catalogue where PySide6 ships one (Italian); ours where it does not (Romanian).
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
            str(resource_path("translations", f"qtbase_{lang}.qm"))
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    # English has a file too: it holds only the plural forms ("1 case", "2 cases").
    own = QTranslator(app)
    path = resource_path("translations", f"rimedio_{lang}.qm")
    if own.load(str(path)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no translation file %s; the client stays in English", path)
    return lang
