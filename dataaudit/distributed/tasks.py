"""The auditors' tasks on a Dask cluster (:class:`dataaudit.engine.tasks.Tasks` for ``audit(..., client=)``).

Each task is a Dask task named ``dataaudit-<name>`` (the dashboard shows the leakage search's bands, its
verification batches, the variety auditor's classes), retried like the scan's partitions when a worker
dies. Shared arrays reach the workers through files: on a cluster whose workers run on this machine, the
scan's feature files and this runner's own folder are read in place (memory-mapped); on workers elsewhere,
each shared array is written once to the work folder (``work_dir``) and read once per worker process.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from dataaudit.engine.tasks import SharedArray, _FileSharing, forget_shared, run_task

__all__ = ["DaskTasks", "TASK_PREFIX"]

#: Dask task names start with this (``key_split`` of the keys is ``dataaudit-<name>``).
TASK_PREFIX = "dataaudit"


class DaskTasks(_FileSharing):
    """Auditor tasks on ``executor``'s cluster, shared arrays in its work folder when the workers are elsewhere."""

    kind = "dask"

    def __init__(self, executor: Any):
        super().__init__()
        self.executor = executor
        self.client = executor.client
        self.workers = executor._threads()
        self._remote_folder: str | None = None
        self._local = executor.workers_are_local()
        self._shared_any = False

    def parallel(self, seconds: float) -> DaskTasks:
        return self  # the cluster is running already: every piece of work goes there

    def _remote_path(self) -> str:
        if self._remote_folder is None:
            self._remote_folder = self.executor._run_folder()
        return f"{self._remote_folder}/{uuid.uuid4().hex}.npy"

    def share(self, array: np.ndarray) -> SharedArray:
        self._shared_any = True
        if self._local:
            return super().share(array)
        array = np.ascontiguousarray(array)
        target = self._remote_path()
        with self.executor.open_for_writing(target) as fh:
            np.save(fh, array, allow_pickle=False)
        return SharedArray(target, tuple(array.shape), array.dtype.str, self.executor.work_reader)

    def _share_file(self, path: str, shape: tuple[int, ...], dtype: str) -> SharedArray:
        self._shared_any = True
        if self._local:
            return super()._share_file(path, shape, dtype)
        target = self._remote_path()
        with open(path, "rb") as source, self.executor.open_for_writing(target) as fh:
            while block := source.read(16 << 20):
                fh.write(block)
        return SharedArray(target, shape, dtype, self.executor.work_reader)

    def map(self, fn: Callable[..., Any], args: Sequence[tuple], name: str) -> list[Any]:
        token = uuid.uuid4().hex[:12]
        futures = [self.client.submit(run_task, fn, a, key=f"{TASK_PREFIX}-{name}-{token}-{k}", pure=False, retries=2)
                   for k, a in enumerate(args)]
        try:
            return self.client.gather(futures)
        except BaseException:
            self.client.cancel(futures)
            raise
        finally:
            for future in futures:
                future.release()

    def close(self) -> None:
        if self._shared_any:
            try:
                self.client.run(forget_shared)  # the workers outlive the audit: let go of its shared arrays
            except Exception:  # noqa: BLE001 - a worker gone or the cluster closing: nothing left to free there
                pass
        if self._remote_folder is not None:
            self.executor._remove(self._remote_folder, folder=True)
            self._remote_folder = None
        super().close()
