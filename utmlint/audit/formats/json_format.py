"""`--format json`: the report as one JSON object (the keys of `AuditReport.to_dict`)."""

from __future__ import annotations

import json


def render(report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
