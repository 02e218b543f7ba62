/*
 * xlrecon's WPS add-in: the 核对 run and the 清除标记 run, as plain functions.
 *
 * Each takes the WPS Application object (window.Application in WPS; the tests pass a stub
 * recording every call) and a fetch-like function (window.fetch; the tests may pass a fake),
 * and does what the Excel layer (xlrecon/excel/writer.py) does through xlwings:
 *
 *   1. every sheet's used range read in one Range.Value2 read each, sent to the local service
 *      (POST /api/grids), which does all the thinking and answers with a plan;
 *   2. a new sheet added last (under a temporary name), the plan's values in ONE Range write,
 *      a fill per run of equal severities;
 *   3. the last run's marks undone (the fill put back, the note xlrecon added deleted), the new
 *      ones made -- each cell's fill read before it is changed, a note added only where the
 *      cell has none -- and what was changed kept in the hidden sheet "xlrecon.state";
 *   4. the earlier discrepancy sheets deleted, the new sheet named and activated, the summary
 *      shown in a message box.
 *
 * A failure half-way undoes what was done (a journal of undoings, last first) and ends in a
 * message box, never a script error.
 *
 * The message box is the page's alert(): WPS shows it as its own dialog (the wpsjs templates
 * do so); the declarations (et-jsapi-declare) give Application no Alert or MsgBox.
 */
