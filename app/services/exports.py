"""Vouchers and the credit ledger going out: to the shop in its own import formats, to the accountant as CSV.

Voucher exports write only live codes (credit left, not expired) that were not yet exported in that format,
unless asked for all, and record each one in ``voucher_exports`` in the same transaction as the file is
written, so a file that could not be written leaves no record and a record always has its file. The ledger
export streams every entry up to the end of a day (the shop's time zone) with a signed amount whose sum is what
the shop owes at that moment. The writers of :mod:`app.imports.exports` do the file work.

This module never changes a grant or an entry, and never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import and_, exists, insert, select
from sqlalchemy.orm import Session, aliased

from app.domain import vouchers
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import check_day
from app.domain.settings_registry import ShopSettings
from app.errors import ValidationError
from app.imports.exports import VOUCHER_FORMATS, LedgerRow, VoucherRow, write_ledger, write_vouchers
from app.services import credit
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import CreditEntry, CreditGrant, Customer, Order, User, VoucherExport

T = TypeVar("T")

_ENTRY_TYPES = {"adjust": "adjustment"}


#: Formats whose coupons the shop accepts once: what a smaller cart leaves is offered again under a new code.
SINGLE_USE_FORMATS = frozenset({"woocommerce-coupons"})
_IDS_PER_QUERY = 500


@dataclass(frozen=True)
class VoucherExportReport:
    path: str
    format: str
    count: int
    total: dict[str, Money]
    #: How many of the vouchers went out under a new code for what was left after a partial use.
    remainders: int = 0


@dataclass(frozen=True)
class LedgerExportReport:
    path: str
    as_of: date
    entries: int
    liability: dict[str, Money]


def export_vouchers(
    ctx: ServiceContext,
    path: str | Path,
    format: str = "csv",  # noqa: A002 - the option's public name
    *,
    include_exported: bool = False,
) -> VoucherExportReport:
    """Write the live vouchers (not yet exported in ``format``, unless ``include_exported``) to ``path`` and
    record that they were exported. The amount written is what is left on each voucher today.

    WooCommerce coupons are single-use (``usage_limit=1``): once an imported WooCommerce order has used one,
    the coupon is spent in the shop whatever was left on it. A voucher whose coupon was used and that still
    has credit is therefore written again under a new code for what is left (``remainders`` counts them),
    linked to the same grant so that an order using the new code redeems it; nothing is lost. Shopify gift
    cards keep their own balance, so a Shopify voucher is written once, under its own code.
    """
    ctx.require(Permission.EXPORT)
    if format not in VOUCHER_FORMATS:
        raise ValidationError(
            "Unknown voucher format {format}. Choose one of: {choices}.",
            format=format,
            choices=", ".join(VOUCHER_FORMATS),
        )
    target = _target(path)
    with ctx.db.write() as s:
        settings = load_settings(s)
        single_use = format in SINGLE_USE_FORMATS
        rows = _live_vouchers(s, credit.today(settings, ctx.now()), format, include_exported or single_use)
        codes = (
            _single_use_codes(s, rows, format, include_exported)
            if single_use
            else {r[0]: (r[1], None) for r in rows}
        )
        rows = [r for r in rows if r[0] in codes]
        vouchers_out = []
        for gid, code, balance, cur, expires, reason, ref, email, first, last in rows:
            written, replaces = codes[gid]
            note = _note(settings, reason, ref)
            if replaces is not None:
                note = f"{note}; remainder of {vouchers.format_code(code)}"
            vouchers_out.append(
                VoucherRow(
                    code=_code_for(format, written),
                    amount=Money(int(balance), cur),
                    email=email,
                    valid_until=expires,
                    note=note,
                    customer_name=" ".join(p for p in (first, last) if p),
                )
            )
        count = _write(lambda: write_vouchers(vouchers_out, target, format))
        if rows:
            now = ctx.now()
            s.execute(
                insert(VoucherExport),
                [
                    {
                        "grant_id": r[0],
                        "format": format,
                        "exported_at": now,
                        "by_id": ctx.actor.id,
                        "file_name": target.name[:500],
                        "amount_minor": int(r[2]),
                        "code": codes[r[0]][0] if codes[r[0]][0] != r[1] else None,
                    }
                    for r in rows
                ],
            )
        total: dict[str, Money] = {}
        for v in vouchers_out:
            total[v.amount.currency] = total.get(v.amount.currency, Money.zero(v.amount.currency)) + v.amount
        remainders = sum(1 for written, replaces in codes.values() if replaces is not None)
        return VoucherExportReport(str(target), format, count, total, remainders)


#: A live voucher to export: grant id, code, balance (minor units), currency, expiry, reason, its reference, and the
#: customer's e-mail, first and last name.
LiveVoucher = tuple[int, str, int, str, date | None, str, str | None, str | None, str, str]


def _live_vouchers(s: Session, today: date, fmt: str, include_exported: bool) -> list[LiveVoucher]:
    balance = credit.balance_per_grant()
    stmt = (
        select(
            CreditGrant.id,
            CreditGrant.code,
            balance.c.balance,
            CreditGrant.currency,
            CreditGrant.expires_on,
            CreditGrant.reason,
            CreditGrant.reason_ref,
            Customer.email,
            Customer.first_name,
            Customer.last_name,
        )
        .join(balance, balance.c.grant_id == CreditGrant.id)
        .join(Customer, Customer.id == CreditGrant.customer_id)
        .where(credit.live(balance.c.balance, today))
        .order_by(CreditGrant.id)
    )
    if not include_exported:
        done = aliased(VoucherExport)
        stmt = stmt.where(~exists().where(and_(done.grant_id == CreditGrant.id, done.format == fmt)))
    return [tuple(r) for r in s.execute(stmt)]


def _single_use_codes(
    s: Session, rows: list[LiveVoucher], fmt: str, include_exported: bool
) -> dict[int, tuple[str, str | None]]:
    """For each live voucher to write as a single-use coupon: the canonical code to write and, for a new
    code, the code it replaces. A voucher never given to the shop goes under its own code; one whose last
    coupon was used on an imported order (the shop's coupon is spent) under a new code for what is left; one
    whose coupon is still unused is left out (its coupon still works), unless ``include_exported``."""
    last: dict[int, tuple[str | None, datetime]] = {}  # no code: the grant's own
    ids = [r[0] for r in rows]
    if s.get_bind().dialect.name == "postgresql":  # two exports at once must not both re-code one remainder
        for i in range(0, len(ids), _IDS_PER_QUERY):  # (SQLite: the write transaction is already exclusive)
            s.execute(
                select(CreditGrant.id)
                .where(CreditGrant.id.in_(ids[i : i + _IDS_PER_QUERY]))
                .order_by(CreditGrant.id)
                .with_for_update(key_share=True)
            )
    for i in range(0, len(ids), _IDS_PER_QUERY):
        for gid, code, at in s.execute(
            select(VoucherExport.grant_id, VoucherExport.code, VoucherExport.exported_at)
            .where(VoucherExport.format == fmt, VoucherExport.grant_id.in_(ids[i : i + _IDS_PER_QUERY]))
            .order_by(VoucherExport.exported_at, VoucherExport.id)
        ):
            last[gid] = (code, at)
    used = _codes_used_in_orders(s, min((at for _, at in last.values()), default=None))
    out: dict[int, tuple[str, str | None]] = {}
    taken: set[str] = set()
    for gid, grant_code, *_ in rows:
        if gid not in last:
            out[gid] = (grant_code, None)
            continue
        current = last[gid][0] or grant_code
        if current in used:
            out[gid] = (_new_code(s, taken), current)
        elif include_exported:
            out[gid] = (current, None)
    return out


def _codes_used_in_orders(s: Session, since: datetime | None) -> set[str]:
    """Canonical voucher codes among the discount codes of imported WooCommerce orders placed since ``since``
    (a day earlier, for clocks that disagree), except cancelled and failed orders, whose coupon the shop gives
    back."""
    if since is None:
        return set()
    found: set[str] = set()
    stmt = (
        select(Order.discount_codes)
        .where(
            Order.source == "woocommerce",
            Order.discount_codes != "",
            Order.placed_at >= since - timedelta(days=1),
            Order.status.not_in(("voided", "failed")),
        )
        .execution_options(yield_per=2000)
    )
    for (text,) in s.execute(stmt):
        for part in text.split(","):
            check = vouchers.check_code(part.strip())
            if check.ok and check.code is not None:
                found.add(check.code)
    return found


def _new_code(s: Session, taken: set[str]) -> str:
    """A fresh canonical code, used by no grant, no earlier coupon and no other coupon of this export."""
    while True:
        code = credit.new_code(s)
        if code not in taken:
            taken.add(code)
            return code


def _code_for(fmt: str, code: str) -> str:
    """Shops get the code as typed at their checkout (no hyphens); the plain CSV the printed form."""
    return vouchers.format_code(code) if fmt == "csv" else vouchers.export_form(code)


def _note(settings: ShopSettings, reason: str, ref: str | None) -> str:
    shop = settings["shop.name"]
    if reason == "case" and ref:
        return f"{shop}: store credit, case {ref}"
    if ref:
        return f"{shop}: store credit, {ref}"
    return f"{shop}: store credit"


def export_ledger(ctx: ServiceContext, path: str | Path, as_of: date | str) -> LedgerExportReport:
    """Every ledger entry up to the end of ``as_of`` (the shop's local day), with a signed amount column whose
    sum per currency is the credit the shop owed at that moment; returns those sums."""
    ctx.require(Permission.EXPORT)
    day = _day(as_of)
    target = _target(path)
    with ctx.db.read() as s:
        settings = load_settings(s)
        zone = settings["shop.timezone"]
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
        stmt = (
            select(
                CreditEntry.id,
                CreditEntry.at,
                CreditEntry.kind,
                CreditEntry.amount_minor,
                CreditEntry.currency,
                CreditEntry.order_number,
                CreditEntry.note,
                CreditGrant.code,
                CreditGrant.reason,
                CreditGrant.reason_ref,
                Customer.first_name,
                Customer.last_name,
                User.username,
            )
            .join(CreditGrant, CreditGrant.id == CreditEntry.grant_id)
            .join(Customer, Customer.id == CreditGrant.customer_id)
            .outerjoin(User, User.id == CreditEntry.by_id)
            .where(CreditEntry.at < end)
            .order_by(CreditEntry.at, CreditEntry.id)
            .execution_options(yield_per=2000)
        )
        count = 0

        def rows() -> Iterator[LedgerRow]:
            nonlocal count
            for r in s.execute(stmt):
                count += 1
                yield LedgerRow(
                    at=r.at,
                    type=_ENTRY_TYPES.get(r.kind, r.kind),
                    amount=Money(r.amount_minor, r.currency),
                    voucher_code=vouchers.format_code(r.code),
                    customer=" ".join(p for p in (r.first_name, r.last_name) if p),
                    reason=_ledger_reason(r.kind, r.order_number, r.note, r.reason, r.reason_ref),
                    by=r.username or "",
                    entry=str(r.id),
                )

        totals = _write(lambda: write_ledger(rows(), target))
    return LedgerExportReport(str(target), day, count, totals)


def _ledger_reason(kind: str, order: str | None, note: str, reason: str, ref: str | None) -> str:
    parts = []
    if order:
        parts.append(f"order {order}")
    elif kind == "issue":
        parts.append(f"{reason} {ref}" if ref else reason)
    if note:
        parts.append(note)
    return "; ".join(parts)


def _day(value: date | str) -> date:
    if isinstance(value, datetime):
        return check_day(value.date(), "--as-of")
    if isinstance(value, date):
        return check_day(value, "--as-of")
    try:
        day = date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError("{value} is not a date (YYYY-MM-DD).", value=value) from None
    return check_day(day, "--as-of")


def _target(path: str | Path) -> Path:
    target = Path(path)
    if target.is_dir():
        raise ValidationError("{path} is a folder; give the name of the file to write.", path=str(target))
    if not target.parent.is_dir():
        raise ValidationError("The folder {path} does not exist.", path=str(target.parent))
    return target


def _write(fn: Callable[[], T]) -> T:
    try:
        return fn()
    except OSError as exc:
        raise ValidationError("The file cannot be written: {error}", error=exc.strerror or str(exc)) from None
