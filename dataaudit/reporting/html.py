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

from dataaudit.model.findings import Finding, Fix, Location, to_jsonable
from dataaudit.model.fixes import ExcludeFiles, SplitAlias
from dataaudit.model.safe_text import escape_undecodable
from dataaudit.reporting.charts import Bar, bar_chart, class_colors, stacked_shares
from dataaudit.reporting.common import RuleInfo, plural, rule_catalogue
from dataaudit.reporting.thumbnails import Thumb, Thumbnailer, display_sizes, placeholder_svg

if TYPE_CHECKING:
    from dataaudit.model.report import Report
    from dataaudit.reporting.side_files import SideFiles

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
.facts{display:flex;gap:18px;flex-wrap:wrap}
.facts div{min-width:72px} .facts b{display:block;font-size:18px} .facts span{color:var(--muted);font-size:12.5px}
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
figure.thumb{margin:0;max-width:132px}
figure.thumb .pic{border-radius:6px;display:flex;align-items:flex-start;overflow:hidden}
figure.thumb img{display:block;border:1px solid var(--line);image-rendering:auto}
figure.thumb img.px{image-rendering:pixelated}
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
.top-card{display:flex;gap:22px;align-items:center;flex-wrap:wrap}
.toolbar{position:sticky;top:0;z-index:5;display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin-top:14px;
padding:8px 10px;background:var(--card);border:1px solid var(--line);border-radius:10px;
box-shadow:0 2px 6px rgba(0,0,0,.05)}
.toolbar select,.toolbar input{font:13px system-ui,sans-serif;padding:4px 8px;border:1px solid var(--line);
border-radius:6px;background:#fff;color:var(--ink)}
.toolbar input[type=search]{flex:1 1 220px;min-width:160px}
.toolbar .shown{color:var(--muted);font-size:12.5px;margin-left:auto}
.toolbar button{font:12.5px system-ui,sans-serif;border:1px solid var(--line);background:#fff;border-radius:6px;
padding:4px 10px;cursor:pointer}
table.rules{border-collapse:collapse;width:100%;font-size:13px}
table.rules td,table.rules th{border-top:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:middle}
table.rules th{color:var(--muted);font-weight:500;border-top:0}
table.rules tr.pick{cursor:pointer} table.rules tr.pick:hover{background:#f3f5f8}
table.rules td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.rules .code{font-family:var(--mono);font-weight:700}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:12px}
.pair{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 12px}
.pair .pics{display:flex;gap:10px;align-items:flex-start}
.pair .what{font-size:12.5px;margin-top:6px;overflow-wrap:anywhere}
.pair .what b{font-weight:600}
.group-more{display:flex;gap:10px;align-items:center;padding:8px 16px;border-top:1px solid var(--line);
font-size:12.5px;color:var(--muted)}
.group-more button,.gallery-more button{font:12.5px system-ui,sans-serif;border:1px solid var(--line);background:#fff;
border-radius:6px;padding:3px 10px;cursor:pointer}
.gallery-more{margin-top:10px;font-size:12.5px;color:var(--muted);display:flex;gap:10px;align-items:center}
[hidden]{display:none!important}
table.ev table.ev{margin-top:0}
table.ev.rows th{border-bottom:1px solid var(--line)}
table.ev.rows td{padding:1px 12px 1px 0;font-family:var(--mono)}
.same{font-size:12.5px;color:var(--muted);margin-top:8px}
.sidelink{font-size:12.5px;margin-top:4px}
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

  document.querySelectorAll('img[data-same]').forEach(function (img) {
    var first = document.getElementById(img.getAttribute('data-same'));
    if (first) { img.src = first.src; }
  });

  // Filters and paging. The options come from the JSON block (parsed, never inserted as HTML);
  // the items are already on the page, each with data-sev, data-rule, data-splits and data-classes.
  var block = document.getElementById('da-data');
  var data = block ? JSON.parse(block.textContent) : {rules: [], splits: [], classes: [], page: 20};
  var state = {hidden: {}, rule: '', split: '', cls: '', q: ''};
  function fill(id, values) {
    var select = document.getElementById(id);
    if (!select) { return; }
    values.forEach(function (v) { select.appendChild(new Option(v, v)); });
    select.addEventListener('change', function () { state[select.getAttribute('data-key')] = select.value; apply(); });
  }
  fill('f-rule', data.rules);
  fill('f-split', data.splits);
  fill('f-class', data.classes);
  function list(item, name) {
    try { return JSON.parse(item.getAttribute(name) || '[]'); } catch (e) { return []; }
  }
  function matches(item) {
    if (state.hidden[item.getAttribute('data-sev')]) { return false; }
    if (state.rule && item.getAttribute('data-rule') !== state.rule) { return false; }
    if (state.split && list(item, 'data-splits').indexOf(state.split) < 0) { return false; }
    if (state.cls && list(item, 'data-classes').indexOf(state.cls) < 0) { return false; }
    if (state.q && item.textContent.toLowerCase().indexOf(state.q) < 0) { return false; }
    return true;
  }
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-group]'));
  groups.forEach(function (group) {
    group.limit = data.page;
    var more = group.querySelector('button.show-more');
    if (more) { more.addEventListener('click', function () { group.limit += data.page; apply(); }); }
  });
  function apply() {
    var total = 0, shown = 0;
    groups.forEach(function (group) {
      var matched = 0;
      group.querySelectorAll('.item').forEach(function (item) {
        var ok = matches(item);
        if (ok) { matched += 1; }
        item.hidden = !(ok && matched <= group.limit);
      });
      total += matched;
      shown += Math.min(matched, group.limit);
      group.hidden = matched === 0;
      var note = group.querySelector('.page-note');
      if (note) { note.textContent = matched > group.limit ? 'showing ' + group.limit + ' of ' + matched : ''; }
      var more = group.querySelector('button.show-more');
      if (more) { more.hidden = matched <= group.limit; }
    });
    document.querySelectorAll('tr.pick').forEach(function (row) {
      row.hidden = (state.rule && row.getAttribute('data-rule') !== state.rule) ||
                   !!state.hidden[row.getAttribute('data-sev')];
    });
    var counter = document.getElementById('f-shown');
    if (counter) { counter.textContent = shown + ' of ' + total + ' matching items shown'; }
  }
  var search = document.getElementById('f-search');
  if (search) {
    search.addEventListener('input', function () { state.q = search.value.trim().toLowerCase(); apply(); });
  }
  var reset = document.getElementById('f-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      state.rule = state.split = state.cls = state.q = '';
      ['f-rule', 'f-split', 'f-class'].forEach(function (id) { var s = document.getElementById(id); if (s) { s.value = ''; } });
      if (search) { search.value = ''; }
      apply();
    });
  }
  document.querySelectorAll('tr.pick').forEach(function (row) {
    row.addEventListener('click', function () {
      state.rule = row.getAttribute('data-rule');
      var select = document.getElementById('f-rule');
      if (select) { select.value = state.rule; }
      apply();
      var target = document.getElementById('rule-' + state.rule);
      if (target && target.scrollIntoView) { target.scrollIntoView(); }
    });
  });
  document.querySelectorAll('.count[data-severity]').forEach(function (box) {
    box.addEventListener('click', function () {
      var severity = box.getAttribute('data-severity');
      var hidden = document.body.classList.toggle('hide-' + severity);
      state.hidden[severity] = hidden;
      box.classList.toggle('off', hidden);
      box.setAttribute('aria-pressed', hidden ? 'false' : 'true');
      apply();
    });
  });
  apply();
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


