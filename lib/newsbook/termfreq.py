"""How often each term occurs, per document and per outlet, and how often the terms a reader tracks occur.

Counts come from :mod:`newsbook.terms` streams (content only, normalised, stopwords left out of the
vocabulary); each document is counted with a :class:`collections.Counter` and dropped, so memory grows
with the vocabulary, not the corpus. ``per_1000`` is ``count / words * 1000``, ``words`` being all word
tokens of the content (stopwords included), the same count as ``documents.csv``.

``term_frequency``
    ``outlet, doc_id, term, n, count, words, per_1000, start, end``: every vocabulary unigram (``n`` 1) and
    bigram (``n`` 2, the two keys joined by a space) of every document; ``start, end`` locate its first
    occurrence in the document. Sorted by document (manifest order), count (descending), term.
``term_frequency_table``
    ``outlet, doc_id, term, count, per_1000``: the export ``term_frequency.csv`` (no stemming).
``outlet_term_frequency``
    ``outlet, term, n, count, words, per_1000``: the same summed over each outlet's documents.
``tracked_terms``
    ``outlet, doc_id, term, key, count, words, per_1000, start, end``: one row per document and tracked
    term (a term that never occurs gets count 0); ``key`` is the normalised form that was matched,
    words joined by spaces; ``start, end`` locate the first occurrence (0, 0 where there is none).
``tracked_by_outlet``
    ``outlet, term, key, count, words, per_1000``: the tracked terms summed per outlet.
``term_forms``
    ``term, label, forms``: for each key, the unstemmed words it stands for, most frequent first
    (``forms``), and a ``label`` for figures: the most frequent word, with ``*`` when stemming merged
    several ("protesters*" for "protest", "protests", "protesters").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd

from newsbook.corpus import Corpus
from newsbook.terms import corpus_normaliser, document_stream, select_documents, streams, term_hits
from newsbook.memo import per_corpus

EXPORT_COLUMNS = ["outlet", "doc_id", "term", "count", "per_1000"]
TRACKED_COLUMNS = ["outlet", "doc_id", "term", "key", "count", "words", "per_1000", "start", "end"]


@per_corpus
def term_frequency(corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts of every vocabulary unigram and bigram in every selected document."""
    docs, sizes, unigram_sizes, terms, counts, starts, ends = [], [], [], [], [], [], []
    for stream in streams(corpus, stem=stem, outlets=outlets):
        uni, bi = np.flatnonzero(stream.vocab), stream.bigram_positions()
        unigrams = stream.key[uni].tolist()
        bigrams = list(map(" ".join, zip(stream.key[bi].tolist(), stream.key[bi + 1].tolist())))
        counter = Counter(unigrams)  # a bigram key holds a space, a unigram key none: they never meet
        unigram_sizes.append(len(counter))
        counter.update(bigrams)
        keys = unigrams + bigrams
        first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1)))  # each key's first position
        found = list(counter)  # in order of first occurrence: the unigrams, then the bigrams
        where = np.fromiter(map(first.__getitem__, found), dtype=np.int64, count=len(found))
        first_token, last_token = np.concatenate([uni, bi]), np.concatenate([uni, bi + 1])
        docs.append((stream.outlet, stream.doc_id, stream.words))
        sizes.append(len(found))
        terms += found
        counts += counter.values()
        starts.append(stream.start[first_token[where]])
        ends.append(stream.end[last_token[where]])
    outlet, doc_id, words = (np.array(column, dtype=object) for column in zip(*docs)) if docs else ([], [], [])
    sizes = np.asarray(sizes, dtype=np.int64)  # terms a document
    order = np.repeat(np.arange(len(docs)), sizes)
    count = np.array(counts, dtype=np.int64)
    term = np.array(terms, dtype=object)
    rank, _ = pd.factorize(term, sort=True)  # each term's place in sorted order: integers sort fast
    sort = _document_count_term_order(order, count, rank)
    unigram_sizes = np.asarray(unigram_sizes, dtype=np.int64)  # each document's unigrams come first
    grams = np.repeat(np.tile(np.array([1, 2], dtype=np.int64), len(docs)),
                      np.column_stack([unigram_sizes, sizes - unigram_sizes]).ravel())
    words = np.repeat(np.asarray(words, dtype=np.int64), sizes)[sort]
    sorted_counts = count[sort]
    return pd.DataFrame({
        "outlet": np.repeat(outlet, sizes)[sort],
        "doc_id": np.repeat(doc_id, sizes)[sort],
        "term": term[sort],
        "n": grams[sort],
        "count": sorted_counts,
        "words": words,
        "per_1000": sorted_counts * 1000.0 / words,
        "start": np.concatenate(starts)[sort] if starts else np.empty(0, np.int64),
        "end": np.concatenate(ends)[sort] if ends else np.empty(0, np.int64),
    })


