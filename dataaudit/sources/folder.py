"""Image folders: ``root/<split>/<class>/<image>``, ``root/<class>/<image>``, ``root/<split>/<image>``, ``root/<image>``.

With ``validation_split`` and ``seed`` on a folder without split folders, the
train/val subsets are exactly those ``keras.utils.image_dataset_from_directory``
makes with the same arguments (see :func:`keras_subsets`).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from dataaudit.errors import EmptyDatasetError, InputError, ParameterError
from dataaudit.progress import NO_STAGE, Stage
from dataaudit.safety import is_inside
from dataaudit.sources.base import Dataset, SourceNote, canonical_split, make_samples
from dataaudit.sources.sniff import CODE_EXTENSIONS, IMAGE_EXTENSIONS, KERAS_EXTENSIONS, sniff_bytes, sniff_image_format

__all__ = ["list_folder", "keras_index", "keras_subsets", "read_code_file"]

_EXAMPLES = 10  # paths listed in a note


def read_code_file(path: str | os.PathLike[str]) -> str | None:
    """The file's text for static analysis; a file that cannot be read becomes a DA307 finding, not a gap."""
    from dataaudit.auditors.preprocessing.code_files import read_code_text

    return read_code_text(path)


def _posix(rel: str) -> str:
    return rel.replace(os.sep, "/")


def _walk_visible(
    root: Path, progress: Stage = NO_STAGE, notes: list[SourceNote] | None = None
) -> tuple[list[str], list[str]]:
    """Visible files and directories under root, relative, sorted; hidden entries are pruned.

    Symbolic links to folders are followed, as Keras's directory indexing follows class folders
    (and every folder with ``follow_links=True``); a link back to a folder it sits in is a loop and
    is not followed. Folders that cannot be listed, loops and links leaving ``root`` are added to
    ``notes``: never skipped in silence. ``progress`` counts the files, one update per folder.
    """
    files: list[str] = []
    dirs: list[str] = []
    unreadable: list[tuple[str, str]] = []
    loops: list[str] = []
    outside: list[tuple[str, str]] = []
    root_real = os.path.realpath(root)
    try:
        top = os.stat(root)
        pending = [("", os.fspath(root), frozenset({(top.st_dev, top.st_ino)}))]
    except OSError as exc:
        pending, unreadable = [], [("", exc.strerror or str(exc))]
    while pending:  # depth first, each folder's files before its subfolders': the order os.walk gives
        prefix, path, ancestors = pending.pop()
        try:
            with os.scandir(path) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            unreadable.append((prefix.rstrip("/"), exc.strerror or str(exc)))
            continue
        found = len(files)
        subdirs = []
        for entry in entries:
            rel = prefix + entry.name
            try:
                is_dir = entry.is_dir()  # follows a symlink
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(rel)
                continue
            try:
                st = entry.stat()
            except OSError as exc:  # e.g. a path longer than PATH_MAX
                dirs.append(rel)
                unreadable.append((rel, exc.strerror or str(exc)))
                continue
            ident = (st.st_dev, st.st_ino)
            if ident in ancestors:
                loops.append(rel)
                continue
            if entry.is_symlink():
                real = os.path.realpath(entry.path)
                if not is_inside(real, root_real):
                    outside.append((rel, real))
            dirs.append(rel)
            subdirs.append((rel + "/", entry.path, ancestors | {ident}))
        pending.extend(reversed(subdirs))
        progress.update(len(files) - found)
    if notes is not None:
        notes.extend(_walk_notes(unreadable, loops, outside))
    return files, dirs


def _walk_notes(
    unreadable: list[tuple[str, str]], loops: list[str], outside: list[tuple[str, str]]
) -> list[SourceNote]:
    notes = []
    if unreadable:
        listed = ", ".join(f"{rel or '.'}/ ({why})" for rel, why in unreadable[:_EXAMPLES])
        notes.append(_note(
            "unreadable-folder",
            f"{len(unreadable)} folder(s) could not be listed and their images were not audited: {listed}.",
            [(rel or ".") + "/" for rel, _ in unreadable[:_EXAMPLES]], count=len(unreadable),
            folders=[rel or "." for rel, _ in unreadable], errors=[why for _, why in unreadable],
        ))
    if loops:
        notes.append(_note(
            "symlink-loop",
            f"{len(loops)} symbolic link(s) lead back to a folder they sit in (a loop); they were not followed.",
            [rel + "/" for rel in loops[:_EXAMPLES]], count=len(loops),
        ))
    if outside:
        notes.append(_note(
            "link-outside-dataset",
            f"{len(outside)} symbolic link(s) lead to folders outside the dataset folder; they were followed "
            f"and their images audited: {', '.join(f'{rel}/ -> {real}' for rel, real in outside[:_EXAMPLES])}.",
            [rel + "/" for rel, _ in outside[:_EXAMPLES]], count=len(outside),
            targets={rel: real for rel, real in outside[:_EXAMPLES]},
        ))
    return notes


