"""Reuse an auditor's result when nothing it depends on has changed: the warm re-audit.

An auditor's findings (and the artifact it publishes for others) are a function of the shared
table's meta (paths, splits, labels, content hashes, sizes, ...), the features' versions, the
listing's notes and code files, the options, its parameters, the artifacts of the auditors it runs
after, and dataaudit's own code. :func:`result_key` hashes all of that; when a stored result has
the same key, the engine uses it instead of running the auditor again. Auditors opt in with
``reuse_results = True`` (the built-in ones do: the conformance checks hold them to determinism and
to reading nothing but the context). A key component that cannot be written as JSON (a fitted
object or a callable among the parameters) turns reuse off for that run, as do in-memory arrays,
whose content the meta does not identify.

Results are stored as JSON, never pickled: a cache file is data, and data must not run code.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import weakref
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pandas as pd

from dataaudit._version import __version__
from dataaudit.engine.artifacts import CodeObservations, DuplicateGroups
from dataaudit.engine.auditor import AuditContext, Auditor
from dataaudit.model.findings import Finding, to_jsonable
from dataaudit.scan.features import get_feature

__all__ = ["ResultStore", "result_key", "encode_result", "decode_result", "code_digest", "dataset_memo_key",
           "memo_archive", "read_memo_archive"]

#: Options that change how an audit runs or is reported, never what an auditor finds.
_NEUTRAL_OPTIONS = frozenset({"progress", "jobs", "chunk_size", "cache", "baseline", "config", "fail_on", "select",
                              "ignore"})


class ResultStore(Protocol):
    def get_result(self, key: str) -> bytes | None: ...

    def put_result(self, key: str, value: bytes) -> None: ...


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of dataaudit's own source: a changed auditor (even without a version bump) misses."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def result_key(auditor: Auditor, ctx: AuditContext, dependency_keys: Mapping[str, str | None]) -> str | None:
    """The key of this auditor's result on this context, or None when it must run."""
    if not getattr(auditor, "reuse_results", False) or ctx.dataset.arrays is not None:
        return None
    dataset = ctx.dataset
    described = {
        "dataaudit": code_digest(),
        "auditor": f"{type(auditor).__module__}.{type(auditor).__qualname__}",
        "params": auditor.params,
        "options": {k: v for k, v in ctx.options.items() if k not in _NEUTRAL_OPTIONS},
        "dataset": {
            "kind": dataset.kind, "layout": dataset.layout, "root": dataset.root,
            "description": dataset.description, "has_images": dataset.has_images,
            "notes": [asdict(note) for note in dataset.notes], "code_files": dataset.code_files,
            "group_origin": dataset.group_origin,
            **({"multi_label": True} if dataset.multi_label else {}),  # labels counted per label, not per set
        },
        "features": sorted(f"{name}@{get_feature(name).version}" for name in ctx.table.features),
        "after": {name: dependency_keys.get(name) for name in auditor.after},
    }
    try:
        text = json.dumps(to_jsonable(described), sort_keys=True)
    except (TypeError, ValueError):
        return None  # something only this process can tell apart (a fitted object, a callable)
    digest = _meta_digest(ctx.table.meta)
    if digest is None:
        return None
    h = hashlib.sha256(text.encode())
    h.update(digest)
    return h.hexdigest()


#: The last table's meta digest, computed once per audit rather than once per auditor (60k rows: ~50 ms
#: each); held by a weak reference so that an audit's table is never kept alive by this cache.
_last_meta: list[Any] = [None, None, None]  # [weakref to the meta frame, its shape, its digest]


def _meta_digest(meta: pd.DataFrame) -> bytes | None:
    shape = (len(meta), tuple(str(c) for c in meta.columns))
    ref, known_shape, known = _last_meta
    if ref is not None and ref() is meta and known_shape == shape:
        return known
    h = hashlib.sha256(json.dumps(list(shape[1])).encode())
    try:
        h.update(pd.util.hash_pandas_object(meta, index=True).to_numpy().tobytes())
        digest: bytes | None = h.digest()
    except (TypeError, ValueError):  # ValueError: a non-UTF-8 file name (surrogate escapes) pandas cannot hash
        digest = None
    _last_meta[:] = [weakref.ref(meta), shape, digest]
    return digest


def dataset_memo_key(ctx: AuditContext, kind: str, described: Mapping[str, Any]) -> str | None:
    """Where an auditor keeps its work on this dataset between audits (``ctx.store``): one key per
    dataset folder, code and ``described`` setting, so a grown or edited dataset finds what its last
    audit kept. None when there is nowhere to keep it (no cache, an in-memory source)."""
    if ctx.store is None or ctx.dataset.root is None or ctx.dataset.arrays is not None:
        return None
    try:
        text = json.dumps(to_jsonable({**described, "dataaudit": code_digest(), "root": str(ctx.dataset.root),
                                       "kind": ctx.dataset.kind}), sort_keys=True)
    except (TypeError, ValueError):
        return None  # a setting only this process can tell apart (a fitted object, a callable)
    return f"{kind}/" + hashlib.sha256(text.encode()).hexdigest()


