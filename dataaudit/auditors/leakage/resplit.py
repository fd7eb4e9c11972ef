"""A leak-free re-split: every duplicate group in one split, class proportions per split kept.

Two plans:

- ``"move"`` (default): each group that spans splits moves entirely into its
  *home* split (the reference split, usually ``train``, when a member is there;
  else the split holding most of its members, the earlier split on a tie). The
  splits that lost images are then topped up, class by class, with images that
  belong to no group, taken from the splits that gained (a seeded, deterministic
  choice), so every split keeps its size and its class counts wherever enough
  such images exist. This is a group-aware stratified split that moves as few
  images as possible.
- ``"drop"``: members outside their group's home split are left out of the new
  manifest; nothing else changes.

Nothing is moved or deleted on disk: the plan is a new manifest. Its paths are relative to the audited
root when every file lies under it (:func:`manifest_paths`), so the manifest, copied into that root,
is audited again without ``allow_outside_root`` and survives moving the dataset. A copy the move brings
into the split of its original is left out of the manifest (:func:`manifest_csv`): beside the original
it would be a within-split duplicate (DA103) and adds nothing to train on.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dataaudit.model.fixes import MovedFile, ResplitManifest
from dataaudit.safety import RealPaths, is_inside, relative_inside
from dataaudit.sources.base import split_sort_key

__all__ = ["ResplitPlan", "plan_resplit", "home_split", "class_counts", "manifest_csv", "moved_csv", "RESPLIT_STRATEGIES", "DROPPED",
           "resplit_payload", "ManifestPaths", "manifest_paths"]

RESPLIT_STRATEGIES = ("move", "drop")
#: The ``to`` value of a row the drop plan leaves out.
DROPPED = "(dropped)"


@dataclass(frozen=True)
class ResplitPlan:
    """``splits[i]`` is row i's new split (None: dropped); ``moved`` lists changed rows as (row, from, to)."""

    strategy: str
    splits: tuple[str | None, ...]
    moved: tuple[tuple[int, str, str], ...]
    home: tuple[str, ...]  # home split of each group, in the order given

    def class_counts(self, labels: Sequence[object]) -> dict[str, dict[str, int]]:
        """{split: {label: count}} of the new split."""
        return class_counts(self.splits, labels)


def class_counts(splits: Sequence[str | None], labels: Sequence[object]) -> dict[str, dict[str, int]]:
    """{split: {label: count}} (label None counts as ""; rows without a split are left out)."""
    out: dict[str, dict[str, int]] = {}
    for split, label in zip(splits, labels):
        if split is not None:
            per = out.setdefault(split, {})
            key = "" if label is None else str(label)
            per[key] = per.get(key, 0) + 1
    return out


def home_split(member_splits: Sequence[str], reference: str) -> str:
    """Where a group lives: the reference split when a member is there, else the split of most members (earlier on a tie)."""
    if reference in member_splits:
        return reference
    values, counts = np.unique(np.asarray(member_splits, dtype=object).astype(str), return_counts=True)
    best = counts.max()
    return sorted((str(v) for v, c in zip(values, counts) if c == best), key=split_sort_key)[0]


def plan_resplit(
    splits: Sequence[str],
    labels: Sequence[object],
    groups: Sequence[np.ndarray],
    *,
    reference: str = "train",
    strategy: str = "move",
    seed: int = 0,
) -> ResplitPlan:
    """Plan a split in which no group spans two splits (see the module docstring)."""
    if strategy not in RESPLIT_STRATEGIES:
        raise ValueError(f"strategy must be one of {RESPLIT_STRATEGIES}; got {strategy!r}")
    original = [str(s) for s in splits]
    new: list[str | None] = list(original)
    label_keys = ["" if lab is None else str(lab) for lab in labels]
    in_group = np.zeros(len(original), dtype=bool)
    homes: list[str] = []
    for rows in groups:
        rows = np.asarray(rows, dtype=np.int64)
        in_group[rows] = True
        home = home_split([original[r] for r in rows], reference)
        homes.append(home)
        for r in rows:
            if original[r] != home:
                new[int(r)] = home if strategy == "move" else None
    if strategy == "move":
        _rebalance(original, new, label_keys, in_group, seed)
    moved = tuple(
        (i, original[i], DROPPED if new[i] is None else str(new[i]))
        for i in range(len(original)) if new[i] != original[i]
    )
    return ResplitPlan(strategy, tuple(new), moved, tuple(homes))


