"""The one scan: read, hash and decode every image once, in parallel, into a FeatureTable.

Memory stays bounded: work goes to the worker processes in small batches with
a fixed number in flight, and results land directly in the feature columns (no
decoded image is kept): compact features in preallocated arrays, large ones in
files (:mod:`dataaudit.scan.store`), so that memory does not grow with the
dataset by more than a few dozen bytes an image. Cache hits skip workers entirely.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import multiprocessing
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from dataaudit.progress import Progress, Stage
from dataaudit.safety import DEFAULT_MAX_IMAGE_BYTES, FileTooLarge, NotRegularFile, file_kind
from dataaudit.scan import worker as _worker
from dataaudit.scan.cache import FeatureCache, Record, has_features, pack_features, parse_layout, unpack_features
from dataaudit.scan.features import FeatureSpec, get_feature, to_uint8
from dataaudit.scan.store import DEFAULT_CHUNK_SIZE, FeatureStore, on_disk, work_folder
from dataaudit.sources.base import Dataset
from dataaudit.scan.table import META_COLUMNS, FeatureTable, ScanStats

__all__ = ["scan", "default_jobs"]

#: Below this many images to decode, a process pool costs more than it saves.
MIN_PARALLEL_ITEMS = 48
#: Starting a pool costs 0.5-1 s (a forkserver, workers importing the feature modules): a scan whose
#: serial decode is estimated below this (e.g. the few hundred new images of a cached dataset) runs
#: in this process. The estimate: a fixed cost per image plus a cost per byte read and decoded.
MIN_PARALLEL_SECONDS = 1.0
_SERIAL_SECONDS_PER_IMAGE = 150e-6
_SERIAL_SECONDS_PER_BYTE = 10e-9
_FLUSH_EVERY = 1000
#: Images per batch sent to a worker, and the most file bytes one batch may hold (see _batches).
MIN_BATCH, MAX_BATCH = 4, 256
BATCH_BYTES = 16 << 20


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Keep worker start-up from re-running the user's ``__main__``.

    spawn/forkserver children normally import the parent's main script, which
    breaks scripts without an ``if __name__ == "__main__":`` guard (they would
    start another audit). Workers only run dataaudit functions on plain data,
    so they never need ``__main__``: hide its file and spec while they start.
    """
    main = sys.modules.get("__main__")
    saved = {name: getattr(main, name) for name in ("__file__", "__spec__") if main is not None and hasattr(main, name)}
    try:
        if "__file__" in saved:
            del main.__file__  # type: ignore[union-attr]
        if "__spec__" in saved:
            main.__spec__ = None  # type: ignore[union-attr]
        yield
    finally:
        for name, value in saved.items():
            setattr(main, name, value)


def _pool_context() -> multiprocessing.context.BaseContext:
    # forkserver: safe when the caller has threads (TensorFlow does) and workers
    # fork from a server that has already imported the worker module.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dataaudit.scan.worker"])
        return ctx
    return multiprocessing.get_context("spawn")


def _helper_process(name: str) -> Any:
    """multiprocessing's own ``forkserver`` or ``resource_tracker`` singleton; None where another Python's
    internals differ (then the scan leaves that process alone)."""
    try:
        module = importlib.import_module(f"multiprocessing.{name}")
        return getattr(module, f"_{name}")
    except (ImportError, AttributeError):
        return None


def _running(name: str, pid_attribute: str) -> bool | None:
    """Whether multiprocessing's helper process ``name`` runs now; None when that cannot be read."""
    helper = _helper_process(name)
    if helper is None or not hasattr(helper, pid_attribute):
        return None
    return getattr(helper, pid_attribute) is not None


def _stop(name: str) -> None:
    """Stop the fork server (a whole interpreter with dataaudit imported, about 130 MB, that would otherwise
    sit beside the auditors and the user's training) or the resource tracker it started (13 MB)."""
    try:
        _helper_process(name)._stop()
    except (AttributeError, OSError):
        pass  # another Python's internals: leave it running


