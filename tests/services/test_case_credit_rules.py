"""The rules of a credit on a case hold on every path: the limit is per case, what may be asked is capped, the
expiry promised is the expiry issued, a pending request holds the case, a refusal is answered with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.enums import ApprovalStatus, CaseStatus, Remedy
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import approvals, case_records, cases, credit, documents, remedies, ui_queries
from app.services.context import ServiceContext
from app.services.settings import set_setting
from app.store.models import ApprovalRequest


def open_case(shop, order="1002", kind="damaged"):
    return cases.open_case(
        shop.as_(shop.agent), order_number=order, kind=kind, channel="phone", summary="Vaso arrivato rotto"
    ).id


# --- 1. the limit per case is per case ------------------------------------------------------------------------------
def test_resolving_reopening_and_resolving_again_cannot_give_more_than_the_limit(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    first = approvals.resolve_case(agent, case_id, "keep_and_credit", "25")
    assert first.status == CaseStatus.RESOLVED and first.given_before.minor == 0
    cases.change_status(agent, case_id, "proposed")
    check = ui_queries.credit_check(agent, case_id, "25")
    assert (check.given_on_case.plain(), check.problems) == ("25.00", ("case_limit",))
    again = approvals.resolve_case(agent, case_id, "keep_and_credit", "25")
    assert (again.status, again.voucher, again.given_before.plain()) == (
        CaseStatus.AWAITING_APPROVAL,
        None,
        "25.00",
    )
    [req] = approvals.list_requests(supervisor)
    assert req.why == ("case_limit",)
    approvals.reject(supervisor, req.id, reason="Basta così")
    assert credit.customer_credit(agent, "niccolo.rossi@example.it").balance.plain() == "25.00"


def test_what_is_left_of_the_limit_on_a_case_is_still_given_at_once(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop)
    approvals.resolve_case(agent, case_id, "keep_and_credit", "10")
    cases.change_status(agent, case_id, "proposed")
    assert approvals.resolve_case(agent, case_id, "goodwill_extra", "15").status == CaseStatus.RESOLVED
    cases.change_status(agent, case_id, "proposed")
    assert (
        approvals.resolve_case(agent, case_id, "goodwill_extra", "0.01").status
        == CaseStatus.AWAITING_APPROVAL
    )


def test_a_supervisor_approving_counts_what_the_case_already_got(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    set_setting(shop.as_(shop.admin), "limits.supervisor.case", "60")
    case_id = open_case(shop)
    approvals.resolve_case(agent, case_id, "keep_and_credit", "25")
    cases.change_status(agent, case_id, "proposed")
    req = approvals.resolve_case(agent, case_id, "keep_and_credit", "40").request_id
    with pytest.raises(PermissionDenied, match="already given on this case"):
        approvals.approve(supervisor, req)
    assert approvals.approve(supervisor, req, "35").approved.plain() == "35.00"


# --- 7c. caps on what may be asked ----------------------------------------------------------------------------------
def test_above_the_caps_the_ask_is_refused_with_the_figure_allowed_and_nothing_changes(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop, order="1004")  # a €119.00 throw
    with pytest.raises(ValidationError, match=r"at most €95\.20"):  # credit.keep_cap_share 0.80 of €119.00
        approvals.resolve_case(agent, case_id, "keep_and_credit", "300")
    with pytest.raises(ValidationError, match=r"at most €100\.00"):  # credit.max
        approvals.resolve_case(agent, case_id, "goodwill_extra", "150")
    with pytest.raises(ValidationError, match=r"at most €95\.20"):  # the screen says the same before sending
        ui_queries.credit_check(agent, case_id, "300")
    assert approvals.list_requests(shop.as_(shop.supervisor), None) == []
    assert [e.type for e in cases.get_case(agent, case_id).events] == ["opened"]
    set_setting(shop.as_(shop.admin), "credit.max", "50")
    with pytest.raises(ValidationError, match=r"at most €50\.00"):
        approvals.resolve_case(agent, case_id, "keep_and_credit", "60")
    assert (
        approvals.resolve_case(agent, case_id, "keep_and_credit", "50").status == CaseStatus.AWAITING_APPROVAL
    )


def test_a_request_above_the_caps_cannot_be_approved_beyond_them(shop, clock):
    """A request made before the caps held (the demo had €60 asked on a €29 item) is approved only within them."""
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop, order="1003")  # a €39.90 moka
    with shop.db.write() as s:
        case = case_records.get_case_for_update(s, case_id)
        case.status = CaseStatus.AWAITING_APPROVAL.value
        req = ApprovalRequest(
            case_id=case_id,
            customer_id=case.customer_id,
            remedy=Remedy.KEEP_AND_CREDIT.value,
            amount_minor=6000,
            currency="EUR",
            reason="",
            why="case_limit",
            status=ApprovalStatus.PENDING.value,
            requested_by_id=shop.agent.id,
            requested_at=clock.now(),
            expires_at=clock.now() + timedelta(days=3),
            decision_reason="",
        )
        s.add(req)
        s.flush()
        req_id = req.id
    with pytest.raises(ValidationError, match=r"at most €31\.92"):
        approvals.approve(supervisor, req_id)
    assert approvals.approve(supervisor, req_id, "31.92").approved.plain() == "31.92"
    assert cases.get_case(agent, case_id).status == CaseStatus.RESOLVED


# --- 7b. a pending request holds the case ------------------------------------------------------------------------
def test_while_a_request_is_pending_no_status_change_but_withdrawing_it(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    req = approvals.resolve_case(agent, case_id, "keep_and_credit", "40").request_id
    for target in ("resolved", "proposed", "awaiting_customer", "closed"):
        with pytest.raises(Conflict, match="approval request pending"):
            cases.change_status(agent, case_id, target)
        with pytest.raises(Conflict, match="approval request pending"):
            cases.change_status(supervisor, case_id, target)
    assert cases.get_case(agent, case_id).status == CaseStatus.AWAITING_APPROVAL
    with pytest.raises(PermissionDenied):
        approvals.withdraw(shop.as_(_other_agent(shop)), req)
    done = approvals.withdraw(agent, req, reason="Il cliente preferisce la sostituzione")
    assert done.status == ApprovalStatus.WITHDRAWN
    detail = cases.get_case(agent, case_id)
    assert (detail.status, detail.remedy, detail.amount) == (CaseStatus.PROPOSED, None, None)
    assert "approval_withdrawn" in [e.type for e in detail.events]
    with pytest.raises(Conflict, match="already withdrawn"):
        approvals.approve(supervisor, req)
    assert cases.change_status(agent, case_id, "awaiting_customer").status == CaseStatus.AWAITING_CUSTOMER


def _other_agent(shop):
    from app.services.users import add_user, login

    add_user(shop.db, shop.admin, "agent2", "agent", "agent2-pass", "Marco Verdi")
    return login(shop.db, "agent2", "agent2-pass")


# --- 5. the expiry promised is the expiry issued -----------------------------------------------------------------
def test_a_lapsed_customer_gets_the_term_the_proposal_promised(shop, clock):
    clock.set(
        datetime(2027, 6, 1, 10, 0, tzinfo=UTC)
    )  # Niccolò: two orders, the last in November 2026: lapsed
    agent = shop.as_(shop.agent)
    case_id = open_case(shop, kind="complaint")
    today = clock.now().date()
    with shop.db.read() as s:
        proposal = remedies._proposal(s, remedies._load_case(s, case_id), "en", None, today)
    assert proposal.segment.value == "lapsed"
    promised = {o.credit_expires_days for o in proposal.options if o.is_offer}
    assert promised == {30}
    check = ui_queries.credit_check(agent, case_id, "10")
    assert check.expires_on == today + timedelta(days=30)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "10")
    voucher = credit.find_voucher(agent, res.voucher)
    assert voucher.expires_on == check.expires_on
    assert documents.note_parts(agent, case_id, "en").note.expires_on == check.expires_on
    [entry] = [e for e in credit.customer_credit(agent, voucher.customer_id).grants if e.code == res.voucher]
    assert entry.expires_on == check.expires_on
    other = credit.grant_credit(agent, "niccolo.rossi@example.it", "5", reason="gesto")
    assert other.expires_on == check.expires_on  # by hand too: one place decides


def test_a_customer_who_is_not_lapsed_gets_the_shops_term(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "10")
    assert credit.find_voucher(agent, res.voucher).expires_on == clock.now().date() + timedelta(days=365)


# --- 6. pending and rejected credit -----------------------------------------------------------------------------
def test_the_note_cannot_promise_credit_that_awaits_approval(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    req = approvals.resolve_case(agent, case_id, "keep_and_credit", "40").request_id
    with pytest.raises(ValidationError, match="awaits a supervisor"):
        documents.note_document(agent, case_id)
    with pytest.raises(ValidationError, match="awaits a supervisor"):
        documents.print_note(agent, case_id)
    from app.services import mail

    with pytest.raises(ValidationError, match="awaits a supervisor"):
        mail.mail_case(agent, case_id)
    approvals.approve(supervisor, req, "30")
    note = documents.note_parts(agent, case_id, "en").note
    assert note.amount.plain() == "30.00"


def test_after_a_rejection_credit_needs_a_reason_and_the_answer_is_shown_first(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    req = approvals.resolve_case(agent, case_id, "keep_and_credit", "40").request_id
    approvals.reject(supervisor, req, reason="Offri una sostituzione")
    check = ui_queries.credit_check(agent, case_id, "10")
    assert (check.rejection.reason, check.rejection.by, check.rejection.amount.plain()) == (
        "Offri una sostituzione",
        "Sara Supervisor",
        "40.00",
    )
    with pytest.raises(ValidationError, match="Offri una sostituzione"):
        approvals.resolve_case(agent, case_id, "keep_and_credit", "10")
    with pytest.raises(ValidationError, match="reason is required"):
        approvals.resolve_case(agent, case_id, "goodwill_extra", "5", reason="   ")
    assert [e.type for e in cases.get_case(agent, case_id).events].count("remedy_chosen") == 1
    res = approvals.resolve_case(
        agent, case_id, "keep_and_credit", "10", reason="Il cliente rifiuta il cambio"
    )
    assert res.status == CaseStatus.RESOLVED
    cases.change_status(agent, case_id, "proposed")
    assert ui_queries.credit_check(agent, case_id, "5").rejection is None  # answered by the credit since


def test_the_demo_shop_asks_nothing_above_the_caps(database):
    """The demo's pending requests (once €60 on a €29 item) are all within what may be asked."""
    from app.services.demo import build_demo
    from app.services.users import login

    build_demo(database, seed=3, customers=60, orders=200, cases=40)
    supervisor = ServiceContext(database, login(database, "supervisor", "supervisor"))
    pending = approvals.list_requests(supervisor)
    assert pending
    for req in pending:
        assert approvals.check_approval(supervisor, req.id) == req.amount
