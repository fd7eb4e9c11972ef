"""Progress of an audit, stage by stage, on a terminal or in Jupyter; nothing anywhere else.

One decision per audit (:meth:`Progress.resolve`): ``progress=None`` shows bars when stderr is a
terminal or when the code runs in a Jupyter kernel, ``True`` always, ``False`` never. Each stage
(the listing, the scan, each auditor, an auditor's expensive steps) is one :meth:`Progress.stage`,
used as a context manager; its code calls ``update(n)`` once per batch of work, never per image,
so that progress costs nothing measurable. With progress off every stage is a do-nothing
:class:`Stage`, so the code that reports needs no ``if``.

It sits at the top of the package and imports nothing from it, because every layer reports
through it: the sources (listing), the scan, the engine (one stage per auditor) and the auditors
(``ctx.progress``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

__all__ = ["Progress", "Stage", "NO_PROGRESS", "NO_STAGE"]


class Stage:
    """One stage of work. This base class shows nothing: it is the stage of an audit without progress."""

    def update(self, n: int = 1) -> None:
        """``n`` more units of the stage are done (call it per batch, not per item)."""

    def close(self) -> None:
        """The stage is over; its bar goes away."""

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: The silent stage, e.g. the default of a function that can count its work.
NO_STAGE = Stage()


class _Bar(Stage):
    """A tqdm bar: a text line on stderr, or a widget in a notebook."""

    def __init__(self, description: str, total: int | None, unit: str, notebook: bool):
        if total is not None:
            layout = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} " + unit + " [{elapsed}<{remaining}]"
        elif unit:
            layout = "{desc}: {n_fmt} " + unit + " [{elapsed}]"
        else:
            layout = "{desc}"  # work that reports no counts: the line says what is running
        # leave=False: once the audit is done, the report is what the terminal should show.
        self._bar = _bar_class(notebook)(total=total, desc=description, bar_format=layout, leave=False,
                                         dynamic_ncols=True)

    def update(self, n: int = 1) -> None:
        self._bar.update(n)

    def close(self) -> None:
        self._bar.close()


@dataclass(frozen=True)
class Progress:
    """Whether this audit shows progress, and how; :meth:`stage` opens one stage's bar."""

    enabled: bool = False
    notebook: bool = False

    @classmethod
    def resolve(cls, setting: bool | None | Progress) -> Progress:
        """The audit's decision from its ``progress`` option: None means only on a terminal or in Jupyter."""
        if isinstance(setting, Progress):
            return setting
        notebook = _in_jupyter()
        if setting is None:
            return cls(enabled=notebook or _stderr_is_terminal(), notebook=notebook)
        return cls(enabled=bool(setting), notebook=bool(setting) and notebook)

    def stage(self, description: str, total: int | None = None, unit: str = "") -> Stage:
        """A stage's bar: ``total`` units when known (then it shows a percentage and the time left),
        else a running count of ``unit`` (e.g. ``"files"``), or only the description without a unit.

        A stage with nothing to do (``total=0``) shows nothing.
        """
        if not self.enabled or total == 0:
            return NO_STAGE
        return _Bar(description, total, unit, self.notebook)


#: Progress off: every stage is silent. The default of :class:`~dataaudit.AuditContext`.
NO_PROGRESS = Progress()


def _stderr_is_terminal() -> bool:
    isatty = getattr(sys.stderr, "isatty", None)  # None under pythonw; a replaced stream may lack it
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def _in_jupyter() -> bool:
    """Whether this is a Jupyter (IPython kernel) process; a terminal IPython is not."""
    ipython = sys.modules.get("IPython")  # a kernel has imported it already; never import it here
    get_ipython = getattr(ipython, "get_ipython", None)
    if get_ipython is None:
        return False
    try:
        shell = get_ipython()
        return shell is not None and "IPKernelApp" in shell.config
    except Exception:  # an unusual shell: treat it as no notebook
        return False


def _bar_class(notebook: bool) -> Any:
    """tqdm's widget bar in a notebook with ipywidgets; else its text bar (a notebook shows it as text)."""
    if notebook:
        try:
            from tqdm.notebook import IProgress, tqdm as notebook_tqdm

            if IProgress is not None:
                return notebook_tqdm
        except ImportError:
            pass
    from tqdm import tqdm

    return tqdm
