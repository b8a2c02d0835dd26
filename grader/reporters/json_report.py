"""The `--format json` reporter: one document per run, valid against grader/schemas/result.schema.json."""

from __future__ import annotations

import json
from typing import TextIO

from grader.outcome import Outcome
from grader.report import Report


class JsonReporter:
    def __init__(self, stream: TextIO, color: bool = False) -> None:
        self.stream = stream

    def start(self, report: Report) -> None:
        pass

    def notice(self, text: str) -> None:
        pass

    def outcome(self, outcome: Outcome) -> None:
        pass

    def finish(self, report: Report) -> None:
        json.dump(report.to_dict(), self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
