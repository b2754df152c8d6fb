"""The buttons Qt draws itself speak the user's language too (PySide6 has no Romanian catalogue of its own)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from ui import i18n


@pytest.mark.parametrize(
    ("lang", "cancel", "back"), [("it", "Annulla", "< &Precedente"), ("ro", "Anulați", "< Îna&poi")]
)
def test_standard_and_wizard_buttons_are_translated(qtbot, lang, cancel, back):
    try:
        i18n.install(lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        wizard = QWizard()
        qtbot.addWidget(wizard)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        assert wizard.buttonText(QWizard.WizardButton.BackButton) == back
    finally:
        i18n.install("en")
