"""The rows of a table that come from the outlets a reader chose (every chapter's ``outlets`` parameter)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from newsbook.errors import CorpusError


def select_outlets(frame: pd.DataFrame, outlets: Iterable[str], *, check: bool = True) -> pd.DataFrame:
    """The rows of ``frame`` from ``outlets`` (all rows when it is empty), numbered from 0.

    Args:
        frame: any table with an ``outlet`` column.
        outlets: outlet names as the manifest writes them.
        check: refuse an outlet the table does not have; ``False`` for a table that may lack
            rows of an outlet the corpus has (the parameter is checked against another table).

    Raises:
        CorpusError: ``check`` and an outlet the table does not have (field ``outlets``).
    """
    outlets = [outlets] if isinstance(outlets, str) else list(outlets)  # "AP" is one outlet, not two letters
    if outlets and check:
        unknown = sorted(set(outlets) - set(frame["outlet"]))
        if unknown:
            known = ", ".join(sorted(frame["outlet"].unique()))
            raise CorpusError("parameters", "outlets", f"unknown outlet {unknown[0]!r}; the corpus has: {known}")
    rows = frame[frame["outlet"].isin(outlets)] if outlets else frame
    return rows if rows.index.equals(pd.RangeIndex(len(rows))) else rows.reset_index(drop=True)
