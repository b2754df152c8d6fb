"""Paper for a case: the apology note, the store-credit voucher, the case sheet and voucher batches, as PDF bytes.

Each document is gathered from the database in one read, rendered outside any transaction (rendering never holds
a write lock), and — when it is really printed or saved — recorded on the case's timeline as a ``printed`` event
in one write. The desktop client previews with the ``*_document`` functions and calls :func:`record_printed`
when the agent prints or saves; the CLI uses the ``print_*`` functions, which do both.

Shop wording overrides (templates) live here too, kept as settings rows ``template.<kind>.<lang>`` so the shipped
text stays the default. This package must never write files (the caller saves the bytes) or import Qt.

One job per module: ``shared`` (the language, the letterhead, local times, :class:`Document`), ``note`` (the
apology note and its parts), ``voucher`` (vouchers and campaign batches), ``case_sheet``, ``printed`` (the
timeline's ``printed`` events and the ``print_*`` calls), ``templates`` (the shop's wording) and ``signature``.
Callers import the names below from the package.
"""

from app.documents import VoucherData
from app.documents.templates import TEMPLATE_KINDS
from app.services.documents.case_sheet import case_sheet_document
from app.services.documents.note import (
    REMEDY_PHRASES,
    NoteParts,
    letterhead_preview,
    note_document,
    note_parts,
    remedy_phrase,
    sample_note_parts,
)
from app.services.documents.printed import print_case_sheet, print_note, print_voucher, record_printed
from app.services.documents.shared import Document, check_language, shop_profile
from app.services.documents.signature import set_signature
from app.services.documents.templates import (
    MAX_TEMPLATE,
    TemplateInfo,
    get_template,
    list_templates,
    reset_template,
    set_template,
)
from app.services.documents.voucher import batch_document, voucher_document

__all__ = [
    "Document",
    "MAX_TEMPLATE",
    "NoteParts",
    "REMEDY_PHRASES",
    "TEMPLATE_KINDS",
    "TemplateInfo",
    "VoucherData",
    "batch_document",
    "case_sheet_document",
    "check_language",
    "get_template",
    "letterhead_preview",
    "list_templates",
    "note_document",
    "note_parts",
    "print_case_sheet",
    "print_note",
    "print_voucher",
    "record_printed",
    "remedy_phrase",
    "reset_template",
    "sample_note_parts",
    "set_signature",
    "set_template",
    "shop_profile",
    "voucher_document",
]
