"""Corrected code for a leak: a rewrite of the user's own lines when the shape allows, else a runnable pattern.

Rewrites are character-range edits of one cell (or script), so that the
fixes of several leaks in one file compose into one corrected file:

- fit before ``train_test_split``: the fit statement moves after the split,
  fitting on the training part and transforming the other parts;
- fit before ``model.fit(validation_split=f)``: the fit uses only the rows Keras
  trains on (``x[:int(len(x) * (1 - f))]``);
- fit before ``cross_val_score``-style calls: the transformer goes into a
  pipeline with the estimator;
- fit on all data / on train plus validation after the split: the fit's data
  becomes the training part; ``fit_transform`` on evaluation data becomes
  ``transform``.

Anything else gets a short, self-contained example of the right pattern for
the API involved (applicability ``manual``). Every template is executed by
the test suite.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field

from dataaudit.auditors.preprocessing import knowledge as K
from dataaudit.auditors.preprocessing.code_files import cell_source, Cell, CodeFile
from dataaudit.auditors.preprocessing.leaks import CodeLeak

__all__ = ["CodeFix", "Edit", "plan_fix", "TEMPLATES", "fixed_files"]


@dataclass(frozen=True)
class Edit:
    """Replace characters ``start:end`` of a cell's text with ``text`` (``start == end`` inserts)."""

    cell: int | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CodeFix:
    applicability: str  # "suggested" (a rewrite of these lines) or "manual" (an example of the pattern)
    code: str
    how: str
    original: str = ""
    lines: tuple[int, int] | None = None
    edits: tuple[Edit, ...] = field(default=(), repr=False)
    template: str = ""


