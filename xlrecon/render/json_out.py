"""The JSON contract: exactly ``Report.to_dict(lang)``, printed with its Chinese as is.

:func:`dumps` makes it at once; :func:`write` writes the same text piece by piece (a batch of
300,000 files is never one dict in memory); :class:`Stream` writes a batch's files as they are
done, in the order of the files, then the rest of the report: the text is :func:`dumps`' to the
byte, whichever way it was written.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from xlrecon.findings import FileReport, Report


def dumps(report: Report, lang: str = "zh") -> str:
    return json.dumps(report.to_dict(lang), ensure_ascii=False, indent=2)


def _value(x: Any, depth: int) -> str:
    """``x`` as json.dumps(indent=2) prints it ``depth`` levels down."""
    return json.dumps(x, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


def _head(version: str) -> str:
    return "{\n  " + json.dumps("xlrecon") + ": " + _value(version, 1) + ",\n  " + json.dumps("files") + ": ["


def file_text(fr: FileReport, lang: str = "zh") -> str:
    """One file's report as it stands in a batch's ``files`` list (what a batch's workers make
    for each file they check, so that the parent only writes it out)."""
    return _value(fr.to_dict(lang), 2)


def _item(fr: FileReport, lang: str, first: bool) -> str:
    return ("\n    " if first else ",\n    ") + file_text(fr, lang)


def _tail(report: Report, lang: str, files: int) -> str:
    out = "\n  ]" if files else "]"
    for k, v in report.after_files(lang).items():
        out += ",\n  " + json.dumps(k, ensure_ascii=False) + ": " + _value(v, 1)
    return out + "\n}"


def write(report: Report, out: TextIO, lang: str = "zh") -> None:
    """:func:`dumps`' text written to ``out`` one file at a time."""
    from xlrecon import __version__

    out.write(_head(__version__))
    n = 0
    for fr in report.files:
        out.write(_item(fr, lang, n == 0))
        n += 1
    out.write(_tail(report, lang, n))


class Stream:
    """A batch's JSON written as it runs: :meth:`add` each file's report as it is done (any
    order), and it is written as soon as every file before it is; :meth:`finish` writes the
    rest of the report. Only the files done ahead of one still running are held."""

    def __init__(self, out: TextIO, lang: str = "zh") -> None:
        from xlrecon import __version__

        self.out, self.lang = out, lang
        self.next = 0  # the index of the file to write next
        self.waiting: dict[int, str] = {}
        out.write(_head(__version__))

    def add(self, index: int, fr: FileReport) -> None:
        self._add(index, file_text(fr, self.lang))

    def _add(self, index: int, text: str) -> None:
        self.waiting[index] = text
        while self.next in self.waiting:
            self.out.write(("\n    " if self.next == 0 else ",\n    ") + self.waiting.pop(self.next))
            self.next += 1

    def add_packed(self, index: int, packed: Any) -> None:
        """:meth:`add` for a batch's packed result (:class:`xlrecon.batches.store.Packed`): its
        text as the worker rendered it (:func:`file_text`), or else its report unpacked here."""
        self._add(index, packed.text or file_text(packed.unpack()[0], self.lang))

    def finish(self, report: Report) -> None:
        assert not self.waiting and self.next == len(report.files), "every file added, in order"
        self.out.write(_tail(report, self.lang, self.next))
        self.out.flush()

