"""Training scripts and notebooks as sequences of parsed cells, with the locations findings point at.

A script is one cell. A notebook (``.ipynb`` JSON) is its code cells; IPython
magics and shell escapes are blanked (their line numbers kept) so that the
rest of the cell still parses. Locations are ``train.py:42`` for scripts and
``analysis.ipynb:cell5:3`` (fifth cell of the notebook, counting markdown
cells, line 3 of that cell) for notebooks.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Cell", "CodeFile", "load_code_file", "cell_source", "no_cycle_collection", "load_program", "read_code_text", "MAX_CODE_FILE_BYTES"]

#: Code files larger than this are not read (a 50,000-line script is ~2 MB; notebooks carry their outputs).
MAX_CODE_FILE_BYTES = 64_000_000
# Text standing for a code file that was not read, so that its analysis reports why (DA307) instead of
# dropping the file: NUL characters never occur in a Python source or notebook that could be analysed.
_NOT_READ = "\x00dataaudit:not-read\x00"

# Cell magics whose body is still Python.
_PYTHON_CELL_MAGICS = {"time", "timeit", "capture", "prun", "debug", "memit", "skip", "cache"}
_LINE_MAGIC = re.compile(r"^(\s*)(%|!|\?)")
_HELP_SUFFIX = re.compile(r"^(\s*)[\w.\[\]()'\"]+\?{1,2}\s*$")
_ASSIGNED_SHELL = re.compile(r"^(\s*)([\w, ]+)=\s*[!%]")
# Line magics that run the Python statement after them (``%time X = scaler.fit_transform(X)``), options skipped.
_RUNNING_MAGIC = re.compile(r"^(\s*)%(?:time|timeit|prun|memit|debug)\s+(?:-[a-zA-Z]+(?:\s+\d+)?\s+)*(\S.*)$")


@dataclass(frozen=True)
class Cell:
    """One unit of code: ``index`` is the 1-based position in the notebook (None in a script)."""

    source: str
    index: int | None = None
    execution_count: int | None = None
    tree: ast.Module | None = field(default=None, compare=False, repr=False)
    error: str = ""
    path: str = ""  # the file holding the cell, in a program of several files
    number: int | None = None  # the cell's position in its own notebook, in a program of several files


@dataclass(frozen=True)
class CodeFile:
    path: str
    kind: str  # "script", "notebook" or "program" (several files)
    cells: tuple[Cell, ...]
    raw: str = field(default="", compare=False, repr=False)  # a notebook's JSON text (to write a corrected copy)
    # Command-line options another file of the program passes to a script it runs (``!python prep.py --out x.csv``):
    # (option attribute, file name) pairs, read like an option's default.
    cli_options: tuple = field(default=(), compare=False, repr=False)

    def location(self, cell: int | None, line: int) -> str:
        if self.kind == "program" and cell is not None:
            held = self.cell_at(cell)
            if held is not None:
                return f"{held.path}:cell{held.number}:{line}" if held.number is not None else f"{held.path}:{line}"
        if self.kind == "notebook" and cell is not None:
            return f"{self.path}:cell{cell}:{line}"
        return f"{self.path}:{line}"

    def cell_at(self, index: int | None) -> Cell | None:
        return next((c for c in self.cells if c.index == index), None)

    def file_of(self, cell: int | None) -> str:
        """The file a cell belongs to (the file itself unless this is a program of several files)."""
        if self.kind == "program":
            held = self.cell_at(cell)
            return held.path if held is not None else self.path
        return self.path

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
        running = _RUNNING_MAGIC.match(line)
        if running:
            # The magic becomes a name statement of the same width (``_____;X = ...``): columns stay right for
            # locations and rewrites.
            head = len(line) - len(running.group(2)) - len(running.group(1))
            out.append(running.group(1) + "_" * (head - 1) + ";" + running.group(2))
            continue
        m = _LINE_MAGIC.match(line) or _ASSIGNED_SHELL.match(line)
        if m or _HELP_SUFFIX.match(line):
            indent = re.match(r"^\s*", line).group(0)
            out.append(f"{indent}pass")
        else:
            out.append(line)
    return "\n".join(out)


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: parsing and analysing a long file allocate millions of objects
    that are not garbage, and the collector's repeated passes over them cost a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(source: str, what: str) -> tuple[ast.Module | None, str]:
    try:
        with no_cycle_collection():
            return ast.parse(source), ""
    except SyntaxError as exc:
        return None, f"{what} does not parse as Python (line {exc.lineno}: {exc.msg})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return None, f"{what} cannot be parsed ({type(exc).__name__})"


def cell_source(cell: dict) -> str:
    src = cell.get("source", "")
    if isinstance(src, list):
        return "".join(str(s) for s in src)
    return str(src)


def read_code_text(path: str | os.PathLike[str]) -> str:
    """The text of a code file, or a stand-in that makes its analysis say why it was not read.

    Only regular files are opened (a FIFO or device named ``prep.py`` would block or never end),
    and files over :data:`MAX_CODE_FILE_BYTES` are not read; neither is dropped silently.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return f"{_NOT_READ}it is not a regular file (a FIFO, device or socket), so it was not read"
        if info.st_size > MAX_CODE_FILE_BYTES:
            return (f"{_NOT_READ}it holds {info.st_size:,} bytes, over the {MAX_CODE_FILE_BYTES:,}-byte limit for "
                    "code files, so it was not read; a leak in it would not be found")
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read(MAX_CODE_FILE_BYTES + 1)
    except OSError as exc:
        return f"{_NOT_READ}it could not be read ({exc.strerror or type(exc).__name__})"


