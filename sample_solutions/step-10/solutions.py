"""A correct learner's step-10 solutions in Python (recursive where a learner would be)."""

from __future__ import annotations

from collections import defaultdict, deque


def length_of_longest_substring(s):
    window, start, best = set(), 0, 0
    for c in s:
        while c in window:
            window.remove(s[start])
            start += 1
        window.add(c)
        best = max(best, len(window))
    return best


def longest_palindrome(s):
    def grow(lo, hi):
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        return hi - lo - 1

    return max((max(grow(i, i), grow(i, i + 1)) for i in range(len(s))), default=0)


def max_subarray(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best


def subarray_sum(nums, k):
    counts = defaultdict(int, {0: 1})
    total = answer = 0
    for x in nums:
        total += x
        answer += counts[total - k]
        counts[total] += 1
    return answer


def max_area(heights):
    i, j, best = 0, len(heights) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(heights[i], heights[j]))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best


def daily_temperatures(temps):
    answer, waiting = [0] * len(temps), []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer


def tree_diameter(root):
    best = 0

    def height(node):
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)
        return 1 + max(left, right)

    height(root)
    return best


def level_order(root):
    levels, queue = [], deque([root] if root else [])
    while queue:
        levels.append([])
        for _ in range(len(queue)):
            node = queue.popleft()
            levels[-1].append(node.val)
            queue.extend(child for child in (node.left, node.right) if child)
    return levels


def count_components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            components -= 1
    return components


def shortest_path(n, edges, source, target):
    graph = defaultdict(list)
    for u, v in edges:
        graph[u].append(v)
        graph[v].append(u)
    distance, queue = {source: 0}, deque([source])
    while queue:
        u = queue.popleft()
        if u == target:
            return distance[u]
        for v in graph[u]:
            if v not in distance:
                distance[v] = distance[u] + 1
                queue.append(v)
    return -1


def can_finish(n, prerequisites):
    after, needs = defaultdict(list), [0] * n
    for course, before in prerequisites:
        after[before].append(course)
        needs[course] += 1
    ready = deque(c for c in range(n) if needs[c] == 0)
    done = 0
    while ready:
        c = ready.popleft()
        done += 1
        for nxt in after[c]:
            needs[nxt] -= 1
            if needs[nxt] == 0:
                ready.append(nxt)
    return done == n


def coin_change(coins, amount):
    best = [0] + [float("inf")] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
    return -1 if best[amount] == float("inf") else best[amount]
