"""Typed fix payloads (dataaudit.model.fixes): every fix real audits emit reads back through its class and
round-trips through JSON; malformed payloads get clear errors; docs/fixes.md lists every field."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.preprocessing import StandardScaler

import dataaudit
from dataaudit.demo.dataset import make_demo_dataset
from dataaudit.errors import InputError, ParameterError
from dataaudit.keras import class_weight_from, load_fixes
from dataaudit.model.findings import Finding, Fix, to_jsonable
from dataaudit.model.fixes import (
    PAYLOAD_TYPES,
    ClassWeights,
    CodeRewrite,
    ExcludeFiles,
    MovedFile,
    Refit,
    ResplitManifest,
)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "fixes.md"


def _class_table(train: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame([(label, "train") for label, n in train.items() for _ in range(n)], columns=["label", "split"])


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> list[dataaudit.Report]:
    """The demo dataset's audit, and small real audits for the kinds the demo does not plant."""
    root = make_demo_dataset(tmp_path_factory.mktemp("demo") / "demo")
    demo = dataaudit.audit(root, cache=False, config=False)
    weights = dataaudit.audit(_class_table({"a": 900, "b": 90, "c": 10}), select="DA2", cache=False, config=False,
                              balance={"weighting": "effective_number", "beta": 0.99, "max_weight": 5.0,
                                       "severe_ratio": 200.0})
    rng = np.random.default_rng(0)
    y = np.repeat([0, 1], [24_000, 1_200])
    rng.shuffle(y)
    under = dataaudit.audit((rng.normal(size=(len(y), 3)), y), select="DA2", cache=False, config=False)
    # DA304 (a fitted scaler) and DA305 (arrays standardised with train+val statistics).
    train, val = rng.normal(3, 2, (300, 4)), rng.normal(3, 2, (80, 4))
    leaky = StandardScaler().fit(np.concatenate([train, val]))
    fitted = dataaudit.audit({"train": (train, None), "val": (val, None)}, select="DA3", cache=False, config=False,
                             preprocessing={"fitted": {"scaler": leaky}, "signature": False})
    scaled = dataaudit.audit({"train": (leaky.transform(train), np.zeros(len(train))),
                              "val": (leaky.transform(val), np.ones(len(val)))}, select="DA3", cache=False,
                             config=False)
    # An in-memory source with a copy across splits: a re-split without a manifest file.
    images = rng.integers(0, 255, (16, 32, 32, 3), dtype=np.uint8)
    images[12] = images[0]
    arrays = {"train": (images[:12], np.arange(12) % 2), "val": (images[12:], np.arange(4) % 2)}
    in_memory = dataaudit.audit(arrays, select="DA1", cache=False, config=False)
    return [demo, weights, under, fitted, scaled, in_memory]


@pytest.fixture(scope="module")
def real_fixes(reports) -> list[Fix]:
    return [f.fix for r in reports for f in (*r.findings, *r.baselined) if f.fix is not None]


def test_the_real_audits_emit_every_registered_kind(real_fixes):
    assert {fix.kind for fix in real_fixes} == set(PAYLOAD_TYPES)
    refits = [fix.payload_as(Refit) for fix in real_fixes if fix.kind == "refit"]
    assert {r.object for r in refits} == {"scaler", None} and {r.transform for r in refits} == {"standardize", None}
    manifests = {fix.payload_as(ResplitManifest).manifest for fix in real_fixes if fix.kind == "resplit_manifest"}
    assert manifests == {"resplit.csv", None}  # a file source and an in-memory one
    weights = next(fix.payload_as(ClassWeights) for fix in real_fixes if fix.kind == "class_weights")
    assert weights.method == "effective_number" and weights.beta == 0.99 and weights.cap == 5.0


def test_every_emitted_payload_is_exactly_its_typed_form(real_fixes):
    for fix in real_fixes:
        typed = fix.typed()
        assert isinstance(typed, PAYLOAD_TYPES[fix.kind])
        rebuilt = typed.to_payload()
        assert list(rebuilt) == list(fix.payload), fix.kind  # key order too: the JSON report keeps it
        assert json.dumps(to_jsonable(rebuilt)) == json.dumps(to_jsonable(fix.payload)), fix.kind
        assert type(typed).from_payload(rebuilt) == typed


def test_fixes_round_trip_through_json(real_fixes):
    for fix in real_fixes:
        data = fix.to_dict()
        again = Fix.from_dict(json.loads(json.dumps(data)))
        assert again.to_dict() == data
        # JSON turns class-index keys into strings; the typed reading turns them back.
        assert again.typed() == fix.typed(), fix.kind


def test_findings_round_trip_through_json(reports):
    findings = [f for r in reports for f in (*r.findings, *r.baselined)]
    assert len(findings) > 30
    for finding in findings:
        again = Finding.from_dict(json.loads(finding.to_json()))
        assert again.to_dict() == finding.to_dict()
        assert again.fingerprint == finding.fingerprint and again.severity == finding.severity


def test_written_fixes_load_back_as_the_same_fixes(reports, tmp_path):
    report = reports[0]
    report.write_fixes(tmp_path / "fixes")
    loaded = load_fixes(tmp_path / "fixes")
    assert [f.to_dict() for f in loaded] == [f.fix.to_dict() for f in report.findings if f.fix is not None]


