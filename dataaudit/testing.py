"""Conformance checks for an auditor class, built-in or third-party, for use in its tests.

Like scikit-learn's ``check_estimator``::

    from dataaudit.testing import check_auditor

    def test_my_auditor_conforms():
        check_auditor(MyAuditor)

It checks the rules of conduct of ``docs/writing-an-auditor.md`` one by one and
raises :class:`AuditorCheckFailed` (an ``AssertionError``) naming the auditor,
the check and what is wrong. The checks that run the auditor use a small
generated image dataset unless ``dataset=`` gives one; either way they work on
a private copy of its files, because one check deletes them.

This module imports the scanner and the demo-dataset generator; it is not
imported by ``import dataaudit``.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

import pandas as pd

from dataaudit.auditors import collisions, registered_auditors
from dataaudit.demo.dataset import make_demo_dataset
from dataaudit.engine.auditor import CODE_PATTERN, DOC_SECTIONS, SLUG_PATTERN, AuditContext, Auditor, Rule
from dataaudit.engine.rules import AuditorCrashed
from dataaudit.engine.runner import checked_findings, run_auditors
from dataaudit.errors import ParameterError
from dataaudit.model.findings import Finding, Severity
from dataaudit.options import CORE_DEFAULTS
from dataaudit.params import Constraint, describe_constraints
from dataaudit.scan.features import FEATURES
from dataaudit.scan.scanner import scan
from dataaudit.scan.table import FeatureTable
from dataaudit.sources import Dataset, resolve_source

__all__ = ["check_auditor", "AuditorCheckFailed", "CHECKS"]

#: The checks, in order; an :class:`AuditorCheckFailed` names one of them.
CHECKS = (
    "declaration",      # name, code_prefix, rules, requires, after, parameters have the right types and forms
    "rules",            # codes match CODE_PATTERN and the prefix, kebab-case slugs, unique, Severity defaults
    "docs",             # the auditor's docstring; each rule's summary and What/Why/Example/Fix sections
    "parameters",       # declared, defaulted, validated with the uniform ParameterError; unknown ones rejected
    "requires",         # every required feature is registered
    "collisions",       # name, code prefix and codes clash with no built-in auditor, the engine or audit() options
    "runs",             # run() returns valid, JSON-serialisable findings of its own rules, with and without artifacts
    "read-only",        # run() leaves the shared table and the dataset listing as they were
    "determinism",      # a second run over the same scan gives the same findings JSON
    "no-file-access",   # with the dataset's files deleted, a run gives the same findings
    "crash-isolation",  # the engine turns an exception in its run() into DA900 and the other auditors still report
)

#: An auditor's name is a keyword argument of audit() and a [tool.dataaudit.<name>] table, where "-" reads as "_".
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
#: What every rule code can start with: 2-4 capital letters and at most two digits.
PREFIX_PATTERN = re.compile(r"^[A-Z]{2,4}[0-9]{0,2}$")

_UNKNOWN_PARAMETER = "no_such_parameter"
_NO_EXAMPLE = object()


class AuditorCheckFailed(AssertionError):
    """An auditor class broke a rule of conduct: ``auditor`` failed ``check`` (one of :data:`CHECKS`): ``problem``."""

    def __init__(self, auditor: Any, check: str, problem: str):
        self.auditor = auditor
        self.check = check
        self.problem = problem
        super().__init__(f"{_describe_auditor(auditor)} fails the {check!r} check: {problem}")


class _Problem(Exception):
    """What a check found wrong; check_auditor turns it into AuditorCheckFailed."""


def _describe_auditor(auditor: Any) -> str:
    where = f"{getattr(auditor, '__module__', '?')}.{getattr(auditor, '__qualname__', repr(auditor))}"
    name = getattr(auditor, "name", None)
    return f"auditor {name!r} ({where})" if isinstance(name, str) else where


def _short(value: Any, limit: int = 300) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _raised(what: str, exc: BaseException) -> NoReturn:
    raise _Problem(f"{what} raised {type(exc).__name__}: {_short(str(exc))}") from exc


def check_auditor(auditor_class: type[Auditor], *, dataset: Any = None) -> None:
    """Run the conformance checks (:data:`CHECKS`) on ``auditor_class``; raise :class:`AuditorCheckFailed` at the first
    it fails.

    ``dataset`` is what the checks that run the auditor audit: any source
    ``dataaudit.audit`` accepts (an image folder, a manifest, a DataFrame,
    arrays) or a :class:`~dataaudit.sources.Dataset` from ``resolve_source``
    (to pass listing options). By default a small generated image dataset with
    planted problems. Its listed files are copied to a temporary folder first;
    the originals are only read.
    """
    _run_check(auditor_class, "declaration", _check_declaration)
    _run_check(auditor_class, "rules", _check_rules)
    _run_check(auditor_class, "docs", _check_docs)
    _run_check(auditor_class, "parameters", _check_parameters)
    _run_check(auditor_class, "requires", _check_requires)
    _run_check(auditor_class, "collisions", _check_collisions)
    with tempfile.TemporaryDirectory(prefix="dataaudit-check-auditor-") as work:
        files = Path(work) / "files"
        listing = _private_listing(dataset, files)
        reason = auditor_class().skip_reason(listing)
        if reason is not None:
            raise ParameterError(
                f"The 'dataset' parameter of check_auditor() must be a source the {auditor_class.name!r} auditor "
                f"checks; it skips this one ({reason})."
            )
        _check_runs(auditor_class, listing, files)


def _run_check(auditor: Any, check: str, body: Callable[[Any], Any]) -> Any:
    try:
        return body(auditor)
    except _Problem as problem:
        raise AuditorCheckFailed(auditor, check, str(problem)) from problem.__cause__
    except AuditorCheckFailed:
        raise
    except Exception as exc:  # a check tripping over a malformed auditor still says which check and why
        problem = f"the check stopped on {type(exc).__name__}: {_short(str(exc))}"
        raise AuditorCheckFailed(auditor, check, problem) from exc


# --- declaration --------------------------------------------------------------------------------------------------


def _check_declaration(cls: Any) -> None:
    if not (isinstance(cls, type) and issubclass(cls, Auditor)):
        raise _Problem(f"{cls!r} is not a subclass of dataaudit.Auditor")
    name = getattr(cls, "name", None)
    if not (isinstance(name, str) and NAME_PATTERN.match(name)):
        raise _Problem(
            f"its name must be lowercase letters, digits and underscores starting with a letter (it is a keyword "
            f"argument of audit() and a [tool.dataaudit.<name>] table); got {name!r}"
        )
    prefix = getattr(cls, "code_prefix", None)
    if not (isinstance(prefix, str) and PREFIX_PATTERN.match(prefix)):
        raise _Problem(f"its code_prefix must be 2-4 capital letters and at most two digits, like 'XY0'; "
                       f"got {prefix!r}")
    rules = cls.rules
    if not (isinstance(rules, tuple) and rules):
        raise _Problem(f"its rules must be a non-empty tuple of Rule subclasses; got {rules!r}")
    for rule in rules:
        if not (isinstance(rule, type) and issubclass(rule, Rule)):
            raise _Problem(f"its rules must be Rule subclasses; {rule!r} is not")
    for attribute in ("requires", "after"):
        value = getattr(cls, attribute)
        if not (isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
            raise _Problem(f"its {attribute} must be a tuple of strings; got {value!r}")
    if not isinstance(cls.needs_images, bool):
        raise _Problem(f"its needs_images must be a bool; got {cls.needs_images!r}")
    if not isinstance(cls.parameters, dict) or not all(isinstance(k, str) for k in cls.parameters):
        raise _Problem(f"its parameters must be a dict of parameter name to constraints; got {cls.parameters!r}")
    for pname, constraints in cls.parameters.items():
        if not (isinstance(constraints, list) and constraints and all(isinstance(c, Constraint) for c in constraints)):
            raise _Problem(
                f"parameter {pname!r} must be declared as a non-empty list of dataaudit.params constraints "
                f"(e.g. [Interval(int, 1, None)]); got {constraints!r}"
            )
    if not isinstance(cls.defaults, dict):
        raise _Problem(f"its defaults must be a dict; got {cls.defaults!r}")


def _check_rules(cls: type[Auditor]) -> None:
    seen_codes: dict[str, str] = {}
    seen_slugs: dict[str, str] = {}
    for rule in cls.rules:
        code, slug = getattr(rule, "code", None), getattr(rule, "slug", None)
        if not (isinstance(code, str) and CODE_PATTERN.match(code)):
            raise _Problem(f"rule {rule.__name__}'s code must be 2-4 capital letters and 3 digits, like 'XY001'; "
                           f"got {code!r}")
        if not code.startswith(cls.code_prefix):
            raise _Problem(f"rule code {code!r} does not start with the auditor's code_prefix {cls.code_prefix!r}")
        if not (isinstance(slug, str) and SLUG_PATTERN.match(slug)):
            raise _Problem(f"rule {code}'s slug must be kebab-case, like 'dark-image'; got {slug!r}")
        severity = getattr(rule, "severity", None)
        if not isinstance(severity, Severity):
            raise _Problem(f"rule {code}'s severity must be a dataaudit.Severity; got {severity!r}")
        if code in seen_codes:
            raise _Problem(f"rules {seen_codes[code]} and {rule.__name__} both have code {code!r}")
        if slug in seen_slugs:
            raise _Problem(f"rules {seen_slugs[slug]} and {code} both have slug {slug!r}")
        seen_codes[code], seen_slugs[slug] = rule.__name__, code


def _check_docs(cls: type[Auditor]) -> None:
    if not inspect.cleandoc(cls.__doc__ or ""):
        raise _Problem("the auditor class has no docstring (its first line describes it in the rule reference)")
    wanted = ", ".join(f"'## {s}'" for s in DOC_SECTIONS)
    for rule in cls.rules:
        summary = rule.summary()
        if not summary or summary.startswith("#"):
            raise _Problem(f"rule {rule.code}'s docstring must start with a one-line summary; got {summary!r}")
        sections = rule.sections()
        missing = [s for s in DOC_SECTIONS if s not in sections]
        if missing:
            raise _Problem(f"rule {rule.code}'s docstring has no '## {missing[0]}' section (it needs {wanted})")
        if list(sections)[: len(DOC_SECTIONS)] != list(DOC_SECTIONS):
            raise _Problem(f"rule {rule.code}'s docstring sections come in the order {list(sections)}; "
                           f"they must start with {wanted} in that order")
        for section in DOC_SECTIONS:
            if not sections[section].strip():
                raise _Problem(f"rule {rule.code}'s '## {section}' section is empty")


def _construct(cls: type[Auditor], params: dict[str, Any], what: str) -> Auditor:
    try:
        instance = cls(**params)
    except Exception as exc:
        _raised(f"constructing it {what}", exc)
    if not isinstance(getattr(instance, "params", None), dict):
        raise _Problem(f"an instance constructed {what} has no params dict; call super().__init__(**params)")
    return instance


def _rejected_example(constraints: list[Constraint]) -> Any:
    """A value every constraint rejects, or _NO_EXAMPLE when their examples are all accepted by one of them."""
    for constraint in constraints:
        example = constraint.example()
        if not any(c.accepts(example) for c in constraints):
            return example
    return _NO_EXAMPLE


def _check_parameters(cls: type[Auditor]) -> None:
    for pname in cls.defaults:
        if pname not in cls.parameters:
            raise _Problem(f"it has a default for {pname!r}, which is not declared in its parameters, "
                           f"so no value given for it is validated")
    for pname, constraints in cls.parameters.items():
        if pname not in cls.defaults:
            raise _Problem(f"parameter {pname!r} has no default in its defaults")
        default = cls.defaults[pname]
        if not any(c.accepts(default) for c in constraints):
            raise _Problem(f"the default of {pname!r}, {_short(default)}, is not "
                           f"{describe_constraints(constraints)} as it declares")
    instance = _construct(cls, {}, "with no parameters")
    for pname, default in cls.defaults.items():
        if instance.params.get(pname, _NO_EXAMPLE) != default:
            raise _Problem(f"constructed with no parameters, its params[{pname!r}] is "
                           f"{_short(instance.params.get(pname, '(missing)'))}, not the default {_short(default)}")
        _construct(cls, {pname: default}, f"with its default {pname}={_short(default)}")
    for pname, constraints in cls.parameters.items():
        bad = _rejected_example(constraints)
        if bad is _NO_EXAMPLE:
            continue
        expected = f"The {pname!r} parameter of the {cls.name!r} auditor must be "
        try:
            cls(**{pname: bad})
        except ParameterError as exc:
            if not str(exc).startswith(expected):
                raise _Problem(f"it rejected {pname}={_short(bad)} with the message {str(exc)!r}, which does not "
                               f"start with the uniform {expected!r}; declare parameters and call "
                               f"super().__init__(**params)") from exc
        except Exception as exc:
            raise _Problem(f"it rejected {pname}={_short(bad)} with {type(exc).__name__} instead of "
                           f"dataaudit.ParameterError: {_short(str(exc))}") from exc
        else:
            raise _Problem(f"it accepted {pname}={_short(bad)}, which is not {describe_constraints(constraints)} "
                           f"as it declares; call super().__init__(**params), which validates them")
    try:
        cls(**{_UNKNOWN_PARAMETER: 1})
    except ParameterError as exc:
        if f"unknown parameter {_UNKNOWN_PARAMETER!r}" not in str(exc):
            raise _Problem(f"it rejected the unknown parameter {_UNKNOWN_PARAMETER!r} with the message "
                           f"{str(exc)!r}, which does not say it is unknown") from exc
    except Exception as exc:
        raise _Problem(f"it rejected the unknown parameter {_UNKNOWN_PARAMETER!r} with {type(exc).__name__} "
                       f"instead of dataaudit.ParameterError") from exc
    else:
        raise _Problem(f"it accepted the unknown parameter {_UNKNOWN_PARAMETER!r}")


def _check_requires(cls: type[Auditor]) -> None:
    instance = _construct(cls, {}, "with no parameters")
    try:
        required = tuple(instance.required_features())
    except Exception as exc:
        _raised("required_features()", exc)
    for feature in (*cls.requires, *required):
        if feature not in FEATURES:
            raise _Problem(f"it requires the feature {feature!r}, which is not registered (registered: "
                           f"{', '.join(sorted(FEATURES))}); register it with @dataaudit.register_feature "
                           f"in a module the auditor's module imports")


def _check_collisions(cls: type[Auditor]) -> None:
    found = collisions(cls)
    if found:
        raise _Problem("; ".join(c.describe() for c in found)
                       + " (a plugin that collides is not loaded: DA901)")


# --- running it ---------------------------------------------------------------------------------------------------


def _private_listing(source: Any, files: Path) -> Dataset:
    """The dataset listed with its files under ``files`` (a folder this call owns), never the caller's files."""
    if source is None:
        return resolve_source(make_demo_dataset(files))
    listing = source if isinstance(source, Dataset) else resolve_source(source)
    copies: dict[str, str] = {}
    for index, (relpath, path) in enumerate(zip(listing.samples["relpath"], listing.samples["path"])):
        if path is None or path in copies:
            continue
        rel = PurePosixPath(str(relpath))
        inside = not rel.is_absolute() and ".." not in rel.parts
        target = files / rel if inside else files / "_outside" / f"{index}{Path(path).suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if Path(path).is_file():  # a listed file that is missing stays missing (the scan reports it)
            shutil.copy2(path, target)
        copies[path] = str(target)
    files.mkdir(parents=True, exist_ok=True)
    samples = listing.samples.copy()
    samples["path"] = pd.Series([copies.get(p) if p is not None else None for p in samples["path"]],
                                index=samples.index, dtype=object)
    return dataclasses.replace(listing, samples=samples, root=files)


