"""``rimedio template list|show|set|reset``: the shop's own wording of notes and e-mails (admins change it).

A template with a missing or unknown placeholder is refused when it is saved, with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.cli.text_input import check_utf8
from app.errors import ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.documents import TemplateInfo

_KINDS = "wrong_item, damaged, missing_item, delay, complaint, email_subject, email_body"


def register(sub, common) -> None:
    t = group(sub, "template")
    ls = t.add_parser("list", parents=[common()], help="every template and whether the shop changed it")
    ls.set_defaults(handler=cmd_list)
    for name, helptext, handler in (
        ("show", "the wording in use", cmd_show),
        ("set", "keep the shop's own wording (admins)", cmd_set),
        ("reset", "go back to the shipped wording (admins)", cmd_reset),
    ):
        p = t.add_parser(name, parents=[common()], conflict_handler="resolve", help=helptext)
        p.add_argument("kind", metavar="KIND", help=_KINDS)
        p.add_argument("--lang", dest="doc_lang", required=True, metavar="CODE", help="en, it or ro")
        if name == "set":
            src = p.add_mutually_exclusive_group(required=True)
            src.add_argument("--file", metavar="FILE", help="a UTF-8 text file ('-' reads standard input)")
            src.add_argument("--text", help="the template itself")
        p.set_defaults(handler=handler)


def _json(info: TemplateInfo, with_text: bool = True) -> dict:
    data = {
        "kind": info.kind,
        "language": info.language,
        "overridden": info.overridden,
        "updated_at": info.updated_at,
        "updated_by": info.updated_by,
    }
    if with_text:
        data["text"] = info.text
    return data


def cmd_list(app, args) -> int:
    from app.services import documents

    rows = documents.list_templates(app.ctx)
    if app.json:
        print_json([_json(r, with_text=False) for r in rows])
        return 0
    print_table(
        ["kind", "lang", "wording", "changed by"],
        [
            (
                r.kind,
                r.language,
                translate("shop's own") if r.overridden else translate("shipped"),
                r.updated_by,
            )
            for r in rows
        ],
    )
    return 0


def cmd_show(app, args) -> int:
    from app.services import documents

    info = documents.get_template(app.ctx, args.kind, args.doc_lang)
    if app.json:
        print_json(_json(info))
    else:
        sys.stdout.write(info.text.rstrip("\n") + "\n")
    return 0


def _read(args) -> str:
    if args.text is not None:
        return args.text
    if args.file == "-":
        try:
            return check_utf8(sys.stdin.read(), translate("Standard input"))
        except UnicodeDecodeError:
            raise ValidationError("{path} is not UTF-8 text.", path="-") from None
    try:
        return Path(args.file).expanduser().read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError("There is no file {path}.", path=args.file) from None
    except UnicodeDecodeError:
        raise ValidationError("{path} is not UTF-8 text.", path=args.file) from None
    except OSError as exc:
        raise ValidationError(
            "Cannot read {path}: {reason}", path=args.file, reason=exc.strerror or str(exc)
        ) from None


def cmd_set(app, args) -> int:
    from app.services import documents

    info = documents.set_template(app.ctx, args.kind, args.doc_lang, _read(args))
    if app.json:
        print_json(_json(info, with_text=False))
    else:
        print(translate("Template {kind} ({language}) saved.", kind=info.kind, language=info.language))
    return 0


def cmd_reset(app, args) -> int:
    from app.services import documents

    info = documents.reset_template(app.ctx, args.kind, args.doc_lang)
    if app.json:
        print_json(_json(info, with_text=False))
    else:
        print(
            translate(
                "Template {kind} ({language}) is the shipped wording again.",
                kind=info.kind,
                language=info.language,
            )
        )
    return 0
