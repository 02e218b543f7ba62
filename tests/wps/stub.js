/*
 * A stub of the part of WPS's window.Application that the xlrecon add-in uses, backed by an
 * in-memory workbook (sheets of cells: value, fill, note), recording every call.
 *
 * Its members are those of Kingsoft's declarations (tests/wps/declarations/, et-jsapi-declare):
 * the same names, each a method or a property as declared there (MEMBERS below; a test checks
 * them against the declarations). Every stub object is a Proxy: a member it does not have
 * throws (and is kept in XlreconStub.missing), so the add-in calling anything the stub does not
 * model fails the test even where the add-in catches the error.
 *
 * Every call is recorded in XlreconStub.calls as {on: {type, sheet?, address?}, op: "get" | "set" |
 * "call", member, args | value, result?}, sheets by a stable id (their place at the start, or
 * the order they were added in), for the test to replay onto a copy of the workbook with openpyxl.
 * window.alert (WPS's message box, as the wpsjs templates use it) is recorded as {op: "alert"}.
 *
 * XlreconStub.install({name, sheets: [{name, visible, cells: {"A1": {v, fill, note}}}]}) sets up
 * window.Application.
 */
(function (root) {
    "use strict";

    // kind of each member: "get" (a property read only), "prop" (read and written), "method"
    var MEMBERS = /*MEMBERS*/{
        "Application": {"ActiveWorkbook": "get", "ScreenUpdating": "prop", "DisplayAlerts": "prop",
                        "PluginStorage": "get", "CreateTaskPane": "method", "GetTaskPane": "method",
                        "ShowDialog": "method"},
        "Workbook": {"Name": "get", "Sheets": "get"},
        "Sheets": {"Count": "get", "Item": "method", "Add": "method"},
        "Worksheet": {"Name": "prop", "UsedRange": "get", "Range": "method", "Delete": "method", "Visible": "prop",
                      "Activate": "method"},
        "Range": {"Value2": "prop", "Row": "get", "Column": "get", "Interior": "get", "Comment": "get",
                  "AddComment": "method", "Clear": "method", "Select": "method"},
        "Interior": {"Color": "prop", "ColorIndex": "prop"},
        "Comment": {"Text": "method", "Delete": "method"},
        "PluginStorage": {"getItem": "method", "setItem": "method"},
        "CustomTaskpane": {"ID": "get", "Visible": "prop", "Navigate": "method"},
        "RibbonControl": {"Id": "get"}
    }/*END*/;

    var XL_COLOR_INDEX_NONE = -4142;
    var INTERNAL = { toJSON: 1, then: 1, constructor: 1, valueOf: 1, toString: 1, inspect: 1 };

    var state = { calls: [], missing: [], alerts: [] };

    function record(entry) { state.calls.push(entry); }

    function plain(v) { // an argument or a value as recorded: stub objects by their descriptor
        if (v && typeof v === "object" && v.__desc) return v.__desc;
        if (Array.isArray(v)) return v.map(plain);
        return v === undefined ? null : v;
    }

    /** A stub object: `impl` holds getters (get_X), setters (set_X) and methods (X). */
    function make(type, desc, impl) {
        var members = MEMBERS[type];
        var target = { __desc: desc };
        return new Proxy(target, {
            get: function (t, prop) {
                if (prop === "__desc") return desc;
                if (typeof prop === "symbol" || INTERNAL[prop]) return undefined;
                var kind = members[prop];
                if (!kind) {
                    state.missing.push(type + "." + String(prop));
                    throw new TypeError("stub: " + type + " has no member " + String(prop));
                }
                if (kind === "method") {
                    return function () {
                        var args = Array.prototype.slice.call(arguments);
                        var result = impl[prop].apply(null, args);
                        record({ on: desc, op: "call", member: prop, args: plain(args), result: plain(result) });
                        return result;
                    };
                }
                var value = impl["get_" + prop]();
                record({ on: desc, op: "get", member: prop, result: plain(value) });
                return value;
            },
            set: function (t, prop, value) {
                if (members[prop] !== "prop") {
                    state.missing.push(type + "." + String(prop) + "=");
                    throw new TypeError("stub: " + type + "." + String(prop) + " cannot be set");
                }
                impl["set_" + prop](value);
                record({ on: desc, op: "set", member: prop, value: plain(value) });
                return true;
            },
            has: function (t, prop) { return !!members[prop]; }
        });
    }

    // --- addresses ---

    function colNumber(letters) {
        var n = 0;
        for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
        return n;
    }

    function colLetters(n) {
        var s = "";
        while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
        return s;
    }

    function parse(address) { // "A1:L22" -> {r1, c1, r2, c2}
        var parts = String(address).replace(/\$/g, "").toUpperCase().split(":");
        function one(p) {
            var m = /^([A-Z]+)(\d+)$/.exec(p);
            if (!m) throw new TypeError("stub: not an address: " + address);
            return [Number(m[2]), colNumber(m[1])];
        }
        var a = one(parts[0]), b = parts.length > 1 ? one(parts[1]) : a;
        return { r1: Math.min(a[0], b[0]), c1: Math.min(a[1], b[1]), r2: Math.max(a[0], b[0]), c2: Math.max(a[1], b[1]) };
    }

    function addressOf(b) {
        var first = colLetters(b.c1) + b.r1, last = colLetters(b.c2) + b.r2;
        return first === last ? first : first + ":" + last;
    }

    // --- the model ---

    function Model(data) {
        var self = this;
        this.name = data.name;
        this.sheets = [];
        this.nextId = 0;
        this.active = null;
        this.selection = null;
        this.screenUpdating = true;
        this.displayAlerts = true;
        (data.sheets || []).forEach(function (s) {
            var cells = {};
            Object.keys(s.cells || {}).forEach(function (ref) {
                var b = parse(ref), c = s.cells[ref];
                cells[b.r1 + "," + b.c1] = { v: c.v === undefined ? null : c.v, fill: c.fill || null, note: c.note == null ? null : c.note };
            });
            self.sheets.push({ id: self.nextId++, name: s.name, visible: s.visible === undefined ? -1 : s.visible, cells: cells });
        });
        this.added = 0;
    }

    Model.prototype.cell = function (sheet, r, c, create) {
        var k = r + "," + c;
        if (!sheet.cells[k] && create) sheet.cells[k] = { v: null, fill: null, note: null };
        return sheet.cells[k] || null;
    };

    Model.prototype.used = function (sheet) { // the bounding box of cells with a value, fill or note
        var b = null;
        Object.keys(sheet.cells).forEach(function (k) {
            var c = sheet.cells[k];
            if (c.v === null && !c.fill && c.note === null) return;
            var rc = k.split(",").map(Number);
            if (!b) b = { r1: rc[0], c1: rc[1], r2: rc[0], c2: rc[1] };
            b.r1 = Math.min(b.r1, rc[0]); b.c1 = Math.min(b.c1, rc[1]);
            b.r2 = Math.max(b.r2, rc[0]); b.c2 = Math.max(b.c2, rc[1]);
        });
        return b || { r1: 1, c1: 1, r2: 1, c2: 1 };
    };

    /** A value as the cell keeps it after Range.Value2 = v (as Excel and WPS take what is typed). */
    function stored(v) {
        if (v === undefined || v === null || v === "") return { v: null };
        if (typeof v === "string") {
            if (v.charAt(0) === "'") return { v: v.slice(1) };
            if (v.charAt(0) === "=") return { v: v, formula: true };
            if (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return { v: Number(v), guessed: true };
            if (/^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(v)) return { v: v, guessed: true }; // a date to Excel
        }
        return { v: v };
    }

    function bgrToHex(n) {
        n = Number(n) & 0xFFFFFF;
        var r = n & 0xFF, g = (n >> 8) & 0xFF, b = (n >> 16) & 0xFF;
        return "#" + [r, g, b].map(function (x) { return (x < 16 ? "0" : "") + x.toString(16).toUpperCase(); }).join("");
    }

    function hexToBgr(h) {
        h = h.replace("#", "");
        return parseInt(h.slice(0, 2), 16) + parseInt(h.slice(2, 4), 16) * 256 + parseInt(h.slice(4, 6), 16) * 65536;
    }

    function alive(model, sheet) {
        if (model.sheets.indexOf(sheet) < 0) throw new Error("stub: the sheet was deleted");
    }

    // --- the objects ---

    function comment(model, sheet, r, c) {
        var desc = { type: "Comment", sheet: sheet.id, address: colLetters(c) + r };
        return make("Comment", desc, {
            Text: function (text) {
                if (text !== undefined) throw new Error("stub: Comment.Text(text) is not modelled");
                return model.cell(sheet, r, c, false).note;
            },
            Delete: function () { model.cell(sheet, r, c, true).note = null; }
        });
    }

    function interior(model, sheet, b) {
        var desc = { type: "Interior", sheet: sheet.id, address: addressOf(b) };
        function each(f) {
            for (var r = b.r1; r <= b.r2; r++) for (var c = b.c1; c <= b.c2; c++) f(model.cell(sheet, r, c, true));
        }
        var first = function () { return model.cell(sheet, b.r1, b.c1, false) || { fill: null }; };
        return make("Interior", desc, {
            get_Color: function () { var f = first().fill; return f ? hexToBgr(f) : 16777215; }, // white where none, as Excel
            set_Color: function (v) { if (typeof v !== "number") throw new TypeError("stub: Interior.Color takes a number"); each(function (c) { c.fill = bgrToHex(v); }); },
            get_ColorIndex: function () { return first().fill ? 2 : XL_COLOR_INDEX_NONE; },
            set_ColorIndex: function (v) {
                if (v !== XL_COLOR_INDEX_NONE) throw new Error("stub: only xlColorIndexNone is modelled");
                each(function (c) { c.fill = null; });
            }
        });
    }

    function range(model, sheet, b) {
        var desc = { type: "Range", sheet: sheet.id, address: addressOf(b) };
        var one = b.r1 === b.r2 && b.c1 === b.c2;
        return make("Range", desc, {
            get_Value2: function () {
                alive(model, sheet);
                if (one) { var c = model.cell(sheet, b.r1, b.c1, false); return c && c.v !== null ? c.v : undefined; }
                var rows = [];
                for (var r = b.r1; r <= b.r2; r++) {
                    var row = [];
                    for (var k = b.c1; k <= b.c2; k++) { var x = model.cell(sheet, r, k, false); row.push(x && x.v !== null ? x.v : undefined); }
                    rows.push(row);
                }
                return rows;
            },
            set_Value2: function (v) {
                alive(model, sheet);
                var h = b.r2 - b.r1 + 1, w = b.c2 - b.c1 + 1;
                if (Array.isArray(v)) {
                    if (v.length !== h || v.some(function (row) { return !Array.isArray(row) || row.length !== w; })) {
                        throw new Error("stub: " + h + "x" + w + " cells written with an array of another shape");
                    }
                }
                for (var r = 0; r < h; r++) {
                    for (var k = 0; k < w; k++) {
                        var s = stored(Array.isArray(v) ? v[r][k] : v);
                        var cell = model.cell(sheet, b.r1 + r, b.c1 + k, true);
                        cell.v = s.v;
                        if (s.guessed) state.missing.push("a text written bare, for the program to guess its type: " + s.v);
                    }
                }
            },
            get_Row: function () { return b.r1; },
            get_Column: function () { return b.c1; },
            get_Interior: function () { return interior(model, sheet, b); },
            get_Comment: function () {
                var c = model.cell(sheet, b.r1, b.c1, false);
                return c && c.note !== null ? comment(model, sheet, b.r1, b.c1) : null;
            },
            AddComment: function (text) {
                var c = model.cell(sheet, b.r1, b.c1, true);
                if (c.note !== null) throw new Error("stub: the cell has a note already"); // as Excel: an error
                c.note = text === undefined ? "" : String(text);
                return comment(model, sheet, b.r1, b.c1);
            },
            Clear: function () {
                for (var r = b.r1; r <= b.r2; r++) for (var k = b.c1; k <= b.c2; k++) delete sheet.cells[r + "," + k];
                return true;
            },
            Select: function () {
                if (model.active !== sheet.id) throw new Error("stub: Select on a sheet that is not active"); // as Excel
                model.selection = { sheet: sheet.id, address: addressOf(b) };
                return true;
            }
        });
    }

    function worksheet(model, sheet) {
        var desc = { type: "Worksheet", sheet: sheet.id };
        return make("Worksheet", desc, {
            get_Name: function () { return sheet.name; },
            set_Name: function (v) {
                var taken = model.sheets.some(function (s) { return s !== sheet && s.name.toLowerCase() === String(v).toLowerCase(); });
                if (taken || !v || String(v).length > 31 || /[\\\/?*\[\]:]/.test(v)) throw new Error("stub: a sheet name not allowed: " + v);
                sheet.name = String(v);
            },
            get_UsedRange: function () { alive(model, sheet); return range(model, sheet, model.used(sheet)); },
            Range: function (cell1, cell2) {
                if (cell2 !== undefined) throw new Error("stub: Range(Cell1, Cell2) is not modelled");
                return range(model, sheet, parse(cell1));
            },
            Delete: function () {
                alive(model, sheet);
                if (model.displayAlerts) state.missing.push("Worksheet.Delete with DisplayAlerts on (WPS would ask)");
                var visible = model.sheets.filter(function (s) { return s.visible === -1 && s !== sheet; });
                if (!visible.length) throw new Error("stub: the last visible sheet cannot be deleted");
                model.sheets.splice(model.sheets.indexOf(sheet), 1);
                if (model.active === sheet.id) model.active = visible[0].id;
            },
            get_Visible: function () { return sheet.visible; },
            set_Visible: function (v) {
                v = v === true ? -1 : v === false ? 0 : v;
                if ([-1, 0, 2].indexOf(v) < 0) throw new Error("stub: Visible takes an XlSheetVisibility");
                sheet.visible = v;
            },
            Activate: function () { alive(model, sheet); model.active = sheet.id; }
        });
    }

    function sheets(model) {
        return make("Sheets", { type: "Sheets" }, {
            get_Count: function () { return model.sheets.length; },
            Item: function (index) {
                var s = typeof index === "number" ? model.sheets[index - 1]
                    : model.sheets.filter(function (x) { return x.name.toLowerCase() === String(index).toLowerCase(); })[0];
                if (!s) throw new Error("stub: no sheet " + index);
                return worksheet(model, s);
            },
            Add: function (before, after, count, type) {
                if (count !== undefined || type !== undefined) throw new Error("stub: Sheets.Add(Count, Type) is not modelled");
                var ref = after || before;
                var at = ref ? model.sheets.map(function (s) { return s.id; }).indexOf(ref.__desc.sheet) : -1;
                if (ref && at < 0) throw new Error("stub: Sheets.Add beside a sheet that is not there");
                var n = ++model.added, name;
                do { name = "Sheet" + (model.sheets.length + n); n++; } while (model.sheets.some(function (s) { return s.name === name; }));
                var s = { id: model.nextId++, name: name, visible: -1, cells: {} };
                model.sheets.splice(after ? at + 1 : before ? at : 0, 0, s);
                model.active = s.id; // a new sheet is the active one, as in Excel
                return worksheet(model, s);
            }
        });
    }

    function install(data, opts) {
        opts = opts || {};
        var model = new Model(data);
        model.active = model.sheets.length ? model.sheets[0].id : null;
        var store = {}, panes = [];
        var storage = make("PluginStorage", { type: "PluginStorage" }, {
            getItem: function (k) { return Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null; },
            setItem: function (k, v) { store[k] = String(v); }
        });
        function pane(url) {
            var p = { id: panes.length + 1, url: url, visible: false };
            p.object = make("CustomTaskpane", { type: "CustomTaskpane", id: p.id }, {
                get_ID: function () { return p.id; },
                get_Visible: function () { return p.visible; },
                set_Visible: function (v) { p.visible = !!v; },
                Navigate: function (u) { p.url = u; }
            });
            panes.push(p);
            return p.object;
        }
        var book = make("Workbook", { type: "Workbook" }, {
            get_Name: function () { return model.name; },
            get_Sheets: function () { return sheets(model); }
        });
        var app = make("Application", { type: "Application" }, {
            get_ActiveWorkbook: function () { return opts.noBook ? null : book; },
            get_ScreenUpdating: function () { return model.screenUpdating; },
            set_ScreenUpdating: function (v) { model.screenUpdating = !!v; },
            get_DisplayAlerts: function () { return model.displayAlerts; },
            set_DisplayAlerts: function (v) { model.displayAlerts = !!v; },
            get_PluginStorage: function () { return storage; },
            CreateTaskPane: function (url) { return pane(url); },
            GetTaskPane: function (id) { var p = panes[id - 1]; return p ? p.object : null; },
            ShowDialog: function () { }
        });
        state.model = model;
        state.calls.length = 0;
        state.missing.length = 0;
        state.alerts.length = 0;
        Object.defineProperty(root, "Application", { value: app, configurable: true, writable: true });
        root.alert = function (text) {
            state.alerts.push(String(text));
            record({ on: { type: "window" }, op: "alert", member: "alert", args: [String(text)] });
        };
        return app;
    }

    /** The workbook as it is now (for the tests): sheets in order, cells, the active sheet. */
    function snapshot() {
        var m = state.model;
        return {
            name: m.name, active: m.active, selection: m.selection, screenUpdating: m.screenUpdating,
            displayAlerts: m.displayAlerts,
            sheets: m.sheets.map(function (s) {
                var cells = {};
                Object.keys(s.cells).forEach(function (k) {
                    var rc = k.split(",").map(Number), c = s.cells[k];
                    if (c.v !== null || c.fill || c.note !== null) cells[colLetters(rc[1]) + rc[0]] = c;
                });
                return { id: s.id, name: s.name, visible: s.visible, cells: cells };
            })
        };
    }

    /** A ribbon control as WPS passes it to OnAction / GetImage. */
    function control(id) {
        return make("RibbonControl", { type: "RibbonControl", id: id }, { get_Id: function () { return id; } });
    }

    root.XlreconStub = {
        MEMBERS: MEMBERS, install: install, snapshot: snapshot, control: control,
        get calls() { return state.calls; }, get missing() { return state.missing; }, get alerts() { return state.alerts; },
        take: function () { var out = state.calls.slice(); state.calls.length = 0; return out; }
    };
})(typeof window !== "undefined" ? window : this);
