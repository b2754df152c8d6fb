"""Opening a shop's CSV file: its encoding, its delimiter, its header, and its rows one at a time.

Encodings: UTF-8 with or without BOM (checked over the whole file, a chunk at a time), UTF-16 with BOM (a
spreadsheet's "Unicode text"), otherwise Windows-1252. Delimiter: ``,``, ``;``, tab or ``|``, whichever the
header line uses most outside quotes. Rows are numbered as a spreadsheet shows them (header = row 1).

This module never holds the whole file in memory and never raises for a bad file: it raises
:class:`ImportFileError` (a message for the user) before the first row, and reports a broken row as a
``Problem`` in the row stream.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.imports.records import Problem

_CHUNK = 1 << 20
_HEAD = 64 * 1024
_DELIMITERS = (",", ";", "\t", "|")
_MAX_FIELD = 10 * 1024 * 1024

csv.field_size_limit(_MAX_FIELD)


class ImportFileError(Exception):
    """The file as a whole cannot be read; ``problem`` says why in words for the user."""

    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid)
        self.problem = Problem.make(None, msgid, **params)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """How to read one file, and its header (trimmed, BOM removed)."""

    path: Path
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    header_row: int = 1


def detect_encoding(path: Path) -> str:
    """``utf-8-sig``, ``utf-8``, ``utf-16`` or ``cp1252``; refuses binary files (a workbook, a zip)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
                raise ImportFileError(
                    "This is a spreadsheet workbook, not a CSV file. Save it as CSV and import that."
                )
            if b"\x00" in head:
                raise ImportFileError("This is not a text file.")
            encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
            decoder = codecs.getincrementaldecoder("utf-8")()
            chunk = head
            while chunk:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    return "cp1252"
                chunk = fh.read(_CHUNK)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                return "cp1252"
            return encoding
    except OSError as exc:
        raise ImportFileError("The file {name} cannot be read: {error}", name=path.name, error=exc.strerror or exc) from None


def _open_text(path: Path, encoding: str):  # noqa: ANN202 - a text file object
    # Windows-1252 leaves five bytes undefined; "replace" keeps such a file readable instead of refusing it.
    return path.open("r", encoding=encoding, errors="replace", newline="")


def detect_delimiter(first_line: str) -> str:
    """The delimiter the header line uses most outside quotes (``,`` when none appears)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def inspect(path: str | Path) -> SourceInfo:
    """Encoding, delimiter and header of ``path``; :class:`ImportFileError` for a file that has none."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("The file {name} does not exist.", name=str(path))
    encoding = detect_encoding(path)
    try:
        with _open_text(path, encoding) as fh:
            first = _first_logical_line(fh)
            if first is None:
                raise ImportFileError("The file {name} is empty.", name=path.name)
            delimiter = detect_delimiter(first)
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter)
            header: list[str] | None = None
            header_row = 0
            try:
                for header_row, record in enumerate(reader, start=1):  # noqa: B007 - kept for SourceInfo
                    if any(c.strip().strip("\ufeff") for c in record):
                        header = record
                        break
            except csv.Error as exc:
                raise ImportFileError("The header of the file cannot be read: {error}", error=str(exc)) from None
    except OSError as exc:
        raise ImportFileError("The file {name} cannot be read: {error}", name=path.name, error=exc.strerror or exc) from None
    cleaned = tuple(clean_header_cell(cell) for cell in header or ())
    if not any(cleaned):
        raise ImportFileError("The file {name} has no header row.", name=path.name)
    return SourceInfo(path, encoding, delimiter, cleaned, header_row)


def clean_header_cell(cell: str) -> str:
    return cell.replace("\ufeff", "").replace("ï»¿", "").strip().strip('"').strip()


def _first_logical_line(fh: Any) -> str | None:
    """The first non-blank physical line (enough to count delimiters of the header)."""
    for _ in range(1000):
        line = fh.readline(_HEAD)
        if not line:
            return None
        if line.strip().strip("\ufeff"):
            return line
    return None


def iter_records(info: SourceInfo) -> Iterator[tuple[int, list[str]] | Problem]:
    """Data rows as ``(row number, fields)``, skipping blank rows, padded with empty cells to one past the
    header's width (so ``Columns.pos`` of a missing column reads an empty cell); a row the CSV reader cannot read becomes a
    ``Problem`` and reading goes on; a file that stops being readable ends with a file ``Problem``."""
    try:
        fh = _open_text(info.path, info.encoding)
    except OSError as exc:
        yield Problem.make(None, "The file {name} cannot be read: {error}", name=info.path.name, error=exc.strerror or exc)
        return
    width = len(info.header) + 1  # one always-empty cell past the header: where missing columns point
    with fh:
        reader = csv.reader(fh, delimiter=info.delimiter)
        row = 0
        errors_in_a_row = 0
        while True:
            row += 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if row <= info.header_row:
                    continue
                errors_in_a_row += 1
                yield Problem.make(row, "The row cannot be read as CSV: {error}", error=str(exc))
                if errors_in_a_row > 100:
                    yield Problem.make(None, "Too many unreadable rows; the file is not a valid CSV file.")
                    return
                continue
            except OSError as exc:
                yield Problem.make(None, "The file {name} cannot be read: {error}", name=info.path.name, error=exc.strerror or exc)
                return
            errors_in_a_row = 0
            if row <= info.header_row or not any(fields):
                continue
            if len(fields) < 4 and not any(f.strip() for f in fields):
                continue
            if len(fields) < width:
                fields.extend([""] * (width - len(fields)))
            yield row, fields


@dataclass(frozen=True, slots=True)
class Columns:
    """Column positions by normalised header name (lower case, single spaces)."""

    index: dict[str, int]
    width: int = 0

    @classmethod
    def of(cls, header: tuple[str, ...]) -> Columns:
        index: dict[str, int] = {}
        for i, name in enumerate(header):
            index.setdefault(normalize_header(name), i)
        return cls(index, len(header))

    def get(self, name: str) -> int | None:
        return self.index.get(name)

    def pos(self, name: str) -> int:
        """Index of ``name``, or of the empty cell past the header when the file has no such column."""
        return self.index.get(name, self.width)

    def __contains__(self, name: str) -> bool:
        return name in self.index


def normalize_header(name: str) -> str:
    return " ".join(clean_header_cell(name).lower().split())


def cell(fields: list[str], index: int | None) -> str:
    """The field at ``index``, or empty when the column is missing or the row is short."""
    if index is None or index >= len(fields):
        return ""
    return fields[index]
