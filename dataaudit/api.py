"""The public entry points: :func:`audit` and :func:`gate`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from dataaudit import auditors as registry
from dataaudit.auditors import AuditContext, Auditor
from dataaudit.model.baseline import load_baseline
from dataaudit.scan.cache import FeatureCache, default_cache_path
from dataaudit.engine.runner import run_auditors
from dataaudit.options import CORE_DEFAULTS, CORE_PARAMETERS, merge_config, split_options
from dataaudit.errors import ParameterError
from dataaudit.params import validate_params
from dataaudit.progress import Progress, Stage
from dataaudit.safety import WriteBoundary, require_address_space
from dataaudit.model.report import Report
from dataaudit.engine.tasks import IN_PROCESS, Tasks, local_tasks
from dataaudit.scan.scanner import default_jobs, scan
from dataaudit.scan.store import work_folder
from dataaudit.model.selection import Selection
from dataaudit.sources import Dataset, collect_code, resolve_source
from dataaudit.sources.groups import apply_group_pattern

__all__ = ["audit", "gate", "CORE_PARAMETERS"]

def _open_cache(setting: bool | str | os.PathLike[str], boundary: WriteBoundary) -> FeatureCache | None:
    if setting is False:
        return None
    path = default_cache_path() if setting is True else Path(os.fspath(setting)).expanduser()
    cache = FeatureCache(boundary.check(path, "the feature cache"))
    try:  # the scan's feature files go beside it: a planted link there must not lead into the data either
        boundary.check(work_folder(cache.path), "the scan's feature files", folder=True)
    except BaseException:
        cache.close()
        raise
    return cache if cache.usable else None


def dataset_boundary(source: Any, dataset: Dataset) -> WriteBoundary:
    """Where nothing may be written: the dataset folder (a manifest's folder is not all dataset, only the
    manifest and the files beside it that were read are), every image's folder, the code files read."""
    paths = dataset.samples["path"].dropna().tolist() if "path" in dataset.samples else []
    folders = {os.path.dirname(p) for p in paths}
    files: set[str] = set()
    if dataset.root is not None:
        if dataset.kind == "folder":
            folders.add(os.fspath(dataset.root))
        files.update(os.path.join(dataset.root, rel) for rel in dataset.code_files if not os.path.isabs(rel))
    files.update(rel for rel in dataset.code_files if os.path.isabs(rel))
    if isinstance(source, (str, os.PathLike)) and os.path.isfile(os.path.expanduser(os.fspath(source))):
        files.add(os.path.expanduser(os.fspath(source)))
    return WriteBoundary.of(folders, files)