class _Source:
    """One cell's text with conversions from ast positions to character offsets."""

    def __init__(self, cell: Cell):
        self.cell = cell
        self.split_side = self  # where edits around the split go (another cell for a cross-cell move)
        self.text = cell.source
        self.lines = self.text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.parents: dict[int, tuple[list, int]] = {}
        if cell.tree is not None:
            for node in ast.walk(cell.tree):
                for name in ("body", "orelse", "finalbody"):
                    block = getattr(node, name, None)
                    if isinstance(block, list):
                        for i, stmt in enumerate(block):
                            if isinstance(stmt, ast.stmt):
                                self.parents[id(stmt)] = (block, i)
                for handler in getattr(node, "handlers", []) or []:
                    for i, stmt in enumerate(handler.body):
                        self.parents[id(stmt)] = (handler.body, i)

    def offset(self, line: int, col: int) -> int:
        raw = self.lines[line - 1].encode("utf-8")[:col].decode("utf-8", "replace")
        return self.starts[line - 1] + len(raw)

    def span(self, node: ast.AST) -> tuple[int, int]:
        return self.offset(node.lineno, node.col_offset), self.offset(node.end_lineno, node.end_col_offset)

    def text_of(self, node: ast.AST) -> str:
        a, b = self.span(node)
        return self.text[a:b]

    def stmt_lines(self, stmt: ast.stmt) -> tuple[int, int]:
        """Offsets of the statement's whole lines, newline included."""
        return self.starts[stmt.lineno - 1], self.starts[stmt.end_lineno]

    def indent(self, stmt: ast.stmt) -> str:
        line = self.lines[stmt.lineno - 1]
        return line[: len(line) - len(line.lstrip())]

    def after(self, stmt: ast.stmt) -> int:
        return self.starts[stmt.end_lineno]


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _root(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _snake(name: str) -> str:
    out = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    return out or "transformer"


class _Replace(ast.NodeTransformer):
    """Rename variables, differently inside statistic calls (which must see only the training part)."""

    def __init__(self, mapping: dict[str, str], inside_stats: dict[str, str] | None = None,
                 swap_call: tuple[ast.AST, ast.AST] | None = None):
        self.mapping = mapping
        self.inside_stats = inside_stats
        self.swap_call = swap_call
        self.in_stat = 0

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if self.swap_call is not None and _same(node, self.swap_call[0]):
            return self.visit(self.swap_call[1])
        stat = self.inside_stats is not None and _is_stat_call(node)
        self.in_stat += stat
        node = self.generic_visit(node)
        self.in_stat -= stat
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        table = self.inside_stats if self.in_stat and self.inside_stats is not None else self.mapping
        if node.id in table:
            return ast.copy_location(ast.Name(table[node.id], node.ctx), node)
        return node


def _same(a: ast.AST, b: ast.AST) -> bool:
    return (getattr(a, "lineno", None), getattr(a, "col_offset", None), getattr(a, "end_col_offset", None)) == \
        (getattr(b, "lineno", None), getattr(b, "col_offset", None), getattr(b, "end_col_offset", None))


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _is_stat_call(node: ast.Call) -> bool:
    name = _call_name(node)
    return name in K.STAT_NAMES or name in K.SCALING_FUNCTIONS


def _rewritten(stmt: ast.stmt, mapping: dict[str, str], inside_stats: dict[str, str] | None = None,
               swap_call: tuple[ast.AST, ast.AST] | None = None, target: str | None = None) -> str:
    import copy

    new = _Replace(mapping, inside_stats, swap_call).visit(copy.deepcopy(stmt))
    if target is not None and isinstance(new, ast.Assign):
        new.targets = [ast.Name(target, ast.Store())]
    ast.fix_missing_locations(new)
    return ast.unparse(new)


# -- the strategies ------------------------------------------------------------------------------


def _split_pairs(split_stmt: ast.stmt, call: ast.Call) -> dict[str, tuple[str, str]] | None:
    """``a_tr, a_te, b_tr, b_te = train_test_split(a, b)`` -> {"a": ("a_tr", "a_te"), "b": (...)}."""
    if not (isinstance(split_stmt, ast.Assign) and len(split_stmt.targets) == 1
            and isinstance(split_stmt.targets[0], (ast.Tuple, ast.List)) and split_stmt.value is call):
        return None
    names = [t.id if isinstance(t, ast.Name) else None for t in split_stmt.targets[0].elts]
    args = call.args
    if None in names or len(names) != 2 * len(args) or any(isinstance(a, ast.Starred) for a in args):
        return None
    return {ast.unparse(a): (names[2 * i], names[2 * i + 1]) for i, a in enumerate(args)}


def _delete(src: _Source, stmt: ast.stmt) -> Edit:
    start, end = src.stmt_lines(stmt)
    block = src.parents.get(id(stmt), ([stmt], 0))[0]
    return Edit(src.cell.index, start, end, f"{src.indent(stmt)}pass\n" if len(block) == 1 else "")


def _insert_after(src: _Source, stmt: ast.stmt, lines: list[str]) -> Edit:
    indent = src.indent(stmt)
    text = "".join(f"{indent}{line}\n" for chunk in lines for line in chunk.split("\n"))
    at = src.after(stmt)
    if at > len(src.text):  # the statement ends the text without a newline (a notebook cell's last line)
        at, text = len(src.text), "\n" + text.rstrip("\n")
    return Edit(src.cell.index, at, at, text)


def _top_level(src: _Source, stmt: ast.stmt) -> bool:
    return src.cell.tree is not None and any(s is stmt for s in src.cell.tree.body)


class _Across:
    """A fit cell and a later split cell of a notebook, seen as one source by the move strategy.

    Reads and the deletion of the fit go to the fit's cell; edits around the split go to ``split_side``.
    """

    def __init__(self, fit_side: _Source, split_side: _Source, between: tuple[_Source, ...]):
        self.fit_side, self.split_side, self.between = fit_side, split_side, between
        self.cell = fit_side.cell
        self.text = fit_side.text
        self.parents = fit_side.parents

    def __getattr__(self, name: str):
        return getattr(self.fit_side, name)


def _same_block_before(src: _Source, first: ast.stmt, second: ast.stmt) -> bool:
    a, b = src.parents.get(id(first)), src.parents.get(id(second))
    return a is not None and b is not None and a[0] is b[0] and a[1] < b[1]


def _loads_between(src: _Source, first: ast.stmt, second: ast.stmt, name: str) -> bool:
    if isinstance(src, _Across):  # the rest of the fit's cell, the cells between, the split's cell before it
        body, split_body = src.fit_side.cell.tree.body, src.split_side.cell.tree.body
        i = next(k for k, s in enumerate(body) if s is first)
        j = next(k for k, s in enumerate(split_body) if s is second)
        middle = [s for b in src.between for s in (b.cell.tree.body if b.cell.tree is not None else [])]
        return any(name in _names(s) for s in [*body[i + 1:], *middle, *split_body[:j]])
    block, i = src.parents[id(first)]
    _, j = src.parents[id(second)]
    return any(name in _names(s) for s in block[i + 1:j])


def _count_loads(tree: ast.AST, name: str) -> int:
    return sum(1 for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load))


def _receiver(call: ast.Call) -> ast.AST | None:
    return call.func.value if isinstance(call.func, ast.Attribute) else None