def load_code_file(path: str, text: str) -> CodeFile:
    """Parse one code file (``*.py`` text or ``*.ipynb`` JSON)."""
    kind = "notebook" if path.lower().endswith(".ipynb") else "script"
    if text.startswith(_NOT_READ):
        return CodeFile(path, kind, (Cell("", None, None, None, f"{path}: {text[len(_NOT_READ):]}"),))
    if kind == "notebook":
        try:
            nb = json.loads(text)
            raw_cells = nb["cells"] if isinstance(nb, dict) else None
            if not isinstance(raw_cells, list):
                raise ValueError("no cell list")
        except RecursionError:
            reason = f"{path} is not a readable Jupyter notebook (its JSON is nested too deeply to read)"
            return CodeFile(path, "notebook", (Cell("", None, None, None, reason),))
        except (ValueError, KeyError, TypeError) as exc:
            reason = f"{path} is not a readable Jupyter notebook ({type(exc).__name__})"
            return CodeFile(path, "notebook", (Cell("", None, None, None, reason),))
        cells = []
        for position, cell in enumerate(raw_cells, start=1):
            if not isinstance(cell, dict) or cell.get("cell_type") != "code":
                continue
            source = cell_source(cell)
            count = cell.get("execution_count")
            count = count if isinstance(count, int) else None
            python = _blank_magics(source)
            if python is None or not python.strip():
                continue
            tree, error = _parse(python, f"{path} cell {position}")
            cells.append(Cell(python, position, count, tree, error))
        return CodeFile(path, "notebook", tuple(cells), text)
    tree, error = _parse(text, path)
    return CodeFile(path, "script", (Cell(text, None, None, tree, error),))


def load_program(files: list[CodeFile], cli_options: tuple = ()) -> CodeFile:
    """Several parsed files as one program, run one after the other (their cells renumbered, their paths kept).

    Locations stay those of each file (``prepare.py:12``, ``train.ipynb:cell3:2``).
    """
    cells = []
    for code in files:
        for cell in code.cells:
            number = cell.index if code.kind == "notebook" else None
            cells.append(Cell(cell.source, len(cells) + 1, None, cell.tree, cell.error, code.path, number))
    return CodeFile("+".join(c.path for c in files), "program", tuple(cells), cli_options=cli_options)