@pytest.mark.parametrize(("kind", "payload", "message"), [
    ("class_weights", {}, "A 'class_weights' fix needs payload['class_weight']"),
    ("class_weights", {"class_weight": {}}, "payload['class_weight'] of a 'class_weights' fix must be a non-empty"),
    ("class_weights", {"class_weight": {"cat": 1.0}}, "must be a non-empty {class index: weight}; got {'cat'"),
    ("class_weights", {"class_weight": {0: "heavy"}}, "payload['class_weight']"),
    ("eval_steps", {"split": "val", "n_samples": 10, "batch_size": 4, "steps": 2.5, "code": ""},
     "payload['steps'] of an 'eval_steps' fix must be an integer; got 2.5"),
    ("sampling_plan", {"tf_data_weights": [0.5, True]}, "payload['tf_data_weights'] of a 'sampling_plan' fix must "
                                                        "be a list of numbers"),
    ("resplit_manifest", {"strategy": "move", "manifest": None, "moved": [{"path": "a.jpg", "from": "val"}]},
     "(A moved file of a 'resplit_manifest' fix needs 'to' (a string); this one has none)"),
    ("resplit_manifest", {"strategy": "move", "moved": []}, "needs payload['manifest'] (a string or null)"),
    ("code", {"path": "t.py", "leak_kind": "x", "code": "", "how": "", "template": "", "lines": [3]},
     "payload['lines'] of a 'code' fix must be [first line, last line]"),
    ("rename", ["a.jpg", "PNG"], "The payload of a 'rename' fix must be a JSON object"),
    ("augmentation", {}, "An 'augmentation' fix needs payload['spec']"),
])
def test_a_malformed_payload_is_named_by_kind_and_key(kind, payload, message):
    fix = Fix(kind, "hand-made", payload)
    with pytest.raises(ParameterError, match=re.escape(message)) as caught:
        fix.typed()
    assert "docs/fixes.md" in str(caught.value)


def test_building_a_payload_checks_it_too():
    with pytest.raises(ParameterError, match="non-empty"):
        ClassWeights(class_weight={})
    with pytest.raises(ParameterError, match=re.escape("payload['paths'] of an 'exclude_files' fix")):
        ExcludeFiles(paths="train/cat/1.jpg")  # one string is not a list of paths
    fix = CodeRewrite(path="t.py", leak_kind="scaler", code="x = 1\n", how="split first", template="sklearn",
                      lines=(3, 4)).to_fix("Corrected code", "suggested")
    assert fix.payload["lines"] == [3, 4] and "files" not in fix.payload and "original" not in fix.payload
    moved = ResplitManifest(strategy="move", moved=[MovedFile(path="v/a.jpg", from_split="val", to_split="train")],
                            manifest=None).to_payload()
    assert moved == {"strategy": "move", "moved": [{"path": "v/a.jpg", "from": "val", "to": "train"}],
                     "manifest": None}


def test_a_plugins_own_kind_stays_a_mapping():
    fix = Fix("my_kind", "Do the thing", {"anything": [1, 2]})
    assert fix.typed() == {"anything": [1, 2]}
    with pytest.raises(ParameterError, match="This is a 'my_kind' fix, not a 'class_weights' one"):
        fix.payload_as(ClassWeights)
    with pytest.raises(ParameterError, match="A 'my_kind' fix has no Keras form; fixes with one: augmentation"):
        fix.to_keras()


def test_malformed_fix_envelopes_and_files_get_clear_errors(tmp_path):
    with pytest.raises(ParameterError, match="A fix needs 'kind'"):
        Fix.from_dict({"title": "t"})
    with pytest.raises(ParameterError, match="'payload' of a fix has the wrong type"):
        Fix.from_dict({"kind": "rename", "payload": "x"})
    with pytest.raises(ParameterError, match="A location needs 'path'"):
        Finding.from_dict({"code": "DA001", "severity": "error", "locations": [{"split": "train"}]})
    index = tmp_path / "fixes.json"
    index.write_text(json.dumps([{"code": "DA201", "fix": {"kind": "class_weights", "title": 3}}]))
    with pytest.raises(InputError, match="fixes.json holds a malformed fix"):
        load_fixes(index)
    index.write_text(json.dumps([{"code": "DA201", "fix": {"kind": "class_weights", "title": "w",
                                                           "payload": {"class_weight": {}}}}]))
    with pytest.raises(ParameterError, match="must be a non-empty"):
        class_weight_from(fixes=index)


def _docs_rows() -> dict[str, list[str]]:
    rows = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `(\w+)` \|", line)
        if match:
            rows[match.group(1)] = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return rows


def test_docs_list_every_payload_field_and_mark_the_required_ones():
    rows = _docs_rows()
    assert set(rows) == set(PAYLOAD_TYPES)
    for kind, payload_type in PAYLOAD_TYPES.items():
        class_cell, fields_cell = rows[kind][1], rows[kind][3]
        assert class_cell == f"`{payload_type.__name__}`", kind
        for f in dataclasses.fields(payload_type):
            key = f.metadata.get("key") or f.name
            required = f.default is dataclasses.MISSING
            assert f"`{key}`" in fields_cell, f"docs/fixes.md: {kind} lacks `{key}`"
            assert (f"**`{key}`**" in fields_cell) == required, f"docs/fixes.md: {kind}.{key} required={required}"
