"""The audit on a real Dask LocalCluster (2 worker processes): the same findings as on one machine, also when a
worker process is killed in the middle of the scan."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from dataaudit import audit
from dataaudit.demo.dataset import make_demo_dataset

distributed = pytest.importorskip("distributed")

from dataaudit.distributed import executor as dask_executor  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str]]]:
    """The demo dataset (every kind of planted problem) and its single-machine findings."""
    root = make_demo_dataset(tmp_path_factory.mktemp("demo") / "data")
    report = audit(root, cache=False, progress=False)
    return root, report


def _findings(report, prefixes: tuple[str, ...] = ("DA",)) -> list[tuple[str, str]]:
    return sorted((f.fingerprint, str(f.severity)) for f in report.findings if f.code.startswith(prefixes))


@pytest.fixture
def small_partitions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many partitions of the demo's few hundred images, so that the cluster has several in flight at once."""
    monkeypatch.setattr(dask_executor, "MIN_PARTITION", 16)


def test_cluster_audit_gives_the_local_findings(client, demo, small_partitions, tmp_path: Path) -> None:
    root, local_report = demo
    local = _findings(local_report)
    work = tmp_path / "work"
    report = audit(root, client=client, work_dir=work, cache=tmp_path / "cache.sqlite", progress=False)
    assert _findings(report) == local and len(local) > 20
    assert report.scan["decoded"] > 0
    assert report.config["scheduler"] == client.scheduler.address and report.config["work_dir"] == str(work)
    assert list(work.iterdir()) == []  # the run's partitions are removed once read
    # The driver cached what the workers computed: a re-run decodes nothing and does not need the cluster.
    warm = audit(root, client=client, work_dir=work, cache=tmp_path / "cache.sqlite", progress=False)
    assert warm.scan["decoded"] == 0 and warm.scan["path_cache_hits"] > 0.95 * warm.scan["items"]
    assert _findings(warm) == local


