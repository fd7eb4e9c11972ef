"""Per-image features computed once during the scan and shared by every auditor.

A feature is a named function from a :class:`DecodedImage` to a fixed-shape
numpy array. Auditors declare the feature names they need; the scan computes
the union, stores the arrays in the :class:`~dataaudit.scan.table.FeatureTable` and
caches them per content hash. Bump ``version`` when a feature's output changes
so stale cache entries are ignored. A feature may also have a batch implementation
(:func:`register_batch`), a function of an :class:`ImageBatch` returning the very
same bytes for many images at once; the scan uses it when there is one.

Images are decoded the way a Keras input pipeline sees them: the raw pixel
grid (EXIF orientation is *not* applied, as ``tf.io.decode_image`` does not),
first frame of animations, alpha dropped, converted to 8-bit RGB. JPEGs are
decoded with Pillow's reduced DCT scaling so that both sides are at least
:data:`DECODE_MIN_SIDE` pixels: every feature here works on small thumbnails.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from PIL import Image

__all__ = [
    "DECODE_MIN_SIDE",
    "DecodedImage",
    "ImageBatch",
    "FeatureSpec",
    "FEATURES",
    "register_feature",
    "register_batch",
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
        elif _cut_from_base(self.rgb.size, size):
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


_Memo = TypeVar("_Memo")


class ImageBatch:
    """Decoded images whose features are computed together, so that per-image overhead is paid once.

    Each image is resized on its own, as :meth:`DecodedImage.resized` does it; the results are
    stacked, and mode conversions, box reductions and the numpy work of the features run once
    per stack. Every result is byte for byte what the images' own :class:`DecodedImage` gives.
    """

    def __init__(self, images: Sequence[DecodedImage]):
        self.images = list(images)
        self._memo: dict[Hashable, Any] = {}

    def __len__(self) -> int:
        return len(self.images)

    def memo(self, key: Hashable, make: Callable[[], _Memo]) -> _Memo:
        """``make()``, computed once per batch: for intermediates several features share."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def resample(
        self,
        size: tuple[int, int],
        method: Callable[[tuple[int, int]], Image.Resampling],
        reducing_gap: float | None = None,
        rows: Sequence[int] | None = None,
    ) -> np.ndarray:
        """``image.rgb.resize(size, method(image.rgb.size), reducing_gap=reducing_gap)`` of every image
        (of ``rows``, when given), stacked: (n, height, width, 3)."""
        images = self.images if rows is None else [self.images[k] for k in rows]
        return stack_images([_resize(im.rgb, size, method, reducing_gap) for im in images], size)

    def resized(self, size: tuple[int, int], mode: str = "RGB") -> np.ndarray:
        """Every image's :meth:`DecodedImage.resized` ``(size, mode)``, stacked: (n, height, width[, bands])."""
        size = (int(size[0]), int(size[1]))

        def make() -> np.ndarray:
            if mode != "RGB":
                return convert_stacked(self.resized(size), mode)
            from_base = [k for k, image in enumerate(self.images) if _cut_from_base(image.rgb.size, size)]
            if not from_base:
                return self.resample(size, _bilinear, reducing_gap=2.0)
            out = np.empty((len(self.images), size[1], size[0], 3), dtype=np.uint8)
            base = self.resized(_BASE_SIZE)[from_base]
            # _BASE is a multiple of the reduction factor: no reduced cell spans two stacked images.
            factor = (_BASE // size[0], _BASE // size[1])
            reduced = Image.fromarray(base.reshape(-1, _BASE, 3), "RGB").reduce(factor)
            out[from_base] = np.asarray(reduced).reshape(len(from_base), size[1], size[0], 3)
            rest = sorted(set(range(len(self.images))) - set(from_base))
            if rest:
                out[rest] = self.resample(size, _bilinear, reducing_gap=2.0, rows=rest)
            return out

        return self.memo(("resized", size, mode), make)


def _bilinear(_source_size: tuple[int, int]) -> Image.Resampling:
    return _RESAMPLE


def _cut_from_base(source_size: tuple[int, int], size: tuple[int, int]) -> bool:
    """Whether DecodedImage.resized cuts ``size`` from the 64x64 base by box reduction."""
    return (
        source_size != size and size != _BASE_SIZE and min(source_size) >= _BASE
        and _BASE % size[0] == 0 and _BASE % size[1] == 0
    )


def _resize(rgb: Image.Image, size: tuple[int, int], method: Callable[[tuple[int, int]], Image.Resampling],
            reducing_gap: float | None) -> Image.Image:
    return rgb if rgb.size == size else rgb.resize(size, method(rgb.size), reducing_gap=reducing_gap)


def stack_images(images: Sequence[Image.Image], size: tuple[int, int]) -> np.ndarray:
    """The pixels of RGB images of one ``size``: (n, height, width, 3), through one tall image
    (one conversion to numpy instead of one per image)."""
    width, height = size
    tall = Image.new("RGB", (width, height * len(images)))
    for k, im in enumerate(images):
        tall.paste(im, (0, k * height))
    return np.asarray(tall).reshape(len(images), height, width, 3)


def convert_stacked(pixels: np.ndarray, mode: str) -> np.ndarray:
    """Pillow's ``convert(mode)`` of each (n, h, w, 3) RGB image, in one call: conversions work pixel by pixel."""
    count, height, width = pixels.shape[:3]
    converted = np.asarray(Image.fromarray(pixels.reshape(count * height, width, 3), "RGB").convert(mode))
    return converted.reshape(count, height, width, *converted.shape[2:])


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
    """A registered feature: ``fn(DecodedImage) -> array`` of ``shape`` and ``dtype``.

    ``batch_fn(ImageBatch) -> (n, *shape) array``, when registered (:func:`register_batch`),
    computes the same bytes for a whole batch of images at once.
    """

    name: str
    fn: Callable[[DecodedImage], np.ndarray]
    shape: tuple[int, ...]
    dtype: str
    version: int = 1
    doc: str = ""
    batch_fn: Callable[[ImageBatch], np.ndarray] | None = None

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

    def compute_batch(self, batch: ImageBatch) -> np.ndarray:
        """``compute`` of every image of ``batch``, stacked: (n, *shape)."""
        if self.batch_fn is None:
            out = np.empty((len(batch), *self.shape), dtype=self.dtype)
            for k, image in enumerate(batch.images):
                out[k] = self.compute(image)
            return out
        out = np.asarray(self.batch_fn(batch), dtype=self.dtype)
        if out.shape != (len(batch), *self.shape):
            raise ValueError(f"feature {self.name!r} returned shape {out.shape} for a batch of {len(batch)}, "
                             f"declared {self.shape}")
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


def register_batch(
    name: str,
) -> Callable[[Callable[[ImageBatch], np.ndarray]], Callable[[ImageBatch], np.ndarray]]:
    """Decorator giving the registered feature ``name`` a batch implementation.

    ``fn(batch)`` must return, for every image of the :class:`ImageBatch`, the very bytes the
    per-image function returns: the scan uses one and the cache cannot tell them apart.
    """

    def decorate(fn: Callable[[ImageBatch], np.ndarray]) -> Callable[[ImageBatch], np.ndarray]:
        FEATURES[name] = dataclasses.replace(get_feature(name), batch_fn=fn)
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


@register_batch("thumb32")
def _thumb32_batch(batch: ImageBatch) -> np.ndarray:
    return batch.resized((32, 32))


@register_feature("gray64", shape=(64, 64), dtype="uint8", version=2)
def gray64(image: DecodedImage) -> np.ndarray:
    """64x64 grayscale thumbnail (aspect ignored)."""
    return image.resized((64, 64), "L")


@register_batch("gray64")
def _gray64_batch(batch: ImageBatch) -> np.ndarray:
    return batch.resized((64, 64), "L")


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
    return _color_stats_rows(image.resized((64, 64))[None])[0]


@register_batch("color_stats")
def _color_stats_batch(batch: ImageBatch) -> np.ndarray:
    rgb = batch.resized((64, 64))
    # Blocks small enough for the float64 temporaries to stay in the CPU cache.
    return np.concatenate([_color_stats_rows(rgb[k : k + 32]) for k in range(0, len(rgb), 32)])


def _color_stats_rows(rgb: np.ndarray) -> np.ndarray:
    """color_stats of (n, 64, 64, 3) uint8 thumbnails.

    Luma and the opponent channels are linear in r, g, b, so their means and spreads follow from
    the 3-vector of means and the 3x3 covariance. Sums of whole numbers (pixel values and their
    products, far below 2**32) are exact in any order, so they are taken in integers; the float64
    steps (matrix products, sums of fractions) run per image on the same shapes and in the same
    order as for one image, so a batch gives the bytes one image alone gives.
    """
    n_images = len(rgb)
    planes = np.ascontiguousarray(rgb.reshape(n_images, -1, 3).transpose(0, 2, 1))  # (n, 3, pixels) uint8
    n = planes.shape[2]
    wide = planes.astype(np.uint16)  # 255 * 255 still fits
    rgb_mean = wide.sum(axis=2, dtype=np.uint32) / n
    product = np.empty((n_images, n), dtype=np.uint16)
    sums = np.empty((n_images, 3, 3), dtype=np.uint32)  # at most 255 * 255 * 4096
    for i, j in ((0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (2, 2)):
        np.multiply(wide[:, i], wide[:, j], out=product)
        sums[:, i, j] = sums[:, j, i] = product.sum(axis=1, dtype=np.uint32)
    rgb_cov = sums / n - rgb_mean[:, :, None] * rgb_mean[:, None, :]
    mean = (_STAT_CHANNELS @ rgb_mean[:, :, None])[..., 0]  # r, g, b, luma, r-g, (r+g)/2-b
    std = np.sqrt(np.maximum(((_STAT_CHANNELS @ rgb_cov) * _STAT_CHANNELS).sum(axis=-1), 0.0))
    colorfulness = np.hypot(std[:, 4], std[:, 5]) + 0.3 * np.hypot(mean[:, 4], mean[:, 5])
    r, g, b = planes[:, 0], planes[:, 1], planes[:, 2]
    brightest = np.maximum(np.maximum(r, g), b).astype(np.uint16)
    saturation = _SATURATION.take((brightest << 8) | np.minimum(np.minimum(r, g), b))
    # The Laplacian on the flattened rows: every neighbour is a contiguous slice (fast), and
    # the first and last column of each row, which wrap around, are dropped after.
    luma = _STAT_CHANNELS[3] @ planes.astype(np.float64)  # (n, pixels)
    lap = luma[:, 0 : n - 128] + luma[:, 128:n]  # above + below
    lap += luma[:, 63 : n - 65]  # left
    lap += luma[:, 65 : n - 63]  # right
    lap -= 4 * luma[:, 64 : n - 64]
    lap = lap.reshape(n_images, 62, 64)[:, :, 1:63].reshape(n_images, -1)
    out = np.empty((n_images, len(COLOR_STATS_COLUMNS)), dtype=np.float32)
    out[:, 0:3] = mean[:, :3]
    out[:, 3:6] = std[:, :3]
    out[:, 6] = mean[:, 3]
    out[:, 7] = std[:, 3]
    out[:, 8] = colorfulness
    out[:, 9] = saturation.sum(axis=1) / n
    out[:, 10] = lap.var(axis=1)
    out[:, 11] = (_spread(r, g) <= 2) & (_spread(g, b) <= 2)
    return out


def _saturation_table() -> np.ndarray:
    """HSV saturation (max - min) / max by ``max << 8 | min``, as float64; 0 where max is 0."""
    brightest, darkest = np.meshgrid(np.arange(256.0), np.arange(256.0), indexing="ij")
    return ((brightest - darkest) / np.maximum(brightest, 1.0)).ravel()


_SATURATION = _saturation_table()


def _spread(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Largest ``|a - b|`` of each image, in uint8."""
    return (np.maximum(a, b) - np.minimum(a, b)).max(axis=1)


_STAT_CHANNELS = np.array(
    [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0.299, 0.587, 0.114], [1, -1, 0], [0.5, 0.5, -1]], dtype=np.float64
)
