"""Which shop wrote a file, told from its header alone.

The answer is one of ``FORMATS`` or ``None`` (the user then maps the columns). Columns are matched by name,
never by position, and a file with deleted or extra columns is still recognised. This module never reads a file.
"""

from __future__ import annotations

from app.imports import prestashop_headers
from app.imports.sniff import normalize_header

SHOPIFY_ORDERS = "shopify-orders"
SHOPIFY_CUSTOMERS = "shopify-customers"
WOOCOMMERCE = "woocommerce"
PRESTASHOP = "prestashop"
MAPPED = "csv"
FORMATS: tuple[str, ...] = (SHOPIFY_ORDERS, SHOPIFY_CUSTOMERS, WOOCOMMERCE, PRESTASHOP)
ORDER_FORMATS: tuple[str, ...] = (SHOPIFY_ORDERS, WOOCOMMERCE, PRESTASHOP)
CUSTOMER_FORMATS: tuple[str, ...] = (SHOPIFY_CUSTOMERS,)

_SHOPIFY_ORDER_MARKS = frozenset(
    {
        "financial status",
        "paid at",
        "fulfillment status",
        "fulfilled at",
        "lineitem quantity",
        "lineitem name",
        "lineitem price",
        "lineitem sku",
        "billing name",
        "shipping name",
        "discount code",
        "created at",
        "accepts marketing",
        "lineitem fulfillment status",
        "shipping method",
        "refunded amount",
    }
)
_SHOPIFY_CUSTOMER_MARKS = frozenset(
    {
        "customer id",
        "accepts email marketing",
        "accepts marketing",
        "accepts sms marketing",
        "total spent",
        "total orders",
        "default address city",
        "default address country code",
        "country code",
        "tax exempt",
        "address1",
        "province code",
    }
)
_WOO_MARKS = frozenset(
    {
        "order_id",
        "order_number",
        "order_number_formatted",
        "order_date",
        "order_total",
        "order_currency",
        "billing_email",
        "billing_first_name",
        "customer_email",
        "line_items",
        "line_item_1",
        "item_name",
        "coupon_items",
        "refunded_total",
        "status",
        "shipping_total",
    }
)


def detect_format(header: tuple[str, ...] | list[str]) -> str | None:
    """``'shopify-orders'``, ``'shopify-customers'``, ``'woocommerce'``, ``'prestashop'`` or ``None``."""
    names = {normalize_header(h) for h in header}
    if (
        "name" in names
        and len(names & _SHOPIFY_ORDER_MARKS) >= 3
        and any(n.startswith("lineitem") for n in names)
    ):
        return SHOPIFY_ORDERS
    if "name" in names and len(names & _SHOPIFY_ORDER_MARKS) >= 4:
        return SHOPIFY_ORDERS
    if {"first name", "last name"} <= names and len(names & _SHOPIFY_CUSTOMER_MARKS) >= 2:
        return SHOPIFY_CUSTOMERS
    woo = names & _WOO_MARKS
    if ({"order_id", "order_number", "order_number_formatted"} & names) and len(woo) >= 3:
        return WOOCOMMERCE
    presta = prestashop_headers.map_header(tuple(header))
    if len(presta) >= 5 and ("id" in presta or "reference" in presta) and "total" in presta:
        return PRESTASHOP
    return None
