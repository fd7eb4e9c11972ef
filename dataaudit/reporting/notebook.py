"""The report in a notebook: tables of images and duplicate pairs, rich display, a browser view.

:class:`~dataaudit.Report` exposes these as ``report.images()``, ``report.pairs()``,
``report.show()`` and ``report._repr_html_()`` (what Jupyter displays); they live here so
that the report model stays small and pandas is imported only when a table is asked for.
"""

from __future__ import annotations

import html
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataaudit.errors import ParameterError

if TYPE_CHECKING:
    import pandas as pd

    from dataaudit.model.report import Report

__all__ = ["images_frame", "pairs_frame", "notebook_html", "show", "open_in_browser"]

PAIR_COLUMNS = ["code", "severity", "original", "copy", "original_split", "copy_split", "original_label",
                "copy_label", "kind", "similarity", "edit", "edits", "fingerprint"]


def images_frame(report: Report) -> pd.DataFrame:
    """One row per image of the scan: where it is, its size and format, its per-image scores, and one
    boolean column per rule code that names it (``DA006`` True: a finding of DA006 points at it)."""
    import numpy as np
    import pandas as pd

    table = report.table
    if table is None:
        raise ParameterError("This report carries no scan table (it was built by hand or read from JSON); "
                             "report.images() needs the Report that dataaudit.audit() returned.")
    meta = table.meta
    wanted = ["relpath", "split", "label", "width", "height", "mode", "format", "bytes", "error_kind"]
    frame = meta[[c for c in wanted if c in meta.columns]].rename(columns={"relpath": "path"}).copy()
    frame = frame.reset_index(drop=True)
    # Per-image scores: the scan's one-number features (e.g. detail32, the sharpness the variety auditor reads).
    for name in sorted(table.features):
        try:
            values = table.features[name]
        except Exception:  # a feature kept on disk that cannot be read back: leave the column out
            continue
        if getattr(values, "ndim", 0) == 1 and np.issubdtype(values.dtype, np.number) and len(values) == len(frame):
            frame[name] = np.asarray(values, dtype=float)
    codes: dict[str, set[str]] = defaultdict(set)
    for finding in report.findings:
        for loc in finding.locations:
            codes[loc.path].add(finding.code)
        for pair in finding.evidence.get("pairs", ()) if isinstance(finding.evidence, Mapping) else ():
            if isinstance(pair, Mapping):
                for key in ("original", "copy"):
                    if isinstance(pair.get(key), str):
                        codes[pair[key]].add(finding.code)
        for path in _affected(finding):
            codes[path].add(finding.code)
    paths = frame["path"].astype(str).tolist()
    for code in sorted({c for found in codes.values() for c in found}):
        frame[code] = [code in codes.get(p, ()) for p in paths]
    frame["codes"] = [sorted(codes.get(p, ())) for p in paths]
    return frame


def _affected(finding: Any) -> list[str]:
    """The images a dataset-level (aggregated) finding affects, from its ``affected`` evidence table."""
    rows = finding.evidence.get("affected") if isinstance(finding.evidence, Mapping) else None
    if not isinstance(rows, (list, tuple)):
        return []
    return [r["path"] if isinstance(r, Mapping) else r for r in rows
            if isinstance(r, str) or (isinstance(r, Mapping) and isinstance(r.get("path"), str))]


def pairs_frame(report: Report) -> pd.DataFrame:
    """One row per duplicate pair the leakage auditor named (DA101-DA103 ``evidence["pairs"]``)."""
    import pandas as pd

    rows = []
    for finding in report.findings:
        pairs = finding.evidence.get("pairs") if isinstance(finding.evidence, Mapping) else None
        for pair in pairs if isinstance(pairs, (list, tuple)) else ():
            if not isinstance(pair, Mapping):
                continue
            row = {key: pair.get(key) for key in PAIR_COLUMNS}
            row.update(code=finding.code, severity=str(finding.severity), fingerprint=finding.fingerprint)
            rows.append(row)
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def notebook_html(report: Report, height: int = 640, **options: Any) -> str:
    """The HTML report for a notebook cell: the full page in a sandboxed ``<iframe srcdoc>``, so its
    styles and script stay inside it and it works the same in Jupyter, VS Code and Colab."""
    from dataaudit.reporting.html import render_html

    options.setdefault("thumb_budget", 120)
    options.setdefault("max_findings_per_rule", 100)
    page = render_html(report, **options)
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts allow-popups" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #e3e6eb;border-radius:8px" '
            f'title="dataaudit report"></iframe>')


def show(report: Report, **options: Any) -> str | None:
    """Display the report: rich HTML in Jupyter; elsewhere a browser tab when one can open (a desktop
    session), else the text summary on stdout. Returns the HTML file's path when one was written."""
    if _in_notebook():
        from IPython.display import HTML, display

        display(HTML(notebook_html(report, **options)))
        return None
    if _browser_available():
        from dataaudit.reporting.side_files import write_report

        folder = Path(tempfile.mkdtemp(prefix="dataaudit-report-"))
        path = write_report(report, "html", folder / "report.html", **options)[0]
        if open_in_browser(path):
            return str(path)
    print(report.to_text(color=_stdout_is_terminal()))
    return None


def open_in_browser(path: str | os.PathLike[str]) -> bool:
    """Open a local file in a graphical browser; False (and nothing opened) without a desktop session.

    A text browser (lynx, w3m) would take over the terminal, so Linux needs a display.
    """
    if not _browser_available():
        return False
    import webbrowser

    try:
        return bool(webbrowser.open(Path(path).resolve().as_uri()))
    except webbrowser.Error:
        return False


def _browser_available() -> bool:
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _stdout_is_terminal() -> bool:
    try:
        return bool(sys.stdout.isatty())
    except (AttributeError, ValueError):
        return False


def _in_notebook() -> bool:
    from dataaudit.progress import _in_jupyter

    return _in_jupyter()
