"""Code that runs inside scan worker processes: read, hash, decode, compute features.

Kept small and free of pandas so worker start-up stays cheap.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, UnidentifiedImageError

from dataaudit.scan.features import DECODE_MIN_SIDE, DecodedImage, FeatureSpec, get_feature, pil_to_rgb

__all__ = ["decode_bytes", "process_files", "process_arrays", "init_worker", "content_hash", "array_hash"]

#: Version of the decode + meta logic; part of every cache key.
META_KEY = f"meta@1/d{DECODE_MIN_SIDE}"

_BITS = {"1": 1, "I;16": 16, "I;16B": 16, "I;16L": 16, "I;16N": 16, "I": 32, "F": 32}
_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}

_state: dict[str, Any] = {"specs": [], "cache": None}


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


def _exif_orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 0) or 0)
    except Exception:  # malformed EXIF blocks are common and harmless to the pixels
        return 0


def _frame_count(im: Image.Image) -> int:
    try:
        n = int(getattr(im, "n_frames", 1) or 1)
    except Exception:  # a damaged later frame: loaders still read the first one
        n = 1
    if n > 1:
        im.seek(0)
        im.load()
    return n


def _features(decoded: DecodedImage, specs: list[FeatureSpec]) -> dict[str, bytes]:
    return {spec.name: spec.compute(decoded).tobytes() for spec in specs}


def decode_bytes(data: bytes, specs: list[FeatureSpec]) -> tuple[dict[str, Any], dict[str, bytes] | None]:
    """Decode one encoded image; return its meta and its features (None when it cannot be decoded)."""
    meta = empty_meta()
    meta["bytes"] = len(data)
    if not data:
        meta.update(error_kind="empty", error="zero-byte file")
        return meta, None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
        meta.update(
            format=im.format or "",
            width=int(im.size[0]),
            height=int(im.size[1]),
            mode=im.mode,
            bits=_BITS.get(im.mode, 8),
            has_alpha=im.mode in _ALPHA_MODES or (im.mode == "P" and "transparency" in im.info),
        )
        if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
            meta.update(
                error_kind="bomb",
                error=f"{meta['width']}x{meta['height']} pixels exceeds Pillow's MAX_IMAGE_PIXELS "
                f"({Image.MAX_IMAGE_PIXELS}); not decoded",
            )
            return meta, None
        if im.format == "JPEG":
            # Reduced DCT decoding: far less work for thumbnails, same look.
            im.draft(im.mode, (DECODE_MIN_SIDE, DECODE_MIN_SIDE))
        im.load()
        # Only after load(): some plugins (PNG) load the image inside getexif()/n_frames, and a
        # decode error raised there must not be swallowed as "no EXIF".
        meta["exif_orientation"] = _exif_orientation(im)
        meta["n_frames"] = _frame_count(im)
    except Image.DecompressionBombError as exc:
        meta.update(error_kind="bomb", error=str(exc))
        return meta, None
    except UnidentifiedImageError:
        meta.update(error_kind="not-image", error="content is not a recognised image format")
        return meta, None
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, EOFError, ...
        text = str(exc) or type(exc).__name__
        meta.update(error_kind="truncated" if "truncated" in text.lower() else "corrupt", error=text[:300])
        return meta, None
    try:
        decoded = DecodedImage(pil_to_rgb(im), (meta["width"], meta["height"]), meta["mode"])
        return meta, _features(decoded, specs)
    except Exception as exc:
        meta.update(error_kind="corrupt", error=f"decoded but could not be converted: {exc}"[:300])
        return meta, None


def init_worker(feature_names: list[str], modules: list[str], cache_path: str | None) -> None:
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


def _from_cache(digest: str) -> tuple[dict[str, Any], dict[str, bytes] | None] | None:
    """The cached meta and features of this content, if a complete record is stored."""
    import json

    from dataaudit.scan.cache import has_features, record_layout, unpack_features

    cache = _state["cache"]
    if cache is None:
        return None
    record = cache.get_records([digest]).get(digest)
    if not cache.usable:
        _state["cache"] = None
    if record is None or record.meta_key != META_KEY:
        return None
    layout = record_layout(record)
    try:
        meta = json.loads(record.meta)
    except ValueError:
        meta = None
    if layout is None or not isinstance(meta, dict):
        return None  # a damaged record: decode again
    if meta.get("error_kind"):
        return meta, None  # known not to decode: no features were ever stored
    specs: list[FeatureSpec] = _state["specs"]
    if not has_features(layout, {s.cache_key: s.nbytes for s in specs}):
        return None
    named = unpack_features(record, [s.cache_key for s in specs])
    return meta, {s.name: named[s.cache_key] for s in specs}


def process_files(batch: list[tuple[int, str]]) -> list[tuple[int, str, dict[str, Any], dict[str, bytes] | None, bool]]:
    """Results ``(index, content_hash, meta, features, decoded)`` for a batch of files."""
    specs: list[FeatureSpec] = _state["specs"]
    out = []
    for index, path in batch:
        # One file in memory at a time: a batch of large TIFFs must not multiply the footprint.
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            meta = empty_meta()
            meta.update(error_kind="missing", error="file disappeared during the scan")
            out.append((index, "", meta, None, False))
            continue
        except OSError as exc:
            meta = empty_meta()
            meta.update(error_kind="unreadable", error=exc.strerror or str(exc))
            out.append((index, "", meta, None, False))
            continue
        digest = content_hash(data)
        hit = _from_cache(digest) if data else None
        if hit is not None:
            out.append((index, digest, hit[0], hit[1], False))
            continue
        meta, feats = decode_bytes(data, specs)
        out.append((index, digest, meta, feats, meta["error_kind"] != "empty"))
    return out


def process_arrays(batch: list[tuple[int, str, np.ndarray]]) -> list[tuple[int, str, dict[str, Any], dict[str, bytes] | None, bool]]:
    specs: list[FeatureSpec] = _state["specs"]
    out = []
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
            feats = _features(DecodedImage.from_array(array), specs)
        except Exception as exc:
            meta.update(error_kind="corrupt", error=f"array cannot be read as an image: {exc}"[:300])
            feats = None
        out.append((index, digest, meta, feats, True))
    return out
