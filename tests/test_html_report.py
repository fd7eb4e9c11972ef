"""The HTML report: self-contained, escaped, with thumbnails, charts and fixes; checked in headless Chromium."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import shutil
from contextlib import contextmanager
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import dataaudit
from dataaudit.demo.dataset import PLANTED, make_demo_dataset
from dataaudit.model.findings import Finding, Fix, Location, Severity
from chromium import Browser, find_chromium
from dataaudit.reporting.html import render_html

from conftest import make_tree, write_image

XSS_FILE = "<img src=x onerror=alert(1)>.png"
XSS_CLASS = "<b onmouseover=alert(2)>bold"


class Page(HTMLParser):
    """Collects tags with their attributes and the visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if not self._in_script:
            self.text.append(data)

    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = make_demo_dataset(tmp_path_factory.mktemp("demo") / "demo")
    report = dataaudit.audit(root, cache=False, config=False)
    return root, report, render_html(report)


@pytest.fixture(scope="module")
def xss(tmp_path_factory):
    """A dataset whose file and class names are HTML: a corrupt file named like an <img> tag, a class named like <b>."""
    root = make_tree(tmp_path_factory.mktemp("xss") / "data", {"train/cat": 4, "val/cat": 2, f"train/{XSS_CLASS}": 3,
                                                               f"val/{XSS_CLASS}": 2})
    (root / "train" / "cat" / XSS_FILE).write_bytes(b"<html>not an image</html>")
    Image.new("RGB", (8, 8), (200, 30, 30)).save(root / "train" / XSS_CLASS / "tiny.png")
    report = dataaudit.audit(root, cache=False, config=False)
    return root, report, render_html(report)


def test_the_demo_report_is_self_contained(demo):
    _, report, html = demo
    page = Page(html)
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "poster", "data"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith(("data:", "#")), (tag, name, value[:60])
        assert tag not in ("link", "iframe", "object", "embed", "base")
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "img-src data:" in csp and "script-src 'sha256-" in csp
    scripts = [a for t, a in page.tags if t == "script"]
    # One script runs; the other block is data (JSON) it reads, which the browser never executes.
    assert [a.get("type") for a in scripts] == ["application/json", None]
    # Deterministic: the same report renders to the same bytes.
    assert render_html(report) == html


def test_the_demo_report_shows_the_gate_counts_charts_thumbnails_and_fixes(demo):
    root, report, html = demo
    page = Page(html)
    text = page.all_text()
    assert "Gate failed" in text
    counts = report.counts()
    assert f"{counts['error']}errors" in text.replace(" ", "")
    # A section per planted problem, with its file.
    for path, code, _ in PLANTED:
        assert f'id="rule-{code}"' in html, code
        assert path.rstrip("/") in text
    # Thumbnails: decodable planted files as JPEG data URIs, undecodable ones as placeholders naming the problem.
    images = [a for t, a in page.tags if t == "img"]
    # A picture shown twice is embedded once; the other <img> names the first (the script copies it).
    by_id = {a["id"]: a["src"] for a in images if "src" in a}
    by_alt = {a["alt"]: a["src"] if "src" in a else by_id[a["data-same"]] for a in images}
    assert len(by_id) == len(set(by_id.values())) < len(images)
    for path in ("train/circle/really_a_png.jpg", "train/square/favicon.png", "train/circle/scanned_gray.png",
                 "train/square/phone_photo.jpg"):
        src = by_alt[path]
        assert src.startswith("data:image/jpeg;base64,")
        thumb = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
        assert max(thumb.size) <= 128
    # The 10x10 favicon is enlarged by whole pixels (sharp), and its caption gives the real size.
    favicon = Image.open(io.BytesIO(base64.b64decode(by_alt["train/square/favicon.png"].split(",", 1)[1])))
    assert favicon.size == (110, 110) and "10\u00d710" in text
    assert "train/circle/broken_download.jpg" not in by_alt
    for note in ("not an image", "truncated", "empty file"):
        assert f"<title>{note}</title>" in html
    # Class distribution per split from the summary.
    for split, info in report.summary["splits"].items():
        for cls, n in info["classes"].items():
            assert f"{split} / {cls}: {n:,}" in html
    # Fixes with a copy button bound to their code block.
    assert "train/circle/broken_download.jpg\ntrain/square/interrupted_copy.jpg\ntrain/triangle/empty.png" in text
    targets = [a["data-target"] for t, a in page.tags if t == "button" and "copy" in (a.get("class") or "")]
    ids = {a.get("id") for _, a in page.tags}
    assert targets and set(targets) <= ids
    assert "--split-alias holdout=test" in text
    # Long evidence (the class-balance numbers) is folded away, with numbers rounded for reading.
    assert "<summary>Evidence (" in html
    long_floats = [v for f in report.findings for v in f.evidence.values()
                   if isinstance(v, float) and len(repr(v)) > 8]
    assert long_floats
    for v in long_floats:
        assert f"<td>{float(f'{v:.4g}')}</td>" in html and f"<td>{v!r}</td>" not in html


