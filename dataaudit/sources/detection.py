"""Object-detection layouts: YOLO (``images/`` + ``labels/``, ``data.yaml``), COCO JSON and Pascal VOC.

A detection dataset is audited as images with a *label set* each (the classes of its boxes; an
image without boxes has an empty set), through the manifest pipeline, so split leakage, label
conflicts and per-label balance work as for any multi-label manifest. What only boxes tell (how
many instances of each class, images without boxes, boxes outside their image, label files that
name no image) is kept in :class:`DetectionAnnotations` for the detection auditor (DA6xx).
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from dataaudit.errors import InputError
from dataaudit.sources.base import Dataset, canonical_split
from dataaudit.sources.sniff import IMAGE_EXTENSIONS

__all__ = ["DetectionAnnotations", "BoxProblem", "detection_layout", "detection_dataset"]

#: A box may stick out of its image by this much (a fraction for YOLO, pixels for COCO and VOC):
#: annotation tools round coordinates.
_YOLO_SLACK = 1e-3
_PIXEL_SLACK = 1.0
_LISTED = 200


@dataclass(frozen=True)
class BoxProblem:
    path: str  # the image (relative to the root) or, for a label file without image, the label file
    problem: str  # "outside", "degenerate", "unknown-class", "malformed", "no-image"
    detail: str


@dataclass(frozen=True)
class DetectionAnnotations:
    """What the boxes say, per split: instances per class, images per class, images without boxes, problems."""

    layout: str  # "yolo", "coco", "voc"
    instances: Mapping[str, Mapping[str, int]]
    images: Mapping[str, Mapping[str, int]]
    empty: tuple[str, ...]
    problems: tuple[BoxProblem, ...] = field(default=())


class _Collector:
    def __init__(self, layout: str):
        self.layout = layout
        self.rows: list[tuple[str, list[str], str]] = []
        self.instances: dict[str, Counter] = {}
        self.images: dict[str, Counter] = {}
        self.empty: list[str] = []
        self.problems: list[BoxProblem] = []

    def image(self, rel: str, split: str, classes: list[str]) -> None:
        # A list cell: the manifest reads a label set, and an image without boxes has the empty set.
        self.rows.append((rel, sorted(set(classes)), split))
        self.instances.setdefault(split, Counter()).update(classes)
        self.images.setdefault(split, Counter()).update(set(classes))
        if not classes:
            self.empty.append(rel)

    def problem(self, path: str, problem: str, detail: str) -> None:
        self.problems.append(BoxProblem(path, problem, detail))

    def annotations(self) -> DetectionAnnotations:
        return DetectionAnnotations(
            self.layout,
            {s: dict(sorted(c.items())) for s, c in self.instances.items()},
            {s: dict(sorted(c.items())) for s, c in self.images.items()},
            tuple(self.empty),
            tuple(self.problems),
        )


def _split_of(name: str, aliases: Mapping[str, str] | None) -> str | None:
    """``train2017`` -> train, ``instances_val`` -> val, ``valid`` -> val."""
    for token in re.split(r"[^A-Za-z]+", name):
        split = canonical_split(token, aliases)
        if split is not None:
            return split
    return None


def _images_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_EXTENSIONS and p.is_file())


# -- YOLO ---------------------------------------------------------------------------------------------


def _yaml(path: Path) -> dict[str, Any]:
    try:
        import yaml
    except ImportError:
        raise InputError(f"Reading {path.name} needs PyYAML: pip install pyyaml") from None
    try:
        data = yaml.safe_load(path.read_text())
    except Exception as exc:
        raise InputError(f"Cannot read {path}: {exc}.") from None
    return data if isinstance(data, dict) else {}


def _yolo_names(root: Path, config: Mapping[str, Any]) -> dict[int, str]:
    names = config.get("names")
    if isinstance(names, Mapping):
        return {int(k): str(v) for k, v in names.items()}
    if isinstance(names, list):
        return dict(enumerate(str(v) for v in names))
    classes = root / "classes.txt"
    if classes.is_file():
        return dict(enumerate(line.strip() for line in classes.read_text().splitlines() if line.strip()))
    return {}


def _yolo_split_folders(root: Path, config: Mapping[str, Any], aliases) -> list[tuple[str, Path]]:
    """(split, image folder) pairs, from data.yaml or from the two usual folder layouts."""
    base = Path(config["path"]) if isinstance(config.get("path"), str) else root
    if not base.is_absolute():
        base = (root / base).resolve()
    out = []
    for key in ("train", "val", "valid", "test"):
        value = config.get(key)
        if isinstance(value, str):
            folder = Path(value) if os.path.isabs(value) else base / value
            out.append((canonical_split(key, aliases) or key, folder))
    if out:
        return [(s, f) for s, f in out if f.is_dir()]
    if (root / "images").is_dir():
        return [(split, d) for d in sorted((root / "images").iterdir())
                if d.is_dir() and (split := canonical_split(d.name, aliases))]
    return [(split, d / "images") for d in sorted(root.iterdir())
            if d.is_dir() and (d / "images").is_dir() and (split := canonical_split(d.name, aliases))]


def _label_file(image: Path) -> Path:
    """YOLO's rule: the last ``images`` folder of the path becomes ``labels``, the suffix ``.txt``."""
    parts = list(image.parts)
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] == "images":
            parts[i] = "labels"
            break
    return Path(*parts).with_suffix(".txt")


