"""What the variety auditor measured per class, by content, kept between audits of one dataset.

A class's near-copy groups and effective count are a function of its sample's images (their
content, in sample order) and the copy threshold. The memo keeps, for every class of the last
audit, a digest of those and what they gave, so a re-audit skips every class whose sample and
threshold are unchanged, whatever else changed in the dataset. The samples and the threshold are
drawn by content rank (:func:`content_rank_sample`): images added to one class leave the other
classes' samples, and usually the threshold's, as they were.

The memo is a plain ``.npz`` archive (numbers and fixed-width byte strings, never pickles) in the
cache's results table, one per dataset folder; an unreadable or foreign memo is ignored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields

import numpy as np

from dataaudit.auditors.leakage.search_memo import content_keys_bytes
from dataaudit.auditors.variety.measures import EffectiveCount, SceneDescriptors
from dataaudit.engine.result_memo import memo_archive, read_memo_archive

__all__ = ["ClassMeasure", "ClassMemo", "DescriptorMemo", "Describer", "class_digest", "content_rank_sample",
           "CLASS_MEMO_VERSION"]

#: Bumped whenever what a memo holds, or how a class is measured, changes meaning.
CLASS_MEMO_VERSION = 1


def content_rank_sample(rows: np.ndarray, keys: np.ndarray, limit: int, salt: str) -> np.ndarray:
    """The ``limit`` rows whose content keys hash lowest under ``salt``, in row order: a sample that
    an image added elsewhere (or listed at another place) leaves unchanged, and that an image added
    here changes by at most one member. Byte-identical images tie and are taken in row order."""
    if len(rows) <= limit:
        return rows
    rank = np.array([int.from_bytes(hashlib.sha256(f"{salt}:{key}".encode()).digest()[:8], "big")
                     for key in keys[rows].tolist()], dtype=np.uint64)
    return np.sort(rows[np.argsort(rank, kind="stable")[:limit]])


def class_digest(sample_keys: np.ndarray, threshold: float, salt: str) -> bytes:
    """What a class's measurement depends on besides the code and parameters (part of the memo's key)."""
    h = hashlib.sha256(f"{salt}:{threshold!r}:{len(sample_keys)}".encode())
    h.update("\n".join(str(k) for k in sample_keys.tolist()).encode())
    return h.hexdigest().encode()


@dataclass(frozen=True)
class ClassMeasure:
    """A class sample's near-copy group per member and its effective count."""

    groups: np.ndarray
    effective: EffectiveCount


@dataclass(frozen=True)
class ClassMemo:
    """Measures by :func:`class_digest`."""

    measures: Mapping[bytes, ClassMeasure]

    def to_bytes(self) -> bytes:
        digests = sorted(self.measures)
        parts = [self.measures[d] for d in digests]
        arrays = {
            "digests": np.array(digests, dtype="S64"),
            "lengths": np.array([len(m.groups) for m in parts], dtype=np.int64),
            "groups": np.concatenate([m.groups.astype(np.int64) for m in parts]) if parts else np.zeros(0, np.int64),
            "values": np.array([m.effective.value for m in parts], dtype=np.float64),
            "counts": np.array([[m.effective.n_groups, m.effective.sampled_groups] for m in parts],
                               dtype=np.int64).reshape(-1, 2),
        }
        return memo_archive(CLASS_MEMO_VERSION, arrays)

    @classmethod
    def from_bytes(cls, blob: bytes | None) -> ClassMemo | None:
        """The memo in ``blob``, or None when there is none or it cannot be read as one."""
        arrays = read_memo_archive(blob, CLASS_MEMO_VERSION, ("digests", "lengths", "groups", "values", "counts"))
        if arrays is None:
            return None
        digests, lengths, groups = arrays["digests"], arrays["lengths"], arrays["groups"]
        values, counts = arrays["values"], arrays["counts"]
        k = len(digests)
        if (digests.dtype.kind != "S" or lengths.shape != (k,) or values.shape != (k,) or counts.shape != (k, 2)
                or (k and lengths.min() < 0) or int(lengths.sum()) != len(groups)):
            return None
        ends = np.cumsum(lengths)
        return cls({bytes(d): ClassMeasure(groups[end - n : end],
                                           EffectiveCount(float(v), int(c[0]), int(c[1])))
                    for d, n, end, v, c in zip(digests, lengths.tolist(), ends.tolist(), values, counts)})


_DESCRIPTOR_FIELDS = tuple(f.name for f in fields(SceneDescriptors))


