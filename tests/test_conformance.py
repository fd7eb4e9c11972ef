"""Conformance of every registered auditor (built-in and plugin): dataaudit.testing.check_auditor on each,
plus what only the registry as a whole can break (codes, slugs, names and prefixes shared between auditors)."""

from __future__ import annotations

import numpy as np
import pytest

from dataaudit.auditors import all_rules, registered_auditors
from dataaudit.engine.rules import CORE_CODE_PREFIX, CORE_NAME
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


@pytest.mark.parametrize("auditor", AUDITORS, ids=lambda a: a.name)
def test_auditor_passes_check_auditor(auditor):
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


# The engine skips auditors that need images on tabular data, so they are not checked there.
ARRAY_CASES = [(auditor, source) for auditor in AUDITORS for source in sorted(ARRAY_SOURCES)
               if not (source == "tabular" and auditor.needs_images)]


@pytest.mark.parametrize(("auditor", "source"), ARRAY_CASES, ids=[f"{a.name}-{s}" for a, s in ARRAY_CASES])
def test_auditor_passes_check_auditor_on_in_memory_arrays(auditor, source):
    check_auditor(auditor, dataset=ARRAY_SOURCES[source](np.random.default_rng(0)))