def memo_archive(version: int, arrays: Mapping[str, np.ndarray]) -> bytes:
    """A memo as a plain ``.npz`` archive (numbers and fixed-width byte strings, never pickles), with its
    format ``version``; read back by :func:`read_memo_archive`."""
    out = io.BytesIO()
    np.savez(out, version=np.array([version]), **arrays)
    return out.getvalue()


def read_memo_archive(blob: bytes | None, version: int, names: Sequence[str]) -> dict[str, np.ndarray] | None:
    """The arrays ``names`` of a :func:`memo_archive` of this ``version``, or None when there is none, it is
    of another version, or it cannot be read as one (a damaged or foreign blob is only a missed shortcut)."""
    if not blob:
        return None
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as archive:
            if int(archive["version"][0]) != version:
                return None
            return {name: archive[name] for name in names}
    except Exception:
        return None


def _encode_artifact(artifact: Any) -> dict[str, Any] | None:
    if isinstance(artifact, DuplicateGroups):
        return {"type": "DuplicateGroups", "groups": [g.tolist() for g in artifact.groups],
                "kinds": list(artifact.kinds), "extra": to_jsonable(artifact.extra)}
    if isinstance(artifact, CodeObservations):
        return {"type": "CodeObservations", "image_data_generators": to_jsonable(artifact.image_data_generators),
                "extra": to_jsonable(artifact.extra)}
    raise TypeError(f"no JSON form for a {type(artifact).__name__} artifact")


def _decode_artifact(data: Mapping[str, Any] | None) -> Any:
    if data is None:
        return None
    if data["type"] == "DuplicateGroups":
        return DuplicateGroups(tuple(np.asarray(g, dtype=np.int64) for g in data["groups"]), tuple(data["kinds"]),
                               dict(data["extra"]))
    if data["type"] == "CodeObservations":
        return CodeObservations(tuple(data["image_data_generators"]), dict(data["extra"]))
    raise ValueError(f"unknown artifact type {data['type']!r}")


#: A stored result: this header, then a zlib stream of JSON lines (the artifact, then one finding a line).
_RESULT_HEADER = b"dataaudit-result-v2\n"
#: Decompressed bytes taken from the stream at a time when reading a result back.
_READ_CHUNK = 1 << 22


def encode_result(findings: Sequence[Finding], artifact: Any) -> bytes | None:
    """The result as compressed JSON lines, or None when it would not come back exactly as it is (then it is
    not stored).

    One finding at a time: each is written, read back and compared on its own, so this costs one finding's
    memory beside the compressed output, not a second and third copy of every finding (a million images'
    leakage findings as one JSON text, decoded again whole, took gigabytes).
    """
    packer = zlib.compressobj(1)
    parts = [_RESULT_HEADER]
    try:
        artifact_line = json.dumps(None if artifact is None else _encode_artifact(artifact))
        if artifact is not None and repr(_decode_artifact(json.loads(artifact_line))) != repr(artifact):
            return None  # e.g. tuples in an artifact that JSON would turn into lists
        parts.append(packer.compress(artifact_line.encode() + b"\n"))
        for finding in findings:
            data = finding.to_dict()
            line = json.dumps(data)  # key order kept: the decoded finding must equal the original
            if Finding.from_dict(json.loads(line)).to_dict() != data:
                return None
            parts.append(packer.compress(line.encode() + b"\n"))
    except (TypeError, ValueError):
        return None
    parts.append(packer.flush())
    return b"".join(parts)


def decode_result(blob: bytes | None) -> tuple[list[Finding], Any] | None:
    """Findings and artifact from :func:`encode_result`'s bytes; None for anything damaged."""
    if blob is None or not blob.startswith(_RESULT_HEADER):
        return None
    try:
        lines = _json_lines(blob[len(_RESULT_HEADER):])
        artifact = _decode_artifact(json.loads(next(lines)))
        return [Finding.from_dict(json.loads(line)) for line in lines], artifact
    except Exception:  # a damaged or foreign record: run the auditor instead
        return None


def _json_lines(packed: bytes) -> Iterator[bytes]:
    """The lines of a zlib stream, decompressed a chunk at a time (never the whole text at once)."""
    unpacker = zlib.decompressobj()
    pending = unpacker.decompress(packed, _READ_CHUNK)
    while True:
        *complete, pending = pending.split(b"\n")
        yield from complete
        if not unpacker.unconsumed_tail:
            break
        pending += unpacker.decompress(unpacker.unconsumed_tail, _READ_CHUNK)
    if not unpacker.eof or pending:
        raise ValueError("a truncated stored result")