def _move_after_split(leak: CodeLeak, src: _Source, ssrc: _Source | None = None,
                      between: tuple[_Source, ...] = ()) -> tuple[list[Edit], str] | None:
    """Move the fit after the split. In a notebook the split may be in a later cell (``ssrc``, with the cells
    ``between``): both statements must then be at the top level of their cells."""
    fit, part = leak.fit, leak.part
    fstmt, sstmt, call, scall = fit.stmt, part.stmt, fit.node, part.node
    if fstmt is None or sstmt is None or not isinstance(scall, ast.Call):
        return None
    if ssrc is None or ssrc is src:
        ssrc = src
        if not _same_block_before(src, fstmt, sstmt):
            return None
    elif not (_top_level(src, fstmt) and _top_level(ssrc, sstmt)):
        return None
    trees = list({id(s.cell.tree): s.cell.tree for s in (src, *between, ssrc) if s.cell.tree is not None}.values())
    if ssrc is not src:
        src = _Across(src, ssrc, between)
    pairs = _split_pairs(sstmt, scall)
    if pairs is None:
        return None
    edits: list[Edit] = [_delete(src, fstmt)]
    inserted: list[str] = []
    if fit.kind == "stats":
        return _move_stats(leak, src.split_side, pairs, edits)
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute) or not call.args:
        return None
    recv = _receiver(call)
    method = call.func.attr
    data = call.args[0]
    if not isinstance(data, ast.Name):
        return None
    source = data.id
    obj = src.text_of(recv)
    if isinstance(recv, ast.Call):
        obj = _snake(fit.cls or "transformer")
        inserted.append(f"{obj} = {src.text_of(recv)}")
    elif not isinstance(recv, ast.Name) or _loads_between(src, fstmt, sstmt, recv.id) or recv.id in _names(sstmt):
        return None

    if method == "fit_resample":
        if not (isinstance(fstmt, ast.Assign) and isinstance(fstmt.targets[0], ast.Tuple) and len(call.args) >= 2):
            return None
        outs = [t.id if isinstance(t, ast.Name) else None for t in fstmt.targets[0].elts]
        ins = [a.id if isinstance(a, ast.Name) else None for a in call.args[:2]]
        if None in outs or None in ins or len(outs) != 2:
            return None
        rename = dict(zip(outs, ins))
        if any(o not in pairs for o in outs):
            return None
        if any(o != i and sum(_count_loads(t, o) for t in trees) != 1 for o, i in rename.items()):
            return None
        edits += _rename_split_args(src.split_side, scall, rename)
        train_x, train_y = pairs[outs[0]][0], pairs[outs[1]][0]
        inserted.append(f"{train_x}, {train_y} = {obj}.fit_resample({train_x}, {train_y})")
        edits.append(_insert_after(src.split_side, sstmt, inserted))
        return edits, "resample only the training part, after the split"

    if method == "fit_transform" and isinstance(fstmt, ast.Assign) and len(fstmt.targets) == 1 \
            and isinstance(fstmt.targets[0], ast.Name):
        target = fstmt.targets[0].id
        if target not in pairs:
            return None
        if target != source and (source in pairs or sum(_count_loads(t, target) for t in trees) != 1):
            return None
        if isinstance(src, _Across) and _loads_between(src, fstmt, sstmt, target):
            return None  # cells in between read the transformed data: moving the fit would change them
        if target != source:
            edits += _rename_split_args(src.split_side, scall, {target: source})
        extra = _extra_args(call, pairs, src)
        if extra is None:
            return None
        train, test = pairs[target]
        fit_call = ast.parse(f"{obj}.fit_transform({', '.join([train, *extra])})", mode="eval").body
        use_call = ast.parse(f"{obj}.transform({test})", mode="eval").body
        inserted.append(_rewritten(fstmt, {source: train}, swap_call=(call, fit_call), target=train))
        inserted.append(_rewritten(fstmt, {source: test}, swap_call=(call, use_call), target=test))
        edits.append(_insert_after(src.split_side, sstmt, inserted))
        return edits, "fit on the training part after the split; transform the other part with it"

    if method in ("fit", "adapt", "fit_on_texts", "partial_fit") and source in pairs:
        extra = _extra_args(call, pairs, src)
        if extra is None:
            return None
        train = pairs[source][0]
        new_call = ast.parse(f"{obj}.{method}({', '.join([train, *extra])})", mode="eval").body
        inserted.append(_rewritten(fstmt, {}, swap_call=(call, new_call)))
        edits.append(_insert_after(src.split_side, sstmt, inserted))
        return edits, f"call {method}() after the split, on the training part only"
    return None


