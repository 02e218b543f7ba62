/*
 * The task pane: the last run's findings (kept by js/check.js in PluginStorage), each a click
 * away from its cell (the sheet activated, the cell selected).
 */
(function () {
    "use strict";

    function render(app, w, severity) {
        var raw = app.PluginStorage.getItem("xlrecon.last");
        var last = raw ? JSON.parse(raw) : null;
        var list = document.getElementById("findings");
        list.innerHTML = "";
        document.getElementById("title").textContent = w.findings || "";
        var findings = last ? last.findings : [];
        if (!findings.length) {
            var none = document.createElement("li");
            none.textContent = w.no_findings || "";
            list.appendChild(none);
            return;
        }
        var counts = { error: 0, warning: 0, info: 0 };
        findings.forEach(function (f) { counts[f.severity] = (counts[f.severity] || 0) + 1; });
        document.getElementById("counts").textContent = (w.counts || "").replace(/\{(\w+)\}/g, function (m, k) { return counts[k] || 0; });
        findings.forEach(function (f) {
            var li = document.createElement("li");
            li.dataset.sheet = f.sheet || "";
            li.dataset.cell = f.cell || "";
            li.dataset.severity = f.severity;
            var sev = document.createElement("span");
            sev.className = "sev sev-" + f.severity;
            sev.textContent = severity[f.severity] || f.severity;
            var where = document.createElement("span");
            where.className = "where";
            where.textContent = f.cell ? f.sheet + "!" + f.cell : (f.sheet || "");
            var msg = document.createElement("span");
            msg.className = "message";
            msg.textContent = f.message;
            li.appendChild(sev);
            li.appendChild(where);
            li.appendChild(msg);
            li.addEventListener("click", function () {
                var chosen = list.querySelector("li.selected");
                if (chosen) chosen.classList.remove("selected");
                li.classList.add("selected");
                if (f.cell) window.xlrecon.goTo(app, f.sheet, f.cell);
            });
            list.appendChild(li);
        });
    }

    function start() {
        var app = window.Application;
        var settings = window.xlrecon.loadSettings(window.localStorage);
        // the words and the severities' names from the service (GET /api/messages)
        window.fetch(settings.base + "/api/messages?lang=" + encodeURIComponent(settings.lang))
            .then(function (r) { return r.json(); })
            .then(function (m) { render(app, m.web || {}, m.severity || {}); }, function () { render(app, {}, {}); })
            .then(function () { document.body.dataset.ready = "1"; });
    }

    window.addEventListener("load", start);
})();
