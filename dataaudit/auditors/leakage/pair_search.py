"""Find exact and near-duplicate pairs among thumbnails, and merge them into groups.

1. Byte-identical files (same content hash) are exact pairs; only one image of
   each such set takes part in the near-duplicate search.
2. Candidates: every query code within ``radius`` bits of a window code
   (:func:`dataaudit.auditors.leakage.hamming_index.search_pairs`), excluding an image with itself; each
   image keeps its ``MAX_CANDIDATES`` closest partners (by code distance). The search runs in bands of
   query images and reduces the matches as they come (:func:`band_partners`), so its memory is bounded
   by the number of images, not of matches.
3. Verification: each candidate image pair is aligned from three starts (its
   two closest view matches, and no transform) and scored (:mod:`.verify`);
   it is a near duplicate when its similarity reaches ``min_similarity``.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from dataaudit.auditors.leakage.borders import ExtendedRows, TrimmedViews, trimmed_views
from dataaudit.auditors.leakage.hamming_index import hamming_distance, popcount, search_pairs
from dataaudit.auditors.leakage.search_memo import (
    CANDIDATE_FIELDS,
    MATCH_FIELDS,
    VERDICT_FIELDS,
    SearchMemo,
    content_keys_bytes,
)
from dataaudit.auditors.leakage.signatures import (
    CODE_BYTES,
    LOOKALIKE_SEARCH,
    LOOKALIKE_WINDOW,
    N_QUERY_CODES,
    N_WINDOW_CODES,
    SEARCHES,
    STRONG_SEARCHES,
    THUMB,
    VIEW_SEARCH,
    extra_codes,
    lookalike_codes,
    view_codes,
)
from dataaudit.auditors.leakage.verify import (
    FLAT_DETAIL,
    FLAT_SCALE,
    MIN_SEARCH_FIT,
    MIN_START_FIT,
    Alignment,
    detail_level,
    initial_alignment,
    verify_pairs,
)
from dataaudit.engine.tasks import IN_PROCESS, Tasks
from dataaudit.scan.scanner import default_jobs
from dataaudit.progress import NO_PROGRESS, NO_STAGE, Progress, Stage

__all__ = ["DuplicatePairs", "find_duplicate_pairs", "verify_given_pairs", "connected_groups",
           "lookalike_sample", "LookalikeSample", "take_rows"]

#: Random same-class pairs verified to measure how well non-copies align (see lookalike_sample); the level is
#: only measured with at least this many images and pairs.
LOOKALIKE_PAIRS = 300
LOOKALIKE_MIN_IMAGES = 40
LOOKALIKE_MIN_PAIRS = 30
#: Images whose shorter side (as stored) is below this are too small to judge near copies of: exact only.
MIN_SIDE = 16
#: Candidate partners verified per image at most: its closest ones by code distance.
MAX_CANDIDATES = 5
#: Query images searched per band of the candidate search (each band is one independent task; bands bound
#: the codes searched at once, not the matches: those are reduced as they are found).
BAND_IMAGES = 1 << 19
#: Chosen pairs whose view matches are compared at once.
_PAIR_CHUNK = 1 << 15
#: Partner entries buffered before they are reduced to each image's closest ones (bounds their memory).
_PENDING_ENTRIES = 1 << 22
#: Pairs verified per batch (bounds memory: each holds a few 32x32 float arrays per start).
VERIFY_BATCH = 4096
#: Batches verified at once, in threads (in one process; as tasks, each batch is one).
VERIFY_THREADS = min(4, default_jobs())
#: Candidates verified per round (:func:`_verify_joining`): a candidate whose two images earlier rounds already
#: joined through verified copies is not verified. Within a round all are, so a search of fewer candidates
#: (a few thousand images) verifies every one.
VERIFY_ROUND = 2 * VERIFY_BATCH
#: Rough one-core costs, to tell whether a pool's start-up pays (engine.tasks.Tasks.parallel): seconds per
#: verified pair (three starts), per query code searched against each 1,000 window codes.
VERIFY_SECONDS_PER_PAIR = 3e-4
SEARCH_SECONDS_PER_CODE = 2e-8


@dataclass(frozen=True)
class DuplicatePairs:
    """Matched pairs, as indices into the searched arrays (``a < b``), sorted by (a, b).

    ``kind`` is ``"exact"`` (same bytes) or ``"near"``. For near pairs the
    alignment maps image ``source`` onto image ``target``
    (``x_target = centre + R(angle) diag(scale) (x_source' - 0.5)``, source turned ``turns``
    quarter turns counter-clockwise, then mirrored when ``mirrored``). Exact pairs have similarity 1
    and an identity alignment.
    """

    a: np.ndarray
    b: np.ndarray
    kind: np.ndarray
    similarity: np.ndarray
    source: np.ndarray
    target: np.ndarray
    mirrored: np.ndarray
    params: np.ndarray
    turns: np.ndarray
    candidates: int = 0
    verified: int = 0  # candidates verified in this search (the others' verdicts came from a memo)
    memo: SearchMemo | None = None

    def __len__(self) -> int:
        return len(self.a)

    def take(self, rows: np.ndarray) -> DuplicatePairs:
        """These pairs at ``rows`` (a boolean mask or an index order), the search's counts and memo kept."""
        return replace(self, **{name: getattr(self, name)[rows] for name in _PER_PAIR})


#: DuplicatePairs' fields that hold one value per pair.
_PER_PAIR = ("a", "b", "kind", "similarity", "source", "target", "mirrored", "params", "turns")


_IDENTITY = np.array([0.5, 0.5, 1.0, 1.0, 0.0], dtype=np.float32)


@dataclass(frozen=True)
class LookalikeSample:
    """Random pairs of different images of one class, verified: ``level`` is their median similarity
    (NaN, with no pairs, when there are too few images to tell); ``aligned``, ``source`` and ``target``
    their alignments (source mapped onto target), for a finer look at the same pairs."""

    level: float
    aligned: Alignment | None = None
    source: np.ndarray | None = None
    target: np.ndarray | None = None

    @property
    def pairs(self) -> int:
        return 0 if self.source is None else len(self.source)


def lookalike_sample(
    luma: np.ndarray,
    chroma: np.ndarray | None,
    labels: np.ndarray | None,
    content_keys: np.ndarray,
    sides: np.ndarray | None = None,
    pairs: int = LOOKALIKE_PAIRS,
    seed: int = 0,
    codes: tuple[np.ndarray, np.ndarray] | None = None,
) -> LookalikeSample:
    """Random pairs of different images of one class, verified; their median similarity is the look-alike level.

    Random pairs are practically never copies, so this says how well *non-copies* align in this
    dataset: about 0.15 for photos (CIFAR-10), 0.0 for the generated demo images, 0.77 for
    handwritten digits (``load_digits`` at 32 px), where any two images of a class align nearly as
    well as an edited copy does. Level NaN (no pairs) when there are too few images to tell. ``codes`` may
    pass the :func:`view_codes` of ``luma`` (else they are computed for the sampled pairs' images).
    """
    eligible = np.arange(len(luma)) if sides is None else np.flatnonzero(np.asarray(sides) >= MIN_SIDE)
    if len(eligible) < LOOKALIKE_MIN_IMAGES:
        return LookalikeSample(float("nan"))
    rng = np.random.default_rng(seed)
    if labels is None:
        a, b = rng.choice(eligible, pairs * 2), rng.choice(eligible, pairs * 2)
    else:
        # Partner drawn from the anchor's own class, so datasets with many classes get their pairs too.
        lab = np.array(["" if v is None else str(v) for v in np.asarray(labels, dtype=object)[eligible]])
        eligible = eligible[lab != ""]
        _, code, size = np.unique(lab[lab != ""], return_inverse=True, return_counts=True)
        order = np.argsort(code, kind="stable")
        start = np.r_[0, np.cumsum(size)[:-1]]
        anchors = np.flatnonzero(size[code] >= 2)
        if len(anchors) == 0:
            return LookalikeSample(float("nan"))
        pick = rng.choice(anchors, pairs * 2)
        partner = order[start[code[pick]] + rng.integers(0, size[code[pick]])]
        a, b = eligible[pick], eligible[partner]
    keys = np.asarray(content_keys)
    keep = (a != b) & (keys[a] != keys[b])
    a, b = a[keep][:pairs], b[keep][:pairs]
    if len(a) < LOOKALIKE_MIN_PAIRS:
        return LookalikeSample(float("nan"))
    aligned, source, target, _ = verify_given_pairs(luma, chroma, a, b, codes=codes, sides=sides)
    return LookalikeSample(float(np.median(aligned.similarity)), aligned, source, target)


def take_rows(array: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``array[rows]`` for ascending distinct ``rows``; when they are all of its rows, a read-only view instead of
    a copy (the view codes of a million images are 224 MB, and usually every image is searched)."""
    if len(rows) != len(array):
        return array[rows]
    view = array.view()
    view.flags.writeable = False
    return view


def _exact_pairs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (first, other) linking every member of a set of equal keys to its first member; and the representatives."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    first_of = np.repeat(order[starts], np.diff(np.r_[starts, len(keys)]))
    others = first_of != order
    return first_of[others], order[others], np.sort(order[starts])


def find_duplicate_pairs(
    luma: np.ndarray,
    content_keys: np.ndarray | None = None,
    chroma: np.ndarray | None = None,
    sides: np.ndarray | None = None,
    *,
    radius: int,
    min_similarity: float,
    codes: tuple[np.ndarray, np.ndarray] | None = None,
    near: bool = True,
    detail: np.ndarray | None = None,
    progress: Progress = NO_PROGRESS,
    memo: SearchMemo | None = None,
    keep_memo: bool = False,
    strong: bool = False,
    lookalike: bool = False,
    tasks: Tasks = IN_PROCESS,
) -> DuplicatePairs:
    """Exact and near-duplicate pairs among ``luma`` (n, 32, 32) thumbnails (exact only when ``near`` is False).

    ``content_keys`` (n,) marks byte-identical files (equal keys); ``chroma``
    (n, 8, 8, 2) adds the colour check; ``sides`` (n,) the shorter side of each
    image as stored, so small images are compared at their own scale (images
    under MIN_SIDE pixels only take part as exact copies); ``codes`` may pass
    precomputed :func:`view_codes` of ``luma``, ``detail`` its :func:`detail_level`. ``progress``
    shows the candidate search and the verification (counting pairs) as stages.

    ``memo`` (from an earlier search with the same radius and similarity) lets the search skip
    what it already knows: view matches among images it has seen and verdicts on candidates it
    has verified; the result is the same as without it. With ``keep_memo`` the returned pairs
    carry the memo of this search (``DuplicatePairs.memo``) for the next one. ``strong`` also searches
    quarter turns, flips and half-area crops (:func:`~dataaudit.auditors.leakage.signatures.extra_codes`);
    ``lookalike`` (look-alike data, verified finely afterwards) also searches mild crops on a fine grid
    (:func:`~dataaudit.auditors.leakage.signatures.lookalike_codes`).
    ``tasks`` runs the candidate search's bands and the verification's batches (in this process, a local
    pool or a Dask cluster: :mod:`dataaudit.engine.tasks`); the result is the same wherever they run.
    """
    n = len(luma)
    keys = np.asarray(content_keys) if content_keys is not None else np.arange(n)
    if near and n:
        eligible = np.arange(n) if sides is None else np.flatnonzero(np.asarray(sides) >= MIN_SIDE)
        trimmed = trimmed_views(luma, eligible, chroma, sides, loose=strong)
        detailed = detail_level(trimmed.luma) >= FLAT_DETAIL
        if detailed.any():
            return _with_trimmed(luma, keys, chroma, sides, trimmed, detailed, codes, detail,
                                 radius=radius, min_similarity=min_similarity, progress=progress, memo=memo,
                                 keep_memo=keep_memo, strong=strong, lookalike=lookalike, tasks=tasks)
    return _find_pairs(luma, keys, chroma, sides, radius=radius, min_similarity=min_similarity, codes=codes,
                       near=near, detail=detail, progress=progress, memo=memo, keep_memo=keep_memo, strong=strong,
                       lookalike=lookalike, tasks=tasks)


def _with_trimmed(luma, keys, chroma, sides, trimmed: TrimmedViews, chosen: np.ndarray, codes, detail,
                  **search) -> DuplicatePairs:
    """The search over the images and the trimmed thumbnails of those with borders (each owned by its image,
    never paired with it); pairs of a trimmed thumbnail count as its owner's."""
    n = len(luma)
    owner = trimmed.owner[chosen]
    extra = trimmed.luma[chosen]
    k = len(owner)
    luma_x = ExtendedRows(luma, extra)
    keys = np.array([str(key) for key in np.asarray(keys)], dtype=object)
    keys_x = np.r_[keys, np.array([f"{key}#trimmed" for key in keys[owner]], dtype=object)]
    chroma_x = None if chroma is None else np.concatenate([np.asarray(chroma), trimmed.chroma[chosen]])
    sides_x = None if sides is None else np.r_[np.asarray(sides), trimmed.sides[chosen]]
    codes_x = None
    if codes is not None:
        q, w = view_codes(extra)
        codes_x = (np.concatenate([codes[0], q]), np.concatenate([codes[1], w]))
    detail_x = None if detail is None else np.r_[np.asarray(detail, dtype=np.float32), detail_level(extra)]
    owners = np.r_[np.arange(n), owner]
    pairs = _find_pairs(luma_x, keys_x, chroma_x, sides_x, codes=codes_x, near=True, detail=detail_x,
                        owner=owners, **search)
    a, b = owners[pairs.a], owners[pairs.b]
    # One pair per image pair, the best-verified (exact first): a trimmed thumbnail may match as its owner does.
    order = np.lexsort((-pairs.similarity, pairs.kind != "exact", np.maximum(a, b), np.minimum(a, b)))
    lo, hi = np.minimum(a, b)[order], np.maximum(a, b)[order]
    first = np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])] if len(lo) else np.zeros(0, bool)
    keep = order[first & (lo != hi)]
    fields = {name: getattr(pairs, name)[keep] for name in
              ("kind", "similarity", "mirrored", "params", "turns")}
    folded = DuplicatePairs(a=np.minimum(a, b)[keep], b=np.maximum(a, b)[keep], source=owners[pairs.source[keep]],
                            target=owners[pairs.target[keep]], **fields, candidates=pairs.candidates,
                            verified=pairs.verified, memo=pairs.memo)
    return _sorted(folded)


