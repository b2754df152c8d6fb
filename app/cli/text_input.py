"""Text that reaches the command line from outside — arguments, environment variables, standard input — checked
to be real UTF-8 before any of it is used.

Python turns bytes that are not UTF-8 into lone surrogates (``\\udcff``) instead of failing; such a string reaches
a database driver or a password hash and breaks there with a traceback. Here it is refused with one line.
"""

from __future__ import annotations

import argparse
import sys

from app.errors import ValidationError


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _shown(value: str) -> str:
    """The text as far as it can be shown, the bad bytes as ``?``."""
    return value.encode("utf-8", "replace").decode("utf-8")


def check_utf8(value: str, what: str, *, secret: bool = False) -> str:
    """``value`` when it is real text; else a refusal that names where it came from (and shows the text, unless
    it is a ``secret`` such as a password)."""
    if _has_surrogates(value):
        if secret:
            raise ValidationError("{what} is not valid UTF-8 text.", what=what)
        raise ValidationError("{what} is not valid UTF-8 text: {text}", what=what, text=_shown(value)[:80])
    return value


def check_args(args: argparse.Namespace) -> None:
    """Every text argument of a parsed command line (a note, a name, a file name) is real UTF-8."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str):
                check_utf8(item, f"“{name}”", secret="password" in name)


def read_stdin_line(what: str, *, secret: bool = False) -> str:
    """One line of standard input, refused clearly when it is not UTF-8 (whatever the terminal's encoding)."""
    try:
        line = sys.stdin.readline()
    except UnicodeDecodeError:
        raise ValidationError("{what} is not valid UTF-8 text.", what=what) from None
    return check_utf8(line.rstrip("\r\n"), what, secret=secret)
