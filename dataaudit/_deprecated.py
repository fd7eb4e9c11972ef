"""Old import paths of documented names, kept working with a ``DeprecationWarning``.

The package was regrouped into one folder per auditor (``dataaudit/auditors/<name>/``) and
folders for the model, engine, scan and demo. Names that ``docs/`` showed under their old
module keep importing from there; nothing else does. A finder on ``sys.meta_path`` answers
for the old module names, so the package tree holds no shim files.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
import warnings

#: old module -> (new module, the documented names it re-exports)
MOVED_MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dataaudit.index": ("dataaudit.auditors.leakage.hamming_index", ("find_pairs", "hamming_distance")),
    "dataaudit.balance": (
        "dataaudit.auditors.balance.stats",
        ("class_weights", "oversampling_targets", "undersampling_targets"),
    ),
    "dataaudit.formats": ("dataaudit.reporting.formats", ("FORMATS", "render")),
    "dataaudit.augmentation": (
        "dataaudit.auditors.variety.augmentation",
        ("AugmentationPlan", "LayerSpec", "build_pipeline", "build_augmentation"),
    ),
    "dataaudit.legacy_generators": (
        "dataaudit.auditors.variety.image_data_generator",
        ("convert_image_data_generator",),
    ),
    "dataaudit.preprocessing": (
        "dataaudit.auditors.preprocessing",
        ("check_fitted", "FitCheck", "CandidateMatch", "array_signature", "ArraySignature"),
    ),
    "dataaudit.edits": ("dataaudit.demo.edits", ("EDITS", "Edit", "apply_edit", "write_edited", "photo_tiles")),
}


class _MovedModuleLoader(importlib.abc.Loader):
    def __init__(self, old: str) -> None:
        self.old = old

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        new, names = MOVED_MODULES[self.old]
        warnings.warn(
            f"{self.old} moved to {new}; import from there (the old path will be removed in a later release).",
            DeprecationWarning,
            stacklevel=2,
        )
        target = importlib.import_module(new)
        module = types.ModuleType(self.old, f"Deprecated alias of {new}.")
        for name in names:
            setattr(module, name, getattr(target, name))
        module.__all__ = list(names)
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        return None


class _MovedModuleFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):  # noqa: ANN001, ANN201
        if fullname not in MOVED_MODULES:
            return None
        return importlib.machinery.ModuleSpec(fullname, _MovedModuleLoader(fullname))


def install() -> None:
    if not any(isinstance(f, _MovedModuleFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedModuleFinder())
