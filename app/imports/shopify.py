"""Shopify's orders export (one row per line item, order fields on the first row only) and customers export
(current ``Default Address …`` layout and the older one), read by header name, streamed one order at a time.

It never loads the whole file, never trusts an id damaged into scientific notation as a key, and never raises
for a bad row: a bad order comes out as a ``Rejection`` listing every problem with its row.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.money import Money
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
from app.imports.sniff import Columns, SourceInfo, cell, columns_where, iter_records

SOURCE = "shopify"
ORDER_DATE_COLUMNS = ("created at", "paid at", "fulfilled at", "cancelled at")
CUSTOMER_DATE_COLUMNS: tuple[str, ...] = ()
_ADDRESS_PARTS = ("street", "address1", "address2", "company", "city")
#: Columns that hold free text, where a quoted value may run over several lines (any other line break is a
#: quote left open).
ORDER_FREE_TEXT = frozenset(
    {"notes", "note attributes"}
    | {f"{who} {part}" for who in ("billing", "shipping") for part in _ADDRESS_PARTS}
)
CUSTOMER_FREE_TEXT = frozenset(
    {"note"} | {f"{prefix}{part}" for prefix in ("", "default address ") for part in _ADDRESS_PARTS}
)


def missing_order_columns(header: tuple[str, ...]) -> list[str]:
    cols = Columns.of(header)
    return [name.capitalize() for name in missing(cols.index, ("name",), ("created at",))]


def missing_customer_columns(header: tuple[str, ...]) -> list[str]:
    cols = Columns.of(header)
    return [
        name.capitalize()
        for name in missing(cols.index, ("email", "customer id", "first name", "last name", "phone"))
    ]


_ORDER_COLUMNS = {
    "name": "name",
    "email": "email",
    "financial": "financial status",
    "paid_at": "paid at",
    "fulfillment": "fulfillment status",
    "marketing": "accepts marketing",
    "currency": "currency",
    "subtotal": "subtotal",
    "shipping": "shipping",
    "taxes": "taxes",
    "total": "total",
    "discount_code": "discount code",
    "discount_amount": "discount amount",
    "created": "created at",
    "cancelled": "cancelled at",
    "refunded": "refunded amount",
    "qty": "lineitem quantity",
    "lname": "lineitem name",
    "lprice": "lineitem price",
    "lsku": "lineitem sku",
    "vendor": "vendor",
    "bname": "billing name",
    "bcompany": "billing company",
    "baddr1": "billing address1",
    "baddr2": "billing address2",
    "bcity": "billing city",
    "bzip": "billing zip",
    "bprovince": "billing province",
    "bcountry": "billing country",
    "bphone": "billing phone",
    "sname": "shipping name",
    "scountry": "shipping country",
    "sphone": "shipping phone",
    "id": "id",
    "tags": "tags",
    "phone": "phone",
    "payment": "payment method",
}


class _OrderColumns:
    """Column positions of an orders export; a column the shop deleted points at the empty cell past the
    header (rows are padded by ``iter_records``), so every read is a plain index."""

    def __init__(self, header: tuple[str, ...]) -> None:
        c = Columns.of(header)
        self.present = {attr for attr, name in _ORDER_COLUMNS.items() if name in c}
        self.titles: dict[str, str] = {}
        for attr, name in _ORDER_COLUMNS.items():
            i = c.pos(name)
            setattr(self, attr, i)
            self.titles[attr] = header[i] if i < len(header) else name.title()

    def __getattr__(self, attr: str) -> int:  # only reached for a misspelt column: a bug
        raise AttributeError(attr)


def parse_orders(info: SourceInfo, opts: Options) -> Iterator[ImportedOrder | Rejection]:
    """Orders of a Shopify orders export, one at a time, in file order."""
    cols = _OrderColumns(info.header)
    name_i = cols.name
    free = columns_where(info.header, ORDER_FREE_TEXT.__contains__)
    for group in group_consecutive(iter_records(info, free), lambda f: number_key(f[name_i])):
        if isinstance(group, Problem):
            yield rejection_of(group)
        else:
            yield _order(group, cols, opts)


def _order(group: list[tuple[int, list[str]]], c: _OrderColumns, opts: Options) -> ImportedOrder | Rejection:
    row, f = group[0]
    t = c.titles
    u = Unit(group, number_key(f[c.name]) or None)
    need = u.need
    read = opts.dates.read
    money = v.money
    number = need(row, t["name"], v.order_number, f[c.name])
    created = need(row, t["created"], opts.dates.read_required, f[c.created])
    cur = f[c.currency]
    if cur != "EUR" or opts.default_currency != "EUR":
        cur = need(row, t["currency"], v.currency, cur, opts.default_currency) or opts.default_currency

    def amount(attr: str) -> Money | None:
        text = f[getattr(c, attr)]
        return need(row, t[attr], money, text, cur) if text else None

    subtotal, shipping, taxes, total = (
        amount("subtotal"),
        amount("shipping"),
        amount("taxes"),
        amount("total"),
    )
    discount_amount, refunded = amount("discount_amount"), amount("refunded")
    paid_text, cancelled_text = f[c.paid_at], f[c.cancelled]
    paid_at = need(row, t["paid_at"], read, paid_text) if paid_text else None
    cancelled_at = need(row, t["cancelled"], read, cancelled_text) if cancelled_text else None
    financial = _status(u, row, t["financial"], f[c.financial], FINANCIAL_STATUSES)
    fulfillment = _status(u, row, t["fulfillment"], f[c.fulfillment], FULFILLMENT_STATUSES)
    id_text = f[c.id]
    external = u.soft(row, t["id"], v.external_id, id_text) if id_text else None

    email_text = f[c.email] or _later(group, c.email)
    phone_text = f[c.phone] or f[c.bphone] or f[c.sphone] or _later(group, c.phone)
    first, last = v.split_name(f[c.bname] or f[c.sname])
    country = (f[c.bcountry] or f[c.scountry]).strip()
    marketing = f[c.marketing]
    customer = make_customer(
        u,
        SOURCE,
        row,
        external_id=None,
        first_name=first,
        last_name=last,
        email=u.soft(row, t["email"], v.email, email_text) if email_text else None,
        phone=u.soft(row, t["phone"], v.phone, phone_text) if phone_text else None,
        fallback_key=f"guest:{SOURCE}:{number}",
        company=v.text(f[c.bcompany]),
        address1=v.text(f[c.baddr1]),
        address2=v.text(f[c.baddr2]),
        city=v.text(f[c.bcity]),
        province=v.text(f[c.bprovince]),
        zip=v.unguard(f[c.bzip]),
        country_code=country.upper() if len(country) == 2 else None,
        accepts_marketing=u.soft(row, t["marketing"], v.boolean, marketing) if marketing else None,
    )
    lines = tuple(line for r, fields in group if (line := _line(u, r, fields, c, cur)) is not None)
    order_level = [attr for attr in ("financial", "currency", "total") if attr in c.present]
    if order_level and not any(f[getattr(c, attr)].strip() for attr in order_level):
        # Shopify writes these on an order's first row only: without them this is the rest of an order whose
        # first row is elsewhere (a file cut in two, or a row swallowed by an open quote). Importing it would
        # replace the order with part of it.
        u.fail(
            row,
            "The first row of this order is missing: its order fields ({columns}) are empty.",
            columns=", ".join(t[attr] for attr in order_level),
        )
    if u.problems or number is None or created is None or customer is None:
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
        discount_codes=v.split_list(f[c.discount_code]),
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
        source_status=v.text(f[c.financial]),
        cancelled=cancelled_at is not None,
        payment_method=v.text(f[c.payment]),
        tags=v.split_list(f[c.tags]),
        warnings=tuple(u.warnings),
    )


def _later(group: list[tuple[int, list[str]]], index: int) -> str:
    """Some exports repeat ``Email`` and ``Phone`` on later rows only; the first non-empty one."""
    for _, fields in group[1:]:
        value = fields[index]
        if value.strip():
            return value
    return ""


def _status(u: Unit, row: int, column: str, value: str, known: tuple[str, ...]) -> str | None:
    if not value:
        return None
    if value in known:
        return value
    key = value.strip().lower().replace(" ", "_")
    if not key:
        return None
    if key not in known:
        u.warnings.append(
            Problem.make(row, "Unknown status “{value}”; it was left out.", in_column=column, value=value)
        )
        return None
    return key


def _line(u: Unit, row: int, f: list[str], c: _OrderColumns, cur: str) -> ImportedLine | None:
    name, qty, price, sku = f[c.lname], f[c.qty], f[c.lprice], f[c.lsku]
    if not (name or qty or price or sku):
        return None
    t = c.titles
    if qty == "1":
        quantity: int | None = 1
    elif "qty" in c.present:
        quantity = u.need(row, t["qty"], v.quantity, qty)
    else:
        quantity = 1
    if price.strip():
        unit_price = u.need(row, t["lprice"], v.money, price, cur)
    else:
        unit_price = None
        if "lprice" in c.present:  # Shopify writes 0 for a free line: an empty price is a damaged row
            u.fail(row, "This line item has no price.", t["lprice"])
    full = " ".join(name.split())
    product, sep, variant = full.rpartition(" - ")
    if not sep:
        product, variant = full, ""
    total = (
        Money(unit_price.minor * quantity, cur) if unit_price is not None and quantity is not None else None
    )
    return ImportedLine(
        sku=v.unguard(sku),
        name=product,
        variant=variant or None,
        quantity=quantity or 0,
        unit_price=unit_price,
        total=total,
        vendor=v.text(f[c.vendor]),
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
    for item in iter_records(info, columns_where(info.header, CUSTOMER_FREE_TEXT.__contains__)):
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
        u,
        SOURCE,
        row,
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
