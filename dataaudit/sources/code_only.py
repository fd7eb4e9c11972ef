"""A source with no dataset at all: only training code, for ``dataaudit check --code train.py``.

Auditors that need images are skipped (the report says so); the preprocessing
auditor analyses the code.
"""

from __future__ import annotations

from dataaudit.sources.base import Dataset, make_samples

__all__ = ["code_only_dataset"]


def code_only_dataset() -> Dataset:
    """An empty listing whose code files the caller adds (``audit(None, code=...)``)."""
    return Dataset(kind="code", root=None, samples=make_samples([]), layout="code-only", has_images=False,
                   description="training code only (no dataset given)")
