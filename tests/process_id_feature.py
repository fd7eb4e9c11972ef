"""A scan feature holding the id of the process that computed it: tests see who decoded which image.

Registered when imported, so that scan workers, which import a feature's module, know it too.
"""

from __future__ import annotations

import os

import numpy as np

from dataaudit.scan.features import DecodedImage, register_feature

NAME = "test_process_id"


@register_feature(NAME, shape=(1,), dtype="int64")
def process_id(image: DecodedImage) -> np.ndarray:
    return np.array([os.getpid()])
