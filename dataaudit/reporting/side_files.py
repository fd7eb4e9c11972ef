"""Large fix files (re-split manifests, generated code) beside a written report instead of inside it.

A report written to a file (``dataaudit check --output FILE``, :meth:`Report.write`) keeps a
fix's files (and its ``code``) up to :data:`INLINE_LIMIT` bytes inline; a larger one is written once into the
folder ``<FILE without suffix>.files/`` next to the report and the report holds a reference
``{"side_file": "<folder>/<name>", "bytes": n, "sha256": hex}`` in its place (schema version 2,
docs/json-schema.md). A report returned as a string (:meth:`Report.to_json`, ``--format json``
on stdout) has nowhere to put a second file, so it keeps everything inline.

Identical contents (the same ``augmentation.py`` offered by two findings) share one side file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataaudit.model.report import Report

__all__ = ["INLINE_LIMIT", "SideFiles", "side_folder_for", "write_report"]

#: Fix files larger than this many bytes (UTF-8) go to a side file when the report is written to a file.
INLINE_LIMIT = 4096


def side_folder_for(report_path: str | Path) -> Path:
    """The side-file folder of a report file: ``out/report.json`` -> ``out/report.files``."""
    path = Path(report_path)
    return path.with_name(path.stem + ".files")


@dataclass
class SideFiles:
    """The side files a report refers to, collected while it is rendered; :meth:`write` stores them.

    ``folder`` is the folder's name as the report refers to it (relative to the report file).
    """

    folder: str
    limit: int = INLINE_LIMIT
    contents: dict[str, str] = field(default_factory=dict)  # relative path -> text
    _by_digest: dict[str, str] = field(default_factory=dict)

    def keep(self, name: str, text: str) -> dict[str, Any] | None:
        """A reference to ``text`` stored as a side file, or None when it is small enough to stay inline."""
        data = text.encode("utf-8")
        if len(data) <= self.limit:
            return None
        digest = hashlib.sha256(data).hexdigest()
        relative = self._by_digest.get(digest)
        if relative is None:
            safe = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(str(name)).name).lstrip(".") or "file"
            relative = f"{self.folder}/{safe}"
            stem, suffix, k = Path(safe).stem, Path(safe).suffix, 2
            while relative in self.contents:
                relative = f"{self.folder}/{stem}-{k}{suffix}"
                k += 1
            self.contents[relative] = text
            self._by_digest[digest] = relative
        return {"side_file": relative, "bytes": len(data), "sha256": digest}

    def externalize(self, report: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of a report's JSON form (:meth:`Report.to_dict`) with large fix files replaced by references."""
        out = dict(report)
        for key in ("findings", "baselined"):
            out[key] = [self._finding(f) for f in report.get(key, [])]
        return out

    def _finding(self, finding: Mapping[str, Any]) -> Mapping[str, Any]:
        fix = finding.get("fix")
        payload = fix.get("payload") if isinstance(fix, Mapping) else None
        if not isinstance(payload, Mapping):
            return finding
        changed = dict(payload)
        files = payload.get("files")
        if isinstance(files, Mapping) and files:
            kept = {}
            for name, text in files.items():
                ref = self.keep(str(name), text) if isinstance(text, str) else None
                kept[name] = text if ref is None else ref
            changed["files"] = kept
        code = payload.get("code")
        if isinstance(code, str):
            # Usually the same text as one of the files (augmentation.py): then it shares that side file.
            ref = self.keep("code.py", code)
            if ref is not None:
                changed["code"] = ref
        if changed == payload:
            return finding
        return {**finding, "fix": {**fix, "payload": changed}}

    def write(self, base: str | Path) -> list[Path]:
        """Write the side files under ``base`` (the report's folder); returns their paths."""
        written = []
        for relative, text in self.contents.items():
            path = Path(base) / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
        return written


def write_report(report: Report, fmt: str, path: str | Path, *, color: bool = False, **options: Any) -> list[Path]:
    """Write ``report`` in format ``fmt`` to ``path``; JSON and HTML put large fix files in side files
    (``<path stem>.files/``). Returns the report's path, then the side files' paths.

    ``options`` go to the HTML renderer (e.g. ``images=`` for array sources).
    """
    from dataaudit.reporting.formats import render

    # Never into the audited dataset, never through a link or onto a special file (see dataaudit.safety).
    target = report.boundary.check(path, "the report")
    side = SideFiles(folder=side_folder_for(target).name)
    if fmt == "json":
        text = json.dumps(side.externalize(report.to_dict()), indent=2)
    elif fmt == "html":
        from dataaudit.reporting.html import render_html

        text = render_html(report, side_files=side, **options)
    else:
        text = render(report, fmt, color=color)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    if side.contents:
        report.boundary.check(side_folder_for(target), "the report's side files", folder=True)
    return [target, *side.write(target.parent)]
