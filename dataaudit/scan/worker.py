"""Code that runs inside scan worker processes: read, hash, decode, compute features.

Kept small and free of pandas so worker start-up stays cheap.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib
import io
import os
import warnings
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from PIL import Image, UnidentifiedImageError

from dataaudit.scan.dicom import decode_dicom, is_dicom
from dataaudit.safety import DEFAULT_MAX_IMAGE_BYTES, FileTooLarge, NotRegularFile, read_regular
from dataaudit.scan.features import DECODE_MIN_SIDE, DecodedImage, FeatureSpec, ImageBatch, get_feature, pil_to_rgb

__all__ = ["BatchResult", "decode_image", "process_files", "process_arrays", "init_worker", "content_hash", "array_hash"]

#: Version of the decode + meta logic; part of every cache key. 2: MPO files (multi-picture JPEGs,
#: as many cameras and phones write) are decoded at reduced DCT scale like every other JPEG.
#: 3: 16-bit RGB counted as 16 bits; formats outside DECODED_FORMATS no longer decoded.
#: 4: the camera body and shooting time from EXIF (``exif_camera``, ``exif_time``); DICOM files, with
#: their PatientID (``subject_id``).
META_KEY = f"meta@4/d{DECODE_MIN_SIDE}"

_BITS = {"1": 1, "I;16": 16, "I;16B": 16, "I;16L": 16, "I;16N": 16, "I": 32, "F": 32}
_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}
#: Pillow formats decoded by libjpeg, which can scale the DCT down (``Image.draft``). Pillow opens a
#: JPEG carrying an MP index of several pictures as MPO; its first picture is an ordinary JPEG.
_DCT_FORMATS = {"JPEG", "MPO"}

_state: dict[str, Any] = {"specs": [], "cache": None, "max_bytes": DEFAULT_MAX_IMAGE_BYTES}


# SHA-256 cut to 128 bits: CPUs with SHA extensions (most x86-64 and ARM of the last years) hash it
# about twice as fast as BLAKE2b, and the scan hashes every byte of the dataset.
def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def array_hash(array: np.ndarray) -> str:
    h = hashlib.sha256()
    h.update(f"{array.dtype.str}{array.shape}".encode())
    h.update(np.ascontiguousarray(array).data)
    return h.hexdigest()[:32]


def empty_meta() -> dict[str, Any]:
    from dataaudit.scan.table import META_COLUMNS

    return dict(META_COLUMNS)


def unread_meta(path: str, exc: OSError) -> dict[str, Any]:
    """The meta of a file that was not read: why (``error_kind``), in words (``error``)."""
    meta = empty_meta()
    if isinstance(exc, NotRegularFile):
        meta.update(error_kind="special", error=exc.kind)
    elif isinstance(exc, FileTooLarge):
        meta.update(bytes=exc.size, error_kind="too-large", error=f"{exc.size} bytes, over the {exc.limit}-byte limit")
    elif isinstance(exc, FileNotFoundError) and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:  # removed since
            target = "a path"
        meta.update(error_kind="dangling-link", error=f"symbolic link to {target}, which does not exist")
    elif isinstance(exc, FileNotFoundError):
        meta.update(error_kind="missing", error="file disappeared during the scan")
    else:
        meta.update(error_kind="unreadable", error=exc.strerror or str(exc))
    return meta


#: The only formats Pillow may decode: raster formats its own C code reads in this process. Not EPS/PS
#: (Pillow runs Ghostscript on them), WMF, MPEG or the scientific containers, whatever the data says.
DECODED_FORMATS = (
    "JPEG", "PNG", "GIF", "BMP", "DIB", "WEBP", "TIFF", "PPM", "TGA", "ICO", "PCX", "SGI", "QOI", "JPEG2000",
)


def _refused_format(data: bytes) -> str | None:
    """The Pillow format outside DECODED_FORMATS whose header ``data`` starts with, if any (headers only:
    each plugin's ``accept`` test looks at the first bytes and runs nothing)."""
    Image.init()
    head = data[:32]
    for name in Image.ID:
        if name in DECODED_FORMATS:
            continue
        accept = Image.OPEN.get(name, (None, None))[1]
        try:
            if accept is not None and accept(head):
                return name
        except Exception:  # a plugin's test on a short or odd header
            continue
    return None


def _bits(im: Image.Image) -> int:
    """Bits per channel of the stored data. Pillow opens 16-bit RGB(A) as 8-bit ``RGB``: only the raw
    mode of the image's tiles (``RGB;16B``) tells, before ``load()``."""
    bits = _BITS.get(im.mode, 8)
    if bits == 8:
        for tile in getattr(im, "tile", None) or ():
            args = tile[3] if len(tile) > 3 else None
            rawmode = args if isinstance(args, str) else (args[0] if isinstance(args, tuple) and args else "")
            if isinstance(rawmode, str) and ";16" in rawmode:
                return 16
    return bits


def _read_exif(im: Image.Image) -> Image.Exif | None:
    """The image's EXIF block, parsed once for everything the meta takes from it; None when absent or malformed."""
    try:
        exif = im.getexif()
    except Exception:  # malformed EXIF blocks are common and harmless to the pixels
        return None
    return exif or None


def _exif_orientation(exif: Image.Exif | None) -> int:
    try:
        return int(exif.get(0x0112, 0) or 0) if exif is not None else 0
    except Exception:  # a malformed orientation value
        return 0


_EXIF_IFD = 0x8769
_MAKE, _MODEL = 0x010F, 0x0110
_DATETIME_ORIGINAL, _SUBSEC_ORIGINAL = 0x9003, 0x9291
_OWNER, _BODY_SERIAL = 0xA430, 0xA431


def _exif_text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return " ".join(str(value).replace("\x00", " ").split()) if value is not None else ""


def _exif_shot(exif: Image.Exif | None) -> tuple[str, float]:
    """(camera body, shooting time in seconds) from EXIF; ("", nan) when the image does not say."""
    if exif is None:
        return "", float("nan")
    try:
        sub = exif.get_ifd(_EXIF_IFD)
        body = [_exif_text(exif.get(_MAKE)), _exif_text(exif.get(_MODEL)),
                _exif_text(sub.get(_BODY_SERIAL) or sub.get(_OWNER))]
        camera = "|".join(body) if any(body) else ""
        stamp = _exif_text(sub.get(_DATETIME_ORIGINAL) or exif.get(0x0132))
        when = float("nan")
        if stamp:
            shot = datetime.datetime.strptime(stamp[:19], "%Y:%m:%d %H:%M:%S")
            when = (shot - _EPOCH).total_seconds()
            fraction = _exif_text(sub.get(_SUBSEC_ORIGINAL))
            if fraction.isdigit():
                when += int(fraction) / 10 ** len(fraction)
        return camera, when
    except Exception:  # malformed EXIF blocks are common and harmless to the pixels
        return "", float("nan")


_EPOCH = datetime.datetime(1970, 1, 1)


def _frame_count(im: Image.Image) -> int:
    try:
        n = int(getattr(im, "n_frames", 1) or 1)
    except Exception:  # a damaged later frame: loaders still read the first one
        n = 1
    if n > 1:
        im.seek(0)
        im.load()
    return n


def decode_image(data: bytes) -> tuple[dict[str, Any], DecodedImage | None]:
    """Decode one encoded image: its meta, and the image (None when it cannot be decoded)."""
    meta = empty_meta()
    meta["bytes"] = len(data)
    if not data:
        meta.update(error_kind="empty", error="zero-byte file")
        return meta, None
    if is_dicom(data):
        decoded = decode_dicom(data, meta)
        return meta, decoded
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=DECODED_FORMATS)
        meta.update(
            format=im.format or "",
            width=int(im.size[0]),
            height=int(im.size[1]),
            mode=im.mode,
            bits=_bits(im),
            has_alpha=im.mode in _ALPHA_MODES or (im.mode == "P" and "transparency" in im.info),
        )
        if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
            meta.update(
                error_kind="bomb",
                error=f"{meta['width']}x{meta['height']} pixels exceeds Pillow's MAX_IMAGE_PIXELS "
                f"({Image.MAX_IMAGE_PIXELS}); not decoded",
            )
            return meta, None
        if im.format in _DCT_FORMATS:
            # Reduced DCT decoding: far less work for thumbnails, same look.
            im.draft(im.mode, (DECODE_MIN_SIDE, DECODE_MIN_SIDE))
        im.load()
        # Only after load(): some plugins (PNG) load the image inside getexif()/n_frames, and a
        # decode error raised there must not be swallowed as "no EXIF".
        exif = _read_exif(im)
        meta["exif_orientation"] = _exif_orientation(exif)
        meta["exif_camera"], meta["exif_time"] = _exif_shot(exif)
        meta["n_frames"] = _frame_count(im)
    except Image.DecompressionBombError as exc:
        meta.update(error_kind="bomb", error=str(exc))
        return meta, None
    except UnidentifiedImageError:
        other = _refused_format(data)
        if other is not None:
            meta.update(error_kind="unsupported", error=f"{other} data, a format dataaudit does not decode")
        else:
            meta.update(error_kind="not-image", error="content is not a recognised image format")
        return meta, None
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, EOFError, ...
        text = str(exc) or type(exc).__name__
        meta.update(error_kind="truncated" if "truncated" in text.lower() else "corrupt", error=text[:300])
        return meta, None
    try:
        return meta, DecodedImage(pil_to_rgb(im), (meta["width"], meta["height"]), meta["mode"])
    except Exception as exc:
        _mark_corrupt(meta, _UNCONVERTIBLE, exc)
        return meta, None