def _rebalance(original: list[str], new: list[str | None], labels: list[str], in_group: np.ndarray, seed: int) -> None:
    """Give back, class by class, to the splits that lost images, taking ungrouped images from those that gained."""
    rng = np.random.default_rng(seed)
    split_names = sorted(set(original), key=split_sort_key)
    split_index = {s: k for k, s in enumerate(split_names)}
    before = np.array([split_index[s] for s in original])
    after = np.array([split_index[s] if s is not None else -1 for s in new])
    _, label_codes = np.unique(np.asarray(labels, dtype=str), return_inverse=True)
    by_class = np.split(np.argsort(label_codes, kind="stable"), np.cumsum(np.bincount(label_codes))[:-1])
    for rows in by_class:
        deficits = np.bincount(before[rows], minlength=len(split_names)) - np.bincount(
            after[rows][after[rows] >= 0], minlength=len(split_names))
        for needy in np.flatnonzero(deficits > 0):
            for donor in np.flatnonzero(deficits < 0):
                want = min(deficits[needy], -deficits[donor])
                # Only images in no group may move: they cannot create a new leak.
                free = rows[(after[rows] == donor) & (before[rows] == donor) & ~in_group[rows]]
                if want <= 0 or not len(free):
                    continue
                chosen = np.sort(rng.choice(free, size=min(want, len(free)), replace=False))
                after[chosen] = needy
                for i in chosen:
                    new[int(i)] = split_names[needy]
                deficits[needy] -= len(chosen)
                deficits[donor] += len(chosen)


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def manifest_csv(paths: Sequence[str], labels: Sequence[object], plan: ResplitPlan,
                 copies: Sequence[np.ndarray] = ()) -> str:
    """The new manifest: ``path,label,split``, one row per kept image, in the original order.

    A file a manifest listed in two splits is one group, now in one split: it gets one row. ``copies``
    are groups of copies (row numbers): a member the plan moved is left out when a member that stayed
    (in the group's home split) carries its label, since two such copies in one split are a within-split
    duplicate. A moved copy with another label stays listed: the label conflict (DA104) is the user's to
    resolve, not this manifest's to hide."""
    moved_rows = {i for i, _, _ in plan.moved}
    redundant: set[int] = set()
    for rows in copies:
        stayed = {str(labels[int(r)]) for r in rows if int(r) not in moved_rows}
        redundant.update(int(r) for r in rows if int(r) in moved_rows and str(labels[int(r)]) in stayed)
    rows = list(dict.fromkeys(
        (path, "" if label is None else str(label), split)
        for i, (path, label, split) in enumerate(zip(paths, labels, plan.splits))
        if split is not None and i not in redundant
    ))
    return _csv(("path", "label", "split"), rows)


@dataclass(frozen=True)
class ManifestPaths:
    """The path column of a written manifest, and how to audit that manifest."""

    paths: tuple[str, ...]
    #: True when the paths are relative to the audited root (every file lies under it).
    portable: bool

    def usage(self, manifest: str) -> str:
        if self.portable:
            return (f"copy {manifest} into the audited folder (its paths are relative to it), then "
                    f"dataaudit.audit('<that folder>/{manifest}')")
        return f"dataaudit.audit('{manifest}', allow_outside_root=True)"

    def how_to_read(self) -> str:
        """The end of a re-split fix's title."""
        if self.portable:
            return "its paths are relative to the audited folder: copy the manifest there to audit or train from it"
        return "the manifest holds absolute paths, so read it with allow_outside_root=True"


def manifest_paths(paths: Sequence[str], root: str | os.PathLike[str] | None) -> ManifestPaths:
    """The files' paths relative to the audited ``root`` when every one lies under it; otherwise (files
    outside it, objects in storage, no root) the absolute ``paths``. Computed from the files' own paths,
    never from the report's display names, so a name that is not valid UTF-8 keeps its bytes."""
    if root is not None and paths and not any("://" in str(p) for p in paths):
        base, real = os.path.realpath(root), RealPaths()
        resolved = [real(p) for p in paths]
        if all(is_inside(r, base) for r in resolved):
            return ManifestPaths(tuple(relative_inside(r, base).replace(os.sep, "/") for r in resolved), True)
    return ManifestPaths(tuple(str(p) for p in paths), False)


def moved_csv(paths: Sequence[str], plan: ResplitPlan) -> str:
    """``path,from,to`` for every image whose split changed (``to`` is ``(dropped)`` in the drop plan)."""
    return _csv(("path", "from", "to"), [(paths[i], src, dst) for i, src, dst in plan.moved])


def resplit_payload(plan: ResplitPlan, where: Sequence[str], splits: Sequence[str], labels: Sequence[object],
                    **fields: object) -> ResplitManifest:
    """The fix payload of ``plan``: its moved files (named as the report names them, ``where``) and the class
    counts before and after; ``fields`` are the rest (``reference_split``, ``files``, ``manifest``, ...)."""
    return ResplitManifest(
        strategy=plan.strategy,
        moved=[MovedFile(path=where[i], from_split=src, to_split=dst) for i, src, dst in plan.moved],
        class_counts_before=class_counts(splits, labels),
        class_counts_after=plan.class_counts(labels),
        **fields,
    )
