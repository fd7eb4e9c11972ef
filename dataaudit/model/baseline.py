"""Baselines: a JSON file of known finding fingerprints. Known findings are accepted; new ones fail."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from dataaudit.errors import ConfigError
from dataaudit.model.findings import Finding

__all__ = ["load_baseline", "write_baseline", "BASELINE_VERSION"]

BASELINE_VERSION = 1


def load_baseline(path: str | os.PathLike[str]) -> set[str]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Baseline file {p} does not exist; create it with --write-baseline {p}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"Baseline file {p} is not valid JSON ({exc}); recreate it with --write-baseline.") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(f"Baseline file {p} has no 'findings' list; recreate it with --write-baseline.")
    prints: set[str] = set()
    for entry in entries:
        fp = entry.get("fingerprint") if isinstance(entry, dict) else entry
        if not isinstance(fp, str):
            raise ConfigError(f"Baseline file {p} holds an entry without a fingerprint: {entry!r}.")
        prints.add(fp)
    return prints


def write_baseline(path: str | os.PathLike[str], findings: Iterable[Finding]) -> int:
    """Write the fingerprints (with code and message, for people reading the file); return the count."""
    entries = sorted(
        ({"fingerprint": f.fingerprint, "code": f.code, "message": f.message} for f in findings),
        key=lambda e: (e["code"], e["fingerprint"]),
    )
    unique = list({e["fingerprint"]: e for e in entries}.values())
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps({"version": BASELINE_VERSION, "findings": unique}, indent=2) + "\n", encoding="utf-8")
    return len(unique)
