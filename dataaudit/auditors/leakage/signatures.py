"""Per-image signatures for duplicate search: a luma thumbnail from the scan, binary codes derived from it.

The scan stores one small luma thumbnail per image (:func:`luma32`, 1 KB)
plus an 8x8 colour map (:func:`chroma8`, 128 bytes). Everything else is computed
from them in the auditor, in large vectorised batches, so the view design can
change without re-reading a single file.

Candidate codes are 64-bit DCT hashes (the 64 lowest non-DC frequencies of a
16x16 view, each compared with their median, as in a perceptual hash) of
several *views* of the thumbnail:

- **query views** (:data:`QUERY_VIEWS`): the whole image and its central 80%,
  the latter also turned by +-4 degrees, each also mirrored: 8 codes;
- **window views** (:data:`WINDOW_VIEWS`, the first 20): the whole image, its
  central 92%, and 85% and 80% windows on a 3x3 grid of positions: 20 codes.

Image B is a candidate copy of image A when some query code of B is within a
Hamming radius of some window code of A (or the other way round). A crop of up
to 15%, a shift of 5%, a turn of 5 degrees or a mirror image of A then has a
view of B and a view of A that show nearly the same content; the verification
step (:mod:`.verify`) starts its alignment from that pair of views.

The search for stronger edits (the leakage auditor's ``strong_edits``) adds
:func:`strong_codes`, computed by the auditor when asked for: the whole image in
the six other orientations of the square (quarter turns, vertical flip,
transpositions: :data:`ORIENTATIONS`; 6 more query codes) and 70% windows on a
5x5 grid (half-area crops; 25 more window codes), searched in the combinations of
:data:`STRONG_SEARCHES`. A turned or flipped view's code comes from the unturned
view's DCT coefficients (a quarter turn transposes them and flips the sign of odd
vertical frequencies; a mirror flips the sign of odd horizontal ones).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from dataaudit.scan.features import DecodedImage, ImageBatch, convert_stacked, register_batch, register_feature

__all__ = [
    "luma32",
    "chroma8",
    "THUMB",
    "QUERY_VIEWS",
    "WINDOW_VIEWS",
    "CODE_BYTES",
    "view_codes",
    "split_codes",
    "ORIENTATIONS",
    "SEARCHES",
    "STRONG_SEARCHES",
    "query_code_view",
    "MASKED_REGIONS",
    "extra_codes",
    "lookalike_codes",
    "LOOKALIKE_SEARCH",
]

#: Side of the stored luma thumbnail.
THUMB = 32
#: Side of the views the hashes are computed on.
VIEW = 16
CODE_BITS = 64
CODE_BYTES = CODE_BITS // 8

#: Side of the stored chroma map.
CHROMA = 8


def _thumb_filter(source_size: tuple[int, int]) -> Image.Resampling:
    """A box filter when shrinking (cheaper than the bilinear of ``DecodedImage.resized`` and
    free of aliasing), bilinear when a tiny image has to grow."""
    return Image.Resampling.BOX if min(source_size) >= THUMB else Image.Resampling.BILINEAR


def _ycc32(image: DecodedImage) -> Image.Image:
    """The 32x32 YCbCr thumbnail both features are cut from, made once per image."""
    cached = getattr(image, "_leakage_ycc32", None)
    if cached is None:
        rgb = image.rgb
        cached = rgb.resize((THUMB, THUMB), _thumb_filter(rgb.size)).convert("YCbCr")
        image._leakage_ycc32 = cached  # type: ignore[attr-defined]
    return cached


def _ycc32_batch(batch: ImageBatch) -> np.ndarray:
    """Every image's ``_ycc32``, stacked: (n, THUMB, THUMB, 3)."""
    return batch.memo("leakage-ycc32", lambda: convert_stacked(batch.resample((THUMB, THUMB), _thumb_filter), "YCbCr"))