_UNCONVERTIBLE = "decoded but could not be converted"


def _mark_corrupt(meta: dict[str, Any], why: str, exc: Exception) -> None:
    meta.update(error_kind="corrupt", error=f"{why}: {exc}"[:300])


def record_bytes(specs: list[FeatureSpec]) -> int:
    """Length of one image's packed features: each spec's bytes, in ``specs`` order, as the cache stores them."""
    return sum(spec.nbytes for spec in specs)


class BatchResult(NamedTuple):
    """What a worker returns for one batch: a row per task, and the features of the rows that have them.

    ``packed`` holds one row per entry of ``with_features`` (positions in ``rows``): that image's
    features laid end to end in spec order, the layout of a cache record's blob. One array per batch
    instead of a dict of bytes per image keeps the pickling and the parent's work per batch.
    """

    rows: list[tuple[int, str, dict[str, Any], bool]]  # (task index, content hash, meta, decoded now)
    with_features: list[int]
    packed: np.ndarray  # (len(with_features), record_bytes(specs)) uint8


#: Decoded pixels held at once while a batch's features are computed: a batch of huge PNGs is
#: featurised a few images at a time, a batch of thumbnails all at once.
PIXEL_BUDGET = 4_000_000


class _BatchBuilder:
    """Collects a batch's rows; computes the features of decoded images group by group."""

    def __init__(self, specs: list[FeatureSpec], failure: str = _UNCONVERTIBLE):
        self.specs = specs
        self.failure = failure  # the error text of an image whose features cannot be computed
        self.rows: list[tuple[int, str, dict[str, Any], bool]] = []
        self.with_features: list[int] = []
        self.packed_rows: list[np.ndarray] = []
        self.group: list[tuple[int, DecodedImage]] = []  # (position in rows, image)
        self.group_pixels = 0

    def add(self, index: int, digest: str, meta: dict[str, Any], decoded: bool,
            image: DecodedImage | None = None, packed: np.ndarray | None = None) -> None:
        position = len(self.rows)
        self.rows.append((index, digest, meta, decoded))
        if packed is not None:
            self.with_features.append(position)
            self.packed_rows.append(packed[None])
        elif image is not None:
            self.group.append((position, image))
            width, height = image.rgb.size
            self.group_pixels += width * height
            if self.group_pixels >= PIXEL_BUDGET:
                self._featurise()

    def _featurise(self) -> None:
        group, self.group, self.group_pixels = self.group, [], 0
        if not group:
            return
        try:
            packed = _packed_features(ImageBatch([image for _, image in group]), self.specs)
        except Exception:
            # Find the image the batch failed on: alone, each either computes or is marked as corrupt.
            for position, image in group:
                try:
                    one = _packed_features(ImageBatch([image]), self.specs)
                except Exception as exc:
                    _mark_corrupt(self.rows[position][2], self.failure, exc)
                    continue
                self.with_features.append(position)
                self.packed_rows.append(one)
            return
        self.with_features.extend(position for position, _ in group)
        self.packed_rows.append(packed)

    def result(self) -> BatchResult:
        self._featurise()
        width = record_bytes(self.specs)
        packed = np.concatenate(self.packed_rows) if self.packed_rows else np.empty((0, width), dtype=np.uint8)
        order = np.argsort(self.with_features, kind="stable")  # rows order, whatever order groups ended in
        return BatchResult(self.rows, [self.with_features[k] for k in order], packed[order])


