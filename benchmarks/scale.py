"""Audit at scale on one machine (issue 12): the full default audit on CIFAR-10 (60k) and on 1M images.

    python benchmarks/scale.py [--only cifar|big] [--cifar-tar PATH | --cifar-dir DIR] [--limit N]
                               [--big-dir DIR] [--big-n N] [--generate-only] [--repeats R] [--jobs J]

Every audit is the full default one, ``dataaudit.audit(root, cache=<path>, progress=False,
config=False)``, run in a fresh subprocess so that its memory is its own. While it runs, a thread
of this (parent) process reads, every 50 ms, the peak RSS since its last look (``VmHWM`` in
``/proc/<pid>/status``, its counter then restarted through ``/proc/<pid>/clear_refs``) of the audit
process and of all its descendants (the forkserver and the scan workers), and keeps the peak of the
sum: a spike between two looks counts too, so the figure is never below the tree's true peak (plain
``VmRSS`` samples are summed where the counters cannot be restarted). Summed RSS counts the pages a
forked worker shares with its parent once per process, so it over-states real use a little; the PSS sum (``/proc/<pid>/smaps_rollup``, sampled every 0.5 s,
each shared page split between its users) is printed next to it for reference. Memory is in MB of
10^6 bytes (the stricter reading of the targets).

**(a) CIFAR-10**, the real 60,000-image JPEG export (``train/<class>/*.jpg``, ``test/<class>/*.jpg``):
extracted from ``--cifar-tar`` (default ``../shared/data/cifar10-full.tar.gz`` next to the
repository) into ``--work-dir`` once, or taken from ``--cifar-dir``. It is copied into a work
folder (``--limit N``: a random subset of N images, for smoke tests and scaling curves at
15k/30k/60k), and each repeat runs, on that folder:

- ``plain``: a single-process ``Image.open(p).load()`` loop over the same files (the yardstick);
- ``cold``: the audit with an empty cache;
- ``warm``: the audit again with the same cache, data unchanged;
- ``incremental``: ``--add`` (600) new photos are written into the folder -- edited copies
  (crops, mirror images, brightness/contrast/hue/gamma changes, :mod:`dataaudit.demo.edits`) of
  random photos of the folder, half into ``train`` and half into ``test``, so many are leaks or
  duplicates -- and the audit runs again with the warm cache (the user's case: a cached dataset
  grew by 1%);
- ``cold-final``: the audit of that same grown folder with an empty cache.

Then the new photos are removed again. It prints whether the findings of ``warm`` and ``cold``,
and of ``incremental`` and ``cold-final``, are identical: ``report.to_json()`` with the fields
that legitimately differ dropped (``scan`` statistics, each auditor's ``seconds``, the cache path
in ``config``).

**(b) big**: ``--big-n`` (default 1,000,000) real JPEG files made from the CIFAR photos, generated
once into ``--big-dir`` (``<big-dir>/data``, with ``<big-dir>/generated.json`` recording how) by
a multiprocessing pool at ``nice`` 19: image ``i`` is photo ``perm[i % 60000]``, cropped by 0-2
px a side and scaled back to 32x32, mirrored half the time, brightness x0.85-1.15, saved at JPEG
quality 85-95; ``train``/``val``/``test`` at random 80/10/10, class folders. Beyond 60k images
every photo has about n/60,000 such variants in random splits: far more near-copies (nearly every
val/test image has one in train) than a real dataset, so the leakage search works at its hardest.
The files are read once before the audit so they sit in the OS page cache, as CIFAR's do after
the plain loop. One cold audit per repeat; the plain loop is timed on a random 100k sample
(``--plain-sample``) and scaled to the whole set, which the output says.

Each audit prints two lines (figures illustrative)::

    cold            60,000 img    20.1s    2,985 img/s | listing 0.9 scan 17.0 | integrity 0.1 leakage 1.6 ...
                 peak RSS tree 640 MB (4 procs), PSS 520 MB; audit process peak 410 MB | decoded 60,000,
                 cached 0 | 37 findings | process 22.0s

- ``20.1s``: wall time of the ``audit()`` call, without the interpreter start and imports;
  ``img/s``: images over that time (every target is checked on it);
- ``listing``: wall minus scan minus auditors (resolving the source, listing files, the report);
- ``scan``: the scan's own seconds (``report.scan["seconds"]``: reading, hashing, decoding,
  features, cache); then each auditor's seconds from ``report.auditors``;
- ``peak RSS tree``: the peak of the summed RSS of the audit process and its descendants, and
  how many processes there were at that moment; ``PSS``: the same with shared pages split;
  ``audit process peak``: the audit process's own (the largest of its sampled ``VmHWM`` and its
  ``getrusage`` ru_maxrss);
- ``decoded`` / ``cached``: images the scan decoded / took from the cache;
- ``process``: the whole subprocess, interpreter start and imports included.

The ``plain`` line gives the decode loop's time and rate on the same files.

With ``--repeats R`` the times are medians of R repeats and the memory figures the largest.
The summary table at the end checks the issue-12 targets:

- CIFAR-10 cold: >= 3,000 img/s; cold time <= 2.5x the plain loop's; peak RSS tree <= 800 MB;
- warm: >= 20x faster than cold; incremental: <= 10% of the cold time; both find exactly what a
  cold audit of the same data finds;
- 1M: peak RSS tree <= 2.5 GB (2,500 MB); time per image <= 1.5x that of the 60k cold audit (from
  this run, or else from the full-size CIFAR result saved in ``--results``);
- 1024x768 JPEGs, cold scan >= 1,400 img/s: measured by
  ``python benchmarks/scan.py --size 1024x768 --n 5000``, not here.

The machine's load average is printed before and after: other processes on a shared 2-core
machine slow every figure down. Results are also merged into ``--results`` (JSON).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_TAR = REPO.parent / "shared" / "data" / "cifar10-full.tar.gz"
DEFAULT_WORK = Path(tempfile.gettempdir()) / "dataaudit-bench-scale"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"}
#: Edits the added photos get: ones a user's copy of a photo plausibly went through.
ADDED_EDITS = ("crop8", "crop15", "hflip", "flip_crop", "brightness", "contrast", "hue", "gamma")
ADDED_PREFIX = "added-"
MB = 1e6

TARGETS = {
    "cifar_rate": 3_000,  # img/s, cold
    "cifar_vs_plain": 2.5,  # cold time / plain loop time, at most
    "cifar_peak_mb": 800,
    "warm_speedup": 20,  # cold / warm, at least
    "incremental_share": 0.10,  # incremental / cold, at most
    "big_peak_mb": 2_500,
    "big_per_image": 1.5,  # seconds per image at 1M / at 60k, at most
    "size_1024x768_rate": 1_400,  # cold scan img/s, benchmarks/scan.py
}


# --------------------------------------------------------------------------- memory of a process tree


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process now alive."""
    out = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: the parent pid is the 2nd field after it.
        out[int(entry.name)] = int(stat[stat.rindex(b")") + 2 :].split()[1])
    return out


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid in _parents().items():
        children.setdefault(ppid, []).append(pid)
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _status_kb(pid: int, field: str, file: str = "status") -> int:
    try:
        with open(f"/proc/{pid}/{file}", "rb") as fh:
            for line in fh:
                if line.startswith(field.encode()):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _reset_peak(pid: int) -> bool:
    """Restart ``pid``'s peak-RSS counter (VmHWM) from its current RSS; False where the kernel does not allow it."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


class TreeMemory:
    """The peak of the summed RSS of ``pid`` and its descendants, and of their summed Pss (every 10th sample).

    Every ``interval`` each process's peak RSS since the last sample (``VmHWM``, whose counter is then
    restarted through ``/proc/<pid>/clear_refs``) is read and summed: a spike between two samples
    (a verification batch's temporaries last milliseconds) still counts, so the figure is never below
    the true peak of the tree, and above it only by peaks of different processes within one interval.
    Where the counters cannot be restarted, it sums ``VmRSS`` samples instead (``exact`` False).

    Sampling stops once the file ``done`` exists: the child creates it when the measured work is
    over, so that what the harness does afterwards (serialising the findings) does not count.
    """

    def __init__(self, pid: int, done: Path, interval: float = 0.05):
        self.pid = pid
        self.done = done
        self.interval = interval
        self.peak_rss_kb = 0
        self.peak_procs = 0
        self.peak_pss_kb = 0
        #: The audit process's own peak: its ru_maxrss no longer tells, once the sampler restarts the counter.
        self.peak_self_kb = 0
        self.samples = 0
        self.exact = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set() and not self.done.exists():
            pids = _tree(self.pid)
            per_process = [_status_kb(p, "VmHWM:" if self.exact else "VmRSS:") for p in pids]
            if self.exact:
                # A descendant may have exited since it was listed: only the audit process's own counter decides.
                self.exact = [_reset_peak(p) for p in pids][0]
            rss = sum(per_process)
            self.peak_self_kb = max(self.peak_self_kb, per_process[0])
            if rss > self.peak_rss_kb:
                self.peak_rss_kb, self.peak_procs = rss, len(pids)
            if self.samples % 10 == 0:
                self.peak_pss_kb = max(self.peak_pss_kb, sum(_status_kb(p, "Pss:", "smaps_rollup") for p in pids))
            self.samples += 1
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- child processes


def comparable_json(report) -> str:
    """The report's JSON without what differs between equal audits: timings, scan statistics, the cache path."""
    data = report.to_dict()
    data.pop("scan", None)
    data["auditors"] = [{k: v for k, v in run.items() if k != "seconds"} for run in data["auditors"]]
    data["config"] = {k: v for k, v in data["config"].items() if k != "cache"}
    return json.dumps(data, indent=1, sort_keys=True)


def child_audit(spec: dict) -> dict:
    started = time.perf_counter()
    import dataaudit

    imported = time.perf_counter()
    options = {"jobs": spec["jobs"]} if spec["jobs"] else {}
    report = dataaudit.audit(spec["root"], cache=spec["cache"], progress=False, config=False, **options)
    wall = time.perf_counter() - imported
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    Path(spec["done"]).touch()
    Path(spec["findings"]).write_text(comparable_json(report))
    return {
        "wall": wall,
        "import": imported - started,
        "n": report.scan.get("items", 0),
        "scan": report.scan,
        "auditors": [[run.name, run.seconds, run.status] for run in report.auditors],
        "n_findings": len(report.findings),
        "counts": report.counts(),
        "self_maxrss_kb": maxrss_kb,
    }


def image_files(root: Path) -> list[str]:
    """Paths of the images under ``root``, relative and sorted."""
    out = []
    for folder, _, names in os.walk(root):
        rel = os.path.relpath(folder, root)
        out.extend(os.path.normpath(os.path.join(rel, n)) for n in names
                   if os.path.splitext(n)[1].lower() in IMAGE_SUFFIXES)
    return sorted(out)


def child_plain(spec: dict) -> dict:
    from benchmarks.scan import plain_loop  # the yardstick every benchmark compares with

    files = image_files(Path(spec["root"]))
    timed = files
    if spec["sample"] and len(files) > spec["sample"]:
        timed = random.Random(spec["seed"]).sample(files, spec["sample"])
    seconds = plain_loop([Path(spec["root"], f) for f in timed])
    return {"seconds": seconds * len(files) / len(timed), "timed": len(timed), "n": len(files), "timed_seconds": seconds}


def run_child(kind: str, spec: dict) -> tuple[dict, TreeMemory, float]:
    """Run ``child_<kind>(spec)`` in a fresh interpreter; return its result (with the findings JSON an
    audit wrote), the memory of its process tree and the subprocess's seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        spec = {**spec, "done": str(scratch / "done"), "findings": str(scratch / "findings.json")}
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, "--child", kind, json.dumps(spec), str(scratch / "result")])
        memory = TreeMemory(proc.pid, scratch / "done")
        code = proc.wait()
        memory.stop()
        elapsed = time.perf_counter() - started
        if code != 0:
            raise SystemExit(f"the {kind} subprocess failed (exit {code}) on {spec['root']}; see its output above.")
        result = json.loads((scratch / "result").read_text())
        if (scratch / "findings.json").exists():
            result["findings_json"] = (scratch / "findings.json").read_text()
        return result, memory, elapsed


# --------------------------------------------------------------------------- audit runs and their lines


@dataclass(frozen=True)
class AuditRun:
    label: str
    n: int
    wall: float
    process: float
    scan: float
    auditors: tuple[tuple[str, float], ...]
    peak_rss_mb: float
    peak_procs: int
    peak_pss_mb: float
    self_maxrss_mb: float
    decoded: int
    cache_hits: int
    n_findings: int
    findings_json: str

    @property
    def listing(self) -> float:
        return self.wall - self.scan - sum(s for _, s in self.auditors)

    @property
    def rate(self) -> float:
        return self.n / self.wall if self.wall else 0.0


def run_audit(label: str, root: Path, cache: Path, jobs: int | None) -> AuditRun:
    result, memory, elapsed = run_child("audit", {"root": str(root), "cache": str(cache), "jobs": jobs})
    scan = result["scan"]
    run = AuditRun(
        label=label, n=result["n"], wall=result["wall"], process=elapsed, scan=scan.get("seconds", 0.0),
        auditors=tuple((name, seconds) for name, seconds, _ in result["auditors"]),
        peak_rss_mb=memory.peak_rss_kb * 1024 / MB, peak_procs=memory.peak_procs,
        peak_pss_mb=memory.peak_pss_kb * 1024 / MB,
        self_maxrss_mb=max(result["self_maxrss_kb"], memory.peak_self_kb) * 1024 / MB,
        decoded=scan.get("decoded", 0), cache_hits=scan.get("path_cache_hits", 0) + scan.get("content_cache_hits", 0),
        n_findings=result["n_findings"], findings_json=result["findings_json"],
    )
    print_run(run)
    crashed = [name for name, _, status in result["auditors"] if status not in ("ok", "skipped")]
    if crashed:
        print(f"  !! auditors that crashed: {', '.join(crashed)}")
    return run


def median_run(runs: list[AuditRun]) -> AuditRun:
    """Median times, largest memory, of repeats of one audit."""
    if len(runs) == 1:
        return runs[0]
    med = lambda values: statistics.median(values)  # noqa: E731
    return AuditRun(
        label=runs[0].label, n=runs[0].n, wall=med(r.wall for r in runs), process=med(r.process for r in runs),
        scan=med(r.scan for r in runs),
        auditors=tuple((name, med(r.auditors[i][1] for r in runs)) for i, (name, _) in enumerate(runs[0].auditors)),
        peak_rss_mb=max(r.peak_rss_mb for r in runs), peak_procs=max(r.peak_procs for r in runs),
        peak_pss_mb=max(r.peak_pss_mb for r in runs), self_maxrss_mb=max(r.self_maxrss_mb for r in runs),
        decoded=runs[0].decoded, cache_hits=runs[0].cache_hits, n_findings=runs[0].n_findings,
        findings_json=runs[0].findings_json,
    )


def print_run(run: AuditRun) -> None:
    stages = " ".join(f"{name} {seconds:.1f}" for name, seconds in run.auditors)
    print(f"  {run.label:12s} {run.n:>9,} img {run.wall:7.1f}s {run.rate:8,.0f} img/s | "
          f"listing {run.listing:.1f} scan {run.scan:.1f} | {stages}")
    print(f"  {'':12s} peak RSS tree {run.peak_rss_mb:,.0f} MB ({run.peak_procs} procs), PSS {run.peak_pss_mb:,.0f} MB; "
          f"audit process peak {run.self_maxrss_mb:,.0f} MB | decoded {run.decoded:,}, cached {run.cache_hits:,} "
          f"| {run.n_findings} findings | process {run.process:.1f}s", flush=True)


def same_findings(a: AuditRun, b: AuditRun) -> bool:
    if a.findings_json == b.findings_json:
        print(f"  findings {a.label} == {b.label}: identical ({a.n_findings} findings)")
        return True
    fa, fb = json.loads(a.findings_json), json.loads(b.findings_json)
    print(f"  findings {a.label} != {b.label}: DIFFERENT")
    for key in sorted(set(fa) | set(fb)):
        if fa.get(key) != fb.get(key) and key != "findings":
            print(f"    '{key}' differs")
    prints_a = {f["fingerprint"]: f for f in fa["findings"]}
    prints_b = {f["fingerprint"]: f for f in fb["findings"]}
    for name, only in ((a.label, prints_a.keys() - prints_b.keys()), (b.label, prints_b.keys() - prints_a.keys())):
        for fp in sorted(only)[:5]:
            f = prints_a.get(fp) or prints_b[fp]
            print(f"    only in {name}: {f['code']} {f['message'][:110]}")
        if len(only) > 5:
            print(f"    ... {len(only) - 5} more only in {name}")
    changed = [fp for fp in prints_a.keys() & prints_b.keys() if prints_a[fp] != prints_b[fp]]
    for fp in changed[:5]:
        print(f"    same fingerprint, other content: {prints_a[fp]['code']} {prints_a[fp]['message'][:90]}")
    return False


def plain_loop(root: Path, sample: int | None, seed: int) -> dict:
    result, _, _ = run_child("plain", {"root": str(root), "sample": sample, "seed": seed})
    scaled = (f", timed on a random {result['timed']:,} and scaled to {result['n']:,}"
              if result["timed"] < result["n"] else "")
    print(f"  {'plain':12s} {result['n']:>9,} img {result['seconds']:7.1f}s {result['n'] / result['seconds']:8,.0f} img/s"
          f" | single-process Image.open(p).load() loop{scaled}", flush=True)
    return result


def preread(root: Path) -> None:
    """Read every file once so that it sits in the OS page cache, as the plain loop leaves CIFAR's."""
    started = time.perf_counter()
    files = image_files(root)
    total = 0
    for rel in files:
        with open(root / rel, "rb") as fh:
            total += len(fh.read())
    print(f"  read {len(files):,} files ({total / MB:,.0f} MB) into the page cache in {time.perf_counter() - started:.1f}s")


def load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


# --------------------------------------------------------------------------- CIFAR-10


def cifar_source(args: argparse.Namespace) -> Path:
    if args.cifar_dir is not None:
        folder = args.cifar_dir
        if not (folder / "train").is_dir():
            raise SystemExit(f"--cifar-dir {folder} has no train/ folder: it should hold the extracted CIFAR-10 export.")
        return folder
    folder = args.work_dir / "cifar-extracted"
    if (folder / ".complete").exists():
        return folder / "data"
    if not args.cifar_tar.exists():
        raise SystemExit(f"The CIFAR-10 export is missing: {args.cifar_tar} does not exist. Pass --cifar-tar PATH "
                         "(cifar10-full.tar.gz) or --cifar-dir DIR (an extracted copy).")
    started = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "data").mkdir(parents=True)
    with tarfile.open(args.cifar_tar) as tar:
        tar.extractall(folder / "data", filter="data")
    (folder / ".complete").write_text("ok")
    print(f"extracted {args.cifar_tar} into {folder / 'data'} in {time.perf_counter() - started:.0f}s")
    return folder / "data"


