"""Reading shop exports (Shopify, WooCommerce, PrestaShop, any CSV through a column mapping) into plain
records, and writing voucher, ledger and reject CSV files.

This package works on files and plain data only: it never opens a database session and never imports Qt.
The store turns its records into upserts; the UI and the CLI show its problems.
"""

from app.imports.detect import detect_format
from app.imports.parse import ParseResult, parse_customers, parse_orders

__all__ = ["ParseResult", "detect_format", "parse_customers", "parse_orders"]
