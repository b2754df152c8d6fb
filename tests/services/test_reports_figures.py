"""The figures the reports read from the case (migration 0006) are written with the events that carry them.

Every test runs on SQLite and on PostgreSQL, on the small known shop of ``tests/support/shop.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import select, update

from app.domain.enums import Remedy
from app.services import cases, remedies
from app.store.models import Case
from tests.services.test_reports import FROM, TO, _summary, fill_fortnight

FIGURES = (
    "proposed",
    "keep_credit_offered",
    "choice_remedy",
    "remedy_cost_minor",
    "replacement_cost_minor",
    "saving_minor",
)
MIGRATION = Path(__file__).resolve().parents[2] / "app/store/migrations/versions/0006_report_figures.py"


def _figures(shop, case_id: int) -> tuple:
    with shop.db.read() as s:
        case = s.get(Case, case_id)
        return tuple(getattr(case, f) for f in FIGURES)


def test_a_proposal_and_each_choice_are_recorded_on_the_case(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent,
        order_number="1001",
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        skus=["CER-BOWL-S"],
        wants="keep",
    )
    assert _figures(shop, case.id) == (False, False, None, None, None, None)

    version = cases.get_case(agent, case.id).version
    proposal = remedies.propose_case(agent, case.id)
    assert any(o.remedy is Remedy.KEEP_AND_CREDIT for o in proposal.options)
    assert _figures(shop, case.id) == (True, True, None, None, None, None)
    assert cases.get_case(agent, case.id).version == version, (
        "figures are no edit: an open form stays current"
    )

    keep = next(o for o in proposal.options if o.remedy is Remedy.KEEP_AND_CREDIT)
    with shop.db.write() as s:
        row = s.get(Case, case.id)
        first = remedies.record_choice(
            s, row, shop.agent.id, Remedy.KEEP_AND_CREDIT, keep.amount, now=shop.db.clock.now()
        )
        assert (row.choice_remedy, row.saving_minor) == ("keep_and_credit", first.saving.minor), (
            "the session sees it"
        )
    assert _figures(shop, case.id) == (
        True,
        True,
        "keep_and_credit",
        first.cost.minor,
        first.replacement_cost.minor,
        first.saving.minor,
    )

    with shop.db.write() as s:  # the agent changes her mind: the latest choice is the case's
        second = remedies.record_choice(
            s, s.get(Case, case.id), shop.agent.id, Remedy.REPLACEMENT, None, now=shop.db.clock.now()
        )
    assert _figures(shop, case.id) == (
        True,
        True,
        "replacement",
        second.cost.minor,
        second.replacement_cost.minor,
        0,
    )


def test_a_proposal_without_keep_and_credit_and_a_choice_without_a_proposal(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent, order_number="1003", kind="missing_item", channel="chat", summary="Moka missing"
    )
    with shop.db.write() as s:
        reship = remedies.record_choice(
            s, s.get(Case, case.id), shop.agent.id, "reship_missing", None, now=shop.db.clock.now()
        )
    # a choice is acting on the options: they are recorded as offered (no keep-and-credit for a missing item)
    assert _figures(shop, case.id) == (True, False, "reship_missing", reship.cost.minor, reship.cost.minor, 0)


def test_the_fortnights_figures_on_its_cases(shop):
    fill_fortnight(shop)
    with shop.db.read() as s:
        rows = {
            c.summary + c.created_at.strftime("%d%H"): tuple(getattr(c, f) for f in FIGURES)
            for c in s.scalars(select(Case))
        }
    assert rows["wrong_item0123"] == (True, True, "keep_and_credit", 750, 2000, 1250)  # C1
    assert rows["damaged0310"] == (True, True, "replacement", 2000, 2000, 0)  # C2: its latest choice
    assert rows["wrong_item1112"] == (
        True,
        False,
        "keep_and_credit",
        1000,
        6000,
        5000,
    )  # C4: refund offered only
    assert rows["delay1008"] == (False, False, None, None, None, None)  # C3


def test_the_migration_fills_the_figures_from_the_events_already_recorded(shop):
    fill_fortnight(shop)
    before = _summary(shop)
    with shop.db.read() as s:
        written = {c.id: tuple(getattr(c, f) for f in FIGURES) for c in s.scalars(select(Case))}
    with shop.db.write() as s:  # as a database of revision 0005 has them: nothing recorded yet
        s.execute(
            update(Case)
            .values(
                proposed=False,
                keep_credit_offered=False,
                choice_remedy=None,
                remedy_cost_minor=None,
                replacement_cost_minor=None,
                saving_minor=None,
            )
            .execution_options(synchronize_session=False)
        )
    assert _summary(shop).remedies.savings.minor == 0

    spec = importlib.util.spec_from_file_location("migration_0006", MIGRATION)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with shop.db.engine.begin() as conn:
        migration.backfill(conn)

    with shop.db.read() as s:
        assert {c.id: tuple(getattr(c, f) for f in FIGURES) for c in s.scalars(select(Case))} == written
    after = _summary(shop)
    assert (after.remedies, after.agents, after.weeks) == (before.remedies, before.agents, before.weeks)
    assert (after.date_from, after.date_to) == (FROM, TO)
