"""The code's layout, as docs/architecture.md draws it, held by tests on the import graph.

The graph is grimp's: every import statement in ``xlrecon/``, at module level, inside a
function, or under ``if TYPE_CHECKING:``, each as an edge to the module it names
(``from xlrecon.read import layout`` is an edge to ``xlrecon.read.layout``).
"""

from __future__ import annotations

import graphlib
import re
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent

#: what each part of the flow must never import, directly or through other modules: the flow
#: runs one way (read → checks → findings → writers and front ends), and only the front ends
#: call the API
FORBIDDEN = {
    "xlrecon.read": ["xlrecon.checks", "xlrecon.pipeline", "xlrecon.write", "xlrecon.batches", "xlrecon.render"],
    "xlrecon.templates": ["xlrecon.read", "xlrecon.checks", "xlrecon.pipeline", "xlrecon.write", "xlrecon.batches",
                          "xlrecon.render"],
    "xlrecon.regions": ["xlrecon.read", "xlrecon.checks", "xlrecon.pipeline", "xlrecon.write", "xlrecon.batches",
                        "xlrecon.render"],
    "xlrecon.precision": ["xlrecon.read", "xlrecon.templates", "xlrecon.checks"],
    "xlrecon.checks": ["xlrecon.pipeline", "xlrecon.write", "xlrecon.batches", "xlrecon.render", "xlrecon.locate"],
    "xlrecon.pipeline": ["xlrecon.write", "xlrecon.batches", "xlrecon.render"],
    "xlrecon.write": ["xlrecon.checks", "xlrecon.pipeline", "xlrecon.batches", "xlrecon.render"],
    "xlrecon.render": ["xlrecon.read", "xlrecon.checks", "xlrecon.pipeline", "xlrecon.write", "xlrecon.batches"],
    "xlrecon.batches": ["xlrecon.render"],
    "xlrecon.locate": ["xlrecon.pipeline", "xlrecon.write", "xlrecon.batches", "xlrecon.render"],
    "xlrecon.drafts": ["xlrecon.checks", "xlrecon.pipeline", "xlrecon.write", "xlrecon.batches", "xlrecon.render"],
    "xlrecon.findings": ["xlrecon.read", "xlrecon.checks", "xlrecon.pipeline", "xlrecon.write", "xlrecon.batches"],
}
FRONT_ENDS = ("xlrecon.cli", "xlrecon.excel", "xlrecon.web", "xlrecon.__main__")
ENTRY = "xlrecon.api"
#: the engines that parse workbook files, and the one folder that may use them
READERS = ("python_calamine",)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("xlrecon", include_external_packages=True, cache_dir=None)


def _xlrecon(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    return {m: {t for t in graph.find_modules_directly_imported_by(m) if t.startswith("xlrecon")}
            for m in graph.modules if m.startswith("xlrecon")}


def _where(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)
    return ", ".join(f"{importer.replace('.', '/')}.py:{d['line_number']}" for d in details) or importer


def test_the_import_graph_has_no_cycle(graph):
    edges = _xlrecon(graph)
    try:
        graphlib.TopologicalSorter(edges).prepare()
    except graphlib.CycleError as exc:
        cycle = exc.args[1][::-1]  # graphlib lists it against the edges' direction
        steps = [f"{a} -> {b} ({_where(graph, a, b)})" for a, b in zip(cycle, cycle[1:])]
        pytest.fail("an import cycle:\n  " + "\n  ".join(steps))


def test_the_folders_import_one_way(graph):
    """Taken a folder (or a top-level module) at a time, the graph has no cycle either: a
    newcomer can read the layers in one order."""
    def place(m: str) -> str:
        return ".".join(m.split(".")[:2])

    edges: dict[str, set[str]] = {}
    for m, targets in _xlrecon(graph).items():
        edges.setdefault(place(m), set()).update(place(t) for t in targets if place(t) != place(m))
    try:
        graphlib.TopologicalSorter(edges).prepare()
    except graphlib.CycleError as exc:
        cycle = exc.args[1][::-1]
        steps = []
        for a, b in zip(cycle, cycle[1:]):
            via = next((f"{m} -> {t}" for m, ts in _xlrecon(graph).items() if place(m) == a
                        for t in ts if place(t) == b), "")
            steps.append(f"{a} -> {b} (e.g. {via})")
        pytest.fail("the folders import each other:\n  " + "\n  ".join(steps))


def test_the_cycle_test_finds_a_cycle():
    """The test above fails on a graph with a cycle (one through a lazy import counts)."""
    g = grimp.ImportGraph()
    for m in ("xlrecon.a", "xlrecon.b", "xlrecon.c"):
        g.add_module(m)
    g.add_import(importer="xlrecon.a", imported="xlrecon.b")
    g.add_import(importer="xlrecon.b", imported="xlrecon.c")
    assert graphlib.TopologicalSorter(_xlrecon(g)).static_order()
    g.add_import(importer="xlrecon.c", imported="xlrecon.a")
    with pytest.raises(graphlib.CycleError):
        graphlib.TopologicalSorter(_xlrecon(g)).prepare()


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_each_part_of_the_flow_imports_only_what_comes_before_it(graph, part):
    for other in FORBIDDEN[part]:
        if other not in graph.modules:
            pytest.fail(f"{other} is not a module any more: update FORBIDDEN and docs/architecture.md")
        chain = graph.find_shortest_chain(importer=part, imported=other, as_packages=True)
        assert chain is None, f"{part} imports {other}: " + " -> ".join(chain)


def test_only_the_front_ends_call_the_api(graph):
    importers = graph.find_modules_that_directly_import(ENTRY)
    wrong = sorted(m for m in importers if not m.startswith(FRONT_ENDS))
    assert not wrong, "below the API, these import it: " + "; ".join(_where(graph, m, ENTRY) for m in wrong)


def test_only_read_opens_workbook_files(graph):
    for engine in READERS:
        users = graph.find_modules_that_directly_import(engine)
        assert users, f"nothing imports {engine}: update READERS"
        wrong = sorted(m for m in users if not m.startswith("xlrecon.read."))
        assert not wrong, f"{engine} is imported outside xlrecon/read/: " + "; ".join(
            _where(graph, m, engine) for m in wrong)


def test_every_package_folder_is_installed():
    """pyproject.toml lists the packages; a folder left off would be missing from a wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    folders = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "xlrecon").rglob("__init__.py")}
    assert folders <= listed, f"not in pyproject.toml's packages: {sorted(folders - listed)}"
    assert all(p in folders or p in config.get("package-dir", {}) for p in listed), "a listed package has no folder"


def test_the_architecture_document_names_every_folder_and_top_level_module():
    text = (ROOT / "docs" / "architecture.md").read_text()
    named = set(re.findall(r"`(xlrecon/[\w/]+(?:\.py)?)`", text))
    wanted = {f"xlrecon/{p.name}/" if p.is_dir() else f"xlrecon/{p.name}"
              for p in (ROOT / "xlrecon").iterdir()
              if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and p.name != "__init__.py")}
    missing = sorted(w for w in wanted if w not in named and w.rstrip("/") not in named)
    assert not missing, f"docs/architecture.md does not say what these hold: {missing}"


def test_no_module_of_xlrecon_imports_banff(graph):
    """Banff is GPL: the tests check the localisation against it, xlrecon itself never uses it."""
    users = {m for m in graph.modules if m.startswith("xlrecon")
             and "banff" in {t.split(".")[0] for t in graph.find_modules_directly_imported_by(m)}}
    assert users == set()
