"""Which images belong together (one patient, one subject, one video): group ids from a manifest column or a path pattern.

Images of one group must stay in one split: a model that trained on a patient's other scans, or on
the neighbouring frames of a video, recognises the patient or the scene rather than the disease or
the class. The leakage auditor reports groups found in several splits (DA108); this module only
reads the group ids. A manifest column is used when named (``group_column=``) or when its name says
what it holds (``patient_id``, ``subject``, ``video``, ...); a regular expression over each image's
path (``group_pattern=``) works for any source with files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from dataaudit.errors import ManifestError, ParameterError

__all__ = ["GROUP_COLUMN", "detect_group_column", "compile_group_pattern", "groups_from_pattern", "group_cell",
           "apply_group_pattern"]

#: The samples column holding each image's group id (None: in no group); present only when groups were given.
GROUP_COLUMN = "group"

#: Column names taken as group ids without being asked: what a group of images is in the datasets
#: where splitting by image leaks (medical, re-identification, video, camera traps).
_GROUP_WORDS = ("patient", "subject", "person", "identity", "group", "session", "sequence", "video", "scene",
                "case", "study")
_GROUP_NAME = re.compile(
    rf"^(?:{'|'.join(_GROUP_WORDS)})(?:[ _-]?(?:id|ids|name|number|no|nr|key|uid))?$", re.IGNORECASE)


def detect_group_column(columns: Sequence[str], explicit: str | None, taken: Sequence[str | None], source: str
                        ) -> tuple[str | None, bool]:
    """(the group column, whether it was detected by name rather than named by the user)."""
    names = [str(c) for c in columns]
    if explicit is not None:
        if explicit not in names:
            raise ManifestError(
                f"The group column {explicit!r} is not in {source}; its columns are: {', '.join(names)}.")
        return explicit, False
    used = {c for c in taken if c is not None}
    for name in names:
        if name not in used and _GROUP_NAME.match(name.strip()):
            return name, True
    return None, False


def group_cell(value: object) -> str | None:
    """A group id as text; None for an empty or missing cell (that image is in no group)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def compile_group_pattern(pattern: str) -> re.Pattern[str]:
    """The compiled ``group_pattern``, checked: it must compile and capture the group id."""
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ParameterError(f"group_pattern {pattern!r} is not a valid regular expression: {exc}.") from None
    if compiled.groups == 0:
        raise ParameterError(
            f"group_pattern {pattern!r} captures nothing; put the group id in a capture group, "
            r"e.g. '(?P<group>patient\d+)_' or '^([^_]+)_'.")
    return compiled


def groups_from_pattern(relpaths: Sequence[str], pattern: re.Pattern[str]) -> list[str | None]:
    """Each path's group id: the named group ``group`` if the pattern has one, else its first capture group.

    The pattern is searched (not matched at the start) in the path relative to the dataset root, with
    ``/`` separators, so it can use folder names as well as file names.
    """
    index = "group" if "group" in pattern.groupindex else 1
    out: list[str | None] = []
    for path in relpaths:
        found = pattern.search(path)
        value = found.group(index) if found else None
        out.append(value if value else None)
    return out


def apply_group_pattern(dataset, pattern: str) -> None:
    """Give every sample of ``dataset`` the group its path names (replaces groups read from a column)."""
    compiled = compile_group_pattern(pattern)
    if dataset.arrays is not None or not dataset.has_images:
        raise ParameterError("group_pattern reads image paths; this source has none. Give the groups as a "
                             "manifest column (group_column=) instead.")
    values = groups_from_pattern(dataset.samples["relpath"].tolist(), compiled)
    dataset.samples[GROUP_COLUMN] = pd.Series(values, index=dataset.samples.index, dtype=object)
    dataset.group_origin = f"pattern {pattern!r}"