def _document_count_term_order(order: np.ndarray, count: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """The rows sorted by document, count (descending) and term rank (no two rows tie).

    The three keys are packed into one integer where it fits in 63 bits (it always does but for a
    corpus of astronomical size), and one sort of it is many times faster than ``np.lexsort`` of three.
    """
    if not len(order):
        return np.empty(0, dtype=np.int64)
    counts, ranks = int(count.max()) + 1, int(rank.max()) + 1
    if (int(order.max()) + 1) * counts * ranks >= 2**63:
        return np.lexsort((rank, -count, order))
    key = (order.astype(np.int64) * counts + (counts - 1 - count)) * ranks + rank
    return np.argsort(key, kind="stable")


def term_frequency_table(corpus: Corpus) -> pd.DataFrame:
    """``term_frequency.csv``: the whole vocabulary (no stemming) of every document."""
    return term_frequency(corpus)[EXPORT_COLUMNS]


def outlet_term_frequency(corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts and rates of every vocabulary term summed over each outlet's documents."""
    frame = term_frequency(corpus, stem=stem, outlets=outlets)
    words = _outlet_words(corpus, stem=stem, outlets=outlets)
    summed = frame.groupby(["outlet", "term", "n"], sort=False, as_index=False)["count"].sum()
    summed["words"] = summed["outlet"].map(words).astype(np.int64)
    summed["per_1000"] = summed["count"] * 1000.0 / summed["words"]
    summed = summed.sort_values(["outlet", "count", "term"], ascending=[True, False, True], kind="stable")
    return summed.reset_index(drop=True)


def _outlet_words(corpus: Corpus, *, stem: bool, outlets: Sequence[str] | None) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for stream in streams(corpus, stem=stem, outlets=outlets):
        totals[stream.outlet] += stream.words
    return dict(totals)


def tracked_terms(
    corpus: Corpus, terms: Sequence[str], *, stem: bool = False, outlets: Sequence[str] | None = None
) -> pd.DataFrame:
    """Occurrences of each tracked term (normalised like the text; multi-word terms too) per document.

    Raises:
        CorpusError: the term list is empty, a term holds no word, or an outlet is unknown.
    """
    rows = []
    for doc, stream, term, keys, hits in term_hits(corpus, terms, stem=stem, outlets=outlets):
        start = int(stream.start[hits[0]]) if len(hits) else 0
        end = int(stream.end[hits[0] + len(keys) - 1]) if len(hits) else 0
        rows.append((doc.outlet, doc.doc_id, term, " ".join(keys), len(hits), stream.words, start, end))
    frame = pd.DataFrame.from_records(rows, columns=[c for c in TRACKED_COLUMNS if c != "per_1000"])
    frame["per_1000"] = (frame["count"] * 1000.0 / frame["words"].where(frame["words"] > 0)).fillna(0.0)
    return frame[TRACKED_COLUMNS]


def tracked_by_outlet(tracked: pd.DataFrame) -> pd.DataFrame:
    """:func:`tracked_terms` summed per outlet (outlets in order of first appearance, terms as given)."""
    summed = tracked.groupby(["outlet", "term", "key"], sort=False, as_index=False)[["count", "words"]].sum()
    summed["per_1000"] = (summed["count"] * 1000.0 / summed["words"].where(summed["words"] > 0)).fillna(0.0)
    return summed[["outlet", "term", "key", "count", "words", "per_1000"]]


def term_forms(corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """The words behind each vocabulary key, most frequent first (they differ only when stemming)."""
    normaliser, plain = corpus_normaliser(corpus, stem=stem), corpus_normaliser(corpus, stem=False)
    seen: Counter[str] = Counter()
    for doc in select_documents(corpus, outlets):
        stream = document_stream(doc, normaliser)
        seen.update(Counter(stream.surface[stream.vocab]))
    frame = pd.DataFrame({"surface": list(seen), "count": list(seen.values())}, columns=["surface", "count"])
    frame["term"] = frame["surface"].map(normaliser.key)
    frame["form"] = frame["surface"].map(plain.key)
    forms = frame.groupby(["term", "form"], as_index=False)["count"].sum()
    forms = forms.sort_values(["term", "count", "form"], ascending=[True, False, True], kind="stable")
    grouped = forms.groupby("term", sort=True)["form"]
    result = pd.DataFrame({"label": grouped.first(), "forms": grouped.agg(", ".join), "n": grouped.size()})
    result["label"] = result["label"].where(result["n"] == 1, result["label"] + "*")
    return result.reset_index()[["term", "label", "forms"]]
