"""The package layout: one folder per auditor, no import cycles, old documented paths still import."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import dataaudit
from dataaudit._deprecated import MOVED_MODULES
from dataaudit.auditors import BUILTIN_AUDITORS

PACKAGE = Path(dataaudit.__file__).resolve().parent

#: Top-level modules are the entry points and what every part shares; nothing of one auditor.
TOP_LEVEL = {"__init__", "__main__", "_version", "_deprecated", "api", "cli", "keras", "errors", "params", "progress",
             "options", "docgen", "testing", "safety", "storage"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _executed_at_import(node: ast.AST):
    """The nodes of a top-level statement that run when the module is imported (not function bodies)."""
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from _executed_at_import(child)


def _import_edges(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the package modules it imports when it is imported (not inside functions or TYPE_CHECKING)."""
    edges: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            for n in _executed_at_import(node):
                if isinstance(n, ast.ImportFrom) and n.module and n.module.startswith("dataaudit"):
                    targets = [f"{n.module}.{a.name}" for a in n.names if f"{n.module}.{a.name}" in modules]
                    edges[name].update(targets or ([n.module] if n.module in modules else []))
                elif isinstance(n, ast.Import):
                    edges[name].update(a.name for a in n.names if a.name in modules)
        # A parent package is initialised before its children whatever they import: not a cycle.
        edges[name] = {t for t in edges[name] if not name.startswith(t + ".")}
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles():
    assert _cycles(_import_edges(_modules())) == []


def test_the_cycle_check_finds_a_cycle():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(edges) == [["a", "b", "c"]]


def test_top_level_holds_only_shared_modules():
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top <= TOP_LEVEL, f"modules at dataaudit/ top level that belong in a folder: {sorted(top - TOP_LEVEL)}"


@pytest.mark.parametrize("auditor", BUILTIN_AUDITORS, ids=lambda a: a.name)
def test_each_builtin_auditor_lives_in_its_own_folder(auditor):
    assert auditor.__module__ == f"dataaudit.auditors.{auditor.name}.auditor"
    folder = PACKAGE / "auditors" / auditor.name
    assert (folder / "__init__.py").is_file() and (folder / "auditor.py").is_file()


@pytest.mark.parametrize("old", sorted(MOVED_MODULES))
def test_old_documented_paths_import_with_a_deprecation_warning(old):
    new, names = MOVED_MODULES[old]
    target = importlib.import_module(new)
    sys.modules.pop(old, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = importlib.import_module(old)
    assert any(issubclass(w.category, DeprecationWarning) and new in str(w.message) for w in caught)
    for name in names:
        assert getattr(module, name) is getattr(target, name)


def test_every_module_imports():
    # In a fresh interpreter: modules the package's __init__ does not import (CLI, Keras helpers,
    # renderers) are imported here too, so a cycle among them shows.
    names = sorted(m for m in _modules() if not m.endswith("__main__"))
    code = "import importlib, sys\nfor n in sys.argv[1:]:\n    importlib.import_module(n)\n"
    done = subprocess.run([sys.executable, "-c", code, *names], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tensorflow" not in subprocess.run(
        [sys.executable, "-c", "import sys, dataaudit, dataaudit.cli; print(sorted(sys.modules))"],
        capture_output=True, text=True, timeout=120).stdout, "importing dataaudit must not import TensorFlow"
