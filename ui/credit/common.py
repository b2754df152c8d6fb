"""What the credit screen's pages share: their list tables and the one-line answers under a form."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from ui import palette


def list_table(name: str, accessible: str, model) -> QTableView:
    """A read-only table of whole rows, one chosen at a time."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def say(widget: QLabel, text: str, ok: bool) -> None:
    """Show an answer in green when it went well, in red when it did not."""
    widget.setText(text)
    palette.tone(widget, "success" if ok else "error")
