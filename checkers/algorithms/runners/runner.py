"""Runs inside the sandbox: loads solutions.py, calls one function on every test of job.json, one JSON line each."""

import importlib.util
import json
import sys
import traceback
from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def build_tree(values, node_class):
    """The tree of a level-order list with None for a missing child, made of the learner's TreeNode if they have one."""
    if not values or values[0] is None:
        return None

    def make(value):
        node = node_class(value)
        node.left = node.right = None
        return node

    root = make(values[0])
    waiting, index = deque([root]), 1
    while waiting and index < len(values):
        node = waiting.popleft()
        for side in ("left", "right"):
            if index < len(values) and values[index] is not None:
                child = make(values[index])
                setattr(node, side, child)
                waiting.append(child)
            index += 1
    return root


def short_traceback():
    lines = traceback.format_exc().strip().splitlines()
    return "\n".join(lines[-6:])


def main():
    with open("job.json", encoding="utf-8") as handle:
        job = json.load(handle)
    with open("results.jsonl", "w", encoding="utf-8") as out:

        def emit(record):
            out.write(json.dumps(record) + "\n")
            out.flush()

        run(job, emit)


def run(job, emit):
    sys.setrecursionlimit(200_000)
    try:
        spec = importlib.util.spec_from_file_location("solutions", "solutions.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["solutions"] = module
        spec.loader.exec_module(module)
    except BaseException:
        emit({"load_error": short_traceback()})
        return
    function = getattr(module, job["function"], None)
    if not callable(function):
        emit({"missing": True})
        return
    node_class = getattr(module, "TreeNode", TreeNode)
    for args in job["tests"]:
        args = [build_tree(a, node_class) if i in job["tree_args"] else a for i, a in enumerate(args)]
        try:
            result = function(*args)
        except Exception:
            emit({"error": short_traceback()})
            continue
        try:
            emit({"ok": result})
        except (TypeError, ValueError):
            emit({"unjsonable": type(result).__name__})


main()
