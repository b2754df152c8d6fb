"""Rimedio: after-sale customer care — cases, remedies, store credit and the paper that goes with them.

Everything under ``app`` is free of Qt so that the CLI, the tests and the desktop client share one core.
"""

__version__ = "0.1.0"
