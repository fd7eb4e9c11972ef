"""Settings from ``[tool.dataaudit]`` in a pyproject.toml (the CLI reads it; the Python API only when asked).

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

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["find_pyproject", "load_config", "PATH_SETTINGS"]

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
    from .api import CORE_PARAMETERS

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
