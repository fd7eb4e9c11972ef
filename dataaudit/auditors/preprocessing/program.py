"""Several scripts and notebooks analysed as one program when they hand data to each other through files.

``prepare.py`` fits a scaler and writes the transformed arrays (``np.save``,
``joblib.dump``, ``pickle.dump``, ``to_parquet``); ``train.py`` loads them and
splits. Each file alone looks clean; run one after the other they leak. Files
are grouped when one writes a file name that another reads, ordered writers
first, and analysed as one sequence of cells (locations stay per file). Files
that hand nothing to each other are analysed on their own.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from dataaudit.auditors.preprocessing import knowledge as K
from dataaudit.auditors.preprocessing.code_files import CodeFile, load_code_file, load_program
from dataaudit.auditors.preprocessing.leaks import CodeAnalysis, analyse_code_file

__all__ = ["ProgramPart", "analyse_code_files", "hand_offs"]

_WRITERS = K.SAVE_FUNCTIONS | K.SAVE_METHODS
_READERS = {"load", "read_pickle", "read_csv", "read_parquet", "read_feather", "read_hdf", "read_json", "read_excel",
            "read_table", "loadtxt", "genfromtxt", "fromfile", "open", "load_npz"}


@dataclass(frozen=True)
class ProgramPart:
    """One analysed unit: a file alone, or several files run as one program."""

    files: tuple[CodeFile, ...]
    code: CodeFile
    analysis: CodeAnalysis


def _names_in(node: ast.AST) -> set[str]:
    out = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            name = re.split(r"[\\/]", sub.value)[-1].strip().lower()
            if "." in name.strip(".") and not name.endswith((".py", ".ipynb")):
                out.add(name)
    return out


def hand_offs(code: CodeFile) -> tuple[set[str], set[str]]:
    """File names the code writes and file names it reads (names in save and load calls, given literally or
    through a variable assigned a literal, ``OUT = "features.npy"``)."""
    writes: set[str] = set()
    reads: set[str] = set()
    constants: dict[str, set[str]] = {}
    for cell in code.parsed:
        for node in ast.walk(cell.tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                found = _names_in(node.value)
                if found:
                    constants[node.targets[0].id] = found
    for cell in code.parsed:
        for node in ast.walk(cell.tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            args = [*node.args, *(k.value for k in node.keywords)]
            names = set().union(*(_names_in(a) for a in args),
                                *(constants.get(a.id, set()) for a in args if isinstance(a, ast.Name)))
            if not names:
                continue
            if name == "open":
                mode = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "mode"), None)
                writing = isinstance(mode, ast.Constant) and isinstance(mode.value, str) and \
                    any(c in mode.value for c in "wax")
                (writes if writing else reads).update(names)
            elif name in _WRITERS:
                writes.update(names)
            elif name in _READERS or name.startswith("read_"):
                reads.update(names)
    return writes, reads


def analyse_code_files(files: dict[str, str]) -> list[ProgramPart]:
    """Analyse every file; files linked by hand-offs are analysed together, writers first."""
    codes = [load_code_file(path, text) for path, text in sorted(files.items())]
    io = [hand_offs(c) for c in codes]
    parent = list(range(len(codes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    feeds: dict[int, set[int]] = {i: set() for i in range(len(codes))}
    for i, (writes, _r) in enumerate(io):
        for j, (_w, reads) in enumerate(io):
            if i != j and writes & reads:
                feeds[i].add(j)
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(codes)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for members in sorted(groups.values()):
        if len(members) == 1:
            code = codes[members[0]]
            out.append(ProgramPart((code,), code, analyse_code_file(code)))
            continue
        ordered = _writers_first(members, feeds)
        program = load_program([codes[i] for i in ordered])
        out.append(ProgramPart(tuple(codes[i] for i in ordered), program, analyse_code_file(program)))
    return out


def _writers_first(members: list[int], feeds: dict[int, set[int]]) -> list[int]:
    """A file runs after every file whose output it reads (files in a cycle keep their name order)."""
    order: list[int] = []
    visiting: set[int] = set()

    def visit(i: int) -> None:
        if i in order or i in visiting:
            return
        visiting.add(i)
        for j in members:
            if i in feeds[j]:
                visit(j)
        order.append(i)

    for i in members:
        visit(i)
    return order
