"""PrestaShop's back-office order export: ``ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date``
(``;Company`` with B2B), one row per order, no lines, header translated into the back-office language.

Totals are formatted for people (``59,90 €``); the currency is read from the symbol when there is one.
Never loads the whole file; never raises for a bad row (it becomes a ``Rejection``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.domain.money import Money
from app.imports import prestashop_headers as headers
from app.imports import values as v
from app.imports.common import Options, Unit, country_code, make_customer, rejection_of
from app.imports.records import ImportedOrder, Problem, Rejection
from app.imports.sniff import SourceInfo, cell, iter_records

SOURCE = "prestashop"
_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "lei": "RON",
    "ron": "RON",
    "chf": "CHF",
    "zł": "PLN",
    "kr": "SEK",
}
_CODE = re.compile(r"\b([A-Z]{3})\b")

# words of status labels (folded: lower case, no accents) → (financial, fulfillment, cancelled)
_STATUS_WORDS: tuple[tuple[tuple[str, ...], tuple[str | None, str | None, bool]], ...] = (
    (("annull", "cancel", "annul", "storn", "anulat", "anulad"), ("voided", None, True)),
    (("rimbors", "refund", "rembours", "reembols", "erstatt", "rambursat"), ("refunded", None, False)),
    (("errore", "error", "erreur", "fehler", "eroare"), ("failed", None, False)),
    (("consegnat", "delivered", "livre", "entregad", "zugestellt", "livrat"), ("paid", "fulfilled", False)),
    (("spedit", "shipped", "expedi", "enviad", "versand", "versendet"), ("paid", "fulfilled", False)),
    (
        (
            "accettat",
            "accepted",
            "accepte",
            "aceptad",
            "akzeptiert",
            "acceptat",
            "preparazione",
            "preparation",
            "preparacion",
            "vorbereitung",
            "pregatire",
            "pagat",
            "payment accepted",
            "paiement accepte",
        ),
        ("paid", "unfulfilled", False),
    ),
    (
        ("attesa", "awaiting", "attente", "espera", "warten", "asteptare", "in corso"),
        ("pending", "unfulfilled", False),
    ),
)


def date_columns(header: tuple[str, ...]) -> tuple[str, ...]:
    """The (translated) name of the date column, normalised as ``Columns`` does."""
    from app.imports.sniff import normalize_header

    i = headers.map_header(header).get("date")
    return (normalize_header(header[i]),) if i is not None else ()


def missing_columns(header: tuple[str, ...]) -> list[str]:
    found = headers.map_header(header)
    out = []
    if "id" not in found and "reference" not in found:
        out.append("Reference")
    if "date" not in found:
        out.append("Date")
    return out


def status_of(label: str) -> tuple[str | None, str | None, bool]:
    folded = headers.fold(label)
    for words, result in _STATUS_WORDS:
        if any(word in folded for word in words):
            return result
    return None, None, False


def currency_of(text: str, default: str) -> str:
    """The currency a formatted total is written in: its symbol or ISO code, else the default."""
    low = text.lower()
    for symbol, code in _SYMBOLS.items():
        if symbol in low:
            return code
    m = _CODE.search(text)
    return m.group(1) if m else default


def parse_orders(info: SourceInfo, opts: Options) -> Iterator[ImportedOrder | Rejection]:
    """Orders of a PrestaShop export, one per row."""
    idx = headers.map_header(info.header)
    for item in iter_records(info, frozenset()):  # no column of this export holds free text
        if isinstance(item, Problem):
            yield rejection_of(item)
        else:
            yield _order(item, idx, info.header, opts)


def _order(
    record: tuple[int, list[str]], idx: dict[str, int], header: tuple[str, ...], opts: Options
) -> ImportedOrder | Rejection:
    row, f = record

    def get(field: str) -> str:
        return cell(f, idx.get(field))

    def title(field: str) -> str:
        i = idx.get(field)
        return header[i] if i is not None else field

    u = Unit([record])
    ref_field = "reference" if get("reference").strip() else "id"
    number = u.need(row, title(ref_field), v.order_number, get(ref_field))
    u.key = number
    external = u.soft(row, title("id"), v.external_id, get("id"))
    created = u.need(row, title("date"), opts.dates.read_required, get("date"))
    total_text = get("total")
    cur = u.need(
        row, title("total"), v.currency, currency_of(total_text, opts.default_currency), opts.default_currency
    )
    cur = cur or opts.default_currency
    total: Money | None = u.need(row, title("total"), v.money, total_text, cur)
    status_label = v.text(get("status"))
    financial, fulfillment, cancelled = status_of(status_label or "")
    first, last = v.split_name(get("customer"))
    company = v.text(get("company"))
    customer = make_customer(
        u,
        SOURCE,
        row,
        first_name=first,
        last_name=last,
        fallback_key=f"guest:{SOURCE}:{number}",
        company=company,
        country_code=country_code(get("delivery")),
    )
    if not u.ok or number is None or created is None or customer is None:
        return u.rejection()
    return ImportedOrder(
        source=SOURCE,
        number=number,
        external_id=external,
        created_at=created,
        currency=cur,
        subtotal=None,
        shipping=None,
        total=total,
        discount_codes=(),
        financial_status=financial,
        fulfillment_status=fulfillment,
        cancelled_at=None,
        refunded_amount=None,
        customer=customer,
        lines=(),
        row_numbers=(row,),
        source_status=status_label,
        cancelled=cancelled,
        payment_method=v.text(get("payment")),
        warnings=tuple(u.warnings),
    )
