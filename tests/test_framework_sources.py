"""Framework datasets, records and DataFrames are audited through the manifest or arrays pipeline;
split columns are found under their synonyms or reported as guessed; multi-label manifests count per label."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import make_tree, write_image
from PIL import Image

import dataaudit
from dataaudit.errors import InputError
from dataaudit.sources import resolve_source


def _errors(report, codes: tuple[str, ...] = ("DA101",)):
    return [f for f in report.findings if f.code in codes and f.severity.name == "ERROR"]


@pytest.fixture
def split_tree(tmp_path: Path) -> Path:
    """``train/<class>`` and ``val/<class>`` folders; ``val/cat/copy.png`` is a copy of ``train/cat/0000.png``."""
    root = make_tree(tmp_path / "data", {"train/cat": 5, "train/dog": 5, "val/cat": 3, "val/dog": 3}, ext=".png")
    shutil.copy(root / "train/cat/0000.png", root / "val/cat/copy.png")
    return root


def _files(root: Path, split: str) -> list[Path]:
    return sorted((root / split).rglob("*.png"))


# -- tf.data ---------------------------------------------------------------------------------------

def test_tf_datasets_from_image_dataset_from_directory_are_read_as_their_files(keras, split_tree):
    load = keras.utils.image_dataset_from_directory
    train = load(split_tree / "train", image_size=(32, 32), batch_size=4, seed=1)
    val = load(split_tree / "val", image_size=(32, 32), batch_size=4, seed=1)
    report = dataaudit.audit({"train": train, "val": val}, cache=False, progress=False)
    assert report.source["kind"] == "tf.data"
    (copy,) = _errors(report)
    paths = {loc.path for loc in copy.locations}
    assert paths == {"train/cat/0000.png", "val/cat/copy.png"}
    assert report.summary["splits"]["val"]["classes"] == {"cat": 4, "dog": 3}


def test_tf_subsets_both_tuple_keeps_keras_split(keras, tmp_path):
    root = make_tree(tmp_path / "flat", {"cat": 6, "dog": 6}, ext=".png")
    train, val = keras.utils.image_dataset_from_directory(root, validation_split=0.25, subset="both", seed=7,
                                                          image_size=(32, 32), batch_size=4)
    listing = resolve_source((train, val))
    by_split = listing.samples.groupby("split")["path"].apply(set).to_dict()
    assert by_split["train"] == {os.path.realpath(p) for p in train.file_paths}
    assert by_split["val"] == {os.path.realpath(p) for p in val.file_paths}
    assert set(listing.samples["label"]) == {"cat", "dog"}


def test_tf_dataset_without_file_paths_is_iterated_with_a_cap(keras, split_tree):
    load = keras.utils.image_dataset_from_directory
    # map() drops file_paths: the images themselves are read (batched, decoded by TensorFlow).
    train = load(split_tree / "train", image_size=(32, 32), batch_size=4, shuffle=False).map(lambda x, y: (x, y))
    val = load(split_tree / "val", image_size=(32, 32), batch_size=4, shuffle=False).map(lambda x, y: (x, y))
    assert not hasattr(train, "file_paths")
    report = dataaudit.audit({"train": train, "val": val}, cache=False, progress=False)
    assert report.source["kind"] == "arrays" and report.source["layout"] == "tf.data"
    assert report.summary["splits"]["train"]["n"] == 10 and report.summary["splits"]["val"]["n"] == 7
    assert len(_errors(report)) == 1  # the copy, found among the decoded arrays
    assert "DA026" not in {f.code for f in report.findings}

    capped = dataaudit.audit({"train": train, "val": val}, cache=False, progress=False, max_samples=6)
    (note,) = [f for f in capped.findings if f.code == "DA026"]
    assert note.severity.name == "INFO" and "max_samples=6" in note.message
    assert note.evidence["read"] == {"train": 6, "val": 6}
    assert capped.summary["n_samples"] == 12


# -- Hugging Face datasets --------------------------------------------------------------------------

@pytest.fixture
def hf(monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    return pytest.importorskip("datasets")


def test_hugging_face_dataset_dict_with_image_and_class_label(hf, split_tree):
    def split(name: str):
        files = _files(split_tree, name)
        ds = hf.Dataset.from_dict({"picture": [str(p) for p in files], "kind": [p.parent.name for p in files],
                                   "note": ["x"] * len(files)})
        return ds.cast_column("picture", hf.Image()).cast_column("kind", hf.ClassLabel(names=["cat", "dog"]))

    data = hf.DatasetDict({"train": split("train"), "validation": split("val")})
    report = dataaudit.audit(data, cache=False, progress=False)
    assert report.source["kind"] == "huggingface"
    assert "'picture'" in report.source["description"] and "'kind'" in report.source["description"]
    assert set(report.summary["splits"]) == {"train", "val"}
    assert report.summary["splits"]["val"]["classes"] == {"cat": 4, "dog": 3}
    (copy,) = _errors(report)
    assert {loc.path for loc in copy.locations} == {"train/cat/0000.png", "val/cat/copy.png"}


def test_hugging_face_images_held_as_bytes_are_written_to_a_temporary_folder(hf, split_tree):
    rows = {"image": [], "label": []}
    for p in _files(split_tree, "train") + _files(split_tree, "val"):
        rows["image"].append(Image.open(p).convert("RGB").resize((40 + len(rows["image"]) % 3, 40)))
        rows["label"].append(int(p.parent.name == "dog"))
    ds = hf.Dataset.from_dict(rows).cast_column("image", hf.Image()).cast_column(
        "label", hf.ClassLabel(names=["cat", "dog"]))
    train = ds.select(range(10))
    val = ds.select(range(10, len(ds)))
    listing = resolve_source(hf.DatasetDict({"train": train, "test": val}))
    folder = listing.root
    assert folder is not None and folder.is_dir() and "dataaudit-images-" in str(folder)
    assert listing.samples["relpath"].str.endswith(".png").all()
    assert sorted(set(listing.samples["label"])) == ["cat", "dog"]

    report = dataaudit.audit({"train": train, "test": val}, cache=False, progress=False, image_column="image")
    (copy,) = _errors(report, ("DA102",))  # resized from 40 to 41 pixels wide: a near copy
    assert {loc.split for loc in copy.locations} == {"train", "test"}


# -- torch-style datasets ---------------------------------------------------------------------------

class TensorLike:
    """What a torch tensor offers dataaudit: detach(), cpu(), numpy()."""

    def __init__(self, array: np.ndarray):
        self.array = array

    def detach(self) -> TensorLike:
        return self

    def cpu(self) -> TensorLike:
        return self

    def numpy(self) -> np.ndarray:
        return self.array


class FolderDataset:
    """A torch.utils.data.Dataset as users write them: CHW float tensors in [0, 1] and class indices."""

    classes = ["cat", "dog"]

    def __init__(self, files: list[Path], *, as_pil: bool = False):
        self.files = files
        self.as_pil = as_pil

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, i: int):
        path = self.files[i]
        label = self.classes.index(path.parent.name)
        image = Image.open(path).convert("RGB")
        if self.as_pil:  # a copy, not the opened file: no filename to fall back on
            return image.resize((48 + i % 4, 48)), label
        return TensorLike(np.asarray(image, dtype=np.float32).transpose(2, 0, 1) / 255.0), label


def test_torch_style_dataset_of_chw_tensors(split_tree):
    data = (FolderDataset(_files(split_tree, "train")), FolderDataset(_files(split_tree, "val")))
    report = dataaudit.audit(data, cache=False, progress=False)
    assert report.source["kind"] == "arrays" and report.source["layout"] == "indexable"
    assert report.summary["splits"]["train"]["classes"] == {"cat": 5, "dog": 5}
    (copy,) = _errors(report)
    assert {loc.split for loc in copy.locations} == {"train", "val"}
    assert report.table.meta["width"].eq(64).all()  # CHW turned to HWC: 64 wide, not 3


def test_images_written_for_an_audit_last_until_the_program_ends(tmp_path):
    # Images of two sizes are written to files; the HTML report shows the copies' thumbnails from them.
    script = (
        "import gc, numpy as np, dataaudit\n"
        "from dataaudit.reporting.formats import render\n"
        "rng = np.random.default_rng(0)\n"
        "a, b = rng.integers(0, 255, (40, 48, 3), np.uint8), rng.integers(0, 255, (44, 40, 3), np.uint8)\n"
        "report = dataaudit.audit([(a, 'x'), (a.copy(), 'x'), (b, 'y')], cache=False, progress=False)\n"
        "gc.collect()\n"
        "html = render(report, 'html')\n"
        "assert 'DA103' in html and 'file missing' not in html, html[:200]\n"
        "print(report.source['root'])\n"
    )
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 0, done.stderr
    root = Path(done.stdout.strip().splitlines()[-1])
    folder = next(p for p in (root, *root.parents) if p.name.startswith("dataaudit-images-"))
    assert not folder.exists()


def test_torch_style_dataset_of_pil_images_of_several_sizes(split_tree):
    data = {"train": FolderDataset(_files(split_tree, "train"), as_pil=True),
            "val": FolderDataset(_files(split_tree, "val"), as_pil=True)}
    report = dataaudit.audit(data, cache=False, progress=False)
    assert report.source["kind"] == "indexable" and report.source["layout"] == "manifest"
    assert sorted(set(report.table.meta["width"])) == [48, 49, 50, 51]
    (copy,) = _errors(report, ("DA101", "DA102"))
    assert {loc.split for loc in copy.locations} == {"train", "val"}


def test_an_item_that_is_not_an_image_is_a_clear_error():
    class Words:
        def __len__(self):
            return 2

        def __getitem__(self, i):
            return {"image": "not a file"}, 0

    with pytest.raises(InputError, match="not an image"):
        resolve_source(Words())


# -- DataFrames and records -------------------------------------------------------------------------

def _records(root: Path) -> list[tuple[str, str, str]]:
    return [(str(p), p.parent.name, p.parent.parent.name) for p in sorted(root.rglob("*.png"))]


def test_dataframe_of_absolute_paths_is_rooted_at_their_folder(split_tree):
    frame = pd.DataFrame(_records(split_tree), columns=["path", "label", "split"])
    report = dataaudit.audit(frame, cache=False, progress=False)
    assert report.source["root"] == str(split_tree.resolve())
    (copy,) = _errors(report)
    assert {loc.path for loc in copy.locations} == {"train/cat/0000.png", "val/cat/copy.png"}


def test_list_of_tuples_and_of_dicts(split_tree):
    records = _records(split_tree)
    report = dataaudit.audit(records, cache=False, progress=False)
    assert report.source["kind"] == "records"
    assert len(_errors(report)) == 1 and report.summary["n_samples"] == 17
    dicts = [{"file": p, "class": label, "fold": split} for p, label, split in records]
    report = dataaudit.audit(dicts, cache=False, progress=False)
    assert len(_errors(report)) == 1 and set(report.summary["splits"]) == {"train", "val"}
    pairs = resolve_source([(p, label) for p, label, _ in records])
    assert set(pairs.samples["split"]) == {"train"} and any(n.kind == "no-holdout-split" for n in pairs.notes)


# -- split columns ----------------------------------------------------------------------------------

def _manifest(root: Path, **columns) -> Path:
    files = sorted((root / "img").glob("*.jpg"))
    frame = pd.DataFrame({"path": [f"img/{p.name}" for p in files], "label": ["a", "b"] * (len(files) // 2),
                          **{k: v[: len(files)] for k, v in columns.items()}})
    frame.to_csv(root / "m.csv", index=False)
    return root / "m.csv"


@pytest.fixture
def images(tmp_path: Path) -> Path:
    return make_tree(tmp_path / "d", {"img": 8})


def test_fold_column_of_split_names_is_the_split(images):
    listing = resolve_source(_manifest(images, fold=["train"] * 6 + ["valid"] * 2))
    assert listing.splits == ["train", "val"]
    assert not any(n.kind in ("split-column-guessed", "no-holdout-split") for n in listing.notes)


def test_numbered_folds_are_splits_with_a_warning(images):
    report = dataaudit.audit(_manifest(images, Fold=["0", "1", "2", "0", "1", "2", "0", "1"]), cache=False,
                             progress=False)
    (guess,) = [f for f in report.findings if f.code == "DA027"]
    assert guess.severity.name == "WARNING" and "'Fold'" in guess.message and guess.evidence["column"] == "Fold"
    assert set(report.summary["splits"]) == {"0", "1", "2"}


def test_a_column_guessed_from_its_values_or_ignored_is_named(images):
    listing = resolve_source(_manifest(images, usage=["train"] * 5 + ["test"] * 3))
    (note,) = [n for n in listing.notes if n.kind == "split-column-guessed"]
    assert listing.splits == ["train", "test"] and note.detail["column"] == "usage" and "values" in note.message

    listing = resolve_source(_manifest(images, data_split=["x", "y"] * 4))
    (note,) = [n for n in listing.notes if n.kind == "split-column-guessed"]
    assert note.detail["column"] is None and "'data_split'" in note.message and "ignored" in note.message
    assert listing.splits == ["train"]


def test_two_columns_of_split_names_are_ambiguous(images):
    listing = resolve_source(_manifest(images, split=["train"] * 6 + ["val"] * 2, stage=["train"] * 4 + ["test"] * 4))
    (note,) = [n for n in listing.notes if n.kind == "split-column-guessed"]
    assert note.detail == {"column": "split", "guessed_from": "name", "ignored": ["stage"], "values": ["train", "val"]}
    assert listing.splits == ["train", "val"]


def test_split_column_with_split_names_and_other_columns_stays_silent(images):
    listing = resolve_source(_manifest(images, split=["train"] * 6 + ["test"] * 2, stage=["a", "b"] * 4))
    assert not [n for n in listing.notes if n.kind == "split-column-guessed"]


# -- multi-label ------------------------------------------------------------------------------------

@pytest.fixture
def multi_label_csv(tmp_path: Path) -> Path:
    root = make_tree(tmp_path / "ml", {"img": 30})
    files = sorted((root / "img").glob("*.jpg"))
    shutil.copy(files[0], root / "img" / "copy.jpg")
    rows = []
    for i, p in enumerate(files):
        labels = ["cat"] + (["dog"] if i % 3 == 0 else []) + (["bird"] if i % 10 == 0 else [])
        rows.append((f"img/{p.name}", "|".join(labels), "train" if i < 22 else "val"))
    rows.append(("img/copy.jpg", "cat", "val"))  # labelled {cat}; its original is {bird, cat, dog}
    pd.DataFrame(rows, columns=["path", "labels", "split"]).to_csv(root / "m.csv", index=False)
    return root / "m.csv"


def test_multi_label_manifest_counts_per_label_and_finds_label_set_conflicts(multi_label_csv):
    report = dataaudit.audit(multi_label_csv, cache=False, progress=False)
    assert report.summary["splits"]["train"]["classes"] == {"bird": 3, "cat": 22, "dog": 8}
    assert report.summary["splits"]["train"]["n"] == 22
    codes = {f.code: f for f in report.findings}
    conflict = codes["DA104"]
    assert conflict.evidence["labels"] == {"bird|cat|dog": 1, "cat": 1}
    assert "{bird, cat, dog}" in conflict.message
    assert codes["DA101"].severity.name == "ERROR"
    imbalance = codes["DA201"]
    assert imbalance.evidence["multi_label"] and imbalance.fix is None
    assert imbalance.evidence["pos_weight"] == {"bird": round(19 / 3, 4), "cat": 0.0, "dog": 1.75}
    assert {f.evidence["class"] for f in report.findings if f.code == "DA202"} == {"bird", "dog"}
    assert codes["DA206"].evidence["n"] == 8  # images, not labels: 9 in val, 1 a copy
    assert "DA205" not in codes


def test_multi_label_as_json_lists_list_cells_and_one_hot_columns(multi_label_csv):
    frame = pd.read_csv(multi_label_csv)
    sets = frame["labels"].str.split("|")
    expected = resolve_source(multi_label_csv).samples["label"].tolist()

    as_json = frame.assign(labels=[str(s) for s in sets])  # Python list reprs, as pandas writes lists
    as_lists = frame.assign(labels=sets)
    hot = frame.drop(columns="labels").assign(**{n: [int(n in s) for s in sets] for n in ("bird", "cat", "dog")})
    for variant in (as_json, as_lists, hot):
        listing = _in(multi_label_csv.parent, variant)
        assert listing.multi_label and listing.samples["label"].tolist() == expected
    one_hot = frame.drop(columns="labels").assign(cat=[1, 0] * 15 + [1], dog=[0, 1] * 15 + [0])
    listing = _in(multi_label_csv.parent, one_hot)
    assert not listing.multi_label and listing.samples["label"].tolist()[:3] == ["cat", "dog", "cat"]
    named = _in(multi_label_csv.parent, hot.assign(extra=[0, 1] * 15 + [0]), label_column="cat,dog")
    assert named.multi_label and set(named.class_names) == {"cat", "dog"}


def _in(folder: Path, frame: pd.DataFrame, **options):
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return resolve_source(frame, **options)
    finally:
        os.chdir(cwd)


def test_single_label_manifest_is_read_as_before(images):
    listing = resolve_source(_manifest(images, split=["train"] * 6 + ["val"] * 2))
    assert not listing.multi_label and listing.class_names == ["a", "b"]
    assert listing.summary()["splits"]["train"]["classes"] == {"a": 3, "b": 3}


def test_unknown_source_names_every_accepted_kind():
    with pytest.raises(InputError, match="tf.data.Dataset.*Hugging Face.*torch-style"):
        resolve_source(42)


def test_a_pil_image_opened_from_a_file_is_read_as_that_file(tmp_path):
    path = write_image(tmp_path / "a" / "x.png")
    from dataaudit.sources.collected import image_value

    assert image_value(Image.open(path), "x") == str(path)


def test_torch_style_dataset_of_batches_is_unbatched(split_tree):
    class Batches:  # as keras.utils.PyDataset yields: (images, labels) per index
        def __init__(self, files):
            self.arrays = np.stack([np.asarray(Image.open(p).convert("RGB")) for p in files])
            self.labels = np.array([int(p.parent.name == "dog") for p in files])

        def __len__(self):
            return (len(self.arrays) + 3) // 4

        def __getitem__(self, i):
            return self.arrays[4 * i: 4 * i + 4], self.labels[4 * i: 4 * i + 4]

    listing = resolve_source({"train": Batches(_files(split_tree, "train")), "val": Batches(_files(split_tree, "val"))})
    assert listing.arrays["train"][0].shape == (10, 64, 64, 3) and listing.arrays["val"][0].shape == (7, 64, 64, 3)
    assert listing.summary()["splits"]["val"]["classes"] == {"0": 4, "1": 3}


def test_hugging_face_array_column_and_multi_label_sequence(hf, split_tree):
    files = _files(split_tree, "train")
    pixels = [np.asarray(Image.open(p).convert("L")).tolist() for p in files]
    tags = [[0] if p.parent.name == "cat" else [0, 1] for p in files]
    ds = hf.Dataset.from_dict({"pixels": pixels, "tags": tags}).cast_column(
        "tags", hf.Sequence(hf.ClassLabel(names=["animal", "dog"])))
    listing = resolve_source(ds)
    assert listing.arrays["train"][0].shape == (10, 64, 64)
    assert listing.multi_label and listing.samples["label"].tolist() == [
        "animal" if p.parent.name == "cat" else "animal|dog" for p in files]
    assert listing.summary()["splits"]["train"]["classes"] == {"animal": 10, "dog": 5}
    assert listing.class_names == ["animal", "dog"]


def test_tf_dataset_with_labels_given_as_a_list_says_they_were_not_read(keras, tmp_path):
    root = make_tree(tmp_path / "flat", {"cat": 3, "dog": 3}, ext=".png")
    files = sorted(root.rglob("*.png"))
    ds = keras.utils.image_dataset_from_directory(root, labels=[i % 2 for i in range(len(files))],
                                                  image_size=(32, 32), batch_size=2)
    report = dataaudit.audit(ds, cache=False, progress=False)
    (note,) = [f for f in report.findings if f.code == "DA026"]
    assert note.evidence["unlabelled"] == 6 and "not be matched" in note.message
    assert report.summary["splits"]["train"]["unlabelled"] == 6


def test_list_of_image_label_pairs_and_tensors_stay_arrays(split_tree):
    pairs = [(Image.open(p).convert("RGB").copy(), p.parent.name) for p in _files(split_tree, "val")]
    listing = resolve_source(pairs)
    assert listing.layout == "indexable" and listing.arrays["train"][0].shape == (7, 64, 64, 3)
    assert listing.description.startswith("the list of (image, label) pairs")
    # A tensor has len() and [i] too, but it is an array of images, not a dataset of items.

    class Tensor:
        def __init__(self, array):
            self.array = array

        def __array__(self, dtype=None, copy=None):
            return self.array

        def __len__(self):
            return len(self.array)

        def __getitem__(self, i):
            return self.array[i]

    listing = resolve_source({"train": Tensor(np.zeros((4, 8, 8), np.uint8))})
    assert listing.kind == "arrays" and listing.arrays["train"][0].shape == (4, 8, 8)


def test_dataframe_of_absolute_paths_inside_the_working_folder_is_named_as_before(split_tree, monkeypatch):
    monkeypatch.chdir(split_tree.parent)
    frame = pd.DataFrame(_records(split_tree), columns=["path", "label", "split"])
    listing = resolve_source(frame)
    assert listing.root == split_tree.parent and "data/val/cat/copy.png" in set(listing.samples["relpath"])


def test_hugging_face_unlabelled_rows_and_class_names(hf, split_tree):
    files = _files(split_tree, "val")
    labels = [-1 if p.name == "copy.png" else int(p.parent.name == "dog") for p in files]
    arrays = [np.asarray(Image.open(p).convert("RGB")) for p in files]
    ds = hf.Dataset.from_dict({"pixels": [a.tolist() for a in arrays], "label": labels}).cast_column(
        "label", hf.ClassLabel(names=["cat", "dog"]))
    listing = resolve_source(ds)  # one row without a label: read as files, the rest keep their names
    assert listing.samples["label"].isna().sum() == 1
    assert listing.summary()["splits"]["train"]["classes"] == {"cat": 3, "dog": 3}
    assert listing.class_names == ["cat", "dog"]
