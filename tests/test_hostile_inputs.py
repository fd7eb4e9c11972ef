"""Hostile data and hostile environments (issue 18): special files, huge files, symlink tricks, write
targets inside the dataset, altered caches, signals and address-space limits.

Every case is made on the fly and asserts: no hang (an alarm or a subprocess timeout), no traceback,
no file of the dataset changed (a snapshot of paths, kinds, sizes, mtimes and hashes before and
after), and a finding or one clear sentence.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import make_tree, write_image
from PIL import Image

import dataaudit
from dataaudit import cli
from dataaudit.safety import UnsafeWriteTarget

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, sockets, /proc and ulimit are Linux's")

REPO = Path(__file__).resolve().parents[1]


# -- helpers ------------------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under ``root`` (links not followed): kind, size, mtime and, for regular files, a hash."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode):
                digest = hashlib.sha256(Path(path).read_bytes()).hexdigest() if st.st_size < 50 << 20 else "big"
            elif stat.S_ISLNK(st.st_mode):
                digest = os.readlink(path)
            else:
                digest = ""
            out[os.path.relpath(path, root)] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns, digest)
    return out


class Hung(BaseException):
    """Raised by no_hang's alarm: not an OSError or Exception, which the code under test may catch."""


@contextlib.contextmanager
def no_hang(seconds: int = 30):
    """Fail (instead of hanging the suite) when the body blocks longer than ``seconds``."""
    def expire(signum, frame):
        signal.alarm(2)  # again, should something still swallow it
        raise Hung(f"hung for over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def audit(root: Path, **options):
    with no_hang():
        return dataaudit.audit(root, cache=False, jobs=1, progress=False, config=False, **options)


def codes(report) -> list[str]:
    return [f.code for f in report.findings]


def finding(report, code: str):
    found = [f for f in report.findings if f.code == code]
    assert found, f"no {code} among {codes(report)}"
    return found[0]


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    with no_hang(60):
        code = cli.main([*args, "--no-progress", "--no-config"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return code, out, err


@pytest.fixture
def ds(tmp_path: Path) -> Path:
    return make_tree(tmp_path / "ds", {"train/cat": 3, "train/dog": 3, "val/cat": 2, "val/dog": 2})


# -- 1, 8: nothing dataaudit writes lands in the dataset ------------------------------------------------


@pytest.mark.parametrize("target", [".", "val", "train/cat/0000.jpg"])
def test_cache_path_inside_the_dataset_is_refused(ds, target):
    before = snapshot(ds.parent)
    with no_hang(), pytest.raises(UnsafeWriteTarget, match="inside the audited dataset"):
        dataaudit.audit(ds, cache=ds / target, jobs=1, progress=False, config=False)
    assert snapshot(ds.parent) == before


def test_cache_path_at_a_device_or_another_file_is_refused_and_left_alone(ds, tmp_path):
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "notes.txt").write_text("my notes, not a cache\n")
    before = snapshot(tmp_path)
    for target, why in (("zero", "character device"), ("notes.txt", "not an SQLite file")):
        with no_hang(), pytest.raises(UnsafeWriteTarget, match=why):
            dataaudit.audit(ds, cache=tmp_path / target, jobs=1, progress=False, config=False)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_report_and_baseline_are_not_written_over_dataset_files(ds, capsys, option):
    before = snapshot(ds)
    code, _, err = run_cli(["check", str(ds), "--no-cache", "-j1", option, str(ds / "train/cat/0000.jpg")], capsys)
    assert code == 2 and "inside the audited dataset" in err and err.count("\n") == 1
    assert snapshot(ds) == before


def test_a_planted_fixes_json_link_is_not_written_through(ds, tmp_path, capsys):
    (ds / "train/cat/0001.jpg").write_bytes(b"not an image")  # a finding with a fix
    fixes = tmp_path / "fixes"
    fixes.mkdir()
    (fixes / "fixes.json").symlink_to(ds / "train/cat/0000.jpg")
    before = snapshot(tmp_path)
    code, _, err = run_cli(["check", str(ds), "--no-cache", "-j1", "--write-fixes", str(fixes), "--overwrite"], capsys)
    assert code == 2 and "symbolic link" in err
    assert snapshot(tmp_path) == before


def test_fixes_of_a_manifest_source_do_not_land_in_the_image_folder(tmp_path, capsys):
    images = make_tree(tmp_path / "images", {"a": 3, "b": 3})
    (images / "a/0001.jpg").write_bytes(b"not an image")
    manifest = tmp_path / "meta" / "labels.csv"
    manifest.parent.mkdir()
    rows = [f"{p},{p.parent.name},{'train' if k % 3 else 'val'}" for k, p in enumerate(sorted(images.rglob("*.jpg")))]
    manifest.write_text("path,label,split\n" + "\n".join(rows) + "\n")
    before = snapshot(images)
    code, _, err = run_cli(["check", str(manifest), "--no-cache", "-j1", "--allow-outside-root",
                            "--write-fixes", str(images / "a" / "fixes")], capsys)
    assert code == 2 and "inside the audited dataset" in err
    assert snapshot(images) == before


# -- 2: special and huge files ------------------------------------------------------------------------------


def test_fifo_socket_and_device_link_become_findings_without_hanging(ds):
    os.mkfifo(ds / "train/cat/fifo.jpg")
    os.mkfifo(ds / "train/notes.dat")  # format sniffing must not block on it either
    (ds / "train/cat/zero.jpg").symlink_to("/dev/zero")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(ds / "train/dog/sock.png"))
    try:
        before = snapshot(ds)
        report = audit(ds)
        assert snapshot(ds) == before
    finally:
        sock.close()
    special = {f.locations[0].path: f.message for f in report.findings if f.code == "DA030"}
    assert set(special) == {"train/cat/fifo.jpg", "train/cat/zero.jpg", "train/dog/sock.png"}
    assert "FIFO" in special["train/cat/fifo.jpg"] and "character device" in special["train/cat/zero.jpg"]
    assert all(f.severity.name == "ERROR" for f in report.findings if f.code == "DA030")


def test_a_sparse_multi_gigabyte_file_is_reported_not_read(ds):
    big = ds / "train/dog/huge.png"
    with open(big, "wb") as fh:
        fh.truncate(3 << 30)  # sparse: 3 GB that take no disk space
    before = snapshot(ds)
    started = time.perf_counter()
    report = audit(ds, max_image_bytes=64 << 20)
    assert time.perf_counter() - started < 20
    assert snapshot(ds) == before
    over = finding(report, "DA031")
    assert over.locations[0].path == "train/dog/huge.png" and str(3 << 30) in over.message


def test_default_read_cap_applies_without_options(ds):
    with open(ds / "train/cat/big.jpg", "wb") as fh:
        fh.truncate((256 << 20) + 1)
    report = audit(ds)
    assert finding(report, "DA031").locations[0].path == "train/cat/big.jpg"


# -- 4, 13: the same files as Keras; links and folders -------------------------------------------------------


def test_symlinked_class_folder_is_followed_and_reported_when_it_leaves_the_dataset(ds, tmp_path):
    elsewhere = make_tree(tmp_path / "elsewhere", {"bird": 4}, seed=7)
    (ds / "train/bird").symlink_to(elsewhere / "bird", target_is_directory=True)
    before = snapshot(tmp_path)
    report = audit(ds)
    assert snapshot(tmp_path) == before
    assert report.summary["splits"]["train"]["classes"]["bird"] == 4  # Keras trains on them: so are they audited
    assert "DA021" not in codes(report)
    outside = finding(report, "DA033")
    assert outside.locations[0].path == "train/bird/" and str(elsewhere / "bird") in outside.message


def test_symlink_loop_is_a_finding_not_a_hang(ds):
    (ds / "train/cat/again").symlink_to("..", target_is_directory=True)
    report = audit(ds)
    loop = finding(report, "DA033")
    assert "loop" in loop.message and loop.locations[0].path == "train/cat/again/"
    assert report.summary["n_samples"] == 10


def test_folder_beyond_path_max_is_a_finding_not_skipped(ds):
    fd = os.open(ds / "train/cat", os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(24):  # 24 x 200 characters: past PATH_MAX (4096)
            os.mkdir("d" * 200, dir_fd=fd)
            inner = os.open("d" * 200, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    report = audit(ds)
    unread = finding(report, "DA032")
    assert "File name too long" in unread.message and unread.severity.name == "ERROR"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_class_folder_is_a_finding_not_empty(ds):
    (ds / "train/dog").chmod(0)
    try:
        report = audit(ds)
    finally:
        (ds / "train/dog").chmod(0o755)
    assert "DA032" in codes(report) and "DA021" not in codes(report)


def test_dangling_symlink_is_reported_as_one(ds):
    (ds / "train/cat/gone.jpg").symlink_to(ds / "nowhere.jpg")
    report = audit(ds)
    missing = finding(report, "DA014")
    assert "dangling symbolic link" in missing.message and "disappeared" not in missing.message


# -- 6: only raster formats are decoded ---------------------------------------------------------------------


def test_postscript_is_never_decoded(ds):
    eps = ds / "train/cat/page.jpg"
    eps.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 64 64\n0 0 moveto 64 64 lineto stroke\nshowpage\n")
    report = audit(ds)
    bad = [f for f in report.findings if f.code == "DA001" and f.locations[0].path == "train/cat/page.jpg"]
    assert bad and "EPS" in bad[0].message and "not decoded" in bad[0].message


# -- 13: 16-bit colour ---------------------------------------------------------------------------------------


def test_sixteen_bit_rgb_is_reported_as_sixteen_bit(ds):
    import struct
    import zlib

    pixels = (np.random.default_rng(3).random((40, 40, 3)) * 65535).astype(">u2")
    raw = b"".join(b"\x00" + pixels[y].tobytes() for y in range(40))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    (ds / "train/cat/deep.png").write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 40, 16, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    assert Image.open(ds / "train/cat/deep.png").mode == "RGB"  # what Pillow says: 8-bit RGB
    report = audit(ds)
    meta = report.table.meta
    assert int(meta.loc[meta["relpath"] == "train/cat/deep.png", "bits"].iloc[0]) == 16
    assert "16-bit" in finding(report, "DA007").evidence["counts"]


# -- 13: cache records are checked, not trusted ------------------------------------------------------------


def test_altered_cache_records_are_recomputed_and_a_wrong_meta_type_does_not_crash(ds, tmp_path):
    db = tmp_path / "cache.sqlite"
    with no_hang():
        first = dataaudit.audit(ds, cache=db, jobs=1, progress=False, config=False)
    with sqlite3.connect(db) as conn:
        hashes = [r[0] for r in conn.execute("SELECT content_hash FROM records ORDER BY content_hash")]
        # Well-formed but altered: same length, other bytes; and a meta of the wrong type.
        conn.execute("UPDATE records SET features = zeroblob(length(features)) WHERE content_hash = ?", (hashes[0],))
        conn.execute("UPDATE records SET meta = 42 WHERE content_hash = ?", (hashes[1],))
    before = snapshot(ds)
    with no_hang():
        second = dataaudit.audit(ds, cache=db, jobs=1, progress=False, config=False)
    assert snapshot(ds) == before
    assert second.scan["decoded"] == 2  # the two altered records, and only they
    assert [f.fingerprint for f in second.findings] == [f.fingerprint for f in first.findings]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- 7: signals ------------------------------------------------------------------------------------------------

_FORCE_POOL = (
    "import sys; import dataaudit.scan.scanner as s; s.MIN_PARALLEL_SECONDS = 0; "
    "from dataaudit.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.fixture(scope="module")
def pooled(tmp_path_factory) -> Path:
    """Enough images that the scan starts a process pool."""
    return make_tree(tmp_path_factory.mktemp("pooled") / "ds", {"train/a": 40, "train/b": 40, "val/a": 10, "val/b": 10},
                     size=48)


def _default_sigint() -> None:
    # A suite started as a background job without job control inherits an ignored SIGINT, and Python keeps
    # it ignored: the audit would never see the Ctrl-C. The audit under test runs as from a terminal.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(pooled: Path, tmp_path: Path, signum: int, descendants: int, group: bool):
    import psutil

    db = tmp_path / "cache.sqlite"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    before = snapshot(pooled)
    proc = subprocess.Popen([sys.executable, "-c", _FORCE_POOL, "check", str(pooled), "--cache-path", str(db),
                             "--no-progress", "--no-config", "-j2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True,
                            preexec_fn=_default_sigint)
    main = psutil.Process(proc.pid)
    seen: dict[int, psutil.Process] = {}
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.suppress(psutil.Error):
                seen.update({c.pid: c for c in main.children(recursive=True)})
            if len(seen) >= descendants:
                break
            time.sleep(0.005)
        assert len(seen) >= descendants, "the scan's pool never started"
        os.killpg(proc.pid, signum) if group else proc.send_signal(signum)
        _, err = proc.communicate(timeout=15)
        time.sleep(0.5)
        left = [p for p in seen.values() if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        assert not left, f"processes outlived the audit: {[p.cmdline()[-1][:60] for p in left]}"
    finally:
        for p in [*seen.values(), main]:
            with contextlib.suppress(psutil.Error):
                p.kill()
    assert snapshot(pooled) == before
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return proc.returncode, err.decode()


def test_sigterm_during_pool_start_up_ends_every_process(pooled, tmp_path):
    code, err = _interrupt(pooled, tmp_path, signal.SIGTERM, descendants=1, group=False)
    assert code == 128 + signal.SIGTERM and err == "dataaudit: terminated\n"


def test_ctrl_c_during_pool_start_up_prints_one_line(pooled, tmp_path):
    code, err = _interrupt(pooled, tmp_path, signal.SIGINT, descendants=3, group=True)  # a worker is up
    assert code == 130 and err == "dataaudit: interrupted\n"


# -- 11: address-space limits ------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
def test_an_address_space_limit_of_1_5_gb_runs_every_auditor(pooled, jobs):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    command = (f"ulimit -v 1500000; exec {sys.executable} -m dataaudit.cli check {pooled} --no-cache --no-progress "
               f"--no-config {jobs}")
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env, timeout=240)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "DA900" not in result.stdout, result.stdout


def test_a_planted_link_for_the_scan_folder_does_not_lead_into_the_dataset(ds, tmp_path):
    (tmp_path / "cachedir").mkdir()
    (tmp_path / "cachedir" / "scans").symlink_to(ds / "train/cat", target_is_directory=True)
    before = snapshot(ds)
    with no_hang(), pytest.raises(UnsafeWriteTarget, match="feature files"):
        dataaudit.audit(ds, cache=tmp_path / "cachedir" / "c.sqlite", jobs=1, progress=False, config=False)
    assert snapshot(ds) == before


def test_below_what_an_audit_needs_the_cli_stops_with_one_sentence(pooled):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    command = f"ulimit -v 600000; exec {sys.executable} -m dataaudit.cli check {pooled} --no-cache --no-progress --no-config"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env, timeout=240)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "address-space limit" in result.stderr and "internal error" not in result.stderr


def test_real_paths_agree_with_realpath_through_links_dots_and_loops(tmp_path):
    """The folder-cached resolver the manifests use must give realpath's answer for every kind of path."""
    from dataaudit.safety import RealPaths

    (tmp_path / "data" / "cats").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    write_image(tmp_path / "data" / "cats" / "a.png", seed=1)
    write_image(tmp_path / "elsewhere" / "b.png", seed=2)
    os.symlink(tmp_path / "data" / "cats", tmp_path / "data" / "linked")  # a linked folder
    os.symlink(tmp_path / "elsewhere" / "b.png", tmp_path / "data" / "cats" / "b.png")  # a file leaving the tree
    os.symlink("missing.png", tmp_path / "data" / "cats" / "dangling.png")
    os.symlink("loop2", tmp_path / "data" / "loop1")
    os.symlink("loop1", tmp_path / "data" / "loop2")
    base = str(tmp_path / "data")
    paths = [f"{base}/cats/a.png", f"{base}/linked/a.png", f"{base}/linked/b.png", f"{base}/cats/dangling.png",
             f"{base}/linked/../cats/a.png", f"{base}/cats/./a.png", f"{base}//cats/a.png", f"{base}/loop1",
             f"{base}/nothing/here.png", base, f"{base}/linked"]
    real = RealPaths()
    for path in paths * 2:  # the second round is answered from the folder cache
        assert real(path) == os.path.realpath(path), path
    assert real(f"{base}/linked/b.png") == str(tmp_path / "elsewhere" / "b.png")


def test_relative_inside_agrees_with_relpath(tmp_path):
    """The prefix cut the manifests use gives relpath's answer for paths under a root, the filesystem root too."""
    from dataaudit.safety import is_inside, relative_inside

    root = os.path.realpath(tmp_path)
    for root_form in (root, root + os.sep):
        for path in (f"{root}/a.png", f"{root}/cats/a b.png", f"{root}/x/y/z/deep.jpg"):
            assert is_inside(path, os.path.realpath(root_form))
            assert relative_inside(path, root_form) == os.path.relpath(path, root_form), (path, root_form)
    assert relative_inside(f"{root}/a.png", os.sep) == os.path.relpath(f"{root}/a.png", os.sep)
    # A sibling whose name merely starts like the root is not cut at the prefix.
    assert relative_inside(f"{root}x/a.png", root) == os.path.relpath(f"{root}x/a.png", root)


def test_an_audit_under_too_small_an_address_space_is_refused_up_front(pooled):
    """From Python too: a clear MemoryError subclass before any work, not an abort somewhere inside the scan."""
    script = ("import resource, dataaudit\n"
              "resource.setrlimit(resource.RLIMIT_AS, (700 * 2**20, resource.RLIM_INFINITY))\n"
              "try:\n"
              f"    dataaudit.audit({str(pooled)!r}, cache=False, progress=False)\n"
              "except dataaudit.errors.AddressSpaceTooSmall as exc:\n"
              "    print('refused:', isinstance(exc, MemoryError), exc)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused: True the address-space limit of 700 MB"), result.stdout
