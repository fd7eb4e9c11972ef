"""The detection auditor: images without boxes, boxes outside their image, broken annotations, imbalance counted on boxes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from dataaudit.engine.auditor import AuditContext, Auditor, Rule
from dataaudit.model.findings import Finding, Location, Severity
from dataaudit.params import InstanceOf, Interval
from dataaudit.sources.detection import DetectionAnnotations

__all__ = ["DetectionAuditor"]

_LISTED = 50


class ImagesWithoutBoxes(Rule):
    """Images of a detection dataset that have no box.

    ## What it does
    Counts, per split, the images whose label file is empty or missing (YOLO),
    that have no annotation (COCO) or no object (VOC).

    ## Why it matters
    Background images are useful in moderation (they teach the detector what is
    not an object), but a missing label file looks the same: if they are
    unlabelled objects, the detector is trained to ignore them.

    ## Example
    41 of 800 train images (5.1%) have no box.

    ## Fix
    Check a few: label them if they hold objects; keep them as background
    images (YOLO recommends 0-10%) otherwise.
    """

    code = "DA601"
    slug = "images-without-boxes"
    severity = Severity.INFO


class BoxOutsideImage(Rule):
    """Boxes that leave their image, or have no area.

    ## What it does
    Reports boxes whose corners lie outside the image (beyond a pixel, or
    0.1% for YOLO's relative coordinates) and boxes of zero width or height.

    ## Why it matters
    Training code clips or drops such boxes, or fails on them: the objects they
    meant are trained wrongly, and usually they reveal a coordinate convention
    mixed up during a conversion (x-y swapped, centre vs corner, pixels vs
    fractions).

    ## Example
    train/000123.jpg: car box (612, 80, 90x40) leaves the 640x480 image.

    ## Fix
    Check the converter that produced the labels; clip or fix the listed boxes.
    """

    code = "DA602"
    slug = "box-outside-image"
    severity = Severity.WARNING


class BrokenAnnotations(Rule):
    """Annotations that cannot be used: malformed lines, unknown class ids, labels without an image.

    ## What it does
    Reports label lines that do not parse, class ids not among the dataset's
    classes, label files or annotation entries whose image is missing.

    ## Why it matters
    Loaders skip them silently (or crash at the first epoch): the dataset
    trained on is not the one annotated.

    ## Example
    labels/train/0007.txt line 3: class id 12 (data.yaml names 10 classes).

    ## Fix
    Fix or remove the listed entries.
    """

    code = "DA603"
    slug = "broken-annotations"
    severity = Severity.WARNING


class InstanceImbalance(Rule):
    """Classes whose number of boxes differs widely in the reference split.

    ## What it does
    Counts instances (boxes) per class in the reference split and reports when
    the most frequent class has at least `max_instance_ratio` (10) times as
    many boxes as the rarest, with the counts on boxes and on images for every
    split (a class may be in many images but few boxes, or the reverse).

    ## Why it matters
    A detector's loss is summed over boxes: a class with a hundredth of the
    boxes barely moves it, and its average precision is what suffers first.
    Image-level balance does not show this when one image holds many boxes.

    ## Example
    person: 12,400 boxes in 3,100 images; bicycle: 95 boxes in 80 images (ratio 131).

    ## Fix
    Collect or oversample images with the rare classes (repeat factor sampling,
    as in LVIS), or weight the classification loss per class.
    """

    code = "DA604"
    slug = "instance-imbalance"
    severity = Severity.WARNING


_PROBLEM_RULE = {"outside": BoxOutsideImage, "degenerate": BoxOutsideImage, "unknown-class": BrokenAnnotations,
                 "malformed": BrokenAnnotations, "no-image": BrokenAnnotations}


class DetectionAuditor(Auditor):
    """Checks detection layouts (YOLO, COCO, Pascal VOC): images without boxes, bad boxes, broken labels, box imbalance."""

    name = "detection"
    code_prefix = "DA6"
    rules = (ImagesWithoutBoxes, BoxOutsideImage, BrokenAnnotations, InstanceImbalance)
    needs_images = False
    reuse_results = False  # reads the listing's annotations, which the result key does not describe
    parameters = {
        "max_instance_ratio": [Interval(float, 1, None)],
        "reference_split": [InstanceOf(str, label="a split name")],
    }
    defaults = {"max_instance_ratio": 10.0, "reference_split": "train"}

    def skip_reason(self, dataset) -> str | None:
        if not isinstance(getattr(dataset, "annotations", None), DetectionAnnotations):
            return "the source is not a detection layout"
        return None

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        found = getattr(ctx.dataset, "annotations", None)
        if not isinstance(found, DetectionAnnotations):
            return
        yield from self._empty(ctx, found)
        for rule in (BoxOutsideImage, BrokenAnnotations):
            problems = [p for p in found.problems if _PROBLEM_RULE[p.problem] is rule]
            if problems:
                kinds = Counter(p.problem for p in problems)
                paths = sorted({p.path for p in problems})
                yield self.finding(
                    rule,
                    f"{len(problems)} annotation(s) in {len(paths)} file(s): "
                    + ", ".join(f"{n} {kind.replace('-', ' ')}" for kind, n in sorted(kinds.items()))
                    + f"; e.g. {problems[0].path}: {problems[0].detail}.",
                    locations=[Location(p) for p in paths[:_LISTED]],
                    evidence={"count": len(problems), "kinds": dict(kinds),
                              "examples": [{"path": p.path, "problem": p.problem, "detail": p.detail}
                                           for p in problems[:_LISTED]]},
                    key=rule.slug,
                )
        finding = self._imbalance(found)
        if finding is not None:
            yield finding

    def _empty(self, ctx: AuditContext, found: DetectionAnnotations) -> Iterator[Finding]:
        if not found.empty:
            return
        splits = dict(zip(ctx.table.meta["relpath"], ctx.table.meta["split"]))
        per_split = Counter(splits.get(p, "?") for p in found.empty)
        totals = Counter(ctx.table.meta["split"])
        parts = [f"{n} of {totals[s]} {s} images ({n / max(totals[s], 1):.1%})" for s, n in sorted(per_split.items())]
        yield self.finding(
            ImagesWithoutBoxes,
            "; ".join(parts) + " have no box.",
            locations=[Location(p, split=splits.get(p)) for p in found.empty[:_LISTED]],
            evidence={"per_split": dict(per_split), "images": list(found.empty[:1000])},
            key="empty",
        )

    def _imbalance(self, found: DetectionAnnotations) -> Finding | None:
        ref = self.params["reference_split"]
        counts = found.instances.get(ref) or {}
        if len(counts) < 2:
            return None
        rare, common = min(counts, key=counts.get), max(counts, key=counts.get)
        ratio = counts[common] / max(counts[rare], 1)
        if ratio < self.params["max_instance_ratio"]:
            return None
        images = found.images.get(ref, {})
        return self.finding(
            InstanceImbalance,
            f"In {ref}, {common} has {counts[common]} boxes in {images.get(common, 0)} images and {rare} "
            f"{counts[rare]} boxes in {images.get(rare, 0)} images: {ratio:.0f} times fewer boxes "
            f"(max_instance_ratio={self.params['max_instance_ratio']:g}).",
            evidence={"ratio": round(ratio, 3), "instances": {s: dict(c) for s, c in found.instances.items()},
                      "images": {s: dict(c) for s, c in found.images.items()},
                      "max_instance_ratio": self.params["max_instance_ratio"]},
            key=f"instances:{ref}",
        )
