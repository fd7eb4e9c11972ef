"""Corrected code: rewritten scripts run, and the analyser finds them clean; every template runs."""

from __future__ import annotations

import runpy
import textwrap

import pytest

from dataaudit.auditors.preprocessing.code_files import load_code_file
from dataaudit.auditors.preprocessing.leaks import analyse_code_file
from dataaudit.auditors.preprocessing.rewrite import TEMPLATES, fixed_files, plan_fix

DIGITS = """\
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.preprocessing import StandardScaler, MinMaxScaler
X, y = load_digits(return_X_y=True)
X = X[:300]
y = y[:300]
"""

SCRIPTS = {
    "move_fit_transform": DIGITS + """\
X_scaled = StandardScaler().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, random_state=0)
print(LogisticRegression(max_iter=200).fit(X_train, y_train).score(X_test, y_test))
""",
    "move_fit_with_labels": DIGITS + """\
from sklearn.feature_selection import SelectKBest, f_classif
selector = SelectKBest(f_classif, k=20)
X_new = selector.fit_transform(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_new, y, random_state=0)
print(LogisticRegression(max_iter=200).fit(X_train, y_train).score(X_test, y_test))
""",
    "move_statistics": DIGITS + """\
X = (X - X.mean(axis=0)) / (X.std(axis=0) + 1e-9)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LogisticRegression(max_iter=200).fit(X_train, y_train).score(X_test, y_test))
""",
    "move_fit_call": DIGITS + """\
scaler = MinMaxScaler()
scaler.fit(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
model = LogisticRegression(max_iter=200).fit(scaler.transform(X_train), y_train)
print(model.score(scaler.transform(X_test), y_test))
""",
    "move_resample": """\
from imblearn.over_sampling import SMOTE
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
X, y = make_classification(n_samples=300, weights=[0.9], random_state=0)
X_res, y_res = SMOTE(random_state=0).fit_resample(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
""",
    "pipeline_into_cv": DIGITS + """\
X = StandardScaler().fit_transform(X)
scores = cross_val_score(LogisticRegression(max_iter=200), X, y, cv=3)
print(scores.mean())
""",
    "resampler_into_cv": """\
from imblearn.over_sampling import RandomOverSampler
from sklearn.datasets import make_classification
from sklearn.model_selection import cross_val_score
from sklearn.tree import DecisionTreeClassifier
X, y = make_classification(n_samples=300, weights=[0.9], random_state=0)
X, y = RandomOverSampler(random_state=0).fit_resample(X, y)
print(cross_val_score(DecisionTreeClassifier(random_state=0), X, y, cv=3).mean())
""",
    "fit_on_all_after_split": DIGITS + """\
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
scaler = StandardScaler()
scaler.fit(X)
model = LogisticRegression(max_iter=200).fit(scaler.transform(X_train), y_train)
print(model.score(scaler.transform(X_test), y_test))
""",
    "fit_on_concatenation": DIGITS + """\
X_train, X_val, y_train, y_val = train_test_split(X, y, random_state=0)
scaler = StandardScaler().fit(np.concatenate([X_train, X_val]))
model = LogisticRegression(max_iter=200).fit(scaler.transform(X_train), y_train)
print(model.score(scaler.transform(X_val), y_val))
""",
    "refit_on_test": DIGITS + """\
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)
print(LogisticRegression(max_iter=200).fit(X_train, y_train).score(X_test, y_test))
""",
}

