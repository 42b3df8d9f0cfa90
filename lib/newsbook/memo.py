"""Compute a table once per corpus: several tables and chapters build on the same steps.

``quotes_table`` feeds the mentions, the quote groups and the China chapter; the date expressions
feed the events and the figures; term counts feed the distinctive words. :func:`per_corpus` keeps
each result on the :class:`~newsbook.corpus.Corpus` object it was computed from, keyed by the
function and its (hashable) options, and hands out copies so that no caller can change what another
one sees. :func:`per_document` does the same for a step on one document whose result is immutable
(a tuple of frozen records), handed out as is.

While a corpus-wide step runs, the garbage collector looks only at the objects made during it
(:func:`young_objects_collected`): the corpus and the caller's objects are set aside with
``gc.freeze()`` and put back with ``gc.unfreeze()`` when the step returns, so a collection no longer
walks every record of every document again (3 % of the time at 10,000 documents). Nothing else of the
collector's state changes, and a caller that has frozen objects itself is left alone.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import inspect
from collections.abc import Callable, Iterator
from typing import TypeVar

import pandas as pd

Result = TypeVar("Result")
Value = TypeVar("Value")


def per_corpus(function: Callable[..., Result]) -> Callable[..., Result]:
    """Memoise ``function(corpus, **options)`` on the corpus; unhashable options are not cached. A
    DataFrame is handed out as a copy; any other result (a step's internal record, the corpus's
    shared normaliser) as it is."""

    signature = inspect.signature(function)

    @functools.wraps(function)
    def cached(corpus, *args: object, **options: object) -> Result:
        try:  # options as the function sees them, defaults filled in: f(c) and f(c, stem=False) share a result
            bound = signature.bind(corpus, *args, **options)
        except TypeError:
            return function(corpus, *args, **options)  # let the function itself refuse the call
        bound.apply_defaults()
        given = list(bound.arguments.items())[1:]
        key = (function.__module__, function.__qualname__, tuple(given))
        try:
            hash(key)
        except TypeError:
            return function(corpus, *args, **options)
        memo = corpus.memo
        if key not in memo:
            with young_objects_collected():
                memo[key] = function(corpus, *args, **options)
        return _hand_out(memo[key])

    return cached


@contextlib.contextmanager
def young_objects_collected() -> Iterator[None]:
    """Within the block, collections look only at objects made in it (see the module docstring). Only
    where nothing is frozen yet does it freeze and unfreeze: a block inside another one, or inside a
    caller's own ``gc.freeze()``, leaves the frozen objects as they are."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_ALWAYS_COPY_ON_WRITE = int(pd.__version__.split(".")[0]) >= 3


def _hand_out(frame: Result) -> Result:
    """A copy of ``frame`` through which no caller can change the kept result.

    With pandas' copy-on-write (always on from pandas 3, an option in pandas 2) a shallow copy is such
    a copy: a change to it copies the data it touches first, and its NumPy views are read-only, as those
    of a deep copy are. It costs nothing, where a deep copy of a large table (every term of every
    document) takes longer than many of the steps that use it.
    """
    if not isinstance(frame, pd.DataFrame):
        return frame
    if _ALWAYS_COPY_ON_WRITE or pd.options.mode.copy_on_write is True:
        return frame.copy(deep=False)
    return frame.copy()


def per_document(function: Callable[..., Value]) -> Callable[..., Value]:
    """Memoise ``function(corpus, doc)`` on the corpus, per document; the result must be immutable."""

    @functools.wraps(function)
    def cached(corpus, doc) -> Value:
        key = (function.__module__, function.__qualname__, doc.doc_id)
        memo = corpus.memo
        if key not in memo:
            memo[key] = function(corpus, doc)
        return memo[key]

    return cached