def keras_index(root: str | os.PathLike[str], labels_inferred: bool) -> list[str]:
    """The file list ``image_dataset_from_directory`` builds before shuffling, relative to root.

    Mirrors keras.src.utils.dataset_utils.index_directory (Keras 3): class folders
    are the sorted non-hidden subfolders; inside each, files of the allowlisted
    extensions in ``sorted(os.walk(...))`` order. Hidden files inside class
    folders are included, as Keras includes them.
    """
    root = os.fspath(root)
    if labels_inferred:
        subdirs = [
            d for d in sorted(os.listdir(root))
            if os.path.isdir(os.path.join(root, d)) and not d.startswith(".")
        ]
    else:
        subdirs = [""]
    relpaths: list[str] = []
    for subdir in subdirs:
        directory = os.path.join(root, subdir)
        dirname = os.path.basename(directory)
        for walk_root, _, filenames in sorted(os.walk(directory), key=lambda x: x[0]):
            for fname in sorted(filenames):
                if fname.lower().endswith(KERAS_EXTENSIONS):
                    absolute = os.path.join(walk_root, fname)
                    relpaths.append(_posix(os.path.join(dirname, os.path.relpath(absolute, directory))))
    return relpaths


def keras_subsets(relpaths: list[str], validation_split: float, seed: int) -> tuple[list[str], list[str]]:
    """(training, validation) exactly as Keras shuffles and slices them.

    ``RandomState(seed).shuffle`` on the list, then the last
    ``int(validation_split * n)`` files are validation. Python slicing is kept
    as Keras writes it, including its quirk: when that count is 0, ``[:-0]``
    is empty, so Keras's training subset is empty and validation is everything.
    """
    shuffled = list(relpaths)
    np.random.RandomState(seed).shuffle(shuffled)
    num_val = int(validation_split * len(shuffled))
    return shuffled[:-num_val], shuffled[-num_val:]


def _classify(root: Path, files: list[str], tree: Any = None) -> tuple[list[str], list[str], list[str]]:
    images, code, other = [], [], []
    for rel in files:
        ext = os.path.splitext(rel)[1].lower()
        if ext in IMAGE_EXTENSIONS:
            images.append(rel)
        elif ext in CODE_EXTENSIONS:
            code.append(rel)
        elif (sniff_image_format(root / rel) if tree is None else sniff_bytes(tree.head(rel))) is not None:
            images.append(rel)
        else:
            other.append(rel)
    return images, code, other


def _note(kind: str, message: str, paths: list[str] | tuple[str, ...] = (), **detail) -> SourceNote:
    return SourceNote(kind, message, tuple(paths), detail)


def list_folder(
    root: Path,
    *,
    validation_split: float | None = None,
    seed: int | None = None,
    split_aliases: Mapping[str, str] | None = None,
    progress: Stage = NO_STAGE,
    tree: Any = None,
) -> Dataset:
    """The listing of the image folder ``root``; ``tree``: a folder elsewhere than on this machine, that lists and
    reads its files itself (``dataaudit.storage.RemoteFolder``; ``root`` is then its URL)."""
    notes: list[SourceNote] = []
    files, dirs = _walk_visible(root, progress, notes) if tree is None else tree.walk(progress)
    images, code, other = _classify(root, files, tree)
    if not images:
        what = f"{len(files)} file(s), none of them an image" if files else "no files"
        raise EmptyDatasetError(
            f"No images found in {root} ({what}); point dataaudit at a folder of images, "
            "laid out as <split>/<class>/<image> or <class>/<image>."
        )

    top_dirs = [d for d in dirs if "/" not in d]
    split_of = {d: canonical_split(d, split_aliases) for d in top_dirs}
    split_dirs = {d: s for d, s in split_of.items() if s is not None}
    by_top: dict[str, list[str]] = defaultdict(list)
    for rel in images:
        by_top[rel.split("/", 1)[0] if "/" in rel else ""].append(rel)

    if split_dirs:
        if validation_split is not None:
            raise InputError(
                f"{root} already has split folders ({', '.join(sorted(split_dirs))}); "
                "validation_split only applies to a folder laid out as <class>/<image>."
            )
        notes.extend(_split_folder_notes(top_dirs, split_dirs, by_top))
        layout, rows, class_dirs = _split_folder_rows(root, images, dirs, split_dirs, notes)
    else:
        layout, rows, class_dirs = _unsplit_rows(root, images, top_dirs, by_top, validation_split, seed, notes)
    unread = {folder for note in notes if note.kind == "unreadable-folder" for folder in note.detail["folders"]}
    notes.extend(_empty_class_notes(class_dirs, rows, split_dirs, unread))
    notes.extend(_unaudited_file_notes(rows, other, validation_split))
    read_code = (lambda rel: read_code_file(root / rel)) if tree is None else tree.read_text
    code_files = {rel: text for rel in code if (text := read_code(rel)) is not None}
    if not rows:
        raise EmptyDatasetError(
            f"No images in {root} belong to a split; see the folder layout in the docs "
            "(<split>/<class>/<image> or <class>/<image>)."
        )
    samples = make_samples(rows)
    class_names = sorted({r[3] for r in rows if r[3] is not None})
    return Dataset(
        kind="folder",
        root=root,
        samples=samples,
        layout=layout,
        notes=notes,
        code_files=code_files,
        class_names=class_names,
        description=f"image folder {root} ({layout} layout)",
    )


