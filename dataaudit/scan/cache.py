"""SQLite feature cache, so re-auditing an unchanged dataset decodes nothing.

Two tables: ``files`` maps (path, size, mtime_ns) to a content hash, and
``records`` maps a content hash to one row: the image's meta (JSON) and its
features packed into one blob, with a ``layout`` naming each feature key and its
length. A file whose size and mtime are unchanged is not even read; a moved,
copied or touched file is read and hashed but not decoded when its content hash
is known.

One row per image rather than one per feature: a warm re-scan reads every
image's features, and SQLite's per-row cost dominated that read.

The cache must never make an audit fail: a corrupt cache is moved aside and
rebuilt, a read-only one is used read-only, a lock that outlasts the timeout is
bypassed, each with a :class:`CacheWarning`. Nor may it harm anything else: a
path that holds something other than a dataaudit cache (another database, any
other file, a folder, a device) is refused with
:class:`~dataaudit.safety.UnsafeWriteTarget` and left exactly as it is; only a
file whose SQLite header carries dataaudit's application id is ever moved aside.

Every record carries a checksum over its content hash, meta, layout and
features: a record altered on disk, even into a well-formed one, is not
trusted but decoded again (and rewritten).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import time
import warnings
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from dataaudit.errors import CacheWarning
from dataaudit.safety import UnsafeWriteTarget, file_kind

__all__ = [
    "FeatureCache", "Record", "SCHEMA_VERSION", "APPLICATION_ID", "check_cache_location", "default_cache_path",
    "record_checksum", "has_features", "pack_features",
    "parse_layout", "record_layout", "unpack_features",
]

SCHEMA_VERSION = "3"  # 3: a checksum per record; 2: one record per image (1 had a row per feature)
#: Written into the SQLite header (``PRAGMA application_id``, "DAud"): what proves a damaged file is a
#: dataaudit cache, the only kind of file the cache ever moves aside.
APPLICATION_ID = 0x44417564
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: The columns each table must have, in order; anything else is a cache from another version.
_COLUMNS = {
    "files": ("path", "size", "mtime_ns", "content_hash"),
    "records": ("content_hash", "meta_key", "meta", "layout", "features", "checksum"),
}
_MARKER_TABLE = "dataaudit_info"
_CHUNK = 500  # bound parameters per query, well under SQLite's limit
_BUSY_TIMEOUT_MS = 30_000


#: Auditor results kept (each a few kilobytes to a few megabytes of findings): enough for the datasets
#: and settings a machine audits in turn.
RESULTS_KEPT = 64


def _create_results_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, stored REAL NOT NULL, value BLOB NOT NULL)")


def default_cache_path() -> Path:
    """``$DATAAUDIT_CACHE_DIR/features.sqlite``, else the platform's user cache directory."""
    env = os.environ.get("DATAAUDIT_CACHE_DIR")
    if env:
        base = Path(env)
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("dataaudit", appauthor=False))
    return base / "features.sqlite"


class Record(NamedTuple):
    """One image's cached results: meta JSON and packed features (see :func:`pack_features`)."""

    meta_key: str
    meta: bytes
    layout: str
    features: bytes


def pack_features(named: dict[str, bytes]) -> tuple[str, bytes]:
    """``(layout, blob)`` for feature bytes keyed by cache key; the layout reads ``key:length,...``."""
    return ",".join(f"{key}:{len(value)}" for key, value in named.items()), b"".join(named.values())


@functools.lru_cache(maxsize=64)
def parse_layout(layout: str) -> dict[str, tuple[int, int]]:
    """``{cache_key: (offset, length)}`` of a packed blob's layout string."""
    out: dict[str, tuple[int, int]] = {}
    offset = 0
    for part in filter(None, layout.split(",")):
        key, _, length = part.rpartition(":")
        out[key] = (offset, int(length))
        offset += int(length)
    return out


def record_layout(record: Record) -> dict[str, tuple[int, int]] | None:
    """The record's layout, or None when the record is damaged (unreadable layout, blob of another length)."""
    try:
        layout = parse_layout(record.layout)
    except ValueError:
        return None
    if not isinstance(record.features, bytes) or len(record.features) != sum(n for _, n in layout.values()):
        return None
    return layout


def has_features(layout: dict[str, tuple[int, int]], wanted: dict[str, int]) -> bool:
    """Whether ``layout`` holds every ``{cache_key: byte length}`` of ``wanted``, at that length."""
    return all(layout.get(key, (0, -1))[1] == size for key, size in wanted.items())


