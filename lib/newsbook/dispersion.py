"""Dispersion: where in each document the tracked terms occur.

A position is measured in words of content, so page chrome and speaker labels never shift it:
``position = word_index / words``, the share of the document's content words that come before the
occurrence (0 is the first word, just under 1 the last). Terms are matched as in
:func:`newsbook.termfreq.tracked_terms` (same normalisation, multi-word terms within a paragraph).

``term_positions``
    ``outlet, doc_id, term, key, start, end, text, word_index, words, position``: one row per
    occurrence; ``doc.text[start:end] == text``. Sorted by document (manifest order), term (as given),
    position.
``dispersion_summary``
    ``outlet, doc_id, term, count, first, last, spread``: per document and term, the first and last
    position and ``spread = last - first`` (0 for a single occurrence; NaN where the term is absent).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from newsbook.corpus import Corpus
from newsbook.terms import term_hits

COLUMNS = ["outlet", "doc_id", "term", "key", "start", "end", "text", "word_index", "words", "position"]


def term_positions(
    corpus: Corpus, terms: Sequence[str], *, stem: bool = False, outlets: Sequence[str] | None = None
) -> pd.DataFrame:
    """Every occurrence of every tracked term, with its position normalised to the document's length.

    Raises:
        CorpusError: the term list is empty, a term holds no word, or an outlet is unknown.
    """
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    for doc, stream, term, keys, hits in term_hits(corpus, terms, stem=stem, outlets=outlets):
        if not len(hits):
            continue
        starts, ends = stream.start[hits], stream.end[hits + len(keys) - 1]
        columns["outlet"].append(np.full(len(hits), doc.outlet, dtype=object))
        columns["doc_id"].append(np.full(len(hits), doc.doc_id, dtype=object))
        columns["term"].append(np.full(len(hits), term, dtype=object))
        columns["key"].append(np.full(len(hits), " ".join(keys), dtype=object))
        columns["start"].append(starts)
        columns["end"].append(ends)
        columns["text"].append(np.array([doc.text[a:b] for a, b in zip(starts, ends)], dtype=object))
        columns["word_index"].append(stream.word_index[hits])
        columns["words"].append(np.full(len(hits), stream.words, dtype=np.int64))
        columns["position"].append(stream.word_index[hits] / max(stream.words, 1))
    if not columns["doc_id"]:
        return pd.DataFrame({c: pd.Series(dtype=float if c == "position" else object) for c in COLUMNS})
    return pd.DataFrame({name: np.concatenate(parts) for name, parts in columns.items()})


def dispersion_summary(positions: pd.DataFrame, tracked: pd.DataFrame | None = None) -> pd.DataFrame:
    """First and last position and their distance, per document and term.

    Args:
        positions: a :func:`term_positions` frame.
        tracked: optionally a :func:`newsbook.termfreq.tracked_terms` frame, to add zero rows for
            documents where a term never occurs.
    """
    summary = positions.groupby(["outlet", "doc_id", "term"], sort=False).agg(
        count=("position", "size"), first=("position", "min"), last=("position", "max")).reset_index()
    if tracked is not None:
        summary = tracked[["outlet", "doc_id", "term"]].merge(summary, how="left", on=["outlet", "doc_id", "term"])
        summary["count"] = summary["count"].fillna(0).astype(np.int64)
    summary["spread"] = summary["last"] - summary["first"]
    return summary[["outlet", "doc_id", "term", "count", "first", "last", "spread"]]
