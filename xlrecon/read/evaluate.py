"""Formulas saved without their value, computed within the workbook by the `formulas` engine.

A workbook written by a program that does not calculate (openpyxl, many systems' exports)
holds formulas and no results; python-calamine reads those cells as empty. Each such
formula is compiled by `formulas` (an Excel formula engine) and computed from the cells it
refers to: saved values as read, other formulas without a value computed first. What cannot
be computed is never guessed: a function the engine lacks, a link to another workbook, a
defined name, a whole-column range, a circular reference: the cell is
:class:`~xlrecon.read.values.NotComputed`, with the reason.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from xlrecon.findings import parse_a1
from xlrecon.read.values import CellError, NotComputed

#: a reference as the engine lists a formula's inputs: an optional sheet, a cell or a range
_INPUT = re.compile(r"^(?:(?:'((?:[^']|'')+)'|([^'!\[\]]+))!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?$")
#: the largest range a formula may take in (cells)
MAX_RANGE = 1_000_000

Lookup = Callable[[str, int, int], Any]  # (sheet, row, col), 0-based -> the cell's saved value


class Evaluator:
    """Computes a workbook's formulas that have no saved value, each once.

    ``formulas_of(sheet)``: the sheet's formula cells without a value, {(row, col): text};
    ``saved``: a cell's saved value (what python-calamine read, an error value as a
    :class:`CellError`); ``sheets``: the workbook's worksheets."""

    def __init__(self, formulas_of: Callable[[str], dict[tuple[int, int], str]], saved: Lookup,
                 sheets: list[str]) -> None:
        self.formulas_of = formulas_of
        self.saved = saved
        self._sheets = {name.upper(): name for name in sheets}
        self._formulas: dict[str, dict[tuple[int, int], str]] = {}
        self._done: dict[tuple[str, int, int], Any] = {}
        self._busy: set[tuple[str, int, int]] = set()

    def value(self, sheet: str, row: int, col: int) -> Any:
        """The cell's value: saved, or computed when it is a formula without one."""
        if sheet not in self._formulas:
            self._formulas[sheet] = self.formulas_of(sheet)
        text = self._formulas[sheet].get((row, col))
        if text is None:
            return self.saved(sheet, row, col)
        key = (sheet, row, col)
        if key in self._done:
            return self._done[key]
        if key in self._busy:
            return NotComputed(text, "circular")
        self._busy.add(key)
        try:
            out = self._compute(sheet, text)
        finally:
            self._busy.discard(key)
        self._done[key] = out
        return out

    def _compute(self, sheet: str, text: str) -> Any:
        import formulas
        import numpy as np

        from formulas.functions import Error

        logging.getLogger("schedula").setLevel(logging.CRITICAL)  # its own report of a failing function
        logging.getLogger("formulas").setLevel(logging.CRITICAL)
        try:
            func = formulas.Parser().ast("=" + text)[1].compile()
        except Exception:  # noqa: BLE001 - any text the engine cannot parse or compile
            return NotComputed(text, "syntax")
        args = []
        for ref in func.inputs:
            got = self._input(sheet, ref, np, Error.errors)
            if isinstance(got, NotComputed):
                return NotComputed(text, got.why)
            args.append(got)
        try:
            result = func(*args)
        except Exception as exc:  # noqa: BLE001 - a function the engine lacks raises from inside it
            return NotComputed(text, "function" if "DISPATCHING" in str(exc) else "engine")
        return _plain(result, np)

    def _input(self, sheet: str, ref: str, np: Any, errors: dict[str, Any]) -> Any:
        if "[" in ref:
            return NotComputed(ref, "external")
        m = _INPUT.match(ref)
        if not m:
            return NotComputed(ref, "reference")  # a defined name, a whole row or column
        target = (m.group(1) or "").replace("''", "'") or m.group(2)
        if target:
            found = self._sheets.get(target.upper())
            if found is None:
                return NotComputed(ref, "reference")
            target = found
        else:
            target = sheet
        r0, c0 = parse_a1(m.group(3).replace("$", ""))
        r1, c1 = parse_a1(m.group(4).replace("$", "")) if m.group(4) else (r0, c0)
        (r0, r1), (c0, c1) = sorted((r0, r1)), sorted((c0, c1))
        if (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_RANGE:
            return NotComputed(ref, "range")
        cells = [[self._engine_value(self.value(target, r - 1, c - 1), errors) for c in range(c0, c1 + 1)]
                 for r in range(r0, r1 + 1)]
        for row in cells:
            for v in row:
                if isinstance(v, NotComputed):
                    return v
        if not m.group(4):
            return cells[0][0]
        return np.array(cells, dtype=object)

    @staticmethod
    def _engine_value(v: Any, errors: dict[str, Any]) -> Any:
        import schedula

        if v is None:
            return schedula.EMPTY
        if isinstance(v, CellError):
            return errors.get(v.code, errors["#VALUE!"])
        return v


def _plain(result: Any, np: Any) -> Any:
    """The engine's result as a cell value python-calamine would have read."""
    from formulas.tokens.operand import XlError

    if isinstance(result, np.ndarray):
        result = result.ravel()[0] if result.size else None
    if isinstance(result, XlError):
        return CellError(str(result))
    if isinstance(result, (bool, np.bool_)):
        return bool(result)
    if isinstance(result, (int, float, np.integer, np.floating)):
        return float(result)
    if isinstance(result, str):
        return result
    return None  # empty
