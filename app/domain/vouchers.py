"""Store-credit voucher codes: made with ``secrets``, read aloud on the phone, checked on the way back in.

A code is 8 data symbols (40 random bits) and 1 check symbol, all from Crockford's base32 alphabet, which has no
``I``, ``L``, ``O`` or ``U`` so nothing can be misread. It is *shown* grouped with the shop's prefix
(``RIM-7K3Q-9XTM-C``), *exported* to shop platforms without hyphens (``RIM7K3Q9XTMC``, 9–20 letters and digits)
and *stored* in its canonical form, the 9 symbols alone (``7K3Q9XTMC``), which is what :func:`parse` returns.

The check symbol. Read each symbol as an element of the field GF(32) (its index in the alphabet, as a 5-bit
polynomial modulo the primitive ``x⁵ + x² + 1``), and let ``α`` be the field's generator. The symbols
``d₀ … d₇`` and the check ``c`` satisfy ``α⁸·d₀ + α⁷·d₁ + … + α¹·d₇ + α⁰·c = 0``. Every weight is non-zero and
no two are equal (α has order 31 > 9), and a field has no zero divisors, so:

* one wrong symbol (``d → d + e``, ``e ≠ 0``) changes the sum by ``wᵢ·e ≠ 0``;
* two symbols swapped (``dᵢ ≠ dⱼ``) change it by ``(wᵢ + wⱼ)·(dᵢ + dⱼ) ≠ 0`` — neighbours or not, the check
  symbol included;
* a "twin" error (``aa → bb``) changes it by ``(wᵢ + wᵢ₊₁)·(a + b) ≠ 0``.

Unlike Crockford's mod-37 check (whose extra symbols ``*~$=U`` are not all letters or digits), the check symbol
is one of the 32 data symbols, so the exported form is always alphanumeric and parses back unchanged.
``tests/domain/test_vouchers.py`` checks the claim exhaustively on 10,000 random codes.

Look-up forgives what people do: any case, spaces and hyphens anywhere, ``O`` read as ``0``, ``I`` and ``L`` as
``1``. A refusal says *what* was wrong (:class:`CodeProblem`) so the screen can help the agent.

This module never touches the database: it cannot know whether a code exists or is already taken. The store
keeps canonical codes in a unique column and draws a new one on the (one in a trillion) collision.
"""

from __future__ import annotations

import math
import secrets
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from app.errors import ValidationError

#: Crockford's base32: digits and upper-case letters without I, L, O, U.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Random symbols in a code.
DATA_LENGTH = 8
#: Symbols in a canonical code: the data and one check symbol.
CODE_LENGTH = DATA_LENGTH + 1
#: Bits of randomness in a code: 8 × log2(32) = 40.
ENTROPY_BITS = DATA_LENGTH * math.log2(len(ALPHABET))
DEFAULT_PREFIX = "RIM"
#: Longest prefix that keeps the exported form within 20 characters.
MAX_PREFIX_LENGTH = 20 - CODE_LENGTH
GROUP = 4

_BITS = 5
_POLY = 0b100101  # x^5 + x^2 + 1, primitive over GF(2)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_DROP_VALID = str.maketrans(dict.fromkeys(ALPHABET))
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_"


def _gf_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 62
    log = [0] * 32
    x = 1
    for i in range(31):
        exp[i] = exp[i + 31] = x
        log[x] = i
        x <<= 1
        if x & 0b100000:
            x ^= _POLY
    return exp, log


_EXP, _LOG = _gf_tables()


def _mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


#: Weight of each position, left to right: α⁸ … α¹ for the data, α⁰ = 1 for the check symbol.
_WEIGHTS = tuple(_EXP[CODE_LENGTH - 1 - i] for i in range(CODE_LENGTH))
#: For each position, symbol → weight·value, so the check sum is nine look-ups and XORs.
_TERMS = tuple({ch: _mul(w, v) for ch, v in _VALUE.items()} for w in _WEIGHTS)
if CODE_LENGTH != 9 or len(set(_WEIGHTS)) != CODE_LENGTH or 0 in _WEIGHTS:  # pragma: no cover
    raise RuntimeError("the check-sum weights must be 9 distinct non-zero field elements")

