"""The main window: navigation on the left, one page at a time on the right, the session in the status bar.

Pages are made the first time they are visited (a quick start); the case view is a page of its own that
*Back* (Alt+Left, Esc) leaves. Shortcuts: Ctrl+N new case, Ctrl+F search the current list, Ctrl+P the print
preview of the open case, F5 reload, Ctrl+1…7 the navigation entries (menus, toolbar and status bar are built in
:mod:`ui.window_chrome`). Geometry and the last page are remembered.

The change feed (:class:`~ui.live.LiveUpdates`, issue 17) tells the window what other workstations committed:
the inbox and *My cases* re-read in place (selection, scroll and search kept), the open case re-reads and says
what changed, and the :class:`~ui.approvals.watcher.ApprovalWatcher` asks again when an approval request moved
(it also polls slowly, for requests that expire without anyone touching them): supervisors see the number of
waiting requests on *Approvals*; an agent whose request was answered gets a notice across the top (never a modal
box), and the inbox and the open case reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from ui import formatting, prefs
from ui.approvals.watcher import ApprovalWatcher
from ui.icons import app_icon
from ui.inbox.view import InboxView
from ui.live import LiveUpdates
from ui.navigation import NavigationDelegate, NavigationModel, PageRole
from ui.nightly_backup import NightlyBackup
from ui.notifications import NotificationsDialog, Notifier
from ui.widgets.notice import Notice
from ui.window_chrome import make_actions, make_status_bar
from ui.workspace import Workspace

if TYPE_CHECKING:
    from app.services.approvals import RequestInfo
    from ui.approvals.view import ApprovalsView
    from ui.cases.case_view import CaseView
    from ui.cases.new_case import NewCaseDialog
    from ui.credit.view import CreditView
    from ui.customers.view import CustomersView

#: After the first page of the start page has arrived, the approvals poll waits this long (a quick start, issue 6).
WATCHER_DELAY_MS = 300


@runtime_checkable
class _LoadingModel(Protocol):
    """A page's model that loads its first rows in the background (the case lists', the customers')."""

    @property
    def loading(self) -> bool: ...

    @property
    def loadingChanged(self) -> SignalInstance: ...


