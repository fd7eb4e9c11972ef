"""Datasets in object storage (S3, GCS, Azure Blob, HTTP, any fsspec filesystem): URLs, listing, reading, cache keys.

``audit("s3://bucket/data/", storage_options={...})`` lists the folder with one recursive listing
(``fs.find``), and the scan reads each batch of objects with one concurrent ``fs.cat`` call. The
options (keys, secrets, tokens, endpoint) go to fsspec and nowhere else: they are not part of the
listing, the report, the cache or any message (:class:`RemoteReader` hides them from ``repr``).
A URL that carries credentials itself (``s3://KEY:SECRET@bucket``) is refused for that reason.

The feature cache keys a remote object by ``(URL, size, version key)``, where the version key is a
63-bit hash of what the store says identifies this version of the object: its ETag, version id or
generation, and its modification time. An object of which the store says none of these is read and
hashed on every audit (its content hash still saves the decoding).
"""

from __future__ import annotations

import functools
import hashlib
import os
import posixpath
import re
import secrets
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import urlsplit, urlunsplit

from dataaudit.errors import InputError, SourceNotFoundError
from dataaudit.progress import NO_STAGE, Stage

__all__ = ["is_url", "display_url", "RemoteReader", "RemoteFiles", "RemoteFolder", "remote_stat", "version_key",
           "process_urls", "redacted_options", "parse_storage_option", "resolve_remote"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
#: The extra that installs each protocol's fsspec implementation.
_EXTRA = {"s3": "s3", "s3a": "s3", "gs": "gcs", "gcs": "gcs", "az": "azure", "abfs": "azure", "abfss": "azure",
          "adl": "azure", "http": "", "https": ""}
#: What an object store reports that changes when the object does (s3fs, gcsfs, adlfs, HTTP, local, memory).
_VERSION_FIELDS = ("ETag", "etag", "VersionId", "version_id", "generation", "md5Hash", "content_md5",
                   "LastModified", "last_modified", "updated", "mtime", "created")
_CODE_FILE_BYTES = 5_000_000
#: A remote folder's first levels (split and class prefixes) are listed one by one, the prefixes below them
#: with this many listings at once.
LISTING_DEPTH, LISTING_THREADS = 2, 16


def is_url(source: Any) -> bool:
    """Whether ``source`` is a URL that fsspec reads (``s3://``, ``gs://``, ``https://``, ``memory://``...),
    not a local path (``file://`` counts as local)."""
    return isinstance(source, str) and bool(_URL.match(source)) and not source.lower().startswith("file://")


def display_url(url: str) -> str:
    """``url`` without a query string (presigned URLs carry their signature there) or user info."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _check_url(url: str) -> None:
    if "@" in urlsplit(url).netloc:
        raise InputError(
            f"{display_url(url)}: credentials in the URL would end up in reports and caches; pass them in "
            "storage_options= instead (CLI: --storage-option key=... --storage-option secret=...)."
        )


def parse_storage_option(text: str) -> tuple[list[str], Any]:
    """``KEY=VALUE`` of ``--storage-option``: dotted keys nest (``client_kwargs.endpoint_url=URL``), values are
    JSON when they parse as JSON (``anon=true``), else strings."""
    import json

    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise InputError("--storage-option takes KEY=VALUE, e.g. --storage-option anon=true")
    try:
        parsed: Any = json.loads(value)
    except ValueError:
        parsed = value
    return key.strip().split("."), parsed


def redacted_options(options: Mapping[str, Any] | None) -> list[str] | None:
    """What a report records of ``storage_options``: the option names, never their values."""
    if not options:
        return None
    return sorted(str(key) for key in options)


def _filesystem(url: str, options: Mapping[str, Any]) -> tuple[Any, str]:
    protocol = url.split("://", 1)[0].lower()
    try:
        import fsspec.core
    except ImportError:
        raise InputError(f"Reading {display_url(url)} needs fsspec; install it with: pip install 'dataaudit[s3]' "
                         "(or [gcs], [azure])") from None
    try:
        return fsspec.core.url_to_fs(url, **dict(options))
    except (ImportError, ValueError) as exc:
        if isinstance(exc, ValueError) and "protocol" not in str(exc).lower():
            raise InputError(f"Cannot open {display_url(url)}: {exc}") from None
        extra = _EXTRA.get(protocol)
        hint = f"pip install 'dataaudit[{extra}]'" if extra else "install the fsspec implementation for it"
        raise InputError(f"Reading {protocol}:// URLs needs a package that is not installed; {hint}.") from None


@dataclass(frozen=True)
class RemoteReader:
    """What a scan worker needs to read remote objects: the source's protocol and its options (never shown).

    Small and picklable: it travels with each batch to pool and cluster workers.
    """

    protocol: str
    options: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def filesystem(self, url: str) -> tuple[Any, str]:
        """fsspec's filesystem for ``url`` and the path in it; this source's options only for its own protocol."""
        same = url.split("://", 1)[0].lower() == self.protocol
        return _filesystem(url, self.options if same else {})

    def __reduce__(self) -> tuple:
        return (RemoteReader, (self.protocol, dict(self.options)))


def version_key(info: Mapping[str, Any]) -> int | None:
    """A 63-bit key of the object's version (ETag, version id, generation, mtime); None when the store says none."""
    parts = [f"{name}={info[name]}" for name in _VERSION_FIELDS if info.get(name) not in (None, "")]
    if not parts:
        return None
    return int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest()[:8], "big") >> 1


