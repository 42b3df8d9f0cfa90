"""Small pieces of English for the sentences the chapters compose from their numbers.

``join_names`` writes a list as a reader says it ("A, B and C"), ``agree`` picks the word that
agrees with a number ("statement" or "statements", "is" or "are") and ``count_noun`` writes a
number with its noun ("1 time", "1,204 times"). The chapters' ``*_facts`` functions build their
sentences from these, so that every chapter says "A, B and C" and "1 sentence" the same way.
"""

from __future__ import annotations

from collections.abc import Iterable


def join_names(names: Iterable[str], *, empty: str = "none") -> str:
    """The distinct names, in order of first appearance, joined as a reader says them.

    Args:
        names: the names; repeats are dropped.
        empty: what to say when there is no name.

    >>> join_names(["Putin", "Tokayev", "Putin", "Blinken"])
    'Putin, Tokayev and Blinken'
    >>> join_names(["Putin"]), join_names([]), join_names([], empty="nobody")
    ('Putin', 'none', 'nobody')
    """
    names = list(dict.fromkeys(names))
    if not names:
        return empty
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def agree(n: float, singular: str, plural: str | None = None) -> str:
    """The word that agrees with ``n``: ``singular`` for exactly one, else ``plural`` (``singular + "s"``).

    >>> agree(1, "remark"), agree(0, "remark"), agree(2, "appears", "appear"), agree(1.5, "day")
    ('remark', 'remarks', 'appear', 'days')
    """
    return singular if n == 1 else plural if plural is not None else singular + "s"


def count_noun(n: int, noun: str, plural: str | None = None) -> str:
    """A whole number, with thousands separators, and its noun in agreement.

    >>> count_noun(1, "time"), count_noun(0, "outlet"), count_noun(1204, "sentence")
    ('1 time', '0 outlets', '1,204 sentences')
    """
    return f"{n:,} {agree(n, noun, plural)}"
