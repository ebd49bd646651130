"""Which of many intervals reach past a point: a max-tree over their ends, for the checks that ask it once per
finding (suppressions covering a line, anchored values under a fix's edits), so a file with thousands of each
is not read once per finding."""

from __future__ import annotations

from typing import List, Sequence


class MaxTree:
    """Values in a fixed order (interval ends, their intervals sorted by start); `reaching(count, floor)` gives
    the positions among the first `count` whose value is at least `floor`, in O((found + 1) log n)."""

    def __init__(self, values: Sequence[int]):
        self.size = 1
        while self.size < len(values):
            self.size *= 2
        self.tree = [-1] * (2 * self.size)
        self.tree[self.size:self.size + len(values)] = values
        for node in range(self.size - 1, 0, -1):
            self.tree[node] = max(self.tree[2 * node], self.tree[2 * node + 1])

    def reaching(self, count: int, floor: int, remove: bool = False) -> List[int]:
        """The positions before `count` whose value is at least `floor`, in order; `remove` drops them."""
        tree, size = self.tree, self.size
        found: List[int] = []
        stack = [(1, 0, size)]
        while stack:
            node, low, high = stack.pop()
            if low >= count or tree[node] < floor:
                continue
            if node >= size:
                found.append(node - size)
                continue
            middle = (low + high) // 2
            stack.append((2 * node + 1, middle, high))
            stack.append((2 * node, low, middle))
        if remove:
            for position in found:
                node = size + position
                tree[node] = -1
                node //= 2
                while node:
                    tree[node] = max(tree[2 * node], tree[2 * node + 1])
                    node //= 2
        return found
