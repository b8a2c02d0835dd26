"""The tree convention shared by the bank, the reference and the harness: a level-order list with null for no child."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(eq=False)
class TreeNode:
    val: int
    left: TreeNode | None = None
    right: TreeNode | None = None


def build_tree(values: list[int | None]) -> TreeNode | None:
    """The tree of a level-order list, as LeetCode writes it: [1, null, 2] is 1 with a right child 2."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    waiting, index = deque([root]), 1
    while waiting and index < len(values):
        node = waiting.popleft()
        for side in ("left", "right"):
            if index < len(values) and values[index] is not None:
                child = TreeNode(values[index])
                setattr(node, side, child)
                waiting.append(child)
            index += 1
    return root
