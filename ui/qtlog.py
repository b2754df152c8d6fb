"""Qt's own messages (warnings from widgets, the platform plugin…) routed into Python logging, and the log file.

Logging goes to a rotating file in the user log folder (``app.folders.log_dir``); a bug's traceback ends up there
before the crash dialog shows it.
"""

from __future__ import annotations

import logging
import logging.handlers

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from app.folders import log_dir

qt_log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(msg_type: QtMsgType, context, message: str) -> None:
    qt_log.log(_LEVELS.get(msg_type, logging.WARNING), "%s", message)


def install_qt_handler() -> None:
    qInstallMessageHandler(_handler)


def setup_logging(level: int = logging.INFO) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / "rimedio.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler
