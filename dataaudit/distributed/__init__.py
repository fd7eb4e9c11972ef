"""The audit on a Dask cluster: ``audit(source, client=dask.distributed.Client(...))``.

The scan runs on the cluster (:mod:`dataaudit.distributed.executor`); the auditors run in the calling
process on the feature table the scan leaves there, their heavy tasks (the leakage search's bands and
verification batches, the variety classes) on the cluster's workers (:mod:`dataaudit.distributed.tasks`).
See ``docs/scaling.md``.
"""

from __future__ import annotations

from typing import Any

from dataaudit.errors import InputError

__all__ = ["DaskExecutor", "connect", "executor_for"]


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise InputError("Running the audit on a Dask cluster needs dask.distributed; install it with: "
                         "pip install 'dataaudit[dask]'") from None


def connect(scheduler: str) -> Any:
    """A ``distributed.Client`` for ``--scheduler``: ``local`` or ``local:N`` starts a LocalCluster of N worker
    processes (default: one per core) on this machine; anything else is a scheduler's address."""
    _require_distributed()
    from distributed import Client, LocalCluster

    if scheduler == "local" or scheduler.startswith("local:"):
        n = scheduler.partition(":")[2]
        if n and not (n.isdigit() and int(n) > 0):
            raise InputError(f"--scheduler local:N takes a number of workers; got {scheduler!r}.")
        cluster = LocalCluster(n_workers=int(n) if n else None, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        return Client(cluster)
    try:
        return Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"Cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def executor_for(client: Any, work_dir: str | None, storage_options: Any, source: Any) -> Any:
    """The scan's executor on ``client``, writing partitions under ``work_dir``, read with ``storage_options`` unless
    the source is a URL of another protocol (whose options they are)."""
    _require_distributed()
    from distributed import Client

    from dataaudit import storage
    from dataaudit.distributed.executor import DaskExecutor

    if not isinstance(client, Client):
        raise InputError(f"client= takes a dask.distributed.Client; got {type(client).__name__}.")
    reader = None
    if work_dir is not None and storage.is_url(str(work_dir)):
        protocol = storage.source_protocol(str(work_dir))
        same = not storage.is_url(source) or storage.source_protocol(source) == protocol
        reader = storage.remote_reader(str(work_dir), storage_options if same else None)
    return DaskExecutor(client, None if work_dir is None else str(work_dir), reader)


def __getattr__(name: str) -> Any:
    if name == "DaskExecutor":
        from dataaudit.distributed.executor import DaskExecutor

        return DaskExecutor
    raise AttributeError(name)
