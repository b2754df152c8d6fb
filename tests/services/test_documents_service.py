"""Stories of agents printing notes and case sheets for real cases, and admins changing the shop's wording —
on SQLite and PostgreSQL."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from app.domain.enums import EventType
from app.domain.money import Money
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services import case_records, cases, documents
from app.services.settings import set_setting
from app.store.models import Case

STEFAN_WRONG_ITEM = dict(
    order_number="1001",
    kind="wrong_item",
    channel="phone",
    summary="Blue bowls instead of green",
    skus=["CER-BOWL-S"],
    wants="keep",
)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages).split())


def fonts_of(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def choose_remedy(shop, case_id: int, remedy: str, amount_minor: int | None = None, **data) -> None:
    """What the remedies screen does when the agent picks a remedy (its service is built elsewhere)."""
    with shop.db.write() as s:
        case = s.get(Case, case_id)
        case.remedy, case.amount_minor = remedy, amount_minor
        case_records.record_event(
            s,
            case,
            shop.agent.id,
            EventType.REMEDY_CHOSEN,
            remedy,
            at=shop.db.clock.now(),
            data={"remedy": remedy, **data},
        )


def timeline(shop, case_id: int) -> list[str]:
    return [e.type for e in cases.get_case(shop.as_(shop.agent), case_id).events]


@pytest.fixture
def letterhead(shop):
    admin = shop.as_(shop.admin)
    set_setting(admin, "shop.name", "Bottega Aurora")
    set_setting(admin, "shop.address", "Via dei Ceramisti 14 | 50125 Firenze")
    set_setting(admin, "shop.website", "bottega-aurora.example")
    set_setting(admin, "shop.email", "cura@bottega-aurora.example")
    return shop


def test_agent_prints_a_romanian_note_for_a_wrong_item_and_it_goes_on_the_timeline(letterhead):
    shop = letterhead
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    choose_remedy(shop, case.id, "keep_and_credit", 1200, problem="depozitul a ales culoarea greșită")
    doc = documents.print_note(ctx, case.id)
    text = text_of(doc.data)
    assert doc.kind == "note" and doc.language == "ro" and doc.size == "a5"
    assert doc.filename == f"note-{case.id}-stefan-tarana.pdf"
    assert "Dragă Ștefan" in text and "Ciotola dipinta (blu)" in text and "#1001" in text
    assert "păstrează produsul" in text and "depozitul a ales culoarea greșită" in text
    assert "Giulia Bianchi" in text and "Bottega Aurora" in text and "50125 Firenze" in text
    printed = cases.get_case(ctx, case.id).events[-1]
    assert printed.type == "printed" and printed.actor == "Giulia Bianchi"
    assert printed.data == {"document": "note", "size": "a5", "language": "ro", "how": "pdf"}


def test_a_preview_records_nothing_and_the_print_afterwards_does(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    choose_remedy(shop, case.id, "replacement")
    preview = documents.note_document(ctx, case.id, size="a6", lang="it")
    assert timeline(shop, case.id) == ["opened", "remedy_chosen"]
    assert "Ciao Ștefan" in text_of(preview.data)
    documents.record_printed(ctx, preview, how="printer")
    assert timeline(shop, case.id)[-1] == "printed"
    assert cases.get_case(ctx, case.id).events[-1].data["how"] == "printer"


def test_the_remedy_is_said_to_the_customer_in_their_language(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(
        ctx, order_number="1002", kind="damaged", channel="email", summary="Vaso rotto", skus=["CER-VASE"]
    )
    choose_remedy(shop, case.id, "refund", 12900)
    text = text_of(documents.note_document(ctx, case.id).data)  # Niccolò writes in Italian
    assert "Ciao Niccolò" in text and "ti rimborsiamo 129,00 €" in text
    english = text_of(documents.note_document(ctx, case.id, lang="en").data)
    assert "we are refunding you €129.00" in english


def test_the_agent_may_say_the_remedy_in_their_own_words(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, order_number="1003", kind="delay", channel="chat", summary="Moka late")
    doc = documents.note_document(
        ctx, case.id, remedy_text="your moka leaves today by express courier", handwriting=False
    )
    text = text_of(doc.data)
    assert "Anna" in text and "your moka leaves today by express courier" in text
    assert not any("RimedioHand" in f for f in fonts_of(doc.data))


def test_a_note_without_a_remedy_is_refused_and_nothing_is_recorded(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    with pytest.raises(ValidationError) as err:
        documents.print_note(ctx, case.id)
    assert "has no remedy yet" in err.value.message
    assert timeline(shop, case.id) == ["opened"]


def test_a_one_line_order_names_its_item_but_a_larger_order_needs_the_line(shop):
    ctx = shop.as_(shop.agent)
    single = cases.open_case(ctx, order_number="1004", kind="damaged", channel="phone", summary="Torn")
    assert "Plaid in lana (ocra)" in text_of(documents.note_document(ctx, single.id, remedy_text="x").data)
    several = cases.open_case(
        ctx, order_number="1001", kind="missing_item", channel="phone", summary="Missing"
    )
    with pytest.raises(ValidationError) as err:
        documents.note_document(ctx, several.id, remedy_text="x")
    assert "names no order line" in err.value.message


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"size": "b5"}, "Unknown paper size"),
        ({"lang": "de"}, "Unknown language: de"),
    ],
)
def test_bad_paper_or_language_is_refused(shop, options, message):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    with pytest.raises(ValidationError) as err:
        documents.print_note(ctx, case.id, remedy_text="x", **options)
    assert message in err.value.message
    assert timeline(shop, case.id) == ["opened"]


def test_an_unknown_case_is_not_found(shop):
    with pytest.raises(NotFound):
        documents.note_document(shop.as_(shop.agent), 424242, remedy_text="x")


def test_the_case_sheet_for_a_courier_claim_leaves_out_internal_notes(letterhead):
    shop = letterhead
    ctx = shop.as_(shop.agent)
    case = cases.open_case(
        ctx, order_number="1002", kind="damaged", channel="email", summary="Vase cracked", skus=["CER-VASE"]
    )
    cases.add_note(ctx, case.id, "Customer sounded angry, maybe abuse")
    cases.add_note(ctx, case.id, "Courier photo of the dented box received", internal=False)
    sheet = documents.print_case_sheet(ctx, case.id, lang="en")
    text = text_of(sheet.data)
    assert "Case sheet 2" in text or f"Case sheet {case.id}" in text
    assert "Niccolò Rossi" in text and "CER-VASE" in text and "Vaso Deruta" in text
    assert "Courier photo of the dented box received" in text
    assert "angry" not in text and "abuse" not in text
    assert timeline(shop, case.id)[-1] == "printed"
    assert cases.get_case(ctx, case.id).events[-1].data["document"] == "case_sheet"
    assert documents.case_sheet_document(ctx, case.id).language == "it"  # the shop's language by default


def test_admin_changes_the_italian_wording_and_the_next_note_uses_it(shop):
    admin, agent = shop.as_(shop.admin), shop.as_(shop.agent)
    wording = "Caro {first_name},\n\nci scusiamo per l'ordine {order_number}.\n\nRimediamo così: {remedy}."
    saved = documents.set_template(admin, "delay", "it", wording)
    assert saved.overridden and saved.updated_by == "Ada Admin"
    case = cases.open_case(agent, order_number="1004", kind="delay", channel="phone", summary="Late plaid")
    text = text_of(documents.note_document(agent, case.id, remedy_text="spedizione gratuita").data)
    assert "Caro Niccolò" in text and "ci scusiamo per l'ordine #1004" in text
    assert documents.get_template(agent, "delay", "it").text == wording
    back = documents.reset_template(admin, "delay", "it")
    assert not back.overridden and back.text == back.default
    assert "Caro Niccolò" not in text_of(documents.note_document(agent, case.id, remedy_text="x").data)


BROKEN_TEMPLATES = [
    ("delay", "Caro {first_name}, rimediamo: {remedy}.", "must contain the placeholder {order_number}"),
    ("wrong_item", "Caro {first_name}, {item}: {remedy}. {price}", "Unknown placeholder {price}"),
    ("email_body", "Ciao {first_name}", "must contain the placeholder {note}"),
    ("complaint", "Caro {first_name, {remedy}", "lone brace"),
    ("complaint", "   ", "The template is empty"),
    ("thank_you", "Caro {first_name}", "Unknown template: thank_you"),
]


def test_a_broken_template_is_refused_when_saved_not_when_printed(shop):
    admin = shop.as_(shop.admin)
    for kind, wording, message in BROKEN_TEMPLATES:
        with pytest.raises(ValidationError) as err:
            documents.set_template(admin, kind, "it", wording)
        assert message in err.value.message, kind
    assert not any(t.overridden for t in documents.list_templates(admin))


def test_only_an_admin_changes_the_wording(shop):
    with pytest.raises(PermissionDenied):
        documents.set_template(shop.as_(shop.agent), "delay", "it", "{first_name} {order_number} {remedy}")
    with pytest.raises(PermissionDenied):
        documents.reset_template(shop.as_(shop.supervisor), "delay", "it")


def test_every_template_is_listed_in_every_language(shop):
    rows = documents.list_templates(shop.as_(shop.agent))
    assert len(rows) == 7 * 3 and {r.language for r in rows} == {"en", "it", "ro"}


def test_the_agent_signs_with_their_own_image_and_a_broken_one_is_refused(shop, tmp_path):
    ctx = shop.as_(shop.agent)
    not_an_image = tmp_path / "sig.png"
    not_an_image.write_text("hello")
    with pytest.raises(ValidationError) as err:
        documents.set_signature(ctx, str(not_an_image))
    assert "not an image" in err.value.message
    with pytest.raises(NotFound):
        documents.set_signature(ctx, str(tmp_path / "missing.png"))
    signature = tmp_path / "giulia.png"
    Image.new("RGBA", (300, 90), (20, 30, 120, 255)).save(signature)
    assert documents.set_signature(ctx, str(signature)) == str(signature.resolve())
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    with_image = documents.note_document(ctx, case.id, remedy_text="x").data
    documents.set_signature(ctx, None)
    without = documents.note_document(ctx, case.id, remedy_text="x").data
    assert b"/Subtype /Image" in with_image and b"/Subtype /Image" not in without
    with pytest.raises(PermissionDenied):
        documents.set_signature(ctx, str(signature), shop_wide=True)


def test_a_logo_missing_on_this_workstation_does_not_stop_the_note(shop, tmp_path):
    set_setting(shop.as_(shop.admin), "shop.logo_path", str(tmp_path / "gone.png"))
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    assert documents.note_document(ctx, case.id, remedy_text="x").data.startswith(b"%PDF")


def test_handwriting_is_a_shop_setting(shop):
    set_setting(shop.as_(shop.admin), "documents.handwriting", "0")
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    assert not any(
        "RimedioHand" in f for f in fonts_of(documents.note_document(ctx, case.id, remedy_text="x").data)
    )
    with pytest.raises(ValidationError):
        set_setting(shop.as_(shop.admin), "documents.handwriting", "2")


def test_remedy_phrases_cover_every_remedy_in_every_language():
    from app.domain.enums import Remedy

    for lang in ("en", "it", "ro"):
        for remedy in Remedy:
            phrase = documents.remedy_phrase(remedy.value, lang, Money(500, "EUR"))
            assert phrase and "{" not in phrase


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "Status changed — New → Remedy proposed",
                "Remedy chosen — Keep the item and receive store credit",
                "Edited — What the customer reports, Customer wants",
                "Printed — Apology note · 4×6 in label · Romanian",
            ],
        ),
        (
            "it",
            [
                "Cambio di stato — Nuova",
                "Soluzione scelta — Tiene l'articolo e riceve un buono",
                "Modifica — Cosa segnala il cliente, Il cliente chiede",
                "etichetta 4×6 pollici · rumeno",
            ],
        ),
        (
            "ro",
            [
                "Schimbare de stare — Nou",
                "Soluție aleasă — Păstrează produsul și primește credit în magazin",
                "Modificare — Ce semnalează clientul, Clientul dorește",
                "etichetă 4×6 inch · română",
            ],
        ),
    ],
)
def test_the_case_sheet_speaks_the_readers_language_never_the_programs_keys(shop, lang, words):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, **STEFAN_WRONG_ITEM)
    detail = cases.get_case(ctx, case.id)
    cases.update_case(
        ctx, case.id, expected_version=detail.version, summary="Blue bowls, not green", wants="refund"
    )
    choose_remedy(shop, case.id, "keep_and_credit", 1500, amount="15.00", currency="EUR")
    cases.change_status(ctx, case.id, "proposed")
    label = documents.note_document(ctx, case.id, size="label_4x6", lang="ro", remedy_text="x")
    documents.record_printed(ctx, label, "printer")
    documents.print_case_sheet(ctx, case.id, lang="en")
    text = text_of(documents.case_sheet_document(ctx, case.id, lang=lang).data)
    for raw in ("keep_and_credit", "LABEL_4X6", "label_4x6", "case_sheet", "summary, wants", "— note · "):
        assert raw not in text, raw
    for expected in words:
        assert expected in text, expected


def test_the_letterhead_preview_without_a_case_is_a_sample_note_with_the_unsaved_values(letterhead):
    shop = letterhead
    admin = shop.as_(shop.admin)
    document = documents.letterhead_preview(admin, None, {"shop.name": "Bottega Nuova"}, lang="it")
    text = text_of(document.data)
    assert "Bottega Nuova" in text and "Giulia" in text and "Strofinacci di lino" in text
    assert (document.case_id, document.filename, document.language) == (None, "note-sample-preview.pdf", "it")
    default = documents.letterhead_preview(admin, None, {})  # the shop's default language of customers
    assert default.language == "it" and "Bottega Aurora" in text_of(default.data)
    assert "Emma" in text_of(documents.letterhead_preview(admin, None, {}, lang="en").data)
