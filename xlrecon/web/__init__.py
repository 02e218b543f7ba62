"""The web front end (``xlrecon serve``): a page in the browser for staff who have no
Excel-with-Python (WPS offices, locked-down PCs), over the same library API as the CLI.

``app.py`` is the ASGI app (FastAPI): the HTTP API, whose JSON is the CLI's, and the page;
``jobs.py`` runs each upload's check or batch in the background and keeps its files in a
private folder until they expire; ``uploads.py`` takes uploads in safely (sizes, counts,
names, the members of a .zip); ``static/`` is the page itself (HTML, CSS and JavaScript,
shipped in the package: no CDN, no build step). Nothing here checks anything.
"""
