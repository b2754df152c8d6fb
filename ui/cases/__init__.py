"""Cases: the new-case dialog and the case view with its panels."""
