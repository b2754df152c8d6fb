"""Who may call which credit, approval, campaign and audit service: every call, every role.

A refusal is :class:`PermissionDenied`; an allowed call may still refuse for another reason (an unknown code,
a request that does not exist), which is fine here.
"""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, RimedioError
from app.services import approvals, audit, campaigns, credit
from tests.support.shop import make_shop

EMAIL = "stefan.tarana@example.ro"
CODE = "RIM-0000-0000-0"

CALLS = {
    "credit.grant_credit": (
        lambda c: credit.grant_credit(c, EMAIL, "1", reason="ok"),
        {"agent", "supervisor", "admin"},
    ),
    "credit.customer_credit": (lambda c: credit.customer_credit(c, EMAIL), {"agent", "supervisor", "admin"}),
    "credit.balance": (lambda c: credit.balance(c, 1), {"agent", "supervisor", "admin"}),
    "credit.find_voucher": (lambda c: credit.find_voucher(c, CODE), {"agent", "supervisor", "admin"}),
    "credit.redeem": (
        lambda c: credit.redeem(c, CODE, order_number="1", order_total="10"),
        {"agent", "supervisor", "admin"},
    ),
    "credit.restore_order": (lambda c: credit.restore_order(c, "1"), {"agent", "supervisor", "admin"}),
    "credit.cancel": (lambda c: credit.cancel(c, CODE, reason="x"), {"supervisor", "admin"}),
    "credit.adjust": (lambda c: credit.adjust(c, CODE, "1", reason="x"), {"supervisor", "admin"}),
    "credit.expire_credit": (lambda c: credit.expire_credit(c), {"supervisor", "admin"}),
    "credit.check_ledger": (lambda c: credit.check_ledger(c), {"supervisor", "admin"}),
    "approvals.resolve_case": (
        lambda c: approvals.resolve_case(c, 999, "replacement"),
        {"agent", "supervisor", "admin"},
    ),
    "approvals.list_requests": (lambda c: approvals.list_requests(c), {"agent", "supervisor", "admin"}),
    "approvals.approve": (lambda c: approvals.approve(c, 999), {"supervisor", "admin"}),
    "approvals.reject": (lambda c: approvals.reject(c, 999, reason="no"), {"supervisor", "admin"}),
    "campaigns.issue_campaign": (
        lambda c: campaigns.issue_campaign(
            c, name="p", kind="signup", amount="1", signed_up_since="2020-01-01", dry_run=True
        ),
        {"supervisor", "admin"},
    ),
    "audit.verify": (lambda c: audit.verify(c), {"admin"}),
    "audit.list_entries": (lambda c: audit.list_entries(c), {"admin"}),
}


@pytest.fixture(scope="module")
def sqlite_shop(_sqlite_factory, tmp_path_factory):
    db = _sqlite_factory.fresh(tmp_path_factory.mktemp("perm"))
    yield make_shop(db)
    db.dispose()


@pytest.mark.parametrize("role", ["agent", "supervisor", "admin"])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_every_call_checks_the_role(sqlite_shop, call, role):
    run, allowed = CALLS[call]
    ctx = sqlite_shop.as_(getattr(sqlite_shop, role))
    if role in allowed:
        try:
            run(ctx)
        except PermissionDenied as exc:  # pragma: no cover - the failure message
            pytest.fail(f"{role} was refused {call}: {exc.message}")
        except RimedioError:
            pass
    else:
        with pytest.raises(PermissionDenied):
            run(ctx)
