"""The nightly copy of the embedded database file, made by the open window (the setting ``backup.folder``).

Checked a minute after the window opens and then every hour, off the window's thread: the service makes today's
copy once (``rimedio-YYYY-MM-DD.sqlite3``) and removes those older than ``backup.keep_days``. Nothing happens
on PostgreSQL (the server has its own backups) or when no folder is set. A failure is logged, never shown in a
dialog every hour.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

FIRST_MS = 60_000
EVERY_MS = 3_600_000


class NightlyBackup(QObject):
    def __init__(self, workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        QTimer.singleShot(FIRST_MS, self.check)  # the service does nothing on PostgreSQL or without a folder
        self.timer.start(EVERY_MS)

    def check(self) -> None:
        # not imported before the first paint: the quick start loads no database layer
        from app.services import backup

        self.workspace.runner.submit(
            backup.nightly_from_settings, self.workspace.db, done=self._done, failed=self._failed
        )

    def _done(self, made) -> None:
        if made:
            log.info("nightly backup written: %s", made)

    def _failed(self, exc) -> None:
        log.warning("nightly backup failed: %s", exc)
