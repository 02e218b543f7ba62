/*
 * The settings dialog (设置): the service's address, the language, the template, the token
 * (only for a service that is not on this computer); kept in localStorage.
 */
(function () {
    "use strict";

    function start() {
        var x = window.xlrecon;
        var s = x.loadSettings(window.localStorage);
        var $ = function (id) { return document.getElementById(id); };
        $("base").value = s.base;
        $("lang").value = s.lang;
        $("token").value = s.token;
        function words(settings) {
            return x.fetchWords(window.fetch.bind(window), settings).then(function (w) {
                $("l-base").textContent = w["wps.settings.base"];
                $("l-lang").textContent = w["wps.settings.lang"];
                $("l-schema").textContent = w.template;
                $("o-auto").textContent = w["template.auto"];
                $("l-token").textContent = w["wps.settings.token"];
                $("save").textContent = w["wps.settings.save"];
                return w;
            });
        }
        var got = words(s).then(function (w) {
            return window.fetch(s.base + "/api/templates?lang=" + s.lang).then(function (r) { return r.json(); }).then(function (list) {
                list.forEach(function (t) {
                    var o = document.createElement("option");
                    o.value = t.name;
                    o.textContent = t.title ? t.name + "（" + t.title + "）" : t.name;
                    $("schema").appendChild(o);
                });
                $("schema").value = s.schema;
                return w;
            });
        }).catch(function () { $("said").textContent = x.DOWN[s.lang].replace("{url}", s.base); return {}; });
        $("save").addEventListener("click", function () {
            var next = { base: $("base").value.trim() || x.DEFAULT_BASE, lang: $("lang").value, schema: $("schema").value,
                token: $("token").value.trim() };
            x.saveSettings(window.localStorage, next);
            got.then(function (w) { $("said").textContent = w["wps.settings.saved"] || "✓"; });
        });
        got.then(function () { document.body.dataset.ready = "1"; });
    }

    window.addEventListener("load", start);
})();
