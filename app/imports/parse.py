"""The one entry point of imports: ``parse_orders`` and ``parse_customers`` for any supported file.

They open the file (encoding, delimiter, header), detect the shop's format when not given, check the needed
columns, settle the day/month order of the dates across the whole file (or say that the user must choose), and
return a :class:`ParseResult` whose iteration streams records and rejections in file order. Each iteration
reads the file afresh, so a caller can validate in a first pass and write in a second.

Nothing here raises for a bad file or a bad row — the result's ``error`` or a ``Rejection`` says why — and
nothing here writes to the database.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Generic, TypeVar

from app.imports import detect, mapped, prestashop, shopify, woocommerce
from app.imports import values as v
from app.imports.common import Options
from app.imports.records import ImportedCustomer, ImportedOrder, Problem, Rejection
from app.imports.sniff import Columns, ImportFileError, SourceInfo, inspect

T = TypeVar("T")

#: A file whose first this-many data rows show ISO dates only is not scanned further for the date order.
_SCAN_QUIET_ROWS = 200


@dataclass
class ParseResult(Generic[T]):
    """What a file holds, ready to be iterated.

    ``error`` is set when the file cannot be imported at all (nothing to iterate); ``needs_date_order`` is true
    when its dates could be day/month or month/day and the caller must ask the user and parse again with
    ``date_order``. Iterating yields records (``ImportedOrder`` or ``ImportedCustomer``) and ``Rejection``s;
    ``accepted`` and ``rejected`` count what the last iteration yielded. A fault that shows only at the end of
    the file (a quote never closed) stops the iteration and sets ``error``: whoever consumed the records must
    then drop them all.
    """

    path: Path
    format: str | None = None
    source: SourceInfo | None = None
    error: Problem | None = None
    date_order: str | None = None
    needs_date_order: bool = False
    date_example: str | None = None
    accepted: int = 0
    rejected: int = 0
    _stream: Callable[[], Iterator[T | Rejection]] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def header(self) -> tuple[str, ...]:
        return self.source.header if self.source else ()

    @property
    def delimiter(self) -> str:
        return self.source.delimiter if self.source else ","

    def __iter__(self) -> Iterator[T | Rejection]:
        self.accepted = self.rejected = 0
        if self._stream is None or self.error is not None:
            return
        try:
            for item in self._stream():
                if isinstance(item, Rejection):
                    self.rejected += 1
                else:
                    self.accepted += 1
                yield item
        except ImportFileError as exc:  # found only at the end (a quote never closed): the file is refused
            self.error = exc.problem


def parse_orders(
    path: str | Path,
    format: str | None = None,  # noqa: A002 - the public name of the option
    mapping: mapped.ColumnMapping | None = None,
    date_order: str | None = None,
    default_currency: str = "EUR",
    timezone: tzinfo = UTC,
) -> ParseResult[ImportedOrder]:
    """Orders of a Shopify, WooCommerce or PrestaShop export, or of any CSV through ``mapping``.

    ``timezone`` is the shop's zone, used for dates written without an offset.
    """
    return _parse(path, "orders", format, mapping, date_order, default_currency, timezone)


def parse_customers(
    path: str | Path,
    format: str | None = None,  # noqa: A002
    mapping: mapped.ColumnMapping | None = None,
    date_order: str | None = None,
    default_currency: str = "EUR",
    timezone: tzinfo = UTC,
) -> ParseResult[ImportedCustomer]:
    """Customers of a Shopify customers export, or of any CSV through ``mapping``."""
    return _parse(path, "customers", format, mapping, date_order, default_currency, timezone)


_ORDER_PARSERS = {
    detect.SHOPIFY_ORDERS: (
        shopify.parse_orders,
        shopify.missing_order_columns,
        lambda _: shopify.ORDER_DATE_COLUMNS,
    ),
    detect.WOOCOMMERCE: (
        woocommerce.parse_orders,
        woocommerce.missing_columns,
        lambda _: woocommerce.DATE_COLUMNS,
    ),
    detect.PRESTASHOP: (prestashop.parse_orders, prestashop.missing_columns, prestashop.date_columns),
}
_CUSTOMER_PARSERS = {
    detect.SHOPIFY_CUSTOMERS: (
        shopify.parse_customers,
        shopify.missing_customer_columns,
        lambda _: shopify.CUSTOMER_DATE_COLUMNS,
    ),
}


def _parse(
    path: str | Path,
    kind: str,
    fmt: str | None,
    mapping: mapped.ColumnMapping | None,
    date_order: str | None,
    default_currency: str,
    zone: tzinfo,
) -> ParseResult:
    result: ParseResult = ParseResult(Path(path))
    try:
        _prepare(result, kind, fmt, mapping, date_order, default_currency, zone)
    except ImportFileError as exc:
        result.error = exc.problem
        result._stream = None
    return result


def _prepare(
    result: ParseResult,
    kind: str,
    fmt: str | None,
    mapping: mapped.ColumnMapping | None,
    date_order: str | None,
    default_currency: str,
    zone: tzinfo,
) -> None:
    if date_order is not None and date_order not in v.DATE_ORDERS:
        raise ImportFileError("Unknown date order {value}; choose dmy or mdy.", value=date_order)
    try:
        default_currency = v.currency(default_currency, "EUR")
    except v.CellError as exc:
        raise ImportFileError(exc.msgid, **exc.params) from None
    info = inspect(result.path)
    result.source = info
    parsers = _ORDER_PARSERS if kind == "orders" else _CUSTOMER_PARSERS
    if mapping is not None:
        fmt = detect.MAPPED
        if mapping.kind != kind:
            raise ImportFileError(
                "The column mapping “{name}” is not for this kind of import.", name=mapping.name
            )
        missing_cols = mapping.missing_columns(info.header)
        date_columns = mapping.date_columns()
        date_order = date_order or mapping.date_order
    else:
        fmt = fmt or detect.detect_format(info.header)
        if fmt is None:
            raise ImportFileError(
                "The format of this file was not recognised; choose the columns with a column mapping."
            )
        if fmt not in parsers:
            if fmt in _CUSTOMER_PARSERS:
                raise ImportFileError("This file is a customers export; import it as customers.")
            if fmt in _ORDER_PARSERS:
                raise ImportFileError("This file is an orders export; import it as orders.")
            raise ImportFileError("Unknown import format {format}.", format=fmt)
        _, missing_fn, date_columns_of = parsers[fmt]
        missing_cols = missing_fn(info.header)
        date_columns = date_columns_of(info.header)
    result.format = fmt
    if missing_cols:
        raise ImportFileError("The file has no “{column}” column, which is needed.", column=missing_cols[0])
    if date_order is None:
        evidence, example = scan_date_order(info, date_columns)
        if evidence == "ambiguous":
            result.needs_date_order = True
            result.date_example = example
            raise ImportFileError(
                "The dates in this file (such as “{example}”) could be day/month or month/day. "
                "Choose the date order and import again.",
                example=example,
            )
        date_order = evidence
    result.date_order = date_order
    # "dmy" or "mdy": as the caller chose it (the services refuse any other) or as the file's dates showed
    opts = Options(v.DateReader(date_order, zone), default_currency)  # type: ignore[arg-type]
    if mapping is not None:
        result._stream = lambda: mapped.parse(info, mapping, opts)
    else:
        parse_fn = parsers[fmt][0]
        result._stream = lambda: parse_fn(info, opts)


def scan_date_order(info: SourceInfo, date_columns: tuple[str, ...]) -> tuple[str | None, str | None]:
    """``("dmy"|"mdy", example)`` when the dates settle it, ``("ambiguous", example)`` when they could be
    either, ``(None, None)`` when no date needs an order (ISO dates, or none at all).

    Reads only until the first settling value; a file whose first rows show no ambiguous date stops early.
    """
    cols = Columns.of(info.header)
    indexes = [i for name in date_columns if (i := cols.get(name)) is not None]
    if not indexes:
        return None, None
    example: str | None = None
    quiet = 0
    try:
        with info.path.open("r", encoding=info.encoding, errors="replace", newline="") as fh:
            reader = csv.reader(fh, delimiter=info.delimiter)
            row = 0
            while True:
                row += 1
                try:
                    fields = next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    continue  # the row stream reports it; the scan only needs the readable rows
                if row <= info.header_row:
                    continue
                seen = False
                for i in indexes:
                    if i < len(fields) and fields[i]:
                        evidence = v.date_evidence(fields[i])
                        if evidence == "ambiguous":
                            seen = True
                            example = example or fields[i].strip()
                        elif evidence is not None:
                            return evidence, fields[i].strip()
                if example is None and not seen:
                    quiet += 1
                    if quiet >= _SCAN_QUIET_ROWS:
                        return None, None
    except OSError:
        pass  # the row stream reports a file that cannot be read
    return ("ambiguous", example) if example else (None, None)
