"""Training scripts and notebooks as sequences of parsed cells, with the locations findings point at.

A script is one cell. A notebook (``.ipynb`` JSON) is its code cells; IPython
magics and shell escapes are blanked (their line numbers kept) so that the
rest of the cell still parses. Locations are ``train.py:42`` for scripts and
``analysis.ipynb:cell5:3`` (fifth cell of the notebook, counting markdown
cells, line 3 of that cell) for notebooks.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field

__all__ = ["Cell", "CodeFile", "load_code_file"]

# Cell magics whose body is still Python.
_PYTHON_CELL_MAGICS = {"time", "timeit", "capture", "prun", "debug", "memit", "skip", "cache"}
_LINE_MAGIC = re.compile(r"^(\s*)(%|!|\?)")
_HELP_SUFFIX = re.compile(r"^(\s*)[\w.\[\]()'\"]+\?{1,2}\s*$")
_ASSIGNED_SHELL = re.compile(r"^(\s*)([\w, ]+)=\s*[!%]")


@dataclass(frozen=True)
class Cell:
    """One unit of code: ``index`` is the 1-based position in the notebook (None in a script)."""

    source: str
    index: int | None = None
    execution_count: int | None = None
    tree: ast.Module | None = field(default=None, compare=False, repr=False)
    error: str = ""


@dataclass(frozen=True)
class CodeFile:
    path: str
    kind: str  # "script" or "notebook"
    cells: tuple[Cell, ...]

    def location(self, cell: int | None, line: int) -> str:
        if self.kind == "notebook" and cell is not None:
            return f"{self.path}:cell{cell}:{line}"
        return f"{self.path}:{line}"

    @property
    def parsed(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.tree is not None)

    @property
    def problems(self) -> list[str]:
        return [c.error for c in self.cells if c.error]

    def execution_order(self) -> tuple[Cell, ...] | None:
        """Executed cells in execution-count order, or None when that is the top-to-bottom order.

        Cells never executed are left out of this order (they did not run in
        the saved session). None also when no cell has an execution count.
        """
        if self.kind != "notebook":
            return None
        parsed = self.parsed
        executed = [c for c in parsed if c.execution_count is not None]
        if not executed:
            return None
        ordered = sorted(executed, key=lambda c: (c.execution_count, c.index or 0))
        if [c.index for c in ordered] == [c.index for c in parsed]:
            return None
        return tuple(ordered)


def _blank_magics(source: str) -> str | None:
    """The cell with magics and shell lines replaced by ``pass``; None for a non-Python cell magic."""
    lines = source.split("\n")
    if lines and lines[0].lstrip().startswith("%%"):
        magic = lines[0].lstrip()[2:].split(None, 1)[0] if lines[0].lstrip()[2:].strip() else ""
        if magic not in _PYTHON_CELL_MAGICS:
            return None
        lines[0] = ""
    out = []
    for line in lines:
        m = _LINE_MAGIC.match(line) or _ASSIGNED_SHELL.match(line)
        if m or _HELP_SUFFIX.match(line):
            indent = re.match(r"^\s*", line).group(0)
            out.append(f"{indent}pass")
        else:
            out.append(line)
    return "\n".join(out)


def _parse(source: str, what: str) -> tuple[ast.Module | None, str]:
    try:
        return ast.parse(source), ""
    except SyntaxError as exc:
        return None, f"{what} does not parse as Python (line {exc.lineno}: {exc.msg})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return None, f"{what} cannot be parsed ({type(exc).__name__})"


def _cell_source(cell: dict) -> str:
    src = cell.get("source", "")
    if isinstance(src, list):
        return "".join(str(s) for s in src)
    return str(src)


def load_code_file(path: str, text: str) -> CodeFile:
    """Parse one code file (``*.py`` text or ``*.ipynb`` JSON)."""
    if path.lower().endswith(".ipynb"):
        try:
            nb = json.loads(text)
            raw_cells = nb["cells"] if isinstance(nb, dict) else None
            if not isinstance(raw_cells, list):
                raise ValueError("no cell list")
        except (ValueError, KeyError, TypeError) as exc:
            reason = f"{path} is not a readable Jupyter notebook ({type(exc).__name__})"
            return CodeFile(path, "notebook", (Cell("", None, None, None, reason),))
        cells = []
        for position, cell in enumerate(raw_cells, start=1):
            if not isinstance(cell, dict) or cell.get("cell_type") != "code":
                continue
            source = _cell_source(cell)
            count = cell.get("execution_count")
            count = count if isinstance(count, int) else None
            python = _blank_magics(source)
            if python is None or not python.strip():
                continue
            tree, error = _parse(python, f"{path} cell {position}")
            cells.append(Cell(python, position, count, tree, error))
        return CodeFile(path, "notebook", tuple(cells))
    tree, error = _parse(text, path)
    return CodeFile(path, "script", (Cell(text, None, None, tree, error),))
