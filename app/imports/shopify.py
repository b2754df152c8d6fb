"""Shopify's orders export (one row per line item, order fields on the first row only) and customers export
(current ``Default Address …`` layout and the older one), read by header name, streamed one order at a time.

It never loads the whole file, never trusts an id damaged into scientific notation as a key, and never raises
for a bad row: a bad order comes out as a ``Rejection`` listing every problem with its row.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.imports import values as v
from app.imports.common import (
    Options,
    Unit,
    group_consecutive,
    make_customer,
    missing,
    number_key,
    rejection_of,
)
from app.imports.records import (
    FINANCIAL_STATUSES,
    FULFILLMENT_STATUSES,
    ImportedCustomer,
    ImportedLine,
    ImportedOrder,
    Problem,
    Rejection,
)
from app.imports.sniff import Columns, SourceInfo, cell, iter_records

SOURCE = "shopify"
ORDER_DATE_COLUMNS = ("created at", "paid at", "fulfilled at", "cancelled at")
CUSTOMER_DATE_COLUMNS: tuple[str, ...] = ()


def missing_order_columns(header: tuple[str, ...]) -> list[str]:
    cols = Columns.of(header)
    return missing(cols.index, ("name",), ("created at",))


def missing_customer_columns(header: tuple[str, ...]) -> list[str]:
    cols = Columns.of(header)
    return missing(cols.index, ("email", "customer id", "first name", "last name", "phone"))


class _OrderColumns:
    """Column positions of an orders export, ``None`` for a column the shop deleted."""

    def __init__(self, header: tuple[str, ...]) -> None:
        c = Columns.of(header)
        self.header = header
        g = c.get
        self.name, self.email, self.financial, self.paid_at = g("name"), g("email"), g("financial status"), g("paid at")
        self.fulfillment, self.marketing, self.currency = g("fulfillment status"), g("accepts marketing"), g("currency")
        self.subtotal, self.shipping, self.taxes, self.total = g("subtotal"), g("shipping"), g("taxes"), g("total")
        self.discount_code, self.discount_amount = g("discount code"), g("discount amount")
        self.created, self.cancelled, self.refunded = g("created at"), g("cancelled at"), g("refunded amount")
        self.qty, self.lname, self.lprice, self.lsku = (
            g("lineitem quantity"), g("lineitem name"), g("lineitem price"), g("lineitem sku"))
        self.vendor = g("vendor")
        self.bname, self.bcompany, self.baddr1, self.baddr2 = (
            g("billing name"), g("billing company"), g("billing address1"), g("billing address2"))
        self.bcity, self.bzip, self.bprovince, self.bcountry, self.bphone = (
            g("billing city"), g("billing zip"), g("billing province"), g("billing country"), g("billing phone"))
        self.sname, self.scountry, self.sphone = g("shipping name"), g("shipping country"), g("shipping phone")
        self.id, self.tags, self.phone, self.payment = g("id"), g("tags"), g("phone"), g("payment method")

    def title(self, index: int | None) -> str:
        return self.header[index] if index is not None and index < len(self.header) else ""


def parse_orders(info: SourceInfo, opts: Options) -> Iterator[ImportedOrder | Rejection]:
    """Orders of a Shopify orders export, one at a time, in file order."""
    cols = _OrderColumns(info.header)
    name_i = cols.name
    for group in group_consecutive(iter_records(info), lambda f: number_key(cell(f, name_i))):
        if isinstance(group, Problem):
            yield rejection_of(group)
        else:
            yield _order(group, cols, opts)


def _order(group: list[tuple[int, list[str]]], c: _OrderColumns, opts: Options) -> ImportedOrder | Rejection:
    row, f = group[0]
    t = c.title
    u = Unit(group, number_key(cell(f, c.name)) or None)
    number = u.need(row, t(c.name), v.order_number, cell(f, c.name))
    created = u.need(row, t(c.created), opts.dates.read_required, cell(f, c.created), "creation")
    cur = u.need(row, t(c.currency), v.currency, cell(f, c.currency), opts.default_currency) or opts.default_currency
    money = v.money

    def amount(index: int | None):  # noqa: ANN202 - Money | None
        return u.need(row, t(index), money, cell(f, index), cur) if index is not None else None

    subtotal, shipping, taxes, total = amount(c.subtotal), amount(c.shipping), amount(c.taxes), amount(c.total)
    discount_amount, refunded = amount(c.discount_amount), amount(c.refunded)
    paid_at = u.need(row, t(c.paid_at), opts.dates.read, cell(f, c.paid_at))
    cancelled_at = u.need(row, t(c.cancelled), opts.dates.read, cell(f, c.cancelled))
    financial = _status(u, row, t(c.financial), cell(f, c.financial), FINANCIAL_STATUSES)
    fulfillment = _status(u, row, t(c.fulfillment), cell(f, c.fulfillment), FULFILLMENT_STATUSES)
    external = u.soft(row, t(c.id), v.external_id, cell(f, c.id))

    email_text = cell(f, c.email) or _later(group, c.email)
    phone_text = cell(f, c.phone) or cell(f, c.bphone) or cell(f, c.sphone) or _later(group, c.phone)
    first, last = v.split_name(cell(f, c.bname) or cell(f, c.sname))
    country = v.text(cell(f, c.bcountry) or cell(f, c.scountry))
    customer = make_customer(
        u, SOURCE, row,
        external_id=None,
        first_name=first,
        last_name=last,
        email=u.soft(row, t(c.email), v.email, email_text),
        phone=u.soft(row, t(c.phone) or t(c.bphone), v.phone, phone_text),
        fallback_key=f"guest:{SOURCE}:{number}",
        company=v.text(cell(f, c.bcompany)),
        address1=v.text(cell(f, c.baddr1)),
        address2=v.text(cell(f, c.baddr2)),
        city=v.text(cell(f, c.bcity)),
        province=v.text(cell(f, c.bprovince)),
        zip=v.unguard(cell(f, c.bzip)),
        country_code=country.upper() if country and len(country) == 2 else None,
        accepts_marketing=u.soft(row, t(c.marketing), v.boolean, cell(f, c.marketing)),
    )
    lines = tuple(line for r, fields in group if (line := _line(u, r, fields, c, cur)) is not None)
    if not u.ok or number is None or created is None or customer is None:
        return u.rejection()
    return ImportedOrder(
        source=SOURCE,
        number=number,
        external_id=external,
        created_at=created,
        currency=cur,
        subtotal=subtotal,
        shipping=shipping,
        total=total,
        discount_codes=v.split_list(cell(f, c.discount_code)),
        financial_status=financial,
        fulfillment_status=fulfillment,
        cancelled_at=cancelled_at,
        refunded_amount=refunded,
        customer=customer,
        lines=lines,
        row_numbers=tuple(r for r, _ in group),
        taxes=taxes,
        discount_amount=discount_amount,
        paid_at=paid_at,
        source_status=v.text(cell(f, c.financial)),
        cancelled=cancelled_at is not None,
        payment_method=v.text(cell(f, c.payment)),
        tags=v.split_list(cell(f, c.tags)),
        warnings=tuple(u.warnings),
    )


def _later(group: list[tuple[int, list[str]]], index: int | None) -> str:
    """Some exports repeat ``Email`` and ``Phone`` on later rows only; the first non-empty one."""
    if index is None:
        return ""
    for _, fields in group[1:]:
        value = cell(fields, index)
        if value.strip():
            return value
    return ""


def _status(u: Unit, row: int, column: str, value: str, known: tuple[str, ...]) -> str | None:
    key = value.strip().lower().replace(" ", "_")
    if not key:
        return None
    if key not in known:
        u.warnings.append(Problem.make(row, "Unknown status “{value}”; it was left out.", column, value=value))
        return None
    return key


def _line(u: Unit, row: int, f: list[str], c: _OrderColumns, cur: str) -> ImportedLine | None:
    name, qty, price, sku = cell(f, c.lname), cell(f, c.qty), cell(f, c.lprice), cell(f, c.lsku)
    if not (name or qty or price or sku):
        return None
    quantity = u.need(row, c.title(c.qty), v.quantity, qty) if c.qty is not None else 1
    unit_price = u.need(row, c.title(c.lprice), v.money, price, cur)
    full = " ".join(name.split())
    product, sep, variant = full.rpartition(" - ")
    if not sep:
        product, variant = full, ""
    total = unit_price.times(quantity) if unit_price is not None and quantity is not None else None
    return ImportedLine(
        sku=v.unguard(sku),
        name=product,
        variant=variant or None,
        quantity=quantity or 0,
        unit_price=unit_price,
        total=total,
        vendor=v.text(cell(f, c.vendor)),
        row=row,
    )


# --- customers ----------------------------------------------------------------------------------------


def parse_customers(info: SourceInfo, opts: Options) -> Iterator[ImportedCustomer | Rejection]:
    """Customers of a Shopify customers export (current or older layout), one per row."""
    c = Columns.of(info.header)

    def pick(*names: str) -> int | None:
        for name in names:
            if name in c:
                return c.get(name)
        return None

    idx = {
        "id": pick("customer id", "id"),
        "first": pick("first name"),
        "last": pick("last name"),
        "email": pick("email"),
        "marketing": pick("accepts email marketing", "accepts marketing"),
        "sms": pick("accepts sms marketing"),
        "company": pick("default address company", "company"),
        "address1": pick("default address address1", "address1"),
        "address2": pick("default address address2", "address2"),
        "city": pick("default address city", "city"),
        "province": pick("default address province code", "province code", "province"),
        "country": pick("default address country code", "country code"),
        "country_name": pick("country"),
        "zip": pick("default address zip", "zip"),
        "phone": pick("phone", "default address phone"),
        "address_phone": pick("default address phone"),
        "spent": pick("total spent"),
        "orders": pick("total orders"),
        "note": pick("note"),
        "tags": pick("tags"),
    }
    for item in iter_records(info):
        if isinstance(item, Problem):
            yield rejection_of(item)
        else:
            yield _customer(item, idx, info.header, opts)


def _customer(
    record: tuple[int, list[str]], idx: dict[str, int | None], header: tuple[str, ...], opts: Options
) -> ImportedCustomer | Rejection:
    from app.imports.common import country_code

    row, f = record
    u = Unit([record])

    def get(key: str) -> str:
        return cell(f, idx[key])

    def title(key: str) -> str:
        i = idx[key]
        return header[i] if i is not None and i < len(header) else key

    country = country_code(get("country")) or country_code(get("country_name"))
    customer = make_customer(
        u, SOURCE, row,
        external_id=u.soft(row, title("id"), v.external_id, get("id")),
        first_name=v.text(get("first")) or "",
        last_name=v.text(get("last")) or "",
        email=u.soft(row, title("email"), v.email, get("email")),
        phone=u.soft(row, title("phone"), v.phone, get("phone") or get("address_phone")),
        company=v.text(get("company")),
        address1=v.text(get("address1")),
        address2=v.text(get("address2")),
        city=v.text(get("city")),
        province=v.text(get("province")),
        zip=v.unguard(get("zip")),
        country_code=country,
        accepts_marketing=u.soft(row, title("marketing"), v.boolean, get("marketing")),
        accepts_sms=u.soft(row, title("sms"), v.boolean, get("sms")),
        total_spent=u.need(row, title("spent"), v.money, get("spent"), opts.default_currency),
        orders_count=u.need(row, title("orders"), v.count, get("orders")),
        note=v.text(get("note")),
        tags=v.split_list(get("tags")),
        warnings=(),
    )
    if not u.ok or customer is None:
        return u.rejection()
    if u.warnings:
        from dataclasses import replace

        customer = replace(customer, warnings=tuple(u.warnings))
    return customer
