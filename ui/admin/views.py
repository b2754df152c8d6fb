"""The admin screen (Settings): shop settings forms, users, imports, mail and templates, and every setting in a
table — one tab per module (``settings_forms``, ``users_page``, ``imports_page``, ``mail_templates``,
``settings_page``); the users' dialogs in ``add_user_dialog``, ``edit_user_dialog`` and ``password_dialog``."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.permissions import Permission
from ui.admin.imports_page import ImportsPage
from ui.admin.settings_page import SettingsPage
from ui.admin.users_page import UsersPage
from ui.workspace import Workspace


class AdminView(QTabWidget):
    """Settings (admin): shop settings, users and imports; more tabs (costs, templates, letterhead) may follow."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        self.setUsesScrollButtons(True)  # the tabs never make the window wider than a 1024-px screen
        from ui.admin.settings_forms import SettingsForms

        self.forms_page = SettingsForms(workspace)
        self.settings_page = SettingsPage(workspace)
        self.users_page = UsersPage(workspace)
        self.imports_page = ImportsPage(workspace)
        self.addTab(self.forms_page, self.tr("Shop settings"))
        self.addTab(self.users_page, self.tr("Users"))
        self.addTab(self.imports_page, self.tr("Imports"))
        from ui.admin.mail_templates import MailTemplatesPage

        self.mail_page = MailTemplatesPage(workspace)
        self.addTab(self.mail_page, self.tr("Mail and templates"))
        self.addTab(self.settings_page, self.tr("All settings (table)"))
        self.setTabEnabled(2, workspace.can(Permission.IMPORT))
        # Both tabs show the same settings: what one stores, the other reads again (the forms only when they
        # hold no unsaved edit of their own, which a reload would throw away).
        self.forms_page.saved.connect(self.settings_page.model.reload)
        self.settings_page.model.saved.connect(self._table_saved)

    def _table_saved(self, _key: str) -> None:
        if not self.forms_page.changes():
            self.forms_page.reload()
