/*
 * The ribbon's callbacks (ribbon.xml): WPS calls them by name in the add-in's entry page.
 * The work is done by js/check.js (window.xlrecon), on window.Application and window.fetch.
 */

var XLRECON_TASKPANE_KEY = "xlrecon.taskpane"; // PluginStorage: the task pane's ID
var XLRECON_IMAGES = { btnCheck: "images/check.svg", btnClear: "images/clear.svg", btnFindings: "images/findings.svg",
    btnSettings: "images/settings.svg" };

/** The folder the add-in's pages are served from (as the wpsjs templates' GetUrlPath). */
function XlreconUrlPath() {
    var e = decodeURI(document.location.toString());
    e = e.split("?")[0].split("#")[0];
    return e.indexOf("/") !== -1 ? e.substring(0, e.lastIndexOf("/")) : e;
}

var xlreconRibbon = null; // the ribbon's object (Application.ribbonUI is read-only in the declarations)

/** The first callback WPS makes: keep the ribbon's object. */
function OnAddinLoad(ribbonUI) {
    xlreconRibbon = ribbonUI;
    return true;
}

/** The task pane listing the last run's findings, shown (made the first time, reloaded after). */
function XlreconShowFindings() {
    var app = window.Application;
    var storage = app.PluginStorage;
    var url = XlreconUrlPath() + "/taskpane.html";
    var id = storage.getItem(XLRECON_TASKPANE_KEY);
    var pane = id ? app.GetTaskPane(Number(id)) : null;
    if (!pane) {
        pane = app.CreateTaskPane(url, "xlrecon");
        storage.setItem(XLRECON_TASKPANE_KEY, pane.ID);
    } else {
        pane.Navigate(url);
    }
    pane.Visible = true;
    return pane;
}

/** A run of 核对本工作簿 (clear false) or 清除标记 (clear true); the promise of its result. */
function XlreconRun(clear) {
    var app = window.Application;
    var settings = window.xlrecon.loadSettings(window.localStorage);
    return window.xlrecon.run(app, window.fetch.bind(window), {
        settings: settings, clear: clear, storage: app.PluginStorage,
        alert: function (text) { window.alert(text); }
    }).then(function (result) {
        if (result.ok && !clear && result.answer && result.answer.report) {
            try { XlreconShowFindings(); } catch (e) { /* no task pane: the sheet has it all */ }
        }
        return result;
    });
}

function OnAction(control) {
    switch (control.Id) {
        case "btnCheck":
            XlreconRun(false);
            break;
        case "btnClear":
            XlreconRun(true);
            break;
        case "btnFindings":
            XlreconShowFindings();
            break;
        case "btnSettings":
            window.Application.ShowDialog(XlreconUrlPath() + "/settings.html", "xlrecon", 460 * window.devicePixelRatio,
                360 * window.devicePixelRatio, true);
            break;
        default:
            break;
    }
    return true;
}

function GetImage(control) {
    return XLRECON_IMAGES[control.Id] || "images/check.svg";
}
