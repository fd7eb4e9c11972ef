"""Report output formats by name, shared by the CLI and the Python API.

Each renderer takes a :class:`~dataaudit.Report` and returns text. Add a format
by adding an entry to :data:`FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable

from dataaudit.errors import ParameterError
from dataaudit.model.report import Report

__all__ = ["FORMATS", "render"]


def _text(report: Report, color: bool = False) -> str:
    return report.to_text(color=color)


def _json(report: Report, color: bool = False) -> str:
    return report.to_json()


def _markdown(report: Report, color: bool = False) -> str:
    return report.to_markdown()


def _lazy(module: str, name: str) -> Callable[..., str]:
    """A renderer imported on first use, so ``import dataaudit`` stays light."""
    def render(report: Report, color: bool = False) -> str:
        import importlib

        return getattr(importlib.import_module(module), name)(report, color=color)
    render.__name__ = name
    return render


FORMATS: dict[str, Callable[..., str]] = {
    "text": _text,
    "json": _json,
    "markdown": _markdown,
    "html": _lazy("dataaudit.reporting.html", "render_html"),
    "sarif": _lazy("dataaudit.reporting.sarif", "render_sarif"),
    "junit": _lazy("dataaudit.reporting.junit", "render_junit"),
    "github": _lazy("dataaudit.reporting.github", "render_github"),
}


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise ParameterError(f"Unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}.") from None
    return renderer(report, color=color)
