"""Disjoint sets (union-find): join rows that belong together, then read off the groups.

Events of the same day and wording, and versions of the same remark across outlets, are grouped
this way: each pair found to match is joined, and the groups are the connected sets.
"""

from __future__ import annotations


class DisjointSets:
    """Items ``0 .. size-1``, each starting in a set of its own.

    >>> sets = DisjointSets(4)
    >>> sets.join(0, 2); sets.join(2, 3)
    >>> [sets.root(i) == sets.root(0) for i in range(4)]
    [True, False, True, True]
    """

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, item: int) -> int:
        """The representative of ``item``'s set (path halving keeps lookups near-constant)."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        """Merge the sets of ``a`` and ``b``."""
        self.parent[self.root(a)] = self.root(b)