# Normalisation: ASCII letters to upper case, look-alikes to digits, separators dropped.
_NORMALISE = str.maketrans(
    {
        **{c: c.upper() for c in "abcdefghijklmnopqrstuvwxyz"},
        "o": "0",
        "O": "0",
        "i": "1",
        "I": "1",
        "l": "1",
        "L": "1",
        **dict.fromkeys(_DASHES),
        **dict.fromkeys(" \t\u00a0\u202f\u2009"),
    }
)


class CodeProblem(StrEnum):
    """Why a typed code was refused; the UI may point at the problem with it."""

    EMPTY = "empty"
    WRONG_LENGTH = "wrong_length"
    INVALID_CHARACTER = "invalid_character"
    WRONG_PREFIX = "wrong_prefix"
    CHECK_MISMATCH = "check_mismatch"


class VoucherCodeError(ValidationError):
    """A voucher code that cannot be read, with :attr:`problem` and, for a bad character, which and where."""

    def __init__(self, problem: CodeProblem, msgid: str, char: str = "", position: int = 0, **params: object):
        self.problem = problem
        self.char = char
        self.position = position
        super().__init__(msgid, char=char, position=position, **params)


class CodeCheck(NamedTuple):
    """The outcome of reading a code: the canonical ``code``, or a ``problem`` (with the bad character and
    its 1-based position among the letters and digits typed)."""

    code: str | None
    problem: CodeProblem | None = None
    char: str = ""
    position: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_prefix(prefix: str) -> str:
    """The shop's prefix, upper-cased, or a refusal: 0 to 11 ASCII letters and digits."""
    text = (prefix or "").strip().upper()
    if len(text) > MAX_PREFIX_LENGTH or not (text.isascii() and (text.isalnum() or not text)):
        raise ValidationError(
            "The voucher prefix must be up to {count} letters or digits, without spaces or accents.",
            count=MAX_PREFIX_LENGTH,
        )
    return text


def check_symbol(data: str) -> str:
    """The check symbol for 8 canonical data symbols."""
    if len(data) != DATA_LENGTH or any(ch not in _VALUE for ch in data):
        raise ValueError(f"not {DATA_LENGTH} canonical symbols: {data!r}")
    total = 0
    for terms, ch in zip(_TERMS, data, strict=False):
        total ^= terms[ch]
    return ALPHABET[total]  # the check's weight is 1, and in GF(2^5) minus is plus


def _check_sum(code: str) -> int:
    """Zero exactly when ``code`` (9 canonical symbols) carries a matching check symbol."""
    t = _TERMS
    return (
        t[0][code[0]]
        ^ t[1][code[1]]
        ^ t[2][code[2]]
        ^ t[3][code[3]]
        ^ t[4][code[4]]
        ^ t[5][code[5]]
        ^ t[6][code[6]]
        ^ t[7][code[7]]
        ^ t[8][code[8]]
    )


def generate() -> str:
    """A new canonical code: 40 bits from :mod:`secrets` and the check symbol (``7K3Q9XTMC``)."""
    bits = secrets.randbits(DATA_LENGTH * _BITS)
    data = "".join(ALPHABET[(bits >> (_BITS * i)) & 0b11111] for i in range(DATA_LENGTH))
    return data + check_symbol(data)


def normalise(text: str) -> str:
    """What the agent typed, as symbols: upper case, no spaces or hyphens, ``O`` → ``0``, ``I``/``L`` → ``1``."""
    text = text or ""
    if text.isascii():  # the usual case, quicker than translate(); upper() is safe on ASCII only (ß → SS)
        symbols = text.upper()
        if not symbols.isalnum():
            symbols = "".join(symbols.replace("-", " ").replace("_", " ").split())
        return symbols.replace("O", "0").replace("I", "1").replace("L", "1")
    symbols = text.translate(_NORMALISE)
    return symbols if symbols.isalnum() else "".join(symbols.split())


