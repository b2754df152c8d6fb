"""Running the ``rimedio`` command inside a test and reading what it printed."""

from __future__ import annotations

from ui.entry import main


def run(capsys, *argv):
    """Exit code, standard output and standard error of one ``rimedio`` call."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *argv) -> str:
    """Standard error of a call that must be refused: exit 1 and one line, never a traceback. The one place that
    says what a refusal at the command line looks like."""
    code, out, err = run(capsys, *argv)
    assert code == 1, (argv, out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err
