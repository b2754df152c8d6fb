"""The agent's day, as a table: for each case the engine proposes remedies in this order, best first.

Every row reads as a sentence (it is the test id). Prices in euro; seasons: ``normal`` (May), ``peak`` (ordered
10 December, delivered 20 December, before the promised 24th) and ``missed`` (delivered 27 December, three days
after the promise). Default cost settings: shipping €6.90, return label €6.90, handling €3.00, goods 60 %.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import CaseKind, CustomerWants, Remedy
from app.domain.money import Money
from app.domain.remedies import AffectedLine, CaseFacts, CustomerProfile, Segment, propose

K, R, F, S, C, U, G = (
    Remedy.KEEP_AND_CREDIT,
    Remedy.REPLACEMENT,
    Remedy.REFUND,
    Remedy.RESHIP_MISSING,
    Remedy.CREDIT_INSTEAD_OF_REFUND,
    Remedy.SHIPPING_UPGRADE,
    Remedy.GOODWILL_EXTRA,
)

SEASONS = {  # order date, delivered date, today
    "normal": (date(2024, 5, 2), date(2024, 5, 9), date(2024, 5, 10)),
    "peak": (date(2024, 12, 10), date(2024, 12, 20), date(2024, 12, 21)),
    "missed": (date(2024, 12, 10), date(2024, 12, 27), date(2024, 12, 27)),
}


def facts(kind: str, price: str, wants: str, season: str) -> CaseFacts:
    ordered, delivered, _today = SEASONS[season]
    return CaseFacts(
        kind=CaseKind(kind),
        lines=(AffectedLine("SKU-1", "Maglione Niccolò", 1, Money.from_decimal(price, "EUR")),),
        wants=CustomerWants(wants),
        order_date=ordered,
        delivered_date=delivered,
        shipping_paid=Money(490, "EUR"),
    )


# sentence, kind, segment, price, wants, season, flagged, expected order
SCENARIOS = [
    # --- wrong item ---------------------------------------------------------------------------------------
    ("a regular customer got the wrong €30 jumper and does not say what they want: keep it with credit", "wrong_item", "regular", "30", "unknown", "normal", False, (K, R, C, F)),
    ("a regular customer who wants to keep the wrong €30 jumper gets keep-and-credit first", "wrong_item", "regular", "30", "keep", "normal", False, (K, C, R, F)),
    ("a regular customer who insists on a replacement of a €30 item gets the replacement first", "wrong_item", "regular", "30", "replacement", "normal", False, (R, C, K, F)),
    ("a regular customer who wants a refund for a €30 item is offered credit with a bonus before the refund", "wrong_item", "regular", "30", "refund", "normal", False, (C, F, K, R)),
    ("a loyal customer who asks for a replacement of a €30 item is still offered keep-and-credit first", "wrong_item", "loyal", "30", "replacement", "normal", False, (K, R, C, F)),
    ("a new customer with a wrong €30 item and no preference: keep with credit", "wrong_item", "new", "30", "unknown", "normal", False, (K, R, C, F)),
    ("a lapsed customer with a wrong €30 item: keep with a short-lived credit to win them back", "wrong_item", "lapsed", "30", "unknown", "normal", False, (K, R, C, F)),
    ("an occasional small buyer with a wrong €12 item: keep with credit, then a refund", "wrong_item", "occasional_small", "12", "unknown", "normal", False, (K, F, C, R)),
    ("a regular customer with a wrong €400 item: the capped credit is too thin, replacement first", "wrong_item", "regular", "400", "unknown", "normal", False, (R, C, F, K)),
    ("a regular customer who wants a refund for a wrong €400 item is offered credit with a bonus first", "wrong_item", "regular", "400", "refund", "normal", False, (C, F, K, R)),
    ("a loyal customer with a wrong €400 item is offered to return it for credit with a bonus", "wrong_item", "loyal", "400", "unknown", "normal", False, (C, K, R, F)),
    ("in the peak season a wrong €30 item delivered on time still gets keep-and-credit first", "wrong_item", "regular", "30", "unknown", "peak", False, (K, R, C, F)),
    ("a flagged customer with a wrong €30 item gets no keep-the-item offer, the replacement first", "wrong_item", "regular", "30", "unknown", "normal", True, (R, C, F)),
    ("a wrong €4 item is too cheap for a credit: refund without return first", "wrong_item", "regular", "4", "unknown", "normal", False, (F, C, R)),
    # --- damaged ------------------------------------------------------------------------------------------
    ("a regular customer with a damaged €30 item and no preference: keep with credit, no return", "damaged", "regular", "30", "unknown", "normal", False, (K, R, C, F)),
    ("a regular customer who wants to keep a damaged €30 item gets keep-and-credit", "damaged", "regular", "30", "keep", "normal", False, (K, C, R, F)),
    ("a regular customer who wants a damaged €30 item replaced gets the replacement first", "damaged", "regular", "30", "replacement", "normal", False, (R, K, C, F)),
    ("a regular customer with a damaged €400 item: replacement first", "damaged", "regular", "400", "unknown", "normal", False, (R, K, C, F)),
    ("a loyal customer who wants a refund for a damaged €30 item is offered credit with a bonus first", "damaged", "loyal", "30", "refund", "normal", False, (C, F, K, R)),
    ("a new customer who wants a refund for a damaged €400 item gets the refund first", "damaged", "new", "400", "refund", "normal", False, (F, K, C, R)),
    ("an occasional small buyer with a broken €12 item: refund without a return first", "damaged", "occasional_small", "12", "unknown", "normal", False, (F, K, C, R)),
    ("a flagged loyal customer who wants to keep a damaged €30 item still gets replacement and refund", "damaged", "loyal", "30", "keep", "normal", True, (C, R, F)),
    # --- missing item -------------------------------------------------------------------------------------
    ("a regular customer missing a €30 line: ship it", "missing_item", "regular", "30", "unknown", "normal", False, (S, C, F)),
    ("a regular customer missing a €12 line: refund it rather than ship a parcel", "missing_item", "regular", "12", "unknown", "normal", False, (F, C, S)),
    ("a regular customer who wants a refund for a missing €400 line is offered credit with a bonus first", "missing_item", "regular", "400", "refund", "normal", False, (C, S, F)),
    ("a loyal customer missing a €12 line is offered credit with a bonus first", "missing_item", "loyal", "12", "unknown", "normal", False, (C, F, S)),
    ("an occasional small buyer who wants a refund for a missing €400 line: reship first", "missing_item", "occasional_small", "400", "refund", "normal", False, (S, F, C)),
    ("a lapsed customer who wants the missing €30 line gets it shipped", "missing_item", "lapsed", "30", "replacement", "normal", False, (S, C, F)),
    # --- delay --------------------------------------------------------------------------------------------
    ("a regular customer with a late €30 order: apology credit first", "delay", "regular", "30", "unknown", "normal", False, (K, U, G)),
    ("a €30 Christmas order delivered after the promised date: raised apology credit, a refund is added", "delay", "regular", "30", "unknown", "missed", False, (K, F, G, U, C)),
    ("a customer who wants a refund for a €30 Christmas order that missed its promise: credit with a bonus, then the refund", "delay", "regular", "30", "refund", "missed", False, (C, F, K, G, U)),
    ("a regular customer with a late €400 order: free shipping on the next order first", "delay", "regular", "400", "unknown", "normal", False, (U, K, G)),
    ("a €400 Christmas order that missed its promise: raised apology credit, then the refund", "delay", "regular", "400", "unknown", "missed", False, (K, F, C, G, U)),
    ("a loyal customer happy to wait for a late €30 order: apology credit", "delay", "loyal", "30", "keep", "normal", False, (K, U, G)),
    ("an occasional small buyer with a late €30 order gets no shipping upgrade", "delay", "occasional_small", "30", "unknown", "normal", False, (K, G)),
    ("an occasional small buyer who wants a refund for a €400 order that missed Christmas gets the refund first", "delay", "occasional_small", "400", "refund", "missed", False, (F, C, G, K)),
    ("a lapsed customer whose €30 Christmas order missed its promise: apology credit with a near expiry", "delay", "lapsed", "30", "unknown", "missed", False, (K, F, G, U, C)),
    ("a new customer's €30 peak-season order late but before the promise: apology credit", "delay", "new", "30", "keep", "peak", False, (K, U, G)),
    ("a flagged customer whose €30 Christmas order missed its promise: refund first, no apology credit", "delay", "regular", "30", "unknown", "missed", True, (F, G, U, C)),
    # --- complaint ----------------------------------------------------------------------------------------
    ("a regular customer complaining about a €30 item: apology credit first", "complaint", "regular", "30", "unknown", "normal", False, (K, G, U, C, F)),
    ("a regular customer who wants a refund for a disappointing €30 item is offered credit with a bonus first", "complaint", "regular", "30", "refund", "normal", False, (C, F, G, K, U)),
    ("a regular customer who wants to exchange a disappointing €30 item gets the exchange first", "complaint", "regular", "30", "replacement", "normal", False, (R, G, K, U, C, F)),
    ("a loyal customer complaining about a €30 item: apology credit first", "complaint", "loyal", "30", "unknown", "normal", False, (K, C, G, U, F)),
    ("an occasional small buyer complaining about a €30 item gets no shipping upgrade", "complaint", "occasional_small", "30", "unknown", "normal", False, (K, G, C, F)),
    ("a regular customer who keeps a disappointing €400 item: apology credit", "complaint", "regular", "400", "keep", "normal", False, (K, G, U, C, F)),
    ("a lapsed customer complaining about a €400 item: apology credit first", "complaint", "lapsed", "400", "unknown", "normal", False, (K, G, U, C, F)),
    ("a new customer who wants a refund for a disappointing €30 item gets the refund first", "complaint", "new", "30", "refund", "normal", False, (F, K, G, U, C)),
]


@pytest.mark.parametrize(
    ("kind", "segment", "price", "wants", "season", "flagged", "expected"),
    [pytest.param(*row[1:], id=row[0]) for row in SCENARIOS],
)
def test_engine_proposes(kind, segment, price, wants, season, flagged, expected):
    today = SEASONS[season][2]
    options = propose(facts(kind, price, wants, season), CustomerProfile(Segment(segment), flagged), today=today)
    assert tuple(o.remedy for o in options) == expected
    assert options[0].why


def test_the_table_covers_every_kind_segment_season_and_wish():
    assert len(SCENARIOS) >= 40
    assert {row[1] for row in SCENARIOS} == set(CaseKind)
    assert {row[2] for row in SCENARIOS} == set(Segment)
    assert {row[5] for row in SCENARIOS} == set(SEASONS)
    assert {row[4] for row in SCENARIOS} == set(CustomerWants)
    assert {row[6] for row in SCENARIOS} == {True, False}
    prices = {int(row[3]) for row in SCENARIOS}
    assert min(prices) < 20 and max(prices) > 200
