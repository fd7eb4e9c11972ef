"""Static analysis of training code through the public API: findings, locations, notebooks, fixes, artifacts."""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path

import numpy as np
import pytest

import dataaudit
from dataaudit.engine.artifacts import CodeObservations
from dataaudit.auditors import AuditContext
from dataaudit.auditors.preprocessing.auditor import PreprocessingAuditor
from dataaudit.demo.dataset import PLANTED, make_demo_dataset
from dataaudit.engine.runner import run_auditors
from dataaudit.auditors.preprocessing.code_files import load_code_file
from dataaudit.auditors.preprocessing.leaks import analyse_code_file
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

LEAKY = textwrap.dedent("""\
    import numpy as np
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    X = np.load("x.npy")
    y = np.load("y.npy")
    X_scaled = StandardScaler().fit_transform(X)
    X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, test_size=0.25, random_state=0)
    """)


def notebook(cells: list[tuple[str, int | None]]) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [],
                                  "source": src} for src, n in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def tabular_source(seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    return {"train": (rng.normal(size=(60, 3)), rng.integers(0, 2, 60)),
            "test": (rng.normal(size=(20, 3)), rng.integers(0, 2, 20))}


def test_script_in_dataset_folder_is_analysed(image_tree, tmp_path):
    root = image_tree({"train/cat": 3, "train/dog": 3, "val/cat": 2, "val/dog": 2})
    (root / "train.py").write_text(LEAKY)
    report = dataaudit.audit(root, cache=False, select=["DA3"])
    (finding,) = report.findings
    assert finding.code == "DA301" and finding.slug == "fit-before-split"
    assert [loc.path for loc in finding.locations] == ["train.py:7", "train.py:8"]
    assert finding.evidence["fit"]["call"] == "StandardScaler().fit_transform(X)"
    assert finding.evidence["split"]["function"] == "train_test_split"
    assert finding.evidence["leak_kind"] == "fit-before-split"
    fix = finding.fix
    assert fix.kind == "code" and fix.applicability == "suggested"
    assert fix.payload["lines"] == [7, 8]
    assert "X_train = standard_scaler.fit_transform(X_train)" in fix.payload["code"]
    assert "X_test = standard_scaler.transform(X_test)" in fix.payload["code"]
    fixed = fix.files["train.fixed.py"]
    assert analyse_code_file(load_code_file("train.fixed.py", fixed)).leaks == ()
    written = report.write_fixes(tmp_path / "fixes")
    assert (tmp_path / "fixes" / "train.fixed.py").read_text() == fixed
    assert any(p.name == "fixes.json" for p in written)
    json.loads(report.to_json())


def test_code_option_on_an_array_source(tmp_path):
    script = tmp_path / "prep.py"
    script.write_text(LEAKY)
    report = dataaudit.audit(tabular_source(), code=[str(script)], cache=False, select=["DA3"])
    assert [f.code for f in report.findings] == ["DA301"]
    assert report.findings[0].locations[0].path.endswith("prep.py:7")


def test_baseline_fingerprint_survives_moved_lines(tmp_path):
    script = tmp_path / "prep.py"
    script.write_text(LEAKY)
    before = dataaudit.audit(tabular_source(), code=[str(script)], cache=False, select=["DA3"]).findings[0]
    script.write_text("# a comment\n\n" + LEAKY)
    after = dataaudit.audit(tabular_source(), code=[str(script)], cache=False, select=["DA3"]).findings[0]
    assert before.locations != after.locations
    assert before.fingerprint == after.fingerprint


def test_notebook_locations_and_magics(tmp_path):
    text = notebook([("%matplotlib inline\n!pip install foo\nimport numpy as np\n"
                      "from sklearn.model_selection import train_test_split", 1),
                     ("X = np.load('x.npy')\nX = (X - X.mean(axis=0)) / X.std(axis=0)", 2),
                     ("X_tr, X_te = train_test_split(X)", 3)])
    analysis = analyse_code_file(load_code_file("nb.ipynb", text))
    assert analysis.problems == ()
    (leak,) = analysis.leaks
    assert leak.fit_location == "nb.ipynb:cell2:2" and leak.split.location == "nb.ipynb:cell3:1"
    assert leak.order is None


def test_notebook_execution_order_is_followed_and_reported():
    cells = [("import numpy as np\nfrom sklearn.preprocessing import MinMaxScaler\n"
              "from sklearn.model_selection import train_test_split\nX = np.load('x.npy')", 1),
             ("X_train, X_test = train_test_split(X)", 3),
             ("X = MinMaxScaler().fit_transform(X)", 2)]
    (leak,) = analyse_code_file(load_code_file("nb.ipynb", notebook(cells))).leaks
    assert leak.order == "execution" and leak.fit_location == "nb.ipynb:cell3:1"
    # The same cells executed top to bottom: the scaler only touches X after the split; nothing leaks.
    in_order = [(src, i + 1) for i, (src, _n) in enumerate(cells)]
    assert analyse_code_file(load_code_file("nb.ipynb", notebook(in_order))).leaks == ()
    # Executed in order, but Run All would leak: reported as top-to-bottom only.
    swapped = [cells[0], (cells[2][0], 3), (cells[1][0], 2)]
    (leak,) = analyse_code_file(load_code_file("nb.ipynb", notebook(swapped))).leaks
    assert leak.order == "top-to-bottom"
    finding = PreprocessingAuditor()._leak_finding(leak, _manual_fix(leak), {})
    assert "run top to bottom" in finding.message


def _manual_fix(leak):
    from dataaudit.auditors.preprocessing.rewrite import plan_fix

    return plan_fix(leak, load_code_file("nb.ipynb", notebook([("pass", 1)])))


def test_unparsable_code_is_reported(tmp_path):
    (tmp_path / "old.py").write_text("print 'python 2'\n")
    (tmp_path / "broken.ipynb").write_text("{not json")
    report = dataaudit.audit(tabular_source(), code=[str(tmp_path)], cache=False, select=["DA3"])
    assert sorted(f.code for f in report.findings) == ["DA307", "DA307"]
    assert all(f.severity == dataaudit.Severity.INFO for f in report.findings)
    messages = " ".join(f.message for f in report.findings)
    assert "does not parse" in messages and "not a readable Jupyter notebook" in messages


def test_image_data_generators_are_published():
    code = textwrap.dedent("""\
        from tensorflow.keras.preprocessing.image import ImageDataGenerator
        ROT = 15
        gen = ImageDataGenerator(rotation_range=ROT, horizontal_flip=True, rescale=1 / 255.0)
        """)
    dataset = resolve_source(tabular_source())
    dataset.code_files = {"aug.py": code}
    table, _ = scan(dataset, [], cache=None, jobs=1, progress=False)
    ctx = AuditContext(table=table, dataset=dataset)
    findings, runs = run_auditors([PreprocessingAuditor()], ctx)
    assert findings == [] and runs[0].status == "ok"
    observed = ctx.artifacts["preprocessing"]
    assert isinstance(observed, CodeObservations)
    (gen,) = observed.image_data_generators
    assert (gen["path"], gen["line"]) == ("aug.py", 3)
    assert gen["kwargs"] == {"rotation_range": "ROT", "horizontal_flip": True, "rescale": 1 / 255.0}


def test_functions_never_called_are_analysed():
    code = textwrap.dedent("""\
        from sklearn.model_selection import train_test_split
        from sklearn.decomposition import PCA

        def prepare(X, y):
            X = PCA(n_components=10).fit_transform(X)
            return train_test_split(X, y)
        """)
    (leak,) = analyse_code_file(load_code_file("lib.py", code)).leaks
    assert (leak.code, leak.fit_line, leak.split.line) == ("DA301", 5, 6)


def test_selection_and_parameters():
    report = dataaudit.audit(tabular_source(), cache=False, preprocessing={"code": False, "signature": False})
    assert report.config["auditors"]["preprocessing"]["code"] is False
    with pytest.raises(dataaudit.ParameterError, match="'fitted' parameter"):
        dataaudit.audit(tabular_source(), cache=False, preprocessing={"fitted": {"model": object()}})


def test_demo_plants_a_preprocessing_leak(tmp_path):
    root = make_demo_dataset(tmp_path / "demo")
    report = dataaudit.audit(root, cache=False, select=["DA3"])
    planted = [(path, code) for path, code, _ in PLANTED if code.startswith("DA3")]
    assert planted
    for path, code in planted:
        assert any(f.code == code and f.locations[0].path == path for f in report.findings), report.findings
    fixed = report.findings[0].fix.files["train.fixed.py"]
    ast.parse(fixed)
    assert "norm.adapt(x_train)" in fixed


def test_large_generated_script_is_analysed_without_problems():
    corpus = Path(__file__).parent / "data" / "preprocessing_corpus"
    parts = [p.read_text() for p in sorted(corpus.glob("leak_*.py"))]
    text = "\n".join(parts * 3)
    analysis = analyse_code_file(load_code_file("big.py", text))
    assert not analysis.truncated and not analysis.problems
    assert len(analysis.leaks) >= len(parts)
