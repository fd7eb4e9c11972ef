"""Images that belong together across splits: named groups (patients, subjects, videos) and photo bursts.

A near-copy search finds the same picture twice. It cannot find two different scans of one
patient, or neighbouring frames of one burst, and those leak just as much: the model learns the
patient or the scene. This module works on ids the source gave (``samples["group"]``, see
:mod:`dataaudit.sources.groups`) and on bursts it finds from the scan's EXIF columns (same camera
body, shot seconds apart), and plans a re-split that keeps every group, every burst and every
near-copy group in one split while keeping each split's class proportions.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dataaudit.auditors.leakage.resplit import ResplitPlan
from dataaudit.sources.base import split_sort_key

__all__ = ["Bunch", "named_groups", "photo_bursts", "union_units", "plan_group_resplit", "group_manifest_csv",
           "leak_counts", "file_number"]


@dataclass(frozen=True)
class Bunch:
    """Rows that belong together (ascending row indices), with the id shown to the user."""

    name: str
    rows: np.ndarray


def named_groups(group_ids: Sequence[object], usable: np.ndarray) -> list[Bunch]:
    """Every group id with its usable rows (a group of one image is still a group: it may be alone in a split)."""
    index: dict[str, list[int]] = {}
    for row, gid in enumerate(group_ids):
        if gid is not None and usable[row]:
            index.setdefault(str(gid), []).append(row)
    return [Bunch(name, np.asarray(rows, dtype=np.int64)) for name, rows in sorted(index.items())]


_DIGITS = re.compile(r"(\d+)(?!.*\d)")


def file_number(path: str) -> int | None:
    """The last run of digits in a file name (``IMG_0412.JPG`` -> 412): cameras number shots consecutively."""
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    found = _DIGITS.search(name)
    return int(found.group(1)) if found else None


def photo_bursts(cameras: Sequence[str], times: np.ndarray, usable: np.ndarray, max_gap: float) -> list[Bunch]:
    """Runs of photos from one camera body, each shot at most ``max_gap`` seconds after the previous one.

    Only images whose EXIF names the camera and the shooting time take part. Identical timestamps
    count too (DateTimeOriginal has whole seconds; a burst of five fits in one).
    """
    cams = np.asarray(cameras, dtype=object)
    have = usable & (cams != "") & np.isfinite(times)
    rows = np.flatnonzero(have)
    if len(rows) < 2 or max_gap <= 0:
        return []
    order = rows[np.lexsort((times[rows], cams[rows].astype(str)))]
    same_camera = cams[order[1:]] == cams[order[:-1]]
    close = (times[order[1:]] - times[order[:-1]]) <= max_gap
    breaks = np.flatnonzero(~(same_camera & close)) + 1
    out = []
    for run in np.split(order, breaks):
        if len(run) > 1:
            out.append(Bunch(f"{cams[run[0]]}@{times[run[0]]:.0f}", np.sort(run)))
    return out


def union_units(n: int, *bunch_lists: Sequence[Sequence[int] | np.ndarray]) -> np.ndarray:
    """A unit id per row: rows sharing any group, burst or copy group get one unit (union-find)."""
    parent = np.arange(n, dtype=np.int64)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = int(parent[x])
        return x

    for bunches in bunch_lists:
        for rows in bunches:
            rows = np.asarray(rows, dtype=np.int64)
            if len(rows) < 2:
                continue
            root = find(int(rows[0]))
            for r in rows[1:]:
                other = find(int(r))
                if other != root:
                    parent[other] = root
    return np.array([find(i) for i in range(n)], dtype=np.int64)


def leak_counts(bunches: Sequence[Bunch], splits: np.ndarray, order: Sequence[str]) -> dict[str, dict[str, int]]:
    """Per split pair (earlier->later): groups of the later split that also have images in the earlier one,
    in groups and in the later split's images, with the totals they are rates of."""
    out: dict[str, dict[str, int]] = {}
    for i, first in enumerate(order):
        for later in order[i + 1:]:
            groups_total = groups_leaked = images_total = images_leaked = 0
            for bunch in bunches:
                member_splits = splits[bunch.rows]
                in_later = int((member_splits == later).sum())
                if not in_later:
                    continue
                groups_total += 1
                images_total += in_later
                if (member_splits == first).any():
                    groups_leaked += 1
                    images_leaked += in_later
            if groups_total:
                out[f"{first}->{later}"] = {
                    "groups_leaked": groups_leaked, "groups": groups_total,
                    "images_leaked": images_leaked, "images": images_total,
                }
    return out


# -- the group-aware re-split ---------------------------------------------------------------------------


def _home(member_splits: Sequence[str], reference: str, order: Sequence[str]) -> str:
    """Where a unit that spans splits goes: the split holding most of it (the reference, then the earlier split,
    on a tie). Unlike a copy group's, a patient's images are all real data: keep as many as possible in place."""
    counts = Counter(member_splits)
    best = max(counts.values())
    tied = [s for s in counts if counts[s] == best]
    if reference in tied:
        return reference
    return sorted(tied, key=lambda s: (order.index(s) if s in order else len(order), s))[0]


