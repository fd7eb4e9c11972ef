"""dataaudit.testing.check_auditor: it passes a well-behaved auditor and names the check each broken one fails."""

from __future__ import annotations

import hashlib
import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import make_tree

from dataaudit import Auditor, Finding, ParameterError, Rule, Severity
from dataaudit.params import Interval, Options, validate_params
from dataaudit.sources import resolve_source
from dataaudit.testing import CHECKS, AuditorCheckFailed, check_auditor

RULE_DOC = """Images wider than a limit.

    ## What it does
    Reports images wider (or taller) than `limit` pixels.

    ## Why it matters
    A test auditor.

    ## Example
    A 64 px wide image with limit 40.

    ## Fix
    None needed.
    """


def make_rule(doc: str = RULE_DOC, *, code: str = "XT001", slug: str = "wide-image",
              severity: object = Severity.WARNING) -> type[Rule]:
    return type("WideImage", (Rule,), {"__doc__": doc, "code": code, "slug": slug, "severity": severity})


WideImage = make_rule()


class WideAuditor(Auditor):
    """Reports images whose width (or height) exceeds `limit`."""

    name = "wide_test"
    code_prefix = "XT0"
    rules = (WideImage,)
    requires = ("color_stats",)
    parameters = {"limit": [Interval(int, 1, None)], "side": [Options(("width", "height"))]}
    defaults = {"limit": 40, "side": "width"}

    def run(self, ctx):
        sizes = ctx.table.meta[self.params["side"]].to_numpy()
        brightness = ctx.table.feature("color_stats")[:, 6]
        for row in np.flatnonzero(ctx.table.ok & (sizes > self.params["limit"])):
            loc = ctx.location(row)
            yield self.finding(WideImage, f"{loc.path} is {sizes[row]} px wide.", locations=[loc],
                               evidence={"size": sizes[row], "brightness": brightness[row]})


def variant(**attributes) -> type[Auditor]:
    """WideAuditor with some attributes replaced: one broken rule of conduct each."""
    return type("Broken", (WideAuditor,), {"__doc__": "A broken variant.", **attributes})


def file_size(path: str | None) -> int:
    return Path(path).stat().st_size if path else 0


def _reads_files(self, ctx):
    sizes = [file_size(p) for p in ctx.dataset.samples["path"]]
    yield self.finding(WideImage, f"{sum(sizes)} bytes in all.")


def _reads_files_if_there(self, ctx):
    sizes = [file_size(p) for p in ctx.dataset.samples["path"] if p and Path(p).exists()]
    yield self.finding(WideImage, f"{len(sizes)} files on disk.")


_calls = itertools.count()


def _counts_its_runs(self, ctx):
    yield self.finding(WideImage, f"Run number {next(_calls)}.")


def _unserialisable(self, ctx):
    yield self.finding(WideImage, "Odd evidence.", evidence={"handle": object()})


def _foreign_code(self, ctx):
    yield Finding(code="DA001", slug="corrupt-image", severity=Severity.ERROR, message="Not mine.")


def _wrong_slug(self, ctx):
    yield Finding(code="XT001", slug="tall-image", severity=Severity.WARNING, message="Built by hand.")


def _divides_by_zero(self, ctx):
    return [1 / 0]


def _exits(self, ctx):
    sys.exit(2)


def _rounds_the_widths(self, ctx):
    ctx.table.meta["width"] = ctx.table.meta["width"] // 10 * 10
    return []


def _needs_artifact(self, ctx):
    ctx.artifacts["preprocessing"].image_data_generators  # noqa: B018 - the KeyError is the point
    return []


def _unvalidated_init(self, **params):
    self.params = {**self.defaults, **params}


def _own_validation(self, **params):
    if "limit" in params and params["limit"] < 1:
        raise ValueError("limit too small")
    super(WideAuditor, self).__init__(**params)


def _own_message(self, **params):
    validate_params(params, self.parameters, "WideAuditor")
    self.params = {**self.defaults, **params}


DROPPED_SECTION = RULE_DOC.replace("    ## Fix\n    None needed.\n", "")
EMPTY_SECTION = RULE_DOC.replace("A 64 px wide image with limit 40.", "")
SWAPPED_SECTIONS = RULE_DOC.replace("## What it does", "## TEMP").replace("## Why it matters", "## What it does") \
    .replace("## TEMP", "## Why it matters")