def _packed_features(batch: ImageBatch, specs: list[FeatureSpec]) -> np.ndarray:
    """(n, record_bytes) uint8: every feature of every image of ``batch``, each row in spec order."""
    out = np.empty((len(batch), record_bytes(specs)), dtype=np.uint8)
    offset = 0
    for spec in specs:
        values = spec.compute_batch(batch)
        out[:, offset : offset + spec.nbytes] = values.reshape(len(batch), -1).view(np.uint8)
        offset += spec.nbytes
    return out


def init_worker(feature_names: list[str], modules: list[str], cache_path: str | None,
                max_bytes: int = DEFAULT_MAX_IMAGE_BYTES) -> None:
    _state["max_bytes"] = max_bytes
    for module in modules:
        importlib.import_module(module)
    _state["specs"] = [get_feature(n) for n in feature_names]
    _state["cache"] = None
    if cache_path:
        from dataaudit.scan.cache import FeatureCache

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the parent already warned about this cache
            cache = FeatureCache(Path(cache_path), read_only=True)
        _state["cache"] = cache if cache.usable else None


def release_worker() -> None:
    """Close the cache init_worker opened, in a process that ran batches itself (a pool's workers end instead)."""
    cache, _state["cache"] = _state["cache"], None
    if cache is not None:
        cache.close()