class MainWindow(QMainWindow):
    logoutRequested = Signal()
    preferencesRequested = Signal()
    closed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.setWindowIcon(app_icon())
        self.pages: dict[str, QWidget] = {}
        self._previous_page = "inbox"
        self.case_view: CaseView | None = None
        self.customers_view: CustomersView | None = None  # the pages made so far that the window talks to
        self.approvals_view: ApprovalsView | None = None
        self._watcher_waits = False

        available = ["inbox", "mine", "customers", "credit"]
        if workspace.can_approve():
            available.insert(2, "approvals")
        if workspace.can(Permission.REPORTS):
            available.append("reports")
        if workspace.can_edit_settings():
            available.append("settings")
        self.nav_model = NavigationModel(available, self)
        self.nav = QListView()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setModel(self.nav_model)
        self.nav.setItemDelegate(NavigationDelegate(self.nav))
        # As wide as its longest entry with an icon and a count badge, on every screen (a wide page never squeezes
        # it): the longest entry in this language, the icon, the badge ("999+") and the margins.
        metrics = self.nav.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.nav_model.index(r).data())
            for r in range(self.nav_model.rowCount())
        )
        badge = metrics.horizontalAdvance("999+") + 16
        self.nav.setFixedWidth(max(150, longest + self.nav.iconSize().width() + badge + 36))
        self.stack = QStackedWidget()
        body = QHBoxLayout()  # the navigation keeps its width; the page takes the rest
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.notice = Notice()
        self.notice.actionRequested.connect(self._notice_action)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(self.notice)
        central_layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.watcher = ApprovalWatcher(workspace, parent=self)
        self.nightly_backup = NightlyBackup(
            workspace, parent=self
        )  # the embedded file's copy (backup.folder)
        self.watcher.waitingChanged.connect(self._waiting_changed)
        self.watcher.decided.connect(self._request_decided)
        self.live = LiveUpdates(workspace, parent=self)
        self.live.changed.connect(self._live_changed)
        self.notifier = Notifier(workspace, parent=self)
        self.live.changed.connect(self.notifier.changes)
        self.notifier.listChanged.connect(self._notifications_changed)
        self.notifier.openCase.connect(self.open_case)
        self.notifications_dialog: NotificationsDialog | None = None

        actions = make_actions(self)  # the menus, shortcuts and toolbar (ui/window_chrome.py)
        self.new_case_action, self.find_action, self.reload_action = (
            actions.new_case,
            actions.find,
            actions.reload,
        )
        self.print_action, self.notifications_action = actions.print, actions.notifications
        session = make_status_bar(self)
        self.user_label, self.role_label, self.db_label = session.user, session.role, session.database
        self.demo_label = session.demo  # None unless the account is a demo one
        self.nav.selectionModel().currentChanged.connect(
            lambda current, _prev: self.show_page(current.data(PageRole))
        )
        self._page_factories: dict[str, Callable[[], QWidget]] = {
            "inbox": lambda: self._case_list(mine=False),
            "mine": lambda: self._case_list(mine=True),
            "approvals": self._approvals,
            "customers": self._customers,
            "credit": self._credit,
            "reports": self._reports,
            "settings": self._settings,
        }
        self.resize(1200, 760)
        geometry = prefs.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        last = prefs.get("window/last_view")
        self.select_page(last if self.nav_model.row_of(last) >= 0 else "inbox")

    def _update_title(self, detail: str = "") -> None:
        name = self.tr("Rimedio")
        self.setWindowTitle(f"{name} – {detail}" if detail else name)

    # --- pages -------------------------------------------------------------------------------------------------
    def _case_list(self, mine: bool) -> InboxView:
        view = InboxView(self.workspace, mine=mine)
        view.openCase.connect(self.open_case)
        return view

    # Every page but the lists is imported the first time it is shown (a quick start).
    def _customers(self) -> CustomersView:
        from ui.customers.view import CustomersView

        view = self.customers_view = CustomersView(self.workspace)
        view.openCase.connect(self.open_case)
        return view

    def _approvals(self) -> ApprovalsView:
        from ui.approvals.view import ApprovalsView

        view = self.approvals_view = ApprovalsView(self.workspace)
        view.openCase.connect(self.open_case)
        return view

    def _credit(self) -> CreditView:
        from ui.credit.view import CreditView

        view = CreditView(self.workspace)
        view.openCustomer.connect(self.open_customer)
        return view

    def _reports(self) -> QWidget:
        from ui.reports.view import ReportsView

        return ReportsView(self.workspace)

    def _settings(self) -> QWidget:
        from ui.admin.views import AdminView

        return AdminView(self.workspace)

    # --- approvals arriving ------------------------------------------------------------------------------------
    def _waiting_changed(self, count: int) -> None:
        self.nav_model.set_badge("approvals", count)
        page = self.approvals_view
        if page is not None and page.isVisible():
            page.reload()

    def _request_decided(self, request: RequestInfo) -> None:
        if request.status == "approved":
            amount = formatting.money(request.approved if request.approved is not None else request.amount)
            text = (
                self.tr("Case %1: %2 approved %3")
                .replace("%1", str(request.case_id))
                .replace("%2", request.decided_by or "")
                .replace("%3", amount)
            )
            if request.approved is not None and request.approved != request.amount:
                text += " " + self.tr("(you asked for %1)").replace("%1", formatting.money(request.amount))
            if request.voucher:
                text += " – " + self.tr("voucher %1").replace("%1", request.voucher)
        elif request.status == "rejected":
            text = (
                self.tr("Case %1: %2 rejected the credit – %3")
                .replace("%1", str(request.case_id))
                .replace("%2", request.decided_by or "")
                .replace("%3", request.decision_reason)
            )
        else:
            text = self.tr("Case %1: the approval request expired without an answer.").replace(
                "%1", str(request.case_id)
            )
        self.notice.show_notice(
            text, self.tr("&Open case %1").replace("%1", str(request.case_id)), request.case_id
        )
        self.statusBar().showMessage(text, 15000)
        self.workspace.caseChanged.emit(request.case_id)
        if (
            self.case_view is not None
            and self.case_view.case is not None
            and self.case_view.case.id == request.case_id
        ):
            self.case_view.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.watcher.timer.isActive() or self._watcher_waits:
            return
        model = getattr(self.current_page(), "model", None)
        if (
            isinstance(model, _LoadingModel) and model.loading
        ):  # the poll would slow the first page: it follows it
            self._watcher_waits = True
            model.loadingChanged.connect(self._first_page_loaded)
        else:  # nor the first paint (the poll is the first to load the database layer after a quick start)
            QTimer.singleShot(WATCHER_DELAY_MS, self._start_watcher)

    def _first_page_loaded(self, loading: bool) -> None:
        if loading or not self._watcher_waits:
            return
        self._watcher_waits = False
        model = self.sender()
        if isinstance(model, _LoadingModel):
            model.loadingChanged.disconnect(self._first_page_loaded)
        QTimer.singleShot(WATCHER_DELAY_MS, self._start_watcher)

    def _start_watcher(self) -> None:
        if self.isVisible() and not self.watcher.timer.isActive():
            self.watcher.start()
            self.live.start()
            self.notifier.start()

    # --- notifications -----------------------------------------------------------------------------------------
    def _notifications_changed(self) -> None:
        unread = self.notifier.unread
        self.notifications_action.setText(
            self.tr("Notifications (%1)").replace("%1", str(unread)) if unread else self.tr("Notifications")
        )

    def show_notifications(self) -> NotificationsDialog:
        if self.notifications_dialog is None:
            self.notifications_dialog = NotificationsDialog(self.notifier, self)
            self.notifications_dialog.openCase.connect(self.open_case)
        self.notifier.reload()
        self.notifications_dialog.show()
        self.notifications_dialog.raise_()
        return self.notifications_dialog

    # --- changes committed anywhere (the change feed) ----------------------------------------------------------
    def _live_changed(self, changes: list) -> None:
        me = self.workspace.actor.id
        kinds = {c.kind for c in changes}
        resync = "resync" in kinds
        if resync or kinds & {"case", "event", "approval", "credit"}:
            for name in ("inbox", "mine"):
                page = self.pages.get(name)
                if isinstance(page, InboxView):
                    page.refresh_live()
        if resync or "approval" in kinds:
            self.watcher.poll()
        view = self.case_view
        if view is None or view.case is None:
            return
        open_id = view.case.id
        about = [c for c in changes if c.case_id == open_id]
        if resync or any(c.kind != "presence" and c.actor_id != me for c in about):
            view.refresh_live(about)
        if resync or any(c.kind == "presence" and c.actor_id != me for c in about):
            view.refresh_presence()

    def page(self, name: str) -> QWidget:
        if name not in self.pages:
            widget = self._page_factories[name]()
            self.pages[name] = widget
            self.stack.addWidget(widget)
        return self.pages[name]

    def select_page(self, name: str) -> None:
        row = self.nav_model.row_of(name)
        if row >= 0:
            self.nav.selectionModel().setCurrentIndex(
                self.nav_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.show_page(name)

    def show_page(self, name: str | None) -> None:
        if not name:
            return
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        self.print_action.setEnabled(False)
        self._previous_page = name
        prefs.put("window/last_view", name)
        self._update_title(self.nav_model.data(self.nav_model.index(self.nav_model.row_of(name))))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _notice_action(self, case_id: object) -> None:
        """The notice's button: the case it spoke of (its payload), if any."""
        if isinstance(case_id, int) and case_id:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        if self.case_view is None:
            from ui.cases.case_view import CaseView

            self.case_view = CaseView(self.workspace)
            self.case_view.back.connect(self.leave_case)
            self.case_view.openCustomer.connect(self.open_customer)
            self.stack.addWidget(self.case_view)
        self.stack.setCurrentWidget(self.case_view)
        self.print_action.setEnabled(True)
        self._update_title(self.tr("case %1").replace("%1", str(case_id)))
        self.case_view.load(case_id)
        self.case_view.note.setFocus()

    def print_case(self) -> None:
        if self.case_view is not None and self.current_page() is self.case_view:
            self.case_view.print_preview()

    def leave_case(self) -> None:
        if self.case_view is not None:
            self.case_view.leave()
        self.show_page(self._previous_page)
        page = self.current_page()
        if page is not None and hasattr(page, "table"):
            page.table.setFocus()

    def open_customer(self, customer_id: int) -> None:
        self.select_page("customers")
        if self.customers_view is not None:
            self.customers_view.show_customer(customer_id)

    # --- actions -----------------------------------------------------------------------------------------------
    def new_case(self) -> NewCaseDialog:
        from ui.cases.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.workspace, self)
        dialog.caseOpened.connect(self.open_case)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def reload_current(self) -> None:
        page = self.current_page()
        if self.case_view is not None and page is self.case_view:
            self.case_view.reload()
        elif isinstance(page, InboxView):
            page.model.reload()
        elif page is not None and page is self.customers_view:
            self.customers_view.model.reload()
        elif page is not None and hasattr(page, "reload"):
            page.reload()
        self.watcher.poll()

    def closeEvent(self, event) -> None:
        self.watcher.stop()
        self.live.stop()
        self.notifier.stop()
        if self.case_view is not None:
            self.case_view.leave()
        prefs.put("window/geometry", self.saveGeometry())
        from ui.layout_memory import flush_pending

        flush_pending()
        super().closeEvent(event)
        self.closed.emit()

    # --- what the user is looking at (kept across a change of language) ----------------------------------------
    def view_state(self) -> dict:
        """The page, the open case and the current page's search text."""
        state: dict = {"page": self._previous_page}
        if (
            self.case_view is not None
            and self.current_page() is self.case_view
            and self.case_view.case is not None
        ):
            state["case"] = self.case_view.case.id
        search = getattr(self.pages.get(self._previous_page), "search", None)
        if search is not None and hasattr(search, "text"):
            state["search"] = search.text()
        return state

    def restore_view_state(self, state: dict) -> None:
        self.select_page(state.get("page", "inbox"))
        page = self.current_page()
        search = getattr(page, "search", None)
        if state.get("search") and search is not None and hasattr(search, "setText"):
            search.setText(state["search"])
            if page is not None and hasattr(page, "apply"):
                page.apply()
        if state.get("case"):
            self.open_case(int(state["case"]))
