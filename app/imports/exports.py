"""CSV files that go out: vouchers in the shop's own import formats, and the credit ledger for the accountant.

Writers take plain rows (``VoucherRow``, ``LedgerRow``) and a path; they write to a temporary file beside it and
rename it into place, so a refused row leaves no half-written file. They never read the database and never
change an amount: money is written exactly (``Money.plain()``), never through float.

Voucher formats: ``shopify-giftcards`` (``initial_value, code, email, expires_on, note``; codes without hyphens),
``woocommerce-coupons`` (core coupon fields, ``fixed_cart``), ``csv`` (plain, every field). Dates: a voucher's
``valid_until`` is the last day it can be used; both shops expire a code at 00:00 of the date they are given,
so they are given the day after.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain.money import Money
from app.errors import ValidationError

VOUCHER_FORMATS: tuple[str, ...] = ("shopify-giftcards", "woocommerce-coupons", "csv")
SHOPIFY_GIFTCARD_HEADER = ("initial_value", "code", "email", "expires_on", "note")
WOOCOMMERCE_COUPON_HEADER = (
    "code",
    "amount",
    "discount_type",
    "description",
    "date_expires",
    "individual_use",
    "usage_limit",
    "usage_limit_per_user",
    "email_restrictions",
)
PLAIN_VOUCHER_HEADER = ("code", "amount", "currency", "email", "customer", "valid_until", "note")
LEDGER_HEADER = ("date", "entry", "type", "voucher_code", "customer", "currency", "amount", "reason", "by")

#: Ledger entry types that add to what the shop owes, and those that take from it.
POSITIVE_TYPES = frozenset({"issue", "grant", "restore"})
NEGATIVE_TYPES = frozenset({"redeem", "redemption", "expire", "expiry", "cancel", "cancellation"})
#: Entry types whose amount keeps the sign it was given (a correction can go either way).
SIGNED_TYPES = frozenset({"correction", "adjustment"})

_SHOPIFY_CODE = re.compile(r"^[A-Za-z0-9]{8,20}$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True, slots=True)
class VoucherRow:
    """One voucher to give back to the shop. ``valid_until`` is the last day it can be used (``None``: never
    expires)."""

    code: str
    amount: Money
    email: str | None = None
    valid_until: date | None = None
    note: str = ""
    customer_name: str = ""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One ledger entry. ``amount`` is the size of the movement; its sign in the file comes from ``type``
    (except for corrections, which keep the sign they have)."""

    at: datetime
    type: str
    amount: Money
    voucher_code: str = ""
    customer: str = ""
    reason: str = ""
    by: str = ""
    entry: str = ""


def write_vouchers(rows: Iterable[VoucherRow], path: str | Path, format: str = "csv") -> int:  # noqa: A002
    """Write ``rows`` as ``format``; returns how many were written. Refuses (writing nothing) a Shopify code
    that is not 8–20 letters and digits once hyphens and spaces are removed, and mixed currencies."""
    if format not in VOUCHER_FORMATS:
        raise ValidationError(
            "Unknown voucher format {format}. Choose one of: {choices}.",
            format=format,
            choices=", ".join(VOUCHER_FORMATS),
        )
    header, to_row = {
        "shopify-giftcards": (SHOPIFY_GIFTCARD_HEADER, _shopify_row),
        "woocommerce-coupons": (WOOCOMMERCE_COUPON_HEADER, _woo_row),
        "csv": (PLAIN_VOUCHER_HEADER, _plain_row),
    }[format]
    count = 0
    currency: str | None = None
    with atomic_csv(path) as writer:
        writer.writerow(header)
        for row in rows:
            if format != "csv":
                if currency is not None and row.amount.currency != currency:
                    raise ValidationError(
                        "A shop import file holds one currency; these vouchers are in {a} and {b}.",
                        a=currency,
                        b=row.amount.currency,
                    )
                currency = row.amount.currency
            if row.amount.minor <= 0:
                raise ValidationError("The voucher {code} has no value.", code=row.code)
            writer.writerow(to_row(row))
            count += 1
    return count


