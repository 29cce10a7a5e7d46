// The style sheet and script of the HTML report (html_writer.cc), inlined
// into every report so that the page works offline from a mail attachment:
// no network, no CDN, no external file.
//
// The script reads two JSON blocks the writer embeds:
//   #hs-meta  {"s": [strings], "r": [[rule, category]],
//              "a": [[key, label, conversations, findings, average score]], "p": [platforms]}
//   #hs-data  {"c": [[id, file, line, agent, platform, channel, score, started_at]],
//              "f": [[conv, rule, severity, turn, speaker, time, context, span_start,
//                     span_end, message, suggestion, how, detail, line, column]]}
// where agent, platform and rule are indexes into a, p and r, and message,
// suggestion, how and detail are an index into s or an inline string. The
// findings table is rendered 200 rows a page; filters live in the URL hash
// (#category=pii&agent=1428&page=2) so a link opens the page filtered.

#ifndef HUASHU_SRC_REPORT_HTML_ASSETS_H_
#define HUASHU_SRC_REPORT_HTML_ASSETS_H_

namespace huashu::report {

inline constexpr const char kHtmlStyle[] = R"CSS(
:root{--err:#c62828;--warn:#ef6c00;--info:#1565c0;--bar:#5c6bc0;--line:#e0e0e0}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#212121;background:#fafafa}
header{background:#283593;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;opacity:.85;font-size:12px}
main{padding:16px 24px;max-width:1400px}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:0 0 16px}
h2{font-size:16px;margin:0 0 10px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:22px}
.card span{color:#616161;font-size:12px}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
td.sev-error,td.sev-warning,td.sev-info{white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{flex:1 1 420px;min-width:320px}
.chart h3{font-size:13px;margin:4px 0;color:#424242}
svg text{font-size:12px;fill:#424242}
svg a:hover rect{fill:#3949ab}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5;font-weight:600;position:sticky;top:0}
td.num,th.num{text-align:right;white-space:nowrap}
a{color:#283593}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}
.filters select,.filters input{font:inherit;padding:2px 4px;max-width:260px}
.pager{display:flex;gap:8px;align-items:center;margin:8px 0}
.pager button{font:inherit}
mark.hs-hit{background:#ffcdd2;color:#b71c1c;font-weight:600;padding:0 1px;border-radius:2px}
.ctx{font-size:15px;white-space:pre-wrap}
.msg{margin-top:2px}
.how{color:#757575;font-size:12px}
.sugg{color:#2e7d32;font-size:13px}
.meta{color:#757575;font-size:12px;white-space:nowrap}
.muted{color:#9e9e9e}
#hs-drill{margin:4px 0 8px;padding:0 2px}
#hs-drill div:first-child{font-weight:600}
)CSS";

inline constexpr const char kHtmlScript[] = R"JS(
(function () {
  'use strict';
  var meta = JSON.parse(document.getElementById('hs-meta').textContent);
  var data = JSON.parse(document.getElementById('hs-data').textContent);
  var S = meta.s, R = meta.r, A = meta.a, P = meta.p, C = data.c, F = data.f;
  var PAGE = 200;
  var SEV = ['error', 'warning', 'info'], SEV_ZH = ['错误', '警告', '提示'];
  var SPK = ['客服', '客户', '系统'];
  var KEYS = ['category', 'severity', 'rule', 'agent', 'platform', 'conv'];
  function str(x) { return typeof x === 'number' ? S[x] : (x || ''); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  // Filter state: URL hash first, then the query string (both name=value&...).
  function readState() {
    var st = {page: 1};
    [location.search, location.hash].forEach(function (part) {
      part.replace(/^[#?]/, '').split('&').forEach(function (kv) {
        if (!kv) return;
        var i = kv.indexOf('='), k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
        var v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
        if (KEYS.indexOf(k) >= 0) st[k] = v;
        if (k === 'page') st.page = Math.max(1, parseInt(v, 10) || 1);
      });
    });
    return st;
  }
  function writeState(st) {
    var parts = [];
    KEYS.forEach(function (k) { if (st[k]) parts.push(k + '=' + encodeURIComponent(st[k])); });
    if (st.page > 1) parts.push('page=' + st.page);
    // The state moves into the hash; a query string it came from is dropped,
    // so that clearing a filter clears it for good.
    var h = parts.length ? '#' + parts.join('&') : '';
    if (history.replaceState) history.replaceState(null, '', location.pathname + h);
    else location.hash = h;
  }
  var state = readState();
  // Filter menus, with counts over every finding.
  function counts(fn) {
    var m = new Map();
    for (var i = 0; i < F.length; i++) { var k = fn(F[i]); m.set(k, (m.get(k) || 0) + 1); }
    return m;
  }
  var menus = {
    category: {label: '类别', keyOf: function (f) { return R[f[1]][1]; }, name: function (k) { return k; }},
    severity: {label: '级别', keyOf: function (f) { return SEV[f[2]]; }, name: function (k) { return SEV_ZH[SEV.indexOf(k)] || k; }},
    rule: {label: '规则', keyOf: function (f) { return R[f[1]][0]; }, name: function (k) { return k; }},
    agent: {label: '客服', keyOf: function (f) { var a = C[f[0]][3]; return a < 0 ? '' : A[a][0]; },
            name: function (k) { for (var i = 0; i < A.length; i++) if (A[i][0] === k) return A[i][1]; return k; }},
    platform: {label: '平台', keyOf: function (f) { var p = C[f[0]][4]; return p < 0 ? '' : P[p]; },
               name: function (k) { return k || '（无）'; }}
  };
  var bar = document.getElementById('hs-filters');
  Object.keys(menus).forEach(function (key) {
    var m = menus[key], lab = el('label', null, m.label + ' ');
    var sel = el('select');
    sel.id = 'hs-f-' + key;
    sel.appendChild(new Option('全部', ''));
    var c = counts(m.keyOf);
    Array.from(c.keys()).sort(function (a, b) { return c.get(b) - c.get(a) || (a < b ? -1 : 1); })
      .forEach(function (k) { if (k !== '') sel.appendChild(new Option(m.name(k) + ' (' + c.get(k) + ')', k)); });
    sel.addEventListener('change', function () { state[key] = sel.value; state.page = 1; update(); });
    lab.appendChild(sel);
    bar.appendChild(lab);
  });
  var convBox = el('input');
  convBox.id = 'hs-f-conv';
  convBox.placeholder = '会话编号';
  convBox.addEventListener('change', function () { state.conv = convBox.value.trim(); state.page = 1; update(); });
  bar.appendChild(convBox);
  var reset = el('button', null, '清除筛选');
  reset.addEventListener('click', function () { state = {page: 1}; update(); });
  bar.appendChild(reset);

  function matches(f) {
    for (var i = 0; i < KEYS.length; i++) {
      var k = KEYS[i], want = state[k];
      if (!want) continue;
      var got = k === 'conv' ? C[f[0]][0] : menus[k].keyOf(f);
      if (got !== want) return false;
    }
    return true;
  }
  function where(f) {
    var c = C[f[0]], s = [];
    if (f[3] !== null) s.push('第' + f[3] + '句');
    if (f[4] >= 0) s.push(SPK[f[4]]);
    if (f[5] !== null) s.push('@' + f[5].toFixed(1) + 's');
    return s.join(' ');
  }
  function row(f) {
    var c = C[f[0]], tr = el('tr');
    tr.className = 'sev-row-' + SEV[f[2]];
    tr.setAttribute('data-rule', R[f[1]][0]);
    tr.setAttribute('data-agent', c[3] < 0 ? '' : A[c[3]][0]);
    var td = el('td');
    var a = el('a', null, c[0]);
    a.href = '#conv=' + encodeURIComponent(c[0]);
    td.appendChild(a);
    td.appendChild(el('div', 'meta', c[1] + ':' + f[13] + (f[14] ? ':' + f[14] : '')));
    var ag = c[3] < 0 ? '' : A[c[3]][1];
    if (ag) td.appendChild(el('div', 'meta', ag));
    tr.appendChild(td);
    tr.appendChild(el('td', 'meta', where(f)));
    td = el('td', 'sev-' + SEV[f[2]], SEV_ZH[f[2]]);
    tr.appendChild(td);
    tr.appendChild(el('td', 'meta', R[f[1]][0]));
    td = el('td');
    var ctx = f[6];
    if (ctx) {
      var p = el('div', 'ctx'), cps = Array.from(ctx);
      if (f[7] !== null && f[8] !== null && f[8] > f[7]) {
        p.appendChild(document.createTextNode(cps.slice(0, f[7]).join('')));
        p.appendChild(el('mark', 'hs-hit', cps.slice(f[7], f[8]).join('')));
        p.appendChild(document.createTextNode(cps.slice(f[8]).join('')));
      } else {
        p.textContent = ctx;
      }
      td.appendChild(p);
    }
    td.appendChild(el('div', 'msg', str(f[9])));
    var how = str(f[11]), detail = str(f[12]);
    if (detail || (how && how !== 'exact')) td.appendChild(el('div', 'how', '匹配：' + (detail || how)));
    var sugg = str(f[10]);
    if (sugg) td.appendChild(el('div', 'sugg', '建议：' + sugg));
    tr.appendChild(td);
    return tr;
  }
  var tbody = document.getElementById('hs-rows');
  var countEl = document.getElementById('hs-count');
  var pageEl = document.getElementById('hs-page');
  function update() {
    writeState(state);
    Object.keys(menus).forEach(function (k) {
      var sel = document.getElementById('hs-f-' + k), v = state[k] || '';
      if (v && !Array.from(sel.options).some(function (o) { return o.value === v; })) sel.appendChild(new Option(menus[k].name(v) + ' (0)', v));
      sel.value = v;
    });
    convBox.value = state.conv || '';
    var hits = [];
    for (var i = 0; i < F.length; i++) if (matches(F[i])) hits.push(i);
    var pages = Math.max(1, Math.ceil(hits.length / PAGE));
    if (state.page > pages) state.page = pages;
    var from = (state.page - 1) * PAGE, frag = document.createDocumentFragment();
    for (var j = from; j < hits.length && j < from + PAGE; j++) frag.appendChild(row(F[hits[j]]));
    tbody.textContent = '';
    tbody.appendChild(frag);
    countEl.textContent = String(hits.length);
    drill(hits);
    pageEl.textContent = '第 ' + state.page + ' / ' + pages + ' 页';
    document.getElementById('hs-prev').disabled = state.page <= 1;
    document.getElementById('hs-next').disabled = state.page >= pages;
    document.body.setAttribute('data-ready', '1');
    document.body.setAttribute('data-ms', String(Math.round(performance.now())));
  }
  // What the filtered findings are made of: the agent's figures when one is
  // chosen, and the rules and conversations with the most findings.
  function drill(hits) {
    var box = document.getElementById('hs-drill');
    box.textContent = '';
    var active = KEYS.some(function (k) { return state[k]; });
    if (!active) return;
    if (state.agent) {
      for (var i = 0; i < A.length; i++) {
        if (A[i][0] !== state.agent) continue;
        box.appendChild(el('div', null, '客服 ' + A[i][1] + '：' + A[i][2] + ' 个会话，' + A[i][3] +
                           ' 处问题，平均得分 ' + A[i][4]));
      }
    }
    function top(keyOf, label) {
      var m = new Map();
      hits.forEach(function (h) { var k = keyOf(F[h]); m.set(k, (m.get(k) || 0) + 1); });
      var list = Array.from(m.entries()).sort(function (a, b) { return b[1] - a[1]; }).slice(0, 8);
      if (!list.length) return;
      var d = el('div', 'meta', label);
      list.forEach(function (e, i) { d.appendChild(document.createTextNode((i ? '，' : '') + e[0] + '×' + e[1])); });
      box.appendChild(d);
    }
    top(function (f) { return R[f[1]][0]; }, '规则：');
    top(function (f) { return C[f[0]][0]; }, '会话：');
  }
  document.getElementById('hs-prev').addEventListener('click', function () { state.page--; update(); });
  document.getElementById('hs-next').addEventListener('click', function () { state.page++; update(); });
  // Links in the charts and the agent table set the hash: filter by it.
  window.addEventListener('hashchange', function () {
    state = readState();
    update();
    document.getElementById('findings').scrollIntoView();
  });
  update();
})();
)JS";

}  // namespace huashu::report

#endif  // HUASHU_SRC_REPORT_HTML_ASSETS_H_
