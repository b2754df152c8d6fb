"""Running the ``rimedio`` command inside a test and reading what it printed."""

from __future__ import annotations

from ui.entry import main


def run(capsys, *argv):
    """Exit code, standard output and standard error of one ``rimedio`` call."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
