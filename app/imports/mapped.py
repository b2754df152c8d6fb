"""Any CSV through a column mapping: which source header feeds which field, saved by name as JSON, and a
preview of the first rows for the mapping dialog.

Rows with the same order number next to each other are one order (one row per order or one per line both
work). This module never guesses a mapping, never loads the whole file, and never raises for a bad row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.money import Money
from app.errors import ValidationError
from app.imports import values as v
from app.imports.common import (
    Options,
    Unit,
    country_code,
    group_consecutive,
    make_customer,
    number_key,
    rejection_of,
)
from app.imports.records import ImportedCustomer, ImportedLine, ImportedOrder, Problem, Rejection
from app.imports.sniff import ImportFileError, SourceInfo, inspect, iter_records, normalize_header

SOURCE = "csv"

CUSTOMER_FIELDS: tuple[str, ...] = (
    "customer_id",
    "first_name",
    "last_name",
    "full_name",
    "email",
    "phone",
    "company",
    "address1",
    "address2",
    "city",
    "province",
    "zip",
    "country_code",
    "language",
    "accepts_marketing",
    "marketing_date",
    "accepts_sms",
    "tags",
    "note",
)
ORDER_FIELDS: tuple[str, ...] = (
    "order_number",
    "order_id",
    "created_at",
    "currency",
    "subtotal",
    "shipping",
    "taxes",
    "total",
    "discount_codes",
    "discount_amount",
    "financial_status",
    "fulfillment_status",
    "paid_at",
    "cancelled_at",
    "refunded_amount",
    "payment_method",
    "line_sku",
    "line_name",
    "line_variant",
    "line_quantity",
    "line_unit_price",
    "line_total",
    *CUSTOMER_FIELDS,
)
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "orders": (("order_number",), ("created_at",)),
    "customers": (("email", "customer_id", "phone", "first_name", "last_name", "full_name"),),
}
_DATE_FIELDS = ("created_at", "paid_at", "cancelled_at", "marketing_date")
#: Fields that hold free text, where a quoted value may run over several lines.
_FREE_TEXT_FIELDS = frozenset({"note", "address1", "address2", "company", "city"})


def _plain(value: object) -> str:
    """A mapping's value is a column name or a word: text (or nothing), never a list or an object."""
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise TypeError("not a plain value")
    return str(value)