def _extra_args(call: ast.Call, pairs: dict[str, tuple[str, str]], src: _Source) -> list[str] | None:
    """Further arguments of the fit (``y``), mapped to their training parts."""
    out = []
    for arg in call.args[1:]:
        if isinstance(arg, ast.Name):
            if arg.id not in pairs:
                return None
            out.append(pairs[arg.id][0])
        elif isinstance(arg, ast.Constant):
            out.append(src.text_of(arg))
        else:
            return None
    for kw in call.keywords:
        if isinstance(kw.value, ast.Name) and kw.value.id in pairs:
            out.append(f"{kw.arg}={pairs[kw.value.id][0]}")
        elif isinstance(kw.value, ast.Name):
            return None
        else:
            out.append(f"{kw.arg}={src.text_of(kw.value)}")
    return out


def _rename_split_args(src: _Source, call: ast.Call, rename: dict[str, str]) -> list[Edit]:
    edits = []
    for arg in call.args:
        if isinstance(arg, ast.Name) and arg.id in rename and rename[arg.id] != arg.id:
            a, b = src.span(arg)
            edits.append(Edit(src.cell.index, a, b, rename[arg.id]))
    return edits


def _stat_source(call: ast.Call) -> str | None:
    """The variable a statistic is taken of: ``X`` in ``X.mean(axis=0)`` and in ``np.mean(X, axis=0)``."""
    if isinstance(call.func, ast.Attribute) and _root(call.func.value) not in ("np", "numpy", "pd", "tf", "torch"):
        return _root(call.func.value)
    return _root(call.args[0]) if call.args else None


def _move_stats(leak: CodeLeak, src: _Source, pairs: dict[str, tuple[str, str]], edits: list[Edit]):
    stmt = leak.fit.stmt
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
        return None
    target = stmt.targets[0].id
    if target not in pairs:
        return None
    stat_calls = [n for n in ast.walk(stmt.value) if isinstance(n, ast.Call) and _is_stat_call(n)]
    if any(_call_name(n) in K.SCALING_FUNCTIONS for n in stat_calls):
        return None  # fit and transform in one call: nothing to move
    sources = {_stat_source(n) for n in stat_calls}
    if len(sources) != 1 or None in sources or sources != {target}:
        return None
    train, test = pairs[target]
    evaluation = _rewritten(stmt, {target: test}, inside_stats={target: train}, target=test)
    training = _rewritten(stmt, {target: train}, inside_stats={target: train}, target=train)
    edits.append(_insert_after(src, leak.part.stmt, [evaluation, training]))
    return edits, "compute the statistics on the training part after the split and apply them to both parts"


def _keras_training_slice(leak: CodeLeak, src: _Source) -> tuple[list[Edit], str] | None:
    fit, part = leak.fit, leak.part
    stmt, call = fit.stmt, fit.node
    if fit.kind == "stats" or not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute) \
            or not call.args or stmt is None:
        return None
    data = src.text_of(call.args[0])
    fraction = part.call
    recv = _receiver(call)
    method = call.func.attr
    if not isinstance(call.args[0], ast.Name) or part.data not in (data, _assigned_name(stmt)):
        return None
    lines = [f"split_at = int(len({data}) * (1 - {fraction}))  # validation_split={fraction} holds out the last rows"]
    sliced = f"{data}[:split_at]"
    extra = ", ".join(src.text_of(a) for a in call.args[1:])
    extra = f", {extra}" if extra else ""
    if method == "fit_transform":
        target = _assigned_name(stmt)
        if target is None:
            return None
        obj = src.text_of(recv)
        if isinstance(recv, ast.Call):
            obj = _snake(fit.cls or "transformer")
            lines.append(f"{obj} = {src.text_of(recv)}.fit({sliced}{extra})")
        else:
            lines.append(f"{obj}.fit({sliced}{extra})")
        lines.append(f"{target} = {obj}.transform({data})")
    elif method in ("fit", "adapt"):
        new_call = ast.parse(f"{src.text_of(recv)}.{method}({sliced}{extra})", mode="eval").body
        lines.append(_rewritten(stmt, {}, swap_call=(call, new_call)))
    else:
        return None
    start, end = src.stmt_lines(stmt)
    indent = src.indent(stmt)
    return [Edit(src.cell.index, start, end, "".join(f"{indent}{x}\n" for x in lines))], \
        "fit only on the rows model.fit(validation_split=...) trains on"


def _assigned_name(stmt: ast.stmt) -> str | None:
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id
    return None


