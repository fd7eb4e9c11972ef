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
import json
import posixpath
import re
from dataclasses import dataclass, field

from dataaudit.auditors.preprocessing import knowledge as K
from dataaudit.auditors.preprocessing.code_files import CodeFile, cell_source, load_code_file, load_program
from dataaudit.auditors.preprocessing.flow import (
    NUMPY_SUFFIXES,
    _is_folder,
    _open_mode,
    _path_like,
    directory_key,
    env_key,
    glob_folder,
    helper_path_key,
    leading_folder,
    sql_tables,
    config_key,
    config_sources,
    module_names,
    option_paths,
    spark_io,
    static_text,
    suffixed_name,
)
from dataaudit.auditors.preprocessing.leaks import CodeAnalysis, analyse_code_file

__all__ = ["ProgramPart", "analyse_code_files", "hand_offs"]

_WRITERS = K.SAVE_FUNCTIONS | K.SAVE_METHODS | {"dump_svmlight_file"}
_READERS = {"load", "read_pickle", "read_csv", "read_parquet", "read_feather", "read_hdf", "read_json", "read_excel",
            "read_table", "loadtxt", "genfromtxt", "fromfile", "open", "load_npz", "loadmat", "make_csv_dataset"}

_PATH_METHODS = {"write_bytes", "write_text", "read_bytes", "read_text"}
_IMAGE_WRITERS = {"save", "imwrite", "imsave", "save_img", "save_image"}
_FOLDER_READERS = {"image_dataset_from_directory", "text_dataset_from_directory", "audio_dataset_from_directory",
                   "flow_from_directory", "ImageFolder", "DatasetFolder"}


@dataclass(frozen=True)
class ProgramPart:
    """One analysed unit: a file alone, or several files run as one program."""

    files: tuple[CodeFile, ...]
    code: CodeFile
    analysis: CodeAnalysis


def _names_in(node: ast.AST, texts: dict | None = None) -> set[str]:
    """File names an expression names: its string literals, and the whole path when it is spelt out through
    names holding text (``f"{DATA_DIR}/{NAME}_scaled.csv"``)."""
    out = set()
    text = static_text(node, texts.get) if texts is not None and isinstance(node, (ast.JoinedStr, ast.BinOp, ast.Call)) else None
    if text is not None:
        name = re.split(r"[\\/]", text)[-1].strip().lower()
        if "." in name.strip(".") and not name.endswith((".py", ".ipynb")):
            out.add(name)
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            name = re.split(r"[\\/]", sub.value)[-1].strip().lower()
            if "." in name.strip(".") and not name.endswith((".py", ".ipynb")):
                out.add(name)
    return out


@dataclass(frozen=True)
class _FileIO:
    """What one file writes and reads, also through parameters of its functions and its local imports."""

    writes: set
    reads: set
    param_writes: set  # (function name, parameter position or name) whose path argument the function writes
    param_reads: set
    calls: list  # (function name, {parameter position: file names given there literally})
    imports: set  # dotted module names the file imports
    runs: set = field(default_factory=set)  # paths of code files it runs (``%run prep.ipynb``, ``exec(open(...))``)
    constants: dict = field(default_factory=dict)  # variable -> file names it is assigned
    # Path arguments named by a variable this file does not assign (``config.PROCESSED``, an imported name).
    write_ids: set = field(default_factory=set)
    read_ids: set = field(default_factory=set)


_RUN_MAGIC = re.compile(r"^\s*(?:%run|!\s*python3?)\s+(?:-\S+\s+)*[\"']?([^\s\"']+\.(?:py|ipynb))", re.MULTILINE)
# Calls that run the code file they name: exec(open(...).read()) and runpy ...
_RUNNERS = {"exec", "run_path", "run_module"}
# ... and calls of a driver starting scripts as processes (often from a list of script names).
_PROCESS_RUNNERS = {"system", "call", "check_call", "check_output", "Popen", "run"}


_STORE_MAGIC = re.compile(r"^\s*%store\s+(.*)$", re.MULTILINE)


def _notebook_sources(code: CodeFile) -> list[str]:
    """The code cells of a notebook as written (magics included; the parsed cells have them blanked)."""
    if code.kind != "notebook" or not code.raw:
        return []
    try:
        cells = json.loads(code.raw).get("cells", [])
    except (ValueError, AttributeError):
        return []
    return [cell_source(c) for c in cells if isinstance(c, dict) and c.get("cell_type") == "code"]


