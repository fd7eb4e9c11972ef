"""The options of :func:`dataaudit.audit`: the core parameters, per-auditor tables, pyproject.toml settings.

Settings from ``[tool.dataaudit]`` in a pyproject.toml are read by the CLI, and by the
Python API only when asked (``config=True`` or a path).

Example::

    [tool.dataaudit]
    fail-on = "error"
    select = ["DA"]
    ignore = ["DA008"]
    baseline = "dataaudit-baseline.json"   # relative to this pyproject.toml
    validation-split = 0.2
    seed = 123

    [tool.dataaudit.split-aliases]
    holdout = "test"

    [tool.dataaudit.integrity]           # parameters of one auditor
    min_side = 24
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from collections.abc import Mapping

from dataaudit.errors import ConfigError, ParameterError
from dataaudit.model.report import FAIL_ON_CHOICES
from dataaudit.params import Boolean, InstanceOf, Interval, MappingOf, NoneValue, Options, PathLike, StrList
from dataaudit.scan.store import DEFAULT_CHUNK_SIZE
from dataaudit.sources.registry import DEFAULT_MAX_SAMPLES
from dataaudit.safety import DEFAULT_MAX_IMAGE_BYTES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["CORE_PARAMETERS", "CORE_DEFAULTS", "split_options", "merge_config", "find_pyproject", "load_config",
           "PATH_SETTINGS"]

#: The core keyword arguments of :func:`audit` with what each accepts.
CORE_PARAMETERS: dict[str, list] = {
    "select": [StrList(), NoneValue()],
    "ignore": [StrList(), NoneValue()],
    "fail_on": [Options(FAIL_ON_CHOICES)],
    "baseline": [PathLike(), NoneValue()],
    "cache": [Boolean(), PathLike()],
    "jobs": [Interval(int, 1, None), NoneValue()],
    "chunk_size": [Interval(int, 1, None)],
    "max_image_bytes": [Interval(int, 1, None)],
    "progress": [Boolean(), NoneValue()],
    "validation_split": [Interval(float, 0, 1, closed="neither"), NoneValue()],
    "seed": [Interval(int, 0, 2**32 - 1), NoneValue()],
    "split_aliases": [MappingOf(Options(("train", "val", "test"))), NoneValue()],
    "path_column": [InstanceOf(str, label="a column name"), NoneValue()],
    "label_column": [InstanceOf(str, label="a column name"), StrList(), NoneValue()],
    "split_column": [InstanceOf(str, label="a column name"), NoneValue()],
    "group_column": [InstanceOf(str, label="a column name"), NoneValue()],
    "group_pattern": [InstanceOf(str, label="a regular expression"), NoneValue()],
    "image_column": [InstanceOf(str, label="a column name"), NoneValue()],
    "max_samples": [Interval(int, 1, None)],
    "allow_outside_root": [Boolean()],
    "trust_pickles": [Boolean()],
    "code": [StrList(), PathLike(), NoneValue()],
    "config": [PathLike(), Boolean(), NoneValue()],
    "storage_options": [InstanceOf(Mapping, label="a dict of fsspec options"), NoneValue()],
    "client": [InstanceOf(object, label="a dask.distributed.Client"), NoneValue()],
    "work_dir": [PathLike(), NoneValue()],
}

CORE_DEFAULTS: dict[str, Any] = {
    "select": None, "ignore": None, "fail_on": "error", "baseline": None, "cache": True, "jobs": None,
    "chunk_size": DEFAULT_CHUNK_SIZE, "max_image_bytes": DEFAULT_MAX_IMAGE_BYTES,
    "progress": None, "validation_split": None, "seed": None, "split_aliases": None, "path_column": None,
    "label_column": None, "split_column": None, "allow_outside_root": False, "code": None, "config": None,
    "trust_pickles": False, "group_column": None, "group_pattern": None, "image_column": None,
    "max_samples": DEFAULT_MAX_SAMPLES,
    "storage_options": None, "client": None, "work_dir": None,
}


def split_options(kwargs: Mapping[str, Any], auditor_names: set[str]) -> tuple[dict[str, Any], dict[str, dict]]:
    core: dict[str, Any] = {}
    per_auditor: dict[str, dict] = {}
    for key, value in kwargs.items():
        if key in auditor_names:
            if not isinstance(value, Mapping):
                raise ParameterError(
                    f"The {key!r} parameter of audit() must be a dict of the {key!r} auditor's parameters; got {value!r}."
                )
            per_auditor[key] = dict(value)
        elif key in CORE_PARAMETERS:
            core[key] = value
        else:
            valid = ", ".join(sorted(CORE_PARAMETERS))
            raise ParameterError(
                f"audit() got an unknown parameter {key!r}; valid parameters are: {valid}, "
                f"and one dict per auditor ({', '.join(sorted(auditor_names))})."
            )
    return core, per_auditor


def merge_config(kwargs: dict[str, Any], auditor_names: set[str]) -> dict[str, Any]:
    """Settings from a pyproject.toml, overridden by explicit keyword arguments."""
    config = kwargs.get("config")
    if config in (None, False):
        return kwargs
    path = find_pyproject() if config is True else Path(config)
    if path is None:
        return kwargs
    merged = load_config(path, auditor_names)
    for key, value in kwargs.items():
        if key in auditor_names and key in merged:
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    merged["config"] = str(path)
    return merged


#: Settings whose values are paths, resolved against the pyproject.toml's folder.
PATH_SETTINGS = ("baseline", "cache", "code")


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml with a ``[tool.dataaudit]`` table, walking up from ``start`` (cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "dataaudit" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: str | os.PathLike[str], auditor_names: set[str]) -> dict[str, Any]:
    """Read ``[tool.dataaudit]`` as keyword arguments of :func:`dataaudit.audit`."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Config file {p} does not exist.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Cannot read {p}: {exc}.") from None
    table = data.get("tool", {}).get("dataaudit", {})
    if not isinstance(table, dict):
        raise ConfigError(f"[tool.dataaudit] in {p} must be a table.")
    out: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key in auditor_names:
            if not isinstance(value, dict):
                raise ConfigError(f"[tool.dataaudit.{raw_key}] in {p} must be a table of that auditor's parameters.")
            out[key] = dict(value)
            continue
        if key not in CORE_PARAMETERS or key in ("progress", "config"):
            valid = sorted(k.replace("_", "-") for k in CORE_PARAMETERS if k not in ("progress", "config"))
            raise ConfigError(
                f"Unknown setting {raw_key!r} in [tool.dataaudit] of {p}; valid settings are "
                f"{', '.join(valid)} and auditor tables ({', '.join(sorted(auditor_names))})."
            )
        if key in PATH_SETTINGS and value not in (True, False, None):
            if key == "code":
                values = value if isinstance(value, list) else [value]
                value = [str((p.parent / v).resolve()) if isinstance(v, str) else v for v in values]
            elif isinstance(value, str):
                value = str((p.parent / value).resolve())
        out[key] = value
    return out
