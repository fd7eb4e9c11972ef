"""Where an auditor's heavy, independent pieces of work run: in this process, on a local process pool, or on
the Dask cluster of ``audit(..., client=)``.

An auditor cuts such work into tasks: a plain function of plain arguments (small arrays, row indices) that
returns compact results (pair indices, scores), and hands them to ``ctx.tasks.map(fn, args, name)``; the
results come back in order, so what the auditor computes does not depend on where the tasks ran. What
every task reads (a feature of every image, the codes searched) is not sent with each task: the auditor
shares it once (:meth:`Tasks.share` for an array in memory, :meth:`Tasks.share_rows` for the scan's
on-disk feature rows), and each task reads the shared handle where it runs: a file memory-mapped by a
process on this machine, or read once per worker process from the work folder of a cluster.

- :class:`Tasks` (no pool): runs tasks here, one after another; sharing is the identity.
- :class:`PoolTasks`: a process pool on this machine (started on first use, stopped with the audit).
- :class:`dataaudit.distributed.tasks.DaskTasks`: the cluster's workers, tasks named ``dataaudit-<name>``
  on the dashboard.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Tasks", "PoolTasks", "local_tasks", "SharedArray", "SharedRows", "IN_PROCESS", "run_task", "forget_shared"]

#: Shared arrays a worker process keeps open (memory maps, or arrays read from a work folder URL).
_OPEN_LIMIT = 16
_opened: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
_opened_lock = threading.Lock()


@dataclass(frozen=True)
class SharedArray:
    """An array written once where tasks can read it: a ``.npy`` file (memory-mapped where it is read) or a
    URL (read whole, once per process, with ``reader``). Indexable like the array; only its description
    travels with a task."""

    location: str
    shape: tuple[int, ...]
    dtype: str
    reader: Any = field(default=None, compare=False)

    def get(self) -> np.ndarray:
        key = (self.location, self.dtype)
        with _opened_lock:
            array = _opened.get(key)
            if array is not None:
                _opened.move_to_end(key)
                return array
        if self.reader is None:
            array = np.load(self.location, mmap_mode="r", allow_pickle=False)
        else:
            fs, path = self.reader.filesystem(self.location)
            array = np.load(io.BytesIO(fs.cat_file(path)), allow_pickle=False)
        with _opened_lock:
            _opened[key] = array
            while len(_opened) > _OPEN_LIMIT:
                _opened.popitem(last=False)
        return array

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, key: Any) -> np.ndarray:
        return np.array(self.get()[key])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        out = np.array(self.get())
        return out if dtype is None else out.astype(dtype, copy=False)


@dataclass(frozen=True)
class SharedRows:
    """Rows ``rows`` (None: all) of a shared feature file, indexable like the ``FeatureRows`` they stand for."""

    base: SharedArray
    rows: SharedArray | None = None

    @property
    def shape(self) -> tuple[int, ...]:
        return (len(self), *self.base.shape[1:])

    @property
    def dtype(self) -> np.dtype:
        return np.dtype(self.base.dtype)

    def __len__(self) -> int:
        return len(self.base) if self.rows is None else len(self.rows)

    def __getitem__(self, key: Any) -> np.ndarray:
        if self.rows is None:
            return self.base[key]
        row_key, rest = (key[0], key[1:]) if isinstance(key, tuple) else (key, ())
        return np.array(self.base.get()[(self.rows.get()[row_key], *rest)])


def forget_shared() -> None:
    """Close what this process opened of shared arrays (a long-lived cluster worker, after an audit: memory maps
    of deleted files keep their disk space, arrays read from a URL their memory)."""
    with _opened_lock:
        _opened.clear()


def run_task(fn: Callable[..., Any], args: tuple) -> Any:
    """One task where it runs: one BLAS thread (tasks multiply small matrices; several processes or threads
    each with a multi-threaded BLAS oversubscribe the cores)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        return fn(*args)


