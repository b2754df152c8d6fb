"""One import run: the file parsed once, streamed, written in chunks of ``CHUNK`` in one transaction that is
rolled back for a dry run, a cancelled run and (unless ``keep_good``) a file with any bad row; the entry
points :func:`import_orders` and :func:`import_customers`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from app.domain.permissions import Permission
from app.errors import Conflict, MissingInput, ValidationError
from app.imports import detect, parse_customers, parse_orders
from app.imports.mapped import ColumnMapping
from app.imports.records import ImportedOrder, Rejection
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.services.shop_import.customers import CustomerWriter, Writer
from app.services.shop_import.mappings import load_mapping
from app.services.shop_import.orders import OrderWriter
from app.services.shop_import.progress import Meter, Progress
from app.services.shop_import.refusals import issues_of, out_of_range, rejection_of, write_rejects_file
from app.services.shop_import.report import DateOrderNeeded, ImportReport, RowIssue, State
from app.store.models import ImportRun

CHUNK = 1000

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


class _Rollback(Exception):
    """Leaves ``db.write()`` by rolling back (dry run, cancel, bad rows)."""


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
        cmap = load_mapping(s, mapping) if isinstance(mapping, str) else mapping
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
    state = State()
    meter = Meter(path, progress)
    written = False
    try:
        with ctx.db.write() as s:
            writer: Writer = (OrderWriter if kind == "orders" else CustomerWriter)(s, ctx, settings, state)
            batch: list[Any] = []
            keys: set[str] = set()
            for item in result:
                if isinstance(item, Rejection):
                    state.rejections.append(item)
                    continue
                if isinstance(item, ImportedOrder) and (problem := out_of_range(item)) is not None:
                    state.rejections.append(rejection_of(item, problem))
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
                write_rejects_file(Path(rejects_path), result.header, result.delimiter, state.rejections)
            s.add(
                ImportRun(
                    kind=kind,
                    file_name=path.name[:500],
                    format=result.format or "",
                    at=ctx.now(),
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
        rejected=tuple(issue for r in state.rejections for issue in issues_of(r)),
        warnings=tuple(state.warnings),
        redemptions=tuple(state.redemptions),
        written=written,
        dry_run=dry_run,
        cancelled=state.cancelled,
        rejects_file=str(rejects_path) if written and rejects_path is not None and state.rejections else None,
        rejected_units=len(state.rejections),
    )
