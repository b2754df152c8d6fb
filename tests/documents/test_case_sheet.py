"""A case sheet for a courier claim shows the case and its history, never the internal notes."""

from __future__ import annotations

from datetime import date, datetime

from app.documents.case_sheet import render_case_sheet
from app.documents.data import CaseEvent, CaseSheetData
from app.domain.money import Money
from tests.documents.helpers import pdf_pages, pdf_text, squash


def _case(lang: str, events: int = 3) -> CaseSheetData:
    history = [
        CaseEvent(datetime(2025, 11, 20, 9, 14), "opened", "Vasul a sosit spart", "Ioana Popescu"),
        CaseEvent(
            datetime(2025, 11, 20, 9, 20), "note", "SECRET: clientul pare nervos", "Ioana Popescu", True
        ),
        CaseEvent(datetime(2025, 11, 21, 10, 2), "credit_issued", "K7QM-4XPT-9R", "Ioana Popescu"),
    ]
    history += [
        CaseEvent(datetime(2025, 11, 22, 8, i % 60), "customer_answer", f"Mesaj {i}", "Ștefan Țărână")
        for i in range(events - 3)
    ]
    return CaseSheetData(
        "C-2025-0042",
        "damaged",
        "resolved",
        "phone",
        datetime(2025, 11, 20, 9, 14),
        "Ștefan Țărână",
        lang,
        "stefan@example.ro",
        "+40 21 555 0101",
        "#2077",
        date(2025, 11, 12),
        ("Vază din ceramică pictată × 1",),
        "Cutia a fost strivită.",
        "keep",
        "keep_and_credit",
        Money(1000, "EUR"),
        "Ioana Popescu",
        datetime(2025, 11, 20, 17, 0),
        datetime(2025, 11, 23, 17, 0),
        tuple(history),
    )


def test_case_sheet_in_romanian_without_internal_notes(shop):
    text = squash(pdf_text(render_case_sheet(_case("ro"), shop)))
    assert "Fișa cazului C-2025-0042" in text
    assert "Ștefan Țărână" in text and "Produs deteriorat" in text and "10,00 €" in text
    assert "Vasul a sosit spart" in text and "Credit emis" in text
    assert "SECRET" not in text


def test_long_history_runs_over_pages(shop):
    pdf = render_case_sheet(_case("en", events=120), shop)
    assert pdf_pages(pdf) >= 2
    assert "Mesaj 116" in pdf_text(pdf)


def test_every_event_and_an_unknown_value_is_printed_in_words():
    from app.documents.case_events import event_detail, event_name
    from app.documents.templates import labels

    it = labels("it")
    assert event_name("approval_withdrawn", it) == "Richiesta di approvazione ritirata"
    assert event_name("someday_event", it) == "Someday event"  # never the key itself
    assert (
        event_detail("printed", "voucher · LABEL_4X6 · it", None, it, "it")
        == "Buono acquisto · etichetta 4×6 pollici · italiano"
    )
    assert (
        event_detail("status", "", {"from": "awaiting_customer", "to": "closed"}, it, "it")
        == "In attesa del cliente → Chiusa"
    )
