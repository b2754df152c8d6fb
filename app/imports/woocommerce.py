"""WooCommerce order exports, as the two common export plugins write them, read by key.

Layout 1: one row per order, each line packed in ``line_item_1 … line_item_N`` as
``name:…|sku:…|quantity:…|total:…``. Layout 2: ``order_number_formatted``, ``refunded_total`` and ``line_items``
(one or more packed lines) or ``item_name``/``item_sku``/``item_quantity``/``item_total`` — one row per order or
one row per line item, consecutive rows of the same order grouped while streaming. Statuses may carry ``wc-``;
a guest order's e-mail is in ``billing_email``; ``order_date`` may be ``DD-MM-YYYY`` beside ISO ``paid_date``.
A packed line may carry further ``key:value`` pairs after the known keys (WebToffee writes the variation's
attributes, ``meta:key:value`` entries and hidden ``_`` meta keys): they become the line's attributes, the visible
ones shown beside its name, and never part of its total.

Never loads the whole file; never raises for a bad row (it becomes a ``Rejection``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from app.domain.money import Money
from app.imports import values as v
from app.imports.common import (
    Options,
    Unit,
    country_code,
    group_consecutive,
    make_customer,
    missing,
    rejection_of,
)
from app.imports.records import ImportedLine, ImportedOrder, Problem, Rejection
from app.imports.sniff import Columns, SourceInfo, cell, columns_where, iter_records

SOURCE = "woocommerce"
DATE_COLUMNS = ("order_date", "paid_date", "completed_date", "date_completed", "date_paid")

# status → (financial status, fulfillment status)
_STATUSES: dict[str, tuple[str | None, str | None]] = {
    "completed": ("paid", "fulfilled"),
    "processing": ("paid", "unfulfilled"),
    "on-hold": ("pending", "unfulfilled"),
    "pending": ("pending", "unfulfilled"),
    "checkout-draft": ("pending", "unfulfilled"),
    "cancelled": ("voided", None),
    "refunded": ("refunded", None),
    "failed": ("failed", None),
}
_PACKED_KEYS = frozenset(
    {
        "id",
        "name",
        "product_id",
        "variation_id",
        "sku",
        "quantity",
        "total",
        "subtotal",
        "subtotal_tax",
        "total_tax",
        "tax",
        "tax_class",
        "refunded",
        "refunded_qty",
        "meta",
        "item_meta",
        "code",
        "amount",
        "reason",
        "date",
        "description",
        "discount_amount",
        "discount_amount_tax",
        "method_id",
        "method_title",
        "taxes",
        "rate_id",
        "label",
        "compound",
        "tax_amount",
        "shipping_tax_amount",
        "variation",
        "sub_total",
        "tax_data",
    }
)
#: Columns that hold free text, where a quoted value may run over several lines: notes, addresses, and the
#: plugins' ``meta:…`` columns of custom order fields (a gift message). A line break anywhere else — a packed
#: line item, an amount — is a quote left open.
_FREE_TEXT = frozenset(
    {"customer_note", "order_notes", "customer_message"}
    | {
        f"{who}_{part}"
        for who in ("billing", "shipping")
        for part in ("address_1", "address_2", "address", "company", "city")
    }
)


def is_free_text(name: str) -> bool:
    return name in _FREE_TEXT or name.startswith("meta:")


#: What may name an attribute after the known keys: a short word (letters, digits, ``_``, ``-``, spaces),
#: a hidden one starting with ``_``.
_ATTRIBUTE_KEY = re.compile(r"^\s*[^\W\d][\w\- ]{0,63}$")
_ITEM_SPLIT = re.compile(r";(?=\s*(?:id|name|product_id|code|amount):)")
_TAG = re.compile(r"<[^>]+>")


def missing_columns(header: tuple[str, ...]) -> list[str]:
    cols = Columns.of(header)
    return missing(cols.index, ("order_number", "order_number_formatted", "order_id"), ("order_date", "date"))


def unpack(text: str) -> dict[str, str]:
    """``name:Formal shoe|sku:A12|quantity:1`` → ``{"name": "Formal shoe", "sku": "A12", "quantity": "1"}``.

    The known keys only; the further ``key:value`` pairs are in :func:`unpack_item`.
    """
    return unpack_item(text)[0]


def unpack_item(text: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The known keys of a packed item, and its further ``key:value`` pairs in file order (its attributes).

    WebToffee writes a line as ``name:…|product_id:…|sku:…|quantity:…|total:…|sub_total:…|tax:…`` and then
    whatever the line carries: a variation's attributes (``color:Red``, ``pa_size:m``), one ``meta:key:value``
    per meta entry, and hidden meta keys starting with ``_`` (``_reduced_stock:1``). Those are attributes, never
    part of a known key's value (so never part of the total). Only inside the product name does a ``|`` glue to
    the value before it (``name:Borsa | nera``); elsewhere a piece without ``key:`` (a value with a ``|`` in it)
    glues to the value before it, which then fails its own check if it was an amount.
    """
    out: dict[str, str] = {}
    attributes: list[list[str]] = []
    last: str | int | None = None  # a known key, or the index of the last attribute
    for token in text.split("|"):
        key, sep, value = token.partition(":")
        name = key.strip().lower()
        if sep and name == "meta" and ("meta" in out or ":" in value):  # ``meta:key:value``, one per entry
            inner_key, inner_sep, inner_value = value.partition(":")
            attributes.append([inner_key, inner_value] if inner_sep else ["", value])
            last = len(attributes) - 1
        elif sep and name in _PACKED_KEYS and name not in out:
            out[name] = value
            last = name
        elif sep and last not in (None, "name") and _ATTRIBUTE_KEY.match(key):
            attributes.append([key, value])
            last = len(attributes) - 1
        elif isinstance(last, int):
            attributes[last][1] += "|" + token
        elif last is not None:
            out[last] += "|" + token
    return (
        {k: val.strip() for k, val in out.items()},
        [(k.strip(), val.strip()) for k, val in attributes if k.strip() or val.strip()],
    )


