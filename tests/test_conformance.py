"""Conformance of every registered auditor (built-in and plugin): dataaudit.testing.check_auditor on each,
plus what only the registry as a whole can break (codes, slugs, names and prefixes shared between auditors)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import write_image

from dataaudit.auditors import all_rules, registered_auditors
from dataaudit.engine.rules import CORE_CODE_PREFIX, CORE_NAME
from dataaudit.sources import resolve_source
from dataaudit.testing import check_auditor

AUDITORS = registered_auditors()


def test_codes_and_slugs_are_unique_across_auditors():
    rules = all_rules()
    codes = [r.code for r in rules]
    slugs = [r.slug for r in rules]
    assert len(codes) == len(set(codes)), "duplicate rule codes"
    assert len(slugs) == len(set(slugs)), "duplicate rule slugs"


def test_auditor_names_are_unique_and_prefixes_do_not_overlap():
    # Selection is by prefix: 'DA1' and 'DA10' overlapping would make --select DA1 take both auditors.
    names = [CORE_NAME, *(a.name for a in AUDITORS)]
    prefixes = [CORE_CODE_PREFIX, *(a.code_prefix for a in AUDITORS)]
    assert len(names) == len(set(names))
    for i, first in enumerate(prefixes):
        for second in prefixes[i + 1:]:
            assert not (first.startswith(second) or second.startswith(first)), (first, second)


def _yolo(root: Path) -> Path:
    """A small YOLO dataset: the detection auditor checks nothing else."""
    for k, (split, stem) in enumerate([("train", "a"), ("train", "b"), ("train", "c"), ("val", "d")]):
        write_image(root / "images" / split / f"{stem}.jpg", seed=70 + k, size=48)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split / f"{stem}.txt").write_text("" if stem == "c" else f"{k % 2} 0.5 0.5 0.2 0.2\n")
    return root


#: Auditors that check only one kind of source, with a source of that kind (the default is an image folder).
OWN_SOURCES = {
    "tabular": lambda tmp: {"train": (np.random.default_rng(0).normal(size=(40, 5)), np.arange(40) % 2),
                            "val": (np.random.default_rng(1).normal(size=(12, 5)), np.arange(12) % 2)},
    "detection": _yolo,
}


@pytest.mark.parametrize("auditor", AUDITORS, ids=lambda a: a.name)
def test_auditor_passes_check_auditor(auditor, tmp_path):
    if auditor.name in OWN_SOURCES:
        check_auditor(auditor, dataset=OWN_SOURCES[auditor.name](tmp_path))
    else:
        check_auditor(auditor)


ARRAY_SOURCES = {
    "images": lambda rng: {
        "train": (rng.integers(0, 255, (30, 16, 16, 3), dtype=np.uint8), rng.integers(0, 3, 30)),
        "val": (rng.integers(0, 255, (10, 16, 16, 3), dtype=np.uint8), rng.integers(0, 3, 10)),
    },
    "tabular": lambda rng: {
        "train": (rng.normal(size=(40, 5)), rng.integers(0, 2, 40)),
        "test": (rng.normal(size=(10, 5)), rng.integers(0, 2, 10)),
    },
}


# The engine skips auditors on sources they do not check (images on tabular data, tables of numbers on
# images), so they are not checked there.
ARRAY_CASES = [(auditor, source) for auditor in AUDITORS for source in sorted(ARRAY_SOURCES)
               if auditor().skip_reason(resolve_source(ARRAY_SOURCES[source](np.random.default_rng(0)))) is None]


@pytest.mark.parametrize(("auditor", "source"), ARRAY_CASES, ids=[f"{a.name}-{s}" for a, s in ARRAY_CASES])
def test_auditor_passes_check_auditor_on_in_memory_arrays(auditor, source):
    check_auditor(auditor, dataset=ARRAY_SOURCES[source](np.random.default_rng(0)))
