"""What the pair search learnt about images, by content, kept between audits of one dataset.

Two things are kept, both keyed by the images' content hashes (so a moved, renamed or re-split
image costs nothing):

- the **view matches**: for every pair of images whose codes came within the search radius, its two
  closest matches (which view of which image matched which view of the other, and how far apart);
- the **verdicts**: for every verified candidate, its starting alignments and what verification made
  of them.

A re-audit of a grown dataset then searches only the new images' codes against everyone's
(:func:`dataaudit.auditors.leakage.hamming_index.find_pairs` with the new codes on one side) and
verifies only candidates it has not verified before. The candidates themselves are chosen again
from all matches, exactly as a cold audit chooses them, so the findings are those of a cold audit.

The memo is stored as a plain ``.npz`` archive (numbers and fixed-width byte strings, never pickles)
in the cache's results table; an unreadable or foreign memo is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dataaudit.engine.result_memo import memo_archive, read_memo_archive

__all__ = ["SearchMemo", "MATCH_FIELDS", "CANDIDATE_FIELDS", "VERDICT_FIELDS", "content_keys_bytes", "locate"]

#: Bumped whenever what a memo holds, or how it is searched and verified, changes meaning.
MEMO_VERSION = 3

#: A view match: query image, query code, window image, window code, Hamming distance.
MATCH_FIELDS = ("q_img", "q_code", "w_img", "w_code", "dist")
#: A candidate's starts: its two closest view matches (image, code each); flat pairs use code 255.
CANDIDATE_FIELDS = ("q_img1", "q_code1", "w_img1", "w_code1", "q_img2", "q_code2", "w_img2", "w_code2")
#: What verification made of a candidate (the fields of verify.Alignment).
VERDICT_FIELDS = ("similarity", "detail", "colour", "mirrored", "params", "overlap", "start", "turns")
_IMAGE_FIELDS = {"q_img", "w_img", "q_img1", "w_img1", "q_img2", "w_img2"}


def content_keys_bytes(keys: np.ndarray) -> np.ndarray:
    """Content keys as a fixed-width byte-string array (storable without pickles, sortable)."""
    return np.array([str(k).encode() for k in np.asarray(keys, dtype=object)], dtype=np.bytes_)


def locate(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Position of each of ``wanted`` in ``keys`` (distinct byte strings), -1 where absent."""
    if len(keys) == 0 or len(wanted) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    width = max(keys.dtype.itemsize, wanted.dtype.itemsize)
    sorted_keys = keys[order].astype(f"S{width}")
    wanted = wanted.astype(f"S{width}")
    at = np.minimum(np.searchsorted(sorted_keys, wanted), len(keys) - 1)
    return np.where(sorted_keys[at] == wanted, order[at], -1).astype(np.int64)


@dataclass(frozen=True)
class SearchMemo:
    """View matches and verdicts of one search, images named by their position in ``keys``."""

    keys: np.ndarray  # (K,) content keys, bytes
    matches: dict[str, np.ndarray]  # MATCH_FIELDS
    candidates: dict[str, np.ndarray]  # CANDIDATE_FIELDS
    verdicts: dict[str, np.ndarray]  # VERDICT_FIELDS, one row per candidate

    def to_bytes(self) -> bytes:
        arrays = {"keys": self.keys}
        arrays.update({f"m_{k}": v for k, v in self.matches.items()})
        arrays.update({f"c_{k}": v for k, v in self.candidates.items()})
        arrays.update({f"v_{k}": v for k, v in self.verdicts.items()})
        return memo_archive(MEMO_VERSION, arrays)

    @classmethod
    def from_bytes(cls, blob: bytes | None) -> SearchMemo | None:
        """The memo in ``blob``, or None when there is none or it cannot be read as one."""
        names = ["keys", *(f"m_{k}" for k in MATCH_FIELDS), *(f"c_{k}" for k in CANDIDATE_FIELDS),
                 *(f"v_{k}" for k in VERDICT_FIELDS)]
        arrays = read_memo_archive(blob, MEMO_VERSION, names)
        if arrays is None:
            return None
        memo = cls(
            keys=arrays["keys"],
            matches={k: arrays[f"m_{k}"] for k in MATCH_FIELDS},
            candidates={k: arrays[f"c_{k}"] for k in CANDIDATE_FIELDS},
            verdicts={k: arrays[f"v_{k}"] for k in VERDICT_FIELDS},
        )
        n_matches = {len(v) for v in memo.matches.values()}
        n_candidates = {len(v) for v in (*memo.candidates.values(), *memo.verdicts.values())}
        if len(n_matches) != 1 or len(n_candidates) != 1 or memo.keys.dtype.kind != "S":
            return None
        for name, values in (*memo.matches.items(), *memo.candidates.items()):
            if name in _IMAGE_FIELDS and len(values) and (values.min() < 0 or values.max() >= len(memo.keys)):
                return None
        return memo

    def in_positions(self, keys: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray], dict[str, np.ndarray],
                                                     dict[str, np.ndarray]]:
        """This memo renamed to positions in ``keys`` (today's images): which of today's images it knew,
        and the matches and verdicts whose images all still exist."""
        where = locate(keys, self.keys)
        known = np.zeros(len(keys), dtype=bool)
        known[where[where >= 0]] = True

        def renamed(table: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
            images = [name for name in table if name in _IMAGE_FIELDS]
            if not images or not len(table[images[0]]):
                return {name: v[:0] if name not in _IMAGE_FIELDS else v[:0].astype(np.int64)
                        for name, v in table.items()}
            keep = np.logical_and.reduce([where[table[name]] >= 0 for name in images])
            return {name: (where[v[keep]] if name in _IMAGE_FIELDS else v[keep]) for name, v in table.items()}

        candidates = renamed({**self.candidates, **{f"_{k}": v for k, v in self.verdicts.items()}})
        verdicts = {k: candidates.pop(f"_{k}") for k in VERDICT_FIELDS}
        return known, renamed(self.matches), candidates, verdicts
