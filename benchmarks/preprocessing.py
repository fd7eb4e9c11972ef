"""Preprocessing-leak auditor: corpus precision/recall, analysis speed on 5,000-line code, array checks on photos.

    python benchmarks/preprocessing.py [FOLDER] [--repeats 5]

1. Precision and recall of the static analysis on the labelled corpus in
   ``tests/data/preprocessing_corpus`` (a case counts as found when any leak is
   reported; "located" also requires the labelled rule and fit line), overall
   and per leak family; a case that is a folder is analysed as one program.
   The held-out corpora in ``tests/data/preprocessing_corpus_heldout``,
   ``tests/data/preprocessing_corpus_heldout2``, ``..._heldout3`` and ``..._heldout4``
   (same format) are each reported separately when present; the blind parts
   (3 and 4) print their counts but never the names of their misses. Targets (issue 15):
   precision >= 0.98, recall >= 0.95 overall and >= 0.90 per family.
2. Time to analyse generated 5,000-line code (median of --repeats runs),
   parse included, with ``ast.parse`` alone on the same text as the baseline
   measured in the same run. Three shapes: a flat script, a script of
   functions calling each other (inlined at call sites), and a 250-cell
   notebook. Target: under one second. Then flat scripts of 10,000, 25,000
   and 50,000 lines (issue 18: linear, 50,000 lines under two seconds).
3. ``array_signature`` and ``check_fitted`` on real photos (FOLDER, default
   ``../shared/data/cifar10-sample``: CIFAR-10 JPEGs under <class>/): a
   per-channel standardisation fitted on train+val must be found, one fitted
   on train alone must not; with times. Skipped, with a message, when the
   folder is missing.
"""

from __future__ import annotations

import argparse
import ast
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dataaudit.auditors.preprocessing.code_files import load_code_file  # noqa: E402
from dataaudit.auditors.preprocessing.fitted import check_fitted  # noqa: E402
from dataaudit.auditors.preprocessing.leaks import analyse_code_file  # noqa: E402
from dataaudit.auditors.preprocessing.program import analyse_code_files  # noqa: E402
from dataaudit.auditors.preprocessing.saved_arrays import array_signature  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "preprocessing_corpus"
HELD_OUT = ROOT / "tests" / "data" / "preprocessing_corpus_heldout"
HELD_OUT_2 = ROOT / "tests" / "data" / "preprocessing_corpus_heldout2"
HELD_OUT_3 = ROOT / "tests" / "data" / "preprocessing_corpus_heldout3"
HELD_OUT_4 = ROOT / "tests" / "data" / "preprocessing_corpus_heldout4"


def analyse_case(corpus: Path, name: str) -> tuple[list, list]:
    """The leaks (and problems) found in one case: a file, or a folder of files analysed as one program."""
    path = corpus / name
    if path.is_dir():
        files = {f.relative_to(path).as_posix(): f.read_text() for f in sorted(path.rglob("*"))
                 if f.suffix in (".py", ".ipynb")}
        parts = analyse_code_files(files)
        return [lk for p in parts for lk in p.analysis.leaks], [x for p in parts for x in p.analysis.problems]
    analysis = analyse_code_file(load_code_file(name, path.read_text()))
    return list(analysis.leaks), list(analysis.problems)


def corpus_scores(corpus: Path, title: str, name_misses: bool = True) -> None:
    labels = json.loads((corpus / "labels.json").read_text())
    tp = fp = fn = tn = located = 0
    misses = []
    families: dict[str, list[int]] = {}
    for name, label in sorted(labels.items()):
        leaks, _problems = analyse_case(corpus, name)
        found = bool(leaks)
        fit = label.get("fit", "")
        where = fit if (corpus / name).is_dir() else f"{name}:{fit}"
        if label["verdict"] == "leak":
            tally = families.setdefault(label.get("family", "(no family)"), [0, 0])
            tally[1] += 1
            if found:
                tp += 1
                tally[0] += 1
                located += any(lk.code == label["code"] and lk.fit_location == where for lk in leaks)
            else:
                fn += 1
                misses.append(f"missed: {name}")
        elif found:
            fp += 1
            misses.append(f"false alarm: {name} ({', '.join(lk.fit_location for lk in leaks)})")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    programs = sum((corpus / n).is_dir() for n in labels)
    print(f"{title}: {len(labels)} cases ({tp + fn} leaks, {tn + fp} clean), "
          f"{sum(n.endswith('.ipynb') for n in labels)} notebooks, {programs} multi-file programs")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  (tp={tp} fp={fp} fn={fn} tn={tn}); "
          f"located (rule and fit line right): {located}/{tp + fn}")
    for family, (hit, total) in sorted(families.items()):
        print(f"  recall {hit / total:.3f} ({hit}/{total}) for family {family}")
    if name_misses:
        for line in misses:
            print("  " + line)
    elif misses:
        print(f"  ({len(misses)} misses and false alarms not named: this part stays blind)")


