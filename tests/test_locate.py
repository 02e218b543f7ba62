"""The fewest-changes localisation (xlrecon locate, check --locate): on the samples, on planted
faults in copies of them, against brute force on small systems, and as the command line says it."""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import openpyxl
import pytest

import xlrecon
from xlrecon.checks.equations import Equation, Term
from xlrecon.findings import CellRef
from xlrecon.locate import solve

ROOT = Path(__file__).resolve().parent.parent
ZZ = ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"
HN23 = ROOT / "workbooks" / "hunan-2023-retail-targets.xlsx"
sys.path.insert(0, str(Path(__file__).parent))
from test_causes import _agreeing_zhengzhou  # noqa: E402


def _suspects(path: Path):
    r = xlrecon.check(path, locate=True)
    return [f for f in r.files[0].findings if f.check == "suspect"], r


def test_the_zhengzhou_sample_gaps_have_no_single_answer():
    found, _ = _suspects(ZZ)
    by_col = {}
    for f in found:
        by_col.setdefault(f.cell[0], []).append(f)
    # 2131.38: the 合计 I5, or one of three districts whose figure is that much larger: four ways of one change
    [i5] = by_col["I"]
    assert (i5.cell, i5.message_key, i5.params["others"]) == ("I5", "suspect.one_of", 3)
    assert i5.expected == Decimal("21079.72")
    assert set(i5.params["other_cells"].split("、")) == {"I6", "I15", "I16"}
    # 312.59: the 合计 J5 with its ratio L5, or 郑州市本级's J6 with its L6 (the only district above 312.59)
    cells = {f.cell for f in found if f.cell[0] in "JL"}
    assert cells in ({"J5", "L5"}, {"J6", "L6"})
    assert all(f.message_key == "suspect.one_of" and f.params["others"] == 1 for f in found if f.cell in cells)
    assert "单凭运算不能确定是此格" in i5.message() and "the arithmetic cannot tell" in i5.message("en")


def test_an_agreeing_copy_has_nothing_to_locate(tmp_path):
    wb, _ = _agreeing_zhengzhou(tmp_path)
    wb.save(tmp_path / "ok.xlsx")
    found, r = _suspects(tmp_path / "ok.xlsx")
    assert found == []
    [note] = [p for k, p in r.files[0].notes if k == "locate_summary"]
    assert note["broken"] == 0 and note["equations"] == 7 and note["ratios"] > 0