def unpack_features(record: Record, keys: Iterable[str] | None = None) -> dict[str, bytes]:
    """The record's feature bytes by cache key (only ``keys``, when given)."""
    layout = parse_layout(record.layout)
    view = memoryview(record.features)
    return {key: bytes(view[layout[key][0] : sum(layout[key])]) for key in (layout if keys is None else keys)}


def _storable(path: str) -> bool:
    """Whether SQLite can hold this path as text: a non-UTF-8 file name (surrogate escapes) cannot, so such a
    file is looked up by its content hash only (it is decoded again on every audit, never mistaken for another)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def record_checksum(digest: str, record: Record) -> int:
    """Adler-32 over everything a record holds, and the content hash it is filed under.

    Adler-32, not CRC-32: a warm scan checks every record (20 KB each for the default audit) and
    Adler-32 takes half the time. Like any unkeyed checksum it catches damage and edits that do not
    recompute it (zeroed, swapped or rewritten fields), not a forger who does."""
    head = f"{digest}\0{record.meta_key}\0{record.layout}\0".encode()
    return zlib.adler32(record.features, zlib.adler32(record.meta, zlib.adler32(head)))


def _sound(digest: object, meta_key: object, meta: object, layout: object, features: object,
           checksum: object) -> bool:
    """Whether a stored row has the types a record has and its checksum matches."""
    if not (isinstance(digest, str) and isinstance(meta_key, str) and isinstance(meta, bytes)
            and isinstance(layout, str) and isinstance(features, bytes) and isinstance(checksum, int)):
        return False
    return record_checksum(digest, Record(meta_key, meta, layout, features)) == checksum


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:  # only called on a regular file
            return fh.read(100)
    except OSError:
        return b""


def _is_dataaudit_file(path: Path) -> bool:
    """Whether ``path``'s SQLite header carries dataaudit's application id (bytes 68-71)."""
    head = _header(path)
    return head.startswith(_SQLITE_MAGIC) and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def _refuse(path: Path, why: str) -> UnsafeWriteTarget:
    return UnsafeWriteTarget(
        f"Refusing to use {path} as the feature cache: {why}; it was left untouched (pass another "
        "--cache-path, or --no-cache)."
    )


def check_cache_location(path: Path) -> None:
    """Raise :class:`UnsafeWriteTarget` unless ``path`` (and SQLite's ``-wal``/``-shm`` files beside it)
    is absent, empty, or an SQLite database: never a folder, device, FIFO or any other kind of file."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            st = os.stat(candidate)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise _refuse(path, f"{candidate} cannot be examined ({exc.strerror or exc})") from None
        if not stat.S_ISREG(st.st_mode):
            raise _refuse(path, f"{candidate} is a {file_kind(st.st_mode)}")
    if path.exists() and os.path.getsize(path) > 0 and not _header(path).startswith(_SQLITE_MAGIC):
        raise _refuse(path, "it is not an SQLite file, so not a dataaudit cache")


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class FeatureCache:
    """An open cache. ``mode`` is ``"read-write"``, ``"read-only"`` or ``"bypassed"``."""

    def __init__(self, path: Path, *, read_only: bool = False):
        self.path = Path(path)
        self.mode = "bypassed"
        self._conn: sqlite3.Connection | None = None
        self._warned_write = False
        self._open(read_only)

    # -- opening --------------------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        warnings.warn(f"dataaudit cache {self.path}: {message}", CacheWarning, stacklevel=4)

    def _connect(self, read_only: bool) -> sqlite3.Connection:
        if read_only:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(self.path), timeout=_BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        # No memory map: every page of it that a warm re-scan reads (all of them: 0.5 GB at 60,000
        # images) would stay resident as long as the audit runs; plain reads cost 7% of that scan.
        conn.execute("PRAGMA mmap_size=0")
        return conn

    def _open(self, read_only: bool) -> None:
        if not read_only:
            check_cache_location(self.path)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self._warn(f"cannot create its folder ({exc.strerror}); continuing without a cache")
                return
            writable = os.access(self.path.parent, os.W_OK) and (
                not self.path.exists() or os.access(self.path, os.W_OK)
            )
            if not writable:
                if self.path.exists():
                    self._warn("is not writable; using it read-only")
                    read_only = True
                else:
                    self._warn("its folder is not writable; continuing without a cache")
                    return
        for attempt in range(3):
            try:
                conn = self._connect(read_only)
                # Look before changing anything: a foreign database must stay byte-identical.
                state = self._schema_state(conn)
                if state == "foreign":
                    conn.close()
                    if read_only:
                        self._warn("is an SQLite database that dataaudit did not create; continuing without a cache")
                        return
                    raise _refuse(self.path, "it is an SQLite database that dataaudit did not create")
                if not read_only:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute("PRAGMA synchronous=NORMAL")
                if state != "ok":
                    if read_only:
                        conn.close()
                        self._warn("is read-only and has no usable dataaudit schema; continuing without a cache")
                        return
                    self._create_schema(conn)
                elif not read_only:
                    with conn:  # caches written before auditor results were kept
                        _create_results_table(conn)
                self._conn = conn
                self.mode = "read-only" if read_only else "read-write"
                return
            except sqlite3.DatabaseError as exc:
                if "readonly" in str(exc) and not read_only:
                    # e.g. a read-only file system that os.access did not reveal
                    self._warn("is not writable; using it read-only")
                    read_only = True
                    continue
                if "locked" in str(exc) or "busy" in str(exc):
                    self._warn(f"is locked ({exc}); continuing without a cache")
                    return
                if not read_only and not _is_dataaudit_file(self.path):
                    raise _refuse(self.path, f"it cannot be read as an SQLite database ({exc}) and does not "
                                  "carry dataaudit's mark") from None
                if attempt == 0 and not read_only and self._move_aside(exc):
                    continue
                self._warn(f"cannot be used ({exc}); continuing without a cache")
                return

    @staticmethod
    def _schema_state(conn: sqlite3.Connection) -> str:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return "empty"
        if _MARKER_TABLE not in tables:
            return "foreign"
        row = conn.execute(f"SELECT value FROM {_MARKER_TABLE} WHERE key='schema'").fetchone()
        if not (row and row[0] == SCHEMA_VERSION and {"files", "records"} <= tables):
            return "stale"
        for table, columns in _COLUMNS.items():  # a table altered by hand reads as another version
            if tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})")) != columns:
                return "stale"
        return "ok"

    @classmethod
    def _create_schema(cls, conn: sqlite3.Connection) -> None:
        # One write transaction, the state looked at again inside it: two audits opening a new cache at
        # once must not see each other's half-made schema (read as stale, and reset under the other).
        conn.execute("BEGIN IMMEDIATE")
        try:
            state = cls._schema_state(conn)
            if state == "ok":
                conn.execute("COMMIT")
                return
            if state == "foreign":
                raise sqlite3.DatabaseError("tables of another program appeared while the cache was made")
            cls._create_tables(conn, reset=state == "stale")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _create_tables(conn: sqlite3.Connection, reset: bool) -> None:
        if reset:
            conn.execute("DROP TABLE IF EXISTS files")
            conn.execute("DROP TABLE IF EXISTS blobs")
            conn.execute("DROP TABLE IF EXISTS records")
        conn.execute(f"CREATE TABLE IF NOT EXISTS {_MARKER_TABLE} (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
            "mtime_ns INTEGER NOT NULL, content_hash TEXT NOT NULL) WITHOUT ROWID"
        )
        # A rowid table, not WITHOUT ROWID: rows are kilobytes, and SQLite's clustered
        # WITHOUT ROWID trees are only efficient for rows far below a page.
        conn.execute(
            "CREATE TABLE IF NOT EXISTS records (content_hash TEXT PRIMARY KEY, meta_key TEXT NOT NULL, "
            "meta BLOB NOT NULL, layout TEXT NOT NULL, features BLOB NOT NULL, checksum INTEGER NOT NULL)"
        )
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        _create_results_table(conn)
        conn.execute(
            f"INSERT OR REPLACE INTO {_MARKER_TABLE} (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)
        )

    def _move_aside(self, exc: Exception) -> bool:
        """Rename a corrupt cache file out of the way so a fresh one can be built."""
        if not self.path.exists():
            return False
        aside = self.path.with_name(self.path.name + ".corrupt")
        if os.path.lexists(aside) and not (aside.is_file() and _is_dataaudit_file(aside)):
            return False  # the name is taken by something that is not an older corrupt cache of ours
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                side = Path(str(self.path) + suffix)
                if side.is_file() and not side.is_symlink():
                    side.unlink()
        except FileNotFoundError:
            return True  # another process moved it first
        except OSError:
            return False
        self._warn(f"was corrupt ({exc}); moved it to {aside.name} and rebuilt it")
        return True

    # -- use ------------------------------------------------------------------------------------

    @property
    def usable(self) -> bool:
        return self._conn is not None

    def _fail(self, exc: Exception, doing: str) -> None:
        self._warn(f"failed while {doing} ({exc}); continuing without a cache")
        self.close()
        self.mode = "bypassed"

    def lookup_paths(self, keys: Sequence[tuple[str, int, int]]) -> dict[str, str]:
        """Content hashes of the files whose recorded size and mtime still match."""
        if self._conn is None or not keys:
            return {}
        wanted = {path: (size, mtime) for path, size, mtime in keys if _storable(path)}
        out: dict[str, str] = {}
        try:
            paths = list(wanted)
            for chunk in _chunks(paths):
                marks = ",".join("?" * len(chunk))
                for path, size, mtime, digest in self._conn.execute(
                    f"SELECT path, size, mtime_ns, content_hash FROM files WHERE path IN ({marks})", tuple(chunk)
                ):
                    if isinstance(digest, str) and wanted.get(path) == (size, mtime):
                        out[path] = digest
        except sqlite3.Error as exc:
            self._fail(exc, "reading")
            return {}
        return out

    def get_records(self, hashes: Iterable[str]) -> dict[str, Record]:
        """The stored record of each content hash that has one."""
        return {digest: record for batch in self.iter_records(hashes) for digest, record in batch}

    def iter_records(self, hashes: Iterable[str]) -> Iterator[list[tuple[str, Record]]]:
        """The stored records of ``hashes``, a few hundred at a time.

        Consume each batch before asking for the next: holding a dataset's worth of
        records at once costs as much memory as its features. Batches follow the order of
        ``hashes`` (pass them in table order: the scan writes each batch's rows to its feature
        files, a run of consecutive rows at a time).
        """
        if self._conn is None:
            return
        for chunk in _chunks(list(dict.fromkeys(hashes))):
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._conn.execute(
                    "SELECT content_hash, meta_key, meta, layout, features, checksum FROM records "
                    f"WHERE content_hash IN ({marks})",
                    tuple(chunk),
                ).fetchall()
            except sqlite3.Error as exc:
                self._fail(exc, "reading")
                return
            # A row altered on disk is as good as absent: the scan decodes that image again.
            yield [(row[0], Record(*row[1:5])) for row in rows if _sound(*row)]

    def put(self, files: Sequence[tuple[str, int, int, str]], records: Sequence[tuple[str, Record]]) -> None:
        """Record file keys and ``(content_hash, Record)`` pairs in one short transaction; a failure only warns."""
        if self._conn is None or self.mode != "read-write" or (not files and not records):
            return
        files = [key for key in files if _storable(key[0])]
        try:
            with self._conn:
                if files:
                    self._conn.executemany(
                        "INSERT OR REPLACE INTO files (path, size, mtime_ns, content_hash) VALUES (?, ?, ?, ?)", files
                    )
                if records:
                    self._conn.executemany(
                        "INSERT OR REPLACE INTO records (content_hash, meta_key, meta, layout, features, checksum) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        [(digest, *record, record_checksum(digest, record)) for digest, record in records],
                    )
        except sqlite3.OperationalError as exc:
            # Locked past the timeout or disk full: keep the audit going, skip caching this batch.
            if not self._warned_write:
                self._warned_write = True
                self._warn(f"could not store results ({exc}); this run's results are only partly cached")
        except sqlite3.Error as exc:
            self._fail(exc, "writing")

    def get_result(self, key: str) -> bytes | None:
        """An auditor's stored result under ``key`` (see :mod:`dataaudit.engine.result_memo`), if any."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None  # no results table in a read-only cache from before: simply no result
        return None if row is None else bytes(row[0])

    def put_result(self, key: str, value: bytes) -> None:
        """Store an auditor's result; only the newest RESULTS_KEPT results are kept."""
        if self._conn is None or self.mode != "read-write":
            return
        try:
            with self._conn:
                self._conn.execute("INSERT OR REPLACE INTO results (key, stored, value) VALUES (?, ?, ?)",
                                   (key, time.time(), value))
                self._conn.execute("DELETE FROM results WHERE key NOT IN "
                                   "(SELECT key FROM results ORDER BY stored DESC LIMIT ?)", (RESULTS_KEPT,))
        except sqlite3.Error as exc:
            if not self._warned_write:
                self._warned_write = True
                self._warn(f"could not store results ({exc}); this run's results are only partly cached")

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> FeatureCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