def _pipeline_into_cv(leak: CodeLeak, src: _Source) -> tuple[list[Edit], str] | None:
    fit, part = leak.fit, leak.part
    stmt, call, cv = fit.stmt, fit.node, part.node
    if fit.kind == "stats" or not isinstance(call, ast.Call) or not isinstance(cv, ast.Call) or len(cv.args) < 2 \
            or not isinstance(call.func, ast.Attribute):
        return None
    cv_stmt = part.stmt
    if cv_stmt is None or not _same_block_before(src, stmt, cv_stmt):
        return None
    recv = _receiver(call)
    ctor = src.text_of(recv) if isinstance(recv, ast.Call) else fit.ctor
    if not ctor:
        return None
    method = call.func.attr
    edits = [_delete(src, stmt)]
    if method == "fit_resample":
        outs = stmt.targets[0].elts if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Tuple) else []
        ins = call.args[:2]
        if len(outs) != 2 or not all(isinstance(n, ast.Name) for n in [*outs, *ins]):
            return None
        rename = {o.id: i.id for o, i in zip(outs, ins)}
        module = "imblearn.pipeline"
    elif method == "fit_transform":
        target = _assigned_name(stmt)
        if target is None or not isinstance(call.args[0], ast.Name) or len(call.args) > 1:
            return None
        rename = {target: call.args[0].id}
        module = "sklearn.pipeline"
    else:
        return None
    if any(o != i and _count_loads(src.cell.tree, o) != 1 for o, i in rename.items()):
        return None
    edits += _rename_split_args(src, cv, rename)
    for kw in cv.keywords:
        if isinstance(kw.value, ast.Name) and kw.value.id in rename and rename[kw.value.id] != kw.value.id:
            a, b = src.span(kw.value)
            edits.append(Edit(src.cell.index, a, b, rename[kw.value.id]))
    a, b = src.span(cv.args[0])
    edits.append(Edit(src.cell.index, a, b, f"make_pipeline({ctor}, {src.text_of(cv.args[0])})"))
    start = src.starts[cv_stmt.lineno - 1]
    edits.append(Edit(src.cell.index, start, start, f"{src.indent(cv_stmt)}from {module} import make_pipeline\n"))
    return edits, "put the transformer in a pipeline so each fold fits it on its own training part"


def _fit_on_training_part(leak: CodeLeak, src: _Source) -> tuple[list[Edit], str] | None:
    fit, part = leak.fit, leak.part
    call = fit.node
    if fit.kind != "fit" or not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
        return None
    if leak.kind == "fit-on-eval":
        # Only an object fitted before under its own name can simply transform instead.
        if call.func.attr != "fit_transform" or not isinstance(call.func.value, ast.Name) \
                or _inside_function(src, fit.stmt):
            return None
        a, b = src.span(call.func)
        recv = src.text_of(call.func.value)
        return [Edit(src.cell.index, a, b, f"{recv}.transform")], \
            "transform evaluation data with the object fitted on the training data; do not fit it again"
    if part is None or not call.args:
        return None
    train_names = _train_names(leak, part)
    edits = []
    for arg in call.args[:2] if fit.method != "adapt" else call.args[:1]:
        new = _to_train(arg, train_names, src)
        if new is None:
            return None
        if new != src.text_of(arg):
            a, b = src.span(arg)
            edits.append(Edit(src.cell.index, a, b, new))
    if not edits:
        return None
    return edits, "fit on the training part only"


