"""Datasets in object storage: fsspec's memory filesystem for the listing, reading and cache rules, and a real
S3-compatible server (moto, on 127.0.0.1) for ``s3://`` through the API and the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from dataaudit import audit
from dataaudit.errors import InputError
from dataaudit.storage import display_url, parse_storage_option, version_key
from conftest import make_tree

fsspec = pytest.importorskip("fsspec")

SECRET = "s3cr3t-" + uuid.uuid4().hex  # searched for in every output: it must appear nowhere


def _findings(report) -> list[tuple[str, str, str]]:
    return sorted((f.fingerprint, str(f.severity), f.code) for f in report.findings)


def _planted(root: Path) -> Path:
    """A small split dataset with a test image copied from train (leakage) and a corrupt file (integrity)."""
    make_tree(root, {"train/cat": 6, "train/dog": 6, "test/cat": 2, "test/dog": 2}, size=48)
    shutil.copy(root / "train/cat/0001.jpg", root / "test/dog/leaked.jpg")
    (root / "train/dog/broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a whole jpeg")
    return root


def _upload(fs, root: Path, prefix: str) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            fs.pipe(f"{prefix}/{path.relative_to(root).as_posix()}", path.read_bytes())


@pytest.fixture
def memory_dataset(tmp_path: Path):
    """The planted dataset on disk and the same files in fsspec's memory filesystem, under a fresh prefix."""
    root = _planted(tmp_path / "data")
    fs = fsspec.filesystem("memory")
    prefix = f"/ds-{uuid.uuid4().hex[:8]}"
    _upload(fs, root, prefix)
    yield root, f"memory:/{prefix}", fs, prefix
    fs.rm(prefix, recursive=True)


def test_memory_folder_gives_the_local_findings(memory_dataset) -> None:
    root, url, _fs, _prefix = memory_dataset
    local = audit(root, cache=False, progress=False)
    remote = audit(url, cache=False, progress=False, jobs=1)  # the memory filesystem lives in this process
    assert _findings(remote) == _findings(local)
    assert {"DA101", "DA002"} <= {code for _, _, code in _findings(remote)}  # the planted leak and truncated file
    assert remote.source["root"] == url and remote.summary == local.summary


def test_remote_cache_keys_follow_the_object_version(memory_dataset) -> None:
    _root, url, fs, prefix = memory_dataset
    first = audit(url, progress=False, jobs=1)
    assert first.scan["decoded"] == first.scan["items"] - 0 and first.scan["path_cache_hits"] == 0
    again = audit(url, progress=False, jobs=1)
    assert again.scan["path_cache_hits"] == again.scan["items"] and again.scan["decoded"] == 0
    assert _findings(again) == _findings(first)
    # A new version of one object (same name and size: only the store's version info tells) is read again.
    data = fs.cat_file(f"{prefix}/train/cat/0002.jpg")
    fs.rm(f"{prefix}/train/cat/0002.jpg")
    fs.pipe(f"{prefix}/train/cat/0002.jpg", fs.cat_file(f"{prefix}/train/cat/0003.jpg")[: len(data)].ljust(len(data), b"\0"))
    changed = audit(url, progress=False, jobs=1)
    assert changed.scan["path_cache_hits"] == changed.scan["items"] - 1


def test_manifest_in_object_storage_with_relative_and_url_paths(memory_dataset) -> None:
    root, url, fs, prefix = memory_dataset
    rows = ["path,label,split", "train/cat/0001.jpg,cat,train", "train/dog/0003.jpg,dog,train",
            "test/dog/leaked.jpg,dog,test", "test/cat/gone.jpg,cat,test"]
    fs.pipe(f"{prefix}/manifest.csv", "\n".join(rows).encode())
    (root / "manifest.csv").write_text("\n".join(rows))
    remote = audit(f"{url}/manifest.csv", cache=False, progress=False, jobs=1)
    local = audit(root / "manifest.csv", cache=False, progress=False)
    assert _findings(remote) == _findings(local)
    assert "DA101" in {f.code for f in remote.findings} and remote.summary["n_samples"] == 3

    # A local manifest whose cells are URLs: the objects are read from the store.
    (root / "urls.csv").write_text("path,label,split\n" + "\n".join(
        f"{url}/{rel},{rel.split('/')[1]},{rel.split('/')[0]}"
        for rel in ("train/cat/0001.jpg", "train/dog/0003.jpg", "test/dog/leaked.jpg")))
    by_url = audit(root / "urls.csv", cache=False, progress=False, jobs=1)
    assert [f.code for f in by_url.findings if f.code == "DA101"] == ["DA101"]
    assert by_url.table.meta["error_kind"].tolist() == ["", "", ""]


def test_credentials_in_the_url_are_refused_and_query_strings_never_shown() -> None:
    with pytest.raises(InputError, match="storage_options"):
        audit("s3://AKIA:secret@bucket/data", cache=False, progress=False)
    assert display_url("https://host/a/manifest.csv?X-Amz-Signature=abc") == "https://host/a/manifest.csv"


def test_version_key_and_option_parsing() -> None:
    assert version_key({"size": 3}) is None
    assert version_key({"ETag": '"a"'}) != version_key({"ETag": '"b"'}) and 0 <= version_key({"ETag": "x"}) < 2**63
    assert parse_storage_option("client_kwargs.endpoint_url=http://127.0.0.1:9000") == (
        ["client_kwargs", "endpoint_url"], "http://127.0.0.1:9000")
    assert parse_storage_option("anon=true") == (["anon"], True)
    with pytest.raises(InputError):
        parse_storage_option("novalue")