def _split_folder_notes(
    top_dirs: list[str], split_dirs: Mapping[str, str], by_top: Mapping[str, list[str]]
) -> list[SourceNote]:
    """What a folder with split folders leaves out: folders naming one split twice, other folders, loose images."""
    notes = []
    targets: dict[str, list[str]] = defaultdict(list)
    for d, s in split_dirs.items():
        targets[s].append(d)
    for s, ds in targets.items():
        if len(ds) > 1:
            notes.append(_note(
                "merged-split-folders",
                f"Folders {', '.join(sorted(ds))} all name the '{s}' split; they were audited together.",
                [d + "/" for d in sorted(ds)], split=s,
            ))
    for d in top_dirs:
        if d in split_dirs:
            continue
        n = len(by_top.get(d, []))
        notes.append(_note(
            "unknown-split-folder",
            f"Top-level folder '{d}/' ({n} image(s)) is not a split name "
            "(train, val/valid/validation, test/testing) and was not audited; "
            f"map it with split_aliases={{'{d}': 'test'}} (CLI: --split-alias {d}=test) "
            "or move it.",
            [d + "/"], images=n,
        ))
    if by_top.get(""):
        notes.append(_loose_files_note(by_top[""], "split folder, and were not audited."))
    return notes


def _loose_files_note(loose: list[str], outside_any: str) -> SourceNote:
    return _note(
        "loose-files",
        f"{len(loose)} image(s) sit directly in the dataset root, outside any {outside_any}",
        loose[:_EXAMPLES], count=len(loose),
    )


def _split_folder_rows(
    root: Path, images: list[str], dirs: list[str], split_dirs: Mapping[str, str], notes: list[SourceNote]
) -> tuple[str, list[tuple], dict[str, list[str]]]:
    """Layout, rows and class folders per split of ``<split>/<class>/<image>`` or ``<split>/<image>``."""
    rows: list[tuple] = []
    unlabelled_in: dict[str, int] = defaultdict(int)
    for rel in images:
        parts = rel.split("/")
        if len(parts) < 2 or parts[0] not in split_dirs:
            continue
        split = split_dirs[parts[0]]
        label = parts[1] if len(parts) >= 3 else None
        if label is None:
            unlabelled_in[split] += 1
        rows.append((rel, os.path.join(str(root), rel), split, label, -1))
    class_dirs: dict[str, list[str]] = defaultdict(list)
    for d in dirs:
        parts = d.split("/")
        if len(parts) == 2 and parts[0] in split_dirs:
            class_dirs[split_dirs[parts[0]]].append(parts[1])
    if not any(label is not None for *_, label, _i in rows):
        return "split", rows, class_dirs
    for split, n in sorted(unlabelled_in.items()):
        notes.append(_note(
            "unlabelled-images",
            f"{n} image(s) sit directly in the '{split}' split folder, outside any class "
            "folder; they were audited without a label.",
            [r[0] for r in rows if r[2] == split and r[3] is None][:_EXAMPLES],
            split=split, count=n,
        ))
    return "split/class", rows, class_dirs


