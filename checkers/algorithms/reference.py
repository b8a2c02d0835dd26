"""The grader's own solutions: they compute the expected answer of every hidden and generated test."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable

from checkers.algorithms.trees import TreeNode


def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []


def contains_duplicate(nums: list[int]) -> bool:
    return len(set(nums)) != len(nums)


def is_anagram(s: str, t: str) -> bool:
    return Counter(s) == Counter(t)


def first_unique_char(s: str) -> int:
    counts = Counter(s)
    return next((i for i, c in enumerate(s) if counts[c] == 1), -1)


def majority_element(nums: list[int]) -> int:
    return Counter(nums).most_common(1)[0][0]


def move_zeroes(nums: list[int]) -> list[int]:
    kept = [x for x in nums if x != 0]
    return kept + [0] * (len(nums) - len(kept))


def max_profit(prices: list[int]) -> int:
    best, low = 0, None
    for p in prices:
        low = p if low is None else min(low, p)
        best = max(best, p - low)
    return best


def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)


def length_of_longest_substring(s: str) -> int:
    last: dict[str, int] = {}
    start = best = 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= start:
            start = last[c] + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best


def longest_palindrome(s: str) -> int:
    best = 0
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        best = max(best, hi - lo - 1)
    return best


def max_subarray(nums: list[int]) -> int:
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best


def subarray_sum(nums: list[int], k: int) -> int:
    seen = Counter({0: 1})
    total = count = 0
    for x in nums:
        total += x
        count += seen[total - k]
        seen[total] += 1
    return count


def max_area(heights: list[int]) -> int:
    lo, hi, best = 0, len(heights) - 1, 0
    while lo < hi:
        best = max(best, (hi - lo) * min(heights[lo], heights[hi]))
        if heights[lo] < heights[hi]:
            lo += 1
        else:
            hi -= 1
    return best


def daily_temperatures(temps: list[int]) -> list[int]:
    answer, stack = [0] * len(temps), []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            answer[j] = i - j
        stack.append(i)
    return answer


def _postorder(root: TreeNode | None) -> list[TreeNode]:
    order, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in (node.left, node.right) if child)
    return order[::-1]


def tree_diameter(root: TreeNode | None) -> int:
    height: dict[int, int] = {}
    best = 0
    for node in _postorder(root):
        left, right = height.get(id(node.left), 0), height.get(id(node.right), 0)
        best = max(best, left + right)
        height[id(node)] = 1 + max(left, right)
    return best


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels, level = [], [root] if root else []
    while level:
        levels.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return levels


def _neighbours(n: int, edges: list[list[int]], directed: bool = False) -> list[list[int]]:
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        adjacent[u].append(v)
        if not directed:
            adjacent[v].append(u)
    return adjacent


def count_components(n: int, edges: list[list[int]]) -> int:
    adjacent, seen, count = _neighbours(n, edges), [False] * n, 0
    for start in range(n):
        if seen[start]:
            continue
        count, seen[start], stack = count + 1, True, [start]
        while stack:
            for v in adjacent[stack.pop()]:
                if not seen[v]:
                    seen[v] = True
                    stack.append(v)
    return count


def shortest_path(n: int, edges: list[list[int]], source: int, target: int) -> int:
    adjacent, distance = _neighbours(n, edges), {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in adjacent[u]:
            if v not in distance:
                distance[v] = distance[u] + 1
                queue.append(v)
    return distance.get(target, -1)


def can_finish(n: int, prerequisites: list[list[int]]) -> bool:
    indegree, adjacent = [0] * n, _neighbours(n, [[b, a] for a, b in prerequisites], directed=True)
    for a, _ in prerequisites:
        indegree[a] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    taken = 0
    while ready:
        taken += 1
        for v in adjacent[ready.pop()]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    return taken == n


def coin_change(coins: list[int], amount: int) -> int:
    fewest = [0] + [amount + 1] * amount
    for value in range(1, amount + 1):
        fewest[value] = min([fewest[value - c] + 1 for c in coins if c <= value] or [amount + 1])
    return fewest[amount] if fewest[amount] <= amount else -1


SOLUTIONS: dict[str, Callable] = {name: value for name, value in globals().items() if not name.startswith("_")
                                  and callable(value) and getattr(value, "__module__", "") == __name__}