KERAS_SCRIPTS = {
    "keras_validation_split": """\
import numpy as np
import keras
rng = np.random.default_rng(0)
x = rng.normal(size=(64, 3)).astype("float32")
y = rng.integers(0, 2, 64)
norm = keras.layers.Normalization()
norm.adapt(x)
model = keras.Sequential([keras.Input((3,)), norm, keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy")
model.fit(x, y, epochs=1, verbose=0, validation_split=0.25)
""",
    "keras_adapt_moved": """\
import numpy as np
import keras
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
features = rng.normal(size=(64, 3)).astype("float32")
target = rng.normal(size=64).astype("float32")
normalizer = keras.layers.Normalization()
normalizer.adapt(features)
x_train, x_test, y_train, y_test = train_test_split(features, target, random_state=0)
model = keras.Sequential([keras.Input((3,)), normalizer, keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(x_train, y_train, epochs=1, verbose=0)
model.evaluate(x_test, y_test, verbose=0)
""",
    "image_data_generator_moved": """\
import numpy as np
from keras.src.legacy.preprocessing.image import ImageDataGenerator
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
X = rng.uniform(0, 255, size=(24, 8, 8, 3)).astype("float32")
y = rng.integers(0, 2, 24)
datagen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True)
datagen.fit(X)
X_train, X_val, y_train, y_val = train_test_split(X, y, random_state=0)
batch = next(iter(datagen.flow(X_train, y_train, batch_size=4)))
val_batch = next(iter(datagen.flow(X_val, y_val, batch_size=4)))
""",
}


def _rewrite(name: str, text: str) -> str:
    code = load_code_file(f"{name}.py", text)
    analysis = analyse_code_file(code)
    assert analysis.leaks, "the script must leak before it is fixed"
    fixes = [plan_fix(leak, code) for leak in analysis.leaks]
    assert all(f.applicability == "suggested" for f in fixes), [(lk.kind, f.how) for lk, f in zip(analysis.leaks, fixes)]
    (fixed,) = fixed_files(code, fixes).values()
    again = analyse_code_file(load_code_file(f"{name}.fixed.py", fixed))
    assert again.leaks == (), [(lk.code, lk.fit_line) for lk in again.leaks]
    return fixed


def _run(text: str, path, monkeypatch) -> None:
    monkeypatch.chdir(path)
    script = path / "script.py"
    script.write_text(text)
    runpy.run_path(str(script), run_name="__main__")


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_rewritten_script_runs_and_is_clean(name, tmp_path, monkeypatch, capsys):
    text = SCRIPTS[name]
    _run(text, tmp_path, monkeypatch)  # the leaking original is a working script
    _run(_rewrite(name, text), tmp_path, monkeypatch)


@pytest.mark.parametrize("name", sorted(KERAS_SCRIPTS))
def test_rewritten_keras_script_runs_and_is_clean(name, keras, tmp_path, monkeypatch):
    text = KERAS_SCRIPTS[name]
    _run(text, tmp_path, monkeypatch)
    _run(_rewrite(name, text), tmp_path, monkeypatch)


def test_snippet_is_the_corrected_region():
    text = SCRIPTS["move_fit_transform"]
    code = load_code_file("s.py", text)
    (leak,) = analyse_code_file(code).leaks
    fix = plan_fix(leak, code)
    assert fix.original == textwrap.dedent("""\
        X_scaled = StandardScaler().fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, random_state=0)
        """)
    assert fix.code == textwrap.dedent("""\
        X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
        standard_scaler = StandardScaler()
        X_train = standard_scaler.fit_transform(X_train)
        X_test = standard_scaler.transform(X_test)
        """)
    assert fix.lines == (9, 10)


def test_unknown_shapes_get_a_template():
    text = DIGITS + """\
for col in range(X.shape[1]):
    X[:, col] = (X[:, col] - X[:, col].mean()) / (X[:, col].std() + 1e-9)
X_train, X_test, y_train, y_test = train_test_split(X, y)
"""
    code = load_code_file("t.py", text)
    (leak,) = analyse_code_file(code).leaks
    fix = plan_fix(leak, code)
    assert fix.applicability == "manual" and fix.code == TEMPLATES["statistics"]
    assert fixed_files(code, [fix]) == {}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_templates_run(name, request, tmp_path, monkeypatch):
    if name in ("keras_adapt", "image_data_generator"):
        request.getfixturevalue("keras")
    _run(TEMPLATES[name], tmp_path, monkeypatch)
    assert analyse_code_file(load_code_file("template.py", TEMPLATES[name])).leaks == ()