# (id, auditor class, the check it fails, a fragment of the problem it states)
STATIC_BREAKAGES = [
    ("not-an-auditor", dict, "declaration", "is not a subclass of dataaudit.Auditor"),
    ("hyphenated-name", variant(name="wide-test"), "declaration", "its name must be lowercase letters"),
    ("lowercase-prefix", variant(code_prefix="xt0"), "declaration", "its code_prefix must be 2-4 capital letters"),
    ("no-rules", variant(rules=()), "declaration", "its rules must be a non-empty tuple"),
    ("rules-not-rules", variant(rules=(str,)), "declaration", "<class 'str'> is not"),
    ("requires-a-string", variant(requires="color_stats"), "declaration", "its requires must be a tuple of strings"),
    ("bare-constraint", variant(parameters={"limit": Interval(int, 1, None)}), "declaration",
     "parameter 'limit' must be declared as a non-empty list"),
    ("code-outside-prefix", variant(rules=(make_rule(code="XQ001"),)), "rules",
     "rule code 'XQ001' does not start with the auditor's code_prefix 'XT0'"),
    ("malformed-code", variant(rules=(make_rule(code="XT01"),)), "rules", "code must be 2-4 capital letters and 3"),
    ("snake-case-slug", variant(rules=(make_rule(slug="wide_image"),)), "rules", "slug must be kebab-case"),
    ("severity-string", variant(rules=(make_rule(severity="warning"),)), "rules",
     "severity must be a dataaudit.Severity"),
    ("duplicate-code", variant(rules=(WideImage, make_rule(slug="other-image"))), "rules", "both have code 'XT001'"),
    ("duplicate-slug", variant(rules=(WideImage, make_rule(code="XT002"))), "rules", "both have slug 'wide-image'"),
    ("no-auditor-docstring", variant(__doc__=None), "docs", "the auditor class has no docstring"),
    ("missing-fix-section", variant(rules=(make_rule(DROPPED_SECTION),)), "docs",
     "rule XT001's docstring has no '## Fix' section"),
    ("empty-example-section", variant(rules=(make_rule(EMPTY_SECTION),)), "docs",
     "rule XT001's '## Example' section is empty"),
    ("sections-out-of-order", variant(rules=(make_rule(SWAPPED_SECTIONS),)), "docs",
     "must start with '## What it does', '## Why it matters'"),
    ("no-summary", variant(rules=(make_rule(RULE_DOC.replace("Images wider than a limit.\n", "")),)), "docs",
     "must start with a one-line summary"),
    ("undeclared-default", variant(defaults={"limit": 40, "side": "width", "margin": 2}), "parameters",
     "it has a default for 'margin', which is not declared"),
    ("parameter-without-default", variant(defaults={"limit": 40}), "parameters", "parameter 'side' has no default"),
    ("invalid-default", variant(defaults={"limit": 0, "side": "width"}), "parameters",
     "the default of 'limit', 0, is not an int >= 1"),
    ("unvalidated-parameters", variant(__init__=_unvalidated_init), "parameters",
     "it accepted limit=0, which is not an int >= 1"),
    ("validates-with-valueerror", variant(__init__=_own_validation), "parameters",
     "it rejected limit=0 with ValueError instead of dataaudit.ParameterError"),
    ("non-uniform-message", variant(__init__=_own_message), "parameters",
     "which does not start with the uniform \"The 'limit' parameter of the 'wide_test' auditor must be \""),
    ("unknown-feature", variant(requires=("color_stats", "sharpness")), "requires",
     "it requires the feature 'sharpness', which is not registered"),
    ("prefix-of-the-leakage-auditor", variant(code_prefix="DA1", rules=(make_rule(code="DA150"),)), "collisions",
     "its code prefix 'DA1' overlaps the built-in 'leakage' auditor's 'DA1'"),
    ("prefix-under-the-leakage-prefix", variant(code_prefix="DA10", rules=(make_rule(code="DA105"),)), "collisions",
     "its code prefix 'DA10' overlaps the built-in 'leakage' auditor's 'DA1'"),
    ("name-of-a-builtin", variant(name="balance"), "collisions",
     "its name 'balance' is taken by the built-in 'balance' auditor"),
    ("name-of-an-option", variant(name="select"), "collisions", "its name 'select' is an option of audit()"),
    ("engine-prefix", variant(code_prefix="DA9", rules=(make_rule(code="DA950"),)), "collisions",
     "its code prefix 'DA9' overlaps the engine's 'DA9'"),
]


@pytest.mark.parametrize(("auditor", "check", "problem"), [b[1:] for b in STATIC_BREAKAGES],
                         ids=[b[0] for b in STATIC_BREAKAGES])
def test_declaration_breakages_fail_the_named_check(auditor, check, problem):
    with pytest.raises(AuditorCheckFailed) as failed:
        check_auditor(auditor)
    assert failed.value.check == check, str(failed.value)
    assert problem in failed.value.problem
    assert f"fails the {check!r} check: " in str(failed.value)


