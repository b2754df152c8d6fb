"""``rimedio mail CASE_ID`` (the note and voucher to the customer) and ``rimedio smtp show|set|forget``.

The SMTP password is read from ``RIMEDIO_SMTP_PASSWORD`` or asked for in a terminal, and kept only in this
workstation's keyring.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from app.cli.output import print_fields, print_json
from app.i18n import translate

if TYPE_CHECKING:
    from app.services import mail


def register(sub, common) -> None:
    m = sub.add_parser(
        "mail",
        parents=[common()],
        conflict_handler="resolve",
        help="e-mail a case's note (and voucher) to the customer as a PDF",
    )
    m.add_argument("case_id", type=int, metavar="CASE_ID")
    m.add_argument(
        "--lang", dest="doc_lang", metavar="CODE", help="language of the mail (default: the customer's)"
    )
    m.add_argument(
        "--remedy-text", help="what the shop is doing, in the customer's words (default: the remedy chosen)"
    )
    m.set_defaults(handler=cmd_mail)
    p = sub.add_parser("smtp", help="the mail server that sends notes to customers")
    s = p.add_subparsers(dest="smtp_command", metavar="ACTION", required=True)
    sh = s.add_parser("show", parents=[common()], help="where mail goes out")
    sh.set_defaults(handler=cmd_show)
    st = s.add_parser(
        "set",
        parents=[common()],
        help="set the mail server (admins); password from RIMEDIO_SMTP_PASSWORD or a prompt",
    )
    st.add_argument("--host", required=True)
    st.add_argument("--port", type=int, default=587)
    st.add_argument("--security", default="starttls", help="starttls, ssl or none (local relay only)")
    st.add_argument(
        "--login", dest="smtp_user", default="", help="user name on the mail server (empty: no login)"
    )
    st.add_argument("--sender", default="", help="From address (default: shop.email)")
    st.set_defaults(handler=cmd_set)
    fg = s.add_parser(
        "forget", parents=[common()], help="remove the mail server's password from this computer"
    )
    fg.set_defaults(handler=cmd_forget)


def cmd_mail(app, args) -> int:
    from app.services import mail

    result = mail.mail_case(app.ctx, args.case_id, lang=args.doc_lang, remedy_text=args.remedy_text)
    if app.json:
        print_json(
            {
                "case": result.case_id,
                "to": result.to,
                "subject": result.subject,
                "message_id": result.message_id,
                "attachments": list(result.attachments),
                "code": result.code or None,
            }
        )
    else:
        print(translate("Mailed to {to}: {subject}", to=result.to, subject=result.subject))
    return 0


def _show(info: mail.SmtpInfo, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "host": info.host or None,
                "port": info.port,
                "security": info.security,
                "user": info.user or None,
                "sender": info.sender or None,
                "password_stored": info.password_stored,
                "configured": info.configured,
            }
        )
        return
    print_fields(
        [
            (translate("server"), f"{info.host}:{info.port}" if info.host else None),
            (translate("security"), info.security),
            (translate("user"), info.user or None),
            (translate("sender"), info.sender or None),
            (translate("password in keyring"), info.password_stored if info.user else None),
        ]
    )


def cmd_show(app, args) -> int:
    from app.services import mail

    _show(mail.smtp_info(app.ctx), app.json)
    return 0


def cmd_set(app, args) -> int:
    from app.services import mail

    password = None
    if args.smtp_user:
        password = os.environ.get("RIMEDIO_SMTP_PASSWORD")
        if password is None and sys.stdin.isatty():
            password = (
                getpass.getpass(
                    translate("Password of {user} on {host}: ", user=args.smtp_user, host=args.host)
                )
                or None
            )
    info = mail.configure_smtp(
        app.ctx,
        host=args.host,
        port=args.port,
        security=args.security,
        user=args.smtp_user,
        sender=args.sender,
        password=password,
    )
    _show(info, app.json)
    return 0


def cmd_forget(app, args) -> int:
    from app.services import mail

    mail.forget_smtp_password(app.ctx)
    if app.json:
        print_json({"forgotten": True})
    else:
        print(translate("The mail server's password is no longer kept on this computer."))
    return 0
