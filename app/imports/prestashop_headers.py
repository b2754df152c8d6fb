"""The words PrestaShop's back office uses for the order-list columns, in the languages shops use.

PrestaShop translates the header of its order export into the back-office language. This table maps each
translated word (accents, case, ``*`` and parenthesised notes removed) to one field name. It is data only: it
never reads files.
"""

from __future__ import annotations

import re
import unicodedata

FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "id ordine", "id commande", "id pedido", "bestell-id", "id comanda", "order id", "n", "no"),
    "reference": (
        "reference",
        "riferimento",
        "referencia",
        "referenz",
        "bestellnummer",
        "referinta",
        "referinta comenzii",
    ),
    "new_client": (
        "new client",
        "new customer",
        "nuovo cliente",
        "nouveau client",
        "nuevo cliente",
        "neukunde",
        "neuer kunde",
        "client nou",
    ),
    "delivery": (
        "delivery",
        "delivery country",
        "consegna",
        "paese di consegna",
        "livraison",
        "pays de livraison",
        "entrega",
        "pais de entrega",
        "lieferung",
        "lieferland",
        "livrare",
        "tara de livrare",
        "country",
    ),
    "customer": ("customer", "cliente", "client", "kunde", "clientul"),
    "total": (
        "total",
        "totale",
        "total paid",
        "totale pagato",
        "gesamt",
        "summe",
        "gesamtbetrag",
        "importe",
        "total platit",
    ),
    "payment": (
        "payment",
        "pagamento",
        "paiement",
        "pago",
        "forma de pago",
        "zahlung",
        "zahlungsart",
        "plata",
        "metoda de plata",
    ),
    "status": ("status", "stato", "etat", "estado", "stare", "statut", "zustand"),
    "date": ("date", "data", "fecha", "datum", "date add", "date de commande"),
    "company": (
        "company",
        "azienda",
        "societa",
        "societe",
        "empresa",
        "firma",
        "unternehmen",
        "companie",
        "compania",
    ),
}

_LOOKUP = {word: field for field, words in FIELDS.items() for word in words}
_PARENS = re.compile(r"\(.*?\)")


def fold(header: str) -> str:
    """``"Référence *"`` → ``"reference"``; ``"Data (aaaa-mm-gg)"`` → ``"data"``."""
    text = _PARENS.sub(" ", header).replace("*", " ").replace("_", " ").replace(".", " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def field_of(header: str) -> str | None:
    """The PrestaShop field a (translated) header names, or ``None``."""
    return _LOOKUP.get(fold(header))


def map_header(header: tuple[str, ...]) -> dict[str, int]:
    """Field → column index for the recognised columns of ``header`` (first occurrence wins)."""
    found: dict[str, int] = {}
    for i, name in enumerate(header):
        field = field_of(name)
        if field and field not in found:
            found[field] = i
    return found
