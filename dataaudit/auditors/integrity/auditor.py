"""Data integrity (DA0xx): files that cannot be decoded or are not what they claim, and dataset layout problems."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator

import numpy as np

from dataaudit.model.findings import Finding, Fix, Location, Severity
from dataaudit.model.fixes import ConvertMode, ExcludeFiles, Rename, SplitAlias
from dataaudit.params import Interval
from dataaudit.auditors.integrity.aggregate import aggregate_evidence, with_rule_fingerprint
from dataaudit.sources.sniff import format_for_extension
from dataaudit.engine.auditor import AuditContext, Auditor, Rule

__all__ = ["IntegrityAuditor", "NOTE_RULES"]


class CorruptImage(Rule):
    """Image files that cannot be decoded.

    ## What it does
    Reports files that look like images (by extension or content) but that
    Pillow cannot decode, or whose content is not an image at all.
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    A Keras or PyTorch input pipeline either crashes mid-epoch on such a file
    or, with error-skipping loaders, silently trains on fewer images than you
    think.

    ## Example
    `train/cat/0042.jpg` is an HTML error page saved by a scraper.

    ## Fix
    Delete or re-download the file, or exclude it in a manifest.
    """

    code = "DA001"
    slug = "corrupt-image"
    severity = Severity.ERROR


class TruncatedImage(Rule):
    """Images whose data ends early.

    ## What it does
    Reports images whose encoded data stops before the end of the picture
    (an interrupted download or copy).
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    Pillow refuses them by default and TensorFlow decodes a grey block for the
    missing part: the model trains on half an image.

    ## Example
    `val/dog/17.jpg` is 12 KB of a 40 KB JPEG.

    ## Fix
    Copy or download the file again.
    """

    code = "DA002"
    slug = "truncated-image"
    severity = Severity.ERROR


class EmptyFile(Rule):
    """Zero-byte image files.

    ## What it does
    Reports image files with no content.
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    They crash most loaders and usually mean a failed copy or download.

    ## Example
    `train/cat/0001.png` is 0 bytes.

    ## Fix
    Restore the file or remove it.
    """

    code = "DA003"
    slug = "empty-file"
    severity = Severity.ERROR


class ExtensionMismatch(Rule):
    """Image content that does not match the file extension.

    ## What it does
    Compares the format found in the file's bytes with the one its extension
    promises (a PNG named `.jpg`, a WebP named `.png`).
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    `tf.io.decode_jpeg` and format-specific readers fail on them, and tools that
    trust extensions (compression, augmentation, viewers) misbehave.

    ## Example
    `train/cat/12.jpg` contains PNG data.

    ## Fix
    Rename the file to its real format, or re-encode it.
    """

    code = "DA004"
    slug = "extension-mismatch"
    severity = Severity.WARNING


class DecompressionBomb(Rule):
    """Images larger than Pillow's decompression-bomb limit.

    ## What it does
    Reports images whose pixel count exceeds Pillow's `Image.MAX_IMAGE_PIXELS`
    (ERROR above twice the limit, where Pillow refuses to open them; WARNING
    between). They are reported, not decoded.

    ## Why it matters
    Decoding them can exhaust memory; above twice the limit Pillow-based
    loaders raise an error and stop training.

    ## Example
    A 30000x30000 PNG in `train/map/`.

    ## Fix
    Downscale the image before training, or remove it.
    """

    code = "DA005"
    slug = "decompression-bomb"
    severity = Severity.ERROR


class TinyImage(Rule):
    """Extremely small images.

    ## What it does
    Reports images whose shorter side is below `min_side` pixels, or below
    `tiny_fraction` of the dataset's median shorter side.
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    Upscaled to the model's input size they are mostly interpolation; they are
    often icons, thumbnails or tracking pixels scraped by mistake.

    ## Example
    A 12x12 favicon in `train/bird/`.

    ## Fix
    Remove them, or check that the collection step did not save thumbnails.
    """

    code = "DA006"
    slug = "tiny-image"
    severity = Severity.WARNING


class MixedColorModes(Rule):
    """Grayscale, colour, CMYK, 16-bit and alpha images mixed in one dataset.

    ## What it does
    Counts images per colour family (RGB, grayscale, CMYK, 16-bit, with alpha)
    and reports when more than one is present, with the count per class.

    ## Why it matters
    Loaders convert them to 3 channels in different ways (16-bit is clipped by
    some, alpha dropped, CMYK inverted by others), and a colour mode that is
    common in one class is a shortcut the model can learn instead of content.

    ## Example
    950 RGB JPEGs and 40 grayscale PNGs, 35 of them in class `xray_positive`.

    ## Fix
    Convert every image to one mode (usually 8-bit RGB) before training.
    """

    code = "DA007"
    slug = "mixed-color-modes"
    severity = Severity.WARNING


class MixedImageSizes(Rule):
    """Very different image sizes in one dataset.

    ## What it does
    Reports when the 95th percentile of image area is more than `max_area_ratio`
    times the 5th percentile.

    ## Why it matters
    Resizing to one input size upsamples small images into blur and shrinks
    large ones; if size correlates with class, the model can learn it.

    ## Example
    Half the images are 64x64 thumbnails, half 1024x768 photos.

    ## Fix
    Check where the small images come from; resize consistently, or collect
    images at a common resolution.
    """

    code = "DA008"
    slug = "mixed-image-sizes"
    severity = Severity.INFO


class MixedAspectRatios(Rule):
    """Images whose aspect ratio differs strongly from the rest.

    ## What it does
    Reports images whose width/height ratio differs from the dataset's median
    by more than a factor of `max_aspect_spread`.

    ## Why it matters
    `image_dataset_from_directory` resizes without keeping the aspect ratio by
    default, so these images are squashed or stretched.

    ## Example
    Panoramas (4:1) among 4:3 photos.

    ## Fix
    Pass `crop_to_aspect_ratio=True` or `pad_to_aspect_ratio=True` to the loader,
    or crop the images.
    """

    code = "DA009"
    slug = "mixed-aspect-ratios"
    severity = Severity.WARNING


class ExifRotated(Rule):
    """Images with an EXIF orientation tag.

    ## What it does
    Reports JPEGs (and TIFFs) whose EXIF orientation says "rotate/flip me
    before display".

    ## Why it matters
    Image viewers apply the tag, but `tf.io.decode_image` and Keras's loaders
    ignore it: the model sees the image sideways or mirrored while you see it
    upright.

    ## Example
    A phone photo stored landscape with orientation 6 (rotate 90 degrees).

    ## Fix
    Re-save the images with the rotation applied (`PIL.ImageOps.exif_transpose`).
    """

    code = "DA010"
    slug = "exif-rotated"
    severity = Severity.WARNING


class AnimatedImage(Rule):
    """Animated or multi-page images.

    ## What it does
    Reports GIF/WebP/TIFF files with more than one frame.

    ## Why it matters
    Loaders keep only the first frame (or fail on the extra dimension), which
    may not show the labelled object.

    ## Example
    `train/cat/funny.gif` with 48 frames.

    ## Fix
    Extract the frame you mean, or remove the file.
    """

    code = "DA011"
    slug = "animated-image"
    severity = Severity.INFO


class UnknownSplitFolder(Rule):
    """Top-level folders that are not a split name.

    ## What it does
    In a `<split>/<class>/<image>` folder, reports top-level folders not named
    train, val/valid/validation or test/testing. They are not audited.

    ## Why it matters
    A folder named `holdout` or `final_test` may be your real test set; its
    leaks and balance go unchecked until it is mapped.

    ## Example
    `data/holdout/` next to `data/train/` and `data/val/`.

    ## Fix
    Map it with `split_aliases={"holdout": "test"}` (CLI `--split-alias holdout=test`),
    or move it out of the dataset folder.
    """

    code = "DA012"
    slug = "unknown-split-folder"
    severity = Severity.WARNING


class ImagesOutsideSplits(Rule):
    """Images outside every split or class folder.

    ## What it does
    Reports images sitting directly in the dataset root next to split or class
    folders. They are not audited.

    ## Why it matters
    Keras's directory loaders ignore them: they are collected but never used,
    or were meant for a split and got misplaced.

    ## Example
    `data/img_001.jpg` next to `data/train/`.

    ## Fix
    Move them into the right folder or delete them.
    """

    code = "DA013"
    slug = "images-outside-splits"
    severity = Severity.WARNING


class MissingFile(Rule):
    """Files named by the manifest that do not exist.

    ## What it does
    Reports manifest rows whose path does not exist (and files that vanished
    during the scan).
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    The training job will crash on them, or silently train on fewer images.

    ## Example
    `labels.csv` lists `images/0999.jpg`, which was deleted.

    ## Fix
    Restore the files or remove the rows.
    """

    code = "DA014"
    slug = "missing-file"
    severity = Severity.ERROR


class DuplicateManifestRow(Rule):
    """Paths listed more than once in one split of a manifest.

    ## What it does
    Reports paths that appear in several manifest rows of the same split (only
    the first row is audited). A path listed in two splits is a leak and is
    reported as DA101 (exact-cross-split-duplicate), like a copy under another name.

    ## Why it matters
    The image is trained on more than once, or carries two labels.

    ## Example
    `images/7.jpg` listed twice as `train`.

    ## Fix
    Keep one row per file.
    """

    code = "DA015"
    slug = "duplicate-manifest-row"
    severity = Severity.WARNING


class IncompleteManifestRow(Rule):
    """Manifest rows with an empty path or split.

    ## What it does
    Reports manifest rows that cannot be audited because their path or split
    cell is empty.

    ## Why it matters
    Such rows are usually dropped silently by training code.

    ## Example
    A trailing row `,cat,train` in `labels.csv`.

    ## Fix
    Fill in or delete the rows.
    """

    code = "DA016"
    slug = "incomplete-manifest-row"
    severity = Severity.WARNING


class UnknownSplitName(Rule):
    """Manifest split values that are not train/val/test.

    ## What it does
    Reports split names other than train, val/valid/validation, test/testing.
    They are audited as splits of their own.

    ## Why it matters
    Checks that compare train against evaluation splits cannot know what
    `holdout` means.

    ## Example
    A `split` column holding `train`, `dev` and `holdout`.

    ## Fix
    Use the standard names or map them with `split_aliases`.
    """

    code = "DA017"
    slug = "unknown-split-name"
    severity = Severity.INFO


class NoHoldoutSplit(Rule):
    """A dataset with a single split.

    ## What it does
    Reports when the source has no validation or test split.

    ## Why it matters
    The split is made later in code; cross-split checks (leakage, label shift)
    can only run once dataaudit knows it.

    ## Example
    `data/<class>/<image>` loaded with `image_dataset_from_directory(validation_split=0.2, seed=1)`.

    ## Fix
    Pass the same `validation_split=` and `seed=` to dataaudit (CLI `--validation-split`
    and `--seed`); it reproduces Keras's subsets exactly.
    """

    code = "DA018"
    slug = "no-holdout-split"
    severity = Severity.INFO


class KerasIncompatibleFile(Rule):
    """Files that Keras's directory loader treats differently from what you expect.

    ## What it does
    Reports images that `image_dataset_from_directory` silently skips (extensions
    other than .bmp .gif .jpeg .jpg .png) and hidden files it loads anyway.

    ## Why it matters
    Skipped images are collected but never trained on; hidden files such as
    macOS `._x.jpg` are not images and crash the input pipeline.

    ## Example
    400 `.webp` images in `train/cat/`.

    ## Fix
    Convert skipped images to JPEG/PNG; delete hidden files.
    """

    code = "DA019"
    slug = "keras-incompatible-file"
    severity = Severity.INFO


class KerasEmptySplit(Rule):
    """A validation_split so small that Keras's training subset is empty.

    ## What it does
    Reports when `int(validation_split * n)` is 0: Keras then slices
    `files[:-0]`, an empty training subset, and uses every file for validation.

    ## Why it matters
    Training fails or, worse, evaluates on all the data.

    ## Example
    `validation_split=0.1` on a folder of 9 images.

    ## Fix
    Use a larger validation_split or more data.
    """

    code = "DA020"
    slug = "keras-empty-split"
    severity = Severity.ERROR


class EmptyClassFolder(Rule):
    """Class folders with no images.

    ## What it does
    Reports class folders that exist but contain no images.

    ## Why it matters
    Keras still assigns them a class index: the model gets an output it can
    never learn, and class indices shift against other splits.

    ## Example
    `train/zebra/` is empty.

    ## Fix
    Add images or remove the folder.
    """

    code = "DA021"
    slug = "empty-class-folder"
    severity = Severity.WARNING


class NonImageFile(Rule):
    """Non-image files inside the dataset folder.

    ## What it does
    Lists files that are neither images nor code, which were skipped.

    ## Why it matters
    Usually harmless (a README), but a label file or archive in a class folder
    can mean the dataset was not unpacked as intended.

    ## Example
    `train/cat/images.zip`.

    ## Fix
    Move them out of the image folders.
    """

    code = "DA022"
    slug = "non-image-file"
    severity = Severity.INFO


class UnlabelledImages(Rule):
    """Images without a label in a labelled dataset.

    ## What it does
    Reports images in `<split>/` itself when the other images sit in class
    folders, and manifest rows or label-array entries whose label spells a
    missing value: an empty cell, `NaN`, `None`, `NULL`, `nil`, `N/A`, `#N/A`,
    `<NA>`, `NaT` (any case; `NA` is kept as a class name), or a float `nan`.
    They are audited without a label, never as a class of their own. The
    evidence holds `count` and, for manifests and arrays, `total` and the
    `spellings` found; the locations are up to 10 examples.

    ## Why it matters
    Keras's loader ignores loose images: they are not part of training or
    evaluation. A missing label read as text becomes a class called "NaN" that
    the model is trained and scored on.

    ## Example
    `train/0001.jpg` next to `train/cat/` and `train/dog/`; a manifest whose
    `label` column holds `NaN` for 40 rows.

    ## Fix
    Move loose images into their class folder; label the rows, or drop them
    from the training data.
    """

    code = "DA023"
    slug = "unlabelled-images"
    severity = Severity.WARNING


class NoImagesChecked(Rule):
    """A manifest without a recognisable path column: no image was checked.

    ## What it does
    Reports a manifest (or DataFrame) in which no column is named like a path
    column (`path`, `filepath`, `filename`, `file`, `image`, `image_path`,
    `img`, `fname`, ...) and none was given with `path_column=`. Its rows are
    audited as labels only (class balance); no image is opened, so integrity,
    leakage and variety are not checked. The evidence lists the `columns`.

    ## Why it matters
    A manifest whose path column is called, say, `img_file` passes the gate
    while not one image was looked at: leaked or corrupt images go unseen.

    ## Example
    `labels.csv` with columns `img_file,label,split`.

    ## Fix
    Name the path column with `path_column=` (CLI: `--path-column`). For a
    labels-only table, ignore this code.
    """

    code = "DA039"
    slug = "no-images-checked"
    severity = Severity.WARNING


class MergedSplitFolders(Rule):
    """Several folders naming the same split.

    ## What it does
    Reports when, e.g., both `val/` and `validation/` exist; they are audited as
    one split.

    ## Why it matters
    Training code usually reads only one of them.

    ## Example
    `data/val/` and `data/valid/`.

    ## Fix
    Merge or rename the folders.
    """

    code = "DA024"
    slug = "merged-split-folders"
    severity = Severity.WARNING


class UnreadableFile(Rule):
    """Files that cannot be read (permissions or I/O errors).

    ## What it does
    Reports dataset files the operating system refused to read.
    When more than `aggregate_above` (20) images are affected, they are one
    dataset-level finding instead: count, share, a histogram, counts per split
    and class, and every path in `evidence["affected"]`.

    ## Why it matters
    The training job will fail on them too, possibly on another machine only.

    ## Example
    `train/cat/1.jpg` owned by another user with mode 600.

    ## Fix
    Fix the permissions or the storage.
    """

    code = "DA025"
    slug = "unreadable-file"
    severity = Severity.ERROR


class PartlyReadSource(Rule):
    """A dataset object that was not read in full.

    ## What it does
    Reports when a dataset that has to be iterated (a `tf.data` dataset without
    `file_paths`, a Hugging Face or torch-style dataset without file paths)
    holds more samples per split than `max_samples`, so only the first ones were
    audited; or when labels could not be matched to the files of a `tf.data`
    dataset.

    ## Why it matters
    Problems in the samples that were not read are not found: a clean report
    covers only what was read.

    ## Example
    A `tf.data` dataset of 120,000 decoded images: the first 50,000 are audited.

    ## Fix
    Pass `max_samples=` to read more, or give the dataset as files (a folder,
    a manifest, or `image_dataset_from_directory`, whose `file_paths` are read
    without decoding anything).
    """

    code = "DA026"
    slug = "partly-read-source"
    severity = Severity.INFO


class GuessedSplitColumn(Rule):
    """A manifest split column that dataaudit had to guess, or a split-like column it ignored.

    ## What it does
    Reports when the split column of a manifest or DataFrame is not a `split`
    column holding train/val/test: a synonym whose values are not split names
    (`fold` holding `0`..`4`, each then audited as a split of its own), a column
    guessed from a word in its name (`data_split`) or from its values, several
    columns holding split names, or a split-like column ignored because its
    values are not split names (every row then audited as `train`).

    ## Why it matters
    Cross-split checks are only as right as the split: read from the wrong
    column, a leaking validation set looks clean, or the whole dataset is
    silently audited as one training split.

    ## Example
    `labels.csv` with columns `path, label, fold` where `fold` holds `train`
    and `valid`; or `path, label, split, usage`, both holding train/test.

    ## Fix
    Name the column with `split_column=` (CLI `--split-column`) and map
    non-standard values with `split_aliases=`.
    """

    code = "DA027"
    slug = "split-column-guessed"
    severity = Severity.WARNING


class SpecialFile(Rule):
    """Dataset entries that are not regular files: FIFOs, sockets, devices.

    ## What it does
    Reports image paths (and symbolic links) that lead to a named pipe, a socket or
    a device such as `/dev/zero`. dataaudit never reads them.

    ## Why it matters
    Reading a FIFO blocks until something writes to it; a device like `/dev/zero`
    never ends. A training job that opens one hangs or runs out of memory, and
    nothing in it is an image.

    ## Example
    `train/cat/x.jpg` is a named pipe made with `mkfifo`, or a symlink to `/dev/zero`.

    ## Fix
    Remove the entry; put a real image file in its place.
    """

    code = "DA030"
    slug = "special-file"
    severity = Severity.ERROR


class OversizedFile(Rule):
    """Image files larger than the read limit.

    ## What it does
    Reports image files bigger than `max_image_bytes` (default 256 MiB; CLI
    `--max-image-bytes`). They are not read, so nothing else is checked on them.

    ## Why it matters
    No training image needs that many bytes: such a file is usually not an image
    (a disk image or archive renamed `.jpg`), and reading it whole costs as much
    memory as its size. It was not audited: a leak hidden in it would not be seen.

    ## Example
    A 3 GB file `train/cat/big.png`.

    ## Fix
    Remove or shrink the file, or raise `max_image_bytes` if it really is an image.
    """

    code = "DA031"
    slug = "oversized-file"
    severity = Severity.ERROR


class UnreadableFolder(Rule):
    """Dataset folders that could not be listed.

    ## What it does
    Reports folders inside the dataset whose contents the operating system
    refused to list (permissions, a path longer than the system allows, I/O errors).
    Their images were not audited.

    ## Why it matters
    The folder is not empty: its images are simply unseen, by dataaudit and by a
    loader running with other permissions. A class that looks empty or small here
    may be full on the training machine, or the other way round.

    ## Example
    `train/dog/` has mode 000, or `train/a/.../b/` nests past `PATH_MAX`.

    ## Fix
    Fix the permissions, or shorten the paths.
    """

    code = "DA032"
    slug = "unreadable-folder"
    severity = Severity.ERROR


class SymlinkedFolder(Rule):
    """Symbolic links to folders that loop or leave the dataset.

    ## What it does
    dataaudit follows symbolic links to folders, as Keras's
    `image_dataset_from_directory` does for class folders (and for every folder
    with `follow_links=True`). It reports links that lead back to a folder they
    sit in (a loop, not followed) and links that lead outside the dataset folder
    (followed: their images are audited).

    ## Why it matters
    A loop makes a walker that follows links list the same images again and
    again; a link leaving the dataset means the images trained on are not where
    the dataset is kept, and may change with another folder.

    ## Example
    `train/cat -> /mnt/shared/cats`, or `train/cat/again -> ..`.

    ## Fix
    Replace the link by a copy of the folder, or remove it.
    """

    code = "DA033"
    slug = "symlinked-folder"
    severity = Severity.WARNING


#: The message of each scan error kind (``error_kind`` in the meta); ``detail`` is the scan's ``error`` text.
_ERROR_MESSAGES = {
    "not-image": "{path} is not an image: its content is no recognised image format.",
    "empty": "{path} is an empty (zero-byte) file.",
    "truncated": "{path} is truncated: {detail}.",
    "missing": "{path} disappeared during the scan.",
    "dangling-link": "{path} is a dangling {detail}.",
    "special": "{path} is a {detail}, not a regular file; it was not read.",
    "too-large": "{path} is {detail}; it was not read (raise max_image_bytes if it is an image).",
    "unsupported": "{path} holds {detail} (only common raster formats are decoded); it was not decoded.",
    "unreadable": "{path} cannot be read: {detail}.",
}
_UNDECODED = "{path} cannot be decoded: {detail}."

#: SourceNote kinds and the rule each becomes.
NOTE_RULES: dict[str, type[Rule]] = {
    "unknown-split-folder": UnknownSplitFolder,
    "loose-files": ImagesOutsideSplits,
    "missing-file": MissingFile,
    "duplicate-manifest-row": DuplicateManifestRow,
    "incomplete-manifest-row": IncompleteManifestRow,
    "unknown-split-name": UnknownSplitName,
    "no-holdout-split": NoHoldoutSplit,
    "keras-skips-file": KerasIncompatibleFile,
    "keras-loads-hidden-file": KerasIncompatibleFile,
    "keras-empty-split": KerasEmptySplit,
    "empty-class-folder": EmptyClassFolder,
    "non-image-file": NonImageFile,
    "unlabelled-images": UnlabelledImages,
    "merged-split-folders": MergedSplitFolders,
    "samples-capped": PartlyReadSource,
    "labels-not-read": PartlyReadSource,
    "split-column-guessed": GuessedSplitColumn,
    "no-path-column": NoImagesChecked,
    "unreadable-folder": UnreadableFolder,
    "symlink-loop": SymlinkedFolder,
    "link-outside-dataset": SymlinkedFolder,
}

_ERROR_RULES: dict[str, type[Rule]] = {
    "corrupt": CorruptImage,
    "not-image": CorruptImage,
    "truncated": TruncatedImage,
    "empty": EmptyFile,
    "bomb": DecompressionBomb,
    "missing": MissingFile,
    "unreadable": UnreadableFile,
    "dangling-link": MissingFile,
    "special": SpecialFile,
    "too-large": OversizedFile,
    "unsupported": CorruptImage,
}

_EQUIVALENT_FORMATS = {"MPO": "JPEG"}  # camera multi-picture JPEGs decode as JPEG


def _color_family(mode: str, bits: int, has_alpha: bool) -> str:
    if mode == "CMYK":
        return "CMYK"
    if bits > 8:
        return "16-bit"
    if has_alpha:
        return "with alpha"
    if mode in ("L", "1", "I", "F"):
        return "grayscale"
    return "RGB"


class IntegrityAuditor(Auditor):
    """Undecodable, truncated, mislabelled-format, oversized, tiny, rotated and mixed-mode images; layout problems."""

    name = "integrity"
    reuse_results = True  # run() reads only the context: an unchanged dataset reuses the stored result
    code_prefix = "DA0"
    rules = (
        CorruptImage, TruncatedImage, EmptyFile, ExtensionMismatch, DecompressionBomb, TinyImage,
        MixedColorModes, MixedImageSizes, MixedAspectRatios, ExifRotated, AnimatedImage,
        UnknownSplitFolder, ImagesOutsideSplits, MissingFile, DuplicateManifestRow, IncompleteManifestRow,
        UnknownSplitName, NoHoldoutSplit, KerasIncompatibleFile, KerasEmptySplit, EmptyClassFolder,
        NonImageFile, UnlabelledImages, MergedSplitFolders, UnreadableFile, PartlyReadSource, GuessedSplitColumn,
        NoImagesChecked, SpecialFile, OversizedFile, UnreadableFolder, SymlinkedFolder,
    )
    requires = ()
    needs_images = False
    parameters = {
        "min_side": [Interval(int, 1, None)],
        "tiny_fraction": [Interval(float, 0, 1, closed="right")],
        "max_area_ratio": [Interval(float, 1, None)],
        "max_aspect_spread": [Interval(float, 1, None, closed="neither")],
        "max_locations": [Interval(int, 1, None)],
        "aggregate_above": [Interval(int, 0, None)],
    }
    defaults = {
        "min_side": 16,
        "tiny_fraction": 0.1,
        "max_area_ratio": 64.0,
        "max_aspect_spread": 2.0,
        "max_locations": 50,
        # More images than this flagged by one per-image rule: one dataset-level finding (aggregate.py).
        "aggregate_above": 20,
    }

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        yield from self._notes(ctx)
        if not ctx.dataset.has_images:
            return
        yield from self._decode_errors(ctx)
        ok = ctx.table.ok
        if not ok.any():
            return
        yield from self._extension_mismatch(ctx, ok)
        yield from self._per_image_flags(ctx, ok)
        yield from self._mixed_modes(ctx, ok)
        yield from self._mixed_sizes(ctx, ok)

    # -- source notes -----------------------------------------------------------------------------

    def _notes(self, ctx: AuditContext) -> Iterator[Finding]:
        for note in ctx.dataset.notes:
            rule = NOTE_RULES.get(note.kind)
            if rule is None:
                continue
            fix = None
            if note.kind == "unknown-split-folder" and note.paths:
                folder = note.paths[0].rstrip("/")
                fix = SplitAlias(split_aliases={folder: "test"}, cli=f"--split-alias {folder}=test").to_fix(
                    f"Audit '{folder}/' as a split", "manual")
            yield self.finding(
                rule,
                note.message,
                locations=[Location(p) for p in note.paths],
                evidence=dict(note.detail),
                fix=fix,
                key=note.kind,
            )

    # -- per-file problems -------------------------------------------------------------------------

    def _decode_errors(self, ctx: AuditContext) -> Iterator[Finding]:
        meta = ctx.table.meta
        bad = np.flatnonzero((meta["error_kind"] != "").to_numpy())
        kinds = meta["error_kind"].tolist()
        per_rule = Counter(_ERROR_RULES.get(kinds[row], CorruptImage) for row in bad.tolist() if kinds[row] != "bomb")
        crowded = {rule for rule, n in per_rule.items() if n > self.params["aggregate_above"]}
        for rule in sorted(crowded, key=lambda r: r.code):
            rows = [row for row in bad.tolist()
                    if kinds[row] != "bomb" and _ERROR_RULES.get(kinds[row], CorruptImage) is rule]
            evidence = aggregate_evidence(ctx, rows, [kinds[row] for row in rows], len(meta),
                                          self.params["aggregate_above"])
            finding = self._aggregated(
                ctx, rule, rows,
                f"{len(rows):,} files ({evidence['share']:.1%} of the dataset) cannot be used: "
                + ", ".join(f"{n:,} {kind}" for kind, n in evidence["histogram"].items()) + ".",
                evidence,
                fix=ExcludeFiles(paths=evidence["affected"]).to_fix(f"Remove or replace {len(rows):,} files", "manual"),
            )
            yield finding
        for row in bad.tolist():
            kind = meta.at[row, "error_kind"]
            rule = _ERROR_RULES.get(kind, CorruptImage)
            if rule in crowded and kind != "bomb":
                continue
            loc = ctx.location(row)
            detail = str(meta.at[row, "error"])
            severity = None
            if kind == "bomb":
                width, height = int(meta.at[row, "width"]), int(meta.at[row, "height"])
                # Known size means Pillow only warned (under 2x the limit); unknown means it refused.
                severity = Severity.WARNING if width and height else Severity.ERROR
                message = (
                    f"{loc.path} is {width}x{height} pixels, over Pillow's decompression-bomb limit; not decoded."
                    if width and height
                    else f"{loc.path} is over twice Pillow's decompression-bomb limit; Pillow refuses to open it."
                )
            else:
                message = _ERROR_MESSAGES.get(kind, _UNDECODED).format(path=loc.path, detail=detail)
            yield self.finding(
                rule,
                message,
                locations=[loc],
                evidence={"error_kind": kind, "error": detail, "bytes": int(meta.at[row, "bytes"])},
                fix=ExcludeFiles(paths=[loc.path]).to_fix(f"Remove or replace {loc.path}", "manual"),
                severity=severity,
            )

    def _extension_mismatch(self, ctx: AuditContext, ok: np.ndarray) -> Iterator[Finding]:
        if ctx.dataset.arrays is not None:
            return
        meta = ctx.table.meta
        relpaths = meta["relpath"].tolist()
        formats = meta["format"].tolist()
        mismatched = []
        for row in np.flatnonzero(ok).tolist():
            ext = os.path.splitext(relpaths[row])[1]
            promised = format_for_extension(ext)
            actual = _EQUIVALENT_FORMATS.get(formats[row], formats[row])
            if promised is None or not actual or promised == actual:
                continue
            mismatched.append((row, ext, promised, actual))
        if len(mismatched) > self.params["aggregate_above"]:
            rows = [row for row, *_ in mismatched]
            evidence = aggregate_evidence(ctx, rows, [f"{actual} in {ext}" for _, ext, _, actual in mismatched],
                                          len(meta), self.params["aggregate_above"])
            yield self._aggregated(
                ctx, ExtensionMismatch, rows,
                f"{len(rows):,} files hold another format than their extension says: "
                + ", ".join(f"{n:,} {what}" for what, n in evidence["histogram"].items()) + ".",
                evidence,
            )
            return
        for row, ext, promised, actual in mismatched:
            loc = ctx.location(row)
            yield self.finding(
                ExtensionMismatch,
                f"{loc.path} holds {actual} data but its extension '{ext}' says {promised}.",
                locations=[loc],
                evidence={"extension": ext, "expected_format": promised, "actual_format": actual},
                fix=Rename(path=loc.path, format=actual).to_fix(f"Rename to .{actual.lower()}", "manual"),
            )

    def _per_image_flags(self, ctx: AuditContext, ok: np.ndarray) -> Iterator[Finding]:
        meta = ctx.table.meta
        width = meta["width"].to_numpy(dtype=np.int64)
        height = meta["height"].to_numpy(dtype=np.int64)
        short = np.minimum(width, height)
        median_short = float(np.median(short[ok]))
        limit = max(self.params["min_side"], self.params["tiny_fraction"] * median_short)
        tiny = np.flatnonzero(ok & (short < limit)).tolist()
        if len(tiny) > self.params["aggregate_above"]:
            sizes = [f"{width[row]}x{height[row]}" for row in tiny]
            evidence = aggregate_evidence(ctx, tiny, sizes, int(ok.sum()), self.params["aggregate_above"],
                                          median_short_side=median_short, limit=float(limit))
            common = ", ".join(f"{size} ({n:,})" for size, n in list(evidence["histogram"].items())[:3])
            yield self._aggregated(
                ctx, TinyImage, tiny,
                f"{len(tiny):,} images ({evidence['share']:.1%} of the decoded ones) are under {limit:g} px on "
                f"their shorter side; most common sizes: {common}. If the data is meant to be this small "
                f"(digits, icons), lower the limit: integrity={{'min_side': {int(short[tiny].min())}}}.",
                evidence,
            )
            tiny = []
        for row in tiny:
            loc = ctx.location(row)
            yield self.finding(
                TinyImage,
                f"{loc.path} is only {width[row]}x{height[row]} pixels "
                f"(dataset median shorter side: {median_short:g} px).",
                locations=[loc],
                evidence={"width": int(width[row]), "height": int(height[row]), "median_short_side": median_short,
                          "limit": float(limit)},
            )
        orientation = meta["exif_orientation"].to_numpy(dtype=np.int64)
        rotated = np.flatnonzero(ok & (orientation > 1))
        if len(rotated):
            yield self._grouped(
                ctx, ExifRotated, rotated,
                f"{len(rotated)} image(s) carry an EXIF orientation tag that Keras ignores: the model sees "
                "them rotated or mirrored compared with an image viewer.",
                {"count": int(len(rotated)),
                 "orientations": {str(k): int(v) for k, v in sorted(Counter(orientation[rotated].tolist()).items())}},
            )
        frames = meta["n_frames"].to_numpy(dtype=np.int64)
        animated = np.flatnonzero(ok & (frames > 1))
        if len(animated):
            yield self._grouped(
                ctx, AnimatedImage, animated,
                f"{len(animated)} image(s) have several frames; loaders use only the first.",
                {"count": int(len(animated)), "max_frames": int(frames[animated].max())},
            )

    def _grouped(
        self, ctx: AuditContext, rule: type[Rule], rows: np.ndarray, message: str, evidence: dict, fix: Fix | None = None
    ) -> Finding:
        """One finding for many files, listing at most ``max_locations`` of them."""
        listed = rows[: self.params["max_locations"]]
        evidence = {**evidence, "listed": int(len(listed))}
        return self.finding(rule, message, locations=ctx.locations(listed), evidence=evidence, fix=fix, key=rule.slug)

    def _aggregated(self, ctx: AuditContext, rule: type[Rule], rows: list[int], message: str, evidence: dict,
                    fix: Fix | None = None) -> Finding:
        """One dataset-level finding for a per-image rule that flagged more than ``aggregate_above`` images."""
        listed = rows[: self.params["max_locations"]]
        finding = self.finding(rule, message, locations=ctx.locations(listed), evidence=evidence, fix=fix)
        return with_rule_fingerprint(finding, "aggregated")

    def _mixed_modes(self, ctx: AuditContext, ok: np.ndarray) -> Iterator[Finding]:
        meta = ctx.table.meta
        families = np.array([
            _color_family(m, int(b), bool(a))
            for m, b, a in zip(meta["mode"].tolist(), meta["bits"].tolist(), meta["has_alpha"].tolist())
        ], dtype=object)
        counts = Counter(families[ok].tolist())
        if len(counts) < 2:
            return
        majority = counts.most_common(1)[0][0]
        minority = np.flatnonzero(ok & (families != majority))
        by_class: dict[str, dict[str, int]] = {}
        if ctx.dataset.labelled:
            labels = meta["label"].tolist()
            for row in np.flatnonzero(ok).tolist():
                if labels[row] is None:
                    continue
                by_class.setdefault(str(labels[row]), Counter())[families[row]] += 1
            by_class = {k: dict(v) for k, v in sorted(by_class.items())}
        listed = ", ".join(f"{n} {fam}" for fam, n in counts.most_common())
        skewed = [
            cls for cls, c in by_class.items()
            if sum(v for f, v in c.items() if f != majority) > 0.5 * sum(c.values())
        ]
        message = f"Images mix colour modes: {listed}."
        if skewed:
            message += f" Most images of class(es) {', '.join(skewed)} are not {majority}: a shortcut the model can learn."
        yield self._grouped(
            ctx, MixedColorModes, minority, message,
            {"counts": dict(counts), "majority": majority, "by_class": by_class, "skewed_classes": skewed,
             "count": int(len(minority))},
            fix=ConvertMode(target_mode="RGB", code="PIL.Image.open(path).convert('RGB').save(new_path)").to_fix(
                "Convert every image to 8-bit RGB", "manual"),
        )

    def _mixed_sizes(self, ctx: AuditContext, ok: np.ndarray) -> Iterator[Finding]:
        meta = ctx.table.meta
        width = meta["width"].to_numpy(dtype=np.float64)[ok]
        height = meta["height"].to_numpy(dtype=np.float64)[ok]
        rows_ok = np.flatnonzero(ok)
        if len(width) < 2:
            return
        area = width * height
        p5, p95 = np.percentile(area, [5, 95])
        if p5 > 0 and p95 / p5 > self.params["max_area_ratio"]:
            yield self.finding(
                MixedImageSizes,
                f"Image sizes vary widely: the largest 5% have over {p95 / p5:.0f}x the pixels of the smallest 5% "
                f"(median {int(np.median(width))}x{int(np.median(height))}).",
                evidence={
                    "area_p5": float(p5), "area_p95": float(p95), "ratio": float(p95 / p5),
                    "width_range": [int(width.min()), int(width.max())],
                    "height_range": [int(height.min()), int(height.max())],
                },
                key="sizes",
            )
        aspect = width / np.maximum(height, 1)
        median_aspect = float(np.median(aspect))
        spread = self.params["max_aspect_spread"]
        off = np.flatnonzero((aspect > median_aspect * spread) | (aspect < median_aspect / spread))
        if len(off):
            yield self._grouped(
                ctx, MixedAspectRatios, rows_ok[off],
                f"{len(off)} image(s) have an aspect ratio over {spread:g}x away from the median "
                f"({median_aspect:.2f}); a fixed-size resize squashes or stretches them.",
                {"count": int(len(off)), "median_aspect": median_aspect,
                 "aspect_range": [float(aspect.min()), float(aspect.max())]},
            )
