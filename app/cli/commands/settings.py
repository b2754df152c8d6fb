"""``rimedio settings show|set``."""

from __future__ import annotations

from app.cli.output import print_json, print_table
from app.i18n import translate
from app.services import settings


def register(sub, common) -> None:
    p = sub.add_parser(
        "settings",
        help="shop settings (costs, limits, deadlines, letterhead)",
        description="Shop settings, shared by the team. `settings show --json` gives each key's value, "
        "default, unit and meaning.",
    )
    s = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sh = s.add_parser(
        "show", parents=[common()], help="every setting with its value, unit, default and meaning"
    )
    sh.set_defaults(handler=cmd_show)
    st = s.add_parser("set", parents=[common()], help="change a setting (admins)")
    st.add_argument("key")
    st.add_argument("value")
    st.set_defaults(handler=cmd_set)


def cmd_show(app, args) -> int:
    rows = settings.list_settings(app.ctx)
    if app.json:
        print_json(
            {
                r.key: {
                    "value": r.value,
                    "default": r.default,
                    "unit": r.unit,
                    "meaning": r.help,
                    "kind": r.kind,
                    "label": r.label,
                }
                for r in rows
            }
        )
        return 0
    print_table(
        [translate("key"), translate("value"), translate("unit"), translate("default"), translate("meaning")],
        [(r.key, r.value, translate(r.unit) if r.unit else "", r.default, r.help) for r in rows],
        max_width=60,
    )
    return 0


def cmd_set(app, args) -> int:
    row = settings.set_setting(app.ctx, args.key, args.value)
    if app.json:
        print_json({"key": row.key, "value": row.value})
    else:
        print(translate("{key} = {value}", key=row.key, value=row.value))
    return 0
