"""The scan's large features on disk, so that memory does not grow with the dataset.

A feature of more than :data:`IN_MEMORY_BYTES` per image (``luma32``, ``thumb32``, ``gray64``, ...)
is written by the scan into a ``.npy`` file of its own, rows in table order (zero rows for images
without features), in a work folder: ``<cache folder>/scans/`` when the audit has a cache, the
temporary folder otherwise. Only compact per-image signatures (hashes, colour statistics: tens of
bytes) stay in memory.

Every read copies the rows asked for into a new array (consecutive rows with one plain read, others
through a mapping of the file dropped right after), so the pages a read touched do not stay in the
process's resident memory: an auditor that walks a feature chunk by chunk holds one chunk at a time. The folder is removed when the :class:`FeatureStore` is garbage
collected (with the table and report that hold it) or at interpreter exit; a folder left behind by
a process that was killed (its lock file no longer locked) is removed by the next scan.
"""

from __future__ import annotations

import mmap
import os
import shutil
import tempfile
import threading
import uuid
import warnings
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from dataaudit.errors import FeatureStoreError, FeatureStoreWarning

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: folders of killed processes are left to the temp cleaner
    fcntl = None  # type: ignore[assignment]
from dataaudit.scan.features import FeatureSpec

__all__ = ["FeatureStore", "FeatureRows", "IN_MEMORY_BYTES", "DEFAULT_CHUNK_SIZE", "on_disk", "work_folder"]

#: Features of at most this many bytes per image stay in memory: 1M images cost at most this many MB each.
IN_MEMORY_BYTES = 256
#: Images an auditor reads at once when it walks a whole on-disk feature (the ``chunk_size`` option).
DEFAULT_CHUNK_SIZE = 16384
_FOLDER_PREFIX = "scan-"
_NPY_ALIGN = 64


def on_disk(spec: FeatureSpec) -> bool:
    """Whether the scan keeps ``spec`` in a file rather than in memory."""
    return spec.nbytes > IN_MEMORY_BYTES


def work_folder(cache_path: Path | None) -> Path:
    """Where a scan's feature files go: beside the cache file when there is one, else the temp folder."""
    if cache_path is not None:
        return Path(cache_path).parent / "scans"
    user = getattr(os, "getuid", lambda: None)()
    return Path(tempfile.gettempdir()) / ("dataaudit-scans" if user is None else f"dataaudit-scans-{user}")


_LOCK_NAME = ".lock"


def _lock(fd: int, wait: bool) -> bool:
    """Take an exclusive lock on ``fd``'s file; False when another process holds it."""
    assert fcntl is not None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _sweep(parent: Path) -> None:
    """Remove scan folders whose process is gone (killed before it could clean up).

    A live store holds a lock on its folder's lock file, so a folder whose lock can be taken is stale;
    unlike the process id in its name, this holds across pid reuse and containers sharing a cache folder.
    """
    if fcntl is None:  # pragma: no cover
        return
    try:
        entries = [entry for entry in os.scandir(parent) if entry.name.startswith(_FOLDER_PREFIX)]
    except OSError:
        return
    for entry in entries:
        try:
            fd = os.open(os.path.join(entry.path, _LOCK_NAME), os.O_RDWR)
        except OSError:
            continue  # no lock file (yet): being created, or not ours
        try:
            if _lock(fd, wait=False):
                shutil.rmtree(entry.path, ignore_errors=True)
        finally:
            os.close(fd)


def _remove(folder: Path, fds: list[int]) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
    fds.clear()
    shutil.rmtree(folder, ignore_errors=True)


