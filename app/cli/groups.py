"""Command groups shared by several modules (``case open`` lives with cases, ``case propose`` with remedies).

Each command module asks for its group by name; the first to ask creates it, the others add to it, so no
module edits another's file to add a command.
"""

from __future__ import annotations

import argparse

_HELP = {
    "case": "open, find and work on cases",
    "customer": "find customers and see who they are",
    "credit": "store credit: grants, balances, redemptions",
    "print": "print notes, vouchers and case sheets to PDF",
    "import": "import orders and customers from the shop",
    "export": "export vouchers and the credit ledger",
    "report": "figures for supervisors",
    "approvals": "credit requests above a limit: list, approve, reject",
    "audit": "the audit log: verify the chain, list entries",
    "campaign": "credit for many customers at once: issue, list",
    "mapping": "saved column mappings for other shops' CSV files",
    "template": "the shop's own wording of notes and e-mails",
    "db": "the database: roles and checks",
    "user": "users and passwords",
}


def group(sub: argparse._SubParsersAction, name: str) -> argparse._SubParsersAction:
    """The sub-command set of group ``name`` (``rimedio NAME ACTION``), created on first use."""
    groups: dict[str, argparse._SubParsersAction] = sub.__dict__.setdefault("_rimedio_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=_HELP.get(name, name))
        groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    return groups[name]