def corpora() -> None:
    corpus_scores(CORPUS, "corpus (development)")
    # Written separately and never read while the analysis was developed: reported on its own.
    # Held-out 1 and 2 have had their misses named (they are no longer blind); 3 and 4 never name theirs, so
    # that running this benchmark while developing does not turn them into development data.
    for folder, title, blind in ((HELD_OUT, "corpus (held out)", False), (HELD_OUT_2, "corpus (held-out 2)", False),
                                 (HELD_OUT_3, "corpus (held-out 3)", True), (HELD_OUT_4, "corpus (held-out 4)", True)):
        if (folder / "labels.json").is_file():
            corpus_scores(folder, title, name_misses=not blind)
        else:
            print(f"{title}: not present")


def _flat_script(lines: int) -> str:
    parts = [p.read_text() for p in sorted(CORPUS.glob("*.py"))]
    out, k = [], 0
    while sum(chunk.count("\n") for chunk in out) < lines:
        out.append(f"# --- block {k}\n" + parts[k % len(parts)])
        k += 1
    return "\n".join(out)


def _function_script(lines: int) -> str:
    head = ("import numpy as np\nimport pandas as pd\nfrom sklearn.model_selection import train_test_split\n"
            "from sklearn.preprocessing import StandardScaler\n\n")
    body, k = [head], 0
    while sum(chunk.count("\n") for chunk in body) < lines:
        body.append(f'''
def load_{k}(path):
    frame = pd.read_csv(path)
    frame = frame.dropna()
    return frame.drop(columns=["y"]), frame["y"]


def scale_{k}(X):
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    return (X - mean) / std


def prepare_{k}(path):
    X, y = load_{k}(path)
    X = scale_{k}(X)
    if len(X) > 10:
        X = X.clip(-5, 5)
    return X, y


def experiment_{k}(path):
    X, y = prepare_{k}(path)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test), y_train, y_test


results_{k} = experiment_{k}("data_{k}.csv")
''')
        k += 1
    return "".join(body)