def fork_server_to_start(context: Any) -> bool:
    """Whether a pool of ``context`` needs a fork server that none runs yet: the caller starts it
    (:func:`_start_helpers_without_sigint`) and stops it after its pool; one the program already ran is left alone."""
    return context.get_start_method() == "forkserver" and _running("forkserver", "_forkserver_pid") is False


def _start_helpers_without_sigint() -> None:
    """Start the fork server (and the resource tracker it needs) with SIGINT blocked, so that they and every
    worker forked from them inherit a blocked SIGINT.

    A Ctrl-C reaches the terminal's whole process group: a fork server still importing dataaudit, or
    a worker, would die with a traceback of its own. This process takes the signal instead (held
    until the helpers run, then raised here) and ends them (:func:`_end_workers`, ``_stop``).
    """
    from multiprocessing import forkserver, resource_tracker

    # The tracker first: it blocks SIGINT for itself, then unblocks it, which would undo the block below.
    # A pool interrupted while it starts can leave a semaphore the tracker then removes; its warning
    # about doing so ("leaked semaphore objects") would be a second line after "dataaudit: interrupted"
    # that the user can do nothing about. The tracker takes its warning filters from these options.
    quiet = "ignore::UserWarning:multiprocessing.resource_tracker"
    added = quiet not in sys.warnoptions
    if added:
        sys.warnoptions.append(quiet)
    try:
        resource_tracker.ensure_running()
    finally:
        if added:
            sys.warnoptions.remove(quiet)
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        forkserver.ensure_running()
        return
    # SIGTERM too, but only while the server starts: raised inside ensure_running it would leave a
    # server this process no longer knows the pid of. Workers unblock it (init_pool_worker).
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


#: Seconds a worker has to end after SIGTERM before it is killed.
_WORKER_GRACE = 2.0


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes now (the scan was interrupted): waiting for their batches to
    finish could take minutes, and a worker must never outlive the audit."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    deadline = time.monotonic() + _WORKER_GRACE
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(1.0)


def _child_pids(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux ``/proc``; empty elsewhere)."""
    children = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 1 and int(fields[1]) == pid:
            children.append(int(entry))
    return children


def _end_children(pid: int | None) -> None:
    """SIGTERM, then SIGKILL after _WORKER_GRACE, to every child of our fork server (each is a worker of ours)."""
    if pid is None:
        return
    children = _child_pids(pid)
    for child in children:
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGTERM)
    deadline = time.monotonic() + _WORKER_GRACE
    while children and time.monotonic() < deadline:
        time.sleep(0.02)
        children = [child for child in children if child in _child_pids(pid)]
    for child in children:
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)


class _MetaColumns:
    """The scan's meta, column by column: a dict per image costs about a kilobyte, 1 GB at a million images."""

    #: Columns of a few distinct short strings: one shared string object each instead of one per image.
    SHARED = frozenset({"mode", "format", "error_kind"})

    def __init__(self, n: int):
        self.columns: dict[str, Any] = {
            key: [default] * n if isinstance(default, str) else np.full(n, default, dtype=type(default))
            for key, default in META_COLUMNS.items()
        }

    def fill(self, indices: list[int], metas: list[dict[str, Any]], digests: list[str]) -> None:
        """Rows ``indices`` get ``metas`` and content hashes ``digests``, a column at a time."""
        if not indices:
            return
        rows = np.asarray(indices, dtype=np.int64)
        for key, column in self.columns.items():
            if key == "content_hash":
                values: list[Any] = digests
            else:
                default = META_COLUMNS[key]
                values = [meta.get(key, default) for meta in metas]
                if key in self.SHARED:
                    values = [sys.intern(v) if isinstance(v, str) else v for v in values]
            if isinstance(column, list):
                for index, value in zip(indices, values):
                    column[index] = value
            else:
                column[rows] = values

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.columns, columns=list(META_COLUMNS))


#: Error kinds of files that were not read: nothing about their content can be cached.
_UNREAD = frozenset({"missing", "unreadable", "special", "too-large", "dangling-link"})


