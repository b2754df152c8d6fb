"""A believable demo shop, the same every time for the same seed: customers, 18 months of orders, cases, users.

"Bottega Aurora" sells ceramics, linen and kitchenware to Italy, Romania and the UK. The demo only fills an
empty database, and its users' passwords are their names — for trying the program, never for real work.

One job per module: :mod:`.build` (the one transaction, settings and users), :mod:`.data` (names, products,
case summaries), :mod:`.shop` (customers and orders), :mod:`.cases`, :mod:`.credit` (vouchers, spending, approval
requests) and :mod:`.well_known` (what the README's examples name). Import the public names from here.
"""

from app.services.demo.build import DEMO_USERS, EXTRA_STEPS, SHOP, DemoStep, DemoSummary, build_demo
from app.services.demo.data import PRODUCTS

__all__ = ["DEMO_USERS", "EXTRA_STEPS", "PRODUCTS", "SHOP", "DemoStep", "DemoSummary", "build_demo"]
