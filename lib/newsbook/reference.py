"""Read a curated reference table from ``data/`` (terms, frames ...), with one-line errors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from newsbook.errors import CorpusError


def read_reference_csv(path: str | Path, *, field: str, what: str, columns: Sequence[str]) -> pd.DataFrame:
    """The CSV at ``path`` as text columns (empty cells stay ``""``).

    Raises:
        CorpusError: the file is missing (``field``: ``what`` not found) or lacks one of ``columns``.
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(path, field, f"{what} not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise CorpusError(path, f"column {missing[0]!r}", "required column is missing")
    return table
