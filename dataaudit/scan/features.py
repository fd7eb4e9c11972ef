"""Per-image features computed once during the scan and shared by every auditor.

A feature is a named function from a :class:`DecodedImage` to a fixed-shape
numpy array. Auditors declare the feature names they need; the scan computes
the union, stores the arrays in the :class:`~dataaudit.scan.table.FeatureTable` and
caches them per content hash. Bump ``version`` when a feature's output changes
so stale cache entries are ignored.

Images are decoded the way a Keras input pipeline sees them: the raw pixel
grid (EXIF orientation is *not* applied, as ``tf.io.decode_image`` does not),
first frame of animations, alpha dropped, converted to 8-bit RGB. JPEGs are
decoded with Pillow's reduced DCT scaling so that both sides are at least
:data:`DECODE_MIN_SIDE` pixels: every feature here works on small thumbnails.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

__all__ = [
    "DECODE_MIN_SIDE",
    "DecodedImage",
    "FeatureSpec",
    "FEATURES",
    "register_feature",
    "get_feature",
]

#: JPEGs are decoded at the smallest DCT scale (1, 1/2, 1/4, 1/8) keeping both sides >= this.
DECODE_MIN_SIDE = 64

_RESAMPLE = Image.Resampling.BILINEAR
_BASE = 64
_BASE_SIZE = (_BASE, _BASE)


class DecodedImage:
    """A decoded image as features see it: 8-bit RGB, with memoised small resizes.

    ``original_size`` is the size stored in the file; ``rgb`` may be smaller
    when the JPEG was decoded at reduced scale.
    """

    def __init__(self, rgb: Image.Image, original_size: tuple[int, int], original_mode: str):
        if rgb.mode != "RGB":
            raise ValueError("DecodedImage needs an RGB image")
        self.rgb = rgb
        self.original_size = original_size
        self.original_mode = original_mode
        self._images: dict[tuple, Image.Image] = {}
        self._arrays: dict[tuple, np.ndarray] = {}

    @functools.cached_property
    def gray(self) -> Image.Image:
        return self.rgb.convert("L")

    def resized(self, size: tuple[int, int], mode: str = "RGB") -> np.ndarray:
        """The image resized to ``size`` (width, height), ignoring aspect, as uint8."""
        key = (tuple(size), mode)
        if key not in self._arrays:
            self._arrays[key] = np.asarray(self._resized_image(key[0], mode), dtype=np.uint8)
        return self._arrays[key]

    def _resized_image(self, size: tuple[int, int], mode: str) -> Image.Image:
        key = (size, mode)
        im = self._images.get(key)
        if im is not None:
            return im
        if mode != "RGB":
            # Shrink first, convert after: the same pixels up to rounding, on far fewer of them.
            im = self._resized_image(size, "RGB").convert(mode)
        elif self.rgb.size == size:
            im = self.rgb
        elif size != _BASE_SIZE and min(self.rgb.size) >= _BASE and _BASE % size[0] == 0 and _BASE % size[1] == 0:
            # Every built-in thumbnail is cut from one 64x64 resize by box reduction, instead of
            # each resampling the full decode again (the resizes were half the feature cost).
            im = self._resized_image(_BASE_SIZE, "RGB").reduce((_BASE // size[0], _BASE // size[1]))
        else:
            # reducing_gap makes Pillow box-reduce first: fast and alias-free.
            im = self.rgb.resize(size, _RESAMPLE, reducing_gap=2.0)
        self._images[key] = im
        return im

    @classmethod
    def from_array(cls, array: np.ndarray) -> DecodedImage:
        """Build from an (H, W), (H, W, 1), (H, W, 3) or (H, W, 4) array (uint8 or float)."""
        rgb = array_to_rgb_image(array)
        return cls(rgb, rgb.size, "L" if array.ndim == 2 or array.shape[-1] == 1 else "RGB")


def to_uint8(array: np.ndarray) -> np.ndarray:
    """Scale an image array to uint8 the way a viewer would.

    Floats in [0, 1] are scaled by 255, other floats clipped to [0, 255];
    16/32-bit integers are scaled down by their range.
    """
    if array.dtype == np.uint8:
        return array
    if array.dtype == np.bool_:
        return array.astype(np.uint8) * 255
    if np.issubdtype(array.dtype, np.floating):
        finite = np.nan_to_num(array.astype(np.float32), nan=0.0, posinf=0.0, neginf=0.0)
        hi = float(finite.max()) if finite.size else 0.0
        lo = float(finite.min()) if finite.size else 0.0
        if hi <= 1.0 and lo >= -1.0:
            if lo < 0:  # [-1, 1] inputs (e.g. MobileNet preprocessing)
                finite = (finite + 1.0) / 2.0
            finite = finite * 255.0
        return np.clip(np.rint(finite), 0, 255).astype(np.uint8)
    if np.issubdtype(array.dtype, np.integer):
        hi = int(array.max()) if array.size else 0
        if hi <= 255 and int(array.min() if array.size else 0) >= 0:
            return array.astype(np.uint8)
        bits = 16 if hi <= 65535 else 32
        return (array.astype(np.float64) / (2**bits - 1) * 255).round().clip(0, 255).astype(np.uint8)
    raise ValueError(f"unsupported image dtype {array.dtype}")


def array_to_rgb_image(array: np.ndarray) -> Image.Image:
    a = to_uint8(np.asarray(array))
    if a.ndim == 3 and a.shape[-1] == 1:
        a = a[..., 0]
    if a.ndim == 2:
        return Image.fromarray(a, "L").convert("RGB")
    if a.ndim == 3 and a.shape[-1] in (3, 4):
        return Image.fromarray(np.ascontiguousarray(a[..., :3]), "RGB")
    raise ValueError(f"an image array must be (H, W) or (H, W, 1|3|4); got shape {a.shape}")


def pil_to_rgb(im: Image.Image) -> Image.Image:
    """Convert any Pillow mode to 8-bit RGB, dropping alpha as tf.io.decode_image(channels=3) does."""
    mode = im.mode
    if mode == "RGB":
        return im
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        # Pillow's convert("L") clips 16-bit values at 255 instead of scaling them.
        return array_to_rgb_image(np.asarray(im))
    if mode in ("RGBA", "RGBa", "LA", "La", "PA"):
        return im.convert("RGBA").convert("RGB") if mode != "RGBA" else im.convert("RGB")
    if mode == "P":
        return im.convert("RGBA").convert("RGB") if "transparency" in im.info else im.convert("RGB")
    return im.convert("RGB")


@dataclass(frozen=True)
class FeatureSpec:
    """A registered feature: ``fn(DecodedImage) -> array`` of ``shape`` and ``dtype``."""

    name: str
    fn: Callable[[DecodedImage], np.ndarray]
    shape: tuple[int, ...]
    dtype: str
    version: int = 1
    doc: str = ""

    @property
    def cache_key(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def nbytes(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) * np.dtype(self.dtype).itemsize

    @property
    def module(self) -> str:
        return self.fn.__module__

    def compute(self, image: DecodedImage) -> np.ndarray:
        out = np.asarray(self.fn(image), dtype=self.dtype)
        if out.shape != self.shape:
            raise ValueError(f"feature {self.name!r} returned shape {out.shape}, declared {self.shape}")
        return out

    def empty(self, n: int) -> np.ndarray:
        return np.zeros((n, *self.shape), dtype=self.dtype)


FEATURES: dict[str, FeatureSpec] = {}


def register_feature(
    name: str, *, shape: tuple[int, ...], dtype: str, version: int = 1
) -> Callable[[Callable[[DecodedImage], np.ndarray]], Callable[[DecodedImage], np.ndarray]]:
    """Decorator registering a feature function under ``name``.

    The function must be importable at module level (scan workers import its
    module to find it) and return an array of exactly ``shape``.
    """

    def decorate(fn: Callable[[DecodedImage], np.ndarray]) -> Callable[[DecodedImage], np.ndarray]:
        existing = FEATURES.get(name)
        if existing is not None and (existing.fn.__module__, existing.fn.__qualname__) != (
            fn.__module__,
            fn.__qualname__,
        ):
            raise ValueError(f"feature {name!r} is already registered by {existing.module}")
        FEATURES[name] = FeatureSpec(
            name=name, fn=fn, shape=tuple(shape), dtype=np.dtype(dtype).str, version=version,
            doc=(fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else "",
        )
        return fn

    return decorate


def get_feature(name: str) -> FeatureSpec:
    try:
        return FEATURES[name]
    except KeyError:
        known = ", ".join(sorted(FEATURES)) or "(none)"
        raise KeyError(f"unknown feature {name!r}; registered features: {known}") from None


# --- built-in features -------------------------------------------------------------------------


@register_feature("thumb32", shape=(32, 32, 3), dtype="uint8", version=2)
def thumb32(image: DecodedImage) -> np.ndarray:
    """32x32 RGB thumbnail (aspect ignored)."""
    return image.resized((32, 32))


@register_feature("gray64", shape=(64, 64), dtype="uint8", version=2)
def gray64(image: DecodedImage) -> np.ndarray:
    """64x64 grayscale thumbnail (aspect ignored)."""
    return image.resized((64, 64), "L")


def _bits_to_bytes(bits: np.ndarray) -> np.ndarray:
    return np.packbits(np.asarray(bits, dtype=bool).ravel())


def _dct_matrix(n: int) -> np.ndarray:
    # Unnormalised DCT-II, as scipy.fftpack.dct(norm=None) computes it.
    k = np.arange(n)[:, None]
    i = np.arange(n)[None, :]
    return 2.0 * np.cos(np.pi * (2 * i + 1) * k / (2 * n))


_DCT32 = _dct_matrix(32)


@register_feature("phash64", shape=(8,), dtype="uint8")
def phash64(image: DecodedImage) -> np.ndarray:
    """64-bit perceptual hash (imagehash.phash's definition), packed into 8 bytes."""
    # Same construction as imagehash.phash (32x32 ANTIALIAS grayscale, 2-D DCT,
    # top-left 8x8 against its median) with a matrix DCT, to skip scipy's import.
    pixels = np.asarray(image.gray.resize((32, 32), Image.Resampling.LANCZOS), dtype=np.float64)
    dct = _DCT32 @ pixels @ _DCT32.T
    low = dct[:8, :8]
    return _bits_to_bytes(low > np.median(low))


@register_feature("dhash64", shape=(8,), dtype="uint8")
def dhash64(image: DecodedImage) -> np.ndarray:
    """64-bit difference hash (imagehash.dhash's definition), packed into 8 bytes."""
    pixels = np.asarray(image.gray.resize((9, 8), Image.Resampling.LANCZOS), dtype=np.int16)
    return _bits_to_bytes(pixels[:, 1:] > pixels[:, :-1])


#: Column names of the ``color_stats`` feature, in order.
COLOR_STATS_COLUMNS = (
    "mean_r",
    "mean_g",
    "mean_b",
    "std_r",
    "std_g",
    "std_b",
    "brightness",
    "contrast",
    "colorfulness",
    "saturation",
    "sharpness",
    "grayscale",
)


@register_feature("color_stats", shape=(len(COLOR_STATS_COLUMNS),), dtype="float32", version=2)
def color_stats(image: DecodedImage) -> np.ndarray:
    """Colour and quality statistics on a 64x64 thumbnail; see COLOR_STATS_COLUMNS.

    brightness/contrast: mean/std of luma (0-255); colorfulness: Hasler & Suesstrunk (2003);
    saturation: mean HSV saturation (0-1); sharpness: variance of the Laplacian of luma;
    grayscale: 1.0 when the three channels are (nearly) identical.
    """
    # Luma and the opponent channels are linear in r, g, b, so their means and spreads follow from
    # the 3-vector of means and the 3x3 covariance: two array passes instead of one per channel.
    # At 64x64 numpy's per-call overhead, not arithmetic, is the cost, and this runs per image.
    planes = np.ascontiguousarray(image.resized((64, 64)).reshape(-1, 3).T, dtype=np.float64)
    n = planes.shape[1]
    rgb_mean = planes.sum(axis=1) / n
    rgb_cov = np.einsum("ij,kj->ik", planes, planes) / n - np.outer(rgb_mean, rgb_mean)  # faster than BLAS here
    mean = _STAT_CHANNELS @ rgb_mean  # r, g, b, luma, r-g, (r+g)/2-b
    std = np.sqrt(np.maximum(((_STAT_CHANNELS @ rgb_cov) * _STAT_CHANNELS).sum(axis=1), 0.0))
    colorfulness = np.hypot(std[4], std[5]) + 0.3 * np.hypot(mean[4], mean[5])
    r, g, b = planes
    mx = np.maximum(np.maximum(r, g), b)
    # Pixel values are whole numbers: where mx is 0 so is mx - mn, and 0/1 gives HSV's 0.
    saturation = ((mx - np.minimum(np.minimum(r, g), b)) / np.maximum(mx, 1.0)).sum() / n
    luma = (_STAT_CHANNELS[3] @ planes).reshape(64, 64)
    lap = luma[:-2, 1:-1] + luma[2:, 1:-1] + luma[1:-1, :-2] + luma[1:-1, 2:] - 4 * luma[1:-1, 1:-1]
    grayscale = float(np.abs(r - g).max() <= 2.0 and np.abs(g - b).max() <= 2.0)
    return np.array(
        [*mean[:3], *std[:3], mean[3], std[3], colorfulness, saturation, lap.var(), grayscale],
        dtype=np.float32,
    )


_STAT_CHANNELS = np.array(
    [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0.299, 0.587, 0.114], [1, -1, 0], [0.5, 0.5, -1]], dtype=np.float64
)
