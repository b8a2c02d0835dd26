"""Starter files for `grade init`: every problem's statement as a comment above a stub with its signature."""

from __future__ import annotations

import json
import textwrap

from checkers.algorithms.bank import Problem

PY_TREE_NODE = '''class TreeNode:
    """A binary-tree node; the grader builds trees from these (or from your own TreeNode, if you define one)."""

    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right
'''

JS_TREE_NODE = '''class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}
'''


def _examples(problem: Problem, name: str) -> list[str]:
    lines = ["Trees are written as level-order lists here; your function receives the root TreeNode."] \
        if problem.tree_args else []
    for case in problem.cases:
        if case.visible:
            args = ", ".join(json.dumps(arg) for arg in case.args)
            lines.append(f"Example: {name}({args}) -> {json.dumps(case.expected)}")
    return lines


def python_starter(step: int, problems: tuple[Problem, ...]) -> str:
    """solutions.py: one stub per problem that raises until written."""
    parts = [f'"""Step {step}: algorithm problems. Write each function, then run: grade {_command(step)} '
             f'solutions.py"""\n\nfrom __future__ import annotations\n']
    if any(p.tree_args for p in problems):
        parts.append("\n\n" + PY_TREE_NODE)
    for problem in problems:
        comment = [f"{problem.title} ({problem.topic}).", *problem.statement.splitlines(),
                   *_examples(problem, problem.python_name)]
        body = "\n".join(f"# {line}".rstrip() for line in comment)
        parts.append(f"\n\n{body}\ndef {problem.python}:\n    raise NotImplementedError\n")
    return "".join(parts)


def javascript_starter(step: int, problems: tuple[Problem, ...]) -> str:
    """solutions.js: one stub per problem, all exported with module.exports (CommonJS)."""
    parts = [f"// Step {step}: algorithm problems. Write each function, then run: grade {_command(step)} "
             "solutions.js\n'use strict';\n"]
    if any(p.tree_args for p in problems):
        parts.append("\n" + JS_TREE_NODE)
    for problem in problems:
        comment = [f"{problem.title} ({problem.topic}).", *problem.statement.splitlines(),
                   *_examples(problem, problem.javascript_name)]
        body = "\n".join(f"// {line}".rstrip() for line in comment)
        parts.append(f"\n{body}\nfunction {problem.javascript} {{\n  throw new Error('not written yet');\n}}\n")
    names = [p.javascript_name for p in problems] + (["TreeNode"] if any(p.tree_args for p in problems) else [])
    exports = textwrap.fill(", ".join(names), 100, initial_indent="  ", subsequent_indent="  ")
    parts.append(f"\nmodule.exports = {{\n{exports},\n}};\n")
    return "".join(parts)


def _command(step: int) -> str:
    return "step-1 --problems" if step == 1 else f"step-{step}"
