"""Rimedio's document engine: apology notes, store-credit vouchers, case sheets and the e-mail that carries them.

It works on plain data (:mod:`app.documents.data`) and returns PDF bytes; it must never open a database session,
import Qt or decide business rules (who gets credit, how much): those come from the services.
"""