class _Sink:
    """Receives results, fills the table's columns and batches cache writes."""

    def __init__(self, n: int, specs: list[FeatureSpec], cache: FeatureCache | None, stats: ScanStats, bar: Stage,
                 store: FeatureStore | None = None):
        self.meta = _MetaColumns(n)
        self.specs = specs
        self.store = store
        self.features = {s.name: s.empty(n) for s in specs if store is None or s.name not in store}
        self.cache = cache
        self.stats = stats
        self.bar = bar
        self.pending_files: list[tuple[str, int, int, str]] = []
        self.pending_records: list[tuple[str, Record]] = []
        self.file_keys = _FileKeys()
        #: Cached records lacking some of this scan's features: their other features are kept on rewrite.
        self.partial: dict[str, Record] = {}
        #: The layout of the workers' packed rows (and of the records written from them).
        self.layout = ",".join(f"{spec.cache_key}:{spec.nbytes}" for spec in specs)

    def put(self, spec: FeatureSpec, rows: np.ndarray, values: np.ndarray) -> None:
        """Feature ``spec`` of table rows ``rows`` is ``values`` (one row each)."""
        if spec.name in self.features:
            self.features[spec.name][rows] = values.reshape(-1, *spec.shape)
        else:
            assert self.store is not None
            self.store.write(spec.name, rows, values)

    def fill_metas(self, indices: list[int], digests: list[str], metas: list[dict[str, Any]]) -> None:
        self.meta.fill(indices, metas, digests)
        self.stats.errors += sum(1 for meta in metas if meta.get("error_kind"))

    def fill_meta(self, index: int, digest: str, meta: dict[str, Any]) -> None:
        self.fill_metas([index], [digest], [meta])

    def take(self, result: _worker.BatchResult) -> None:
        rows, with_features, packed = result
        has_features = [False] * len(rows)
        for position in with_features:
            has_features[position] = True
        _fill_columns(self, parse_layout(self.layout), [rows[p][0] for p in with_features], packed)
        blob_of = dict(zip(with_features, packed))
        self.fill_metas([row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows])
        for position, (index, digest, meta, decoded) in enumerate(rows):
            if decoded:
                self.stats.decoded += 1
            elif has_features[position]:
                self.stats.content_cache_hits += 1
            if self.cache is not None and digest and meta.get("error_kind") not in _UNREAD:
                key = self.file_keys.get(index)
                if key is not None:
                    self.pending_files.append((*key, digest))
                if decoded:
                    blob = blob_of.get(position)
                    self.pending_records.append((digest, self._record(digest, meta, None if blob is None else blob.tobytes())))
        self.bar.update(len(rows))
        if len(self.pending_files) + len(self.pending_records) >= _FLUSH_EVERY:
            self.flush()

    def _record(self, digest: str, meta: dict[str, Any], blob: bytes | None) -> Record:
        stored = json.dumps({k: v for k, v in meta.items() if k != "content_hash"}).encode()
        if blob is None:
            return Record(_worker.META_KEY, stored, "", b"")
        old = self.partial.pop(digest, None)
        if old is None:
            return Record(_worker.META_KEY, stored, self.layout, blob)
        offsets = parse_layout(self.layout)
        named = {key: blob[offset : offset + length] for key, (offset, length) in offsets.items()}
        return Record(_worker.META_KEY, stored, *pack_features({**unpack_features(old), **named}))

    def flush(self) -> None:
        if self.cache is not None and (self.pending_files or self.pending_records):
            self.cache.put(self.pending_files, self.pending_records)
        self.pending_files, self.pending_records = [], []


