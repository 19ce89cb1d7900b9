"""The layout the docs promise: no import cycles, one registration line per capability, the declared order."""

import ast
from pathlib import Path

import newsprobe
from newsprobe.pipeline import CAPABILITIES, analyzers

SRC = Path(newsprobe.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """Every newsprobe module ``path`` imports, at module level or inside functions."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = f"{base}.{node.module}" if node.level and node.module else base if node.level else node.module
            submodules = {f"{target}.{alias.name}" for alias in node.names} & modules  # "from . import output"
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in SRC.rglob("*.py")}
    return {name: {m for m in imports_of(path, set(modules)) if m in modules and m != name} for name, path in modules.items()}


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    cycles = []

    def reachable(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    for name in graph:
        back = [other for other in graph[name] if name in reachable(other)]
        cycles += [f"{name} ↔ {other}" for other in back]
    assert not cycles, cycles


def test_every_capability_is_one_package_with_its_analyzer():
    assert {a.name for a in analyzers()} == set(CAPABILITIES)
    for name in CAPABILITIES:
        assert (SRC / name / "analyzer.py").is_file()


def test_analyzers_run_after_the_sections_they_read():
    order = [a.name for a in analyzers()]
    for analyzer in analyzers():
        assert all(order.index(read) < order.index(analyzer.name) for read in analyzer.reads)


def test_sections_are_report_fields():
    assert set(CAPABILITIES) <= set(newsprobe.Report.model_fields)
