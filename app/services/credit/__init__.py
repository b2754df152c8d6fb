"""Store credit kept as a ledger in the database: give it, spend it, give it back, correct, expire and check it.

The work is split by job, each module standing on :mod:`~app.services.credit.ledger` (the shop's day by the
services' clock, the locks, balances and voucher look-ups) and none on this package or on each other but as
listed: :mod:`~app.services.credit.accounts` (looking credit up), :mod:`~app.services.credit.issuing` (limits,
giving credit, how long it lasts), :mod:`~app.services.credit.orders` (an order's total for the cap, provisional
redemptions, credit given back), :mod:`~app.services.credit.redeeming` (spending it on an order; uses ``orders``),
:mod:`~app.services.credit.admin` (cancel, correct, expire, check). Callers import the names from here.

These modules never decide about approvals (see :mod:`app.services.approvals`); they only refuse what is above
the acting user's own limits.
"""

from __future__ import annotations

from app.services.credit.accounts import CustomerCredit, balance, customer_credit, find_voucher
from app.services.credit.admin import ExpiryRun, LedgerCheck, adjust, cancel, check_ledger, expire_credit
from app.services.credit.issuing import (
    MAX_NOTE,
    case_limit,
    credit_expiry,
    daily_limit,
    grant_credit,
    issue,
    issued_today,
    limit_problems,
    lock_user,
    new_code,
)
from app.services.credit.ledger import (
    ORDER_LOCK_CLASS,
    EntryInfo,
    GrantInfo,
    add_entries,
    balance_per_grant,
    day_start,
    display_code,
    domain_grant,
    find_customer,
    grant_balance,
    grant_balances,
    grant_by_code,
    grant_info,
    live,
    lock_order,
    make_grant_info,
    own_code,
    parse_day,
    parse_share,
    spendable,
    today,
)
from app.services.credit.orders import (
    ProvisionalCheck,
    check_provisional_in_session,
    credit_base,
    order_total_for_credit,
    restore_order,
)
from app.services.credit.redeeming import (
    AlreadyRedeemedError,
    Redemption,
    already_on_order,
    redeem,
    redeem_for_customer,
    redeem_grants_in_session,
    redeem_in_session,
)

__all__ = [
    "ORDER_LOCK_CLASS",
    "MAX_NOTE",
    "AlreadyRedeemedError",
    "CustomerCredit",
    "EntryInfo",
    "ExpiryRun",
    "GrantInfo",
    "LedgerCheck",
    "ProvisionalCheck",
    "Redemption",
    "add_entries",
    "already_on_order",
    "adjust",
    "balance",
    "balance_per_grant",
    "cancel",
    "case_limit",
    "check_ledger",
    "check_provisional_in_session",
    "credit_base",
    "credit_expiry",
    "customer_credit",
    "daily_limit",
    "day_start",
    "display_code",
    "domain_grant",
    "expire_credit",
    "find_customer",
    "find_voucher",
    "grant_balance",
    "grant_balances",
    "grant_by_code",
    "grant_credit",
    "grant_info",
    "issue",
    "issued_today",
    "limit_problems",
    "lock_user",
    "live",
    "lock_order",
    "make_grant_info",
    "new_code",
    "order_total_for_credit",
    "own_code",
    "parse_day",
    "parse_share",
    "redeem",
    "redeem_for_customer",
    "redeem_grants_in_session",
    "redeem_in_session",
    "restore_order",
    "spendable",
    "today",
]