def attribute_label(key: str) -> str:
    """``pa_color`` / ``attribute_pa_gift-wrap`` → ``Color`` / ``Gift wrap``: the words WooCommerce shows."""
    label = key.strip()
    for prefix in ("attribute_", "pa_"):
        label = label.removeprefix(prefix)
    label = " ".join(label.replace("_", " ").replace("-", " ").split())
    return label[:1].upper() + label[1:] if label.islower() else label


def unpack_all(text: str) -> list[dict[str, str]]:
    """Several packed items separated by ``;`` (``coupon_items``, ``refund_items``, ``line_items``)."""
    text = (text or "").strip()
    if not text:
        return []
    return [unpack(part) for part in _ITEM_SPLIT.split(text) if part.strip()]


def clean_name(text: str) -> str:
    """HTML entities and tags out of a product name, whitespace (line breaks) folded."""
    return " ".join(_TAG.sub(" ", html.unescape(text or "")).split())


class _Cols:
    def __init__(self, header: tuple[str, ...]) -> None:
        c = Columns.of(header)
        self.header = header
        self.get = c.get
        self.line_items = sorted(
            (
                (int(name[10:]), i)
                for name, i in c.index.items()
                if name.startswith("line_item_") and name[10:].isdigit()
            ),
        )
        self.key = next(
            (c.get(n) for n in ("order_id", "order_number", "order_number_formatted") if n in c), None
        )

    def title(self, name: str) -> str:
        i = self.get(name)
        return self.header[i] if i is not None and i < len(self.header) else name


def parse_orders(info: SourceInfo, opts: Options) -> Iterator[ImportedOrder | Rejection]:
    """Orders of a WooCommerce export (either layout), one at a time, in file order."""
    c = _Cols(info.header)
    key_i = c.key
    records = iter_records(info, columns_where(info.header, is_free_text))
    for group in group_consecutive(records, lambda f: cell(f, key_i).strip()):
        if isinstance(group, Problem):
            yield rejection_of(group)
        else:
            yield _order(group, c, opts)


def _order(group: list[tuple[int, list[str]]], c: _Cols, opts: Options) -> ImportedOrder | Rejection:
    row, f = group[0]

    def get(*names: str) -> str:
        for name in names:
            value = cell(f, c.get(name))
            if value.strip():
                return value
        return ""

    def title(*names: str) -> str:
        return next((c.title(n) for n in names if c.get(n) is not None), names[0])

    number_cols = ("order_number_formatted", "order_number", "order_id")
    u = Unit(group, get(*number_cols).strip() or None)
    number = u.need(row, title(*number_cols), v.order_number, get(*number_cols))
    external = u.soft(row, title("order_id"), v.external_id, get("order_id"))
    created = u.need(row, title("order_date", "date"), opts.dates.read_required, get("order_date", "date"))
    paid_at = u.need(row, title("paid_date", "date_paid"), opts.dates.read, get("paid_date", "date_paid"))
    cur = (
        u.need(
            row,
            title("order_currency", "currency"),
            v.currency,
            get("order_currency", "currency"),
            opts.default_currency,
        )
        or opts.default_currency
    )

    def amount(*names: str) -> Money | None:
        return u.need(row, title(*names), v.money, get(*names), cur)

    total, shipping = amount("order_total", "total"), amount("shipping_total", "order_shipping")
    taxes, discount = amount("tax_total", "order_tax"), amount("discount_total", "cart_discount")
    subtotal = amount("order_subtotal", "subtotal")
    refunded = amount("refunded_total", "order_refund")
    if refunded is None:
        refunded = _refunds(u, row, title("refund_items"), get("refund_items"), cur)
    raw_status = v.text(get("status", "order_status"))
    status = (raw_status or "").lower().removeprefix("wc-")
    financial, fulfillment = _STATUSES.get(status, (None, None))
    if raw_status and status not in _STATUSES:
        u.warnings.append(
            Problem.make(
                row, "Unknown status “{value}”; it was left out.", in_column=title("status"), value=raw_status
            )
        )
    codes = tuple(
        code for item in unpack_all(get("coupon_items")) if (code := item.get("code") or "")
    ) or v.split_list(get("coupon_code", "coupons"))

    customer_id = u.soft(
        row, title("customer_id", "customer_user"), v.external_id, get("customer_id", "customer_user")
    )
    country = country_code(get("billing_country", "shipping_country"))
    customer = make_customer(
        u,
        SOURCE,
        row,
        external_id=None if customer_id in (None, "0") else customer_id,
        first_name=v.text(get("billing_first_name", "shipping_first_name")) or "",
        last_name=v.text(get("billing_last_name", "shipping_last_name")) or "",
        email=u.soft(
            row, title("customer_email", "billing_email"), v.email, get("customer_email", "billing_email")
        ),
        phone=u.soft(row, title("billing_phone"), v.phone, get("billing_phone", "shipping_phone")),
        fallback_key=f"guest:{SOURCE}:{number}",
        company=v.text(get("billing_company")),
        address1=v.text(get("billing_address_1", "billing_address")),
        address2=v.text(get("billing_address_2")),
        city=v.text(get("billing_city")),
        province=v.text(get("billing_state")),
        zip=v.unguard(get("billing_postcode")),
        country_code=country,
    )
    lines: list[ImportedLine] = []
    for r, fields in group:
        _lines_of_row(u, r, fields, c, cur, lines)
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
        discount_codes=codes,
        financial_status=financial,
        fulfillment_status=fulfillment,
        cancelled_at=None,
        refunded_amount=refunded,
        customer=customer,
        lines=tuple(lines),
        row_numbers=tuple(r for r, _ in group),
        taxes=taxes,
        discount_amount=discount,
        paid_at=paid_at,
        source_status=raw_status,
        cancelled=status == "cancelled",
        payment_method=v.text(get("payment_method_title", "payment_method")),
        warnings=tuple(u.warnings),
    )


