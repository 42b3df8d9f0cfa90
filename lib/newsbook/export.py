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


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """``frame`` as deterministic UTF-8 CSV bytes (``\n`` line ends, floats to 6 significant digits)."""
    return frame.to_csv(index=False, lineterminator="\n", float_format="%.6g").encode("utf-8")


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