def remote_stat(info: Mapping[str, Any]) -> tuple[int, int]:
    """``(size, version key)`` for the cache's file key. Without a version the key is a fresh random negative
    number, which no later audit matches: such an object is read and hashed every time."""
    key = version_key(info)
    return int(info.get("size") or 0), key if key is not None else -secrets.randbits(62) - 1


def _not_found(exc: BaseException) -> bool:
    return isinstance(exc, FileNotFoundError) or "NoSuchKey" in type(exc).__name__ or "404" in str(exc)[:200]


def read_objects(reader: RemoteReader, urls: list[str]) -> list[bytes | BaseException]:
    """The bytes of each of ``urls`` (an exception in its place when it cannot be read), fetched concurrently
    where the filesystem can (s3fs, gcsfs, adlfs, HTTP)."""
    by_fs: dict[int, tuple[Any, list[int], list[str]]] = {}
    for position, url in enumerate(urls):
        fs, path = reader.filesystem(url)
        entry = by_fs.setdefault(id(fs), (fs, [], []))
        entry[1].append(position)
        entry[2].append(path)
    out: list[bytes | BaseException] = [b""] * len(urls)
    for fs, positions, paths in by_fs.values():
        try:
            got = fs.cat(paths, on_error="return")
        except Exception as exc:  # the whole request failed (connection, permissions): each object says so
            got = {path: exc for path in paths}
        if not isinstance(got, dict):  # one path: fsspec returns the bytes themselves
            got = {paths[0]: got}
        for position, path in zip(positions, paths):
            out[position] = got.get(path, FileNotFoundError(path))
    return out


def process_urls(reader: RemoteReader, batch: list[tuple[int, str]]) -> Any:
    """:func:`dataaudit.scan.worker.process_files` for remote objects: one concurrent read of the batch, then the
    same hashing, cache lookup, decoding and features."""
    from dataaudit.scan import worker

    out = worker._BatchBuilder(worker._state["specs"])
    contents: list[tuple[int, str, bytes]] = []
    for (index, url), data in zip(batch, read_objects(reader, [url for _, url in batch])):
        if isinstance(data, BaseException):
            meta = worker.empty_meta()
            if _not_found(data):
                meta.update(error_kind="missing", error="object disappeared during the scan")
            else:
                meta.update(error_kind="unreadable", error=f"{type(data).__name__}: {str(data)[:200]}")
            out.add(index, "", meta, False)
            continue
        contents.append((index, worker.content_hash(data), data))
    return worker.decode_contents(out, contents)