def _unsplit_rows(
    root: Path,
    images: list[str],
    top_dirs: list[str],
    by_top: Mapping[str, list[str]],
    validation_split: float | None,
    seed: int | None,
    notes: list[SourceNote],
) -> tuple[str, list[tuple], dict[str, list[str]]]:
    """Layout, rows and class folders of ``<class>/<image>`` or flat images: all train, or Keras's two subsets."""
    labelled_layout = bool(top_dirs)
    layout = "class" if labelled_layout else "flat"
    class_dirs: dict[str, list[str]] = defaultdict(list)
    if labelled_layout:
        class_dirs["train"] = list(top_dirs)
    if labelled_layout and by_top.get(""):
        notes.append(_loose_files_note(
            by_top[""], "class folder; Keras's image_dataset_from_directory ignores them. They were not audited."
        ))
        images = [r for r in images if "/" in r]
    if validation_split is not None:
        if seed is None:
            raise ParameterError(
                "validation_split needs a seed: Keras's image_dataset_from_directory requires one "
                "so that training and validation subsets do not overlap; pass seed=<int> (CLI: --seed N)."
            )
        return layout, _keras_rows(root, images, labelled_layout, validation_split, seed, notes), class_dirs
    rows = []
    for rel in images:
        label = rel.split("/", 1)[0] if labelled_layout else None
        rows.append((rel, os.path.join(str(root), rel), "train", label, -1))
    notes.append(_note(
        "no-holdout-split",
        "The dataset has no validation or test split folder; everything was audited as "
        "'train'. Pass validation_split= and seed= (CLI: --validation-split F --seed N) "
        "to audit the subsets Keras's image_dataset_from_directory would make.",
    ))
    return layout, rows, class_dirs


def _empty_class_notes(
    class_dirs: Mapping[str, list[str]], rows: list[tuple], split_dirs: Mapping[str, str],
    unreadable: set[str] = frozenset(),
) -> list[SourceNote]:
    """Class folders without images; those that could not be listed have their own note, not this one."""
    notes = []
    for split, names in sorted(class_dirs.items()):
        present = {r[3] for r in rows if r[2] == split}
        folder = f"{_split_dir(split_dirs, split)}/" if split_dirs else ""
        empty = sorted(n for n in names if n not in present and folder + n not in unreadable)
        if empty:
            notes.append(_note(
                "empty-class-folder",
                f"Class folder(s) {', '.join(empty)} in '{split}' hold no images; Keras still "
                "creates an output class for each.",
                [(f"{_split_dir(split_dirs, split)}/" if split_dirs else "") + n + "/" for n in empty],
                split=split, classes=empty,
            ))
    return notes


def _unaudited_file_notes(rows: list[tuple], other: list[str], validation_split: float | None) -> list[SourceNote]:
    """Images a Keras pipeline would drop (with a Keras split, ``_keras_rows`` notes them), and non-image files."""
    notes = []
    keras_skipped = [r[0] for r in rows if not r[0].lower().endswith(KERAS_EXTENSIONS)]
    if keras_skipped and validation_split is None:
        notes.append(_note(
            "keras-skips-file",
            f"{len(keras_skipped)} image(s) have an extension that Keras's "
            f"image_dataset_from_directory does not load ({', '.join(KERAS_EXTENSIONS)}); "
            "they were audited, but a Keras pipeline reading this folder would silently drop them.",
            keras_skipped[:_EXAMPLES], count=len(keras_skipped),
        ))
    if other:
        notes.append(_note(
            "non-image-file",
            f"{len(other)} file(s) are not images and were skipped.",
            other[:_EXAMPLES], count=len(other),
        ))
    return notes


def _split_dir(split_dirs: Mapping[str, str], split: str) -> str:
    return next((d for d, s in sorted(split_dirs.items()) if s == split), split)


def _keras_rows(
    root: Path,
    images: list[str],
    labelled: bool,
    validation_split: float,
    seed: int,
    notes: list[SourceNote],
) -> list[tuple]:
    listed = keras_index(root, labels_inferred=labelled)
    training, validation = keras_subsets(listed, validation_split, seed)
    if not training:
        notes.append(_note(
            "keras-empty-split",
            f"validation_split={validation_split} of {len(listed)} file(s) reserves "
            f"int({validation_split} * {len(listed)}) = 0 files; Keras's slicing then gives an "
            "empty training subset and puts every file in validation. Use a larger validation_split.",
            count=len(listed),
        ))
    visible = set(images)
    hidden = [rel for rel in listed if rel not in visible]
    if hidden:
        notes.append(_note(
            "keras-loads-hidden-file",
            f"Keras's image_dataset_from_directory loads {len(hidden)} hidden file(s) that most "
            "tools skip (e.g. macOS '._' files); they were audited as Keras would load them.",
            hidden[:_EXAMPLES], count=len(hidden),
        ))
    listed_set = set(listed)
    skipped = [rel for rel in images if rel not in listed_set]
    if skipped:
        notes.append(_note(
            "keras-skips-file",
            f"{len(skipped)} image(s) have an extension Keras's image_dataset_from_directory does "
            "not load, so they are in neither subset and were not audited.",
            skipped[:_EXAMPLES], count=len(skipped),
        ))
    rows = []
    for split, members in (("train", training), ("val", validation)):
        for rel in members:
            label = rel.split("/", 1)[0] if labelled else None
            rows.append((rel, os.path.join(str(root), rel), split, label, -1))
    return rows
