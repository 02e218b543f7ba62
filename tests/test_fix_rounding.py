"""fix-rounding: every level of a hierarchy fixed at once (controlled rounding), each edit listed
once, and --apply writing a copy whose every level adds up exactly, losing nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xlrecon

ROOT = Path(__file__).resolve().parent.parent
HN23 = ROOT / "workbooks" / "hunan-2023-retail-targets.xlsx"
ZZ = ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def _exact(path: Path) -> list:
    """The total and roll-up findings of a file: none when every level adds up exactly."""
    return [f for f in xlrecon.check(path).files[0].findings if f.check in ("total", "rollup")]


def test_the_2023_targets_get_one_plan_for_every_level_each_edit_once(tmp_path):
    out = cli("fix-rounding", str(HN23), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert list(data) == ["xlrecon", "fixups", "errors", "written"] and data["errors"] == []
    [plan] = data["fixups"]  # one hierarchy: counties → cities → province
    assert plan["status"] == "planned"
    cells = [(c["sheet"], c["cell"]) for c in plan["changes"]]
    assert len(cells) == len(set(cells)) == 9  # each once (the county edits were printed twice before)
    assert {(r["sheet"], r["cell"]) for r in plan["residues"]} >= {("县市区目标", "D126"), ("市州目标", "C17")}
    assert all(abs(c["to"] - c["from"]) <= 0.0100001 for c in plan["changes"])
    # each residue's own fix-up in the check is the plan's edits among its cells: no two contradict
    report = xlrecon.check(HN23)
    planned = {(c["sheet"], c["cell"]): c["to"] for c in plan["changes"]}
    for f in report.files[0].findings:
        if f.fixup:
            assert all(planned[(c.where.sheet, c.where.a1)] == float(c.new) for c in f.fixup)
            assert "与各级尾差一并调整" in f.message()
    # applying them by hand: every rule of every level exact
    wb = openpyxl.load_workbook(HN23)
    for c in plan["changes"]:
        wb[c["sheet"]][c["cell"]] = c["to"]
    wb.save(tmp_path / "by-hand.xlsx")
    assert _exact(tmp_path / "by-hand.xlsx") == []


def test_apply_writes_a_copy_that_adds_up_exactly_and_keeps_everything_else(tmp_path):
    out = cli("fix-rounding", str(HN23), "--apply", "--output", str(tmp_path))
    assert out.returncode == 0, out.stderr
    copy = tmp_path / "hunan-2023-retail-targets.rounded.xlsx"
    assert copy.exists() and "已写出调整后的副本" in out.stdout
    assert _exact(copy) == []
    assert xlrecon.check(copy).files[0].status == "ok"
    before, after = openpyxl.load_workbook(HN23), openpyxl.load_workbook(copy)
    plan = xlrecon.api.rounding_fixups(xlrecon.check(HN23))[0]
    changed = {(c["sheet"], c["cell"]) for c in plan["changes"]}
    for ws in before.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                other = after[ws.title][cell.coordinate]
                if (ws.title, cell.coordinate) in changed:
                    assert other.comment is not None and f"原值 {cell.value}" in other.comment.text
                    assert other.number_format == cell.number_format
                else:
                    assert other.value == cell.value, (ws.title, cell.coordinate)
    assert HN23.read_bytes() != copy.read_bytes()
    again = cli("fix-rounding", str(copy))
    assert again.returncode == 0 and "没有需要调整的舍入尾差" in again.stdout


def test_a_discrepancy_is_not_rounded_away_and_output_needs_apply(tmp_path):
    out = cli("fix-rounding", str(ZZ), "--apply", "--output", str(tmp_path))
    assert out.returncode == 0 and "没有需要调整的舍入尾差" in out.stdout
    assert list(tmp_path.iterdir()) == []
    misuse = cli("fix-rounding", str(HN23), "--output", str(tmp_path))
    assert misuse.returncode == 2 and "--output 只能与 --apply 一起使用" in misuse.stderr


def _hierarchy_book(path: Path, shares: list[list[int]]) -> None:
    """The 2023 targets' layout (its cities and counties) with other figures: each county's
    true value from ``shares``, every figure rounded to 2 decimals as a correct report rounds
    it (cities and the province from the true sums)."""
    wb = openpyxl.load_workbook(HN23)
    cities, counties = wb["市州目标"], wb["县市区目标"]
    city_rows = {cities[f"B{r}"].value: r for r in range(3, 17)}
    county_rows: dict[str, list[int]] = {}
    for r in range(3, 126):
        if counties[f"C{r}"].value:
            county_rows.setdefault(counties[f"C{r}"].value, []).append(r)
    q = Decimal("0.01")
    total = Decimal(0)
    for k, (city, rows) in enumerate(sorted(county_rows.items())):
        city_true = Decimal(0)
        for j, r in enumerate(rows):
            true = Decimal(shares[k % len(shares)][j % len(shares[k % len(shares)])]) / Decimal(997)
            counties[f"D{r}"] = float(true.quantize(q, ROUND_HALF_UP))
            city_true += true
        if city in city_rows:
            cities[f"C{city_rows[city]}"] = float(city_true.quantize(q, ROUND_HALF_UP))
        total += city_true
    cities["C17"] = counties["D126"] = float(total.quantize(q, ROUND_HALF_UP))
    wb.save(path)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.integers(min_value=500, max_value=20000), min_size=3, max_size=12), min_size=3,
                max_size=14))
def test_any_correctly_rounded_hierarchy_is_made_exact_by_its_plan(tmp_path_factory, shares):
    folder = tmp_path_factory.mktemp("h")
    path = folder / "targets.xlsx"
    _hierarchy_book(path, shares)
    found = _exact(path)
    assert all(f.severity == "info" for f in found)  # correctly rounded: residues only
    written = xlrecon.api.apply_rounding(xlrecon.check(path), output=folder / "out")
    if not found:
        assert written == []
        return
    [(_, out, error)] = written
    assert error is None
    assert _exact(Path(out)) == []


def test_a_figure_typed_as_text_is_not_overwritten_and_nothing_is_written(tmp_path):
    wb = openpyxl.load_workbook(HN23)
    ws = wb["县市区目标"]
    plan = xlrecon.api.rounding_fixups(xlrecon.check(HN23))[0]
    first = next(c for c in plan["changes"] if c["sheet"] == "县市区目标")
    ws[first["cell"]] = str(ws[first["cell"]].value)  # "5.32" typed as text: read (with a warning), not rewritten
    wb.save(tmp_path / "text.xlsx")
    out = cli("fix-rounding", str(tmp_path / "text.xlsx"), "--apply", "--format", "json")
    assert out.returncode == 2, out.stdout
    [error] = json.loads(out.stdout)["errors"]
    assert error["error"]["code"] == "cannot-round" and f"县市区目标!{first['cell']}" in error["error"]["message"]
    assert not (tmp_path / "text.rounded.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["text.xlsx"]
