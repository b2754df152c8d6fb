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
#: From this many columns on, a line inside a quoted value with as many delimiters as the header is a row.
_ROW_LIKE_MIN_COLUMNS = 8

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
        raise ImportFileError(
            "The file {name} cannot be read: {error}", name=path.name, error=exc.strerror or exc
        ) from None


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
                raise ImportFileError(
                    "The header of the file cannot be read: {error}", error=str(exc)
                ) from None
    except OSError as exc:
        raise ImportFileError(
            "The file {name} cannot be read: {error}", name=path.name, error=exc.strerror or exc
        ) from None
    if header is not None and any("\n" in c or "\r" in c for c in header):
        raise ImportFileError(
            "A quote in the header row (row {row}) is not closed: the column names run over several lines.",
            row=header_row,
        )
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


class RecordFields(list):
    """The fields of one record, as a list, with what was wrong with the record as a whole (``problem``).

    A record whose quoting looks broken still goes to its parser, so the order it belongs to is refused whole
    (with all its rows in the rejects file) rather than imported in part.
    """

    __slots__ = ("problem",)

    def __init__(self, fields: list[str], problem: Problem | None = None) -> None:
        super().__init__(fields)
        self.problem = problem


class _Lines:
    """The file's physical lines as the CSV reader takes them: counts them and keeps the raw lines of the record
    being read, so a record can be traced back to the lines (and the quotes) it came from."""

    __slots__ = ("fh", "count", "raw")

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        self.count = 0
        self.raw: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self.fh)
        self.count += 1
        self.raw.append(line)
        return line


def quote_lines(raw: list[str], delimiter: str) -> tuple[dict[int, int], int | None]:
    """Where the quotes of one record open: field index → index in ``raw`` of the line its quoted part opens
    on, and the line index of a quote still open at the end (``None`` when every quote is closed).

    Follows the CSV reader's own rules (a quote opens a quoted part only at the start of a field; ``""`` inside
    it is a quote character; after the closing quote anything up to the delimiter belongs to the field).
    """
    opened: dict[int, int] = {}
    field = 0
    state = 0  # 0 start of field, 1 unquoted, 2 quoted, 3 quote seen inside quoted
    for index, line in enumerate(raw):
        for ch in line:
            if state == 2:
                if ch == '"':
                    state = 3
            elif ch == delimiter:
                field += 1
                state = 0
            elif ch in "\r\n":
                state = 0
            elif state == 0 and ch == '"':
                opened[field] = index
                state = 2
            elif state == 3 and ch == '"':
                state = 2
            else:
                state = 1
    return opened, (opened[field] if state == 2 else None)


def columns_where(header: tuple[str, ...], test: Any) -> frozenset[int]:
    """Indexes of the header's columns whose normalised name passes ``test`` (a rule such as "holds free
    text"), for :func:`iter_records`."""
    return frozenset(i for i, name in enumerate(header) if test(normalize_header(name)))