def _find_pairs(
    luma, keys, chroma, sides, *, radius: int, min_similarity: float, codes, near: bool, detail,
    progress: Progress, memo: SearchMemo | None, keep_memo: bool, owner: np.ndarray | None = None,
    strong: bool = False, lookalike: bool = False, tasks: Tasks = IN_PROCESS,
) -> DuplicatePairs:
    """find_duplicate_pairs over these rows; rows of one ``owner`` are never paired with each other."""
    n = len(luma)
    owner = np.arange(n) if owner is None else owner
    ex_a, ex_b, reps = _exact_pairs(keys) if n else (np.zeros(0, int),) * 3
    if sides is not None:
        reps = reps[np.asarray(sides)[reps] >= MIN_SIDE]
    if not near:
        reps = reps[:0]
    rep_keys = content_keys_bytes(keys[reps]) if memo is not None or keep_memo else None
    # Ties (a pair matches equally well both ways round; flat images of equal brightness) are broken by
    # content, not by where an image happens to be listed: a renamed or re-listed dataset then yields the
    # same candidates, and a memo of them stays valid.
    rank = np.argsort(np.argsort(keys[reps], kind="stable"), kind="stable")
    known, old_matches, old_candidates, old_verdicts = (
        memo.in_positions(rep_keys) if memo is not None and rep_keys is not None else (None, None, None, None))
    with progress.stage("leakage: candidates") if len(reps) else NO_STAGE:  # no stage: exact copies only
        query, window = codes if codes is not None else _codes_of(view_codes, luma, reps)
        if codes is not None:
            query, window = take_rows(query, reps), take_rows(window, reps)
        searches = STRONG_SEARCHES if strong else SEARCHES
        if strong:
            extra_query, extra_window = _codes_of(extra_codes, luma, reps)
            query, window = np.concatenate([query, extra_query], axis=1), np.concatenate([window, extra_window], axis=1)
        if lookalike:
            # Appended after whatever window codes there are; the search and its matches name them by their
            # place in the array, translated to their code index (LOOKALIKE_WINDOW onwards) below.
            placed = window.shape[1]
            window = np.concatenate([window, _codes_of(lookalike_codes, luma, reps)], axis=1)
            searches = (*searches, (LOOKALIKE_SEARCH[0], LOOKALIKE_SEARCH[1] - LOOKALIKE_WINDOW + placed))
        # The memo keeps only the matches of each image's closest pairs: enough when images were only added,
        # but a pair may become one of the closest when images are gone; then everyone's codes are searched.
        complete = memo is not None and known is not None and int(known.sum()) == len(memo.keys)
        matches = _view_matches(query, window, radius, rank, known if complete else None,
                                old_matches if complete else None, owner[reps], owner[reps] == reps,
                                searches, tasks=tasks)
        if lookalike and placed != LOOKALIKE_WINDOW:  # (a monotone map: the matches' order stays)
            matches["w_code"] = np.where(matches["w_code"] >= placed, matches["w_code"] - placed + LOOKALIKE_WINDOW,
                                         matches["w_code"])
        lo, hi, q_img, q_code, w_img, w_code, dist = (matches[k] for k in ("lo", "hi", *MATCH_FIELDS))
        first = np.flatnonzero(np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])]) if len(lo) else np.zeros(0, int)
        first = first[_closest_per_image(lo[first], hi[first], dist[first], len(reps))]
        second = np.minimum(first + 1, len(lo) - 1)
        second = np.where((lo[second] == lo[first]) & (hi[second] == hi[first]), second, first)
        # Featureless images have unstable codes: pair them by brightness instead (see _flat_candidates).
        f_lo, f_hi = _flat_candidates(luma, reps, lo[first], hi[first], rank,
                                      None if detail is None else np.asarray(detail)[reps])
    flat_code = np.full(len(f_lo), 255)
    candidates = {
        "q_img1": np.r_[q_img[first], f_hi], "q_code1": np.r_[q_code[first], flat_code],
        "w_img1": np.r_[w_img[first], f_lo], "w_code1": np.r_[w_code[first], flat_code],
        "q_img2": np.r_[q_img[second], f_hi], "q_code2": np.r_[q_code[second], flat_code],
        "w_img2": np.r_[w_img[second], f_lo], "w_code2": np.r_[w_code[second], flat_code],
    }
    n_searched, n_candidates = len(first), len(first) + len(f_lo)
    seen = _rows_of(candidates, old_candidates) if old_candidates is not None else np.full(n_candidates, -1)
    if old_verdicts is not None and len(old_verdicts["start"]):
        # A candidate the earlier search skipped (its images were already joined) has no verdict to reuse.
        seen = np.where((seen >= 0) & (old_verdicts["start"][np.maximum(seen, 0)] >= 0), seen, -1)
    todo = np.flatnonzero(seen < 0)
    main, flat = np.arange(n_searched), todo[todo >= n_searched]
    # Closest candidates first, ties by the images' ranks (their content): the same order however the data is
    # listed, so a re-audit joins (and skips) exactly what an audit from scratch does.
    q_rank, w_rank = rank[candidates["q_img1"][main]], rank[candidates["w_img1"][main]]
    by_distance = np.lexsort((np.maximum(q_rank, w_rank), np.minimum(q_rank, w_rank), dist[first]))
    shared = _SharedOnce(luma, chroma, sides)
    with progress.stage("leakage: verifying pairs", total=len(todo), unit="pairs") as verifying:
        def verify_main(rows: np.ndarray) -> Alignment:
            return _verify_starts(
                luma, chroma, sides, reps, *(candidates[k][rows] for k in CANDIDATE_FIELDS),
                min(MIN_START_FIT, min_similarity), min(MIN_SEARCH_FIT, min_similarity - 0.05), verifying, strong,
                tasks, shared,
            )[0]

        # Look-alike data keeps only the pairs a finer check confirms afterwards: every candidate is verified.
        fresh_main = _verify_joining(owner[reps[candidates["q_img1"][main]]], owner[reps[candidates["w_img1"][main]]],
                                     by_distance, seen[main], old_verdicts, verify_main, min_similarity, verifying,
                                     VERIFY_ROUND if not lookalike else max(1, n_searched))
        fresh_flat = _verify_in_chunks(
            luma, chroma, sides, reps[candidates["w_img1"][flat]][:, None], reps[candidates["q_img1"][flat]][:, None],
            np.zeros((len(flat), 1), bool), np.tile(_IDENTITY, (len(flat), 1, 1)), progress=verifying, tasks=tasks,
            shared=shared,
        )
    aligned = _assemble(n_candidates, seen, old_verdicts, (main, fresh_main), (flat, fresh_flat))
    # Start k of a candidate maps its k-th query image (source) onto its k-th window image (target); start 2
    # is the first match's images without a transform.
    second_start = aligned.start == 1
    source = reps[np.where(second_start, candidates["q_img2"], candidates["q_img1"])]
    target = reps[np.where(second_start, candidates["w_img2"], candidates["w_img1"])]
    best = np.flatnonzero(aligned.similarity >= min_similarity)

    near_a = np.minimum(reps[candidates["q_img1"][best]], reps[candidates["w_img1"][best]])
    near_b = np.maximum(reps[candidates["q_img1"][best]], reps[candidates["w_img1"][best]])
    n_exact, n_near = len(ex_a), len(best)
    a = np.r_[np.minimum(ex_a, ex_b), near_a].astype(np.int64)
    b = np.r_[np.maximum(ex_a, ex_b), near_b].astype(np.int64)
    new_memo = None
    if keep_memo and rep_keys is not None:
        new_memo = SearchMemo(
            keys=rep_keys,
            matches={k: matches[k].astype(np.int32 if k in ("q_img", "w_img") else np.uint8) for k in MATCH_FIELDS},
            candidates={k: v.astype(np.int32 if "img" in k else np.uint8) for k, v in candidates.items()},
            verdicts={k: getattr(aligned, k) for k in VERDICT_FIELDS},
        )
    pairs = DuplicatePairs(
        a=a,
        b=b,
        kind=np.array(["exact"] * n_exact + ["near"] * n_near, dtype=object),
        similarity=np.r_[np.ones(n_exact, np.float32), aligned.similarity[best]],
        source=np.r_[ex_b, source[best]].astype(np.int64),
        target=np.r_[ex_a, target[best]].astype(np.int64),
        mirrored=np.r_[np.zeros(n_exact, bool), aligned.mirrored[best]],
        turns=np.r_[np.zeros(n_exact, np.int64), aligned.turns[best]].astype(np.int64),
        params=np.concatenate([np.tile(_IDENTITY, (n_exact, 1)), aligned.params[best]]).reshape(-1, 5),
        candidates=n_candidates,
        verified=int(np.count_nonzero((fresh_main.start >= 0) & (seen[main] < 0))) + len(flat),
        memo=new_memo,
    )
    return _sorted(pairs)


