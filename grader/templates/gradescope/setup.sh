#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image: install the grader bundled beside it.
set -euo pipefail
ROOT="${AUTOGRADER_ROOT:-/autograder}"
SOURCE="$ROOT/source"
export PIP_ROOT_USER_ACTION=ignore PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1

find_python() {
  local candidate
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if ! PYTHON="$(find_python)"; then
  echo "setup.sh: the grader needs Python 3.11 or newer; installing python3.11 with apt-get"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3.11 python3-pip
  PYTHON="$(find_python)"
fi
if ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
  "$PYTHON" -m ensurepip --upgrade || {
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y python3-pip
  }
fi

"$PYTHON" -m pip install "$SOURCE/grader-src" __EXTRA_PIP__
"$PYTHON" -c 'import sys; print(sys.executable)' > "$SOURCE/grader-python"
echo "setup.sh: installed $("$PYTHON" -m grader --version) for $PYTHON"
