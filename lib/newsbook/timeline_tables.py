"""The tables of the timeline chapter for the outlets a reader chose, ready to show.

``marked_ledger(claims)``
    :func:`newsbook.quantities.ledger_rows` of the claims, with ``quantity`` marked
    "(earlier event)" where the figure counts an earlier event.
``chrome_dates(corpus)``
    the :func:`newsbook.temporal.date_expressions` that stand in page chrome (captions, headers,
    footers), with ``sentence`` renamed ``paragraph``: the chrome is not read as sentences.
"""

from __future__ import annotations


import pandas as pd

from newsbook.corpus import Corpus
from newsbook.quantities import ledger_rows
from newsbook.temporal import date_expressions


def marked_ledger(claims: pd.DataFrame) -> pd.DataFrame:
    """The ledger of the claims, one row a figure, figures about earlier events marked as such.

    Args:
        claims: a :func:`newsbook.quantities.quantities_table` frame (``historical`` among its columns).
    """
    ledger = ledger_rows(claims)
    return ledger.assign(quantity=[f"{q} (earlier event)" if h else q for q, h in zip(ledger["quantity"], ledger["historical"])])


def chrome_dates(corpus: Corpus) -> pd.DataFrame:
    """The dates named in page chrome: they date the page or its pictures, not the events reported."""
    dates = date_expressions(corpus, include_chrome=True)
    return dates[dates["chrome"]].rename(columns={"sentence": "paragraph"})
