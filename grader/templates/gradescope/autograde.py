"""Find the learner's file in the submission, grade it, and always leave a valid results.json for Gradescope.

run_autograder calls this with the Python that setup.sh installed the grader into. It uses only the standard
library and the bundled grader's submission_files (standard library only too), so it can still explain a failed setup.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "grader-src"))  # the bundled grader's own rule

from grader.submission_files import NoSubmission, received  # noqa: E402
from grader.submission_files import find_submission as find_file

NOT_YOUR_WORK = "This is not a problem with your work; please tell your instructor."
SHOWN = 3000


def find_submission(folder: Path, config: dict) -> Path | None:
    """The learner's file to grade, None when the step grades the whole folder; NoSubmission explains what is wrong."""
    if not config["file"]:
        if not received(folder):
            raise NoSubmission(f"Your submission is empty, so {config['step']} has nothing to grade. "
                               "Submit your project's files.")
        return None
    return find_file(folder, config["step"], config["names"], config["patterns"])


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