def _stored(code: CodeFile) -> tuple[set[str], set[str]]:
    """Variables a notebook hands to another through IPython's ``%store x`` / ``%store -r x``."""
    writes: set[str] = set()
    reads: set[str] = set()
    for source in _notebook_sources(code):
        for line in _STORE_MAGIC.findall(source):
            words = line.split("#", 1)[0].split()
            if not words or words[0] in ("-d", "-z"):
                continue
            if words[0] == "-r":
                reads.update(f"%store:{w}" for w in (words[1:] or ["*"]))
            else:
                writes.update(f"%store:{w}" for w in words if not w.startswith("-") and not w.startswith(">"))
    if "%store:*" in reads:
        reads.discard("%store:*")
        reads.add("%store")
    return writes, reads


def _runs(code: CodeFile) -> set[str]:
    """Code files that ``code`` runs before going on: IPython ``%run`` and ``!python prep.py`` (blanked in the
    parsed cells, read from the notebook), ``exec(open("prep.py").read())``, ``runpy.run_path("prep.py")``, and
    ``subprocess.run(["python", "prep.py"])`` / ``os.system("python prep.py")``."""
    out: set[str] = set()
    for source in _notebook_sources(code):
        out.update(_RUN_MAGIC.findall(source))
    for cell in code.parsed:
        named: set[str] = set()
        driver = False
        for node in ast.walk(cell.tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                named.update(w for w in node.value.split() if w.endswith((".py", ".ipynb")))
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name in _RUNNERS:
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                        out.update(w for w in sub.value.split() if w.endswith((".py", ".ipynb")))
            elif name in _PROCESS_RUNNERS and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("subprocess", "os", "sp"):
                driver = True
        if driver:
            out.update(named)
    base = posixpath.dirname(code.path)
    return {posixpath.normpath(posixpath.join(base, p.replace("\\", "/"))) for p in out}


def _loop_texts(code: CodeFile) -> dict[str, list[str]]:
    """Loop variables taking literal texts: ``for name in ["X", "y"]``, ``for name, arr in {"X": X}.items()``."""
    out: dict[str, list[str]] = {}
    for cell in code.parsed:
        for node in ast.walk(cell.tree):
            if not isinstance(node, (ast.For, ast.comprehension)):
                continue
            it, target = node.iter, node.target
            if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr in ("items", "keys") \
                    and isinstance(it.func.value, ast.Dict):
                keys = it.func.value.keys
                target = target.elts[0] if isinstance(target, ast.Tuple) and target.elts else target
            elif isinstance(it, (ast.List, ast.Tuple, ast.Set)):
                keys = it.elts
            else:
                continue
            texts = [k.value for k in keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            if isinstance(target, ast.Name) and texts and len(texts) == len(keys):
                out.setdefault(target.id, []).extend(texts)
    return out


def _choices(node: ast.JoinedStr, loops: dict[str, list[str]]) -> list[dict[str, str]]:
    """One text binding per value of the loop variable an f-string path names (``f"{name}.npy"``)."""
    used = [v.value.id for v in node.values if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name)
            and v.value.id in loops]
    if len(used) != 1:
        return []
    return [{used[0]: text} for text in loops[used[0]]]


def _numpy_suffixed(node: ast.Call, name: str) -> bool:
    """``np.save("data/X_scaled", X)``: numpy adds the suffix, the path names a file, not a folder."""
    func = node.func
    return name in NUMPY_SUFFIXES and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
        and func.value.id in ("np", "numpy")


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


_OPTION = re.compile(r"^--?([A-Za-z][\w-]*)(?:=(.*))?$")


def _cli_values(code: CodeFile) -> dict[str, str]:
    """File names given on the command line of scripts this file runs: ``!python prep.py --out data/x.csv`` in a
    notebook, ``subprocess.run([sys.executable, "prep.py", "--out", "x.csv"])``, ``os.system("python prep.py
    --out x.csv")``: option attribute (``out``) -> file name."""
    commands: list[list[str]] = []
    for source in _notebook_sources(code):
        for line in source.split("\n"):
            if re.match(r"^\s*(?:!|%run\b)", line):
                commands.append(line.strip().lstrip("!").split())
    for cell in code.parsed:
        for node in ast.walk(cell.tree):
            if not isinstance(node, ast.Call) or _call_name(node) not in _PROCESS_RUNNERS | _RUNNERS:
                continue
            for arg in node.args[:1]:
                if isinstance(arg, (ast.List, ast.Tuple)):
                    commands.append([e.value if isinstance(e, ast.Constant) and isinstance(e.value, str) else "?"
                                     for e in arg.elts])
                elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    commands.append(arg.value.split())
    out: dict[str, str] = {}
    for words in commands:
        if not any(w.endswith((".py", ".ipynb")) for w in words):
            continue
        for i, word in enumerate(words):
            m = _OPTION.match(word)
            if not m:
                continue
            value = m.group(2) if m.group(2) is not None else (words[i + 1] if i + 1 < len(words) else "")
            name = re.split(r"[\\/]", value.strip("'\""))[-1].lower()
            if "." in name.strip("."):
                out[m.group(1).replace("-", "_")] = name
    return out


def _file_io(code: CodeFile, cli: dict[str, str] | None = None) -> _FileIO:
    stored, restored = _stored(code)
    io = _FileIO(stored, restored, set(), set(), [], set(), _runs(code))
    constants: dict[str, set[str]] = io.constants
    texts: dict[str, str] = {}  # names assigned a literal text (``DATA_DIR = "data"``), for paths built from them
    # ``params["data"]["processed"]`` of a parsed params.yaml: an entry that other files name alike.
    configs = config_sources([cell.tree for cell in code.parsed], [cell.source for cell in code.parsed])
    params: dict[str, tuple[str, int]] = {}  # parameter name -> (its function, its position)
    for cell in code.parsed:
        for stmt in cell.tree.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
                texts[stmt.targets[0].id] = stmt.value.value
            elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and _path_like(stmt.value) and (text := static_text(stmt.value, texts.get)) is not None:
                texts[stmt.targets[0].id] = text  # ``OUT = Path("data") / "feat"``: a path spelt out
    for cell in code.parsed:
        for node in ast.walk(cell.tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                found = _names_in(node.value, texts)
                entry = config_key(node.value, configs) if configs else None
                if found or entry:
                    constants[node.targets[0].id] = found | ({entry} if entry else set())
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Attribute):
                # ``self.out_path = out_path``: the attribute holds what the value names.
                value = node.value
                found = _names_in(value) | (constants.get(value.id, set()) if isinstance(value, ast.Name) else set())
                if found:
                    constants[node.targets[0].attr] = found
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                positional = [*node.args.posonlyargs, *node.args.args]
                for i, a in enumerate(positional):
                    params.setdefault(a.arg, (node.name, i))
                # A parameter defaulting to a file name (``def __init__(self, out_path="data/x.parquet")``).
                for a, default in zip(positional[len(positional) - len(node.args.defaults):], node.args.defaults):
                    found = _names_in(default)
                    if found:
                        constants[a.arg] = found
            elif isinstance(node, ast.Import):
                io.imports.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                io.imports.add(node.module)
                io.imports.update(f"{node.module}.{a.name}" for a in node.names)
    # ``args.out`` -> its default file name, or the one another file passes on the command line
    options = {**option_paths([cell.tree for cell in code.parsed]), **(cli or {})}
    loops = _loop_texts(code)

    def receiver_names(path: ast.expr) -> set[str]:
        """The file names a pathlib method's receiver stands for (``(OUT / "x.pkl").open("wb")``,
        ``Path(out).write_bytes(...)``): spelt out, or held by a constant or an attribute."""
        return _names_in(path, texts) | constants.get(getattr(path, "id", None), set()) | \
            constants.get(getattr(path, "attr", None), set())

    for cell in code.parsed:
        for node in ast.walk(cell.tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            given = {i: _names_in(a, texts) | constants.get(getattr(a, "id", None), set()) | (
                {options[a.attr]} if isinstance(a, ast.Attribute) and a.attr in options else set())
                for i, a in enumerate(node.args)}
            given.update({k.arg: _names_in(k.value) for k in node.keywords if k.arg})
            given = {k: v for k, v in given.items() if v}
            if given:
                io.calls.append((name, given))
            args = [*node.args, *(k.value for k in node.keywords)]
            names = set().union(*(_names_in(a, texts) for a in args),
                                *(_names_in(a, {**texts, **choice}) for a in args if isinstance(a, ast.JoinedStr)
                                  for choice in _choices(a, loops)),
                                *(constants.get(a.id, set()) for a in args if isinstance(a, ast.Name)),
                                *(constants.get(a.attr, set()) for a in args if isinstance(a, ast.Attribute)),
                                *({options[a.id]} for a in args if isinstance(a, ast.Name) and a.id in options),
                                *({k} for a in args if configs and (k := config_key(a, configs)) is not None),
                                *({options[a.attr]} for a in args
                                  if isinstance(a, ast.Attribute) and a.attr in options),
                                *({k} for a in args if (k := helper_path_key(a)) is not None),
                                *({k} for a in args if (k := env_key(a)) is not None))
            # A path given as a parameter (``def build(path_out): df.to_parquet(path_out)``): the file is the one
            # named where the function is called, here or in a file that imports it.
            # The parameter by position and by name (a call may pass it either way).
            through = {ref for a in args if isinstance(a, ast.Name) and a.id in params
                       for ref in (params[a.id], (params[a.id][0], a.id))}
            # ``config.PATHS["raw"]``: a key of a constant of another file (a dict of paths).
            keyed = [a.value for a in args if isinstance(a, ast.Subscript)]
            ids = {a.id for a in args + keyed if isinstance(a, ast.Name) and a.id not in constants
                   and a.id not in params} | {a.attr for a in args + keyed if isinstance(a, ast.Attribute)
                                              and isinstance(a.value, ast.Name)}
            if name == "open" and isinstance(node.func, ast.Attribute) and (not node.args or _open_mode(node.args[0])):
                # ``(OUT / "x.pkl").open("wb")``: pathlib's open takes the mode first; the path is the receiver.
                names = receiver_names(node.func.value)
                mode = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "mode"), None)
                writing = isinstance(mode, ast.Constant) and any(c in mode.value for c in "wax")
                (io.writes if writing else io.reads).update(names)
            elif name == "open" or name in K.FILE_CONTAINERS:
                mode = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "mode"), None)
                writing = isinstance(mode, ast.Constant) and isinstance(mode.value, str) and \
                    any(c in mode.value for c in "wax")
                if name == "HDFStore" and mode is None:  # opened for appending by default: both
                    io.writes.update(names)
                (io.writes if writing else io.reads).update(names)
                (io.param_writes if writing else io.param_reads).update(through)
                (io.write_ids if writing else io.read_ids).update(ids)
            elif name == "to_sql" and node.args:
                # ``df.to_sql("features", conn)`` / ``pd.read_sql("SELECT ... FROM features", conn)``: a table.
                io.writes.update(f"table:{t}" for t in sql_tables(node.args[0], texts.get))
            elif name in ("read_sql", "read_sql_query", "read_sql_table") and node.args:
                io.reads.update(f"table:{t}" for t in sql_tables(node.args[0], texts.get))
            elif (name in ("save_to_disk", "load_from_disk") or name in _WRITERS or name in _READERS
                  or name.startswith(("read_", "load_"))) and not names \
                    and (folder := next((a for a in node.args[:2 if name == "save_model" else 1]
                                         if _is_folder(a, texts.get)), None)) is not None \
                    and not _numpy_suffixed(node, name):
                # A dataset saved to a folder and read from it (Hugging Face ``save_to_disk``/``load_from_disk``,
                # tf.data ``ds.save(dir)``/``Dataset.load(dir)``, a partitioned ``to_parquet(dir)``/``read_parquet``,
                # ``mlflow.sklearn.save_model(model, dir)``/``load_model(dir)``).
                writing = name == "save_to_disk" or (name in _WRITERS and name != "load")
                (io.writes if writing else io.reads).add(directory_key(folder, texts.get))
            elif name in _IMAGE_WRITERS and not names and any(leading_folder(a, texts.get) for a in args):
                # Images written one by one into a folder (``img.save(os.path.join(OUT, label, name))``).
                io.writes.update(k for a in args if (k := leading_folder(a, texts.get)))
            elif name in _FOLDER_READERS and args and _is_folder(args[0], texts.get):
                io.reads.add(directory_key(args[0], texts.get))  # ``image_dataset_from_directory(OUT, ...)``
            elif name in _PATH_METHODS and isinstance(node.func, ast.Attribute):
                # ``Path(out).write_bytes(pickle.dumps(obj))`` / ``path.read_bytes()``: the path is the receiver.
                named = receiver_names(node.func.value)
                (io.writes if name.startswith("write") else io.reads).update(named)
            elif name in ("glob", "iglob", "listdir", "scandir") and node.args \
                    and (key := glob_folder(node.args[0], texts.get)) is not None:
                io.reads.add(key)  # ``glob.glob("prepared/*.parquet")``: the files written into that folder
            elif name in ("glob", "rglob", "iterdir") and isinstance(node.func, ast.Attribute) \
                    and (key := glob_folder(node.func.value, texts.get)) is not None:
                io.reads.add(key)
            elif spark_io(node) is not None or name in ("TFRecordWriter", "TFRecordDataset", "TextLineDataset"):
                # Spark ``df.write.parquet(path)`` / ``spark.read.parquet(path)``; tf.data record files.
                writing = spark_io(node) == "write" or name == "TFRecordWriter"
                (io.writes if writing else io.reads).update(names)
            elif name in _WRITERS:
                if not names:  # ``part.to_parquet(f"prepared/day={day}.parquet")``: a file named at run time
                    io.writes.update(k for a in args if (k := leading_folder(a, texts.get)) is not None)
                io.writes.update(names)
                if name in NUMPY_SUFFIXES and node.args and not names and isinstance(node.func, ast.Attribute) \
                        and isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy"):
                    # ``np.save("data/X_scaled", X)``: numpy adds the suffix.
                    io.writes.update(n for n in [suffixed_name(node.args[0], texts.get, NUMPY_SUFFIXES[name])] if n)
                io.param_writes.update(through)
                io.write_ids.update(ids)
            elif name in _READERS or name.startswith(("read_", "load_", "scan_")):
                io.reads.update(names)
                io.param_reads.update(through)
                io.read_ids.update(ids)
    return io