def plan_group_resplit(splits: Sequence[str], labels: Sequence[object], units: np.ndarray, *,
                       reference: str = "train", seed: int = 0, candidates: int = 64) -> ResplitPlan:
    """A split in which no unit spans two splits, with each split's class counts kept as far as whole units allow.

    Like scikit-learn's ``StratifiedGroupKFold``, but starting from the user's split and moving as
    little as it can: each unit that spans splits moves whole to its home split, then whole units
    (the smallest first, in a seeded order) move between splits while that brings every split's
    per-class counts closer to the original ones.
    """
    original = [str(s) for s in splits]
    n = len(original)
    split_names = sorted(set(original), key=split_sort_key)
    s_index = {s: k for k, s in enumerate(split_names)}
    label_keys = ["" if lab is None else str(lab) for lab in labels]
    class_names = sorted(set(label_keys))
    c_index = {c: k for k, c in enumerate(class_names)}
    row_class = np.array([c_index[c] for c in label_keys], dtype=np.int64)
    row_split = np.array([s_index[s] for s in original], dtype=np.int64)

    unit_ids, unit_of_row = np.unique(np.asarray(units, dtype=np.int64), return_inverse=True)
    by_unit = np.split(np.argsort(unit_of_row, kind="stable"), np.cumsum(np.bincount(unit_of_row))[:-1])
    target = np.zeros((len(split_names), len(class_names)), dtype=np.int64)
    np.add.at(target, (row_split, row_class), 1)

    unit_split = np.empty(len(by_unit), dtype=np.int64)
    homes: list[str] = []
    for u, rows in enumerate(by_unit):
        present = {int(row_split[r]) for r in rows}
        if len(present) == 1:
            unit_split[u] = present.pop()
        else:
            home = _home([original[r] for r in rows], reference, split_names)
            unit_split[u] = s_index[home]
            homes.append(home)
    unit_classes = [Counter(row_class[rows].tolist()) for rows in by_unit]
    current = np.zeros_like(target)
    for u, counts in enumerate(unit_classes):
        for k, c in counts.items():
            current[unit_split[u], k] += c

    # Candidate units per (split they started in, class they hold): smallest first, ties in a seeded order.
    rng = np.random.default_rng(seed)
    tiebreak = rng.permutation(len(by_unit))
    sizes = np.array([len(rows) for rows in by_unit])
    pool: dict[tuple[int, int], list[int]] = {}
    for u in np.lexsort((tiebreak, sizes)):
        for k in unit_classes[u]:
            pool.setdefault((int(unit_split[u]), k), []).append(int(u))

    def gain(d: np.ndarray, u: int, src: int, dst: int) -> int:
        total = 0
        for k, c in unit_classes[u].items():
            total += abs(d[dst, k]) + abs(d[src, k]) - abs(d[dst, k] - c) - abs(d[src, k] + c)
        return total

    for _ in range(n):  # every move lowers the total deviation by at least one image
        deficit = target - current
        best: tuple[int, int, int, int] | None = None  # (gain, unit, from, to)
        for dst, k in sorted(zip(*np.nonzero(deficit > 0)), key=lambda sk: -deficit[sk]):
            for src in np.flatnonzero(deficit[:, k] < 0):
                tried = 0
                for u in pool.get((int(src), int(k)), ()):
                    if unit_split[u] != src:
                        continue
                    g = gain(deficit, u, int(src), int(dst))
                    if g > 0 and (best is None or g > best[0]):
                        best = (g, u, int(src), int(dst))
                    tried += 1
                    if tried >= candidates:
                        break
            if best is not None:
                break
        if best is None:
            break
        _, u, src, dst = best
        for k, c in unit_classes[u].items():
            current[src, k] -= c
            current[dst, k] += c
        unit_split[u] = dst
        for k in unit_classes[u]:
            pool.setdefault((dst, k), []).append(u)

    new = [split_names[unit_split[unit_of_row[i]]] for i in range(n)]
    moved = tuple((i, original[i], new[i]) for i in range(n) if new[i] != original[i])
    return ResplitPlan("group", tuple(new), moved, tuple(homes))


def group_manifest_csv(paths: Sequence[str], labels: Sequence[object], plan: ResplitPlan,
                       group_ids: Sequence[object] | None, group_header: str = "group") -> str:
    """``path,label,split[,group]``: the group column is kept, so auditing this manifest checks the groups again."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header = ["path", "label", "split"] + ([group_header] if group_ids is not None else [])
    writer.writerow(header)
    for i, (path, label, split) in enumerate(zip(paths, labels, plan.splits)):
        if split is None:
            continue
        row = [path, "" if label is None else str(label), split]
        if group_ids is not None:
            row.append("" if group_ids[i] is None else str(group_ids[i]))
        writer.writerow(row)
    return buf.getvalue()
