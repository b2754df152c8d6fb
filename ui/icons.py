"""SVG icons from ``resources/icons``, drawn at the size asked for (sharp at any scale) in the palette's colours.

``currentColor`` in an icon becomes the palette's text colour (or its disabled colour), so the same files serve a
light and a dark system palette. Icons are found through :func:`app.resources.resource_path`, the same way from a
source tree and from a bundle.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.resources import resource_path


@cache
def _svg(name: str) -> bytes:
    path = resource_path("icons", f"{name}.svg")
    return path.read_bytes() if path.is_file() else b""


class SvgIconEngine(QIconEngine):
    """Renders one SVG on demand; no bitmap is ever scaled."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _colored(self, mode: QIcon.Mode) -> bytes:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        color = palette.color(group, role).name().encode()
        return _svg(self.name).replace(b"currentColor", color)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(self._colored(mode))
        if renderer.isValid():
            renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pm = QPixmap(size * scale)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), pm.size()), mode, state)
        painter.end()
        pm.setDevicePixelRatio(scale)
        return pm

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def key(self) -> str:
        return "rimedio-svg"

    def isNull(self) -> bool:
        return not _svg(self.name)


def icon(name: str) -> QIcon:
    """``icon("nav-inbox")``, ``icon("kind-damaged")``; an empty icon if the file is missing."""
    if not _svg(name):
        return QIcon()
    return QIcon(SvgIconEngine(name))


def app_icon() -> QIcon:
    return icon("rimedio")
