"""The scan on a Dask cluster: partitions of the listing scanned by the workers, features written to a work folder.

The driver (the process calling :func:`dataaudit.audit`) lists the dataset, looks every file up in
its own feature cache, and hands the rest to the cluster a partition at a time (a few thousand
images each, a bounded number in flight). A worker runs the very code of a local scan on its
partition (:mod:`dataaudit.scan.worker`: read, hash, decode, features, in batches) and writes the
partition's result, meta and packed features, as one ``.npz`` file to the work folder; the task
returns only counts. The driver reads each finished partition's file into the feature table (large
features straight into its on-disk store), writes the cache records, and deletes the file.

A worker that dies mid-partition is replaced by Dask and its partition scanned again: a partition's
file is written whole or not at all (a temporary name, then a rename) and a second attempt writes the
same bytes, so the result does not depend on which attempt finished.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from dataaudit.errors import InputError
from dataaudit.scan import worker as _worker

__all__ = ["DaskExecutor", "scan_partition", "PARTITION_PREFIX"]

#: Dask task names (``key_split`` of the keys): what the dashboard shows for the scan.
PARTITION_PREFIX = "dataaudit-scan-partition"
#: Images in a partition: at least MIN (a task's fixed costs stay small), at most MAX (a retry redoes little
#: work, a partition's file stays a few megabytes, and the driver takes in results while workers scan), else
#: about PARTITIONS_PER_THREAD partitions per worker thread, so that the workers finish together.
MIN_PARTITION, MAX_PARTITION = 256, 4096
PARTITIONS_PER_THREAD = 8
#: Partitions submitted per worker thread at once (the rest wait on the driver, not in the scheduler).
IN_FLIGHT_PER_THREAD = 3

_initialised: dict[str, Any] = {"initargs": None}


def _open_writer(url: str, reader: Any) -> Any:
    if reader is None:
        return open(url, "wb")
    fs, path = reader.filesystem(url)
    return fs.open(path, "wb")


def scan_partition(worker_fn: Callable[[list[Any]], _worker.BatchResult], initargs: tuple, tasks: list[Any],
                   sizes: list[int], target: str, reader: Any = None) -> tuple[int, int]:
    """Scan ``tasks`` (``(index, path)``, ``sizes`` their bytes) on a cluster worker, write the result to ``target``
    (a path, or a URL read with ``reader``); returns ``(images, decoded)``."""
    from threadpoolctl import threadpool_limits

    from dataaudit.scan.scanner import _batches

    if _initialised["initargs"] != initargs:
        if _initialised["initargs"] is None:
            _worker._keep_freed_memory()  # as in a local scan's workers: batches reuse their heap, not fault it in
        _worker.init_worker(*initargs)
        _initialised["initargs"] = initargs
    # One BLAS thread while the features multiply small matrices (as in a local scan's workers), for this task only.
    with threadpool_limits(limits=1, user_api="blas"):
        results = [worker_fn(list(tasks[start:stop])) for start, stop in _batches(sizes, 1)]
    arrays = _pack(results)
    if reader is None:
        temporary = f"{target}.{uuid.uuid4().hex}.tmp"
        with open(temporary, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(temporary, target)  # whole or not at all: a killed attempt leaves no partial partition
    else:
        with _open_writer(target, reader) as fh:  # object stores make an upload visible only once complete
            np.savez(fh, **arrays)
    return len(tasks), int(arrays["decoded"].sum())


def _pack(results: Sequence[_worker.BatchResult]) -> dict[str, np.ndarray]:
    """One partition's batch results as plain arrays (no pickle: the work folder may be shared)."""
    rows = [row for result in results for row in result.rows]
    with_features, offset = [], 0
    for result in results:
        with_features.extend(offset + position for position in result.with_features)
        offset += len(result.rows)
    packed = [result.packed for result in results if len(result.packed)]
    width = results[0].packed.shape[1] if results else 0
    return {
        "index": np.asarray([row[0] for row in rows], dtype=np.int64),
        "digest": np.asarray([row[1] for row in rows], dtype="U32"),
        "meta": np.frombuffer(json.dumps([row[2] for row in rows]).encode(), dtype=np.uint8),
        "decoded": np.asarray([row[3] for row in rows], dtype=bool),
        "with_features": np.asarray(with_features, dtype=np.int64),
        "packed": np.concatenate(packed) if packed else np.empty((0, width), dtype=np.uint8),
    }


def _unpack(arrays: Any) -> _worker.BatchResult:
    metas = json.loads(arrays["meta"].tobytes())
    rows = [(int(i), str(d), m, bool(dec)) for i, d, m, dec in
            zip(arrays["index"].tolist(), arrays["digest"].tolist(), metas, arrays["decoded"].tolist())]
    return _worker.BatchResult(rows, arrays["with_features"].tolist(), arrays["packed"])


def _local_hosts() -> set[str]:
    hosts = {"127.0.0.1", "localhost", "::1", socket.gethostname()}
    try:
        hosts.update(socket.gethostbyname_ex(socket.gethostname())[2])
    except OSError:
        pass
    return hosts


