"""A supervisor gives sign-up and win-back credit to many customers, after a dry run."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import audit, campaigns, credit
from app.store.models import Customer


def test_win_back_dry_run_then_issue_then_rerun_gives_nothing_twice(shop, clock):
    supervisor = shop.as_(shop.supervisor)
    args = {
        "name": "Torna da noi",
        "kind": "winback",
        "amount": "5",
        "expires": "2027-01-31",
        "no_order_since": "2026-11-01",
    }
    dry = campaigns.issue_campaign(supervisor, dry_run=True, **args)
    # Ștefan (last order 2 Oct) is lapsed; Niccolò ordered on 10 Nov; Anna on 1 Nov
    assert (dry.customers, dry.liability.plain(), dry.dry_run) == (1, "5.00", True)
    assert credit.customer_credit(supervisor, "stefan.tarana@example.ro").grants == ()
    done = campaigns.issue_campaign(supervisor, **args)
    assert (done.customers, done.liability.plain()) == (1, "5.00")
    [g] = credit.customer_credit(supervisor, "stefan.tarana@example.ro").grants
    assert (g.reason.value, g.reason_ref, g.expires_on.isoformat(), g.balance.plain()) == (
        "campaign",
        "Torna da noi",
        "2027-01-31",
        "5.00",
    )
    again = campaigns.issue_campaign(supervisor, **args)
    assert (again.customers, again.already) == (0, 1)
    assert credit.check_ledger(supervisor).ok
    assert audit.list_entries(shop.as_(shop.admin), action="campaign_issued")[0].data["customers"] == 1


def test_sign_up_credit_for_customers_who_joined_since_a_date(shop, clock):
    with shop.db.write() as s:
        s.execute(
            update(Customer)
            .where(Customer.email == "anna.mueller@example.de")
            .values(created_at=datetime(2026, 11, 15, tzinfo=UTC))
        )
        s.execute(
            update(Customer)
            .where(Customer.email != "anna.mueller@example.de")
            .values(created_at=datetime(2025, 1, 1, tzinfo=UTC))
        )
    r = campaigns.issue_campaign(
        shop.as_(shop.supervisor),
        name="Benvenuto",
        kind="signup",
        amount="10",
        signed_up_since="2026-11-01",
        cap_share="0.5",
    )
    assert r.customers == 1
    [g] = credit.customer_credit(shop.as_(shop.agent), "anna.mueller@example.de").grants
    assert str(g.cap_share) == "0.5000"


def test_campaign_refusals(shop, clock):
    supervisor = shop.as_(shop.supervisor)
    with pytest.raises(PermissionDenied):
        campaigns.issue_campaign(
            shop.as_(shop.agent), name="x", kind="signup", amount="5", signed_up_since="2026-01-01"
        )
    with pytest.raises(ValidationError, match="Say which customers"):
        campaigns.issue_campaign(supervisor, name="x", kind="signup", amount="5")
    with pytest.raises(ValidationError, match="order by"):
        campaigns.issue_campaign(
            supervisor, name="x", kind="winback", amount="5", no_order_since="2026-01-01"
        )
    campaigns.issue_campaign(
        supervisor, name="x", kind="winback", amount="5", expires="2027-01-01", no_order_since="2026-11-01"
    )
    with pytest.raises(Conflict, match="other terms"):
        campaigns.issue_campaign(
            supervisor,
            name="X",
            kind="winback",
            amount="6",
            expires="2027-01-01",
            no_order_since="2026-11-01",
        )


def test_a_segment_chooses_the_customers(shop, clock):
    r = campaigns.issue_campaign(
        shop.as_(shop.supervisor),
        name="Seg",
        kind="winback",
        amount="5",
        expires="2027-01-31",
        segment="lapsed",
        dry_run=True,
    )
    assert r.criteria == {"segment": "lapsed"} and r.customers >= 0
    with pytest.raises(ValidationError, match="segment"):
        campaigns.issue_campaign(
            shop.as_(shop.supervisor),
            name="Seg",
            kind="winback",
            amount="5",
            expires="2027-01-31",
            segment="martians",
            dry_run=True,
        )