def iter_records(
    info: SourceInfo, free_text: frozenset[int] | None = None
) -> Iterator[tuple[int, RecordFields] | Problem]:
    """Data rows as ``(row number, fields)``, skipping blank rows, padded with empty cells to one past the
    header's width (so ``Columns.pos`` of a missing column reads an empty cell); a row the CSV reader cannot read becomes a
    ``Problem`` and reading goes on; a file that stops being readable ends with a file ``Problem``.

    A quoted field may run over several lines only in the columns ``free_text`` names (notes, addresses: the
    columns of the format that hold free text; ``None``: any column). A record with a line break in another
    column, or one that runs over several lines and so comes out with more or fewer fields than the header, is
    an unclosed quote that swallowed the lines after it: its fields carry a ``problem`` naming the line where the
    quote opened, and its parser refuses the order it belongs to. A file that ends inside a quoted field raises
    :class:`ImportFileError` after its last record: what the quote swallowed cannot be told, so the whole
    file is refused.
    """
    try:
        fh = _open_text(info.path, info.encoding)
    except OSError as exc:
        yield Problem.make(
            None, "The file {name} cannot be read: {error}", name=info.path.name, error=exc.strerror or exc
        )
        return
    width = len(info.header) + 1  # one always-empty cell past the header: where missing columns point
    with fh:
        lines = _Lines(fh)
        reader = csv.reader(lines, delimiter=info.delimiter)
        row = 0
        errors_in_a_row = 0
        last: tuple[int, list[str]] = (0, [])
        while True:
            row += 1
            first_line = lines.count + 1
            lines.raw = []
            try:
                fields = next(reader)
            except StopIteration:
                _check_end(*last, info.delimiter)
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
                yield Problem.make(
                    None,
                    "The file {name} cannot be read: {error}",
                    name=info.path.name,
                    error=exc.strerror or exc,
                )
                return
            errors_in_a_row = 0
            if lines.raw:
                last = (first_line, lines.raw)
            if row <= info.header_row or not any(fields):
                continue
            if len(fields) < 4 and not any(f.strip() for f in fields):
                continue
            problem = None
            if len(lines.raw) > 1:
                problem = _spanning_problem(row, first_line, lines.raw, fields, info, free_text)
            if len(fields) < width:
                fields.extend([""] * (width - len(fields)))
            yield row, RecordFields(fields, problem)


def _spanning_problem(
    row: int,
    first_line: int,
    raw: list[str],
    fields: list[str],
    info: SourceInfo,
    free_text: frozenset[int] | None,
) -> Problem | None:
    """Why a record that runs over several lines cannot be trusted, or ``None`` when its line breaks are in
    free-text columns and it has the header's number of fields."""
    opened, _ = quote_lines(raw, info.delimiter)
    header = info.header
    for i, value in enumerate(fields):
        if ("\n" in value or "\r" in value) and (
            i >= len(header) or (free_text is not None and i not in free_text)
        ):
            column = header[i] if i < len(header) else str(i + 1)
            return Problem.make(
                row,
                "The quote opened on line {line} in column “{column}” runs over several lines, where this "
                "column holds no line breaks: it is probably not closed, and the rows after it were read into "
                "this one.",
                line=first_line + opened.get(i, 0),
                column=column,
            )
    if len(fields) != len(header):
        spanning = [i for i, value in enumerate(fields) if "\n" in value or "\r" in value]
        line = first_line + opened.get(spanning[0], 0) if spanning else first_line
        return Problem.make(
            row,
            "The quote opened on line {line} runs over several lines and leaves this row with {count} fields "
            "where the header has {width}: it is probably not closed, and the rows after it were read into this one.",
            line=line,
            count=len(fields),
            width=len(header),
        )
    # A free-text value holding a whole row of the file (as many delimiters as the header) is rows swallowed by an
    # open quote whose field count happens to come out right.
    if len(header) >= _ROW_LIKE_MIN_COLUMNS:
        for i, value in enumerate(fields):
            if "\n" in value or "\r" in value:
                inner = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                if any(part.count(info.delimiter) >= len(header) - 1 for part in inner[1:]):
                    return Problem.make(
                        row,
                        "The quote opened on line {line} in column “{column}” holds whole rows of the file: it "
                        "is probably not closed, and the rows after it were read into this one.",
                        line=first_line + opened.get(i, 0),
                        column=header[i],
                    )
    return None


def _check_end(first_line: int, raw: list[str], delimiter: str) -> None:
    """Raise when the file's last record ends inside a quoted field."""
    if not raw:
        return
    _, still_open = quote_lines(raw, delimiter)
    if still_open is not None:
        raise ImportFileError(
            "The file ends inside a quoted field: the quote opened on line {line} is never closed, so the rows "
            "after it cannot be told apart. Close the quote and import again.",
            line=first_line + still_open,
        )


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
