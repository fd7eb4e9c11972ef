"""Every labelled case of the code corpus gets the verdict its label gives (and, for leaks, the rule and fit line).

A case is a script, a notebook, or a folder of them analysed as one program (its label's fit is
``file:line`` inside the folder).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataaudit.auditors.preprocessing.code_files import load_code_file
from dataaudit.auditors.preprocessing.leaks import analyse_code_file
from dataaudit.auditors.preprocessing.program import analyse_code_files

CORPUS = Path(__file__).parent / "data" / "preprocessing_corpus"
LABELS = json.loads((CORPUS / "labels.json").read_text())
FAMILIES = {"fills", "model-imputation", "model-selection", "encoders", "hidden-statistics", "unknown-splits",
            "formula-pipeline", "cross-file"}


def _case(name: str) -> tuple[list, list, str]:
    path = CORPUS / name
    fit = LABELS[name].get("fit", "")
    if path.is_dir():
        # A program may keep modules in a package folder (``src/features.py``), imported by the scripts.
        files = {f.relative_to(path).as_posix(): f.read_text() for f in sorted(path.rglob("*"))
                 if f.suffix in (".py", ".ipynb")}
        parts = analyse_code_files(files)
        return ([lk for p in parts for lk in p.analysis.leaks], [x for p in parts for x in p.analysis.problems], fit)
    analysis = analyse_code_file(load_code_file(name, path.read_text()))
    return list(analysis.leaks), list(analysis.problems), f"{name}:{fit}"


def test_corpus_is_large_and_labelled():
    cases = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".py", ".ipynb") or p.is_dir())
    assert cases == sorted(LABELS), "every corpus case has exactly one label"
    verdicts = [v["verdict"] for v in LABELS.values()]
    assert len(cases) >= 190 and verdicts.count("leak") >= 100 and verdicts.count("clean") >= 80
    assert sum(f.endswith(".ipynb") for f in cases) >= 15
    # Every family of issue 15 has labelled leaks and look-alike clean cases.
    for family in FAMILIES:
        kinds = [v["verdict"] for v in LABELS.values() if v.get("family") == family]
        assert kinds.count("leak") >= 4 and kinds.count("clean") >= 3, family
    # pytest would collect (and run) corpus scripts named like tests.
    files = [p.name for p in CORPUS.rglob("*") if p.is_file()]
    assert not [f for f in files if f.startswith("test_") or f.endswith("_test.py")]


@pytest.mark.parametrize("name", sorted(LABELS))
def test_verdict(name):
    label = LABELS[name]
    leaks, problems, where = _case(name)
    assert not problems, problems
    if label["verdict"] == "clean":
        assert leaks == [], [(lk.code, lk.fit_location, lk.kind) for lk in leaks]
        return
    found = [(lk.code, lk.fit_location) for lk in leaks]
    assert (label["code"], where) in found, found
