"""The ledger and the audit log compared, and the reports' rollups compared with the raw ledger.

Every credit written by the program leaves both a ledger row and an audit entry in the same transaction: a grant
its ``credit_issued`` entry (or its campaign's ``campaign_issued``), a redemption ``credit_redeemed``, a refund
``credit_restored``, a cancellation or correction ``credit_cancelled``/``credit_adjusted``, an expiry run
``credit_expired``. A row inserted behind the program's back (a forged grant) has no audit entry; an audit
entry whose ledger rows were removed has none in the ledger. :func:`cross_check` sums both sides per grant (per
order, per campaign, per currency for expiries) and names every key where they differ.

:func:`rollup_check` adds the rollups of ``report_ledger_days`` and ``report_order_days`` over all days and
compares them with the same sums taken from ``credit_entries``: a report cannot keep showing money the ledger no
longer holds (or never held).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import EntryKind
from app.domain.money import Money
from app.store.models import AuditLog, CreditEntry, CreditGrant, ReportLedgerDay, ReportOrderDay

MONEY_ACTIONS = (
    "credit_issued",
    "campaign_issued",
    "credit_redeemed",
    "credit_restored",
    "credit_cancelled",
    "credit_adjusted",
    "credit_expired",
)
LIMIT = 100

Key = tuple[str | int, ...]


def _minor(text: Any, currency: str) -> int | None:
    try:
        return Money.from_decimal(Decimal(str(text)), currency).minor
    except (InvalidOperation, ValueError, TypeError, ArithmeticError):
        return None


def _name(key: Key) -> str:
    what = key[0]
    if what == "issue":
        return f"grant {key[1]} (issued)"
    if what == "campaign":
        return f"campaign {key[1]} (grants issued)"
    if what == "redeem":
        return f"grant {key[1]} redeemed on order {key[2]}"
    if what == "restore":
        return f"order {key[1]} given back"
    if what in ("cancel", "adjust"):
        return f"grant {key[1]} ({'cancelled' if what == 'cancel' else 'adjusted'})"
    if what == "expire":
        return f"credit expired in {key[1]}"
    return "grants expired"


def _audit_side(s: Session) -> tuple[dict[Key, list[int]], list[str]]:
    """Per key: [amount in minor units, count], from the audit log's money entries."""
    side: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    problems: list[str] = []
    rows = s.execute(
        select(AuditLog.id, AuditLog.action, AuditLog.data)
        .where(AuditLog.action.in_(MONEY_ACTIONS))
        .order_by(AuditLog.id)
        .execution_options(yield_per=5000)
    )
    for audit_id, action, data in rows:
        data = data or {}
        cur = str(data.get("currency") or "")
        key: Key
        try:
            if action == "credit_issued":
                key, amount, count = ("issue", int(data["grant"])), _minor(data["amount"], cur), 1
            elif action == "campaign_issued":
                key, amount, count = (
                    ("campaign", int(data["campaign"])),
                    _minor(data["total"], cur),
                    int(data["customers"]),
                )
            elif action == "credit_redeemed":
                key, amount, count = (
                    ("redeem", int(data["grant"]), str(data["order"])),
                    _minor(data["applied"], cur),
                    0,
                )
                amount = -amount if amount is not None else None
            elif action == "credit_restored":
                key, amount, count = ("restore", str(data["order"])), _minor(data["amount"], cur), 0
            elif action in ("credit_cancelled", "credit_adjusted"):
                kind = "cancel" if action == "credit_cancelled" else "adjust"
                key, amount, count = (kind, int(data["grant"])), _minor(data["amount"], cur), 0
            else:  # credit_expired: one entry per run, totals per currency
                for c, total in dict(data["totals"]).items():
                    minor = _minor(total, c)
                    if minor is None:
                        raise ValueError(total)
                    side[("expire", c)][0] -= minor
                side[("expired_grants",)][1] += int(data["grants"])
                continue
        except (KeyError, ValueError, TypeError):
            problems.append(f"audit entry {audit_id}: {action} without the figures of a money entry")
            continue
        if amount is None:
            problems.append(f"audit entry {audit_id}: {action} with an unreadable amount")
            continue
        side[key][0] += amount
        side[key][1] += count
    return side, problems