# -- a real S3-compatible server ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def s3_server():
    server_module = pytest.importorskip("moto.server")
    pytest.importorskip("s3fs")
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def test_s3_folder_and_manifest_give_the_local_findings(s3_server: str, tmp_path: Path, monkeypatch) -> None:
    import s3fs

    root = _planted(tmp_path / "data")
    rows = ["path,label,split"] + [f"{p.relative_to(root).as_posix()},{p.parent.name},{p.parts[-3]}"
                                   for p in sorted(root.rglob("*.jpg"))]
    (root / "manifest.csv").write_text("\n".join(rows))
    options = {"key": "AKIATESTKEY", "secret": SECRET, "client_kwargs": {"endpoint_url": s3_server}}
    fs = s3fs.S3FileSystem(**options)
    bucket = f"bucket-{uuid.uuid4().hex[:8]}"
    fs.mkdir(bucket)
    _upload(fs, root, f"{bucket}/data")
    monkeypatch.setenv("DATAAUDIT_CACHE_DIR", str(tmp_path / "cache"))

    local_folder = audit(root, cache=False, progress=False)
    remote_folder = audit(f"s3://{bucket}/data", storage_options=options, progress=False)
    assert _findings(remote_folder) == _findings(local_folder)
    assert remote_folder.config["storage_options"] == ["client_kwargs", "key", "secret"]
    warm = audit(f"s3://{bucket}/data", storage_options=options, progress=False)  # cache keyed by ETag
    assert warm.scan["path_cache_hits"] == warm.scan["items"] and _findings(warm) == _findings(local_folder)

    local_manifest = audit(root / "manifest.csv", cache=False, progress=False)
    remote_manifest = audit(f"s3://{bucket}/data/manifest.csv", storage_options=options, cache=False, progress=False)
    assert _findings(remote_manifest) == _findings(local_manifest)

    # The CLI, in its own process, with the options on the command line.
    out = tmp_path / "report.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-m", "dataaudit.cli", "check", f"s3://{bucket}/data", "--format", "json", "-o", str(out),
         "--no-progress", "--no-config", "--storage-option", "key=AKIATESTKEY", "--storage-option", f"secret={SECRET}",
         "--storage-option", f"client_kwargs.endpoint_url={s3_server}"],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert done.returncode == 1, done.stderr  # the planted problems are errors
    report = json.loads(out.read_text())
    assert sorted((f["fingerprint"], f["severity"], f["code"]) for f in report["findings"]) == _findings(local_folder)

    # The secret is nowhere: not in reports, output, the cache, or the audit's own log of its options.
    for text in (out.read_text(), done.stdout, done.stderr, remote_folder.to_json(), remote_manifest.to_json()):
        assert SECRET not in text
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_manifest_over_http(tmp_path: Path) -> None:
    """A manifest served over HTTP (a real server on 127.0.0.1): relative paths resolve beside its URL."""
    import functools
    import http.server
    import threading

    pytest.importorskip("aiohttp")
    root = _planted(tmp_path / "data")
    rows = ["path,label,split"] + [f"{p.relative_to(root).as_posix()},{p.parent.name},{p.parts[-3]}"
                                   for p in sorted(root.rglob("*.jpg"))] + ["train/cat/missing.jpg,cat,train"]
    (root / "manifest.csv").write_text("\n".join(rows))

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/manifest.csv"
        remote = audit(url, cache=False, progress=False, jobs=1)
    finally:
        server.shutdown()
        server.server_close()
    local = audit(root / "manifest.csv", cache=False, progress=False)
    assert _findings(remote) == _findings(local)
    assert "missing-file" in {f.slug for f in remote.findings}  # the manifest row naming no object


def test_an_empty_prefix_and_an_unknown_protocol_give_clear_errors(s3_server: str) -> None:
    import s3fs

    options = {"key": "AKIATESTKEY", "secret": SECRET, "client_kwargs": {"endpoint_url": s3_server}}
    bucket = f"private-{uuid.uuid4().hex[:8]}"
    s3fs.S3FileSystem(**options).mkdir(bucket)
    with pytest.raises(InputError, match="Cannot list|holds no objects") as caught:
        audit(f"s3://{bucket}/nothing-here", storage_options=options, cache=False, progress=False)
    assert SECRET not in str(caught.value)
    with pytest.raises(InputError, match="needs a package|Cannot open"):
        audit("nosuchprotocol://bucket/data", cache=False, progress=False)


def test_a_second_audit_in_the_same_process_sees_changed_objects(s3_server: str, tmp_path: Path, monkeypatch) -> None:
    """fsspec caches listings per process: a re-audit must still see an object replaced since the first one."""
    import s3fs

    root = _planted(tmp_path / "data")
    options = {"key": "AKIATESTKEY", "secret": SECRET, "client_kwargs": {"endpoint_url": s3_server}}
    fs = s3fs.S3FileSystem(**options)
    bucket = f"bucket-{uuid.uuid4().hex[:8]}"
    fs.mkdir(bucket)
    _upload(fs, root, f"{bucket}/data")
    monkeypatch.setenv("DATAAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    first = audit(f"s3://{bucket}/data", storage_options=options, progress=False, jobs=1)
    # Another client changes the object (as another machine would): this process's filesystem is not told.
    writer = s3fs.S3FileSystem(skip_instance_cache=True, **options)
    writer.pipe(f"{bucket}/data/train/cat/0002.jpg", (root / "train/dog/0002.jpg").read_bytes())
    second = audit(f"s3://{bucket}/data", storage_options=options, progress=False, jobs=1)
    assert second.scan["path_cache_hits"] == first.scan["items"] - 1
    row = second.table.meta.set_index("relpath").loc["train/cat/0002.jpg"]
    assert row["content_hash"] == second.table.meta.set_index("relpath").loc["train/dog/0002.jpg", "content_hash"]