def test_a_row_left_out_of_the_total_is_located_at_the_total_or_a_row_as_large(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    ws["I5"] = float(Decimal(str(ws["I5"].value)) - Decimal("1438.26"))
    wb.save(tmp_path / "omitted.xlsx")
    found, _ = _suspects(tmp_path / "omitted.xlsx")
    [f] = found
    named = {f.cell, *f.params["other_cells"].split("、")}
    assert "I5" in named and f.params["count"] == 1
    big = {c for c in named if c != "I5"}
    assert all(ws[c].value >= 1438.26 for c in big)  # a row can only give up what it holds (ge 0)


def test_a_sign_error_is_the_only_smallest_change(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    ws["K13"] = -ws["K13"].value
    wb.save(tmp_path / "sign.xlsx")
    [f] = _suspects(tmp_path / "sign.xlsx")[0]
    assert (f.cell, f.message_key, f.expected, f.actual) == ("K13", "suspect.only", Decimal("1.02"), Decimal("-1.02"))


def test_a_unit_slip_that_breaks_three_rules_is_located_at_the_county_alone(tmp_path):
    wb = openpyxl.load_workbook(HN23)
    ws = wb["县市区目标"]
    ws["D19"] = ws["D19"].value * 10000  # 醴陵市 5.32 亿元 typed as 53200 (万元)
    wb.save(tmp_path / "unit.xlsx")
    found, r = _suspects(tmp_path / "unit.xlsx")
    broken = {(f.sheet, f.cell) for f in r.files[0].findings if f.severity == "error"}
    assert {("市州目标", "C4"), ("市州目标", "C17"), ("县市区目标", "D126")} <= broken  # 株洲市, both 合计s
    [f] = found
    assert (f.sheet, f.cell, f.message_key) == ("县市区目标", "D19", "suspect.only")
    assert abs(f.expected - Decimal("5.32")) <= Decimal("0.01")


def test_a_county_off_by_one_is_located_in_its_city_never_at_the_city_or_the_total(tmp_path):
    """The fault breaks 株洲市's row and both 合计s: one change of a 株洲 county mends all three, where
    the city row and the 合计s would take two or three; which county, the arithmetic cannot tell."""
    wb = openpyxl.load_workbook(HN23)
    ws = wb["县市区目标"]
    ws["D19"] = ws["D19"].value + 1
    zhuzhou = {c.coordinate for c in ws["D"] if ws[f"C{c.row}"].value == "株洲市"}
    wb.save(tmp_path / "county.xlsx")
    [f] = _suspects(tmp_path / "county.xlsx")[0]
    assert f.message_key == "suspect.one_of" and f.params["count"] == 1
    named = {f.cell, *f.params["other_cells"].split("、")}
    assert f.sheet == "县市区目标" and named <= zhuzhou and "D19" in zhuzhou


def test_a_solver_out_of_time_says_so_at_the_rule(monkeypatch):
    monkeypatch.setattr("xlrecon.locate.suspects.time_limit", lambda: 0.0)
    found, r = _suspects(ZZ)
    assert {f.cell for f in found} == {"I5", "J5"}
    assert all(not f.evaluated and f.message_key == "suspect.not_located" for f in found)
    assert "超出求解时限" in found[0].message() and r.files[0].not_evaluated() >= 2


# --- against brute force --------------------------------------------------------------------


def _term(k: int, value: int, kind: str = "typed") -> Term:
    return Term(CellRef("s", k, 0), Decimal(value), kind, f"r{k}", "x", None, Decimal(1), Decimal(0))


def _brute(eqs: list[Equation], terms: list[Term], weights: dict[str, float]):
    """Every set of cells of the least weight whose change makes every equation hold exactly:
    each subset tried, smallest first, by solving its linear system with numpy."""
    index = {t.where: i for i, t in enumerate(terms)}
    a = np.zeros((len(eqs), len(terms)))
    r = np.array([float(e.residual()) for e in eqs])
    for q, e in enumerate(eqs):
        for t, c in e.terms:
            a[q, index[t.where]] += c
    best, sets = None, []
    for size in range(len(terms) + 1):
        for subset in itertools.combinations(range(len(terms)), size):
            cost = sum(weights[terms[i].kind] for i in subset)
            if best is not None and cost > best + 1e-9:
                continue
            sub = a[:, list(subset)]
            if size:
                x = np.linalg.lstsq(sub, -r, rcond=None)[0]
                ok = np.allclose(sub @ x, -r, atol=1e-7)
            else:
                ok = np.allclose(r, 0)
            if ok:
                if best is None or cost < best - 1e-9:
                    best, sets = cost, []
                sets.append({terms[i].where for i in subset})
        if best is not None and size >= 4:
            break
    return best, sets


def _planted_grid(seed: int, downward: bool) -> dict[tuple[int, int], int]:
    """A 3 × 3 table with its row sums (column 3), column totals (row 3) and grand total, then 1
    or 2 of its 16 cells changed (up, or also down with ``downward``)."""
    rng = random.Random(seed)
    grid = [[rng.randint(5, 60) for _ in range(3)] for _ in range(3)]
    values = {(i, j): grid[i][j] for i in range(3) for j in range(3)}
    for i in range(3):
        values[(i, 3)] = sum(grid[i])
    for j in range(4):
        values[(3, j)] = sum(values[(i, j)] for i in range(3))
    for cell in rng.sample(sorted(values), rng.choice([1, 2])):
        values[cell] += (rng.choice([-1, 1]) if downward else 1) * rng.randint(1, 40)
    return values


@pytest.mark.parametrize("seed", range(40))
def test_the_solver_finds_what_brute_force_finds(seed):
    """A table of 3 columns × 3 rows with row sums, column totals and a grand total, 1 or 2 of its
    9 + 7 cells changed: the solver's least weight and set are brute force's, and when it says the
    set is the only one, brute force finds no other."""
    values = _planted_grid(seed, downward=True)
    kinds = {c: "total" if 3 in c else "typed" for c in values}
    terms = {c: Term(CellRef("s", c[0], c[1]), Decimal(v), kinds[c], None, "x", None, Decimal(1), Decimal(0))
             for c, v in values.items()}
    eqs = [Equation("row", {"zh": "行"}, terms[(i, 3)].where,
                    tuple([(terms[(i, j)], 1) for j in range(3)] + [(terms[(i, 3)], -1)]), Decimal(0), Decimal(0))
           for i in range(4)]
    eqs += [Equation("col", {"zh": "列"}, terms[(3, j)].where,
                     tuple([(terms[(i, j)], 1) for i in range(3)] + [(terms[(3, j)], -1)]), Decimal(0), Decimal(0))
            for j in range(4)]
    weights = {"typed": 1.0, "total": 1.5, "formula": 2.0, "derived": 2.0}
    tl = list(terms.values())
    best, sets = _brute(eqs, tl, weights)
    result = solve.fewest_changes(eqs, tl, weights, 10)
    if best == 0:
        assert result.best is None or not result.best.changes
        return
    assert result.status == "located", result.status
    assert abs(result.best.cost - best) < 1e-6
    found = [set(result.best.changes), *(set(s.changes) for s in result.others)]
    assert all(s in sets for s in found)
    if result.exhausted:
        assert len(found) == len(sets)
    for s in [result.best, *result.others]:
        assert all(e.holds(s.changes) for e in eqs)


# --- the command line -------------------------------------------------------------------------


def test_xlrecon_locate_json_is_the_librarys_report():
    out = subprocess.run([sys.executable, "-m", "xlrecon", "locate", str(ZZ), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    expected = xlrecon.located(xlrecon.check(ZZ, locate=True)).to_dict()
    assert data["files"] == expected["files"]
    checks = {f["check"] for f in data["files"][0]["findings"]}
    assert checks == {"total", "suspect"}  # the shortfalls (thresholds) are not what locate is about


def test_check_locate_adds_the_suspects_to_every_finding():
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(ZZ), "--locate", "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    findings = json.loads(out.stdout)["files"][0]["findings"]
    assert {f["check"] for f in findings} >= {"total", "threshold", "suspect"}
    plain = json.loads(subprocess.run([sys.executable, "-m", "xlrecon", "check", str(ZZ), "--format", "json"],
                                      capture_output=True, text=True, cwd=ROOT, timeout=120).stdout)
    assert "suspect" not in {f["check"] for f in plain["files"][0]["findings"]}


def test_a_template_sets_its_own_weights_and_a_bad_one_is_named(tmp_path):
    from xlrecon.errors import XlreconError
    from xlrecon.locate.system import weights
    from xlrecon.templates.loader import load_template

    text = (ROOT / "schemas" / "reserve-progress.yaml").read_text(encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(text + "\nlocate:\n  weights: {total: 0.5}\n", encoding="utf-8")
    w = weights(load_template(good))
    assert w["total"] == 0.5 and w["typed"] == 1.0 and w["derived"] == 2.0
    bad = tmp_path / "bad.yaml"
    bad.write_text(text + "\nlocate:\n  weights: {typed: -1}\n", encoding="utf-8")
    with pytest.raises(XlreconError) as exc:
        load_template(bad)
    assert "locate.weights.typed" in exc.value.message("zh") and "应为正数" in exc.value.message("zh")


@pytest.mark.parametrize("seed", range(12))
def test_banffs_errorloc_agrees_with_the_solver(seed):
    """Statistics Canada's Banff ``errorloc`` (GPL: a test-only oracle, never imported by xlrecon)
    on the same table as one record with the same edits and weights: the cells it picks are one
    of the solver's equally small answers, at the same weight."""
    banff = pytest.importorskip("banff", reason="Banff (pip install banff) is the test-only oracle")
    import pandas as pd

    values = _planted_grid(1000 + seed, downward=False)  # never below 0: Banff takes every figure as ≥ 0
    kinds = {c: "total" if 3 in c else "typed" for c in values}
    name = {c: f"x{c[0]}{c[1]}" for c in values}
    terms = {c: Term(CellRef("s", c[0], c[1]), Decimal(v), kinds[c], None, "x", None, Decimal(1), Decimal(0),
                     lower=Decimal(0)) for c, v in values.items()}
    rows = [[(i, j) for j in range(3)] + [(i, 3)] for i in range(4)]
    cols = [[(i, j) for i in range(3)] + [(3, j)] for j in range(4)]
    eqs = [Equation("e", {"zh": "e"}, terms[line[-1]].where,
                    tuple([(terms[c], 1) for c in line[:-1]] + [(terms[line[-1]], -1)]), Decimal(0), Decimal(0))
           for line in rows + cols]
    weights = {"typed": 1.0, "total": 1.5, "formula": 2.0, "derived": 2.0}
    result = solve.fewest_changes(eqs, list(terms.values()), weights, 10)
    edits = " ".join(" + ".join(name[c] for c in line[:-1]) + f" - {name[line[-1]]} = 0;" for line in rows + cols)
    data = pd.DataFrame({"ident": ["t"], **{name[c]: [float(v)] for c, v in values.items()}})
    out = banff.errorloc(unit_id="ident", edits=edits, indata=data, seed=1, cardinality=8, time_per_obs=20,
                         weights=" ".join(f"{name[c]}={weights[kinds[c]]};" for c in values), capture=True)
    picked = {f.lower() for f in out.outstatus.to_pandas()["FIELDID"]}
    if not any(not e.holds() for e in eqs):
        assert picked == set() and result.best is None
        return
    answers = [{name[(c.row, c.col)] for c in s.changes} for s in [result.best, *result.others]]
    assert result.exhausted and picked in answers, (picked, answers)
    assert sum(weights[kinds[(int(f[1]), int(f[2]))]] for f in picked) == pytest.approx(result.best.cost)


def test_a_solver_that_fails_is_said_at_the_rule_and_in_fix_rounding(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("HiGHS crashed")

    monkeypatch.setattr(solve, "fewest_changes", broken)
    found, _ = _suspects(ZZ)
    assert found and all(f.message_key == "suspect.not_located" and not f.evaluated for f in found)
    assert "求解器出错" in found[0].message() and "the solver failed" in found[0].message("en")
    monkeypatch.setattr("xlrecon.locate.rounding._plan", broken)
    [plan] = xlrecon.api.rounding_fixups(xlrecon.check(HN23))
    assert plan["status"] == "solver_error" and plan["changes"] == []
