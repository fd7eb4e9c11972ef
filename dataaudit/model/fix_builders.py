"""Builders that turn a :class:`~dataaudit.Fix` into a live object (``fix.to_keras()``).

Builders are named as ``"module:function"`` strings and imported on first use,
so TensorFlow is imported only when a Keras object is actually asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from dataaudit.errors import ParameterError

if TYPE_CHECKING:
    from dataaudit.model.findings import Fix

__all__ = ["KERAS_BUILDERS", "build_keras"]

#: Fix kind -> "module:function" taking the Fix and returning a Keras/TF object.
KERAS_BUILDERS: dict[str, str] = {
    "augmentation": "dataaudit.auditors.variety.augmentation:build_augmentation",
}


def build_keras(fix: Fix) -> Any:
    target = KERAS_BUILDERS.get(fix.kind)
    if target is None:
        kinds = ", ".join(sorted(KERAS_BUILDERS)) or "none yet"
        raise ParameterError(f"A '{fix.kind}' fix has no Keras form; fixes with one: {kinds}.")
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)(fix)