def test_user_strings_are_escaped(xss):
    _, report, html = xss
    assert any(loc.path.endswith(XSS_FILE) for f in report.findings for loc in f.locations)
    page = Page(html)
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not (tag == "img" and attrs.get("src") == "x")
    text = page.all_text()
    assert f"train/cat/{XSS_FILE}" in text
    assert XSS_CLASS in text
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;.png" in html


def _group_report(root: Path) -> dataaudit.Report:
    """A duplicate group and a variety finding built per the documented evidence shapes, on real files."""
    write_image(root / "train" / "cat" / "a.jpg", seed=1)
    write_image(root / "val" / "cat" / "a_copy.jpg", seed=1)
    write_image(root / "test" / "dog" / "a_flip.png", seed=1)
    for i in range(3):
        write_image(root / "train" / "dog" / f"{i}.jpg", seed=10 + i)
    base = dataaudit.audit(root, cache=False, config=False, ignore="DA1")  # the hand-made group below stands alone
    group = Finding("DA102", "near-duplicate-across-splits", Severity.ERROR,
                    "val/cat/a_copy.jpg and test/dog/a_flip.png are copies of train/cat/a.jpg.",
                    locations=[Location("train/cat/a.jpg", "train", "cat"), Location("val/cat/a_copy.jpg", "val", "cat"),
                               Location("test/dog/a_flip.png", "test", "dog")],
                    evidence={"similarity": 0.981, "kind": "near"},
                    fix=Fix("resplit_manifest", "Move the copies to train",
                            {"files": {"resplit.csv": "path,label,split\n/x/a.jpg,cat,train\n"}, "manifest": "resplit.csv",
                             "strategy": "move", "moved": []}, "automatic"))
    variety = Finding("DA401", "low-variety-class", Severity.WARNING, "Class 'cat' is 3 images of one scene.",
                      evidence={"per_class": {"cat": {"effective_count": 1.2, "count": 3},
                                              "dog": {"effective_count": 2.9, "count": 3}}})
    return dataaudit.Report(findings=[group, variety, *base.findings], summary=base.summary, auditors=base.auditors,
                            source=base.source, table=base.table, config=base.config)


def test_duplicate_groups_show_side_by_side_with_splits_labels_and_similarity(tmp_path):
    report = _group_report(tmp_path / "data")
    html = render_html(report)
    page = Page(html)
    start = html.index('id="rule-DA102"')
    end = html.find('class="card rule', start)
    block = html[start: end if end > 0 else len(html)]
    figures = Page(block)
    alts = [a["alt"] for t, a in figures.tags if t == "img"]
    assert alts == ["train/cat/a.jpg", "val/cat/a_copy.jpg", "test/dog/a_flip.png"]
    assert "similarity 0.981" in figures.all_text()
    tags = [d for d in figures.text if d in ("train", "val", "test", "cat", "dog")]
    assert tags[:6] == ["train", "cat", "val", "cat", "test", "dog"]
    assert 'id="variety"' in html and "1.2 of 3" in page.all_text()
    assert "resplit.csv" in page.all_text()


def test_array_sources_get_thumbnails_from_the_arrays():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 255, (6, 20, 20, 3), dtype=np.uint8)
    x[2] = 0
    arrays = {"train": (x[:4], np.array([0, 1, 0, 1])), "val": (x[4:], np.array([0, 1]))}
    report = dataaudit.audit(arrays, cache=False)
    finding = Finding("DA006", "tiny-image", Severity.WARNING, "row 2 is black",
                      locations=[Location("train[2]", "train", "0")])
    report = dataaudit.Report(findings=[finding], summary=report.summary, source=report.source, table=report.table)
    with_arrays = Page(render_html(report, images=arrays))
    src = next(a["src"] for t, a in with_arrays.tags if t == "img")
    pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))))
    assert pixels.shape[:2] == (100, 100) and pixels.max() < 8  # the black 20x20 sample, enlarged 5x
    # Without the arrays, the scan's own 32x32 thumbnail (computed for the variety auditor) is shown.
    from_table = Page(render_html(report))
    src = next(a["src"] for t, a in from_table.tags if t == "img")
    pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))))
    assert pixels.max() < 8
    bare = dataaudit.Report(findings=[finding], summary=report.summary, source=report.source)
    assert "<title>pixels not kept</title>" in render_html(bare)