def _batches(sizes: Sequence[int], jobs: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of each batch of tasks whose byte sizes are ``sizes``.

    Small files go in large batches (per-batch costs, and numpy's per-call costs in the features,
    are shared by more images); a batch holds at most BATCH_BYTES of files, so that big files come a
    few at a time; and there are enough batches for the workers to finish together.
    """
    cap = int(min(MAX_BATCH, max(MIN_BATCH, len(sizes) // (jobs * 8))))
    out: list[tuple[int, int]] = []
    start, total = 0, 0
    for k, size in enumerate(sizes):
        if k > start and (k - start >= cap or total + size > BATCH_BYTES):
            out.append((start, k))
            start, total = k, 0
        total += size
    if start < len(sizes):
        out.append((start, len(sizes)))
    return out


def _run_pool(
    tasks: Sequence[Any],
    sizes: Sequence[int],
    worker_fn: Callable[[list[Any]], _worker.BatchResult],
    jobs: int,
    initargs: tuple,
    sink: _Sink,
) -> None:
    """Run ``worker_fn`` on batches of ``tasks`` (``sizes``: each task's bytes) and give the results to ``sink``."""
    if not tasks:
        return
    serial_seconds = len(tasks) * _SERIAL_SECONDS_PER_IMAGE + float(sum(sizes)) * _SERIAL_SECONDS_PER_BYTE
    try:
        # One BLAS thread for the batches this process runs itself, as in pool workers (see init_pool_worker).
        with threadpool_limits(limits=1, user_api="blas"):
            if jobs <= 1 or len(tasks) < MIN_PARALLEL_ITEMS or serial_seconds < MIN_PARALLEL_SECONDS:
                _worker.init_worker(*initargs)
                for start, stop in _batches(sizes, 1):
                    sink.take(worker_fn(list(tasks[start:stop])))
            else:
                _run_batches_in_pool(tasks, _batches(sizes, jobs), worker_fn, jobs, initargs, sink)
    finally:
        _worker.release_worker()


def _run_batches_in_pool(
    tasks: Sequence[Any],
    batches: list[tuple[int, int]],
    worker_fn: Callable[[list[Any]], _worker.BatchResult],
    jobs: int,
    initargs: tuple,
    sink: _Sink,
) -> None:
    """``worker_fn`` of each of ``batches`` (``(start, stop)`` into ``tasks``) on a pool of ``jobs`` processes,
    a bounded number in flight, and on this process while the pool starts."""
    in_flight_max = jobs * 4
    context = _pool_context()
    # A fork server this scan starts is stopped after it; one the program already ran is left alone.
    own_server = fork_server_to_start(context)
    own_tracker = own_server and _running("resource_tracker", "_pid") is False
    try:
        if own_server:
            _start_helpers_without_sigint()
        with _main_module_hidden(), ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_worker.init_pool_worker, initargs=initargs
        ) as pool:
            pending: set[Future] = set()
            first, last = 0, len(batches)  # batches[first:last] are not handed out yet
            pool_ready = False
            try:
                while first < last or pending:
                    while first < last and len(pending) < in_flight_max:
                        start, stop = batches[first]
                        pending.add(pool.submit(worker_fn, list(tasks[start:stop])))
                        first += 1
                    if not pool_ready and first < last:
                        done, pending = wait(pending, timeout=0, return_when=FIRST_COMPLETED)
                        if not done:
                            # The pool's processes may still be starting: a new forkserver first imports
                            # dataaudit, most of a second on one core. Meanwhile this process works
                            # through batches from the far end on the core that would sit idle.
                            if last == len(batches):
                                _worker.init_worker(*initargs)
                            last -= 1
                            start, stop = batches[last]
                            sink.take(worker_fn(list(tasks[start:stop])))
                            continue
                    else:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    pool_ready = True
                    for future in done:
                        sink.take(future.result())
            except BaseException:
                for future in pending:
                    future.cancel()
                _end_workers(pool)
                raise
    except BaseException:
        if own_server:
            # A worker still starting when the scan was interrupted is in no pool's list; and the server
            # itself may still be importing dataaudit, seconds before it would notice it is no longer needed.
            server_pid = getattr(_helper_process("forkserver"), "_forkserver_pid", None)
            _end_children(server_pid)
            if server_pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(server_pid, signal.SIGKILL)
        raise
    finally:
        if own_server:
            _stop("forkserver")  # waits for the server, which waits for every worker it forked
    if own_tracker:  # only after a clean run: a pool that failed may still hold semaphores it would report
        _stop("resource_tracker")


def scan(
    dataset: Dataset,
    feature_names: Sequence[str],
    *,
    cache: FeatureCache | None = None,
    jobs: int | None = None,
    progress: bool | None | Progress = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES,
    executor: Any = None,
) -> tuple[FeatureTable, ScanStats]:
    """Decode each image of ``dataset`` once and compute ``feature_names`` for it.

    ``progress``: a bar counting the images (None: only on a terminal or in Jupyter; see
    :class:`dataaudit.progress.Progress`). Large features go to files beside the cache (or in the
    temp folder), removed with the table (:mod:`dataaudit.scan.store`); ``chunk_size`` is the
    table's (images an auditor reads at once from them). Files over ``max_image_bytes``, and anything
    but regular files, are not read: their rows carry the reason (see :func:`dataaudit.safety.read_regular`).
    ``executor``: runs the batches of files elsewhere instead of in a local pool (a Dask cluster:
    :class:`dataaudit.distributed.DaskExecutor`).
    """
    started = time.perf_counter()
    samples = dataset.samples.reset_index(drop=True)
    n = len(samples)
    specs = [get_feature(name) for name in sorted(set(feature_names))]
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    stats = ScanStats(items=n, jobs=jobs, features=tuple(s.name for s in specs))
    if cache is not None and cache.usable:
        stats.cache, stats.cache_path = cache.mode, str(cache.path)
    else:
        cache = None
    modules = sorted({s.module for s in specs})

    if not dataset.has_images:
        meta = pd.DataFrame([{**META_COLUMNS, "format": "tabular"} for _ in range(n)])
        table = FeatureTable(pd.concat([samples, meta], axis=1), {}, chunk_size=chunk_size)
        stats.seconds = time.perf_counter() - started
        return table, stats

    large = [spec for spec in specs if on_disk(spec)]
    store = FeatureStore.create(n, large, work_folder(cache.path if cache is not None else None)) if large else None
    try:
        with Progress.resolve(progress).stage("scan", total=n, unit="images") as bar:
            sink = _Sink(n, specs, cache, stats, bar, store)
            if dataset.arrays is not None:
                _scan_arrays(dataset, samples, sink, jobs, modules)
            else:
                _scan_files(samples, sink, jobs, modules, max_image_bytes, dataset.remote, executor)
            sink.flush()
    except BaseException:
        if store is not None:
            store.remove()
        raise

    table = FeatureTable(pd.concat([samples, sink.meta.frame()], axis=1), sink.features, store=store,
                         chunk_size=chunk_size)
    stats.seconds = time.perf_counter() - started
    return table, stats


def _cached(sink: _Sink, digests: dict[int, str]) -> set[int]:
    """Fill rows whose meta and features are all cached; return their indices.

    An image that failed to decode has only its meta cached, and that is complete too: a corrupt
    file is not re-decoded on every run.
    """
    if sink.cache is None or not digests:
        return set()
    indices_of: dict[str, list[int]] = {}
    for index, digest in digests.items():
        indices_of.setdefault(digest, []).append(index)  # byte-identical copies share one record
    wanted = {spec.cache_key: spec.nbytes for spec in sink.specs}
    # Records share a handful of layouts: each is parsed and checked once, not once per image.
    layouts: dict[str, tuple[dict[str, tuple[int, int]] | None, int, bool]] = {}
    done: set[int] = set()
    # Batch by batch, so the records read never pile up: memory is reused instead of faulted in.
    for batch in sink.cache.iter_records(indices_of):
        batch = [(digest, record) for digest, record in batch if record.meta_key == _worker.META_KEY]
        by_layout: dict[str, list[tuple[int, Record]]] = {}
        filled: tuple[list[int], list[str], list[dict[str, Any]]] = ([], [], [])
        for (digest, record), meta in zip(batch, _parse_metas([record.meta for _, record in batch])):
            known = layouts.get(record.layout)
            if known is None:
                known = layouts[record.layout] = _layout_check(record.layout, wanted)
            layout, length, complete = known
            if meta is None or layout is None or len(record.features) != length:
                continue  # a damaged record: decode again
            failed = bool(meta.get("error_kind"))
            if not failed and not complete:
                sink.partial[digest] = record
                continue
            for index in indices_of[digest]:
                filled[0].append(index)
                filled[1].append(digest)
                filled[2].append(meta)
                done.add(index)
                if not failed:
                    by_layout.setdefault(record.layout, []).append((index, record))
        sink.fill_metas(*filled)
        for layout, items in by_layout.items():
            _fill_stacked(sink, parse_layout(layout), items)
    return done


def _layout_check(layout: str, wanted: dict[str, int]) -> tuple[dict[str, tuple[int, int]] | None, int, bool]:
    """A layout string's offsets (None when unreadable), the blob length it implies, and whether it holds
    every wanted feature (see :func:`record_layout` and :func:`has_features`)."""
    try:
        parsed = parse_layout(layout)
    except ValueError:
        return None, -1, False
    return parsed, sum(n for _, n in parsed.values()), has_features(parsed, wanted)


def _parse_metas(blobs: list[bytes]) -> list[dict[str, Any] | None]:
    """JSON metas, one json.loads for the lot (hundreds of small parses cost more than the SQLite
    reads); one by one only when something in the lot is damaged, which then reads as None."""
    try:
        metas = json.loads(b"[" + b",".join(blobs) + b"]") if blobs else []
        if all(isinstance(m, dict) for m in metas) and len(metas) == len(blobs):
            return metas
    except ValueError:
        pass
    out: list[dict[str, Any] | None] = []
    for blob in blobs:
        try:
            meta = json.loads(blob)
        except ValueError:
            meta = None
        out.append(meta if isinstance(meta, dict) else None)
    return out


def _fill_stacked(sink: _Sink, offsets: dict[str, tuple[int, int]], items: list[tuple[int, Record]]) -> None:
    """Records of one layout stack into a 2-D byte array; each feature is a column slice of it."""
    stacked = np.frombuffer(b"".join([record.features for _, record in items]), dtype=np.uint8)
    _fill_columns(sink, offsets, [index for index, _ in items], stacked.reshape(len(items), -1))


def _fill_columns(sink: _Sink, offsets: dict[str, tuple[int, int]], rows: Sequence[int], stacked: np.ndarray) -> None:
    """Row ``k`` of ``stacked`` (uint8, one packed record per row) holds table row ``rows[k]``'s features."""
    if not len(rows):
        return
    index = np.asarray(rows, dtype=np.int64)
    for spec in sink.specs:
        offset, length = offsets[spec.cache_key]
        sink.put(spec, index, stacked[:, offset : offset + length].view(spec.dtype))  # rows strided, bytes contiguous


class _FileKeys:
    """Each file's ``(path, size, mtime_ns)`` as ``os.stat`` saw it, kept as columns (a million tuples in a dict
    would cost a few hundred MB); ``get(index)`` is None for a row without a readable file."""

    def __init__(self, paths: Sequence[str | None] = ()):
        self.paths = paths
        self.sizes = np.zeros(len(paths), dtype=np.int64)
        self.mtimes = np.zeros(len(paths), dtype=np.int64)
        self.statted = np.zeros(len(paths), dtype=bool)

    def get(self, index: int) -> tuple[str, int, int] | None:
        if index >= len(self.statted) or not self.statted[index]:
            return None  # not a file (an array source), or one that could not be read
        return self.paths[index], int(self.sizes[index]), int(self.mtimes[index])  # type: ignore[return-value]


class _FileTasks:
    """The ``(index, path)`` tasks of the files to decode, made a batch at a time by slicing."""

    def __init__(self, indices: np.ndarray, paths: Sequence[str | None]):
        self.indices, self.paths = indices, paths

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, rows: slice) -> list[tuple[int, str]]:
        return [(index, self.paths[index]) for index in self.indices[rows].tolist()]  # type: ignore[misc]


