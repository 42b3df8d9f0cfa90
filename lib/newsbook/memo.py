"""Compute a table once per corpus: several tables and chapters build on the same steps.

``quotes_table`` feeds the mentions, the quote groups and the China chapter; the date expressions
feed the events; term counts feed the distinctive words. :func:`per_corpus` keeps each result on
the :class:`~newsbook.corpus.Corpus` object it was computed from, keyed by the function and its
(hashable) options, and hands out copies so that no caller can change what another one sees.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import pandas as pd

Result = TypeVar("Result", bound=pd.DataFrame)


def per_corpus(function: Callable[..., Result]) -> Callable[..., Result]:
    """Memoise ``function(corpus, **options)`` on the corpus; unhashable options are not cached."""

    @functools.wraps(function)
    def cached(corpus, *args: object, **options: object) -> Result:
        key = (function.__module__, function.__qualname__, args, tuple(sorted(options.items())))
        try:
            hash(key)
        except TypeError:
            return function(corpus, *args, **options)
        memo = corpus.memo
        if key not in memo:
            memo[key] = function(corpus, *args, **options)
        return memo[key].copy()

    return cached
