"""Preprocessing fitted before the split (DA3xx): training code, fitted objects and saved arrays."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from dataaudit.engine.artifacts import CodeObservations
from dataaudit.errors import DataAuditError, ParameterError
from dataaudit.model.findings import Finding, Location, Severity, make_fingerprint
from dataaudit.model.fixes import CodeRewrite, Refit
from dataaudit.params import Boolean, InstanceOf, Interval, MappingOf, NoneValue
from dataaudit.auditors.preprocessing.fitted import check_fitted, supported_object
from dataaudit.auditors.preprocessing.leaks import CodeLeak
from dataaudit.auditors.preprocessing.program import ProgramPart, analyse_code_files
from dataaudit.auditors.preprocessing.rewrite import fixed_files, plan_fix
from dataaudit.auditors.preprocessing.saved_arrays import array_signature
from dataaudit.engine.auditor import AuditContext, Auditor, Rule

__all__ = ["PreprocessingAuditor"]


class FitBeforeSplit(Rule):
    """Preprocessing fitted on data that is split afterwards.

    ## What it does
    Reads the training scripts and notebooks (never runs them) and follows the
    data from where it is loaded to where it is split. Reports a fit-like call
    (`fit`, `fit_transform`, `adapt`, `ImageDataGenerator.fit`, `fit_on_texts`,
    a mean/std/quantile applied to the data, a fill across rows such as
    `ffill`/`interpolate`, a model whose predictions or importances become
    features, an encoder or `get_dummies` learning categories, a formula's
    stateful transform) whose learned state ends up in data that a later
    `train_test_split`, `KFold.split` (also old `KFold(n, n_folds=k)`
    iterated), `random_split`, `np.split`, complementary slices, tf.data
    `take`/`skip`, `validation_split=` or cross-validation call divides.
    Scripts that hand data to each other through files (`np.save` then
    `np.load`) are followed as one program. Leaks of categories only are
    reported as warnings.

    ## Why it matters
    The scaler, imputer, PCA, vocabulary or normalisation layer has seen the
    validation or test rows: their statistics shape the training features, and
    the evaluation is more optimistic than what unseen data will give.

    ## Example
    `train.py:12` runs `StandardScaler().fit_transform(X)` and `train.py:15`
    splits `X` with `train_test_split`.

    ## Fix
    Split first; fit on the training part and transform every part with it, or
    put the transformer in a `Pipeline` given to `cross_val_score`/`GridSearchCV`.
    The finding carries the corrected code.
    """

    code = "DA301"
    slug = "fit-before-split"
    severity = Severity.ERROR


class FitIncludesEvaluationData(Rule):
    """Preprocessing fitted on rows that are set aside for evaluation.

    ## What it does
    Reports fits that see validation or test rows after the data was split: a
    fit on all the data (the split's input), on a concatenation of training and
    validation parts (`np.concatenate([X_train, X_val])`, `pd.concat([train,
    test])`), or a re-fit on the evaluation part itself
    (`scaler.fit_transform(X_test)`), when the fitted state is then applied to
    evaluation data.

    ## Why it matters
    The evaluation rows influence the features the model is trained or scored
    on, so the reported score is not that of unseen data.

    ## Example
    `scaler.fit(np.concatenate([X_train, X_val]))` at `prep.py:30`.

    ## Fix
    Fit on the training part only; use `transform` (not `fit_transform`) on
    validation and test data.
    """

    code = "DA302"
    slug = "fit-includes-evaluation-data"
    severity = Severity.ERROR


class ResamplingBeforeSplit(Rule):
    """Oversampling, augmentation or duplication of rows before the split.

    ## What it does
    Reports SMOTE/ADASYN/RandomOverSampler `fit_resample`, bootstrap
    `resample(..., replace=True)`, `df.sample(replace=True)`, and stacking data
    with altered copies of itself (`np.concatenate([X, np.flip(X, 2)])`) whose
    result is split afterwards (also by cross-validation).

    ## Why it matters
    Copies and synthetic neighbours of the same original row land on both
    sides of the split: the model is evaluated on near-copies of its training
    rows.

    ## Example
    `X_res, y_res = SMOTE().fit_resample(X, y)` followed by
    `train_test_split(X_res, y_res)`.

    ## Fix
    Split first and resample or augment only the training part, or use an
    imbalanced-learn `Pipeline` inside cross-validation.
    """

    code = "DA303"
    slug = "resampling-before-split"
    severity = Severity.ERROR


class FittedOnEvaluationData(Rule):
    """A fitted preprocessing object whose statistics come from evaluation rows.

    ## What it does
    Compares what a fitted object learned (a scaler's means and ranges,
    `n_samples_seen_`, an encoder's categories, a vectoriser's vocabulary, a
    Keras `Normalization` layer's mean and variance, an `ImageDataGenerator`'s
    mean and std) with the same statistics of the training split alone, each
    other split, and their unions, and reports objects that match a set
    including evaluation rows. Objects are given with the `fitted` parameter
    (or checked directly with `dataaudit.check_fitted`).

    ## Why it matters
    The object in your pipeline carries statistics of the validation or test
    rows into training.

    ## Example
    A `StandardScaler` with `n_samples_seen_ == 1250` whose means equal those
    of train (1000 rows) plus validation (250 rows).

    ## Fix
    Refit the object on the training split alone.
    """

    code = "DA304"
    slug = "fitted-on-evaluation-data"
    severity = Severity.ERROR


class UnionFittedArrays(Rule):
    """Saved splits transformed with statistics of their union.

    ## What it does
    For splits given as arrays or per-split files that are already
    transformed, looks for the exact fingerprint a fitted transform leaves:
    the union of the splits is exactly zero-mean and unit-variance (or spans
    exactly [0, 1], or has median 0 and IQR 1) per feature while the training
    split alone is not. Also reports splits each standardised with their own
    statistics.

    ## Why it matters
    The transform was fitted on validation/test rows before the data was
    saved; models trained on these files inherit the leak.

    ## Example
    `train.npy` has feature means around 0.02 while `train.npy` plus `val.npy`
    have means of exactly 0 and standard deviations of exactly 1.

    ## Fix
    Recompute the saved splits from raw data with the transform fitted on the
    training split only.
    """

    code = "DA305"
    slug = "union-fitted-arrays"
    severity = Severity.ERROR


class FittedObjectUnverified(Rule):
    """A fitted object that could not be checked against the splits.

    ## What it does
    Reports objects passed in `fitted` whose statistics match none of the
    splits or their unions, match several equally well, or could not be
    compared (no arrays in the source, wrong number of features).

    ## Why it matters
    The check could not confirm that the object was fitted on training data
    only.

    ## Example
    A scaler fitted on a different dataset than the arrays given.

    ## Fix
    Pass the raw splits the object was fitted from, or check it directly with
    `dataaudit.check_fitted`.
    """

    code = "DA306"
    slug = "fitted-object-unverified"
    severity = Severity.INFO


class CodeNotAnalysed(Rule):
    """Training code that could not be analysed.

    ## What it does
    Lists code files (or notebook cells) that do not parse as Python,
    notebooks whose JSON cannot be read (malformed, or nested too deeply),
    files that were not read at all (not a regular file, such as a FIFO, or
    over the 64 MB size limit), statements nested too deeply to analyse (the
    rest of the file is analysed), and analyses that stopped early on an
    extremely large file. A code file is never skipped silently.

    ## Why it matters
    Leaks in that code cannot be found.

    ## Example
    A Python 2 script with `print x` statements.

    ## Fix
    Fix the syntax error, or ignore this finding.
    """

    code = "DA307"
    slug = "code-not-analysed"
    severity = Severity.INFO


_SPLIT_WORDS = {
    "train_test_split": "train_test_split", "validation_split": "model.fit(validation_split=...)",
    "slicing": "slicing", "index": "indexing with split indices", "drop": "drop()",
}


def _describe_fit(leak: CodeLeak) -> str:
    fit = leak.fit
    if fit.kind == "stats":
        return f"a statistic ({leak.fit_call})" if leak.fit_call else "a statistic of the data"
    if fit.kind == "copy" and not fit.cls:
        return leak.fit_call or "stacking rows with their copies"
    if fit.cls:
        return f"{fit.cls}.{fit.method}"
    return leak.fit_call or fit.method


def _describe_split(leak: CodeLeak) -> str:
    split = leak.split
    if split.func == "load":
        return "the evaluation data loaded"
    if split.func in _SPLIT_WORDS:
        return _SPLIT_WORDS[split.func]
    return split.func or "the split"


_ORDER_NOTES = {
    "execution": " (in the order the cells were executed; run top to bottom, the notebook differs)",
    "top-to-bottom": " (when the notebook is run top to bottom; its saved execution order differs)",
}


def _message(leak: CodeLeak) -> str:
    what = _describe_fit(leak)
    data = f" on {leak.fitted_data}" if leak.fitted_data else ""
    split, where = _describe_split(leak), leak.split.location
    fitted = "computed" if leak.fit.kind == "stats" else "fitted"
    if leak.fit.kind == "stats":
        what = leak.fit_call or "a statistic of the data"
        data = f" over {leak.fitted_data}" if leak.fitted_data else ""
    if leak.kind == "fit-before-split":
        text = (f"{leak.fit_location}: {what} is {fitted}{data} before {split} at {where} splits those rows; "
                "the evaluation part's statistics leak into training.")
    elif leak.kind == "fit-on-all-data":
        text = (f"{leak.fit_location}: {what} is {fitted}{data}, including the evaluation rows that {split} at "
                f"{where} set aside.")
    elif leak.kind == "fit-on-train-and-eval":
        text = f"{leak.fit_location}: {what} is {fitted}{data}, which includes evaluation rows ({split} at {where})."
    elif leak.kind == "fit-on-eval":
        text = (f"{leak.fit_location}: {what} is {fitted}{data}, evaluation rows ({split} at {where}); fit on the "
                "training part and only transform evaluation data.")
    elif leak.kind == "oversampling-before-split":
        rows = leak.fitted_data or "the data"
        text = (f"{leak.fit_location}: {what} oversamples {rows} before {split} at {where} splits the result: "
                "synthetic or copied rows of the same originals land on both sides.")
    else:
        text = (f"{leak.fit_location}: {what} stacks rows with copies of themselves before {split} at {where} "
                "splits them: copies of the same rows land on both sides.")
    if leak.learns == "categories":
        text += (" What leaked is the set of categories (and how often each occurs) in the evaluation rows, not "
                 "their statistics: smaller than a scaler's leak, but unseen-category handling is never exercised.")
    misnamed = _misnamed(leak)
    if misnamed:
        text += (f" Positions are trusted over names: {', '.join(misnamed)} "
                 f"{'is' if len(misnamed) == 1 else 'are'} named for the other part than the one "
                 f"{leak.split.func} returns at that position.")
    return text + _ORDER_NOTES.get(leak.order or "", "")


def _misnamed(leak: CodeLeak) -> list[str]:
    """Variables unpacked from a split whose names say the other role than their position gives."""
    parts = [p for p in (leak.part, *leak.train_parts) if p is not None]
    return sorted({name for p in parts for name in getattr(p, "misnamed", ())})


class PreprocessingAuditor(Auditor):
    """Preprocessing fitted before the split: static analysis of training code, fitted objects, saved arrays."""

    name = "preprocessing"
    reuse_results = True  # run() reads only the context: an unchanged dataset reuses the stored result
    code_prefix = "DA3"
    rules = (FitBeforeSplit, FitIncludesEvaluationData, ResamplingBeforeSplit, FittedOnEvaluationData,
             UnionFittedArrays, FittedObjectUnverified, CodeNotAnalysed)
    requires = ()
    needs_images = False
    parameters = {
        "code": [Boolean()],
        "signature": [Boolean()],
        "fitted": [MappingOf(InstanceOf(object, label="a fitted object"))],
        "tolerance": [Interval(float, 0, 1, closed="right"), NoneValue()],
    }
    defaults = {"code": True, "signature": True, "fitted": {}, "tolerance": None}

    def __init__(self, **params: Any):
        fitted = params.get("fitted")
        objects: dict[str, Any] = {}
        if isinstance(fitted, Mapping):
            objects = dict(fitted)
            # Keep the objects out of params (they end up in the JSON report); record their types there.
            params = {**params, "fitted": {k: type(v).__name__ for k, v in objects.items()}}
        super().__init__(**params)
        for key, obj in objects.items():
            if not supported_object(obj):
                raise ParameterError(
                    f"The 'fitted' parameter of the 'preprocessing' auditor got {key!r}: a {type(obj).__name__}, "
                    "which dataaudit cannot read; see dataaudit.check_fitted for the supported objects."
                )
        self.fitted_objects = objects

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        observations: list[dict] = []
        if self.params["code"]:
            # Files that hand data to each other through files (np.save here, np.load there) run as one program.
            for part in analyse_code_files(ctx.dataset.code_files):
                yield from self._code(part, observations)
        ctx.artifacts[self.name] = CodeObservations(image_data_generators=tuple(observations))
        if self.fitted_objects:
            yield from self._fitted(ctx)
        if self.params["signature"] and ctx.dataset.arrays:
            yield from self._signature(ctx)

    # -- training code ----------------------------------------------------------------------------

    def _code(self, part: ProgramPart, observations: list[dict]) -> Iterator[Finding]:
        analysis, code = part.analysis, part.code
        observations.extend(analysis.image_data_generators)
        for member in part.files:
            problems = list(member.problems)
            problems += [p for p in analysis.problems if p.startswith(f"{member.path}:") and p not in problems]
            if analysis.truncated and member is part.files[0]:
                problems.append(f"{code.path}: the analysis stopped early (the file is extremely large)")
            if problems:
                yield self.finding(
                    CodeNotAnalysed,
                    f"{member.path} was not {'fully ' if member.parsed else ''}analysed: {'; '.join(problems)}.",
                    locations=[Location(member.path)],
                    evidence={"file": member.path, "problems": problems},
                    key=member.path,
                )
        fixes = [plan_fix(leak, code) for leak in analysis.leaks]
        files = fixed_files(code, fixes)
        for leak, fix in zip(analysis.leaks, fixes):
            yield self._leak_finding(leak, fix, files)

    def _leak_finding(self, leak: CodeLeak, fix, files: dict[str, str]) -> Finding:
        rule = {"DA301": FitBeforeSplit, "DA302": FitIncludesEvaluationData, "DA303": ResamplingBeforeSplit}[leak.code]
        split = leak.split
        evidence = {
            "file": leak.path,
            "leak_kind": leak.kind,
            "fit": {"location": leak.fit_location, "line": leak.fit_line, "cell": leak.fit_cell,
                    "call": leak.fit_call, "method": leak.method, "class": leak.cls, "learns": leak.learns,
                    "data": leak.fitted_data},
            "split": {"location": split.location, "line": split.line, "cell": split.cell, "call": split.call,
                      "function": split.func, "part": split.part},
            "other_splits": [s.location for s in leak.splits[1:]],
        }
        if leak.order:
            evidence["notebook_order"] = leak.order
        if _misnamed(leak):
            evidence["misnamed_split_outputs"] = _misnamed(leak)
        rewrite = fix.applicability == "suggested"
        payload = CodeRewrite(
            path=leak.path, leak_kind=leak.kind, code=fix.code, how=fix.how, template=fix.template,
            lines=fix.lines if rewrite else None, original=fix.original if rewrite else None,
            files=files if rewrite and files else None,
        )
        title = "Corrected code: " + fix.how if fix.applicability == "suggested" else "The leak-free pattern: " + fix.how
        # A vocabulary or a set of categories leaks less than statistics (issue 15): reported as a warning.
        severity = Severity.WARNING if leak.learns in ("vocabulary", "categories") else None
        locations = [Location(leak.fit_location), Location(split.location)]
        finding = self.finding(rule, _message(leak), locations=locations, evidence=evidence,
                               fix=payload.to_fix(title, fix.applicability), severity=severity)
        # Identify the leak by what was written, not by line numbers, so baselines survive edits elsewhere.
        key = "|".join((leak.kind, " ".join(leak.fit_call.split()), " ".join(split.call.split())))
        return replace(finding, fingerprint=make_fingerprint(rule.code, [Location(leak.path)], key))

    # -- fitted objects ---------------------------------------------------------------------------

    def _fitted(self, ctx: AuditContext) -> Iterator[Finding]:
        arrays = ctx.dataset.arrays or {}
        for name, obj in sorted(self.fitted_objects.items()):
            where = Location(f"fitted:{name}")
            if "train" not in arrays:
                yield self.finding(
                    FittedObjectUnverified,
                    f"Fitted object {name!r} ({type(obj).__name__}) was not checked: the source has no training "
                    "arrays to compare it with; pass arrays such as {'train': (x, y), 'val': (x, y)}, or call "
                    "dataaudit.check_fitted directly.",
                    locations=[where], evidence={"object": name, "type": type(obj).__name__}, key=name,
                )
                continue
            train = arrays["train"][0]
            others = {split: value[0] for split, value in arrays.items() if split != "train"}
            try:
                result = check_fitted(obj, train, others, tolerance=self.params["tolerance"])
            except DataAuditError as exc:
                yield self.finding(
                    FittedObjectUnverified, f"Fitted object {name!r} could not be checked: {exc}",
                    locations=[where], evidence={"object": name, "type": type(obj).__name__, "error": str(exc)},
                    key=name,
                )
                continue
            evidence = {"object": name, **result.to_dict()}
            if result.leaked:
                yield self.finding(
                    FittedOnEvaluationData, f"Fitted object {name!r}: {result.message}", locations=[where],
                    evidence=evidence, key=name,
                    fix=Refit(object=name, fit_on="train", matched=result.matched).to_fix(
                        f"Refit {name!r} on the training split only", "manual"),
                )
            elif result.status in ("ambiguous", "no-match"):
                yield self.finding(
                    FittedObjectUnverified, f"Fitted object {name!r}: {result.message}", locations=[where],
                    evidence=evidence, key=name,
                )

    # -- saved arrays -----------------------------------------------------------------------------

    def _signature(self, ctx: AuditContext) -> Iterator[Finding]:
        arrays = {split: value[0] for split, value in (ctx.dataset.arrays or {}).items()}
        for sig in array_signature(arrays):
            union = sig.fitted_on
            if union == "each split separately":
                message = (f"Every split is exactly {sig.transform} transformed with its own statistics "
                           f"({sig.granularity}-wise): the evaluation splits were fitted on themselves, not "
                           "transformed with the training statistics.")
            else:
                message = (f"The {sig.granularity}-wise {sig.transform} fingerprint matches {union}, not train "
                           f"alone ({sig.exact_features} of {sig.features} {sig.granularity}s exact): the saved "
                           "splits were transformed with statistics that include evaluation rows.")
            severity = Severity.WARNING if sig.transform in ("min-max", "min-max-symmetric", "max-abs") else None
            yield self.finding(
                UnionFittedArrays, message, locations=[Location(s) for s in sorted(arrays)],
                evidence=sig.to_dict(), severity=severity, key=f"{sig.transform}:{sig.granularity}",
                fix=Refit(transform=sig.transform, fitted_on=union, fit_on="train").to_fix(
                    "Recompute the splits with the transform fitted on train only", "manual"),
            )