def _npy_header(shape: tuple[int, ...], dtype: np.dtype) -> bytes:
    """A ``.npy`` version 1.0 header, padded so that the data starts at a multiple of _NPY_ALIGN."""
    text = repr({"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False, "shape": shape})
    preamble = 10  # magic (6), version (2), header length (2)
    pad = -(preamble + len(text) + 1) % _NPY_ALIGN
    text = text + " " * pad + "\n"
    return np.lib.format.magic(1, 0) + len(text).to_bytes(2, "little") + text.encode("latin1")


class FeatureStore:
    """A scan's on-disk features: one ``<name>.npy`` of ``(n, *shape)`` per feature in ``folder``.

    Made by the scan (:meth:`create`), then only read. Reading methods raise
    :class:`~dataaudit.errors.FeatureStoreError` when a file went missing or was changed.
    """

    def __init__(self, folder: Path, n: int, specs: Sequence[FeatureSpec]):
        self.folder = Path(folder)
        self.n = int(n)
        self.specs = {spec.name: spec for spec in specs}
        self._fds: list[int] = []
        self._fd: dict[str, int] = {}
        self._offset: dict[str, int] = {}
        self._row_bytes = {spec.name: spec.nbytes for spec in specs}
        self._write_lock = threading.Lock()
        self._remover = weakref.finalize(self, _remove, self.folder, self._fds)
        try:
            if fcntl is not None:
                # Locked before it takes its name, so that no sweep ever finds it unlocked; held until the folder goes.
                lock = os.open(self.folder / (_LOCK_NAME + ".new"), os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                self._fds.append(lock)
                _lock(lock, wait=True)
                os.rename(self.folder / (_LOCK_NAME + ".new"), self.folder / _LOCK_NAME)
            for spec in specs:
                header = _npy_header((self.n, *spec.shape), np.dtype(spec.dtype))
                fd = os.open(self.path(spec.name), os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                self._fds.append(fd)
                self._fd[spec.name] = fd
                self._offset[spec.name] = len(header)
                os.write(fd, header)
                # Sparse: rows no image fills (undecodable ones) read as zeros, as in-memory features did.
                os.ftruncate(fd, len(header) + self.n * spec.nbytes)
        except OSError:
            self.remove()
            raise

    @classmethod
    def create(cls, n: int, specs: Sequence[FeatureSpec], parent: Path) -> FeatureStore | None:
        """A new store in a fresh folder under ``parent`` (else the temp folder); None when no folder can
        be written, with a :class:`~dataaudit.errors.FeatureStoreWarning` (the features then stay in memory)."""
        candidates = [Path(parent)]
        fallback = work_folder(None)
        if fallback != candidates[0]:
            candidates.append(fallback)
        problems = []
        for where in candidates:
            folder = where / f"{_FOLDER_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
            try:
                where.mkdir(parents=True, exist_ok=True)
                _sweep(where)
                folder.mkdir(mode=0o700)
                return cls(folder, n, specs)
            except OSError as exc:
                problems.append(f"{where}: {exc.strerror or exc}")
        warnings.warn(
            "dataaudit could not create a folder for the scan's feature files ("
            + "; ".join(problems) + "); keeping them in memory, which needs about "
            f"{n * sum(s.nbytes for s in specs) / 1e6:,.0f} MB",
            FeatureStoreWarning,
            stacklevel=3,
        )
        return None

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.npy"

    def __contains__(self, name: object) -> bool:
        return name in self.specs

    @property
    def names(self) -> list[str]:
        return list(self.specs)

    # -- writing (the scan) ---------------------------------------------------------------------------

    def write(self, name: str, rows: np.ndarray, values: np.ndarray) -> None:
        """Store ``values[k]`` as row ``rows[k]`` of feature ``name``; one write per run of consecutive rows."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return
        spec = self.specs[name]
        values = np.asarray(values).reshape(len(rows), -1)
        if len(rows) > 1 and not bool(np.all(rows[1:] > rows[:-1])):
            order = np.argsort(rows, kind="stable")
            rows, values = rows[order], values[order]  # file order, so that runs of rows are one write each
        breaks = np.flatnonzero(np.diff(rows) != 1) + 1
        starts = np.r_[0, breaks]
        stops = np.r_[breaks, len(rows)]
        fd, offset, row_bytes = self._fd[name], self._offset[name], self._row_bytes[name]
        try:
            for start, stop in zip(starts.tolist(), stops.tolist()):
                block = np.ascontiguousarray(values[start:stop]).view(np.uint8)
                _pwrite(fd, block, offset + int(rows[start]) * row_bytes, self._write_lock)
        except OSError as exc:
            raise FeatureStoreError(
                f"Could not write the scan's {name!r} feature to {self.folder} ({exc.strerror or exc}); free some "
                "disk space there, or point the cache elsewhere (cache=PATH or DATAAUDIT_CACHE_DIR)."
            ) from None

    # -- reading ------------------------------------------------------------------------------------

    def _checked(self, name: str) -> tuple[int, int, FeatureSpec]:
        if name not in self.specs:
            raise KeyError(f"feature {name!r} is not in this store")
        fd = self._fd.get(name)
        spec = self.specs[name]
        expected = self._offset[name] + self.n * self._row_bytes[name]
        try:
            if fd is None:
                raise FileNotFoundError(2, "closed")
            size = os.fstat(fd).st_size
        except OSError:
            size = -1
        if size != expected:
            raise FeatureStoreError(
                f"The scan's feature file {self.path(name)} is missing or was changed (expected {expected:,} bytes, "
                f"found {'none' if size < 0 else f'{size:,}'}); run the audit again."
            )
        return fd, self._offset[name], spec  # type: ignore[return-value]

    def read(self, name: str, key: Any = slice(None)) -> np.ndarray:
        """``feature[key]`` as a new in-memory array: ``key`` indexes rows as numpy indexes an
        ``(n, *shape)`` array (an int, a slice, an integer or boolean array, or a tuple starting with one)."""
        fd, offset, spec = self._checked(name)
        row_key, rest = (key[0], key[1:]) if isinstance(key, tuple) else (key, ())
        if isinstance(row_key, slice) and row_key.step in (None, 1):
            # Consecutive rows: one plain read, no mapping.
            start, stop, _ = row_key.indices(self.n)
            out = _pread_rows(fd, offset, spec, start, max(start, stop))
        elif isinstance(row_key, (int, np.integer)):
            row = int(row_key) + (self.n if int(row_key) < 0 else 0)
            if not 0 <= row < self.n:
                raise IndexError(f"row {int(row_key)} is out of bounds for {self.n} rows")
            out = _pread_rows(fd, offset, spec, row, row + 1)[0]
        else:
            out = self._gather(fd, offset, spec, row_key)
        return _apply_rest(out, len(spec.shape), rest)

    def _gather(self, fd: int, offset: int, spec: FeatureSpec, row_key: Any) -> np.ndarray:
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        try:
            view = np.frombuffer(mapped, dtype=spec.dtype, count=self.n * int(np.prod(spec.shape, dtype=np.int64)),
                                 offset=offset).reshape(self.n, *spec.shape)
            out = view[row_key]
            if np.may_share_memory(out, view):  # a slice with a step, or Ellipsis: a view of the mapping
                out = out.copy()
            del view
        finally:
            try:
                mapped.close()  # unmapped now: the touched pages leave this process's resident memory
            except BufferError:
                pass  # still exported somewhere: closed when collected
        return out

    def open(self, name: str) -> np.memmap:
        """The whole feature as a read-only memory map (pages it touches stay resident while it lives)."""
        fd, offset, spec = self._checked(name)
        try:
            # Through the open file, not its path: the map stays valid whatever happens to the folder.
            with os.fdopen(os.dup(fd), "rb") as fh:
                return np.memmap(fh, dtype=spec.dtype, mode="r", offset=offset, shape=(self.n, *spec.shape))
        except (OSError, ValueError) as exc:
            raise FeatureStoreError(
                f"The scan's feature file {self.path(name)} cannot be read ({exc}); run the audit again."
            ) from None

    def remove(self) -> None:
        """Delete the files now (reads fail from then on)."""
        self._fd.clear()
        self._remover()

    @property
    def removed(self) -> bool:
        return not self._remover.alive


def _pwrite(fd: int, block: np.ndarray, position: int, lock: threading.Lock) -> None:
    data = memoryview(block).cast("B")
    if hasattr(os, "pwrite"):
        while len(data):
            written = os.pwrite(fd, data, position)
            data, position = data[written:], position + written
        return
    with lock:  # pragma: no cover - platforms without pwrite (Windows)
        os.lseek(fd, position, os.SEEK_SET)
        while len(data):
            data = data[os.write(fd, data):]


def _apply_rest(out: np.ndarray, feature_dims: int, rest: tuple) -> np.ndarray:
    """``out`` (rows read, then the feature's own axes) indexed by what followed the row selector."""
    if not rest:
        return out
    if any(isinstance(part, (list, np.ndarray)) for part in rest):
        raise TypeError("index the rows of an on-disk feature first, then the pixels of the array it returns")
    return out[(slice(None),) * (out.ndim - feature_dims) + tuple(rest)]


def _pread_rows(fd: int, offset: int, spec: FeatureSpec, start: int, stop: int) -> np.ndarray:
    out = np.empty((stop - start, *spec.shape), dtype=spec.dtype)
    target = memoryview(out.reshape(-1).view(np.uint8))
    position = offset + start * (len(target) // max(stop - start, 1))
    done = 0
    while done < len(target):
        if hasattr(os, "preadv"):
            got = os.preadv(fd, [target[done:]], position + done)
        else:  # pragma: no cover - platforms without preadv
            chunk = os.pread(fd, len(target) - done, position + done)
            target[done : done + len(chunk)] = chunk
            got = len(chunk)
        if got == 0:
            raise FeatureStoreError(f"A scan feature file ended early (fd {fd}); run the audit again.")
        done += got
    return out


class FeatureRows:
    """Rows of one feature, read when indexed: ``rows[key]`` is a new array, as numpy's
    ``array[key]`` would be, and nothing read stays in memory after.

    ``FeatureTable.feature_rows(name, rows)`` makes one; ``rows`` (optional) picks and orders
    the table rows it shows, so ``feature_rows(name, rows)[k]`` is table row ``rows[k]``.
    Walk a whole feature with :meth:`chunks`; ``np.asarray(feature_rows)`` reads everything.
    """

    def __init__(self, source: FeatureStore | np.ndarray, name: str, rows: np.ndarray | None = None,
                 chunk_size: int = DEFAULT_CHUNK_SIZE):
        self._source = source
        self.name = name
        self._rows = None if rows is None else np.asarray(rows, dtype=np.int64)
        self.chunk_size = int(chunk_size)
        if isinstance(source, FeatureStore):
            spec = source.specs[name]
            self.dtype, self._row_shape, total = np.dtype(spec.dtype), tuple(spec.shape), source.n
        else:
            self.dtype, self._row_shape, total = source.dtype, tuple(source.shape[1:]), len(source)
        self._len = total if self._rows is None else len(self._rows)

    @property
    def shape(self) -> tuple[int, ...]:
        return (self._len, *self._row_shape)

    @property
    def ndim(self) -> int:
        return 1 + len(self._row_shape)

    def __len__(self) -> int:
        return self._len

    def _read(self, key: Any) -> np.ndarray:
        if isinstance(self._source, FeatureStore):
            return self._source.read(self.name, key)
        return np.array(self._source[key])

    def __getitem__(self, key: Any) -> np.ndarray:
        if self._rows is None:
            return self._read(key)
        row_key, rest = (key[0], key[1:]) if isinstance(key, tuple) else (key, ())
        picked = self._rows[row_key]  # numpy's own checks and semantics for the row selector
        if picked.ndim == 0:
            out = self._read(int(picked))
        elif picked.ndim == 1 and len(picked) > 1 and picked[-1] - picked[0] == len(picked) - 1 \
                and bool(np.all(np.diff(picked) == 1)):
            out = self._read(slice(int(picked[0]), int(picked[-1]) + 1))  # consecutive rows: one plain read
        else:
            out = self._read(picked)
        return _apply_rest(out, len(self._row_shape), rest)

    def file(self) -> tuple[str, tuple[int, ...], str, np.ndarray | None] | None:
        """Where other processes can read these rows: ``(path of the .npy file, its shape, dtype, the rows
        picked or None)``; None for rows held in memory."""
        if not isinstance(self._source, FeatureStore):
            return None
        self._source._checked(self.name)
        return (str(self._source.path(self.name)), (self._source.n, *self._row_shape), self.dtype.str, self._rows)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        out = self[:]
        return out if dtype is None else out.astype(dtype, copy=False)

    def chunks(self, size: int | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """``(start, rows[start:start + size])`` blocks in order: the way to walk a whole feature."""
        size = self.chunk_size if size is None else max(1, int(size))
        for start in range(0, self._len, size):
            yield start, self[start : start + size]