def audit(source: Any, **options: Any) -> Report:
    """Audit a dataset and return a :class:`~dataaudit.Report`.

    ``source`` is an image folder (``root/<split>/<class>/<image>``,
    ``root/<class>/<image>``, ``root/<split>/<image>``), a CSV/TSV/Parquet
    manifest, a pandas DataFrame with path/label/split columns, arrays such as
    ``{"train": (x_train, y_train), "val": (x_val, y_val)}``, a ``tf.data`` dataset,
    a Hugging Face ``Dataset``/``DatasetDict``, a torch-style dataset (``len()`` and
    ``[i]`` returning ``(image, label)``) or a list of ``(path, label[, split])``
    records; datasets by split as a dict ``{"train": ds, "val": ds}`` or a tuple
    ``(train_ds, val_ds)`` (see ``docs/user-guide.md``, "Inputs");
    or None with ``code=...`` to audit training code alone.

    Options (all keyword-only; see ``docs/user-guide.md``):

    - ``select`` / ``ignore``: rule code prefixes (``"DA1"``, ``["DA101", "DA2"]``);
    - ``fail_on``: ``"error"`` (default), ``"warning"``, ``"info"`` or ``"never"``;
    - ``baseline``: a JSON baseline file; its known findings do not count;
    - ``cache``: True (default, user cache dir), False, or a path to the SQLite file;
    - ``jobs``: decoding processes (default: all cores); ``progress``: progress bar;
    - ``chunk_size``: images an auditor reads at once from the scan's on-disk features (bounds memory);
    - ``max_image_bytes``: image files larger than this are reported (DA031) and not read;
    - ``validation_split`` + ``seed``: reproduce Keras's ``image_dataset_from_directory``
      subsets on a folder without split folders;
    - ``split_aliases``: e.g. ``{"holdout": "test"}``;
    - ``path_column`` / ``label_column`` / ``split_column``, ``allow_outside_root``: manifests
      (``label_column`` may name several one-hot columns);
    - ``image_column``: the image column of a Hugging Face dataset;
    - ``max_samples``: samples read per split from a dataset that must be iterated (default 50,000);
    - ``trust_pickles``: let per-split array files that need unpickling be read (off by default);
    - ``code``: training scripts or notebooks to analyse (besides those in the dataset folder);
    - ``config``: a pyproject.toml to read ``[tool.dataaudit]`` from (True: search upwards);
    - ``storage_options``: fsspec options for a source in object storage (``"s3://bucket/data/"``, ``gs://``,
      ``az://``, ``https://.../manifest.csv``), e.g. credentials or ``client_kwargs``; never recorded;
    - ``client``: a ``dask.distributed.Client``: the scan runs on its cluster, partitions written under
      ``work_dir`` (a path or URL every worker can reach; see ``docs/scaling.md``);
    - ``<auditor name>={...}``: that auditor's parameters, e.g. ``integrity={"min_side": 24}``.
    """
    all_auditors = registry.registered_auditors()
    names = {a.name for a in all_auditors}
    options = merge_config(dict(options), names)
    core, per_auditor = split_options(options, names)
    validate_params(core, CORE_PARAMETERS, "audit()")
    opts = {**CORE_DEFAULTS, **core}
    # Where and how to reach the data: not part of what the audit found (nor of its stored results' keys),
    # and the storage options may hold credentials, which no report, cache or log may show.
    reach = {name: opts.pop(name) for name in ("storage_options", "client", "work_dir")}
    if reach["work_dir"] is not None and reach["client"] is None:
        raise ParameterError("work_dir= is where Dask workers write the scan's partitions; it needs client= "
                             "(CLI: --work-dir needs --scheduler).")

    known_codes = [r.code for r in registry.all_rules()]
    selection = Selection(opts["select"], opts["ignore"], known_codes)
    instances = [cls(**per_auditor.get(cls.name, {})) for cls in _auditors_to_run(all_auditors, selection)]
    baseline = load_baseline(opts["baseline"]) if opts["baseline"] is not None else set()

    progress = Progress.resolve(opts["progress"])  # decided once: every stage of this audit follows it
    # Files are counted while a folder is walked; other sources are listed without a count.
    walked = isinstance(source, (str, os.PathLike)) and os.path.isdir(os.path.expanduser(os.fspath(source)))
    with progress.stage("listing", unit="files" if walked else "") as listing:
        dataset = _list_source(source, opts, listing, reach["storage_options"])

    if dataset.has_images:
        require_address_space()
    features = sorted({f for a in instances if dataset.has_images for f in a.required_features()})
    boundary = dataset_boundary(source, dataset)
    cache = _open_cache(opts["cache"], boundary)
    tasks: Tasks = IN_PROCESS
    try:
        executor = None
        if reach["client"] is not None:
            from dataaudit.distributed import executor_for
            from dataaudit.distributed.tasks import DaskTasks

            executor = executor_for(reach["client"], reach["work_dir"], reach["storage_options"], source)
        table, stats = scan(dataset, features, cache=cache, jobs=opts["jobs"], progress=progress,
                            chunk_size=opts["chunk_size"], max_image_bytes=opts["max_image_bytes"],
                            executor=executor)
        store = cache if cache is not None and cache.usable else None
        # The auditors' heavy tasks run on the cluster that ran the scan; without one, see local_tasks.
        tasks = DaskTasks(executor) if executor is not None else local_tasks(opts["jobs"] or default_jobs())
        ctx = AuditContext(table=table, dataset=dataset, options=dict(opts), progress=progress, store=store,
                           tasks=tasks)
        # The cache also keeps each auditor's last results: an unchanged dataset is not searched again.
        findings, runs = run_auditors(instances, ctx, results=store)
    finally:
        tasks.close()
        if cache is not None:
            cache.close()
    findings.extend(failure.finding() for failure in registry.plugin_failures())

    kept = [f for f in findings if selection(f.code)]
    active = [f for f in kept if f.fingerprint not in baseline]
    known = [f for f in kept if f.fingerprint in baseline]
    config = {
        **{k: v for k, v in opts.items() if k not in ("progress",)},
        **_reach_config(reach),
        **selection.to_dict(),
        "auditors": {a.name: a.params for a in instances},
    }
    return Report(
        findings=active,
        baselined=known,
        summary=dataset.summary(),
        auditors=runs,
        scan=stats.to_dict(),
        config=config,
        source={
            "kind": dataset.kind,
            "layout": dataset.layout,
            "root": str(dataset.root) if dataset.root is not None else None,
            "description": dataset.description,
        },
        fail_on=opts["fail_on"],
        table=table,
        boundary=boundary,
    )


