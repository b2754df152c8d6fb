"""``rimedio print note|voucher|batch|sheet|signature``: documents to PDF files, each print on the case's timeline.

A file is written only once the whole PDF is made, through a temporary file renamed into place, so a refusal or
an interruption never leaves a half-written or empty file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.groups import group
from app.cli.output import print_json
from app.errors import ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.documents import Document


def register(sub, common) -> None:
    p = group(sub, "print")
    n = p.add_parser(
        "note",
        parents=[common()],
        conflict_handler="resolve",
        help="the apology note of a case (with its voucher, if any)",
    )
    n.add_argument("case_id", type=int, metavar="CASE_ID")
    _output_options(n, sizes=True)
    n.add_argument(
        "--remedy-text", help="what the shop is doing, in the customer's words (default: the remedy chosen)"
    )
    n.add_argument("--plain", action="store_true", help="plain type instead of the handwriting face")
    n.set_defaults(handler=cmd_note)
    v = p.add_parser(
        "voucher", parents=[common()], conflict_handler="resolve", help="one store-credit voucher by its code"
    )
    v.add_argument("code", metavar="CODE")
    _output_options(v, sizes=True)
    v.set_defaults(handler=cmd_voucher)
    b = p.add_parser(
        "batch",
        parents=[common()],
        conflict_handler="resolve",
        help="every live voucher of a campaign in one PDF",
    )
    b.add_argument("--campaign", type=int, required=True, metavar="ID")
    _output_options(b, sizes=True)
    b.set_defaults(handler=cmd_batch)
    sh = p.add_parser(
        "sheet",
        parents=[common()],
        conflict_handler="resolve",
        help="a case and its history, without internal notes (A4)",
    )
    sh.add_argument("case_id", type=int, metavar="CASE_ID")
    _output_options(sh, sizes=False)
    sh.set_defaults(handler=cmd_sheet)
    sg = p.add_parser("signature", parents=[common()], help="your signature image under the notes you print")
    sg.add_argument("path", nargs="?", metavar="IMAGE", help="a PNG or JPEG file")
    sg.add_argument("--clear", action="store_true", help="print notes without your signature image")
    sg.add_argument(
        "--shop", action="store_true", help="the shop's signature, for users without one (admins)"
    )
    sg.set_defaults(handler=cmd_signature)


def _output_options(parser, *, sizes: bool) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF file to write")
    if sizes:
        parser.add_argument("--size", help="paper: a4, a5, a6 or label (4x6 in)")
    # replaces the common --lang: here it is the document's language (messages follow `rimedio --lang` or RIMEDIO_LANG)
    parser.add_argument(
        "--lang",
        dest="doc_lang",
        metavar="CODE",
        help="language of the document: en, it, ro (default: the customer's; the shop's for a sheet)",
    )


def write_atomically(path: str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("The folder {folder} does not exist.", folder=str(folder))
    if target.is_dir():
        raise ValidationError("{path} is a folder; give a file name.", path=str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ValidationError(
            "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc)
        ) from None
    try:
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ValidationError(
                "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc)
            ) from None
        raise
    return target


def _mode_for(target: Path) -> int:
    """The file keeps its mode when replaced; a new one gets the usual mode (mkstemp makes it private)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _save(app, document: Document, output: str) -> int:
    from app.services import documents

    target = write_atomically(output, document.data)
    documents.record_printed(app.ctx, document, "pdf")
    if app.json:
        print_json(
            {
                "file": str(target),
                "document": document.kind,
                "case": document.case_id,
                "code": document.code or None,
                "size": document.size,
                "language": document.language,
                "count": document.count,
                "bytes": len(document.data),
            }
        )
    else:
        print(translate("Saved {file}", file=str(target)))
    return 0


def cmd_note(app, args) -> int:
    from app.services import documents

    document = documents.note_document(
        app.ctx,
        args.case_id,
        size=args.size,
        lang=args.doc_lang,
        remedy_text=args.remedy_text,
        handwriting=False if args.plain else None,
    )
    return _save(app, document, args.output)


def cmd_voucher(app, args) -> int:
    from app.services import documents

    document = documents.voucher_document(app.ctx, args.code, size=args.size, lang=args.doc_lang)
    return _save(app, document, args.output)


def cmd_sheet(app, args) -> int:
    from app.services import documents

    document = documents.case_sheet_document(app.ctx, args.case_id, lang=args.doc_lang)
    return _save(app, document, args.output)


def cmd_batch(app, args) -> int:
    from app.services import documents

    show = sys.stderr.isatty() and not app.json

    def progress(done: int, total: int) -> bool:
        if show:
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()
        return True

    document = documents.batch_document(
        app.ctx, args.campaign, size=args.size, lang=args.doc_lang, progress=progress
    )
    if show:
        sys.stderr.write("\n")
    return _save(app, document, args.output)


def cmd_signature(app, args) -> int:
    from app.services import documents

    if not args.clear and not args.path:
        raise ValidationError("Give the signature image (PNG or JPEG), or --clear.")
    value = documents.set_signature(app.ctx, None if args.clear else args.path, shop_wide=args.shop)
    if app.json:
        print_json({"signature": value or None, "shop": args.shop})
    elif value:
        print(translate("Notes will be signed with {path}.", path=value))
    else:
        print(translate("Notes will be printed without a signature image."))
    return 0
