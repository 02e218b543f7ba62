"""``xlrecon wps build``: the WPS add-in's deployment folder for a bureau's IT staff, and the
add-in served by ``xlrecon serve`` at /wps/ for deploying it online."""

from __future__ import annotations

import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT

ADDIN = ROOT / "wps"
pytestmark = pytest.mark.skipif(not (ADDIN / "ribbon.xml").is_file(), reason="the add-in (wps/) is not in this tree")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_build_writes_the_add_in_and_both_lists_and_never_overwrites(tmp_path):
    out = tmp_path / "部署"
    r = cli("wps", "build", "--output", str(out), "--service", "http://10.1.2.3:8765")
    assert r.returncode == 0, r.stderr
    copied = sorted(p.relative_to(out / "xlrecon") for p in (out / "xlrecon").rglob("*") if p.is_file())
    source = sorted(p.relative_to(ADDIN) for p in ADDIN.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert copied == source and (out / "xlrecon" / "ribbon.xml").read_bytes() == (ADDIN / "ribbon.xml").read_bytes()
    online = ET.parse(out / "jsplugins-online.xml").getroot()
    [entry] = online
    assert entry.tag == "jspluginonline" and entry.get("type") == "et"
    assert entry.get("url") == "http://10.1.2.3:8765/wps/" and entry.get("name") == "xlrecon"
    [entry] = ET.parse(out / "jsplugins-offline.xml").getroot()
    assert entry.tag == "jsplugin" and entry.get("url") == (out / "xlrecon").resolve().as_uri() + "/"
    ini = (out / "oem.ini.txt").read_text(encoding="utf-8")
    assert "JsApiPlugin=true" in ini and "JSPluginsServer=" in ini
    before = (out / "jsplugins-online.xml").read_bytes()
    r = cli("wps", "build", "--output", str(out))
    assert r.returncode == 2 and "已存在" in r.stderr and "Traceback" not in r.stderr
    assert (out / "jsplugins-online.xml").read_bytes() == before


def test_serve_serves_the_add_in_for_online_deployment(tmp_path):
    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from xlrecon.web.app import Settings, create_app

    with TestClient(create_app(Settings(root=tmp_path / "jobs"))) as c:
        r = c.get("/wps/ribbon.xml")
        assert r.status_code == 200 and r.content == (ADDIN / "ribbon.xml").read_bytes()
        assert c.get("/wps/").status_code == 200  # its entry page
        assert c.get("/wps/../pyproject.toml").status_code == 404