@register_feature("luma32", shape=(THUMB, THUMB), dtype="uint8")
def luma32(image: DecodedImage) -> np.ndarray:
    """32x32 luma thumbnail (BT.601 Y, as Pillow's "L"; aspect ignored)."""
    return np.asarray(_ycc32(image).getchannel(0))


@register_batch("luma32")
def _luma32_batch(batch: ImageBatch) -> np.ndarray:
    return _ycc32_batch(batch)[..., 0]


@register_feature("chroma8", shape=(CHROMA, CHROMA, 2), dtype="uint8")
def chroma8(image: DecodedImage) -> np.ndarray:
    """Mean chroma (JPEG's Cb, Cr; 128 is grey) over an 8x8 grid of the 32x32 thumbnail."""
    return np.asarray(_ycc32(image).reduce(THUMB // CHROMA))[..., 1:]


@register_batch("chroma8")
def _chroma8_batch(batch: ImageBatch) -> np.ndarray:
    # THUMB // CHROMA divides THUMB: no reduced cell spans two images of the stack.
    stacked = Image.fromarray(_ycc32_batch(batch).reshape(-1, THUMB, 3), "YCbCr")
    return np.asarray(stacked.reduce(THUMB // CHROMA))[..., 1:].reshape(len(batch), CHROMA, CHROMA, 2)


# -- views -----------------------------------------------------------------------------------------
# A view is (centre_x, centre_y, scale_x, scale_y, angle_radians): view pixel (u, v) in [0, 1]^2
# shows the thumbnail at centre + R(angle) diag(scale) ((u, v) - 0.5), in normalised coordinates.


def _grid(scale: float, offsets: tuple[float, ...]) -> list[tuple[float, float, float, float, float]]:
    return [(0.5 + ox, 0.5 + oy, scale, scale, 0.0) for oy in offsets for ox in offsets]


def _ring(scale: float, offsets: tuple[float, ...]) -> list[tuple[float, float, float, float, float]]:
    """The grid's outer positions only (its inner ones are another grid's)."""
    return [view for view in _grid(scale, offsets)
            if max(abs(view[0] - 0.5), abs(view[1] - 0.5)) > max(offsets) - 1e-9]


_TURN = float(np.deg2rad(4.0))
#: Views of the query side (each is also hashed mirrored).
QUERY_VIEWS = np.array(
    [(0.5, 0.5, 1.0, 1.0, 0.0), (0.5, 0.5, 0.8, 0.8, 0.0), (0.5, 0.5, 0.8, 0.8, -_TURN), (0.5, 0.5, 0.8, 0.8, _TURN)],
    dtype=np.float32,
)
#: Views of the indexed side.
WINDOW_VIEWS = np.array(
    [(0.5, 0.5, 1.0, 1.0, 0.0), (0.5, 0.5, 0.92, 0.92, 0.0)]
    + _grid(0.85, (-0.075, 0.0, 0.075))
    + _grid(0.8, (-0.05, 0.0, 0.05))
    # Strong edits only: crops keeping half the area (30% of each side removed, split at random between
    # opposite borders), and 20% crops placed further out than the 80% grid above reaches. A 64-bit code of
    # a 70% window moves by about 10 bits when the window is 0.03 off the crop, so the grids step by 0.05.
    + _grid(0.7, (-0.15, -0.1, -0.05, 0.0, 0.05, 0.1, 0.15))
    + _ring(0.8, (-0.1, -0.05, 0.0, 0.05, 0.1)),
    dtype=np.float32,
)
#: Window codes of the scan's ``view_codes``: the whole image, 92%, the 85% and 80% grids.
N_BASE_WINDOWS = 20
#: The orientations of the square besides the identity and the plain mirror image, as (quarter turns
#: counter-clockwise, then mirrored): 90/180/270 degrees, the vertical flip (180 + mirror) and the
#: two transpositions.
ORIENTATIONS = ((1, False), (2, False), (3, False), (2, True), (1, True), (3, True))
#: Query views also hashed in every orientation (unturned, centred, square views: the whole image).
ORIENTED_VIEWS = (0,)


def _masked_regions() -> tuple[tuple[int, int, int, int], ...]:
    strip = 7  # 22% of the side: a caption bar of up to 15%, with room for its text's and edge's blur
    edge = THUMB - strip
    strips = ((0, 0, THUMB, strip), (0, edge, THUMB, THUMB), (0, 0, strip, THUMB), (edge, 0, THUMB, THUMB))
    half = THUMB // 2
    blocks = tuple((x, y, x + half, y + half) for y in (0, 8, 16) for x in (0, 8, 16))
    return strips + blocks


#: Regions (left, top, right, bottom in thumbnail pixels) left out of the *masked views*: a 22% strip along each
#: side and a quarter-image square on a grid of eighths. A caption bar or a logo over up to 15% of the image
#: fits in one of them wherever it sits; with it replaced by the rest's mean luma, the copy's masked view
#: and the original's show the same picture. The set is closed under the square's turns and flips, so a
#: turned image's masked views are its unturned masked views, turned.
MASKED_REGIONS = _masked_regions()
N_MASKED = len(MASKED_REGIONS)
#: Codes of the scan's ``view_codes`` feature (query, window).
N_QUERY_CODES = 2 * len(QUERY_VIEWS)
N_WINDOW_CODES = N_BASE_WINDOWS
#: The codes the strong-edit search adds (:func:`extra_codes`), after the scan's. Query codes: the masked views,
#: then the whole image in each of ORIENTATIONS, then the masked views in each of ORIENTATIONS
#: (orientation-major). Window codes: the masked views, then the crop windows.
MASKED_QUERY = N_QUERY_CODES
ORIENTED_QUERY = MASKED_QUERY + N_MASKED
ORIENTED_MASKED_QUERY = ORIENTED_QUERY + len(ORIENTATIONS) * len(ORIENTED_VIEWS)
N_STRONG_QUERY_CODES = ORIENTED_MASKED_QUERY + len(ORIENTATIONS) * N_MASKED
MASKED_WINDOW = N_WINDOW_CODES
CROP_WINDOW = MASKED_WINDOW + N_MASKED
N_STRONG_WINDOW_CODES = CROP_WINDOW + len(WINDOW_VIEWS) - N_BASE_WINDOWS
#: Look-alike data only (the fine verification's search, :func:`lookalike_codes`): mild crops (6% and 11% of
#: each side removed) on a grid of positions a quarter of the round-1 grids' step apart. Among photos a crop's
#: code may land 10 bits from its original's nearest window and still be the closest; among radiographs or
#: digits the same anatomy or glyph in other images lands closer, hundreds of them, and crowds the crop out of
#: each image's few candidates. A window within a 2.5% step of the crop brings its code within a few bits.
LOOKALIKE_WINDOW_VIEWS = np.array(_grid(0.94, (-0.05, -0.025, 0.0, 0.025, 0.05))
                                  + _grid(0.89, (-0.05, -0.025, 0.0, 0.025, 0.05)), dtype=np.float32)
#: Window code index of the first look-alike window (after the strong edits' codes, whether those are searched).
LOOKALIKE_WINDOW = N_STRONG_WINDOW_CODES
N_LOOKALIKE_WINDOW_CODES = len(LOOKALIKE_WINDOW_VIEWS)
#: Rows of :data:`WINDOW_VIEWS` each window code shows (the masked views show the whole image), then the
#: look-alike windows.
WINDOW_CODE_VIEWS = np.concatenate([WINDOW_VIEWS[:N_BASE_WINDOWS], np.repeat(WINDOW_VIEWS[:1], N_MASKED, axis=0),
                                    WINDOW_VIEWS[N_BASE_WINDOWS:], LOOKALIKE_WINDOW_VIEWS])


def _oriented_region(region: int, turns: int, mirrored: bool) -> int:
    """The masked region that ``region`` becomes when the image is turned ``turns`` quarter turns, then mirrored."""
    mask = np.zeros((THUMB, THUMB), bool)
    left, top, right, bottom = MASKED_REGIONS[region]
    mask[top:bottom, left:right] = True
    mask = np.rot90(mask, turns)
    mask = mask[:, ::-1] if mirrored else mask
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    return MASKED_REGIONS.index((int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1))


#: For each orientation and each region of the turned image: the region of the unturned image it comes from.
_REGION_SOURCE = np.array([[next(r for r in range(N_MASKED) if _oriented_region(r, t, m) == target)
                            for target in range(N_MASKED)] for t, m in ORIENTATIONS])

#: Which query codes are searched against which window codes (each pair of index arrays one search). By
#: default, the scan's codes only: every query code of ``view_codes`` against every window code. (Even the
#: masked side strips alone cost half as much CPU again as that search on 10,000 CIFAR-10 images: masked
#: views are searched with the strong edits only.)
VIEW_SEARCH: tuple[np.ndarray, np.ndarray] = (np.arange(N_QUERY_CODES), np.arange(N_WINDOW_CODES))
SEARCHES: tuple[tuple[np.ndarray, np.ndarray], ...] = (VIEW_SEARCH,)
#: With the strong edits' codes: the whole image and its mirror image also meet the crop windows (half-area
#: crops, far-placed 20% crops); the whole image in the six other orientations meets the round-1 windows (a
#: turned copy, also cropped); each masked view in every orientation meets the same masked view (an overlay
#: on a turned copy). Searching every query against every window would cost more again, mostly in collisions
#: of unrelated images.
#: A search may carry a third element, bits added to the sensitivity's radius: the whole image meets the crop
#: windows at STRONG_EXTRA_RADIUS more (a half-area crop falling between two grid positions left some copies at
#: 11-12 bits), and the turned whole image meets the round-1 windows at TURNED_EXTRA_RADIUS more (a turned copy
#: cropped 15% half-way between two positions of the 85% grid: 5 of 7 such copies missed in the benchmark at 100 per
#: edit, seeds 0-2, were at 12 bits). An earlier try of the latter, with 30 copies per edit, made two photos of one
#: aeroplane on the same sky candidates, and verified them; at 100 copies per edit (seeds 0-2, held-out 7-8) precision
#: moves by under 0.001 either way: seed 0 gains one link between two different ships on a grey horizon, a pair the
#: default setting reports too (docs/leakage.md).
STRONG_EXTRA_RADIUS = 2
TURNED_EXTRA_RADIUS = 2
STRONG_SEARCHES: tuple[tuple, ...] = (
    VIEW_SEARCH,
    *((np.r_[MASKED_QUERY + r, ORIENTED_MASKED_QUERY + r + N_MASKED * np.arange(len(ORIENTATIONS))],
       np.array([MASKED_WINDOW + r])) for r in range(N_MASKED)),
    (np.array([0, len(QUERY_VIEWS)]), np.arange(CROP_WINDOW, N_STRONG_WINDOW_CODES), STRONG_EXTRA_RADIUS),
    (np.arange(ORIENTED_QUERY, ORIENTED_MASKED_QUERY), np.arange(N_BASE_WINDOWS), TURNED_EXTRA_RADIUS),
)
#: On look-alike data: the whole image and its mirror image also meet the look-alike windows (mild crops).
LOOKALIKE_SEARCH: tuple[np.ndarray, np.ndarray] = (
    np.array([0, len(QUERY_VIEWS)]), np.arange(LOOKALIKE_WINDOW, LOOKALIKE_WINDOW + N_LOOKALIKE_WINDOW_CODES))


def query_code_view(code: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For query code indices: the QUERY_VIEWS row hashed, quarter turns and mirror applied to the image first.

    Codes ``k < len(QUERY_VIEWS)`` are view ``k``, the next ``len(QUERY_VIEWS)`` the same views
    mirrored; then the masked views (of the whole image, unturned), the whole image in each of
    ORIENTATIONS, and the masked views in each of ORIENTATIONS (see :data:`N_STRONG_QUERY_CODES`).
    """
    code = np.asarray(code, dtype=np.int64)
    nq = len(QUERY_VIEWS)
    turns_of = np.array([0] + [t for t, _ in ORIENTATIONS])
    mirror_of = np.array([False] + [m for _, m in ORIENTATIONS])
    orientation = np.select(
        [code < MASKED_QUERY, code < ORIENTED_QUERY, code < ORIENTED_MASKED_QUERY],
        [np.zeros_like(code), np.zeros_like(code), 1 + (code - ORIENTED_QUERY) // len(ORIENTED_VIEWS)],
        1 + (code - ORIENTED_MASKED_QUERY) // N_MASKED)
    orientation = np.clip(orientation, 0, len(ORIENTATIONS))
    plain = code < MASKED_QUERY
    view = np.where(plain, code % nq, 0)
    turns = turns_of[orientation]
    mirrored = np.where(plain, code >= nq, mirror_of[orientation])
    return view, turns, mirrored


def _dct_rows(n: int, rows: int) -> np.ndarray:
    k = np.arange(rows)[:, None]
    i = np.arange(n)[None, :]
    m = np.cos(np.pi * (2 * i + 1) * k / (2 * n)) * np.sqrt(2.0 / n)
    m[0] /= np.sqrt(2.0)
    return m


def _low_frequencies(count: int) -> list[tuple[int, int]]:
    # Zig-zag order without DC: the lowest spatial frequencies survive every edit best.
    cells = sorted((u + v, max(u, v), v, u) for u in range(VIEW) for v in range(VIEW) if u + v > 0)
    return [(v, u) for _, _, v, u in cells[:count]]


_FREQS = _low_frequencies(CODE_BITS)
_ROWS = max(max(v, u) for v, u in _FREQS) + 1
_FV = np.array([v for v, _ in _FREQS])
_FU = np.array([u for _, u in _FREQS])
#: Mirroring a view flips the sign of its odd horizontal frequencies.
_MIRROR_SIGN = np.where(_FU % 2 == 1, -1.0, 1.0)
_SUPER = 4  # samples per view pixel and axis (box filter against aliasing)


def _axis_matrix(centre: float, scale: float) -> np.ndarray:
    """(VIEW, THUMB) area-resampling matrix of one axis of an unturned view (bilinear, supersampled)."""
    n_out = VIEW * _SUPER
    x = centre + scale * ((np.arange(n_out) + 0.5) / n_out - 0.5)
    pos = np.clip(x * THUMB - 0.5, 0, THUMB - 1)
    i0 = np.floor(pos).astype(int)
    i1 = np.minimum(i0 + 1, THUMB - 1)
    w = pos - i0
    m = np.zeros((n_out, THUMB))
    np.add.at(m, (np.arange(n_out), i0), 1 - w)
    np.add.at(m, (np.arange(n_out), i1), w)
    return m.reshape(VIEW, _SUPER, THUMB).mean(axis=1)


def _turned_matrix(view: np.ndarray) -> np.ndarray:
    """(CODE_BITS, THUMB*THUMB) map from thumbnail pixels to the DCT coefficients of a turned view."""
    cx, cy, sx, sy, angle = (float(v) for v in view)
    n_out = VIEW * _SUPER
    g = (np.arange(n_out) + 0.5) / n_out - 0.5
    u, v = np.meshgrid(g, g)  # v rows, u columns
    c, s = np.cos(angle), np.sin(angle)
    x = cx + c * sx * u - s * sy * v
    y = cy + s * sx * u + c * sy * v
    px = np.clip(x * THUMB - 0.5, 0, THUMB - 1)
    py = np.clip(y * THUMB - 0.5, 0, THUMB - 1)
    x0 = np.minimum(np.floor(px).astype(int), THUMB - 2)
    y0 = np.minimum(np.floor(py).astype(int), THUMB - 2)
    wx, wy = px - x0, py - y0
    sample = np.zeros((n_out * n_out, THUMB * THUMB))
    rows = np.arange(n_out * n_out)
    for dy, dx, weight in ((0, 0, (1 - wx) * (1 - wy)), (0, 1, wx * (1 - wy)), (1, 0, (1 - wx) * wy), (1, 1, wx * wy)):
        np.add.at(sample, (rows, ((y0 + dy) * THUMB + x0 + dx).ravel()), weight.ravel())
    # Average each SUPERxSUPER block into one view pixel, then take the DCT coefficients.
    view_px = sample.reshape(VIEW, _SUPER, VIEW, _SUPER, -1).mean(axis=(1, 3)).reshape(VIEW * VIEW, -1)
    dct = _dct_rows(VIEW, VIEW)
    basis = np.einsum("ky,lx->klyx", dct, dct)[_FV, _FU].reshape(CODE_BITS, VIEW * VIEW)
    return basis @ view_px


def _build_plan(all_views: np.ndarray) -> dict[str, np.ndarray]:
    dct = _dct_rows(VIEW, _ROWS)
    flat = [k for k, view in enumerate(all_views) if view[4] == 0.0]
    # Separable views: coefficients = (D Ry) L (D Rx)^T, only the rows/columns the hash uses.
    my = np.stack([dct @ _axis_matrix(all_views[k, 1], all_views[k, 3]) for k in flat])  # (V, ROWS, THUMB)
    mx = np.stack([dct @ _axis_matrix(all_views[k, 0], all_views[k, 2]) for k in flat])
    turned = [k for k in range(len(all_views)) if all_views[k, 4] != 0.0]
    mt = np.stack([_turned_matrix(all_views[k]) for k in turned]) if turned else np.zeros((0, CODE_BITS, THUMB * THUMB))
    return {
        "flat": np.array(flat),
        "my_all": my.reshape(-1, THUMB),  # (V*ROWS, THUMB)
        "mxT": mx.transpose(0, 2, 1),  # (V, THUMB, ROWS)
        "turned": np.array(turned, dtype=int),
        "mt": mt.reshape(-1, THUMB * THUMB).T,  # (THUMB*THUMB, T*BITS)
    }


_PLAN = _build_plan(np.concatenate([QUERY_VIEWS, WINDOW_VIEWS[:N_BASE_WINDOWS]]))
#: The crop windows of the strong edits' codes; all unturned.
_CROP_PLAN = _build_plan(WINDOW_VIEWS[N_BASE_WINDOWS:])
_LOOKALIKE_PLAN = _build_plan(LOOKALIKE_WINDOW_VIEWS)
#: The whole view's (ROWS, THUMB) DCT-of-resampling matrix (the same for both axes), for the masked views.
_WHOLE_AXIS = _dct_rows(VIEW, _ROWS) @ _axis_matrix(0.5, 1.0)


def _coefficients(luma: np.ndarray, plan: dict[str, np.ndarray] = _PLAN) -> tuple[np.ndarray, np.ndarray]:
    """(n, views, CODE_BITS) DCT coefficients of every view of ``plan``, and the full
    (n, flat views, ROWS, ROWS) grid of low frequencies of its unturned views."""
    n = len(luma)
    lum = luma.astype(np.float64)
    n_flat = len(plan["flat"])
    out = np.empty((n, len(plan["flat"]) + len(plan["turned"]), CODE_BITS), dtype=np.float64)
    # One large matrix product for the rows of every view, one batched product for the columns.
    by_row = np.ascontiguousarray(lum.transpose(1, 0, 2)).reshape(THUMB, n * THUMB)
    rows = (plan["my_all"] @ by_row).reshape(n_flat, _ROWS * n, THUMB)  # (view, v * image, x)
    coeffs = (rows @ plan["mxT"]).reshape(n_flat, _ROWS, n, _ROWS)  # (view, v, image, u)
    out[:, plan["flat"], :] = coeffs[:, _FV, :, _FU].transpose(2, 1, 0)  # (64, view, image) -> (image, view, 64)
    if len(plan["turned"]):
        turned = (lum.reshape(n, THUMB * THUMB) @ plan["mt"]).reshape(n, len(plan["turned"]), CODE_BITS)
        out[:, plan["turned"], :] = turned
    return out, coeffs.transpose(2, 0, 1, 3)  # grid: (image, flat view, v, u)


_ODD = np.where(np.arange(_ROWS) % 2 == 1, -1.0, 1.0)


def _oriented(grid: np.ndarray, turns: int, mirrored: bool) -> np.ndarray:
    """DCT coefficients (..., CODE_BITS) of the views in ``grid`` (..., ROWS, ROWS) turned ``turns`` quarter
    turns counter-clockwise (as ``np.rot90``), then mirrored."""
    for _ in range(turns):
        # np.rot90(v) is the transpose flipped upside down: swap the frequency axes, negate odd rows.
        grid = grid.swapaxes(-1, -2) * _ODD[:, None]
    if mirrored:
        grid = grid * _ODD[None, :]
    return grid[..., _FV, _FU]


def _hash(coeffs: np.ndarray) -> np.ndarray:
    # Coefficients in float64, rounded to 1e-6: an image's code is then the same whether it was hashed
    # alone or in a batch (matrix products of other shapes sum in another order), also for a featureless
    # image, whose coefficients are all float noise.
    coeffs = np.round(coeffs, 6)
    # The median (sorting is faster than np.median here): every code has exactly 32 bits set.
    middle = np.sort(coeffs, axis=-1)[..., CODE_BITS // 2 - 1 : CODE_BITS // 2 + 1].mean(axis=-1, keepdims=True)
    bits = coeffs > middle
    return np.packbits(bits, axis=-1)


def view_codes(luma: np.ndarray, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Query codes ``(n, N_QUERY_CODES, 8)`` and window codes ``(n, N_WINDOW_CODES, 8)`` of (n, 32, 32) thumbnails.

    Query code ``k < len(QUERY_VIEWS)`` hashes view ``k``; code ``len(QUERY_VIEWS) + k`` the same view mirrored.
    """
    luma = np.asarray(luma)
    n = len(luma)
    nq = len(QUERY_VIEWS)
    query = np.empty((n, N_QUERY_CODES, CODE_BYTES), dtype=np.uint8)
    window = np.empty((n, N_WINDOW_CODES, CODE_BYTES), dtype=np.uint8)
    for start in range(0, n, chunk):
        coeffs, _ = _coefficients(luma[start : start + chunk])
        q = coeffs[:, :nq]
        query[start : start + chunk, :nq] = _hash(q)
        query[start : start + chunk, nq:] = _hash(q * _MIRROR_SIGN)
        window[start : start + chunk] = _hash(coeffs[:, nq:])
    return query, window


def _masked_grids(luma: np.ndarray) -> np.ndarray:
    """(n, N_MASKED, ROWS, ROWS) low-frequency DCT grids of the whole view of each thumbnail with each of the
    MASKED_REGIONS replaced by the mean luma of the rest.

    The masked image is ``L - L*R + c R`` (``R`` the region's indicator, ``c`` the rest's mean), so its grid is
    the whole image's minus the region's plus ``c`` times the region's indicator's: three separable products.
    """
    lum = luma.astype(np.float64)
    p = _WHOLE_AXIS
    whole = p @ lum @ p.T  # (n, ROWS, ROWS)
    total = lum.sum(axis=(1, 2))
    out = np.empty((len(lum), N_MASKED, _ROWS, _ROWS))
    for r, (left, top, right, bottom) in enumerate(MASKED_REGIONS):
        py, px = p[:, top:bottom], p[:, left:right]
        part = lum[:, top:bottom, left:right]
        rest_mean = (total - part.sum(axis=(1, 2))) / (THUMB * THUMB - part.shape[1] * part.shape[2])
        indicator = np.outer(py.sum(axis=1), px.sum(axis=1))
        out[:, r] = whole - py @ part @ px.T + rest_mean[:, None, None] * indicator
    return out


def extra_codes(luma: np.ndarray, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """The codes the strong-edit search adds to :func:`view_codes` (layout: :data:`N_STRONG_QUERY_CODES`): query
    codes ``(n, N_STRONG_QUERY_CODES - N_QUERY_CODES, 8)`` and window codes ``(n, N_STRONG_WINDOW_CODES -
    N_WINDOW_CODES, 8)``: the masked views, the whole image and the masked views in each of ORIENTATIONS, and
    the crop windows."""
    luma = np.asarray(luma)
    n = len(luma)
    query = np.empty((n, N_STRONG_QUERY_CODES - N_QUERY_CODES, CODE_BYTES), dtype=np.uint8)
    window = np.empty((n, N_STRONG_WINDOW_CODES - N_WINDOW_CODES, CODE_BYTES), dtype=np.uint8)
    for start in range(0, n, chunk):
        part = luma[start : start + chunk]
        masked = _masked_grids(part)
        masked_codes = _hash(masked[..., _FV, _FU])
        query[start : start + chunk, :N_MASKED] = masked_codes
        window[start : start + chunk, :N_MASKED] = masked_codes
        coeffs, grid = _coefficients(part, _CROP_PLAN)
        whole = _WHOLE_AXIS @ part.astype(np.float64) @ _WHOLE_AXIS.T
        oriented = [_oriented(whole[:, None], t, m) for t, m in ORIENTATIONS]
        oriented += [_oriented(masked[:, _REGION_SOURCE[o]], t, m) for o, (t, m) in enumerate(ORIENTATIONS)]
        query[start : start + chunk, N_MASKED:] = _hash(np.concatenate(oriented, axis=1))
        window[start : start + chunk, N_MASKED:] = _hash(coeffs)
    return query, window


def lookalike_codes(luma: np.ndarray, chunk: int = 2048) -> np.ndarray:
    """Window codes ``(n, N_LOOKALIKE_WINDOW_CODES, 8)`` of the look-alike windows (:data:`LOOKALIKE_WINDOW_VIEWS`)
    of (n, 32, 32) thumbnails; computed by the auditor on look-alike data only."""
    luma = np.asarray(luma)
    window = np.empty((len(luma), N_LOOKALIKE_WINDOW_CODES, CODE_BYTES), dtype=np.uint8)
    for start in range(0, len(luma), chunk):
        coeffs, _ = _coefficients(luma[start : start + chunk], _LOOKALIKE_PLAN)
        window[start : start + chunk] = _hash(coeffs)
    return window


@register_feature("view_codes", shape=(N_QUERY_CODES + N_WINDOW_CODES, CODE_BYTES), dtype="uint8")
def view_codes_feature(image: DecodedImage) -> np.ndarray:
    """Binary codes of the luma thumbnail's views: query codes, then window codes (:func:`view_codes`).

    A scan feature rather than computed by the auditor: computed in the scan's worker processes
    and cached with each image's content, so a re-audit of a grown dataset hashes only the new images.
    """
    return np.concatenate(view_codes(luma32(image)[None]), axis=1)[0]


@register_batch("view_codes")
def _view_codes_batch(batch: ImageBatch) -> np.ndarray:
    return np.concatenate(view_codes(_luma32_batch(batch)), axis=1)


def split_codes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ``view_codes`` feature (n, 28, 8) as :func:`view_codes` returns them: (query, window)."""
    return codes[:, :N_QUERY_CODES], codes[:, N_QUERY_CODES:]
