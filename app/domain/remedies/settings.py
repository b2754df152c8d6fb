"""The cost model of the remedy engine: the shop's own figures, with documented defaults an admin can change.

One frozen :class:`CostSettings` holds every figure the engine uses (amounts in the shop's currency, major units,
as exact ``Decimal``; shares between 0 and 1). It converts to and from a flat ``{key: text}`` dict — what
``rimedio settings set KEY VALUE`` stores — and :func:`describe` lists every key with its default and meaning.
This module must never read a database, a file or the clock, never use floats, and never accept a value without
checking it: a bad value is refused with :class:`app.errors.ValidationError` naming the key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.enums import CaseKind
from app.domain.money import parse_decimal
from app.domain.remedies.claims import ClaimThresholds
from app.domain.remedies.season import PromiseRule, format_rules, parse_rules
from app.domain.remedies.segments import Segment, SegmentThresholds
from app.errors import ValidationError

#: Kinds for which a keep-the-item / apology credit is proposed, so they have ``credit.share.<kind>.<segment>``.
CREDIT_KINDS: tuple[CaseKind, ...] = (
    CaseKind.WRONG_ITEM,
    CaseKind.DAMAGED,
    CaseKind.DELAY,
    CaseKind.COMPLAINT,
)

_D = Decimal
_SHARE_ROWS = {  # kind: new, regular, loyal, lapsed, occasional_small
    CaseKind.WRONG_ITEM: ("0.35", "0.40", "0.50", "0.40", "0.30"),
    CaseKind.DAMAGED: ("0.40", "0.45", "0.50", "0.45", "0.35"),
    CaseKind.DELAY: ("0.10", "0.10", "0.15", "0.15", "0.10"),
    CaseKind.COMPLAINT: ("0.20", "0.25", "0.30", "0.25", "0.20"),
}
_SEGMENT_ORDER = (Segment.NEW, Segment.REGULAR, Segment.LOYAL, Segment.LAPSED, Segment.OCCASIONAL_SMALL)
DEFAULT_CREDIT_SHARES: dict[tuple[CaseKind, Segment], Decimal] = {
    (kind, seg): _D(v)
    for kind, row in _SHARE_ROWS.items()
    for seg, v in zip(_SEGMENT_ORDER, row, strict=True)
}
DEFAULT_RESALE_SHARES: dict[CaseKind, Decimal] = {
    CaseKind.WRONG_ITEM: _D("0.90"),  # mostly unopened: back on the shelf
    CaseKind.DAMAGED: _D("0.00"),  # broken: worth nothing back
    CaseKind.MISSING_ITEM: _D("0.00"),  # nothing to return
    CaseKind.DELAY: _D("0.90"),  # unopened, just late
    CaseKind.COMPLAINT: _D("0.60"),  # opened and used a little
}


@dataclass(frozen=True, slots=True)
class CostSettings:
    """Every figure of the cost model. Build with :meth:`from_dict`; the defaults are :data:`DEFAULT_SETTINGS`."""

    outbound_shipping: Decimal = _D("6.90")
    return_label: Decimal = _D("6.90")
    handling: Decimal = _D("3.00")
    goods_share: Decimal = _D("0.60")
    resale_share: dict[CaseKind, Decimal] = field(default_factory=lambda: dict(DEFAULT_RESALE_SHARES))
    credit_spent_share: Decimal = _D("0.60")
    credit_share: dict[tuple[CaseKind, Segment], Decimal] = field(
        default_factory=lambda: dict(DEFAULT_CREDIT_SHARES)
    )
    credit_min: Decimal = _D("5.00")
    credit_max: Decimal = _D("100.00")
    credit_cap_share: Decimal = _D("0.80")
    credit_rounding: Decimal = _D("0.50")
    credit_expiry_days: int = 365
    lapsed_expiry_days: int = 30
    bonus_mode: str = "percent"
    bonus_share: Decimal = _D("0.10")
    bonus_flat: Decimal = _D("5.00")
    upgrade_used_share: Decimal = _D("0.50")
    goodwill_cost: Decimal = _D("2.50")
    p_low: Decimal = _D("0.20")
    p_medium: Decimal = _D("0.50")
    p_high: Decimal = _D("0.85")
    decline_penalty: Decimal = _D("0.30")
    keep_min_share: Decimal = _D("0.30")
    promise_rules: tuple[PromiseRule, ...] = parse_rules("12-01..12-18>12-24")
    season_credit_factor: Decimal = _D("1.50")
    peak_due_factor: Decimal = _D("0.75")
    missed_due_factor: Decimal = _D("0.50")
    segments: SegmentThresholds = SegmentThresholds()
    claims: ClaimThresholds = ClaimThresholds()

    # --- flat dict -----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, str]:
        """Every key with its value as text (``{"cost.outbound_shipping": "6.90", …}``), in :func:`describe` order."""
        return {spec.key: spec.codec.fmt(_get(self, spec.path)) for spec in _SPECS}

    @classmethod
    def from_dict(cls, values: Mapping[str, str], base: CostSettings | None = None) -> CostSettings:
        """Settings from stored text; keys not given keep ``base`` (default: the defaults). Refuses bad values."""
        result = base or DEFAULT_SETTINGS
        for key, text in values.items():
            spec = _spec(key)
            result = _set(result, spec.path, spec.codec.parse(str(text), key))
        result.validate()
        return result

    def with_value(self, key: str, text: str) -> CostSettings:
        """A copy with one key changed, e.g. ``settings.with_value("credit.max", "80")``."""
        return CostSettings.from_dict({key: text}, base=self)

    def validate(self) -> None:
        """Checks across keys (a single value is checked when parsed)."""
        if self.credit_min > self.credit_max:
            raise ValidationError(
                "credit.min ({low}) cannot be above credit.max ({high}).",
                low=self.credit_min,
                high=self.credit_max,
            )
        if not self.p_low <= self.p_medium <= self.p_high:
            raise ValidationError(
                "The acceptance likelihoods must grow: rank.p_low ≤ rank.p_medium ≤ rank.p_high."
            )


# --- codecs: text ⇄ value, with the check ----------------------------------------------------------------
@dataclass(frozen=True)
class _Codec:
    kind: str
    parse: Callable[[str, str], Any]
    fmt: Callable[[Any], str]


def _number(text: str, key: str, low: Decimal, high: Decimal) -> Decimal:
    try:
        value = parse_decimal(text)  # the separators read as for amounts: ``1,000`` is refused, not 1
    except (InvalidOperation, ValueError):
        raise ValidationError("{key} needs a number, not {value}.", key=key, value=text) from None
    exponent = value.as_tuple().exponent  # a letter for infinity and NaN
    if not value.is_finite() or not isinstance(exponent, int) or exponent < -4:
        raise ValidationError("{key} needs a number, not {value}.", key=key, value=text)
    if not low <= value <= high:
        raise ValidationError(
            "{key} must be between {low} and {high}, not {value}.", key=key, low=low, high=high, value=text
        )
    return value


def _decimal_codec(kind: str, low: str, high: str) -> _Codec:
    return _Codec(kind, lambda t, k: _number(t, k, _D(low), _D(high)), str)


def _int_codec(low: int, high: int) -> _Codec:
    def parse(text: str, key: str) -> int:
        value = _number(text, key, _D(low), _D(high))
        if value != value.to_integral_value():
            raise ValidationError("{key} needs a whole number, not {value}.", key=key, value=text)
        return int(value)

    return _Codec("int", parse, str)


def _choice_codec(*choices: str) -> _Codec:
    def parse(text: str, key: str) -> str:
        value = text.strip().lower()
        if value not in choices:
            raise ValidationError("{key} must be one of: {choices}.", key=key, choices=", ".join(choices))
        return value

    return _Codec("choice", parse, str)


AMOUNT = _decimal_codec("amount", "0", "100000")
SHARE = _decimal_codec("share", "0", "1")


def _cap(text: str, key: str) -> Decimal:
    value = _number(text, key, _D(0), _D(1))
    if value == 0:  # a cap of nothing would make every keep-the-item credit zero
        raise ValidationError(
            "{key} is a share above 0 and at most 1 (100 %), e.g. 0.30; not {value}.", key=key, value=text
        )
    return value


CAP = _Codec("cap", _cap, str)
_RULES = _Codec("rules", lambda t, k: parse_rules(t), format_rules)


@dataclass(frozen=True)
class _Spec:
    key: str
    path: tuple[Any, ...]
    codec: _Codec
    doc: str


@dataclass(frozen=True, slots=True)
class SettingInfo:
    """One row of :func:`describe`: the key, its kind (amount, share, factor, int, choice, rules), default, meaning."""

    key: str
    kind: str
    default: str
    doc: str


def _build_specs() -> tuple[_Spec, ...]:
    s: list[_Spec] = [
        _Spec(
            "cost.outbound_shipping",
            ("outbound_shipping",),
            AMOUNT,
            "What one parcel to the customer costs the shop.",
        ),
        _Spec("cost.return_label", ("return_label",), AMOUNT, "What one return label costs the shop."),
        _Spec("cost.handling", ("handling",), AMOUNT, "Picking and packing one extra parcel."),
        _Spec("cost.goods_share", ("goods_share",), SHARE, "Cost of goods as a share of the selling price."),
    ]
    for kind in CaseKind:
        s.append(
            _Spec(
                f"cost.resale.{kind}",
                ("resale_share", (kind,)),
                SHARE,
                f"Share of returned goods that can be sold again, for {kind} cases.",
            )
        )
    s += [
        _Spec(
            "credit.spent_share",
            ("credit_spent_share",),
            SHARE,
            "Share of issued store credit that customers spend. Expected cost of credit = amount × this × cost.goods_share.",
        ),
    ]
    for kind in CREDIT_KINDS:
        for seg in _SEGMENT_ORDER:
            s.append(
                _Spec(
                    f"credit.share.{kind}.{seg}",
                    ("credit_share", ((kind, seg),)),
                    SHARE,
                    f"Suggested credit as a share of the affected value, {kind} case, {seg} customer.",
                )
            )
    s += [
        _Spec(
            "credit.min",
            ("credit_min",),
            AMOUNT,
            "Smallest credit worth proposing (below it, no keep-the-item offer).",
        ),
        _Spec("credit.max", ("credit_max",), AMOUNT, "Largest suggested keep-the-item or apology credit."),
        _Spec(
            "credit.cap_share",
            ("credit_cap_share",),
            CAP,
            "Keep-the-item credit never above this share of the price paid.",
        ),
        _Spec(
            "credit.rounding",
            ("credit_rounding",),
            _decimal_codec("amount", "0", "100"),
            "Suggested credits are rounded to a multiple of this (0 = to the cent).",
        ),
        _Spec(
            "credit.expiry_days", ("credit_expiry_days",), _int_codec(1, 3650), "Days a credit stays valid."
        ),
        _Spec(
            "credit.lapsed_expiry_days",
            ("lapsed_expiry_days",),
            _int_codec(1, 3650),
            "Days a credit for a lapsed customer stays valid (a near expiry wins them back).",
        ),
        _Spec(
            "refund_credit.bonus_mode",
            ("bonus_mode",),
            _choice_codec("percent", "flat"),
            "Bonus of credit-instead-of-refund: percent of the refund, or a flat amount.",
        ),
        _Spec(
            "refund_credit.bonus_share",
            ("bonus_share",),
            SHARE,
            "Bonus as a share of the refund, when the mode is percent.",
        ),
        _Spec(
            "refund_credit.bonus_flat",
            ("bonus_flat",),
            AMOUNT,
            "Bonus as a flat amount, when the mode is flat.",
        ),
        _Spec(
            "upgrade.used_share",
            ("upgrade_used_share",),
            SHARE,
            "Share of free-shipping offers that customers use. Expected cost = cost.outbound_shipping × this.",
        ),
        _Spec("goodwill.cost", ("goodwill_cost",), AMOUNT, "Cost of a small gift put in the next parcel."),
        _Spec("rank.p_low", ("p_low",), SHARE, "Likelihood that a customer accepts an option rated low."),
        _Spec(
            "rank.p_medium",
            ("p_medium",),
            SHARE,
            "Likelihood that a customer accepts an option rated medium.",
        ),
        _Spec("rank.p_high", ("p_high",), SHARE, "Likelihood that a customer accepts an option rated high."),
        _Spec(
            "rank.decline_penalty",
            ("decline_penalty",),
            SHARE,
            "Cost of a refused offer (time, goodwill) as a share of the affected value.",
        ),
        _Spec(
            "rank.keep_min_share",
            ("keep_min_share",),
            SHARE,
            "A keep-the-item credit below this share of the price is less likely to be accepted.",
        ),
        _Spec(
            "season.rules",
            ("promise_rules",),
            _RULES,
            "Promised-by rules, MM-DD..MM-DD>MM-DD separated by ; (empty: none).",
        ),
        _Spec(
            "season.credit_factor",
            ("season_credit_factor",),
            _decimal_codec("factor", "1", "5"),
            "Apology credit multiplied by this when a promised date was missed.",
        ),
        _Spec(
            "season.peak_due_factor",
            ("peak_due_factor",),
            _decimal_codec("factor", "0.1", "1"),
            "Due dates multiplied by this in the peak season.",
        ),
        _Spec(
            "season.missed_due_factor",
            ("missed_due_factor",),
            _decimal_codec("factor", "0.1", "1"),
            "Due dates multiplied by this when a promised date was missed.",
        ),
        _Spec(
            "segment.new_max_orders",
            ("segments", "new_max_orders"),
            _int_codec(0, 1000),
            "At most this many orders: new customer.",
        ),
        _Spec(
            "segment.lapsed_min_orders",
            ("segments", "lapsed_min_orders"),
            _int_codec(1, 1000),
            "Lapsed: bought at least this many times …",
        ),
        _Spec(
            "segment.lapsed_after_days",
            ("segments", "lapsed_after_days"),
            _int_codec(1, 3650),
            "… and nothing for this many days.",
        ),
        _Spec(
            "segment.loyal_min_orders",
            ("segments", "loyal_min_orders"),
            _int_codec(1, 100000),
            "Loyal: at least this many orders …",
        ),
        _Spec(
            "segment.loyal_min_spent",
            ("segments", "loyal_min_spent"),
            AMOUNT,
            "… and at least this much spent in total.",
        ),
        _Spec(
            "segment.small_avg_order",
            ("segments", "small_avg_order"),
            AMOUNT,
            "Average order below this: occasional small buyer (no free-shipping offers).",
        ),
        _Spec(
            "claims.min_claims",
            ("claims", "min_claims"),
            _int_codec(1, 1000),
            "Flag a customer with at least this many claims in the window …",
        ),
        _Spec(
            "claims.min_rate",
            ("claims", "min_rate"),
            SHARE,
            "… and claims at least this share of their orders.",
        ),
        _Spec(
            "claims.window_days",
            ("claims", "window_days"),
            _int_codec(1, 3650),
            "The claim-rate window, in days.",
        ),
    ]
    return tuple(s)


_SPECS = _build_specs()
_BY_KEY = {spec.key: spec for spec in _SPECS}


def _spec(key: str) -> _Spec:
    try:
        return _BY_KEY[key.strip()]
    except KeyError:
        raise ValidationError("Unknown setting: {key}", key=key) from None


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        obj = obj[part[0]] if isinstance(part, tuple) else getattr(obj, part)
    return obj


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    head, rest = path[0], path[1:]
    if isinstance(head, tuple):  # (key,) of a mapping field
        new = dict(obj)
        new[head[0]] = value
        return new
    inner = _set(getattr(obj, head), rest, value) if rest else value
    return dataclasses.replace(obj, **{head: inner})


DEFAULT_SETTINGS = CostSettings()


def describe() -> tuple[SettingInfo, ...]:
    """Every key, its kind, its default as text and what it means — for ``rimedio settings list`` and the docs."""
    defaults = DEFAULT_SETTINGS.to_dict()
    return tuple(SettingInfo(s.key, s.codec.kind, defaults[s.key], s.doc) for s in _SPECS)