def _json_for_script(value: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` block: no ``<``, ``>`` or ``&`` can end it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _scalar(value: Any) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)) and all(not isinstance(v, (dict, list)) for v in value):
        shown = ", ".join(_scalar(v) for v in value[:20])
        return shown + (f", \u2026 ({len(value):,} in all)" if len(value) > 20 else "")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if len(text) <= 400 else text[:400] + "\u2026"


def _evidence_table(evidence: Mapping[str, Any], depth: int = 0) -> str:
    """Evidence as nested tables: a mapping as key/value rows, a list of mappings as a table with a row each."""
    rows = []
    for key, value in evidence.items():
        if isinstance(value, Mapping) and value and depth < 2:
            cell = _evidence_table(value, depth + 1)
        elif (isinstance(value, list) and value and depth < 2 and all(isinstance(v, Mapping) for v in value)):
            cell = _records_table(value)
        else:
            cell = _e(_scalar(value))
        rows.append(f"<tr><th>{_e(key)}</th><td>{cell}</td></tr>")
    return f'<table class="ev">{"".join(rows)}</table>'


def _records_table(records: list[Mapping[str, Any]], limit: int = 10) -> str:
    columns = list(dict.fromkeys(k for r in records[:limit] for k in r))[:8]
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_e(_scalar(r.get(c)))}</td>" for c in columns) + "</tr>"
                   for r in records[:limit])
    more = f'<tr><td colspan="{len(columns)}">\u2026 {len(records) - limit:,} more</td></tr>' \
        if len(records) > limit else ""
    return f'<table class="ev rows"><tr>{head}</tr>{body}{more}</table>'


def _pairs(f: Finding) -> list[Mapping[str, Any]]:
    """A duplicate finding's pairs (``evidence["pairs"]``, DA101-DA103), each naming two files."""
    pairs = f.evidence.get("pairs")
    if not isinstance(pairs, (list, tuple)):
        return []
    return [p for p in pairs if isinstance(p, Mapping) and isinstance(p.get("original"), str)
            and isinstance(p.get("copy"), str)]


def _item_attrs(severity: Any, rule: str, splits: Any, classes: Any) -> str:
    """The attributes the page's filters read; lists as JSON (escaped), so any class name round-trips."""
    split_list = sorted({str(s) for s in splits if s})
    class_list = sorted({str(c) for c in classes if c})
    return (f'data-sev="{_e(severity)}" data-rule="{_e(rule)}" data-splits="{_e(json.dumps(split_list))}" '
            f'data-classes="{_e(json.dumps(class_list))}"')


class _Page:
    """Builds the page; holds the ids handed out to code blocks and fixes."""

    def __init__(self, report: Report, *, thumbnails: Thumbnailer | None, max_findings_per_rule: int,
                 max_thumbs_per_finding: int, max_pairs: int, side_files: SideFiles | None):
        self.report = report
        self.thumbnails = thumbnails
        self.max_findings = max_findings_per_rule
        self.max_thumbs = max_thumbs_per_finding
        self.max_pairs = max_pairs
        self.side_files = side_files
        self._ids = Counter[str]()
        self.catalogue: dict[str, RuleInfo] = {info.code: info for info in rule_catalogue()}
        self.fix_ids: dict[int, str] = {}
        self._code_shown: dict[str, str] = {}  # text -> id of the block that already shows it
        self._images: dict[str, str] = {}  # data URI -> id of the <img> that embeds it

    def new_id(self, prefix: str) -> str:
        self._ids[prefix] += 1
        return f"{prefix}-{self._ids[prefix]}"

    # -- pieces ----------------------------------------------------------------------------------

    def codebox(self, text: str, name: str = "", *, max_lines: int = 200) -> str:
        """A code block with a Copy button; text shown once per page (later blocks link to it); a large
        file goes to a side file when the report is written to a file, else it is cut."""
        if text in self._code_shown:
            label = f"{_e(name)}: " if name else ""
            return f'<div class="same">{label}same as <a href="#{self._code_shown[text]}">the block above</a></div>'
        block = self.new_id("code")
        self._code_shown[text] = block
        label = f'<div class="name">{_e(name)}</div>' if name else ""
        ref = self.side_files.keep(name or "code.txt", text) if self.side_files is not None else None
        lines = text.splitlines()
        if ref is not None:
            shown = "\n".join(lines[:12])
            link = (f'<div class="sidelink"><a href="{_e(ref["side_file"])}">{_e(ref["side_file"])}</a> '
                    f'({len(lines):,} lines, {ref["bytes"]:,} bytes): the full file, beside this report</div>')
            return (f'<div class="codebox" id="{block}">{label}<pre><code>{_e(shown)}\n\u2026</code></pre>'
                    f'{link}</div>')
        if len(lines) > max_lines:
            shown = "\n".join(lines[:max_lines])
            note = (f'<div class="sidelink">first {max_lines:,} of {len(lines):,} lines; the whole file: '
                    f'<code>report.write_fixes(DIR)</code> or <code>--write-fixes DIR</code></div>')
            return f'<div class="codebox" id="{block}">{label}<pre><code>{_e(shown)}\n\u2026</code></pre>{note}</div>'
        return (f'<div class="codebox">{label}<pre id="{block}"><code>{_e(text)}</code></pre>'
                f'<button class="copy" type="button" data-target="{block}">Copy</button></div>')

    def figures(self, locations: list[Location], box: int) -> list[str]:
        """Thumbnails of ``locations`` drawn at one scale (display_sizes), each with path, split, label, size."""
        if self.thumbnails is None:
            return []
        found = [(loc, self.thumbnails(loc)) for loc in locations]
        found = [(loc, t) for loc, t in found if t is not None]
        sizes = display_sizes([(t.width, t.height) if t.uri else (0, 0) for _, t in found], box)
        return [self.thumb(loc, t, size) for (loc, t), size in zip(found, sizes)]

    def thumb(self, loc: Location, thumb: Thumb, size: tuple[int, int]) -> str:
        if thumb.uri and size[0]:
            sharp = ' class="px"' if size[0] > thumb.width else ""
            # A picture shown again (a group's original in each of its pairs) is not embedded again:
            # the page's script copies it from its first <img>.
            first = self._images.get(thumb.uri)
            if first is None:
                first = self._images[thumb.uri] = self.new_id("img")
                source = f'id="{first}" src="{thumb.uri}"'
            else:
                source = f'data-same="{first}"'
            pic = (f'<img {source} alt="{_e(loc.path)}" width="{size[0]}" height="{size[1]}"{sharp} '
                   f'title="{_e(loc.path)}: {thumb.width}\u00d7{thumb.height} px">')
        else:
            pic = placeholder_svg(thumb.note or "no preview", 96)
        tags = []
        if loc.split:
            tags.append(f'<span class="tag {_SPLIT_CLASS.get(loc.split, "")}">{_e(loc.split)}</span>')
        if loc.label:
            tags.append(f'<span class="tag">{_e(loc.label)}</span>')
        dims = f' <span class="dims">{thumb.width}\u00d7{thumb.height}</span>' if thumb.width else ""
        return (f'<figure class="thumb"><div class="pic">{pic}</div><figcaption><span class="path" '
                f'title="{_e(loc.path)}">{_e(loc.path)}</span>{"".join(tags)}{dims}</figcaption></figure>')

    def evidence(self, evidence: Mapping[str, Any], skip: tuple[str, ...] = ()) -> str:
        """The evidence as readable tables, numbers to 4 significant digits; folded away when it is long."""
        shown = {k: v for k, v in _rounded(to_jsonable(evidence)).items() if k not in ("traceback", *skip)}
        if not shown:
            return ""
        table = _evidence_table(shown)
        if len(table) > 900 or len(shown) > 6:
            return f'<details class="evi"><summary>Evidence ({len(shown)} values)</summary>{table}</details>'
        return table

    def finding(self, f: Finding) -> str:
        parts = [f'<div class="msg">{_e(f.message)}</div>']
        meta = []
        similarity = _number(f.evidence, "similarity")
        if similarity is not None:
            meta.append(f'<span class="sim">similarity {float(similarity):.3g}</span>')
        total = _number(f.evidence, "count") if f.evidence.get("aggregated") is True else None
        if total is not None and total > len(f.locations):
            meta.append(_e(f"{plural(int(total), 'image')}, the first {len(f.locations):,} listed; "
                           "every one in report.images() and the JSON report"))
        elif len(f.locations) > 1:
            meta.append(_e(plural(len(f.locations), "file")))
        pairs = _pairs(f)
        if pairs:
            meta.append('<a href="#pairs">pictures in the gallery</a>')
        if f.fix is not None:
            fix_id = self.fix_ids.get(id(f.fix))
            link = f' <a class="fixlink" href="#{fix_id}">see fix</a>' if fix_id else ""
            meta.append(f"fix: {_e(f.fix.title)}{link}")
        if meta:
            parts.append(f'<div class="meta">{_DOT.join(meta)}</div>')
        figures = [] if pairs else self.figures(list(f.locations[: self.max_thumbs]), 112)
        rest = f.locations[self.max_thumbs:] if figures else f.locations
        side = ""
        if len(figures) == 1 and not rest:
            side = figures[0]  # one picture: beside the text, not under it
        elif figures:
            parts.append(f'<div class="thumbs">{"".join(figures)}</div>')
        if rest and not pairs:
            items = "".join(
                f"<li>{_e(loc.path)}{_e(f'  [{loc.split}]') if loc.split else ''}"
                f"{_e(f' {loc.label}') if loc.label else ''}</li>" for loc in rest[:200])
            more = f"<li>\u2026 and {len(rest) - 200:,} more</li>" if len(rest) > 200 else ""
            parts.append(f'<ul class="locs">{items}{more}</ul>')
        parts.append(self.evidence(f.evidence, skip=("pairs",) if pairs else ()))
        body = "".join(parts)
        if side:
            body = f'<div class="side">{side}<div class="text">{body}</div></div>'
        attrs = _item_attrs(f.severity, f.code, (loc.split for loc in f.locations),
                            (loc.label for loc in f.locations))
        return f'<div class="finding item sev-{f.severity}" id="f-{_e(f.fingerprint)}" {attrs}>{body}</div>'

    def rule_doc(self, code: str) -> str:
        info = self.catalogue.get(code)
        if info is None:
            return ""
        sections = info.rule.sections()
        body = "".join(f"<h4>{_e(name)}</h4><p>{_e(text)}</p>" for name, text in sections.items())
        return f'<details class="doc"><summary>About this rule</summary>{body}</details>'

    # -- sections --------------------------------------------------------------------------------

    def gate(self) -> str:
        """Verdict, counts by severity and the dataset's size, in one card."""
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
                f'{self.facts()}<div class="counts">{boxes}</div></section>')

    def facts(self) -> str:
        r = self.report
        splits = r.summary.get("splits", {})
        classes = sorted({c for info in splits.values() for c in info.get("classes", {})})
        facts = [(f"{r.summary.get('n_samples', 0):,}", "samples")]
        facts += [(f"{info.get('n', 0):,}", f"{split}") for split, info in splits.items()]
        if classes:
            facts.append((f"{len(classes):,}", "classes"))
        html = "".join(f"<div><b>{_e(v)}</b><span>{_e(k)}</span></div>" for v, k in facts)
        return f'<div class="facts" id="dataset">{html}</div>'

    def toolbar(self) -> str:
        return ('<div class="toolbar" role="search">'
                '<input type="search" id="f-search" placeholder="Search paths, classes, messages\u2026" '
                'aria-label="search">'
                '<select id="f-rule" data-key="rule" aria-label="rule"><option value="">every rule</option></select>'
                '<select id="f-split" data-key="split" aria-label="split"><option value="">every split</option>'
                '</select><select id="f-class" data-key="cls" aria-label="class"><option value="">every class'
                '</option></select><button type="button" id="f-reset">Reset</button>'
                '<span class="shown" id="f-shown"></span></div>')

    def rules_table(self, groups: Mapping[str, list[Finding]]) -> str:
        """One row per rule with its count: the findings at a glance; a click filters to the rule."""
        if not groups:
            return ('<section id="rules"><div class="card empty">No findings: nothing to fix before training.'
                    '</div></section>')
        rows = []
        for code, items in groups.items():
            worst = max(f.severity for f in items)
            info = self.catalogue.get(code)
            summary = info.rule.summary() if info else ""
            rows.append(f'<tr class="pick sev-{worst}" data-rule="{_e(code)}" data-sev="{worst}" '
                        f'title="show only {_e(code)}"><td><span class="sev {worst}">{worst}</span></td>'
                        f'<td class="code">{_e(code)}</td><td class="slug">{_e(items[0].slug)}</td>'
                        f'<td>{_e(summary)}</td><td class="num">{len(items):,}</td></tr>')
        counts = self.report.counts()
        small = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s])
        return (f'<section id="rules"><h2>Findings by rule <small>{_e(small)}</small></h2><div class="card">'
                f'<table class="rules"><tr><th>severity</th><th>rule</th><th>name</th><th>what it checks</th>'
                f'<th class="num">findings</th></tr>{"".join(rows)}</table></div></section>')

    def gallery(self) -> str:
        """Duplicate pairs side by side at one scale, with similarity and the edit that made the copy."""
        cards = []
        total = 0
        for f in self.report.findings:
            for pair in _pairs(f):
                total += 1
                if len(cards) >= self.max_pairs:
                    continue
                locs = [Location(pair["original"], pair.get("original_split"), pair.get("original_label")),
                        Location(pair["copy"], pair.get("copy_split"), pair.get("copy_label"))]
                figures = self.figures(locs, 128)
                similarity = _number(pair, "similarity")
                what = [f'<span class="sim">similarity {similarity:.3g}</span>'] if similarity is not None else []
                edit = pair.get("edit") or pair.get("kind")
                if edit:
                    what.append(f"<b>{_e(edit)}</b>")
                what.append(f'<a href="#f-{_e(f.fingerprint)}">{_e(f.code)}</a>')
                attrs = _item_attrs(f.severity, f.code, (l.split for l in locs), (l.label for l in locs))
                cards.append(f'<div class="pair item sev-{f.severity}" {attrs}><div class="pics">{"".join(figures)}'
                             f'</div><div class="what">{_DOT.join(what)}</div></div>')
        if not cards:
            return ""
        cut = (f'<span>{total - len(cards):,} more pairs are in the JSON report and <code>report.pairs()</code>'
               f'</span>') if total > len(cards) else ""
        return (f'<section id="pairs" data-group="pairs"><h2>Duplicate pairs <small>{total:,} pairs; original '
                f'left, copy right, drawn at their true relative size</small></h2><div class="gallery">'
                f'{"".join(cards)}</div><div class="gallery-more"><span class="page-note"></span>'
                f'<button type="button" class="show-more">Show more</button>{cut}</div></section>')

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
                f'<details><summary>Counts per class, each split</summary><div class="grid">{"".join(cards)}</div>'
                f'</details></section>')

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

    def findings(self, groups: Mapping[str, list[Finding]]) -> str:
        """A card per rule; the page shows the first items of each (``Show more`` for the next page)."""
        if not groups:
            return ""
        blocks = []
        for code, items in groups.items():
            worst = max(f.severity for f in items)
            info = self.catalogue.get(code)
            summary = info.rule.summary() if info else ""
            head = (f'<header><span class="sev {worst}">{worst}</span><span class="code">{_e(code)}</span>'
                    f'<span class="slug">{_e(items[0].slug)}</span><span class="summary">{_e(summary)}</span>'
                    f'<span class="n">{_e(plural(len(items), "finding"))}</span></header>')
            body = "".join(self.finding(f) for f in items[: self.max_findings])
            cut = ""
            if len(items) > self.max_findings:
                cut = (f'<span>\u2026 and {len(items) - self.max_findings:,} more {_e(code)} findings; '
                       f'the JSON report (--format json) lists them all.</span>')
            more = (f'<div class="group-more"><span class="page-note"></span>'
                    f'<button type="button" class="show-more">Show more</button>{cut}</div>')
            blocks.append(f'<div class="card rule {worst} sev-{worst}" id="rule-{_e(code)}" data-group="rule">{head}'
                          f'{self.rule_doc(code)}{body}{more}</div>')
        return f'<section id="findings"><h2>Findings</h2>{"".join(blocks)}</section>'

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
            if isinstance(payload.get("code"), str) and payload["code"] not in fix.files.values():
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
                thumbnails: bool = True, thumb_budget: int = 400, max_findings_per_rule: int = 300,
                max_thumbs_per_finding: int = 8, max_pairs: int = 150, page_size: int = 10,
                title: str | None = None, side_files: SideFiles | None = None) -> str:
    """The report as one self-contained HTML page.

    ``images``: for an in-memory array source, the arrays audited (``{"train": x_train, ...}`` or the
    same ``{split: (x, y)}`` dict given to :func:`dataaudit.audit`), to show thumbnails of them.
    ``thumb_budget`` caps how many image files are opened for thumbnails. The page shows ``page_size``
    items per rule and gallery page (``Show more`` for the next). ``side_files``: when the page is
    written to a file (:meth:`Report.write`), large fix files go there and the page links to them.
    """
    thumbs = Thumbnailer(report, budget=thumb_budget, images=images) if thumbnails else None
    page = _Page(report, thumbnails=thumbs, max_findings_per_rule=max_findings_per_rule,
                 max_thumbs_per_finding=max_thumbs_per_finding, max_pairs=max_pairs, side_files=side_files)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        groups[f.code].append(f)
    fixes = page.fixes()  # first: it hands out the ids the findings link to
    gallery = page.gallery()
    sections = [page.gate(), page.toolbar(), page.rules_table(groups), gallery, page.findings(groups),
                page.classes(), page.variety(), fixes, page.auditors()]
    toc = [("gate", "Gate"), ("rules", "Rules")]
    if gallery:
        toc.append(("pairs", "Duplicate pairs"))
    if groups:
        toc.append(("findings", "Findings"))
    if sections[5]:
        toc.append(("classes", "Classes"))
    if sections[6]:
        toc.append(("variety", "Variety"))
    if fixes:
        toc.append(("fixes", "Fixes"))
    nav = "".join(f'<a href="#{anchor}">{name}</a>' for anchor, name in toc)
    splits = report.summary.get("splits", {})
    data = {
        "rules": list(groups),
        "splits": sorted({str(s) for s in splits} | {str(loc.split) for f in report.findings for loc in f.locations
                                                     if loc.split}),
        "classes": sorted({str(c) for info in splits.values() for c in info.get("classes", {})}
                          | {str(loc.label) for f in report.findings for loc in f.locations if loc.label}),
        "page": max(1, int(page_size)),
    }
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; "
           f"base-uri 'none'; form-action 'none'")
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
        f'</main><script type="application/json" id="da-data">{_json_for_script(data)}</script>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