#: Files looked up in the cache at once: the lookup's path and hash dicts stay this small.
_LOOKUP_CHUNK = 20_000


def _scan_files(samples: pd.DataFrame, sink: _Sink, jobs: int, modules: list[str], max_bytes: int,
                remote: Any = None, executor: Any = None) -> None:
    """``remote``: the listing's objects in object storage (a ``dataaudit.storage.RemoteFiles``), if any."""
    paths = samples["path"].tolist()
    keys = sink.file_keys = _FileKeys(paths)
    for index, path in enumerate(paths):
        if path is None:
            meta = _worker.empty_meta()
            meta.update(error_kind="missing", error="no file")
            sink.fill_meta(index, "", meta)
            continue
        try:
            if remote is None:
                st = os.stat(path)
                if not stat.S_ISREG(st.st_mode):
                    raise NotRegularFile(path, file_kind(st.st_mode))
            else:
                st = remote.stat(path)
            if st.st_size > max_bytes:
                raise FileTooLarge(path, st.st_size, max_bytes)
        except OSError as exc:
            sink.fill_meta(index, "", _worker.unread_meta(path, exc))
            continue
        keys.sizes[index], keys.mtimes[index], keys.statted[index] = st.st_size, st.st_mtime_ns, True

    todo = np.flatnonzero(keys.statted)
    sink.bar.update(len(paths) - len(todo))
    hit = np.zeros(len(paths), dtype=bool)
    if sink.cache is not None:
        for start in range(0, len(todo), _LOOKUP_CHUNK):
            chunk = todo[start : start + _LOOKUP_CHUNK].tolist()
            stat_keys = [keys.get(index) for index in chunk]  # sources give absolute paths
            index_of_path = {key[0]: index for index, key in zip(chunk, stat_keys)}  # type: ignore[index]
            known = sink.cache.lookup_paths(stat_keys)  # type: ignore[arg-type]
            hits = _cached(sink, {index_of_path[p]: d for p, d in known.items()})
            hit[list(hits)] = True
            sink.bar.update(len(hits))
    sink.stats.path_cache_hits = int(hit.sum())
    remaining = todo[~hit[todo]]
    cache_path = str(sink.cache.path) if sink.cache is not None else None
    worker_fn = _worker.process_files if remote is None else remote.batch_reader()
    initargs = ([s.name for s in sink.specs], modules, cache_path, max_bytes)
    if executor is not None:
        executor.run(_FileTasks(remaining, paths), keys.sizes[remaining].tolist(), worker_fn, initargs, sink)
    else:
        _run_pool(_FileTasks(remaining, paths), keys.sizes[remaining].tolist(), worker_fn, jobs, initargs, sink)


def _scan_arrays(
    dataset: Dataset, samples: pd.DataFrame, sink: _Sink, jobs: int, modules: list[str]
) -> None:
    assert dataset.arrays is not None
    images: dict[str, np.ndarray] = {}
    for split, (x, _y) in dataset.arrays.items():
        # One scaling decision per split, so a dark float image is not rescaled on its own.
        images[split] = to_uint8(np.asarray(x))
    digests: dict[int, str] = {}
    for index, (split, ai) in enumerate(zip(samples["split"].tolist(), samples["array_index"].tolist())):
        digests[index] = _worker.array_hash(images[split][ai])
    hits = _cached(sink, digests)
    sink.stats.content_cache_hits = len(hits)
    sink.bar.update(len(hits))
    tasks = [
        (index, digests[index], images[split][ai])
        for index, (split, ai) in enumerate(zip(samples["split"].tolist(), samples["array_index"].tolist()))
        if index not in hits
    ]
    sizes = [int(array.nbytes) for _, _, array in tasks]
    _run_pool(tasks, sizes, _worker.process_arrays, jobs, ([s.name for s in sink.specs], modules, None), sink)

