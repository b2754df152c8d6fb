"""The inbox's actions on the selected cases (issue 17): *Assign to me*, *Reassign* (supervisors), a status move
and the case sheets in one PDF. Each asks a service (:mod:`app.services.assignment`, :mod:`app.services.bulk`),
which holds the rules; the row says what happened in one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.enums import CaseStatus
from app.errors import RimedioError
from ui.errors import show_refusal
from ui.labels import label
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.inbox.view import InboxView


class SelectionActions(QWidget):
    done = Signal()  # cases changed: the list re-reads in place

    def __init__(self, workspace: Workspace, view: InboxView) -> None:
        super().__init__(view)
        self.setObjectName("selectionActions")
        self.workspace = workspace
        self.view = view
        self.count = QLabel()
        self.count.setObjectName("selectionCount")
        self.assign_me = QPushButton(self.tr("Assign to m&e"))
        self.assign_me.setObjectName("assignToMe")
        self.assign_me.setToolTip(
            self.tr("Take the selected cases (cases nobody owns; supervisors: any case)")
        )
        self.assign_me.clicked.connect(self.assign_to_me)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.assignee.setMinimumContentsLength(10)  # the row fits a 1024-px screen in every language
        self.assignee.setAccessibleName(self.tr("Assign to"))
        self.reassign = QPushButton(self.tr("Re&assign"))
        self.reassign.setObjectName("reassign")
        self.reassign.clicked.connect(self.reassign_to_chosen)
        self.status = QComboBox()
        self.status.setObjectName("bulkStatus")
        self.status.setAccessibleName(self.tr("New status for the selected cases"))
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(10)
        for status in CaseStatus:
            self.status.addItem(label(status), status.value)
        self.move_button = QPushButton(self.tr("Set s&tatus"))
        self.move_button.setObjectName("bulkMove")
        self.move_button.clicked.connect(self.change_status)
        self.print_button = QPushButton(self.tr("Print s&heets…"))
        self.print_button.setObjectName("printSheets")
        self.print_button.clicked.connect(self.print_sheets)
        self.result = QLabel()
        self.result.setObjectName("selectionResult")
        self.result.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.assign_me)
        self.supervisor = workspace.can_approve()
        if self.supervisor:
            layout.addWidget(self.assignee)
            layout.addWidget(self.reassign)
        else:
            self.assignee.hide()
            self.reassign.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.move_button)
        layout.addWidget(self.print_button)
        layout.addWidget(self.result, 1)
        self._users_loaded = False
        self.selection_changed()

    def selection_changed(self) -> None:
        n = len(self.view.selected_cases()) if self.view.table.selectionModel() is not None else 0
        self.count.setText(self.tr("%n selected", "", n))
        for widget in (self.assign_me, self.reassign, self.move_button, self.print_button):
            widget.setEnabled(n > 0)
        if n and self.supervisor and not self._users_loaded:
            self._users_loaded = True
            from app.services import users

            self.workspace.runner.submit(
                users.list_users, self.workspace.ctx, done=self._users, failed=lambda _e: None
            )

    def _users(self, found) -> None:
        self.assignee.clear()
        self.assignee.addItem(self.tr("(nobody)"), "")
        for user in found:
            if user.active:
                self.assignee.addItem(user.display_name, user.username)

    # --- actions -----------------------------------------------------------------------------------------------
    def assign_to_me(self) -> None:
        from app.services import assignment

        ids = self.view.selected_cases()
        self.workspace.runner.submit(
            assignment.assign_to_me,
            self.workspace.ctx,
            ids,
            done=lambda changed: self._assigned(changed, self.workspace.actor.display_name),
            failed=self._refused,
        )

    def reassign_to_chosen(self) -> None:
        from app.services import assignment

        ids = self.view.selected_cases()
        username = self.assignee.currentData()
        if username is None:
            return
        name = self.assignee.currentText()
        self.workspace.runner.submit(
            assignment.assign,
            self.workspace.ctx,
            ids,
            username,
            done=lambda changed: self._assigned(changed, name),
            failed=self._refused,
        )

    def _assigned(self, changed: list[int], name: str) -> None:
        self.result.setText(self.tr("%n case(s) assigned to %1", "", len(changed)).replace("%1", name))
        self.done.emit()

    def change_status(self) -> None:
        from app.services import bulk

        ids, status = self.view.selected_cases(), self.status.currentData()
        self.workspace.runner.submit(
            bulk.change_statuses, self.workspace.ctx, ids, status, done=self._moved, failed=self._refused
        )

    def _moved(self, outcome) -> None:
        text = self.tr("%n case(s) moved", "", len(outcome.changed))
        if outcome.refused:
            case_id, why = outcome.refused[0]
            text += " · " + self.tr("%n refused", "", len(outcome.refused)) + f" (#{case_id}: {why})"
        self.result.setText(text)
        self.done.emit()

    def print_sheets(self) -> None:
        from app.services import bulk
        from ui.documents.preview import PreviewDialog

        ids = self.view.selected_cases()
        if not ids:
            return
        ctx = self.workspace.ctx
        dialog = PreviewDialog(
            self.workspace,
            self.tr("case sheets of %n case(s)", "", len(ids)),
            lambda _size, lang: bulk.case_sheets(ctx, ids, lang=lang),
            ("a4",),
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _refused(self, error: RimedioError) -> None:
        self.result.setText("")
        show_refusal(self, error)
