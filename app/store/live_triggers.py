"""The change feed's triggers (migration 0012), generated for each dialect from one description.

Why triggers: every path that changes a case — the window, the command line, an import, a retry — goes through
them, so no workstation misses a change because some service forgot to announce it.

Each watched table says which change *kind* it is and where the case, the customer and the acting user are. On
PostgreSQL a row trigger sends ``NOTIFY rimedio_live, 'kind:case:customer:actor'`` (delivered at commit, to the
listeners of this database only; identical payloads of one transaction are sent once). On SQLite the same row is
appended to ``change_log`` and a workstation reads the rows after the last it saw when ``PRAGMA data_version``
says another connection committed; the log keeps its last :data:`KEEP` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHANNEL = "rimedio_live"
KEEP = 10_000


@dataclass(frozen=True)
class Watched:
    table: str
    kind: str
    events: tuple[str, ...]
    case: str  # an expression over the new row ``r``
    customer: str
    actor: str
    when: str = ""  # SQLite: a condition for UPDATE (changes that are not worth a refresh are left out)


_GRANT_CASE = "(SELECT g.case_id FROM credit_grants AS g WHERE g.id = r.grant_id)"
_GRANT_CUSTOMER = "(SELECT g.customer_id FROM credit_grants AS g WHERE g.id = r.grant_id)"

WATCHED = (
    Watched(
        "cases",
        "case",
        ("INSERT", "UPDATE"),
        "r.id",
        "r.customer_id",
        "coalesce(r.updated_by_id, r.created_by_id)",
    ),
    Watched("case_events", "event", ("INSERT",), "r.case_id", "NULL", "r.actor_id"),
    Watched(
        "approval_requests",
        "approval",
        ("INSERT", "UPDATE"),
        "r.case_id",
        "r.customer_id",
        "coalesce(r.decided_by_id, r.requested_by_id)",
    ),
    Watched("credit_grants", "credit", ("INSERT",), "r.case_id", "r.customer_id", "r.created_by_id"),
    Watched("credit_entries", "credit", ("INSERT",), _GRANT_CASE, _GRANT_CUSTOMER, "r.by_id"),
    # a heartbeat that only moves seen_at is not news; arriving, leaving and starting/stopping to type are
    Watched(
        "case_presence",
        "presence",
        ("INSERT", "UPDATE", "DELETE"),
        "r.case_id",
        "NULL",
        "r.user_id",
        when="OLD.typing IS NOT NEW.typing",
    ),
    Watched("notifications", "notify", ("INSERT",), "r.case_id", "NULL", "r.user_id"),
)


def _name(w: Watched, event: str) -> str:
    return f"live_{w.table}_{event.lower()}"


def trigger_ddl(dialect: str) -> list[str]:
    """CREATE statements of the feed's triggers for ``dialect`` (``sqlite`` or ``postgresql``)."""
    out: list[str] = []
    if dialect == "sqlite":
        out.append(
            f"CREATE TRIGGER live_change_log_prune AFTER INSERT ON change_log BEGIN "
            f"DELETE FROM change_log WHERE id <= NEW.id - {KEEP}; END"
        )
        for w in WATCHED:
            for event in w.events:
                row = "OLD" if event == "DELETE" else "NEW"

                def on(expr: str, row: str = row) -> str:
                    return re.sub(r"\br\.", f"{row}.", expr)

                when = f" WHEN {w.when}" if event == "UPDATE" and w.when else ""
                out.append(
                    f"CREATE TRIGGER {_name(w, event)} AFTER {event} ON {w.table} FOR EACH ROW{when} BEGIN "
                    f"INSERT INTO change_log (kind, case_id, customer_id, actor_id) VALUES "
                    f"('{w.kind}', {on(w.case)}, {on(w.customer)}, {on(w.actor)}); END"
                )
        return out
    # PostgreSQL: one function, told per table where to look
    out.append(f"""
CREATE OR REPLACE FUNCTION rimedio_live_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
    case_id bigint;
    customer_id bigint;
    actor_id bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    IF TG_TABLE_NAME = 'cases' THEN
        case_id := r.id; customer_id := r.customer_id; actor_id := coalesce(r.updated_by_id, r.created_by_id);
    ELSIF TG_TABLE_NAME = 'case_events' THEN
        case_id := r.case_id; actor_id := r.actor_id;
    ELSIF TG_TABLE_NAME = 'approval_requests' THEN
        case_id := r.case_id; customer_id := r.customer_id;
        actor_id := coalesce(r.decided_by_id, r.requested_by_id);
    ELSIF TG_TABLE_NAME = 'credit_grants' THEN
        case_id := r.case_id; customer_id := r.customer_id; actor_id := r.created_by_id;
    ELSIF TG_TABLE_NAME = 'credit_entries' THEN
        SELECT g.case_id, g.customer_id INTO case_id, customer_id FROM credit_grants AS g WHERE g.id = r.grant_id;
        actor_id := r.by_id;
    ELSIF TG_TABLE_NAME IN ('case_presence', 'notifications') THEN
        case_id := r.case_id; actor_id := r.user_id;
    END IF;
    PERFORM pg_notify('{CHANNEL}', concat(TG_ARGV[0], ':', case_id, ':', customer_id, ':', actor_id));
    RETURN NULL;
END $$""")
    for w in WATCHED:
        plain = [e for e in w.events if not (e == "UPDATE" and w.when)]
        out.append(
            f"CREATE TRIGGER live_{w.table} AFTER {' OR '.join(plain)} ON {w.table} FOR EACH ROW "
            f"EXECUTE FUNCTION rimedio_live_notify('{w.kind}')"
        )
        if len(plain) < len(w.events):
            when = w.when.replace(" IS NOT ", " IS DISTINCT FROM ")
            out.append(
                f"CREATE TRIGGER live_{w.table}_update AFTER UPDATE ON {w.table} FOR EACH ROW "
                f"WHEN ({when}) EXECUTE FUNCTION rimedio_live_notify('{w.kind}')"
            )
    return out


def drop_trigger_ddl(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["DROP TRIGGER IF EXISTS live_change_log_prune"] + [
            f"DROP TRIGGER IF EXISTS {_name(w, e)}" for w in WATCHED for e in w.events
        ]
    return [
        f"DROP TRIGGER IF EXISTS live_{w.table}{tail} ON {w.table}"
        for w in WATCHED
        for tail in ("", "_update")
    ] + ["DROP FUNCTION IF EXISTS rimedio_live_notify()"]