def _reach_config(reach: dict[str, Any]) -> dict[str, Any]:
    """What the report records of how the data was reached: option names only, no credentials."""
    from dataaudit.storage import display_url, redacted_options

    out: dict[str, Any] = {}
    if reach["storage_options"]:
        out["storage_options"] = redacted_options(reach["storage_options"])
    if reach["client"] is not None:
        out["scheduler"] = str(getattr(getattr(reach["client"], "scheduler", None), "address", "dask"))
    if reach["work_dir"] is not None:
        out["work_dir"] = display_url(os.fspath(reach["work_dir"]))
    return out


def _list_source(source: Any, opts: dict[str, Any], listing: Stage, storage_options: Any = None) -> Dataset:
    """The listing of ``source``, with the code files named by the ``code`` option.

    ``source=None`` with ``code`` audits the code alone (no dataset).
    """
    if source is None and opts["code"]:
        from dataaudit.sources.code_only import code_only_dataset

        dataset = code_only_dataset()
        code_paths = [opts["code"]] if isinstance(opts["code"], (str, os.PathLike)) else list(opts["code"])
        dataset.code_files.update(collect_code(code_paths, None))
        return dataset
    dataset = resolve_source(
        source,
        validation_split=opts["validation_split"],
        seed=opts["seed"],
        split_aliases=opts["split_aliases"],
        path_column=opts["path_column"],
        label_column=opts["label_column"],
        split_column=opts["split_column"],
        group_column=opts["group_column"],
        image_column=opts["image_column"],
        max_samples=opts["max_samples"],
        allow_outside_root=opts["allow_outside_root"],
        trust_pickles=opts["trust_pickles"],
        progress=listing,
        storage_options=storage_options,
    )
    if opts["group_pattern"] is not None:
        apply_group_pattern(dataset, opts["group_pattern"])
    elif opts["group_column"] is not None and not dataset.group_origin:
        raise ParameterError(f"group_column={opts['group_column']!r} names a manifest column, but this source is "
                             f"a {dataset.kind}; for image folders give the group as group_pattern= (a regular "
                             "expression over each image's path).")
    if opts["code"]:
        code_paths = [opts["code"]] if isinstance(opts["code"], (str, os.PathLike)) else list(opts["code"])
        dataset.code_files.update(collect_code(code_paths, dataset.root))
    return dataset


def _auditors_to_run(all_auditors: list[type[Auditor]], selection: Selection) -> list[type[Auditor]]:
    """Auditors with a selected rule, and those whose results they read (``after``), transitively.

    A finding must not depend on what else was selected: DA405 needs the preprocessing auditor's
    code observations, and DA204 excludes images the leakage auditor found, even when only they are
    selected. The extra auditors' own findings are dropped by the selection afterwards.
    """
    by_name = {cls.name: cls for cls in all_auditors}
    wanted = {cls.name for cls in all_auditors if any(selection(r.code) for r in cls.rules)}
    pending = list(wanted)
    while pending:
        for dep in by_name[pending.pop()].after:
            if dep in by_name and dep not in wanted:
                wanted.add(dep)
                pending.append(dep)
    return [cls for cls in all_auditors if cls.name in wanted]


def gate(source: Any, fail_on: str = "error", **options: Any) -> Report:
    """Audit ``source`` and raise :class:`~dataaudit.AuditFailed` when findings at or above ``fail_on`` remain.

    Returns the report when the gate passes. Takes the same options as :func:`audit`.
    """
    report = audit(source, fail_on=fail_on, **options)
    return report.raise_for_findings(fail_on)