def work_copy(source: Path, dest: Path, limit: int | None, seed: int) -> Path:
    """``dest/data``: a copy of the images of ``source`` (a random ``limit`` of them), made once."""
    marker = dest / ".complete"
    data = dest / "data"
    if marker.exists() and marker.read_text() == str(source.resolve()):
        remove_added(data)
        return data
    files = image_files(source)
    if limit is not None and limit < len(files):
        files = sorted(random.Random(seed).sample(files, limit))
    shutil.rmtree(dest, ignore_errors=True)
    started = time.perf_counter()
    for rel in files:
        (data / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / rel, data / rel)
    marker.write_text(str(source.resolve()))
    print(f"copied {len(files):,} images from {source} into {data} in {time.perf_counter() - started:.0f}s")
    return data


def make_additions(root: Path, n_add: int, seed: int) -> list[tuple[str, bytes]]:
    """``n_add`` edited copies of random photos under ``root``, half for train and half for test."""
    from PIL import Image
    import numpy as np

    from dataaudit.demo.edits import apply_edit

    rng = np.random.default_rng(seed)
    files = [f for f in image_files(root) if not Path(f).name.startswith(ADDED_PREFIX)]
    splits = sorted({Path(f).parts[0] for f in files})
    out = []
    for k, index in enumerate(rng.choice(len(files), size=n_add, replace=n_add > len(files))):
        rel = Path(files[index])
        edit = ADDED_EDITS[int(rng.integers(len(ADDED_EDITS)))]
        with Image.open(root / rel) as im:
            data = apply_edit(im, edit, rng)
        split = ("train" if k % 2 == 0 else "test") if {"train", "test"} <= set(splits) else rel.parts[0]
        out.append((str(Path(split, *rel.parts[1:-1], f"{ADDED_PREFIX}{k:04d}-{edit}.jpg")), data))
    return out


