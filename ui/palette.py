"""Every colour of the desktop client, named by what it means, in a light and a dark set.

The window, text and table colours are the system's (``QPalette``); this module holds only the colours Rimedio adds
on top: a refusal's red, a saved-it green, the notice across the top, the count badge, the chart series. Nothing
else in ``ui/`` writes a colour (``tests/ui/test_palette.py`` greps for one).

The set follows the system's light or dark appearance (``QStyleHints.colorScheme()``, read at start and again
when the system switches); a system that does not say, or whose window is drawn light anyway (a style without a
dark palette), gets the light set. The Preferences' *Appearance* (``ui/appearance``: system, light or dark) can
choose instead: Qt 6.8 and later are asked to draw the windows so (``QStyleHints.setColorScheme``); where Qt
cannot ask (6.6, 6.7) or the platform does not listen, the application's window palette is set here (Fusion's
light or dark one), so the windows, tables and Rimedio's own colours always agree. The dark set's text colours keep
at least 4.5:1 against a dark window (#323232, Fusion's; darker windows only raise it), as the light set's do
against white.

- :func:`colours` — the set in use, for a model's ``ForegroundRole`` or a delegate's painter (read at paint time).
- :func:`style` — a widget's style sheet made from the set, made again when the set changes; :func:`tone` for the
  common case of a label's text colour (``tone(label, "error")``, ``tone(label, None)`` to clear it).
- :func:`follow_system` — called once at start with the saved appearance; :func:`set_appearance` when the
  Preferences change it; :func:`apply` chooses a set explicitly (tests, screenshots).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Colours:
    """One set of Rimedio's own colours, by role (``#rrggbb``)."""

    dark: bool
    error: str  # a refusal, a problem, a failed test — text
    warning: str  # something to look at before going on (an outcome that waits for approval) — text
    success: str  # done, saved, connected — text
    muted: str  # what is there but does not count now (an account with no balance, a setting's explanation)
    overdue: str  # a case past its due time (inbox id and due columns)
    flagged: str  # a customer flagged for their claim rate
    credit_in: str  # a ledger entry that adds credit
    credit_out: str  # a ledger entry that takes credit away
    demo: str  # the status bar's "demo account" flag
    notice_background: str  # the notice across the top of the main window (news nobody asked for)
    notice_border: str
    notice_text: str
    info_background: str  # "changed elsewhere" above a case
    info_border: str
    info_text: str
    undo_background: str  # "decided — Undo" on the approvals screen
    undo_border: str
    undo_text: str
    badge_background: str  # the count beside a navigation entry
    badge_text: str
    chart_series: tuple[str, ...]  # bars, mix rows and lines of the reports, in order


LIGHT = Colours(
    dark=False,
    error="#c0392b",
    warning="#8f5d00",
    success="#1e7b45",
    muted="#616d6e",
    overdue="#c0392b",
    flagged="#c0392b",
    credit_in="#1e7b45",
    credit_out="#c0392b",
    demo="#b00020",
    notice_background="#fdf3d8",
    notice_border="#e0b84c",
    notice_text="#3d3000",
    info_background="#e8f1fb",
    info_border="#8fb3dc",
    info_text="#12304f",
    undo_background="#e8f4ec",
    undo_border="#7fbf95",
    undo_text="#10301c",
    badge_background="#c0392b",
    badge_text="#ffffff",
    chart_series=("#3b7dd8", "#e07b39", "#4caf7a", "#c94f6d", "#8c6bc8", "#d4b13a", "#5bb0c9", "#888888"),
)

DARK = Colours(
    dark=True,
    error="#ff8a7a",
    warning="#f2b650",
    success="#6fd49a",
    muted="#a3acae",
    overdue="#ff8a7a",
    flagged="#ff8a7a",
    credit_in="#6fd49a",
    credit_out="#ff8a7a",
    demo="#ff8a7a",
    notice_background="#3f3518",
    notice_border="#9c8131",
    notice_text="#f5e6b8",
    info_background="#1c2f47",
    info_border="#4a76a8",
    info_text="#d6e6f7",
    undo_background="#1c3626",
    undo_border="#4f9a6a",
    undo_text="#d3efdc",
    badge_background="#b83227",
    badge_text="#ffffff",
    chart_series=("#6ea8f5", "#f39a5e", "#63c98f", "#ec7f98", "#ad91e6", "#e3c54f", "#74c6df", "#a8a8a8"),
)

TEXT_ROLES = ("error", "warning", "success", "muted", "overdue", "flagged", "credit_in", "credit_out", "demo")


#: the Preferences' *Appearance*, as stored (``ui/appearance``); anything else counts as "system"
APPEARANCES = ("system", "light", "dark")
_CHOSEN = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


