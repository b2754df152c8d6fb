"""Render Rimedio's icon (resources/icons/rimedio.svg) into the hicolor theme's PNG sizes, for the .deb.

Run with the project's Python (PySide6 draws the SVG, offscreen):
``python packaging/linux/render_icons.py OUT_DIR`` → ``OUT_DIR/hicolor/<N>x<N>/apps/eu.rimedio.Rimedio.png``
and ``OUT_DIR/hicolor/scalable/apps/eu.rimedio.Rimedio.svg``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "eu.rimedio.Rimedio"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "rimedio.svg"


def render(out: Path) -> list[Path]:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1])):
        print(path)