def remove_added(root: Path) -> None:
    for rel in image_files(root):
        if Path(rel).name.startswith(ADDED_PREFIX):
            (root / rel).unlink()


def bench_cifar(args: argparse.Namespace) -> dict:
    source = cifar_source(args)
    name = f"cifar-{args.limit}-seed{args.seed}" if args.limit else "cifar-all"
    root = work_copy(source, args.work_dir / name, args.limit, args.seed)
    additions = make_additions(root, args.add, args.seed)
    print(f"\n== CIFAR-10: {root} ({len(image_files(root)):,} images; +{len(additions)} for the incremental run) ==")
    runs: dict[str, list[AuditRun]] = {k: [] for k in ("cold", "warm", "incremental", "cold-final")}
    plain_seconds = []
    identical = {"warm": True, "incremental": True}
    for repeat in range(args.repeats):
        print(f" repeat {repeat + 1}/{args.repeats} (load average {load_average()})")
        plain_seconds.append(plain_loop(root, args.plain_sample, args.seed)["seconds"])
        with tempfile.TemporaryDirectory(dir=args.work_dir) as tmp:
            cache = Path(tmp) / "cache.sqlite"
            runs["cold"].append(run_audit("cold", root, cache, args.jobs))
            runs["warm"].append(run_audit("warm", root, cache, args.jobs))
            try:
                for rel, data in additions:
                    (root / rel).parent.mkdir(parents=True, exist_ok=True)
                    (root / rel).write_bytes(data)
                runs["incremental"].append(run_audit("incremental", root, cache, args.jobs))
                runs["cold-final"].append(run_audit("cold-final", root, Path(tmp) / "fresh.sqlite", args.jobs))
            finally:
                remove_added(root)
        identical["warm"] &= same_findings(runs["warm"][-1], runs["cold"][-1])
        identical["incremental"] &= same_findings(runs["incremental"][-1], runs["cold-final"][-1])
    med = {k: median_run(v) for k, v in runs.items()}
    plain = statistics.median(plain_seconds)
    if args.repeats > 1:
        print(f" medians of {args.repeats} repeats (memory: largest)")
        for run in med.values():
            print_run(run)
    return {
        "root": str(root), "full": len(image_files(root)) == len(image_files(source)), "n": med["cold"].n,
        "plain_seconds": plain,
        "runs": {k: {**asdict(v), "findings_json": None, "listing": v.listing, "rate": v.rate} for k, v in med.items()},
        "identical": identical,
    }


