"""Progress: one stage per step of an audit on a terminal (or with progress=True), nothing anywhere else."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from conftest import make_tree
from PIL import Image, ImageOps

import dataaudit
from dataaudit.auditors import AuditContext, registered_auditors
from dataaudit.auditors.leakage import pair_search
from dataaudit.auditors.leakage.pair_search import find_duplicate_pairs
from dataaudit.engine.runner import run_auditors
from dataaudit.progress import NO_PROGRESS, NO_STAGE, Progress, Stage
from dataaudit.scan.cache import FeatureCache
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source


@dataclass
class RecordedStage(Stage):
    description: str
    total: int | None
    unit: str
    done: int = 0
    updates: int = 0
    closed: bool = False

    def update(self, n: int = 1) -> None:
        self.done += n
        self.updates += 1

    def close(self) -> None:
        self.closed = True


@dataclass(frozen=True)
class RecordedProgress(Progress):
    """Progress on, keeping every stage instead of drawing it: what the code reported, exactly."""

    enabled: bool = True
    stages: list[RecordedStage] = field(default_factory=list, hash=False, compare=False)

    def stage(self, description: str, total: int | None = None, unit: str = "") -> Stage:
        self.stages.append(RecordedStage(description, total, unit))
        return self.stages[-1]

    def named(self, description: str) -> list[RecordedStage]:
        return [s for s in self.stages if s.description == description]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """Two splits, two classes, a mirrored copy across splits (a near duplicate) and a README."""
    root = make_tree(tmp_path / "data", {"train/cat": 16, "train/dog": 16, "val/cat": 5, "val/dog": 5})
    with Image.open(root / "train/cat/0003.jpg") as im:
        ImageOps.mirror(im).save(root / "val/cat/mirrored.jpg", quality=85)
    (root / "README.txt").write_text("not an image\n")
    (root / ".hidden.jpg").write_bytes(b"hidden files are not listed")
    return root


def _report_json(report) -> str:
    data = json.loads(report.to_json())
    data.pop("scan")
    for run in data["auditors"]:
        run.pop("seconds")
    return json.dumps(data, sort_keys=True)


def _bar_lines(text: str) -> list[str]:
    """What the terminal would show, one redraw per item (tqdm redraws a line after a carriage return;
    nested bars move the cursor up and down)."""
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)
    return [part.strip() for part in re.split(r"[\r\n]", text) if part.strip()]


# -- the audit's stages -----------------------------------------------------------------------------


def test_progress_true_shows_listing_scan_each_auditor_and_the_leakage_steps(dataset, capfd):
    report = dataaudit.audit(dataset, progress=True, cache=False, config=False)
    out, err = capfd.readouterr()
    assert out == ""
    lines = _bar_lines(err)
    ran = [run for run in report.auditors if run.status != "skipped"]
    assert len(ran) == 5
    expected = ["listing", "scan", *(f"{run.name} ({i}/{len(ran)})" for i, run in enumerate(ran, 1))]
    # Each stage in order: its description starts the first line it draws.
    firsts = [next(i for i, line in enumerate(lines) if line.startswith(name)) for name in expected]
    assert firsts == sorted(firsts)
    assert any(re.fullmatch(r"scan:\s+\d+%\|.*\| \d+/43 images \[.*\]", line) for line in lines)
    # The leakage auditor's expensive steps, with their count of pairs.
    assert "leakage: candidates" in lines
    verifying = [line for line in lines if line.startswith("leakage: verifying pairs")]
    assert verifying and all(re.fullmatch(r"leakage: verifying pairs:\s+\d+%\|.*\| \d+/[1-9]\d* pairs \[.*\]", line)
                             for line in verifying)
    assert any(line.startswith("variety: classes") and "/2 classes" in line for line in lines)


def test_progress_false_writes_nothing_and_finds_the_same(dataset, capfd):
    shown = dataaudit.audit(dataset, progress=True, cache=False, config=False)
    capfd.readouterr()
    silent = dataaudit.audit(dataset, progress=False, cache=False, config=False)
    assert capfd.readouterr() == ("", "")
    assert _report_json(silent) == _report_json(shown)
    assert "DA102" in {f.code for f in shown.findings}


def test_progress_none_is_silent_when_stderr_is_not_a_terminal(dataset, capfd):
    assert not sys.stderr.isatty()
    dataaudit.audit(dataset, cache=False, config=False)
    assert capfd.readouterr() == ("", "")


def test_an_auditor_whose_result_is_reused_says_so(dataset, tmp_path, capfd):
    cache = tmp_path / "cache.sqlite"
    dataaudit.audit(dataset, progress=False, cache=cache, config=False)
    assert capfd.readouterr() == ("", "")
    warm = dataaudit.audit(dataset, progress=True, cache=cache, config=False)  # progress is not in the memo key
    lines = _bar_lines(capfd.readouterr().err)
    ran = [run for run in warm.auditors if run.status != "skipped"]  # tabular, detection: not this source
    assert len(ran) == 5
    for i, run in enumerate(ran, 1):
        assert f"{run.name} ({i}/5, reused)" in lines
    assert not any(line.startswith("leakage: ") for line in lines)  # nothing was searched again


# -- what each stage counts -------------------------------------------------------------------------


def test_the_listing_counts_every_visible_file(dataset):
    recorded = RecordedProgress()
    with recorded.stage("listing", unit="files") as listing:
        listed = resolve_source(dataset, progress=listing)
    assert listing.done == 43 + 1  # the images and the README; not the hidden file
    assert len(listed.samples) == 43
    assert listing.updates == 7  # one per folder (the root, 2 splits, 4 class folders), not one per file


def test_the_scan_counts_every_image_once_whether_decoded_or_cached(dataset, tmp_path):
    listed = resolve_source(dataset)
    for run in ("cold", "warm"):
        recorded = RecordedProgress()
        with FeatureCache(tmp_path / "cache.sqlite") as cache:
            table, stats = scan(listed, ["luma32"], cache=cache, jobs=1, progress=recorded)
        (stage,) = recorded.stages
        assert (stage.description, stage.total, stage.unit) == ("scan", 43, "images")
        assert stage.done == 43 and stage.closed, run
    assert stats.path_cache_hits == 43


def test_verification_counts_every_candidate_pair_batch_by_batch(dataset, monkeypatch):
    table, _ = scan(resolve_source(dataset), ["luma32", "chroma8"], jobs=1, progress=False)
    luma, chroma = table.feature("luma32"), table.feature("chroma8")
    plain = find_duplicate_pairs(luma, chroma=chroma, radius=12, min_similarity=0.8)
    # Small batches, so that several run in threads at once and complete out of order.
    monkeypatch.setattr(pair_search, "VERIFY_BATCH", 4)
    monkeypatch.setattr(pair_search, "VERIFY_THREADS", 3)
    recorded = RecordedProgress()
    pairs = find_duplicate_pairs(luma, chroma=chroma, radius=12, min_similarity=0.8, progress=recorded)
    assert [s.description for s in recorded.stages] == ["leakage: candidates", "leakage: verifying pairs"]
    (verifying,) = recorded.named("leakage: verifying pairs")
    assert pairs.candidates > 4 * 3
    assert verifying.total == verifying.done == pairs.candidates
    assert verifying.updates == -(-pairs.candidates // 4)  # once per batch
    assert all(s.closed for s in recorded.stages)
    assert np.array_equal(pairs.a, plain.a) and np.array_equal(pairs.similarity, plain.similarity)


def test_verification_in_rounds_counts_skipped_candidates_as_done(monkeypatch):
    """A candidate skipped because earlier rounds joined its images still moves the bar: it ends full."""
    from test_incremental import _crowded_thumbnails

    luma = _crowded_thumbnails()
    monkeypatch.setattr(pair_search, "VERIFY_ROUND", 8)
    recorded = RecordedProgress()
    pairs = find_duplicate_pairs(luma, radius=10, min_similarity=0.9, progress=recorded)
    (verifying,) = recorded.named("leakage: verifying pairs")
    assert pairs.verified < pairs.candidates  # some were skipped
    assert verifying.total == verifying.done == pairs.candidates and verifying.closed


def test_each_auditor_runs_in_a_stage_it_can_report_into(dataset):
    listed = resolve_source(dataset)
    auditors = [cls() for cls in registered_auditors()]
    features = sorted({f for a in auditors for f in a.required_features()})
    table, _ = scan(listed, features, jobs=1, progress=False)
    recorded = RecordedProgress()
    findings, runs = run_auditors(auditors, AuditContext(table=table, dataset=listed, progress=recorded))
    names = [s.description for s in recorded.stages]
    ran = [run for run in runs if run.status != "skipped"]
    assert [n for n in names if ":" not in n] == [f"{run.name} ({i}/5)" for i, run in enumerate(ran, 1)]
    assert {run.name: run.reason for run in runs if run.status == "skipped"} == {
        "tabular": "the source is not a feature table", "detection": "the source is not a detection layout"}
    # An auditor's own stages open inside its stage.
    leakage = next(i for i, name in enumerate(names) if name.startswith("leakage ("))
    assert names[leakage + 1: leakage + 3] == ["leakage: candidates", "leakage: verifying pairs"]
    assert recorded.named("variety: classes")[0].done == 2
    assert all(s.closed for s in recorded.stages)
    silent = run_auditors(auditors, AuditContext(table=table, dataset=listed))
    assert [f.to_dict() for f in silent[0]] == [f.to_dict() for f in findings]


# -- the decision -----------------------------------------------------------------------------------


def test_the_decision_follows_the_setting(capfd):
    assert Progress.resolve(False) == NO_PROGRESS
    assert Progress.resolve(None) == NO_PROGRESS  # stderr is captured here: not a terminal
    assert Progress.resolve(True).enabled
    on = Progress.resolve(True)
    assert Progress.resolve(on) is on
    assert on.stage("nothing to do", total=0) is NO_STAGE
    NO_PROGRESS.stage("silent", total=10).update(10)
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize("kernel", [True, False])
def test_a_jupyter_kernel_turns_progress_on_and_a_terminal_ipython_does_not(monkeypatch, capfd, kernel):
    # IPython is not installed here: a stand-in module answering get_ipython() as a kernel
    # (Jupyter, Colab: its config has an IPKernelApp section) or a terminal IPython does.
    shell = types.SimpleNamespace(config={"IPKernelApp": {}} if kernel else {"TerminalIPythonApp": {}})
    monkeypatch.setitem(sys.modules, "IPython", types.SimpleNamespace(get_ipython=lambda: shell))
    decided = Progress.resolve(None)
    assert (decided.enabled, decided.notebook) == (kernel, kernel)
    with decided.stage("scan", total=4, unit="images") as stage:
        stage.update(4)
    # Without ipywidgets a notebook gets the text bar on stderr, which it shows as text.
    assert ("scan:" in capfd.readouterr().err) == kernel


# -- the command line, on a real terminal -----------------------------------------------------------


def _run_on_terminal(args: list[str], timeout: float = 60.0) -> tuple[int, str]:
    """Run ``args`` with stdin, stdout and stderr on a new pseudo-terminal (80 columns); return its exit code and output."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, close_fds=True,
                            env={**os.environ, "NO_COLOR": "1"})
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return proc.wait(timeout=10), b"".join(chunks).decode("utf-8", "replace")


