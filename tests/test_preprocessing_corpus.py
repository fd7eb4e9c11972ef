"""Every labelled case of the code corpus gets the verdict its label gives (and, for leaks, the rule and fit line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataaudit.auditors.preprocessing.code_files import load_code_file
from dataaudit.auditors.preprocessing.leaks import analyse_code_file

CORPUS = Path(__file__).parent / "data" / "preprocessing_corpus"
LABELS = json.loads((CORPUS / "labels.json").read_text())


def test_corpus_is_large_and_labelled():
    files = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".py", ".ipynb"))
    assert files == sorted(LABELS), "every corpus file has exactly one label"
    verdicts = [v["verdict"] for v in LABELS.values()]
    assert len(files) >= 40 and verdicts.count("leak") >= 20 and verdicts.count("clean") >= 20
    assert sum(f.endswith(".ipynb") for f in files) >= 5
    # pytest would collect (and run) corpus scripts named like tests.
    assert not [f for f in files if f.startswith("test_") or f.endswith("_test.py")]


@pytest.mark.parametrize("name", sorted(LABELS))
def test_verdict(name):
    label = LABELS[name]
    code = load_code_file(name, (CORPUS / name).read_text())
    analysis = analyse_code_file(code)
    assert not analysis.problems, analysis.problems
    if label["verdict"] == "clean":
        assert analysis.leaks == (), [(lk.code, lk.fit_location, lk.kind) for lk in analysis.leaks]
        return
    found = [(lk.code, lk.fit_location) for lk in analysis.leaks]
    assert (label["code"], f"{name}:{label['fit']}") in found, found
