"""Optional semantic similarity: image embeddings and a search for pairs of very similar images.

An embedding maps a batch of RGB thumbnails to vectors; images whose vectors
have a cosine similarity at or above a threshold are "very similar" even when
no pixel alignment explains them (two shots of the same scene, consecutive
video frames). Two kinds of embedding are supported:

- a Keras application by name (:data:`KERAS_MODELS`): ImageNet weights are
  downloaded by Keras on first use and cached in ``~/.keras/models``; the
  model runs in the auditing process, in batches, on the scan's 64x64
  thumbnails (feature ``rgb64``) resized to the model's input size;
- any callable mapping a ``(batch, 64, 64, 3)`` uint8 array to ``(batch, d)`` vectors.

TensorFlow is imported only when a Keras embedding is actually computed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from dataaudit.errors import ParameterError
from dataaudit.progress import NO_STAGE, Stage
from dataaudit.scan.features import DecodedImage, ImageBatch, register_batch, register_feature

__all__ = ["rgb64", "KERAS_MODELS", "Embedder", "similar_pairs", "EXACT_SEARCH_LIMIT"]

#: Keras applications usable by name: (constructor, input side).
KERAS_MODELS: dict[str, tuple[str, int]] = {
    "mobilenet_v3_small": ("MobileNetV3Small", 128),
    "efficientnet_b0": ("EfficientNetB0", 128),
}
#: Up to this many images the pair search is exact (chunked matrix products); above, an HNSW graph (faiss).
EXACT_SEARCH_LIMIT = 20_000
#: Neighbours examined per image by the approximate search.
APPROX_NEIGHBOURS = 16


@register_feature("rgb64", shape=(64, 64, 3), dtype="uint8")
def rgb64(image: DecodedImage) -> np.ndarray:
    """64x64 RGB thumbnail (aspect ignored), the input of semantic embeddings."""
    return image.resized((64, 64))


@register_batch("rgb64")
def _rgb64_batch(batch: ImageBatch) -> np.ndarray:
    return batch.resized((64, 64))


class Embedder:
    """Turns (n, 64, 64, 3) uint8 thumbnails into L2-normalised float32 vectors."""

    def __init__(self, spec: str | Callable[[np.ndarray], Any], *, weights: str | None = "imagenet", batch_size: int = 128):
        if isinstance(spec, str) and spec not in KERAS_MODELS:
            raise ParameterError(
                f"Unknown embedding {spec!r}; use one of {', '.join(sorted(KERAS_MODELS))} or a callable."
            )
        self.spec = spec
        self.weights = weights
        self.batch_size = batch_size
        self._model: Any = None

    @property
    def name(self) -> str:
        return self.spec if isinstance(self.spec, str) else getattr(self.spec, "__name__", type(self.spec).__name__)

    def _keras_model(self) -> Any:
        if self._model is None:
            import os

            os.environ.setdefault("KERAS_BACKEND", "tensorflow")
            import keras

            constructor, side = KERAS_MODELS[self.spec]  # type: ignore[index]
            base = getattr(keras.applications, constructor)(
                include_top=False, weights=self.weights, input_shape=(side, side, 3), pooling="avg"
            )
            inputs = keras.Input((64, 64, 3))
            # Both models rescale 0-255 inputs themselves (include_preprocessing / Rescaling layers).
            x = keras.layers.Resizing(side, side, interpolation="bilinear")(inputs)
            self._model = keras.Model(inputs, base(x))
        return self._model

    def __call__(self, images: np.ndarray, progress: Stage = NO_STAGE) -> np.ndarray:
        """The vectors of ``images`` (an array, or the scan's FeatureRows); ``progress`` counts the images,
        one update per batch."""
        if not hasattr(images, "shape"):
            images = np.asarray(images)  # else an array, or FeatureRows read a batch at a time
        out: list[np.ndarray] = []
        for start in range(0, len(images), self.batch_size):
            batch = images[start : start + self.batch_size]
            if isinstance(self.spec, str):
                vectors = self._keras_model().predict_on_batch(batch.astype(np.float32))
            else:
                vectors = self.spec(batch)
            vectors = np.asarray(vectors, dtype=np.float32)
            if vectors.ndim != 2 or len(vectors) != len(batch):
                raise ParameterError(
                    f"The embedding {self.name!r} must return one vector per image, shape (batch, d); "
                    f"got shape {vectors.shape} for a batch of {len(batch)}."
                )
            out.append(vectors)
            progress.update(len(batch))
        if not out:
            return np.zeros((0, 1), dtype=np.float32)
        vectors = np.concatenate(out)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


def similar_pairs(vectors: np.ndarray, threshold: float, *, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``(i, j, cosine)`` with ``i < j`` and cosine >= threshold among unit vectors, sorted by (i, j).

    Exact up to :data:`EXACT_SEARCH_LIMIT` vectors; above it, each vector's
    :data:`APPROX_NEIGHBOURS` nearest neighbours from a faiss HNSW graph (when
    faiss is installed; else the exact search, which is quadratic).
    """
    x = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(x)
    if n > EXACT_SEARCH_LIMIT:
        try:
            import faiss
        except ImportError:
            faiss = None
        if faiss is not None:
            index = faiss.IndexHNSWFlat(x.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = 64
            index.add(x)
            sims, neighbours = index.search(x, APPROX_NEIGHBOURS + 1)
            i = np.repeat(np.arange(n), neighbours.shape[1])
            j, s = neighbours.ravel(), sims.ravel()
            ok = (j >= 0) & (j != i) & (s >= threshold)
            i, j, s = i[ok], j[ok], s[ok]
            return _unique_sorted(np.minimum(i, j), np.maximum(i, j), s)
    out_i, out_j, out_s = [], [], []
    for start in range(0, n, chunk):
        sims = x[start : start + chunk] @ x.T
        ii, jj = np.nonzero(sims >= threshold)
        ii = ii + start
        keep = jj > ii
        out_i.append(ii[keep])
        out_j.append(jj[keep])
        out_s.append(sims[ii[keep] - start, jj[keep]])
    if not out_i:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32)
    return _unique_sorted(np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s))


def _unique_sorted(i: np.ndarray, j: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.lexsort((j, i))
    i, j, s = i[order].astype(np.int64), j[order].astype(np.int64), s[order].astype(np.float32)
    first = np.r_[True, (i[1:] != i[:-1]) | (j[1:] != j[:-1])] if len(i) else np.zeros(0, bool)
    return i[first], j[first], s[first]
