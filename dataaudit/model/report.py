"""The audit report: findings, dataset summary, auditor runs, configuration; and its renderings."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataaudit._version import __version__
from dataaudit.errors import AuditFailed, ParameterError
from dataaudit.model.findings import Finding, Severity, to_jsonable
from dataaudit.model.safe_text import escape_undecodable, json_safe, markdown_code, markdown_text, visible
from dataaudit.safety import WriteBoundary

if TYPE_CHECKING:
    import pandas as pd

    from dataaudit.engine.runner import AuditorRun
    from dataaudit.scan.table import FeatureTable

__all__ = ["Report", "SCHEMA_VERSION", "FAIL_ON_CHOICES", "severity_threshold"]

#: Version of the JSON form (``docs/json-schema.md``). Bumped only on incompatible changes.
SCHEMA_VERSION = 2  # 2: a report written to a file may keep large fix files in side files (docs/json-schema.md)
FAIL_ON_CHOICES = ("error", "warning", "info", "never")


def severity_threshold(fail_on: str) -> Severity | None:
    """The lowest severity that fails the gate, or None for ``"never"``."""
    value = str(fail_on).strip().lower()
    if value not in FAIL_ON_CHOICES:
        raise ParameterError(f"fail_on must be one of {', '.join(FAIL_ON_CHOICES)}; got {fail_on!r}.")
    return None if value == "never" else Severity.parse(value)


#: Source kinds whose root folder holds more than the dataset (a manifest's folder, the working directory).
_ROOT_NOT_ALL_DATA = frozenset({"manifest", "dataframe"})


class Report:
    """The result of :func:`dataaudit.audit`.

    ``findings`` are the findings that count (selected and not in the
    baseline), most severe first; ``baselined`` the known ones a baseline
    accepted. ``table`` is the shared scan, for further analysis in Python (it
    is not part of the JSON form).
    """

    def __init__(
        self,
        *,
        findings: Iterable[Finding],
        baselined: Iterable[Finding] = (),
        summary: Mapping[str, Any],
        auditors: Iterable[AuditorRun] = (),
        scan: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        source: Mapping[str, Any] | None = None,
        fail_on: str = "error",
        table: FeatureTable | None = None,
        boundary: WriteBoundary | None = None,
    ):
        order = lambda f: (-int(f.severity), f.code, f.locations[0].path if f.locations else "", f.message)  # noqa: E731
        self.findings: tuple[Finding, ...] = tuple(sorted(findings, key=order))
        self.baselined: tuple[Finding, ...] = tuple(sorted(baselined, key=order))
        self.summary = dict(summary)
        self.auditors = tuple(auditors)
        self.scan = dict(scan or {})
        self.config = dict(config or {})
        self.source = dict(source or {})
        severity_threshold(fail_on)
        self.fail_on = fail_on
        self.table = table
        #: The audited dataset's locations, which write_fixes (and the CLI's outputs) never write into.
        self.boundary = boundary if boundary is not None else WriteBoundary.of(
            [self.source["root"]] if self.source.get("root") and self.source.get("kind") not in _ROOT_NOT_ALL_DATA
            else [])
        self.version = __version__
        self.schema_version = SCHEMA_VERSION

    # -- the gate ---------------------------------------------------------------------------------

    def blocking_findings(self, fail_on: str | None = None) -> list[Finding]:
        threshold = severity_threshold(fail_on or self.fail_on)
        if threshold is None:
            return []
        return [f for f in self.findings if f.severity >= threshold]

    def passed(self, fail_on: str | None = None) -> bool:
        """True when no finding at or above ``fail_on`` (default: the audit's) remains."""
        return not self.blocking_findings(fail_on)

    def raise_for_findings(self, fail_on: str | None = None) -> Report:
        """Raise :class:`AuditFailed` (carrying this report) if the gate fails; else return self."""
        fail_on = fail_on or self.fail_on
        if not self.passed(fail_on):
            raise AuditFailed(self, fail_on)
        return self

    def counts(self) -> dict[str, int]:
        c = Counter(str(f.severity) for f in self.findings)
        return {"error": c.get("error", 0), "warning": c.get("warning", 0), "info": c.get("info", 0)}

    def by_code(self, code_prefix: str) -> list[Finding]:
        return [f for f in self.findings if f.code.startswith(code_prefix)]

    # -- machine-readable forms -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        # json_safe: a non-UTF-8 file name is written "\xNN" in strings (its bytes are in locations' path_bytes).
        return json_safe({
            "schema_version": self.schema_version,
            "tool": {"name": "dataaudit", "version": self.version},
            "source": to_jsonable(self.source),
            "passed": self.passed(),
            "fail_on": self.fail_on,
            "counts": self.counts(),
            "summary": to_jsonable(self.summary),
            "findings": [f.to_dict() for f in self.findings],
            "baselined": [f.to_dict() for f in self.baselined],
            "auditors": [a.to_dict() for a in self.auditors],
            "scan": to_jsonable(self.scan),
            "config": to_jsonable(self.config),
        })

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, sort_keys=False)

    def to_frame(self) -> pd.DataFrame:
        """One row per finding (pandas)."""
        import pandas as pd

        rows = []
        for f in self.findings:
            rows.append({
                "code": f.code,
                "slug": f.slug,
                "severity": str(f.severity),
                "message": escape_undecodable(f.message),  # pandas' string columns hold UTF-8 only
                "n_locations": len(f.locations),
                "paths": [loc.path for loc in f.locations],
                "splits": sorted({loc.split for loc in f.locations if loc.split}),
                "labels": sorted({loc.label for loc in f.locations if loc.label}),
                "fix_kind": f.fix.kind if f.fix else None,
                "fingerprint": f.fingerprint,
                "evidence": to_jsonable(f.evidence),
            })
        columns = ["code", "slug", "severity", "message", "n_locations", "paths", "splits", "labels",
                   "fix_kind", "fingerprint", "evidence"]
        return pd.DataFrame(rows, columns=columns)

    # -- files, notebooks, browsers (dataaudit/reporting/notebook.py, side_files.py) --------------

    def write(self, path: str | os.PathLike[str], format: str | None = None, **options: Any) -> list[Path]:
        """Write the report to ``path`` (format from ``format`` or the suffix: .json, .html, .md, .sarif,
        .xml for JUnit, else text). JSON and HTML keep fix files over 4 KB (re-split manifests) in
        ``<path stem>.files/`` beside it, referenced from the report. Returns every path written."""
        from dataaudit.reporting.side_files import write_report

        suffixes = {".json": "json", ".html": "html", ".htm": "html", ".md": "markdown", ".sarif": "sarif",
                    ".xml": "junit"}
        fmt = format or suffixes.get(Path(path).suffix.lower(), "text")
        return write_report(self, fmt, path, **options)

    def to_html(self, **options: Any) -> str:
        """The HTML report as one self-contained string (options: see ``render_html``)."""
        from dataaudit.reporting.html import render_html

        return render_html(self, **options)

    def _repr_html_(self) -> str:
        from dataaudit.reporting.notebook import notebook_html

        return notebook_html(self)

    def show(self, **options: Any) -> str | None:
        """Display the HTML report in Jupyter; elsewhere open it in a browser, or print the summary."""
        from dataaudit.reporting.notebook import show

        return show(self, **options)

    def images(self) -> pd.DataFrame:
        """One row per image: path, split, label, size, format, per-image scores, a column per rule that names it."""
        from dataaudit.reporting.notebook import images_frame

        return images_frame(self)

    def pairs(self) -> pd.DataFrame:
        """One row per duplicate pair: the two files, their splits and labels, similarity and the edit."""
        from dataaudit.reporting.notebook import pairs_frame

        return pairs_frame(self)

    # -- human-readable forms ---------------------------------------------------------------------

    def _headline(self) -> str:
        c = self.counts()
        state = "PASSED" if self.passed() else "FAILED"
        gate = "never fails" if self.fail_on == "never" else f"fails on {self.fail_on}"
        extra = f", {len(self.baselined)} baselined" if self.baselined else ""
        return (f"{c['error']} error(s), {c['warning']} warning(s), {c['info']} info{extra}. "
                f"Gate ({gate}): {state}")

    def _dataset_line(self) -> str:
        splits = self.summary.get("splits", {})
        parts = [f"{visible(name)} {info['n']:,}" for name, info in splits.items()]
        classes = sorted({c for info in splits.values() for c in info.get("classes", {})})
        text = f"{self.summary.get('n_samples', 0):,} samples"
        if parts:
            text += " (" + " / ".join(parts) + ")"
        if classes:
            text += f", {len(classes)} classes"
        return text

    def to_text(self, *, color: bool = False, max_per_code: int = 8, verbose: bool = False) -> str:
        """The terminal summary: findings grouped by code, most severe first."""
        def paint(text: str, severity: Severity) -> str:
            if not color:
                return text
            code = {Severity.ERROR: "31;1", Severity.WARNING: "33;1", Severity.INFO: "36"}[severity]
            return f"\x1b[{code}m{text}\x1b[0m"

        # visible(): a file or class name never reaches the terminal as a control sequence or a fake line.
        lines = [f"dataaudit {self.version}: {visible(self.source.get('description', ''))}"]
        lines.append(f"  dataset: {self._dataset_line()}")
        if self.scan:
            lines.append(
                f"  scan: {self.scan.get('items', 0):,} items in {self.scan.get('seconds', 0):.1f}s "
                f"({self.scan.get('decoded', 0):,} decoded, "
                f"{self.scan.get('path_cache_hits', 0) + self.scan.get('content_cache_hits', 0):,} from cache)"
            )
        ran = [a for a in self.auditors]
        if ran:
            lines.append("  auditors: " + ", ".join(
                a.name + ("" if a.status == "ok" else f" ({a.status})") for a in ran))
        lines.append("")
        shown: Counter[str] = Counter()
        totals = Counter(f.code for f in self.findings)
        for f in self.findings:
            shown[f.code] += 1
            if shown[f.code] > max_per_code and not verbose:
                if shown[f.code] == max_per_code + 1:
                    lines.append(f"         ... and {totals[f.code] - max_per_code} more {f.code} ({f.slug})")
                continue
            tag = paint(f"{str(f.severity).upper():7s}", f.severity)
            lines.append(f"{tag} {f.code} {f.slug}: {visible(f.message)}")
            if f.fix is not None and (verbose or shown[f.code] == 1):
                lines.append(f"         fix: {visible(f.fix.title)}")
        if not self.findings:
            lines.append("No findings.")
        lines.append("")
        lines.append(self._headline())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        c = self.counts()
        return f"<Report {c['error']} errors, {c['warning']} warnings, {c['info']} info; passed={self.passed()}>"

    def to_markdown(self) -> str:
        cell = markdown_text  # names from the data show as text: no raw HTML, links or table breaks

        out = ["# dataaudit report", "", f"**{self._headline()}**", ""]
        out.append(f"- Source: {cell(self.source.get('description', ''))}")
        out.append(f"- Dataset: {cell(self._dataset_line())}")
        out.append(f"- dataaudit {self.version}, report schema {self.schema_version}")
        out.append("")
        splits = self.summary.get("splits", {})
        classes = sorted({c for info in splits.values() for c in info.get("classes", {})})
        if splits and classes:
            out.append("## Class counts")
            out.append("")
            out.append("| class | " + " | ".join(cell(s) for s in splits) + " |")
            out.append("|---|" + "---:|" * len(splits))
            for c in classes:
                out.append(f"| {cell(c)} | " + " | ".join(str(splits[s]["classes"].get(c, 0)) for s in splits) + " |")
            out.append("")
        out.append("## Findings")
        out.append("")
        if not self.findings:
            out.append("No findings.")
        else:
            out.append("| severity | code | message | locations |")
            out.append("|---|---|---|---|")
            for f in self.findings:
                locs = ", ".join(markdown_code(loc.path) for loc in f.locations[:5])
                if len(f.locations) > 5:
                    locs += f" (+{len(f.locations) - 5})"
                out.append(f"| {f.severity} | {f.code} {f.slug} | {cell(f.message)} | {locs} |")
        fixes = [f for f in self.findings if f.fix is not None]
        if fixes:
            out.append("")
            out.append("## Fixes")
            out.append("")
            for f in fixes:
                out.append(f"- **{f.code}** {cell(f.fix.title)} ({f.fix.applicability})")  # type: ignore[union-attr]
        return "\n".join(out) + "\n"

    # -- fixes ------------------------------------------------------------------------------------

    def write_fixes(self, directory: str | os.PathLike[str], *, overwrite: bool = False) -> list[Path]:
        """Write every fix's files (manifests, code) and a ``fixes.json`` index into ``directory``.

        Never writes inside the audited dataset and never overwrites a file unless
        ``overwrite=True``. Returns the paths written.
        """
        target = self.boundary.check(directory, "fix files", folder=True)
        root = self.source.get("root")
        if root and self.source.get("kind") in _ROOT_NOT_ALL_DATA:
            root_path = Path(root).resolve()  # a manifest's folder: fixes go to a folder of their own
            if target.resolve() == root_path:
                raise ParameterError(
                    f"Fixes go to a new folder outside the dataset; {target} is the manifest's folder."
                )
        planned: dict[Path, str] = {}
        index = []
        for number, finding in enumerate(self.findings, start=1):
            if finding.fix is None:
                continue
            written = []
            for name, text in finding.fix.files.items():
                safe = re.sub(r"[^A-Za-z0-9._-]+", "_", str(name)).lstrip(".") or "fix"
                path = target / safe
                stem, suffix, k = path.stem, path.suffix, 2
                # Findings in one file share its corrected copy: write it once, not once per finding.
                while path in planned and planned[path] != text:
                    path = target / f"{stem}-{k}{suffix}"
                    k += 1
                planned[path] = text
                written.append(path.name)
            index.append({"code": finding.code, "fingerprint": finding.fingerprint, "fix": finding.fix.to_dict(),
                          "files": written})
        planned[target / "fixes.json"] = json.dumps(index, indent=2) + "\n"
        if not overwrite:
            clash = [p for p in planned if p.exists()]
            if clash:
                raise ParameterError(
                    f"{clash[0]} already exists; choose an empty folder or pass overwrite=True (CLI --overwrite)."
                )
        for path in planned:  # a planted link (fixes.json -> a dataset file) is never written through
            if path.is_symlink():
                raise ParameterError(f"{path} is a symbolic link; fix files are only written as new or plain files.")
            self.boundary.check(path, "a fix file")
        target.mkdir(parents=True, exist_ok=True)
        for path, text in planned.items():
            path.write_text(text, encoding="utf-8", errors="surrogateescape")  # a non-UTF-8 name: its own bytes
        return sorted(planned)
