"""Finding a cohort's submissions: one file or folder per learner, or a CSV roster of learners and their server URLs."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from grader.checker import Checker
from grader.outcome import CannotGrade
from grader.steps import Step
from grader.submission_files import NoSubmission, find_submission

LEARNER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}")
ROSTER_BYTES = 5_000_000


@dataclass(frozen=True)
class Submission:
    """One learner's work: the arguments that grade it (as on the command line) and what identifies its content."""

    learner: str
    args: tuple[str, ...]
    source: Path | None
    url: str = ""
    problem: str = ""

    @property
    def in_container(self) -> bool:
        return bool(self.args) and self.args[0] == "--build"


def find_submissions(step: Step, checker: Checker, submissions: Path) -> list[Submission]:
    """Every learner in SUBMISSIONS (a folder, or a CSV roster for steps graded by URL), sorted by learner id."""
    if not submissions.exists():
        raise CannotGrade(f"{submissions} does not exist; give a folder with one file or folder per learner"
                          f"{' or a CSV roster (learner,url)' if _takes_url(checker) else ''}")
    if submissions.is_file():
        if submissions.suffix.lower() != ".csv":
            raise CannotGrade(f"{submissions} is a file; give a folder with one file or folder per learner"
                              f"{' or a CSV roster (learner,url)' if _takes_url(checker) else ''}")
        if not _takes_url(checker):
            raise CannotGrade("a CSV roster of URLs only suits steps graded by URL; give a folder of submissions")
        found = _from_roster(submissions)
    else:
        found = _from_folder(step, checker, submissions.absolute())
    if not found:
        raise CannotGrade(f"{submissions} holds no submissions (hidden files and folders are ignored)")
    return sorted(found, key=lambda s: s.learner)


def _takes_url(checker: Checker) -> bool:
    return any(p.name == "url" for p in checker.params)


def _takes_build(checker: Checker) -> bool:
    return any(p.name == "build" for p in checker.params)


def _from_folder(step: Step, checker: Checker, folder: Path) -> list[Submission]:
    seen: dict[str, Path] = {}
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.is_symlink() and not entry.exists():
            continue
        learner = entry.name if entry.is_dir() else entry.stem
        if learner in seen:
            raise CannotGrade(f"two submissions for learner {learner!r}: {seen[learner].name} and {entry.name}; "
                              "keep one per learner")
        seen[learner] = entry
        found.append(_submission(step, checker, learner, entry))
    return found


def _submission(step: Step, checker: Checker, learner: str, entry: Path) -> Submission:
    """A folder with a Dockerfile is built (API steps); in other folders the step's file is found as on Gradescope."""
    if not entry.is_dir():
        return Submission(learner, (str(entry),), entry)
    if _takes_build(checker) and (entry / "Dockerfile").is_file():
        return Submission(learner, ("--build", str(entry)), entry)
    if not step.files:
        return Submission(learner, (str(entry),), entry, problem=f"{entry} is a folder; {step.name} grades a server "
                          "(a roster of URLs, or a folder with a Dockerfile)")
    try:
        return Submission(learner, (str(find_submission(entry, step.name, step.files, step.patterns)),), entry)
    except NoSubmission as problem:
        return Submission(learner, (str(entry),), entry, problem=str(problem))


def _from_roster(roster: Path) -> list[Submission]:
    """A CSV with a header naming `learner` and `url` columns; each learner once, each id safe as a file name."""
    if roster.stat().st_size > ROSTER_BYTES:
        raise CannotGrade(f"{roster} is over {ROSTER_BYTES // 1_000_000} MB; a roster is one line per learner")
    try:
        text = roster.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CannotGrade(f"cannot read the roster {roster}: {getattr(exc, 'strerror', None) or exc}") from None
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or not {"learner", "url"} <= set(rows[0]):
        raise CannotGrade(f"{roster} needs a header line `learner,url` and one line per learner")
    found: dict[str, Submission] = {}
    for number, row in enumerate(rows, start=2):
        learner, url = (row.get("learner") or "").strip(), (row.get("url") or "").strip()
        if not LEARNER_ID.fullmatch(learner):
            raise CannotGrade(f"{roster} line {number}: learner id {learner!r} must be letters, digits and . _ @ + - "
                              "(it names the learner's result file)")
        if learner in found:
            raise CannotGrade(f"{roster} line {number}: learner {learner!r} is listed twice")
        problem = "" if url.lower().startswith(("http://", "https://")) else (
            f"{url!r} is not an http:// or https:// URL of a running server")
        found[learner] = Submission(learner, (url,), None, url=url, problem=problem)
    return list(found.values())
