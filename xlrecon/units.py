"""Units of measure: money (元, 万元, 亿元), percent, and counts.

Values are compared only after conversion into one unit. Factors are exact
Decimals: 1 亿元 = 10,000 万元 = 100,000,000 元.
"""

from __future__ import annotations

from decimal import Decimal

#: unit -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, Decimal]] = {
    "元": ("money", Decimal(1)),
    "万元": ("money", Decimal(10_000)),
    "亿元": ("money", Decimal(100_000_000)),
    "%": ("ratio", Decimal("0.01")),
    "‰": ("ratio", Decimal("0.001")),
    "家": ("count", Decimal(1)),
    "件": ("count", Decimal(1)),
    "笔": ("count", Decimal(1)),
    "个": ("count", Decimal(1)),
    "人": ("count", Decimal(1)),
    "户": ("count", Decimal(1)),
    "次": ("count", Decimal(1)),
}

#: spellings seen in submissions -> canonical unit
ALIASES: dict[str, str] = {
    "元": "元",
    "人民币元": "元",
    "万元": "万元",
    "万": "万元",
    "亿元": "亿元",
    "亿": "亿元",
    "%": "%",
    "％": "%",
    "‰": "‰",
    "家": "家",
    "件": "件",
    "笔": "笔",
    "个": "个",
    "人": "人",
    "户": "户",
    "次": "次",
}

#: unit suffixes that may follow a number in a cell, longest first so 万元 wins over 元
CELL_SUFFIXES: tuple[str, ...] = tuple(sorted(ALIASES, key=len, reverse=True))


def canonical(unit: str | None) -> str | None:
    if unit is None:
        return None
    return ALIASES.get(unit.strip())


def dimension(unit: str | None) -> str | None:
    u = canonical(unit)
    return UNITS[u][0] if u else None


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert between two units of the same dimension (万元 -> 元 multiplies by 10,000)."""
    f, t = canonical(from_unit), canonical(to_unit)
    if f is None or t is None:
        raise ValueError(f"unknown unit {from_unit!r} or {to_unit!r}")
    (fd, ff), (td, tf) = UNITS[f], UNITS[t]
    if fd != td:
        raise ValueError(f"cannot convert {from_unit} to {to_unit}")
    return value * ff / tf


def convert_stated(value: Decimal, from_unit: str | None, to_unit: str | None) -> Decimal:
    """``value`` stated in ``from_unit``, in ``to_unit``; as it is when either unit is not
    known or both are the same (a figure without a unit is taken in the column's)."""
    if not from_unit or not to_unit or canonical(from_unit) == canonical(to_unit):
        return value
    return convert(value, from_unit, to_unit)
