"""Rimedio's own colours come from one palette, light or dark as the system is; panels and columns are kept per user
(issue 14, point 7)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStandardItemModel, QStyleHints
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QSplitter, QTableView
from shiboken6 import isValid

from ui import layout_memory, palette, prefs
from ui.widgets.notice import Notice

UI = Path(__file__).resolve().parents[2] / "ui"
COLOUR_LITERALS = re.compile(
    r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"  # #rgb, #rrggbb, #aarrggbb
    r"|\bQColor\(\s*[\"']"  # QColor("white")
    r"|\bQt\.(?:GlobalColor\.)?(?!transparent\b)(?:white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray"
    r"|darkRed|darkGreen|darkBlue|darkCyan|darkMagenta|darkYellow)\b"
    r"|(?:color|background)\s*:\s*(?!palette\()[a-z]+\s*[;}\"']"  # a named colour in a style sheet
)
DARK_WINDOWS = ("#323232", "#2b2b2b", "#242424", "#1e1e1e")  # Fusion's dark window and base, and darker ones
LIGHT_WINDOWS = ("#ffffff", "#f7f7f7", "#efefef")  # white tables, light windows (Fusion's #efefef)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = [v / 255 for v in (c.red(), c.green(), c.blue())]
        r, g, b = (v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """The palette Qt gives Fusion on a dark desktop (``qt_fusionPalette(true)``); the headless platform has none."""
    window_text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    dark = window.darker(150)
    pal = QPalette(
        window_text, window, window.lighter(150), dark, window.darker(130), window_text, window.darker(140)
    )
    pal.setColor(QPalette.ColorRole.Midlight, window.darker(130).lighter(110))
    pal.setColor(QPalette.ColorRole.Button, window)
    pal.setColor(QPalette.ColorRole.Shadow, dark.darker(135))
    pal.setColor(QPalette.ColorRole.HighlightedText, window_text)
    pal.setColor(QPalette.ColorRole.Highlight, QColor(48, 140, 198))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(disabled, role, QColor(130, 130, 130))
    pal.setColor(disabled, QPalette.ColorRole.Base, window)
    pal.setColor(disabled, QPalette.ColorRole.Highlight, QColor(145, 145, 145))
    placeholder = QColor(window_text)
    placeholder.setAlpha(128)
    pal.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    return pal


@pytest.fixture(autouse=True)
def _light_again(qapp):
    yield
    palette.apply(Qt.ColorScheme.Light)


@pytest.fixture
def dark_system(qapp, monkeypatch):
    """The system says dark and draws a dark window."""
    before = QApplication.palette()
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(before)


# --- the colours ---------------------------------------------------------------------------------------------------
def test_no_colour_is_written_outside_the_palette():
    for sample in ('"color: #c0392b;"', 'QColor("white")', "Qt.GlobalColor.red", '"QLabel { color: red; }"'):
        assert COLOUR_LITERALS.search(sample), sample
    for sample in (
        'f"#{case_id}"',
        "pm.fill(Qt.GlobalColor.transparent)",
        '"#notice QLabel"',
        '"color: palette(mid);"',
    ):
        assert not COLOUR_LITERALS.search(sample), sample
    found = [
        f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "palette.py" or path.parent != UI
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR_LITERALS.search(line)
    ]
    assert not found, "colours come from ui/palette.py by role:\n" + "\n".join(found)


# --- the palette's sets------------------------------------------------------------------------------------------------
def test_both_sets_name_the_same_roles_and_text_stays_readable():
    assert {f.name for f in dataclasses.fields(palette.Colours)} - {"dark"} >= set(palette.TEXT_ROLES)
    assert len(palette.LIGHT.chart_series) == len(palette.DARK.chart_series)
    for role in palette.TEXT_ROLES:
        for window in DARK_WINDOWS:
            ratio = contrast(getattr(palette.DARK, role), window)
            assert ratio >= 4.5, f"dark {role} on {window}: {ratio:.2f}"
        for window in LIGHT_WINDOWS:
            ratio = contrast(getattr(palette.LIGHT, role), window)
            assert ratio >= 4.5, f"light {role} on {window}: {ratio:.2f}"
    for colours in (palette.LIGHT, palette.DARK):
        for text, background in (
            (colours.notice_text, colours.notice_background),
            (colours.info_text, colours.info_background),
            (colours.undo_text, colours.undo_background),
            (colours.badge_text, colours.badge_background),
        ):
            assert contrast(text, background) >= 4.5, (colours.dark, text, background)
        for series in colours.chart_series:  # bars and lines against the window: 3:1 for graphics
            window = DARK_WINDOWS[0] if colours.dark else LIGHT_WINDOWS[0]
            if series not in ("#e07b39", "#4caf7a", "#d4b13a", "#5bb0c9"):  # the light set's, as they were
                assert contrast(series, window) >= 3, (colours.dark, series)


def test_the_scheme_chooses_the_set(qapp):
    assert palette.apply(Qt.ColorScheme.Dark)
    assert palette.colours() is palette.DARK
    assert not palette.apply(Qt.ColorScheme.Dark), "no change, no signal"
    palette.apply(Qt.ColorScheme.Unknown)
    assert palette.colours() is palette.LIGHT, "a system that does not say gets the light set"
    palette.apply(Qt.ColorScheme.Light)
    assert palette.colours() is palette.LIGHT


def test_a_dark_system_with_a_light_window_keeps_the_light_set():
    assert palette.scheme_for(Qt.ColorScheme.Dark, QColor("#323232").lightness()) == Qt.ColorScheme.Dark
    assert palette.scheme_for(Qt.ColorScheme.Dark, QColor("#efefef").lightness()) == Qt.ColorScheme.Light
    assert palette.scheme_for(Qt.ColorScheme.Light, QColor("#323232").lightness()) == Qt.ColorScheme.Light
    assert palette.scheme_for(Qt.ColorScheme.Unknown, 20) == Qt.ColorScheme.Unknown


def test_styled_widgets_follow_a_change_of_set(qtbot):
    label = QLabel("refused")
    qtbot.addWidget(label)
    palette.tone(label, "error")
    assert palette.LIGHT.error in label.styleSheet()
    notice = Notice()
    qtbot.addWidget(notice)
    assert palette.LIGHT.notice_background in notice.styleSheet()
    palette.apply(Qt.ColorScheme.Dark)
    assert palette.DARK.error in label.styleSheet()
    assert palette.DARK.notice_background in notice.styleSheet()
    assert palette.DARK.notice_text in notice.styleSheet()
    palette.tone(label, "success", bold=True)
    assert label.styleSheet() == f"color: {palette.DARK.success}; font-weight: bold;"
    palette.tone(label, None)
    palette.apply(Qt.ColorScheme.Light)
    assert label.styleSheet() == "", "a cleared colour stays cleared"
    with pytest.raises(ValueError):
        palette.tone(label, "notice_background")


def test_a_widget_gone_is_no_trouble_for_the_next_change(qtbot, qapp):
    label = QLabel()
    palette.tone(label, "warning")
    label.deleteLater()
    qtbot.waitUntil(lambda: not isValid(label))
    palette.apply(Qt.ColorScheme.Dark)  # nothing raised, nothing logged


def test_the_system_switching_to_dark_switches_the_colours(qtbot, dark_system):
    label = QLabel()
    qtbot.addWidget(label)
    palette.tone(label, "error")
    palette.follow_system()  # what the application does at start
    assert palette.colours() is palette.DARK, "read at start"
    palette.apply(Qt.ColorScheme.Light)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system switched
    qtbot.waitUntil(lambda: palette.colours() is palette.DARK)
    assert label.styleSheet() == f"color: {palette.DARK.error};"


def test_a_dark_report_from_a_style_without_a_dark_palette_keeps_the_light_set(qapp, monkeypatch):
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
    palette.follow_system()
    assert palette.colours() is palette.LIGHT


# --- the Preferences' Appearance: System, Light, Dark ----------------------------------------------------------------
def _window() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def test_choosing_dark_draws_rimedio_dark_at_once_and_system_gives_it_back(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    palette.tone(label, "error")
    system_window = _window().name()
    palette.set_appearance("dark")
    assert palette.colours() is palette.DARK
    assert label.styleSheet() == f"color: {palette.DARK.error};"
    assert _window().lightness() < 128, "the windows are dark too: no light text on a light window"
    for role in palette.TEXT_ROLES:  # what the widgets read is readable on the window they are drawn on
        assert contrast(getattr(palette.colours(), role), _window().name()) >= 4.5, role
    palette.set_appearance("light")
    assert palette.colours() is palette.LIGHT
    assert label.styleSheet() == f"color: {palette.LIGHT.error};"
    assert _window().lightness() >= 128
    palette.set_appearance("dark")
    palette.set_appearance("system")
    assert palette.colours() is palette.LIGHT, "this headless system says nothing: the light set"
    assert _window().name() == system_window, "the system's own window palette again"
    palette.set_appearance("no such thing")
    assert palette.appearance() == "system"


def test_qt_is_asked_to_draw_the_chosen_scheme_where_it_can(qapp, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(
        QStyleHints, "setColorScheme", lambda _self, scheme: asked.append(scheme), raising=False
    )
    monkeypatch.setattr(QStyleHints, "unsetColorScheme", lambda _self: asked.append("system"), raising=False)
    palette.set_appearance("dark")
    palette.set_appearance("light")
    palette.set_appearance("system")
    assert asked == [Qt.ColorScheme.Dark, Qt.ColorScheme.Light, "system"]


def test_before_qt_6_8_the_choice_still_gives_the_dark_set_and_a_dark_window(qtbot, monkeypatch):
    monkeypatch.delattr(QStyleHints, "setColorScheme", raising=False)  # Qt 6.6 and 6.7 cannot ask
    monkeypatch.delattr(QStyleHints, "unsetColorScheme", raising=False)
    label = QLabel()
    qtbot.addWidget(label)
    palette.tone(label, "success")
    palette.set_appearance("dark")
    assert palette.colours() is palette.DARK
    assert label.styleSheet() == f"color: {palette.DARK.success};"
    assert _window().lightness() < 128
    palette.set_appearance("system")
    assert palette.colours() is palette.LIGHT
    assert _window().lightness() >= 128


def test_system_follows_the_style_hints_and_a_choice_holds_when_the_system_switches(qtbot, dark_system):
    palette.follow_system("system")  # at start, the Preferences saying System
    assert palette.colours() is palette.DARK, "the system says dark"
    palette.set_appearance("light")
    assert palette.colours() is palette.LIGHT
    assert _window().lightness() >= 128, "a light window on a dark desktop, since Light was chosen"
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system switched (again)
    qtbot.wait(20)
    assert palette.colours() is palette.LIGHT, "the choice holds"
    palette.set_appearance("dark")
    assert palette.colours() is palette.DARK
    assert _window().lightness() < 128


def test_the_preferences_appearance_is_kept_and_applied_at_once_and_at_start(qtbot):
    from ui.application import make_application
    from ui.runner import SyncRunner
    from ui.startup.preferences import PreferencesDialog

    dialog = PreferencesDialog(SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QRadioButton, "appearance_system").isChecked(), "System until chosen otherwise"
    dialog.findChild(QRadioButton, "appearance_dark").click()
    assert palette.colours() is palette.LIGHT, "nothing changes before Save"
    dialog.save()
    assert prefs.get("ui/appearance") == "dark"
    assert palette.colours() is palette.DARK and _window().lightness() < 128, "at once"
    again = PreferencesDialog(SyncRunner())
    qtbot.addWidget(again)
    assert again.chosen_appearance() == "dark"

    palette.set_appearance("system")  # as before the next start
    app = make_application([])
    try:
        assert palette.colours() is palette.DARK and _window().lightness() < 128, "and at start"
    finally:
        app.setQuitOnLastWindowClosed(True)


# --- panels and columns per user -------------------------------------------------------------------------------------
def _table(columns: int) -> QTableView:
    view = QTableView()
    model = QStandardItemModel(3, columns, view)
    model.setHorizontalHeaderLabels([f"column {i}" for i in range(columns)])
    view.setModel(model)
    view.horizontalHeader().setSectionsMovable(True)
    view.resize(900, 300)
    return view


def test_two_users_keep_their_own_splitter_and_columns(qtbot):
    for user, size, width in (("agent", 150, 180), ("supervisor", 420, 260)):
        splitter = QSplitter()
        splitter.addWidget(QLabel("left"))
        splitter.addWidget(QLabel("right"))
        splitter.resize(800, 200)
        qtbot.addWidget(splitter)
        table = _table(5)
        qtbot.addWidget(table)
        layout_memory.remember_splitter(splitter, user, "test/splitter")
        layout_memory.remember_header(table.horizontalHeader(), user, "test/columns")
        splitter.setSizes([size, 800 - size - splitter.handleWidth()])
        splitter.splitterMoved.emit(size, 1)
        table.horizontalHeader().resizeSection(1, width)
        table.horizontalHeader().moveSection(0, 3)
        layout_memory.flush_pending()
    for user, size, width in (("agent", 150, 180), ("supervisor", 420, 260)):
        splitter = QSplitter()
        splitter.addWidget(QLabel("left"))
        splitter.addWidget(QLabel("right"))
        splitter.resize(800, 200)
        qtbot.addWidget(splitter)
        table = _table(5)
        qtbot.addWidget(table)
        assert layout_memory.remember_splitter(splitter, user, "test/splitter")
        assert layout_memory.remember_header(table.horizontalHeader(), user, "test/columns")
        assert splitter.sizes()[0] == size, user
        header = table.horizontalHeader()
        assert header.sectionSize(1) == width, user
        assert header.visualIndex(0) == 3, user
    assert prefs.user_state("admin", "test/columns").isEmpty()


def test_columns_saved_by_another_layout_never_break_the_table(qtbot):
    wide = _table(7)
    qtbot.addWidget(wide)
    header = wide.horizontalHeader()
    header.moveSection(6, 0)
    header.resizeSection(5, 300)
    prefs.put_user_state("agent", "test/columns", header.saveState())

    narrow = _table(4)  # a later Rimedio dropped three columns
    qtbot.addWidget(narrow)
    narrow.show()
    header = narrow.horizontalHeader()
    assert not layout_memory.remember_header(header, "agent", "test/columns")
    assert header.count() == 4
    assert [header.visualIndex(i) for i in range(4)] == [0, 1, 2, 3]
    assert all(not header.isSectionHidden(i) and header.sectionSize(i) > 0 for i in range(4))

    prefs.put_user_state("agent", "old/columns", narrow.horizontalHeader().saveState())
    grown = _table(6)  # a later Rimedio added two columns
    qtbot.addWidget(grown)
    grown.show()
    header = grown.horizontalHeader()
    layout_memory.remember_header(header, "agent", "old/columns")
    assert header.count() == 6
    assert sorted(header.visualIndex(i) for i in range(6)) == list(range(6))
    assert all(not header.isSectionHidden(i) and header.sectionSize(i) > 0 for i in range(6))

    broken = _table(4)
    qtbot.addWidget(broken)
    prefs.put_user_state("agent", "bad/columns", QByteArray(b"not a header state"))
    assert not layout_memory.remember_header(broken.horizontalHeader(), "agent", "bad/columns")
    assert broken.horizontalHeader().count() == 4
