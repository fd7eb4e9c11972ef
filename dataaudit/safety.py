"""The safety boundary: what dataaudit reads, and where it may write.

Reading: only regular files are opened for their content. A FIFO would block a reader forever, a
socket or a device (``/dev/zero`` behind a symlink) never ends or has side effects, so every read of
a dataset file goes through :func:`open_regular` (``stat`` before ``open``, ``O_NONBLOCK`` so that a
file swapped for a FIFO in between cannot block either) and a size cap (:func:`read_regular`).

Writing: :class:`WriteBoundary` holds the audited dataset's resolved folders and files; every path
dataaudit writes (the cache, reports, baselines, fix files) is checked against it with
:meth:`WriteBoundary.check`, following symbolic links, so that no dataset file is ever replaced.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dataaudit.errors import AddressSpaceTooSmall, ParameterError

__all__ = [
    "NotRegularFile", "FileTooLarge", "UnsafeWriteTarget", "WriteBoundary", "DEFAULT_MAX_IMAGE_BYTES",
    "file_kind", "open_regular", "read_regular", "read_head", "read_text", "address_space_limit",
    "fit_address_space_limit", "is_out_of_memory", "require_address_space", "MIN_AUDIT_ADDRESS_SPACE",
    "RealPaths", "is_inside", "relative_inside",
]

#: Largest image file read by default (``max_image_bytes``): far above any training image, far below
#: what would exhaust a machine's memory when a worker reads a file whole.
DEFAULT_MAX_IMAGE_BYTES = 256 << 20


class NotRegularFile(OSError):
    """A path that is a FIFO, socket, device or directory, not a regular file; ``kind`` names which."""

    def __init__(self, path: str | os.PathLike[str], kind: str):
        super().__init__(f"{os.fspath(path)} is a {kind}, not a regular file")
        self.kind = kind


class FileTooLarge(OSError):
    """A regular file over the read cap; ``size`` and ``limit`` in bytes."""

    def __init__(self, path: str | os.PathLike[str], size: int, limit: int):
        super().__init__(f"{os.fspath(path)} is {size} bytes, over the {limit}-byte read limit")
        self.size, self.limit = size, limit


class UnsafeWriteTarget(ParameterError):
    """A path dataaudit was asked to write lies inside the audited dataset, or is not a file it may replace."""


_KINDS = (
    (stat.S_ISFIFO, "FIFO (named pipe)"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISDIR, "directory"),
    (stat.S_ISLNK, "symbolic link"),
)


def file_kind(mode: int) -> str:
    """``"regular file"``, or what else ``mode`` (an ``st_mode``) describes."""
    if stat.S_ISREG(mode):
        return "regular file"
    return next((name for test, name in _KINDS if test(mode)), "special file")


def open_regular(path: str | os.PathLike[str]) -> tuple[int, os.stat_result]:
    """A read-only descriptor of ``path`` (symlinks followed) and its ``fstat``.

    Raises :class:`NotRegularFile` for anything but a regular file without ever blocking on it.
    """
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise NotRegularFile(path, file_kind(before.st_mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # replaced between the stat and the open
            raise NotRegularFile(path, file_kind(st.st_mode))
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def read_regular(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The content of the regular file ``path``; :class:`FileTooLarge` when over ``max_bytes``.

    The cap holds even for a file that grows while it is read: at most ``max_bytes + 1`` bytes are read.
    """
    fd, st = open_regular(path)
    try:
        if st.st_size > max_bytes:
            raise FileTooLarge(path, st.st_size, max_bytes)
        chunks, total, limit = [], 0, max_bytes + 1
        want = st.st_size + 1  # one read for a file that keeps its size; more only if it grew
        while total < limit:
            chunk = os.read(fd, min(want, limit - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = 1 << 20
        if total > max_bytes:
            raise FileTooLarge(path, total, max_bytes)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def read_head(path: str | os.PathLike[str], n: int) -> bytes | None:
    """The first ``n`` bytes of a regular file; None for anything that is not one, or cannot be read."""
    try:
        fd, _ = open_regular(path)
    except OSError:
        return None
    try:
        return os.read(fd, n)
    except OSError:
        return None
    finally:
        os.close(fd)


def read_text(path: str | os.PathLike[str], max_bytes: int) -> str:
    """A regular text file decoded as UTF-8 (undecodable bytes replaced); raises like :func:`read_regular`."""
    return read_regular(path, max_bytes).decode("utf-8", errors="replace")


def address_space_limit() -> int | None:
    """This process's address-space limit (``ulimit -v``) in bytes, or None when there is none."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def fit_address_space_limit() -> None:
    """Under an address-space limit, have pyarrow (which pandas loads) allocate with malloc.

    Its default allocator, mimalloc, reserves a 1 GiB arena on first use: address space never
    touched, but counted against ``ulimit -v``, so that later thread stacks and shared libraries
    (OpenBLAS, llvmlite) failed to map under 1.5 GB. Read by Arrow when its default pool is first
    made; a setting the user made is kept.
    """
    if address_space_limit() is not None:
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


#: Address space an image audit needs: a tiny dataset audited under ``ulimit -v`` 1,000,000 (KB) runs, under
#: 800,000 it fails. Below this the audit is refused up front: near the edge a failed allocation may hit the
#: interpreter while it imports a compiled kernel, and CPython then aborts the process instead of raising
#: MemoryError (seen in about one run in ten under 585 MB).
MIN_AUDIT_ADDRESS_SPACE = 1_000_000_000


def require_address_space(minimum: int = MIN_AUDIT_ADDRESS_SPACE) -> None:
    """Raise :class:`~dataaudit.errors.AddressSpaceTooSmall` when ``ulimit -v`` is below ``minimum`` bytes."""
    limit = address_space_limit()
    if limit is not None and limit < minimum:
        raise AddressSpaceTooSmall(
            f"the address-space limit of {limit >> 20} MB (ulimit -v) is below the {minimum // 10**6:,} MB an "
            "image audit needs; raise it (e.g. ulimit -v unlimited) or audit on a machine with the memory to spare.")


#: What a failed allocation looks like when it is not a MemoryError: a shared library that cannot be
#: mapped, a thread whose stack cannot be reserved, an mmap refused.
_OUT_OF_MEMORY_TEXT = ("failed to map segment", "cannot allocate memory", "can't start new thread",
                       "cannot join thread before it is started", "out of memory")


def is_out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is the process running out of memory or address space."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, MemoryError) or (isinstance(exc, OSError) and exc.errno == 12):  # ENOMEM
            return True
        if any(text in str(exc).lower() for text in _OUT_OF_MEMORY_TEXT):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


class RealPaths:
    """``os.path.realpath`` for many files in few folders.

    ``realpath`` looks up every component of every path: about 60 µs a file, seconds for a 60,000-image
    dataset whose files share a handful of folders. Here each folder is resolved once and each file costs
    one ``lstat`` (is it itself a link?); the result is the same as ``realpath``'s. A path with a ``..``
    component goes to ``realpath`` whole, since ``..`` after a link means the link target's parent.
    """

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str | os.PathLike[str]) -> str:
        path = os.fspath(path)
        if ".." in path.replace(os.sep, "/").split("/"):
            return os.path.realpath(path)
        path = os.path.abspath(path)
        folder, name = os.path.split(path)
        real_folder = self._folders.get(folder)
        if real_folder is None:
            real_folder = self._folders[folder] = os.path.realpath(folder)
        real = os.path.join(real_folder, name)
        return os.path.realpath(real) if os.path.islink(real) else real


def is_inside(path: str, root: str) -> bool:
    """Whether the resolved ``path`` is ``root`` or lies under it (both already resolved)."""
    if path == root or path.startswith(root.rstrip(os.sep) + os.sep):
        return True
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives on Windows
        return False


def relative_inside(path: str, root: str) -> str:
    """``os.path.relpath(path, root)`` for a resolved ``path`` that :func:`is_inside` the resolved ``root``: a
    prefix cut, where ``relpath`` would resolve both again (seconds for a 60,000-image manifest)."""
    prefix = root.rstrip(os.sep) + os.sep
    return path[len(prefix):] if path.startswith(prefix) else os.path.relpath(path, root)


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.path.abspath(os.path.expanduser(os.fspath(path))))


@dataclass(frozen=True)
class WriteBoundary:
    """The audited dataset's resolved locations, which nothing dataaudit writes may land in.

    ``folders``: folders whose whole tree belongs to the dataset (a dataset folder, every image's
    folder); ``files``: single files (a manifest, code files beside it).
    """

    folders: frozenset[str] = field(default_factory=frozenset)
    files: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, folders: Iterable[str | os.PathLike[str]] = (),
           files: Iterable[str | os.PathLike[str]] = ()) -> WriteBoundary:
        return cls(frozenset(_real(f) for f in folders), frozenset(_real(f) for f in files))

    def owner(self, path: str | os.PathLike[str]) -> str | None:
        """The dataset folder or file that ``path`` (resolved) falls in, or None."""
        real = _real(path)
        if real in self.files:
            return real
        probe = real
        while True:
            if probe in self.folders:
                return probe
            parent = os.path.dirname(probe)
            if parent == probe:
                return None
            probe = parent

    def check(self, path: str | os.PathLike[str], what: str, *, folder: bool = False) -> Path:
        """``path`` made absolute, once it is known to be safe to write as ``what`` (e.g. "the report").

        Refused (:class:`UnsafeWriteTarget`): a path inside the dataset (symlinks followed), and an
        existing path that is not a regular file (or, with ``folder``, not a directory).
        """
        target = Path(os.path.abspath(os.path.expanduser(os.fspath(path))))
        inside = self.owner(target)
        if inside is not None:
            raise UnsafeWriteTarget(
                f"Refusing to write {what} to {target}: it is inside the audited dataset ({inside}); "
                "choose a path outside the dataset."
            )
        try:
            st = os.stat(target)
        except FileNotFoundError:
            return target
        except OSError as exc:
            raise UnsafeWriteTarget(f"Refusing to write {what} to {target}: {exc.strerror or exc}.") from None
        expected = stat.S_ISDIR(st.st_mode) if folder else stat.S_ISREG(st.st_mode)
        if not expected:
            raise UnsafeWriteTarget(
                f"Refusing to write {what} to {target}: it is a {file_kind(st.st_mode)}, "
                f"not a {'folder' if folder else 'regular file'}."
            )
        return target
