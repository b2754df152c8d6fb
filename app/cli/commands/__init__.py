"""One module per area; each exposes ``register(subparsers, common_options)``. Discovered by ``app.cli.main``."""