@dataclass(frozen=True)
class ColumnMapping:
    """Target field → source header, for ``kind`` ``"orders"`` or ``"customers"``, saved under ``name``."""

    name: str
    kind: str = "orders"
    fields: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    currency: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in REQUIRED:
            raise ValidationError("Unknown import kind {kind}; choose orders or customers.", kind=self.kind)
        allowed = ORDER_FIELDS if self.kind == "orders" else CUSTOMER_FIELDS
        unknown = sorted(set(self.fields) - set(allowed))
        if unknown:
            raise ValidationError("Unknown field in the column mapping: {field}", field=unknown[0])
        if self.date_order not in (None, *v.DATE_ORDERS):
            raise ValidationError("Unknown date order {value}; choose dmy or mdy.", value=self.date_order)
        for group in REQUIRED[self.kind]:
            if not any(self.fields.get(name) for name in group):
                raise ValidationError("The column mapping needs a column for {field}.", field=group[0])

    # --- saving by name -----------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "kind": self.kind,
                "fields": self.fields,
                "date_order": self.date_order,
                "currency": self.currency,
                "version": 1,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        try:
            data = json.loads(text)
            fields = {str(k): _plain(val) for k, val in dict(data.get("fields") or {}).items() if val}
            return cls(
                name=_plain(data["name"]),
                kind=_plain(data.get("kind", "orders")),
                fields=fields,
                date_order=_plain(data.get("date_order")) or None,
                currency=_plain(data.get("currency")) or None,
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            # RecursionError: JSON nested thousands deep, which no mapping is
            raise ValidationError("The saved column mapping is damaged.") from None

    # --- checks against a file ----------------------------------------------------------------------
    def missing_columns(self, header: tuple[str, ...]) -> list[str]:
        """Source headers the mapping names that the file does not have."""
        present = {normalize_header(h) for h in header}
        return [src for src in self.fields.values() if normalize_header(src) not in present]

    def free_text(self, header: tuple[str, ...]) -> frozenset[int]:
        """Columns where a line break is expected: those mapped to free-text fields, and those the mapping does
        not read (their content is the shop's business). A line break in a mapped structured column (a number,
        an amount, a date, a line item) is a quote left open."""
        structured = {i for target, i in self.indexes(header).items() if target not in _FREE_TEXT_FIELDS}
        return frozenset(i for i in range(len(header)) if i not in structured)

    def date_columns(self) -> tuple[str, ...]:
        return tuple(normalize_header(self.fields[f]) for f in _DATE_FIELDS if self.fields.get(f))

    def indexes(self, header: tuple[str, ...]) -> dict[str, int]:
        positions: dict[str, int] = {}
        for i, name in enumerate(header):
            positions.setdefault(normalize_header(name), i)
        return {
            target: positions[normalize_header(src)]
            for target, src in self.fields.items()
            if normalize_header(src) in positions
        }


@dataclass(frozen=True)
class Preview:
    """The first rows of a file for the mapping dialog; ``error`` when the file cannot be read."""

    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    error: Problem | None = None


def preview(path: str | Path, n: int = 10) -> Preview:
    """Header and first ``n`` data rows of ``path`` (reads no further)."""
    try:
        info = inspect(path)
    except ImportFileError as exc:
        return Preview(error=exc.problem)
    rows: list[tuple[str, ...]] = []
    try:
        for item in iter_records(info):
            if len(rows) >= n:
                break
            if isinstance(item, tuple):
                rows.append(tuple(item[1]))
    except ImportFileError as exc:
        return Preview(info.header, tuple(rows), info.encoding, info.delimiter, exc.problem)
    return Preview(info.header, tuple(rows), info.encoding, info.delimiter)


# --- parsing ------------------------------------------------------------------------------------------


def parse(info: SourceInfo, mapping: ColumnMapping, opts: Options) -> Iterator[Any]:
    """Orders or customers (as ``mapping.kind`` says) of a mapped file, one at a time."""
    idx = mapping.indexes(info.header)
    cur_default = mapping.currency or opts.default_currency
    free = mapping.free_text(info.header)
    if mapping.kind == "customers":
        for item in iter_records(info, free):
            yield rejection_of(item) if isinstance(item, Problem) else _customer_row(item, idx, mapping, opts)
        return
    number_i = idx.get("order_number")
    for group in group_consecutive(iter_records(info, free), lambda f: number_key(_at(f, number_i))):
        if isinstance(group, Problem):
            yield rejection_of(group)
        else:
            yield _order(group, idx, mapping, opts, cur_default)


def _at(fields: list[str], index: int | None) -> str:
    return fields[index] if index is not None and index < len(fields) else ""


class _Row:
    def __init__(self, row: int, fields: list[str], idx: dict[str, int], mapping: ColumnMapping) -> None:
        self.row, self.fields, self.idx, self.mapping = row, fields, idx, mapping

    def __getitem__(self, target: str) -> str:
        return _at(self.fields, self.idx.get(target))

    def col(self, target: str) -> str:
        return self.mapping.fields.get(target, target)


def _customer_fields(u: Unit, r: _Row, opts: Options, cur: str | None = None) -> dict[str, Any]:
    row = r.row
    first, last = v.text(r["first_name"]) or "", v.text(r["last_name"]) or ""
    if not (first or last) and r["full_name"]:
        first, last = v.split_name(r["full_name"])
    code = country_code(r["country_code"])
    language = v.text(r["language"])
    return dict(
        external_id=u.soft(row, r.col("customer_id"), v.external_id, r["customer_id"]),
        first_name=first,
        last_name=last,
        email=u.soft(row, r.col("email"), v.email, r["email"]),
        phone=u.soft(row, r.col("phone"), v.phone, r["phone"]),
        company=v.text(r["company"]),
        address1=v.text(r["address1"]),
        address2=v.text(r["address2"]),
        city=v.text(r["city"]),
        province=v.text(r["province"]),
        zip=v.unguard(r["zip"]),
        country_code=code,
        language=language.lower()[:2] if language else None,
        accepts_marketing=u.soft(row, r.col("accepts_marketing"), v.boolean, r["accepts_marketing"]),
        marketing_date=u.need(row, r.col("marketing_date"), opts.dates.read, r["marketing_date"]),
        accepts_sms=u.soft(row, r.col("accepts_sms"), v.boolean, r["accepts_sms"]),
        tags=v.split_list(r["tags"]),
        note=v.text(r["note"]),
    )


def _customer_row(
    record: tuple[int, list[str]], idx: dict[str, int], mapping: ColumnMapping, opts: Options
) -> ImportedCustomer | Rejection:
    row, fields = record
    u = Unit([record])
    r = _Row(row, fields, idx, mapping)
    customer = make_customer(u, SOURCE, row, **_customer_fields(u, r, opts))
    if not u.ok or customer is None:
        return u.rejection()
    if u.warnings:
        from dataclasses import replace

        customer = replace(customer, warnings=tuple(u.warnings))
    return customer


def _order(
    group: list[tuple[int, list[str]]],
    idx: dict[str, int],
    mapping: ColumnMapping,
    opts: Options,
    default: str,
) -> ImportedOrder | Rejection:
    row, fields = group[0]
    r = _Row(row, fields, idx, mapping)
    u = Unit(group, number_key(r["order_number"]) or None)
    number = u.need(row, r.col("order_number"), v.order_number, r["order_number"])
    created = u.need(row, r.col("created_at"), opts.dates.read_required, r["created_at"])
    cur = u.need(row, r.col("currency"), v.currency, r["currency"], default) or default

    def amount(target: str) -> Money | None:
        return u.need(row, r.col(target), v.money, r[target], cur)

    financial = v.text(r["financial_status"])
    fulfillment = v.text(r["fulfillment_status"])
    cancelled_at = u.need(row, r.col("cancelled_at"), opts.dates.read, r["cancelled_at"])
    customer = make_customer(
        u, SOURCE, row, fallback_key=f"guest:{SOURCE}:{number}", **_customer_fields(u, r, opts)
    )
    lines = []
    for line_row, line_fields in group:
        line = _line(u, _Row(line_row, line_fields, idx, mapping), cur)
        if line is not None:
            lines.append(line)
    subtotal, shipping, total, taxes = (
        amount("subtotal"),
        amount("shipping"),
        amount("total"),
        amount("taxes"),
    )
    discount_amount, refunded = amount("discount_amount"), amount("refunded_amount")
    paid_at = u.need(row, r.col("paid_at"), opts.dates.read, r["paid_at"])
    if not u.ok or number is None or created is None or customer is None:
        return u.rejection()
    return ImportedOrder(
        source=SOURCE,
        number=number,
        external_id=u.soft(row, r.col("order_id"), v.external_id, r["order_id"]),
        created_at=created,
        currency=cur,
        subtotal=subtotal,
        shipping=shipping,
        total=total,
        discount_codes=v.split_list(r["discount_codes"]),
        financial_status=financial.lower().replace(" ", "_") if financial else None,
        fulfillment_status=fulfillment.lower().replace(" ", "_") if fulfillment else None,
        cancelled_at=cancelled_at,
        refunded_amount=refunded,
        customer=customer,
        lines=tuple(lines),
        row_numbers=tuple(x for x, _ in group),
        taxes=taxes,
        discount_amount=discount_amount,
        paid_at=paid_at,
        source_status=financial,
        cancelled=cancelled_at is not None,
        payment_method=v.text(r["payment_method"]),
        warnings=tuple(u.warnings),
    )


def _line(u: Unit, r: _Row, cur: str) -> ImportedLine | None:
    name, sku, qty = r["line_name"], r["line_sku"], r["line_quantity"]
    price, total_text = r["line_unit_price"], r["line_total"]
    if not (name.strip() or sku.strip() or qty.strip() or price.strip() or total_text.strip()):
        return None
    quantity = u.need(r.row, r.col("line_quantity"), v.quantity, qty or "1") or 0
    priced = [target for target in ("line_unit_price", "line_total") if target in r.mapping.fields]
    if priced and not (price.strip() or total_text.strip()):  # the file gives prices, this line has none
        u.fail(r.row, "This line item has no price.", r.col(priced[0]))
    unit_price = u.need(r.row, r.col("line_unit_price"), v.money, price, cur)
    total = u.need(r.row, r.col("line_total"), v.money, total_text, cur)
    if total is None and unit_price is not None:
        total = unit_price.times(quantity)
    if unit_price is None and total is not None and quantity and total.minor % quantity == 0:
        unit_price = Money(total.minor // quantity, cur)
    return ImportedLine(
        sku=v.unguard(sku),
        name=" ".join(name.split()),
        variant=v.text(r["line_variant"]),
        quantity=quantity,
        unit_price=unit_price,
        total=total,
        row=r.row,
    )