def test_finding_caps_keep_big_reports_small(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 30, "val/cat": 2})
    base = dataaudit.audit(root, cache=False, config=False)
    many = [Finding("DA006", "tiny-image", Severity.WARNING, f"small {i}", locations=[Location(f"train/cat/{i:04d}.jpg")])
            for i in range(30)]
    report = dataaudit.Report(findings=many, summary=base.summary, source=base.source, table=base.table)
    html = render_html(report, max_findings_per_rule=5, thumb_budget=3)
    assert html.count('class="finding ') == 5 and "and 25 more DA006 findings" in html
    assert html.count("data:image/jpeg") == 3 and "thumbnail limit" in html


# -- in a real browser -----------------------------------------------------------------------------

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed and `make test` could not install it (apt-get install chromium): "
           "the browser tests of the HTML report did not run",
)


@contextmanager
def loaded(html: str, path: Path):
    """The page open in headless Chromium; it must log no problem, before or after what the test does."""
    path.write_text(html, encoding="utf-8")
    with Browser() as browser:
        page = browser.open(path.as_uri())
        assert page.problems() == []
        yield page
        assert page.problems() == []


@needs_chromium
def test_xss_file_names_render_as_text_in_chromium(xss, tmp_path):
    with loaded(xss[2], tmp_path / "xss.html") as page:
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"], [onerror], [onmouseover]').length") == 0
        assert page.evaluate(f"document.body.innerText.includes({XSS_FILE!r})")
        assert page.evaluate(f"document.body.innerText.includes({XSS_CLASS!r})")
        # Hover everything a class-name payload could hang on; nothing may run.
        page.evaluate("document.querySelectorAll('*').forEach(e => e.dispatchEvent(new MouseEvent('mouseover')))")
        shot = page.screenshot(tmp_path / "xss.png")
    assert Image.open(shot).size == (1280, 900)


@needs_chromium
def test_demo_report_loads_cleanly_in_chromium_and_its_buttons_work(demo, tmp_path):
    with loaded(demo[2], tmp_path / "demo.html") as page:
        # Every thumbnail decodes in the browser.
        sizes = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
        assert sizes and all(done and width > 0 for done, width in sizes)
        assert page.evaluate("document.querySelector('.gate .verdict').innerText").endswith("Gate failed")
        label = page.evaluate("(() => { const b = document.querySelector('button.copy'); b.click();"
                              " return new Promise(r => setTimeout(() => r(b.textContent), 100)); })()")
        assert label == "Copied"
        hidden = page.evaluate("(() => { document.querySelector('.count.error').click();"
                               " return getComputedStyle(document.querySelector('.rule.error')).display; })()")
        assert hidden == "none"
        shot = page.screenshot(tmp_path / "demo.png", full_page=True)
    width, height = Image.open(shot).size
    assert width == 1280 and height > 2000


def test_chromium_is_found_when_installed():
    """Says plainly in the test log whether the browser tests ran."""
    if CHROMIUM is None:
        pytest.skip("chromium not installed: the browser tests were skipped")
    assert shutil.which(Path(CHROMIUM).name)


# -- the dashboard: filters, search, paging, pairs at true size, side files --------------------------

def _visible_items(page) -> list[dict]:
    """The items a person sees now: rule, text and the rendered width of each picture."""
    return page.evaluate(
        "Array.from(document.querySelectorAll('.item')).filter(e => e.offsetParent !== null)"
        ".map(e => ({rule: e.getAttribute('data-rule'), text: e.textContent,"
        " widths: Array.from(e.querySelectorAll('img')).map(i => i.getBoundingClientRect().width)}))")


def _choose(page, select_id: str, value: str) -> None:
    page.evaluate(f"(() => {{ const s = document.getElementById({select_id!r}); s.value = {value!r};"
                  " s.dispatchEvent(new Event('change')); })()")


