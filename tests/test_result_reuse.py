"""Warm re-audits reuse each auditor's stored result, and only while nothing it depends on changed."""

from __future__ import annotations

import json
import shutil
import sqlite3

import numpy as np
import pytest
from conftest import make_tree

import dataaudit
from dataaudit.auditors import AuditContext
from dataaudit.auditors.leakage import LeakageAuditor
from dataaudit.engine.result_memo import decode_result, encode_result, result_key
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source


def _json(report) -> str:
    data = json.loads(report.to_json())
    data.pop("scan")
    data["config"].pop("cache")
    for run in data["auditors"]:
        run.pop("seconds")
    return json.dumps(data, sort_keys=True)


def _stored(cache) -> dict[str, float]:
    with sqlite3.connect(cache) as conn:
        return dict(conn.execute("SELECT key, stored FROM results"))


@pytest.fixture
def leaky(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 12, "train/dog": 12, "val/cat": 4, "val/dog": 4}, size=64)
    shutil.copy(root / "train/cat/0003.jpg", root / "val/cat/copy.jpg")
    (root / "train.py").write_text(
        "from sklearn.preprocessing import StandardScaler\nfrom sklearn.model_selection import train_test_split\n"
        "X = load()\nX = StandardScaler().fit_transform(X)\nX_train, X_test = train_test_split(X)\n")
    return root


def test_an_unchanged_dataset_reuses_every_result_and_reports_the_same(leaky, tmp_path):
    cache = tmp_path / "cache.sqlite"
    cold = dataaudit.audit(leaky, cache=cache, config=False, progress=False)
    stored = _stored(cache)
    # One result per built-in auditor, and the memos of what the leakage search and the variety auditor
    # learnt per image content (the variety auditor's: descriptors and per-class measures).
    memos = ("leakage-search-memo/", "variety-descriptor-memo/", "variety-class-memo/")
    assert len([k for k in stored if not k.startswith(memos)]) == 5
    assert [sum(k.startswith(kind) for k in stored) for kind in memos] == [1, 1, 1]
    warm = dataaudit.audit(leaky, cache=cache, config=False, progress=False)
    assert _stored(cache) == stored  # nothing ran again: a run stores its result anew
    assert _json(warm) == _json(cold)
    assert {"DA101", "DA301"} <= {f.code for f in warm.findings}


def test_a_change_is_never_answered_from_a_stale_result(leaky, tmp_path):
    cache = tmp_path / "cache.sqlite"
    dataaudit.audit(leaky, cache=cache, config=False, progress=False)
    # A new leaked copy, a relabelled image, and new code: each auditor's inputs change.
    shutil.copy(leaky / "train/dog/0002.jpg", leaky / "val/dog/copy2.jpg")
    (leaky / "val/cat/0000.jpg").rename(leaky / "val/dog/moved.jpg")
    (leaky / "train.py").write_text("print('no preprocessing here')\n")
    warm = dataaudit.audit(leaky, cache=cache, config=False, progress=False)
    fresh = dataaudit.audit(leaky, cache=tmp_path / "fresh.sqlite", config=False, progress=False)
    assert _json(warm) == _json(fresh)
    assert len(warm.by_code("DA101")) == 2 and not warm.by_code("DA301")
    # Other parameters are other results.
    strict = dataaudit.audit(leaky, cache=cache, config=False, progress=False, leakage={"sensitivity": "strict"})
    assert _json(strict) == _json(dataaudit.audit(leaky, cache=False, config=False, progress=False,
                                                  leakage={"sensitivity": "strict"}))


def test_a_damaged_stored_result_is_ignored(leaky, tmp_path):
    cache = tmp_path / "cache.sqlite"
    cold = dataaudit.audit(leaky, cache=cache, config=False, progress=False)
    with sqlite3.connect(cache) as conn:
        conn.execute("UPDATE results SET value = ?", (b'{"findings": [{"code": 3}], "artifact": null}',))
    again = dataaudit.audit(leaky, cache=cache, config=False, progress=False)
    assert _json(again) == _json(cold)
    assert decode_result(b"not json") is None and decode_result(b'{"findings": []}') is None


def test_results_that_cannot_be_told_apart_are_not_reused(leaky, tmp_path):
    dataset = resolve_source(leaky)
    table, _ = scan(dataset, ["luma32", "chroma8"], cache=None, jobs=1, progress=False)
    ctx = AuditContext(table=table, dataset=dataset, options={})
    assert result_key(LeakageAuditor(), ctx, {}) is not None
    # A callable among the parameters: another process could not tell two of them apart.
    assert result_key(LeakageAuditor(embedding=lambda x: x.reshape(len(x), -1)), ctx, {}) is None
    # Moving the progress bar or the gate does not change what an auditor finds.
    quiet = AuditContext(table=table, dataset=dataset, options={"progress": False, "fail_on": "never"})
    assert result_key(LeakageAuditor(), quiet, {}) == result_key(LeakageAuditor(), ctx, {})
    assert result_key(LeakageAuditor(sensitivity="strict"), ctx, {}) != result_key(LeakageAuditor(), ctx, {})
    # In-memory arrays: the meta does not identify their content.
    arrays = resolve_source({"train": (np.zeros((4, 8, 8, 3), np.uint8), np.arange(4))})
    atable, _ = scan(arrays, ["luma32", "chroma8"], cache=None, jobs=1, progress=False)
    assert result_key(LeakageAuditor(), AuditContext(table=atable, dataset=arrays, options={}), {}) is None
    # A finding list comes back exactly, or is not stored.
    report = dataaudit.audit(leaky, cache=False, config=False, progress=False)
    blob = encode_result(report.findings, None)
    assert [f.to_dict() for f in decode_result(blob)[0]] == [f.to_dict() for f in report.findings]


def test_a_stored_result_is_read_back_a_piece_at_a_time_and_a_cut_one_is_refused(leaky, monkeypatch):
    report = dataaudit.audit(leaky, cache=False, config=False, progress=False)
    blob = encode_result(report.findings, None)
    # Pieces shorter than one finding's line: lines are put together across pieces.
    monkeypatch.setattr("dataaudit.engine.result_memo._READ_CHUNK", 7)
    findings, artifact = decode_result(blob)
    assert [f.to_dict() for f in findings] == [f.to_dict() for f in report.findings] and artifact is None
    assert len(blob) < len(json.dumps([f.to_dict() for f in report.findings]))  # compressed
    assert decode_result(blob[:-20]) is None and decode_result(blob[: len(blob) // 2]) is None
