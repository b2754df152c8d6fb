"""The PySide6 desktop client. It calls ``app.services`` only; it never touches the store or SQL."""