def check_code(text: str, prefix: str = DEFAULT_PREFIX) -> CodeCheck:
    """Read a typed, printed or exported code without raising; see :func:`parse`."""
    symbols = normalise(text)
    if not symbols:
        return CodeCheck(None, CodeProblem.EMPTY)
    head = _normalised_prefix(prefix)
    offset = 0
    if len(symbols) == len(head) + CODE_LENGTH and head:
        if symbols[: len(head)] != head:
            return CodeCheck(None, CodeProblem.WRONG_PREFIX)
        offset = len(head)
    elif len(symbols) != CODE_LENGTH:
        if head and symbols.startswith(head):
            offset = len(head)
        bad = _first_invalid(symbols, offset)
        return bad or CodeCheck(None, CodeProblem.WRONG_LENGTH)
    bad = _first_invalid(symbols, offset)
    if bad:
        return bad
    code = symbols[offset:]
    if _check_sum(code):
        return CodeCheck(None, CodeProblem.CHECK_MISMATCH)
    return CodeCheck(code)


@cache
def _normalised_prefix(prefix: str) -> str:
    return normalise(check_prefix(prefix))


def _first_invalid(symbols: str, offset: int) -> CodeCheck | None:
    if not symbols[offset:].translate(_DROP_VALID):
        return None
    for i in range(offset, len(symbols)):
        if symbols[i] not in _VALUE:
            return CodeCheck(None, CodeProblem.INVALID_CHARACTER, symbols[i], i + 1)
    return None


def is_valid(text: str, prefix: str = DEFAULT_PREFIX) -> bool:
    """True when :func:`parse` would accept ``text``."""
    return check_code(text, prefix).ok


def parse(text: str, prefix: str = DEFAULT_PREFIX) -> str:
    """The canonical code (``7K3Q9XTMC``) of a grouped (``rim-7k3q-9xtm-c``), exported (``RIM7K3Q9XTMC``) or bare
    (``7K3Q 9XTM C``) code, with or without the prefix; raises :class:`VoucherCodeError` saying what was wrong."""
    result = check_code(text, prefix)
    if result.code is not None:
        return result.code
    problem = result.problem or CodeProblem.EMPTY
    if problem is CodeProblem.EMPTY:
        raise VoucherCodeError(problem, "The voucher code is empty.")
    if problem is CodeProblem.WRONG_LENGTH:
        count = len(normalise(text))
        head = check_prefix(prefix)
        if head:
            raise VoucherCodeError(
                problem,
                "Wrong length: the voucher code has {count} letters and digits; it should have {expected}, "
                "or {expected_with_prefix} with {prefix} in front.",
                count=count,
                expected=CODE_LENGTH,
                expected_with_prefix=CODE_LENGTH + len(head),
                prefix=head,
            )
        raise VoucherCodeError(
            problem,
            "Wrong length: the voucher code has {count} letters and digits; it should have {expected}.",
            count=count,
            expected=CODE_LENGTH,
        )
    if problem is CodeProblem.INVALID_CHARACTER:
        raise VoucherCodeError(
            problem,
            "Not a valid character in a voucher code: {char} (position {position}).",
            result.char,
            result.position,
        )
    if problem is CodeProblem.WRONG_PREFIX:
        raise VoucherCodeError(
            problem, "The voucher code should start with {prefix}.", prefix=check_prefix(prefix)
        )
    raise VoucherCodeError(
        problem, "The check character does not match — a character was mistyped or two were swapped."
    )


def _canonical(code: str) -> str:
    if len(code) != CODE_LENGTH or any(ch not in _VALUE for ch in code) or _check_sum(code):
        raise ValueError(f"not a canonical voucher code: {code!r}")
    return code


def format_code(code: str, prefix: str = DEFAULT_PREFIX) -> str:
    """``RIM-7K3Q-9XTM-C``: for paper, screens and reading aloud. ``code`` is canonical (from :func:`parse`)."""
    code = _canonical(code)
    groups = [code[i : i + GROUP] for i in range(0, DATA_LENGTH, GROUP)] + [code[DATA_LENGTH:]]
    head = check_prefix(prefix)
    return "-".join(([head] if head else []) + groups)


def export_form(code: str, prefix: str = DEFAULT_PREFIX) -> str:
    """``RIM7K3Q9XTMC``: letters and digits only (9 to 20 of them), for shop platforms' discount codes."""
    return check_prefix(prefix) + _canonical(code)
