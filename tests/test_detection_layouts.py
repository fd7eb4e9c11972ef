"""Detection layouts (YOLO, COCO, Pascal VOC): leakage on images, balance on boxes, bad boxes and labels (DA6xx)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import dataaudit
from dataaudit.cli import main
from tests.conftest import write_image


def _codes(report) -> dict:
    return {f.code: f for f in report.findings}


def _yolo(root: Path) -> Path:
    """images/{train,val}/ + labels/{train,val}/ + data.yaml; train/0003.jpg copied into val; planted label problems."""
    root.mkdir(parents=True)
    (root / "data.yaml").write_text("path: .\ntrain: images/train\nval: images/val\nnames:\n  0: car\n  1: person\n")
    k = 0
    for split, n in (("train", 12), ("val", 5)):
        for i in range(n):
            k += 1
            write_image(root / "images" / split / f"{i:04d}.jpg", seed=900 + k, size=64)
            label = root / "labels" / split / f"{i:04d}.txt"
            label.parent.mkdir(parents=True, exist_ok=True)
            # Many person boxes, few car boxes: balanced by images, not by boxes.
            lines = [f"1 0.{3 + j % 5} 0.5 0.1 0.2" for j in range(12)] + (["0 0.5 0.5 0.2 0.2"] if i == 0 else [])
            label.write_text("\n".join(lines) + "\n")
    shutil.copyfile(root / "images/train/0003.jpg", root / "images/val/leak.jpg")
    shutil.copyfile(root / "labels/train/0003.txt", root / "labels/val/leak.txt")
    (root / "labels/train/0005.txt").write_text("")  # an image without boxes
    (root / "labels/train/0006.txt").write_text("1 0.95 0.5 0.3 0.2\n")  # leaves the image on the right
    (root / "labels/train/0007.txt").write_text("7 0.5 0.5 0.1 0.1\n1 0.5 oops 0.1 0.1\n")  # unknown id, malformed
    (root / "labels/train/orphan.txt").write_text("0 0.5 0.5 0.1 0.1\n")
    return root


def test_yolo_copy_from_train_into_val_is_an_error(tmp_path: Path):
    report = dataaudit.audit(_yolo(tmp_path / "yolo"), cache=False, progress=False)
    found = _codes(report)
    assert report.source["layout"] == "yolo"
    assert found["DA101"].severity.name == "ERROR"
    assert {loc.path for loc in found["DA101"].locations} == {"images/train/0003.jpg", "images/val/leak.jpg"}
    assert not report.passed()
    assert set(report.summary["splits"]) == {"train", "val"}
    assert found["DA601"].evidence["images"] == ["images/train/0005.jpg"]
    assert found["DA602"].evidence["kinds"] == {"outside": 1}
    assert "images/train/0006.jpg" in {loc.path for loc in found["DA602"].locations}
    assert found["DA603"].evidence["kinds"] == {"malformed": 1, "no-image": 1, "unknown-class": 1}
    imbalance = found["DA604"]
    assert imbalance.evidence["instances"]["train"]["person"] > 10 * imbalance.evidence["instances"]["train"]["car"]
    assert imbalance.evidence["images"]["train"]["car"] == 1


def test_yolo_per_split_folders_from_the_shell(tmp_path: Path, capsys):
    root = tmp_path / "roboflow"
    for split, n in (("train", 6), ("valid", 3)):
        for i in range(n):
            write_image(root / split / "images" / f"{split}{i}.jpg", seed=40 + i + 10 * len(split), size=64)
            (root / split / "labels").mkdir(parents=True, exist_ok=True)
            (root / split / "labels" / f"{split}{i}.txt").write_text(f"{i % 2} 0.5 0.5 0.2 0.2\n")
    shutil.copyfile(root / "train/images/train2.jpg", root / "valid/images/copy.jpg")
    shutil.copyfile(root / "train/labels/train2.txt", root / "valid/labels/copy.txt")
    assert main(["check", str(root), "--no-cache", "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    codes = {f["code"] for f in out["findings"]}
    assert "DA101" in codes and out["source"]["layout"] == "yolo"


def _coco(root: Path) -> Path:
    images, annotations = {"train": [], "val": []}, {"train": [], "val": []}
    ann_id = 0
    for split, n in (("train", 8), ("val", 4)):
        for i in range(n):
            name = f"{split}_{i}.jpg"
            write_image(root / f"{split}2017" / name, seed=700 + i + (100 if split == "val" else 0), size=80)
            images[split].append({"id": i, "file_name": name, "width": 80, "height": 80})
            for j in range(1 if i % 3 else 0, 2):
                ann_id += 1
                annotations[split].append({"id": ann_id, "image_id": i, "category_id": 1 + (i + j) % 2,
                                           "bbox": [10, 10, 30, 20], "iscrowd": 0})
    # A val picture that is the training picture train_5.jpg again.
    shutil.copyfile(root / "train2017/train_5.jpg", root / "val2017/val_9.jpg")
    images["val"].append({"id": 9, "file_name": "val_9.jpg", "width": 80, "height": 80})
    annotations["val"].append({"id": 999, "image_id": 9, "category_id": 1, "bbox": [70, 70, 30, 30], "iscrowd": 0})
    (root / "annotations").mkdir(parents=True)
    for split in ("train", "val"):
        (root / "annotations" / f"instances_{split}2017.json").write_text(json.dumps({
            "images": images[split], "annotations": annotations[split],
            "categories": [{"id": 1, "name": "cat"}, {"id": 2, "name": "dog"}]}))
    return root


def test_coco_copy_from_train_into_val_is_an_error(tmp_path: Path):
    root = _coco(tmp_path / "coco")
    report = dataaudit.audit(root, cache=False, progress=False)
    found = _codes(report)
    assert report.source["layout"] == "coco"
    assert {loc.path for loc in found["DA101"].locations} == {"train2017/train_5.jpg", "val2017/val_9.jpg"}
    assert found["DA101"].severity.name == "ERROR"
    assert "leaves the 80x80 image" in found["DA602"].message
    # One annotation file alone is one split.
    single = dataaudit.audit(root / "annotations" / "instances_val2017.json", cache=False, progress=False)
    assert set(single.summary["splits"]) == {"val"}


def test_pascal_voc(tmp_path: Path):
    root = tmp_path / "VOC2012"
    ids = {"train": [f"2012_{i:03d}" for i in range(6)], "val": [f"2012_{i:03d}" for i in range(6, 9)]}
    (root / "ImageSets" / "Main").mkdir(parents=True)
    (root / "Annotations").mkdir()
    for split, names in ids.items():
        (root / "ImageSets" / "Main" / f"{split}.txt").write_text("\n".join(names) + "\n")
        for k, name in enumerate(names):
            write_image(root / "JPEGImages" / f"{name}.jpg", seed=int(name[-3:]) + 50, size=64)
            xmax = 80 if name == "2012_002" else 40  # a box past the 64-pixel edge
            (root / "Annotations" / f"{name}.xml").write_text(
                f"<annotation><size><width>64</width><height>64</height><depth>3</depth></size>"
                f"<object><name>{'bird' if k % 2 else 'boat'}</name><bndbox><xmin>5</xmin><ymin>5</ymin>"
                f"<xmax>{xmax}</xmax><ymax>40</ymax></bndbox></object></annotation>")
    report = dataaudit.audit(root, cache=False, progress=False)
    found = _codes(report)
    assert report.source["layout"] == "voc"
    assert report.summary["splits"]["train"]["n"] == 6 and report.summary["splits"]["val"]["n"] == 3
    assert [loc.path for loc in found["DA602"].locations] == ["JPEGImages/2012_002.jpg"]
    assert "DA101" not in found


def test_a_plain_class_folder_named_images_is_not_a_detection_layout(tmp_path: Path):
    for split in ("train", "val"):
        for label in ("images", "labels"):  # two classes that happen to have these names, but no .txt files
            write_image(tmp_path / split / label / "a.jpg", seed=hash((split, label)) % 1000, size=48)
    report = dataaudit.audit(tmp_path, cache=False, progress=False)
    assert report.source["layout"] != "yolo"
    assert report.summary["splits"]["train"]["classes"] == {"images": 1, "labels": 1}
