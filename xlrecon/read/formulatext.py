"""What a formula's text says, read with openpyxl's tokenizer: the ranges it refers to, whether
it is a SUBTOTAL/AGGREGATE that leaves hidden rows out, whether it links to another workbook,
and its relative (R1C1) form for comparing the formulas of a column.

Formulas are as :mod:`xlrecon.read.sheetcells` gives them: sheet coordinates, no "=".
A text the tokenizer cannot read gives no ranges and no R1C1 form (None): nothing is guessed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError

from xlrecon.findings import column_index

#: a cell or a range in A1 form, with optional $ (sheet and workbook parts split off first)
_A1 = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$")
_CELL = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})")
#: AGGREGATE's options that leave hidden rows out (1, 3, 5, 7); the others keep them
_AGGREGATE_HIDES = {1, 3, 5, 7}


@dataclass(frozen=True)
class Ref:
    """A range a formula refers to: rows and columns 0-based, inclusive; ``sheet`` as written
    (None: the formula's own sheet); ``external`` when it is in another workbook."""

    sheet: str | None
    r0: int
    c0: int
    r1: int
    c1: int
    external: bool = False


@functools.lru_cache(maxsize=4096)
def tokens(formula: str) -> tuple[Token, ...] | None:
    try:
        return tuple(Tokenizer("=" + formula).items)
    except (TokenizerError, ValueError, IndexError):
        return None


def _split(operand: str) -> tuple[str | None, bool, str]:
    """A range operand's sheet (unquoted), whether it names another workbook, and its address."""
    if "!" not in operand:
        return None, operand.startswith("["), operand
    sheet, _, addr = operand.rpartition("!")
    external = "[" in sheet
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    if external:
        sheet = sheet[sheet.index("]") + 1:] if "]" in sheet else sheet
    return sheet, external, addr


@functools.lru_cache(maxsize=4096)
def references(formula: str) -> tuple[Ref, ...]:
    """The cells and ranges the formula refers to (names, whole rows or columns are left out)."""
    toks = tokens(formula)
    if toks is None:
        return ()
    out: list[Ref] = []
    for t in toks:
        if t.type != Token.OPERAND or t.subtype != Token.RANGE:
            continue
        sheet, external, addr = _split(t.value)
        m = _A1.match(addr)
        if m is None:
            if external:
                out.append(Ref(sheet, -1, -1, -1, -1, True))
            continue
        c0, r0 = column_index(m.group(1)), int(m.group(2)) - 1
        c1, r1 = (column_index(m.group(3)), int(m.group(4)) - 1) if m.group(3) else (c0, r0)
        out.append(Ref(sheet, min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1), external))
    return tuple(out)


def external(formula: str) -> bool:
    """Whether the formula refers to another workbook ([1]Sheet!A1, '[other.xlsx]S'!A1)."""
    return any(r.external for r in references(formula))


def functions(formula: str) -> tuple[str, ...]:
    """The functions the formula calls, upper case, without Excel's _xlfn. prefixes."""
    toks = tokens(formula) or ()
    return tuple(t.value[:-1].upper().removeprefix("_XLFN.").removeprefix("_XLWS.")
                 for t in toks if t.type == Token.FUNC and t.subtype == Token.OPEN)


def operators(formula: str) -> tuple[str, ...]:
    """The operators the formula uses (+, -, *, /, ^, &, comparisons), and its parentheses."""
    toks = tokens(formula) or ()
    return tuple(t.value for t in toks if t.type in (Token.OP_IN, Token.OP_PRE, Token.OP_POST, Token.PAREN))


def hidden_rows_left_out(formula: str) -> str | None:
    """Which hidden rows the formula's SUBTOTAL or AGGREGATE leaves out of what it adds up:
    ``"all"`` (SUBTOTAL 101–111, AGGREGATE options 1, 3, 5, 7), ``"filtered"`` (SUBTOTAL 1–11
    and AGGREGATE's other options leave out only rows a filter hides), None when the formula is
    neither (a SUM adds hidden rows like any other)."""
    toks = [t for t in tokens(formula) or () if t.type != Token.WSPACE]
    for i, t in enumerate(toks):
        if t.type != Token.FUNC or t.subtype != Token.OPEN:
            continue
        name = t.value[:-1].upper().removeprefix("_XLFN.")
        args = [a.value for a in toks[i + 1:i + 4] if a.type == Token.OPERAND and a.subtype == Token.NUMBER]
        if name == "SUBTOTAL" and args:
            return "all" if int(float(args[0])) > 100 else "filtered"
        if name == "AGGREGATE" and len(args) >= 2:
            return "all" if int(float(args[1])) in _AGGREGATE_HIDES else "filtered"
    return None


@functools.lru_cache(maxsize=16384)
def r1c1(formula: str, row: int, col: int) -> str | None:
    """The formula in relative form from its cell (0-based ``row``, ``col``): each relative
    reference as an offset (R[-3]C[0]), each absolute one as is, so that a column of the same
    formula filled down gives one text. None when the formula cannot be read."""
    toks = tokens(formula)
    if toks is None:
        return None
    parts: list[str] = []
    for t in toks:
        if t.type == Token.OPERAND and t.subtype == Token.RANGE:
            sheet, _, addr = _split(t.value)
            prefix = t.value[: len(t.value) - len(addr)]

            def rel(m: re.Match[str]) -> str:
                c = column_index(m.group(2))
                r = int(m.group(4)) - 1
                rr = f"R{r + 1}" if m.group(3) else f"R[{r - row}]"
                cc = f"C{c + 1}" if m.group(1) else f"C[{c - col}]"
                return rr + cc

            parts.append(prefix + _CELL.sub(rel, addr) if _A1.match(addr) else t.value)
        else:
            parts.append(t.value.upper() if t.type == Token.FUNC else t.value)
    return "".join(parts)