@needs_chromium
def test_filtering_to_one_rule_shows_only_its_items(demo, tmp_path):
    _, report, html = demo
    with loaded(html, tmp_path / "demo.html") as page:
        before = _visible_items(page)
        assert {i["rule"] for i in before} >= {"DA001", "DA101", "DA103"}
        options = page.evaluate("Array.from(document.getElementById('f-rule').options).map(o => o.value)")
        assert options[0] == "" and set(options[1:]) == {f.code for f in report.findings}
        # The summary, the toolbar and the findings by rule fit in under 3 screens of 1080 px before the gallery.
        top = page.evaluate("document.getElementById('pairs').getBoundingClientRect().top + scrollY")
        assert 0 < top < 3 * 1080
        _choose(page, "f-rule", "DA103")
        shown = _visible_items(page)
        n_103 = len(report.by_code("DA103"))
        n_pairs = sum(len(f.evidence["pairs"]) for f in report.by_code("DA103"))
        assert shown and {i["rule"] for i in shown} == {"DA103"}
        assert len(shown) == min(n_103, 10) + min(n_pairs, 10)
        # The rules table keeps only that rule's row; Reset brings everything back.
        rows = page.evaluate("Array.from(document.querySelectorAll('tr.pick')).filter(r => !r.hidden)"
                             ".map(r => r.getAttribute('data-rule'))")
        assert rows == ["DA103"]
        page.evaluate("document.getElementById('f-reset').click()")
        assert len(_visible_items(page)) == len(before)
        # A click on a row of the rules table filters too.
        page.evaluate("document.querySelector('tr.pick[data-rule=\"DA001\"]').click()")
        assert {i["rule"] for i in _visible_items(page)} == {"DA001"}


@needs_chromium
def test_the_search_box_and_the_split_filter_narrow_the_items(demo, tmp_path):
    with loaded(demo[2], tmp_path / "demo.html") as page:
        page.evaluate("(() => { const s = document.getElementById('f-search'); s.value = 'LEAKED_FLIPPED';"
                      " s.dispatchEvent(new Event('input')); })()")
        shown = _visible_items(page)
        assert shown and all("leaked_flipped" in i["text"] for i in shown)
        assert {i["rule"] for i in shown} >= {"DA102"}
        assert page.evaluate("document.getElementById('f-shown').textContent").startswith(f"{len(shown)} of")
        page.evaluate("document.getElementById('f-reset').click()")
        _choose(page, "f-split", "test")
        shown = _visible_items(page)
        assert shown and all('"test"' in page.evaluate(
            f"document.querySelectorAll('.item')[{k}].getAttribute('data-splits')")
            for k in page.evaluate("Array.from(document.querySelectorAll('.item')).map((e, k) => "
                                   "e.offsetParent !== null ? k : -1).filter(k => k >= 0)"))


def _pair_report(root: Path, n_extra: int = 0) -> dataaudit.Report:
    """A 32x32 original and its 64x64 enlargement in another split, as the leakage auditor reports a pair."""
    write_image(root / "train" / "cat" / "small.png", seed=3, size=32)
    (root / "val" / "cat").mkdir(parents=True)
    Image.open(root / "train" / "cat" / "small.png").resize((64, 64)).save(root / "val" / "cat" / "big.png")
    for i in range(3):
        write_image(root / "train" / "dog" / f"{i}.png", seed=20 + i, size=32)
    base = dataaudit.audit(root, cache=False, config=False, ignore="DA1", progress=False)
    pair = {"original": "train/cat/small.png", "copy": "val/cat/big.png", "original_split": "train",
            "copy_split": "val", "original_label": "cat", "copy_label": "cat", "kind": "near",
            "similarity": 0.998, "edit": "an upscaled copy", "edits": ["resize to 200% (32x32 -> 64x64)"]}
    found = [Finding("DA102", "near-duplicate-across-splits", Severity.ERROR, "val/cat/big.png is an upscaled copy.",
                     locations=[Location("train/cat/small.png", "train", "cat"), Location("val/cat/big.png", "val", "cat")],
                     evidence={"similarity": 0.998, "pairs": [pair]})]
    found += [Finding("DA006", "tiny-image", Severity.WARNING, f"small {i}", locations=[Location(f"train/dog/{i % 3}.png",
              "train", "dog")], fingerprint=f"{i:016x}") for i in range(n_extra)]
    return dataaudit.Report(findings=[*found, *base.findings], summary=base.summary, source=base.source,
                            table=base.table, config=base.config)


