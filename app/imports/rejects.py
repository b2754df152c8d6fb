"""The reject CSV: the rows an import refused, unchanged, each with its row number and the reason.

Written when the user imports the good rows and sets the bad ones aside. Every row of a refused order is
written (not only the bad line), so the file can be fixed in a spreadsheet and imported again as it is: the two
added columns come first and the importers ignore columns they do not know. A field is changed only to keep a
spreadsheet from running it as a formula (a leading apostrophe, which the importers drop from ids, phones and
amounts); the file is never left half-written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.i18n import translate
from app.imports.exports import atomic_csv, sheet_safe
from app.imports.records import Rejection

ROW_COLUMN = "Rejected row"
REASON_COLUMN = "Rejection reason"


def write_rejects(
    path: str | Path,
    header: Iterable[str],
    rejections: Iterable[Rejection],
    delimiter: str = ",",
    lang: str | None = None,
) -> int:
    """Write ``rejections`` under ``header`` (the original file's) to ``path``; returns the rows written.

    A row that is fine but belongs to a refused order says so; a problem with no row of its own (the file
    stopped being readable) is written as a row with only the reason.
    """
    header = list(header)
    written = 0
    with atomic_csv(path, delimiter=delimiter) as writer:
        writer.writerow(
            [
                translate(ROW_COLUMN, lang=lang),
                translate(REASON_COLUMN, lang=lang),
                *map(sheet_safe, header),
            ]
        )
        for rejection in rejections:
            if not rejection.records:
                writer.writerow([rejection.row or "", sheet_safe(rejection.reason_in(lang))])
                written += 1
                continue
            for record in rejection.records:
                reason = rejection.reasons_for_row(record.row, lang) or translate(
                    "Part of an order refused for row {row}.", lang=lang, row=rejection.row
                )
                fields = list(record.fields)
                while len(fields) > len(header) and not fields[-1]:
                    fields.pop()  # the padding the reader adds past the header
                writer.writerow([record.row, sheet_safe(reason), *map(sheet_safe, fields)])
                written += 1
    return written