def test_the_failure_names_the_auditor_the_check_and_the_problem():
    broken = variant(rules=(make_rule(DROPPED_SECTION),))
    with pytest.raises(AuditorCheckFailed) as failed:
        check_auditor(broken)
    assert isinstance(failed.value, AssertionError)
    assert failed.value.auditor is broken and failed.value.check in CHECKS
    assert str(failed.value) == (
        f"auditor 'wide_test' ({__name__}.Broken) fails the 'docs' check: rule XT001's docstring has no "
        "'## Fix' section (it needs '## What it does', '## Why it matters', '## Example', '## Fix')"
    )


@pytest.fixture(scope="module")
def small_folder(tmp_path_factory) -> Path:
    return make_tree(tmp_path_factory.mktemp("small"), {"train/a": 3, "train/b": 3, "val/a": 1, "val/b": 1}, size=64)


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


RUN_BREAKAGES = [
    ("raises", variant(run=_divides_by_zero), "runs", "run() raised ZeroDivisionError: division by zero"),
    ("exits", variant(run=_exits), "runs", "run() raised SystemExit, which the engine does not catch"),
    ("foreign-code", variant(run=_foreign_code), "runs", "run() returned code DA001, which is not among its rules"),
    ("hand-built-finding", variant(run=_wrong_slug), "runs", "finding 0 has code XT001 but slug 'tall-image'"),
    ("unserialisable-evidence", variant(run=_unserialisable), "runs", "finding 0 (XT001) is not JSON-serialisable"),
    ("needs-an-artifact", variant(after=("preprocessing",), run=_needs_artifact), "runs",
     "run() without the artifacts of preprocessing raised KeyError: 'preprocessing'"),
    ("rounds-the-shared-table", variant(run=_rounds_the_widths), "read-only", "run() changed ctx.table.meta"),
    ("counts-its-runs", variant(run=_counts_its_runs), "determinism",
     "two runs over the same scan gave different findings: finding 0 was"),
    ("opens-files", variant(run=_reads_files), "no-file-access",
     "run() after the dataset's files were deleted (it must read ctx.table, not the files) raised FileNotFoundError"),
    ("opens-files-when-present", variant(run=_reads_files_if_there), "no-file-access",
     "after the dataset's files were deleted (it must read ctx.table, not the files), run() gave different findings: "
     "finding 0 was"),
]


@pytest.mark.parametrize(("auditor", "check", "problem"), [b[1:] for b in RUN_BREAKAGES],
                         ids=[b[0] for b in RUN_BREAKAGES])
def test_run_breakages_fail_the_named_check(auditor, check, problem, small_folder):
    before = _digest(small_folder)
    with pytest.raises(AuditorCheckFailed) as failed:
        check_auditor(auditor, dataset=small_folder)
    assert failed.value.check == check, str(failed.value)
    assert problem in failed.value.problem
    assert _digest(small_folder) == before  # it deleted its private copy, never the caller's files


def test_a_well_behaved_auditor_passes_on_the_generated_dataset():
    check_auditor(WideAuditor)


def test_a_well_behaved_auditor_passes_on_a_folder_and_leaves_it_alone(small_folder):
    before = _digest(small_folder)
    check_auditor(WideAuditor, dataset=small_folder)
    assert _digest(small_folder) == before


def test_a_listing_of_files_anywhere_is_copied_too(small_folder):
    # A DataFrame of absolute paths outside the working folder, listed with a non-default option.
    paths = sorted(small_folder.rglob("*.jpg"))
    frame = pd.DataFrame({"path": [str(p) for p in paths], "label": [p.parent.name for p in paths],
                          "split": [p.parent.parent.name for p in paths]})
    listing = resolve_source(frame, allow_outside_root=True)
    before = _digest(small_folder)
    check_auditor(WideAuditor, dataset=listing)
    with pytest.raises(AuditorCheckFailed, match="'no-file-access' check"):
        check_auditor(variant(run=_reads_files), dataset=listing)
    assert _digest(small_folder) == before


def test_an_auditor_that_needs_images_cannot_be_checked_on_tabular_data():
    rng = np.random.default_rng(0)
    tabular = {"train": (rng.normal(size=(20, 4)), rng.integers(0, 2, 20))}
    with pytest.raises(ParameterError, match="^The 'dataset' parameter of check_auditor\\(\\) must be a source the "
                                             "'wide_test' auditor checks; it skips this one \\(the source has no images"):
        check_auditor(WideAuditor, dataset=tabular)


def test_the_guides_example_auditor_passes():
    guide = (Path(__file__).resolve().parents[1] / "docs" / "writing-an-auditor.md").read_text(encoding="utf-8")
    example = guide.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {"__name__": "guide_example"}
    exec(compile(example, "docs/writing-an-auditor.md", "exec"), namespace)
    check_auditor(namespace["DarknessAuditor"])