def _notebook(lines: int) -> str:
    text = _flat_script(lines).split("\n")
    cells, size = [], len(text) // 250 + 1
    for i in range(0, len(text), size):
        chunk = text[i:i + size]
        while chunk and not chunk[-1].strip():
            chunk.pop()
        cells.append({"cell_type": "code", "execution_count": len(cells) + 1, "metadata": {}, "outputs": [],
                      "source": "\n".join(chunk)})
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _safe_cells(text: str) -> str:
    """Cut the notebook only between top-level statements so that every cell parses."""
    nb = json.loads(text)
    source = "\n".join(c["source"] for c in nb["cells"])
    tree = ast.parse(source)
    lines = source.split("\n")
    # (a decorated definition starts at its first decorator)
    starts = [min([s.lineno] + [d.lineno for d in getattr(s, "decorator_list", [])]) - 1 for s in tree.body]
    bounds = starts[:: max(1, len(starts) // 250)] + [len(lines)]
    nb["cells"] = [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                    "source": "\n".join(lines[a:b])} for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    return json.dumps(nb)


def speed(repeats: int) -> None:
    shapes = {
        "flat script": ("big.py", _flat_script(5000)),
        "functions calling functions": ("funcs.py", _function_script(5000)),
        "notebook, ~250 cells": ("big.ipynb", _safe_cells(_notebook(5000))),
    }
    for label, (name, text) in shapes.items():
        source = text if name.endswith(".py") else "\n".join(c["source"] for c in json.loads(text)["cells"])
        n_lines = source.count("\n") + 1
        parse_times, total_times = [], []
        leaks = 0
        for _ in range(repeats):
            started = time.perf_counter()
            ast.parse(source)
            parse_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            analysis = analyse_code_file(load_code_file(name, text))
            total_times.append(time.perf_counter() - started)
            leaks = len(analysis.leaks)
            assert not analysis.problems and not analysis.truncated, analysis.problems
        parse, total = statistics.median(parse_times), statistics.median(total_times)
        print(f"speed, {label}: {n_lines} lines analysed in {total:.3f}s (median of {repeats}; parse included), "
              f"ast.parse alone {parse:.3f}s, ratio {total / parse:.1f}x; {leaks} leaks; "
              f"target < 1 s: {'met' if total < 1.0 else 'MISSED'}")


def linear_scaling(repeats: int) -> None:
    """Analysis time against script length: it must grow linearly (a 50,000-line script under 2 s)."""
    for lines in (10_000, 25_000, 50_000):
        text = _flat_script(lines)
        n_lines = text.count("\n") + 1
        times, cpu_times, parse_times = [], [], []
        for _ in range(max(1, repeats // 2)):
            started = time.perf_counter()
            ast.parse(text)
            parse_times.append(time.perf_counter() - started)
            started, cpu_started = time.perf_counter(), time.process_time()
            analysis = analyse_code_file(load_code_file("big.py", text))
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
            assert not analysis.truncated
        best, cpu, parse = statistics.median(times), statistics.median(cpu_times), statistics.median(parse_times)
        target = f"; target < 2 s: {'met' if best < 2.0 else 'MISSED'}" if lines == 50_000 else ""
        # On a shared machine the wall time includes waiting for a core; the CPU time is what the analysis costs.
        print(f"scaling: {n_lines} lines analysed in {best:.3f}s wall, {cpu:.3f}s CPU "
              f"({best / n_lines * 1e6:.1f} us/line; parse included), ast.parse alone {parse:.3f}s, "
              f"ratio {best / parse:.1f}x{target}")


def photos(folder: Path) -> None:
    if not folder.is_dir():
        print(f"photos: {folder} is missing; pass the CIFAR-10 sample folder to run the array checks on real images")
        return
    from PIL import Image
    from sklearn.preprocessing import StandardScaler

    paths = sorted(folder.glob("*/*.jpg"))
    images = np.stack([np.asarray(Image.open(p).convert("RGB"), dtype=np.float32) for p in paths])
    rng = np.random.default_rng(0)
    order = rng.permutation(len(images))
    n_train, n_val = int(0.7 * len(images)), int(0.15 * len(images))
    train, val, test = (images[order[:n_train]], images[order[n_train:n_train + n_val]],
                        images[order[n_train + n_val:]])
    print(f"photos: {len(images)} CIFAR-10 images from {folder} (train {len(train)}, val {len(val)}, "
          f"test {len(test)})")

    def channel_standardise(fit_on: np.ndarray, dtype) -> dict[str, np.ndarray]:
        mean, std = fit_on.mean(axis=(0, 1, 2), dtype=dtype), fit_on.std(axis=(0, 1, 2), dtype=dtype)
        return {n: ((a - mean) / std).astype(np.float32) for n, a in (("train", train), ("val", val), ("test", test))}

    # Statistics accumulated in float64 (as scikit-learn does) are exact enough to tell the fit set;
    # numpy's float32 accumulation over 1.7M values per channel is off by ~1e-3, and then the check must
    # say nothing rather than guess.
    for accumulate, label, fit_on, expected in (
            (np.float64, "train alone", train, "nothing"),
            (np.float64, "train+val", np.concatenate([train, val]), "train+val"),
            (np.float32, "train alone", train, "nothing"),
            (np.float32, "train+val", np.concatenate([train, val]), "nothing")):
        arrays = channel_standardise(fit_on, accumulate)
        started = time.perf_counter()
        found = array_signature(arrays)
        seconds = time.perf_counter() - started
        verdict = ", ".join(f"{s.transform}/{s.granularity} fitted on {s.fitted_on}" for s in found) or "nothing"
        ok = verdict == "nothing" if expected == "nothing" else all(s.fitted_on == expected for s in found) and found
        print(f"  array_signature, per-channel standardisation fitted on {label} "
              f"(statistics accumulated in {np.dtype(accumulate).name}): {verdict} in {seconds:.2f}s "
              f"({'as expected' if ok else 'UNEXPECTED'})")

    flat_train, flat_val = train.reshape(len(train), -1), val.reshape(len(val), -1)
    for label, fit_on in (("train alone", flat_train), ("train+val", np.concatenate([flat_train, flat_val]))):
        scaler = StandardScaler().fit(fit_on)
        started = time.perf_counter()
        result = check_fitted(scaler, train, {"val": val})
        seconds = time.perf_counter() - started
        print(f"  check_fitted, StandardScaler on {fit_on.shape[1]} pixel features fitted on {label}: "
              f"{result.status} {', '.join(result.matched)} (leaked={result.leaked}) in {seconds:.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "data" / "cifar10-sample"))
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    corpora()
    speed(args.repeats)
    linear_scaling(args.repeats)
    photos(Path(args.folder))


if __name__ == "__main__":
    main()