def _read_yolo(root: Path, aliases) -> _Collector:
    config = _yaml(root / "data.yaml") if (root / "data.yaml").is_file() else {}
    names = _yolo_names(root, config)
    out = _Collector("yolo")
    seen_labels: set[Path] = set()
    for split, folder in _yolo_split_folders(root, config, aliases):
        for image in _images_in(folder):
            rel = image.relative_to(root).as_posix() if image.is_relative_to(root) else str(image)
            label_path = _label_file(image)
            seen_labels.add(label_path)
            classes: list[str] = []
            lines = label_path.read_text(errors="replace").splitlines() if label_path.is_file() else []
            for number, line in enumerate(lines, 1):
                fields = line.split()
                if not fields:
                    continue
                try:
                    cid, coords = int(float(fields[0])), [float(v) for v in fields[1:]]
                except ValueError:
                    out.problem(rel, "malformed", f"{label_path.name} line {number}: {line.strip()[:60]!r}")
                    continue
                if len(coords) < 4 or (len(coords) > 4 and len(coords) % 2):
                    out.problem(rel, "malformed", f"{label_path.name} line {number}: {len(coords)} coordinates")
                    continue
                if names and cid not in names:
                    out.problem(rel, "unknown-class", f"{label_path.name} line {number}: class id {cid}")
                name = names.get(cid, str(cid))
                classes.append(name)
                if len(coords) == 4:
                    cx, cy, w, h = coords
                    x0, x1, y0, y1 = cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2
                else:  # a segmentation polygon: its extent
                    x0, x1, y0, y1 = min(coords[0::2]), max(coords[0::2]), min(coords[1::2]), max(coords[1::2])
                if x1 - x0 <= 0 or y1 - y0 <= 0:
                    out.problem(rel, "degenerate", f"{name}: box of zero size ({label_path.name} line {number})")
                elif x0 < -_YOLO_SLACK or y0 < -_YOLO_SLACK or x1 > 1 + _YOLO_SLACK or y1 > 1 + _YOLO_SLACK:
                    out.problem(rel, "outside", f"{name}: box ({x0:.3f}, {y0:.3f})-({x1:.3f}, {y1:.3f}) leaves the "
                                                "image (coordinates are fractions of its size)")
            out.image(rel, split, classes)
    for label_path in sorted(root.rglob("*.txt")):
        if "labels" in label_path.parts and label_path not in seen_labels and label_path.name != "classes.txt":
            out.problem(label_path.relative_to(root).as_posix(), "no-image", "label file without an image")
    return out


# -- COCO ---------------------------------------------------------------------------------------------