class RemoteFolder:
    """A folder in object storage, for :func:`dataaudit.sources.folder.list_folder`: its files and 'directories'
    (the prefixes of its keys) from one recursive listing, and the info of every file (for the cache key)."""

    def __init__(self, url: str, reader: RemoteReader):
        self.reader = reader
        self.fs, path = reader.filesystem(url)
        self.root_path = path.rstrip("/")
        self.root = url.rstrip("/")
        self.infos: dict[str, dict[str, Any]] = {}  # relative path -> the store's info

    def walk(self, progress: Stage = NO_STAGE) -> tuple[list[str], list[str]]:
        """Visible files and directories, relative, sorted (as the local walk: hidden entries pruned)."""
        try:
            found = self._find()
        except FileNotFoundError:
            found = {}
        except Exception as exc:  # credentials, permissions, endpoint: say which, without a traceback
            raise InputError(f"Cannot list {display_url(self.root)}: {type(exc).__name__}: {str(exc)[:300]}; "
                             "check the URL and storage_options.") from None
        files, dirs = [], []
        prefix = self.root_path + "/"
        for name, info in found.items():
            name = name.rstrip("/")
            if not name.startswith(prefix):
                continue
            rel = name[len(prefix):]
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            if info.get("type") == "directory":
                dirs.append(rel)
            else:
                files.append(rel)
                self.infos[rel] = info
        # Stores without directory objects (S3) imply them by the keys' prefixes.
        implied = {posixpath.dirname(rel) for rel in files}
        for d in list(implied):
            while d:
                implied.add(d)
                d = posixpath.dirname(d)
        dirs = sorted(set(dirs) | (implied - {""}))
        files.sort()
        progress.update(len(files))
        if not files and not found:
            raise SourceNotFoundError(f"{display_url(self.root)} holds no objects; check the URL and storage_options.")
        return files, dirs

    def _find(self) -> dict[str, dict[str, Any]]:
        """Every object and 'directory' under the root, as ``fs.find(withdirs=True, detail=True)`` gives them, with
        the listing partitioned: an object store lists one prefix one page (1,000 keys) after another, so the
        split and class prefixes (the first two levels) are listed concurrently."""
        found: dict[str, dict[str, Any]] = {}
        # fsspec filesystems cache listings for the life of the process: an audit must see the store as it is now.
        self.fs.invalidate_cache(self.root_path)
        level = [self.root_path]
        for depth in range(LISTING_DEPTH):
            deeper: list[str] = []
            for folder in level:
                for info in self.fs.ls(folder, detail=True):
                    name = info["name"].rstrip("/")
                    if name == folder.rstrip("/"):
                        continue  # some stores list the folder itself
                    found[name] = info
                    if info.get("type") == "directory":
                        deeper.append(name)
            level = deeper
            if not level:
                break
        leaves = level
        if leaves:
            with ThreadPoolExecutor(min(LISTING_THREADS, len(leaves))) as pool:
                for part in pool.map(lambda leaf: self.fs.find(leaf, withdirs=True, detail=True), leaves):
                    found.update(part)
        return found

    def url(self, rel: str) -> str:
        return f"{self.root}/{rel}"

    def head(self, rel: str, n: int = 16) -> bytes:
        try:
            with self.fs.open(f"{self.root_path}/{rel}", "rb") as fh:
                return fh.read(n)
        except Exception:  # unreadable: not an image as far as the listing can tell
            return b""

    def read_text(self, rel: str) -> str | None:
        info = self.infos.get(rel, {})
        if int(info.get("size") or 0) > _CODE_FILE_BYTES:
            return None
        try:
            return self.fs.cat_file(f"{self.root_path}/{rel}").decode("utf-8", errors="replace")
        except Exception:
            return None


def source_protocol(source: str) -> str:
    return source.split("://", 1)[0].lower()


def remote_reader(source: str, options: Mapping[str, Any] | None) -> RemoteReader:
    _check_url(source)
    return RemoteReader(source_protocol(source), dict(options or {}))


def local_or_remote_stat(path: str, infos: Mapping[str, Mapping[str, Any]], reader: RemoteReader | None) -> tuple[int, int]:
    """``(size, mtime_ns or version key)`` of a listed file: the listing's info for remote objects (one request
    fewer per object), else ``os.stat``; raises OSError as ``os.stat`` does."""
    if not is_url(path):
        st = os.stat(path)
        return st.st_size, st.st_mtime_ns
    info = infos.get(path)
    if info is None:
        if reader is None:
            raise FileNotFoundError(2, "no storage options for this URL")
        fs, inner = reader.filesystem(path)
        try:
            info = fs.info(inner)
        except FileNotFoundError as exc:
            raise FileNotFoundError(2, "no such object") from exc
        except Exception as exc:
            raise PermissionError(13, f"{type(exc).__name__}: {str(exc)[:200]}") from None
    return remote_stat(info)


class ObjectStat(NamedTuple):
    """The part of ``os.stat``'s result the scan reads, for a remote object (``st_mtime_ns``: its version key)."""

    st_size: int
    st_mtime_ns: int


