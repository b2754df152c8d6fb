"""The progress callback of an import: rows done and (estimated) bytes read; ``False`` cancels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.services.shop_import.report import State

Progress = Callable[[int, int], bool]


class Meter:
    """Calls the progress callback; ``bytes_read`` is the share of the file's lines reached times its size."""

    def __init__(self, path: Path, progress: Progress | None) -> None:
        self.progress = progress
        self.size = path.stat().st_size if progress else 0
        self.lines = _count_lines(path) if progress else 0

    def tick(self, state: State, final: bool = False) -> bool:
        if self.progress is None:
            return True
        if final:
            done_bytes = self.size
        else:
            done_bytes = min(self.size, self.size * state.last_row // max(1, self.lines))
        return self.progress(state.last_row, done_bytes) is not False


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
    return count + 1