def _inside_function(src: _Source, stmt: ast.stmt) -> bool:
    for node in ast.walk(src.cell.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and node is not stmt:
            if any(child is stmt for child in ast.walk(node)):
                return True
    return False


def _train_names(leak: CodeLeak, part) -> dict[str, str]:
    """Variable -> the name of its training part, from the statements that made the split's training parts."""
    out: dict[str, str] = {}
    stmt, call = part.stmt, part.node
    if isinstance(call, ast.Call):
        pairs = _split_pairs(stmt, call)
        if pairs:
            out.update({k: v[0] for k, v in pairs.items()})
    if not out:
        names = set()
        for train in leak.train_parts:
            target = train.stmt.targets[0] if isinstance(train.stmt, ast.Assign) and train.stmt.targets else None
            if isinstance(target, (ast.Tuple, ast.List)) and target.elts and isinstance(target.elts[0], ast.Name):
                target = target.elts[0]
            if isinstance(target, ast.Name):
                names.add(target.id)
        fit_data = leak.fit.node.args[0] if isinstance(leak.fit.node, ast.Call) and leak.fit.node.args else None
        root = _root(fit_data) if fit_data is not None else None
        if len(names) == 1 and root is not None:
            out[root] = names.pop()
    return out


def _to_train(arg: ast.AST, train_names: dict[str, str], src: _Source) -> str | None:
    """The expression of the training part that replaces a fit's data argument."""
    if isinstance(arg, ast.Name):
        return train_names.get(arg.id)
    if isinstance(arg, ast.Call):
        func = arg.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in K.CONCAT_FUNCTIONS and arg.args and isinstance(arg.args[0], (ast.List, ast.Tuple)):
            names = [e.id for e in arg.args[0].elts if isinstance(e, ast.Name)]
            trains = [n for n in names if n in train_names.values() or K.role_from_name(n) == "train"]
            return trains[0] if len(trains) == 1 else None
        root = _root(arg)
        if root is not None and root in train_names:
            a, b = src.span(arg)
            text = src.text[a:b]
            return re.sub(rf"^{re.escape(root)}\b", train_names[root], text)
    return None


# -- templates -----------------------------------------------------------------------------------

TEMPLATES: dict[str, str] = {
    "sklearn": '''\
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
X, y = rng.normal(size=(200, 4)), rng.integers(0, 2, 200)

# Split first; fit preprocessing on the training part only, then apply it to every part.
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
scaler = StandardScaler().fit(X_train)
model = LogisticRegression().fit(scaler.transform(X_train), y_train)
print(model.score(scaler.transform(X_test), y_test))
''',
    "cross_validation": '''\
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
X, y = rng.normal(size=(200, 4)), rng.integers(0, 2, 200)

# A pipeline is fitted on each fold's training part only.
pipe = make_pipeline(StandardScaler(), LogisticRegression())
print(cross_val_score(pipe, X, y, cv=5).mean())
''',
    "statistics": '''\
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(5.0, 2.0, size=(200, 4))

# Split first; compute means/stds/medians on the training part and reuse them for the other parts.
n_train = int(0.8 * len(X))
X_train, X_val = X[:n_train], X[n_train:]
mean, std = X_train.mean(axis=0), X_train.std(axis=0)
X_train = (X_train - mean) / std
X_val = (X_val - mean) / std
''',
    "keras_adapt": '''\
import numpy as np
import keras

rng = np.random.default_rng(0)
x, y = rng.normal(size=(200, 4)).astype("float32"), rng.integers(0, 2, 200)

# Hold out validation rows first, then adapt the layer on the training rows only.
split_at = int(len(x) * 0.8)
x_train, y_train, x_val, y_val = x[:split_at], y[:split_at], x[split_at:], y[split_at:]
norm = keras.layers.Normalization()
norm.adapt(x_train)
model = keras.Sequential([keras.Input((4,)), norm, keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy")
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=1, verbose=0)
''',
    "image_data_generator": '''\
import numpy as np
from keras.src.legacy.preprocessing.image import ImageDataGenerator  # tf.keras.preprocessing.image in TF 2.x

rng = np.random.default_rng(0)
X = rng.uniform(0, 255, size=(40, 16, 16, 3)).astype("float32")
y = rng.integers(0, 2, 40)

# Split first; fit featurewise statistics on the training images only and reuse them for validation.
X_train, X_val, y_train, y_val = X[:32], X[32:], y[:32], y[32:]
datagen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, horizontal_flip=True)
datagen.fit(X_train)
train_flow = datagen.flow(X_train, y_train, batch_size=8)
val_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True)
val_gen.mean, val_gen.std = datagen.mean, datagen.std
val_flow = val_gen.flow(X_val, y_val, batch_size=8, shuffle=False)
''',
    "tokenizer": '''\
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split

texts = np.array(["good movie", "bad plot", "great acting", "awful film", "fine story", "poor sound"] * 5)
labels = np.array([1, 0, 1, 0, 1, 0] * 5)

# Split first; learn the vocabulary (Tokenizer.fit_on_texts, TextVectorization.adapt, a vectoriser's fit)
# from the training texts only.
train_texts, test_texts, y_train, y_test = train_test_split(texts, labels, test_size=0.2, random_state=0)
vectorizer = TfidfVectorizer().fit(train_texts)
X_train, X_test = vectorizer.transform(train_texts), vectorizer.transform(test_texts)
''',
    "oversampling": '''\
import numpy as np
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, train_test_split

rng = np.random.default_rng(0)
X = rng.normal(size=(300, 4))
y = (rng.uniform(size=300) < 0.1).astype(int)

# Split first and resample only the training part (evaluation keeps its real class balance) ...
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
X_train, y_train = SMOTE(random_state=0).fit_resample(X_train, y_train)
# ... or let an imbalanced-learn pipeline resample inside each cross-validation fold.
print(cross_val_score(make_pipeline(SMOTE(random_state=0), LogisticRegression()), X, y, cv=3).mean())
''',
    "duplication": '''\
import numpy as np
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(0)
X = rng.uniform(size=(50, 8, 8, 3))
y = rng.integers(0, 2, 50)

# Split first; add augmented or duplicated copies to the training part only.
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
X_train = np.concatenate([X_train, np.flip(X_train, axis=2)])
y_train = np.concatenate([y_train, y_train])
''',
}


def _template_for(leak: CodeLeak) -> str:
    fit = leak.fit
    if leak.code == "DA303":
        return "oversampling" if fit.learns == "oversample" else "duplication"
    if leak.part is not None and leak.part.kind == "cv":
        return "cross_validation"
    if fit.kind == "stats":
        return "statistics"
    if fit.cls == "ImageDataGenerator":
        return "image_data_generator"
    if fit.method == "adapt":
        return "tokenizer" if fit.cls in ("TextVectorization", "StringLookup", "IntegerLookup") else "keras_adapt"
    if fit.method == "fit_on_texts" or fit.cls in ("CountVectorizer", "TfidfVectorizer"):
        return "tokenizer"
    return "sklearn"


# -- planning and applying -----------------------------------------------------------------------


def _cells(code: CodeFile) -> dict:
    return {c.index: _Source(c) for c in code.parsed}


def plan_fix(leak: CodeLeak, code: CodeFile, sources: dict | None = None) -> CodeFix:
    """The corrected code for one leak: a rewrite when its shape is known, else a template."""
    sources = sources if sources is not None else _cells(code)
    src = sources.get(leak.fit_cell)
    planned = None
    part = leak.part
    same_cell = part is not None and part.cell == leak.fit_cell
    ssrc, between = _later_cell(code, sources, leak)
    if src is not None and leak.fit is not None:
        try:
            if leak.code in ("DA301", "DA303") and not same_cell and ssrc is not None \
                    and part.func in ("train_test_split", "iterative_train_test_split"):
                planned = _move_after_split(leak, src, ssrc, between)
            elif leak.code in ("DA301", "DA303") and same_cell:
                if part.func in ("train_test_split", "iterative_train_test_split"):
                    planned = _move_after_split(leak, src)
                elif part.func == "validation_split":
                    planned = _keras_training_slice(leak, src)
                elif part.kind == "cv" and part.func in K.CV_FUNCTIONS:
                    planned = _pipeline_into_cv(leak, src)
            elif leak.code == "DA302":
                planned = _fit_on_training_part(leak, src)
        except (ValueError, AttributeError, IndexError, TypeError, SyntaxError, KeyError):
            planned = None
    template = _template_for(leak)
    if planned is None:
        return CodeFix("manual", TEMPLATES[template], _TEMPLATE_HOW[template], template=template)
    edits, how = planned
    if ssrc is not None and not same_cell:
        return _cross_cell_fix(leak, code, sources, edits, how, template)
    region = _region(src, edits, leak)
    original = src.text[region[0]:region[1]]
    fixed = _apply(src.text, [(e.start, e.end, e.text) for e in edits if region[0] <= e.start <= region[1]])
    shift = sum(len(e.text) - (e.end - e.start) for e in edits if region[0] <= e.start <= region[1])
    corrected = fixed[region[0]:region[1] + shift]
    first = src.text.count("\n", 0, region[0]) + 1
    last = first + original.rstrip("\n").count("\n")
    try:
        ast.parse(_apply(src.text, [(e.start, e.end, e.text) for e in edits]))
    except SyntaxError:
        return CodeFix("manual", TEMPLATES[template], _TEMPLATE_HOW[template], template=template)
    return CodeFix("suggested", corrected.strip("\n") + "\n", how, original.strip("\n") + "\n", (first, last),
                   tuple(edits), template)


def _later_cell(code: CodeFile, sources: dict, leak: CodeLeak) -> tuple[_Source | None, tuple[_Source, ...]]:
    """For a notebook leak whose split is in a later cell: that cell's source and the cells in between."""
    part = leak.part
    if code.kind != "notebook" or part is None or part.cell is None or leak.fit_cell is None \
            or part.cell <= leak.fit_cell or leak.order == "execution":
        return None, ()
    between = tuple(sources[i] for i in sorted(sources) if leak.fit_cell < i < part.cell)
    return sources.get(part.cell), between


def _cross_cell_fix(leak: CodeLeak, code: CodeFile, sources: dict, edits: list[Edit], how: str,
                    template: str) -> CodeFix:
    """A move across notebook cells: every changed cell must still parse; the payload shows the split's cell."""
    by_cell: dict[int | None, list[Edit]] = {}
    for e in edits:
        by_cell.setdefault(e.cell, []).append(e)
    for index, cell_edits in by_cell.items():
        try:
            ast.parse(_apply(sources[index].text, [(e.start, e.end, e.text) for e in cell_edits]))
        except (SyntaxError, KeyError):
            return CodeFix("manual", TEMPLATES[template], _TEMPLATE_HOW[template], template=template)
    ssrc = sources[leak.part.cell]
    original, corrected = ssrc.text, _apply(ssrc.text, [(e.start, e.end, e.text) for e in by_cell[leak.part.cell]])
    removed = sources[leak.fit_cell].text_of(leak.fit.stmt)
    how = f"{how} (the fit moves from cell {leak.fit_cell} to cell {leak.part.cell})"
    return CodeFix("suggested", corrected.strip("\n") + "\n", how, original.strip("\n") + "\n",
                   (1, original.rstrip("\n").count("\n") + 1), tuple(edits), template) if removed else \
        CodeFix("manual", TEMPLATES[template], _TEMPLATE_HOW[template], template=template)


_TEMPLATE_HOW = {
    "sklearn": "split first, fit the transformer on the training part, transform every part with it",
    "cross_validation": "put the transformer in a pipeline so each fold fits it on its own training part",
    "statistics": "split first, compute the statistics on the training part, apply them to every part",
    "keras_adapt": "hold out validation rows first, adapt the layer on the training rows only",
    "image_data_generator": "split first, fit the generator's featurewise statistics on the training images",
    "tokenizer": "split first, learn the vocabulary from the training texts only",
    "oversampling": "split first and oversample only the training part (or resample inside a pipeline)",
    "duplication": "split first, add augmented or duplicated copies to the training part only",
}


def _region(src: _Source, edits: list[Edit], leak: CodeLeak) -> tuple[int, int]:
    stmts = [s for s in (leak.fit.stmt, leak.part.stmt if leak.part else None) if s is not None]
    start = min([src.stmt_lines(s)[0] for s in stmts] + [e.start for e in edits])
    end = max([src.stmt_lines(s)[1] for s in stmts] + [e.end for e in edits])
    start = src.text.rfind("\n", 0, start) + 1 if start > 0 else 0
    return start, min(end, len(src.text))


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _compatible(edits: list[Edit], taken: list[Edit]) -> bool:
    """No edit overlaps a different one already taken (insertions at one place are merged, not conflicts)."""
    for e in edits:
        for t in taken:
            if e.cell != t.cell or (e.start, e.end, e.text) == (t.start, t.end, t.text):
                continue
            if e.start < t.end and t.start < e.end:
                return False
    return True


def fixed_files(code: CodeFile, fixes: list[CodeFix]) -> dict[str, str]:
    """The corrected file (every compatible rewrite applied): ``{"<stem>.fixed.py": text}`` for a script,
    ``{"<stem>.fixed.ipynb": json}`` for a notebook (its cells kept, only changed cells' outputs cleared);
    {} if there is none.
    """
    if code.kind not in ("script", "notebook"):
        return {}
    editable = {c.index for c in code.parsed}
    notebook = None
    if code.kind == "notebook":
        try:
            notebook = json.loads(code.raw)
        except (ValueError, RecursionError):
            return {}
        raw_cells = notebook.get("cells", [])
        # Cells with magics were analysed with the magics blanked: their text is not the user's; leave them.
        editable = {c.index for c in code.parsed if 0 < (c.index or 0) <= len(raw_cells)
                    and isinstance(raw_cells[c.index - 1], dict) and cell_source(raw_cells[c.index - 1]) == c.source}
    taken: list[Edit] = []
    for fix in fixes:
        if fix.applicability == "suggested" and all(e.cell in editable or code.kind == "script" for e in fix.edits) \
                and _compatible(list(fix.edits), taken):
            taken.extend(e for e in fix.edits
                         if all((e.start, e.end, e.text, e.cell) != (t.start, t.end, t.text, t.cell) for t in taken))
    if not taken:
        return {}
    by_cell: dict[int | None, dict[tuple[int, int], str]] = {}
    for e in taken:  # insertions at the same place keep the order the leaks were found in
        merged = by_cell.setdefault(e.cell, {})
        merged[(e.start, e.end)] = merged.get((e.start, e.end), "") + e.text if e.start == e.end else e.text
    if notebook is None:
        new = _apply(code.cells[0].source, [(a, b, t) for (a, b), t in by_cell[None].items()])
        stem = code.path[:-3] if code.path.endswith(".py") else code.path
        return {f"{stem}.fixed.py": new}
    for index, merged in by_cell.items():
        cell = code.cell_at(index)
        text = _apply(cell.source, [(a, b, t) for (a, b), t in merged.items()])
        raw = notebook["cells"][index - 1]
        lines = text.split("\n")
        raw["source"] = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
        raw["outputs"] = []  # the old outputs are of the leaking code
        raw["execution_count"] = None
    stem = code.path[:-6] if code.path.lower().endswith(".ipynb") else code.path
    return {f"{stem}.fixed.ipynb": json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"}