@pytest.fixture
def many_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The auditors' work on the demo's few hundred images cut into many tasks: verification batches of 16
    pairs, and a local pool (with jobs > 1) even for work of a fraction of a second."""
    from dataaudit.auditors.leakage import pair_search
    from dataaudit.engine import tasks

    monkeypatch.setattr(pair_search, "VERIFY_BATCH", 16)
    monkeypatch.setattr(tasks, "MIN_POOL_SECONDS", 0.0)
    monkeypatch.setattr(tasks, "LOCAL_POOL", True)  # off by default (not measured faster on 2 cores): tested here


def _findings_json(report) -> list[str]:
    """Every finding as the JSON report writes it (evidence, fixes, locations: all but the timings)."""
    return sorted(json.dumps(f, sort_keys=True) for f in json.loads(report.to_json())["findings"])


def test_auditor_tasks_give_the_same_findings_in_process_on_a_pool_and_on_the_cluster(
        client, demo, small_partitions, many_tasks) -> None:
    root, _ = demo
    in_process = audit(root, cache=False, progress=False, jobs=1)  # one process: every task runs in it
    pool = audit(root, cache=False, progress=False, jobs=2)
    with distributed.get_task_stream(client) as stream:
        cluster = audit(root, client=client, cache=False, progress=False)
    expected = _findings_json(in_process)
    assert len(expected) > 20 and {"DA101", "DA102"} <= {f.code for f in in_process.findings}
    assert _findings_json(pool) == expected
    assert _findings_json(cluster) == expected
    names = {distributed.utils.key_split(task["key"]) for task in stream.data}
    assert {"dataaudit-leakage-search-band", "dataaudit-leakage-verify-batch", "dataaudit-variety-class"} <= names


def _row_sums(rows, picked):
    return np.asarray(rows[picked]).reshape(len(picked), -1).sum(axis=1)


def test_tasks_on_workers_elsewhere_read_arrays_shared_through_the_work_folder(client, tmp_path: Path, monkeypatch) -> None:
    """Workers that cannot read this machine's files: the shared array and the scan's feature rows are written once
    to the work folder, read there by the tasks, and removed with the runner."""
    from conftest import make_tree

    from dataaudit.distributed.executor import DaskExecutor
    from dataaudit.distributed.tasks import DaskTasks
    from dataaudit.scan.scanner import scan
    from dataaudit.sources import resolve_source

    monkeypatch.setattr(DaskExecutor, "workers_are_local", lambda self: False)
    root = make_tree(tmp_path / "data", {"train/a": 5, "test/a": 3}, size=40)
    table, _ = scan(resolve_source(root), ["luma32"], progress=False)
    rows = table.feature_rows("luma32", np.array([6, 2, 0, 7]))
    work = tmp_path / "work"
    work.mkdir()
    tasks = DaskTasks(DaskExecutor(client, str(work)))
    try:
        shared_rows, shared = tasks.share_rows(rows), tasks.share(np.arange(12).reshape(4, 3))
        assert str(work) in shared_rows.base.location and str(work) in shared.location
        got = tasks.map(_row_sums, [(shared_rows, np.array([3, 0])), (shared, np.array([1, 2]))], "test-sums")
        np.testing.assert_array_equal(got[0], _row_sums(rows, np.array([3, 0])))
        np.testing.assert_array_equal(got[1], [12, 21])
    finally:
        tasks.close()
    assert list(work.iterdir()) == []


def test_scan_tasks_have_meaningful_names(client, demo, small_partitions) -> None:
    root, _ = demo
    seen: set[str] = set()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            for keys in client.processing().values():
                seen.update(distributed.utils.key_split(key) for key in keys)
            time.sleep(0.01)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        audit(root, client=client, cache=False, progress=False, select="DA0")
    finally:
        stop.set()
        thread.join()
    assert dask_executor.PARTITION_PREFIX in seen


def test_a_worker_killed_mid_scan_is_replaced_and_the_findings_do_not_change(client, demo, small_partitions) -> None:
    root, local_report = demo
    local = _findings(local_report)
    pids = client.run(os.getpid)
    killed: list[tuple[str, int]] = []
    stop = threading.Event()

    def kill_a_busy_worker() -> None:
        """SIGKILL the first worker process seen working on a scan partition (no clean shutdown: as a lost node)."""
        while not stop.is_set():
            for address, keys in client.processing().items():
                if any(str(key).startswith(dask_executor.PARTITION_PREFIX) for key in keys) and address in pids:
                    os.kill(pids[address], signal.SIGKILL)
                    killed.append((address, pids[address]))
                    return
            time.sleep(0.002)

    thread = threading.Thread(target=kill_a_busy_worker, daemon=True)
    thread.start()
    try:
        report = audit(root, client=client, cache=False, progress=False)
    finally:
        stop.set()
        thread.join()
    assert killed, "no worker was busy with the scan"
    assert _findings(report) == local
    client.wait_for_workers(2, timeout=60)  # the nanny started a new process in its place
    assert killed[0][1] not in client.run(os.getpid).values()


def test_cli_on_a_scheduler_address(client, demo, tmp_path: Path) -> None:
    root, local_report = demo
    local = _findings(local_report, ("DA0", "DA1"))
    out = tmp_path / "report.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-m", "dataaudit.cli", "check", str(root), "--scheduler", client.scheduler.address,
         "--work-dir", str(tmp_path / "work"), "--select", "DA0,DA1", "--no-cache", "--no-config", "--no-progress", "--format", "json",
         "-o", str(out)],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(out.read_text())
    assert sorted((f["fingerprint"], f["severity"]) for f in report["findings"]) == local
    assert report["config"]["scheduler"] == client.scheduler.address


def test_s3_dataset_and_s3_work_folder_on_the_cluster(client, tmp_path: Path) -> None:
    """The configuration of a real cluster: the data and the work folder in object storage (a real S3-compatible
    server on 127.0.0.1), the workers reading both with the storage options."""
    server_module = pytest.importorskip("moto.server")
    s3fs = pytest.importorskip("s3fs")
    import shutil
    import uuid

    from conftest import make_tree

    root = make_tree(tmp_path / "data", {"train/cat": 8, "train/dog": 8, "test/cat": 3, "test/dog": 3}, size=48)
    shutil.copy(root / "train/cat/0002.jpg", root / "test/dog/leaked.jpg")
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        options = {"key": "AKIATEST", "secret": "not-a-real-secret", "client_kwargs": {"endpoint_url": f"http://{host}:{port}"}}
        fs = s3fs.S3FileSystem(**options)
        bucket = f"b-{uuid.uuid4().hex[:8]}"
        fs.mkdir(bucket)
        for path in sorted(root.rglob("*.jpg")):
            fs.pipe(f"{bucket}/data/{path.relative_to(root).as_posix()}", path.read_bytes())
        local = audit(root, cache=False, progress=False)
        remote = audit(f"s3://{bucket}/data", client=client, work_dir=f"s3://{bucket}/work", storage_options=options,
                       cache=False, progress=False)
        assert _findings(remote) == _findings(local) and "DA101" in {f.code for f in remote.findings}
        assert remote.scan["decoded"] == remote.scan["items"]
        assert fs.find(f"{bucket}/work") == []  # partitions removed once read
    finally:
        server.stop()


def test_cluster_options_are_checked(tmp_path: Path) -> None:
    from conftest import make_tree

    from dataaudit.errors import InputError, ParameterError

    root = make_tree(tmp_path / "data", {"train/a": 2, "test/a": 1}, size=32)
    with pytest.raises(ParameterError, match="needs client="):
        audit(root, work_dir=tmp_path / "work", cache=False, progress=False)
    with pytest.raises(InputError, match="dask.distributed.Client"):
        audit(root, client="tcp://127.0.0.1:1", cache=False, progress=False)


def test_a_partition_failing_on_every_attempt_fails_the_scan_and_leaves_no_files(client, tmp_path: Path) -> None:
    from dataaudit.distributed.executor import DaskExecutor

    def broken(batch):  # pickled by value: the workers run it and it raises on every attempt
        raise RuntimeError("unreadable partition")

    executor = DaskExecutor(client, str(tmp_path / "work"))
    (tmp_path / "work").mkdir()
    with pytest.raises(RuntimeError, match="unreadable partition"):
        executor.run([(k, f"/nowhere/{k}.jpg") for k in range(600)], [100] * 600, broken, ([], [], None), sink=None)
    assert list((tmp_path / "work").iterdir()) == []