class DaskExecutor:
    """Runs the scan's files on a Dask cluster (the ``executor`` of :func:`dataaudit.scan.scanner.scan`).

    ``work_dir``: a folder every worker and this process can reach (a local path on a one-machine cluster,
    a shared file system, or an fsspec URL such as ``s3://bucket/tmp/``; ``work_reader`` reads URLs). Without
    one, a folder in the temporary directory, which only a cluster on this machine can share.
    """

    def __init__(self, client: Any, work_dir: str | None = None, work_reader: Any = None,
                 partition_images: int | None = None):
        self.client = client
        self.work_dir = work_dir
        self.work_reader = work_reader
        self.partition_images = partition_images
        self.partitions_done = 0

    def _threads(self) -> int:
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))

    def _remote_hosts(self) -> list[str]:
        workers = self.client.scheduler_info().get("workers", {})
        return sorted({address.split("://")[-1].rsplit(":", 1)[0].strip("[]") for address in workers} - _local_hosts())

    def workers_are_local(self) -> bool:
        """Whether every worker runs on this machine (and so reads this process's files)."""
        return not self._remote_hosts()

    def open_for_writing(self, target: str) -> Any:
        """A binary file handle writing ``target`` in the work folder."""
        return _open_writer(target, self.work_reader)

    def _run_folder(self) -> str:
        run = f"dataaudit-{uuid.uuid4().hex[:16]}"
        if self.work_dir is None:
            remote = self._remote_hosts()
            if remote:
                raise InputError(
                    f"The Dask workers run on other machines ({', '.join(remote[:3])}): pass work_dir= (CLI: --work-dir) "
                    "on storage they and this process can all reach, e.g. s3://bucket/dataaudit-work or a shared mount."
                )
            base = os.path.join(tempfile.gettempdir(), f"dataaudit-work-{getattr(os, 'getuid', lambda: 0)()}")
            folder = os.path.join(base, run)
            os.makedirs(folder, mode=0o700)
            return folder
        if self.work_reader is None:
            folder = os.path.join(os.path.expanduser(self.work_dir), run)
            os.makedirs(folder, mode=0o700)
            return folder
        return self.work_dir.rstrip("/") + "/" + run  # object stores need no folder made

    def _read(self, target: str) -> _worker.BatchResult:
        if self.work_reader is None:
            with np.load(target, allow_pickle=False) as arrays:
                return _unpack(arrays)
        fs, path = self.work_reader.filesystem(target)
        with fs.open(path, "rb") as fh, np.load(fh, allow_pickle=False) as arrays:
            return _unpack(arrays)

    def _remove(self, target: str, folder: bool = False) -> None:
        try:
            if self.work_reader is None:
                if folder:
                    import shutil

                    shutil.rmtree(target, ignore_errors=True)
                else:
                    os.remove(target)
            else:
                fs, path = self.work_reader.filesystem(target)
                fs.rm(path, recursive=folder)
        except (OSError, FileNotFoundError):
            pass

    def partitions(self, n: int) -> list[tuple[int, int]]:
        per_thread = -(-n // (PARTITIONS_PER_THREAD * self._threads()))
        size = self.partition_images or min(MAX_PARTITION, max(MIN_PARTITION, per_thread))
        return [(start, min(n, start + size)) for start in range(0, n, size)]

    def run(self, tasks: Sequence[Any], sizes: Sequence[int], worker_fn: Callable, initargs: tuple, sink: Any) -> None:
        """Scan ``tasks`` on the cluster and give each partition's result to ``sink``, as a local pool does."""
        from distributed import as_completed

        if not len(tasks):
            return
        initargs = (initargs[0], initargs[1], None, *initargs[3:])  # the workers cannot see this process's cache
        folder = self._run_folder()
        token = uuid.uuid4().hex
        parts = self.partitions(len(tasks))
        in_flight = max(2, IN_FLIGHT_PER_THREAD * self._threads())
        live: set[Any] = set()

        def submit(k: int) -> Any:
            start, stop = parts[k]
            target = f"{folder}/part-{k:06d}.npz"
            future = self.client.submit(scan_partition, worker_fn, initargs, list(tasks[start:stop]),
                                        list(sizes[start:stop]), target, self.work_reader,
                                        key=f"{PARTITION_PREFIX}-{token}-{k}", pure=False, retries=2)
            future.dataaudit_target = target
            live.add(future)
            return future

        try:
            pending = as_completed([submit(k) for k in range(min(in_flight, len(parts)))])
            next_part = min(in_flight, len(parts))
            for future in pending:
                live.discard(future)
                future.result()  # a partition that failed on every attempt raises here
                target = future.dataaudit_target
                sink.take(self._read(target))
                self._remove(target)
                self.partitions_done += 1
                future.release()
                if next_part < len(parts):
                    pending.add(submit(next_part))
                    next_part += 1
        except BaseException:
            self.client.cancel(list(live))  # the audit stops: so does its work on the cluster
            raise
        finally:
            self._remove(folder, folder=True)
