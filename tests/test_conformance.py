"""Common conformance test run over every registered auditor (built-in and plugin)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from dataaudit.auditors import AuditContext, all_rules, registered_auditors
from dataaudit.engine.auditor import CODE_PATTERN, DOC_SECTIONS, SLUG_PATTERN
from dataaudit.demo.dataset import make_demo_dataset
from dataaudit.engine.runner import run_auditors
from dataaudit.errors import ParameterError
from dataaudit.scan.features import FEATURES
from dataaudit.model.findings import Finding
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

AUDITORS = registered_auditors()


def test_codes_and_slugs_are_well_formed_and_unique():
    rules = all_rules()
    codes = [r.code for r in rules]
    slugs = [r.slug for r in rules]
    assert len(codes) == len(set(codes)), "duplicate rule codes"
    assert len(slugs) == len(set(slugs)), "duplicate rule slugs"
    for r in rules:
        assert CODE_PATTERN.match(r.code), r.code
        assert SLUG_PATTERN.match(r.slug), r.slug


def test_auditor_names_and_prefixes_are_unique():
    names = [a.name for a in AUDITORS]
    prefixes = [a.code_prefix for a in AUDITORS]
    assert len(names) == len(set(names))
    assert len(prefixes) == len(set(prefixes))


@pytest.mark.parametrize("auditor", AUDITORS, ids=lambda a: a.name)
def test_rules_belong_to_prefix_and_are_documented(auditor):
    assert auditor.__doc__ and auditor.__doc__.strip(), f"{auditor.__name__} has no docstring"
    assert auditor.rules, f"{auditor.name} declares no rules"
    for rule in auditor.rules:
        assert rule.code.startswith(auditor.code_prefix), (rule.code, auditor.code_prefix)
        sections = rule.sections()
        assert list(sections)[: len(DOC_SECTIONS)] == list(DOC_SECTIONS), (rule.code, list(sections))
        for name in DOC_SECTIONS:
            assert sections[name].strip(), f"{rule.code}: empty '{name}' section"
        assert rule.summary(), rule.code


@pytest.mark.parametrize("auditor", AUDITORS, ids=lambda a: a.name)
def test_requires_registered_features(auditor):
    for name in (*auditor.requires, *auditor().required_features()):
        assert name in FEATURES, f"{auditor.name} requires unknown feature {name!r}"


@pytest.mark.parametrize("auditor", AUDITORS, ids=lambda a: a.name)
def test_parameters_validate(auditor):
    auditor()  # defaults are valid
    for name, default in auditor.defaults.items():
        assert name in auditor.parameters, f"default for undeclared parameter {name}"
        auditor(**{name: default})
    for name, constraints in auditor.parameters.items():
        bad = constraints[0].example()
        if any(c.accepts(bad) for c in constraints):
            continue
        with pytest.raises(ParameterError, match=rf"^The '{name}' parameter of the '{auditor.name}' auditor must be "):
            auditor(**{name: bad})
    with pytest.raises(ParameterError, match="unknown parameter 'no_such_parameter'"):
        auditor(no_such_parameter=1)


def _prepare(source, **opts):
    dataset = resolve_source(source, **opts)
    features = sorted({f for a in AUDITORS for f in a().required_features()})
    table, _ = scan(dataset, features, cache=None, jobs=1, progress=False)
    return dataset, table


def _run_all(dataset, table):
    ctx = AuditContext(table=table, dataset=dataset, options={})
    findings, runs = run_auditors([a() for a in AUDITORS], ctx)
    return findings, runs


def _as_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], sort_keys=True)


def test_auditors_run_deterministically_and_never_open_files(tmp_path):
    root = make_demo_dataset(tmp_path / "demo")
    dataset, table = _prepare(root)
    first, runs = _run_all(dataset, table)
    crashed = [r for r in runs if r.status == "crashed"]
    assert not crashed, crashed
    second, _ = _run_all(dataset, table)
    assert _as_json(first) == _as_json(second)
    json.loads(_as_json(first))  # serialisable
    # Auditors read only the shared table: with the files gone they must say exactly the same.
    shutil.rmtree(root)
    third, runs = _run_all(dataset, table)
    assert not [r for r in runs if r.status == "crashed"]
    assert _as_json(first) == _as_json(third)


def test_auditors_handle_array_and_tabular_sources():
    rng = np.random.default_rng(0)
    images = {
        "train": (rng.integers(0, 255, (30, 16, 16, 3), dtype=np.uint8), rng.integers(0, 3, 30)),
        "val": (rng.integers(0, 255, (10, 16, 16, 3), dtype=np.uint8), rng.integers(0, 3, 10)),
    }
    tabular = {"train": (rng.normal(size=(40, 5)), rng.integers(0, 2, 40)),
               "test": (rng.normal(size=(10, 5)), rng.integers(0, 2, 10))}
    for source in (images, tabular):
        dataset, table = _prepare(source)
        _, runs = _run_all(dataset, table)
        assert not [r for r in runs if r.status == "crashed"], runs