def unblock_sigterm() -> None:
    """In a pool's worker process: take SIGTERM again, blocked while the fork server started (see
    scanner._start_helpers_without_sigint); SIGINT stays blocked (the calling process handles Ctrl-C)."""
    import signal

    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def init_pool_worker(feature_names: list[str], modules: list[str], cache_path: str | None,
                     max_bytes: int = DEFAULT_MAX_IMAGE_BYTES) -> None:
    """init_worker for a worker process of the pool (never the caller's own process)."""
    unblock_sigterm()
    _keep_freed_memory()
    # Features multiply small matrices (a batch's thumbnails): a multi-threaded BLAS in each of several
    # workers oversubscribes the cores and spends more on waking threads than on the products (the
    # scan ran 3.4x slower with the view codes). One BLAS thread per worker, for the worker's life.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    init_worker(feature_names, modules, cache_path, max_bytes)


#: Free heap glibc keeps for reuse instead of returning it to the system (see _keep_freed_memory).
_KEPT_FREE_BYTES = 64 << 20


def _keep_freed_memory() -> None:
    """Let glibc keep up to _KEPT_FREE_BYTES of freed heap, and serve allocations up to half that from it.

    Each batch allocates and frees tens of megabytes of thumbnails and temporaries. By default glibc
    gives freed memory at the top of the heap back to the system after a few megabytes, so every
    batch faulted it in again: a tenth of the scan's time on small images went to page faults.
    """
    import ctypes

    m_trim_threshold, m_mmap_threshold = -1, -3  # <malloc.h>
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # not glibc: its allocator has its own policy
        return
    mallopt(m_trim_threshold, _KEPT_FREE_BYTES)
    mallopt(m_mmap_threshold, _KEPT_FREE_BYTES // 2)


def _from_cache(digests: list[str]) -> dict[str, tuple[dict[str, Any], np.ndarray | None]]:
    """The cached meta and packed features of each content with a complete record (features None: known undecodable)."""
    import json

    from dataaudit.scan.cache import has_features, parse_layout, record_layout

    cache = _state["cache"]
    if cache is None or not digests:
        return {}
    records = cache.get_records(digests)
    if not cache.usable:
        _state["cache"] = None
    specs: list[FeatureSpec] = _state["specs"]
    wanted = {s.cache_key: s.nbytes for s in specs}
    out: dict[str, tuple[dict[str, Any], np.ndarray | None]] = {}
    for digest, record in records.items():
        if record.meta_key != META_KEY:
            continue
        layout = record_layout(record)
        try:
            meta = json.loads(record.meta)
        except ValueError:
            meta = None
        if layout is None or not isinstance(meta, dict):
            continue  # a damaged record: decode again
        if meta.get("error_kind"):
            out[digest] = (meta, None)  # known not to decode: no features were ever stored
            continue
        if not has_features(layout, wanted):
            continue
        offsets = parse_layout(record.layout)
        blob = record.features
        packed = b"".join([blob[offsets[s.cache_key][0] : sum(offsets[s.cache_key])] for s in specs])
        out[digest] = (meta, np.frombuffer(packed, dtype=np.uint8))
    return out


def process_files(batch: list[tuple[int, str]]) -> BatchResult:
    """Read, hash and decode a batch of files (the parent caps its total size) and compute their features."""
    specs: list[FeatureSpec] = _state["specs"]
    out = _BatchBuilder(specs)
    contents: list[tuple[int, str, bytes]] = []
    for index, path in batch:
        try:
            data = read_regular(path, _state["max_bytes"])
        except OSError as exc:
            out.add(index, "", unread_meta(path, exc), False)
            continue
        contents.append((index, content_hash(data), data))
    return decode_contents(out, contents)


def decode_contents(out: _BatchBuilder, contents: list[tuple[int, str, bytes]]) -> BatchResult:
    """Add ``(index, content hash, bytes)`` of files read to ``out``: from the cache, else decoded; its result."""
    cached = _from_cache([digest for _, digest, data in contents if data])
    contents.reverse()
    while contents:
        index, digest, data = contents.pop()  # each file's bytes are let go once it is decoded
        hit = cached.get(digest) if data else None
        if hit is not None:
            out.add(index, digest, hit[0], False, packed=hit[1])
            continue
        meta, image = decode_image(data)
        del data
        out.add(index, digest, meta, meta["error_kind"] != "empty", image=image)
    return out.result()


_NOT_AN_IMAGE_ARRAY = "array cannot be read as an image"


def process_arrays(batch: list[tuple[int, str, np.ndarray]]) -> BatchResult:
    specs: list[FeatureSpec] = _state["specs"]
    out = _BatchBuilder(specs, _NOT_AN_IMAGE_ARRAY)
    for index, digest, array in batch:
        meta = empty_meta()
        meta.update(
            bytes=int(array.nbytes),
            content_hash=digest,
            height=int(array.shape[0]),
            width=int(array.shape[1]),
            format="array",
            mode="L" if array.ndim == 2 or array.shape[-1] == 1 else ("RGBA" if array.shape[-1] == 4 else "RGB"),
            bits=int(array.dtype.itemsize * 8),
            has_alpha=array.ndim == 3 and array.shape[-1] == 4,
        )
        try:
            image = DecodedImage.from_array(array)
        except Exception as exc:
            _mark_corrupt(meta, _NOT_AN_IMAGE_ARRAY, exc)
            image = None
        out.add(index, digest, meta, True, image=image)
    return out.result()
