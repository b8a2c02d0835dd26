"""Large hidden inputs made from a seed, so the bank stays small: each returns the arguments and their size."""

from __future__ import annotations

import random
from collections.abc import Callable

Generated = tuple[list, str]


def _ints(rng: random.Random, size: int, low: int = -10_000, high: int = 10_000) -> list[int]:
    return [rng.randint(low, high) for _ in range(size)]


def random_ints(rng: random.Random, size: int) -> Generated:
    return [_ints(rng, size)], f"an array of {size:,} numbers"


def ints_and_target(rng: random.Random, size: int) -> Generated:
    return [_ints(rng, size, -20, 20), rng.randint(-30, 30)], f"an array of {size:,} numbers"


def distinct_ints(rng: random.Random, size: int) -> Generated:
    return [rng.sample(range(-10 * size, 10 * size), size)], f"an array of {size:,} distinct numbers"


def positive_ints(rng: random.Random, size: int) -> Generated:
    return [_ints(rng, size, 1, 10_000)], f"an array of {size:,} numbers"


def falling_temperatures(rng: random.Random, size: int) -> Generated:
    temps = sorted(_ints(rng, size, 30, 100), reverse=True)
    return [temps], f"{size:,} temperatures, mostly falling"


def one_pair_sum(rng: random.Random, size: int) -> Generated:
    """Only one pair can reach the target: the others are multiples of 4, the pair is 1 and 2 modulo 4."""
    others = [4 * x for x in rng.sample(range(-5 * size, 5 * size), size - 2)]
    a, b = 4 * rng.randint(0, size) + 1, 4 * rng.randint(0, size) + 2
    nums = others + [a, b]
    rng.shuffle(nums)
    return [nums, a + b], f"an array of {size:,} numbers"


def shuffled_permutation(rng: random.Random, size: int) -> Generated:
    nums = list(range(size + 1))
    nums.remove(rng.randint(0, size))
    rng.shuffle(nums)
    return [nums], f"an array of {size:,} numbers"


def late_majority(rng: random.Random, size: int) -> Generated:
    """The majority value fills the second half, so counting each value from the start is slow."""
    winner = rng.randint(-1000, 1000)
    others = [x for x in rng.sample(range(-10 * size, 10 * size), size) if x != winner][: size - size // 2 - 1]
    return [others + [winner] * (size - len(others))], f"an array of {size:,} numbers"


def sparse_zeroes(rng: random.Random, size: int) -> Generated:
    return [[0 if rng.random() < 0.5 else rng.randint(1, 99) for _ in range(size)]], f"an array of {size:,} numbers"


def anagram_pair(rng: random.Random, size: int) -> Generated:
    s = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
    t = list(s)
    rng.shuffle(t)
    return [s, "".join(t)], f"two strings of {size:,} letters"


def late_unique(rng: random.Random, size: int) -> Generated:
    """Every letter but one appears twice, and the single one is near the end."""
    letters = "abcdefghijklmnopqrstuvwxy"
    body = [rng.choice(letters) for _ in range(size // 2)]
    body += body
    rng.shuffle(body)
    return ["".join(body) + "z" + "ab"], f"a string of {len(body) + 3:,} letters"


def distinct_string(rng: random.Random, size: int) -> Generated:
    chars = [chr(0x100 + i) for i in range(size)]
    rng.shuffle(chars)
    return ["".join(chars) * 2], f"a string of {2 * size:,} characters"


def two_letter_string(rng: random.Random, size: int) -> Generated:
    return ["".join(rng.choice("ab") for _ in range(size))], f"a string of {size:,} letters"


def deep_tree(rng: random.Random, size: int) -> Generated:
    """A tree of `size` nodes whose longest path is about size/10 deep, as a level-order list."""
    spine = max(1, size // 10)
    children: list[list[int | None]] = [[None, None] for _ in range(size)]
    for i in range(1, spine):
        children[i - 1][rng.randint(0, 1)] = i
    free = [(i, side) for i in range(spine) for side in (0, 1) if children[i][side] is None]
    for i in range(spine, size):
        pick = rng.randrange(len(free))
        free[pick], free[-1] = free[-1], free[pick]
        parent, side = free.pop()
        children[parent][side] = i
        free += [(i, 0), (i, 1)]
    values = [rng.randint(-1000, 1000) for _ in range(size)]
    order, level = [], [0]
    while level:
        following = []
        for node in level:
            order.append(values[node] if node is not None else None)
            if node is not None:
                following += children[node]
        level = following
    while order and order[-1] is None:
        order.pop()
    return [order], f"a tree of {size:,} nodes, {spine:,} levels deep"


def long_path_graph(rng: random.Random, size: int) -> Generated:
    order = list(range(size))
    rng.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(size - 1)]
    rng.shuffle(edges)
    return [size, edges], f"a graph of {size:,} nodes and {size - 1:,} edges"


def many_components(rng: random.Random, size: int) -> Generated:
    edges = [[rng.randrange(size), rng.randrange(size)] for _ in range(size // 2)]
    return [size, edges], f"a graph of {size:,} nodes and {len(edges):,} edges"


def path_endpoints(rng: random.Random, size: int) -> Generated:
    order = list(range(size))
    rng.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(size - 1)]
    edges += [[rng.randrange(size), rng.randrange(size)] for _ in range(size // 100)]
    rng.shuffle(edges)
    return [size, edges, order[0], order[-1]], f"a graph of {size:,} nodes and {len(edges):,} edges"


def course_chain(rng: random.Random, size: int) -> Generated:
    order = list(range(size))
    rng.shuffle(order)
    prerequisites = [[order[i + 1], order[i]] for i in range(size - 1)]
    rng.shuffle(prerequisites)
    return [size, prerequisites], f"{size:,} courses and {size - 1:,} prerequisites"


def coins_and_amount(rng: random.Random, size: int) -> Generated:
    coins = sorted(rng.sample(range(7, 60), 6))
    return [coins, size], f"amount {size:,} with {len(coins)} coins"


GENERATORS: dict[str, Callable[[random.Random, int], Generated]] = {
    name: value for name, value in globals().items()
    if not name.startswith("_") and callable(value) and getattr(value, "__module__", "") == __name__
}


def generate(name: str, size: int, seed: int) -> Generated:
    """The arguments made by generator `name` for `size` and `seed`, and how to describe their size to a learner."""
    return GENERATORS[name](random.Random(seed), size)