def hand_offs(code: CodeFile) -> tuple[set[str], set[str]]:
    """File names the code writes and file names it reads (names in save and load calls, given literally, through
    a variable assigned a literal, ``OUT = "features.npy"``, or as the argument of a function of the file that
    saves or loads its parameter)."""
    io = _file_io(code)
    _through_calls([io], [io])
    return io.writes, io.reads


def _through_calls(callers: list[_FileIO], defining: list[_FileIO]) -> None:
    """Add the file names that calls pass to functions saving or loading their path parameter."""
    param_writes = set().union(*(d.param_writes for d in defining))
    param_reads = set().union(*(d.param_reads for d in defining))
    for io in callers:
        for name, given in io.calls:
            for key, names in given.items():  # key: the argument's position or keyword
                if (name, key) in param_writes:
                    io.writes.update(names)
                if (name, key) in param_reads:
                    io.reads.update(names)


def analyse_code_files(files: dict[str, str]) -> list[ProgramPart]:
    """Analyse every file; files linked by hand-offs or local imports are analysed together, writers and imported
    modules first."""
    codes = [load_code_file(path, text) for path, text in sorted(files.items())]
    cli: dict[str, str] = {}
    for c in codes:
        cli.update(_cli_values(c))
    io = [_file_io(c, cli) for c in codes]
    _through_calls(io, io)
    modules = [module_names(c.path) for c in codes]
    for j, b in enumerate(io):
        # Paths named by constants of a module the file imports (``config.PROCESSED``, ``from settings import
        # OUT``): the file names that module assigns them.
        for i, a in enumerate(io):
            if i != j and modules[i] & b.imports:
                for ident in b.write_ids:
                    b.writes.update(a.constants.get(ident, ()))
                for ident in b.read_ids:
                    b.reads.update(a.constants.get(ident, ()))
    parent = list(range(len(codes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    feeds: dict[int, set[int]] = {i: set() for i in range(len(codes))}
    for i, a in enumerate(io):
        for j, b in enumerate(io):
            # i writes what j reads, j imports module i, or j runs file i: i runs first.
            restores_all = "%store" in b.reads and any(w.startswith("%store:") for w in a.writes)
            if i != j and (a.writes & b.reads or modules[i] & b.imports or codes[i].path in b.runs or restores_all):
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
        program = load_program([codes[i] for i in ordered], tuple(sorted(cli.items())))
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
