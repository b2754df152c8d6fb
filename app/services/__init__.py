"""Use cases: the only way in for the CLI and the desktop client.

Each public function takes a :class:`~app.services.context.ServiceContext` (database + acting user), checks
permissions, runs in one transaction and returns plain dataclasses — never ORM objects — so callers cannot
touch the store behind the service's back.
"""
