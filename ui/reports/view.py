"""The Reports screen for supervisors: a period and filters, figure tiles, three charts, the weekly and per-agent
tables, and export as CSV or as a printable PDF.

The figures come from :func:`app.services.reports.summary` run on the workspace's runner (never on the GUI thread);
a newer request cancels the older one, so a fast change of dates never shows stale figures. Files are written by
:mod:`app.services.report_export` on the runner too. The screen never touches the database itself.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseKind, Channel
from app.domain.money import Money
from app.errors import RimedioError
from app.i18n import current_language
from app.services import report_export, reports
from app.services.reports import ReportFilter, Summary
from app.services.settings import get_settings
from ui import formatting
from ui.errors import show_refusal
from ui.labels import label
from ui.layout_memory import remember_splitter
from ui.reports.charts import LineChart, MixChart, WeeklyBarChart
from ui.reports.models import AgentTableModel, WeekTableModel, hours_text, percent_text
from ui.runner import Job
from ui.widgets.common import BusyBar
from ui.workspace import Workspace

#: Quick periods: key → (first day, last day) from today.
QUICK = ("last_30", "last_90", "this_month", "last_month", "this_year", "custom")


def quick_period(key: str, today: date) -> tuple[date, date] | None:
    if key == "last_30":
        return today - timedelta(days=29), today
    if key == "last_90":
        return today - timedelta(days=89), today
    if key == "this_month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if key == "this_year":
        return today.replace(month=1, day=1), today
    return None


def write_pdf_with_letterhead(ctx, summary: Summary, path: str, lang: str) -> str:
    """Runs on a worker thread: the shop's name from its settings, then the PDF."""
    from app.services.anchors import for_report

    shop = get_settings(ctx)["shop.name"]
    return str(report_export.write_pdf(summary, path, shop_name=shop, lang=lang, anchor=for_report(ctx)))


