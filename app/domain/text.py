"""Text as search sees it: lower case, accents removed, so ``Ștefan`` is found by ``stefan`` and ``NICCOLO``.

The same function normalises what is stored (``search_text`` columns) and what is typed, so the two always
agree on both databases.
"""

from __future__ import annotations

import re
import unicodedata

#: Letters that do not decompose into base + accent under NFKD.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
    }
)
_TOKEN = re.compile(r"[0-9a-z]+")


def fold(text: str | None) -> str:
    """``"Ștefan Țărână, Müller"`` → ``"stefan tarana, muller"``."""
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def tokens(text: str | None) -> list[str]:
    """The words search matches on: runs of ASCII letters and digits of the folded text."""
    return _TOKEN.findall(fold(text))


def digits(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit())


def search_document(*parts: str | None) -> str:
    """One normalised string holding every token of ``parts`` (and phone numbers as plain digits)."""
    words: list[str] = []
    for part in parts:
        words.extend(tokens(part))
    return " ".join(words)


def clean_text(text: str | None) -> str:
    """Text typed by a person, safe to store: NUL and other control characters (but newlines and tabs) removed."""
    if not text:
        return ""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()


def phone_forms(phone: str | None) -> str:
    """A phone number as callers read it: all digits, and without the country code (``+39 333…`` → ``333…``)."""
    raw = (phone or "").strip()
    all_digits = digits(raw)
    if not all_digits:
        return ""
    forms = [all_digits]
    if raw.startswith("+") or raw.startswith("00"):
        international = all_digits[2:] if raw.startswith("00") else all_digits
        forms.extend(international[n:] for n in (1, 2, 3))
    elif all_digits.startswith("0"):
        forms.append(all_digits[1:])
    return " ".join(forms)
