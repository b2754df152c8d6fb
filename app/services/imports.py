"""Shop files into the database: orders and customers upserted so that importing a file twice changes nothing,
all or nothing by default, redemptions of our vouchers taken from the orders' discount codes, saved mappings.

An import reads the file once, streamed (``app.imports`` parses it), and writes in chunks of ``CHUNK`` orders
or customers with set-based statements: one ``IN`` query finds what exists, Core ``insert()`` adds what is new,
a field-by-field comparison decides what changed. Everything happens in one transaction, which is rolled back
for a dry run, a cancelled run, and (unless ``keep_good``) a file with any bad row — so the database is either
as before or has the whole file. The report counts created / updated / unchanged and lists every refused row.

Matching: an order by its shop and number; a customer by the shop's customer id, then the e-mail address, then
the import key the parser gave (phone, name and postcode, or a guest of one order), which is remembered in
``customer_import_keys``. A customer's details come from their newest order, so an older file never undoes a
newer one. When a name, e-mail or phone changes, the ``search_text`` of the customer's orders and cases follow.

This module never loads a whole file, never writes one row per ORM flush, and never imports Qt.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain import vouchers
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings
from app.domain.text import phone_forms, search_document
from app.errors import Conflict, MissingInput, NotFound, ValidationError
from app.i18n import translate
from app.imports import detect, parse_customers, parse_orders
from app.imports.mapped import ColumnMapping
from app.imports.records import ImportedCustomer, ImportedOrder, Problem, Rejection
from app.imports.rejects import write_rejects
from app.services import credit
from app.services.cases import case_search_text
from app.services.context import ServiceContext
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import (
    Case,
    Customer,
    CustomerExternalId,
    CustomerImportKey,
    ImportMapping,
    ImportRun,
    Order,
    OrderLine,
)
from app.store.types import utcnow

CHUNK = 1000
#: Largest amount (minor units) and quantity the columns hold on both databases.
MAX_MINOR = 10**15
MAX_QUANTITY = 2**31 - 1

#: ``--format`` names → parser formats, per kind of import.
ORDER_FORMATS = {
    "shopify": detect.SHOPIFY_ORDERS,
    detect.SHOPIFY_ORDERS: detect.SHOPIFY_ORDERS,
    "woocommerce": detect.WOOCOMMERCE,
    "prestashop": detect.PRESTASHOP,
    "mapped": detect.MAPPED,
    "csv": detect.MAPPED,
}
CUSTOMER_FORMATS = {
    "shopify": detect.SHOPIFY_CUSTOMERS,
    detect.SHOPIFY_CUSTOMERS: detect.SHOPIFY_CUSTOMERS,
    "mapped": detect.MAPPED,
    "csv": detect.MAPPED,
}

Progress = Callable[[int, int], bool]


class DateOrderNeeded(ValidationError):
    """The file's dates could be day/month or month/day; ask the user and import again with ``date_order``."""

    def __init__(self, example: str | None) -> None:
        super().__init__(
            "The dates in this file (such as “{example}”) could be day/month or month/day. "
            "Choose the date order and import again.",
            example=example or "",
        )
        self.example = example


@dataclass(frozen=True)
class RowIssue:
    """A refused (or warned-about) row: its spreadsheet row number (``None``: the whole file), the reason in the
    user's language, and the order number or customer key when known."""

    row: int | None
    reason: str
    key: str | None = None


@dataclass(frozen=True)
class ImportReport:
    kind: str
    format: str
    file: str
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]
    redemptions: tuple[RedemptionOutcome, ...]
    written: bool
    dry_run: bool
    cancelled: bool = False
    rejects_file: str | None = None
    rejected_units: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True)
class RedemptionOutcome:
    """What became of one of our voucher codes found on an imported order.

    ``status``: ``redeemed`` (recorded now), ``already`` (recorded by an earlier import), ``partial`` (recorded,
    but less than the shop applied: the ledger's cap or the balance allowed no more), ``unknown``, ``expired``,
    ``spent``, ``refused`` (nothing recorded, ``message`` says why), ``not_needed`` (one of several codes on the
    order that was not drawn: codes that expire sooner covered what the shop took off). A redemption made at the counter before the
    order was imported (*provisional*) is checked when the order arrives: ``checked`` (within the cap of the real
    total) or ``excess`` (``amount`` is the credit above the cap; nothing is taken back by the import;
    ``give_back_all``: the order arrived cancelled, so all of it). How to give it back is each client's to say.
    """

    order: str
    code: str
    status: str
    amount: Money | None
    message: str
    give_back_all: bool = False

    @property
    def recorded(self) -> bool:
        return self.status in ("redeemed", "partial")


class _Rollback(Exception):
    """Leaves ``db.write()`` by rolling back (dry run, cancel, bad rows)."""


# --- public entry points -------------------------------------------------------------------------------


