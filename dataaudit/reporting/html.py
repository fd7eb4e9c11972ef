"""The HTML report: one self-contained page a person reads, and the README shows.

Everything is inline (CSS, a small script, SVG charts, thumbnails as ``data:``
URIs) and a Content-Security-Policy forbids any network access and any script
but the report's own. Every string that comes from the dataset or from an
auditor (paths, class names, messages, evidence, code) is HTML-escaped: a file
named ``<img src=x onerror=alert(1)>.png`` shows as that text.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING, Any

from dataaudit.model.findings import Finding, Fix, to_jsonable
from dataaudit.model.fixes import ExcludeFiles, SplitAlias
from dataaudit.model.safe_text import escape_undecodable
from dataaudit.reporting.charts import Bar, bar_chart, class_colors, stacked_shares
from dataaudit.reporting.common import RuleInfo, plural, rule_catalogue
from dataaudit.reporting.thumbnails import Thumb, Thumbnailer, placeholder_svg

if TYPE_CHECKING:
    from dataaudit.model.report import Report

__all__ = ["render_html"]

_DOT = " \u00b7 "
_SPLIT_CLASS = {"train": "s-train", "val": "s-val", "test": "s-test"}

_CSS = """
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2330;--muted:#5b6472;--line:#e3e6eb;--err:#c62828;--err-bg:#fdecea;
--warn:#b26a00;--warn-bg:#fff4e0;--info:#1565c0;--info-bg:#e8f1fd;--ok:#2e7d32;--ok-bg:#e8f5e9;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:20px 24px 48px}
header.top{display:flex;align-items:baseline;gap:14px;flex-wrap:wrap;margin-bottom:14px}
header.top h1{font-size:22px;margin:0;letter-spacing:-.01em}
header.top h1 span{color:var(--muted);font-weight:400}
header.top .src{color:var(--muted);font-family:var(--mono);font-size:12.5px;word-break:break-all}
nav.toc{display:flex;gap:16px;flex-wrap:wrap;font-size:13px;margin:2px 0 16px}
nav.toc a{color:var(--muted);text-decoration:none;border-bottom:1px dotted var(--muted)}
.gate{display:flex;align-items:center;gap:22px;flex-wrap:wrap;border-radius:12px;padding:18px 22px;
border:1px solid var(--line);background:var(--card);box-shadow:0 1px 2px rgba(0,0,0,.04)}
.gate .verdict{font-size:26px;font-weight:700;display:flex;align-items:center;gap:10px}
.gate.failed{border-left:8px solid var(--err)} .gate.failed .verdict{color:var(--err)}
.gate.passed{border-left:8px solid var(--ok)} .gate.passed .verdict{color:var(--ok)}
.gate .detail{color:var(--muted)}
.counts{display:flex;gap:10px;margin-left:auto;flex-wrap:wrap}
.count{border-radius:10px;padding:8px 14px;min-width:92px;text-align:center;cursor:pointer;user-select:none;
border:1px solid transparent}
.count b{display:block;font-size:22px;line-height:1.1}
.count.error{background:var(--err-bg);color:var(--err)} .count.warning{background:var(--warn-bg);color:var(--warn)}
.count.info{background:var(--info-bg);color:var(--info)} .count.off{opacity:.35;border-color:var(--line)}
section{margin-top:26px}
section>h2{font-size:17px;margin:0 0 10px;display:flex;align-items:baseline;gap:10px}
section>h2 small{color:var(--muted);font-weight:400;font-size:13px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px;
box-shadow:0 1px 2px rgba(0,0,0,.03)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:14px}
.facts{display:flex;gap:26px;flex-wrap:wrap}
.facts div{min-width:110px} .facts b{display:block;font-size:18px} .facts span{color:var(--muted);font-size:12.5px}
.chips{display:flex;gap:6px;flex-wrap:wrap;margin-top:10px}
.chip{font-size:12px;border-radius:999px;padding:1px 9px;background:#eef0f3;color:var(--muted)}
.chip.bad{background:var(--err-bg);color:var(--err)}
svg.chart{max-width:100%;height:auto;display:block}
.chart-label{font-size:12px;fill:#39414f} .chart-value{font-size:11.5px;fill:#5b6472}
.chart-inbar{font-size:11px;fill:#fff;font-weight:600}
.legend{display:flex;gap:12px;flex-wrap:wrap;font-size:12.5px;color:var(--muted);margin:6px 0 10px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.rule{margin-top:14px;padding:0;overflow:hidden}
.rule>header{display:flex;gap:10px;align-items:center;padding:11px 16px;border-bottom:1px solid var(--line);
flex-wrap:wrap}
.rule.error>header{background:linear-gradient(90deg,var(--err-bg),#fff 60%)}
.rule.warning>header{background:linear-gradient(90deg,var(--warn-bg),#fff 60%)}
.rule.info>header{background:linear-gradient(90deg,var(--info-bg),#fff 60%)}
.rule>header .code{font-family:var(--mono);font-weight:700}
.rule>header .slug{color:var(--muted);font-family:var(--mono);font-size:12.5px}
.rule>header .summary{flex:1 1 260px}
.rule>header .n{color:var(--muted);font-size:12.5px}
.sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:5px;padding:2px 7px}
.sev.error{background:var(--err);color:#fff} .sev.warning{background:#f0a020;color:#1d1400}
.sev.info{background:var(--info);color:#fff}
details.doc{padding:0 16px;border-bottom:1px solid var(--line);font-size:13px;color:#39414f}
details.doc summary{cursor:pointer;color:var(--muted);padding:6px 0}
details.doc h4{margin:8px 0 2px;font-size:12.5px}
details.doc p{margin:0 0 6px;white-space:pre-wrap}
.finding{padding:12px 16px;border-top:1px solid var(--line)}
.finding:first-of-type{border-top:0}
.finding .msg{font-weight:500;overflow-wrap:anywhere}
.finding .meta{display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin-top:6px;font-size:12.5px;color:var(--muted)}
.sim{font-weight:700;color:var(--ink);background:#eef0f3;border-radius:6px;padding:1px 8px}
.side{display:flex;gap:16px;align-items:flex-start} .side .text{flex:1;min-width:0}
.thumbs{display:flex;gap:12px;flex-wrap:wrap;margin-top:10px;align-items:flex-start}
figure.thumb{margin:0;width:132px}
figure.thumb .pic{width:132px;height:132px;border-radius:8px;background:#eef0f3 center/contain no-repeat;display:flex;
align-items:center;justify-content:center;overflow:hidden;border:1px solid var(--line)}
figure.thumb img{max-width:128px;max-height:128px;image-rendering:auto;display:block}
figure.thumb figcaption{font-size:11.5px;line-height:1.35;margin-top:4px;overflow-wrap:anywhere}
figure.thumb .path{font-family:var(--mono);color:#39414f;display:block}
.tag{display:inline-block;font-size:11px;border-radius:4px;padding:0 5px;margin:2px 3px 0 0;background:#eef0f3;color:#39414f}
.tag.s-train{background:#e3effa;color:#0b4f8a} .tag.s-val{background:#f1e6f7;color:#6a2c86}
.tag.s-test{background:#fdeedd;color:#8a4b08}
.dims{color:var(--muted)}
.locs{margin:8px 0 0;padding:0;list-style:none;font-family:var(--mono);font-size:12px;color:#39414f;max-height:180px;
overflow:auto}
.locs li{overflow-wrap:anywhere}
table.ev{border-collapse:collapse;margin-top:8px;font-size:12.5px}
table.ev th{text-align:left;color:var(--muted);font-weight:500;padding:2px 12px 2px 0;vertical-align:top;white-space:nowrap}
table.ev td{padding:2px 0;font-family:var(--mono);overflow-wrap:anywhere}
details.evi{margin-top:8px;font-size:12.5px} details.evi summary{cursor:pointer;color:var(--muted)}
.more{color:var(--muted);font-size:12.5px;padding:10px 16px;border-top:1px solid var(--line)}
.fixlink{font-size:12.5px}
.fix{margin-top:12px}
.fix h3{font-size:14.5px;margin:0 0 4px;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.appl{font-size:11px;border-radius:4px;padding:1px 6px;background:#eef0f3;color:var(--muted);font-weight:500}
.appl.automatic{background:var(--ok-bg);color:var(--ok)}
.fix .for{font-size:12.5px;color:var(--muted)}
.codebox{position:relative;margin-top:8px}
.codebox pre{margin:0;background:#0f1720;color:#e6edf3;border-radius:8px;padding:12px 14px;font:12.5px/1.45 var(--mono);
overflow:auto;max-height:340px;white-space:pre}
.codebox .name{font:12px var(--mono);color:var(--muted);margin-bottom:3px}
button.copy{position:absolute;top:6px;right:6px;font:12px system-ui,sans-serif;border:1px solid #3a4656;
background:#1f2a37;color:#e6edf3;border-radius:6px;padding:3px 10px;cursor:pointer}
.codebox .name+pre+button.copy,.codebox .name~button.copy{top:26px}
button.copy:hover{background:#2b394a}
.empty{color:var(--muted)}
table.runs{border-collapse:collapse;font-size:13px;width:100%}
table.runs td,table.runs th{border-top:1px solid var(--line);padding:5px 8px;text-align:left}
table.runs th{color:var(--muted);font-weight:500;border-top:0}
footer{margin-top:34px;color:var(--muted);font-size:12.5px}
body.hide-error .sev-error,body.hide-warning .sev-warning,body.hide-info .sev-info{display:none}
"""

_SCRIPT = """
(function () {
  function copied(button) {
    button.textContent = 'Copied';
    setTimeout(function () { button.textContent = 'Copy'; }, 1500);
  }
  function fallback(text, button) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing else to try */ }
    document.body.removeChild(area);
    copied(button);
  }
  document.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-target'));
      var text = target ? target.textContent : '';
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button); },
                                                 function () { fallback(text, button); });
      } else {
        fallback(text, button);
      }
    });
  });
  document.querySelectorAll('.count[data-severity]').forEach(function (box) {
    box.addEventListener('click', function () {
      var severity = box.getAttribute('data-severity');
      var hidden = document.body.classList.toggle('hide-' + severity);
      box.classList.toggle('off', hidden);
      box.setAttribute('aria-pressed', hidden ? 'false' : 'true');
    });
  });
})();
"""


def _e(value: Any) -> str:
    return escape(escape_undecodable(str(value)), quote=True)  # a non-UTF-8 file name shows its bytes as \xNN


def _number(mapping: Any, key: str) -> float | None:
    """``mapping[key]`` when it is a number (not a bool), else None: evidence is free-form JSON."""
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _rounded(value: Any) -> Any:
    """Floats to 4 significant digits, for reading (the JSON report keeps full precision)."""
    if isinstance(value, float):
        return float(f"{value:.4g}")
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


class _Page:
    """Builds the page; holds the ids handed out to code blocks and fixes."""

    def __init__(self, report: Report, *, thumbnails: Thumbnailer | None, max_findings_per_rule: int,
                 max_thumbs_per_finding: int):
        self.report = report
        self.thumbnails = thumbnails
        self.max_findings = max_findings_per_rule
        self.max_thumbs = max_thumbs_per_finding
        self._ids = Counter[str]()
        self.catalogue: dict[str, RuleInfo] = {info.code: info for info in rule_catalogue()}
        self.fix_ids: dict[int, str] = {}

    def new_id(self, prefix: str) -> str:
        self._ids[prefix] += 1
        return f"{prefix}-{self._ids[prefix]}"

    # -- pieces ----------------------------------------------------------------------------------

    def codebox(self, text: str, name: str = "") -> str:
        block = self.new_id("code")
        label = f'<div class="name">{_e(name)}</div>' if name else ""
        return (f'<div class="codebox">{label}<pre id="{block}"><code>{_e(text)}</code></pre>'
                f'<button class="copy" type="button" data-target="{block}">Copy</button></div>')

    def thumb(self, loc, thumb: Thumb | None) -> str:  # noqa: ANN001 - Location
        if thumb is None:
            return ""
        if thumb.uri:
            pic = f'<img src="{thumb.uri}" alt="{_e(loc.path)}">'
        else:
            pic = placeholder_svg(thumb.note or "no preview", 128)
        tags = []
        if loc.split:
            tags.append(f'<span class="tag {_SPLIT_CLASS.get(loc.split, "")}">{_e(loc.split)}</span>')
        if loc.label:
            tags.append(f'<span class="tag">{_e(loc.label)}</span>')
        dims = f' <span class="dims">{thumb.width}\u00d7{thumb.height}</span>' if thumb.width else ""
        return (f'<figure class="thumb"><div class="pic">{pic}</div><figcaption><span class="path" '
                f'title="{_e(loc.path)}">{_e(loc.path)}</span>{"".join(tags)}{dims}</figcaption></figure>')

    def evidence(self, evidence: Mapping[str, Any]) -> str:
        """The evidence as a table, numbers to 4 significant digits; folded away when it is long."""
        if not evidence:
            return ""
        rows = []
        size = 0
        for key, value in _rounded(to_jsonable(evidence)).items():
            if key == "traceback":
                continue
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if len(text) > 400:
                text = text[:400] + "\u2026"
            size += len(text)
            rows.append(f"<tr><th>{_e(key)}</th><td>{_e(text)}</td></tr>")
        if not rows:
            return ""
        table = f'<table class="ev">{"".join(rows)}</table>'
        if size > 500 or len(rows) > 8:
            return f'<details class="evi"><summary>Evidence ({len(rows)} values)</summary>{table}</details>'
        return table

    def finding(self, f: Finding) -> str:
        parts = [f'<div class="msg">{_e(f.message)}</div>']
        meta = []
        similarity = _number(f.evidence, "similarity")
        if similarity is not None:
            meta.append(f'<span class="sim">similarity {float(similarity):.3g}</span>')
        if len(f.locations) > 1:
            meta.append(_e(plural(len(f.locations), "file")))
        if f.fix is not None:
            fix_id = self.fix_ids.get(id(f.fix))
            link = f' <a class="fixlink" href="#{fix_id}">see fix</a>' if fix_id else ""
            meta.append(f"fix: {_e(f.fix.title)}{link}")
        if meta:
            parts.append(f'<div class="meta">{_DOT.join(meta)}</div>')
        figures = []
        if self.thumbnails is not None:
            for loc in f.locations[: self.max_thumbs]:
                figures.append(self.thumb(loc, self.thumbnails(loc)))
        figures = [x for x in figures if x]
        rest = f.locations[self.max_thumbs:] if figures else f.locations
        side = ""
        if len(figures) == 1 and not rest:
            side = figures[0]  # one picture: beside the text, not under it
        elif figures:
            parts.append(f'<div class="thumbs">{"".join(figures)}</div>')
        if rest:
            items = "".join(
                f"<li>{_e(loc.path)}{_e(f'  [{loc.split}]') if loc.split else ''}"
                f"{_e(f' {loc.label}') if loc.label else ''}</li>" for loc in rest[:200])
            more = f"<li>\u2026 and {len(rest) - 200:,} more</li>" if len(rest) > 200 else ""
            parts.append(f'<ul class="locs">{items}{more}</ul>')
        parts.append(self.evidence(f.evidence))
        body = "".join(parts)
        if side:
            body = f'<div class="side">{side}<div class="text">{body}</div></div>'
        return f'<div class="finding sev-{f.severity}" id="f-{_e(f.fingerprint)}">{body}</div>'


    def rule_doc(self, code: str) -> str:
        info = self.catalogue.get(code)
        if info is None:
            return ""
        sections = info.rule.sections()
        body = "".join(f"<h4>{_e(name)}</h4><p>{_e(text)}</p>" for name, text in sections.items())
        return f'<details class="doc"><summary>About this rule</summary>{body}</details>'

    # -- sections --------------------------------------------------------------------------------

    def gate(self) -> str:
        r = self.report
        passed = r.passed()
        counts = r.counts()
        gate = "never fails" if r.fail_on == "never" else f"fails on {r.fail_on} and above"
        detail = [gate, plural(len(r.findings), "finding")]
        if r.baselined:
            detail.append(f"{len(r.baselined):,} accepted in the baseline")
        boxes = "".join(
            f'<div class="count {sev}" data-severity="{sev}" role="button" aria-pressed="true" '
            f'title="show or hide {sev} findings"><b>{counts[sev]:,}</b>{sev}{"s" if counts[sev] != 1 else ""}</div>'
            for sev in ("error", "warning", "info"))
        mark = "\u2714" if passed else "\u2716"
        return (f'<section class="gate {"passed" if passed else "failed"}" id="gate"><div>'
                f'<div class="verdict">{mark} Gate {"passed" if passed else "failed"}</div>'
                f'<div class="detail">{_e(_DOT.join(detail))}</div></div>'
                f'<div class="counts">{boxes}</div></section>')

    def overview(self) -> str:
        r = self.report
        splits = r.summary.get("splits", {})
        classes = sorted({c for info in splits.values() for c in info.get("classes", {})})
        facts = [(f"{r.summary.get('n_samples', 0):,}", "samples")]
        facts += [(f"{info.get('n', 0):,}", f"{split}") for split, info in splits.items()]
        if classes:
            facts.append((f"{len(classes):,}", "classes"))
        if r.scan:
            facts.append((f"{r.scan.get('seconds', 0):.1f}s", "scan"))
        html = "".join(f"<div><b>{_e(v)}</b><span>{_e(k)}</span></div>" for v, k in facts)
        chips = []
        for run in r.auditors:
            bad = run.status != "ok"
            status = "" if run.status == "ok" else f" ({run.status})"
            chips.append(f'<span class="chip{" bad" if run.status == "crashed" else ""}" '
                         f'title="{_e(run.reason)}">{_e(run.name)}{_e(status)} \u00b7 {run.findings}</span>'
                         if bad else f'<span class="chip">{_e(run.name)} \u00b7 {run.findings}</span>')
        chip_html = f'<div class="chips">{"".join(chips)}</div>' if chips else ""
        return (f'<section id="dataset"><h2>Dataset</h2><div class="card"><div class="facts">{html}</div>'
                f'{chip_html}</div></section>')

    def classes(self) -> str:
        splits = self.report.summary.get("splits", {})
        per_split = {s: info.get("classes", {}) for s, info in splits.items() if info.get("classes")}
        if not per_split:
            return ""
        classes = sorted({c for counts in per_split.values() for c in counts})
        colors = class_colors(classes)
        legend = "".join(f'<span><i style="background:{colors[c]}"></i>{_e(c)}</span>' for c in classes[:40])
        ordered = {s: {c: counts.get(c, 0) for c in classes} for s, counts in per_split.items()}
        cards = []
        for split, counts in ordered.items():
            total = sum(counts.values()) or 1
            shown = sorted(counts, key=lambda c: (-counts[c], c))[:40]
            bars = [Bar(c, counts[c], f"{counts[c]:,} ({100 * counts[c] / total:.1f}%)", colors[c]) for c in shown]
            hidden = len(counts) - len(shown)
            note = f'<div class="empty">\u2026 and {hidden:,} more classes</div>' if hidden > 0 else ""
            cards.append(f'<div class="card"><h3 style="margin:0 0 6px;font-size:14px">'
                         f'<span class="tag {_SPLIT_CLASS.get(split, "")}">{_e(split)}</span> '
                         f'{total:,} labelled</h3>{bar_chart(bars, width=330, label_width=92, title=f"class counts in {split}")}{note}</div>')
        mix = stacked_shares(ordered, colors) if len(classes) <= 40 else ""
        mix_card = f'<div class="card" style="margin-bottom:14px"><div class="legend">{legend}</div>{mix}</div>' \
            if mix else ""
        return (f'<section id="classes"><h2>Class distribution <small>per split</small></h2>{mix_card}'
                f'<div class="grid">{"".join(cards)}</div></section>')

    def variety(self) -> str:
        """A per-class chart from the first finding whose evidence has ``per_class`` variety numbers
        (``{class: {"effective_count": x, "count": n}}``, docs/reports.md)."""
        for f in self.report.findings:
            per_class = f.evidence.get("per_class")
            if not isinstance(per_class, Mapping) or not any(
                    _number(stats, "effective_count") is not None for stats in per_class.values()):
                continue
            bars = []
            colors = class_colors(sorted(per_class))
            for cls in sorted(per_class, key=lambda c: _number(per_class[c], "effective_count") or 0.0):
                value = _number(per_class[cls], "effective_count") or 0.0
                count = _number(per_class[cls], "count")
                text = f"{value:,.1f}" + (f" of {count:,.0f}" if count is not None else "")
                bars.append(Bar(str(cls), value, text, colors[cls], under=count))
            caption = ("Effective number of distinct images per class (solid) against the number of images "
                       "(light): a short solid bar is a class of near-copies.")
            return (f'<section id="variety"><h2>Variety <small>per class, from {_e(f.code)}</small></h2>'
                    f'<div class="card"><div class="legend">{_e(caption)}</div>'
                    f'{bar_chart(bars[:60], width=560, label_width=140, title="variety per class")}</div></section>')
        return ""

    def findings(self) -> str:
        r = self.report
        if not r.findings:
            return ('<section id="findings"><h2>Findings</h2><div class="card empty">No findings: nothing to fix '
                    'before training.</div></section>')
        groups: dict[str, list[Finding]] = defaultdict(list)
        for f in r.findings:
            groups[f.code].append(f)
        blocks = []
        for code, items in groups.items():
            worst = max(f.severity for f in items)
            info = self.catalogue.get(code)
            summary = info.rule.summary() if info else ""
            head = (f'<header><span class="sev {worst}">{worst}</span><span class="code">{_e(code)}</span>'
                    f'<span class="slug">{_e(items[0].slug)}</span><span class="summary">{_e(summary)}</span>'
                    f'<span class="n">{_e(plural(len(items), "finding"))}</span></header>')
            body = "".join(self.finding(f) for f in items[: self.max_findings])
            more = ""
            if len(items) > self.max_findings:
                more = (f'<div class="more">\u2026 and {len(items) - self.max_findings:,} more {_e(code)} findings; '
                        f'the JSON report (--format json) lists them all.</div>')
            blocks.append(f'<div class="card rule {worst} sev-{worst}" id="rule-{_e(code)}">{head}'
                          f'{self.rule_doc(code)}{body}{more}</div>')
        counts = r.counts()
        small = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s])
        return f'<section id="findings"><h2>Findings <small>{_e(small)}</small></h2>{"".join(blocks)}</section>'

    def fixes(self) -> str:
        """Every distinct fix; files to remove are merged into one list."""
        entries: list[tuple[Fix, list[Finding]]] = []
        seen: dict[str, int] = {}
        removals: list[tuple[str, Finding]] = []
        for f in self.report.findings:
            if f.fix is None:
                continue
            if f.fix.kind == ExcludeFiles.kind:
                removals.extend((p, f) for p in f.fix.payload_as(ExcludeFiles).paths)
                continue
            key = json.dumps(f.fix.to_dict(), sort_keys=True)
            if key in seen:
                entries[seen[key]][1].append(f)
                continue
            seen[key] = len(entries)
            entries.append((f.fix, [f]))
        if not entries and not removals:
            return ""
        blocks = []
        if removals:
            fix_id = self.new_id("fix")
            for _, f in removals:
                self.fix_ids[id(f.fix)] = fix_id
            paths = list(dict.fromkeys(p for p, _ in removals))
            codes = sorted({f.code for _, f in removals})
            blocks.append(f'<div class="card fix" id="{fix_id}"><h3>Remove or replace '
                          f'{_e(plural(len(paths), "file"))} <span class="appl manual">manual</span></h3>'
                          f'<div class="for">for {_e(", ".join(codes))}; dataaudit never deletes files itself</div>'
                          f'{self.codebox(chr(10).join(paths), "files")}</div>')
        for fix, findings in entries:
            fix_id = self.new_id("fix")
            for f in findings:
                self.fix_ids[id(f.fix)] = fix_id
            # code and files are keys any fix kind may have, a plugin's too (docs/fixes.md).
            payload = fix.payload
            inner = []
            if isinstance(payload.get("code"), str):
                inner.append(self.codebox(payload["code"], "python"))
            if fix.kind == SplitAlias.kind:
                inner.append(self.codebox(fix.payload_as(SplitAlias).cli, "command line"))
            for name, text in fix.files.items():
                inner.append(self.codebox(str(text), str(name)))
            rest = {k: v for k, v in payload.items() if k not in ("code", "files")}
            if rest and not inner:
                inner.append(self.codebox(json.dumps(to_jsonable(rest), indent=2, ensure_ascii=False), fix.kind))
            codes = sorted({f.code for f in findings})
            blocks.append(f'<div class="card fix" id="{fix_id}"><h3>{_e(fix.title)} <span class="appl '
                          f'{_e(fix.applicability)}">{_e(fix.applicability)}</span></h3>'
                          f'<div class="for">{_e(fix.kind)} \u00b7 for {_e(", ".join(codes))}</div>{"".join(inner)}</div>')
        hint = ('<div class="legend">Write every fix file (manifests, code) with '
                '<code>dataaudit check DATA --write-fixes DIR</code> or <code>report.write_fixes(DIR)</code>.</div>')
        return f'<section id="fixes"><h2>Fixes</h2>{hint}{"".join(blocks)}</section>'

    def auditors(self) -> str:
        runs = self.report.auditors
        if not runs:
            return ""
        rows = "".join(f"<tr><td>{_e(a.name)}</td><td>{_e(a.code_prefix)}xx</td><td>{_e(a.status)}</td>"
                       f"<td>{a.findings}</td><td>{a.seconds:.2f}s</td><td>{_e(a.reason)}</td></tr>" for a in runs)
        return (f'<section id="auditors"><h2>Auditors</h2><div class="card"><table class="runs"><tr><th>auditor</th>'
                f'<th>codes</th><th>status</th><th>findings</th><th>time</th><th>note</th></tr>{rows}</table></div>'
                f'</section>')


def render_html(report: Report, color: bool = False, *, images: Mapping[str, Any] | None = None,
                thumbnails: bool = True, thumb_budget: int = 400, max_findings_per_rule: int = 60,
                max_thumbs_per_finding: int = 8, title: str | None = None) -> str:
    """The report as one self-contained HTML page.

    ``images``: for an in-memory array source, the arrays audited (``{"train": x_train, ...}`` or the
    same ``{split: (x, y)}`` dict given to :func:`dataaudit.audit`), to show thumbnails of them.
    ``thumb_budget`` caps how many image files are opened for thumbnails.
    """
    thumbs = Thumbnailer(report, budget=thumb_budget, images=images) if thumbnails else None
    page = _Page(report, thumbnails=thumbs, max_findings_per_rule=max_findings_per_rule,
                 max_thumbs_per_finding=max_thumbs_per_finding)
    fixes = page.fixes()  # first: it hands out the ids the findings link to
    sections = [page.gate(), page.overview(), page.classes(), page.variety(), page.findings(), fixes,
                page.auditors()]
    toc = [("gate", "Gate"), ("dataset", "Dataset")]
    if 'id="classes"' in sections[2]:
        toc.append(("classes", "Classes"))
    if sections[3]:
        toc.append(("variety", "Variety"))
    toc.append(("findings", "Findings"))
    if fixes:
        toc.append(("fixes", "Fixes"))
    nav = "".join(f'<a href="#{anchor}">{name}</a>' for anchor, name in toc)
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; "
           "base-uri 'none'; form-action 'none'")
    heading = title or "dataaudit report"
    description = report.source.get("description", "")
    return escape_undecodable(  # also names in charts: the page encodes as UTF-8 whatever the file system held
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(heading)}: {'passed' if report.passed() else 'failed'}</title>"
        f"<style>{_CSS}</style></head><body><main>"
        f'<header class="top"><h1>{_e(heading)} <span>dataaudit {_e(report.version)}</span></h1>'
        f'<div class="src">{_e(description)}</div></header><nav class="toc">{nav}</nav>'
        + "".join(s for s in sections if s)
        + f"<footer>Generated by dataaudit {_e(report.version)} (report schema {report.schema_version}). "
        "Machine-readable forms: <code>--format json</code>, <code>sarif</code>, <code>junit</code>, "
        "<code>github</code>.</footer>"
        f"</main><script>{_SCRIPT}</script></body></html>\n"
    )
