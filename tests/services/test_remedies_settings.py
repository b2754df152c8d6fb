"""The cost model and the peak-season rules as shop settings: listed with meaning and default, changed by admins
only, checked across keys, and used by the next proposal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import CaseKind, Remedy
from app.domain.remedies import DEFAULT_SETTINGS, describe
from app.domain.remedies.deadlines import severity_factor
from app.domain.remedies.registry import ENGINE_KEYS, cost_settings
from app.errors import PermissionDenied, ValidationError
from app.services import cases, remedies
from app.services.settings import list_settings, set_setting
from app.store.models import Setting


def test_every_cost_key_is_listed_with_its_meaning_and_default(shop):
    rows = {r.key: r for r in list_settings(shop.as_(shop.agent))}
    for info in describe():
        key = "credit.keep_cap_share" if info.key == "credit.cap_share" else info.key
        assert key in rows, key
        assert rows[key].value == rows[key].default
        if info.key != "credit.expiry_days":  # shared with the core, which words it its own way
            assert (rows[key].default, rows[key].help) == (info.default, info.doc)
    assert rows["season.rules"].default == "12-01..12-18>12-24"
    # The ledger's cap (share of an order credit may pay) keeps its own key and meaning.
    assert rows["credit.cap_share"].default == "0.30"
    assert rows["credit.keep_cap_share"].default == "0.80"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("credit.min", "500", "credit.min (500) cannot be above credit.max"),
        ("credit.max", "1", "cannot be above credit.max (1)"),
        ("rank.p_high", "0.1", "The acceptance likelihoods must grow"),
        ("credit.keep_cap_share", "1.5", "credit.keep_cap_share is a share above 0 and at most 1"),
        ("cost.outbound_shipping", "cheap", "cost.outbound_shipping needs a number"),
        ("cost.handling", "-3", "cost.handling must be at least 0"),
        ("season.rules", "12-01..12-40>12-24", "Not a day of the year: 12-40"),
        ("season.rules", "Christmas", "Write a promise rule as MM-DD..MM-DD>MM-DD"),
        ("season.credit_factor", "0.5", "season.credit_factor must be between 1 and 5"),
        ("refund_credit.bonus_mode", "double", "refund_credit.bonus_mode must be one of: percent, flat"),
        ("segment.lapsed_after_days", "1.5", "segment.lapsed_after_days needs a whole number"),
        ("credit.expiry_days", "0", "credit.expiry_days must be at least 1"),
    ],
)
def test_a_bad_cost_value_is_refused_clearly_and_nothing_is_stored(shop, key, value, message):
    admin = shop.as_(shop.admin)
    with pytest.raises(ValidationError) as err:
        set_setting(admin, key, value)
    assert message in err.value.message
    rows = {r.key: r for r in list_settings(admin)}
    assert rows[key].value == rows[key].default


def test_refusals_are_told_in_italian_and_romanian(shop, monkeypatch):
    from app.i18n import set_language

    admin = shop.as_(shop.admin)
    with pytest.raises(ValidationError) as err:
        set_setting(admin, "credit.min", "500")
    set_language("it")
    assert err.value.message == "credit.min (500) non può superare credit.max (100.00)."
    set_language("ro")
    assert "nu poate" in err.value.message


def test_only_an_admin_changes_the_cost_model(shop):
    with pytest.raises(PermissionDenied):
        set_setting(shop.as_(shop.supervisor), "cost.return_label", "4.50")


def test_a_cheaper_return_label_changes_the_next_proposal(shop):
    admin, agent = shop.as_(shop.admin), shop.as_(shop.agent)
    case = cases.open_case(
        agent, order_number="1002", kind="wrong_item", channel="phone", summary="Wrong vase"
    )
    before = next(o for o in remedies.propose_case(agent, case.id).options if o.remedy is Remedy.REPLACEMENT)
    assert before.requires_return
    set_setting(admin, "cost.return_label", "2,90")  # a comma is fine
    set_setting(admin, "credit.min", "1")
    set_setting(admin, "credit.max", "30")
    after = remedies.propose_case(agent, case.id).options
    replacement = next(o for o in after if o.remedy is Remedy.REPLACEMENT)
    keep = next(o for o in after if o.remedy is Remedy.KEEP_AND_CREDIT)
    assert replacement.cost.minor == before.cost.minor - 400
    assert keep.amount.plain() == "30.00"  # capped by the new credit.max


def test_a_value_edited_behind_the_programs_back_falls_back_to_its_default(shop):
    with shop.db.write() as s:
        s.add_all([Setting(key="cost.handling", value="lots"), Setting(key="credit.max", value="80")])
    with shop.db.read() as s:
        from app.services.settings import load_settings

        settings = cost_settings(load_settings(s).raw)
    assert settings.handling == DEFAULT_SETTINGS.handling
    assert settings.credit_max == Decimal("80")


def test_every_engine_key_reads_from_one_shop_key():
    assert set(ENGINE_KEYS.values()) == {info.key for info in describe()}
    assert cost_settings({}) == DEFAULT_SETTINGS


# --- the deadline factor, as a rule ----------------------------------------------------------------------------
XMAS = DEFAULT_SETTINGS  # rule 12-01..12-18 > 12-24, peak 0.75, missed 0.5


@pytest.mark.parametrize(
    ("kind", "ordered", "delivered", "today", "core_peak", "factor"),
    [
        (CaseKind.DELAY, date(2026, 12, 10), None, date(2026, 12, 27), False, "0.50"),  # promise missed
        (CaseKind.DELAY, date(2026, 12, 10), None, date(2026, 12, 27), True, "0.50"),  # …and core peak on top
        (CaseKind.DELAY, date(2026, 12, 10), None, date(2026, 12, 20), False, "0.75"),  # in time, in peak
        (CaseKind.DELAY, date(2026, 12, 10), None, date(2026, 12, 20), True, "1"),  # peak counted once
        (CaseKind.DAMAGED, date(2026, 12, 10), date(2026, 12, 27), date(2026, 12, 28), False, "0.75"),
        (CaseKind.WRONG_ITEM, date(2026, 6, 10), None, date(2026, 6, 20), False, "1"),  # no season at all
        (CaseKind.COMPLAINT, None, None, date(2026, 12, 5), False, "0.75"),  # no order, but inside a window
    ],
)
def test_the_season_factor_for_new_deadlines(kind, ordered, delivered, today, core_peak, factor):
    assert severity_factor(kind, ordered, None, delivered, today, XMAS, core_peak) == Decimal(factor)
