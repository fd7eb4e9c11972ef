"""Per-image findings that scale: above a threshold, one dataset-level finding instead of one per image.

A rule that flags single images (a tiny image, a wrong extension, an undecodable file) reports
each image on its own while few are affected: each keeps its own fingerprint, so baselines of
those findings do not change. When more than ``aggregate_above`` images of one rule are
affected, the rule reports **one** finding with the count, the share of the dataset, a
histogram of what was found (sizes, formats, error kinds), the counts per split and class,
and the full list in ``evidence["affected"]``; its locations are the first
``max_locations`` images (for thumbnails), and its fingerprint is the rule's alone, so it
stays the same while the count drifts. 1,797 8x8 digits are one DA006 finding, not 1,797.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import Any

from dataaudit.engine.auditor import AuditContext
from dataaudit.model.findings import Finding, make_fingerprint

__all__ = ["aggregate_evidence", "with_rule_fingerprint", "AFFECTED_LIMIT"]

#: At most this many paths in ``evidence["affected"]`` (the total is in ``count``): bounds the JSON report.
AFFECTED_LIMIT = 20_000
_TOP = 20  # histogram bins and classes kept by name; the rest are summed under "other"


def _top(counter: Counter[str], top: int = _TOP) -> dict[str, int]:
    kept = dict(counter.most_common(top))
    rest = sum(counter.values()) - sum(kept.values())
    if rest:
        kept["other"] = rest
    return kept


def aggregate_evidence(ctx: AuditContext, rows: Sequence[int], values: Sequence[str], n_images: int,
                       threshold: int, **extra: Any) -> dict[str, Any]:
    """Evidence of a dataset-level finding about ``rows``; ``values[i]`` is what row ``i`` has (``"8x8"``)."""
    locations = ctx.locations(rows[:AFFECTED_LIMIT])
    by_split = Counter(str(loc.split) for loc in locations if loc.split is not None)
    by_class = Counter(str(loc.label) for loc in locations if loc.label is not None)
    evidence: dict[str, Any] = {
        "aggregated": True,
        "count": len(rows),
        "share": round(len(rows) / max(n_images, 1), 4),
        "threshold": threshold,
        "histogram": _top(Counter(values)),
        **extra,
    }
    if by_split:
        evidence["by_split"] = dict(sorted(by_split.items()))
    if by_class:
        evidence["by_class"] = _top(by_class)
    evidence["affected"] = [loc.path for loc in locations]
    return evidence


def with_rule_fingerprint(finding: Finding, key: str) -> Finding:
    """The finding with a fingerprint of its rule and ``key`` only: which images it lists may change."""
    return dataclasses.replace(finding, fingerprint=make_fingerprint(finding.code, (), key))
