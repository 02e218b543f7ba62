/* The page of `xlrecon serve`: upload, progress, findings, the sheet as a grid, downloads.
 *
 * It uses only the HTTP API (xlrecon/web/app.py's docstring), and every word it shows comes
 * from GET /api/messages (xlrecon/messages.py: WEB, severities, statuses, check names): no
 * text is written here. Plain modern JavaScript (no framework, no build step, no CDN), kept to
 * what the Chromium-based browsers of Chinese offices have run for years (no ?. or ??).
 */
(function () {
  "use strict";

  var WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods)$/i;
  var ZIP = /\.zip$/i;
  var SEV_RANK = { error: 3, warning: 2, info: 1 };
  var POLL_MS = 300;

  var TOKEN = new URLSearchParams(location.search).get("token") || "";
  var state = {
    lang: new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh",
    msg: null,          // the catalogue of /api/messages
    templates: [],
    chosen: [],         // [{file, path}] in the order they are sent
    skipped: 0,
    job: null,          // the job's id
    jobState: null,     // the last GET /api/jobs/{id}
    current: null,      // the file shown (its name in the report)
    sheet: null,        // the sheet shown in the grid, and its view
    view: null,
    sort: { key: null, dir: 1 },
    crossSort: { key: null, dir: 1 },
    selectedCell: null,
    pollTimer: null
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") e.textContent = v;
        else if (k === "class") e.className = v;
        else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? "" : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // --- words ------------------------------------------------------------------------------

  function t(key, params) {
    var words = state.msg ? state.msg.web : {};
    var s = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
    if (params) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m;
      });
    }
    return s;
  }
  function sevName(s) { return (state.msg && state.msg.severity[s]) || s || ""; }
  function checkName(c) { return (state.msg && state.msg.checks[c]) || c || ""; }
  function statusName(s) {
    if (s === "waiting" || s === "checking" || s === "summary" || s === "skipped") return t("state." + s);
    return (state.msg && state.msg.status[s]) || s || "";
  }

  function applyWords() {
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = t("title");
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    $("f-search").placeholder = t("search");
    fillTemplates();
    showChosen();
    cmpForm();
    renderCompare();
    if (state.jobState) {
      renderProgress(state.jobState);
      if (state.jobState.state === "done") renderResults(true);
    }
  }

  // --- the API ----------------------------------------------------------------------------

  function headers() {
    return TOKEN ? { Authorization: "Bearer " + TOKEN } : {};
  }

  function withLang(url) {
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "lang=" + state.lang;
  }

  /** fetch an /api URL; resolves to the Response, or rejects with {code, message} */
  function call(url, options) {
    options = options || {};
    options.headers = Object.assign({}, headers(), options.headers || {});
    options.credentials = "same-origin";
    return fetch(url, options).then(function (r) {
      if (r.ok) return r;
      return r.text().then(function (body) {
        var err = null;
        try { err = JSON.parse(body).error; } catch (e) { err = null; }
        throw err && err.message ? err : { code: "http." + r.status, message: body || String(r.status) };
      });
    }, function (e) {
      throw { code: "network", message: t("error.network", { message: e && e.message ? e.message : String(e) }) };
    });
  }

  function json(url, options) { return call(url, options).then(function (r) { return r.json(); }); }

  function showError(err, id) {
    var box = $(id || "error");
    clear(box);
    if (!err) { box.hidden = true; return; }
    box.appendChild(el("span", { class: "error-message", text: err.message || String(err) }));
    if (err.code) box.setAttribute("data-code", err.code);
    box.hidden = false;
  }

  function loadMessages() {
    return json("/api/messages?lang=" + state.lang).then(function (m) { state.msg = m; });
  }

  function loadTemplates() {
    return json(withLang("/api/templates")).then(function (list) { state.templates = list; },
      function (err) { showError(err); state.templates = []; });
  }

  // --- choosing files ---------------------------------------------------------------------

  function fillTemplates() {
    var sel = $("template");
    var was = sel.value || "auto";
    clear(sel);
    sel.appendChild(el("option", { value: "auto", text: t("template.auto") }));
    state.templates.forEach(function (tp) {
      sel.appendChild(el("option", { value: tp.name, text: tp.name + " · " + tp.title }));
    });
    sel.appendChild(el("option", { value: "__upload__", text: t("template.upload") }));
    sel.value = was;
    if (sel.value !== was) sel.value = "auto";
    $("template-file-label").hidden = sel.value !== "__upload__";
  }

  /** the name the server gives an uploaded file: its last three folders and its name */
  function serverName(item) {
    var name = item.file.name;
    if (!item.path) return name;
    var parts = item.path.split(/[\\/]/).slice(0, -1).filter(function (p) {
      return p && p !== "." && p !== "..";
    });
    return parts.slice(-3).concat([name]).join("/");
  }

  function workbooks() { return state.chosen.filter(function (c) { return WORKBOOK.test(c.file.name); }); }

  function isBatch() {
    return state.chosen.length > 1 || state.chosen.some(function (c) { return ZIP.test(c.file.name); });
  }

  function showChosen() {
    var n = state.chosen.length;
    $("chosen").hidden = n === 0 && !state.skipped;
    $("chosen-count").textContent = t("chosen", { count: n });
    $("skipped").textContent = state.skipped ? t("skipped", { count: state.skipped }) : "";
    var list = $("chosen-list");
    clear(list);
    state.chosen.slice(0, 200).forEach(function (c) {
      list.appendChild(el("li", { text: c.path || c.file.name }));
    });
    if (n > 200) list.appendChild(el("li", { text: "…" }));
    $("start").disabled = n === 0;
    var against = $("against");
    var was = against.value;
    clear(against);
    against.appendChild(el("option", { value: "", text: t("against.none") }));
    workbooks().forEach(function (c) {
      var name = serverName(c);
      against.appendChild(el("option", { value: name, text: name }));
    });
    against.value = was;
    if (against.value !== was) against.value = "";
    $("against-label").hidden = !isBatch();
  }

  function setChosen(items, skipped) {
    state.chosen = items;
    state.skipped = skipped || 0;
    showError(null);
    showChosen();
  }

  /** files from a folder: workbooks and .zip files only, never Excel's "~$" lock files */
  function fromFolder(items) {
    var kept = items.filter(function (c) {
      var n = c.file.name;
      return (WORKBOOK.test(n) || ZIP.test(n)) && n.slice(0, 2) !== "~$" && n.charAt(0) !== ".";
    });
    return { items: kept, skipped: items.length - kept.length };
  }

  function readEntries(reader) {
    return new Promise(function (resolve, reject) {
      var all = [];
      (function more() {
        reader.readEntries(function (batch) {
          if (!batch.length) { resolve(all); return; }
          all = all.concat(Array.prototype.slice.call(batch));
          more();
        }, reject);
      })();
    });
  }

  function walk(entry, out) {
    if (entry.isFile) {
      return new Promise(function (resolve) {
        entry.file(function (f) {
          out.push({ file: f, path: entry.fullPath.replace(/^\//, ""), inFolder: true });
          resolve();
        }, function () { resolve(); });
      });
    }
    if (entry.isDirectory) {
      return readEntries(entry.createReader()).then(function (children) {
        return children.reduce(function (p, child) {
          return p.then(function () { return walk(child, out); });
        }, Promise.resolve());
      });
    }
    return Promise.resolve();
  }

  function onDrop(ev) {
    ev.preventDefault();
    $("drop").classList.remove("over");
    var dt = ev.dataTransfer;
    var entries = [];
    if (dt.items && dt.items.length && dt.items[0].webkitGetAsEntry) {
      for (var i = 0; i < dt.items.length; i++) {
        var en = dt.items[i].webkitGetAsEntry();
        if (en) entries.push(en);
      }
    }
    if (!entries.length) {
      setChosen(Array.prototype.map.call(dt.files, function (f) { return { file: f, path: "" }; }));
      return;
    }
    var out = [];
    var hasFolder = entries.some(function (e) { return e.isDirectory; });
    entries.reduce(function (p, e) { return p.then(function () { return walk(e, out); }); }, Promise.resolve())
      .then(function () {
        var loose = out.filter(function (c) { return c.path.indexOf("/") < 0; });
        var nested = fromFolder(out.filter(function (c) { return c.path.indexOf("/") >= 0; }));
        loose.forEach(function (c) { c.path = ""; });
        setChosen(loose.concat(nested.items), hasFolder ? nested.skipped : 0);
      });
  }

  // --- sending and waiting ----------------------------------------------------------------

  function start() {
    if (!state.chosen.length) return;
    stopPolling();
    showError(null);
    var batch = isBatch();
    var form = new FormData();
    state.chosen.forEach(function (c) { form.append("files", c.file, c.file.name); });
    if (state.chosen.some(function (c) { return c.path; })) {
      state.chosen.forEach(function (c) { form.append("paths", c.path || c.file.name); });
    }
    var tpl = $("template").value;
    if (tpl === "__upload__") {
      var yaml = $("template-file").files[0];
      if (yaml) form.append("template", yaml, yaml.name);
      form.append("schema", "auto");
    } else {
      form.append("schema", tpl || "auto");
    }
    state.sentAgainst = batch ? $("against").value : "";
    if (state.sentAgainst) form.append("against", state.sentAgainst);
    form.append("lang", state.lang);
    $("start").disabled = true;
    $("results").hidden = true;
    $("progress").hidden = false;
    $("overall").textContent = t("uploading");
    clear($("progress-files"));
    $("bar-fill").style.width = "0";
    json(batch ? "/api/batch" : "/api/check", { method: "POST", body: form }).then(function (r) {
      state.job = r.job;
      state.current = null;
      state.sheet = null;
      poll();
    }, function (err) {
      $("progress").hidden = true;
      $("start").disabled = false;
      showError(err);
    });
  }

  function stopPolling() {
    if (state.pollTimer) clearTimeout(state.pollTimer);
    state.pollTimer = null;
  }

  function poll() {
    var job = state.job;
    json(withLang("/api/jobs/" + encodeURIComponent(job))).then(function (s) {
      if (job !== state.job) return;
      s.against = state.sentAgainst;
      state.jobState = s;
      renderProgress(s);
      if (s.state === "done") {
        $("start").disabled = false;
        renderResults(false);
      } else if (s.state === "failed") {
        $("start").disabled = false;
        showError({ code: (s.error && s.error.code) || "failed",
                    message: t("failed", { message: (s.error && s.error.message) || "" }) });
      } else {
        state.pollTimer = setTimeout(poll, POLL_MS);
      }
    }, function (err) {
      $("start").disabled = false;
      showError(err);
    });
  }

  /** each uploaded file's state; once the job is done, a file the report does not hold was
   *  either the batch's summary (against) or not a filing, which the batch leaves out */
  function fileStates(s) {
    var done = s.state === "done" && s.report;
    return (s.files || []).map(function (f) {
      var st = f.state;
      if (done && (st === "waiting" || st === "checking") && !inReport(f.name)) {
        st = f.name === s.against ? "summary" : "skipped";
      }
      return { name: f.name, state: st, annotated: f.annotated };
    });
  }

  function inReport(name) {
    var rep = report();
    return !!rep && rep.files.some(function (f) { return f.path === name; });
  }

  function renderProgress(s) {
    var p = s.progress || { done: 0, total: 0 };
    var files = fileStates(s);
    var skipped = files.filter(function (f) { return f.state === "skipped"; }).length;
    if (s.state === "done") {
      var total = files.length - skipped;
      p = { done: total, total: total };
    }
    $("progress").hidden = false;
    $("overall").textContent = t("progress", { done: p.done, total: p.total });
    $("progress-skipped").textContent = skipped ? t("progress.skipped", { count: skipped }) : "";
    $("bar-fill").style.width = (p.total ? Math.round(100 * p.done / p.total) : 0) + "%";
    var list = $("progress-files");
    clear(list);
    files.forEach(function (f) {
      list.appendChild(el("li", { "data-name": f.name, "data-state": f.state, class: "state-" + f.state }, [
        el("span", { class: "pf-name", text: f.name }),
        el("span", { class: "pf-state", text: statusName(f.state) })
      ]));
    });
  }

  // --- results ----------------------------------------------------------------------------

  function report() { return state.jobState && state.jobState.report; }

  /** a file of the report; the batch's summary (not among the report's files) is shown with
   *  the findings across files that name its cells */
  function fileReport(name) {
    var rep = report();
    if (!rep || !name) return null;
    for (var i = 0; i < rep.files.length; i++) if (rep.files[i].path === name) return rep.files[i];
    if (name === state.jobState.against) {
      return { path: name, status: "summary", summary: true, notes: [], tables: [],
               findings: (rep.batch_findings || []).filter(function (f) { return f.path === name; }) };
    }
    return null;
  }

  function counts(findings) {
    var c = { error: 0, warning: 0, info: 0 };
    findings.forEach(function (f) { if (c[f.severity] !== undefined) c[f.severity] += 1; });
    return c;
  }

  function apiUrl(tail) { return "/api/jobs/" + encodeURIComponent(state.job) + tail; }

  function encodePath(name) { return name.split("/").map(encodeURIComponent).join("/"); }

  function annotatedName(job, name) {
    var files = (job && job.files) || [];
    for (var i = 0; i < files.length; i++) if (files[i].name === name) return files[i].annotated;
    return false;
  }

  function renderResults(again) {
    var s = state.jobState;
    var rep = s.report;
    $("results").hidden = false;
    // the summary: how many files of each status
    var byStatus = {};
    rep.files.forEach(function (f) { byStatus[f.status] = (byStatus[f.status] || 0) + 1; });
    var summary = $("summary");
    clear(summary);
    ["discrepancies", "incomplete", "error", "ok"].forEach(function (st) {
      if (byStatus[st]) summary.appendChild(el("span", { class: "pill status-" + st, text: statusName(st) + " " + byStatus[st] }));
    });
    renderNotes($("report-notes"), rep.notes || []);
    $("expiry").textContent = s.expires_in ? t("expiry", { minutes: Math.max(1, Math.round(s.expires_in / 60)) }) : "";
    $("dl-zip").hidden = !(s.files || []).some(function (f) { return f.annotated; });
    $("dl-report").hidden = s.report_workbook === false;  // written when first asked for
    // several files: the list of them, and the findings across them
    var several = rep.files.length > 1 || s.kind === "batch";
    $("files-card").hidden = !several;
    if (several) renderFilesTable();
    var cross = rep.batch_findings;
    $("cross-card").hidden = !(s.kind === "batch" || (cross && cross.length));
    if (!$("cross-card").hidden) renderCross(cross || []);
    if (!again || !state.current || !fileReport(state.current)) {
      var first = rep.files.filter(function (f) { return f.findings.length; })[0] || rep.files[0];
      selectFile(first ? first.path : null);
    } else {
      renderFile(true);
    }
  }

  function renderNotes(box, notes) {
    clear(box);
    notes.forEach(function (n) {
      var text = typeof n === "string" ? n : n.message;
      if (text) box.appendChild(el("p", { class: "note", text: text }));
    });
  }

  function renderFilesTable() {
    var table = $("files-table");
    clear(table);
    table.appendChild(el("thead", null, [el("tr", null, [
      el("th", { text: t("col.file") }), el("th", { text: t("col.status") }),
      el("th", { text: t("col.counts") }), el("th", { text: t("downloads") })
    ])]));
    var body = el("tbody");
    fileStates(state.jobState).forEach(function (entry) {
      var f = fileReport(entry.name) || { path: entry.name, status: entry.state, findings: [], skipped: true };
      var c = counts(f.findings);
      var link = annotatedName(state.jobState, f.path)
        ? el("a", { href: "#", class: "dl-annotated", "data-name": f.path, text: t("download.annotated"),
                    onclick: function (ev) { ev.preventDefault(); ev.stopPropagation(); downloadAnnotated(f.path); } })
        : null;
      body.appendChild(el("tr", {
        class: (f.skipped ? "skipped" : "clickable") + (f.path === state.current ? " current" : ""),
        "data-name": f.path, "data-state": f.status,
        onclick: function () { if (!f.skipped) { selectFile(f.path); $("file").scrollIntoView({ block: "start" }); } }
      }, [
        el("td", { class: "name", text: f.path }),
        el("td", null, [el("span", { class: "pill status-" + f.status, text: statusName(f.status) })]),
        el("td", { class: "counts", text: f.skipped ? "" : t("counts", c) }),
        el("td", null, [link])
      ]));
    });
    table.appendChild(body);
  }

  // --- a findings table (one file's, or the batch's across files) -------------------------

  function cellParts(cell) {
    var m = /^\$?([A-Z]+)\$?(\d+)/.exec(cell || "");
    if (!m) return null;
    var col = 0;
    for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
    return { row: parseInt(m[2], 10) - 1, col: col - 1 };
  }

  function colLetters(c) {
    var s = "";
    c += 1;
    while (c > 0) { var r = (c - 1) % 26; s = String.fromCharCode(65 + r) + s; c = Math.floor((c - 1) / 26); }
    return s;
  }

  function where(f) {
    if (f.sheet && f.cell) return f.sheet + "!" + f.cell;
    return f.cell || f.sheet || "";
  }

  function sortValue(f, key) {
    if (key === "severity") return -(SEV_RANK[f.severity] || 0);
    if (key === "where") {
      var p = cellParts(f.cell);
      return [f.sheet || "", p ? p.row : 1e9, p ? p.col : 1e9];
    }
    if (key === "file") return f.path || "";
    if (key === "check") return checkName(f.check);
    return f[key] === null || f[key] === undefined ? "" : String(f[key]);
  }

  function compare(a, b) {
    if (Array.isArray(a)) {
      for (var i = 0; i < a.length; i++) { var c = compare(a[i], b[i]); if (c) return c; }
      return 0;
    }
    if (typeof a === "number") return a - b;
    return String(a).localeCompare(String(b), state.lang === "zh" ? "zh-CN" : "en");
  }

  function sorted(list, sort) {
    var rows = list.map(function (f, i) { return { f: f, i: i }; });
    if (sort.key) {
      rows.sort(function (x, y) {
        return sort.dir * compare(sortValue(x.f, sort.key), sortValue(y.f, sort.key)) || x.i - y.i;
      });
    }
    return rows.map(function (r) { return r.f; });
  }

  function findingsTable(table, list, columns, sort, onRow, rerender) {
    clear(table);
    var head = el("tr");
    columns.forEach(function (col) {
      var mark = sort.key === col.key ? (sort.dir > 0 ? " ▲" : " ▼") : "";
      head.appendChild(el("th", {
        class: "sortable" + (sort.key === col.key ? " sorted" : ""), "data-key": col.key, title: t("sort"),
        tabindex: 0,
        onclick: function () {
          if (sort.key === col.key) sort.dir = -sort.dir; else { sort.key = col.key; sort.dir = 1; }
          rerender();
        }
      }, [t(col.label), el("span", { class: "sort-mark", text: mark })]));
    });
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    sorted(list, sort).forEach(function (f) {
      var tr = el("tr", {
        class: "finding sev-" + f.severity, "data-severity": f.severity, "data-check": f.check,
        "data-sheet": f.sheet || "", "data-cell": f.cell || "", "data-path": f.path || null,
        tabindex: 0, onclick: function () { onRow(f, tr); },
        onkeydown: function (ev) { if (ev.key === "Enter") onRow(f, tr); }
      });
      columns.forEach(function (col) {
        var td;
        if (col.key === "severity") {
          td = el("td", null, [el("span", { class: "sev-badge sev-" + f.severity, text: sevName(f.severity) })]);
        } else if (col.key === "check") {
          td = el("td", { text: checkName(f.check) });
        } else if (col.key === "where") {
          td = el("td", { class: "where", text: where(f) });
        } else if (col.key === "file") {
          td = el("td", { class: "name", text: f.path || "" });
        } else {
          td = el("td", { class: col.key, text: f[col.key] === null || f[col.key] === undefined ? "" : String(f[col.key]) });
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
  }

  var FILE_COLUMNS = [
    { key: "severity", label: "col.severity" }, { key: "check", label: "col.check" },
    { key: "where", label: "col.where" }, { key: "row_label", label: "col.row" },
    { key: "column", label: "col.column" }, { key: "message", label: "col.message" }
  ];
  var CROSS_COLUMNS = [{ key: "file", label: "col.file" }].concat(FILE_COLUMNS);

  function renderCross(list) {
    $("cross-none").hidden = list.length > 0;
    $("cross").hidden = !list.length;
    findingsTable($("cross"), list, CROSS_COLUMNS, state.crossSort, function (f) {
      if (f.path && fileReport(f.path)) {
        selectFile(f.path, function () { if (f.cell) goToCell(f.sheet, f.cell, true); });
      }
    }, function () { renderCross(list); });
  }

  // --- one file ---------------------------------------------------------------------------

  function selectFile(name, then) {
    var changed = name !== state.current;
    state.current = name;
    if (changed) { state.sheet = null; state.view = null; state.selectedCell = null; }
    Array.prototype.forEach.call(document.querySelectorAll("#files-table tbody tr"), function (tr) {
      tr.classList.toggle("current", tr.getAttribute("data-name") === name);
    });
    renderFile(!changed, then);
  }

  function fillFilter(sel, values, label) {
    var was = sel.value;
    clear(sel);
    sel.appendChild(el("option", { value: "", text: t("filter.all") }));
    values.forEach(function (v) { sel.appendChild(el("option", { value: v, text: label(v) })); });
    sel.value = was;
    if (sel.value !== was) sel.value = "";
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (x) { if (x === null || x === undefined || seen[x]) return false; seen[x] = 1; return true; });
  }

  function renderFile(keep, then) {
    var f = fileReport(state.current);
    $("file").hidden = !f;
    if (!f) return;
    $("file-name").textContent = f.path;
    var st = $("file-status");
    st.textContent = statusName(f.status);
    st.className = "pill status-" + f.status;
    $("file-counts").textContent = t("counts", counts(f.findings));
    var ann = $("dl-annotated");
    ann.hidden = !annotatedName(state.jobState, f.path);
    ann.setAttribute("data-name", f.path);
    var ferr = $("file-error");
    if (f.error) {
      ferr.textContent = t("file.error", { message: f.error.message || f.error.code || String(f.error) });
      ferr.hidden = false;
    } else {
      ferr.hidden = true;
    }
    renderNotes($("file-notes"), f.notes || []);
    if (!keep) {
      state.sort = { key: null, dir: 1 };
      $("f-severity").value = ""; $("f-check").value = ""; $("f-sheet").value = ""; $("f-search").value = "";
    }
    fillFilter($("f-severity"), ["error", "warning", "info"].filter(function (s) {
      return f.findings.some(function (x) { return x.severity === s; });
    }), sevName);
    fillFilter($("f-check"), unique(f.findings.map(function (x) { return x.check; })), checkName);
    fillFilter($("f-sheet"), unique(f.findings.map(function (x) { return x.sheet; })), function (s) { return s; });
    renderFindings();
    var sheet = state.sheet;
    if (!sheet) {
      var firstSheet = f.findings.filter(function (x) { return x.sheet; })[0];
      var table = (f.tables || [])[0];
      sheet = (firstSheet && firstSheet.sheet) || (table && table.sheet) || null;
    }
    if (f.status === "error" && !f.tables) sheet = sheet || null;
    loadSheet(sheet, keep && state.view).then(function () { if (then) then(); });
  }

  function filtered(f) {
    var sev = $("f-severity").value, chk = $("f-check").value, sh = $("f-sheet").value;
    var q = $("f-search").value.trim().toLowerCase();
    return f.findings.filter(function (x) {
      if (sev && x.severity !== sev) return false;
      if (chk && x.check !== chk) return false;
      if (sh && x.sheet !== sh) return false;
      if (q) {
        var hay = [x.message, x.cell, x.sheet, x.row_label, x.column, checkName(x.check), sevName(x.severity), x.rule]
          .filter(function (v) { return v !== null && v !== undefined; }).join(" ").toLowerCase();
        if (hay.indexOf(q) < 0) return false;
      }
      return true;
    });
  }

  function renderFindings() {
    var f = fileReport(state.current);
    if (!f) return;
    var list = filtered(f);
    $("no-findings").hidden = f.findings.length > 0;
    $("findings").hidden = f.findings.length === 0;
    $("shown").textContent = f.findings.length ? t("shown", { n: list.length, total: f.findings.length }) : "";
    findingsTable($("findings"), list, FILE_COLUMNS, state.sort, function (x, tr) {
      markRows(function (row) { return row === tr; });
      if (x.cell) goToCell(x.sheet, x.cell, false);
    }, renderFindings);
  }

  function markRows(pick) {
    Array.prototype.forEach.call(document.querySelectorAll("#findings tbody tr"), function (row) {
      row.classList.toggle("selected", pick(row));
    });
  }

  // --- the sheet as a grid ----------------------------------------------------------------

  function loadSheet(sheet, view) {
    var name = state.current;
    if (!name) return Promise.resolve();
    if (view && view.sheet === sheet) { drawGrid(view); return Promise.resolve(); }
    var url = apiUrl("/sheet/" + encodePath(name)) + (sheet ? "?sheet=" + encodeURIComponent(sheet) : "");
    return json(withLang(url)).then(function (v) {
      if (name !== state.current) return;
      state.sheet = v.sheet;
      state.view = v;
      drawGrid(v);
    }, function (err) {
      clear($("grid"));
      $("grid").appendChild(el("p", { class: "error", text: err.message }));
    });
  }

  /** the findings of the current file on `sheet`, by the cell (the anchor of its merge) */
  function findingsByCell(sheet, anchorOf) {
    var f = fileReport(state.current);
    var by = {};
    var rep = report();
    var cross = f && !f.summary && rep && rep.batch_findings ? rep.batch_findings.filter(function (x) {
      return x.path === f.path;
    }) : [];
    (f ? f.findings : []).concat(cross).forEach(function (x) {
      if (x.sheet !== sheet || !x.cell) return;
      rangeCells(x.cell).forEach(function (addr) {
        var a = anchorOf(addr);
        (by[a] = by[a] || []).push(x);
      });
    });
    return by;
  }

  function rangeCells(ref) {
    var ends = ref.replace(/\$/g, "").split(":");
    var a = cellParts(ends[0]);
    var b = cellParts(ends[1] || ends[0]);
    if (!a) return [];
    if (!b) b = a;
    var out = [];
    for (var r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row) && out.length < 2000; r++) {
      for (var c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(colLetters(c) + (r + 1));
    }
    return out;
  }

  function strongest(list) {
    var best = null;
    list.forEach(function (x) { if (!best || (SEV_RANK[x.severity] || 0) > (SEV_RANK[best] || 0)) best = x.severity; });
    return best;
  }

  function drawGrid(v) {
    var sel = $("sheet-select");
    clear(sel);
    v.sheets.forEach(function (s) { sel.appendChild(el("option", { value: s, text: s })); });
    sel.value = v.sheet;
    sel.hidden = v.sheets.length < 2;
    $("sheet-truncated").textContent = v.truncated ? t("sheet.truncated", { rows: 1000, cols: 60 }) : "";

    var r0 = v.origin[0], c0 = v.origin[1];
    var nRows = v.rows.length, nCols = v.rows.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    // merges: the anchor (top left) of each merged cell, and the cells it covers
    var cover = {}, spans = {};
    v.merges.forEach(function (m) {
      var a = colLetters(m[1]) + (m[0] + 1);
      spans[a] = { rows: m[2] - m[0] + 1, cols: m[3] - m[1] + 1 };
      for (var r = m[0]; r <= m[2]; r++) {
        for (var c = m[1]; c <= m[3]; c++) {
          var addr = colLetters(c) + (r + 1);
          if (addr !== a) cover[addr] = a;
        }
      }
    });
    function anchorOf(addr) { return cover[addr] || addr; }
    var by = findingsByCell(v.sheet, anchorOf);
    // the grid spans the sheet's cells and every cell a finding names (within reason)
    var lastRow = r0 + nRows - 1, lastCol = c0 + nCols - 1;
    Object.keys(by).forEach(function (addr) {
      var p = cellParts(addr);
      if (p) { lastRow = Math.max(lastRow, Math.min(p.row, r0 + 1100)); lastCol = Math.max(lastCol, Math.min(p.col, c0 + 70)); }
    });
    v.merges.forEach(function (m) { lastRow = Math.max(lastRow, m[2]); lastCol = Math.max(lastCol, m[3]); });
    var firstRow = r0 <= 30 ? 0 : r0, firstCol = c0 <= 10 ? 0 : c0;
    lastRow = Math.max(lastRow, firstRow); lastCol = Math.max(lastCol, firstCol);
    var hiddenRows = {}, hiddenCols = {};
    (v.hidden_rows || []).forEach(function (r) { hiddenRows[r] = 1; });
    (v.hidden_cols || []).forEach(function (c) { hiddenCols[c] = 1; });

    var table = el("table", { class: "sheet", "data-sheet": v.sheet });
    var head = el("tr", null, [el("th", { class: "corner" })]);
    for (var c = firstCol; c <= lastCol; c++) {
      head.appendChild(el("th", { class: "col-head" + (hiddenCols[c] ? " hidden-rc" : ""), text: colLetters(c),
                                  title: hiddenCols[c] ? t("hidden") : null }));
    }
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    for (var r = firstRow; r <= lastRow; r++) {
      var tr = el("tr", { class: hiddenRows[r] ? "hidden-rc" : null }, [
        el("th", { class: "row-head", text: String(r + 1), title: hiddenRows[r] ? t("hidden") : null })
      ]);
      for (c = firstCol; c <= lastCol; c++) {
        var addr = colLetters(c) + (r + 1);
        if (cover[addr]) continue;
        var row = v.rows[r - r0];
        var text = row && c - c0 >= 0 && c - c0 < row.length ? row[c - c0] : "";
        var here = by[addr];
        var sev = here ? strongest(here) : null;
        var num = /^-?[\d.,]+%?$/.test(text);
        // text runs on over empty cells to its right, as Excel shows it
        var next = colLetters(c + 1) + (r + 1);
        var spill = text && !num && !spans[addr] && !cover[next] && c < lastCol &&
          !(row && c + 1 - c0 >= 0 && row[c + 1 - c0]);
        var td = el("td", {
          "data-cell": addr, class: (sev ? "flag sev-" + sev : "") + (hiddenCols[c] ? " hidden-rc" : "") +
            (spans[addr] && spans[addr].cols > 1 ? " merged" : "") +
            (num ? " num" : "") + (spill ? " spill" : ""),
          rowspan: spans[addr] && spans[addr].rows > 1 ? spans[addr].rows : null,
          colspan: spans[addr] && spans[addr].cols > 1 ? spans[addr].cols : null,
          title: here ? here.map(function (x) { return x.message; }).join("\n") : (text.length > 12 ? text : null)
        }, [el("div", { class: "cell-text", text: text })]);
        if (here) td.setAttribute("data-severity", sev);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    table.addEventListener("click", function (ev) {
      var td = ev.target.closest ? ev.target.closest("td[data-cell]") : null;
      if (!td) return;
      var list = by[td.getAttribute("data-cell")];
      selectCell(td);
      if (list) showCellInfo(td.getAttribute("data-cell"), list);
      else $("cell-info").hidden = true;
      markRows(function (row) {
        return !!list && row.getAttribute("data-sheet") === v.sheet &&
          rangeCells(row.getAttribute("data-cell") || "").map(anchorOf).indexOf(td.getAttribute("data-cell")) >= 0;
      });
    });
    var grid = $("grid");
    clear(grid);
    grid.appendChild(table);
    state.anchorOf = anchorOf;
    state.cellFindings = by;
    if (state.selectedCell && state.selectedCell.sheet === v.sheet) {
      var again = grid.querySelector('td[data-cell="' + state.selectedCell.cell + '"]');
      if (again) again.classList.add("selected");
    }
  }

  function selectCell(td) {
    Array.prototype.forEach.call(document.querySelectorAll("#grid td.selected"), function (x) { x.classList.remove("selected"); });
    td.classList.add("selected");
    state.selectedCell = { sheet: state.sheet, cell: td.getAttribute("data-cell") };
  }

  function showCellInfo(addr, list) {
    $("cell-info-title").textContent = t("cell.findings", { cell: addr });
    var ul = $("cell-info-list");
    clear(ul);
    list.forEach(function (x) {
      ul.appendChild(el("li", { class: "sev-" + x.severity }, [
        el("span", { class: "sev-badge sev-" + x.severity, text: sevName(x.severity) }), " ",
        el("strong", { text: checkName(x.check) }), el("p", { text: x.message || "" })
      ]));
    });
    $("cell-info").hidden = false;
  }

  function goToCell(sheet, cell, scrollPage) {
    var go = function () {
      var first = rangeCells(cell)[0];
      if (!first) return;
      var addr = state.anchorOf ? state.anchorOf(first) : first;
      var td = $("grid").querySelector('td[data-cell="' + addr + '"]');
      if (!td) return;
      selectCell(td);
      var list = state.cellFindings && state.cellFindings[addr];
      if (list) showCellInfo(addr, list);
      td.scrollIntoView({ block: "center", inline: "center" });
    };
    if (sheet && sheet !== state.sheet) {
      loadSheet(sheet, null).then(go);
    } else {
      go();
    }
    if (scrollPage) $("file").scrollIntoView({ block: "start" });
  }

  // --- downloads and deleting -------------------------------------------------------------

  function fileNameOf(response, fallback) {
    var cd = response.headers.get("content-disposition") || "";
    var star = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(cd);
    if (star) { try { return decodeURIComponent(star[1]); } catch (e) { /* the plain one below */ } }
    var plain = /filename="?([^";]+)"?/.exec(cd);
    return plain ? plain[1] : fallback;
  }

  /** fetched with the token's header (a link alone would carry only the cookie), then saved */
  function download(tail, fallback) {
    showError(null);
    return call(withLang(apiUrl(tail))).then(function (r) {
      var name = fileNameOf(r, fallback);
      return r.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = el("a", { href: url, download: name, hidden: true });
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(url); a.parentNode.removeChild(a); }, 10000);
      });
    }).catch(function (err) { showError(err); window.scrollTo(0, 0); });
  }

  function downloadAnnotated(name) {
    var base = name.split("/").pop();
    return download("/annotated/" + encodePath(name), base);
  }

  function deleteJob() {
    if (!state.job) return;
    stopPolling();
    call(withLang(apiUrl("")), { method: "DELETE" }).then(function () {
      state.job = null; state.jobState = null; state.current = null; state.view = null;
      $("results").hidden = true;
      $("progress").hidden = false;
      clear($("progress-files"));
      $("bar-fill").style.width = "0";
      $("overall").textContent = t("deleted");
    }, showError);
  }

  // --- the 对比 view: two workbooks, POST /api/diff (修改对照) or /api/compare (两表核对) ------

  function showView(view) {
    state.viewName = view;
    $("check-view").hidden = view !== "check";
    $("compare-view").hidden = view !== "compare";
    Array.prototype.forEach.call(document.querySelectorAll(".view-tab"), function (b) {
      var on = b.getAttribute("data-view") === view;
      b.classList.toggle("active", on);
      b.setAttribute("aria-selected", on ? "true" : "false");
    });
  }

  function cmpMode() {
    var on = document.querySelector('input[name="cmp-mode"]:checked');
    return on ? on.value : "diff";
  }

  function cmpForm() {
    var diff = cmpMode() === "diff";
    $("cmp-first-label").textContent = t(diff ? "cmp.old" : "cmp.a");
    $("cmp-second-label").textContent = t(diff ? "cmp.new" : "cmp.b");
    Array.prototype.forEach.call(document.querySelectorAll("#cmp-form .compare-only"), function (n) { n.hidden = diff; });
    ["cmp-first", "cmp-second"].forEach(function (id) {
      var f = $(id).files[0];
      $(id + "-name").textContent = f ? f.name : t("cmp.none");
      $(id + "-name").classList.toggle("muted", !f);
    });
    $("cmp-start").disabled = state.cmpBusy || !($("cmp-first").files.length && $("cmp-second").files.length);
  }

  /** "县市区, 单位名称" -> ["县市区", "单位名称"] */
  function names(text) {
    return text.split(/[,，、;；\n]+/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
  }

  function startCompare() {
    var mode = cmpMode();
    var first = $("cmp-first").files[0], second = $("cmp-second").files[0];
    if (!first || !second) return;
    showError(null, "cmp-error");
    var form = new FormData();
    form.append(mode === "diff" ? "old" : "a", first, first.name);
    form.append(mode === "diff" ? "new" : "b", second, second.name);
    names($("cmp-key").value).forEach(function (k) { form.append("key", k); });
    if (mode === "compare") {
      names($("cmp-columns").value).forEach(function (c) { form.append("columns", c); });
      if ($("cmp-tolerance").value.trim()) form.append("tolerance", $("cmp-tolerance").value.trim());
      if ($("cmp-pair-duplicates").checked) form.append("pair_duplicates", "true");
    }
    form.append("lang", state.lang);
    state.cmpBusy = true;
    cmpForm();
    $("cmp-working").hidden = false;
    $("cmp-result").hidden = true;
    json(mode === "diff" ? "/api/diff" : "/api/compare", { method: "POST", body: form }).then(function (r) {
      state.cmp = { mode: mode, result: r, showMatches: false };
      renderCompare();
    }, function (err) {
      state.cmp = null;
      showError(err, "cmp-error");
    }).then(function () {
      state.cmpBusy = false;
      $("cmp-working").hidden = true;
      cmpForm();
    });
  }

  function renderCompare() {
    var box = $("cmp-result");
    clear(box);
    if (!state.cmp) { box.hidden = true; return; }
    box.setAttribute("data-mode", state.cmp.mode);
    if (state.cmp.mode === "diff") renderDiff(box, state.cmp.result);
    else renderComparison(box, state.cmp.result);
    box.hidden = false;
  }

  function baseName(path) { return String(path || "").split(/[\\/]/).pop(); }

  /** a figure as the sheet shows it: a rate (a fraction) as a percentage */
  function figure(v, unit) {
    if (v === null || v === undefined) return "";
    if (typeof v !== "number") return String(v);
    if (unit === "%") return String(Math.round(v * 1e6) / 1e4) + "%";
    return String(v);
  }

  function signed(v, unit) {
    if (v === null || v === undefined || v === "") return "";
    var n = typeof v === "number" ? v : parseFloat(v);
    var text = typeof v === "number" ? figure(v, unit) : String(v);
    if (n > 0) text = "+" + text;
    return unit && unit !== "%" ? text + " " + unit : text;
  }

  function dataTable(cls, heads, rows) {
    return el("div", { class: "table-wrap" }, [el("table", { class: "data " + (cls || "") }, [
      el("thead", null, [el("tr", null, heads.map(function (h) { return el("th", { text: h }); }))]),
      el("tbody", null, rows)
    ])]);
  }

  function findingRows(list) {
    return list.map(function (f) {
      return el("tr", { class: "finding sev-" + f.severity, "data-check": f.check, "data-cell": f.cell || "",
                        "data-rule": f.rule || "" }, [
        el("td", null, [el("span", { class: "sev-badge sev-" + f.severity, text: sevName(f.severity) })]),
        el("td", { text: checkName(f.check) }),
        el("td", { class: "where", text: where(f) }),
        el("td", { class: "row_label", text: f.row_label || "" }),
        el("td", { class: "message", text: f.message || "" })
      ]);
    });
  }

  function renderDiff(box, d) {
    var s = d.summary || {};
    var head = el("div", { class: "card" }, [
      el("h2", { class: "cmp-heading", text: t("diff.heading", { old: baseName(d.old), "new": baseName(d["new"]) }) }),
      // a version that could not be read: nothing was compared, and no count stands for it
      el("p", { id: "diff-summary", class: "summary-line",
                text: d.compared === false ? t("diff.not_compared") : t("diff.summary", s) })
    ]);
    (d.errors || []).forEach(function (e) {
      head.appendChild(el("div", { class: "error", text: t("diff.error", {
        file: baseName(e.path), message: (e.error && e.error.message) || "" }) }));
    });
    if (d.compared === false) {
      box.appendChild(head);
      return;
    }
    var notes = el("div", { class: "notes" });
    renderNotes(notes, d.notes || []);
    head.appendChild(notes);
    box.appendChild(head);

    var rowsCard = el("div", { class: "card", id: "diff-rows" });
    var any = false;
    (d.tables || []).forEach(function (tb) {
      var trs = [];
      tb.rows.forEach(function (r) {
        if (r.status === "same") return;
        any = true;
        var cells = r.cells && r.cells.length ? r.cells : [null];
        var span = cells.length > 1 ? cells.length : null;
        var tag = [el("span", { class: "pill diff-" + r.status, text: t("diff.status." + r.status) })];
        if (r.moved && r.status !== "moved") tag.push(el("span", { class: "pill diff-moved", text: t("diff.status.moved") }));
        cells.forEach(function (c, i) {
          var tr = el("tr", { class: "diff-row diff-" + r.status + (i ? " more" : ""), "data-status": r.status,
                              "data-label": r.label, "data-column": c ? c.column : null });
          if (i === 0) {
            tr.appendChild(el("td", { rowspan: span, class: "tags" }, tag));
            tr.appendChild(el("td", { rowspan: span, class: "row_label", text: r.label }));
            tr.appendChild(el("td", { rowspan: span, class: "where",
              text: (r.old_row || "—") + " → " + (r.new_row || "—") }));
          }
          tr.appendChild(el("td", { class: "column", text: c ? c.column : "" }));
          tr.appendChild(el("td", { class: "change num" }, c ? [
            el("span", { class: "old", text: figure(c.old, c.unit) }), " → ",
            el("strong", { class: "new", text: figure(c["new"], c.unit) })] : []));
          tr.appendChild(el("td", { class: "num difference", text: c ? signed(c.difference, c.unit) : "" }));
          tr.appendChild(el("td", { class: "where", text: c ? (c.old_cell || "—") + " → " + (c.new_cell || "—") : "" }));
          trs.push(tr);
        });
      });
      if (!trs.length) return;
      rowsCard.appendChild(el("h3", { text: t("diff.sheet", { sheet: tb.new_sheet || tb.old_sheet }) }));
      if (tb.by_order) rowsCard.appendChild(el("p", { class: "muted", text: t("diff.by_order", { n: tb.by_order }) }));
      rowsCard.appendChild(dataTable("diff-table", [t("diff.col.status"), t("col.row"), t("diff.col.rows"),
        t("col.column"), t("diff.col.change"), t("diff.col.difference"), t("diff.col.where")], trs));
    });
    if (!any) rowsCard.appendChild(el("p", { class: "muted", text: t("diff.no_changes") }));
    box.appendChild(rowsCard);

    var f = d.findings || { fixed: [], still: [], "new": [] };
    var fc = el("div", { class: "card", id: "diff-findings" }, [el("h2", { text: t("diff.findings") })]);
    ["fixed", "still", "new"].forEach(function (k) {
      var list = f[k] || [];
      fc.appendChild(el("h3", { class: "findings-" + k, text: t("diff.findings." + k, { count: list.length }) }));
      if (list.length) {
        var wrap = dataTable("findings", [t("col.severity"), t("col.check"), t("col.where"), t("col.row"),
          t("col.message")], findingRows(list));
        wrap.id = "diff-" + k;
        fc.appendChild(wrap);
      }
    });
    box.appendChild(fc);
  }

  function withUnit(label, unit) {
    if (!unit) return label;
    return state.lang === "zh" ? label + "（" + unit + "）" : label + " (" + unit + ")";
  }

  function sideLine(name, sd) {
    return el("p", { class: "side-line", text: t("cmp.side", {
      name: name, file: baseName(sd.path), sheet: sd.sheet || "", count: sd.rows }) });
  }

  function amountText(a, unit) {
    if (!a) return "";
    if (a.value === null || a.value === undefined) return a.blank ? t("cmp.blank") : (a.text || "");
    return figure(a.shown !== null && a.shown !== undefined ? a.shown : a.value, unit);
  }

  function renderComparison(box, c) {
    var counts = c.counts || {};
    var pills = el("div", { class: "summary", id: "cmp-counts" });
    ["differs", "unreadable", "only_a", "only_b", "duplicates", "no_key", "match"].forEach(function (k) {
      if (counts[k] || k === "match" || k === "differs") {
        pills.appendChild(el("span", { class: "pill cmp-" + k, "data-count": k, text: t("cmp.count." + k, { count: counts[k] || 0 }) }));
      }
    });
    var keys = (c.key || []).map(function (k) { return k.a === k.b ? k.a : k.a + " = " + k.b; }).join(state.lang === "zh" ? "、" : ", ");
    var cols = (c.columns || []).map(function (x) { return withUnit(x.label, x.unit); }).join(state.lang === "zh" ? "、" : ", ");
    var head = el("div", { class: "card" }, [
      el("h2", { class: "cmp-heading", text: t("diff.heading", { old: baseName(c.a.path), "new": baseName(c.b.path) }) }),
      pills,
      sideLine(t("cmp.a"), c.a), sideLine(t("cmp.b"), c.b),
      el("p", { class: "muted cmp-settings" }, [
        el("span", { text: t("cmp.key_line", { labels: keys }) }),
        el("span", { text: t("cmp.columns_line", { columns: cols }) }),
        el("span", { text: c.tolerance !== null && c.tolerance !== undefined
          ? t("cmp.tolerance_line", { tolerance: c.tolerance + (c.tolerance_unit ? " " + c.tolerance_unit : "") })
          : t("cmp.tolerance_rounding") })])
    ]);
    var notes = el("div", { class: "notes" });
    renderNotes(notes, c.notes || []);
    head.appendChild(notes);
    box.appendChild(head);

    // the pairs: those that differ or are on one side only, the matching ones behind a toggle
    var columns = c.columns || [];
    var top = el("tr", null, [el("th", { rowspan: 2, text: t("col.status") }), el("th", { rowspan: 2, text: t("cmp.col.key") }),
      el("th", { rowspan: 2, text: t("cmp.col.row_a") }), el("th", { rowspan: 2, text: t("cmp.col.row_b") })]);
    var sub = el("tr");
    columns.forEach(function (col) {
      top.appendChild(el("th", { colspan: 3, class: "group", text: col.label }));
      sub.appendChild(el("th", { text: t("cmp.col.value_a") }));
      sub.appendChild(el("th", { text: t("cmp.col.value_b") }));
      sub.appendChild(el("th", { text: t("cmp.col.difference") }));
    });
    var odd = [], same = [];
    (c.pairs || []).forEach(function (p) {
      var tr = el("tr", { class: "pair pair-" + p.status, "data-status": p.status, "data-key": p.key }, [
        el("td", null, [el("span", { class: "pill cmp-" + p.status, text: p.status_text || p.status })]),
        el("td", { class: "row_label", text: p.key }),
        el("td", { class: "where", text: p.a ? String(p.a.row) : "—" }),
        el("td", { class: "where", text: p.b ? String(p.b.row) : "—" })
      ]);
      (p.columns || []).forEach(function (g) {
        var cls = g.status === "differs" ? " differs" : g.status === "unreadable" ? " unreadable" : "";
        tr.appendChild(el("td", { class: "num", title: g.a ? g.a.cell : null, text: amountText(g.a, g.unit) }));
        tr.appendChild(el("td", { class: "num", title: g.b ? g.b.cell : null, text: amountText(g.b, g.unit) }));
        tr.appendChild(el("td", { class: "num difference" + cls,
          text: g.difference !== null && g.difference !== undefined && g.difference !== 0 ? signed(g.difference, g.unit) : "" }));
      });
      (p.status === "match" ? same : odd).push(tr);
    });
    var showing = state.cmp.showMatches;
    var pc = el("div", { class: "card", id: "cmp-pairs" }, [el("h2", { text: t("cmp.pairs") })]);
    if (!odd.length) pc.appendChild(el("p", { class: "muted", text: t("cmp.all_match") }));
    if (same.length) {
      pc.appendChild(el("p", null, [el("button", { type: "button", id: "cmp-toggle-matches", class: "link-button",
        text: showing ? t("cmp.hide_matches") : t("cmp.show_matches", { count: same.length }),
        onclick: function () { state.cmp.showMatches = !state.cmp.showMatches; renderCompare(); } })]));
    }
    var rows = odd.concat(showing ? same : []);
    if (rows.length) {
      pc.appendChild(el("div", { class: "table-wrap" }, [el("table", { class: "data pairs" }, [
        el("thead", null, [top, sub]), el("tbody", null, rows)])]));
    }
    box.appendChild(pc);

    var rowsOf = function (list) { return list.map(function (e) { return e.row; }).join("、"); };
    if ((c.duplicates || []).length) {
      box.appendChild(el("div", { class: "card", id: "cmp-duplicates" }, [el("h2", { text: t("cmp.duplicates") }),
        dataTable("", [t("cmp.col.key"), t("cmp.col.rows_a"), t("cmp.col.rows_b"), t("col.status")],
          c.duplicates.map(function (d) {
            return el("tr", { "data-key": d.key }, [el("td", { class: "row_label", text: d.key }),
              el("td", { class: "where", text: rowsOf(d.a) }), el("td", { class: "where", text: rowsOf(d.b) }),
              el("td", { text: t(d.paired ? "cmp.dup.paired" : "cmp.dup.unpaired") })]);
          }))]));
    }
    if ((c.unreadable || []).length) {
      box.appendChild(el("div", { class: "card", id: "cmp-unreadable" }, [el("h2", { text: t("cmp.unreadable") }),
        dataTable("", [t("cmp.col.side"), t("cmp.col.key"), t("col.column"), t("cmp.col.cell"), t("cmp.col.text")],
          c.unreadable.map(function (u) {
            return el("tr", { "data-key": u.key }, [el("td", { text: t(u.side === "a" ? "cmp.a" : "cmp.b") }),
              el("td", { class: "row_label", text: u.key }), el("td", { text: u.column }),
              el("td", { class: "where", text: (u.sheet ? u.sheet + "!" : "") + (u.cell || "") }),
              el("td", { text: u.text || (u.blank ? t("cmp.blank") : "") })]);
          }))]));
    }
    if ((c.no_key || []).length) {
      box.appendChild(el("div", { class: "card", id: "cmp-no-key" }, [el("h2", { text: t("cmp.no_key") }),
        dataTable("", [t("cmp.col.side"), t("col.row")], c.no_key.map(function (e) {
          return el("tr", null, [el("td", { text: t(e.side === "a" ? "cmp.a" : "cmp.b") }), el("td", { class: "where", text: String(e.row) })]);
        }))]));
    }

    var sc = c.self_check || { holds: true, columns: [] };
    var parts = ["sum_a", "sum_b", "differs", "residue", "only_a", "only_b", "unpaired", "unreadable", "left", "right"];
    box.appendChild(el("div", { class: "card", id: "cmp-self-check", "data-holds": sc.holds ? "1" : "0" }, [
      el("h2", { text: t("cmp.self_check") }),
      el("p", null, [el("span", { class: "pill " + (sc.holds ? "status-ok" : "status-error"),
        text: t(sc.holds ? "cmp.self_check.holds" : "cmp.self_check.fails") })]),
      el("p", { class: "muted", text: t("cmp.self_check.rule") }),
      dataTable("self-check", [t("col.column"), t("col.status")].concat(parts.map(function (k) { return t("cmp.sc." + k); })),
        sc.columns.map(function (col) {
          return el("tr", { "data-column": col.column, "data-holds": col.holds ? "1" : "0" }, [
            el("td", { class: "column", text: withUnit(col.column, col.unit) }),
            el("td", null, [el("span", { class: "pill " + (col.holds ? "status-ok" : "status-error"),
              text: t(col.holds ? "cmp.sc.holds" : "cmp.sc.fails") })])
          ].concat(parts.map(function (k) { return el("td", { class: "num", text: col[k] }); })));
        }))
    ]));
  }

  // --- wiring -----------------------------------------------------------------------------

  function wire() {
    $("files").addEventListener("change", function (ev) {
      setChosen(Array.prototype.map.call(ev.target.files, function (f) { return { file: f, path: "" }; }));
      ev.target.value = "";
    });
    $("folder").addEventListener("change", function (ev) {
      var all = Array.prototype.map.call(ev.target.files, function (f) {
        return { file: f, path: f.webkitRelativePath || f.name };
      });
      var kept = fromFolder(all);
      setChosen(kept.items, kept.skipped);
      ev.target.value = "";
    });
    var drop = $("drop");
    drop.addEventListener("dragover", function (ev) { ev.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", onDrop);
    drop.addEventListener("keydown", function (ev) { if (ev.key === "Enter") $("files").click(); });
    $("clear").addEventListener("click", function () { setChosen([], 0); });
    $("template").addEventListener("change", function () {
      $("template-file-label").hidden = $("template").value !== "__upload__";
    });
    $("start").addEventListener("click", start);
    ["f-severity", "f-check", "f-sheet"].forEach(function (id) { $(id).addEventListener("change", renderFindings); });
    $("f-search").addEventListener("input", renderFindings);
    $("sheet-select").addEventListener("change", function () {
      state.selectedCell = null;
      $("cell-info").hidden = true;
      loadSheet($("sheet-select").value, null);
    });
    $("cell-info-close").addEventListener("click", function () { $("cell-info").hidden = true; });
    $("dl-annotated").addEventListener("click", function (ev) {
      ev.preventDefault();
      if (state.current) downloadAnnotated(state.current);
    });
    $("dl-zip").addEventListener("click", function (ev) { ev.preventDefault(); download("/annotated.zip", "xlrecon-annotated.zip"); });
    $("dl-report").addEventListener("click", function (ev) { ev.preventDefault(); download("/report.xlsx", "xlrecon-report.xlsx"); });
    $("dl-json").addEventListener("click", function (ev) { ev.preventDefault(); download("/report.json", "xlrecon-report.json"); });
    $("delete").addEventListener("click", deleteJob);
    Array.prototype.forEach.call(document.querySelectorAll(".view-tab"), function (b) {
      b.addEventListener("click", function () { showView(b.getAttribute("data-view")); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('input[name="cmp-mode"]'), function (r) {
      r.addEventListener("change", function () { showError(null, "cmp-error"); cmpForm(); });
    });
    ["cmp-first", "cmp-second"].forEach(function (id) { $(id).addEventListener("change", cmpForm); });
    $("cmp-start").addEventListener("click", startCompare);
    $("lang").addEventListener("click", function () {
      state.lang = state.lang === "zh" ? "en" : "zh";
      Promise.all([loadMessages(), loadTemplates()]).then(applyWords, showError);
    });
  }

  function boot() {
    wire();
    Promise.all([loadMessages(), loadTemplates()]).then(function () {
      applyWords();
      document.body.setAttribute("data-ready", "1");
    }, function (err) {
      showError(err);
      document.body.setAttribute("data-ready", "1");
    });
  }

  boot();
})();