class Tile(QFrame):
    """One headline figure: a caption above a large value."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName(f"tileValue_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAccessibleName(caption)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class ReportsView(QWidget):
    """``ReportsView(workspace)``: the supervisors' figures for the workspace's database and user."""

    loaded = Signal(object)  # the Summary shown, once it arrives
    exported = Signal(str)  # the path of a file written

    def __init__(
        self, workspace: Workspace, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.workspace = workspace
        self.today = today or date.today()
        self.summary: Summary | None = None
        self._job: Job | None = None
        self._filling = False

        # --- period and filters ---------------------------------------------------------------------------------
        self.quick = QComboBox()
        self.quick.setAccessibleName(self.tr("Period"))
        names = {
            "last_30": self.tr("Last 30 days"),
            "last_90": self.tr("Last 90 days"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_year": self.tr("This year"),
            "custom": self.tr("Chosen dates"),
        }
        for key in QUICK:
            self.quick.addItem(names[key], key)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("All kinds"), "")
        for k in CaseKind:
            self.kind.addItem(label(k), k.value)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), "")
        for c in Channel:
            self.channel.addItem(label(c), c.value)
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Agent filter"))
        self.agent.addItem(self.tr("All agents"), "")
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        for b in (self.csv_button, self.pdf_button):
            b.setEnabled(False)
        self.busy = BusyBar()
        self.message = QLabel("")
        self.message.setObjectName("reportsMessage")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()  # the period and the exports; the filters on a row of their own (fits 1024 px)
        bar.addWidget(self.quick)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.channel)
        filters.addWidget(self.agent)
        filters.addStretch(1)

        # --- tiles --------------------------------------------------------------------------------------------
        captions = {
            "cases": self.tr("Cases"),
            "first_answer": self.tr("First answer on time"),
            "resolution": self.tr("Resolved on time"),
            "keep_and_credit": self.tr("Keep-and-credit accepted"),
            "savings": self.tr("Saved against replacement"),
            "credit_issued": self.tr("Credit issued"),
            "credit_spent": self.tr("Credit spent"),
            "liability": self.tr("Credit still owed"),
            "revenue": self.tr("Revenue of orders with credit"),
        }
        self.tiles = {key: Tile(key, caption) for key, caption in captions.items()}
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 5, i % 5)

        # --- charts and tables ---------------------------------------------------------------------------------
        self.weekly_chart = WeeklyBarChart()
        self.weekly_chart.title = self.tr("Cases per week")
        self.mix_chart = MixChart()
        self.mix_chart.title = self.tr("Resolution mix")
        self.liability_chart = LineChart()
        self.liability_chart.title = self.tr("Credit still owed, end of each week")
        for chart in (self.weekly_chart, self.mix_chart, self.liability_chart):
            chart.empty_text = self.tr("Nothing in this period")
        self.liability_chart.format_value = self._money_axis
        charts = QHBoxLayout()
        charts.addWidget(self.weekly_chart, 3)
        charts.addWidget(self.mix_chart, 2)
        charts.addWidget(self.liability_chart, 3)
        chart_box = QWidget()
        chart_box.setLayout(charts)

        self.week_model = WeekTableModel(self)
        self.agent_model = AgentTableModel(self)
        self.week_table = self._table(self.week_model, "reportsWeeks", self.tr("Weeks"))
        self.agent_table = self._table(self.agent_model, "reportsAgents", self.tr("Agents"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.week_table, self.tr("&Weeks"))
        self.tabs.addTab(self.agent_table, self.tr("&Agents"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chart_box)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.splitter = split
        remember_splitter(split, workspace.actor.username, "reports/splitter")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(tiles)
        layout.addWidget(split, 1)

        self.quick.currentIndexChanged.connect(self._quick_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        for combo in (self.kind, self.channel, self.agent):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.quick.setCurrentIndex(QUICK.index("last_90"))
        self._quick_changed()

    def _table(self, model, name: str, accessible: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)  # the last column is never cut at the right edge
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return table

    # --- period and filters ----------------------------------------------------------------------------------------
    def set_period(self, first: date, last: date) -> None:
        """Show ``first``…``last`` (both included) and reload."""
        self._filling = True
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))
        self._filling = False
        self.refresh()

    def period(self) -> tuple[date, date]:
        first, last = self.date_from.date(), self.date_to.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())

    def current_filter(self) -> ReportFilter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return ReportFilter(kinds=one(self.kind), channels=one(self.channel), agents=one(self.agent))

    def _quick_changed(self) -> None:
        chosen = quick_period(self.quick.currentData(), self.today)
        if chosen is not None:
            self.set_period(*chosen)

    def _dates_changed(self) -> None:
        if self._filling:
            return
        self.quick.blockSignals(True)
        self.quick.setCurrentIndex(QUICK.index("custom"))
        self.quick.blockSignals(False)
        self.refresh()

    def _filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    # --- loading ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the figures of the chosen period and filters in the background; older requests are dropped."""
        if self._job is not None:
            self._job.cancel()
        first, last = self.period()
        self.busy.set_busy(True)
        self.message.setText("")
        self._job = self.workspace.runner.submit(
            reports.summary,
            self.workspace.ctx,
            first,
            last,
            self.current_filter(),
            done=self._show,
            failed=self._refused,
        )

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        self.message.setText(error.message)

    def _show(self, summary: Summary) -> None:
        self.busy.set_busy(False)
        self.summary = summary
        for b in (self.csv_button, self.pdf_button):
            b.setEnabled(True)
        self._fill_agents(summary)
        self._fill_tiles(summary)
        labels = [w.week_start.strftime("%d/%m") for w in summary.weeks]
        self.weekly_chart.set_data(labels, [w.cases for w in summary.weeks])
        self.mix_chart.set_data([(label(k), v) for k, v in summary.remedies.chosen.items()])
        self.liability_chart.set_data(labels, [w.liability_end.minor for w in summary.weeks])
        self.week_model.set_summary(summary)
        self.agent_model.set_summary(summary)
        self.loaded.emit(summary)

    def _fill_agents(self, summary: Summary) -> None:
        """Offer the agents seen in an unfiltered period, keeping the current choice."""
        if summary.filter.agents:
            return
        current = self.agent.currentData()
        self._filling = True
        self.agent.clear()
        self.agent.addItem(self.tr("All agents"), "")
        for a in summary.agents:
            if a.username:
                self.agent.addItem(a.name or a.username, a.username)
        index = self.agent.findData(current)
        self.agent.setCurrentIndex(max(0, index))
        self._filling = False

    def _fill_tiles(self, r: Summary) -> None:
        t = self.tiles
        fa, res, rem, c = r.first_answer, r.resolution, r.remedies, r.credit
        t["cases"].set(str(r.cases), self.tr("weeks: %1").replace("%1", str(len(r.weeks))))
        t["first_answer"].set(
            percent_text(fa.on_time_share), self.tr("average %1").replace("%1", hours_text(fa.average_hours))
        )
        t["resolution"].set(
            percent_text(res.on_time_share),
            self.tr("average %1").replace("%1", hours_text(res.average_hours)),
        )
        t["keep_and_credit"].set(
            percent_text(rem.acceptance_share),
            self.tr("%1 of %2 offered")
            .replace("%1", str(rem.keep_and_credit_accepted))
            .replace("%2", str(rem.keep_and_credit_offered)),
        )
        t["savings"].set(
            formatting.money(rem.savings),
            self.tr("remedies with a saving: %1").replace("%1", str(rem.with_saving)),
        )
        t["credit_issued"].set(
            formatting.money(c.issued), self.tr("expired %1").replace("%1", formatting.money(c.expired))
        )
        t["credit_spent"].set(
            formatting.money(c.spent),
            self.tr("%1 of the credit issued in the period, spent").replace(
                "%1", percent_text(c.spent_share)
            ),
        )
        t["liability"].set(
            formatting.money(c.owed_at_end),
            self.tr("at the end of %1").replace("%1", formatting.day(r.date_to)),
        )
        t["revenue"].set(
            formatting.money(c.revenue_with_credit),
            self.tr("%1 beyond the credit").replace("%1", formatting.money(c.revenue_beyond_credit)),
        )

    def _money_axis(self, minor: float) -> str:
        currency = self.summary.currency if self.summary else "EUR"
        return (
            formatting.money(Money(int(round(minor / 100) * 100), currency))
            .replace(",00", "")
            .replace(".00", "")
        )

    # --- export ---------------------------------------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        first, last = self.period()
        return f"rimedio-report-{first.isoformat()}-{last.isoformat()}.{suffix}"

    def export_csv(self, path: str | None = None) -> Job | None:
        """Save the figures shown as CSV (asks where unless ``path`` is given)."""
        if self.summary is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the figures as CSV"),
                self._default_name("csv"),
                self.tr("CSV files (*.csv)"),
            )
        if not path:
            return None
        return self.workspace.runner.submit(
            report_export.write_csv,
            self.summary,
            path,
            done=self._saved,
            failed=lambda e: show_refusal(self, e),
        )

    def export_pdf(self, path: str | None = None) -> Job | None:
        """Save a printable PDF report of the figures shown (asks where unless ``path`` is given)."""
        if self.summary is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export a PDF report"), self._default_name("pdf"), self.tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        return self.workspace.runner.submit(
            write_pdf_with_letterhead,
            self.workspace.ctx,
            self.summary,
            path,
            current_language(),
            done=self._saved,
            failed=lambda e: show_refusal(self, e),
        )

    def _saved(self, path) -> None:
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(str(path))
