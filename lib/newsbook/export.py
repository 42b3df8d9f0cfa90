"""Write every table the book uses as CSV: the registry behind ``python -m newsbook export``.

Each chapter's module adds its tables to :data:`TABLES` as ``"file.csv": "module:function"``;
the function takes a :class:`~newsbook.corpus.Corpus` and returns a DataFrame. The CSV files are
written deterministically (fixed row order as the function returns it, ``\\n`` line ends,
UTF-8), so two exports of the same corpus are byte-identical.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from newsbook.corpus import Corpus

log = logging.getLogger(__name__)

TABLES: dict[str, str] = {
    "documents.csv": "newsbook.tables:documents_table",
    "paragraphs.csv": "newsbook.tables:paragraphs_table",
    "sentences.csv": "newsbook.tables:sentences_table",
    "quotes.csv": "newsbook.quotes:quotes_table",
    "quote_groups.csv": "newsbook.quote_groups:quote_groups_table",
    "events.csv": "newsbook.events:events_export",
    "figures.csv": "newsbook.quantities:figures_export",
    "term_frequency.csv": "newsbook.termfreq:term_frequency_table",
    "distinctive_terms.csv": "newsbook.distinctive:distinctive_terms_table",
    "mentions.csv": "newsbook.mentions:mentions_table",
    "co_mentions.csv": "newsbook.comention:co_mentions_table",
}


def table_function(name: str) -> Callable[[Corpus], pd.DataFrame]:
    """The function registered for table ``name``."""
    module, _, function = TABLES[name].partition(":")
    return getattr(importlib.import_module(module), function)


FLOAT_FORMAT = "%.6g"


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """``frame`` as deterministic UTF-8 CSV bytes (``\n`` line ends, floats to 6 significant digits)."""
    return _floats_as_text(frame).to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT).encode("utf-8")


def _floats_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its NumPy float columns written out as ``to_csv(float_format=FLOAT_FORMAT)``
    writes them (missing values left missing, so they stay empty), in one pass a column rather than
    a formatting call a value inside the CSV writer; other frames as they are."""
    names = list(frame.columns)
    floats = [name for name, dtype in zip(names, frame.dtypes) if isinstance(dtype, np.dtype) and dtype.kind == "f"]
    if not floats or len(set(names)) != len(names) or not all(isinstance(name, str) for name in names):
        return frame
    written = {}
    for name in floats:
        values = frame[name].to_numpy()
        text = np.empty(len(values), dtype=object)
        text[:] = [FLOAT_FORMAT % value for value in values.tolist()]
        text[np.isnan(values)] = np.nan
        written[name] = text
    return frame.assign(**written)


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` as a deterministic UTF-8 CSV file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(csv_bytes(frame))
    return path


def export_tables(corpus: Corpus, out_dir: str | Path, *, names: Iterable[str] | None = None) -> list[Path]:
    """Write the registered tables (all, or ``names``) into ``out_dir``; return the paths."""
    written = []
    for name in names or TABLES:
        frame = table_function(name)(corpus)
        written.append(write_csv(frame, Path(out_dir) / name))
        log.info("wrote %s (%d rows)", name, len(frame))
    return written
