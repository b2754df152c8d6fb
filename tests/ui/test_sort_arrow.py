"""The header's sort arrow follows the desktop's convention (issue 15, point 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QTableView

from ui.sort_arrow import SortArrowStyle, arrow_for, ascending_points_up

Down, Up = QStyleOptionHeader.SortIndicator.SortDown, QStyleOptionHeader.SortIndicator.SortUp


def test_which_way_ascending_points():
    assert ascending_points_up("win32", "") and ascending_points_up("darwin", "")
    assert ascending_points_up("linux", "KDE")
    assert not ascending_points_up("linux", "ubuntu:GNOME")


def test_the_arrow_is_turned_only_where_the_convention_differs():
    assert arrow_for(Down, up_for_ascending=True) == Up  # Qt asks "down" for ascending
    assert arrow_for(Up, up_for_ascending=True) == Down
    assert arrow_for(Down, up_for_ascending=False) == Down


def test_the_style_draws_the_turned_arrow(qtbot):
    drawn = []

    class Recording(SortArrowStyle):
        def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802
            if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
                drawn.append(arrow_for(option.sortIndicator, self.up_for_ascending))
            super().drawPrimitive(element, option, painter, widget)

    style = Recording(up_for_ascending=True)
    table = QTableView()
    qtbot.addWidget(table)
    table.setStyle(style)
    table.horizontalHeader().setStyle(style)
    table.setModel(QStandardItemModel(3, 2))
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.show()
    table.grab()
    assert drawn and drawn[-1] == Up, "ascending is drawn pointing up"
