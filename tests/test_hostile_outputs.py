"""Hostile data meets every output: names that are not UTF-8, that hold terminal sequences, HTML or a URI
scheme; manifests that list one file in two splits, spell missing labels as text or have no path column;
a reader that closes the pipe; a report with 20,000 findings. Real files, named on the fly."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import numpy as np
import pandas as pd
import pytest

import dataaudit
from dataaudit.model.findings import Finding, Location, Severity
from dataaudit.model.report import Report
from dataaudit.reporting.formats import FORMATS, render

from conftest import make_tree, write_image
from test_formats import validate_sarif

REPO = Path(__file__).resolve().parents[1]
#: Bytes that are not UTF-8: Python names this file "caf\udce9.jpg" (surrogate escape).
RAW_NAME = b"caf\xe9.jpg"
RAW_CLASS = os.fsdecode(b"d\xefg")  # a class folder whose name is not UTF-8 either
TERMINAL_NAME = "x\x1b]0;pwned\x07\r\nERROR   DA000 fake: all good.jpg"
HTML_CLASS = "<img src=x onerror=alert(1)>"
HTML_NAME = "<img src=x onerror=alert(2)>.jpg"
SCHEME_NAME = "javascript:alert(1).jpg"
CONTROL_NAME = "bell\x01\x1b.jpg"


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run([sys.executable, "-m", "dataaudit.cli", *args], capture_output=True, env=env,
                          timeout=300, **kwargs)


@pytest.fixture(scope="module")
def undecodable(tmp_path_factory) -> tuple[Path, Report]:
    """A dataset whose val copy of a training image, and one class, have names that are not UTF-8."""
    root = make_tree(tmp_path_factory.mktemp("undecodable") / "data",
                     {"train/cat": 3, f"train/{RAW_CLASS}": 3, "val/cat": 2, f"val/{RAW_CLASS}": 2})
    shutil.copyfile(root / "train/cat/0000.jpg", os.path.join(os.fsencode(root / "val/cat"), RAW_NAME))
    return root, dataaudit.audit(root, cache=False, config=False, progress=False)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, Report]:
    """A dataset whose names hold terminal sequences, HTML, a URI scheme and XML-invalid characters."""
    root = make_tree(tmp_path_factory.mktemp("hostile") / "data",
                     {"train/cat": 3, "train/dog": 3, f"train/{HTML_CLASS}": 2, "val/cat": 2, "val/dog": 2,
                      f"val/{HTML_CLASS}": 1})
    shutil.copyfile(root / "train/dog/0000.jpg", root / "val/dog" / TERMINAL_NAME)
    shutil.copyfile(root / "train/cat/0001.jpg", root / "val/cat" / HTML_NAME)
    shutil.copyfile(root / "train/cat/0002.jpg", root / "val/cat" / CONTROL_NAME)
    write_image(root / SCHEME_NAME, seed=999)  # a loose file at the root: DA013 points at it
    return root, dataaudit.audit(root, cache=False, config=False, progress=False)


# -- a name that is not UTF-8 (item 5) ----------------------------------------------------------------

_SHOWN = {"text": "caf\\xe9.jpg", "json": "caf\\\\xe9.jpg", "markdown": "caf\\xe9.jpg", "html": "caf\\xe9.jpg",
          "sarif": "caf%E9.jpg", "junit": "caf\\xe9.jpg", "github": "caf\\xe9.jpg"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_non_utf8_name_renders_in_every_format(undecodable, fmt):
    _, report = undecodable
    leak = [f for f in report.findings if f.code == "DA101"]
    assert [run.status for run in report.auditors if run.status == "crashed"] == []
    assert len(leak) == 1 and leak[0].severity == Severity.ERROR
    text = render(report, fmt)
    text.encode("utf-8")  # strict: a file or a terminal in UTF-8 takes it
    assert _SHOWN[fmt] in text
    if fmt in ("markdown", "html"):  # the formats that list classes
        assert "d\\xefg" in text


def test_non_utf8_name_keeps_its_bytes_in_json_and_the_python_api(undecodable):
    root, report = undecodable
    data = json.loads(report.to_json())
    where = {loc["path"]: base64.b64decode(loc["path_bytes"])
             for f in data["findings"] for loc in f["locations"] if "path_bytes" in loc}
    assert where["val/cat/caf\\xe9.jpg"] == b"val/cat/" + RAW_NAME
    assert where["train/d\\xefg/"] == b"train/d\xefg/"  # the rare class's folder
    assert set(data["summary"]["splits"]["train"]["classes"]) == {"cat", "d\\xefg"}
    assert all("path_bytes" not in loc for f in data["findings"] for loc in f["locations"]
               if loc["path"].isascii() and "\\x" not in loc["path"])
    # Read back, the location names the file as Python's os functions do: it opens.
    again = Finding.from_dict(next(f for f in data["findings"] if f["code"] == "DA101"))
    path = next(loc.path for loc in again.locations if loc.split == "val")
    assert os.path.isfile(os.path.join(os.fsencode(root), os.fsencode(path)))
    frame = report.to_frame()
    assert "val/cat/" + os.fsdecode(RAW_NAME) in frame.loc[frame["code"] == "DA101", "paths"].iloc[0]
    frame.to_csv(index=False).encode("utf-8")
    str(report).encode("utf-8")
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")


def test_non_utf8_name_is_written_as_its_bytes_in_fix_files(undecodable, tmp_path):
    root, report = undecodable
    written = report.write_fixes(tmp_path / "fixes")
    moved = next(p for p in written if p.name == "moved.csv").read_bytes()
    # The re-split's list of moved files names the file by its bytes (relative to the dataset root), so a
    # program reading it opens that file. (The manifest leaves this copy out: its original is in train.)
    line = next(line for line in moved.splitlines() if RAW_NAME in line)
    assert line.startswith(b"val/cat/" + RAW_NAME + b",") and os.path.isfile(os.path.join(os.fsencode(root),
                                                                                          line.split(b",")[0]))


def test_non_utf8_name_through_the_cli_with_the_cache(undecodable, tmp_path):
    root, _ = undecodable
    for attempt in ("cold", "warm"):
        result = _cli("check", str(root), "--format", "json", "--no-progress",
                      "--cache-path", str(tmp_path / "cache.sqlite"))
        assert result.returncode == 1, (attempt, result.stderr.decode())
        assert b"internal error" not in result.stderr and b"Traceback" not in result.stderr
        assert [f["code"] for f in json.loads(result.stdout)["findings"]].count("DA101") == 1


# -- what the data says stays data (item 10) -------------------------------------------------------------

def test_text_output_shows_control_characters_as_escapes(hostile):
    _, report = hostile
    text = report.to_text(verbose=True)
    assert "x\\x1b]0;pwned\\x07\\r\\nERROR   DA000 fake: all good.jpg" in text
    assert not {"\x1b", "\x07", "\r", "\x01"} & set(text)
    assert not [line for line in text.splitlines() if line.startswith("ERROR   DA000")]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def test_markdown_shows_html_from_names_as_text(hostile):
    markdown_it = pytest.importorskip("markdown_it")
    _, report = hostile
    md = report.to_markdown()
    # Rendered by a CommonMark renderer that passes raw HTML through, as the viewer did.
    page = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    parser = _Tags()
    parser.feed(page)
    assert "img" not in parser.tags and "onerror" not in page.replace("onerror=alert", "")
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # the class name, as text
    assert "&lt;img src=x onerror=alert(2)&gt;.jpg" in page  # the file name, as text
    assert "\x1b" not in md and "\r" not in md


def test_github_annotations_carry_no_escape_sequences(hostile):
    _, report = hostile
    out = render(report, "github")
    assert "\x1b" not in out and "\x07" not in out and "\x01" not in out
    lines = out.splitlines()
    assert len(lines) == len(report.findings) + 1
    assert all(line.startswith("::") for line in lines[:-1]) and lines[-1].startswith("dataaudit: ")
    assert any("x\\x1b]0;pwned\\x07%0D%0AERROR   DA000 fake" in line for line in lines)


def test_sarif_uris_are_relative_and_never_carry_a_scheme(hostile):
    _, report = hostile
    log = json.loads(render(report, "sarif"))
    validate_sarif(log)
    uris = []
    for result in log["runs"][0]["results"]:
        for loc in [*result.get("locations", []), *result.get("relatedLocations", [])]:
            artifact = loc.get("physicalLocation", {}).get("artifactLocation")
            if artifact:
                uris.append(artifact["uri"])
                assert artifact["uriBaseId"] == "DATASETROOT"
    assert all(urlsplit(uri).scheme == "" and uri.startswith("./") for uri in uris), uris
    assert f"./{SCHEME_NAME}" in {unquote(uri) for uri in uris}
    assert f"./val/dog/{TERMINAL_NAME}" in {unquote(uri) for uri in uris}


def test_junit_keeps_names_on_one_line_and_drops_xml_invalid_characters(hostile):
    _, report = hostile
    xml = render(report, "junit")
    assert "\x01" not in xml and "\x1b" not in xml and "\r" not in xml
    root = ET.fromstring(xml)
    bodies = "\n".join(el.text or "" for el in root.iter() if el.tag in ("failure", "system-out"))
    assert "bell\\x01\\x1b.jpg" in bodies
    assert not [line for line in bodies.splitlines() if line.startswith("ERROR   DA000")]


def test_junit_renders_many_findings_in_linear_time():
    findings = [Finding("DA006", "tiny-image", Severity.ERROR if i % 2 else Severity.WARNING, f"image {i} is tiny",
                        locations=[Location(f"train/c/{i}.jpg", "train", "c")]) for i in range(20_000)]
    report = Report(findings=findings, summary={"n_samples": 20_000, "splits": {}},
                    source={"kind": "folder", "root": "/data", "description": "test"})
    start = time.perf_counter()
    xml = render(report, "junit")
    seconds = time.perf_counter() - start
    assert seconds < 10, seconds  # quadratic before: 79 s
    case = next(c for c in ET.fromstring(xml).iter("testcase") if c.get("name", "").startswith("DA006"))
    assert case.find("failure").text.count("ERROR DA006") == 10_000
    assert case.find("system-out").text.count("WARNING DA006") == 10_000


def test_cli_error_quoting_a_manifest_cell_shows_its_control_characters(tmp_path):
    write_image(tmp_path / "img" / "0.jpg", seed=1)
    (tmp_path / "m.csv").write_text('path,label,split\nimg/0.jpg,a,train\n"../\x1b]0;pwned\x07x.jpg",a,test\n')
    result = _cli("check", str(tmp_path / "m.csv"), "--no-cache", "--no-progress")
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr
    assert b"(../\\x1b]0;pwned\\x07x.jpg)" in result.stderr


# -- manifests and label arrays (items 3, 13) -------------------------------------------------------------

def _manifest(tmp_path: Path, header: str, rows: list[str]) -> Path:
    for i in range(6):
        write_image(tmp_path / "img" / f"{i}.jpg", seed=i, shape=("circle", "square")[i % 2])
    path = tmp_path / "labels.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return path


def test_manifest_listing_one_file_in_train_and_test_is_a_cross_split_error(tmp_path):
    path = _manifest(tmp_path, "path,label,split", [f"img/{i}.jpg,{'ab'[i % 2]},train" for i in range(4)]
                     + ["img/4.jpg,a,test", "img/5.jpg,b,test", "img/0.jpg,a,test"])
    report = dataaudit.audit(path, cache=False, config=False, progress=False)
    leak = report.by_code("DA101")
    assert len(leak) == 1 and leak[0].severity == Severity.ERROR
    assert [(loc.path, loc.split) for loc in leak[0].locations] == [("img/0.jpg", "train"), ("img/0.jpg", "test")]
    assert "listed in train and in test" in leak[0].message
    assert not report.by_code("DA015") and not report.passed()
    # The re-split plan keeps the file once.
    resplit = report.by_code("DA105")[0].fix.files["resplit.csv"]
    assert sum(line == "img/0.jpg,a,train" for line in resplit.splitlines()) == 1


def test_missing_value_labels_in_a_manifest_are_unlabelled_rows_not_classes(tmp_path):
    rows = ["img/0.jpg,a,train", "img/1.jpg,NaN,train", "img/2.jpg,None,train", "img/3.jpg,N/A,train",
            "img/4.jpg,NULL,test", "img/5.jpg,,test"]
    report = dataaudit.audit(_manifest(tmp_path, "path,label,split", rows), cache=False, config=False,
                             progress=False)
    classes = {c for info in report.summary["splits"].values() for c in info["classes"]}
    assert classes == {"a"}
    (finding,) = report.by_code("DA023")
    assert finding.evidence["count"] == 5
    assert finding.evidence["spellings"] == {"(empty)": 1, "N/A": 1, "NULL": 1, "NaN": 1, "None": 1}
    assert [loc.path for loc in finding.locations] == [f"img/{i}.jpg" for i in range(1, 6)]


def test_missing_value_labels_in_arrays_are_unlabelled_samples(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.integers(0, 255, (24, 32, 32, 3), dtype=np.uint8)
    report = dataaudit.audit({"train": (x[:16], np.array(["cat", "dog", "None", "nan"] * 4)),
                              "val": (x[16:], np.array([0, 1, np.nan, 1] * 2))}, cache=False, config=False,
                             progress=False)
    assert report.summary["splits"]["train"]["classes"] == {"cat": 4, "dog": 4}
    assert report.summary["splits"]["val"]["classes"] == {"0": 2, "1": 4}
    (finding,) = report.by_code("DA023")
    assert finding.evidence["count"] == 10 and finding.locations[0].path == "train[2]"


def test_manifest_without_a_path_column_says_no_image_was_checked(tmp_path):
    path = _manifest(tmp_path, "img_file,label,split", [f"img/{i}.jpg,{'ab'[i % 2]},{('train', 'val')[i // 4]}"
                                                        for i in range(6)])
    report = dataaudit.audit(path, cache=False, config=False, progress=False)
    (finding,) = report.by_code("DA039")
    assert "no image was checked" in finding.message and "img_file" in finding.message
    assert report.scan.get("decoded", 0) == 0


# -- a reader that goes away (issue 17, item 7) --------------------------------------------------------

def test_closed_output_pipe_ends_quietly_with_the_sigpipe_status(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 2, "val/cat": 1})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "dataaudit.cli", "check", str(root), "--format", "json",
                             "--no-progress", "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # like `| head -c 100` that has read its bytes: the report meets a closed pipe
    stderr = proc.stderr.read()
    assert proc.wait(timeout=300) == 141
    assert b"internal error" not in stderr and b"Traceback" not in stderr and b"BrokenPipe" not in stderr
