"""What the users' dialogs build alike: a form of captioned fields, the role and language choices, the problem line."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.domain.enums import Role
from app.i18n import SUPPORTED_LANGUAGES
from ui import palette
from ui.labels import autonym, label


def labelled_form(rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """A form of (caption, field) rows: each caption's mnemonic (&) focuses its field, which is named after it
    for screen readers."""
    form = QFormLayout()
    for text, widget in rows:
        caption = QLabel(text)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(caption, widget)
    return form


def role_combo() -> QComboBox:
    combo = QComboBox()
    for r in Role:
        combo.addItem(label(r), r.value)
    return combo


def language_combo() -> QComboBox:
    """The languages, each named in itself."""
    combo = QComboBox()
    for code in SUPPORTED_LANGUAGES:
        combo.addItem(autonym(code), code)
    return combo


def problem_label() -> QLabel:
    """The line under the form that says what the service refused."""
    problem = QLabel()
    problem.setObjectName("problem")
    problem.setWordWrap(True)
    palette.tone(problem, "error")
    return problem
