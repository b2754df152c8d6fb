"""The import wizard for shop files."""
