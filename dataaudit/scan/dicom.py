"""DICOM files read as images, with the patient they belong to (needs ``pydicom``: ``pip install 'dataaudit[dicom]'``).

Radiographs, CT slices and other medical images usually come as DICOM. Two things matter for an
audit: the pixels, shown the way a viewer shows them (the file's VOI window, MONOCHROME1 inverted),
and the PatientID tag: scans of one patient in two splits leak (DA108), and the tag says which
scans are one patient even when file names do not.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from dataaudit.scan.features import DecodedImage

__all__ = ["is_dicom", "decode_dicom"]


def is_dicom(data: bytes) -> bool:
    """A DICOM Part 10 file: a 128-byte preamble, then ``DICM``."""
    return data[128:132] == b"DICM"


def _to_uint8(pixels: np.ndarray) -> np.ndarray:
    pixels = pixels.astype(np.float64)
    low, high = np.nanmin(pixels), np.nanmax(pixels)
    if not np.isfinite(low) or high <= low:
        return np.zeros(pixels.shape, dtype=np.uint8)
    return np.round((pixels - low) * (255.0 / (high - low))).astype(np.uint8)


def decode_dicom(data: bytes, meta: dict[str, Any]) -> DecodedImage | None:
    """Fill ``meta`` (format, size, mode, bits, ``subject_id``) and return the image; None with ``meta``'s error set."""
    meta["format"] = "DICOM"
    try:
        import pydicom
        from pydicom.pixels import apply_voi_lut
    except ImportError:
        meta.update(error_kind="not-image",
                    error="DICOM file: reading it needs pydicom (pip install 'dataaudit[dicom]')")
        return None
    try:
        ds = pydicom.dcmread(io.BytesIO(data))
        meta["subject_id"] = str(ds.get("PatientID", "") or "").strip()
        rows, cols = int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)
        meta.update(width=cols, height=rows, bits=int(ds.get("BitsStored", 8) or 8))
        pixels = ds.pixel_array
    except Exception as exc:  # pydicom raises many types for damaged or compressed data it cannot decode
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        meta.update(error_kind="corrupt", error=f"DICOM pixel data could not be read: {text}"[:300])
        return None
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    meta["n_frames"] = frames
    if frames > 1:
        pixels = pixels[0]
    colour = int(ds.get("SamplesPerPixel", 1) or 1) > 1
    if not colour:
        try:
            pixels = apply_voi_lut(pixels, ds)
        except Exception:  # no usable window: the full range below shows the image
            pass
        if str(ds.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
            pixels = pixels.max() - pixels  # MONOCHROME1 shows low values as white
    meta["mode"] = "RGB" if colour else ("L" if meta["bits"] <= 8 else "I;16")
    return DecodedImage.from_array(_to_uint8(np.asarray(pixels)))
