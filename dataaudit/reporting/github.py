"""GitHub Actions workflow commands: one annotation per finding, on its first file.

``::error file=train/cat/1.jpg,title=DA001 corrupt-image::train/cat/1.jpg cannot be decoded``

File names are given relative to the working directory (the repository
checkout in a workflow) when the dataset lies inside it, so annotations land
on the files in pull requests. Values are escaped as the Actions runner
expects: ``%``, CR and LF everywhere, and ``:`` and ``,`` in properties.
Every other control character (ESC, BEL, ...) and the undecodable bytes of a
non-UTF-8 name are made visible (``\x1b``, ``\xe9``): a file name can neither
start a workflow command of its own nor reach the log as a terminal sequence.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from dataaudit.model.findings import Finding, Severity
from dataaudit.model.safe_text import visible
from dataaudit.reporting.common import code_location, file_path
from dataaudit.safety import is_inside

if TYPE_CHECKING:
    from dataaudit.model.report import Report

__all__ = ["render_github", "annotation", "escape_data", "escape_property"]

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    # CR and LF are the runner's own line breaks (%0D/%0A); any other control character (ESC) is made visible.
    text = "".join(part if part in ("\r", "\n") else visible(part) for part in re.split("([\r\n])", text))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _display_path(path: Path, base: Path, base_real: str) -> str:
    # Strings, and the base resolved once per report: pathlib's resolve() per finding made 100k annotations 20 s.
    try:
        real = os.path.realpath(path)
        inside = is_inside(real, base_real)
        return Path(os.path.relpath(path, base)).as_posix() if inside else path.as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def annotation(finding: Finding, report: Report, base: Path | None = None, *, _base_real: str | None = None) -> str:
    """One workflow command for one finding."""
    base = base or Path.cwd()
    base_real = _base_real or os.path.realpath(base)
    props: list[tuple[str, str]] = []
    if finding.locations:
        first = finding.locations[0]
        path = file_path(first, report)
        if path is not None:
            props.append(("file", _display_path(path, base, base_real)))
            code = code_location(first)
            if code is not None and code[1] is not None:
                props.append(("line", str(code[1])))
    props.append(("title", f"{finding.code} {finding.slug}"))
    message = finding.message
    others = [loc.path for loc in finding.locations[1:]]
    if others:
        listed = ", ".join(others[:10]) + (f" and {len(others) - 10} more" if len(others) > 10 else "")
        message += f"\nAlso: {listed}"
    if finding.fix is not None:
        message += f"\nFix: {finding.fix.title}"
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{_COMMANDS[finding.severity]} {head}::{escape_data(message)}"


def render_github(report: Report, color: bool = False, base: Path | None = None) -> str:
    base = base or Path.cwd()
    base_real = os.path.realpath(base)
    lines = [annotation(f, report, base, _base_real=base_real) for f in report.findings]
    lines.append(f"dataaudit: {report._headline()}")
    return "\n".join(lines) + "\n"