(function (root) {
    "use strict";

    var DEFAULT_BASE = "http://127.0.0.1:8765";
    var SETTINGS_KEY = "xlrecon.settings";
    var XL_COLOR_INDEX_NONE = -4142; // xlColorIndexNone: a cell without a fill
    var XL_SHEET_HIDDEN = 0; // XlSheetVisibility.xlSheetHidden
    var DEFAULT_MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C", info: "#9BC2E6" }; // the answer's mark_fills first

    // The one message shown when the service cannot be reached: the add-in gets every other
    // word from the service (GET /api/messages), which is exactly what it cannot do then. These
    // two texts are the catalogue's WEB["wps.down"] (xlrecon/messages.py); a test keeps them equal.
    var DOWN = {
        zh: "无法连接 xlrecon 服务（{url}）。请先在命令行中运行 xlrecon serve 启动服务，保持窗口打开，再点击“核对本工作簿”。",
        en: "The xlrecon service ({url}) could not be reached. Start it first: run xlrecon serve in a command window, keep the window open, then click the check button again."
    };

    function format(text, params) {
        return String(text).replace(/\{(\w+)\}/g, function (m, k) {
            return params && Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m;
        });
    }

    // --- settings (kept in localStorage: WPS's PluginStorage is not kept across sessions) ---

    function loadSettings(storage) {
        var s = { base: DEFAULT_BASE, lang: "zh", schema: "", token: "" };
        try {
            var raw = storage && storage.getItem(SETTINGS_KEY);
            if (raw) {
                var saved = JSON.parse(raw);
                for (var k in s) {
                    if (typeof saved[k] === "string") s[k] = saved[k];
                }
            }
        } catch (e) { /* unreadable settings: the defaults */ }
        s.base = (s.base || DEFAULT_BASE).replace(/\/+$/, "");
        if (s.lang !== "en") s.lang = "zh";
        return s;
    }

    function saveSettings(storage, s) {
        storage.setItem(SETTINGS_KEY, JSON.stringify({ base: s.base, lang: s.lang, schema: s.schema || "", token: s.token || "" }));
    }

    // --- colours and addresses ---

    /** "#RRGGBB" -> the BGR long that Interior.Color takes (as in VBA: RGB(r, g, b)). */
    function bgr(hex) {
        var h = String(hex).replace(/^#/, "");
        var r = parseInt(h.slice(0, 2), 16), g = parseInt(h.slice(2, 4), 16), b = parseInt(h.slice(4, 6), 16);
        return r + g * 256 + b * 65536;
    }

    /** A BGR long -> "#RRGGBB". */
    function hexOf(long) {
        var n = Number(long) & 0xFFFFFF;
        var r = n & 0xFF, g = (n >> 8) & 0xFF, b = (n >> 16) & 0xFF;
        return "#" + [r, g, b].map(function (x) { return (x < 16 ? "0" : "") + x.toString(16).toUpperCase(); }).join("");
    }

    function columnLetter(n) { // 1 -> A
        var s = "";
        while (n > 0) {
            var m = (n - 1) % 26;
            s = String.fromCharCode(65 + m) + s;
            n = Math.floor((n - 1) / 26);
        }
        return s;
    }

    /** The address of a block of values written from A1. */
    function blockAddress(values) {
        var width = 0;
        for (var i = 0; i < values.length; i++) width = Math.max(width, values[i].length);
        return "A1:" + columnLetter(Math.max(width, 1)) + Math.max(values.length, 1);
    }

    /** Rows padded to one width (a Range write takes a rectangle). */
    function rectangle(values) {
        var width = 0;
        values.forEach(function (r) { width = Math.max(width, r.length); });
        return values.map(function (r) {
            var out = r.slice();
            while (out.length < width) out.push(null);
            return out;
        });
    }

    // --- reading ---

    /** Range.Value2 as rows: a one-cell range gives its value, a larger one an array of rows. */
    function asRows(v) {
        if (!Array.isArray(v)) return [[cellValue(v)]];
        return v.map(function (row) {
            return (Array.isArray(row) ? row : [row]).map(cellValue);
        });
    }

    function cellValue(v) {
        return v === undefined ? null : v;
    }

    function sheetsOf(book) {
        var sheets = book.Sheets, out = [];
        var n = sheets.Count;
        for (var i = 1; i <= n; i++) out.push(sheets.Item(i));
        return out;
    }

    function findSheet(book, name) {
        var all = sheetsOf(book);
        for (var i = 0; i < all.length; i++) {
            if (all[i].Name === name) return all[i];
        }
        return null;
    }

    /** Every sheet of the workbook, in order: its used range's top-left and values, one read each. */
    function readBook(book) {
        return sheetsOf(book).map(function (ws) {
            var used = ws.UsedRange;
            return { name: ws.Name, row: used.Row, column: used.Column, values: asRows(used.Value2) };
        });
    }

    // --- the journal: what was done, with its undoing ---

    function Journal() { this.undos = []; }
    Journal.prototype.did = function (undo) { this.undos.push(undo); };
    Journal.prototype.undo = function () {
        while (this.undos.length) {
            try { this.undos.pop()(); } catch (e) { /* undo all that can be undone */ }
        }
    };

    // --- writing ---

    /** A cell's fill as "#RRGGBB", or null for none. */
    function fillOf(rng) {
        var interior = rng.Interior;
        if (interior.ColorIndex === XL_COLOR_INDEX_NONE) return null;
        return hexOf(interior.Color);
    }

    function setFill(rng, colour) {
        var interior = rng.Interior;
        if (colour) interior.Color = bgr(colour);
        else interior.ColorIndex = XL_COLOR_INDEX_NONE;
    }

    /** Set a cell's fill, the old one put back on undo; returns the old one. */
    function changeFill(rng, colour, journal) {
        var was = fillOf(rng);
        setFill(rng, colour);
        journal.did(function () { setFill(rng, was); });
        return was;
    }

    function noteText(rng) {
        var c = rng.Comment;
        return c ? c.Text() : null;
    }

    /** A value as it goes into a cell: a text with a leading apostrophe, as the Excel layer writes it. */
    function asWritten(v) {
        if (typeof v === "string") return v ? "'" + v : null;
        if (v === undefined) return null;
        return v;
    }

    function freeName(base, taken) {
        var used = {};
        taken.forEach(function (t) { used[String(t).toLowerCase()] = true; });
        var name = base, n = 2;
        while (used[name.toLowerCase()]) { name = base + "(" + n + ")"; n++; }
        return name;
    }

    /** Undo the last run's marks (rows of [sheet, cell, fill or null, note added?, note]). */
    function restoreMarks(book, restore, journal) {
        (restore || []).forEach(function (row) {
            var sheet = row[0], cell = row[1], fill = row[2] || null, added = !!row[3], text = row[4];
            var ws = sheet ? findSheet(book, sheet) : null;
            if (!ws || !cell) return;
            var rng = ws.Range(String(cell));
            changeFill(rng, fill, journal);
            if (added) {
                var c = rng.Comment;
                if (c && c.Text() === (text == null ? "" : String(text))) {
                    c.Delete();
                    journal.did(function () { rng.AddComment(String(text)); });
                }
            }
        });
    }

    /** Make the plan's marks; returns the state rows (with the headings). */
    function makeMarks(book, plan, fills, headings, journal) {
        var state = [headings.slice()];
        var marks = plan.marks || {};
        Object.keys(marks).forEach(function (name) {
            var ws = findSheet(book, name);
            if (!ws) return;
            var cells = marks[name];
            Object.keys(cells).forEach(function (ref) {
                var severity = cells[ref][0], note = cells[ref][1];
                var rng = ws.Range(ref);
                var was = changeFill(rng, fills[severity] || DEFAULT_MARK_FILLS[severity], journal);
                var added = !rng.Comment;
                if (added) {
                    rng.AddComment(note);
                    journal.did(function () { var c = rng.Comment; if (c) c.Delete(); });
                }
                state.push([name, ref, was || "", added ? 1 : 0, added ? note : ""]);
            });
        });
        return state;
    }

    /** The hidden state sheet, created or its old rows replaced. */
    function writeState(book, stateName, rows, journal) {
        var values = rectangle(rows.map(function (r) { return r.map(asWritten); }));
        var st = findSheet(book, stateName);
        if (!st) {
            var all = sheetsOf(book);
            st = book.Sheets.Add(undefined, all[all.length - 1]);
            journal.did(function () { st.Delete(); });
            st.Name = stateName;
            st.Visible = XL_SHEET_HIDDEN;
        } else {
            var used = st.UsedRange;
            var old = asRows(used.Value2), at = used.Row === 1 && used.Column === 1;
            used.Clear();
            journal.did(function () {
                st.UsedRange.Clear();
                if (at) st.Range(blockAddress(old)).Value2 = old.map(function (r) { return r.map(asWritten); });
            });
        }
        st.Range(blockAddress(values)).Value2 = values;
    }

    /**
     * Carry out the service's answer on the workbook; with `marks` false (清除标记 only) no new
     * sheet is written. On any failure what was done is undone and the error thrown again.
     */
    function applyAnswer(app, book, answer, opts) {
        var plan = answer.plan || {};
        var journal = new Journal();
        var sheet = null;
        var before = app.ScreenUpdating;
        app.ScreenUpdating = false;
        try {
            var names = sheetsOf(book).map(function (ws) { return ws.Name; });
            var writes = !opts.clear && plan.values && plan.values.length;
            if (writes) {
                var all = sheetsOf(book);
                sheet = book.Sheets.Add(undefined, all[all.length - 1]);
                journal.did(function () { sheet.Delete(); });
                sheet.Name = freeName(plan.name + ".new", names);
                var values = rectangle(plan.values);
                sheet.Range(blockAddress(values)).Value2 = values; // the whole sheet in one write
                (plan.fills || []).forEach(function (f) { sheet.Range(f[0]).Interior.Color = bgr(f[1]); });
            }
            restoreMarks(book, answer.restore, journal);
            var state = makeMarks(book, opts.clear ? {} : plan, answer.mark_fills || plan.mark_fills || DEFAULT_MARK_FILLS,
                answer.state_headings || ["sheet", "cell", "fill", "note added", "note"], journal);
            var stateName = answer.state_sheet || "xlrecon.state";
            if (!opts.clear || findSheet(book, stateName)) writeState(book, stateName, state, journal); // as the Excel layer: always kept
            // from here on nothing is undone: the earlier sheets go
            var alerts = app.DisplayAlerts;
            app.DisplayAlerts = false; // no "delete this sheet?" question per sheet
            try {
                (answer.earlier || []).forEach(function (name) {
                    var ws = findSheet(book, name);
                    if (ws) ws.Delete();
                });
            } finally {
                app.DisplayAlerts = alerts;
            }
            journal.undos = [];
            if (sheet) {
                sheet.Name = plan.name;
                sheet.Activate();
            }
        } catch (e) {
            journal.undo();
            throw e;
        } finally {
            app.ScreenUpdating = before;
        }
    }

    // --- the service ---

    var words = {}; // lang -> the catalogue's words (GET /api/messages), once fetched

    function headers(settings, json) {
        var h = {};
        if (json) h["Content-Type"] = "application/json";
        if (settings.token) h["Authorization"] = "Bearer " + settings.token;
        return h;
    }

    /** The service's words in the language; rejects when the service cannot be reached. */
    function fetchWords(fetchFn, settings) {
        if (words[settings.lang]) return Promise.resolve(words[settings.lang]);
        return fetchFn(settings.base + "/api/messages?lang=" + encodeURIComponent(settings.lang), { headers: headers(settings, false) })
            .then(function (r) {
                if (!r.ok) throw new Error("HTTP " + r.status);
                return r.json();
            })
            .then(function (m) { words[settings.lang] = m.web || {}; return words[settings.lang]; });
    }

    function word(w, key, params) {
        return format(w && w[key] != null ? w[key] : key, params);
    }

    function downText(settings) {
        return format(DOWN[settings.lang] || DOWN.zh, { url: settings.base });
    }

    var running = false;

    /**
     * The 核对本工作簿 button (clear false) and the 清除标记 button (clear true).
     * opts: {settings, alert, storage (PluginStorage, for the task pane: the last findings)}.
     * Resolves to {ok, answer?, message}; never rejects.
     */
    function run(app, fetchFn, opts) {
        opts = opts || {};
        var settings = opts.settings || loadSettings(null);
        var alertFn = opts.alert || function (t) { root.alert(t); };
        var clear = !!opts.clear;
        var w = words[settings.lang] || {};
        if (running) {
            alertFn(word(w, "wps.busy"));
            return Promise.resolve({ ok: false, message: word(w, "wps.busy") });
        }
        running = true;
        function done(result) { running = false; return result; }
        function say(message, ok, answer) { alertFn(message); return done({ ok: ok, message: message, answer: answer }); }

        var down = false;
        return fetchWords(fetchFn, settings).then(function (got) {
            w = got;
            var book = app.ActiveWorkbook;
            if (!book) return say(word(w, "wps.no_book"), false);
            var body = { book: book.Name, lang: settings.lang, schema: settings.schema || null, sheets: readBook(book) };
            if (clear) body.clear = true;
            return fetchFn(settings.base + "/api/grids", {
                method: "POST", headers: headers(settings, true), body: JSON.stringify(body)
            }).catch(function (e) { down = true; throw e; }).then(function (r) {
                return r.json().catch(function () { return {}; }).then(function (answer) {
                    if (!r.ok || !answer || answer.error) {
                        var msg = answer && answer.error && answer.error.message ? answer.error.message : "HTTP " + r.status;
                        return say(word(w, "wps.failed", { detail: msg }), false);
                    }
                    try {
                        applyAnswer(app, book, answer, { clear: clear });
                    } catch (e) {
                        return say(word(w, "wps.failed", { detail: (e && e.message) || String(e) }), false);
                    }
                    if (opts.storage && !clear) {
                        try { opts.storage.setItem("xlrecon.last", JSON.stringify(lastFindings(answer))); } catch (e) { /* the task pane goes without */ }
                    }
                    return say(clear ? word(w, "wps.cleared") : answer.summary, true, answer);
                });
            });
        }, function () { down = true; throw new Error("down"); }).catch(function (e) {
            if (down) return say(downText(settings), false);
            return say(word(w, "wps.failed", { detail: (e && e.message) || String(e) }), false);
        });
    }

    /** What the task pane lists: the report's findings that have a cell. */
    function lastFindings(answer) {
        var report = answer.report || {};
        var files = report.files || (report.findings ? [report] : []);
        var out = [];
        files.forEach(function (f) {
            (f.findings || []).forEach(function (x) {
                out.push({ severity: x.severity, check: x.check, sheet: x.sheet, cell: x.cell, message: x.message });
            });
        });
        return { book: (files[0] && files[0].path) || "", findings: out, sheet: (answer.plan || {}).name || "" };
    }

    /** The task pane's click: the finding's cell selected on its sheet. */
    function goTo(app, sheet, cell) {
        var book = app.ActiveWorkbook;
        var ws = book && findSheet(book, sheet);
        if (!ws || !cell) return false;
        ws.Activate();
        ws.Range(cell).Select();
        return true;
    }

    var api = {
        run: run, applyAnswer: applyAnswer, readBook: readBook, goTo: goTo, loadSettings: loadSettings,
        saveSettings: saveSettings, fetchWords: fetchWords, bgr: bgr, hexOf: hexOf, DOWN: DOWN,
        DEFAULT_BASE: DEFAULT_BASE, _reset: function () { words = {}; running = false; }
    };
    root.xlrecon = api;
    if (typeof module === "object" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : this);