def test_the_cli_on_a_terminal_shows_the_stages_and_no_progress_hides_them(dataset, tmp_path):
    cache = str(tmp_path / "cli-cache.sqlite")
    started = time.monotonic()
    code, output = _run_on_terminal([sys.executable, "-m", "dataaudit", "check", str(dataset), "--cache-path", cache,
                                     "--no-config"])
    assert code == 1, output  # the leaked copy fails the gate
    lines = _bar_lines(output)
    assert "listing" in " ".join(lines)
    assert any(re.fullmatch(r"scan:\s+\d+%\|.*\| \d+/43 images \[.*\]", line) for line in lines), output
    for name in ("integrity", "leakage", "balance", "preprocessing", "variety"):
        assert any(re.fullmatch(rf"{name} \(\d/5\)", line) for line in lines), (name, output)
    assert "DA102" in output  # the report follows the bars
    code, quiet = _run_on_terminal([sys.executable, "-m", "dataaudit", "check", str(dataset), "--cache-path", cache,
                                    "--no-config", "--no-progress"])
    assert code == 1 and "DA102" in quiet
    bar = re.compile(r"listing: \d+ files|scan:\s+\d+%|\w+ \(\d/5\)")
    assert not any(bar.match(line) for line in _bar_lines(quiet)), quiet
    assert any(bar.match(line) for line in lines)
    assert time.monotonic() - started < 20


def test_sources_that_are_not_folders_are_listed_without_a_file_count(capfd):
    rng = np.random.default_rng(0)
    arrays = {"train": (rng.integers(0, 255, (12, 32, 32, 3), dtype=np.uint8), np.arange(12) % 2),
              "val": (rng.integers(0, 255, (4, 32, 32, 3), dtype=np.uint8), np.arange(4) % 2)}
    dataaudit.audit(arrays, progress=True, cache=False, config=False)
    lines = _bar_lines(capfd.readouterr().err)
    assert lines[0] == "listing"
    assert not any("files" in line for line in lines)
    assert any(re.fullmatch(r"scan:\s+\d+%\|.*\| \d+/16 images \[.*\]", line) for line in lines)
