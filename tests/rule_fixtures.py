"""One fixture per rule code: a tiny input that must report the rule, and a near miss that must not.

In the style of ruff's per-rule fixtures. ``FIXTURES[code]`` holds two builders, each taking a fresh
folder and returning a :class:`Case` (the source and options to audit):

- ``positive``: the smallest input with the problem planted; the audit must report ``code`` with
  the rule's default severity, and the finding must point at the plant (``Case.location``,
  ``Case.evidence`` and/or ``Case.message`` say how to recognise it);
- ``near_miss``: the closest input that must *not* report ``code``: the threshold just not crossed
  (a 16 px image where 16 px is the minimum), or the same plant made harmless (the scaler fitted after
  the split, the copy kept inside one split).

``tests/test_rule_fixtures.py`` audits both for every code, selecting only that code (plus
``Case.select``, for the auditors whose results the rule reads), and fails when a registered rule has no
fixture.

## Rule fixtures

To add one (a new rule, or a plugin's rule visible in the test session), write two builders named
after the rule and register them with ``@positive("DA0xx")`` and ``@near_miss("DA0xx")``. Build real
inputs: image files with ``write_image`` / ``make_tree`` from ``conftest``, arrays, manifests, code files;
keep them small (16-64 px, a few dozen images at most) so the whole suite stays fast. Pin the plant in
the positive case (a location path, an evidence item or a phrase of the message), and make the near
miss differ from the positive in the one thing the rule looks at. When the rule reads another auditor's
results, list one of that auditor's codes in ``Case.select`` so it runs.
"""

from __future__ import annotations

import os
import shutil
import struct
import textwrap
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from conftest import make_tree, write_image
from PIL import Image

from dataaudit.auditors.balance.stats import size_for_half_width
from dataaudit.demo.dataset import draw_image
from dataaudit.demo.edits import write_edited
from dataaudit.engine.auditor import Rule
from dataaudit.model.findings import Finding, Severity

__all__ = ["Case", "RuleFixture", "FIXTURES", "rules_without_fixtures", "fixtures_without_rules"]


@dataclass(frozen=True)
class Case:
    """One input to :func:`dataaudit.audit` and, for a positive case, how to recognise the planted finding.

    ``evidence`` values are either the expected value or a predicate on it.
    """

    source: Any
    options: Mapping[str, Any] = field(default_factory=dict)
    #: Codes selected besides the rule's own: auditors whose published results the rule reads.
    select: tuple[str, ...] = ()
    #: Entry points of the test plugin (``conftest.PLUGIN_MODULE``) to install before auditing.
    plugins: tuple[str, ...] = ()
    location: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    message: str | None = None
    #: The expected severity when the fixture is about a non-default one.
    severity: Severity | None = None

    def pins_the_plant(self) -> bool:
        return self.location is not None or bool(self.evidence) or self.message is not None

    def is_planted(self, finding: Finding) -> bool:
        """Whether ``finding`` points at what this case planted."""
        if self.location is not None and self.location not in {loc.path for loc in finding.locations}:
            return False
        if self.message is not None and self.message not in finding.message:
            return False
        for key, expected in self.evidence.items():
            if key not in finding.evidence:
                return False
            actual = finding.evidence[key]
            if not (expected(actual) if callable(expected) else actual == expected):
                return False
        return True


Builder = Callable[[Path], Case]


@dataclass(frozen=True)
class RuleFixture:
    code: str
    positive: Builder
    near_miss: Builder


_positives: dict[str, Builder] = {}
_near_misses: dict[str, Builder] = {}