def _ledger_side(s: Session) -> dict[Key, list[int]]:
    """The same keys from the ledger's rows."""
    side: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    G, E = CreditGrant, CreditEntry  # noqa: N806
    for gid, campaign, amount in s.execute(select(G.id, G.campaign_id, G.amount_minor)):
        key = ("campaign", campaign) if campaign is not None else ("issue", gid)
        side[key][0] += int(amount)
        side[key][1] += 1
    for gid, number, total in s.execute(
        select(E.grant_id, E.order_number, func.sum(E.amount_minor))
        .where(E.kind == EntryKind.REDEEM.value)
        .group_by(E.grant_id, E.order_number)
    ):
        side[("redeem", gid, str(number))][0] += int(total)
    for number, total in s.execute(
        select(E.order_number, func.sum(E.amount_minor))
        .where(E.kind == EntryKind.RESTORE.value)
        .group_by(E.order_number)
    ):
        side[("restore", str(number))][0] += int(total)
    for kind in (EntryKind.CANCEL, EntryKind.ADJUST):
        for gid, total in s.execute(
            select(E.grant_id, func.sum(E.amount_minor)).where(E.kind == kind.value).group_by(E.grant_id)
        ):
            side[(kind.value, gid)][0] += int(total)
    for cur, total, count in s.execute(
        select(E.currency, func.sum(E.amount_minor), func.count())
        .where(E.kind == EntryKind.EXPIRE.value)
        .group_by(E.currency)
    ):
        side[("expire", cur)][0] += int(total)
        side[("expired_grants",)][1] += int(count)
    return side


def cross_check(s: Session) -> list[str]:
    """Every ledger row has its audit entry and every money audit entry its ledger rows, with the same amounts."""
    audit_side, problems = _audit_side(s)
    ledger_side = _ledger_side(s)
    for key in sorted(set(audit_side) | set(ledger_side), key=lambda k: tuple(str(p) for p in k)):
        if len(problems) >= LIMIT:
            break
        led, aud = ledger_side.get(key), audit_side.get(key)
        if led == aud:
            continue
        if aud is None and led is not None:
            problems.append(
                f"{_name(key)}: in the ledger ({led[0]}, {led[1] or '-'} rows) but not in the audit log"
            )
        elif led is None and aud is not None:
            problems.append(f"{_name(key)}: in the audit log ({aud[0]}) but not in the ledger")
        elif led is not None and aud is not None:
            problems.append(
                f"{_name(key)}: the ledger says {led[0]} ({led[1]}), the audit log {aud[0]} ({aud[1]})"
            )
    return problems


def rollup_check(s: Session) -> list[str]:
    """The reports' rollups, summed over every day, against the raw ledger."""
    problems: list[str] = []
    E, L, R = CreditEntry, ReportLedgerDay, ReportOrderDay  # noqa: N806
    raw: dict[tuple[str, str, int], int] = defaultdict(int)
    for c, k, b, t in s.execute(
        select(E.currency, E.kind, E.by_id, func.sum(E.amount_minor)).group_by(E.currency, E.kind, E.by_id)
    ):
        raw[(c, k, int(b or 0))] += int(t)
    rolled = {
        (c, k, int(b)): int(t)
        for c, k, b, t in s.execute(
            select(L.currency, L.kind, L.by_id, func.sum(L.amount_minor)).group_by(
                L.currency, L.kind, L.by_id
            )
        )
    }
    for key in sorted(set(raw) | set(rolled), key=str):
        if raw.get(key, 0) != rolled.get(key, 0) and len(problems) < LIMIT:
            cur, kind, by = key
            problems.append(
                f"report rollups: {kind} in {cur} by user {by} add up to {rolled.get(key, 0)}, "
                f"the ledger to {raw.get(key, 0)}"
            )
    spending = (EntryKind.REDEEM.value, EntryKind.RESTORE.value)
    raw_orders = {
        (c, n or ""): int(t)
        for c, n, t in s.execute(
            select(E.currency, E.order_number, func.sum(E.amount_minor))
            .where(E.kind.in_(spending))
            .group_by(E.currency, E.order_number)
        )
    }
    rolled_orders = {
        (c, n): int(t)
        for c, n, t in s.execute(
            select(R.currency, R.order_number, func.sum(R.amount_minor)).group_by(R.currency, R.order_number)
        )
    }
    for order_key in sorted(set(raw_orders) | set(rolled_orders)):
        if raw_orders.get(order_key, 0) != rolled_orders.get(order_key, 0) and len(problems) < LIMIT:
            problems.append(
                f"report rollups: order {order_key[1] or '(none)'} in {order_key[0]} spent "
                f"{rolled_orders.get(order_key, 0)}, the ledger {raw_orders.get(order_key, 0)}"
            )
    return problems
