"""Follow data through a training script or notebook without running it (abstract interpretation over ``ast``).

The analyser executes the code symbolically, statement by statement, and
records three kinds of events:

- **fits**: a fit-like call (``fit``, ``fit_transform``, ``adapt``,
  ``fit_resample``, ``fit_on_texts``, ``ImageDataGenerator.fit``, or a
  statistic such as ``X.mean(axis=0)`` applied to data) and the rows it saw;
- **splits**: each part a split carves out of some rows (``train_test_split``,
  ``KFold.split``, slicing into named parts, tf.data ``take``/``skip``,
  ``validation_split=``, ``image_dataset_from_directory(subset=...)``,
  cross-validation functions), with its role (train or evaluation);
- **uses**: every place the state learned by a fit is applied to data
  (``transform``, a model trained or evaluated on transformed data, a split of
  transformed data).

Branches are joined (both may run), loops run once, functions defined in the
file are inlined at their call sites, and functions never called are analysed
on their own. :mod:`dataaudit.auditors.preprocessing.leaks` turns the events into
verdicts. Nothing in the analysed code is ever executed.
"""

from __future__ import annotations

import ast
import builtins
import re
from dataclasses import dataclass, field, replace
from typing import Any

from dataaudit.auditors.preprocessing import knowledge as K
from dataaudit.auditors.preprocessing.code_files import Cell, CodeFile
from dataaudit.auditors.preprocessing.values import (
    EMPTY,
    UNKNOWN,
    ClassVal,
    Const,
    Data,
    Func,
    Mod,
    Obj,
    ObjInfo,
    ObjState,
    Seq,
    Iter,
    Stat,
    anc_or_eq,
    join,
    related,
    union_data,
)

__all__ = ["FitEvent", "SplitPart", "UseEvent", "FlowResult", "analyse_cells"]

#: Statements executed per file before the analyser gives up on the rest (a guard, far above real files).
STATEMENT_BUDGET = 400_000
MAX_INLINE_DEPTH = 6

_NUMERIC_MODULES = ("numpy", "np", "pandas", "pd", "tensorflow", "tf", "torch", "scipy", "statistics", "jax",
                    "jnp", "cupy", "cp", "keras", "K", "math")
_KERAS_FIT_KWARGS = {"epochs", "batch_size", "validation_split", "validation_data", "callbacks", "steps_per_epoch",
                     "validation_steps", "initial_epoch", "validation_freq", "shuffle", "class_weight"}
_KERAS_MODELS = {"Sequential", "Model", "Functional"}
_ESTIMATOR_PARAM = re.compile(
    r"(scaler|model|clf|classifier|regressor|est|estimator|pipe|pipeline|norm|normali[sz]er|layer|transformer|"
    r"encoder|vectori[sz]er|tokenizer|sampler|smote|datagen|generator|gen|imputer|pca|selector|net)$",
    re.IGNORECASE,
)
_SUBSET_METHODS = {"head", "tail", "nlargest", "nsmallest", "query", "sample", "take", "skip", "shard", "iloc", "loc"}
_CONCAT_METHODS = {"append", "concatenate", "union", "combine_first"}
_BUILTIN_CONST = {"len", "print", "isinstance", "issubclass", "int", "float", "str", "bool", "range", "type",
                  "round", "abs", "repr", "format", "hasattr", "id", "hash", "input", "callable", "chr", "ord",
                  "bin", "hex", "oct", "divmod", "pow", "any", "all", "sum", "min", "max", "setattr", "delattr",
                  "globals", "locals", "vars", "dir", "help", "exit", "quit", "display"}
#: Attribute under which an object keeps the rows it was built with (statsmodels ``OLS(y, X)``, formula models).
_MODEL_ROWS = "__rows__"
_FUNC = "__func__"  # the function a FunctionTransformer applies (a lambda or a function of the code)
_BUILTIN_NAMES = frozenset(dir(builtins))
#: Classes whose instances hold the keyword arguments given as attributes.
_NAMESPACES = {"SimpleNamespace", "Namespace", "EasyDict", "edict", "Bunch", "AttrDict", "Box", "DotMap"}
#: tf.data readers of record files written by this program (``TFRecordWriter``) or other files.
_RECORD_READERS = {"TFRecordDataset", "TextLineDataset", "FixedLengthRecordDataset"}
#: Functions listing the files of a folder (``glob.glob("out/*.csv")``, ``os.listdir(OUT)``).
_LISTINGS = {"glob", "iglob", "listdir", "scandir"}
#: Writers of one image file (PIL ``Image.save``, OpenCV, matplotlib, imageio, Keras, torchvision).
_IMAGE_WRITERS = {"save", "imwrite", "imsave", "save_img", "save_image"}
_BUILTIN_SAME = {"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter", "dict", "copy", "deepcopy"}
#: Frame methods whose arguments are column expressions of that frame (polars ``pl.col("x")``, ``pl.all()``).
_EXPRESSION_CONTEXTS = {"with_columns", "with_column", "select", "filter", "agg", "sort", "group_by", "groupby"}
_COLUMN_EXPRESSIONS = {"col", "all", "exclude", "nth", "first", "last", "cols"}
#: Libraries whose dataset classes are rows read from a folder (``datasets.ImageFolder(root)``).
_DATASET_MODULES = ("torchvision.datasets.", "torchaudio.datasets.", "torchtext.datasets.")
#: Samplers that make a loader read the rows at the indices they are given.
_INDEX_SAMPLERS = {"SubsetRandomSampler", "SubsetSequentialSampler", "SubsetSampler"}
#: A statistic across rows called inside a ``DataFrame.eval`` expression.
_EVAL_STATISTIC = re.compile(r"\.\s*(mean|std|var|median|min|max|quantile|sum)\s*\(")
#: Command-line libraries whose runner calls the function it is given (``fire.Fire(main)``, ``typer.run(main)``).
_CLI_RUNNERS = {"fire", "typer", "absl", "app", "jsonargparse", "defopt", "clize", "plac"}
#: Functions fitting a curve or a linear model to the rows they are given.
_CURVE_FITS = {"polyfit", "lstsq", "curve_fit", "linregress"}
#: Keywords under which readers and writers take their path.
_PATH_KEYWORDS = ("path", "path_or_buf", "filepath_or_buffer", "filename", "file", "fname", "filepath", "f", "io",
                  "source", "uri")
#: Random generators (``np.random.RandomState(0)``, ``default_rng()``): their draws are fresh index arrays.
_RANDOM_GENERATORS = {"RandomState", "default_rng", "Generator"}
#: Classes (beyond the known ones) that transform data with their parameters: ``transforms.Normalize``, Keras
#: ``Lambda`` layers, ``Standardize``.
_TRANSFORM_CLASS = re.compile(r"Normali[sz]e|Standardi[sz]e|Lambda|Transform")


def _changed_in_place(fn: ast.AST) -> frozenset:
    """Names a function changes in place: ``df[col] = ...``, ``df.loc[m, c] = ...``, ``df.fillna(..., inplace=True)``."""
    names = set()
    for n in ast.walk(fn):
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
        for t in targets:
            if isinstance(t, ast.Subscript):
                base = _base_name(t)
                if base is not None:
                    names.add(base)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and any(
                k.arg == "inplace" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in n.keywords):
            base = _base_name(n.func.value)
            if base is not None:
                names.add(base)
    return frozenset(names)


def _is_static(fn: ast.AST) -> bool:
    return any(_dotted(d) == "staticmethod" for d in getattr(fn, "decorator_list", ()))


@dataclass
class FitEvent:
    """A fit-like call and the rows it saw."""

    id: int
    step: int
    kind: str  # "fit" (an object's fit), "stats" (a statistic applied to data), "copy" (rows duplicated)
    learns: str | None  # statistics / categories / oversample / duplicate / model / None (decided later)
    rows: frozenset
    cell: int | None
    line: int
    call: str
    method: str
    cls: str
    oid: int | None = None
    target: str = ""
    data: str = ""
    stmt: Any = None
    inputs: tuple = ()  # source text of the data arguments
    node: Any = None  # the call (for rewriting it)
    ctor: str = ""  # source of the fitted object's construction, when known


@dataclass
class SplitPart:
    """One part carved out of some rows by a split."""

    sid: int
    key: str
    parents: frozenset
    step: int
    cell: int | None
    line: int
    call: str
    func: str
    kind: str  # "holdout", "cv" (cross-validation inside a library call), "subset" (slicing)
    taints: frozenset = EMPTY
    dups: frozenset = EMPTY
    stmt: Any = None
    role: str | None = None
    data: str = ""
    node: Any = None
    misnamed: tuple = ()  # variables named for the other role than the API's position gives this part
    keeps_order: bool = False  # keeps row order with the evaluation rows last (TimeSeriesSplit, shuffle=False)

    def node_of(self, parent) -> tuple:
        return (parent[0], parent[1] + ((self.sid, self.key),))


@dataclass
class UseEvent:
    step: int
    fits: frozenset
    rows: frozenset
    cell: int | None
    line: int
    what: str


@dataclass
class FlowResult:
    path: str
    fits: dict[int, FitEvent] = field(default_factory=dict)
    parts: dict[tuple[int, str], SplitPart] = field(default_factory=dict)
    uses: list[UseEvent] = field(default_factory=list)
    origin_roles: dict[int, tuple] = field(default_factory=dict)  # origin -> (role, cell, line, text, stmt)
    learns: dict[int, str] = field(default_factory=dict)  # fit id -> final "learns"
    image_data_generators: list[dict] = field(default_factory=list)
    families_explicit: set[int] = field(default_factory=set)
    filters: set[tuple] = field(default_factory=set)  # parts selected by a mask of their own rows' values
    truncated: bool = False
    problems: list[str] = field(default_factory=list)  # statements left out of the analysis, and why


class _Budget(Exception):
    pass


_MISSING = object()


class _Store(dict):
    """A dict that records, while a branch runs, the old value of every key written (to undo the branch)."""

    __slots__ = ("logs",)

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.logs: list[dict] = []

    def _note(self, key: Any) -> None:
        if self.logs:
            log = self.logs[-1]
            if key not in log:
                log[key] = dict.get(self, key, _MISSING)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._note(key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: Any) -> None:
        self._note(key)
        dict.__delitem__(self, key)

    def pop(self, key: Any, *default: Any) -> Any:
        self._note(key)
        return dict.pop(self, key, *default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self) -> None:
        for key in list(self):
            self._note(key)
        dict.clear(self)

    def restore(self, log: dict) -> None:
        """Put back the values ``log`` recorded: the state before the branch, which no enclosing log needs."""
        for key, old in log.items():
            if old is _MISSING:
                dict.pop(self, key, None)
            else:
                dict.__setitem__(self, key, old)


class _Frame:
    __slots__ = ("locals", "globals", "closure", "returns", "global_names", "nonlocal_names", "func", "guards")

    def __init__(self, locals_: dict, globals_: dict | None = None, closure: dict | None = None, func=None):
        self.locals = locals_ if isinstance(locals_, _Store) else _Store(locals_)
        self.globals = globals_
        self.closure = closure
        self.returns: list = []
        self.global_names: set[str] = set()
        self.nonlocal_names: set[str] = set()
        self.func = func
        # Learned state of the tests of the ``if`` statements run so far in this function, when a test compares a
        # value with statistics (``if hours > q75: return 2``): what the function returns after them depends on it.
        self.guards: frozenset = EMPTY


def _literal(node: ast.AST) -> Any:
    if isinstance(node, ast.Constant):  # the common cases, without literal_eval's walk
        return node.value
    if isinstance(node, (ast.Name, ast.Call, ast.Attribute, ast.Subscript, ast.Lambda, ast.Compare)):
        return _NOT_LITERAL
    try:
        return ast.literal_eval(node)
    except Exception:
        return _NOT_LITERAL


_NOT_LITERAL = object()
_ARITHMETIC = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
               ast.Div: lambda a, b: a / b, ast.FloorDiv: lambda a, b: a // b, ast.Mod: lambda a, b: a % b}


def _constant(node: ast.AST) -> Any:
    """A literal, or arithmetic on numeric literals (``1 / 255.0``, ``-0.1``); ``_NOT_LITERAL`` otherwise."""
    value = _literal(node)
    if value is not _NOT_LITERAL:
        return value
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = _constant(node.left), _constant(node.right)
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right)):
            try:
                return _ARITHMETIC[type(node.op)](left, right)
            except (ZeroDivisionError, OverflowError):
                return _NOT_LITERAL
    if isinstance(node, (ast.Tuple, ast.List)):
        items = [_constant(e) for e in node.elts]
        if all(v is not _NOT_LITERAL for v in items):
            return tuple(items) if isinstance(node, ast.Tuple) else items
    return _NOT_LITERAL


_NEIGHBOUR_TEXT = re.compile(r"\b(?:" + "|".join(sorted(K.NEIGHBOUR_METHODS)) + r")\b")


