"""Group leakage: the same patient / subject / burst in two splits (DA108, DA109, DA110) and the group-aware re-split."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image

import dataaudit
from dataaudit.auditors.leakage.groups import plan_group_resplit, union_units
from dataaudit.cli import main
from dataaudit.errors import ManifestError, ParameterError
from tests.conftest import write_image


def _codes(report, prefix: str = "DA1") -> Counter:
    return Counter(f.code for f in report.findings if f.code.startswith(prefix))


def _only(report, code: str):
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, [f.code for f in report.findings]
    return found[0]


@pytest.fixture(scope="module")
def patients(tmp_path_factory) -> Path:
    """A manifest of 60 patients (one diagnosis each, 1-6 scans) whose scans were split image by image."""
    root = tmp_path_factory.mktemp("patients")
    rng = np.random.default_rng(7)
    rows, k = [], 0
    for p in range(60):
        label = ("normal", "normal", "pneumonia", "covid")[p % 4]
        for scan in range(int(rng.integers(1, 7))):
            k += 1
            name = f"scans/p{p:03d}_{scan}.png"
            write_image(root / name, seed=1000 + k, shape=("circle", "square", "triangle")[k % 3], size=48)
            rows.append((name, label, "test" if rng.random() < 0.3 else "train", f"PAT-{p:03d}"))
    pd.DataFrame(rows, columns=["path", "diagnosis", "split", "patient_id"]).to_csv(root / "scans.csv", index=False)
    return root / "scans.csv"


def test_patient_column_is_recognised_and_leaks_are_errors(patients: Path):
    report = dataaudit.audit(patients, label_column="diagnosis", cache=False, progress=False)
    used = _only(report, "DA110")
    assert used.severity.name == "INFO" and used.evidence["recognised_by_name"] is True
    assert "patient_id" in used.message and used.evidence["groups"] == 60
    leak = _only(report, "DA108")
    assert leak.severity.name == "ERROR"
    frame = pd.read_csv(patients)
    per_patient = frame.groupby("patient_id")["split"].nunique()
    assert leak.evidence["groups_across_splits"] == int((per_patient > 1).sum())
    test_patients = set(frame.loc[frame.split == "test", "patient_id"])
    train_patients = set(frame.loc[frame.split == "train", "patient_id"])
    counts = leak.evidence["leaked"]["train->test"]
    assert counts["groups_leaked"] == len(test_patients & train_patients)
    assert counts["groups"] == len(test_patients)
    assert counts["images_leaked"] == int(frame[(frame.split == "test") & frame.patient_id.isin(train_patients)].shape[0])
    assert not report.passed()


def test_group_resplit_keeps_groups_whole_and_class_proportions(patients: Path):
    report = dataaudit.audit(patients, label_column="diagnosis", cache=False, progress=False)
    fix = _only(report, "DA108").fix
    assert fix is not None and fix.payload["strategy"] == "group"
    # Its paths are relative to the audited folder (the original manifest's): written there, it needs no
    # allow_outside_root.
    manifest = patients.parent / "resplit_groups.csv"
    manifest.write_text(fix.payload["files"]["resplit_groups.csv"])
    new = pd.read_csv(manifest)
    original = pd.read_csv(patients)
    assert len(new) == len(original)
    assert (new.groupby("group")["split"].nunique() == 1).all()
    for split in ("train", "test"):
        before = original[original.split == split]["diagnosis"].value_counts(normalize=True)
        after = new[new.split == split]["label"].value_counts(normalize=True)
        for label in before.index:
            assert abs(before[label] - after.get(label, 0.0)) <= 0.02, (split, label, before[label], after.get(label))
    # Apply, then audit again: the fix resolves what it claims to.
    again = dataaudit.audit(manifest, cache=False, progress=False)
    manifest.unlink()
    assert "DA108" not in _codes(again)
    assert _only(again, "DA110").evidence["groups"] == 60


def test_groups_in_one_split_each_pass(tmp_path: Path):
    rows = []
    for p in range(6):
        for scan in range(3):
            name = f"p{p}_{scan}.png"
            write_image(tmp_path / name, seed=50 + 10 * p + scan, size=48)
            rows.append((name, "a" if p % 2 else "b", "train" if p < 4 else "val", f"S{p}"))
    pd.DataFrame(rows, columns=["path", "label", "split", "subject"]).to_csv(tmp_path / "m.csv", index=False)
    report = dataaudit.audit(tmp_path / "m.csv", cache=False, progress=False)
    assert "DA108" not in _codes(report)
    assert _only(report, "DA110").evidence["group_source"] == "column 'subject'"


def test_group_pattern_on_a_folder_and_on_the_command_line(tmp_path: Path, capsys):
    root = tmp_path / "data"
    k = 0
    for split, patients_in_split in (("train", range(0, 6)), ("test", range(4, 9))):
        for p in patients_in_split:
            for label in ("cat", "dog"):
                k += 1
                write_image(root / split / label / f"pat{p:02d}_{split}.png", seed=300 + k, size=48)
    report = dataaudit.audit(root, group_pattern=r"(?P<group>pat\d+)_", cache=False, progress=False)
    leak = _only(report, "DA108")
    assert leak.evidence["groups_across_splits"] == 2  # pat04 and pat05
    assert {e["group"] for e in leak.evidence["examples"]} == {"pat04", "pat05"}
    assert _only(report, "DA110").evidence["recognised_by_name"] is False
    # The same from the shell, as a gate: exit 1.
    assert main(["check", str(root), "--no-cache", "--group-pattern", r"(pat\d+)_", "--format", "json"]) == 1
    assert '"DA108"' in capsys.readouterr().out


def test_bad_group_settings_are_clear_errors(tmp_path: Path, patients: Path):
    write_image(tmp_path / "train" / "a" / "x.png", size=40)
    write_image(tmp_path / "val" / "a" / "y.png", seed=3, size=40)
    with pytest.raises(ParameterError, match="captures nothing"):
        dataaudit.audit(tmp_path, group_pattern=r"pat\d+", cache=False, progress=False)
    with pytest.raises(ParameterError, match="not a valid regular expression"):
        dataaudit.audit(tmp_path, group_pattern=r"(pat", cache=False, progress=False)
    with pytest.raises(ParameterError, match="group_pattern"):
        dataaudit.audit(tmp_path, group_column="patient", cache=False, progress=False)
    with pytest.raises(ManifestError, match="group column 'case_no' is not in"):
        dataaudit.audit(patients, group_column="case_no", cache=False, progress=False)


def _photo(path: Path, seed: int, camera: tuple[str, str, str] | None, when: str | None, subsec: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    # Different content per shot: a burst is not a set of copies (DA102 must not explain it away).
    im = Image.fromarray(rng.integers(0, 256, (48, 64, 3), dtype=np.uint8))
    exif = Image.Exif()
    if camera is not None:
        exif[0x010F], exif[0x0110] = camera[0], camera[1]
        exif.get_ifd(0x8769)[0xA431] = camera[2]
    if when is not None:
        exif.get_ifd(0x8769)[0x9003] = when
        if subsec:
            exif.get_ifd(0x8769)[0x9291] = subsec
    im.save(path, "JPEG", quality=90, exif=exif)


def test_exif_burst_across_splits_is_a_warning_with_its_evidence(tmp_path: Path):
    canon = ("Canon", "EOS 5D", "0042")
    other_body = ("Canon", "EOS 5D", "0777")
    # One burst of three, split train/train/test.
    _photo(tmp_path / "train/deer/IMG_0412.JPG", 1, canon, "2024:05:01 06:30:10", "10")
    _photo(tmp_path / "train/deer/IMG_0413.JPG", 2, canon, "2024:05:01 06:30:10", "60")
    _photo(tmp_path / "test/deer/IMG_0414.JPG", 3, canon, "2024:05:01 06:30:11", "20")
    # Same second, another camera body: not the same burst.
    _photo(tmp_path / "test/deer/IMG_9001.JPG", 4, other_body, "2024:05:01 06:30:11")
    # Same camera a minute later: a new scene.
    _photo(tmp_path / "test/fox/IMG_0420.JPG", 5, canon, "2024:05:01 06:31:15")
    _photo(tmp_path / "train/fox/IMG_0421.JPG", 6, canon, "2024:05:01 06:32:40")
    # No EXIF at all.
    _photo(tmp_path / "train/fox/scan.jpg", 7, None, None)
    _photo(tmp_path / "test/fox/scan2.jpg", 8, None, None)
    report = dataaudit.audit(tmp_path, cache=False, progress=False)
    burst = _only(report, "DA109")
    assert burst.severity.name == "WARNING"
    assert burst.evidence["bursts_across_splits"] == 1
    example = burst.evidence["examples"][0]
    assert example["camera"] == "Canon EOS 5D 0042"
    assert example["splits"] == {"train": 2, "test": 1}
    assert example["consecutive_file_numbers"] is True and example["seconds"] == pytest.approx(1.1)
    assert [loc.path for loc in burst.locations] == ["test/deer/IMG_0414.JPG"]
    assert "DA108" not in _codes(report) and "DA110" not in _codes(report)
    # Bursts can be switched off.
    quiet = dataaudit.audit(tmp_path, leakage={"burst_seconds": 0}, cache=False, progress=False)
    assert "DA109" not in _codes(quiet)


def test_resplit_plan_merges_groups_with_copy_groups():
    splits = ["train", "train", "test", "test", "train", "test"]
    labels = ["a", "a", "a", "b", "b", "b"]
    # Rows 0 and 2 are one patient; rows 2 and 3 are copies of each other: all three must end together.
    units = union_units(6, [np.array([0, 2])], [np.array([2, 3])])
    plan = plan_group_resplit(splits, labels, units)
    assert plan.splits[0] == plan.splits[2] == plan.splits[3]
    assert len({plan.splits[r] for r in range(6) if units[r] == units[0]}) == 1


def _dicom(path: Path, pixels: np.ndarray, patient: str) -> None:
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

    path.parent.mkdir(parents=True, exist_ok=True)
    file_meta = FileMetaDataset()
    file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    file_meta.MediaStorageSOPInstanceUID = generate_uid()
    file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = file_meta
    ds.SOPClassUID, ds.SOPInstanceUID = file_meta.MediaStorageSOPClassUID, file_meta.MediaStorageSOPInstanceUID
    ds.PatientID, ds.StudyInstanceUID, ds.Modality = patient, generate_uid(), "DX"
    ds.Rows, ds.Columns = pixels.shape
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = pixels.astype(np.uint16).tobytes()
    ds.save_as(path, enforce_file_format=True)


def test_dicom_files_are_images_grouped_by_patient(tmp_path: Path):
    pytest.importorskip("pydicom")
    rng = np.random.default_rng(3)
    for k, (split, label, patient) in enumerate([("train", "normal", "A"), ("train", "normal", "A"),
                                                   ("test", "normal", "A"), ("train", "effusion", "B"),
                                                   ("test", "effusion", "C"), ("test", "normal", "C")]):
        # Smooth 12-bit radiograph-like images, each different.
        yy, xx = np.mgrid[0:64, 0:64]
        pixels = (2000 + 1500 * np.sin(xx / (5 + k)) * np.cos(yy / (7 + k)) + rng.normal(0, 30, (64, 64))).clip(0, 4095)
        _dicom(tmp_path / split / label / f"scan{k}.dcm", pixels, patient)
    report = dataaudit.audit(tmp_path, cache=False, progress=False)
    assert not [f for f in report.findings if f.code.startswith("DA0") and f.severity.name == "ERROR"], \
        [f.message for f in report.findings]
    formats = set(report.table.meta["format"])
    assert formats == {"DICOM"} and set(report.table.meta["bits"]) == {12}
    leak = _only(report, "DA108")
    assert leak.evidence["group_source"] == "the DICOM tag PatientID"
    assert [e["group"] for e in leak.evidence["examples"]] == ["A"]
    assert _only(report, "DA110").evidence["groups"] == 3
