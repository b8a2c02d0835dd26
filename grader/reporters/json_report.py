"""The `--format json` reporter: one document per run, valid against grader/schemas/result.schema.json."""

from __future__ import annotations

import json

from grader.report import Report
from grader.reporters.document import DocumentReporter


class JsonReporter(DocumentReporter):
    def render(self, report: Report) -> str:
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