def import_orders(
    ctx: ServiceContext,
    path: str | Path,
    format: str | None = None,  # noqa: A002 - the option's public name
    mapping: str | ColumnMapping | None = None,
    date_order: str | None = None,
    dry_run: bool = False,
    keep_good: bool = False,
    rejects_path: str | Path | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a shop's orders export (with its customers and our vouchers' redemptions).

    ``progress(done_rows, bytes_read)`` is called after each chunk (``bytes_read`` is estimated from the row
    reached); returning ``False`` cancels the import and rolls it back. Safe to call from a worker thread.
    """
    ctx.require(Permission.IMPORT)
    return _run(ctx, "orders", path, format, mapping, date_order, dry_run, keep_good, rejects_path, progress)


def import_customers(
    ctx: ServiceContext,
    path: str | Path,
    format: str | None = None,  # noqa: A002
    mapping: str | ColumnMapping | None = None,
    date_order: str | None = None,
    dry_run: bool = False,
    keep_good: bool = False,
    rejects_path: str | Path | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a shop's customers export; same options and guarantees as :func:`import_orders`."""
    ctx.require(Permission.IMPORT)
    return _run(
        ctx, "customers", path, format, mapping, date_order, dry_run, keep_good, rejects_path, progress
    )


# --- saved column mappings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MappingInfo:
    name: str
    kind: str
    fields: dict[str, str]
    date_order: str | None
    currency: str | None
    updated_at: datetime


@retried
def save_mapping(ctx: ServiceContext, mapping: ColumnMapping | str) -> MappingInfo:
    """Save (or replace) a column mapping under its name; ``mapping`` may be its JSON text."""
    ctx.require(Permission.IMPORT)
    cmap = ColumnMapping.from_json(mapping) if isinstance(mapping, str) else mapping
    name = " ".join((cmap.name or "").split())
    if not name or len(name) > 120:
        raise ValidationError("A column mapping needs a name of 1 to 120 characters.")
    with ctx.db.write() as s:
        row = s.scalar(select(ImportMapping).where(ImportMapping.name == name))
        now = utcnow()
        if row is None:
            row = ImportMapping(name=name)
            s.add(row)
        row.kind, row.definition, row.updated_at, row.updated_by_id = (
            cmap.kind,
            cmap.to_json(),
            now,
            ctx.actor.id,
        )
        s.flush()
        return _mapping_info(row)


def list_mappings(ctx: ServiceContext) -> list[MappingInfo]:
    ctx.require(Permission.IMPORT)
    with ctx.db.read() as s:
        return [_mapping_info(r) for r in s.scalars(select(ImportMapping).order_by(ImportMapping.name))]


def _load_mapping(s: Session, name: str) -> ColumnMapping:
    row = s.scalar(select(ImportMapping).where(ImportMapping.name == " ".join((name or "").split())))
    if row is None:
        known = ", ".join(s.scalars(select(ImportMapping.name).order_by(ImportMapping.name))) or "-"
        raise NotFound("There is no column mapping called {name} (saved: {known}).", name=name, known=known)
    return ColumnMapping.from_json(row.definition)


def _mapping_info(row: ImportMapping) -> MappingInfo:
    cmap = ColumnMapping.from_json(row.definition)
    return MappingInfo(row.name, cmap.kind, dict(cmap.fields), cmap.date_order, cmap.currency, row.updated_at)


# --- one run -------------------------------------------------------------------------------------------


@dataclass
class _State:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    redemptions: list[RedemptionOutcome] = field(default_factory=list)
    last_row: int = 0
    cancelled: bool = False


def _format_of(kind: str, fmt: str | None) -> str | None:
    if fmt is None:
        return None
    table = ORDER_FORMATS if kind == "orders" else CUSTOMER_FORMATS
    key = fmt.strip().lower()
    if key not in table:
        names = [n for n in table if n != table[n] or n == "csv"]
        raise ValidationError(
            "Unknown import format {format}. Choose one of: {choices}.",
            format=fmt,
            choices=", ".join(dict.fromkeys(names)),
        )
    return table[key]


