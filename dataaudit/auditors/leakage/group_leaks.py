"""The leakage auditor's group rules: named groups (DA108) and photo bursts (DA109) across splits, and where groups came from (DA110)."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from dataaudit.auditors.leakage.groups import (
    Bunch, file_number, group_manifest_csv, leak_counts, named_groups, photo_bursts, plan_group_resplit, union_units,
)
from dataaudit.auditors.leakage.resplit import manifest_paths, moved_csv, resplit_payload
from dataaudit.engine.auditor import AuditContext, Rule
from dataaudit.model.findings import Finding, Fix, Severity
from dataaudit.sources.groups import GROUP_COLUMN

if TYPE_CHECKING:
    from dataaudit.auditors.leakage.auditor import LeakageAuditor

__all__ = ["GroupAcrossSplits", "BurstAcrossSplits", "GroupsUsed", "group_findings"]

#: Groups (or bursts) listed one by one in a finding's evidence; the counts cover all of them.
_LISTED = 50
_MEMBERS_LISTED = 5
_EPOCH = datetime.datetime(1970, 1, 1)  # EXIF times are local clock times: shown as written, no time zone


class GroupAcrossSplits(Rule):
    """Images of one group (patient, subject, identity, video, session) appear in more than one split.

    ## What it does
    Reads each image's group from a manifest column (`group_column`, or a column
    whose name says it: patient, subject, person, identity, group, session,
    sequence, video, scene, case, study), from its path (`group_pattern`, a
    regular expression whose first capture is the group) or, for DICOM files,
    from their PatientID tag, and reports the
    groups with images in two or more splits, with the leak rate of every split
    pair counted in groups and in images.

    ## Why it matters
    Scans of one patient, photos of one person or frames of one video share far
    more than their label. A model that trained on some of them recognises the
    patient or the scene in the test set, and the test score measures that
    recognition instead of generalisation to new patients: the classic failure
    of published medical-imaging results.

    ## Example
    12 of 40 patients have scans in both train and test (96 of 310 test images).

    ## Fix
    Train from the attached group-aware re-split (`resplit_groups.csv`): every
    group, photo burst and duplicate group in one split, each split's class
    proportions kept (like scikit-learn's `StratifiedGroupKFold`). Split by
    group from the start, e.g. with `GroupShuffleSplit` or `StratifiedGroupKFold`.
    """

    code = "DA108"
    slug = "group-across-splits"
    severity = Severity.ERROR


class BurstAcrossSplits(Rule):
    """Photos of one burst (same camera, shot seconds apart) appear in more than one split.

    ## What it does
    Reads the camera body (make, model, serial number or owner) and the shooting
    time (DateTimeOriginal with sub-seconds) from each photo's EXIF, chains
    photos of one camera taken at most `burst_seconds` apart (default 5) into
    bursts, and reports bursts with photos in two or more splits, naming the
    camera, the time between the shots and their file numbers.

    ## Why it matters
    Camera traps, drones, product and sports photography shoot bursts: frames a
    fraction of a second apart show the same animal, object and background from
    almost the same view, and they are rarely pixel copies. With one frame in
    train and the next in test, the test score measures recognition of the scene.

    ## Example
    `train/deer/IMG_0412.JPG` and `test/deer/IMG_0413.JPG` were taken 0.4 s apart
    by one Canon EOS 5D.

    ## Fix
    Review the bursts; split by burst, sequence or site. The group-aware re-split
    (`resplit_groups.csv`) keeps every burst in one split.
    """

    code = "DA109"
    slug = "burst-across-splits"
    severity = Severity.WARNING


class GroupsUsed(Rule):
    """Where the image groups came from: a manifest column or a path pattern.

    ## What it does
    When images carry a group (a manifest column recognised by its name or
    given as `group_column`, or `group_pattern`), says which, how many groups
    there are and how many images are in none.

    ## Why it matters
    A column picked up by its name may not be the grouping you meant (a `case`
    column holding a label, say); this note makes the choice visible.

    ## Example
    Images were grouped by column 'patient_id' (recognised by its name): 120 groups.

    ## Fix
    Nothing to fix. Name the right column with `group_column`, or give
    `group_pattern`.
    """

    code = "DA110"
    slug = "groups-used"
    severity = Severity.INFO


def group_findings(auditor: LeakageAuditor, ctx: AuditContext, copy_groups: Sequence[np.ndarray],
                   splits: np.ndarray, labels: Sequence[str | None], order: Sequence[str]) -> Iterator[Finding]:
    """DA110, DA108 and DA109 for this dataset (nothing when it has no groups and its photos no bursts)."""
    meta = ctx.table.meta
    n = len(meta)
    has_split = splits != "(no split)"
    group_ids = meta[GROUP_COLUMN].tolist() if GROUP_COLUMN in meta else None
    origin = ctx.dataset.group_origin or "the source"
    if group_ids is None and "subject_id" in meta:
        patients = meta["subject_id"].tolist()
        if any(patients):
            group_ids, origin = [p or None for p in patients], "the DICOM tag PatientID"
    named = named_groups(group_ids, has_split) if group_ids is not None else []
    bursts: list[Bunch] = []
    if "exif_camera" in meta and auditor.params["burst_seconds"] > 0:
        bursts = photo_bursts(meta["exif_camera"].tolist(), meta["exif_time"].to_numpy(dtype=float),
                              ctx.table.ok & has_split, float(auditor.params["burst_seconds"]))
    spanning_named = [b for b in named if len(set(splits[b.rows].tolist())) > 1]
    spanning_bursts = [b for b in bursts if len(set(splits[b.rows].tolist())) > 1]

    if group_ids is not None:
        in_none = sum(g is None for g in group_ids)
        recognised = origin.startswith("column") and ctx.options.get("group_column") is None
        yield auditor.finding(
            GroupsUsed,
            f"Images were grouped by {origin}" + (" (recognised by its name)" if recognised else "")
            + f": {len(named)} group(s)"
            + (f", {in_none} image(s) in none" if in_none else "") + "; a group must stay in one split (DA108).",
            evidence={"group_source": origin, "recognised_by_name": recognised, "groups": len(named), "images_in_no_group": in_none,
                      "largest_groups": {b.name: len(b.rows) for b in sorted(named, key=lambda b: -len(b.rows))[:10]}},
            key="group-source",
        )
    if not spanning_named and not spanning_bursts:
        return
    fix = _resplit_fix(auditor, ctx, [*named, *bursts], copy_groups, splits, labels, group_ids)
    if spanning_named:
        yield _named_finding(auditor, ctx, named, spanning_named, splits, order, origin, fix)
        fix = None  # one fix for the dataset: DA108 carries it when both are reported
    if spanning_bursts:
        yield _burst_finding(auditor, ctx, bursts, spanning_bursts, splits, order, fix)


def _members(ctx: AuditContext, bunch: Bunch, splits: np.ndarray, order: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for split in order:
        rows = [int(r) for r in bunch.rows if splits[r] == split]
        if rows:
            out[split] = sorted(ctx.location(r).path for r in rows)[:_MEMBERS_LISTED]
    return out


def _pair_phrases(counts: dict[str, dict[str, int]], what: str) -> list[str]:
    parts = []
    for key, c in counts.items():
        if c["groups_leaked"]:
            later = key.split("->")[1]
            first = key.split("->")[0]
            parts.append(f"{c['groups_leaked']} of {c['groups']} {later} {what} also in {first} "
                         f"({c['images_leaked']} of {c['images']} {later} images)")
    return parts


def _rates(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    return {key: {"groups": round(c["groups_leaked"] / c["groups"], 6), "images": round(c["images_leaked"] / c["images"], 6)}
            for key, c in counts.items()}


def _outside_locations(ctx: AuditContext, spanning: Sequence[Bunch], splits: np.ndarray, order: Sequence[str]):
    """The listed groups' images outside the split holding most of the group: what a re-split has to move."""
    rows: list[int] = []
    for bunch in spanning[:_LISTED]:
        member_splits = Counter(splits[bunch.rows].tolist())
        main = max(member_splits, key=lambda s: (member_splits[s], -list(order).index(s) if s in order else 0))
        rows.extend(int(r) for r in bunch.rows if splits[r] != main)
    return ctx.locations(sorted(rows, key=lambda r: ctx.location(r).path))


def _named_finding(auditor, ctx, named, spanning, splits, order, origin, fix) -> Finding:
    counts = leak_counts(named, splits, order)
    images = int(sum(len(b.rows) for b in spanning))
    example = spanning[0]
    example_counts = Counter(splits[example.rows].tolist())
    message = (f"{len(spanning)} of {len(named)} groups (by {origin}) have images in more than one split "
               f"({images} images): " + "; ".join(_pair_phrases(counts, "groups"))
               + f". E.g. group {example.name!r}: "
               + ", ".join(f"{example_counts[s]} in {s}" for s in order if example_counts[s]) + ".")
    return auditor.finding(
        GroupAcrossSplits,
        message,
        locations=_outside_locations(ctx, spanning, splits, order),
        evidence={
            "group_source": origin,
            "groups": len(named),
            "groups_across_splits": len(spanning),
            "images_in_those_groups": images,
            "leaked": counts,
            "leak_rates": _rates(counts),
            "examples": [{"group": b.name, "splits": dict(Counter(splits[b.rows].tolist())),
                          "members": _members(ctx, b, splits, order)} for b in spanning[:_LISTED]],
        },
        fix=fix,
        key="groups",
    )


def _burst_finding(auditor, ctx, bursts, spanning, splits, order, fix) -> Finding:
    meta = ctx.table.meta
    times = meta["exif_time"].to_numpy(dtype=float)
    cameras = meta["exif_camera"].tolist()
    counts = leak_counts(bursts, splits, order)
    listed = []
    for b in spanning[:_LISTED]:
        rows = sorted((int(r) for r in b.rows), key=lambda r: times[r])
        numbers = [file_number(ctx.location(r).path) for r in rows]
        consecutive = all(x is not None for x in numbers) and all(
            0 < y - x <= 2 for x, y in zip(numbers, numbers[1:]))
        listed.append({
            "camera": cameras[rows[0]].replace("|", " ").strip(),
            "shot_at": (_EPOCH + datetime.timedelta(seconds=float(times[rows[0]]))).isoformat(timespec="seconds"),
            "seconds": round(float(times[rows[-1]] - times[rows[0]]), 3),
            "splits": dict(Counter(splits[rows].tolist())),
            "members": _members(ctx, b, splits, order),
            "file_numbers": numbers,
            "consecutive_file_numbers": consecutive,
        })
    first = spanning[0]
    rows = sorted((int(r) for r in first.rows), key=lambda r: times[r])
    a = next(r for r in rows if splits[r] == splits[rows[0]])
    b = next(r for r in rows if splits[r] != splits[a])
    message = (f"{len(spanning)} photo burst(s) (one camera, shots at most {auditor.params['burst_seconds']:g} s apart) "
               f"have photos in more than one split, e.g. {ctx.location(a).path} ({splits[a]}) and "
               f"{ctx.location(b).path} ({splits[b]}), taken {abs(times[b] - times[a]):.1f} s apart by "
               f"{listed[0]['camera'] or 'one camera'}" + (" with consecutive file numbers" if listed[0]["consecutive_file_numbers"] else "")
               + ". Frames of one burst show the same scene.")
    return auditor.finding(
        BurstAcrossSplits,
        message,
        locations=_outside_locations(ctx, spanning, splits, order),
        evidence={
            "bursts": len(bursts),
            "bursts_across_splits": len(spanning),
            "burst_seconds": auditor.params["burst_seconds"],
            "leaked": counts,
            "leak_rates": _rates(counts),
            "examples": listed,
        },
        fix=fix,
        key="bursts",
    )


def _resplit_fix(auditor, ctx, bunches: Sequence[Bunch], copy_groups: Sequence[np.ndarray], splits: np.ndarray,
                 labels: Sequence[str | None], group_ids: list[Any] | None) -> Fix:
    n = len(splits)
    units = union_units(n, [b.rows for b in bunches], copy_groups)
    reference = auditor.params["reference_split"]
    plan = plan_group_resplit(splits.tolist(), labels, units, reference=reference, seed=auditor.params["seed"])
    paths = ctx.table.meta["path"].tolist()
    where = [ctx.location(i).path for i in range(n)]
    has_files = all(p is not None for p in paths)
    files = manifest = usage = None
    if has_files:
        listed = manifest_paths(paths, ctx.dataset.root)
        files = {"resplit_groups.csv": group_manifest_csv(listed.paths, labels, plan, group_ids),
                 "moved_groups.csv": moved_csv(listed.paths, plan)}
        manifest = "resplit_groups.csv"
        usage = listed.usage(manifest)
        title = (f"Group-aware re-split: {len(plan.moved)} image(s) change split so that every group, photo burst and "
                 f"duplicate group lives in one split, class proportions kept; {listed.how_to_read()}")
    else:
        title = f"Group-aware re-split: {len(plan.moved)} image(s) change split (in-memory source: no manifest)"
    payload = resplit_payload(plan, where, splits.tolist(), labels, reference_split=reference, files=files,
                              manifest=manifest, usage=usage)
    return payload.to_fix(title, "automatic" if has_files else "suggested")
