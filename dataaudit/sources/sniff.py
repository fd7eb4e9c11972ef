"""Recognise image files by content (magic bytes), not only by extension."""

from __future__ import annotations

import os

from dataaudit.safety import read_head

__all__ = ["IMAGE_EXTENSIONS", "KERAS_EXTENSIONS", "CODE_EXTENSIONS", "sniff_image_format", "format_for_extension"]

#: Extensions treated as images without looking inside.
IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".bmp", ".dib", ".gif", ".webp", ".tif", ".tiff", ".dcm", ".dicom"}
)

#: What keras.utils.image_dataset_from_directory loads (its ALLOWLIST_FORMATS).
KERAS_EXTENSIONS = (".bmp", ".gif", ".jpeg", ".jpg", ".png")

CODE_EXTENSIONS = frozenset({".py", ".ipynb"})

_EXT_FORMAT = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".jfif": "JPEG",
    ".png": "PNG", ".bmp": "BMP", ".dib": "BMP", ".gif": "GIF", ".webp": "WEBP",
    ".tif": "TIFF", ".tiff": "TIFF", ".dcm": "DICOM", ".dicom": "DICOM",
}


def format_for_extension(ext: str) -> str | None:
    """The Pillow format name an extension promises (``.jpg`` -> ``JPEG``), or None."""
    return _EXT_FORMAT.get(ext.lower())


def sniff_bytes(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head.startswith(b"BM") and len(head) >= 14:
        return "BMP"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[128:132] == b"DICM":
        return "DICOM"
    return None


def sniff_image_format(path: str | os.PathLike[str]) -> str | None:
    """The image format a file's first bytes announce, or None (also when unreadable)."""
    head = read_head(path, 132)  # never blocks: a FIFO or device is simply no image; DICOM's magic is at 128
    return None if head is None else sniff_bytes(head)
