"""Two workstations redeem the same voucher at the same moment: together they never spend more than it holds.

Real processes (``multiprocessing`` with a barrier), each with its own connection, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp

from app.services import credit
from app.services.context import ServiceContext
from app.services.database import open_database

ROUNDS = 3


def _redeem(url, actor, code, order, barrier, results) -> None:
    db = open_database(url, upgrade=False)
    ctx = ServiceContext(db, actor)
    barrier.wait(timeout=30)
    try:
        r = credit.redeem(ctx, code, order_number=order, order_total="100")
        results.put(("ok", r.applied.minor))
    except Exception as exc:  # noqa: BLE001 - the parent checks what happened
        results.put((type(exc).__name__, str(exc)))
    finally:
        db.dispose()


def test_two_processes_redeeming_one_code_never_apply_more_than_the_balance(shop):
    url = shop.db.engine.url.render_as_string(hide_password=False)
    ctx = shop.as_(shop.agent)
    fork = mp.get_context("fork")
    for round_ in range(ROUNDS):
        g = credit.grant_credit(ctx, "stefan.tarana@example.ro", "20", reason="race")
        barrier, results = fork.Barrier(2), fork.Queue()
        # two different orders, each allowing 30.00: only the voucher's 20.00 limits them together
        procs = [
            fork.Process(target=_redeem, args=(url, shop.agent, g.code, f"R{round_}-{i}", barrier, results))
            for i in range(2)
        ]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=60) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        applied = sum(minor for kind, minor in outcomes if kind == "ok")
        assert applied == 2000, outcomes  # the first takes it all; the second finds nothing left
        refused = [o for o in outcomes if o[0] != "ok"]
        assert refused == [] or refused[0] == ("RedemptionRefusedError", "There is no credit left to use.")
        assert credit.find_voucher(ctx, g.code).balance.minor == 0
    assert credit.check_ledger(shop.as_(shop.supervisor)).ok
