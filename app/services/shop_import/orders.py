"""Writing orders and their lines: created, updated field by field, or left unchanged; a line a case points at
is never deleted; our voucher codes on the orders redeemed and provisional redemptions checked."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.orm import Session

from app.imports.records import ImportedOrder
from app.services import credit
from app.services.shop_import.batch import clip, insert_with_ids, search_doc, update_many
from app.services.shop_import.customers import Writer
from app.services.shop_import.provisional import check_provisional
from app.services.shop_import.redemptions import redeem_from_orders
from app.store.base import table_of
from app.store.models import Customer, Order, OrderLine

_ORDER_FIELDS = (
    "external_id",
    "customer_id",
    "placed_at",
    "currency",
    "subtotal_minor",
    "shipping_minor",
    "discount_minor",
    "total_minor",
    "refunded_minor",
    "status",
    "fulfillment_status",
    "cancelled_at",
    "discount_codes",
    "search_text",
)
_LINE_FIELDS = ("sku", "name", "variant", "quantity", "unit_price_minor")


class OrderWriter(Writer):
    def key_of(self, item: ImportedOrder) -> str:
        return f"{item.source}:{item.number}"

    def write(self, orders: list[ImportedOrder]) -> None:
        s = self.s
        cust_ids, _ = self.upsert_customers([(o.customer, o.created_at) for o in orders])
        people = {
            r.id: search_doc(r.first_name, r.last_name, r.email)
            for r in s.execute(
                select(Customer.id, Customer.first_name, Customer.last_name, Customer.email).where(
                    Customer.id.in_(set(cust_ids.values()))
                )
            )
        }
        wanted: dict[str, dict[str, Any]] = {}  # column values by order number
        lines: dict[str, list[dict[str, Any]]] = {}
        for o in orders:
            number = o.number[:64]
            cid = cust_ids[o.customer.key]
            text = " ".join(part for part in (search_doc(number), people[cid]) if part)
            wanted[number] = _order_values(o, cid, text)
            lines[number] = [_line_values(i, line) for i, line in enumerate(o.lines)]
        source = orders[0].source
        t = table_of(Order)
        existing = {
            r.number: r
            for r in s.execute(
                select(t.c.id, t.c.number, *[t.c[f] for f in _ORDER_FIELDS]).where(
                    t.c.source == source, t.c.number.in_(list(wanted))
                )
            )
        }
        new = [n for n in wanted if n not in existing]
        order_ids: dict[str, int] = {}
        if new:
            rows = [
                {"source": source, "number": n, **wanted[n], "promised_by": None, "delivered_at": None}
                for n in new
            ]
            ids = insert_with_ids(s, t, rows)
            line_rows: list[dict[str, Any]] = []
            for n, oid in zip(new, ids, strict=True):
                order_ids[n] = oid
                line_rows.extend({"order_id": oid, **line} for line in lines[n])
            if line_rows:
                s.execute(insert(table_of(OrderLine)), line_rows)
            self.state.created += len(new)
        if existing:
            self._update_orders(existing, wanted, lines, order_ids)
        found = [(o, order_ids[o.number[:64]]) for o in orders if o.discount_codes]
        if found:
            self.state.redemptions.extend(redeem_from_orders(s, self.ctx, found))
        arrived = {
            n: (
                credit.credit_base(v["total_minor"], v["discount_minor"], v["currency"]),
                v["cancelled_at"] is not None or v["status"] == "voided",
            )
            for n, v in wanted.items()
        }
        self.state.redemptions.extend(check_provisional(s, arrived, self.ctx.now()))

    def _update_orders(
        self,
        existing: dict[str, Row[*tuple[Any, ...]]],
        wanted: dict[str, dict[str, Any]],
        lines: dict[str, list[dict[str, Any]]],
        order_ids: dict[str, int],
    ) -> None:
        s = self.s
        ids = {r.id: n for n, r in existing.items()}
        stored: dict[int, list[Any]] = {oid: [] for oid in ids}
        for r in s.execute(
            select(
                OrderLine.id,
                OrderLine.order_id,
                OrderLine.position,
                *[table_of(OrderLine).c[f] for f in _LINE_FIELDS],
            )
            .where(OrderLine.order_id.in_(list(ids)))
            .order_by(OrderLine.order_id, OrderLine.position, OrderLine.id)
        ):
            stored[r.order_id].append(r)
        kept_by_cases = _lines_in_cases(s, [r.id for rs in stored.values() for r in rs])
        order_updates = []
        for number, row in existing.items():
            order_ids[number] = row.id
            values = wanted[number]
            changed = {f: v for f, v in values.items() if getattr(row, f) != v}
            line_changed = _sync_lines(s, row.id, stored[row.id], lines[number], kept_by_cases)
            if changed:
                order_updates.append({"_id": row.id, **changed})
            if changed or line_changed:
                self.state.updated += 1
            else:
                self.state.unchanged += 1
        t = table_of(Order)
        update_many(s, t, order_updates)


def _lines_in_cases(s: Session, line_ids: list[int]) -> set[int]:
    from app.store.models import CaseLine

    if not line_ids:
        return set()
    return set(s.scalars(select(CaseLine.order_line_id).where(CaseLine.order_line_id.in_(line_ids))))


def _sync_lines(
    s: Session, order_id: int, stored: list[Any], wanted: list[dict[str, Any]], in_cases: set[int]
) -> bool:
    """Make the order's lines the file's, position by position; a line a case points at is never deleted."""
    t = table_of(OrderLine)
    changed = False
    by_position: dict[int, Any] = {}
    extra = []
    for r in stored:
        if r.position in by_position:
            extra.append(r)
        else:
            by_position[r.position] = r
    for line in wanted:
        have = by_position.pop(line["position"], None)
        if have is None:
            s.execute(insert(t), [{"order_id": order_id, **line}])
            changed = True
        elif any(getattr(have, f) != line[f] for f in _LINE_FIELDS):
            s.execute(update(t).where(t.c.id == have.id).values(**{f: line[f] for f in _LINE_FIELDS}))
            changed = True
    for r in [*by_position.values(), *extra]:
        if r.id not in in_cases:
            s.execute(t.delete().where(t.c.id == r.id))
            changed = True
    return changed


def _order_values(o: ImportedOrder, customer_id: int, search_text: str) -> dict[str, Any]:
    cur = o.currency
    line_sum = sum((line.total.minor for line in o.lines if line.total is not None), 0)
    subtotal = o.subtotal.minor if o.subtotal is not None else line_sum
    shipping = o.shipping.minor if o.shipping is not None else 0
    discount = o.discount_amount.minor if o.discount_amount is not None else 0
    total = o.total.minor if o.total is not None else subtotal + shipping - discount
    status = o.financial_status or ("voided" if o.cancelled else "paid")
    return {
        "external_id": clip(o.external_id, 120),
        "customer_id": customer_id,
        "placed_at": o.created_at,
        "currency": cur,
        "subtotal_minor": subtotal,
        "shipping_minor": shipping,
        "discount_minor": discount,
        "total_minor": total,
        "refunded_minor": o.refunded_amount.minor if o.refunded_amount is not None else 0,
        "status": status[:32],
        "fulfillment_status": clip(o.fulfillment_status, 32),
        "cancelled_at": o.cancelled_at,
        "discount_codes": ", ".join(o.discount_codes)[:500],
        "search_text": search_text,
    }


def _line_values(position: int, line: Any) -> dict[str, Any]:
    return {
        "position": position,
        "sku": (line.sku or "")[:120],
        "name": (line.name or "")[:500],
        "variant": (line.variant or "")[:200],
        "quantity": line.quantity,
        "unit_price_minor": line.unit_price.minor if line.unit_price is not None else 0,
    }