class Tasks:
    """Runs tasks in this process, in order (no pool: an audit without parallel workers, or too little work)."""

    #: Processes the tasks run on (an auditor cuts at least this many pieces of work to use them all).
    workers = 1
    #: Where the tasks run, for reports and tests.
    kind = "in-process"

    def parallel(self, seconds: float) -> Tasks:
        """The runner for work that would take about ``seconds`` in one process: this one, or in-process when
        starting the pool would cost more than it saves."""
        return self

    def share(self, array: np.ndarray) -> Any:
        """``array`` as the tasks will read it (here: the array itself)."""
        return array

    def share_rows(self, rows: Any) -> Any:
        """The scan's feature rows (a ``FeatureRows`` or an array) as the tasks will read them (here: themselves)."""
        return rows

    def map(self, fn: Callable[..., Any], args: Sequence[tuple], name: str) -> list[Any]:
        """``[fn(*a) for a in args]``: each a task named ``name`` (what a dashboard shows)."""
        return [run_task(fn, a) for a in args]

    def close(self) -> None:
        """Stop what the runner started (a pool; files it shared)."""


IN_PROCESS = Tasks()


class _FileSharing(Tasks):
    """Sharing through ``.npy`` files in a folder of this runner's own (removed by :meth:`close`), for workers that
    read this machine's files; the scan's on-disk features are shared as they are, without a copy."""

    def __init__(self) -> None:
        self._folder: str | None = None

    def _path(self) -> str:
        if self._folder is None:
            self._folder = tempfile.mkdtemp(prefix="dataaudit-tasks-")
        return os.path.join(self._folder, f"{uuid.uuid4().hex}.npy")

    def share(self, array: np.ndarray) -> SharedArray:
        array = np.ascontiguousarray(array)
        path = self._path()
        np.save(path, array, allow_pickle=False)
        return SharedArray(path, tuple(array.shape), array.dtype.str)

    def share_rows(self, rows: Any) -> Any:
        from dataaudit.scan.store import FeatureRows

        located = rows.file() if isinstance(rows, FeatureRows) else None
        if located is None:
            return self.share(np.asarray(rows))
        path, shape, dtype, picked = located
        base = self._share_file(path, shape, dtype)
        return SharedRows(base, None if picked is None else self.share(picked))

    def _share_file(self, path: str, shape: tuple[int, ...], dtype: str) -> SharedArray:
        return SharedArray(path, shape, dtype)

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


#: A pool is started only for work that would take at least this long in one process: starting it (a fork
#: server, workers importing numpy and dataaudit) costs about a second.
MIN_POOL_SECONDS = 4.0
#: Whether an audit without a cluster runs its auditors' tasks on a local pool (:func:`local_tasks`). Off: on
#: the 2-core development machine the pool was not measured faster than the calling process, whose leakage
#: search and verification already use threads (docs/scaling.md); benchmarks/distributed.py --pool-auditors
#: measures it again.
LOCAL_POOL = False


def local_tasks(jobs: int) -> Tasks:
    """Where an audit without a cluster runs its auditors' tasks: a pool of ``jobs`` processes when LOCAL_POOL is
    on, else the calling process."""
    return PoolTasks(jobs) if LOCAL_POOL and jobs > 1 else IN_PROCESS


class PoolTasks(_FileSharing):
    """A pool of ``workers`` processes on this machine, started on first use (``forkserver``, as the scan's)."""

    kind = "local pool"

    def __init__(self, workers: int):
        super().__init__()
        self.workers = max(1, int(workers))
        self._pool: Any = None
        self._own_server = False

    def parallel(self, seconds: float) -> Tasks:
        return self if self.workers > 1 and seconds >= MIN_POOL_SECONDS else IN_PROCESS

    def _started(self) -> Any:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            from dataaudit.scan import scanner
            from dataaudit.scan.worker import unblock_sigterm

            context = scanner._pool_context()
            self._own_server = scanner.fork_server_to_start(context)
            if self._own_server:
                scanner._start_helpers_without_sigint()
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                             initializer=unblock_sigterm)
        return self._pool

    def map(self, fn: Callable[..., Any], args: Sequence[tuple], name: str) -> list[Any]:
        from dataaudit.scan.scanner import _main_module_hidden

        if len(args) <= 1:
            return super().map(fn, args, name)
        pool = self._started()
        with _main_module_hidden():  # the pool starts its processes on submission: they must not run __main__
            futures = [pool.submit(run_task, fn, a) for a in args]
        try:
            return [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise

    def close(self) -> None:
        from dataaudit.scan import scanner

        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            if self._own_server:
                scanner._stop("forkserver")
        super().close()