@needs_chromium
def test_a_copy_is_drawn_at_its_true_size_next_to_its_original_and_items_page(tmp_path):
    report = _pair_report(tmp_path / "data", n_extra=25)
    with loaded(render_html(report, page_size=10), tmp_path / "pair.html") as page:
        gallery = [i for i in _visible_items(page) if "an upscaled copy" in i["text"] and len(i["widths"]) == 2]
        assert len(gallery) == 1
        original, copy = gallery[0]["widths"]
        assert copy == pytest.approx(2 * original) and original >= 32
        # 25 DA006 findings: 10 shown, then 10 more per click.
        def tiny_count():
            return sum(1 for i in _visible_items(page) if i["rule"] == "DA006")
        assert tiny_count() == 10
        page.evaluate("document.querySelector('#rule-DA006 button.show-more').click()")
        assert tiny_count() == 20
        page.evaluate("document.querySelector('#rule-DA006 button.show-more').click()")
        assert tiny_count() == 25
        assert page.evaluate("getComputedStyle(document.querySelector('#rule-DA006 button.show-more')).display") \
            == "none"


HOSTILE = "</script><script>alert(document.domain)</script>\u2028<!--"


@needs_chromium
def test_a_hostile_class_name_in_the_data_block_does_not_run(tmp_path):
    report = _pair_report(tmp_path / "data")
    f = report.findings[0]
    hostile = dataclasses.replace(f, locations=(Location(f.locations[0].path, "train", HOSTILE), *f.locations[1:]))
    report = dataaudit.Report(findings=[hostile, *report.findings[1:]], summary=report.summary, source=report.source,
                              table=report.table)
    html = render_html(report)
    block = html.split('id="da-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    with loaded(html, tmp_path / "hostile.html") as page:
        options = page.evaluate("Array.from(document.getElementById('f-class').options).map(o => o.text)")
        assert HOSTILE in options
        _choose(page, "f-class", HOSTILE)
        assert [i["rule"] for i in _visible_items(page)] == ["DA102"]
        assert page.evaluate("document.querySelectorAll('script').length") == 2


def test_pictures_side_by_side_share_one_scale():
    from dataaudit.reporting.thumbnails import display_sizes

    assert display_sizes([(32, 32), (64, 64)], 128) == [(64, 64), (128, 128)]
    assert display_sizes([(64, 64), (32, 32)], 112) == [(64, 64), (32, 32)]
    assert display_sizes([(4000, 3000), (400, 300)], 120) == [(120, 90), (12, 9)]
    assert display_sizes([(10, 10)], 112) == [(110, 110)]
    assert display_sizes([(0, 0), (16, 8)], 64) == [(0, 0), (64, 32)]


def test_written_reports_keep_large_fix_files_beside_them(tmp_path):
    report = _group_report(tmp_path / "data")
    big = "path,label,split\n" + "".join(f"/data/train/cat/{i:05d}.jpg,cat,train\n" for i in range(400))
    f = report.findings[0]
    fix = Fix(f.fix.kind, f.fix.title, {**f.fix.payload, "files": {"resplit.csv": big, "moved.csv": "path\n"}},
              f.fix.applicability)
    report = dataaudit.Report(findings=[dataclasses.replace(f, fix=fix), *report.findings[1:]], summary=report.summary,
                              source=report.source, table=report.table)
    written = report.write(tmp_path / "out" / "report.json")
    assert written[0] == tmp_path / "out" / "report.json"
    data = json.loads(written[0].read_text())
    assert data["schema_version"] == 2
    files = data["findings"][0]["fix"]["payload"]["files"]
    assert files["moved.csv"] == "path\n"  # small files stay inline
    ref = files["resplit.csv"]
    side = tmp_path / "out" / ref["side_file"]
    assert ref["side_file"] == "report.files/resplit.csv" and side.read_text() == big
    assert ref["bytes"] == len(big.encode()) and ref["sha256"] == hashlib.sha256(big.encode()).hexdigest()
    assert len(written[0].read_bytes()) < len(report.to_json()) - len(big) + 1000
    # The string form stays self-contained.
    assert json.loads(report.to_json())["findings"][0]["fix"]["payload"]["files"]["resplit.csv"] == big
    # The HTML written to a file shows the head of the manifest and links to the same side file.
    html_path = report.write(tmp_path / "out" / "report.html")[0]
    html = html_path.read_text()
    assert 'href="report.files/resplit.csv"' in html and "/data/train/cat/00399.jpg" not in html
    assert (tmp_path / "out" / "report.files" / "resplit.csv").read_text() == big
    # Rendered as a string, a long file is cut with a note, never dropped silently.
    assert "first 200 of 401 lines" in render_html(report)


def test_the_augmentation_code_is_shown_once(demo):
    _, report, html = demo
    code = next(f.fix.payload["code"] for f in report.findings if f.fix and f.fix.kind == "augmentation")
    first_line = next(line for line in code.splitlines() if line.strip())
    assert html.count(escape(first_line)) == 1
