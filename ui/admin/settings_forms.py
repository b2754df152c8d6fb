"""Shop settings as grouped forms: each field with its meaning, unit and default, checked as it is typed with the
same rules the command line applies (:func:`app.domain.settings_registry.parse`), and — before anything is saved —
a list of what the change affects. Saving goes through :func:`app.services.settings.set_settings`, which checks
again (and the relations between settings) and refuses with a message that is shown here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import settings_registry as registry
from app.errors import RimedioError, ValidationError
from app.i18n import translate
from app.services import settings
from app.services.settings import SettingRow
from ui import palette
from ui.admin.letterhead_preview import LetterheadPreview
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.common import SidePane
from ui.workspace import Workspace

CONTEXT = "SettingsForms"


@dataclass(frozen=True)
class Group:
    title: str
    prefixes: tuple[str, ...]
    affects: str


GROUPS = (
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Shop and letterhead"),
        ("shop.", "documents."),
        QT_TRANSLATE_NOOP(
            "SettingsForms",
            "the letterhead of every note, voucher and case sheet printed or sent from now on",
        ),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Business hours and holidays"),
        ("hours.",),
        QT_TRANSLATE_NOOP("SettingsForms", "the deadlines of cases opened or moved from now on"),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Deadlines"),
        ("sla.", "notify."),
        QT_TRANSLATE_NOOP("SettingsForms", "the first-answer and resolution deadlines of new cases"),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Costs and ranking"),
        ("cost.", "rank.", "refund_credit.", "upgrade.", "goodwill."),
        QT_TRANSLATE_NOOP(
            "SettingsForms", "the remedies proposed from now on and their order (earlier proposals stay)"
        ),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Credit and limits"),
        ("credit.", "limits."),
        QT_TRANSLATE_NOOP(
            "SettingsForms", "how much credit may be given, and when a supervisor must approve it"
        ),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Segments and claims"),
        ("segment.", "claims."),
        QT_TRANSLATE_NOOP(
            "SettingsForms", "every customer's segment and claim flag, and so the remedies offered"
        ),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Season rules"),
        ("season.",),
        QT_TRANSLATE_NOOP("SettingsForms", "promised-by dates and peak-season deadlines of new cases"),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Approvals"),
        ("approvals.",),
        QT_TRANSLATE_NOOP("SettingsForms", "when unanswered approval requests expire"),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Mail server"),
        ("smtp.",),
        QT_TRANSLATE_NOOP("SettingsForms", "every e-mail sent to customers"),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Security"),
        ("security.",),
        QT_TRANSLATE_NOOP("SettingsForms", "the lock-out after failed logins"),
    ),
    Group(
        QT_TRANSLATE_NOOP("SettingsForms", "Backups"),
        ("backup.",),
        QT_TRANSLATE_NOOP(
            "SettingsForms", "the nightly copy of the embedded database file and how long copies are kept"
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def group_of(key: str) -> Group | None:
    return next((g for g in GROUPS if key.startswith(g.prefixes)), None)


class GroupForm(QWidget):
    """One group's fields; :meth:`changes` are the edited values, each checked as it is typed."""

    def __init__(
        self, group: Group, rows: list[SettingRow], editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.rows = {r.key: r for r in rows}
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}  # key → the setting's label in the screen's language
        self.problems: dict[str, QLabel] = {}
        self._rows: list[
            tuple[QLabel, QVBoxLayout]
        ] = []  # caption and field, to know when both fit on a line
        form = self.form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in rows:
            edit = QLineEdit(row.value)
            edit.setObjectName(f"setting_{row.key}")
            edit.setAccessibleName(row.key)
            edit.setReadOnly(not editable)
            edit.setPlaceholderText(row.default)
            # room for a value on a narrow screen: the form puts the caption above a field rather than squeeze it
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0") * 12)
            edit.textChanged.connect(lambda _t, key=row.key: self._check(key))
            unit = QLabel(
                translate(row.unit) if row.unit else ""
            )  # the service's unit, in the screen's language
            unit.setObjectName(f"unit_{row.key}")
            line = QHBoxLayout()
            line.addWidget(edit, 1)
            line.addWidget(unit)
            if editable and row.kind == "dates":  # holidays: picked on a calendar
                pick = QPushButton(QCoreApplication.translate("SettingsForms", "Add a &day…"))
                pick.setObjectName(f"pick_{row.key}")
                pick.clicked.connect(lambda _=False, e=edit: self._add_day(e))
                line.addWidget(pick)
            elif editable and row.key.endswith("_path"):  # logo and signature: an image file
                pick = QPushButton(QCoreApplication.translate("SettingsForms", "&Choose…"))
                pick.setObjectName(f"pick_{row.key}")
                pick.clicked.connect(lambda _=False, e=edit: self._choose_image(e))
                line.addWidget(pick)
            about = QLabel(
                row.help
                + " "
                + QCoreApplication.translate("SettingsForms", "Default: %1").replace("%1", row.default or "–")
            )
            about.setWordWrap(True)
            palette.tone(about, "muted")
            problem = QLabel()
            problem.setObjectName(f"problem_{row.key}")
            problem.setWordWrap(True)
            palette.tone(problem, "error")
            problem.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addLayout(line)
            box.addWidget(about)
            box.addWidget(problem)
            caption = QLabel((row.label or row.key) + ":")  # the service's label, in the screen's language
            self.labels[row.key] = row.label or row.key
            caption.setToolTip(row.key)  # the key ``rimedio settings set`` takes
            caption.setBuddy(edit)
            form.addRow(caption, box)
            self._rows.append((caption, box))
            self.edits[row.key] = edit
            self.problems[row.key] = problem

    def room_beside(self) -> int:
        """The width at which every caption fits beside its field."""
        if not self._rows:
            return 0
        margins = self.form.contentsMargins()
        captions = max(caption.sizeHint().width() for caption, _box in self._rows)
        fields = max(box.minimumSize().width() for _caption, box in self._rows)
        spacing = max(self.form.horizontalSpacing(), 0)
        return margins.left() + captions + spacing + fields + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Captions beside their fields when every row has room, above every field otherwise: on a narrow screen
        # (or beside the letterhead preview) one consistent column, never some rows one way and some the other.
        wide = event.size().width() >= self.room_beside()
        policy = QFormLayout.RowWrapPolicy.WrapLongRows if wide else QFormLayout.RowWrapPolicy.WrapAllRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    def _add_day(self, edit: QLineEdit) -> None:
        """A calendar; the chosen day joins the list (sorted, once)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("SettingsForms", "Rimedio – a closed day"))
        calendar = QCalendarWidget()
        calendar.setObjectName("holidayCalendar")
        calendar.setGridVisible(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: dialog.accept())
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        self.calendar = calendar
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = calendar.selectedDate().toString("yyyy-MM-dd")
        days = {d.strip() for d in edit.text().split(",") if d.strip()} | {day}
        edit.setText(",".join(sorted(days)))

    def _choose_image(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SettingsForms", "Rimedio – an image"),
            edit.text(),
            QCoreApplication.translate("SettingsForms", "Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            edit.setText(name)

    def _check(self, key: str) -> None:
        """The same check the command line and the service apply to one value."""
        problem = self.problems[key]
        try:
            registry.parse(registry.spec(key), self.edits[key].text())
        except ValidationError as exc:
            problem.setText(exc.message)
            problem.show()
        else:
            problem.hide()
        self.window().update()

    def changes(self) -> dict[str, tuple[str, str]]:
        return {
            key: (self.rows[key].value, edit.text())
            for key, edit in self.edits.items()
            if edit.text() != self.rows[key].value
        }

    def invalid(self) -> list[str]:
        return [key for key, label in self.problems.items() if not label.isHidden()]


class SettingsForms(QWidget):
    """The groups on the left, the chosen group's form on the right, what a change affects and *Save*."""

    #: the service stored the changed values (the other views of the same settings read them again)
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsForms")
        self.workspace = workspace
        self.editable = workspace.can_edit_settings()
        self.forms: list[GroupForm] = []
        self.letterhead: LetterheadPreview | None = None
        self.group_names = QStringListModel(self)
        self.group_view = QListView()
        self.group_view.setObjectName("settingFormGroups")
        self.group_view.setAccessibleName(QCoreApplication.translate("SettingsForms", "Groups of settings"))
        self.group_view.setModel(self.group_names)
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_view.setMaximumWidth(self.group_view.fontMetrics().horizontalAdvance("M") * 16)
        self.stack = QStackedWidget()
        self.preview = QLabel()
        self.preview.setObjectName("settingsPreview")
        self.preview.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("settingsFormMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("SettingsForms", "&Save these settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setEnabled(False)
        self.revert_button = QPushButton(QCoreApplication.translate("SettingsForms", "&Undo changes"))
        self.revert_button.setObjectName("revertSettings")
        self.revert_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.group_view)
        layout.addLayout(right, 1)
        self.group_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self.stack.setCurrentIndex(cur.row())
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.workspace.runner.submit(
            settings.list_settings, self.workspace.ctx, done=self._loaded, failed=self._refused
        )

    def _loaded(self, rows: list[SettingRow]) -> None:
        current = max(self.group_view.currentIndex().row(), 0)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.forms = []
        names = []
        for group in GROUPS:
            # in the order of meaning (name, address, website… ; opening before closing time), not of the keys
            members = sorted(
                (r for r in rows if r.key.startswith(group.prefixes)), key=lambda r: registry.position(r.key)
            )
            if not members:
                continue
            form = GroupForm(group, members, self.editable)
            for edit in form.edits.values():
                edit.textChanged.connect(lambda _t: self._changed())
            self.forms.append(form)
            page: QWidget = SidePane(form)
            if group is GROUPS[0]:  # the letterhead: the note as it would print, while it is edited
                page = self._with_note_preview(page, form)
            self.stack.addWidget(page)
            names.append(_tr(group.title))
        self.group_names.setStringList(names)
        # as wide as the longest group's name in this language, so none is cut ("Business hours and holida…")
        widest = max((self.group_view.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        self.group_view.setFixedWidth(widest + 2 * self.group_view.frameWidth() + 16)
        self.group_view.setCurrentIndex(self.group_names.index(min(current, len(names) - 1)))
        self._changed()

    def _with_note_preview(self, page: QWidget, form: GroupForm) -> QWidget:
        def unsaved() -> dict[str, str]:
            invalid = set(form.invalid())
            return {key: new for key, (_old, new) in form.changes().items() if key not in invalid}

        self.letterhead = LetterheadPreview(self.workspace, unsaved)
        for edit in form.edits.values():
            edit.textChanged.connect(lambda _t: self.letterhead.later())
        both = QWidget()
        row = QHBoxLayout(both)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(page, 3)
        row.addWidget(self.letterhead, 2)
        return both

    def changes(self) -> dict[str, tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        for form in self.forms:
            found.update(form.changes())
        return found

    def _changed(self) -> None:
        """Say, before saving, what the edits change and what that affects."""
        changes = self.changes()
        invalid = [k for form in self.forms for k in form.invalid()]
        self.save_button.setEnabled(self.editable and bool(changes) and not invalid)
        self.revert_button.setEnabled(bool(changes))
        if not changes:
            self.preview.setText("")
            return
        labels = {key: label for form in self.forms for key, label in form.labels.items()}
        affected = []
        for key, (old, new) in changes.items():
            group = group_of(key)
            line = f"{labels.get(key, key)}: {old or '–'} → {new or '–'}"
            if group is not None:
                line += " — " + QCoreApplication.translate("SettingsForms", "affects %1").replace(
                    "%1", _tr(group.affects)
                )
            affected.append(line)
        self.preview.setText(
            QCoreApplication.translate("SettingsForms", "Before saving:") + "\n" + "\n".join(affected)
        )

    def save(self) -> None:
        """Save the changed values together through the service, which checks them again and their relations
        with the new values side by side (all saved, or none)."""
        changed = {key: new for key, (_old, new) in self.changes().items()}
        self.message.clear()
        if not changed:
            return

        def stored(_rows: object) -> None:
            palette.tone(self.message, "success")
            self.message.setText(QCoreApplication.translate("SettingsForms", "Saved."))
            self.reload()
            self.saved.emit()

        self.workspace.runner.submit(
            settings.set_settings, self.workspace.ctx, changed, done=stored, failed=self._refused
        )

    def _refused(self, error: RimedioError) -> None:
        palette.tone(self.message, "error")
        self.message.setText(error.message)


__all__ = ["GROUPS", "SettingsForms", "group_of"]
