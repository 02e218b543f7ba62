"""Where the error is: the fewest cells whose change makes every rule of a workbook hold.

Fellegi and Holt's error localisation, as statistics offices run it (R's ``errorlocate``,
Statistics Canada's Banff ``errorloc``), on a workbook's own rules: the ``total``, ``rollup``
and ``ratio`` rules written as equations over its cells (:mod:`xlrecon.checks.equations`),
solved by HiGHS (:mod:`.solve`), reported as ``suspect`` findings (:mod:`.suspects`).
"""

from xlrecon.locate.suspects import locate

__all__ = ["locate"]