def _run(
    ctx: ServiceContext,
    kind: str,
    path: str | Path,
    fmt: str | None,
    mapping: str | ColumnMapping | None,
    date_order: str | None,
    dry_run: bool,
    keep_good: bool,
    rejects_path: str | Path | None,
    progress: Progress | None,
) -> ImportReport:
    path = Path(path)
    parser_format = _format_of(kind, fmt)
    with ctx.db.read() as s:
        settings = load_settings(s)
        cmap = _load_mapping(s, mapping) if isinstance(mapping, str) else mapping
    if parser_format == detect.MAPPED and cmap is None:
        raise MissingInput("mapping", "A mapped import needs a saved column mapping.")
    if cmap is not None and cmap.kind != kind:
        raise ValidationError("The column mapping “{name}” is not for this kind of import.", name=cmap.name)
    if date_order is not None and date_order not in ("dmy", "mdy"):
        raise ValidationError("Unknown date order {value}; choose dmy or mdy.", value=date_order)
    parse = parse_orders if kind == "orders" else parse_customers
    result = parse(
        path, None if cmap else parser_format, cmap, date_order, settings.currency, settings["shop.timezone"]
    )
    if not result.ok:
        if result.needs_date_order:
            raise DateOrderNeeded(result.date_example)
        assert result.error is not None
        raise ValidationError(result.error.msgid, **dict(result.error.params))
    state = _State()
    meter = _Meter(path, progress)
    written = False
    try:
        with ctx.db.write() as s:
            writer: _Writer = (_OrderWriter if kind == "orders" else _CustomerWriter)(s, ctx, settings, state)
            batch: list[Any] = []
            keys: set[str] = set()
            for item in result:
                if isinstance(item, Rejection):
                    state.rejections.append(item)
                    continue
                problem = _out_of_range(item) if kind == "orders" else None
                if problem is not None:
                    state.rejections.append(_rejection(item, problem))
                    continue
                key = writer.key_of(item)
                if key in keys or len(batch) >= CHUNK:
                    writer.write(batch)
                    batch, keys = [], set()
                    if not meter.tick(state):
                        state.cancelled = True
                        raise _Rollback
                batch.append(item)
                keys.add(key)
                for w in item.warnings:
                    state.warnings.append(RowIssue(w.row, w.reason, key))
                state.last_row = max(state.last_row, max(item.row_numbers, default=0))
            if result.error is not None:  # a fault found at the end of the file refuses all of it
                raise ValidationError(result.error.msgid, **dict(result.error.params))
            if batch:
                writer.write(batch)
            if not meter.tick(state, final=True):
                state.cancelled = True
                raise _Rollback
            if dry_run or (state.rejections and not keep_good):
                raise _Rollback
            if keep_good and rejects_path is not None and state.rejections:
                _write_rejects(Path(rejects_path), result.header, result.delimiter, state.rejections)
            s.add(
                ImportRun(
                    kind=kind,
                    file_name=path.name[:500],
                    format=result.format or "",
                    at=utcnow(),
                    by_id=ctx.actor.id,
                    created=state.created,
                    updated=state.updated,
                    unchanged=state.unchanged,
                    rejected=len(state.rejections),
                    redemptions=sum(1 for r in state.redemptions if r.recorded),
                )
            )
            written = True
    except _Rollback:
        written = False
    except IntegrityError:
        raise Conflict(
            "Someone imported the same orders or customers at the same moment; nothing was written. "
            "Import the file again."
        ) from None
    return ImportReport(
        kind=kind,
        format=result.format or "",
        file=str(path),
        created=state.created,
        updated=state.updated,
        unchanged=state.unchanged,
        rejected=tuple(issue for r in state.rejections for issue in _issues(r)),
        warnings=tuple(state.warnings),
        redemptions=tuple(state.redemptions),
        written=written,
        dry_run=dry_run,
        cancelled=state.cancelled,
        rejects_file=str(rejects_path) if written and rejects_path is not None and state.rejections else None,
        rejected_units=len(state.rejections),
    )


def _issues(rejection: Rejection) -> list[RowIssue]:
    """One issue per bad row of a refused unit (a row with several problems says them all)."""
    rows = list(dict.fromkeys(p.row for p in rejection.problems))
    return [
        RowIssue(
            row,
            rejection.reasons_for_row(row)
            if row is not None
            else " ".join(p.reason for p in rejection.problems if p.row is None),
            rejection.key,
        )
        for row in rows
    ]


def _rejection(order: ImportedOrder, problem: Problem) -> Rejection:
    return Rejection((problem,), (), order.number)


def _write_rejects(path: Path, header: tuple[str, ...], delimiter: str, rejections: list[Rejection]) -> None:
    try:
        write_rejects(path, header, rejections, delimiter)
    except OSError as exc:
        raise ValidationError(
            "The reject file {path} cannot be written: {error}; nothing was imported.",
            path=str(path),
            error=exc.strerror or str(exc),
        ) from None


def _out_of_range(order: ImportedOrder) -> Problem | None:
    """Amounts and quantities too large for the columns (a damaged cell) refuse the order, never the database."""
    row = order.row_numbers[0] if order.row_numbers else None
    amounts = [order.subtotal, order.shipping, order.total, order.refunded_amount, order.discount_amount]
    amounts += [line.unit_price for line in order.lines]
    if any(a is not None and abs(a.minor) >= MAX_MINOR for a in amounts):
        return Problem.make(row, "An amount of this order is too large to be real.")
    if any(abs(line.quantity) > MAX_QUANTITY for line in order.lines):
        return Problem.make(row, "A quantity of this order is too large to be real.")
    return None


class _Meter:
    """Calls the progress callback; ``bytes_read`` is the share of the file's lines reached times its size."""

    def __init__(self, path: Path, progress: Progress | None) -> None:
        self.progress = progress
        self.size = path.stat().st_size if progress else 0
        self.lines = _count_lines(path) if progress else 0

    def tick(self, state: _State, final: bool = False) -> bool:
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


# --- writing -------------------------------------------------------------------------------------------


def _clip(text: str | None, n: int) -> str | None:
    return text[:n] if text is not None else None


def _key_column(key: str) -> str:
    """A matching key that fits its column: a long one keeps its head and a digest of the whole."""
    if len(key) <= 400:
        return key
    return key[:350] + "#" + hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass
class _CustomerRow:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    language: str
    marketing_consent: bool