def shopify_code(code: str) -> str:
    """The code as Shopify accepts it: hyphens and spaces out; 8–20 letters and digits, or a refusal."""
    cleaned = code.replace("-", "").replace(" ", "")
    if not _SHOPIFY_CODE.match(cleaned):
        raise ValidationError(
            "Shopify gift card codes are 8 to 20 letters and digits; {code} is not.", code=code
        )
    return cleaned


def _after(day: date | None) -> str:
    if day is None or day >= date.max:  # 9999-12-31, stored before expiry dates were bounded: never expires
        return ""
    return (day + timedelta(days=1)).isoformat()


def _shopify_row(row: VoucherRow) -> list[str]:
    return [row.amount.plain(), shopify_code(row.code), row.email or "", _after(row.valid_until), row.note]


def _woo_row(row: VoucherRow) -> list[str]:
    return [
        row.code,
        row.amount.plain(),
        "fixed_cart",
        row.note,
        _after(row.valid_until),
        "no",
        "1",
        "1",
        row.email or "",
    ]


def _plain_row(row: VoucherRow) -> list[str]:
    return [
        row.code,
        row.amount.plain(),
        row.amount.currency,
        row.email or "",
        sheet_safe(row.customer_name),
        row.valid_until.isoformat() if row.valid_until else "",
        sheet_safe(row.note),
    ]


def signed_amount(row: LedgerRow) -> Money:
    """The entry's effect on the liability: positive for issues and restores, negative for redemptions,
    expiries and cancellations, as given for corrections."""
    kind = row.type.strip().lower()
    if kind in POSITIVE_TYPES:
        return row.amount if row.amount.minor >= 0 else -row.amount
    if kind in NEGATIVE_TYPES:
        return -row.amount if row.amount.minor >= 0 else row.amount
    if kind in SIGNED_TYPES:
        return row.amount
    raise ValidationError("Unknown ledger entry type {type}.", type=row.type)


def write_ledger(
    rows: Iterable[LedgerRow], path: str | Path, up_to: date | datetime | None = None
) -> dict[str, Money]:
    """Write ledger entries (those on or before ``up_to`` when given) with a signed ``amount`` column whose sum,
    per currency, is the liability at that date; returns those sums."""
    limit = _limit(up_to)
    totals: dict[str, Money] = {}
    with atomic_csv(path) as writer:
        writer.writerow(LEDGER_HEADER)
        for row in rows:
            at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
            if limit is not None and at >= limit:
                continue
            amount = signed_amount(row)
            cur = amount.currency
            totals[cur] = totals.get(cur, Money.zero(cur)) + amount
            writer.writerow(
                [
                    at.astimezone(UTC).isoformat(timespec="seconds"),
                    sheet_safe(row.entry),
                    row.type.strip().lower(),
                    sheet_safe(row.voucher_code),
                    sheet_safe(row.customer),
                    cur,
                    amount.plain(),
                    sheet_safe(row.reason),
                    sheet_safe(row.by),
                ]
            )
    return totals


def _limit(up_to: date | datetime | None) -> datetime | None:
    """Entries strictly before this instant count; a date means "to the end of that day" (UTC)."""
    if up_to is None:
        return None
    if isinstance(up_to, datetime):
        return (up_to if up_to.tzinfo else up_to.replace(tzinfo=UTC)) + timedelta(microseconds=1)
    return datetime(up_to.year, up_to.month, up_to.day, tzinfo=UTC) + timedelta(days=1)


def sheet_safe(text: Any) -> str:
    """Text a spreadsheet will show as text: a leading ``=``, ``+``, ``-``, ``@``, tab or carriage return gets an
    apostrophe, so a customer's name can never run as a formula in the accountant's spreadsheet. A plain number
    (``-2.50``) stays a number. Every CSV Rimedio writes for people passes its cells through here."""
    value = "" if text is None else str(text)
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


@contextmanager
def atomic_csv(path: str | Path, delimiter: str = ",", encoding: str = "utf-8-sig") -> Any:
    """A csv writer on a temporary file that replaces ``path`` only when the block ends without an error."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".rimedio-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