def _view_matches(query: np.ndarray, window: np.ndarray, radius: int, rank: np.ndarray,
                  known: np.ndarray | None = None, old: dict[str, np.ndarray] | None = None,
                  owner: np.ndarray | None = None, indexed: np.ndarray | None = None,
                  searches: tuple[tuple[np.ndarray, np.ndarray], ...] = (VIEW_SEARCH,),
                  band_images: int | None = None, pair_chunk: int = _PAIR_CHUNK,
                  tasks: Tasks = IN_PROCESS) -> dict[str, np.ndarray]:
    """The two closest view matches of every image pair whose codes come within ``radius`` and that is
    among the MAX_CANDIDATES closest pairs (:func:`_closest_per_image`) of one of its images.

    Returns ``lo``, ``hi`` (the pair, lower ``rank`` first) and MATCH_FIELDS, sorted by pair,
    distance, codes and query image (ranks): an order that depends only on the matches and the
    images' ranks (their content), so a search pieced together from a memo
    (``old``: such matches among the ``known`` images, none of the memo's images gone since) and a
    search of the new images' codes against everyone's gives exactly the arrays of a search from
    scratch: a pair that is not among the closest of either image stays so when images are added.
    Rows of one ``owner`` are never matched with each other; only rows marked ``indexed`` have their
    window codes searched.

    Two passes keep memory bounded by the number of images, whatever the number of raw matches: the
    search runs in bands of ``band_images`` query images (:func:`band_partners`, each an independent
    task), each reducing its matches as they stream in to every image's closest partners; the bands'
    partners are reduced the same way; then only the chosen pairs' view matches are computed, by
    comparing their codes directly (:func:`_pair_matches`), ``pair_chunk`` pairs at a time. The bands run as
    ``tasks`` (at least one per worker when they run in parallel; the window codes shared once per search).
    """
    n = len(query)
    everyone = np.arange(n)
    rank = np.asarray(rank)
    owner = everyone if owner is None else np.asarray(owner)
    indexed_mask = np.ones(n, bool) if indexed is None else np.asarray(indexed, bool)
    # Trimmed thumbnails only query: their owner's windows already show the content.
    indexed_rows = np.flatnonzero(indexed_mask)
    band_images = BAND_IMAGES if band_images is None else int(band_images)
    closest = ClosestPartners(rank)

    def search(q_rows: np.ndarray, w_rows: np.ndarray) -> None:
        w_rows = np.intersect1d(w_rows, indexed_rows)
        if len(q_rows) == 0 or len(w_rows) == 0:
            return
        for spec in searches:
            q_sel, w_sel = spec[:2]
            # One copy of the window codes at most (20n codes: 160 MB at 1M images), none when all are searched.
            w_codes = window if len(w_rows) == len(window) else window[w_rows]
            if len(w_sel) != w_codes.shape[1] or np.any(w_sel != np.arange(len(w_sel))):
                w_codes = w_codes[:, w_sel]
            w_codes = w_codes.reshape(-1, CODE_BYTES)
            w_img = np.repeat(w_rows.astype(np.int32), len(w_sel))  # 4 bytes a code: 20M codes at 1M images
            runner = tasks.parallel(len(q_rows) * len(q_sel) * len(w_img) * 1e-3 * SEARCH_SECONDS_PER_CODE)
            # Bands are independent and exact, their partners merge in any order: cut at least one per worker.
            size = min(band_images, -(-len(q_rows) // runner.workers))
            bands = [q_rows[start : start + size] for start in range(0, len(q_rows), size)]
            shared = (runner.share(w_codes), runner.share(w_img), runner.share(owner), runner.share(rank)) \
                if len(bands) > 1 else (w_codes, w_img, owner, rank)
            band_args = [(query[band][:, q_sel].reshape(-1, CODE_BYTES), band, len(q_sel), search_radius(spec, radius),
                         *shared) for band in bands]
            for partners in runner.map(_band_task, band_args, "leakage-search-band"):
                closest.add(*partners)
            del w_codes, w_img, shared, band_args

    if known is None or old is None:
        search(everyone, everyone)
    else:
        q_img, w_img, dist = (np.asarray(old[k], np.int64) for k in ("q_img", "w_img", "dist"))
        keep = owner[q_img] != owner[w_img]
        closest.add_matches(q_img[keep], w_img[keep], dist[keep])
        added = np.flatnonzero(~known)
        search(added, everyone)
        search(np.flatnonzero(known), added)
    lo, hi = closest.pairs()
    del closest
    # A near copy's views match in dozens of ways: each piece of pairs keeps only its two closest matches.
    pieces = [_two_closest(*_pair_matches(query, window, lo[start : start + pair_chunk], hi[start : start + pair_chunk],
                                          radius, indexed_mask, searches), rank)
              for start in range(0, len(lo), pair_chunk)]
    if not pieces:
        pieces = [_two_closest(*(np.zeros(0, np.int64) for _ in MATCH_FIELDS), rank)]
    merged = {k: np.concatenate([piece[k] for piece in pieces]) for k in pieces[0]}
    order = np.lexsort((rank[merged["q_img"]], merged["w_code"], merged["q_code"], merged["dist"],
                        rank[merged["hi"]], rank[merged["lo"]]))
    return {k: v[order] for k, v in merged.items()}


def search_radius(spec: tuple, radius: int) -> int:
    """The Hamming radius of one search of ``searches`` (query codes, window codes[, radius added to the
    sensitivity's]): see :data:`~dataaudit.auditors.leakage.signatures.STRONG_SEARCHES`."""
    return radius + (int(spec[2]) if len(spec) > 2 else 0)


def _two_closest(q_img, q_code, w_img, w_code, dist, rank) -> dict[str, np.ndarray]:
    """Each image pair's two closest view matches (``lo``, ``hi``: the pair, lower rank first; MATCH_FIELDS),
    sorted by pair, distance, codes and query image (ranks)."""
    q_first = rank[q_img] < rank[w_img]
    lo, hi = np.where(q_first, q_img, w_img), np.where(q_first, w_img, q_img)
    order = np.lexsort((rank[q_img], w_code, q_code, dist, rank[hi], rank[lo]))
    lo, hi, q_img, q_code, w_img, w_code, dist = (x[order] for x in (lo, hi, q_img, q_code, w_img, w_code, dist))
    if len(lo):
        run_start = np.flatnonzero(np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])])
        place = np.arange(len(lo)) - np.repeat(run_start, np.diff(np.r_[run_start, len(lo)]))
        top = place < 2  # only a pair's two closest matches are ever used
        lo, hi, q_img, q_code, w_img, w_code, dist = (x[top] for x in (lo, hi, q_img, q_code, w_img, w_code, dist))
    return {"lo": lo, "hi": hi, "q_img": q_img, "q_code": q_code, "w_img": w_img, "w_code": w_code, "dist": dist}


