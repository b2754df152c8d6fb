"""Shop files into the database: orders and customers upserted so that importing a file twice changes nothing,
all or nothing by default, redemptions of our vouchers taken from the orders' discount codes, saved mappings.

An import reads the file once, streamed (``app.imports`` parses it), and writes in chunks of ``CHUNK`` orders
or customers with set-based statements: one ``IN`` query finds what exists, Core ``insert()`` adds what is new,
a field-by-field comparison decides what changed. Everything happens in one transaction, which is rolled back
for a dry run, a cancelled run, and (unless ``keep_good``) a file with any bad row — so the database is either
as before or has the whole file. The report counts created / updated / unchanged and lists every refused row.

Matching: an order by its shop and number; a customer by the shop's customer id, then the e-mail address, then
the import key the parser gave (phone, name and postcode, or a guest of one order), which is remembered in
``customer_import_keys``. A customer's details come from their newest order, so an older file never undoes a
newer one. When a name, e-mail or phone changes, the ``search_text`` of the customer's orders and cases follow.

This package never loads a whole file, never writes one row per ORM flush, and never imports Qt. One job per
module: :mod:`.run` (the entry points and one run), :mod:`.report` (what a run returns), :mod:`.mappings` (saved
column mappings), :mod:`.refusals` (refused rows, the rejects file), :mod:`.progress` (the progress callback),
:mod:`.customers` and :mod:`.orders` (the writers), :mod:`.batch` (set-based statements),
:mod:`.search_text` (search text that follows a changed customer), :mod:`.redemptions` (our voucher codes on
imported orders) and :mod:`.provisional` (counter redemptions checked when their order arrives). Import the
public names from here.
"""

from app.services.shop_import.mappings import MappingInfo, list_mappings, save_mapping
from app.services.shop_import.progress import Progress
from app.services.shop_import.refusals import save_rejects_copy
from app.services.shop_import.report import DateOrderNeeded, ImportReport, RedemptionOutcome, RowIssue
from app.services.shop_import.run import CUSTOMER_FORMATS, ORDER_FORMATS, import_customers, import_orders

__all__ = [
    "CUSTOMER_FORMATS",
    "ORDER_FORMATS",
    "DateOrderNeeded",
    "ImportReport",
    "MappingInfo",
    "Progress",
    "RedemptionOutcome",
    "RowIssue",
    "import_customers",
    "import_orders",
    "list_mappings",
    "save_mapping",
    "save_rejects_copy",
]