def _after_closure(cls: type[Auditor]) -> list[type[Auditor]]:
    """Registered auditors ``cls`` runs after, directly or through them, in registry order."""
    by_name = {a.name: a for a in registered_auditors() if a is not cls}
    wanted: set[str] = set()
    todo = list(cls.after)
    while todo:
        name = todo.pop()
        if name in by_name and name not in wanted:
            wanted.add(name)
            todo.extend(by_name[name].after)
    return [a for a in by_name.values() if a.name in wanted]


def _run_once(cls: type[Auditor], table: FeatureTable, listing: Dataset, artifacts: dict[str, Any],
              what: str) -> list[str]:
    """One run of a fresh instance, as the engine would, checked finding by finding; the findings as JSON."""
    instance = cls()
    ctx = AuditContext(table=table, dataset=listing, options=dict(CORE_DEFAULTS), artifacts=dict(artifacts))
    try:
        produced = list(instance.run(ctx) or [])
    except SystemExit as exc:
        raise _Problem(f"{what} raised SystemExit, which the engine does not catch: it ends the whole audit") from exc
    except Exception as exc:
        _raised(what, exc)
    try:
        findings = checked_findings(instance, produced)
    except (TypeError, ValueError) as exc:  # the engine's own verdict, which would make it a DA900
        raise _Problem(f"{what}: {exc}") from exc
    as_json: list[str] = []
    for number, finding in enumerate(findings):
        rule = cls.rule(finding.code)
        if finding.slug != rule.slug:
            raise _Problem(f"{what}: finding {number} has code {finding.code} but slug {finding.slug!r}, not "
                           f"{rule.slug!r}; build findings with self.finding(...)")
        if not isinstance(finding.severity, Severity):
            raise _Problem(f"{what}: finding {number} has severity {finding.severity!r}, not a Severity")
        try:
            as_json.append(json.dumps(finding.to_dict(), sort_keys=True, allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise _Problem(f"{what}: finding {number} ({finding.code}) is not JSON-serialisable: {exc}") from exc
    return as_json


def _difference(first: list[str], second: list[str]) -> str:
    if len(first) != len(second):
        extra = (first if len(first) > len(second) else second)[min(len(first), len(second))]
        return f"{len(first)} findings, then {len(second)}; for example {_short(extra)}"
    number = next(i for i, (a, b) in enumerate(zip(first, second)) if a != b)
    return f"finding {number} was {_short(first[number])}, then {_short(second[number])}"


def _snapshot(table: FeatureTable, listing: Dataset) -> Iterator[tuple[str, Any]]:
    """What run() must leave as it was, as comparable values."""
    yield "ctx.table.meta", table.meta.copy(deep=True)
    yield "the names of ctx.table.features", sorted(table.features)
    for name, array in table.features.items():
        yield f"ctx.table.features[{name!r}]", (array.dtype.str, array.shape, array.tobytes())
    yield "ctx.dataset.samples", listing.samples.copy(deep=True)
    yield "ctx.dataset.notes", list(listing.notes)
    yield "ctx.dataset.code_files", dict(listing.code_files)
    for split, (x, y) in (listing.arrays or {}).items():
        yield f"ctx.dataset.arrays[{split!r}]", (x.tobytes(), None if y is None else y.tobytes())


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, pd.DataFrame):
        return isinstance(b, pd.DataFrame) and a.equals(b)
    return bool(a == b)


def _check_runs(cls: type[Auditor], listing: Dataset, files: Path) -> None:
    dependencies = _after_closure(cls)
    features = sorted({f for a in (cls, *dependencies) for f in a().required_features()})
    table, _ = scan(listing, features, cache=None, jobs=1, progress=False)

    def check(name: str, body: Callable[[], Any]) -> Any:
        return _run_check(cls, name, lambda _: body())

    artifacts: dict[str, Any] = {}
    if dependencies:
        ctx = AuditContext(table=table, dataset=listing, options=dict(CORE_DEFAULTS))
        run_auditors([a() for a in dependencies], ctx)
        artifacts = ctx.artifacts
        check("runs", lambda: _run_once(cls, table, listing, {},
                                        f"run() without the artifacts of {', '.join(cls.after)}"))

    before = list(_snapshot(table, listing))
    first = check("runs", lambda: _run_once(cls, table, listing, artifacts, "run()"))

    def unchanged() -> None:
        for (what, old), (_, new) in zip(before, _snapshot(table, listing)):
            if not _same(old, new):
                raise _Problem(f"run() changed {what}; auditors share them and must not modify them")

    check("read-only", unchanged)

    # One run with the files deleted serves both checks when it matches the first; when it does not,
    # a third run tells whether the output follows the files (same again) or nothing at all.
    shutil.rmtree(files, ignore_errors=True)
    gone = "after the dataset's files were deleted (it must read ctx.table, not the files)"
    second = check("no-file-access", lambda: _run_once(cls, table, listing, artifacts, f"run() {gone}"))
    if second != first:
        third = check("determinism", lambda: _run_once(cls, table, listing, artifacts, "run() once more"))
        if third != second:
            raise AuditorCheckFailed(cls, "determinism", "two runs over the same scan gave different findings: "
                                     + _difference(second, third))
        raise AuditorCheckFailed(cls, "no-file-access", f"{gone}, run() gave different findings: "
                                 + _difference(first, second))
    check("crash-isolation", lambda: _check_crash_isolation(cls, table, listing, artifacts))


class _ProbeError(RuntimeError):
    """Raised on purpose from the checked auditor's run()."""


class _BystanderRan(Rule):
    """The bystander auditor of the crash-isolation check ran.

    ## What it does
    Reports once, to show it ran.

    ## Why it matters
    Another auditor's crash must not stop it.

    ## Example
    Any dataset.

    ## Fix
    Nothing: check_auditor reports it to itself.
    """

    code = "ZZ999"
    slug = "bystander-ran"
    severity = Severity.INFO


class _Bystander(Auditor):
    """Reports one finding; its name cannot be an auditor's (it has hyphens)."""

    name = "check-auditor-bystander"
    code_prefix = "ZZ9"
    rules = (_BystanderRan,)
    needs_images = False

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        yield self.finding(_BystanderRan, "The bystander ran.")


def _check_crash_isolation(cls: type[Auditor], table: FeatureTable, listing: Dataset,
                           artifacts: dict[str, Any]) -> None:
    crashing = cls()

    def run(ctx: AuditContext) -> NoReturn:
        raise _ProbeError("raised on purpose by check_auditor")

    crashing.run = run  # type: ignore[method-assign]
    ctx = AuditContext(table=table, dataset=listing, options=dict(CORE_DEFAULTS), artifacts=dict(artifacts))
    try:
        findings, runs = run_auditors([crashing, _Bystander()], ctx)
    except _ProbeError as exc:
        raise _Problem("an exception raised inside its run() escaped the engine instead of becoming DA900") from exc
    status = {r.name: r.status for r in runs}
    crash = [f for f in findings if f.code == AuditorCrashed.code]
    if status.get(cls.name) != "crashed" or len(crash) != 1 or crash[0].evidence.get("auditor") != cls.name \
            or crash[0].evidence.get("exception") != _ProbeError.__name__:
        raise _Problem(f"when its run() raised, the engine did not report one DA900 naming {cls.name!r}: "
                       f"statuses {status}, findings {[f.code for f in findings]}")
    if status.get(_Bystander.name) != "ok" or _BystanderRan.code not in [f.code for f in findings]:
        raise _Problem(f"when its run() raised, the auditor run next did not report: statuses {status}")