# --------------------------------------------------------------------------- the big generated dataset

#: Names the recipe in ``generated.json``: a changed recipe must not reuse an old folder unnoticed.
BIG_RECIPE = "variants-v1"
_SOURCES: list[str] = []
_SOURCE_ROOT = Path()
_PERM: list[int] = []


def _init_generator(source_root: str, sources: list[str], perm: list[int], niceness: int) -> None:
    global _SOURCES, _SOURCE_ROOT, _PERM
    os.nice(niceness)
    _SOURCE_ROOT, _SOURCES, _PERM = Path(source_root), sources, perm


def _generate_chunk(task: tuple[str, int, int, int]) -> int:
    """Write images ``start..stop`` of the big dataset: image ``i`` is a variant of photo ``_PERM[i % len(_PERM)]``."""
    from PIL import Image, ImageEnhance, ImageOps
    import numpy as np

    out_root, seed, start, stop = task
    perm = _PERM
    written = 0
    for i in range(start, stop):
        rng = np.random.default_rng([seed, i])
        rel = Path(_SOURCES[perm[i % len(perm)]])
        with Image.open(_SOURCE_ROOT / rel) as src:
            im = src.convert("RGB")
        w, h = im.size
        left, top, right, bottom = (int(v) for v in rng.integers(0, 3, 4))
        im = im.crop((left, top, w - right, h - bottom)).resize((w, h), Image.Resampling.BILINEAR)
        if rng.random() < 0.5:
            im = ImageOps.mirror(im)
        im = ImageEnhance.Brightness(im).enhance(float(rng.uniform(0.85, 1.15)))
        u = rng.random()
        split = "train" if u < 0.8 else "val" if u < 0.9 else "test"
        target = Path(out_root, split, rel.parent.name, f"{i:07d}.jpg")
        target.parent.mkdir(parents=True, exist_ok=True)
        im.save(target, "JPEG", quality=int(rng.integers(85, 96)))
        written += 1
    return written