@dataclass(frozen=True)
class DescriptorMemo:
    """Scene descriptors of images by content key (each image's descriptor is its own: any set of them
    computed together or apart is the same), so a re-audit describes only images it has not seen."""

    keys: np.ndarray  # (K,) content keys, bytes, distinct
    descriptors: SceneDescriptors

    def to_bytes(self) -> bytes:
        arrays = {"keys": self.keys}
        arrays.update({name: getattr(self.descriptors, name) for name in _DESCRIPTOR_FIELDS})
        return memo_archive(CLASS_MEMO_VERSION, arrays)

    @classmethod
    def from_bytes(cls, blob: bytes | None) -> DescriptorMemo | None:
        arrays = read_memo_archive(blob, CLASS_MEMO_VERSION, ("keys", *_DESCRIPTOR_FIELDS))
        if arrays is None:
            return None
        keys = arrays["keys"]
        desc = SceneDescriptors(*(arrays[name] for name in _DESCRIPTOR_FIELDS))
        if keys.dtype.kind != "S" or any(len(getattr(desc, name)) != len(keys) for name in _DESCRIPTOR_FIELDS):
            return None
        return cls(keys, desc)


class _Lookup:
    """Descriptors by content key, sorted once for many look-ups."""

    def __init__(self, memo: DescriptorMemo):
        self.descriptors = memo.descriptors
        self.order = np.argsort(memo.keys, kind="stable")
        self.sorted_keys = memo.keys[self.order]

    def positions(self, wanted: np.ndarray) -> np.ndarray:
        if len(self.sorted_keys) == 0 or len(wanted) == 0:
            return np.full(len(wanted), -1, dtype=np.int64)
        width = max(self.sorted_keys.dtype.itemsize, wanted.dtype.itemsize)
        keys, wanted = self.sorted_keys.astype(f"S{width}"), wanted.astype(f"S{width}")
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        return np.where(keys[at] == wanted, self.order[at], -1).astype(np.int64)


class Describer:
    """``describer(rows)``: scene descriptors of table rows, from ``known`` or an earlier call where it has
    them (by content key), computed by ``compute(rows)`` otherwise; ``memo()`` holds every descriptor it
    handed out."""

    def __init__(self, keys: np.ndarray, compute: Callable[[np.ndarray], SceneDescriptors],
                 known: DescriptorMemo | None = None):
        self._keys = keys
        self._compute = compute
        self._sources = [_Lookup(known)] if known is not None else []
        self._handed: list[tuple[np.ndarray, SceneDescriptors]] = []
        self.computed = 0  # images described, not taken from ``known`` or an earlier call

    def __call__(self, rows: np.ndarray) -> SceneDescriptors:
        rows = np.asarray(rows, dtype=np.int64)
        wanted = content_keys_bytes(self._keys[rows])
        source = np.full(len(rows), -1, dtype=np.int64)
        position = np.full(len(rows), -1, dtype=np.int64)
        for k, lookup in enumerate(self._sources):
            todo = np.flatnonzero(source < 0)
            if not len(todo):
                break
            found = lookup.positions(wanted[todo])
            hit = found >= 0
            source[todo[hit]], position[todo[hit]] = k, found[hit]
        missing = np.flatnonzero(source < 0)
        if len(missing):
            fresh = self._compute(rows[missing])
            self.computed += len(missing)
            self._sources.append(_Lookup(DescriptorMemo(wanted[missing], fresh)))
            source[missing], position[missing] = len(self._sources) - 1, np.arange(len(missing))
        used = np.unique(source)
        if len(used) == 1:
            out = self._sources[int(used[0])].descriptors.take(position)
        else:
            merged = {}
            for name in _DESCRIPTOR_FIELDS:
                first = getattr(self._sources[int(used[0])].descriptors, name)
                column = np.empty((len(rows), *first.shape[1:]), dtype=first.dtype)
                for k in used.tolist():
                    mine = source == k
                    column[mine] = getattr(self._sources[k].descriptors, name)[position[mine]]
                merged[name] = column
            out = SceneDescriptors(**merged)
        self._handed.append((wanted, out))
        return out

    def memo(self) -> DescriptorMemo | None:
        """The descriptors handed out, one per distinct content; None when there were none."""
        if not self._handed:
            return None
        width = max(k.dtype.itemsize for k, _ in self._handed)
        keys = np.concatenate([k.astype(f"S{width}") for k, _ in self._handed])
        unique, first = np.unique(keys, return_index=True)
        return DescriptorMemo(unique, SceneDescriptors(*(
            np.concatenate([getattr(d, name) for _, d in self._handed])[first] for name in _DESCRIPTOR_FIELDS)))