class Theme(QObject):
    """Which set is in use; ``changed`` when it switches (widgets made with :func:`style` follow by themselves)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.colours = LIGHT
        self.appearance = "system"
        # the application's palette was set here (the platform did not draw the chosen scheme)
        self.own_window_palette = False

    def apply(self, scheme: Qt.ColorScheme) -> bool:
        """Use the dark set for ``Qt.ColorScheme.Dark``, the light one otherwise. True when the set changed."""
        colours = DARK if scheme == Qt.ColorScheme.Dark else LIGHT
        if colours is self.colours:
            return False
        self.colours = colours
        self.changed.emit()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # models and delegates read colours() when they paint: paint again
            for widget in app.allWidgets():
                widget.update()
        return True

    @Slot()
    def follow(self) -> None:
        """The chosen appearance, or the system's: the window palette first, then Rimedio's set to match it."""
        chosen = _CHOSEN.get(self.appearance)
        self._window_palette(chosen)
        self.apply(chosen if chosen is not None else system_scheme())

    def _window_palette(self, chosen: Qt.ColorScheme | None) -> None:
        """The system's window palette, unless it is not the ``chosen`` scheme: then Fusion's light or dark one."""
        if not isinstance(QApplication.instance(), QApplication):
            return
        if self.own_window_palette:
            QApplication.setPalette(QPalette())  # the platform's palette again, as it is now
            self.own_window_palette = False
        if chosen is None:
            return
        dark_window = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if dark_window == (chosen == Qt.ColorScheme.Dark):
            return  # drawn so already: the platform did as Qt 6.8 asked, or the system is so anyway
        QApplication.setPalette(window_palette(chosen))
        self.own_window_palette = True


def window_palette(scheme: Qt.ColorScheme) -> QPalette:
    """The windows' colours when Rimedio has to draw them ``scheme`` itself: the style's own light palette, or the
    one Qt gives Fusion on a dark desktop (``qt_fusionPalette(true)``)."""
    if scheme != Qt.ColorScheme.Dark:
        return QApplication.style().standardPalette()
    text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    dark = window.darker(150)
    pal = QPalette(text, window, window.lighter(150), dark, window.darker(130), text, window.darker(140))
    pal.setColor(QPalette.ColorRole.Midlight, window.darker(130).lighter(110))
    pal.setColor(QPalette.ColorRole.Button, window)
    pal.setColor(QPalette.ColorRole.Shadow, dark.darker(135))
    pal.setColor(QPalette.ColorRole.HighlightedText, text)
    pal.setColor(QPalette.ColorRole.Highlight, QColor(48, 140, 198))
    pal.setColor(QPalette.ColorRole.Link, QColor(48, 140, 198).lighter(130))
    pal.setColor(QPalette.ColorRole.LinkVisited, QColor(48, 140, 198).lighter(110))
    pal.setColor(QPalette.ColorRole.ToolTipBase, window.lighter(130))
    pal.setColor(QPalette.ColorRole.ToolTipText, text)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(disabled, role, QColor(130, 130, 130))
    pal.setColor(disabled, QPalette.ColorRole.Base, window)
    pal.setColor(disabled, QPalette.ColorRole.Highlight, QColor(145, 145, 145))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    pal.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    return pal


_theme: Theme | None = None


def theme() -> Theme:
    global _theme
    if _theme is None:
        _theme = Theme()
    return _theme


def colours() -> Colours:
    """The set in use now."""
    return theme().colours


def apply(scheme: Qt.ColorScheme) -> bool:
    return theme().apply(scheme)


def scheme_for(reported: Qt.ColorScheme, window_lightness: int) -> Qt.ColorScheme:
    """The scheme Rimedio's colours follow: the system's, unless it says dark while the window is drawn light
    (a widget style without a dark palette: light text colours there would be unreadable)."""
    if reported == Qt.ColorScheme.Dark and window_lightness >= 128:
        return Qt.ColorScheme.Light
    return reported


def system_scheme() -> Qt.ColorScheme:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return scheme_for(QGuiApplication.styleHints().colorScheme(), window.lightness())


_following = False


def follow_system(appearance: str = "system") -> None:
    """At start: use the ``appearance`` saved in the Preferences (one of :data:`APPEARANCES`) and, for "system",
    the system's set, now and whenever the system switches between light and dark."""
    global _following
    set_appearance(appearance)
    if not _following:
        _following = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(system_changed)


def appearance() -> str:
    return theme().appearance


def set_appearance(choice: str) -> None:
    """Draw Rimedio light, dark, or as the system is ("system"; so is anything not in :data:`APPEARANCES`), at
    once."""
    chosen = choice if choice in APPEARANCES else "system"
    before, theme().appearance = theme().appearance, chosen
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: the platform draws the windows (title bars too) so
        if chosen != "system":
            hints.setColorScheme(_CHOSEN[chosen])
        elif (
            before != "system"
        ):  # asked before: the system's again (nothing to undo at a start as the system is)
            hints.unsetColorScheme()
    theme().follow()


def system_changed(_scheme: Qt.ColorScheme | None = None) -> None:
    """The system switched: Qt may tell of the new scheme before its new palette is in place, so both are read
    once the event has passed."""
    QTimer.singleShot(0, theme().follow)


class _Restyler(QObject):
    """Child of a styled widget: makes its style sheet again when the set changes (and goes with the widget)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("paletteRestyler")
        self.make: Callable[[Colours], str] | None = None
        theme().changed.connect(self.restyle)

    @Slot()
    def restyle(self) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            widget.setStyleSheet(self.make(colours()) if self.make is not None else "")


def style(widget: QWidget, make: Callable[[Colours], str] | None) -> None:
    """Give ``widget`` the style sheet ``make(colours())``, now and after every change of set; ``None`` clears it."""
    restyler = widget.findChild(_Restyler, "paletteRestyler", Qt.FindChildOption.FindDirectChildrenOnly)
    if restyler is None:
        if make is None:
            widget.setStyleSheet("")
            return
        restyler = _Restyler(widget)
    restyler.make = make
    restyler.restyle()


def tone(widget: QWidget, role: str | None, bold: bool = False) -> None:
    """Colour ``widget``'s text by ``role`` (one of :data:`TEXT_ROLES`), bold if asked; ``None``: the system's."""
    if role is None:
        style(widget, None)
        return
    if role not in TEXT_ROLES:
        raise ValueError(f"not a text colour role: {role}")
    weight = " font-weight: bold;" if bold else ""
    style(widget, lambda c: f"color: {getattr(c, role)};{weight}")
