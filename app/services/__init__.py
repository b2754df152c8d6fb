"""Use cases: the only way in for the CLI and the desktop client.

Each public function takes a :class:`~app.services.context.ServiceContext` (database + acting user), checks
permissions, runs in one transaction and returns plain dataclasses — never ORM objects — so callers cannot
touch the store behind the service's back.
"""

# Approvals register the check that keeps a case with a pending request from closing; import it wherever
# cases are used (every service import passes through this package).
from app.services import approvals as _approvals  # noqa: E402, F401
