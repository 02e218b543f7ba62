"""The WPS add-in (``wps/`` of the repository): where its files are, and the deployment folder
``xlrecon wps build`` makes of them for a bureau's IT staff.

Two ways to deploy, as WPS loads add-ins:

- **online**: ``xlrecon serve`` serves the add-in at ``/wps/``; each PC's ``jsplugins.xml`` lists it
  as a ``jspluginonline`` entry with that address, and WPS loads it from the service on every start;
- **offline**: the add-in's files copied to each PC; ``jsplugins.xml`` lists them as a ``jsplugin``
  entry with their ``file:///`` address (or with the ``.7z`` that ``npx wpsjs build`` packs them
  into, where WPS asks for one).

Either way ``oem.ini`` (in WPS's ``office6/cfgs`` folder) names the ``jsplugins.xml`` file, and
the add-in calls the service on the PC (``http://127.0.0.1:8765`` by default, 设置 to change).
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAME = "xlrecon"
#: WPS's add-in type for its spreadsheet application (et: 表格)
KIND = "et"


def addin_folder() -> Path | None:
    """The add-in's files (``wps/`` of the repository, installed as ``xlrecon.wps_addin``),
    None when this installation has none."""
    try:
        folder = Path(str(resources.files("xlrecon.wps_addin")))
    except ModuleNotFoundError:
        folder = Path(__file__).resolve().parents[2] / "wps"
    return folder if (folder / "ribbon.xml").is_file() else None


def jsplugins(online: str | None, offline: Path | None, version: str) -> str:
    """A ``jsplugins.xml`` listing the add-in: from ``online`` (the service's /wps/ address),
    or from the ``offline`` folder of its files."""
    lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<jsplugins>"]
    if online:
        lines.append(f"  <jspluginonline name={quoteattr(NAME)} type={quoteattr(KIND)} url={quoteattr(online)} "
                     f"debug=\"\" enable=\"enable\" install=\"null\"/>")
    if offline is not None:
        url = offline.resolve().as_uri() + "/"
        lines.append(f"  <jsplugin name={quoteattr(NAME)} type={quoteattr(KIND)} url={quoteattr(url)} "
                     f"version={quoteattr(version)} enable=\"true\"/>")
    lines.append("</jsplugins>")
    return "\n".join(lines) + "\n"


def oem_ini(jsplugins_path: str) -> str:
    """The lines ``oem.ini`` needs: add-ins on, and where the add-in list is."""
    return ("[Support]\nJsApiPlugin=true\n\n[Server]\n"
            f"JSPluginsServer={jsplugins_path}\n")


def build(output: Path, *, service: str = "http://127.0.0.1:8765", version: str = "1.0.0") -> list[Path]:
    """Write the deployment folder: ``xlrecon/`` (the add-in's files), ``jsplugins-online.xml``
    (the add-in from ``service``/wps/), ``jsplugins-offline.xml`` (from the copied files, at the
    address they have here: copy the folder to the same place on each PC, or edit the address),
    and ``oem.ini.txt`` (the lines to add to WPS's ``oem.ini``). Returns the files written.
    Raises FileNotFoundError when this installation has no add-in, FileExistsError when
    ``output`` holds one already (nothing is overwritten)."""
    source = addin_folder()
    if source is None:
        raise FileNotFoundError("wps")
    output = Path(output)
    target = output / NAME
    if target.exists():
        raise FileExistsError(str(target))
    output.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__init__.py", "__pycache__", "*.pyc"))
    written = [target]
    online = service.rstrip("/") + "/wps/"
    for name, text in (("jsplugins-online.xml", jsplugins(online, None, version)),
                       ("jsplugins-offline.xml", jsplugins(None, target, version)),
                       ("oem.ini.txt", oem_ini(str((output / "jsplugins.xml").resolve())))):
        path = output / name
        if path.exists():
            raise FileExistsError(str(path))
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
