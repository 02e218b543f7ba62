/*
 * xlrecon's worksheet functions in WPS 表格 (add-in custom functions, WPS 12.1.0.20540 and
 * later; called synchronously, as WPS calls them): =XLRECON.SUMCHECK(B2:B124, B125),
 * =XLRECON.FIXUP(B2:B124, B125), =XLRECON.CONVERT(400, "亿元", "万元").
 *
 * Nothing is computed here: each function asks the xlrecon service on the PC (POST
 * /api/functions/{name}, the same computation as the Excel layer's =xlrecon_sumcheck, in
 * xlrecon/cellfuncs.py) with a synchronous request, since WPS calls custom functions
 * synchronously. Metadata: functions.json (named in manifest.xml); the service's address and
 * token are the settings the ribbon's 设置 keeps.
 */
(function (root) {
    "use strict";

    function settings() {
        var s = (root.xlrecon && root.xlrecon.loadSettings) ? root.xlrecon.loadSettings(root.localStorage) : null;
        return s || { base: "http://127.0.0.1:8765", lang: "zh", token: "" };
    }

    /** A range's values as one list (a row or a column or a block, read row by row), blanks as null. */
    function flat(values) {
        var out = [];
        (function walk(v) {
            if (v instanceof Array) { for (var i = 0; i < v.length; i++) walk(v[i]); }
            else out.push(v === undefined || v === "" ? null : v);
        })(values);
        return out;
    }

    /** The service's value, or an Error with its reason (the cell shows #VALUE!). */
    function call(name, args) {
        var s = settings();
        var xhr = new XMLHttpRequest();
        xhr.open("POST", s.base + "/api/functions/" + name + "?lang=" + s.lang, false);  // synchronous
        xhr.setRequestHeader("Content-Type", "application/json");
        if (s.token) xhr.setRequestHeader("Authorization", "Bearer " + s.token);
        try {
            xhr.send(JSON.stringify({ args: args }));
        } catch (e) {
            throw new Error(s.lang === "en" ? "the xlrecon service is not running (xlrecon serve)"
                                            : "xlrecon 服务未运行（请先运行 xlrecon serve）");
        }
        var answer = {};
        try { answer = JSON.parse(xhr.responseText || "{}"); } catch (e) { /* not JSON: said below */ }
        if (xhr.status !== 200) {
            throw new Error((answer.error && answer.error.message) || ("HTTP " + xhr.status));
        }
        return answer.value;
    }

    var functions = {
        /** [imbalance (parts minus total), what rounding can explain, whether it explains it] */
        SUMCHECK: function (values, total, decimals) {
            return call("sumcheck", decimals === undefined ? [flat(values), total] : [flat(values), total, decimals]);
        },
        /** the parts, each moved by at most one rounding step, adding up to the total exactly (a column) */
        FIXUP: function (values, total, decimals) {
            var fixed = call("fixup", decimals === undefined ? [flat(values), total] : [flat(values), total, decimals]);
            return fixed.map(function (v) { return [v]; });
        },
        /** an amount in another unit of the same kind (400 亿元 -> 4000000 万元) */
        CONVERT: function (amount, fromUnit, toUnit) {
            return call("convert", [amount, fromUnit, toUnit]);
        }
    };
    root["XLRECON"] = functions;  // the namespace manifest.xml gives them (WPS: =XLRECON.SUMCHECK(…))
})(this);