class _Writer:
    def __init__(self, s: Session, ctx: ServiceContext, settings: ShopSettings, state: _State) -> None:
        self.s = s
        self.ctx = ctx
        self.settings = settings
        self.state = state
        self.language = settings["shop.language"]

    def key_of(self, item: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def write(self, items: list[Any]) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # --- customers, shared by both kinds of import ---------------------------------------------------
    def upsert_customers(
        self, people: list[tuple[ImportedCustomer, datetime | None]]
    ) -> tuple[dict[str, int], dict[str, str]]:
        """Customer id per import key, and what happened to each key (created/updated/unchanged).

        ``people`` pairs each customer with the date of the order that describes them (``None`` in a
        customers file); an order older than the customer's newest known order does not change them.
        """
        s = self.s
        by_key: dict[str, tuple[ImportedCustomer, datetime | None]] = {}
        for person, when in people:
            seen = by_key.get(person.key)
            if seen is None or (when is not None and seen[1] is not None and when > seen[1]):
                by_key[person.key] = (person, when)
        keys = {_key_column(k): k for k in by_key}
        found: dict[str, int] = {}
        for stored, cid in s.execute(
            select(CustomerImportKey.key, CustomerImportKey.customer_id).where(
                CustomerImportKey.key.in_(list(keys))
            )
        ):
            found[keys[stored]] = cid
        remembered = set(found)
        ext = {
            (p.source, p.external_id): k for k, (p, _) in by_key.items() if p.external_id and k not in found
        }
        if ext:
            for source in {src for src, _ in ext}:
                ids = [eid for src, eid in ext if src == source]
                for eid, cid in s.execute(
                    select(CustomerExternalId.external_id, CustomerExternalId.customer_id).where(
                        CustomerExternalId.source == source, CustomerExternalId.external_id.in_(ids)
                    )
                ):
                    found.setdefault(ext[(source, eid)], cid)
        by_email = {p.email: k for k, (p, _) in by_key.items() if p.email and k not in found}
        if by_email:
            for email, cid in s.execute(
                select(Customer.email, func.min(Customer.id))
                .where(Customer.email.in_(list(by_email)))
                .group_by(Customer.email)
            ):
                found.setdefault(by_email[email], cid)
        status: dict[str, str] = {}
        new_keys = [k for k in by_key if k not in found]
        if new_keys:
            self._create_customers(new_keys, by_key, found, status)
        self._update_customers({k: found[k] for k in by_key if k not in status}, by_key, status)
        missing_keys = [k for k in by_key if k not in remembered]
        if missing_keys:
            s.execute(
                insert(CustomerImportKey),
                [{"key": _key_column(k), "customer_id": found[k]} for k in missing_keys],
            )
        self._remember_external_ids(by_key, found)
        return found, status

    def _create_customers(
        self, new_keys: list[str], by_key: dict, found: dict[str, int], status: dict[str, str]
    ) -> None:
        now = utcnow()
        rows = []
        for k in new_keys:
            p, when = by_key[k]
            first, last = _clip(p.first_name, 200) or "", _clip(p.last_name, 200) or ""
            email, phone = _clip(p.email, 320), _clip(p.phone, 64)
            consent = bool(p.accepts_marketing)
            rows.append(
                {
                    "first_name": first,
                    "last_name": last,
                    "email": email,
                    "phone": phone,
                    "language": (p.language or self.language)[:8],
                    "marketing_consent": consent,
                    "marketing_consent_at": (p.marketing_date or when or now) if consent else None,
                    "note": p.note or "",
                    "created_at": when or now,
                    "updated_at": now,
                    "search_text": _doc(first, last, email, phone, phone_forms(phone)),
                }
            )
        ids = insert_with_ids(self.s, Customer.__table__, rows)
        for k, cid in zip(new_keys, ids, strict=True):
            found[k] = cid
            status[k] = "created"

    def _update_customers(self, existing: dict[str, int], by_key: dict, status: dict[str, str]) -> None:
        if not existing:
            return
        s = self.s
        ids = set(existing.values())
        rows = {
            r.id: _CustomerRow(
                r.id, r.first_name, r.last_name, r.email, r.phone, r.language, r.marketing_consent
            )
            for r in s.execute(
                select(
                    Customer.id,
                    Customer.first_name,
                    Customer.last_name,
                    Customer.email,
                    Customer.phone,
                    Customer.language,
                    Customer.marketing_consent,
                ).where(Customer.id.in_(ids))
            )
        }
        dated = [k for k in existing if by_key[k][1] is not None]
        newest: dict[int, datetime] = {}
        if dated:
            newest = dict(
                s.execute(
                    select(Order.customer_id, func.max(Order.placed_at))
                    .where(Order.customer_id.in_({existing[k] for k in dated}))
                    .group_by(Order.customer_id)
                ).all()
            )
        changes: list[dict[str, Any]] = []
        searched: set[int] = set()
        done: set[int] = set()
        now = utcnow()
        for k, cid in existing.items():
            p, when = by_key[k]
            row = rows[cid]
            latest = newest.get(cid)
            if cid in done or (when is not None and latest is not None and when < latest):
                status[k] = "unchanged"
                continue
            done.add(cid)
            values = _customer_changes(row, p, when or now)
            if not values:
                status[k] = "unchanged"
                continue
            status[k] = "updated"
            merged = {**row.__dict__, **{f: v for f, v in values.items() if f in row.__dict__}}
            if {"first_name", "last_name", "email", "phone"} & values.keys():
                values["search_text"] = search_document(
                    merged["first_name"],
                    merged["last_name"],
                    merged["email"],
                    merged["phone"],
                    phone_forms(merged["phone"]),
                )
                searched.add(cid)
            values["updated_at"] = now
            changes.append({"_id": cid, **values})
        update_many(s, Customer.__table__, changes)
        if searched:
            refresh_search_text(s, searched)

    def _remember_external_ids(self, by_key: dict, found: dict[str, int]) -> None:
        wanted = {
            (p.source, _clip(p.external_id, 120)): found[k] for k, (p, _) in by_key.items() if p.external_id
        }
        if not wanted:
            return
        have: set[tuple[str, str]] = set()
        for source in {src for src, _ in wanted}:
            have.update(
                tuple(r)
                for r in self.s.execute(
                    select(CustomerExternalId.source, CustomerExternalId.external_id).where(
                        CustomerExternalId.source == source,
                        CustomerExternalId.external_id.in_([e for src, e in wanted if src == source]),
                    )
                ).all()
            )
        rows = [
            {"customer_id": cid, "source": src, "external_id": eid}
            for (src, eid), cid in wanted.items()
            if (src, eid) not in have
        ]
        if rows:
            self.s.execute(insert(CustomerExternalId), rows)


def update_many(s: Session, table: Any, changes: list[dict[str, Any]]) -> None:
    """Apply ``{"_id": id, column: value…}`` changes with one executemany per set of changed columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        groups.setdefault(tuple(sorted(k for k in change if k != "_id")), []).append(change)
    for columns, rows in groups.items():
        stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
        s.connection().execute(stmt, rows)


_ASCII_TOKEN = re.compile(r"[0-9a-z]+")


def _doc(*parts: str | None) -> str:
    """:func:`search_document`, with a shortcut for plain ASCII text (most of a shop file), which folds to
    its lower case; the result is the same string."""
    text = " ".join(p for p in parts if p)
    if text.isascii():
        return " ".join(_ASCII_TOKEN.findall(text.lower()))
    return search_document(*parts)


def insert_with_ids(s: Session, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one executemany and return their ids, in order.

    The ids are taken first — on PostgreSQL from the table's sequence, on SQLite after the largest id (the
    write transaction holds the database's only write lock) — because ``RETURNING`` in parameter order runs one
    statement per row on SQLite.
    """
    n = len(rows)
    name = table.name
    if s.get_bind().dialect.name == "postgresql":
        ids = list(
            s.execute(
                sql_text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                {"t": name, "n": n},
            ).scalars()
        )
    else:
        top = int(s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar() or 0)
        ids = list(range(top + 1, top + 1 + n))
    s.execute(insert(table), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


def _customer_changes(row: _CustomerRow, p: ImportedCustomer, when: datetime) -> dict[str, Any]:
    """What the file says differently about a known customer; an empty value in the file changes nothing."""
    values: dict[str, Any] = {}
    first, last = _clip(p.first_name, 200) or "", _clip(p.last_name, 200) or ""
    if (first or last) and (first, last) != (row.first_name, row.last_name):
        values["first_name"], values["last_name"] = first, last
    if p.email and _clip(p.email, 320) != row.email:
        values["email"] = _clip(p.email, 320)
    if p.phone and _clip(p.phone, 64) != row.phone:
        values["phone"] = _clip(p.phone, 64)
    if p.language and p.language[:8] != row.language:
        values["language"] = p.language[:8]
    if p.accepts_marketing is not None and p.accepts_marketing != row.marketing_consent:
        values["marketing_consent"] = p.accepts_marketing
        values["marketing_consent_at"] = (p.marketing_date or when) if p.accepts_marketing else None
    return values


def refresh_search_text(s: Session, customer_ids: Iterable[int]) -> None:
    """Recompute the ``search_text`` of the orders and cases of customers whose name, e-mail or phone changed."""
    ids = list(customer_ids)
    people = {
        r.id: r
        for r in s.execute(
            select(
                Customer.id, Customer.first_name, Customer.last_name, Customer.email, Customer.phone
            ).where(Customer.id.in_(ids))
        )
    }
    orders = [
        {
            "_id": oid,
            "text": search_document(number, people[cid].first_name, people[cid].last_name, people[cid].email),
        }
        for oid, number, cid in s.execute(
            select(Order.id, Order.number, Order.customer_id).where(Order.customer_id.in_(ids))
        )
    ]
    if orders:
        t = Order.__table__
        s.connection().execute(
            update(t).where(t.c.id == bindparam("_id")).values(search_text=bindparam("text")), orders
        )
    cases = []
    for case_id, summary, description, cid, number in s.execute(
        select(Case.id, Case.summary, Case.description, Case.customer_id, Order.number)
        .outerjoin(Order, Order.id == Case.order_id)
        .where(Case.customer_id.in_(ids))
    ):
        case = _CaseText(summary, description)
        order = _OrderText(number) if number is not None else None
        cases.append({"_id": case_id, "text": case_search_text(case, people[cid], order)})  # type: ignore[arg-type]
    if cases:
        t = Case.__table__
        s.connection().execute(
            update(t).where(t.c.id == bindparam("_id")).values(search_text=bindparam("text")), cases
        )


@dataclass(frozen=True)
class _CaseText:
    summary: str
    description: str


@dataclass(frozen=True)
class _OrderText:
    number: str


class _CustomerWriter(_Writer):
    def key_of(self, item: ImportedCustomer) -> str:
        return item.key

    def write(self, items: list[ImportedCustomer]) -> None:
        _, status = self.upsert_customers([(p, None) for p in items])
        for p in items:
            outcome = status.get(p.key, "unchanged")
            setattr(self.state, outcome, getattr(self.state, outcome) + 1)


_ORDER_FIELDS = (
    "external_id",
    "customer_id",
    "placed_at",
    "currency",
    "subtotal_minor",
    "shipping_minor",
    "discount_minor",
    "total_minor",
    "refunded_minor",
    "status",
    "fulfillment_status",
    "cancelled_at",
    "discount_codes",
    "search_text",
)
_LINE_FIELDS = ("sku", "name", "variant", "quantity", "unit_price_minor")


class _OrderWriter(_Writer):
    def key_of(self, item: ImportedOrder) -> str:
        return f"{item.source}:{item.number}"

    def write(self, orders: list[ImportedOrder]) -> None:
        s = self.s
        cust_ids, _ = self.upsert_customers([(o.customer, o.created_at) for o in orders])
        people = {
            r.id: _doc(r.first_name, r.last_name, r.email)
            for r in s.execute(
                select(Customer.id, Customer.first_name, Customer.last_name, Customer.email).where(
                    Customer.id.in_(set(cust_ids.values()))
                )
            )
        }
        wanted = {}
        lines = {}
        for o in orders:
            number = o.number[:64]
            cid = cust_ids[o.customer.key]
            text = " ".join(part for part in (_doc(number), people[cid]) if part)
            wanted[number] = _order_values(o, cid, text)
            lines[number] = [_line_values(i, line) for i, line in enumerate(o.lines)]
        source = orders[0].source
        t = Order.__table__
        existing = {
            r.number: r
            for r in s.execute(
                select(t.c.id, t.c.number, *[t.c[f] for f in _ORDER_FIELDS]).where(
                    t.c.source == source, t.c.number.in_(list(wanted))
                )
            )
        }
        new = [n for n in wanted if n not in existing]
        order_ids: dict[str, int] = {}
        if new:
            rows = [
                {"source": source, "number": n, **wanted[n], "promised_by": None, "delivered_at": None}
                for n in new
            ]
            ids = insert_with_ids(s, t, rows)
            line_rows = []
            for n, oid in zip(new, ids, strict=True):
                order_ids[n] = oid
                line_rows.extend({"order_id": oid, **line} for line in lines[n])
            if line_rows:
                s.execute(insert(OrderLine.__table__), line_rows)
            self.state.created += len(new)
        if existing:
            self._update_orders(existing, wanted, lines, order_ids)
        found = [(o, order_ids[o.number[:64]]) for o in orders if o.discount_codes]
        if found:
            self.state.redemptions.extend(redeem_from_orders(s, self.ctx, found))
        arrived = {
            n: (
                credit.credit_base(v["total_minor"], v["discount_minor"], v["currency"]),
                v["cancelled_at"] is not None or v["status"] == "voided",
            )
            for n, v in wanted.items()
        }
        self.state.redemptions.extend(check_provisional(s, arrived))

    def _update_orders(self, existing: dict, wanted: dict, lines: dict, order_ids: dict[str, int]) -> None:
        s = self.s
        ids = {r.id: n for n, r in existing.items()}
        stored: dict[int, list[Any]] = {oid: [] for oid in ids}
        for r in s.execute(
            select(
                OrderLine.id,
                OrderLine.order_id,
                OrderLine.position,
                *[OrderLine.__table__.c[f] for f in _LINE_FIELDS],
            )
            .where(OrderLine.order_id.in_(list(ids)))
            .order_by(OrderLine.order_id, OrderLine.position, OrderLine.id)
        ):
            stored[r.order_id].append(r)
        kept_by_cases = _lines_in_cases(s, [r.id for rs in stored.values() for r in rs])
        order_updates = []
        for number, row in existing.items():
            order_ids[number] = row.id
            values = wanted[number]
            changed = {f: v for f, v in values.items() if getattr(row, f) != v}
            line_changed = _sync_lines(s, row.id, stored[row.id], lines[number], kept_by_cases)
            if changed:
                order_updates.append({"_id": row.id, **changed})
            if changed or line_changed:
                self.state.updated += 1
            else:
                self.state.unchanged += 1
        t = Order.__table__
        update_many(s, t, order_updates)


def _lines_in_cases(s: Session, line_ids: list[int]) -> set[int]:
    from app.store.models import CaseLine

    if not line_ids:
        return set()
    return set(s.scalars(select(CaseLine.order_line_id).where(CaseLine.order_line_id.in_(line_ids))))


def _sync_lines(
    s: Session, order_id: int, stored: list[Any], wanted: list[dict[str, Any]], in_cases: set[int]
) -> bool:
    """Make the order's lines the file's, position by position; a line a case points at is never deleted."""
    t = OrderLine.__table__
    changed = False
    by_position: dict[int, Any] = {}
    extra = []
    for r in stored:
        if r.position in by_position:
            extra.append(r)
        else:
            by_position[r.position] = r
    for line in wanted:
        have = by_position.pop(line["position"], None)
        if have is None:
            s.execute(insert(t), [{"order_id": order_id, **line}])
            changed = True
        elif any(getattr(have, f) != line[f] for f in _LINE_FIELDS):
            s.execute(update(t).where(t.c.id == have.id).values(**{f: line[f] for f in _LINE_FIELDS}))
            changed = True
    for r in [*by_position.values(), *extra]:
        if r.id not in in_cases:
            s.execute(t.delete().where(t.c.id == r.id))
            changed = True
    return changed


def _order_values(o: ImportedOrder, customer_id: int, search_text: str) -> dict[str, Any]:
    cur = o.currency
    line_sum = sum((line.total.minor for line in o.lines if line.total is not None), 0)
    subtotal = o.subtotal.minor if o.subtotal is not None else line_sum
    shipping = o.shipping.minor if o.shipping is not None else 0
    discount = o.discount_amount.minor if o.discount_amount is not None else 0
    total = o.total.minor if o.total is not None else subtotal + shipping - discount
    status = o.financial_status or ("voided" if o.cancelled else "paid")
    return {
        "external_id": _clip(o.external_id, 120),
        "customer_id": customer_id,
        "placed_at": o.created_at,
        "currency": cur,
        "subtotal_minor": subtotal,
        "shipping_minor": shipping,
        "discount_minor": discount,
        "total_minor": total,
        "refunded_minor": o.refunded_amount.minor if o.refunded_amount is not None else 0,
        "status": status[:32],
        "fulfillment_status": _clip(o.fulfillment_status, 32),
        "cancelled_at": o.cancelled_at,
        "discount_codes": ", ".join(o.discount_codes)[:500],
        "search_text": search_text,
    }


def _line_values(position: int, line: Any) -> dict[str, Any]:
    return {
        "position": position,
        "sku": (line.sku or "")[:120],
        "name": (line.name or "")[:500],
        "variant": (line.variant or "")[:200],
        "quantity": line.quantity,
        "unit_price_minor": line.unit_price.minor if line.unit_price is not None else 0,
    }


# --- redemptions ---------------------------------------------------------------------------------------


def redeem_from_orders(
    s: Session, ctx: ServiceContext, orders: list[tuple[ImportedOrder, int]]
) -> list[RedemptionOutcome]:
    """Our voucher codes among the orders' discount codes, recorded as redemptions in the caller's transaction.

    The credit service redeems (:func:`app.services.credit.redeem_grants_in_session`, under the ledger's rules):
    the cap share of the order, the vouchers' balances, their expiry — judged on the day the order was placed,
    since that is when the shop took the codes. Several of our codes on one order are one payment: planned
    together, earliest expiry first, for at most what the shop took off. When the shop took off more than the
    ledger allows, what the ledger allows is recorded and the outcome is ``partial`` with a warning: the ledger
    never goes below zero nor above the cap because a shop applied a discount it should not have. A redemption
    already recorded for the same voucher and order number is never recorded again. Codes that are not in our
    voucher form (the shop's own campaign codes) are ignored.
    """
    settings = load_settings(s)
    zone = settings["shop.timezone"]
    outcomes: list[RedemptionOutcome] = []
    for order, _order_id in orders:
        ours = list(
            dict.fromkeys(
                credit.own_code(s, check.code)
                for text in order.discount_codes
                if (check := vouchers.check_code(text)).ok and check.code is not None
            )
        )
        if ours:
            outcomes.extend(_redeem_order(s, ctx, settings, zone, order, ours))
    return outcomes


def _redeem_order(
    s: Session, ctx: ServiceContext, settings: ShopSettings, zone: Any, order: ImportedOrder, codes: list[str]
) -> list[RedemptionOutcome]:
    """One order's codes: each looked at alone first (unknown, already recorded, expired, spent, other currency —
    reported), then the usable ones spent together by one plan; here only what is particular to an import: the
    order's day, its total before discounts, what the shop took, and outcomes reported rather than refused."""
    number = order.number[:64]

    def outcome(
        code: str, status: str, msgid: str, amount: Money | None = None, **params: Any
    ) -> RedemptionOutcome:
        shown = vouchers.format_code(code)
        return RedemptionOutcome(
            number, shown, status, amount, translate(msgid, order=number, code=shown, **params)
        )

    if order.cancelled:
        return [
            outcome(c, "refused", "Order {order} was cancelled: voucher {code} was not redeemed.")
            for c in codes
        ]
    gross = _gross_total(order)
    if gross is None or gross.minor <= 0:
        return [
            outcome(c, "refused", "Order {order} has no total, so voucher {code} could not be redeemed.")
            for c in codes
        ]
    taken = order.discount_amount
    wanted = taken if taken is not None and taken.minor > 0 and taken.currency == order.currency else None
    as_of = order.created_at.astimezone(zone).date()
    credit.lock_order(s, number)
    results: dict[str, RedemptionOutcome] = {}
    usable = []
    for code in codes:
        try:
            grant = credit.grant_by_code(s, code)
        except NotFound:
            results[code] = outcome(
                code, "unknown", "Order {order} used {code}, which is not one of our vouchers."
            )
            continue
        already = credit.already_on_order(s, grant.id, number)
        if already:
            results[code] = outcome(
                code,
                "already",
                "Voucher {code} on order {order} was already recorded.",
                Money(-already, grant.currency),
            )
            continue
        balance = credit.grant_balance(s, grant, as_of)
        if grant.currency != gross.currency:
            results[code] = outcome(
                code,
                "refused",
                "Voucher {code} is in {credit}, order {order} in {currency}: not redeemed.",
                credit=grant.currency,
                currency=order.currency,
            )
        elif balance.balance.minor > 0 and balance.expired:
            results[code] = outcome(
                code,
                "expired",
                "Order {order} used voucher {code}, which had expired on {date}: not redeemed.",
                date=str(grant.expires_on),
            )
        elif balance.balance.minor <= 0:
            results[code] = outcome(
                code, "spent", "Order {order} used voucher {code}, which has no credit left: not redeemed."
            )
        else:
            usable.append(grant)
    if usable:
        try:
            done = credit.redeem_grants_in_session(
                s,
                ctx.actor,
                usable,
                order_number=number,
                order_total=gross,
                as_of=as_of,
                at=order.created_at,
                shop_cap_share=settings["credit.cap_share"],
                requested=wanted,
                note=translate("From the shop's order import.", lang="en"),
            )
        except ValidationError as exc:
            for grant in usable:
                results[grant.code] = outcome(
                    grant.code,
                    "refused",
                    "Voucher {code} on order {order} was not redeemed: {reason}",
                    reason=exc.message,
                )
        else:
            applied = {vouchers.parse(shown): amount for shown, amount in done.used}
            short = wanted is not None and done.applied < wanted
            last = done.used[-1][0] if done.used else None
            for grant in usable:
                amount = applied.get(grant.code)
                shown = vouchers.format_code(grant.code)
                if amount is None:
                    results[grant.code] = outcome(
                        grant.code,
                        "not_needed",
                        "Voucher {code} was not needed on order "
                        "{order}: vouchers that expire sooner covered it.",
                    )
                elif short and shown == last:
                    results[grant.code] = outcome(
                        grant.code,
                        "partial",
                        "The shop took {taken} off order {order} with voucher {code}, but "
                        "the ledger allows {applied} (cap or balance); only that was recorded.",
                        amount,
                        taken=str(wanted),
                        applied=str(done.applied),
                    )
                else:
                    results[grant.code] = outcome(
                        grant.code,
                        "redeemed",
                        "Voucher {code} redeemed on order {order}: {applied}.",
                        amount,
                        applied=amount.plain() + " " + amount.currency,
                    )
    return [results[c] for c in codes]


def check_provisional(s: Session, arrived: dict[str, tuple[Money, bool]]) -> list[RedemptionOutcome]:
    """Redemptions made at the counter before these orders were imported were capped on a typed total: check
    them against the orders' real totals (:func:`app.services.credit.check_provisional_in_session`) and report
    each, ``checked`` when within the cap, ``excess`` (with the amount above it) when not."""
    settings = load_settings(s)
    out = []
    for c in credit.check_provisional_in_session(s, arrived, settings["credit.cap_share"], utcnow()):
        params = {
            "order": c.order_number,
            "code": c.codes,
            "total": str(c.order_total),  # "80.00 EUR"
            "typed": str(c.typed_total),
            "applied": str(c.on_order),
            "cap": str(c.cap),
            "excess": c.excess.plain(),
        }
        if c.cancelled:
            out.append(
                RedemptionOutcome(
                    c.order_number,
                    c.codes,
                    "excess",
                    c.excess,
                    translate(
                        "Order {order} arrived cancelled: the {applied} of credit redeemed on it provisionally ({code}) "
                        "should be given back.",
                        **params,
                    ),
                    give_back_all=True,
                )
            )
        elif c.excess.minor:
            out.append(
                RedemptionOutcome(
                    c.order_number,
                    c.codes,
                    "excess",
                    c.excess,
                    translate(
                        "Order {order} arrived with a total of {total}, not the {typed} typed when {code} was redeemed "
                        "provisionally: its {applied} of credit is {excess} above the cap of {cap}.",
                        **params,
                    ),
                )
            )
        else:
            out.append(
                RedemptionOutcome(
                    c.order_number,
                    c.codes,
                    "checked",
                    Money.zero(c.on_order.currency),
                    translate(
                        "Order {order} arrived with a total of {total}: the provisional "
                        "redemption ({code}, {applied}) is within its cap of {cap}.",
                        **params,
                    ),
                )
            )
    return out


def _gross_total(order: ImportedOrder) -> Money | None:
    """The order's value before discounts: the cap is a share of what the customer would have paid."""
    if order.total is None:
        if order.subtotal is None:
            return None
        base = order.subtotal + (order.shipping or Money.zero(order.currency))
        return base
    discount = order.discount_amount if order.discount_amount is not None else Money.zero(order.currency)
    return order.total + discount if discount.currency == order.total.currency else order.total
