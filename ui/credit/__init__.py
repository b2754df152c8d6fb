"""Store credit: vouchers, look-up, redemption and campaigns."""
