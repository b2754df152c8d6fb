"""Customers: search, and a customer's orders and cases."""