def _is_coco(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b'"images"' in head or b'"annotations"' in head or b'"categories"' in head


def _coco_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    folder = root / "annotations" if (root / "annotations").is_dir() else root
    return sorted(p for p in folder.glob("*.json") if _is_coco(p))


def _coco_base(path: Path) -> Path:
    """The dataset folder of a COCO folder or file: an ``annotations/`` folder's parent."""
    folder = path if path.is_dir() else path.parent
    return folder.parent if folder.name.lower() == "annotations" else folder


def _read_coco(root: Path, files: list[Path], aliases) -> _Collector:
    out = _Collector("coco")
    base = _coco_base(root)
    for path in files:
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise InputError(f"Cannot read the COCO file {path.name}: {exc}.") from None
        if not isinstance(data, dict) or not isinstance(data.get("images"), list):
            raise InputError(f"{path.name} is not a COCO annotation file (no 'images' list).")
        split = _split_of(path.stem, aliases) or "train"
        names = {c.get("id"): str(c.get("name")) for c in data.get("categories", []) if isinstance(c, dict)}
        boxes: dict[Any, list[dict]] = {}
        for ann in data.get("annotations", []):
            if isinstance(ann, dict):
                boxes.setdefault(ann.get("image_id"), []).append(ann)
        folders = _coco_image_folders(base, path, split)
        for image in data["images"]:
            name = str(image.get("file_name", ""))
            found = next((f / name for f in folders if (f / name).is_file()), None)
            if found is None:
                out.problem(name, "no-image", f"{path.name} lists {name}, which is not on disk")
                continue
            rel = found.resolve().relative_to(base.resolve()).as_posix() if found.resolve().is_relative_to(base.resolve()) else str(found)
            width, height = float(image.get("width") or 0), float(image.get("height") or 0)
            classes = []
            for ann in boxes.get(image.get("id"), []):
                cid = ann.get("category_id")
                label = names.get(cid)
                if label is None:
                    out.problem(rel, "unknown-class", f"category id {cid} is not in the categories")
                    label = str(cid)
                classes.append(label)
                bbox = ann.get("bbox") or []
                if len(bbox) != 4:
                    out.problem(rel, "malformed", f"{label}: bbox {bbox!r}")
                    continue
                x, y, w, h = (float(v) for v in bbox)
                if w <= 0 or h <= 0:
                    out.problem(rel, "degenerate", f"{label}: box of zero size at ({x:g}, {y:g})")
                elif width and height and (x < -_PIXEL_SLACK or y < -_PIXEL_SLACK or x + w > width + _PIXEL_SLACK
                                           or y + h > height + _PIXEL_SLACK):
                    out.problem(rel, "outside", f"{label}: box ({x:g}, {y:g}, {w:g}x{h:g}) leaves the "
                                                f"{width:g}x{height:g} image")
            out.image(rel, split, classes)
    return out


def _coco_image_folders(base: Path, annotation: Path, split: str) -> list[Path]:
    """Where COCO exports keep the images of one annotation file: beside it, in images/, in <split>2017/, ..."""
    candidates = [annotation.parent, base, base / "images"]
    for folder in [base, base / "images"]:
        if folder.is_dir():
            candidates += [d for d in sorted(folder.iterdir()) if d.is_dir() and _split_of(d.name, None) == split]
    candidates += [base / "images" / annotation.stem, base / annotation.stem]
    return [c for c in dict.fromkeys(candidates) if c.is_dir()]


# -- Pascal VOC ---------------------------------------------------------------------------------------


def _read_voc(root: Path, aliases) -> _Collector:
    out = _Collector("voc")
    sets = root / "ImageSets" / "Main"
    split_of_id: dict[str, str] = {}
    if sets.is_dir():
        lists = {p.stem: p for p in sets.glob("*.txt") if "_" not in p.stem}
        chosen = [k for k in lists if canonical_split(k, aliases)] or [k for k in lists if k == "trainval"]
        for key in chosen:
            split = canonical_split(key, aliases) or "train"
            for line in lists[key].read_text().splitlines():
                if line.strip():
                    split_of_id.setdefault(line.split()[0], split)
    images = {p.stem: p for p in _images_in(root / "JPEGImages")}
    for xml_path in sorted((root / "Annotations").glob("*.xml")):
        stem = xml_path.stem
        image = images.get(stem)
        if image is None:
            out.problem(xml_path.relative_to(root).as_posix(), "no-image", "annotation without an image")
            continue
        if split_of_id and stem not in split_of_id:
            continue  # listed in no split: not part of the dataset the lists define
        rel = image.relative_to(root).as_posix()
        try:
            tree = ElementTree.parse(xml_path)
        except ElementTree.ParseError as exc:
            out.problem(rel, "malformed", f"{xml_path.name}: {exc}")
            out.image(rel, split_of_id.get(stem, "train"), [])
            continue
        size = tree.find("size")
        width = float(size.findtext("width") or 0) if size is not None else 0.0
        height = float(size.findtext("height") or 0) if size is not None else 0.0
        classes = []
        for obj in tree.findall("object"):
            label = (obj.findtext("name") or "").strip() or "(no name)"
            classes.append(label)
            box = obj.find("bndbox")
            try:
                x0, y0, x1, y1 = (float(box.findtext(k)) for k in ("xmin", "ymin", "xmax", "ymax"))
            except (AttributeError, TypeError, ValueError):
                out.problem(rel, "malformed", f"{xml_path.name}: {label} has no complete bndbox")
                continue
            if x1 <= x0 or y1 <= y0:
                out.problem(rel, "degenerate", f"{label}: box of zero size")
            elif width and height and (x0 < -_PIXEL_SLACK or y0 < -_PIXEL_SLACK or x1 > width + _PIXEL_SLACK
                                       or y1 > height + _PIXEL_SLACK):
                out.problem(rel, "outside", f"{label}: box ({x0:g}, {y0:g})-({x1:g}, {y1:g}) leaves the "
                                            f"{width:g}x{height:g} image")
        out.image(rel, split_of_id.get(stem, "train"), classes)
    return out


# -- entry points -------------------------------------------------------------------------------------


def _holds_label_files(folder: Path) -> bool:
    """A YOLO labels folder holds .txt files (a class folder that happens to be called "labels" holds images)."""
    return folder.is_dir() and next(folder.rglob("*.txt"), None) is not None


def detection_layout(path: Path) -> str | None:
    """"yolo", "coco" or "voc" when ``path`` (a folder, a COCO .json, a data.yaml) holds that layout; else None."""
    if path.is_file():
        if path.suffix.lower() == ".json" and _is_coco(path):
            return "coco"
        if path.name.lower() in ("data.yaml", "data.yml"):
            return "yolo"
        return None
    if not path.is_dir():
        return None
    if (path / "Annotations").is_dir() and (path / "JPEGImages").is_dir():
        return "voc"
    if (path / "data.yaml").is_file() or ((path / "images").is_dir() and _holds_label_files(path / "labels")):
        return "yolo"
    if any((d / "images").is_dir() and _holds_label_files(d / "labels") for d in path.iterdir() if d.is_dir()):
        return "yolo"
    if _coco_files(path):
        return "coco"
    return None


def detection_dataset(path: Path, layout: str, *, split_aliases: Mapping[str, str] | None, manifest_reader) -> Dataset:
    """The dataset of a detection layout: its images with label sets, through ``manifest_reader(frame, root)``."""
    root = _coco_base(path) if layout == "coco" else (path.parent if path.is_file() else path)
    if layout == "yolo":
        found = _read_yolo(root, split_aliases)
    elif layout == "coco":
        found = _read_coco(path, _coco_files(path), split_aliases)
    else:
        found = _read_voc(root, split_aliases)
    if not found.rows:
        raise InputError(f"{path} looks like a {layout.upper()} dataset but lists no image that exists.")
    frame = pd.DataFrame(found.rows, columns=["path", "label", "split"])
    dataset = manifest_reader(frame, root)
    dataset.layout = layout
    dataset.description = f"{layout.upper()} detection dataset {path}"
    dataset.annotations = found.annotations()
    return dataset