def _refunds(u: Unit, row: int, column: str, text: str, cur: str) -> Money | None:
    items = unpack_all(text)
    if not items:
        return None
    total = Money.zero(cur)
    for item in items:
        amount = u.need(row, column, v.money, item.get("amount", ""), cur)
        if amount is not None:
            total += -amount if amount.minor < 0 else amount  # some exports write refunds negative
    return total


Attributes = list[tuple[str, str]]


def _lines_of_row(u: Unit, row: int, f: list[str], c: _Cols, cur: str, out: list[ImportedLine]) -> None:
    packed: list[tuple[str, dict[str, str], Attributes]] = []
    for _, i in c.line_items:
        text = cell(f, i)
        if text.strip():
            packed.append((c.header[i], *unpack_item(text)))
    li = c.get("line_items")
    if li is not None:
        text = (cell(f, li) or "").strip()
        parts = _ITEM_SPLIT.split(text) if text else []
        packed.extend((c.header[li], *unpack_item(part)) for part in parts if part.strip())
    for _, item, _ in packed:
        item.setdefault("total", "")  # a packed line always carries its total: without it the row is damaged
    if c.get("item_name") is not None or c.get("item_sku") is not None:
        item = {
            key: cell(f, c.get(f"item_{key}"))
            for key in ("name", "sku", "quantity", "total", "subtotal", "meta")
        }
        if any(value.strip() for value in item.values()):
            if c.get("item_total") is None:
                item.pop("total")  # a file without the column says nothing about the price
            packed.append((c.title("item_name"), item, []))
    for column, item, attributes in packed:
        out.append(_line(u, row, column, item, attributes, cur))


def _line(
    u: Unit, row: int, column: str, item: dict[str, str], attributes: Attributes, cur: str
) -> ImportedLine:
    quantity = u.need(row, column, v.quantity, item.get("quantity") or "1") or 0
    total_text = item.get("total")
    total = None
    if total_text is None or total_text.strip():
        total = u.need(row, column, v.money, total_text or "", cur)
    else:  # the layouts write the line's total (0.00 for a free line): an empty one is a damaged row
        u.fail(row, "This line item has no price.", column)
    unit_price = None
    if total is not None and quantity and total.minor % quantity == 0:
        unit_price = Money(total.minor // quantity, cur)
    attrs = tuple((key, clean_name(value)) for key, value in attributes)
    return ImportedLine(
        sku=v.unguard(item.get("sku")),
        name=clean_name(item.get("name", "")),
        variant=variant_text(item, attrs),
        quantity=quantity,
        unit_price=unit_price,
        total=total,
        row=row,
        attributes=attrs,
    )


def variant_text(item: dict[str, str], attributes: tuple[tuple[str, str], ...]) -> str | None:
    """What is shown beside the product name: the line's meta text and its visible attributes
    (``Color: Red, Size: M``). Hidden meta keys (``_reduced_stock``) stay on the line's attributes only:
    WooCommerce itself never shows them."""
    meta = clean_name(item.get("meta", "") or item.get("item_meta", "") or item.get("variation", ""))
    parts = [meta] if meta else []
    for key, value in attributes:
        if key.startswith("_") or not value:
            continue
        parts.append(f"{attribute_label(key)}: {value}" if key else value)
    return ", ".join(parts) or None