_SQL_QUOTES = "`\"[]"
_SQL_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+([\w.`\"\[\]]+)", re.IGNORECASE)


def sql_tables(node: ast.AST, resolve) -> list[str]:
    """Tables a query reads (``SELECT ... FROM features``), or the table named alone (``read_sql_table("f")``,
    ``to_sql("f", conn)``), lower-cased."""
    text = static_text(node, resolve)
    if not text:
        return []
    return [t.strip(_SQL_QUOTES).lower() for t in _SQL_TABLE.findall(text) or [text] if t.strip(_SQL_QUOTES)]


def _is_folder(node: ast.AST, resolve) -> bool:
    """A path spelt out in the code whose last component has no suffix (a folder, not a file)."""
    text = static_text(node, resolve)
    return bool(text) and "." not in re.split(r"[\\/]", text.rstrip("/\\"))[-1].strip(".")


def directory_key(node: ast.AST, resolve) -> str | None:
    """A folder a dataset is saved to or loaded from (``save_to_disk("out/sensors")``), by its last component."""
    text = static_text(node, resolve)
    name = re.split(r"[\\/]", text.rstrip("/\\"))[-1].lower() if text else ""
    return f"dir:{name}" if name else None


#: Calls that build or open a path from their arguments (their literals name the file themselves).
_PATH_BUILDERS = {"join", "Path", "PurePath", "joinpath", "str", "format", "open", "getenv", "get", "abspath",
                  "expanduser", "with_suffix", "with_name", "normpath", "realpath", "fspath"}


def env_key(node: ast.AST | None) -> str | None:
    """``os.environ["FEATURES"]``, ``os.environ.get("FEATURES")``, ``os.getenv("FEATURES")``: a path set outside the
    code; the same variable, in any file of the program, names the same file."""
    if isinstance(node, ast.Subscript) and _dotted(node.value) in ("os.environ", "environ") \
            and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return f"env:{node.slice.value}"
    if isinstance(node, ast.Call) and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str) and _dotted(node.func) in (
                "os.getenv", "getenv", "os.environ.get", "environ.get"):
        return f"env:{node.args[0].value}"
    return None


def helper_path_key(node: ast.AST | None) -> str | None:
    """``processed("energy_q")``: a path that a function of the program builds from literal arguments, with no file
    name spelt out at the call; the same call, in any file of the program, names the same file."""
    if not isinstance(node, ast.Call) or not node.args or node.keywords:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    if name is None or name in _PATH_BUILDERS or name[:1].isupper():
        return None
    values = [_literal(a) for a in node.args]
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values) \
            or any(isinstance(v, str) and "." in v for v in values):
        return None
    return f"call:{name}({', '.join(map(repr, values))})"


def glob_folder(node: ast.AST | None, resolve) -> str | None:
    """The folder a file listing reads (``glob.glob("prepared/*.parquet")``, ``os.listdir(OUT)``), as
    ``directory_key`` names it."""
    text = static_text(node, resolve) if node is not None else None
    if not text:
        return None
    if re.search(r"[*?\[]", text):
        text = re.split(r"[\\/](?=[^\\/]*$)", re.split(r"[*?\[]", text)[0])[0] if re.search(
            r"[\\/]", re.split(r"[*?\[]", text)[0]) else ""
    return directory_key(ast.Constant(text), resolve) if text and _is_folder(ast.Constant(text), resolve) else None


_SPARK_FORMATS = {"parquet", "csv", "json", "orc", "text", "load", "save", "saveAsTable", "table", "avro"}


_SPARK_OPTIONS = ("mode", "option", "options", "format", "partitionBy", "schema", "bucketBy", "sortBy")
_SPARK_OPTION_SET = frozenset(_SPARK_OPTIONS)


def spark_io(node: ast.Call, formats: set | None = None) -> str | None:
    """``df.write[.mode(...)...].parquet(path)`` ("write") or ``spark.read[.option(...)...].parquet(path)`` ("read")."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in (formats or _SPARK_FORMATS):
        return None
    chain = func.value
    while True:
        if isinstance(chain, ast.Attribute):
            if chain.attr in ("write", "writeTo", "read"):
                return "read" if chain.attr == "read" else "write"
            chain = chain.value
        elif isinstance(chain, ast.Call) and isinstance(chain.func, ast.Attribute):
            chain = chain.func.value if chain.func.attr in _SPARK_OPTIONS else None
        else:
            return None


def _open_mode(node: ast.AST) -> bool:
    """A literal file mode (``"wb"``, ``"r"``), as ``Path.open`` takes first."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(re.fullmatch(r"[rwaxbt+]{1,3}",
                                                                                             node.value))


def leading_folder(node: ast.AST | None, resolve) -> str | None:
    """The folder a file path built around a run-time name starts from (``os.path.join(OUT, label, name)``,
    ``f"{OUT}/{i}.png"``, ``OUT / label / name``), as ``directory_key`` names it; None for other paths."""
    if node is None or _file_key(node) is not None and static_text(node, resolve) is not None:
        return None
    head = node
    while True:
        if isinstance(head, ast.BinOp) and isinstance(head.op, (ast.Div, ast.Add)):
            head = head.left
        elif isinstance(head, ast.Call) and head.args and (
                (isinstance(head.func, ast.Attribute) and head.func.attr in ("join", "Path", "joinpath"))
                or (isinstance(head.func, ast.Name) and head.func.id in ("join", "Path"))):
            head = head.func.value if head.func.attr == "joinpath" else head.args[0] \
                if isinstance(head.func, ast.Attribute) else head.args[0]
        elif isinstance(head, ast.JoinedStr):
            # The text before the first part known only at run time (``f"{OUT}/day={day}.parquet"``): its folder.
            prefix = ""
            for value in head.values:
                text = str(value.value) if isinstance(value, ast.Constant) else static_text(value.value, resolve)
                if text is None:
                    break
                prefix += text
            folder = re.split(r"[\\/](?=[^\\/]*$)", prefix)[0] if re.search(r"[\\/]", prefix) else ""
            return directory_key(ast.Constant(folder), resolve) if folder else None
        else:
            break
    if head is node or not _is_folder(head, resolve):
        return None
    return directory_key(head, resolve)


def _is_cutoff(node: ast.AST) -> bool:
    """``df.date < t`` (or several such tests joined by ``&``): a mask keeping the rows before or after a value."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd):
        return _is_cutoff(node.left) and _is_cutoff(node.right)
    return isinstance(node, ast.Compare) and all(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in node.ops)


def _class_attribute(cls: ast.ClassDef, name: str) -> ast.AST | None:
    """The expression assigned to ``name`` in the body of a class (``class Config: OUT = ROOT / "x.npy"``)."""
    for stmt in cls.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(
            stmt, ast.AnnAssign) and stmt.value is not None else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return stmt.value
    return None


def _reads_earlier_rows(call: ast.Call) -> bool:
    """``shift(n > 0)``, ``rolling(w)`` without ``center=True``, ``expanding()``, ``ewm()``: values of earlier rows only."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    if name in ("expanding", "ewm"):
        return True
    if name == "rolling":
        center = next((k.value for k in call.keywords if k.arg == "center"), None)
        return center is None or (isinstance(center, ast.Constant) and center.value is False)
    if name == "shift":
        periods = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "periods"), None)
        return periods is None or (isinstance(periods, ast.Constant) and isinstance(periods.value, int)
                                   and periods.value > 0)
    return False


def _base_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


_DROP_CALL = re.compile(r"\.(?:pop|drop)\(([^()]*)\)")
_QUOTED = re.compile(r"""(?:'([^'\n]*)'|"([^"\n]*)")""")


_TARGET_COLUMN = re.compile(r"""^\s*(?:y|Y|target|labels?|classes)\w*\s*=\s*[\w.]+\[\s*['"]([^'"\n]+)['"]\s*\]""",
                            re.MULTILINE)


def _dropped_columns(cells: tuple[Cell, ...]) -> set:
    """Column names the code sets apart as its target: popped, dropped, or assigned to ``y``/``target``."""
    out: set = set()
    for cell in cells:
        for call in _DROP_CALL.finditer(cell.source):
            out.update(a or b for a, b in _QUOTED.findall(call.group(1)))
        out.update(_TARGET_COLUMN.findall(cell.source))
    return out


def _file_key(node: ast.AST | None) -> str | None:
    """The file name a path expression names (``"data/X.npy"``, ``f"{root}/X.npy"``, ``os.path.join(d, "X.npy")``)."""
    if node is None:
        return None
    texts = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    for text in reversed(texts):
        name = re.split(r"[\\/]", text)[-1].strip().lower()
        if "." in name.strip("."):
            return name
    return None


def static_text(node: ast.AST | None, resolve) -> str | None:
    """The text a path expression always has, when the code spells it out: literals, f-strings, ``+`` and ``/``
    of them, ``os.path.join`` / ``Path(...)``, and names that ``resolve`` knows (``f"{DATA_DIR}/{NAME}.csv"``)."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.Name):
        return resolve(node.id)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
                continue
            text = static_text(value.value, resolve) if isinstance(value, ast.FormattedValue) else None
            if text is None:
                return None
            parts.append(text)
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) \
            and isinstance(node.left.value, str):  # ``"%s_scaled.csv" % name``
        values = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        texts = [static_text(v, resolve) for v in values]
        if any(t is None for t in texts):
            return None
        try:
            return node.left.value % tuple(texts)
        except (TypeError, ValueError):
            return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Div)):
        left, right = static_text(node.left, resolve), static_text(node.right, resolve)
        if left is None or right is None:
            return None
        return left + right if isinstance(node.op, ast.Add) else f"{left}/{right}"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
            "format", "with_suffix", "with_name") and node.args and not node.keywords:
        base = static_text(node.func.value, resolve)
        texts = [static_text(a, resolve) for a in node.args]
        if base is None or any(t is None for t in texts):
            return None
        if node.func.attr == "format":  # ``"{}/{}.csv".format(DATA, name)``
            try:
                return base.format(*texts)
            except (IndexError, KeyError, ValueError):
                return None
        if node.func.attr == "with_suffix":  # ``(DATA / "feat").with_suffix(".parquet")``
            return re.sub(r"(?<=[^/\\])\.[^./\\]*$", "", base) + texts[0]
        return re.sub(r"[^/\\]*$", "", base) + texts[0]  # ``with_name("x.csv")``
    if isinstance(node, ast.Call) and node.args and not node.keywords:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in ("join", "Path", "PurePath", "joinpath", "str"):
            texts = [static_text(a, resolve) for a in node.args]
            if isinstance(func, ast.Attribute) and name == "joinpath":
                texts.insert(0, static_text(func.value, resolve))
            if all(t is not None for t in texts):
                return "/".join(texts)
    return None


#: numpy writers that add their suffix to a path given without one (``np.save("X_scaled", X)`` writes X_scaled.npy).
NUMPY_SUFFIXES = {"save": ".npy", "savez": ".npz", "savez_compressed": ".npz"}


def suffixed_name(node: ast.AST | None, resolve, suffix: str) -> str | None:
    """The file a numpy writer writes for a path given without a suffix: its last component plus ``suffix``."""
    text = static_text(node, resolve)
    if text is None:
        texts = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)] \
            if node is not None else []
        text = texts[-1] if texts else None
    name = re.split(r"[\\/]", text)[-1].strip().lower() if text else ""
    return name + suffix if name and "." not in name.strip(".") else None


def _path_like(node: ast.AST) -> bool:
    """An expression that builds a path (not a call reading data from one)."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return True
    if isinstance(node, ast.BinOp):  # ``DATA / "x.joblib"``, ``root + "/x.npy"``, ``"%s.csv" % name``
        return any(isinstance(side, (ast.Constant, ast.JoinedStr)) and not isinstance(getattr(side, "value", ""),
                                                                                      (int, float))
                   for side in (node.left, node.right))
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name in ("join", "Path", "PurePath", "joinpath", "format", "with_suffix", "with_name", "expanduser",
                        "resolve", "abspath", "normpath", "realpath", "fspath", "str", "getenv", "get")
    return False


def module_names(path: str) -> set[str]:
    """The dotted names under which other files of a folder may import ``path`` (``src/features.py``:
    ``src.features`` and ``features``; a package's ``__init__.py``: the package)."""
    if not path.endswith(".py"):
        return set()
    parts = path[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return {".".join(parts[i:]) for i in range(len(parts)) if parts[i:]}


def option_paths(trees: list[ast.AST]) -> dict[str, str]:
    """Command-line options whose default is a file name (``parser.add_argument("--out", default="x.csv")``):
    option attribute (``out``) -> the file name, read wherever ``args.out`` is used as a path."""
    out: dict[str, str] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("add_argument", "option")):
                continue
            default = next((k.value for k in node.keywords if k.arg == "default"), None)
            key = _file_key(default) if default is not None and (isinstance(default, (ast.Constant, ast.JoinedStr))
                                                                 or _path_like(default)) else None
            if key is None:
                continue
            dest = next((k.value.value for k in node.keywords if k.arg == "dest" and isinstance(k.value, ast.Constant)),
                        None)
            flags = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if dest is None and flags:
                longs = [f for f in flags if f.startswith("--")]
                dest = (longs or flags)[0].lstrip("-").replace("-", "_")
            if dest:
                out[dest] = key
    return out


#: Calls that parse a configuration file (yaml, json, OmegaConf, toml) into nested entries.
_CONFIG_LOADERS = {"safe_load", "load", "full_load", "unsafe_load", "read_yaml"}
_CONFIG_FILE = re.compile(r"\.(ya?ml|json|toml|cfg|ini)$", re.IGNORECASE)
_CONFIG_HINT = re.compile(r"yaml|json|OmegaConf|hydra|toml|ConfigParser")


def config_sources(trees: list[ast.AST], sources: list[str]) -> dict[str, str]:
    """Names bound to a parsed configuration file: ``params = yaml.safe_load(open("params.yaml"))``,
    ``cfg = OmegaConf.load("conf/config.yaml")``, ``with open("params.yaml") as f: params = yaml.safe_load(f)``,
    and the parameter of a hydra ``@hydra.main(config_name="config")`` function (-> the file's name)."""
    if not any(_CONFIG_HINT.search(text) for text in sources):
        return {}
    out: dict[str, str] = {}
    opened: dict[str, str] = {}  # ``with open(path) as f``: f -> the file name
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name):
                found = [c.value for c in ast.walk(node.context_expr) if isinstance(c, ast.Constant)
                         and isinstance(c.value, str) and _CONFIG_FILE.search(c.value)]
                if found:
                    opened[node.optional_vars.id] = re.split(r"[\\/]", found[-1])[-1].lower()
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Call):
                func = node.value.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in _CONFIG_LOADERS:
                    continue
                found = [c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)
                         and isinstance(c.value, str) and _CONFIG_FILE.search(c.value)]
                if found:
                    out[node.targets[0].id] = re.split(r"[\\/]", found[-1])[-1].lower()
                elif node.value.args and isinstance(node.value.args[0], ast.Name) and node.value.args[0].id in opened:
                    out[node.targets[0].id] = opened[node.value.args[0].id]
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) \
                    and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "read" \
                    and isinstance(node.value.func.value, ast.Name) and node.value.args \
                    and isinstance(node.value.args[0], ast.Constant) and isinstance(node.value.args[0].value, str) \
                    and _CONFIG_FILE.search(node.value.args[0].value):
                # ``cfg = configparser.ConfigParser(); cfg.read("settings.ini")``
                out[node.value.func.value.id] = re.split(r"[\\/]", node.value.args[0].value)[-1].lower()
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.args.args:
                for decorator in node.decorator_list:
                    if isinstance(decorator, ast.Call) and _dotted(decorator.func) in ("hydra.main", "main"):
                        name = next((k.value.value for k in decorator.keywords if k.arg == "config_name"
                                     and isinstance(k.value, ast.Constant)), None)
                        if isinstance(name, str):
                            out[node.args.args[0].arg] = name if _CONFIG_FILE.search(name) else f"{name}.yaml"
    return out


def config_key(node: ast.AST | None, sources: dict[str, str]) -> str | None:
    """``params["data"]["processed"]`` / ``cfg.data.processed`` on a parsed configuration: the entry, as a key
    that the same expression in another file of the program names too."""
    keys = []
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        if isinstance(node, ast.Attribute):
            keys.append(node.attr)
        elif isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, (str, int)):
            keys.append(str(node.slice.value))
        else:
            return None
        node = node.value
    if keys and isinstance(node, ast.Name) and node.id in sources:
        return f"{sources[node.id]}#{'/'.join(reversed(keys))}"
    return None


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


class Analyser:
    def __init__(self, code: CodeFile, cells: tuple[Cell, ...]):
        self.code = code
        self.cells = cells
        self.result = FlowResult(code.path)
        self.globals: dict[str, Any] = _Store()
        self.frame = _Frame(self.globals)
        self.heap: dict[int, ObjState] = _Store()
        self.info: dict[int, ObjInfo] = {}
        self.transformed: set[int] = set()  # objects whose transform-like methods were called
        self.step = 0
        self.ids = 0
        self.budget = STATEMENT_BUDGET
        self.depth = 0
        self.inlining: list[Any] = []
        self.called: set[int] = set()  # id() of function nodes inlined at least once
        self.defined: list[tuple[Func, ClassVal | None]] = []
        self.cell: int | None = None
        self.lines: list[str] = []
        self.stmt: Any = None
        self.stmt_step = 0
        self.stat_fit: dict[int, int] = {}
        self.families: dict[tuple, int] = {}  # (kind, parent node) -> family split id
        self.dir_origins: dict[str, int] = {}
        self.origin_step: dict[int, int] = {}
        self.keyed_splits: dict[tuple, int] = {}
        self._aliases: dict[str, str] = {}  # loop variable -> the variable it stands for in this iteration
        self._closures: dict[int, dict] = {}  # id(function node) -> locals of the function that defined it
        self.saved: dict[str, Any] = {}  # file name -> what the code wrote there (np.save, to_parquet, pickle.dump)
        self.handles: dict[int, str] = {}  # origin of an open() file object -> the file name it opened
        self.file_origins: dict[str, int] = {}  # file name -> the origin of the rows read from it
        self._lines: dict[int | None, list[str]] = {}
        self.slice_keys: dict[int, set[str]] = {}  # split family -> its slice bounds without spaces
        self._dropped: set | None = None  # column names popped or dropped anywhere (read when first needed)
        # command-line options defaulting to a file name (``args.out``), or given one by the file running the script
        self.options: dict[str, str] = dict(code.cli_options)
        self.column_codes: set[int] = set()  # label-encoder fits whose codes were stored as a frame column
        self.loop_depth = 0  # for-loops (not unrolled) around the statement being analysed
        self.loop_names: list[set[str]] = []  # the variables each of those loops assigns
        self.paths: dict[str, str] = {}  # variables assigned a path built around a file name (not a literal)
        self.expression_frame: Data | None = None  # the frame whose columns ``pl.col(...)`` reads, while it is known
        self.param_fits: dict[int, frozenset] = {}  # object -> statistics written into its parameters
        self.fixed_categories: set = set()  # rows of frames whose categorical columns have levels the code lists
        self.star_modules: list[str] = []  # modules imported with ``from m import *``
        self.expression_origins: set[int] = set()  # polars column expressions built outside a frame method
        self._configs: dict[str, str] | None = None  # names bound to parsed configuration files (read when needed)
        self.uncalled_done: set[int] = set()  # functions already analysed on fresh arguments
        # Whether any categorical levels may be listed (``categories=``, ``CategoricalDtype``): looked for only then.
        self.mentions_categories = any("ategor" in cell.source for cell in cells)
        # Dotted names of the program's own files (``src/features.py``: ``src.features``, ``features``).
        self.local_modules: set[str] = set().union(*(module_names(cell.path) for cell in cells))
        self.ordered_masks: set[str] = set()  # variables holding a cut-off mask (``cut = df.date < t``)
        self.moved: dict[str, str] = {}  # variables holding values of neighbouring rows (``s.rolling(7).mean()``)
        self.loose_attrs: dict[tuple, Any] = {}  # (name, attribute) -> statistics stored on an untracked namespace
        self._changed: dict[int, frozenset] = {}  # id(function node) -> names it changes in place (while analysed)
        self.record_writers: set[int] = set()  # origins of TFRecordWriter handles (``writer.write(example)``)
        self.class_attrs: dict[int, dict] = {}  # id(class node) -> attributes its body computes from data
        self.path_texts: dict[str, str] = {}  # variables holding a path built from literals (``Path("d") / "x"``)

    # -- bookkeeping ------------------------------------------------------------------------------

    def new_id(self) -> int:
        self.ids += 1
        return self.ids

    def fresh(self) -> Data:
        origin = self.new_id()
        self.origin_step[origin] = self.step
        return Data(frozenset({(origin, ())}))

    def seg(self, node: ast.AST | None) -> str:
        if node is None or not hasattr(node, "lineno"):
            return ""
        try:
            first, last = node.lineno - 1, node.end_lineno - 1
            if first == last:
                raw = self.lines[first].encode("utf-8")[node.col_offset:node.end_col_offset]
                return raw.decode("utf-8", "replace")
            head = self.lines[first].encode("utf-8")[node.col_offset:].decode("utf-8", "replace")
            tail = self.lines[last].encode("utf-8")[:node.end_col_offset].decode("utf-8", "replace")
            return "\n".join([head, *self.lines[first + 1:last], tail])
        except (IndexError, TypeError, AttributeError):
            return ""

    def line_of(self, node: ast.AST | None) -> int:
        return getattr(node, "lineno", 0) or 0

    def use(self, fits: frozenset, rows: frozenset, node: ast.AST | None, what: str) -> None:
        if fits and rows:
            self.result.uses.append(UseEvent(self.step, frozenset(fits), rows, self.cell, self.line_of(node), what))

    def obj_fits(self, oid: int, seen: set[int] | None = None) -> frozenset:
        seen = seen if seen is not None else set()
        if oid in seen:
            return EMPTY
        seen.add(oid)
        state = self.heap.get(oid)
        if state is None:
            return EMPTY
        out = set(state.fits) | self.param_fits.get(oid, EMPTY)  # statistics in its parameters outlive a refit
        for m in state.members:
            out |= self.obj_fits(m, seen)
        return frozenset(out)

    def set_state(self, oid: int, **changes: Any) -> None:
        state = self.heap.get(oid, ObjState())
        self.heap[oid] = ObjState(changes.get("fits", state.fits), changes.get("members", state.members),
                                  changes.get("attrs", state.attrs))

    def new_fit(self, kind: str, learns: str | None, rows: frozenset, node: ast.AST | None, method: str,
                cls: str = "", oid: int | None = None, target: str = "", inputs: tuple = ()) -> int:
        fid = self.new_id()
        info = self.info.get(oid) if oid is not None else None
        self.result.fits[fid] = FitEvent(
            fid, self.step, kind, learns, rows, self.cell, self.line_of(node), self.seg(node), method, cls, oid,
            target, inputs[0] if inputs else "", self.stmt, inputs, node, info.text if info is not None else "",
        )
        return fid

    # -- entry points -----------------------------------------------------------------------------

    def run(self) -> FlowResult:
        try:
            for i, cell in enumerate(self.cells):
                if i and cell.path != self.cells[i - 1].path:
                    # Functions a file of the program defines and never calls (CLI commands, tasks registered with
                    # a framework) run before the next file, which may read what they write.
                    self.run_uncalled()
                self.enter_cell(cell)
                self.block(cell.tree.body)
            self.run_uncalled()
        except _Budget:
            self.result.truncated = True
        self.finish()
        return self.result

    def enter_cell(self, cell: Cell) -> None:
        self.cell = cell.index
        lines = self._lines.get(cell.index)
        if lines is None:  # split once per cell: functions of a long cell are entered many times
            lines = self._lines[cell.index] = cell.source.split("\n")
        self.lines = lines

    def run_uncalled(self) -> None:
        """Analyse functions (and methods) that the file defines but never calls, on fresh arguments."""
        done = self.uncalled_done
        for func, cls in list(self.defined):
            key = id(func.node)
            if key in self.called or key in done:
                continue
            done.add(key)
            cell = next((c for c in self.cells if c.index == func.cell), None)
            if cell is not None:
                self.enter_cell(cell)
            args = self._fresh_params(func.node, skip_self=cls is not None)
            self_value = None
            if cls is not None:
                self_value = self.instantiate_user(cls, None, run_init=False)
            self.inline(func, args, {}, None, self_value=self_value)

    def _fresh_params(self, fn: Any, skip_self: bool) -> list:
        params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
        # Literal defaults (``dst: str = "data/x.csv"``) are what a command-line framework passes by default.
        defaults = dict(zip(params[len(params) - len(fn.args.defaults):], fn.args.defaults))
        if skip_self and params:
            params = params[1:]
        out = []
        for name in params:
            if isinstance(defaults.get(name), ast.Constant) and isinstance(defaults[name].value, str):
                out.append(Const(defaults[name].value))
            elif _ESTIMATOR_PARAM.search(name):
                out.append(self.make_obj("", "", None, [], {}))
            else:
                out.append(self.fresh())
        return out

    def finish(self) -> None:
        for fid, fit in self.result.fits.items():
            self.result.learns[fid] = self.final_learns(fit)

    def final_learns(self, fit: FitEvent) -> str:
        if fit.learns is not None:
            return fit.learns
        if fit.oid is None:
            return "model"
        return self.object_learns(fit.oid, set())

    def object_learns(self, oid: int, seen: set[int]) -> str:
        if oid in seen:
            return "model"
        seen.add(oid)
        info = self.info.get(oid)
        if info is None:
            return "model"
        learns = info.learns
        if learns == "pipeline" or learns == "search":
            found = {self.object_learns(m, seen) for m in self.heap.get(oid, ObjState()).members}
            for level in ("statistics", "vocabulary", "categories"):
                if level in found:
                    return level
            if found and found <= {"none", "labels"}:
                return "none"  # stateless steps only (FunctionTransformer, PolynomialFeatures)
            return "model"
        if learns is None:
            if info.user_class is not None:
                return "model"
            return "statistics" if oid in self.transformed else "model"
        return learns

    # -- statements -------------------------------------------------------------------------------

    def block(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, s: ast.stmt) -> None:
        self.budget -= 1
        if self.budget <= 0:
            raise _Budget()
        self.step += 1  # events of different statements are strictly ordered
        if not isinstance(s, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try,
                              ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.stmt = s
            self.stmt_step = self.step
        method = getattr(self, "s_" + type(s).__name__, None)
        if method is not None:
            try:
                method(s)
            except RecursionError:
                # An expression nested deeper than Python's recursion limit (``a + a + ... + a`` 500 times):
                # this statement is left out, said so, and the rest of the file is still analysed.
                where = self.code.location(self.cell, self.line_of(s))
                self.result.problems.append(f"{where}: the statement is nested too deeply to analyse")

    def s_Expr(self, s: ast.Expr) -> None:
        self.ev(s.value)

    def s_Assign(self, s: ast.Assign) -> None:
        value = self.ev(s.value)
        for target in s.targets:
            if isinstance(target, ast.Subscript):
                value = self.fills_masked_rows(target, s.value, value)
                if self.loop_names:
                    value = self.neighbour_element(target, s.value, value)
            if isinstance(target, ast.Subscript) and self.mentions_categories and self.lists_categories(s.value):
                # ``df["day"] = pd.Categorical(df["day"], categories=DAYS)``: dummies of this frame take those levels.
                held = self.ev(target.value)
                if isinstance(held, Data):
                    self.fixed_categories.update(held.rows)
            self.assign(target, value)
            if isinstance(target, ast.Name):
                # ``OUT = DATA / "processed" / "x.joblib"``: the name holds a path to that file from here on.
                key = _file_key(s.value) if _path_like(s.value) and not isinstance(value, Const) else None
                if key is None and isinstance(s.value, (ast.Subscript, ast.Attribute)) and self.configs():
                    key = config_key(s.value, self.configs())
                if key is not None:
                    self.paths[target.id] = key
                elif self.paths:
                    self.paths.pop(target.id, None)
                text = static_text(s.value, self.text_of) if not isinstance(value, Const) and _path_like(s.value) \
                    else None
                if text is not None:
                    self.path_texts[target.id] = text
                elif self.path_texts:
                    self.path_texts.pop(target.id, None)
                if isinstance(s.value, (ast.Compare, ast.BinOp)) and _is_cutoff(s.value):
                    self.ordered_masks.add(target.id)
                elif self.ordered_masks:
                    self.ordered_masks.discard(target.id)
                moved = self.neighbour_values(s.value) if isinstance(value, Data) and not value.per_row else None
                if moved is not None:
                    self.moved[target.id] = moved
                elif self.moved:
                    self.moved.pop(target.id, None)

    def fills_masked_rows(self, target: ast.Subscript, value_node: ast.AST, value: Any) -> Any:
        """``df.loc[gap, "x"] = df["x"].shift(-1)[gap]``: rows selected by a mask take values of neighbouring rows (a
        fill across rows); a new column of shifted values (a lag feature) selects no rows and is not one."""
        holder = target.value
        first = target.slice.elts[0] if isinstance(target.slice, ast.Tuple) and target.slice.elts else target.slice
        masked = (isinstance(holder, ast.Attribute) and holder.attr in ("loc", "iloc")) or isinstance(holder,
                                                                                                     ast.Subscript)
        if not masked or isinstance(first, (ast.Slice, ast.Constant)) or not isinstance(value, Data) or value.per_row:
            return value
        moved = self.neighbour_values(value_node)
        if moved is None:
            return value
        return self.apply_stats(value, [self.stat(value, f"fillna from {moved}", value_node)], value_node)

    def neighbour_element(self, target: ast.Subscript, value_node: ast.AST, value: Any) -> Any:
        """``a[i] = a[i - 1]`` in a loop over ``i``: a row takes the previous (or next) row's value, a forward (or
        backward) fill written by hand."""
        if not isinstance(value_node, ast.Subscript) or ast.dump(value_node.value) != ast.dump(target.value):
            return value
        first = lambda sl: sl.elts[0] if isinstance(sl, ast.Tuple) and sl.elts else sl  # noqa: E731
        at, near = first(target.slice), first(value_node.slice)
        loop_names = set().union(*self.loop_names)
        if not (isinstance(at, ast.Name) and at.id in loop_names and isinstance(near, ast.BinOp)
                and isinstance(near.op, (ast.Add, ast.Sub)) and isinstance(near.left, ast.Name)
                and near.left.id == at.id and isinstance(near.right, ast.Constant)
                and isinstance(near.right.value, int) and near.right.value > 0):
            return value
        base = self.ev(target.value)
        if not isinstance(base, Data) or base.per_row:
            return value
        label = "ffill (the previous row, by hand)" if isinstance(near.op, ast.Sub) else "bfill (the next row, by hand)"
        carried = value if isinstance(value, Data) else base.derived(per_row=True, mode="")
        return self.apply_stats(carried, [self.stat(base, label, value_node)], value_node)

    def neighbour_values(self, node: ast.AST) -> str | None:
        """The neighbour method (``shift``, ``rolling``...) whose values ``node`` computes, directly or through a
        variable assigned them earlier (``smooth = s.rolling(7, center=True).mean(); s.fillna(smooth)``), named
        ``earlier rows by ...`` when it reads only earlier rows (a trailing window, ``shift(1)``): such a fill
        carries values forward only, as ``ffill`` does."""
        # A look at the lines first: walking every assigned expression would cost more.
        start = getattr(node, "lineno", 0)
        text = self.lines[start - 1] if start and start == node.end_lineno and start <= len(self.lines) \
            else self.seg(node)
        if not _NEIGHBOUR_TEXT.search(text) and not (self.moved and any(name in text for name in self.moved)):
            return None
        for n in ast.walk(node):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in K.NEIGHBOUR_METHODS:
                return f"earlier rows by {n.func.attr}" if _reads_earlier_rows(n) else n.func.attr
            if isinstance(n, ast.Name) and n.id in self.moved:
                return self.moved[n.id]
        return None

    def lists_categories(self, node: ast.AST) -> bool:
        """A value whose categories the code lists: ``pd.Categorical(x, categories=...)``,
        ``x.astype(CategoricalDtype([...]))`` (also through a name holding the dtype), ``cat.set_categories([...])``."""
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name in ("Categorical", "CategoricalDtype", "set_categories") and (
                    any(k.arg == "categories" for k in call.keywords) or (name != "Categorical" and call.args)):
                return True
            if name == "astype" and call.args and isinstance(call.args[0], ast.Name):
                dtype = self.lookup(call.args[0].id)
                info = self.info.get(dtype.oid) if isinstance(dtype, Obj) else None
                if info is not None and info.cls == "CategoricalDtype" and (info.text.count(",") or "categories" in
                                                                            info.text):
                    return True
        return False

    def s_AnnAssign(self, s: ast.AnnAssign) -> None:
        if s.value is not None:
            self.assign(s.target, self.ev(s.value))

    def s_AugAssign(self, s: ast.AugAssign) -> None:
        current = self.ev(s.target)
        added = self.ev(s.value)
        if self.loop_depth and isinstance(added, Data) and added.per_row and isinstance(s.op, (ast.Add, ast.Sub)) \
                and isinstance(s.target, ast.Name) and not (isinstance(current, Data) and current.per_row):
            # ``total += x`` for each sample of a loop: a sum across the rows iterated (a mean once divided).
            stat = self.stat(added.derived(per_row=False), "sum", s.value)
            if isinstance(current, Data):
                self.assign(s.target, self.apply_stats(current, [stat], s))
            else:
                self.assign(s.target, self.combine_stats([current, stat]) if isinstance(current, Stat) else stat)
            return
        value = self.binop(current, added, s)
        self.assign(s.target, value)

    def s_Return(self, s: ast.Return) -> None:
        value = self.ev(s.value) if s.value is not None else Const(None)
        guards = self.frame.guards
        if guards:
            # Returned after a test against statistics: the value was chosen by what they learned.
            if isinstance(value, Data):
                value = value.derived(taints=value.taints | guards)
            elif not isinstance(value, (Stat, Obj, Func, ClassVal, Seq)):
                value = Data(EMPTY, guards, per_row=True)
        self.frame.returns.append(value)

    def s_Delete(self, s: ast.Delete) -> None:
        for t in s.targets:
            if isinstance(t, ast.Name):
                self.frame.locals.pop(t.id, None)

    def s_Global(self, s: ast.Global) -> None:
        self.frame.global_names.update(s.names)

    def s_Nonlocal(self, s: ast.Nonlocal) -> None:
        # ``nonlocal centre``: assignments write the enclosing function's variable, which its other inner
        # functions read (a fit/apply pair of closures).
        if self.frame.closure is not None:
            self.frame.nonlocal_names.update(s.names)

    def s_Raise(self, s: ast.Raise) -> None:
        if s.exc is not None:
            self.ev(s.exc)

    def s_Assert(self, s: ast.Assert) -> None:
        self.ev(s.test)

    def s_Import(self, s: ast.Import) -> None:
        for alias in s.names:
            if alias.asname:
                self.bind(alias.asname, Mod(alias.name))
            else:
                root = alias.name.split(".", 1)[0]
                self.bind(root, Mod(root))

    def s_ImportFrom(self, s: ast.ImportFrom) -> None:
        module = s.module or ""
        for alias in s.names:
            if alias.name == "*":
                if module and module not in self.local_modules and not s.level:
                    self.star_modules.append(module)  # ``from sklearn import *``: names not bound here come from it
                continue
            if module in self.local_modules or s.level:
                defined = self.globals.get(alias.name)
                if defined is not None and not isinstance(defined, Mod):
                    # A function, class or prepared data of another file of the program, which ran before.
                    self.bind(alias.asname or alias.name, defined)
                    continue
            self.bind(alias.asname or alias.name, Mod(f"{module}.{alias.name}" if module else alias.name))

    def local_definition(self, callee: Mod, kinds: tuple = (Func, ClassVal)) -> Any:
        """``utils.scale`` where ``utils`` is another file of the program: what that file defined."""
        module, _dot, name = callee.name.rpartition(".")
        if module in self.local_modules:
            defined = self.globals.get(name)
            if isinstance(defined, kinds):
                return defined
        return None

    def s_FunctionDef(self, s: ast.FunctionDef) -> None:
        for decorator in s.decorator_list:
            if isinstance(decorator, ast.Call):  # ``@click.option("--out", default="x.csv")``: the parameter ``out``
                self.options.update(option_paths([decorator]))
        if self.frame.globals is not None:  # defined inside a function: it reads that function's locals
            self._closures[id(s)] = self.frame.locals
        func = Func(s, self.cell)
        self.bind(s.name, func)
        self.defined.append((func, None))

    s_AsyncFunctionDef = s_FunctionDef

    def s_ClassDef(self, s: ast.ClassDef) -> None:
        methods = tuple((b.name, b) for b in s.body if isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef)))
        bases = tuple(_dotted(b) or "" for b in s.bases)
        cls = ClassVal(s, methods, bases, self.cell)
        attrs = {}
        for b in s.body:
            # ``class CFG: sqft_mean = df.sqft.mean()``: class attributes are computed once, when the class is.
            if isinstance(b, ast.Assign) and not isinstance(b.value, ast.Constant):
                value = self.ev(b.value)
                for t in b.targets:
                    if isinstance(t, ast.Name) and isinstance(value, (Data, Stat, Seq)):
                        attrs[t.id] = value
        if attrs:
            self.class_attrs[id(s)] = attrs
        self.bind(s.name, cls)
        for _name, fn in methods:
            self.defined.append((Func(fn, self.cell), cls))

    def s_If(self, s: ast.If) -> None:
        test = self.ev(s.test)
        if isinstance(test, Data) and test.per_row and test.taints and self.frame.globals is not None:
            self.frame.guards |= test.taints
        known = self.none_test(s.test)
        if known is not None:
            # ``if self.mu is None: self.mu = X.mean(0)``: the attribute is known set (or known unset) here, so
            # only one branch runs (a scaler of the user's that fits on its first call only).
            self.block(s.body if known else s.orelse)
            return
        self.branches([s.body, s.orelse])

    def none_test(self, test: ast.AST) -> bool | None:
        """The outcome of ``x is None`` / ``x is not None`` when ``x`` is known to hold data, a statistic or an
        object (not None) or known to hold None; None when it is not known."""
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot))
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None
                and isinstance(test.left, (ast.Name, ast.Attribute))):
            return None
        value = self.ev(test.left)
        if isinstance(value, (Data, Stat, Obj)):
            is_none = False
        elif isinstance(value, Const) and value.known and value.value is None:
            is_none = True
        else:
            return None
        return is_none if isinstance(test.ops[0], ast.Is) else not is_none

    def s_While(self, s: ast.While) -> None:
        self.ev(s.test)
        self.branches([s.body + s.orelse, s.orelse])

    def s_For(self, s: ast.For) -> None:
        iterable = self.ev(s.iter)
        items = self.unrolled(iterable)
        if items is not None:
            for item, alias in items:
                self.assign(s.target, item, alias=alias)
                self.block(s.body)
            self.block(s.orelse)
            return
        self.assign(s.target, self.element(iterable))
        self.loop_depth += 1
        self.loop_names.append({n.id for n in ast.walk(s.target) if isinstance(n, ast.Name)})
        try:
            self.branches([s.body + s.orelse, s.orelse])
        finally:
            self.loop_depth -= 1
            self.loop_names.pop()

    s_AsyncFor = s_For

    def s_With(self, s: ast.With) -> None:
        for item in s.items:
            value = self.ev(item.context_expr)
            if item.optional_vars is not None:
                self.assign(item.optional_vars, value)
        self.block(s.body)

    s_AsyncWith = s_With

    def s_Try(self, s: ast.Try) -> None:
        self.block(s.body)
        self.branches([[], *[h.body for h in s.handlers]])
        self.block(s.orelse)
        self.block(s.finalbody)

    s_TryStar = s_Try

    def s_Match(self, s: Any) -> None:
        self.ev(s.subject)
        self.branches([c.body for c in s.cases] + [[]])

    def branches(self, bodies: list[list[ast.stmt]]) -> None:
        """Run each body from the same state and join the states (any of them may have run).

        Only the names and objects a body changed are restored and joined (an undo log per body), so a
        branch costs what it changes, not the size of the whole state: analysis time stays linear in the
        length of the file.
        """
        frame = self.frame
        stores = [frame.locals, self.heap]
        if frame.globals is not None and frame.globals is not frame.locals:
            stores.insert(1, frame.globals)
        outcomes = []
        for body in bodies:
            for store in stores:
                store.logs.append({})
            if body:
                self.block(body)
            changed = []
            for store in stores:
                log = store.logs.pop()
                changed.append({key: store.get(key, _MISSING) for key in log})
                store.restore(log)
            outcomes.append(changed)
        for i, store in enumerate(stores):
            keys = dict.fromkeys(k for outcome in outcomes for k in outcome[i])
            for key in keys:
                base = store.get(key, _MISSING)
                values = [outcome[i].get(key, base) for outcome in outcomes]
                joined = self._join_heap_values(values) if store is self.heap else self._join_var_values(values)
                if joined is _MISSING:
                    store.pop(key, None)
                else:
                    store[key] = joined

    @staticmethod
    def _join_var_values(values: list) -> Any:
        out = _MISSING
        for value in values:
            if value is _MISSING:
                continue
            out = value if out is _MISSING else join(out, value)
        return out

    @staticmethod
    def _join_heap_values(values: list) -> Any:
        out = _MISSING
        for state in values:
            if state is _MISSING:
                continue
            if out is _MISSING or out is state:
                out = state
                continue
            members = tuple(dict.fromkeys(out.members + state.members))
            attrs = dict(out.attrs)
            for n, v in state.attrs:
                attrs[n] = join(attrs.get(n), v) if n in attrs else v
            out = ObjState(out.fits | state.fits, members, tuple(attrs.items()))
        return out

    # -- names and assignment -------------------------------------------------------------------

    def bind(self, name: str, value: Any) -> None:
        frame = self.frame
        if name in frame.global_names and frame.globals is not None:
            frame.globals[name] = value
        elif name in frame.nonlocal_names and frame.closure is not None:
            frame.closure[name] = value
        else:
            frame.locals[name] = value

    def lookup(self, name: str) -> Any:
        frame = self.frame
        if name in frame.locals:
            return frame.locals[name]
        if frame.closure is not None and name in frame.closure:
            return frame.closure[name]
        if frame.globals is not None and name in frame.globals:
            return frame.globals[name]
        if self.star_modules and name not in _BUILTIN_NAMES:
            return Mod(f"{self.star_modules[-1]}.{name}")
        return Mod(name)

    def assign(self, target: ast.AST, value: Any, alias: str | None = None) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, value)
            if isinstance(value, Data):
                self.name_hint(target.id, value)
            if alias is not None:
                self._aliases[target.id] = alias
            else:
                self._aliases.pop(target.id, None)
        elif isinstance(target, (ast.Tuple, ast.List)):
            elts = target.elts
            star = next((i for i, e in enumerate(elts) if isinstance(e, ast.Starred)), None)
            if isinstance(value, Seq) and (len(value.items) == len(elts) or star is not None):
                items = list(value.items)
                if star is None:
                    for t, v in zip(elts, items):
                        self.assign(t, v)
                else:
                    n_after = len(elts) - star - 1
                    for t, v in zip(elts[:star], items[:star]):
                        self.assign(t, v)
                    rest = items[star:len(items) - n_after] if n_after else items[star:]
                    self.assign(elts[star].value, Seq(tuple(rest)))
                    for t, v in zip(elts[star + 1:], items[len(items) - n_after:] if n_after else []):
                        self.assign(t, v)
            else:
                part = self.element(value) if isinstance(value, (Seq, Iter)) else value
                for t in elts:
                    self.assign(t.value if isinstance(t, ast.Starred) else t, part)
        elif isinstance(target, ast.Starred):
            self.assign(target.value, value)
        elif isinstance(target, ast.Subscript):
            self.mutate(target, value)
        elif isinstance(target, ast.Attribute):
            base = self.ev(target.value)
            if isinstance(base, Obj):
                state = self.heap.get(base.oid, ObjState())
                self.heap[base.oid] = state.with_attr(target.attr, value)
            elif isinstance(base, Data):
                self.mutate(target, value)
            elif isinstance(target.value, ast.Name):
                key = (target.value.id, target.attr)
                if isinstance(value, (Data, Stat, Obj)):
                    # ``args.mean = X.mean(0)`` on an argparse namespace, a SimpleNamespace, a config module: the
                    # attribute holds the statistic from here on.
                    self.loose_attrs[key] = value
                elif self.loose_attrs:
                    self.loose_attrs.pop(key, None)

    def mutate(self, target: ast.AST, value: Any) -> None:
        """``df['col'] = value`` (or an in-place method): the frame keeps its rows and gains value's fitted state."""
        holder = target
        while isinstance(holder, ast.Subscript) or (isinstance(holder, ast.Attribute)
                                                    and holder.attr in ("loc", "iloc", "at", "iat", "values")):
            holder = holder.value
        if isinstance(holder, ast.Attribute) and holder is not target:
            # ``self.frame[cols] = ...``: the frame is an attribute of an object (a method of the user's class).
            owner = self.ev(holder.value)
            current = self.attribute(owner, holder.attr, holder) if isinstance(owner, Obj) else None
            if isinstance(current, Data):
                if isinstance(value, Stat):
                    value = self.apply_stats(current, [value], target)
                if isinstance(value, Data):
                    self.heap[owner.oid] = self.heap.get(owner.oid, ObjState()).with_attr(
                        holder.attr, current.derived(taints=current.taints | value.taints,
                                                     dups=current.dups | value.dups, objs=current.objs | value.objs))
                return
        name = _base_name(target)
        if name is None:
            return
        current = self.lookup(name)
        if isinstance(current, Data) and target is not None and isinstance(target, ast.Subscript) \
                and isinstance(target.value, ast.Name) and self.store_in_container(current, [value]):
            return  # ``h5["X"] = X``: stored in a file opened for writing
        if isinstance(current, Data) and isinstance(value, Obj) and isinstance(target, ast.Attribute):
            # ``dataset.transform = Compose([..., Normalize(mean, std)])``: every row is read through the object.
            fits = self.obj_fits(value.oid)
            self.use(fits, current.rows, target, "transform")
            value = current.derived(taints=current.taints | fits)
        if not isinstance(current, Data):
            if isinstance(current, Seq) and (isinstance(value, (Data, Stat, Obj)) or (
                    isinstance(value, Seq) and any(isinstance(v, (Data, Stat)) for v in value.items))):
                # ``ranges[col] = (df[col].min(), df[col].max())``, ``scalers[col] = MinMaxScaler()``: the dict
                # holds what was stored in it (a module-level dict filled inside a function stays filled).
                self.bind_global_or_local(name, Seq(current.items + (value,)))
            return
        if isinstance(value, Stat):
            value = self.apply_stats(current, [value], target)
        if not isinstance(value, Data):
            return
        column = _literal(target.slice) if isinstance(target, ast.Subscript) else None
        for fid in value.taints:
            fit = self.result.fits.get(fid)
            if fit is not None and fit.learns == "labels":
                self.column_codes.add(fid)  # decided here, by the column, not by what the frame is split as
            # Codes stored as a column that the code never sets apart as its target: the encoder encoded a feature.
            if fit is not None and fit.learns == "labels" and column not in self.dropped_columns():
                fit.learns = "categories"
        updated = current.derived(taints=current.taints | value.taints, dups=current.dups | value.dups,
                                  objs=current.objs | value.objs)
        self.bind(name, updated)
        alias = self._aliases.get(name)
        if alias is not None:
            aliased = self.lookup(alias)
            if isinstance(aliased, Data):
                self.bind_global_or_local(alias, aliased.derived(taints=aliased.taints | value.taints,
                                                                 dups=aliased.dups | value.dups))

    def bind_global_or_local(self, name: str, value: Any) -> None:
        if name in self.frame.locals or self.frame.globals is None:
            self.frame.locals[name] = value
        else:
            self.frame.globals[name] = value

    def name_hint(self, name: str, value: Data) -> None:
        role = K.role_from_name(name)
        if role is None:
            return
        parts = self.result.parts
        keys_of: dict[int, set] = {}
        for _origin, path in value.rows:
            if path:
                keys_of.setdefault(path[-1][0], set()).add(path[-1])
        for node in value.rows:
            origin, path = node
            if path and len(keys_of[path[-1][0]]) > 1:
                continue  # several parts of one split under one name (a generator over all parts): no hint
            if not path:
                if self.origin_step.get(origin, -1) >= self.stmt_step and origin not in self.result.origin_roles:
                    self.result.origin_roles[origin] = (role, self.cell, self.line_of(self.stmt),
                                                        self.seg(self.stmt), self.stmt)
                continue
            key = path[-1]
            part = parts.get(key)
            if part is None:
                continue
            if part.role is None or (role == "eval" and part.role == "train" and part.kind != "cv"
                                     and part.func not in K.ORDERED_SPLITS):
                part.role = role
            elif part.role != role and part.func in K.ORDERED_SPLITS:
                part.misnamed = part.misnamed + (name,)

    # -- iteration --------------------------------------------------------------------------------

    def unrolled(self, iterable: Any) -> list[tuple[Any, str | None]] | None:
        """Items of a short literal list (``for df in [train, test]``), each with the name it aliases."""
        if isinstance(iterable, Seq) and iterable.keys is None and 0 < len(iterable.items) <= 8:
            names = iterable.names or (None,) * len(iterable.items)
            if any(isinstance(v, Data) for v in iterable.items):
                return list(zip(iterable.items, names))
            # ``for col, fn in {"age": lambda s: (s - s.mean()) / s.std(), ...}.items()``: each function in turn
            # (joined, the functions would be lost).
            # ``for name, arr in {"X": X, "y": y}.items(): np.save(f"{name}.npy", arr)``: each pair in turn.
            if any(isinstance(v, Func) or (isinstance(v, Seq) and any(isinstance(w, (Func, Data)) for w in v.items))
                   for v in iterable.items):
                return list(zip(iterable.items, names))
        return None

    def element(self, value: Any) -> Any:
        if isinstance(value, Obj):
            info = self.info.get(value.oid)
            if info is not None and K.is_splitter_class(info.cls):
                # Old scikit-learn splitters (KFold(n, n_folds=k)) are iterated directly: each item is a
                # (train, test) pair of indices into rows that the call does not name.
                train, test = self.split_parts(self.fresh(), ["train", "test"], ["train", "eval"], None,
                                               f"{info.cls} (iterated)", keeps_order=K.keeps_time_order(info.cls))
                return Seq((train, test))
            return UNKNOWN
        if isinstance(value, Data):
            if value.mode == "grouped":
                # ``for key, group in df.groupby("id")``: each item a key and a frame of several of the rows.
                # (mode "group": what fills there carries values within one group, as ``groupby().ffill()`` does)
                return Seq((Const(None, known=False), value.derived(per_row=False, mode="group")))
            return value.derived(per_row=value.mode != "columns", mode="")
        if isinstance(value, Iter):
            return value.item
        if isinstance(value, Seq):
            out = None
            for item in value.items:
                out = join(out, item)
            return out if out is not None else UNKNOWN
        if isinstance(value, Stat):
            return value
        return UNKNOWN

    # -- expressions ------------------------------------------------------------------------------

    def ev(self, node: ast.AST | None) -> Any:
        if node is None:
            return Const(None)
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            return UNKNOWN
        return method(node)

    def e_Constant(self, node: ast.Constant) -> Any:
        return Const(node.value)

    def e_Name(self, node: ast.Name) -> Any:
        return self.lookup(node.id)

    def e_Starred(self, node: ast.Starred) -> Any:
        return self.ev(node.value)

    def e_Await(self, node: ast.Await) -> Any:
        return self.ev(node.value)

    def e_NamedExpr(self, node: ast.NamedExpr) -> Any:
        value = self.ev(node.value)
        self.assign(node.target, value)
        return value

    def e_Yield(self, node: ast.Yield) -> Any:
        if node.value is not None:
            self.frame.returns.append(self.ev(node.value))
        return UNKNOWN

    e_YieldFrom = e_Yield

    def e_JoinedStr(self, node: ast.JoinedStr) -> Any:
        # A statistic formatted into a string (a query or eval expression) still carries what it learned.
        stats = [v for v in (self.ev(part.value) for part in node.values if isinstance(part, ast.FormattedValue))
                 if isinstance(v, Stat)]
        return self.combine_stats(stats) if stats else Const(None)

    def e_Lambda(self, node: ast.Lambda) -> Any:
        func = Func(node, self.cell)
        if self.frame.globals is not None:
            self._closures[id(node)] = self.frame.locals
        return func

    def e_Tuple(self, node: ast.Tuple | ast.List | ast.Set) -> Any:
        items = tuple(self.ev(e) for e in node.elts)
        names = tuple(e.id if isinstance(e, ast.Name) else None for e in node.elts)
        return Seq(items, None, names if any(names) else None)

    e_List = e_Tuple
    e_Set = e_Tuple

    def e_Dict(self, node: ast.Dict) -> Any:
        values = tuple(self.ev(v) for v in node.values)
        keys = []
        for k in node.keys:
            lit = _literal(k) if k is not None else _NOT_LITERAL
            keys.append(lit)
        if all(k is not _NOT_LITERAL for k in keys):
            return self.keyed_seq(values, tuple(keys))
        return Seq(values)

    def e_IfExp(self, node: ast.IfExp) -> Any:
        test = self.ev(node.test)
        value = join(self.ev(node.body), self.ev(node.orelse))
        # ``1 if x > df.col.mean() else 0``: the value is chosen by the test, so it carries what the test learned.
        if isinstance(test, (Data, Stat)) and not isinstance(value, (Data, Stat)):
            return test
        if isinstance(test, Data) and isinstance(value, Data):
            return value.derived(taints=value.taints | test.taints)
        return value

    def e_BoolOp(self, node: ast.BoolOp) -> Any:
        out = None
        for v in node.values:
            out = join(out, self.ev(v))
        return out

    def e_UnaryOp(self, node: ast.UnaryOp) -> Any:
        value = self.ev(node.operand)
        if isinstance(value, (Data, Stat)):
            return value
        if isinstance(value, Const) and value.known:
            lit = _literal(node)
            return Const(lit) if lit is not _NOT_LITERAL else UNKNOWN
        return UNKNOWN

    def e_BinOp(self, node: ast.BinOp) -> Any:
        return self.binop(self.ev(node.left), self.ev(node.right), node)

    def e_Compare(self, node: ast.Compare) -> Any:
        out = self.ev(node.left)
        for comp in node.comparators:
            out = self.binop(out, self.ev(comp), node, compare=True)
        return out

    def binop(self, left: Any, right: Any, node: ast.AST, compare: bool = False) -> Any:
        values = [left, right]
        datas = [v for v in values if isinstance(v, Data)]
        stats = [v for v in values if isinstance(v, Stat)]
        if datas:
            data = union_data(datas)
            return self.apply_stats(data, stats, node) if stats else data
        if stats:
            return self.combine_stats(stats)
        if isinstance(left, Seq) and isinstance(right, Seq) and isinstance(node, ast.BinOp) \
                and isinstance(node.op, ast.Add):
            return Seq(left.items + right.items)
        if isinstance(left, Const) and isinstance(right, Const) and left.known and right.known:
            lit = _literal(node)
            return Const(lit) if lit is not _NOT_LITERAL else UNKNOWN
        return UNKNOWN

    def e_Attribute(self, node: ast.Attribute) -> Any:
        base = self.ev(node.value)
        if self.loose_attrs and isinstance(node.value, ast.Name) and not isinstance(base, (Obj, Data)):
            held = self.loose_attrs.get((node.value.id, node.attr))
            if held is not None:
                return held
        return self.attribute(base, node.attr, node)

    def attribute(self, base: Any, name: str, node: ast.AST | None = None) -> Any:
        if isinstance(base, Mod):
            if self.local_modules and base.name in self.local_modules:
                # ``prepare.X`` after ``import prepare``: the data that file prepared.
                held = self.local_definition(Mod(f"{base.name}.{name}"), (Data, Obj, Seq, Stat))
                if held is not None:
                    return held
            return Mod(f"{base.name}.{name}")
        if isinstance(base, Data):
            if name in ("shape", "ndim", "size", "dtype", "dtypes", "columns", "empty", "name", "nbytes",
                        "element_spec", "cardinality", "class_names", "classes", "n_features_in_"):
                return UNKNOWN
            if name == "T" and not base.per_row:
                return base.derived(mode="columns")  # ``for col in X.T``: each element is a column over all rows
            return base.derived(per_row=base.per_row, mode=base.mode if name not in ("str", "dt", "cat") else "")
        if isinstance(base, Obj):
            state = self.heap.get(base.oid)
            if state is not None:
                value = state.attr(name)
                if value is not None:
                    return value
            info = self.info.get(base.oid)
            if name in ("best_estimator_", "estimator", "estimator_", "named_steps", "steps", "layers"):
                return base
            fits = self.obj_fits(base.oid)
            if fits and (name.endswith("_") or name in ("mean", "std", "variance", "word_index", "word_counts",
                                                         "vocabulary", "index_word", "principal_components",
                                                         # statsmodels results
                                                         "params", "pvalues", "tvalues", "bse", "fittedvalues",
                                                         "resid",
                                                         # gensim word and document vectors
                                                         "wv", "dv")):
                rows = frozenset().union(*(self.result.fits[f].rows for f in fits if f in self.result.fits))
                return Stat(rows, self.new_id(), name,
                            (self.cell, self.line_of(node), self.seg(node), self.stmt, node, ""), self.step, EMPTY, fits)
            if info is not None and info.user_class is not None:
                method = info.user_class.method(name)
                if method is not None:
                    if any(_dotted(d) in ("property", "cached_property", "functools.cached_property")
                           for d in method.decorator_list):
                        return self.inline(Func(method, info.user_class.cell), [], {}, node, self_value=base)
                    return Func(method, info.user_class.cell, None if _is_static(method) else base.oid)
            return base
        if isinstance(base, Stat):
            return base
        if isinstance(base, Seq):
            return base
        if base == UNKNOWN and name in self.options:
            return Const(self.options[name])  # ``args.output``: the file named by the option's default
        if isinstance(base, ClassVal):
            method = base.method(name)
            if method is not None:
                return Func(method, base.cell)
            held = self.class_attrs.get(id(base.node), {}).get(name)
            if held is not None:
                return held
        return UNKNOWN

    def e_Subscript(self, node: ast.Subscript) -> Any:
        base = self.ev(node.value)
        return self.subscript(base, node)

    def subscript(self, base: Any, node: ast.Subscript) -> Any:
        s = node.slice
        if isinstance(base, Seq):
            lit = _literal(s)
            if base.keys is not None and lit is not _NOT_LITERAL:
                for k, v in zip(base.keys, base.items):
                    if k == lit:
                        return v
            if isinstance(lit, int) and base.keys is None:
                try:
                    return base.items[lit]
                except IndexError:
                    return UNKNOWN
            if isinstance(s, ast.Slice) and base.keys is None:
                lo, hi = _literal(s.lower) if s.lower else None, _literal(s.upper) if s.upper else None
                if (lo is None or isinstance(lo, int)) and (hi is None or isinstance(hi, int)) and s.step is None:
                    return Seq(base.items[lo:hi])
            self.ev(s)
            return self.element(base)
        if isinstance(base, Data):
            return self.data_subscript(base, node)
        if isinstance(base, Stat):
            index = self.ev(s)
            if isinstance(index, Seq):  # ``medians[(row.pclass, row.sex)]``: looked up by a tuple of values
                index = union_data(list(index.items)) or index
            if isinstance(index, Data):  # ``w2v.wv[word]``, ``means[df.city]``: the learned table looked up by data
                return self.apply_stats(index, [base], node)
            return base
        if isinstance(base, (Obj, Mod)):
            self.ev(s)
            return base
        if isinstance(base, Iter):  # a ranked list: a slice keeps its kind of items, an index takes one
            self.ev(s)
            return base if isinstance(s, ast.Slice) else base.item
        index = self.ev(s)
        # ``X.columns[np.argsort(model.feature_importances_)]``: names chosen by what a fit learned.
        if isinstance(index, Stat):
            return index
        if isinstance(index, Data) and index.taints:
            return Stat(EMPTY, self.new_id(), "selection", (), self.step, EMPTY, index.taints)
        return UNKNOWN

    def data_subscript(self, base: Data, node: ast.Subscript) -> Any:
        s = node.slice
        if isinstance(s, ast.Tuple) and s.elts:
            first = s.elts[0]
            chosen = [v for v in (self.ev(e) for e in s.elts[1:]) if isinstance(v, Stat)]
            if chosen:  # X[:, cols] with columns chosen by statistics (feature selection)
                base = self.apply_stats(base, chosen, node)
            if isinstance(first, ast.Slice) and first.lower is None and first.upper is None and first.step is None:
                return base.derived(per_row=base.per_row)  # X[:, cols]: columns of every row
            s = first
        if isinstance(s, ast.Slice):
            for part in (s.lower, s.upper, s.step):
                if part is not None:
                    self.ev(part)
            if s.lower is None and s.upper is None and s.step is None:
                return base
            return self.row_subset(base, self.seg(s), None, node)
        lit = _literal(s)
        if isinstance(lit, str) and isinstance(node.value, ast.Attribute) and node.value.attr == "loc":
            # ``df.loc["2019"]``: the rows with that index label (a year of a time index), not a column.
            return self.row_subset(base, self.seg(s), K.role_from_literal(lit), node)
        if isinstance(lit, str) or (isinstance(lit, (list, tuple)) and all(isinstance(x, str) for x in lit)):
            return base  # column selection
        if isinstance(lit, int):
            return base.derived(per_row=True, mode="")
        if isinstance(s, ast.UnaryOp) and isinstance(s.op, (ast.Invert, ast.Not)):
            # ``df[~df.index.isin(train.index)]``: the rows not in a part are the other part of its split.
            negated = self.ev(s.operand)
            if isinstance(negated, Data) and any(m[1] and m[1][-1] in self.result.parts for m in negated.rows):
                return self.complement(base, negated, s)
        index = self.ev(s)
        if isinstance(index, Iter) and isinstance(index.item, Stat):
            index = index.item  # ``X[ranked[:k]]``: the first names of a ranking by a statistic
        if isinstance(index, Stat):
            return self.apply_stats(base, [index], node)  # columns chosen by statistics (feature selection)
        if isinstance(index, Data):
            return self.index_subset(base, index, s)
        if isinstance(index, Seq) and all(isinstance(v, Const) for v in index.items):
            return base  # a list of column names
        if isinstance(index, Const):
            return base
        return base

    def index_subset(self, base: Data, index: Data, s: ast.AST) -> Data:
        """``X[idx]`` where ``idx`` is data: follow the split the index came from, or key on its text."""
        learned = frozenset(f for f in index.taints - base.taints
                            if (fit := self.result.fits.get(f)) is not None and fit.kind != "stats")
        if learned:
            # Rows chosen by indices a fitted object produced (``y[nn.kneighbors(X)[1]]``) carry what it learned;
            # a mask by statistics (outlier removal) only filters rows.
            base = base.derived(taints=base.taints | learned)
        if index.per_row:
            if any(related(n, m) for n in base.rows for m in index.rows):
                return base  # ``for col in df: df[col]``: a frame's own items are its column names
            return base.derived(per_row=True, mode="")  # ``X[i]`` for one index of a loop: one sample
        steps = {n[1][-1] for n in index.rows if n[1] and n[1][-1] in self.result.parts}
        if not steps:
            text = self.seg(s)
            subset = self.row_subset(base, text, self._literal_role(s), s)
            mask = s.operand if isinstance(s, ast.UnaryOp) and isinstance(s.op, ast.Invert) else s
            if isinstance(mask, ast.Name) and mask.id in self.ordered_masks \
                    and any(related(n, m) for n in base.rows for m in index.rows):
                # A cut-off on the rows' own values held in a variable keeps time order, as ``df[df.date < t]``
                # does (a mask of random draws, ``np.random.rand(n) < 0.8``, does not).
                for row in subset.rows:
                    part = self.result.parts.get(row[1][-1]) if row[1] else None
                    if part is not None:
                        part.keeps_order = True
            if any(related(n, m) for n in base.rows for m in index.rows):
                # ``df.loc[known, cols]`` with ``known = df.x.notnull()``: rows kept by their own values, a row
                # filter (not a split), whatever the mask's name.
                self.result.filters.update(row[1][-1] for row in subset.rows)
            elif text:
                # ``df[msk]`` and ``df[~msk]`` with a mask drawn at random: the two sides of a split.
                other = text[1:].strip() if text.startswith("~") else "~" + text
                for row in subset.rows:
                    step = row[1][-1] if row[1] else None
                    if step is not None and (step[0], other) in self.result.parts:
                        self.result.families_explicit.add(step[0])
            return subset
        rows = set()
        for n in base.rows:
            placed = False
            for m in index.rows:
                if m[1] and anc_or_eq(n, m):
                    rows.add(m)
                    placed = True
            if not placed:
                # Index arrays carved from another array (a permutation, np.arange): the same part of these rows.
                for sid, key in steps:
                    part = self.add_part(sid, key, frozenset({n}), s, "subset", "index", base, None, explicit=False)
                    rows.add(part.node_of(n))
        return base.derived(rows=frozenset(rows), per_row=False)

    def _literal_role(self, s: ast.AST) -> str | None:
        text = self.seg(s)
        roles = set()
        for node in ast.walk(s):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                role = K.role_from_literal(node.value)
                if role:
                    roles.add(role)
            elif isinstance(node, ast.Name):
                role = K.role_from_name(node.id)
                if role:
                    roles.add(role)
            elif isinstance(node, ast.Attribute):
                role = K.role_from_name(node.attr)
                if role:
                    roles.add(role)
        if len(roles) != 1:
            return None
        role = roles.pop()
        negated = text.lstrip().startswith(("~", "not ")) or "!=" in text or " not in " in text
        if negated:
            role = "eval" if role == "train" else "train"
        return role

    def family(self, parent: tuple, kind: str) -> int:
        key = (kind, parent)
        sid = self.families.get(key)
        if sid is None:
            sid = self.new_id()
            self.families[key] = sid
        return sid

    def row_subset(self, base: Data, key: str, role: str | None, node: ast.AST | None, kind: str = "rows") -> Data:
        """Rows carved out of ``base`` by slicing, a mask, head/tail/sample/take/skip: a part of a split family."""
        rows = set()
        # ``0:k`` is ``:k`` and ``k:len(X)`` is ``k:``.
        bound = re.sub(r":len\([^()]*\)$", ":", re.sub(r"^0:", ":", re.sub(r"\s+", "", key)))
        other = None
        if re.fullmatch(r":[^:]+", bound):
            other = bound[1:] + ":"
        elif re.fullmatch(r"[^:]+:", bound):
            other = ":" + bound[:-1]
        for parent in base.rows:
            sid = self.family(parent, kind)
            part = self.add_part(sid, key, frozenset({parent}), node, "subset", "slicing", base, role, explicit=False)
            rows.add(part.node_of(parent))
            # X[:k] and X[k:] of the same rows are the two sides of a split, whatever their names.
            if other is not None:
                keys = self.slice_keys.setdefault(sid, set())
                keys.add(bound)
                if other in keys:
                    self.result.families_explicit.add(sid)
        return base.derived(rows=frozenset(rows), per_row=False, mode="")

    def add_part(self, sid: int, key: str, parents: frozenset, node: ast.AST | None, kind: str, func: str,
                 data: Data | None, role: str | None, explicit: bool = True, data_text: str = "") -> SplitPart:
        parts = self.result.parts
        part = parts.get((sid, key))
        if part is None:
            part = SplitPart(sid, key, parents, self.step, self.cell, self.line_of(node), self.seg(node), func, kind,
                             data.taints if data is not None else EMPTY, data.dups if data is not None else EMPTY,
                             self.stmt, role, data_text, node)
            parts[(sid, key)] = part
            if explicit:
                self.result.families_explicit.add(sid)
        else:
            part.parents = part.parents | parents
            if data is not None:
                part.taints = part.taints | data.taints
                part.dups = part.dups | data.dups
            if role is not None and part.role is None:
                part.role = role
        return part

    def training_part_only(self, rows: frozenset) -> bool:
        """Whether every one of ``rows`` lies in the training part of an earlier explicit hold-out split."""
        parts = self.result.parts
        return bool(rows) and all(
            any((part := parts.get(step)) is not None and part.kind == "holdout" and part.role == "train"
                for step in row[1])
            for row in rows)

    def split_parts(self, data: Data, keys: list[str], roles: list[str | None], node: ast.AST | None, func: str,
                    kind: str = "holdout", extra_taints: frozenset = EMPTY, sid: int | None = None,
                    data_text: str = "", keeps_order: bool = False) -> list[Data]:
        """An explicit split of ``data`` into parts named ``keys``; returns the parts as data."""
        # After every fit in its own arguments (``train_test_split(scaler.fit_transform(X), y)``).
        self.step += 1
        sid = sid if sid is not None else self.new_id()
        carved = data.derived(taints=data.taints | extra_taints) if extra_taints else data
        self.use(carved.taints, carved.rows, node, func)
        out = []
        for key, role in zip(keys, roles):
            part = self.add_part(sid, key, data.rows, node, kind, func, carved, role, data_text=data_text)
            part.keeps_order = part.keeps_order or keeps_order
            out.append(data.derived(rows=frozenset(part.node_of(p) for p in data.rows), per_row=False, mode=""))
        return out

    def e_ListComp(self, node: Any) -> Any:
        if isinstance(node, ast.DictComp):
            keyed = self.keyed_comprehension(node)
            if keyed is not None:
                return keyed
        chosen_by = []
        within_sample = False  # ``[vec[w] for w in tokens_of_one_row]``: the parts of one sample, not rows
        for gen in node.generators:
            iterable = self.ev(gen.iter)
            if gen is node.generators[0]:  # later loops may run over the parts of each row of the first
                within_sample = isinstance(iterable, Data) and iterable.per_row
            self.assign(gen.target, self.element(iterable))
            for cond in gen.ifs:
                value = self.ev(cond)
                if isinstance(value, Stat):
                    chosen_by.append(value)
        if chosen_by and not isinstance(node, ast.DictComp):
            # ``[c for c, w in zip(cols, model.coef_) if abs(w) > 0]``: names kept by what a fit learned.
            elt = self.ev(node.elt)
            if not isinstance(elt, (Data, Stat)):
                return self.combine_stats(chosen_by)
        if isinstance(node, ast.DictComp):
            key, elt = self.ev(node.key), self.ev(node.value)
            if isinstance(key, Data) and not within_sample and not isinstance(elt, (Stat, Data)):
                # ``{w: i for i, w in enumerate(sorted(set(all_tokens)))}``: codes of the values seen in the rows.
                key = self.stat(key.derived(per_row=False), "unique", node)
            if isinstance(key, (Stat, Data)) and not isinstance(elt, (Stat, Data)):
                elt = key  # ``{c: i for i, c in enumerate(df.col.unique())}``: the keys are what was learned
        else:
            elt = self.ev(node.elt)
        if isinstance(elt, Iter) and isinstance(elt.item, Stat):
            elt = elt.item  # ``[sorted(df[c].unique()) for c in cols]``: the values seen, in order
        if isinstance(elt, Data):
            return elt.derived(per_row=within_sample)
        if isinstance(elt, Seq):
            datas = union_data(list(elt.items))
            if datas is not None:
                return datas.derived(per_row=False)
            # ``{c: {"mean": df[c].mean(), "std": df[c].std()} for c in cols}``: a table of statistics.
            stats = [v for v in elt.items if isinstance(v, Stat)]
            return self.combine_stats(stats) if stats else UNKNOWN
        return elt if isinstance(elt, Stat) else UNKNOWN

    def keyed_comprehension(self, node: ast.DictComp) -> Seq | None:
        """``{split: load(split) for split in ("train", "val", "test")}``: one entry per literal key."""
        if len(node.generators) != 1 or node.generators[0].ifs:
            return None
        gen = node.generators[0]
        values = _literal(gen.iter)
        if not isinstance(values, (list, tuple)) or not 0 < len(values) <= 8:
            return None
        keys, items = [], []
        for value in values:
            self.assign(gen.target, Const(value))
            key = self.ev(node.key)
            if not (isinstance(key, Const) and key.known):
                return None
            keys.append(key.value)
            items.append(self.ev(node.value))
        return self.keyed_seq(tuple(items), tuple(keys))

    def keyed_seq(self, items: tuple, keys: tuple) -> Seq:
        """A dict literal; data freshly loaded under a split-named key (``"test": ...``) is that split."""
        for key, item in zip(keys, items):
            role = K.role_from_literal(key) if isinstance(key, str) else None
            if role is None or not isinstance(item, Data):
                continue
            for origin, path in item.rows:
                if not path and self.origin_step.get(origin, -1) >= self.stmt_step \
                        and origin not in self.result.origin_roles:
                    self.result.origin_roles[origin] = (role, self.cell, self.line_of(self.stmt), self.seg(self.stmt),
                                                        self.stmt)
        return Seq(items, keys)

    e_SetComp = e_ListComp
    e_GeneratorExp = e_ListComp
    e_DictComp = e_ListComp

    # -- statistics -------------------------------------------------------------------------------

    def stat(self, source: Data, name: str, node: ast.AST) -> Stat:
        sid = self.new_id()
        loc = (self.cell, self.line_of(node), self.seg(node), self.stmt, node, self.seg(self._stat_operand(node)))
        return Stat(source.rows, sid, name, loc, self.step, source.taints, EMPTY,
                    ((sid, source.rows, name, loc, self.step),))

    def _stat_operand(self, node: ast.AST) -> ast.AST | None:
        """The data a statistic is taken of: ``X`` in ``X.mean(0)`` and in ``np.mean(X, 0)``."""
        if not isinstance(node, ast.Call):
            return None
        if isinstance(node.func, ast.Attribute) and not isinstance(self.ev_static(node.func.value), Mod):
            return node.func.value
        return node.args[0] if node.args else None

    def ev_static(self, node: ast.AST) -> Any:
        """What a name or dotted name refers to, without evaluating calls (no side effects)."""
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute):
            base = self.ev_static(node.value)
            return Mod(f"{base.name}.{node.attr}") if isinstance(base, Mod) else UNKNOWN
        return UNKNOWN

    @staticmethod
    def combine_stats(stats: list[Stat]) -> Stat:
        out = stats[0]
        for s in stats[1:]:
            out = Stat(out.rows | s.rows, out.sid, out.name, out.loc, min(out.step, s.step), out.taints | s.taints,
                       out.fits | s.fits, out.parts + s.parts)
        return out

    def apply_stats(self, data: Data, stats: list[Stat], node: ast.AST | None) -> Data:
        """Data combined with statistics (normalised, imputed, clipped by them): a statistics fit, used."""
        fits = set()
        for s in stats:
            fits |= s.fits
            for sid, rows, name, loc, step in s.parts:
                fid = self.stat_fit.get(sid)
                if fid is None:
                    fid = self.new_id()
                    cell, line, text, stmt, call, operand = loc
                    # The list of distinct values encodes categories: a label list until stored as a feature column.
                    learns = "labels" if name == "unique" else "vocabulary" if name == "Counter" else "statistics"
                    self.result.fits[fid] = FitEvent(fid, step, "stats", learns, rows, cell, line, text, name,
                                                     "", None, "", operand, stmt, (), call, "")
                    self.stat_fit[sid] = fid
                fits.add(fid)
        fits_f = frozenset(fits)
        self.use(fits_f, data.rows, node, "statistics")
        return data.derived(taints=data.taints | fits_f | frozenset().union(*(s.taints for s in stats)))

    @staticmethod
    def reduces_rows(axis: Any) -> bool:
        if axis is None:
            return True
        if isinstance(axis, bool):
            return True
        if isinstance(axis, int):
            return axis == 0
        if isinstance(axis, str):
            return axis in ("index", "rows")
        if isinstance(axis, (tuple, list)):
            return 0 in axis or not axis
        return True

    def axis_arg(self, node: ast.Call, position: int | None, name: str = "axis") -> Any:
        for kw in node.keywords:
            if kw.arg in (name, "axes", "dim"):
                lit = _literal(kw.value)
                return None if lit is _NOT_LITERAL else lit
        if position is not None and len(node.args) > position:
            lit = _literal(node.args[position])
            if lit is _NOT_LITERAL:
                return None
            return lit
        return None

    # -- calls ------------------------------------------------------------------------------------

    def e_Call(self, node: ast.Call) -> Any:
        self.step += 1
        func = node.func
        if isinstance(func, ast.Attribute):
            recv = self.ev(func.value)
            if isinstance(recv, Mod):
                callee: Any = Mod(f"{recv.name}.{func.attr}")
                defined = self.local_definition(callee) if self.local_modules else None
                if defined is not None:
                    callee = defined
            else:
                if isinstance(recv, Data) and func.attr in _EXPRESSION_CONTEXTS:
                    # ``df.with_columns(pl.col("x").forward_fill())``: the expressions read the columns of ``df``.
                    outer, self.expression_frame = self.expression_frame, recv
                    try:
                        args, kwargs = self.arguments(node)
                    finally:
                        self.expression_frame = outer
                else:
                    args, kwargs = self.arguments(node)
                return self.method(recv, func.attr, node, args, kwargs, func.value)
        else:
            callee = self.ev(func)
        args, kwargs = self.arguments(node)
        if isinstance(callee, Func):
            self_value = Obj(callee.self_oid) if callee.self_oid is not None else None
            return self.inline(callee, args, kwargs, node, self_value=self_value)
        if isinstance(callee, ClassVal):
            return self.instantiate_user(callee, (args, kwargs, node))
        if isinstance(callee, Obj):
            return self.call_object(callee, node, args, kwargs)
        if isinstance(callee, Stat):  # ``f = interp1d(...)``; ``f(t)``: what it learned, applied to ``t``
            data = self.first_data(args, kwargs)
            return self.apply_stats(data.derived(mode=""), [callee], node) if data is not None else callee
        if isinstance(callee, Mod):
            defined = self.local_definition(callee) if self.local_modules else None
            if isinstance(defined, Func):
                return self.inline(defined, args, kwargs, node)
            if isinstance(defined, ClassVal):
                return self.instantiate_user(defined, (args, kwargs, node))
            return self.named(callee, node, args, kwargs)
        return self.generic(args, kwargs, node, fresh=False)

    def arguments(self, node: ast.Call) -> tuple[list, dict]:
        args = [self.ev(a.value if isinstance(a, ast.Starred) else a) for a in node.args]
        kwargs = {}
        for kw in node.keywords:
            value = self.ev(kw.value)
            if kw.arg is not None:
                kwargs[kw.arg] = value
            elif isinstance(value, Seq) and value.keys is not None:  # ``f(**{"X": X, "y": y})``
                kwargs.update((k, v) for k, v in zip(value.keys, value.items) if isinstance(k, str))
        return args, kwargs

    @staticmethod
    def kwarg_node(node: ast.Call, name: str) -> ast.AST | None:
        for kw in node.keywords:
            if kw.arg == name:
                return kw.value
        return None

    def data_args(self, args: list, kwargs: dict, names: tuple[str, ...] = ()) -> list[Data]:
        out = [a for a in args if isinstance(a, Data)]
        out += [kwargs[n] for n in names if isinstance(kwargs.get(n), Data)]
        for a in args:
            if isinstance(a, Seq):
                out += [v for v in a.items if isinstance(v, Data)]
        return out

    def first_data(self, args: list, kwargs: dict, names: tuple[str, ...] = ("X", "x", "data", "raw_documents",
                                                                          "texts", "dataset", "y")) -> Data | None:
        for a in args:
            if isinstance(a, Data):
                return a
            if isinstance(a, Seq):
                d = union_data(list(a.items))
                if d is not None:
                    return d
        for n in names:
            v = kwargs.get(n)
            if isinstance(v, Data):
                return v
        return None

    def generic(self, args: list, kwargs: dict, node: ast.AST | None, fresh: bool = True) -> Any:
        values = list(args) + list(kwargs.values())
        flat: list = []
        for v in values:
            if isinstance(v, Seq):
                flat.extend(v.items)
            else:
                flat.append(v)
        datas = [v for v in flat if isinstance(v, Data)]
        stats = [v for v in flat if isinstance(v, Stat)]
        fitted = frozenset().union(*(self.obj_fits(v.oid) for v in flat if isinstance(v, Obj)))
        if fitted and datas:  # permutation_importance(model, X, y): the result depends on what the model learned
            datas = [d.derived(taints=d.taints | fitted) for d in datas]
        if datas:
            data = union_data(datas).derived(per_row=all(d.per_row for d in datas), mode="")
            return self.apply_stats(data, stats, node) if stats else data
        if stats:
            return self.combine_stats(stats)
        return self.fresh() if fresh else UNKNOWN

    # -- user functions and classes ---------------------------------------------------------------

    def inline(self, func: Func, args: list, kwargs: dict, node: ast.AST | None, self_value: Any = None) -> Any:
        fn = func.node
        if func.bound:
            args = [*func.bound[0], *args]
            kwargs = {**dict(func.bound[1]), **kwargs}
        self.called.add(id(fn))
        if self.depth >= MAX_INLINE_DEPTH or id(fn) in self.inlining:
            return self.generic(args, kwargs, node, fresh=False)
        params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
        bound: dict[str, Any] = {}
        positional = list(args)
        if self_value is not None and params:
            bound[params[0]] = self_value
            params = params[1:]
        defaults = fn.args.defaults
        first_default = len(params) - len(defaults)
        for i, name in enumerate(params):
            if i < len(positional):
                bound[name] = positional[i]
            elif name in kwargs:
                bound[name] = kwargs[name]
            elif i >= first_default:
                bound[name] = self.ev(defaults[i - first_default])
            else:
                bound[name] = UNKNOWN
        if fn.args.vararg is not None:
            bound[fn.args.vararg.arg] = Seq(tuple(positional[len(params):]))
        for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults):
            bound[a.arg] = kwargs.get(a.arg, self.ev(d) if d is not None else UNKNOWN)
        if fn.args.kwarg is not None:
            bound[fn.args.kwarg.arg] = Seq(tuple(v for k, v in kwargs.items() if k not in bound),
                                           tuple(k for k in kwargs if k not in bound))
        caller_frame, caller_cell, caller_lines = self.frame, self.cell, self.lines
        frame = _Frame(bound, self.globals, self._closures.get(id(fn)), fn)
        self.frame = frame
        self.depth += 1
        self.inlining.append(id(fn))
        if func.cell != caller_cell:
            cell = next((c for c in self.cells if c.index == func.cell), None)
            if cell is not None:
                self.enter_cell(cell)
        saved_stmt = (self.stmt, self.stmt_step)
        try:
            if isinstance(fn, ast.Lambda):
                result = self.ev(fn.body)
            else:
                self.block(fn.body)
                result = None
                for r in frame.returns:
                    result = join(result, r)
                if result is None:
                    result = Const(None)
                stats = [r for r in frame.returns if isinstance(r, Stat)]
                if stats and isinstance(result, Data):
                    # ``return medians[key] if pd.isnull(row.age) else row.age``: either a statistic or the data.
                    result = self.apply_stats(result, stats, node)
        finally:
            self.frame = caller_frame
            self.depth -= 1
            self.inlining.pop()
            self.cell, self.lines = caller_cell, caller_lines
            self.stmt, self.stmt_step = saved_stmt
        if isinstance(node, ast.Call) and not isinstance(fn, ast.Lambda):
            self.write_back(fn, params, bound, frame, node, len(func.bound[0]) if func.bound else 0)
        return result

    def write_back(self, fn: Any, params: list, bound: dict, frame: _Frame, node: ast.Call, shift: int) -> None:
        """``def add_z(df, col): df[col + "_z"] = ...`` called as ``add_z(hr, c)``: a frame argument changed in place
        inside the function (a column or rows assigned) is changed for the caller too."""
        callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if callee != fn.name:
            return  # called for the code (``s.apply(f)``), not with these arguments
        for i, name in enumerate(params):
            at = i - shift
            if not 0 <= at < len(node.args) or not isinstance(node.args[at], ast.Name):
                continue
            before, after = bound.get(name), frame.locals.get(name)
            if not (isinstance(before, Data) and isinstance(after, Data) and after.taints - before.taints):
                continue
            # (the function's body is walked only for a parameter that gained fitted state: rarely)
            changed = self._changed.get(id(fn))
            if changed is None:
                changed = self._changed[id(fn)] = _changed_in_place(fn)
            if name in changed:
                self.mutate(node.args[at], after.derived(taints=after.taints - before.taints))

    def instantiate_user(self, cls: ClassVal, call: tuple | None, run_init: bool = True) -> Obj:
        known = next((K.learns_of_class(b.rsplit(".", 1)[-1]) for b in cls.bases
                      if K.learns_of_class(b.rsplit(".", 1)[-1]) is not None), None)
        node = call[2] if call else None
        oid = self.new_id()
        user = None if known is not None and cls.method("fit") is None else cls
        self.info[oid] = ObjInfo(cls.node.name, known if user is None else None, (self.cell, self.line_of(node)),
                                 self.seg(node), {}, user)
        self.heap[oid] = ObjState()
        obj = Obj(oid)
        init = cls.method("__init__")
        if call is not None and (_TRANSFORM_CLASS.search(cls.node.name) or any(
                cls.method(m) is not None for m in ("__call__", "forward", "transform"))):
            # ``ChannelNormalize(mean, std)`` with statistics of rows: applied wherever the transform is.
            baked = self.baked_statistics(node, call[0], call[1])
            if baked:
                self.param_fits[oid] = baked
                self.heap[oid] = ObjState(baked)
        if run_init and init is not None and call is not None:
            args, kwargs, _node = call
            self.inline(Func(init, cls.cell), args, kwargs, node, self_value=obj)
        elif run_init and call is not None:
            self.bind_fields(cls, oid, call[0], call[1])
        return obj

    def bind_fields(self, cls: ClassVal, oid: int, args: list, kwargs: dict) -> None:
        """A class without ``__init__`` declaring annotated fields (a dataclass, a ``NamedTuple``): the constructor's
        arguments become those attributes, by position or by name, else their defaults."""
        fields = [(b.target.id, b.value) for b in cls.node.body
                  if isinstance(b, ast.AnnAssign) and isinstance(b.target, ast.Name)]
        state = self.heap.get(oid, ObjState())
        for i, (name, default) in enumerate(fields):
            value = args[i] if i < len(args) else kwargs.get(name)
            if value is None and default is not None:
                value = self.ev(default)
            if value is not None:
                state = state.with_attr(name, value)
        self.heap[oid] = state

    # -- objects ----------------------------------------------------------------------------------

    def make_obj(self, name: str, qual: str, node: ast.Call | None, args: list, kwargs: dict) -> Obj:
        oid = self.new_id()
        learns = K.learns_of_class(name)
        literal_kwargs: dict[str, Any] = {}
        if node is not None:
            for kw in node.keywords:
                if kw.arg is None:
                    continue
                lit = _constant(kw.value)
                literal_kwargs[kw.arg] = lit if lit is not _NOT_LITERAL else self.seg(kw.value)
        if name == "ImageDataGenerator":
            fitted = any(
                literal_kwargs.get(opt) not in (None, False, 0) for opt in K.IDG_FITTED_OPTIONS if opt in literal_kwargs
            )
            learns = "statistics" if fitted else "none"
            self.result.image_data_generators.append({
                "path": self.code.path,
                "cell": self.cell,
                "line": self.line_of(node),
                "location": self.code.location(self.cell, self.line_of(node)),
                "kwargs": literal_kwargs,
            })
        if learns == "categories" and literal_kwargs.get("categories", "auto") != "auto":
            learns = "none"  # categories listed by the code: nothing is learned from the rows
        if name.endswith("Imputer") and literal_kwargs.get("strategy") == "constant":
            learns = "none"  # fills with the value the code gives
        if learns == "vocabulary" and literal_kwargs.get("vocabulary") is not None:
            learns = "none"  # a vocabulary the code gives: no token is learned from the rows
        if learns == "categories" and any(opt in literal_kwargs for opt in K.FREQUENCY_OPTIONS):
            learns = "vocabulary"
        if K.is_search_class(name):
            learns = "search"
        self.info[oid] = ObjInfo(name, learns, (self.cell, self.line_of(node)), self.seg(node), literal_kwargs,
                                 None, qual)
        members: list[int] = []
        fits: set[int] = set()
        for v in list(args) + list(kwargs.values()):
            for item in (v.items if isinstance(v, Seq) else (v,)):
                for sub in (item.items if isinstance(item, Seq) else (item,)):
                    if isinstance(sub, Obj):
                        members.append(sub.oid)
                    elif isinstance(sub, Data) and name in _KERAS_MODELS:
                        members.extend(sub.objs)
        if learns is not None or _TRANSFORM_CLASS.search(name):
            # Statistics of rows written into a transform's parameters (``Normalization(mean=X.mean(0))``,
            # ``transforms.Normalize(mean, std)``, ``FunctionTransformer(lambda A: (A - mu) / sd)``): it applies them
            # wherever it is used, also in each fold of a cross-validation that clones it.
            baked = self.baked_statistics(node, args, kwargs)
            if baked:
                self.param_fits[oid] = baked
                fits |= baked
        self.heap[oid] = ObjState(frozenset(fits), tuple(dict.fromkeys(members)))
        func = args[0] if args else kwargs.get("func")
        if name == "FunctionTransformer" and isinstance(func, Func):
            self.heap[oid] = self.heap[oid].with_attr(_FUNC, func)
        if qual.startswith("gensim"):
            # ``Word2Vec(sentences=tokens)``: gensim models train when built, on the texts they are given.
            texts = union_data([v for v in list(args) + list(kwargs.values()) if isinstance(v, Data)])
            if texts is not None:
                fid = self.new_fit("fit", "model", texts.rows, node, "train", name, oid,
                                   self.seg(node.args[0]) if node is not None and node.args else "",
                                   self._inputs(node) if node is not None else ())
                self.use(texts.taints, texts.rows, node, "train")
                self.heap[oid] = ObjState(frozenset({fid}), self.heap[oid].members)
        if qual.startswith("statsmodels"):
            # ``sm.OLS(y, X).fit()``: statsmodels models take their rows when built and fit on them.
            held = union_data([v for v in list(args) + list(kwargs.values()) if isinstance(v, Data)])
            if held is not None:
                self.heap[oid] = self.heap[oid].with_attr(_MODEL_ROWS, held)
        return Obj(oid)

    def baked_statistics(self, node: ast.AST | None, args: list, kwargs: dict) -> frozenset:
        """The statistics fits that a constructor's arguments carry: statistics, data computed from them, and
        what functions given as arguments compute (called here on rows of their own)."""
        stats, fits = [], set()
        for value in list(args) + list(kwargs.values()):
            for item in (value.items if isinstance(value, Seq) else (value,)):
                if isinstance(item, Func):
                    fn = item.node
                    item = self.inline(item, [self.fresh()] * max(1, len(fn.args.args) + len(fn.args.posonlyargs)),
                                       {}, node)
                if isinstance(item, Stat):
                    stats.append(item)
                elif isinstance(item, Data):
                    fits |= {f for f in item.taints
                             if (fit := self.result.fits.get(f)) is not None and fit.kind == "stats"}
        if stats:
            fits |= self.apply_stats(Data(EMPTY), stats, node).taints
        for fid in fits:  # ``OneHotEncoder(categories=[df.c.unique()])``: the categories of a feature
            if self.result.fits[fid].learns == "labels":
                self.result.fits[fid].learns = "categories"
        return frozenset(fits)

    def baked_fits(self, oid: int, seen: set[int] | None = None) -> frozenset:
        """Statistics written into the parameters of an object or of the steps it holds (a cross-validation clones
        the object with them)."""
        seen = seen if seen is not None else set()
        if oid in seen:
            return EMPTY
        seen.add(oid)
        out = set(self.param_fits.get(oid, EMPTY))
        for member in self.heap.get(oid, ObjState()).members:
            out |= self.baked_fits(member, seen)
        return frozenset(out)

    def call_object(self, obj: Obj, node: ast.Call, args: list, kwargs: dict) -> Any:
        """``layer(x)`` / ``model(x)``: apply the object's fitted state to the data."""
        info = self.info.get(obj.oid)
        if info is not None and info.user_class is not None:
            method = info.user_class.method("__call__") or info.user_class.method("forward") \
                or info.user_class.method("call")
            if method is not None:
                return self.inline(Func(method, info.user_class.cell), args, kwargs, node, self_value=obj)
        data = self.first_data(args, kwargs)
        if data is None:
            return UNKNOWN
        fits = self.obj_fits(obj.oid)
        self.use(fits, data.rows, node, "call")
        return data.derived(taints=data.taints | fits, objs=data.objs | {obj.oid})

    def method(self, recv: Any, name: str, node: ast.Call, args: list, kwargs: dict, recv_node: ast.AST) -> Any:
        if name == "add_argument":
            self.options.update(option_paths([node]))
        if name in ("write_bytes", "write_text") and args:
            # ``Path(out).write_bytes(pickle.dumps(obj))``: the path is the receiver; read back by ``read_bytes``.
            self.remember_saved(recv_node, args[0])
            return Const(None)
        if name in ("read_bytes", "read_text") and (key := self.file_key(recv_node)) is not None and key in self.saved:
            return self.saved[key]
        if name in ("glob", "rglob", "iterdir") and isinstance(
                listed := self.saved.get(glob_folder(recv_node, self.text_of)), Data):
            return listed.derived(per_row=False, mode="")  # ``Path("prepared").glob("*.parquet")``
        if name in _SPARK_OPTION_SET and spark_io(node, _SPARK_OPTION_SET) is not None:
            return recv  # ``df.write.mode("overwrite")``: settings of the writer (not ``Series.mode()``)
        spark = spark_io(node) if name in _SPARK_FORMATS else None
        if spark == "write" and isinstance(recv, Data) and (node.args or node.keywords):
            # ``df.write.mode("overwrite").parquet(path)``: read back by ``spark.read.parquet(path)``.
            self.remember_saved(self.path_arg(node), recv)
            return Const(None)
        if spark == "read" and (node.args or node.keywords):
            return self.loaded(self.fresh(), node)
        if name == "open" and not isinstance(recv, (Obj, Mod)) and (not node.args or _open_mode(node.args[0])):
            return self.loaded(self.fresh(), node)  # ``(OUT / "x.pkl").open("wb")``: a file object, as open() gives
        if name in ("remove", "append", "extend", "insert", "discard", "add") and isinstance(recv_node, ast.Name) \
                and not isinstance(recv, (Data, Obj)) and any(isinstance(a, Stat) for a in args):
            # ``cols.remove(ols.pvalues.idxmax())``: the list now holds names chosen by a statistic.
            chosen = [a for a in args if isinstance(a, Stat)] + ([recv] if isinstance(recv, Stat) else [])
            self.bind_global_or_local(recv_node.id, self.combine_stats(chosen))
            return Const(None)
        if isinstance(recv, Obj):
            return self.object_method(recv, name, node, args, kwargs, recv_node)
        if isinstance(recv, Data):
            return self.data_method(recv, name, node, args, kwargs, recv_node)
        if isinstance(recv, Seq):
            if name in ("append", "extend", "insert", "add"):
                new = args[-1] if args else UNKNOWN
                items = recv.items + (tuple(new.items) if name == "extend" and isinstance(new, Seq) else (new,))
                target = _base_name(recv_node)
                if target is not None and isinstance(recv_node, ast.Name):
                    self.bind_global_or_local(target, Seq(items))
                return Const(None)
            if name in ("items", "values", "keys", "copy"):
                return recv if name != "items" else Seq(tuple(Seq((Const(k), v)) for k, v in
                                                              zip(recv.keys or (None,) * len(recv.items), recv.items)))
            if name in ("get", "pop") and args:
                lit = _literal(node.args[0]) if node.args else _NOT_LITERAL
                if recv.keys is not None:
                    for k, v in zip(recv.keys, recv.items):
                        if k == lit:
                            return v
                return self.element(recv)
            return self.generic(list(recv.items) + args, kwargs, node, fresh=False)
        if isinstance(recv, Iter) and name in ("items", "values", "keys", "copy"):
            return recv  # ``dict(zip(cols, model.feature_importances_)).items()``: the same pairs
        if isinstance(recv, Stat) and name in K.SAVE_METHODS:
            self.remember_saved(self.path_arg(node), recv)  # aggregates written for another step to join
            return Const(None)
        if isinstance(recv, Stat):
            others = self.data_args(args, kwargs)
            if others:
                return self.apply_stats(union_data(others), [recv], node)
            return recv
        if isinstance(recv, Func) and name in ("__call__",):
            return self.inline(recv, args, kwargs, node)
        if isinstance(recv, ClassVal) and recv.method(name) is not None:  # Prep.scale(X): a static or class method
            fn = recv.method(name)
            decorators = {_dotted(d) for d in fn.decorator_list}
            return self.inline(Func(fn, recv.cell), args, kwargs, node,
                               self_value=recv if "classmethod" in decorators else None)
        return self.generic(args, kwargs, node, fresh=False)

    def object_method(self, obj: Obj, name: str, node: ast.Call, args: list, kwargs: dict,
                      recv_node: ast.AST) -> Any:
        oid = obj.oid
        info = self.info.get(oid)
        cls = info.cls if info else ""
        if cls in _RANDOM_GENERATORS:
            # ``rng.permutation(len(X))``, ``rng.choice(n, k)``: a new index array (``rng.shuffle(idx)``: in place).
            return Const(None) if name == "shuffle" else self.fresh()
        if name in ("register_buffer", "register_parameter") and len(args) > 1 and node.args \
                and isinstance(_literal(node.args[0]), str):
            # ``self.register_buffer("mu", data.mean(0))``: an attribute ``self.mu`` holding that value.
            self.heap[oid] = self.heap.get(oid, ObjState()).with_attr(_literal(node.args[0]), args[1])
            return Const(None)
        held = self.heap.get(oid, ObjState()).attr(name)
        if isinstance(held, Func):  # ``self.transform(sample)``: a function given to the object, called
            return self.inline(held, args, kwargs, node)
        if isinstance(held, Obj):  # ``model.encoder(X)``: a sub-module stored as an attribute, called
            return self.call_object(held, node, args, kwargs)
        if info is not None and info.user_class is not None:
            method = info.user_class.method(name)
            if method is not None:  # (``self._helper(x)`` of a static method passes no ``self``)
                return self.inline(Func(method, info.user_class.cell), args, kwargs, node,
                                   self_value=None if _is_static(method) else obj)
            if name == "fit_transform" and info.user_class.method("fit") is not None:
                self.inline(Func(info.user_class.method("fit"), info.user_class.cell), args, kwargs, node,
                            self_value=obj)
                transform = info.user_class.method("transform")
                if transform is not None:
                    return self.inline(Func(transform, info.user_class.cell), args[:1], {}, node, self_value=obj)
                return self.first_data(args, kwargs) or UNKNOWN
        data = self.first_data(args, kwargs)
        if data is None and name == "fit":
            held_rows = self.heap.get(oid, ObjState()).attr(_MODEL_ROWS)
            data = held_rows if isinstance(held_rows, Data) else None
        target = self.seg(recv_node)
        if name == "split" and K.is_splitter_class(cls):
            if data is None:
                return Iter(Seq((UNKNOWN, UNKNOWN)))
            train, test = self.split_parts(data, ["train", "test"], ["train", "eval"], node, f"{cls}.split",
                                           keeps_order=K.keeps_time_order(cls))
            return Iter(Seq((train, test)))
        if name in ("add",) and args and isinstance(args[0], Obj):
            state = self.heap.get(oid, ObjState())
            self.set_state(oid, members=state.members + (args[0].oid,))
            return Const(None)
        if info is not None and info.learns == "search" and name == "fit":
            if data is not None:
                self.split_parts(data, ["train", "test"], ["train", "eval"], node, f"{cls}.fit", kind="cv")
                fid = self.new_fit("fit", None, data.rows, node, name, cls, oid, target, self._inputs(node))
                self.set_state(oid, fits=frozenset({fid}))
            return obj
        keras_fit = name in ("fit", "fit_generator") and (info is None or info.learns is None) and (
            cls in _KERAS_MODELS or any(k in _KERAS_FIT_KWARGS for k in kwargs)
            or (info is not None and info.user_class is None and info.module.startswith(("keras", "tensorflow", "tf")))
        )
        if keras_fit:
            return self.keras_fit(obj, node, args, kwargs, data)
        if name in ("fit_resample", "fit_sample"):
            return self.resample(obj, cls, node, args, kwargs, target)
        applied = self.heap.get(oid, ObjState()).attr(_FUNC)
        if isinstance(applied, Func) and name in ("transform", "fit_transform") and data is not None:
            # ``FunctionTransformer(lambda A: (A - A.mean(0)) / A.std(0))``: stateless itself, but its function
            # may compute statistics of whatever rows it is given.
            return self.inline(applied, [data], {}, node)
        if name in K.FIT_METHODS:
            if data is None:
                return obj if name in ("fit", "adapt", "partial_fit") else UNKNOWN
            learns = info.learns if info else None
            if learns in ("pipeline", "search"):
                learns = None
            if name == "fit_on_texts" and learns is None:
                learns = "vocabulary"
            if name == "adapt" and learns is None:
                learns = "statistics"
            rows = self.batches_seen(oid, data.rows) if name == "partial_fit" else data.rows
            fid = self.new_fit("fit", learns, rows, node, name, cls, oid, target, self._inputs(node))
            self.use(data.taints, data.rows, node, name)
            options = info.kwargs if info is not None else {}
            # (SGD-style estimators watch the training loss with n_iter_no_change unless early_stopping=True.)
            stops_early = options.get("early_stopping") is True or (
                cls.startswith("GradientBoosting") and options.get("n_iter_no_change") not in (None, "None"))
            # Only when that hold-out is the evaluation: on the training part of an earlier split, the test part
            # gives the figure people report and the hold-out only picks the stopping epoch (canonical, clean code).
            if name == "fit" and stops_early and not self.training_part_only(data.rows):
                # Early stopping scores a held-out fraction of the rows given to fit (``validation_fraction``):
                # an evaluation part the estimator carves itself, like Keras ``validation_split``.
                _train, held_out = self.split_parts(data, ["train", "validation"], ["train", "eval"], node,
                                                    f"{cls}(early_stopping, validation_fraction)",
                                                    data_text=self.seg(node.args[0]) if node.args else "")
                self.use(data.taints, held_out.rows, node, "validation")
            state = self.heap.get(oid, ObjState())
            fits = (state.fits | {fid}) if name == "partial_fit" else frozenset({fid})
            self.set_state(oid, fits=fits)
            if name == "fit_transform" or name == "fit_predict":
                if name == "fit_transform":
                    self.transformed.add(oid)
                fitted = self.obj_fits(oid)
                self.use(fitted, data.rows, node, name)
                return data.derived(taints=data.taints | fitted, per_row=False)
            return obj if name in ("fit", "partial_fit") else Const(None)
        if name in K.TRANSFORM_METHODS or name in K.MODEL_USE_METHODS:
            if name in K.TRANSFORM_METHODS:
                self.transformed.add(oid)
            fits = self.obj_fits(oid)
            if name in ("flow", "flow_from_directory", "flow_from_dataframe"):
                return self.generator_flow(obj, info, name, node, args, kwargs, data, fits)
            if data is None:
                return UNKNOWN
            self.use(fits | data.taints, data.rows, node, name)
            return data.derived(taints=data.taints | fits, per_row=data.per_row)
        if name in ("state_dict", "get_weights"):
            return obj  # what the object learned, as ``torch.save(model.state_dict(), path)`` writes it
        if name in ("load_state_dict", "set_weights", "load_weights"):
            # ``model.load_state_dict(torch.load(path))``, ``model.load_weights(path)``: it now holds what the saved
            # object learned (here or in another file of the program).
            source = args[0] if args and isinstance(args[0], Obj) else None
            if source is None and name == "load_weights" and node.args:
                source = self.saved.get(self.file_key(node.args[0]))
            if isinstance(source, Obj):
                self.copy_learned(oid, source.oid, set())
            return Const(None)
        if name in ("save", "save_model", "save_weights") and (node.args or node.keywords):
            # ``model.save("m.keras")``: the fitted object (its adapted layers included) is what a later
            # ``load_model("m.keras")`` returns, here or in another file of the program.
            self.remember_saved(node.args[0] if node.args else self.kwarg_node(node, "filepath"), obj)
            return Const(None)
        if name in ("set_params", "set_output", "compile", "summary", "save", "build"):
            return obj if name.startswith("set_") else Const(None)  # scikit-learn's setters return the estimator
        if name in K.LEARNED_GETTERS and data is None:
            fitted = self.obj_fits(oid)
            if fitted:  # ``X.columns[selector.get_support()]``: what the fitted object chose
                return Stat(EMPTY, self.new_id(), name, (), self.step, EMPTY, fitted)
        if data is not None:
            fits = self.obj_fits(oid)
            return data.derived(taints=data.taints | fits)
        return obj if name.startswith("with_") else UNKNOWN

    def batches_seen(self, oid: int, rows: frozenset) -> frozenset:
        """The rows an object has seen through all its ``partial_fit`` calls so far, batches that cover the rows
        they were cut from counted as those rows: every part of one split (``for chunk in np.array_split(X, 20)``),
        or a slice whose bounds follow the variable of the loop around it (``X[i:i + batch]``)."""
        parts = self.result.parts
        seen = set(rows)
        for fid in self.heap.get(oid, ObjState()).fits:
            fit = self.result.fits.get(fid)
            if fit is not None and fit.method == "partial_fit":
                seen |= fit.rows
        loop_names = set().union(*self.loop_names) if self.loop_names else set()
        changed = True
        while changed:
            changed = False
            for row in list(seen):
                if not row[1] or row not in seen:
                    continue
                parent, (sid, key) = (row[0], row[1][:-1]), row[1][-1]
                part = parts.get((sid, key))
                if part is None:
                    continue
                siblings = {k for (s, k) in parts if s == sid}
                covered = part.kind != "subset" and len(siblings) >= 2 and all(
                    (parent[0], parent[1] + ((sid, k),)) in seen for k in siblings)
                # A batch sliced by the loop variable: the loop walks the batches over all the rows.
                sliced = (part.kind == "subset" and part.func == "slicing" and ":" in key
                          and bool(loop_names & set(re.findall(r"[A-Za-z_]\w*", key))))
                if covered or sliced:
                    seen -= {(parent[0], parent[1] + ((sid, k),)) for k in siblings}
                    seen.add(parent)
                    changed = True
        return frozenset(seen)

    def copy_learned(self, target: int, source: int, seen: set) -> None:
        """``target.load_state_dict(source.state_dict())``: the target (its layers, its sub-modules by attribute)
        holds what the source learned."""
        if (target, source) in seen:
            return
        seen.add((target, source))
        learned = self.obj_fits(source)
        state = self.heap.get(target, ObjState())
        if learned:
            for member in (target, *state.members):
                self.set_state(member, fits=self.heap.get(member, ObjState()).fits | learned)
        for name, value in self.heap.get(source, ObjState()).attrs:
            mine = state.attr(name)
            if isinstance(value, Obj) and isinstance(mine, Obj):
                self.copy_learned(mine.oid, value.oid, seen)

    def _inputs(self, node: ast.Call) -> tuple:
        return tuple(self.seg(a) for a in node.args) + tuple(self.seg(k.value) for k in node.keywords
                                                              if k.arg in ("X", "x", "y"))

    def keras_fit(self, model: Obj, node: ast.Call, args: list, kwargs: dict, data: Data | None) -> Any:
        fits = self.obj_fits(model.oid)
        if data is not None:
            # The trained weights are learned state: a model sharing these layers (an encoder cut out of an
            # autoencoder) carries it into whatever it predicts.
            fid = self.new_fit("fit", "model", data.rows, node, "fit", self.info[model.oid].cls
                               if model.oid in self.info else "", model.oid, self.seg(node.func.value)
                               if isinstance(node.func, ast.Attribute) else "", self._inputs(node))
            state = self.heap.get(model.oid, ObjState())
            for member in (model.oid, *state.members):
                self.set_state(member, fits=self.heap.get(member, ObjState()).fits | {fid})
            self.use(fits | data.taints, data.rows, node, "fit")
            split = kwargs.get("validation_split")
            split_node = self.kwarg_node(node, "validation_split")
            if split_node is not None and not (isinstance(split, Const) and not split.value):
                # Keras validates on the last rows given (taken before any shuffling): the order is kept.
                train, val = self.split_parts(data, ["train", "validation"], ["train", "eval"], split_node,
                                              "validation_split", extra_taints=fits, data_text=self.seg(node.args[0])
                                              if node.args else "", keeps_order=True)
                self.use(fits | data.taints, val.rows, node, "validation")
        vdata = kwargs.get("validation_data")
        if isinstance(vdata, Seq):
            vdata = union_data(list(vdata.items))
        if isinstance(vdata, Data):
            self.use(fits | vdata.taints, vdata.rows, node, "validation_data")
        return Data(frozenset({(self.new_id(), ())}))  # the History

    def resample(self, obj: Obj, cls: str, node: ast.Call, args: list, kwargs: dict, target: str) -> Any:
        datas = [a for a in args if isinstance(a, Data)] or [v for k, v in kwargs.items() if isinstance(v, Data)]
        if not datas:
            return UNKNOWN
        learns = (self.info.get(obj.oid).learns if obj.oid in self.info else None) or "oversample"
        rows = frozenset().union(*(d.rows for d in datas))
        if learns == "undersample":
            return Seq(tuple(d.derived(per_row=False) for d in datas))
        fid = self.new_fit("copy", "oversample", rows, node, "fit_resample", cls, obj.oid, target, self._inputs(node))
        for d in datas:
            self.use(d.taints, d.rows, node, "fit_resample")
        return Seq(tuple(d.derived(dups=d.dups | {fid}, per_row=False) for d in datas))

    def generator_flow(self, gen: Obj, info: ObjInfo | None, name: str, node: ast.Call, args: list, kwargs: dict,
                       data: Data | None, fits: frozenset) -> Any:
        if name == "flow_from_directory":
            data = self.folder_rows(node.args[0] if node.args else self.kwarg_node(node, "directory"))
        if data is None:
            return UNKNOWN
        subset = kwargs.get("subset")
        if isinstance(subset, Const) and isinstance(subset.value, str) and info is not None \
                and info.kwargs.get("validation_split") not in (None, 0, 0.0):
            key = ("generator", gen.oid, data.rows)
            sid = self.keyed_splits.setdefault(key, self.new_id())
            role = "train" if subset.value.startswith("train") else "eval"
            (data,) = self.split_parts(data, [subset.value], [role], node, f"{name}(subset=...)", sid=sid)
        self.use(fits | data.taints, data.rows, node, name)
        return data.derived(taints=data.taints | fits)

    def dir_origin(self, text: str) -> int:
        key = re.sub(r"\s+", "", text)
        origin = self.dir_origins.get(key)
        if origin is None:
            origin = self.new_id()
            self.dir_origins[key] = origin
            self.origin_step[origin] = self.step
        return origin

    # -- methods of data --------------------------------------------------------------------------

    def bind_expressions(self, frame: Data, values: list) -> None:
        """``df.with_columns(exprs)`` where ``exprs`` were built earlier: what they compute is over ``frame``'s
        rows."""
        for value in values:
            for item in (value.items if isinstance(value, Seq) else (value,)):
                if not isinstance(item, Data) or not any(o in self.expression_origins for o, _p in item.rows):
                    continue
                for fid in item.taints:
                    fit = self.result.fits.get(fid)
                    if fit is not None and fit.rows and all(o in self.expression_origins for o, _p in fit.rows):
                        fit.rows = frame.rows

    def data_method(self, recv: Data, name: str, node: ast.Call, args: list, kwargs: dict,
                    recv_node: ast.AST) -> Any:
        if name in _EXPRESSION_CONTEXTS and self.expression_origins:
            self.bind_expressions(recv, list(args) + list(kwargs.values()))
        if name == "write" and any(o in self.record_writers for o, _p in recv.rows) \
                and self.store_in_container(recv, list(args)):
            return Const(None)
        handle = next((self.handles[o] for o, _p in recv.rows if o in self.handles), None) \
            if self.handles and name in ("write", "writelines", "read", "readlines") else None
        if handle is not None and name in ("write", "writelines") and len(args) == 1 \
                and isinstance(args[0], (Data, Stat, Seq, Obj)):
            # ``f.write(json.dumps(stats))``: what a later ``f.read()`` of that file (here or in another file) gives.
            held, value = self.saved.get(handle), args[0]
            self.saved[handle] = join(held, value) if isinstance(held, Data) and isinstance(value, Data) else value
            return Const(None)
        if handle is not None and name in ("read", "readlines") and handle in self.saved:
            return self.saved[handle]
        if name in K.CONTAINER_WRITES and self.store_in_container(recv, args[1:] + list(kwargs.values())):
            return Const(None)
        if name in K.STAT_NAMES and name != "append":
            return self.data_stat(recv, name, node, args, kwargs)
        if name in K.SAVE_METHODS:
            self.remember_saved(self.path_arg(node), recv)
            return Const(None)
        if name in _IMAGE_WRITERS and self.written_into_folder(node, recv):
            return Const(None)
        if name == "update" and args and isinstance(args[0], Data) and not recv.per_row:
            self.mutate(recv_node, args[0])  # ``df.update(df.ffill())``: the frame takes the other's values in place
            return Const(None)
        if name == "to_sql" and node.args:
            for table in sql_tables(node.args[0], self.text_of):
                self.saved[f"table:{table}"] = recv  # ``df.to_sql("features", conn)``
            return Const(None)
        if (name == "save_to_disk" or (name == "save" and len(node.args) == 1)) and node.args \
                and _is_folder(node.args[0], self.text_of):
            # ``ds.save_to_disk(dir)`` (Hugging Face), ``ds.save(dir)`` (tf.data): a dataset written to a folder.
            key = directory_key(node.args[0], self.text_of)
            if key is not None:
                self.saved[key] = recv
            return Const(None)
        fill = self.fill_across_rows(recv, name, node, kwargs)
        if fill is not None:
            inplace = kwargs.get("inplace")
            if isinstance(inplace, Const) and inplace.value is True:
                self.mutate(recv_node, fill)
                return Const(None)
            return fill
        if name == "astype" and args and isinstance(args[0], Const) and args[0].value == "category":
            return self.learn_categories(recv, node, "astype('category')")
        if name == "eval" and node.args and isinstance(text := _literal(node.args[0]), str) and "@" in text:
            # ``df.eval("z = (x - @mu) / @sd")``: local variables named in the expression, statistics among them.
            stats = [v for n in re.findall(r"@([A-Za-z_]\w*)", text) if isinstance(v := self.lookup(n), Stat)]
            if stats:
                out = self.apply_stats(recv.derived(mode=""), stats, node)
                inplace = kwargs.get("inplace")
                if isinstance(inplace, Const) and inplace.value is True:
                    self.mutate(recv_node, out)
                    return Const(None)
                return out
        if recv.mode == "grouped" and name in ("transform", "apply"):
            return self.grouped_transform(recv, node, args, kwargs)
        if name == "groupby":
            return recv.derived(mode="grouped")
        if name in ("rolling", "expanding", "ewm", "resample"):
            return recv.derived(mode="window")
        if name == "backward" and recv.objs:
            # ``loss = criterion(model(xb), xb); loss.backward()``: the modules that produced the loss learn from
            # those rows (a hand-written training loop, e.g. a PyTorch autoencoder).
            fid = self.new_fit("fit", "model", recv.rows, node, "backward", "", None, self.seg(node.func.value),
                               self._inputs(node))
            for oid in recv.objs:
                self.set_state(oid, fits=self.heap.get(oid, ObjState()).fits | {fid})
            return Const(None)
        if name == "isin" and args and isinstance(args[0], Data) \
                and any(m[1] and m[1][-1] in self.result.parts for m in args[0].rows):
            return args[0]  # ``df.index.isin(train.index)``: a mask of that part's rows
        if name == "pipe" and args and isinstance(args[0], Func):
            return self.inline(args[0], [recv, *args[1:]], kwargs, node)
        if name == "pipe" and args and isinstance(args[0], Mod) and node.args \
                and args[0].name.startswith(("pd.", "pandas.")):
            # ``df.pipe(pd.DataFrame.interpolate, limit_direction="both")``: that method of the frame, located at
            # the ``.pipe(`` of a chain written over several lines.
            bound = ast.Call(func=node.func, args=node.args[1:], keywords=node.keywords)
            line = getattr(node.func, "end_lineno", None) or node.lineno
            bound.lineno = bound.end_lineno = line
            bound.col_offset = max(0, (node.func.end_col_offset or 0) - len("pipe") - 1)
            bound.end_col_offset = node.end_col_offset if node.end_lineno == line else \
                len(self.lines[line - 1].encode("utf-8")) if 0 < line <= len(self.lines) else bound.col_offset
            return self.data_method(recv, args[0].last, bound, list(args[1:]), kwargs, recv_node)
        if name in ("map", "apply", "applymap", "map_elements", "transform", "agg", "aggregate", "filter") \
                and args and isinstance(args[0], Func):
            return self.data_map(recv, name, node, args[0], kwargs, recv_node)
        if name in ("apply", "transform", "agg", "aggregate", "pipe") and args and isinstance(args[0], Obj) \
                and isinstance(node.args[0], ast.Attribute) and not recv.per_row \
                and (node.args[0].attr in K.FIT_METHODS or node.args[0].attr in K.TRANSFORM_METHODS):
            # ``X.apply(LabelEncoder().fit_transform)``: the object's method called on each column (all its rows).
            element = self.callback_element(recv, name, kwargs, recv_node)
            if not element.per_row:
                out = self.object_method(args[0], node.args[0].attr, node, [element], {}, node.args[0].value)
                if isinstance(out, Data):
                    return recv.derived(mode="", taints=recv.taints | out.taints)
        if name == "assign" and any(isinstance(v, Func) for v in kwargs.values()):
            # ``df.assign(c=lambda d: d.a - a_mean)``: each callable gets the frame (as assigned so far).
            out = recv
            for value in kwargs.values():
                if isinstance(value, Func):
                    value = self.inline(value, [out], {}, node)
                if isinstance(value, Stat):
                    out = self.apply_stats(out, [value], node)
                elif isinstance(value, Data):
                    out = out.derived(taints=out.taints | value.taints, dups=out.dups | value.dups,
                                      objs=out.objs | value.objs)
            return out.derived(mode="")
        if name == "rank" and not recv.per_row and not recv.mode and self.axis_arg(node, None) in (None, 0, "index"):
            # A rank (or percentile) among all rows: each value's place depends on every other row.
            return self.apply_stats(recv, [self.stat(recv, name, node)], node)
        if name in ("apply", "transform") and args and isinstance(args[0], Mod) \
                and (args[0].last in K.SCALING_FUNCTIONS or args[0].last in K.FILL_METHODS) and not recv.per_row \
                and not recv.mode and not self._is_series(recv_node) \
                and self.axis_arg(node, None) in (None, 0, "index"):
            # ``df[cols].apply(stats.zscore)``, ``df[cols].transform(pd.Series.bfill)``: each column scaled or filled
            # from all its rows.
            return self.apply_stats(recv, [self.stat(recv, args[0].last, node)], node)
        if name in ("to_dummies", "get_dummies") and not recv.per_row:
            return self.learn_categories(recv, node, name)  # polars ``df.to_dummies()``, ``s.str.get_dummies()``
        if name == "eval" and node.args and isinstance(_literal(node.args[0]), str) \
                and _EVAL_STATISTIC.search(_literal(node.args[0])) and not recv.per_row:
            # ``df.eval("z = (x - x.mean()) / x.std()")``: statistics of the columns over all rows.
            return self.apply_stats(recv, [self.stat(recv, "eval", node)], node)
        if name in _CONCAT_METHODS and args:
            others = self.data_args(args, kwargs)
            if others:
                return self.concat_rows([recv, *others], node)
        if name in ("merge", "join"):
            others = self.data_args(args, kwargs)
            merged = union_data([recv, *others]) if others else recv
            stats = [v for v in list(args) + list(kwargs.values()) if isinstance(v, Stat)]
            # ``df.merge(df.groupby("g")["y"].mean(), ...)``: aggregates of the rows joined back onto them.
            return self.apply_stats(merged, stats, node) if stats else merged
        if name in ("items", "iteritems") and not recv.per_row and not args:
            return Iter(Seq((UNKNOWN, recv.derived(per_row=False, mode=""))))  # columns, each over all rows
        if name == "randomSplit" and args:  # pyspark: df.randomSplit([0.8, 0.2], seed)
            return self.positional_split(node, [recv, *args], kwargs, name)
        if name == "train_test_split":  # Hugging Face datasets
            train, test = self.split_parts(recv, ["train", "test"], ["train", "eval"], node, "train_test_split")
            return Seq((train, test), ("train", "test"))
        if name in _SUBSET_METHODS:
            result = self.data_subset_method(recv, name, node, args, kwargs)
            if result is not None:
                return result
        if name in ("drop", "difference"):
            # ``df.drop(train.index)``, ``df.index.difference(train.index)``: the rows not in that part.
            index = next((a for a in args if isinstance(a, Data)), kwargs.get("index"))
            if isinstance(index, Data):
                return self.complement(recv, index, node)
        stats = [v for v in list(args) + list(kwargs.values()) if isinstance(v, Stat)]
        # ``df.fillna({"age": df.age.median(), "fare": df.fare.mean()})``: statistics in a dict of values.
        stats += [item for v in list(args) + list(kwargs.values()) if isinstance(v, Seq)
                  for item in v.items if isinstance(item, Stat)]
        others = self.data_args(args, kwargs, tuple(kwargs))  # ``df.assign(z=...)``: keyword values are data too
        out = recv.derived(per_row=recv.per_row, mode="")
        if others:
            out = out.derived(taints=out.taints | frozenset().union(*(d.taints for d in others)),
                              objs=out.objs | frozenset().union(*(d.objs for d in others)))
        if stats:
            out = self.apply_stats(out, stats, node)
        inplace = kwargs.get("inplace")
        if isinstance(inplace, Const) and inplace.value is True:
            self.mutate(recv_node, out)
            return Const(None)
        return out

    def dropped_columns(self) -> set:
        if self._dropped is None:
            self._dropped = _dropped_columns(self.code.parsed)
        return self._dropped

    def fill_across_rows(self, recv: Data, name: str, node: ast.Call, kwargs: dict) -> Data | None:
        """Values carried between rows: ``ffill()``, ``bfill()``, ``interpolate()``, ``fillna(method="ffill")``,
        ``asfreq``/``reindex(method=...)``, polars ``forward_fill()`` / ``fill_null(strategy=...)``, and gaps filled
        with values shifted or rolled from neighbouring rows (``s.fillna(s.shift(-1))``,
        ``s.where(s.notna(), s.shift(1))``)."""
        method = kwargs.get("method")
        label = str(method.value) if isinstance(method, Const) and method.value in K.FILL_METHODS else None
        if name == "fill_null":
            strategy = kwargs.get("strategy")
            label = K.FILL_STRATEGIES.get(strategy.value) if isinstance(strategy, Const) else None
        elif name in K.FILL_METHODS:
            label = name
        if label is None and name in K.GAP_FILLERS:
            position, keyword = K.GAP_FILLERS[name]
            value = node.args[position] if len(node.args) > position else self.kwarg_node(node, keyword)
            moved = self.neighbour_values(value) if value is not None else None
            if moved is None or recv.per_row:
                return None
            # Gaps take the values of neighbouring rows, as ffill/bfill/interpolate do.
            return self.apply_stats(recv.derived(mode=""), [self.stat(recv, f"fillna from {moved}", node)], node)
        if label is None:
            return None
        axis = self.axis_arg(node, None)
        if recv.per_row or axis in (1, "columns") or recv.mode == "columns":
            # (``df.T.ffill()``: along the transposed frame's rows, the original's columns, within each row)
            return recv.derived(mode="")
        # Named by its direction: a forward fill only carries earlier rows' values.
        stat = self.stat(recv, f"{label} within groups" if recv.mode in ("grouped", "group") else label, node)
        return self.apply_stats(recv.derived(mode=""), [stat], node)

    def learn_categories(self, data: Data, node: ast.Call, method: str) -> Data:
        """The set of categories (column names, codes) learned from the rows, applied to them."""
        fid = self.new_fit("fit", "categories", data.rows, node, method, "", None, "", self._inputs(node))
        self.use(frozenset({fid}), data.rows, node, method)
        return data.derived(taints=data.taints | {fid}, per_row=False, mode="")

    def file_key(self, node: ast.AST | None) -> str | None:
        """The file name a path expression names, also through a variable holding it (``OUT = "x.npy"``)."""
        text = static_text(node, self.text_of) if isinstance(node, (ast.JoinedStr, ast.BinOp, ast.Call)) else None
        key = _file_key(ast.Constant(text)) if text is not None else _file_key(node)
        if key is None and isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Const) and isinstance(value.value, str):
                key = _file_key(ast.Constant(value.value))
        if key is None and isinstance(node, ast.Name):
            key = self.paths.get(node.id) or self.options.get(node.id)
        if key is None and isinstance(node, ast.Attribute):
            key = self.options.get(node.attr)
            owner = self.ev(node.value) if key is None and isinstance(node.value, ast.Name) else None
            if isinstance(owner, ClassVal):  # ``Config.FEATURES`` set in the class body (``ROOT / "x.npy"``)
                value = _class_attribute(owner.node, node.attr)
                key = _file_key(value) if value is not None and _path_like(value) else None
            held = self.ev(node) if key is None and isinstance(node.value, ast.Name) else None
            if isinstance(held, Const) and isinstance(held.value, str):  # ``self.out_path`` set from a literal
                key = _file_key(ast.Constant(held.value))
            held = self.ev_static(node) if key is None and self.local_modules else None
            if isinstance(held, Mod):  # ``config.PROCESSED``: a constant of another file of the program
                value = self.local_definition(held, (Const,))
                if value is not None and isinstance(value.value, str):
                    key = _file_key(ast.Constant(value.value))
                elif held.name.rpartition(".")[0] in self.local_modules:
                    key = self.paths.get(node.attr)  # a path built there (``ROOT / "data" / "x.pkl"``)
        if key is None and isinstance(node, ast.Subscript) and isinstance(node.value, (ast.Name, ast.Attribute)):
            held = self.ev(node)  # ``config.PATHS["raw"]``: an entry of a dict of paths
            if isinstance(held, Const) and isinstance(held.value, str):
                key = _file_key(ast.Constant(held.value))
        if key is None and isinstance(node, (ast.Subscript, ast.Attribute)):
            key = config_key(node, self.configs())  # ``params["data"]["processed"]`` of params.yaml
        if key is None and isinstance(node, ast.Call) and isinstance(self.ev_static(node.func), (Func, Mod)):
            key = helper_path_key(node)  # ``processed("energy_q")``, a path-building function of the program
        if key is None and isinstance(node, (ast.Subscript, ast.Call)):
            key = env_key(node)
        return key

    def configs(self) -> dict[str, str]:
        if self._configs is None:
            self._configs = config_sources([c.tree for c in self.code.parsed], [c.source for c in self.code.parsed])
        return self._configs

    def text_of(self, name: str) -> str | None:
        value = self.lookup(name)
        if isinstance(value, Const) and isinstance(value.value, str):
            return value.value
        return self.path_texts.get(name)  # ``out = Path("data") / "feat"``: a path spelt out in the code

    def saved_tables(self, node: ast.AST) -> Any:
        """What this program wrote with ``to_sql`` into the table a query reads (``SELECT ... FROM features``)."""
        for table in sql_tables(node, self.text_of):
            held = self.saved.get(f"table:{table}")
            if held is not None:
                return held
        return None

    def open_handle(self, value: Any) -> bool:
        """A file object opened by ``open(path)`` in this program."""
        return isinstance(value, Data) and any(o in self.handles for o, _p in value.rows)

    def written_into_folder(self, node: ast.Call, value: Data) -> bool:
        """``Image.fromarray(img).save(os.path.join(OUT, label, name))``, ``cv2.imwrite(f"{OUT}/{i}.png", img)``:
        samples written one by one into a folder, which a reader of that folder (``image_dataset_from_directory``)
        reads back, every sample written there together."""
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            key = leading_folder(arg, self.text_of)
            if key is not None:
                held = self.saved.get(key)
                self.saved[key] = join(held, value) if isinstance(held, Data) else value
                return True
        return False

    def remember_saved(self, path_node: ast.AST | None, value: Any) -> None:
        key = self.file_key(path_node)
        if key is None and path_node is not None:
            handle = self.ev(path_node)
            if isinstance(handle, Data):
                key = next((self.handles[o] for o, _p in handle.rows if o in self.handles), None)
        if key is None and path_node is not None and _is_folder(path_node, self.text_of):
            key = directory_key(path_node, self.text_of)  # ``df.to_parquet("lake/events", partition_cols=...)``
        if key is None and isinstance(value, Data) and isinstance(path_node, ast.AST):
            # ``part.to_parquet(f"prepared/day={day}.parquet")``: files named at run time inside one folder, read
            # back by listing it (``glob``): everything written there.
            key = leading_folder(path_node, self.text_of)
            held = self.saved.get(key) if key is not None else None
            if isinstance(held, Data):
                value = join(held, value)
        if key is not None and value is not None:
            self.saved[key] = value

    def booster_train(self, qual: str, node: ast.Call, args: list, kwargs: dict) -> Any:
        """``lgb.train(params, lgb.Dataset(X, y))``, ``xgb.train(params, DMatrix)``: a booster fitted on the rows
        of its training set; its validation sets are evaluated with it."""
        booster = self.make_obj("Booster", qual, node, [], {})
        data = next((a for a in args[1:] if isinstance(a, Data)), None) or next(
            (kwargs[k] for k in ("train_set", "dtrain") if isinstance(kwargs.get(k), Data)), None)
        if data is None:
            return booster
        fid = self.new_fit("fit", "model", data.rows, node, "train", "Booster", booster.oid,
                           self.seg(node.args[1]) if len(node.args) > 1 else "", self._inputs(node))
        self.use(data.taints, data.rows, node, "train")
        self.set_state(booster.oid, fits=frozenset({fid}))
        for key in ("valid_sets", "evals"):
            held = kwargs.get(key)
            for v in (held.items if isinstance(held, Seq) else (held,)):
                for d in (v.items if isinstance(v, Seq) else (v,)):
                    if isinstance(d, Data):
                        self.use(d.taints | {fid}, d.rows, node, "validation")
        return booster

    def container_open(self, node: ast.Call) -> Any:
        """``h5py.File(path, mode)``, ``pd.HDFStore(path)``: a file read by key; opened for writing, what is stored
        in it (``create_dataset``, ``put``, ``h5[key] = X``) is what a later opening of the same file reads."""
        first = node.args[0] if node.args else self.kwarg_node(node, "name") or self.kwarg_node(node, "path")
        key = self.file_key(first)
        mode_node = node.args[1] if len(node.args) > 1 else self.kwarg_node(node, "mode")
        mode = _literal(mode_node) if mode_node is not None else None
        writing = isinstance(mode, str) and any(c in mode for c in "wax")
        if key is not None and writing:
            handle = self.fresh()
            self.handles[next(iter(handle.rows))[0]] = key
            return handle
        return self.loaded(self.fresh(), node)

    def store_in_container(self, handle: Data, values: list) -> bool:
        key = next((self.handles[o] for o, _p in handle.rows if o in self.handles), None)
        datas = [v for v in values if isinstance(v, Data)]
        if key is None or not datas:
            return False
        stored = self.saved.get(key)
        for d in datas:
            stored = join(stored, d) if isinstance(stored, Data) else d
        self.saved[key] = stored
        return True

    def data_stat(self, recv: Data, name: str, node: ast.Call, args: list, kwargs: dict) -> Any:
        if recv.per_row or recv.mode == "window":
            return recv.derived(mode="")
        positional_axis = 0 if name not in ("quantile", "percentile", "describe", "agg", "aggregate", "mode",
                                            "value_counts", "corr", "cov") else None
        axis = self.axis_arg(node, positional_axis)
        if recv.mode == "columns" and axis in (0, 1):
            axis = 1 - axis  # ``X.T.mean(axis=1)``: across the rows of X
        if not self.reduces_rows(axis) and recv.mode != "grouped":
            return recv.derived(mode="")
        return self.stat(recv, name, node)

    def grouped_transform(self, recv: Data, node: ast.Call, args: list, kwargs: dict) -> Any:
        fn = args[0] if args else None
        if isinstance(fn, Func):
            inner = self.inline(fn, [recv.derived(mode="", per_row=False)], {}, node)
            if isinstance(inner, Stat):
                return self.apply_stats(recv.derived(mode=""), [inner], node)
            if isinstance(inner, Data):
                return recv.derived(mode="", taints=recv.taints | inner.taints)
            return recv.derived(mode="")
        if isinstance(fn, Const) and isinstance(fn.value, str) and fn.value in K.STAT_NAMES | {"count", "size"}:
            stat = self.stat(recv, fn.value, node)
            return self.apply_stats(recv.derived(mode=""), [stat], node)
        if isinstance(fn, Const) and isinstance(fn.value, str) and fn.value in K.FILL_METHODS:
            # ``groupby("id").transform("bfill")``: filled within groups.
            return self.apply_stats(recv.derived(mode=""), [self.stat(recv, f"{fn.value} within groups", node)], node)
        return recv.derived(mode="")

    def callback_element(self, recv: Data, name: str, kwargs: dict, recv_node: ast.AST) -> Data:
        """What ``recv.apply(f)`` (``map``, ``transform``...) passes to ``f``: a whole column of a frame (its
        reductions span rows), or one row or value."""
        axis = kwargs.get("axis")
        axis_value = axis.value if isinstance(axis, Const) else None
        if name in ("apply", "transform", "agg", "aggregate", "pipe") and not self._is_series(recv_node) \
                and not recv.per_row and axis_value in (None, 0, "index"):
            return recv.derived(per_row=False, mode="")
        return recv.derived(per_row=True, mode="")

    def data_map(self, recv: Data, name: str, node: ast.Call, func: Func, kwargs: dict, recv_node: ast.AST) -> Any:
        element = self.callback_element(recv, name, kwargs, recv_node)
        fn = func.node
        n_params = len(fn.args.args) + len(fn.args.posonlyargs)
        extra = kwargs.get("args")
        if isinstance(extra, Seq):  # ``s.apply(scale, args=(low, high))``
            given = {k: v for k, v in kwargs.items() if k not in ("args", "axis", "raw", "result_type")}
            inner = self.inline(func, [element, *extra.items], given, node)
        else:
            # Each element fills the parameters nothing else gives: not those with defaults (``def f(v,
            # mu=df.v.mean())``, evaluated once over all rows) nor those ``functools.partial`` bound.
            params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
            params = params[len(func.bound[0]) if func.bound else 0:len(params) - len(fn.args.defaults)]
            given = {k for k, _v in func.bound[1]} if func.bound else set()
            free = [p for p in params if p not in given]
            inner = self.inline(func, [element] * max(len(free), 1), {}, node)
        if isinstance(inner, Seq):
            inner = union_data(list(inner.items)) or UNKNOWN
        if isinstance(inner, Stat):
            return self.apply_stats(recv.derived(mode=""), [inner], node)
        if isinstance(inner, Data):
            return recv.derived(mode="", taints=recv.taints | inner.taints, objs=recv.objs | inner.objs,
                                dups=recv.dups | inner.dups)
        return recv.derived(mode="")

    @staticmethod
    def _is_series(recv_node: ast.AST) -> bool:
        if isinstance(recv_node, ast.Subscript):
            lit = _literal(recv_node.slice)
            return isinstance(lit, str)
        return isinstance(recv_node, ast.Attribute) and recv_node.attr not in ("iloc", "loc", "values")

    def data_subset_method(self, recv: Data, name: str, node: ast.Call, args: list, kwargs: dict) -> Data | None:
        text = self.seg(node.func)
        call_text = self.seg(node)
        key_text = call_text[len(self.seg(node.func.value)):] if isinstance(node.func, ast.Attribute) else call_text
        if name == "sample":
            frac = kwargs.get("frac")
            replace = kwargs.get("replace")
            if isinstance(replace, Const) and replace.value is True:
                fid = self.new_fit("copy", "duplicate", recv.rows, node, "sample(replace=True)", "", None,
                                   self.seg(node.func.value) if isinstance(node.func, ast.Attribute) else text)
                return recv.derived(dups=recv.dups | {fid}, per_row=False)
            if isinstance(frac, Const) and frac.value == 1:
                return recv.derived(per_row=False)
            return self.row_subset(recv, key_text.lstrip("."), None, node, kind="sample")
        if name == "query" and node.args:
            return self.row_subset(recv, key_text.lstrip("."), self._literal_role(node.args[0]), node)
        if name in ("take", "skip", "shard"):
            kind = "takeskip"
            arg = self.seg(node.args[0]) if node.args else ""
            if name == "shard":
                arg = self.seg(node.args[1]) if len(node.args) > 1 else self.seg(self.kwarg_node(node, "index"))
            result = self.row_subset(recv, f"{name}:{arg}", None, node, kind=kind)
            # take(n) and skip(n) of the same dataset are the two halves of a split.
            other = "skip" if name == "take" else "take"
            for parent in recv.rows:
                sid = self.family(parent, kind)
                if (sid, f"{other}:{arg}") in self.result.parts or name == "shard":
                    self.result.families_explicit.add(sid)
            return result
        if name in ("head", "tail", "nlargest", "nsmallest"):
            result = self.row_subset(recv, key_text.lstrip("."), None, node)
            # ``df.head(n)`` and ``df.tail(len(df) - n)`` (or ``tail(m)``) of the same rows: the two sides of a split,
            # unless the rows are only shown (``head()``, ``head(5)``: a literal of display size).
            count = node.args[0] if node.args else self.kwarg_node(node, "n")
            shown = count is None or (isinstance(_literal(count), int) and _literal(count) <= 20)
            if name in ("head", "tail") and not shown:
                other = "tail" if name == "head" else "head"
                for parent in recv.rows:
                    sid = self.family(parent, "rows")
                    if any(s == sid and k.startswith(other + "(") and not re.fullmatch(rf"{other}\((?:\d|1\d|20)?\)", k)
                           for s, k in self.result.parts):
                        self.result.families_explicit.add(sid)
            return result
        return None

    def complement(self, recv: Data, index: Data, node: ast.AST) -> Data:
        """``df.drop(train.index)``: the rows of ``df`` not in ``train`` (the other part of the same family)."""
        rows = set()
        for m in index.rows:
            if not m[1]:
                continue
            sid, key = m[1][-1]
            parent = (m[0], m[1][:-1])
            if any(anc_or_eq(parent, n) or anc_or_eq(n, parent) for n in recv.rows):
                part = self.add_part(sid, f"~{key}", frozenset({parent}), node, "subset", "drop", recv, None,
                                     explicit=True)
                self.result.families_explicit.add(sid)
                rows.add(part.node_of(parent))
        if not rows:
            return recv
        return recv.derived(rows=frozenset(rows), per_row=False)

    def concat_rows(self, datas: list[Data], node: ast.AST | None) -> Data:
        """Rows stacked together; stacking rows with copies of themselves (augmentation, duplication) is recorded."""
        merged = union_data(datas).derived(per_row=False, mode="")
        overlap = False
        for i, a in enumerate(datas):
            for b in datas[i + 1:]:
                if any(anc_or_eq(x, y) or anc_or_eq(y, x) for x in a.rows for y in b.rows):
                    overlap = True
        if overlap:
            fid = self.new_fit("copy", "duplicate", merged.rows, node, "concatenate", "", None, "",
                               tuple(self.seg(a) for a in getattr(node, "args", ())[:1]))
            merged = merged.derived(dups=merged.dups | {fid})
        return merged

    # -- module functions -------------------------------------------------------------------------

    def named(self, callee: Mod, node: ast.Call, args: list, kwargs: dict) -> Any:
        qual, name = callee.name, callee.last
        root = qual.split(".", 1)[0]
        numeric = root in _NUMERIC_MODULES or qual.startswith(("sklearn", "scipy"))
        if name in _BUILTIN_CONST and "." not in qual:
            return self.builtin_const(name, args, node)
        if name in ("sorted", "max", "min") and "." not in qual and args:
            ranked = self.ranked_by_stat(args[0], kwargs.get("key"))
            if ranked is not None:
                return ranked
        if name == "dict" and "." not in qual and len(args) == 1 and isinstance(args[0], Iter) \
                and isinstance(args[0].item, Seq) and len(args[0].item.items) == 2 \
                and isinstance(args[0].item.items[1], Stat):
            return Iter(args[0].item.items[1])  # ``dict(zip(cols, X.mean()))``: each entry a statistic
        if name in _BUILTIN_SAME and "." not in qual or qual in ("copy.copy", "copy.deepcopy"):
            return args[0] if args else UNKNOWN
        if name == "zip" and "." not in qual and len(node.args) == 1 and isinstance(node.args[0], ast.Starred) \
                and isinstance(args[0], Data) and not args[0].per_row:
            return Iter(args[0].derived(per_row=False, mode=""))  # ``zip(*rows)``: each item a column over all rows
        if "." not in qual and name in ("enumerate", "zip", "map", "filter", "next"):
            return self.builtin_iter(name, args)
        if name in K.ORDERED_SPLITS:
            return self.train_test_split(node, args, kwargs, name)
        if name in K.SAVE_FUNCTIONS and root in K.SAVE_MODULES:
            self.save_call(name, node, args, kwargs, root)
            return Const(None)
        if name in _LISTINGS and node.args and isinstance(
                listed := self.saved.get(glob_folder(node.args[0], self.text_of)), Data):
            return listed.derived(per_row=False, mode="")  # the files this program wrote into that folder
        if name in _IMAGE_WRITERS and (data := self.first_data(args, kwargs)) is not None \
                and self.written_into_folder(node, data):
            return Const(None)
        if name in ("dumps", "loads") and root in K.SAVE_MODULES and args \
                and isinstance(args[0], (Obj, Stat, Seq, Data)):
            # ``pickle.dumps(scaler)`` is the object as bytes (written with ``Path.write_bytes``), and
            # ``pickle.loads(path.read_bytes())`` the object those bytes hold.
            return args[0]
        if qual.startswith(("pd.DataFrame.", "pd.Series.", "pandas.DataFrame.", "pandas.Series.")) and args \
                and isinstance(args[0], Data) and node.args:
            # ``pd.DataFrame.ffill(df)``: the method of the frame given first.
            bound = ast.copy_location(ast.Call(func=node.func, args=node.args[1:], keywords=node.keywords), node)
            return self.data_method(args[0], name, bound, args[1:], kwargs, node.args[0])
        if name == "dump_svmlight_file" and len(args) >= 2:
            # ``dump_svmlight_file(X, y, "f.svm")``: ``load_svmlight_file("f.svm")`` reads back (X, y).
            self.remember_saved(node.args[2] if len(node.args) > 2 else self.kwarg_node(node, "f"),
                                Seq((args[0], args[1])))
            return Const(None)
        if name in ("read_sql", "read_sql_query", "read_sql_table") and node.args:
            held = self.saved_tables(node.args[0])
            if held is not None:
                return held  # a table that this program wrote with ``to_sql``
        if name in ("load_from_disk", "load") and node.args and _is_folder(node.args[0], self.text_of):
            held = self.saved.get(directory_key(node.args[0], self.text_of))
            if held is not None:
                return held  # ``load_from_disk(dir)``, ``tf.data.Dataset.load(dir)`` of a dataset saved there
        if name == "cv" and root in K.BOOSTER_MODULES:
            # ``xgb.cv(params, dtrain, nfold=5)``, ``lgb.cv(params, train_set)``: folds of the training set's rows.
            data = next((a for a in args[1:] if isinstance(a, Data)), None) or next(
                (kwargs[k] for k in ("dtrain", "train_set") if isinstance(kwargs.get(k), Data)), None)
            if data is not None:
                self.split_parts(data, ["train", "test"], ["train", "eval"], node, qual, kind="cv")
            return self.fresh()
        if name == "train" and root in K.BOOSTER_MODULES:
            return self.booster_train(qual, node, args, kwargs)
        if name in _NAMESPACES and kwargs and not args:
            # ``SimpleNamespace(lo=df.x.min(), hi=df.x.max())``: an object whose attributes are these values.
            obj = self.make_obj(name, qual, node, [], {})
            state = self.heap.get(obj.oid, ObjState())
            for k, v in kwargs.items():
                state = state.with_attr(k, v)
            self.heap[obj.oid] = state
            return obj
        if name == "TFRecordWriter" and node.args and (key := self.file_key(node.args[0])) is not None:
            # ``with tf.io.TFRecordWriter(path) as w: w.write(example.SerializeToString())``: records read back by
            # ``tf.data.TFRecordDataset(path)``.
            handle = self.fresh()
            origin = next(iter(handle.rows))[0]
            self.handles[origin] = key
            self.record_writers.add(origin)
            return handle
        if name in _RECORD_READERS and node.args:
            return self.loaded(self.fresh(), node)
        if name in K.FILE_CONTAINERS and root in ("h5py", "pd", "pandas", "tables"):
            self.arguments(node)
            return self.container_open(node)
        if name in ("Fire", "run", "CLI") and root in _CLI_RUNNERS and args and isinstance(args[0], Func):
            return self.inline(args[0], [], {}, node)  # ``fire.Fire(main)``: main runs with its defaults
        if name == "partial" and qual in ("functools.partial", "partial") and args and isinstance(args[0], Func):
            # ``partial(standardize, mean=X.mean(0))``: calling it passes these arguments first.
            head, given = args[0].bound or ((), ())
            return replace(args[0], bound=(head + tuple(args[1:]), given + tuple(kwargs.items())))
        if name == "vectorize" and root in ("np", "numpy") and args and isinstance(args[0], Func):
            return args[0]  # np.vectorize(f)(X): f applied to X (elementwise, but it reads what f reads)
        if name == "to_pickle" and root in ("pd", "pandas") and len(node.args) > 1:
            self.remember_saved(node.args[1], args[0])
            return Const(None)
        if name in ("get_dummies", "factorize") and root in ("pd", "pandas"):
            data = self.first_data(args, kwargs, ("data", "values"))
            if data is not None and name == "get_dummies" and data.rows <= self.fixed_categories:
                return data.derived(per_row=False, mode="")  # levels listed by the code: nothing learned
            if data is not None and not data.per_row:
                out = self.learn_categories(data, node, name)
                return Seq((out, UNKNOWN)) if name == "factorize" else out
        if name in K.FORMULA_FUNCTIONS and node.args:
            formula = _literal(node.args[0])
            if isinstance(formula, str):
                return self.formula(name, formula, node, args, kwargs)
        if name in K.IMPORTANCE_FUNCTIONS:
            data = self.first_data(args, kwargs)
            fitted = frozenset().union(*(self.obj_fits(v.oid) for v in args if isinstance(v, Obj)))
            if fitted:
                return Stat(EMPTY, self.new_id(), name, (), self.step, EMPTY, fitted)
            if data is not None:
                return self.stat(data, name, node)
        if name in K.CV_FUNCTIONS:
            data = args[1] if len(args) > 1 and isinstance(args[1], Data) else kwargs.get("X")
            if isinstance(data, Data):
                cv = kwargs.get("cv")
                info = self.info.get(cv.oid) if isinstance(cv, Obj) else None
                estimator = args[0] if args and isinstance(args[0], Obj) else kwargs.get("estimator")
                baked = self.baked_fits(estimator.oid) if isinstance(estimator, Obj) else EMPTY
                self.split_parts(data, ["train", "test"], ["train", "eval"], node, name, kind="cv", extra_taints=baked,
                                 data_text=self.seg(node.args[1]) if len(node.args) > 1 else "",
                                 keeps_order=info is not None and K.keeps_time_order(info.cls))
            return self.fresh()
        if name == "apply_along_axis" and len(args) >= 3 and isinstance(args[0], Func) and isinstance(args[2], Data):
            axis = _literal(node.args[1])
            element = args[2].derived(per_row=axis != 0, mode="")
            inner = self.inline(args[0], [element], {}, node)
            if isinstance(inner, Stat):
                return self.apply_stats(args[2].derived(mode=""), [inner], node)
            if isinstance(inner, Data):
                return args[2].derived(taints=args[2].taints | inner.taints, mode="")
            return args[2].derived(mode="")
        if root == "polars" and name in _COLUMN_EXPRESSIONS:
            if self.expression_frame is not None:
                return self.expression_frame.derived(mode="")
            # Built before any frame receives it: rows to be named by the frame method that will.
            expression = self.fresh()
            self.expression_origins.update(o for o, _p in expression.rows)
            return expression
        if name in K.INTERPOLATORS and (qual.startswith(("scipy", "interpolate")) or "." not in qual):
            # ``interp1d(t[known], v[known])``: an interpolant of the known rows; calling it fills the gaps.
            known = union_data([a for a in args if isinstance(a, Data)])
            if known is not None and not known.per_row:
                return self.stat(known, "interpolate", node)
            return self.generic(args, kwargs, node, fresh=False)
        if name == "Counter" and qual in ("Counter", "collections.Counter"):
            tokens = self.first_data(args, kwargs, ("iterable",))
            if tokens is not None and not tokens.per_row:
                return self.stat(tokens, "Counter", node)  # token counts over all rows: a vocabulary
        if name == "setdiff1d" and numeric and len(args) > 1 and isinstance(args[0], Data) \
                and isinstance(args[1], Data):
            return self.complement(args[0], args[1], node)  # ``np.setdiff1d(all_idx, test_idx)``
        if name in _CURVE_FITS and (numeric or "optimize" in qual):
            # ``np.polyfit(x[known], y[known], 2)``: coefficients learned from those rows (applied by ``polyval``).
            data = union_data([a for a in args if isinstance(a, Data)])
            if data is not None and not data.per_row:
                stat = self.stat(data, name, node)
                return Seq((stat, stat)) if name in ("curve_fit", "lstsq") else stat
        if name in K.IMPUTE_FUNCTIONS and root == "impyute":
            return self.scaling_function(name, node, args, kwargs)
        if name == "interp" and numeric:
            # ``np.interp(gaps, known, y[known])``: values interpolated between the known rows' values.
            known = args[2] if len(args) > 2 else kwargs.get("fp")
            if isinstance(known, Data) and not known.per_row:
                return self.apply_stats(known.derived(mode=""), [self.stat(known, "interp", node)], node)
        if name in ("split", "array_split") and root in ("numpy", "np", "tf", "tensorflow", "torch", "jnp"):
            return self.positional_split(node, args, kwargs, name)
        if name in ("random_split", "split_dataset"):
            return self.positional_split(node, args, kwargs, name)
        if name in ("image_dataset_from_directory", "text_dataset_from_directory", "audio_dataset_from_directory",
                    "flow_from_directory"):
            return self.directory_dataset(node, args, kwargs, name)
        if name == "load_data" and "datasets" in qual:
            return self.presplit_loader(node, qual)
        if name == "load" and root in ("tfds", "tensorflow_datasets"):
            return self.tfds_load(node, kwargs)
        if name == "resample" and (qual.startswith("sklearn") or "utils" in qual or "." not in qual):
            return self.bootstrap(node, args, kwargs)
        if name in K.SCALING_FUNCTIONS and (numeric or "." not in qual or root == "patsy"):
            return self.scaling_function(name, node, args, kwargs)
        if name == "cut" and root in ("pd", "pandas"):
            bins = kwargs.get("bins", args[1] if len(args) > 1 else None)
            if isinstance(bins, Const) and isinstance(bins.value, int):
                return self.scaling_function(name, node, args, kwargs)
        if name == "unique" and numeric and any(isinstance(kwargs.get(k), Const) and kwargs[k].value is True
                                                for k in ("return_inverse", "return_index", "return_counts")):
            return self.unique_codes(node, args, kwargs)
        if name in K.STAT_NAMES and numeric and name != "unique":  # np.unique(y): the classes, not a statistic
            data = self.first_data(args, kwargs, ("a", "x", "input_tensor", "X"))
            if data is not None:
                if data.per_row:
                    return data.derived(mode="")
                position = 2 if name in ("percentile", "quantile", "nanpercentile", "nanquantile", "norm") else 1
                axis = self.axis_arg(node, position)
                if not self.reduces_rows(axis):
                    return data.derived(mode="")
                stat = self.stat(data, name, node)
                if name == "moments":
                    return Seq((stat, stat))
                if name == "svd":  # U, S, Vt: components learned from the rows
                    return Seq((stat, stat, stat))
                return stat
        if name in K.CONCAT_FUNCTIONS and (numeric or root in ("np", "pd")):
            return self.concat_function(name, node, args, kwargs)
        if name == "Input" or name == "InputLayer":
            return self.fresh()
        if name == "from_generator" and args and isinstance(args[0], Func):
            # ``tf.data.Dataset.from_generator(samples, ...)``: the dataset's elements are what the generator
            # function yields (its yields are collected as its returns when it is inlined).
            produced = self.inline(args[0], [], {}, node)
            if isinstance(produced, Seq):
                produced = union_data(list(produced.items)) or produced
            if isinstance(produced, Data):
                return produced.derived(per_row=False, mode="")
        if name == "Dataset" or name in ("from_tensor_slices", "from_tensors", "zip", "from_generator"):
            return self.generic(args, kwargs, node, fresh=True)
        if qual.startswith(_DATASET_MODULES) and name[:1].isupper() or name in ("ImageFolder", "DatasetFolder"):
            return self.library_dataset(node, args, kwargs, name)
        if name in _INDEX_SAMPLERS and args and isinstance(args[0], Data):
            return args[0]  # ``SubsetRandomSampler(train_idx)``: the rows a loader reads are those indices
        if name == "DataLoader" and isinstance(kwargs.get("sampler"), Data):
            # ``DataLoader(dataset, sampler=SubsetRandomSampler(idx))``: the dataset's rows at those indices.
            data = self.first_data(args, kwargs, ("dataset",))
            sampler = self.kwarg_node(node, "sampler")
            if data is not None:
                return self.index_subset(data, kwargs["sampler"], sampler)
        if name in _RANDOM_GENERATORS and "random" in qual:
            return self.make_obj(name, qual, node, args, kwargs)
        if name[:1].isupper() or name in ("make_pipeline", "make_column_transformer", "make_union"):
            learns = K.learns_of_class(name)
            if learns is not None or name[:1].isupper():
                if name == "Subset" and len(node.args) > 1:
                    # torch Subset(dataset, indices): rows chosen by index, a part named by what it is assigned to.
                    data = self.first_data(args, kwargs) or self.held_data(args[0] if args else None)
                    held = self.held_data(args[0]) if args and isinstance(args[0], Obj) else None
                    index = args[1] if len(args) > 1 else None
                    if held is not None and isinstance(index, Data) and any(
                            n[1] and n[1][-1] in self.result.parts for n in index.rows):
                        # Indices from a split (``train_test_split(np.arange(len(ds)))``): that split's part of
                        # the rows the dataset object holds.
                        return self.index_subset(held, index, node.args[1])
                    if data is not None:
                        span = node.args[1]
                        if isinstance(span, ast.Call) and isinstance(span.func, ast.Name) and span.func.id == "range" \
                                and 1 <= len(span.args) <= 2:
                            # ``Subset(ds, range(n))`` / ``Subset(ds, range(n, len(ds)))``: the slices ``:n`` / ``n:``.
                            lo = self.seg(span.args[0]) if len(span.args) == 2 else ""
                            return self.row_subset(data, f"{lo}:{self.seg(span.args[-1])}", None, node)
                        return self.row_subset(data, "Subset:" + self.seg(node.args[1]), None, node)
                if name == "Categorical" and node.args and not any(k.arg == "categories" for k in node.keywords) \
                        and isinstance(data := self.first_data(args, {}), Data) and not data.per_row:
                    # ``pd.Categorical(df.city).codes``: the levels (and codes) of every row, as astype("category").
                    return self.learn_categories(data, node, "Categorical")
                if name in ("DataFrame", "Series", "array", "Tensor", "Variable", "Path", "Categorical",
                            "Example", "SequenceExample", "Features", "Feature", "FloatList", "Int64List", "BytesList",
                            "DataLoader", "TensorDataset", "Subset", "Index", "Timestamp", "DMatrix", "QuantileDMatrix",
                            "DictReader",
                            "Pool"):
                    return self.generic(args, kwargs, node, fresh=True)
                return self.make_obj(name, qual, node, args, kwargs)
        if name in K.PER_SAMPLE_FUNCTIONS:
            if name == "normalize" and self.axis_arg(node, 1) == 0:
                return self.scaling_function(name, node, args, kwargs)  # normalize(X, axis=0): across the rows
            return self.generic(args, kwargs, node, fresh=True)
        if name in _CONFIG_LOADERS and root in ("yaml", "json", "toml", "tomllib", "omegaconf", "OmegaConf"):
            # ``yaml.safe_load(open("params.yaml"))``: settings, not rows (unless this program wrote data there).
            loaded = self.loaded(self.generic(args, kwargs, node, fresh=True), node, args[0] if args else None)
            return loaded if not isinstance(loaded, Data) or loaded.taints or loaded.dups else UNKNOWN
        if name in ("read_csv", "read_parquet", "read_excel", "read_json", "read_feather", "read_table", "load",
                    "loadmat",
                    "loadtxt", "genfromtxt", "read_pickle", "fromfile", "imread", "load_img", "open") \
                or name.startswith(("load_", "fetch_", "make_", "read_", "scan_")):
            data = self.generic(args, kwargs, node, fresh=True)
            return self.loaded(data, node, args[0] if args else None)
        return self.generic(args, kwargs, node, fresh=True)

    def loaded(self, data: Any, node: ast.Call, path: Any = None) -> Any:
        """Data read from a file: a file named like a split (``test.csv``) is that split.

        A file that this program wrote earlier (``np.save`` in prepare.py, ``np.load`` in train.py)
        reads back what was written there, fitted state included.
        """
        first = self.path_arg(node)
        func = node.func
        files = self.kwarg_node(node, "data_files")
        if files is not None and isinstance(first, ast.Constant):
            # ``load_dataset("csv", data_files="x.csv")``: the builder's name first, the files given by keyword.
            first = files.values[0] if isinstance(files, ast.Dict) and files.values else \
                files.elts[0] if isinstance(files, (ast.List, ast.Tuple)) and files.elts else files
        if isinstance(func, ast.Attribute) and func.attr == "open" and (first is None or _open_mode(first)):
            first = func.value  # ``(OUT / "x.pkl").open("wb")``: the path is the receiver, the argument the mode
        key = self.file_key(first)
        opener = (isinstance(func, ast.Name) and func.id == "open") or (isinstance(func, ast.Attribute)
                                                                         and func.attr == "open")
        if not opener:
            if key is None and first is not None and isinstance(data, Data):
                key = next((self.handles[o] for o, _p in data.rows if o in self.handles), None)
            if key is None and first is not None and _is_folder(first, self.text_of) \
                    and directory_key(first, self.text_of) in self.saved:
                key = directory_key(first, self.text_of)  # a folder this program wrote (``pd.read_parquet(dir)``)
            if key is not None and key in self.saved:
                return self.saved[key]
        if not isinstance(data, Data):
            return data
        if key is None and isinstance(path, Data) and not any(o in self.handles for o, _p in path.rows):
            # Files named by data (``[read(p) for p in paths]``): one row per path, the same rows whenever the
            # same paths are read again, and the part of a split when the paths were split.
            return Data(path.rows, data.taints, data.dups, per_row=path.per_row)
        if key is None and self.loop_depth and not isinstance(path, Data) and not (
                isinstance(func, ast.Name) and func.id == "open"):
            # A file named by the loop (``for p in paths: Image.open(p)``): one sample per iteration.
            origin = self.new_id()
            self.origin_step[origin] = self.step
            return Data(frozenset({(origin, ())}), data.taints, data.dups, per_row=True)
        if key is not None and not opener and key in self.file_origins:
            # The same file read again (here or in another file of the program) holds the same rows.
            return Data(frozenset({(self.file_origins[key], ())}), data.taints, data.dups)
        origin = self.new_id()
        self.origin_step[origin] = self.step
        if opener and key is not None:
            self.handles[origin] = key
        elif key is not None:
            self.file_origins[key] = origin
        for a in node.args[:1]:
            lit = _literal(a)
            if isinstance(lit, str):
                stem = re.split(r"[\\/]", lit)[-1].rsplit(".", 1)[0]
                role = K.role_from_name(stem)
                if role is not None:
                    self.result.origin_roles[origin] = (role, self.cell, self.line_of(node), self.seg(node), self.stmt)
        return Data(frozenset({(origin, ())}), data.taints, data.dups)

    def ranked_by_stat(self, iterable: Any, key: Any) -> Any:
        """``sorted(zip(model.feature_importances_, columns))``, ``sorted(cols, key=lambda c: imp[c])``: the
        order, hence any top-k taken from it, is chosen by a statistic; every item then carries it."""
        item = self.element(iterable)
        if isinstance(key, Func):
            ranking = self.inline(key, [item], {}, None)
        else:
            ranking = item
        parts = ranking.items if isinstance(ranking, Seq) else (ranking,)
        stats = [v for v in parts if isinstance(v, Stat)]
        if not stats or isinstance(item, Data):
            return None
        stat = self.combine_stats(stats)
        if isinstance(item, Seq):
            item = Seq(tuple(v if isinstance(v, (Data, Stat)) else stat for v in item.items))
        else:
            item = stat
        return Iter(item)

    def builtin_const(self, name: str, args: list, node: ast.Call) -> Any:
        if name == "range" and len(node.args) == 1 and isinstance(node.args[0], ast.Call) \
                and isinstance(node.args[0].func, ast.Name) and node.args[0].func.id == "len":
            return self.fresh()  # ``range(len(X))``: the positions of X's rows, an index array like np.arange
        if name in ("int", "float", "round", "abs", "bool", "pow") and args and isinstance(args[0], (Stat, Data)):
            return args[0]  # ``float(X.mean())``, ``int(v > m)``: the same value, converted
        if name in ("sum", "min", "max") and args and isinstance(args[0], Stat):
            return args[0]
        if name in ("sum", "min", "max") and len(args) == 1 and isinstance(args[0], Data) and not args[0].per_row:
            return self.stat(args[0], name, node)  # max(X): a reduction across the rows
        stats = [a for a in args if isinstance(a, Stat)]
        if name in ("min", "max", "pow", "round", "divmod") and stats:
            # ``min(v, np.percentile(col, 99))``: a value capped by (or combined with) a statistic.
            datas = [a for a in args if isinstance(a, Data)]
            return self.apply_stats(union_data(datas), stats, node) if datas else self.combine_stats(stats)
        return Const(None, known=False)

    def builtin_iter(self, name: str, args: list) -> Any:
        if name == "enumerate":
            return Iter(Seq((Const(None, False), self.element(args[0])))) if args else UNKNOWN
        if name == "zip":
            return Iter(Seq(tuple(self.element(a) for a in args)))
        if name == "next":
            return self.element(args[0]) if args else UNKNOWN
        if name == "map" and len(args) > 1 and isinstance(args[0], Func) and isinstance(args[1], Data):
            # ``map(lambda s: s / peak, samples)``: the function applied to each sample reads what it reads.
            inner = self.inline(args[0], [self.element(args[1])], {}, None)
            if isinstance(inner, Stat):
                return self.apply_stats(args[1].derived(mode=""), [inner], None)
            if isinstance(inner, Data):
                return args[1].derived(taints=args[1].taints | inner.taints, mode="")
        if name in ("map", "filter"):
            return args[1] if len(args) > 1 else UNKNOWN
        return UNKNOWN

    def train_test_split(self, node: ast.Call, args: list, kwargs: dict, name: str) -> Any:
        sid = self.new_id()
        if any(isinstance(a, ast.Starred) for a in node.args):  # ``train_test_split(*arrays)``: each array
            args = [item for a, v in zip(node.args, args)
                    for item in (v.items if isinstance(a, ast.Starred) and isinstance(v, Seq) else (v,))]
        shuffle = kwargs.get("shuffle")
        # The test part is the last rows (sktime's temporal_train_test_split never shuffles).
        keeps_order = (isinstance(shuffle, Const) and shuffle.value is False) or name.startswith("temporal")
        out = []
        for i, arr in enumerate(args):
            if i == 0 and isinstance(arr, Data) and len(args) > 1:
                # The first array is the features: codes of a label encoder in it encode a feature's categories
                # (``MultiLabelBinarizer().fit_transform(genres)`` as X), not the target.
                for fid in arr.taints:
                    fit = self.result.fits.get(fid)
                    if fit is not None and fit.learns == "labels" and fid not in self.column_codes:
                        fit.learns = "categories"
            if isinstance(arr, Data):
                text = self.seg(node.args[i]) if i < len(node.args) else ""
                out.extend(self.split_parts(arr, ["train", "test"], ["train", "eval"], node, name, sid=sid,
                                            data_text=text, keeps_order=keeps_order))
            else:
                out.extend([UNKNOWN, UNKNOWN])
        return Seq(tuple(out))

    def save_call(self, name: str, node: ast.Call, args: list, kwargs: dict, root: str = "") -> None:
        """``np.save(path, X)``, ``joblib.dump(obj, path)``, ``pickle.dump(obj, fh)``, ``torch.save(obj, path)``."""
        if name == "save_model" and len(node.args) > 1:  # keras.models.save_model(model, path)
            path_node, value = node.args[1], args[0]
        elif name.startswith(("save", "savez")) and name != "save_model":
            path_node = node.args[0] if node.args else self.kwarg_node(node, "file")
            values = list(args[1:]) + [v for k, v in kwargs.items() if k not in ("file", "allow_pickle", "fix_imports")]
            value = values[0] if len(values) == 1 else Seq(tuple(values), tuple(kwargs)
                                                           if not args[1:] and kwargs else None)
            if name == "save" and len(node.args) > 1 and root != "torch" and self.file_key(node.args[0]) is None \
                    and root in ("np", "numpy") and (key := suffixed_name(node.args[0], self.text_of, ".npy")):
                self.saved[key] = value  # ``np.save("data/X_scaled", X)`` writes X_scaled.npy
                return
            if name.startswith("savez") and root in ("np", "numpy") and self.file_key(path_node) is None \
                    and (key := suffixed_name(path_node, self.text_of, ".npz")):
                self.saved[key] = value
                return
            if name == "save" and len(node.args) > 1 and (root == "torch" or (
                    self.file_key(node.args[0]) is None and not self.open_handle(args[0]))):
                path_node, value = node.args[1], args[0]  # torch.save(obj, path)
        else:  # dump(obj, path_or_handle)
            path_node = node.args[1] if len(node.args) > 1 else self.path_arg(node, None)
            value = args[0] if args else next((kwargs[k] for k in ("value", "obj") if k in kwargs), None)
        self.remember_saved(path_node, value)

    def path_arg(self, node: ast.Call, position: int | None = 0) -> ast.AST | None:
        """The path a reader or writer is given: its first argument, or a path keyword (``path_or_buf=``,
        ``filepath_or_buffer=``, ``filename=``...)."""
        if position is not None and len(node.args) > position:
            return node.args[position]
        return next((k.value for k in node.keywords if k.arg in _PATH_KEYWORDS), None)

    def formula(self, name: str, formula: str, node: ast.Call, args: list, kwargs: dict) -> Any:
        """patsy/statsmodels formulas: stateful transforms (``standardize(x)``, ``C(x)``) learn from the data."""
        # The data may be a frame or a dict of columns (``{"age": df["age"]}``).
        data = self.first_data(args[1:], kwargs, ("data",))
        if not isinstance(data, Data):
            return self.generic(args, kwargs, node, fresh=True)
        learns = "statistics" if K.STATEFUL_FORMULA.search(formula) else (
            "categories" if K.formula_learns_categories(formula) else None)
        out = data.derived(per_row=False, mode="")
        if learns is not None and name in ("dmatrix", "dmatrices", "design_matrix", "model_matrix"):
            fid = self.new_fit("fit", learns, data.rows, node, name, "", None, "", self._inputs(node))
            self.use(frozenset({fid}), data.rows, node, name)
            out = out.derived(taints=out.taints | {fid})
        if name == "dmatrices" or (name == "model_matrix" and "~" in formula):
            return Seq((out, out))  # (formulaic's ``model_matrix("y ~ x", df)`` gives the outcome and the design)
        if name in ("dmatrix", "design_matrix", "model_matrix"):
            return out
        model = self.make_obj(name, "", node, [], {})
        self.heap[model.oid] = self.heap[model.oid].with_attr(_MODEL_ROWS, out)
        if learns is not None:  # ``smf.ols("y ~ standardize(x)", df).fit()`` learns the transforms' state too
            self.info[model.oid] = replace(self.info[model.oid], learns=learns)
        return model

    def unique_codes(self, node: ast.Call, args: list, kwargs: dict) -> Any:
        """``values, codes = np.unique(x, return_inverse=True)``: the sorted categories seen in the rows and each
        row's code; a label encoding (of a feature once the codes are stored as a feature column)."""
        flags = [k for k in ("return_index", "return_inverse", "return_counts")
                 if isinstance(kwargs.get(k), Const) and kwargs[k].value is True]
        data = self.first_data(args, kwargs, ("ar",))
        if data is None or data.per_row:
            return Seq(tuple(UNKNOWN for _ in range(len(flags) + 1)))
        fid = self.new_fit("fit", "labels", data.rows, node, "unique(return_inverse=True)", "", None, "",
                           self._inputs(node))
        codes = data.derived(taints=data.taints | {fid}, per_row=False, mode="")
        return Seq(tuple(codes if k == "return_inverse" else UNKNOWN for k in ("values", *flags)))

    def held_data(self, value: Any) -> Data | None:
        """The rows an object holds in its attributes (a ``Dataset`` subclass that loaded its data), as its
        ``__getitem__`` returns them (normalised with statistics it reads, say)."""
        if not isinstance(value, Obj):
            return None
        held = union_data([v for _n, v in self.heap.get(value.oid, ObjState()).attrs if isinstance(v, Data)])
        info = self.info.get(value.oid)
        getitem = info.user_class.method("__getitem__") if info is not None and info.user_class is not None else None
        if held is not None and getitem is not None:
            item = self.inline(Func(getitem, info.user_class.cell), [self.fresh().derived(per_row=True)], {}, None,
                               self_value=value)
            items = item.items if isinstance(item, Seq) else (item,)
            taints = frozenset().union(*(v.taints for v in items if isinstance(v, Data)))
            held = held.derived(taints=held.taints | taints)
        elif getitem is not None:
            # ``__getitem__`` reading module-level arrays (``features[idx]``): the object's rows are theirs.
            item = self.inline(Func(getitem, info.user_class.cell), [self.fresh().derived(per_row=True)], {}, None,
                               self_value=value)
            items = item.items if isinstance(item, Seq) else (item,)
            held = union_data([v for v in items if isinstance(v, Data) and v.per_row])
            held = held.derived(per_row=False, mode="") if held is not None else None
        return held

    def positional_split(self, node: ast.Call, args: list, kwargs: dict, name: str) -> Any:
        data = self.first_data(args, kwargs, ("ary", "dataset", "x"))
        if data is None and args:
            # random_split(dataset_object, ...): the rows are the data the object holds (a Dataset subclass).
            data = self.held_data(args[0])
        if data is None:
            return UNKNOWN
        n = 2
        at = 0 if name == "randomSplit" else 1  # the method of the rows takes the weights first
        sections = node.args[at] if len(node.args) > at else (self.kwarg_node(node, "lengths") or self.kwarg_node(
            node, "indices_or_sections") or self.kwarg_node(node, "weights"))
        lit = _literal(sections) if sections is not None else _NOT_LITERAL
        if isinstance(sections, (ast.List, ast.Tuple)):  # bounds computed from the length count as well
            n = len(sections.elts) + (1 if name in ("split", "array_split") else 0)
        elif isinstance(lit, (list, tuple)):
            n = len(lit) + (1 if name in ("split", "array_split") else 0)
        elif isinstance(lit, int) and name in ("split", "array_split"):
            n = lit
        n = max(2, min(n, 8))
        keys = [f"part{i}" for i in range(n)]
        roles = ["train"] + ["eval"] * (n - 1)
        held = node.func.value if at == 0 and isinstance(node.func, ast.Attribute) else (node.args[0] if node.args
                                                                                      else None)
        return Seq(tuple(self.split_parts(data, keys, roles, node, name, data_text=self.seg(held))))

    def folder_rows(self, folder: ast.AST | None) -> Data:
        """The samples in a folder a reader lists: those this program wrote there one by one (images saved after
        preprocessing), else the folder's own rows (the same folder read again holds the same rows)."""
        written = self.saved.get(directory_key(folder, self.text_of)) if folder is not None else None
        if isinstance(written, Data):
            return written.derived(per_row=False, mode="")
        return Data(frozenset({(self.dir_origin(self.seg(folder)), ())}))

    def directory_dataset(self, node: ast.Call, args: list, kwargs: dict, name: str) -> Any:
        folder = node.args[0] if node.args else self.kwarg_node(node, "directory")
        directory = self.seg(folder)
        data = self.folder_rows(folder)
        subset = kwargs.get("subset")
        if isinstance(subset, Const) and isinstance(subset.value, str):
            vs = self.seg(self.kwarg_node(node, "validation_split"))
            seed = self.seg(self.kwarg_node(node, "seed"))
            key = ("directory", re.sub(r"\s+", "", directory), vs, seed)
            sid = self.keyed_splits.setdefault(key, self.new_id())
            if subset.value == "both":
                return Seq(tuple(self.split_parts(data, ["training", "validation"], ["train", "eval"], node,
                                                  f"{name}(subset='both')", sid=sid)))
            role = "train" if subset.value.startswith("train") else "eval"
            (part,) = self.split_parts(data, [subset.value], [role], node, f"{name}(subset=...)", sid=sid)
            return part
        return data

    def library_dataset(self, node: ast.Call, args: list, kwargs: dict, name: str) -> Data:
        """``datasets.ImageFolder(root, transform=...)``, ``datasets.CIFAR10(root, train=False)``: the rows of that
        folder (the same call reads the same rows), as the transforms given make them; ``train=False`` or a
        ``split`` named for evaluation is evaluation data."""
        root = node.args[0] if node.args else self.kwarg_node(node, "root")
        which = [self.seg(self.kwarg_node(node, k)) for k in ("train", "split", "subset")]
        origin = self.dir_origin(":".join([name, self.seg(root), *which]))
        train, split = kwargs.get("train"), kwargs.get("split", kwargs.get("subset"))
        role = "eval" if isinstance(train, Const) and train.value is False else (
            K.role_from_literal(split.value) if isinstance(split, Const) and isinstance(split.value, str) else None)
        if role == "eval" and origin not in self.result.origin_roles:
            self.result.origin_roles[origin] = (role, self.cell, self.line_of(node), self.seg(node), self.stmt)
        data = Data(frozenset({(origin, ())}))
        written = self.saved.get(directory_key(root, self.text_of)) if root is not None else None
        if isinstance(written, Data) and name in ("ImageFolder", "DatasetFolder"):
            data = written.derived(per_row=False, mode="")  # a folder this program filled with samples
        fits = frozenset().union(*(self.obj_fits(v.oid) for v in list(args) + list(kwargs.values())
                                   if isinstance(v, Obj)))
        if fits:
            self.use(fits, data.rows, node, "transform")
            data = data.derived(taints=fits)
        return data

    def presplit_loader(self, node: ast.Call, qual: str) -> Any:
        origin = self.new_id()
        self.origin_step[origin] = self.step
        data = Data(frozenset({(origin, ())}))
        train, test = self.split_parts(data, ["train", "test"], ["train", "eval"], node, qual)
        return Seq((Seq((train, train)), Seq((test, test))))

    def tfds_load(self, node: ast.Call, kwargs: dict) -> Any:
        name = self.seg(node.args[0]) if node.args else ""
        data = Data(frozenset({(self.dir_origin("tfds:" + name), ())}))
        split_node = self.kwarg_node(node, "split")
        lit = _literal(split_node) if split_node is not None else _NOT_LITERAL
        splits = [lit] if isinstance(lit, str) else list(lit) if isinstance(lit, (list, tuple)) else None
        with_info = kwargs.get("with_info")
        if splits is None or not all(isinstance(s, str) for s in splits):
            result: Any = data
        else:
            key = ("tfds", name)
            sid = self.keyed_splits.setdefault(key, self.new_id())
            parts = self.split_parts(data, splits, [K.role_from_literal(s) for s in splits], node, "tfds.load",
                                     sid=sid)
            result = parts[0] if isinstance(lit, str) else Seq(tuple(parts))
        if isinstance(with_info, Const) and with_info.value is True:
            return Seq((result, UNKNOWN))
        return result

    def bootstrap(self, node: ast.Call, args: list, kwargs: dict) -> Any:
        datas = [a for a in args if isinstance(a, Data)]
        if not datas:
            return UNKNOWN
        replace = kwargs.get("replace")
        replacing = not (isinstance(replace, Const) and replace.value is False)
        if not replacing:
            out = tuple(self.row_subset(d, self.seg(node), None, node, kind="sample") for d in datas)
            return out[0] if len(out) == 1 else Seq(out)
        rows = frozenset().union(*(d.rows for d in datas))
        fid = self.new_fit("copy", "duplicate", rows, node, "resample(replace=True)", "", None, "",
                           self._inputs(node))
        out = tuple(d.derived(dups=d.dups | {fid}, per_row=False) for d in datas)
        return out[0] if len(out) == 1 else Seq(out)

    def scaling_function(self, name: str, node: ast.Call, args: list, kwargs: dict) -> Any:
        data = self.first_data(args, kwargs, ("a", "X", "x"))
        if data is None:
            return UNKNOWN
        axis = self.axis_arg(node, 1 if name == "zscore" else None)
        if data.per_row or not self.reduces_rows(axis):
            return data.derived(mode="")
        stat = self.stat(data, name, node)
        return self.apply_stats(data.derived(mode=""), [stat], node)

    def concat_function(self, name: str, node: ast.Call, args: list, kwargs: dict) -> Any:
        items = args[0].items if args and isinstance(args[0], Seq) else args
        datas = [v for v in items if isinstance(v, Data)]
        if not datas:
            return self.generic(args, kwargs, node, fresh=False)
        axis = self.axis_arg(node, 1 if name in ("concatenate", "append", "stack") else None)
        if name == "append":
            datas = [v for v in args[:2] if isinstance(v, Data)]
        if name in ("hstack", "column_stack", "dstack") or (axis not in (None, 0, "index", "rows")):
            return union_data(datas)
        if name == "stack":
            return union_data(datas)
        return self.concat_rows(datas, node)


def analyse_cells(code: CodeFile, cells: tuple[Cell, ...]) -> FlowResult:
    """Run the analyser over ``cells`` (in that order) of one code file."""
    return Analyser(code, cells).run()
