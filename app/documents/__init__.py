"""Rimedio's document engine: apology notes, store-credit vouchers, case sheets and the e-mail that carries them.

It works on plain data (:mod:`app.documents.data`) and returns PDF bytes; it must never open a database session,
import Qt or decide business rules (who gets credit, how much): those come from the services.
"""

from app.documents.batch import BatchCancelled, render_batch
from app.documents.case_sheet import render_case_sheet
from app.documents.data import CaseEvent, CaseSheetData, NoteData, ShopProfile, VoucherData
from app.documents.layout import PageSize, parse_size
from app.documents.mailer import (
    Attachment,
    MailError,
    Security,
    SmtpSettings,
    compose_customer_mail,
    send_mail,
)
from app.documents.note import note_text, render_note
from app.documents.templates import load_template, render, shipped_template, validate_template
from app.documents.voucher import render_voucher

__all__ = [
    "Attachment",
    "BatchCancelled",
    "CaseEvent",
    "CaseSheetData",
    "MailError",
    "NoteData",
    "PageSize",
    "Security",
    "ShopProfile",
    "SmtpSettings",
    "VoucherData",
    "compose_customer_mail",
    "load_template",
    "note_text",
    "parse_size",
    "render",
    "render_batch",
    "render_case_sheet",
    "render_note",
    "render_voucher",
    "send_mail",
    "shipped_template",
    "validate_template",
]
