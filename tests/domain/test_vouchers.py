"""Voucher codes: an agent reads a code aloud, the customer types it back, and every slip is caught."""

from __future__ import annotations

import ast
import json
import math
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from app.domain import vouchers
from app.domain.vouchers import (
    ALPHABET,
    CODE_LENGTH,
    DATA_LENGTH,
    ENTROPY_BITS,
    CodeProblem,
    VoucherCodeError,
    check_code,
    check_symbol,
    export_form,
    format_code,
    generate,
    is_valid,
    normalise,
    parse,
)
from app.errors import ValidationError
from app.i18n import translate

ROOT = Path(__file__).resolve().parents[2]


def random_codes(count: int, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        data = "".join(rng.choice(ALPHABET) for _ in range(DATA_LENGTH))
        out.append(data + check_symbol(data))
    return out


# --- the check symbol ---------------------------------------------------------------------------------------


def test_every_single_substitution_and_neighbour_swap_of_10000_codes_is_caught():
    codes = random_codes(10_000)
    substitutions = swaps = 0
    for code in codes:
        assert is_valid(code), code
        candidates = []
        for i, original in enumerate(code):
            head, tail = code[:i], code[i + 1 :]
            candidates.extend(head + s + tail for s in ALPHABET if s != original)
        substitutions += len(candidates)
        for i in range(CODE_LENGTH - 1):
            if code[i] != code[i + 1]:
                candidates.append(code[:i] + code[i + 1] + code[i] + code[i + 2 :])
                swaps += 1
        accepted = [c for c in candidates if is_valid(c)]
        assert not accepted, (code, accepted)
    assert substitutions == 10_000 * CODE_LENGTH * (len(ALPHABET) - 1)
    assert swaps > 10_000 * (CODE_LENGTH - 1) * 0.9  # neighbours that differ; equal ones cannot be "swapped"


def test_the_check_catches_these_errors_in_every_possible_code():
    # The check sum is the XOR of one term per position, so a single substitution is caught in *every* code
    # when each position maps distinct symbols to distinct terms, and a neighbour swap when no pair of
    # distinct symbols gives the same XOR of the two terms in both orders. 9×32×32 + 8×32×32 cases: a proof.
    terms = vouchers._TERMS
    for t in terms:
        assert len({t[s] for s in ALPHABET}) == len(ALPHABET)
    for i in range(CODE_LENGTH - 1):
        for a in ALPHABET:
            for b in ALPHABET:
                if a != b:
                    assert terms[i][a] ^ terms[i + 1][b] != terms[i][b] ^ terms[i + 1][a], (i, a, b)


def test_errors_in_the_exported_form_are_caught_too_including_across_the_prefix():
    for code in random_codes(500, seed=9):
        text = export_form(code)
        assert parse(text) == code
        for i in range(len(text)):
            for s in ALPHABET:
                typo = text[:i] + s + text[i + 1 :]
                if normalise(typo) != normalise(text):
                    assert not is_valid(typo), (text, typo)
        for i in range(len(text) - 1):
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
            if normalise(swapped) != normalise(text):
                assert not is_valid(swapped), (text, swapped)


# --- making codes -------------------------------------------------------------------------------------------


def test_entropy_is_at_least_40_bits():
    assert len(set(ALPHABET)) == 32
    assert ENTROPY_BITS == DATA_LENGTH * math.log2(len(ALPHABET)) == 40
    assert ENTROPY_BITS >= 40


def test_generated_codes_are_valid_distinct_and_use_the_whole_alphabet():
    codes = [generate() for _ in range(4000)]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == CODE_LENGTH and is_valid(c) for c in codes)
    for pos in range(DATA_LENGTH):
        seen = Counter(c[pos] for c in codes)
        assert set(seen) == set(ALPHABET)
        assert max(seen.values()) < 4000 / 32 * 2  # uniform: 125 expected per symbol, 250 would be absurd


def test_the_alphabet_has_no_look_alikes():
    assert not set("ILOU") & set(ALPHABET)
    assert ALPHABET == "".join(sorted(ALPHABET))


# --- reading codes back -------------------------------------------------------------------------------------


def test_grouped_exported_and_bare_forms_round_trip():
    for code in random_codes(300, seed=1):
        grouped = format_code(code)
        assert re.fullmatch(r"RIM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]", grouped)
        exported = export_form(code)
        assert exported.isalnum() and exported.isascii() and 8 <= len(exported) <= 20
        assert "-" not in exported
        for text in (
            grouped,
            exported,
            code,
            grouped.lower(),
            f"  {exported.lower()} ",
            code[:4] + " " + code[4:],
        ):
            assert parse(text) == code


