"""Auditors working together on one dataset: artifacts one publishes and another consumes."""

from __future__ import annotations

import json

from conftest import make_tree
from test_formats import validate_sarif

import dataaudit
from dataaudit.reporting.github import render_github
from dataaudit.reporting.sarif import to_sarif

SCRIPT = """\
import numpy as np
from tensorflow.keras.preprocessing.image import ImageDataGenerator

datagen = ImageDataGenerator(rescale=1./255, rotation_range=90, horizontal_flip=True, zoom_range=0.1)
train = datagen.flow_from_directory("train", target_size=(64, 64))
"""


def _notebook(cells: list[str]) -> str:
    return json.dumps({
        "cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                   "source": src.splitlines(keepends=True)} for i, src in enumerate(cells)],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    })


def test_image_data_generators_found_by_static_analysis_get_modern_layers(tmp_path):
    root = make_tree(tmp_path / "d", {"train/cat": 10, "train/dog": 10, "val/cat": 3, "val/dog": 3})
    (root / "train.py").write_text(SCRIPT)
    (root / "explore.ipynb").write_text(_notebook([
        "import keras\n",
        "from keras.preprocessing.image import ImageDataGenerator\ngen = ImageDataGenerator(width_shift_range=0.1)\n",
    ]))
    report = dataaudit.audit(root, cache=False)
    legacy = {f.locations[0].path: f for f in report.findings if f.code == "DA405"}
    assert set(legacy) == {"train.py:4", "explore.ipynb:cell2:2"}
    script = legacy["train.py:4"]
    assert "RandomRotation" in script.message and "RandomFlip" in script.message and "Rescaling" in script.message
    assert script.fix is not None and script.fix.kind == "augmentation"
    assert "RandomTranslation" in legacy["explore.ipynb:cell2:2"].message

    # Code locations map to files and lines in CI formats; a notebook cell line is not a file line.
    sarif = to_sarif(report)
    validate_sarif(sarif)
    locations = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["locations"][0]["physicalLocation"]
        for r in sarif["runs"][0]["results"] if r["ruleId"] == "DA405"
    }
    assert locations["./train.py"]["region"] == {"startLine": 4}
    assert "region" not in locations["./explore.ipynb"]
    annotations = [line for line in render_github(report, base=tmp_path).splitlines() if "DA405" in line]
    assert any("file=" in a and "train.py,line=4" in a for a in annotations)
    assert any("explore.ipynb" in a and "line=" not in a for a in annotations)