def generate_big(source: Path, big_dir: Path, n: int, seed: int, workers: int, niceness: int = 19) -> Path:
    """``big_dir/data``: ``n`` JPEG variants of the photos under ``source``, generated once."""
    info_path = big_dir / "generated.json"
    data = big_dir / "data"
    if info_path.exists():
        info = json.loads(info_path.read_text())
        if (info["n"], info["seed"], info.get("recipe")) != (n, seed, BIG_RECIPE):
            raise SystemExit(f"{big_dir} already holds a generated set of {info['n']:,} images (seed {info['seed']}, "
                             f"recipe {info.get('recipe')}); pass another --big-dir for {n:,} images with seed {seed}.")
        print(f"big dataset: {data} ({n:,} images, {info['disk_bytes'] / MB:,.0f} MB on disk, "
              f"generated in {info['seconds']:.0f}s)")
        return data
    import numpy as np

    sources = [f for f in image_files(source) if not Path(f).name.startswith(ADDED_PREFIX)]
    if not sources:
        raise SystemExit(f"No images under {source} to generate the big dataset from.")
    perm = [int(v) for v in np.random.default_rng(seed).permutation(len(sources))]
    shutil.rmtree(big_dir, ignore_errors=True)
    data.mkdir(parents=True)
    chunk = 2_000
    tasks = [(str(data), seed, start, min(start + chunk, n)) for start in range(0, n, chunk)]
    print(f"generating {n:,} JPEGs from {len(sources):,} photos into {data} with {workers} processes "
          f"at nice {niceness} ...", flush=True)
    started = time.perf_counter()
    done = 0
    with Pool(workers, initializer=_init_generator, initargs=(str(source), sources, perm, niceness)) as pool:
        for written in pool.imap_unordered(_generate_chunk, tasks):
            done += written
            if done % 100_000 < chunk:
                print(f"  {done:,} written ({time.perf_counter() - started:.0f}s)", flush=True)
    seconds = time.perf_counter() - started
    disk = sum(os.stat(data / rel).st_blocks * 512 for rel in image_files(data))
    info = {"n": n, "seed": seed, "recipe": BIG_RECIPE, "source": str(source), "sources": len(sources),
            "seconds": round(seconds, 1),
            "disk_bytes": disk, "workers": workers, "nice": niceness}
    info_path.write_text(json.dumps(info, indent=2))
    print(f"generated {n:,} JPEGs in {seconds:.0f}s; {disk / MB:,.0f} MB on disk under {data}")
    return data


