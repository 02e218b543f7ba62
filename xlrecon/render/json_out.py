"""The JSON contract: exactly ``Report.to_dict(lang)``, printed with its Chinese as is."""

from __future__ import annotations

import json

from xlrecon.findings import Report


def dumps(report: Report, lang: str = "zh") -> str:
    return json.dumps(report.to_dict(lang), ensure_ascii=False, indent=2)
