"""The sort arrow of table headers as the desktop draws it.

Qt draws a downward arrow for an ascending sort. Windows, macOS and KDE show an upward arrow for ascending (A→Z,
oldest first); GTK desktops (GNOME and its relatives) show a downward one. :class:`SortArrowStyle` turns Qt's arrow
round where the platform's convention differs, so a column sorted A→Z looks the way the rest of the desktop does.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionHeader

_GTK_DESKTOPS = ("gnome", "unity", "cinnamon", "mate", "xfce", "budgie", "pantheon")


def ascending_points_up(platform: str | None = None, desktop: str | None = None) -> bool:
    """Whether an ascending sort shows an upward arrow on this desktop."""
    platform = platform or sys.platform
    if platform.startswith(("win", "darwin")):
        return True
    desktop = (desktop if desktop is not None else os.environ.get("XDG_CURRENT_DESKTOP", "")).lower()
    return not any(name in desktop for name in _GTK_DESKTOPS)


def arrow_for(
    indicator: QStyleOptionHeader.SortIndicator, up_for_ascending: bool
) -> QStyleOptionHeader.SortIndicator:
    """The indicator to draw for the one Qt asks for (Qt asks ``SortDown`` for ascending)."""
    if not up_for_ascending:
        return indicator
    if indicator == QStyleOptionHeader.SortIndicator.SortDown:
        return QStyleOptionHeader.SortIndicator.SortUp
    if indicator == QStyleOptionHeader.SortIndicator.SortUp:
        return QStyleOptionHeader.SortIndicator.SortDown
    return indicator


class SortArrowStyle(QProxyStyle):
    """The platform's style, with the header's sort arrow pointing the platform's way."""

    def __init__(self, up_for_ascending: bool | None = None) -> None:
        super().__init__()
        self.up_for_ascending = ascending_points_up() if up_for_ascending is None else up_for_ascending

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt override
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            turned.sortIndicator = arrow_for(option.sortIndicator, self.up_for_ascending)
            option = turned
        super().drawPrimitive(element, option, painter, widget)