def bench_big(args: argparse.Namespace) -> dict:
    data = generate_big(cifar_source(args), args.big_dir, args.big_n, args.seed, args.gen_workers)
    print(f"\n== big: {data} ==")
    preread(data)
    runs, plain_seconds = [], []
    for repeat in range(args.repeats):
        print(f" repeat {repeat + 1}/{args.repeats} (load average {load_average()})")
        plain_seconds.append(plain_loop(data, args.plain_sample, args.seed)["seconds"])
        with tempfile.TemporaryDirectory(dir=args.work_dir) as tmp:
            runs.append(run_audit("cold", data, Path(tmp) / "cache.sqlite", args.jobs))
    run = median_run(runs)
    if args.repeats > 1:
        print(f" medians of {args.repeats} repeats (memory: largest)")
        print_run(run)
    return {"root": str(data), "n": run.n, "plain_seconds": statistics.median(plain_seconds),
            "runs": {"cold": {**asdict(run), "findings_json": None, "listing": run.listing, "rate": run.rate}}}


# --------------------------------------------------------------------------- summary


def summary(results: dict, saved: dict, saved_from: Path) -> None:
    """The target table; the 1M per-image check falls back on the last full-size CIFAR result in ``saved``."""
    rows: list[tuple[str, str, str, str]] = []

    def check(name: str, measured: str, target: str, ok: bool | None) -> None:
        rows.append((name, measured, target, "-" if ok is None else "PASS" if ok else "FAIL"))

    cifar = results.get("cifar")
    if cifar:
        cold, warm, inc = (cifar["runs"][k] for k in ("cold", "warm", "incremental"))
        label = f"CIFAR {cifar['n']:,}"
        check(f"{label} cold rate", f"{cold['rate']:,.0f} img/s", f">= {TARGETS['cifar_rate']:,}",
              cold["rate"] >= TARGETS["cifar_rate"])
        ratio = cold["wall"] / cifar["plain_seconds"]
        check(f"{label} cold / plain loop time", f"{ratio:.2f}x", f"<= {TARGETS['cifar_vs_plain']}x",
              ratio <= TARGETS["cifar_vs_plain"])
        check(f"{label} cold peak RSS tree", f"{cold['peak_rss_mb']:,.0f} MB", f"<= {TARGETS['cifar_peak_mb']} MB",
              cold["peak_rss_mb"] <= TARGETS["cifar_peak_mb"])
        speedup = cold["wall"] / warm["wall"]
        check(f"{label} warm speed-up", f"{speedup:.1f}x", f">= {TARGETS['warm_speedup']}x",
              speedup >= TARGETS["warm_speedup"])
        share = inc["wall"] / cold["wall"]
        check(f"{label} incremental / cold time", f"{share:.1%}", f"<= {TARGETS['incremental_share']:.0%}",
              share <= TARGETS["incremental_share"])
        for key, text in (("warm", "warm == cold findings"), ("incremental", "incremental == cold-of-final findings")):
            check(f"{label} {text}", "identical" if cifar["identical"][key] else "DIFFERENT", "identical",
                  cifar["identical"][key])
    big = results.get("big")
    if big:
        cold = big["runs"]["cold"]
        label = f"big {big['n']:,}"
        check(f"{label} cold rate", f"{cold['rate']:,.0f} img/s", "-", None)
        check(f"{label} cold / plain loop time", f"{cold['wall'] / big['plain_seconds']:.2f}x", "-", None)
        check(f"{label} cold peak RSS tree", f"{cold['peak_rss_mb']:,.0f} MB", f"<= {TARGETS['big_peak_mb']:,} MB",
              cold["peak_rss_mb"] <= TARGETS["big_peak_mb"])
        reference, where = None, ""
        if cifar and cifar["full"]:
            reference = cifar
        elif saved.get("cifar_full"):
            reference, where = saved["cifar_full"], f" (CIFAR from {saved_from})"
        if reference:
            per_big = cold["wall"] / cold["n"]
            per_ref = reference["runs"]["cold"]["wall"] / reference["runs"]["cold"]["n"]
            ratio = per_big / per_ref
            check(f"{label} time per image / CIFAR's{where}",
                  f"{ratio:.2f}x ({per_big * 1e6:.0f} vs {per_ref * 1e6:.0f} us)",
                  f"<= {TARGETS['big_per_image']}x", ratio <= TARGETS["big_per_image"])
        else:
            check(f"{label} time per image / CIFAR 60k's", "no full-size CIFAR result", f"<= {TARGETS['big_per_image']}x",
                  None)
    check("1024x768 JPEG cold scan", "see benchmarks/scan.py --size 1024x768",
          f">= {TARGETS['size_1024x768_rate']:,} img/s", None)
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print("\n== summary (issue 12 targets) ==")
    for row in [("check", "measured", "target", "ok"), *rows]:
        print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)))


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":  # one measured run, started by run_child
        kind, spec, result_path = sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
        result = (child_audit if kind == "audit" else child_plain)(spec)
        Path(result_path).write_text(json.dumps(result))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("cifar", "big"), help="run one part (default: both)")
    parser.add_argument("--cifar-tar", type=Path, default=DEFAULT_TAR, help="the CIFAR-10 export (default: %(default)s)")
    parser.add_argument("--cifar-dir", type=Path, help="an already extracted CIFAR-10 export, instead of --cifar-tar")
    parser.add_argument("--limit", type=int, help="audit a random subset of this many CIFAR images")
    parser.add_argument("--add", type=int, default=600, help="new photos for the incremental run (default: %(default)s)")
    parser.add_argument("--big-dir", type=Path, default=DEFAULT_WORK / "big", help="default: %(default)s")
    parser.add_argument("--big-n", type=int, default=1_000_000, help="images in the big dataset (default: %(default)s)")
    parser.add_argument("--generate-only", action="store_true", help="generate the big dataset, then stop")
    parser.add_argument("--gen-workers", type=int, default=os.cpu_count() or 1, help="generation processes")
    parser.add_argument("--plain-sample", type=int, default=100_000,
                        help="time the plain loop on at most this many random files and scale (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=1, help="repeats; times are medians (default: %(default)s)")
    parser.add_argument("--jobs", type=int, help="the audit's scan processes (default: dataaudit's, all cores)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK, help="default: %(default)s")
    parser.add_argument("--results", type=Path, default=DEFAULT_WORK / "results.json",
                        help="results are merged into this JSON file (default: %(default)s)")
    args = parser.parse_args()
    args.work_dir.mkdir(parents=True, exist_ok=True)

    if args.generate_only:
        generate_big(cifar_source(args), args.big_dir, args.big_n, args.seed, args.gen_workers)
        return
    print(f"dataaudit scale benchmark: {os.cpu_count()} cores, load average {load_average()}")
    saved = json.loads(args.results.read_text()) if args.results.exists() else {}
    results: dict = {}
    if args.only in (None, "cifar"):
        results["cifar"] = bench_cifar(args)
        if results["cifar"]["full"]:
            results["cifar_full"] = results["cifar"]
    if args.only in (None, "big"):
        results["big"] = bench_big(args)
    print(f"\nload average at the end: {load_average()}")
    summary(results, saved, args.results)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps({**saved, **results}, indent=2))


if __name__ == "__main__":
    main()