@dataclass(frozen=True)
class RemoteFiles:
    """A listing's remote objects: how to read them, and each one's ``(size, version key)`` from the listing
    (so that the scan's cache lookup costs no request per object)."""

    reader: RemoteReader
    keys: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)

    def stat(self, path: str) -> ObjectStat:
        if path in self.keys:
            return ObjectStat(*self.keys[path])
        return ObjectStat(*local_or_remote_stat(path, {}, self.reader))

    def batch_reader(self) -> Any:
        """The scan's worker function for a batch of ``(index, path)``."""
        return functools.partial(process_urls, self.reader)


class UrlPlaces:
    """Where a manifest's path cells point in object storage: URLs as they are, relative paths (a manifest that is
    itself in object storage) under its folder ``root``. Existence is checked with one listing per folder, or one
    request per object where the store cannot list (HTTP)."""

    def __init__(self, root: str | None, reader: RemoteReader):
        self.root = None if root is None else root.rstrip("/")
        self.reader = reader
        self.keys: dict[str, tuple[int, int]] = {}
        self._listed: set[str] = set()

    def place(self, value: str) -> tuple[str, str, bool]:
        """``(URL, path shown in the report, inside the manifest's folder)`` of a path cell."""
        if is_url(value):
            _check_url(value)
            url = value
        elif self.root is not None:
            scheme, rest = self.root.split("://", 1)
            url = f"{scheme}://{posixpath.normpath(posixpath.join(rest, value.lstrip('/') if os.path.isabs(value) else value))}"
        else:
            raise InputError(f"{value!r} is not a URL")
        inside = self.root is not None and url.startswith(self.root + "/")
        return url, url[len(self.root) + 1:] if inside else display_url(url), inside

    def exists(self, url: str) -> bool:
        if url in self.keys:
            return True
        fs, path = self.reader.filesystem(url)
        folder = posixpath.dirname(path)
        listable = source_protocol(url) not in ("http", "https")
        if listable and (id(fs), folder) not in self._listed:
            self._listed.add((id(fs), folder))
            fs.invalidate_cache(folder)  # a listing cached earlier in this process may be stale
            prefix = url[: len(url) - len(path)]
            try:
                for info in fs.ls(folder, detail=True):
                    if info.get("type") != "directory":
                        self.keys[prefix + info["name"]] = remote_stat(info)
            except Exception:  # not listable after all: ask about the object itself
                listable = False
            if url in self.keys:
                return True
            if listable:
                return False
        try:
            info = fs.info(path)
        except Exception:
            return False
        if info.get("type") == "directory":
            return False
        self.keys[url] = remote_stat(info)
        return True

    def files(self) -> RemoteFiles:
        return RemoteFiles(self.reader, self.keys)


def resolve_remote(source: str, storage_options: Mapping[str, Any] | None, *, progress: Stage = NO_STAGE,
                   **listing: Any) -> Any:
    """The :class:`~dataaudit.sources.base.Dataset` of a folder or manifest URL."""
    from dataaudit.sources.folder import list_folder
    from dataaudit.sources.manifest import MANIFEST_SUFFIXES, manifest_dataset, read_manifest

    reader = remote_reader(source, storage_options)
    shown = display_url(source)
    suffix = posixpath.splitext(urlsplit(source).path)[1].lower()
    manifest_options = {k: listing.get(k) for k in ("path_column", "label_column", "split_column", "validation_split",
                                                    "seed", "split_aliases")}
    if suffix in MANIFEST_SUFFIXES:
        fs, path = reader.filesystem(source)
        try:
            with fs.open(path, "rb") as fh:
                frame = read_manifest(fh, suffix=suffix, name=shown)
        except FileNotFoundError:
            raise SourceNotFoundError(f"Manifest {shown} does not exist; check the URL and storage_options.") from None
        root = source.split("?", 1)[0].rsplit("/", 1)[0]
        places = UrlPlaces(root, reader)
        dataset = manifest_dataset(frame, root=root, source=f"manifest {shown}", kind="manifest",
                                   allow_outside_root=listing.get("allow_outside_root", False), places=places,
                                   **manifest_options)
        return dataset
    if listing.get("validation_split") is not None:
        raise InputError(f"validation_split= is not supported on a folder in object storage ({shown}) yet; "
                         "list the subsets in a manifest with a split column.")
    folder = RemoteFolder(source, reader)
    dataset = list_folder(folder.root, split_aliases=listing.get("split_aliases"), progress=progress, tree=folder)
    dataset.description = f"image folder {shown} ({dataset.layout} layout)"
    dataset.remote = RemoteFiles(reader, {folder.url(rel): remote_stat(info) for rel, info in folder.infos.items()})
    return dataset