def positive(code: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        assert code not in _positives, f"two positive fixtures for {code}"
        _positives[code] = builder
        return builder
    return register


def near_miss(code: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        assert code not in _near_misses, f"two near-miss fixtures for {code}"
        _near_misses[code] = builder
        return builder
    return register


def rules_without_fixtures(rules: Iterable[type[Rule]], fixtures: Mapping[str, RuleFixture]) -> list[str]:
    """Codes of ``rules`` that have no entry in ``fixtures``, sorted."""
    return sorted({rule.code for rule in rules} - set(fixtures))


def fixtures_without_rules(rules: Iterable[type[Rule]], fixtures: Mapping[str, RuleFixture]) -> list[str]:
    """Fixture codes that name no rule in ``rules`` (a renamed or removed rule), sorted."""
    return sorted(set(fixtures) - {rule.code for rule in rules})


# -- shared inputs --------------------------------------------------------------------------------------

#: Small enough to be fast, large enough for the leakage auditor's near-copy search (16 px and up).
SIDE = 32


def tree(tmp: Path, layout: Mapping[str, int] | None = None, size: int = SIDE) -> Path:
    """``train/a``, ``train/b``, ``val/a``, ``val/b`` of distinct generated photos (or ``layout``)."""
    return make_tree(tmp / "data", dict(layout or {"train/a": 3, "train/b": 3, "val/a": 2, "val/b": 2}), size=size)


def photo(seed: int, size: int = SIDE, shape: str = "circle") -> np.ndarray:
    return np.asarray(draw_image(np.random.default_rng(seed), shape, size=size))


def photos(count: int, seed: int = 0, size: int = SIDE, shape: str = "circle") -> np.ndarray:
    return np.stack([photo(seed * 1000 + i, size, shape) for i in range(count)])


def levels(brightness: Iterable[float], size: int = SIDE) -> np.ndarray:
    """Grey images of the given mean brightness, all with one texture: only their brightness differs."""
    texture = np.random.default_rng(7).normal(0, 12, (size, size))
    return np.stack([np.clip(b + texture, 0, 255).astype(np.uint8) for b in brightness])


def script(tmp: Path, text: str, name: str = "train.py") -> Path:
    path = tmp / name
    path.write_text(textwrap.dedent(text))
    return path


def tabular(seed: int = 0) -> dict:
    """Tabular train/test arrays: a source with no images, for the code checks."""
    rng = np.random.default_rng(seed)
    return {"train": (rng.normal(size=(60, 3)), rng.integers(0, 2, 60)),
            "test": (rng.normal(size=(20, 3)), rng.integers(0, 2, 20))}


def raw_splits(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Untransformed train (120 rows) and val (40 rows) features: offset and spread per column."""
    rng = np.random.default_rng(seed)
    centre, spread = np.array([5.0, -3.0, 40.0]), np.array([2.0, 0.5, 9.0])
    return rng.normal(centre, spread, (120, 3)), rng.normal(centre, spread, (40, 3))


def labels_frame(counts: Mapping[str, Mapping[str, int]]) -> pd.DataFrame:
    """A label/split table without image paths: ``{"train": {"a": 30, "b": 20}, "val": {...}}``."""
    rows = [(label, split) for split, per_class in counts.items() for label, n in per_class.items() for _ in range(n)]
    return pd.DataFrame(rows, columns=["label", "split"])


BALANCED_TRAIN = {"a": 50, "b": 50}


def manifest(tmp: Path, rows: Iterable[str], images: Iterable[str]) -> Path:
    """``labels.csv`` (columns path,label,split; ``rows`` are its lines) beside the listed image files."""
    folder = tmp / "data"
    for seed, rel in enumerate(images):
        write_image(folder / rel, seed=seed, size=SIDE)
    path = folder / "labels.csv"
    path.write_text("path,label,split\n" + "".join(f"{row}\n" for row in rows))
    return path


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels but holds almost no pixel data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b""))


def exif_orientation(value: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = value
    return exif.tobytes()


def mean_colour(batch: np.ndarray) -> np.ndarray:
    """A toy embedding for the leakage auditor: the mean colour of each image."""
    return batch.reshape(len(batch), -1, 3).mean(axis=1) - 127.5


def noisy_colour(colour: tuple[int, int, int], seed: int, size: int = SIDE) -> np.ndarray:
    noise = np.random.default_rng(seed).integers(0, 40, (size, size, 3))
    return np.clip(np.array(colour) + noise, 0, 255).astype(np.uint8)


def digits(count: int, side: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """The first ``count`` scikit-learn digits, upscaled: glyphs where any two of a class align like copies."""
    from sklearn.datasets import load_digits

    data = load_digits()
    images = [np.asarray(Image.fromarray((im * 255 / 16).astype(np.uint8)).resize((side, side), Image.BILINEAR))
              for im in data.images[:count]]
    return np.stack(images), data.target[:count]


# -- DA0xx: integrity ------------------------------------------------------------------------------------

@positive("DA001")
def corrupt_image(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/page.jpg").write_bytes(b"<html>404 Not Found</html>")
    return Case(root, location="train/a/page.jpg", evidence={"error_kind": "not-image"})


@near_miss("DA001")
def corrupt_image_named_as_text(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/page.txt").write_bytes(b"<html>404 Not Found</html>")  # not an image: skipped (DA022)
    return Case(root)


@positive("DA002")
def truncated_image(tmp: Path) -> Case:
    root = tree(tmp)
    data = (write_image(root / "train/a/cut.jpg", seed=99, size=64)).read_bytes()
    (root / "train/a/cut.jpg").write_bytes(data[: len(data) // 2])
    return Case(root, location="train/a/cut.jpg", evidence={"error_kind": "truncated"})


@near_miss("DA002")
def image_with_bytes_after_its_end(tmp: Path) -> Case:
    root = tree(tmp)
    data = (write_image(root / "train/a/cut.jpg", seed=99, size=64)).read_bytes()
    (root / "train/a/cut.jpg").write_bytes(data + data[: len(data) // 2])  # complete, then junk: decodes
    return Case(root)


@positive("DA003")
def empty_file(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/empty.jpg").write_bytes(b"")
    return Case(root, location="train/a/empty.jpg", evidence={"bytes": 0})


@near_miss("DA003")
def one_byte_file(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/empty.jpg").write_bytes(b"\xff")  # not empty, merely undecodable (DA001)
    return Case(root)


@positive("DA004")
def png_named_jpg(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/photo.jpg", seed=50, size=SIDE, fmt="PNG")
    return Case(root, location="train/a/photo.jpg", evidence={"extension": ".jpg", "actual_format": "PNG"})


@near_miss("DA004")
def png_named_upper_case_png(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/photo.PNG", seed=50, size=SIDE, fmt="PNG")
    return Case(root)


@positive("DA005")
def over_twice_the_pixel_limit(tmp: Path) -> Case:
    root = tree(tmp)
    side = 13_400  # 179.6M pixels: over twice Pillow's MAX_IMAGE_PIXELS (89.5M), so Pillow refuses it
    assert side * side > 2 * Image.MAX_IMAGE_PIXELS
    (root / "train/a/map.png").write_bytes(png_header(side, side))
    return Case(root, location="train/a/map.png", evidence={"error_kind": "bomb"})


@near_miss("DA005")
def at_the_pixel_limit(tmp: Path) -> Case:
    root = tree(tmp)
    side = 9_459  # 89.47M pixels: not over the limit; decoding then finds the missing data (DA002)
    assert side * side <= Image.MAX_IMAGE_PIXELS
    (root / "train/a/map.png").write_bytes(png_header(side, side))
    return Case(root)


@positive("DA006")
def image_under_min_side(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/icon.png", seed=60, size=15)  # min_side is 16
    return Case(root, location="train/a/icon.png", evidence={"width": 15, "height": 15})


@near_miss("DA006")
def image_at_min_side(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/icon.png", seed=60, size=16)
    return Case(root)


@positive("DA007")
def grayscale_among_rgb(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/gray.png", seed=70, size=SIDE, mode="L")
    return Case(root, location="train/a/gray.png", evidence={"counts": {"RGB": 10, "grayscale": 1}})


@near_miss("DA007")
def grey_picture_stored_as_rgb(tmp: Path) -> Case:
    root = tree(tmp)
    path = write_image(root / "train/a/gray.png", seed=70, size=SIDE, mode="L")
    Image.open(path).convert("RGB").save(path)  # the same grey picture, in the dataset's one colour mode
    return Case(root)


def _sizes(tmp: Path, small: int, large: int) -> Path:
    root = tmp / "data"
    for i in range(2):
        write_image(root / "train/a" / f"small{i}.png", seed=80 + i, size=small)
        write_image(root / "train/b" / f"large{i}.png", seed=90 + i, size=large)
    return root


@positive("DA008")
def areas_over_64x_apart(tmp: Path) -> Case:
    # p95 / p5 of the image areas: 136^2 / 16^2 = 72 > max_area_ratio 64
    return Case(_sizes(tmp, 16, 136), evidence={"ratio": (136 / 16) ** 2, "width_range": [16, 136]})


@near_miss("DA008")
def areas_exactly_64x_apart(tmp: Path) -> Case:
    return Case(_sizes(tmp, 16, 128))  # 128^2 / 16^2 = 64: not over the ratio


@positive("DA009")
def panorama_among_squares(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/panorama.jpg", seed=100, size=(128, 32))  # 4:1, median 1:1, max spread 2
    return Case(root, location="train/a/panorama.jpg", evidence={"count": 1})


@near_miss("DA009")
def two_to_one_among_squares(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/panorama.jpg", seed=100, size=(64, 32))  # exactly the 2x spread: kept
    return Case(root)


@positive("DA010")
def exif_rotated_jpeg(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/phone.jpg", seed=110, size=SIDE, exif=exif_orientation(6))
    return Case(root, location="train/a/phone.jpg", evidence={"orientations": {"6": 1}})


@near_miss("DA010")
def exif_upright_jpeg(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/phone.jpg", seed=110, size=SIDE, exif=exif_orientation(1))  # "as stored"
    return Case(root)


@positive("DA011")
def two_frame_gif(tmp: Path) -> Case:
    root = tree(tmp)
    second = Image.fromarray(photo(121))
    write_image(root / "train/a/funny.gif", seed=120, size=SIDE, save_all=True, append_images=[second])
    return Case(root, location="train/a/funny.gif", evidence={"max_frames": 2})


@near_miss("DA011")
def one_frame_gif(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/funny.gif", seed=120, size=SIDE, save_all=True)
    return Case(root)


def _with_holdout(tmp: Path) -> Path:
    root = tree(tmp)
    write_image(root / "holdout/a/0.jpg", seed=130, size=SIDE)
    return root


@positive("DA012")
def holdout_folder(tmp: Path) -> Case:
    return Case(_with_holdout(tmp), location="holdout/", evidence={"images": 1})


@near_miss("DA012")
def holdout_folder_mapped_to_test(tmp: Path) -> Case:
    return Case(_with_holdout(tmp), options={"split_aliases": {"holdout": "test"}})


@positive("DA013")
def image_in_the_root(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "stray.jpg", seed=140, size=SIDE)
    return Case(root, location="stray.jpg", evidence={"count": 1})


@near_miss("DA013")
def image_in_a_class_folder(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/stray.jpg", seed=140, size=SIDE)
    return Case(root)


_IMAGES = ("images/0.jpg", "images/1.jpg", "images/2.jpg")
_ROWS = ("images/0.jpg,a,train", "images/1.jpg,b,train", "images/2.jpg,a,val")


@positive("DA014")
def manifest_names_a_missing_file(tmp: Path) -> Case:
    path = manifest(tmp, [*_ROWS, "images/gone.jpg,b,val"], _IMAGES)
    return Case(path, location="images/gone.jpg", evidence={"count": 1})


@near_miss("DA014")
def manifest_names_only_existing_files(tmp: Path) -> Case:
    return Case(manifest(tmp, [*_ROWS, "images/gone.jpg,b,val"], [*_IMAGES, "images/gone.jpg"]))


@positive("DA015")
def manifest_lists_a_path_twice(tmp: Path) -> Case:
    path = manifest(tmp, [*_ROWS, "images/0.jpg,a,train"], _IMAGES)
    return Case(path, location="images/0.jpg", evidence={"count": 1})


@near_miss("DA015")
def manifest_lists_two_identical_files(tmp: Path) -> Case:
    path = manifest(tmp, [*_ROWS, "images/copy.jpg,a,val"], _IMAGES)
    shutil.copyfile(path.parent / "images/0.jpg", path.parent / "images/copy.jpg")  # same bytes, other path
    return Case(path)


@positive("DA016")
def manifest_row_without_split(tmp: Path) -> Case:
    rows = ["images/0.jpg,a,train", "images/1.jpg,b,train", "images/2.jpg,a,"]
    return Case(manifest(tmp, rows, _IMAGES), evidence={"lines": [4], "count": 1})


@near_miss("DA016")
def manifest_row_without_label(tmp: Path) -> Case:
    rows = ["images/0.jpg,a,train", "images/1.jpg,b,train", "images/2.jpg,,val"]  # the label is optional
    return Case(manifest(tmp, rows, _IMAGES))


@positive("DA017")
def manifest_split_named_holdout(tmp: Path) -> Case:
    rows = ["images/0.jpg,a,train", "images/1.jpg,b,train", "images/2.jpg,a,holdout"]
    return Case(manifest(tmp, rows, _IMAGES), evidence={"split": "holdout", "count": 1})


@near_miss("DA017")
def manifest_split_named_testing(tmp: Path) -> Case:
    rows = ["images/0.jpg,a,train", "images/1.jpg,b,train", "images/2.jpg,a,Testing"]  # a known name, any case
    return Case(manifest(tmp, rows, _IMAGES))


def _class_folder(tmp: Path, per_class: int = 3) -> Path:
    return tree(tmp, {"a": per_class, "b": per_class})


@positive("DA018")
def class_folders_without_splits(tmp: Path) -> Case:
    return Case(_class_folder(tmp), message="no validation or test split folder")


@near_miss("DA018")
def class_folders_split_like_keras(tmp: Path) -> Case:
    return Case(_class_folder(tmp), options={"validation_split": 0.5, "seed": 1})


@positive("DA019")
def webp_image(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/photo.webp", seed=150, size=SIDE)
    return Case(root, location="train/a/photo.webp", evidence={"count": 1})


@near_miss("DA019")
def bmp_image(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/a/photo.bmp", seed=150, size=SIDE)  # one of the extensions Keras loads
    return Case(root)


def _keras_split(tmp: Path, images: int) -> Case:
    root = tree(tmp, {"a": images - images // 2, "b": images // 2})
    return Case(root, options={"validation_split": 0.1, "seed": 1}, evidence={"count": images})


@positive("DA020")
def validation_split_rounding_to_zero(tmp: Path) -> Case:
    return _keras_split(tmp, 9)  # int(0.1 * 9) == 0


@near_miss("DA020")
def validation_split_of_one_file(tmp: Path) -> Case:
    return _keras_split(tmp, 10)  # int(0.1 * 10) == 1


@positive("DA021")
def empty_class_folder(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/zebra").mkdir()
    return Case(root, location="train/zebra/", evidence={"split": "train", "classes": ["zebra"]})


@near_miss("DA021")
def empty_folder_inside_a_class(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/zebra").mkdir()  # not a class folder: Keras walks into it
    return Case(root)


@positive("DA022")
def text_file_in_a_class_folder(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/notes.txt").write_text("collected 2024\n")
    return Case(root, location="train/a/notes.txt", evidence={"count": 1})


@near_miss("DA022")
def script_in_a_class_folder(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a/notes.py").write_text("# collected 2024\n")  # code is read for analysis, not skipped
    return Case(root)


@positive("DA023")
def image_beside_class_folders(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "train/stray.jpg", seed=160, size=SIDE)
    return Case(root, location="train/stray.jpg", evidence={"split": "train", "count": 1})


@near_miss("DA023")
def images_in_split_folders_without_classes(tmp: Path) -> Case:
    root = tree(tmp, {"train": 6, "val": 2})  # an unlabelled dataset: no class folders anywhere
    write_image(root / "train/stray.jpg", seed=160, size=SIDE)
    return Case(root)


@positive("DA024")
def val_and_validation_folders(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "validation/a/0.jpg", seed=170, size=SIDE)
    return Case(root, location="validation/", evidence={"split": "val"})


@near_miss("DA024")
def val_and_test_folders(tmp: Path) -> Case:
    root = tree(tmp)
    write_image(root / "test/a/0.jpg", seed=170, size=SIDE)
    return Case(root)


@positive("DA025")
def symlink_loop(tmp: Path) -> Case:
    root = tree(tmp)
    # Reading it fails with ELOOP, which even root cannot read past (unlike a chmod 000 file).
    os.symlink("loop.jpg", root / "train/a/loop.jpg")
    return Case(root, location="train/a/loop.jpg", evidence={"error_kind": "unreadable"})


@near_miss("DA025")
def symlink_to_an_image(tmp: Path) -> Case:
    root = tree(tmp)
    os.symlink("0000.jpg", root / "train/a/loop.jpg")
    return Case(root)


class _Photos:
    """A torch-style dataset: ``len()`` and ``[i]`` returning (image array, class index)."""

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> tuple[np.ndarray, int]:
        return photo(190 + i), i % 2


@positive("DA026")
def dataset_longer_than_max_samples(tmp: Path) -> Case:
    return Case({"train": _Photos(5), "val": _Photos(2)}, options={"max_samples": 4},
                evidence={"read": {"train": 4}, "total": {"train": 5}})


@near_miss("DA026")
def dataset_of_exactly_max_samples(tmp: Path) -> Case:
    return Case({"train": _Photos(4), "val": _Photos(2)}, options={"max_samples": 4})


def _manifest_with(tmp: Path, column: str, values: list[str]) -> Path:
    root = tree(tmp, {"img": len(values)})
    files = sorted((root / "img").iterdir())
    pd.DataFrame({"path": [f"img/{f.name}" for f in files], "label": ["a", "b"] * (len(files) // 2),
                  column: values}).to_csv(root / "labels.csv", index=False)
    return root / "labels.csv"


@positive("DA027")
def numbered_fold_column(tmp: Path) -> Case:
    return Case(_manifest_with(tmp, "fold", ["0", "1"] * 3), evidence={"column": "fold"}, message="'fold'")


@near_miss("DA027")
def fold_column_of_split_names(tmp: Path) -> Case:
    return Case(_manifest_with(tmp, "fold", ["train"] * 4 + ["val"] * 2))


@positive("DA039")
def manifest_path_column_under_another_name(tmp: Path) -> Case:
    path = manifest(tmp, _ROWS, _IMAGES)
    path.write_text(path.read_text().replace("path,label,split", "img_file,label,split"))
    return Case(path, evidence={"columns": ["img_file", "label", "split"]})


@near_miss("DA039")
def manifest_path_column_named_by_the_user(tmp: Path) -> Case:
    path = manifest(tmp, _ROWS, _IMAGES)
    path.write_text(path.read_text().replace("path,label,split", "img_file,label,split"))
    return Case(path, options={"path_column": "img_file"})


@positive("DA030")
def fifo_named_like_an_image(tmp: Path) -> Case:
    root = tree(tmp)
    os.mkfifo(root / "train/a/pipe.jpg")  # reading it would block until a writer comes
    return Case(root, location="train/a/pipe.jpg", evidence={"error_kind": "special"}, message="FIFO")


@near_miss("DA030")
def fifo_that_is_no_image(tmp: Path) -> Case:
    root = tree(tmp)
    os.mkfifo(root / "train/a/pipe.dat")  # sniffed without blocking, and not an image
    return Case(root)


@positive("DA031")
def file_over_the_read_limit(tmp: Path) -> Case:
    root = tree(tmp)
    with open(root / "train/a/big.png", "wb") as fh:
        fh.truncate(2 << 20)  # sparse
    return Case(root, {"max_image_bytes": 1 << 20}, location="train/a/big.png", evidence={"error_kind": "too-large"})


@near_miss("DA031")
def file_at_the_read_limit(tmp: Path) -> Case:
    root = tree(tmp)
    size = (root / "train/a/0000.jpg").stat().st_size
    return Case(root, {"max_image_bytes": size})


@positive("DA032")
def folder_past_path_max(tmp: Path) -> Case:
    root = tree(tmp)
    fd = os.open(root / "train/a", os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(24):  # 24 x 200 characters: past PATH_MAX, which even root cannot list past
            os.mkdir("d" * 200, dir_fd=fd)
            inner = os.open("d" * 200, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    return Case(root, message="File name too long")


@near_miss("DA032")
def deep_folder_within_path_max(tmp: Path) -> Case:
    root = tree(tmp)
    (root / "train/a" / "/".join(["d" * 100] * 10)).mkdir(parents=True)
    return Case(root)


@positive("DA033")
def class_folder_linked_from_outside(tmp: Path) -> Case:
    root = tree(tmp)
    outside = make_tree(tmp / "elsewhere", {"c": 2}, size=SIDE, seed=9)
    (root / "train/c").symlink_to(outside / "c", target_is_directory=True)
    return Case(root, location="train/c/", evidence={"count": 1})


@near_miss("DA033")
def class_folder_linked_from_inside(tmp: Path) -> Case:
    root = tree(tmp)
    shutil.move(root / "train/b", root / "b-images")
    (root / "train/b").symlink_to(root / "b-images", target_is_directory=True)
    return Case(root)


# -- DA1xx: leakage --------------------------------------------------------------------------------------

def _copy(root: Path, to: str) -> Path:
    target = root / to
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root / "train/a/0000.jpg", target)
    return root


def _flipped(root: Path, to_stem: str) -> Path:
    write_edited(root / "train/a/0000.jpg", root / to_stem, "hflip", np.random.default_rng(0))
    return root


@positive("DA101")
def byte_copy_in_val(tmp: Path) -> Case:
    root = _copy(tree(tmp, size=64), "val/a/copy.jpg")
    return Case(root, location="val/a/copy.jpg", evidence={"kind": "exact", "outside_home_split": ["val/a/copy.jpg"]})


@near_miss("DA101")
def byte_copy_in_train(tmp: Path) -> Case:
    return Case(_copy(tree(tmp, size=64), "train/a/copy.jpg"))  # a within-split copy (DA103)


@positive("DA102")
def flipped_copy_in_val(tmp: Path) -> Case:
    root = _flipped(tree(tmp, size=64), "val/a/flipped")
    return Case(root, location="val/a/flipped.jpg",
                evidence={"kind": "near", "edit": lambda edit: "horizontally flipped" in edit})


@near_miss("DA102")
def flipped_copy_in_train(tmp: Path) -> Case:
    return Case(_flipped(tree(tmp, size=64), "train/a/flipped"))


@positive("DA103")
def byte_copy_within_train(tmp: Path) -> Case:
    root = _copy(tree(tmp, size=64), "train/a/copy.jpg")
    return Case(root, location="train/a/copy.jpg", evidence={"extra_copies": ["train/a/copy.jpg"]})


@near_miss("DA103")
def byte_copy_across_splits(tmp: Path) -> Case:
    return Case(_copy(tree(tmp, size=64), "val/a/copy.jpg"))  # one copy per split: a leak (DA101), not this


@positive("DA104")
def byte_copy_with_another_label(tmp: Path) -> Case:
    root = _copy(tree(tmp, size=64), "train/b/copy.jpg")
    return Case(root, location="train/b/copy.jpg", evidence={"labels": {"a": 1, "b": 1}})


@near_miss("DA104")
def byte_copy_with_the_same_label(tmp: Path) -> Case:
    return Case(_copy(tree(tmp, size=64), "train/a/copy.jpg"))


@positive("DA105")
def one_val_image_leaked(tmp: Path) -> Case:
    root = _copy(tree(tmp, size=64), "val/a/copy.jpg")
    return Case(root, evidence={"leaked": {"train->val": 1}, "exceeded": ["train->val"]})


@near_miss("DA105")
def copy_that_stays_in_train(tmp: Path) -> Case:
    return Case(_copy(tree(tmp, size=64), "train/a/copy.jpg"))


def _coloured(val_colour: tuple[int, int, int]) -> dict:
    red, green = (200, 30, 30), (30, 200, 30)
    train = np.stack([noisy_colour(red, 1), noisy_colour(green, 2)])
    return {"train": (train, np.array([0, 1])), "val": (noisy_colour(val_colour, 3)[None], np.array([0]))}


_EMBEDDING = {"leakage": {"embedding": mean_colour, "embedding_threshold": 0.99}}


@positive("DA106")
def same_colour_scene_in_val(tmp: Path) -> Case:
    # Other noise than train[0], so no pixel copy: only the (toy) embedding sees they look alike.
    return Case(_coloured((200, 30, 30)), options=_EMBEDDING, location="val[0]",
                evidence={"embedding": "mean_colour", "pairs": lambda pairs: pairs[0]["a"] == "train[0]"})


@near_miss("DA106")
def other_colour_scene_in_val(tmp: Path) -> Case:
    return Case(_coloured((30, 30, 200)), options=_EMBEDDING)


@positive("DA107")
def renderings_of_one_glyph(tmp: Path) -> Case:
    # One digit, each image with its own +-1 level noise: different images, yet even aligned finely they
    # differ by less than an edited copy would.
    x, _ = digits(1)
    noise = np.random.default_rng(0).integers(-1, 2, (60, *x.shape[1:]))
    glyphs = np.clip(x[0].astype(int) + noise, 0, 255).astype(np.uint8)
    return Case({"train": (glyphs, np.zeros(60, int))}, evidence={"lookalike_level": lambda level: level >= 0.5,
                                                                   "fine_max_residual": lambda r: r < 0.0015})


@near_miss("DA107")
def handwritten_digits(tmp: Path) -> Case:
    x, y = digits(60)  # look alike at thumbnail scale, but the fine verification tells them apart
    return Case({"train": (x, y)})




def _subjects(tmp: Path, leaked: bool) -> Path:
    """A manifest with a ``subject_id`` column: s1 in train and (when ``leaked``) in val."""
    rows = ["a/0.jpg,a,train,s1", "a/1.jpg,a,train,s1", "b/2.jpg,b,train,s2", "a/3.jpg,a,val,s3",
            f"b/4.jpg,b,val,{'s1' if leaked else 's4'}"]
    folder = tmp / "data"
    for seed, row in enumerate(rows):
        write_image(folder / row.split(",")[0], seed=seed, size=SIDE)
    path = folder / "labels.csv"
    path.write_text("path,label,split,subject_id\n" + "".join(f"{row}\n" for row in rows))
    return path


@positive("DA108")
def subject_in_train_and_val(tmp: Path) -> Case:
    return Case(_subjects(tmp, leaked=True), location="b/4.jpg",
                evidence={"groups_across_splits": 1, "group_source": "column 'subject_id'"})


@near_miss("DA108")
def every_subject_in_one_split(tmp: Path) -> Case:
    return Case(_subjects(tmp, leaked=False))


def _burst(tmp: Path, gap: float) -> Path:
    """Two photos of one camera body, ``gap`` seconds apart, one in train and one in val."""
    root = tmp / "data"
    for k, (rel, second) in enumerate((("train/a/IMG_0100.jpg", 0.0), ("val/a/IMG_0101.jpg", gap))):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Nikon", "D750"
        whole, fraction = divmod(int(round(second * 100)), 100)
        exif.get_ifd(0x8769)[0x9003] = f"2023:07:14 10:{whole // 60:02d}:{whole % 60:02d}"
        exif.get_ifd(0x8769)[0x9291] = f"{fraction:02d}"
        Image.fromarray(photo(500 + k)).save(path, "JPEG", exif=exif)
    return root


@positive("DA109")
def burst_frames_in_train_and_val(tmp: Path) -> Case:
    return Case(_burst(tmp, 2.5), location="val/a/IMG_0101.jpg", evidence={"bursts_across_splits": 1})


@near_miss("DA109")
def same_camera_a_minute_later(tmp: Path) -> Case:
    return Case(_burst(tmp, 65.0))


@positive("DA110")
def subject_column_recognised(tmp: Path) -> Case:
    return Case(_subjects(tmp, leaked=False), evidence={"groups": 4, "recognised_by_name": True})


@near_miss("DA110")
def manifest_without_group_column(tmp: Path) -> Case:
    return Case(manifest(tmp, ["a/0.jpg,a,train", "b/1.jpg,b,val"], ["a/0.jpg", "b/1.jpg"]))


def _rows(seed: int = 0, n_train: int = 120, n_val: int = 40, columns: int = 4) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(n_train, columns)), rng.integers(0, 2, n_train),
            rng.normal(size=(n_val, columns)), rng.integers(0, 2, n_val))


@positive("DA501")
def val_row_copied_from_train(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows()
    xv[5], yv[5] = xt[17], yt[17]
    return Case({"train": (xt, yt), "val": (xv, yv)}, location="val[5]",
                evidence={"leaked": lambda v: v["train->val"]["rows"] == 1 and v["train->val"]["exact"] == 1})


@near_miss("DA501")
def val_row_close_but_not_a_copy(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows()
    xv[5] = xt[17] + 0.05  # 0.05 of a column's spread apart: another record
    return Case({"train": (xt, yt), "val": (xv, yv)})


@positive("DA502")
def copied_row_with_the_other_target(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows(1)
    xv[3], yv[3] = xt[8], 1 - yt[8]
    return Case({"train": (xt, yt), "val": (xv, yv)}, location="val[3]", evidence={"groups": 1})


@near_miss("DA502")
def copied_row_with_the_same_target(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows(1)
    xv[3], yv[3] = xt[8], yt[8]
    return Case({"train": (xt, yt), "val": (xv, yv)})


@positive("DA503")
def repeated_training_row(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows(2)
    xt[40] = xt[2]
    return Case({"train": (xt, yt), "val": (xv, yv)}, location="train[40]",
                evidence={"split": "train", "repeated_rows": 1})


@near_miss("DA503")
def no_repeated_rows(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows(2)
    return Case({"train": (xt, yt), "val": (xv, yv)})


@positive("DA504")
def shifted_column_in_val(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows(3, 400, 200)
    xv[:, 1] += 1.0
    return Case({"train": (xt, yt), "val": (xv, yv)},
                evidence={"drifted": lambda d: [c["column"] for c in d] == ["column 1"]})


@near_miss("DA504")
def splits_from_one_distribution(tmp: Path) -> Case:
    xt, yt, xv, yv = _rows(3, 400, 200)
    return Case({"train": (xt, yt), "val": (xv, yv)})


def _people(tmp: Path, with_text: bool) -> Path:
    rng = np.random.default_rng(8)
    frame = pd.DataFrame({"age": rng.integers(18, 90, 60), "label": rng.choice(["a", "b"], 60),
                          "split": ["train"] * 45 + ["val"] * 15})
    if with_text:
        frame["city"] = rng.choice(["Lyon", "Oslo"], 60)
    path = tmp / "people.csv"
    frame.to_csv(path, index=False)
    return path


@positive("DA505")
def table_with_a_text_column(tmp: Path) -> Case:
    return Case(_people(tmp, True), evidence={"columns": ["city"]})


@near_miss("DA505")
def table_of_numbers(tmp: Path) -> Case:
    return Case(_people(tmp, False))
def _yolo_tree(tmp: Path, labels: Mapping[str, str]) -> Path:
    """images/{train,val}/ with a label file per image; ``labels`` maps "split/stem" to its file's text."""
    root = tmp / "yolo"
    for seed, (key, text) in enumerate(labels.items()):
        split, stem = key.split("/")
        write_image(root / "images" / split / f"{stem}.jpg", seed=600 + seed, size=SIDE)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split / f"{stem}.txt").write_text(text)
    return root


_BOXES = {"train/a": "0 0.5 0.5 0.2 0.2\n", "train/b": "1 0.4 0.4 0.2 0.2\n", "val/c": "0 0.5 0.5 0.3 0.3\n"}


@positive("DA601")
def yolo_image_with_an_empty_label_file(tmp: Path) -> Case:
    return Case(_yolo_tree(tmp, {**_BOXES, "train/d": ""}), location="images/train/d.jpg")


@near_miss("DA601")
def yolo_images_all_with_boxes(tmp: Path) -> Case:
    return Case(_yolo_tree(tmp, _BOXES))


@positive("DA602")
def yolo_box_past_the_right_edge(tmp: Path) -> Case:
    return Case(_yolo_tree(tmp, {**_BOXES, "train/d": "0 0.95 0.5 0.2 0.2\n"}), location="images/train/d.jpg",
                evidence={"kinds": {"outside": 1}})


@near_miss("DA602")
def yolo_box_touching_the_edge(tmp: Path) -> Case:
    return Case(_yolo_tree(tmp, {**_BOXES, "train/d": "0 0.9 0.5 0.2 0.2\n"}))


@positive("DA603")
def yolo_line_that_does_not_parse(tmp: Path) -> Case:
    return Case(_yolo_tree(tmp, {**_BOXES, "train/d": "0 0.5 half 0.2 0.2\n"}), location="images/train/d.jpg",
                evidence={"kinds": {"malformed": 1}})


@near_miss("DA603")
def yolo_lines_that_parse(tmp: Path) -> Case:
    return Case(_yolo_tree(tmp, {**_BOXES, "train/d": "0 0.5 0.5 0.2 0.2\n"}))


@positive("DA604")
def yolo_twelve_boxes_of_one_class_per_box_of_the_other(tmp: Path) -> Case:
    many = "".join("1 0.5 0.5 0.1 0.1\n" for _ in range(12))
    return Case(_yolo_tree(tmp, {"train/a": many, "train/b": "0 0.5 0.5 0.2 0.2\n", "val/c": many}),
                evidence={"ratio": 12.0})


@near_miss("DA604")
def yolo_nine_boxes_per_box_of_the_other(tmp: Path) -> Case:
    many = "".join("1 0.5 0.5 0.1 0.1\n" for _ in range(9))
    return Case(_yolo_tree(tmp, {"train/a": many, "train/b": "0 0.5 0.5 0.2 0.2\n", "val/c": many}))


# -- DA2xx: balance (label tables without images) --------------------------------------------------------

@positive("DA201")
def ten_to_one_training_classes(tmp: Path) -> Case:
    return Case(labels_frame({"train": {"a": 100, "b": 10}}),
                evidence={"counts": {"a": 100, "b": 10}, "level": "severe"})


@near_miss("DA201")
def classes_just_under_the_mild_ratio(tmp: Path) -> Case:
    return Case(labels_frame({"train": {"a": 29, "b": 20}}))  # 1.45x, mild_ratio is 1.5


@positive("DA202")
def class_of_19(tmp: Path) -> Case:
    return Case(labels_frame({"train": {"a": 40, "b": 19}}), evidence={"class": "b", "count": 19})


@near_miss("DA202")
def class_of_20(tmp: Path) -> Case:
    return Case(labels_frame({"train": {"a": 40, "b": 20}}))  # min_class_count is 20


@positive("DA203")
def class_evaluated_but_never_trained(tmp: Path) -> Case:
    frame = labels_frame({"train": BALANCED_TRAIN, "val": {"a": 10, "b": 10, "c": 5}})
    return Case(frame, evidence={"split": "train", "missing": ["c"]})


@near_miss("DA203")
def class_trained_once(tmp: Path) -> Case:
    return Case(labels_frame({"train": {**BALANCED_TRAIN, "c": 1}, "val": {"a": 10, "b": 10, "c": 5}}))


@positive("DA204")
def val_mix_90_to_10(tmp: Path) -> Case:
    frame = labels_frame({"train": {"a": 100, "b": 100}, "val": {"a": 90, "b": 10}})
    return Case(frame, evidence={"splits": ["train", "val"], "counts": {"train": {"a": 100, "b": 100},
                                                                         "val": {"a": 90, "b": 10}}})


@near_miss("DA204")
def val_mix_just_under_the_distance(tmp: Path) -> Case:
    # 61/39 against 50/50: Jensen-Shannon distance 0.094, under shift_js 0.1 (62/38 is 0.103)
    return Case(labels_frame({"train": {"a": 100, "b": 100}, "val": {"a": 61, "b": 39}}))


@positive("DA205")
def val_60_percent_one_class(tmp: Path) -> Case:
    frame = labels_frame({"train": BALANCED_TRAIN, "val": {"a": 60, "b": 40}})  # 1.5x: imbalanced
    return Case(frame, evidence={"split": "val", "majority_class": "a", "majority_baseline_accuracy": 0.6})


@near_miss("DA205")
def val_59_percent_one_class(tmp: Path) -> Case:
    return Case(labels_frame({"train": BALANCED_TRAIN, "val": {"a": 59, "b": 41}}))  # 1.44x: under mild_ratio


@positive("DA206")
def val_of_100(tmp: Path) -> Case:
    frame = labels_frame({"train": BALANCED_TRAIN, "val": {"a": 50, "b": 50}})
    return Case(frame, evidence={"split": "val", "n": 100, "needed_size": size_for_half_width(0.9, 0.02)})


@near_miss("DA206")
def val_just_large_enough(tmp: Path) -> Case:
    needed = size_for_half_width(0.9, 0.02)  # the smallest split measuring 90% accuracy to +/-2 points
    return Case(labels_frame({"train": BALANCED_TRAIN, "val": {"a": needed - needed // 2, "b": needed // 2}}))


@positive("DA207")
def val_of_33_in_batches_of_32(tmp: Path) -> Case:
    frame = labels_frame({"train": BALANCED_TRAIN, "val": {"a": 17, "b": 16}})
    return Case(frame, evidence={"split": "val", "dropped": 1, "batch_size": 32})


@near_miss("DA207")
def val_of_64_in_batches_of_32(tmp: Path) -> Case:
    return Case(labels_frame({"train": BALANCED_TRAIN, "val": {"a": 32, "b": 32}}))


# -- DA3xx: preprocessing (training code, fitted objects, saved arrays) ----------------------------------

_LOAD = """\
    import numpy as np
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    X = np.load("x.npy")
    y = np.load("y.npy")
"""


def _code_case(tmp: Path, body: str, **pins: Any) -> Case:
    path = script(tmp, _LOAD + textwrap.indent(textwrap.dedent(body), "    "))
    pins = {key: (value.format(script=path) if isinstance(value, str) else value) for key, value in pins.items()}
    return Case(tabular(), options={"code": [str(path)]}, **pins)


@positive("DA301")
def scaler_fitted_before_the_split(tmp: Path) -> Case:
    return _code_case(tmp, """\
        X_scaled = StandardScaler().fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, random_state=0)
        """, location="{script}:7", evidence={"leak_kind": "fit-before-split"})


#: The leak-free pattern: split, fit on the training part, transform both parts.
_FIT_ON_TRAIN = """\
    X_train, X_val, y_train, y_val = train_test_split(X, y, random_state=0)
    scaler = StandardScaler().fit(X_train)
    X_train, X_val = scaler.transform(X_train), scaler.transform(X_val)
"""


@near_miss("DA301")
def scaler_fitted_after_the_split(tmp: Path) -> Case:
    return _code_case(tmp, _FIT_ON_TRAIN)


@positive("DA302")
def scaler_fitted_on_train_and_val(tmp: Path) -> Case:
    return _code_case(tmp, """\
        X_train, X_val, y_train, y_val = train_test_split(X, y, random_state=0)
        scaler = StandardScaler().fit(np.concatenate([X_train, X_val]))
        X_train, X_val = scaler.transform(X_train), scaler.transform(X_val)
        """, location="{script}:8", evidence={"leak_kind": "fit-on-train-and-eval"})


@near_miss("DA302")
def scaler_fitted_on_train_only(tmp: Path) -> Case:
    return _code_case(tmp, _FIT_ON_TRAIN)


@positive("DA303")
def smote_before_the_split(tmp: Path) -> Case:
    return _code_case(tmp, """\
        from imblearn.over_sampling import SMOTE
        X_res, y_res = SMOTE(random_state=0).fit_resample(X, y)
        X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, random_state=0)
        """, location="{script}:8", evidence={"leak_kind": "oversampling-before-split"})


@near_miss("DA303")
def smote_after_the_split(tmp: Path) -> Case:
    return _code_case(tmp, """\
        from imblearn.over_sampling import SMOTE
        X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
        X_res, y_res = SMOTE(random_state=0).fit_resample(X_train, y_train)
        """)


def _fitted_case(fit_on: np.ndarray, train: np.ndarray, val: np.ndarray, **pins: Any) -> Case:
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(fit_on)
    return Case({"train": (train, None), "val": (val, None)},
                options={"preprocessing": {"fitted": {"scaler": scaler}, "signature": False}}, **pins)


@positive("DA304")
def scaler_fitted_on_train_plus_val(tmp: Path) -> Case:
    train, val = raw_splits()
    return _fitted_case(np.concatenate([train, val]), train, val, location="fitted:scaler",
                        evidence={"matched": ["train+val"]})


@near_miss("DA304")
def scaler_fitted_on_train(tmp: Path) -> Case:
    train, val = raw_splits()
    return _fitted_case(train, train, val)


def _saved_splits(fit_on: str) -> dict:
    train, val = raw_splits(1)
    basis = np.concatenate([train, val]) if fit_on == "union" else train
    mean, std = basis.mean(axis=0), basis.std(axis=0)
    return {"train": ((train - mean) / std, None), "val": ((val - mean) / std, None)}


@positive("DA305")
def splits_standardised_with_their_union(tmp: Path) -> Case:
    return Case(_saved_splits("union"), location="val",
                evidence={"transform": "standardize", "fitted_on": "train+val"})


@near_miss("DA305")
def splits_standardised_with_train(tmp: Path) -> Case:
    return Case(_saved_splits("train"))


@positive("DA306")
def scaler_fitted_on_other_data(tmp: Path) -> Case:
    train, val = raw_splits()
    other, _ = raw_splits(seed=5)
    return _fitted_case(other * 3, train, val, location="fitted:scaler", evidence={"object": "scaler"})


@near_miss("DA306")
def scaler_fitted_on_these_train_rows(tmp: Path) -> Case:
    train, val = raw_splits()
    return _fitted_case(train, train, val)


@positive("DA307")
def python_2_script(tmp: Path) -> Case:
    path = script(tmp, "print 'training'\n")
    return Case(tabular(), options={"code": [str(path)]}, location=str(path), evidence={"file": str(path)})


@near_miss("DA307")
def python_3_script(tmp: Path) -> Case:
    return Case(tabular(), options={"code": [str(script(tmp, "print('training')\n"))]})


# -- DA4xx: variety (arrays of generated photos) ---------------------------------------------------------

def _classes(**per_class: np.ndarray) -> dict:
    x = np.concatenate(list(per_class.values()))
    y = np.concatenate([[name] * len(v) for name, v in per_class.items()])
    return {"train": (x, y)}


@positive("DA401")
def class_of_three_scenes_shot_four_times(tmp: Path) -> Case:
    few = np.repeat(photos(3, seed=1), 4, axis=0)
    return Case(_classes(few=few, varied=photos(12, seed=2, shape="square")),
                evidence={"class": "few", "images": 12, "near_duplicate_share": 1.0})


@near_miss("DA401")
def class_of_twelve_scenes(tmp: Path) -> Case:
    return Case(_classes(few=photos(12, seed=1), varied=photos(12, seed=2, shape="square")))


def _brightness_spread(narrow_range: float) -> dict:
    # Each class's brightness spread is half its range / 1.349; narrow_ratio compares it with the peers' median.
    return _classes(narrow=levels(np.linspace(120, 120 + narrow_range, 10)),
                    wide=levels(np.linspace(60, 200, 10)), other=levels(np.linspace(65, 205, 10)))


@positive("DA402")
def class_with_a_third_of_the_brightness_range(tmp: Path) -> Case:
    return Case(_brightness_spread(42), evidence={"class": "narrow", "properties": lambda p: set(p) == {"brightness"}})


@near_miss("DA402")
def class_with_0_4_of_the_brightness_range(tmp: Path) -> Case:
    return Case(_brightness_spread(56))  # ratio 0.4, over narrow_ratio 0.35


def _drift(darker_by: float) -> dict:
    # Training brightness spread: (half of the 60-level range) / 1.349 = 22.2 levels.
    train = np.linspace(100, 160, 12)
    y = np.array(["a", "b"] * 6)
    return {"train": (levels(train), y), "val": (levels(train - darker_by), y)}


@positive("DA403")
def val_30_levels_darker(tmp: Path) -> Case:
    return Case(_drift(30), evidence={"split": "val", "properties": lambda p: p["brightness"]["direction"] == "darker"})


@near_miss("DA403")
def val_10_levels_darker(tmp: Path) -> Case:
    return Case(_drift(10))  # effect 10 / 22.2 = 0.45, under drift_effect 0.5


@positive("DA404")
def two_training_images(tmp: Path) -> Case:
    return Case({"train": (photos(2), np.array(["a", "b"]))},
                evidence={"spec": lambda spec: spec["class_names"] == ["a", "b"]})


@near_miss("DA404")
def one_training_image(tmp: Path) -> Case:
    return Case({"train": (photos(1), np.array(["a"]))})  # nothing to derive a pipeline from


_GENERATOR = """\
    from tensorflow.keras.preprocessing.image import ImageDataGenerator
    datagen = ImageDataGenerator({arguments})
"""


def _generator_case(tmp: Path, source: dict, arguments: str, **pins: Any) -> Case:
    path = script(tmp, _GENERATOR.format(arguments=arguments))
    pins = {key: (value.format(script=path) if isinstance(value, str) else value) for key, value in pins.items()}
    # The preprocessing auditor finds the generator in the code; it runs only when one of its codes is selected.
    return Case(source, options={"code": [str(path)]}, select=("DA307",), **pins)


def _shapes() -> dict:
    shapes = ("circle", "square", "triangle")
    x = np.concatenate([photos(16, seed=10 + k, size=48, shape=s) for k, s in enumerate(shapes)])
    return {"train": (x, np.repeat(shapes, 16))}


@positive("DA405")
def image_data_generator_in_code(tmp: Path) -> Case:
    return _generator_case(tmp, {"train": (photos(4), np.array(["a", "b"] * 2))}, "rescale=1.0 / 255",
                           location="{script}:2", evidence={"kwargs": lambda kw: "rescale" in kw})


@near_miss("DA405")
def rescaling_layer_in_code(tmp: Path) -> Case:
    path = script(tmp, "import keras\nrescale = keras.layers.Rescaling(1.0 / 255)\n")
    return Case({"train": (photos(4), np.array(["a", "b"] * 2))}, options={"code": [str(path)]}, select=("DA307",))


@positive("DA406")
def vertical_flips_of_upright_photos(tmp: Path) -> Case:
    return _generator_case(tmp, _shapes(), "vertical_flip=True", location="{script}:2",
                           evidence={"conflicts": lambda c: [d["transform"] for d in c] == ["vertical_flip"]})


@near_miss("DA406")
def horizontal_flips_of_upright_photos(tmp: Path) -> Case:
    return _generator_case(tmp, _shapes(), "horizontal_flip=True")  # mirrored photos keep their label


# -- DA9xx: the engine -----------------------------------------------------------------------------------

@positive("DA900")
def crashing_plugin_auditor(tmp: Path) -> Case:
    return Case(tree(tmp), plugins=("crashing = xplugin:CrashingAuditor",), select=("XP101",),
                evidence={"auditor": "crashing", "exception": "RuntimeError", "detail": "plugin bug"})


@near_miss("DA900")
def working_plugin_auditor(tmp: Path) -> Case:
    return Case(tree(tmp), plugins=("wide = xplugin:WideAuditor",), select=("XP001",))


@positive("DA901")
def entry_point_naming_a_missing_module(tmp: Path) -> Case:
    return Case(tree(tmp), plugins=("broken = xplugin_missing:Nothing",),
                evidence={"entry_point": "broken = xplugin_missing:Nothing",
                          "error": lambda error: "xplugin_missing" in error})


@near_miss("DA901")
def entry_point_naming_an_auditor(tmp: Path) -> Case:
    return Case(tree(tmp), plugins=("wide = xplugin:WideAuditor",))


assert set(_positives) == set(_near_misses), sorted(set(_positives) ^ set(_near_misses))
FIXTURES: dict[str, RuleFixture] = {code: RuleFixture(code, _positives[code], _near_misses[code])
                                    for code in sorted(_positives)}
