"""Find the learner's file in the submission, grade it, and always leave a valid results.json for Gradescope.

run_autograder calls this with the Python that setup.sh installed the grader into. It uses only the standard
library, so it can still explain a failed setup in results.json.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

NOT_YOUR_WORK = "This is not a problem with your work; please tell your instructor."
SHOWN = 3000
LISTED = 10


class NoSubmission(Exception):
    """The submission does not hold exactly one file the step can grade; the text says what to resubmit."""


def received(folder: Path) -> list[str]:
    """Every file the learner submitted, relative to the submission folder, skipping hidden folders like .git."""
    if not folder.is_dir():
        return []
    found = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        found += [str((Path(directory) / name).relative_to(folder)) for name in sorted(names)]
    return found


def _listing(paths: list[str]) -> str:
    shown = ", ".join(paths[:LISTED])
    return shown + (f" and {len(paths) - LISTED} more" if len(paths) > LISTED else "")


def find_submission(folder: Path, config: dict) -> Path | None:
    """The learner's file to grade, None when the step grades the whole folder; NoSubmission explains what is wrong."""
    files = received(folder)
    step, names, patterns = config["step"], config["names"], config["patterns"]
    if not config["file"]:
        if not files:
            raise NoSubmission(f"Your submission is empty, so {step} has nothing to grade. "
                               "Submit your project's files.")
        return None
    wanted = " or ".join(names) + f" (or a single {' or '.join(patterns)} file)"
    for matches in ([p for p in files if Path(p).name in names],
                    [p for p in files if any(fnmatch.fnmatch(Path(p).name, pattern) for pattern in patterns)]):
        if len(matches) == 1:
            return folder / matches[0]
        if len(matches) > 1:
            raise NoSubmission(f"Several files could be your {step} submission: {_listing(matches)}. "
                               f"Submit only one, or name the one to grade {names[0]}.")
    got = _listing(files) if files else "no files at all"
    raise NoSubmission(f"No file to grade: {step} grades {wanted}, and your submission has {got}. "
                       f"Resubmit with your work in {names[0]}.")


def results_are_valid(path: Path) -> bool:
    """Whether path holds a results.json Gradescope can show: a score, or a score on every test."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(document, dict) or not isinstance(document.get("tests", []), list):
        return False
    return "score" in document or all(isinstance(t, dict) and "score" in t for t in document["tests"])


def write_message(path: Path, text: str) -> None:
    """A results.json with score 0 and text shown to the learner."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"score": 0, "output": text, "tests": []}, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def _tail(text: str) -> str:
    text = text.strip()
    return text if len(text) <= SHOWN else f"… (the first {len(text) - SHOWN} characters are cut)\n{text[-SHOWN:]}"


def explain_failure(completed: subprocess.CompletedProcess) -> str:
    """What to tell the learner when the grader ended without writing results."""
    said = _tail(completed.stderr or completed.stdout or "")
    if completed.returncode == 2:
        return f"The grader could not grade your submission:\n\n{said}"
    return (f"The grader stopped with an error (exit code {completed.returncode}) before it finished, so this "
            f"submission was not graded. {NOT_YOUR_WORK}\n\n{said}")


def grade(root: Path) -> None:
    """Grade the submission under root and write root/results/results.json."""
    results = root / "results" / "results.json"
    submission = root / "submission"
    config = json.loads((root / "source" / "autograder.json").read_text(encoding="utf-8"))
    try:
        chosen = find_submission(submission, config)
    except NoSubmission as problem:
        print(f"autograde: {problem}")
        write_message(results, str(problem))
        return
    extra = list(config["extra"])
    if config["server"] and not any(a == "--cwd" or a.startswith("--cwd=") for a in extra):
        extra += ["--cwd", str(submission)]
    command = [sys.executable, "-m", "grader", config["step"], *([str(chosen)] if chosen else []), *extra,
               "--format", "gradescope", "-o", str(results)]
    print(f"autograde: {shlex.join(command)}", flush=True)
    completed = subprocess.run(command, cwd=submission, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    print(f"autograde: exit code {completed.returncode}\n{completed.stdout}{completed.stderr}", flush=True)
    if not results_are_valid(results):
        write_message(results, explain_failure(completed))


def main() -> None:
    root = Path(sys.argv[1])
    try:
        grade(root)
    except Exception as exc:
        print(f"autograde: {type(exc).__name__}: {exc}")
        write_message(root / "results" / "results.json",
                      f"The autograder failed ({type(exc).__name__}: {exc}), so this submission was not graded. "
                      f"{NOT_YOUR_WORK}")


if __name__ == "__main__":
    main()
