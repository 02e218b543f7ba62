"""Two tables side by side: a resubmission against the version it corrects (``diff.py``,
``xlrecon diff``), and two tables of the same things from two sources (``compare.py``,
``xlrecon compare``, 两表核对). ``keys.py`` says when two rows are the same thing: their keys
compared as region names are (spaces, full and half width, former names and short forms
through the region registry)."""