class ClosestPartners:
    """Each image's MAX_CANDIDATES closest partners, kept while matches stream in.

    A partner's key is (its closest code distance, its rank), as :func:`_closest_per_image` orders
    them. Partners are buffered and reduced every ``pending`` entries; the reduction is exact
    whatever the order and grouping of the matches: a partner seen first at a larger distance than
    its closest is only ever kept while fewer than MAX_CANDIDATES partners are closer, and its
    closest match, when it comes, replaces it; a partner dropped had that many closer ones. For the
    same reason an entry beyond an image's current MAX_CANDIDATES-th key is dropped on arrival: in
    crowded data (many near copies of one photo) most are, and are never buffered or sorted.
    """

    def __init__(self, rank: np.ndarray, keep: int = MAX_CANDIDATES, pending: int = _PENDING_ENTRIES):
        self.rank, self.keep, self.n, self.pending_limit = rank, keep, max(1, len(rank)), pending
        self._parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self._pending = 0
        self._cutoff = np.full(len(rank), np.iinfo(np.int64).max, dtype=np.int64)  # each image's keep-th key

    def add_matches(self, q_img: np.ndarray, w_img: np.ndarray, dist: np.ndarray) -> None:
        """Matches of two images (never one image with itself) at these code distances."""
        self.add(np.r_[q_img, w_img], np.r_[w_img, q_img], np.r_[dist, dist] * self.n + np.r_[self.rank[w_img], self.rank[q_img]])

    def add(self, image: np.ndarray, partner: np.ndarray, key: np.ndarray) -> None:
        """Partners (with their keys, as :meth:`entries` returns them) of these images."""
        useful = key <= self._cutoff[image]
        if not useful.all():
            image, partner, key = image[useful], partner[useful], key[useful]
        if len(image) == 0:
            return
        self._parts.append((image.astype(np.int64), partner.astype(np.int64), key.astype(np.int64)))
        self._pending += len(image)
        if self._pending >= self.pending_limit:
            self._reduce()

    def _reduce(self) -> None:
        if len(self._parts) > 1 or self._pending:
            image, partner, key = (np.concatenate(column) for column in zip(*self._parts))
            image, partner, key = _closest_entries(image, partner, key, self.keep)
            self._parts = [(image, partner, key)]
            # Entries come by image then key: an image's keep-th entry, where it has that many, is its cutoff.
            last = np.flatnonzero(np.r_[image[1:] != image[:-1], True]) if len(image) else np.zeros(0, np.int64)
            full = np.diff(np.r_[-1, last]) == self.keep
            self._cutoff[image[last[full]]] = key[last[full]]
        self._pending = 0

    def entries(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(image, partner, key) of every image's closest partners, by image then key."""
        if not self._parts:
            return (np.zeros(0, np.int64),) * 3
        self._reduce()
        return self._parts[0]

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (lower rank first, each once) that are among the closest of either image."""
        image, partner, _ = self.entries()
        first = self.rank[image] < self.rank[partner]
        lo, hi = np.where(first, image, partner), np.where(first, partner, image)
        if len(lo) == 0:
            return lo, hi
        unique = np.unique(lo * self.n + hi)
        return unique // self.n, unique % self.n


def _closest_entries(image, partner, key, keep: int):
    """Per image, its ``keep`` smallest-key partners, each partner once at its smallest key."""
    order = np.lexsort((key, partner, image))
    image, partner, key = image[order], partner[order], key[order]
    first = np.r_[True, (image[1:] != image[:-1]) | (partner[1:] != partner[:-1])]
    image, partner, key = image[first], partner[first], key[first]
    order = np.lexsort((key, image))
    image, partner, key = image[order], partner[order], key[order]
    run_start = np.flatnonzero(np.r_[True, image[1:] != image[:-1]])
    place = np.arange(len(image)) - np.repeat(run_start, np.diff(np.r_[run_start, len(image)]))
    top = place < keep
    return image[top], partner[top], key[top]


def band_partners(q_codes: np.ndarray, q_img: np.ndarray, w_codes: np.ndarray, w_img: np.ndarray, radius: int,
                  owner: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One band of the candidate search: the query codes ``q_codes`` (of images ``q_img``) against the window
    codes ``w_codes`` (of ``w_img``), reduced to each image's closest partners (:class:`ClosestPartners`).

    Returns (image, partner, key) arrays, ``key = distance * len(rank) + rank[partner]``: at most
    MAX_CANDIDATES per image, whatever the number of raw matches, which are reduced as they are found.
    A plain function of its arguments, so bands can run anywhere; their results merge with
    :meth:`ClosestPartners.add` in any order.
    """
    closest = ClosestPartners(rank)

    def consume(i: np.ndarray, j: np.ndarray, d: np.ndarray) -> None:
        qi, wi = q_img[i], w_img[j]
        other = owner[qi] != owner[wi]
        closest.add_matches(qi[other], wi[other], d[other])

    search_pairs(q_codes, w_codes, radius, consume)
    return closest.entries()


def _band_task(q_codes: np.ndarray, band: np.ndarray, per_image: int, radius: int, w_codes, w_img, owner,
               rank) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One band of the candidate search as a task: :func:`band_partners` of the query codes ``q_codes``
    (``per_image`` per image of ``band``) against the (shared) window codes."""
    return band_partners(q_codes, np.repeat(band.astype(np.int32), per_image), np.asarray(w_codes), np.asarray(w_img),
                         radius, np.asarray(owner), np.asarray(rank))


def _pair_matches(query: np.ndarray, window: np.ndarray, lo: np.ndarray, hi: np.ndarray, radius: int,
                  indexed: np.ndarray, searches, chunk: int = 8192) -> tuple[np.ndarray, ...]:
    """Every view match (MATCH_FIELDS) within ``radius`` of the pairs (lo, hi), both ways round, found by
    comparing the pairs' codes directly: the same matches the search finds for them."""
    q_words = np.ascontiguousarray(query).view("<u8")[..., 0]
    w_words = np.ascontiguousarray(window).view("<u8")[..., 0]
    parts = []
    for x, y in ((lo, hi), (hi, lo)):  # x's queries against y's windows
        y_indexed = indexed[y]
        x, y = x[y_indexed], y[y_indexed]
        for spec in searches:
            q_sel, w_sel = spec[:2]
            for start in range(0, len(x), chunk):
                xs, ys = x[start : start + chunk], y[start : start + chunk]
                dist = popcount(q_words[xs][:, q_sel][:, :, None] ^ w_words[ys][:, w_sel][:, None, :])
                p, a, b = np.nonzero(dist <= search_radius(spec, radius))
                parts.append((xs[p], q_sel[a], ys[p], w_sel[b], dist[p, a, b]))
    if not parts:
        return tuple(np.zeros(0, np.int64) for _ in MATCH_FIELDS)
    return tuple(np.concatenate([part[k] for part in parts]).astype(np.int64) for k in range(len(MATCH_FIELDS)))


def _rows_of(current: dict[str, np.ndarray], known: dict[str, np.ndarray]) -> np.ndarray:
    """For each current candidate, its row among the ``known`` ones (same images and starts), or -1."""
    n, m = len(current[CANDIDATE_FIELDS[0]]), len(known[CANDIDATE_FIELDS[0]])
    if n == 0 or m == 0:
        return np.full(n, -1, dtype=np.int64)
    # Both lists sorted together (a lexsort of plain integer columns, far cheaper than sorting records):
    # equal candidates form runs, the known ones first (lowest row first), so a run's first member says.
    fields = [np.concatenate([known[name], current[name]]).astype(np.int64) for name in CANDIDATE_FIELDS]
    order = np.lexsort((np.arange(n + m) >= m, *fields[::-1]))
    same = np.logical_and.reduce([f[order[1:]] == f[order[:-1]] for f in fields])
    first = order[np.maximum.accumulate(np.where(np.r_[True, ~same], np.arange(n + m), 0))]
    out = np.empty(n + m, dtype=np.int64)
    out[order] = np.where(first < m, first, -1)
    return out[m:]


def _alignment_columns(n: int) -> dict[str, np.ndarray]:
    """Zeroed columns of an Alignment of ``n`` pairs, to be filled row by row."""
    template = {"similarity": np.float32, "detail": np.float32, "colour": np.float32, "mirrored": bool,
                "overlap": np.float32, "start": np.int64, "turns": np.int64}
    out = {k: np.zeros(n, dtype) for k, dtype in template.items()}
    out["params"] = np.zeros((n, 5), np.float32)
    return out


def _assemble(n: int, seen: np.ndarray, old: dict[str, np.ndarray] | None,
              *fresh: tuple[np.ndarray, Alignment]) -> Alignment:
    """One Alignment for all ``n`` candidates: remembered verdicts where ``seen``, fresh ones elsewhere."""
    out = _alignment_columns(n)
    hit = np.flatnonzero(seen >= 0)
    if old is not None and len(hit):
        for k in out:
            out[k][hit] = old[k][seen[hit]]
    for rows, aligned in fresh:
        for k in out:
            out[k][rows] = getattr(aligned, k)
    return Alignment(**out)


def _verify_joining(image_a: np.ndarray, image_b: np.ndarray, order: np.ndarray, seen: np.ndarray,
                    old: dict[str, np.ndarray] | None, verify: Callable[[np.ndarray], Alignment],
                    min_similarity: float, progress: Stage = NO_STAGE, round_size: int = VERIFY_ROUND) -> Alignment:
    """Verdicts of the candidate pairs of images (``image_a[i]``, ``image_b[i]``), taken in ``order`` a round of
    ``round_size`` at a time: a candidate whose two images the copies verified in earlier rounds already join is
    skipped (its ``start`` is -1, its similarity NaN); the others are verified (``verify(rows)``), or take their
    remembered verdict (``old``, at row ``seen[i]`` when that is not -1).

    The groups of copies (connected components) are those of verifying every candidate: a skipped pair joins
    nothing that was not joined. In crowded data (many copies of one photo, each with its closest candidates
    among them) most candidates are such pairs, and verification is the dearest step of the search.
    """
    n = len(image_a)
    out = _alignment_columns(n)
    out["similarity"][:], out["detail"][:], out["start"][:] = np.nan, np.nan, -1
    joined = _Joined(int(max(image_a.max(initial=-1), image_b.max(initial=-1))) + 1)
    for begin in range(0, n, round_size):
        rows = order[begin : begin + round_size]
        live = rows[joined.label[image_a[rows]] != joined.label[image_b[rows]]]
        skipped = int(np.count_nonzero(seen[np.setdiff1d(rows, live)] < 0))  # counted as done: nothing to do
        if skipped:
            progress.update(skipped)
        known = live[seen[live] >= 0]
        fresh = live[seen[live] < 0]
        if len(known):
            assert old is not None
            for k in out:
                out[k][known] = old[k][seen[known]]
        if len(fresh):
            aligned = verify(fresh)
            for k in out:
                out[k][fresh] = getattr(aligned, k)
        copies = live[out["similarity"][live] >= min_similarity]
        joined.join(image_a[copies], image_b[copies])
    return Alignment(**out)


class _Joined:
    """Which images the verified copies so far join (connected components, relabelled after each round)."""

    def __init__(self, n: int):
        self.label = np.arange(n)  # each image's group, named by one of its images

    def join(self, a: np.ndarray, b: np.ndarray) -> None:
        """Join the groups of ``a[i]`` and ``b[i]``: the components of a graph of the groups these pairs touch
        (a few thousand nodes a round, not every image), then every image relabelled through them."""
        la, lb = self.label[a], self.label[b]
        apart = la != lb
        if not apart.any():
            return
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        nodes, ends = np.unique(np.r_[la[apart], lb[apart]], return_inverse=True)
        k = int(apart.sum())
        graph = coo_matrix((np.ones(k, dtype=np.int8), (ends[:k], ends[k:])), shape=(len(nodes), len(nodes)))
        _, component = connected_components(graph, directed=False)
        name = np.full(component.max() + 1, len(self.label))
        np.minimum.at(name, component, nodes)
        relabel = np.arange(len(self.label))
        relabel[nodes] = name[component]
        self.label = relabel[self.label]


def _codes_of(codes: Callable[[np.ndarray], Any], luma: np.ndarray, rows: np.ndarray, chunk: int = 2048) -> Any:
    """``codes(luma[rows])`` (an array, or a tuple of arrays), reading ``chunk`` rows at a time: ``luma`` may be
    the scan's on-disk FeatureRows, and a million thumbnails must not be copied into memory at once."""
    parts = [codes(luma[rows[start : start + chunk]]) for start in range(0, len(rows), chunk)]
    if not parts:
        parts = [codes(np.zeros((0, THUMB, THUMB), np.uint8))]
    if len(parts) == 1:
        return parts[0]
    if isinstance(parts[0], tuple):
        return tuple(np.concatenate(column) for column in zip(*parts))
    return np.concatenate(parts)


def _closest_per_image(lo: np.ndarray, hi: np.ndarray, dist: np.ndarray, n: int) -> np.ndarray:
    """Mask of the candidate pairs that are among the MAX_CANDIDATES closest (by code distance) of either image.

    In crowded data (thousands of near-identical layouts) the codes of unrelated
    images collide often; a real copy is nearly always among an image's closest
    codes, and groups stay connected through chains of copies.
    """
    ends = np.r_[lo, hi]
    pair = np.r_[np.arange(len(lo)), np.arange(len(lo))]
    order = np.lexsort((pair, np.r_[dist, dist], ends))
    ends, pair = ends[order], pair[order]
    start = np.searchsorted(ends, np.arange(n))
    rank = np.arange(len(ends)) - start[ends]
    keep = np.zeros(len(lo), dtype=bool)
    keep[pair[rank < MAX_CANDIDATES]] = True
    return keep


def _flat_candidates(luma: np.ndarray, reps: np.ndarray, lo: np.ndarray, hi: np.ndarray, rank: np.ndarray,
                     detail: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (lower rank first) of featureless images among ``luma[reps]`` next to each other in brightness
    order, not already candidates (indices into ``reps``).

    Linking neighbours in sorted order is enough for groups (connected components)
    and keeps the number of pairs linear in the number of flat images. Equal brightness is ordered by rank.
    """
    flat = np.flatnonzero((detail_level(luma[reps]) if detail is None else detail) < FLAT_DETAIL)
    if len(flat) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    brightness = luma[reps[flat]].reshape(len(flat), -1).mean(axis=1)
    by_brightness = np.lexsort((rank[flat], brightness))
    order = flat[by_brightness]
    steps = np.diff(brightness[by_brightness])
    a, b = order[:-1][steps <= FLAT_SCALE * 0.2], order[1:][steps <= FLAT_SCALE * 0.2]
    a, b = np.where(rank[a] < rank[b], a, b), np.where(rank[a] < rank[b], b, a)
    width = max(1, len(reps))
    new = ~np.isin(a * width + b, np.asarray(lo, np.int64) * width + hi)  # not a Python set of millions of tuples
    return a[new].astype(np.int64), b[new].astype(np.int64)


def _verify_starts(luma, chroma, sides, reps, qi1, qc1, wi1, wc1, qi2, qc2, wi2, wc2, min_start=None, min_search=None,
                   progress: Stage = NO_STAGE, strong: bool = False, tasks: Tasks = IN_PROCESS,
                   shared: _SharedOnce | None = None):
    """Verify pairs from three starts each: two view matches (query image, code; window image, code) and
    no transform (in the direction, orientation and mirror of the first). Returns the alignment, source and
    target rows."""
    mirrored_1, turns_1, params_1 = initial_alignment(qc1, wc1)
    mirrored_2, turns_2, params_2 = initial_alignment(qc2, wc2)
    starts_a = reps[np.stack([wi1, wi2, wi1], axis=1)]
    starts_b = reps[np.stack([qi1, qi2, qi1], axis=1)]
    mirrored = np.stack([mirrored_1, mirrored_2, mirrored_1], axis=1)
    turns = np.stack([turns_1, turns_2, turns_1], axis=1)
    params = np.stack([params_1, params_2, np.tile(_IDENTITY, (len(qi1), 1))], axis=1)
    aligned = _verify_in_chunks(luma, chroma, sides, starts_a, starts_b, mirrored, params, min_start, min_search,
                                progress, turns, strong, tasks, shared)
    rows = np.arange(len(qi1))
    return aligned, starts_b[rows, aligned.start], starts_a[rows, aligned.start]


def verify_given_pairs(
    luma: np.ndarray, chroma: np.ndarray | None, a: np.ndarray, b: np.ndarray,
    codes: tuple[np.ndarray, np.ndarray] | None = None, sides: np.ndarray | None = None,
) -> tuple[Alignment, np.ndarray, np.ndarray, np.ndarray]:
    """Verify chosen pairs (a[i], b[i]) as if they were candidates, whatever their code distance.

    Returns the alignment, its source and target rows, and each pair's closest code distance
    (the radius at which the candidate search would have found it). Used to calibrate thresholds.
    """
    a, b = np.asarray(a), np.asarray(b)
    if codes is None:
        # Codes of the pairs' images only: callers pass a few hundred pairs out of a whole dataset.
        used, inverse = np.unique(np.r_[a, b], return_inverse=True)
        query, window = view_codes(luma[used])
        code_a, code_b = inverse[: len(a)], inverse[len(a):]
    else:
        query, window = codes
        code_a, code_b = a, b
    nq, nw = query.shape[1], window.shape[1]
    dist_ba = hamming_distance(query[code_b][:, :, None, :], window[code_a][:, None, :, :]).reshape(len(a), -1)
    dist_ab = hamming_distance(query[code_a][:, :, None, :], window[code_b][:, None, :, :]).reshape(len(a), -1)
    both = np.concatenate([dist_ba, dist_ab], axis=1)  # matches of B's queries first, then A's
    top = np.argsort(both, axis=1, kind="stable")[:, :2]
    b_queries = top < nq * nw
    code_pair = top % (nq * nw)
    q_img = np.where(b_queries, b[:, None], a[:, None])
    w_img = np.where(b_queries, a[:, None], b[:, None])
    q_code, w_code = code_pair // nw, code_pair % nw
    aligned, source, target = _verify_starts(
        luma, chroma, sides, np.arange(len(luma)), q_img[:, 0], q_code[:, 0], w_img[:, 0], w_code[:, 0],
        q_img[:, 1], q_code[:, 1], w_img[:, 1], w_code[:, 1],
    )
    return aligned, source, target, both.min(axis=1)


def _verify_batch(luma, chroma, sides, a_rows, b_rows, mirrored, params, min_start, min_search, turns,
                  strong: bool = False) -> Alignment:
    """One batch of pairs verified (a task when they run as tasks): ``luma``, ``chroma``, ``sides`` are every row's,
    ``a_rows``, ``b_rows`` the pairs' rows per start; ``strong``: verified as for the strong edits (logo boxes
    tolerated, bars left out; see :func:`verify_pairs`)."""
    return verify_pairs(
        luma[a_rows], luma[b_rows], mirrored, params,
        None if chroma is None else chroma[a_rows], None if chroma is None else chroma[b_rows],
        None if sides is None else np.minimum(sides[a_rows[:, 0]], sides[b_rows[:, 0]]), min_start,
        min_search=min_search, turns=turns, strong=strong,
    )


def _shared_rows(tasks: Tasks, rows):
    """``rows`` (the scan's thumbnails, maybe extended by trimmed views) as tasks read them."""
    if isinstance(rows, ExtendedRows):
        return ExtendedRows(tasks.share_rows(rows.base), tasks.share(rows.extra))
    return tasks.share_rows(rows)


class _SharedOnce:
    """The thumbnails, colours and sides as the tasks of one runner read them, shared the first time a runner asks:
    the verification's rounds and batches all read the same arrays, which must not be written out again each time
    (at a million images, hundreds of rounds)."""

    def __init__(self, luma, chroma, sides):
        self.arrays = (luma, chroma, sides)
        self._by_runner: dict[int, tuple[Tasks, tuple]] = {}

    def to(self, runner: Tasks) -> tuple:
        if id(runner) not in self._by_runner:
            luma, chroma, sides = self.arrays
            self._by_runner[id(runner)] = (runner, (
                _shared_rows(runner, luma), None if chroma is None else runner.share(np.asarray(chroma)),
                None if sides is None else runner.share(np.asarray(sides))))
        return self._by_runner[id(runner)][1]


def _verify_in_chunks(luma, chroma, sides, a_rows, b_rows, mirrored, params, min_start=None, min_search=None,
                      progress: Stage = NO_STAGE, turns=None, strong: bool = False,
                      tasks: Tasks = IN_PROCESS, shared: _SharedOnce | None = None) -> Alignment:
    """Verify pairs in batches: as ``tasks`` when they run in parallel (thumbnails, colours and sides shared
    once, through ``shared`` when the caller verifies more than once), else in threads; ``progress`` counts the
    pairs as each batch completes. ``strong``: verified as for the strong edits (see :func:`_verify_batch`)."""
    def batch(begin: int, rows=luma, colours=chroma, sizes=sides) -> tuple:
        sl = slice(begin, begin + VERIFY_BATCH)
        return (rows, colours, sizes, a_rows[sl], b_rows[sl], mirrored[sl], params[sl], min_start, min_search,
                None if turns is None else turns[sl], strong)

    starts = range(0, len(a_rows), VERIFY_BATCH)
    runner = tasks.parallel(len(a_rows) * VERIFY_SECONDS_PER_PAIR * a_rows.shape[1] / 3 if a_rows.ndim > 1 else 0.0)
    parts: list[Alignment] = []
    if len(starts) > 1 and runner.workers > 1:
        arrays = (shared or _SharedOnce(luma, chroma, sides)).to(runner)
        for part in runner.map(_verify_batch, [batch(begin, *arrays) for begin in starts], "leakage-verify-batch"):
            parts.append(part)
            progress.update(len(part.similarity))
    else:
        # The matrix products here are small (32x32 blurs, 9 region masks): a multi-threaded BLAS spends more
        # on waking its threads than on the products, 20x more on a busy machine. One BLAS thread per batch,
        # and batches in parallel threads instead (numpy releases the GIL in the array work).
        with threadpool_limits(limits=1, user_api="blas"):
            if len(starts) > 1 and VERIFY_THREADS > 1:
                with ThreadPoolExecutor(max_workers=VERIFY_THREADS) as pool:
                    for part in pool.map(lambda begin: _verify_batch(*batch(begin)), starts):  # counted here, in order
                        parts.append(part)
                        progress.update(len(part.similarity))
            else:
                for begin in starts:
                    parts.append(_verify_batch(*batch(begin)))
                    progress.update(len(parts[-1].similarity))
    if not parts:
        return verify_pairs(luma[:0, None], luma[:0, None], np.zeros((0, 1), bool), np.zeros((0, 1, 5), np.float32))
    return Alignment(*(np.concatenate([getattr(p, f) for p in parts]) for f in Alignment.__dataclass_fields__))


def _sorted(pairs: DuplicatePairs) -> DuplicatePairs:
    return pairs.take(np.lexsort((pairs.b, pairs.a)))


def connected_groups(n: int, a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    """Connected components with at least two members, each an ascending index array, ordered by first member."""
    if len(a) == 0:
        return []
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.r_[True, labels[order][1:] != labels[order][:-1], True])
    groups = [np.sort(order[s:e]) for s, e in zip(bounds[:-1], bounds[1:]) if e - s >= 2]
    return sorted(groups, key=lambda g: int(g[0]))
