"""The reports' figures of a case, recorded on it by mapper hooks as the events that carry them are written.

A ``proposal`` event sets ``proposed`` (and ``keep_credit_offered`` when its options list keep-and-credit); the
case's latest ``remedy_chosen`` event sets the chosen remedy, its cost, what a replacement would have cost and
the saving. The hooks run in the same flush as the event, whoever writes it (the remedies service, the
approvals, the demo shop), so the reports (:mod:`app.services.reports`) read columns, never the events' JSON.
They are registered with the models: importing :mod:`app.store.models` is enough.

A service that holds the case and changes it in the same transaction anyway (resolving it) puts the figures on
the case object instead (:func:`put_on_case`): they go out in the case's own UPDATE, one statement and one version
step with the service's change, and the hook leaves that event alone. The hook stays for every other writer.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import and_, exists, inspect, update
from sqlalchemy import event as orm_events
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, object_session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from app.domain.enums import EventType, Remedy
from app.domain.money import currency_exponent
from app.store.base import table_of
from app.store.models.core import Case, CaseEvent


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _minor(text: Any, exponent: int) -> int | None:
    """A decimal string of an event (``"12.50"``) as integer minor units, rounded half up; ``None`` if absent."""
    if text is None:
        return None
    try:
        return _round(Decimal(str(text)).scaleb(exponent))
    except ArithmeticError:  # decimal.InvalidOperation: not an amount; the event is kept, the figure is not
        return None


def case_figures(type_: str, data: Any) -> dict[str, Any] | None:
    """The case columns a ``proposal`` or ``remedy_chosen`` event's data sets (``None`` for other events)."""
    data = data if isinstance(data, Mapping) else {}
    if type_ == EventType.PROPOSAL.value:
        options = data.get("options")
        listed = isinstance(options, list) and any(
            isinstance(o, Mapping) and o.get("remedy") == Remedy.KEEP_AND_CREDIT.value for o in options
        )
        return {"proposed": True, **({"keep_credit_offered": True} if listed else {})}
    if type_ == EventType.REMEDY_CHOSEN.value:
        try:
            exponent = currency_exponent(str(data.get("currency") or "EUR"))
        except Exception:  # noqa: BLE001 - an unknown code: the usual two decimals
            exponent = 2
        remedy = data.get("remedy")
        return {
            "choice_remedy": str(remedy) if remedy is not None else None,
            "remedy_cost_minor": _minor(data.get("cost"), exponent),
            "replacement_cost_minor": _minor(data.get("replacement_cost"), exponent),
            "saving_minor": _minor(data.get("saving"), exponent),
        }
    return None


#: set on an event whose figures its writer put on the case (:func:`put_on_case`); the hook takes it off
_ON_CASE = "_figures_on_case"


def put_on_case(case: Case, event: CaseEvent) -> None:
    """The figures of ``event``, which the caller is about to write as the case's newest event, set on ``case``
    itself: written with the caller's own change of the case (which bumps its version anyway) instead of by a
    second UPDATE from the hook. Only for a caller that changes the case in this transaction."""
    values = case_figures(event.type, event.data)
    if values is None:
        return
    for key, value in values.items():
        setattr(case, key, value)
    setattr(event, _ON_CASE, True)


def _already_there(held: Case | None, type_: str, values: dict[str, Any]) -> bool:
    """Whether the case the session holds already shows a proposal's figures (they only ever turn true, so a
    case read as proposed in this transaction stays so): the UPDATE would change nothing."""
    if held is None or type_ != EventType.PROPOSAL.value:
        return False
    loaded = inspect(held).dict
    return all(key in loaded and loaded[key] == value for key, value in values.items())


def _record_case_figures(_mapper: Mapper, connection: Connection, target: CaseEvent) -> None:
    """After a proposal or choice event is inserted (or its data rewritten, as the demo does): its figures onto
    the case, in the same transaction. A choice only when it is the case's latest (the highest event id).

    A plain UPDATE of the columns (the case's version stays: this is not an edit of the case that could
    conflict with an agent's), mirrored onto the case object if the session holds it."""
    if target.__dict__.pop(_ON_CASE, False):  # on the case already, in its own UPDATE (put_on_case)
        return
    values = case_figures(target.type, target.data)
    if values is None or target.case_id is None:
        return
    session = object_session(target)
    held = session.identity_map.get(identity_key(Case, target.case_id)) if session is not None else None
    if _already_there(held, target.type, values):
        return
    table = table_of(Case)
    where = [table.c.id == target.case_id]
    if target.type == EventType.REMEDY_CHOSEN.value:
        later = table_of(CaseEvent)
        where.append(
            ~exists().where(
                and_(later.c.type == target.type, later.c.case_id == target.case_id, later.c.id > target.id)
            )
        )
    applied = connection.execute(update(table).where(*where).values(**values)).rowcount
    if applied and held is not None:
        for key, value in values.items():
            set_committed_value(held, key, value)


orm_events.listen(CaseEvent, "after_insert", _record_case_figures)
orm_events.listen(CaseEvent, "after_update", _record_case_figures)