def test_example_from_the_phone():
    code = parse("RIM-7K3Q-9XTM-" + check_symbol("7K3Q9XTM"))
    assert format_code(code) == f"RIM-7K3Q-9XTM-{code[-1]}"
    assert export_form(code) == f"RIM7K3Q9XTM{code[-1]}"


@pytest.mark.parametrize("prefix", ["", "RIM", "SHOP", "OIL", "ABCDEFGHIJK"])
def test_any_prefix_round_trips_and_exports_within_20(prefix):
    for code in random_codes(50, seed=len(prefix)):
        exported = export_form(code, prefix)
        assert exported.isalnum() and 9 <= len(exported) <= 20
        assert parse(exported, prefix) == code
        assert parse(format_code(code, prefix), prefix) == code
        assert parse(code, prefix) == code


def test_bad_prefixes_are_refused():
    for prefix in ("ABCDEFGHIJKL", "RÎM", "R-M", "R M"):
        with pytest.raises(ValidationError):
            format_code(random_codes(1)[0], prefix)


def test_look_alikes_are_read_as_digits():
    data = "01H0L1D0"  # not canonical: L is not a symbol; canonical is 01H011D0
    canonical = "01H011D0"
    code = canonical + check_symbol(canonical)
    assert parse(data + code[-1]) == code
    spoken = "rim - oih oli do " + code[-1].lower()
    assert parse(spoken) == code
    assert parse("RIM\u00a001H0\u20131lD0\u2013" + code[-1]) == code


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", CodeProblem.EMPTY),
        ("  - ", CodeProblem.EMPTY),
        ("RIM-7K3Q-9XTM", CodeProblem.WRONG_LENGTH),
        ("7K3Q9XTMCC", CodeProblem.WRONG_LENGTH),
        ("RIM-7K3Q-9XTM-?", CodeProblem.INVALID_CHARACTER),
        ("RIM-7K3U-9XTM-C", CodeProblem.INVALID_CHARACTER),
        ("RAM-7K3Q-9XTM-C", CodeProblem.WRONG_PREFIX),
    ],
)
def test_a_refusal_says_what_was_wrong(text, problem):
    assert check_code(text).problem is problem
    with pytest.raises(VoucherCodeError) as caught:
        parse(text)
    assert caught.value.problem is problem
    assert caught.value.message


def test_a_mistyped_or_swapped_code_says_so():
    code = random_codes(1)[0]
    wrong = ALPHABET[(ALPHABET.index(code[3]) + 1) % 32]
    for typo in (
        code[:3] + wrong + code[4:],
        code[1] + code[0] + code[2:] if code[0] != code[1] else code[:-1],
    ):
        with pytest.raises(VoucherCodeError) as caught:
            parse(format_code_unchecked(typo))
        assert caught.value.problem in (CodeProblem.CHECK_MISMATCH, CodeProblem.WRONG_LENGTH)
    with pytest.raises(VoucherCodeError) as caught:
        parse(code[:3] + wrong + code[4:])
    assert caught.value.problem is CodeProblem.CHECK_MISMATCH
    assert "mistyped or two were swapped" in caught.value.message


def format_code_unchecked(code: str) -> str:
    return "RIM-" + code[:4] + "-" + code[4:8] + "-" + code[8:]


def test_the_bad_character_and_its_position_are_reported():
    with pytest.raises(VoucherCodeError) as caught:
        parse("RIM-7K3Q-9XÄM-C")
    assert (caught.value.char, caught.value.position) == ("Ä", 10)
    assert "Ä" in caught.value.message


def test_formatting_refuses_a_code_that_is_not_canonical():
    with pytest.raises(ValueError):
        format_code("7K3Q9XTM0" if not is_valid("7K3Q9XTM0") else "7K3Q9XTM1")
    with pytest.raises(ValueError):
        export_form("rim-7k3q")


# --- messages -----------------------------------------------------------------------------------------------


def _msgids(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in ("ValidationError", "VoucherCodeError"):
                found.update(
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                )
    return {m for m in found if " " in m}


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_every_credit_message_is_translated_with_the_same_placeholders(lang):
    catalog = {}
    for area in ("core", "credit"):
        path = ROOT / "resources" / "messages" / lang / f"{area}.json"
        catalog.update(json.loads(path.read_text(encoding="utf-8")))
    ids = _msgids(ROOT / "app/domain/vouchers.py") | _msgids(ROOT / "app/domain/ledger.py")
    assert len(ids) > 15
    for msgid in ids:
        assert msgid in catalog, (lang, msgid)
        assert set(re.findall(r"\{(\w+)\}", catalog[msgid])) == set(re.findall(r"\{(\w+)\}", msgid)), msgid
    assert translate("The voucher code is empty.", lang=lang) != "The voucher code is empty."
