"""How often each term occurs, per document and per outlet, and how often the terms a reader tracks occur.

Counts come from :mod:`newsbook.terms` streams (content only, normalised, stopwords left out of the
vocabulary); each document's terms are counted by key number and only the counts are kept, so memory
grows with the distinct terms of each document, not with the corpus's tokens. ``per_1000`` is ``count / words * 1000``, ``words`` being all word
tokens of the content (stopwords included), the same count as ``documents.csv``.

``term_frequency``
    ``outlet, doc_id, term, n, count, words, per_1000, start, end``: every vocabulary unigram (``n`` 1) and
    bigram (``n`` 2, the two keys joined by a space) of every document; ``start, end`` locate its first
    occurrence in the document. Sorted by document (manifest order), count (descending), term.
``term_frequency_table``
    ``outlet, doc_id, term, count, per_1000``: the export ``term_frequency.csv`` (no stemming).
``content_words``
    each document's ``words``, counted on the same pass (``documents.csv`` reports them).
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
from dataclasses import dataclass

import numpy as np
import pandas as pd

from newsbook.corpus import Corpus
from newsbook.terms import corpus_normaliser, document_stream, select_documents, streams, term_hits
from newsbook.memo import per_corpus

EXPORT_COLUMNS = ["outlet", "doc_id", "term", "count", "per_1000"]
TRACKED_COLUMNS = ["outlet", "doc_id", "term", "key", "count", "words", "per_1000", "start", "end"]


@per_corpus
def term_frequency(corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts of every vocabulary unigram and bigram in every selected document.

    Terms are counted by key number (:attr:`TokenStream.key_id`), a bigram as its two numbers in one
    integer, with one ``np.unique`` a document for both; the text of a term is made once the corpus is
    read. The rows are then sorted on document, count and term, which no two rows share, so the order
    in which they were gathered does not matter.
    """
    return _counted(corpus, stem=stem, outlets=outlets).frame


def content_words(corpus: Corpus) -> dict[str, int]:
    """The word tokens of each document's content (stopwords included; page chrome and speaker labels
    not), by ``doc_id``: the ``words`` of :func:`term_frequency`, which ``documents.csv`` reports too.

    They are counted on the pass that reads the term streams, so that the text is tokenised once for
    both tables: asking for them counts the corpus's terms, and :func:`term_frequency` then reads
    what was counted. (Every token with a letter or digit is a word for the streams as for
    :func:`newsbook.tokens.count_words`, over the same spans, so the counts are those.)
    """
    return dict(_counted(corpus, stem=False, outlets=None).words)


@dataclass(frozen=True)
class _Counted:
    """One pass of the term streams over the selected documents."""

    frame: pd.DataFrame
    """The rows of :func:`term_frequency`."""
    words: dict[str, int]
    """Each selected document's word tokens, by ``doc_id``."""


@per_corpus
def _counted(corpus: Corpus, *, stem: bool, outlets: Sequence[str] | None) -> _Counted:
    """:func:`_count`, kept on the corpus, so that the word counts and the term counts come from one
    pass whichever is asked first."""
    return _count(corpus, stem=stem, outlets=outlets)


def _count(corpus: Corpus, *, stem: bool, outlets: Sequence[str] | None) -> _Counted:
    """Read the selected documents' term streams once: their term counts and their word counts."""
    normaliser = corpus_normaliser(corpus, stem=stem)  # the one the streams use: its key numbers
    docs: list[tuple[str, str, int]] = []
    gathered = _Gathered()
    for stream in streams(corpus, stem=stem, outlets=outlets):
        docs.append((stream.outlet, stream.doc_id, stream.words))
        uni, bi = np.flatnonzero(stream.vocab), stream.bigram_positions()
        # one number a term, so that a document's unigrams and bigrams are counted together: a unigram's
        # key number complemented (negative), a bigram's two key numbers packed (not negative)
        pair = (stream.key_id[bi] << _PAIR_SHIFT) | stream.key_id[bi + 1]
        gathered.add(np.concatenate([~stream.key_id[uni], pair]), np.concatenate([stream.start[uni], stream.start[bi]]),
                     np.concatenate([stream.end[uni], stream.end[bi + 1]]))
    names = normaliser.key_names()
    if len(names) >= 1 << (63 - _PAIR_SHIFT):  # the first number must leave the int64 positive
        raise ValueError(f"{len(names):,} distinct terms: more than a bigram's packed number can hold")
    code = gathered.column("term")
    is_pair = code >= 0
    each_pair, pairs = pd.factorize(code[is_pair])  # each distinct bigram numbered, by hashing, not sorting
    pair_names = np.empty(len(pairs), dtype=object)
    pair_names[:] = list(map(" ".join, zip(names[pairs >> _PAIR_SHIFT], names[pairs & _PAIR_MASK])))
    # Every term by one number: a key's own, then each bigram's after the keys. No two of these texts are
    # alike (a key holds no space, a bigram one), so they are ranked in sorted order once a text, not once a row.
    texts = np.concatenate([names, pair_names])
    term_number = ~code
    term_number[is_pair] = len(names) + each_pair
    rank = np.empty(len(texts), dtype=np.int64)
    rank[np.argsort(texts)] = np.arange(len(texts))
    order, count = gathered.documents(), gathered.column("count")
    outlet, doc_id = (np.array([doc[k] for doc in docs], dtype=object) for k in (0, 1))
    words = np.array([doc[2] for doc in docs], dtype=np.int64)
    sort = _document_count_term_order(order, count, rank[term_number])
    document = order[sort]  # each sorted row's document: its columns gathered once, not twice
    sorted_counts, words = count[sort], words[document]
    frame = pd.DataFrame({
        "outlet": outlet[document],
        "doc_id": doc_id[document],
        "term": texts[term_number[sort]],
        "n": is_pair[sort].astype(np.int64) + 1,
        "count": sorted_counts,
        "words": words,
        "per_1000": sorted_counts * 1000.0 / words,
        "start": gathered.column("start")[sort],
        "end": gathered.column("end")[sort],
    })
    return _Counted(frame, {doc_id: size for _, doc_id, size in docs})


_PAIR_SHIFT = 32
"""A bigram is one integer: its first key number shifted by this many bits, or-ed with its second."""
_PAIR_MASK = (1 << _PAIR_SHIFT) - 1
"""The bits of a bigram's second key number."""


class _Gathered:
    """Each document's distinct terms (as numbers), their counts and first occurrences, document by document."""

    def __init__(self) -> None:
        self._columns: dict[str, list[np.ndarray]] = {"term": [], "count": [], "start": [], "end": []}
        self._sizes: list[int] = []

    def add(self, terms: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> None:
        """One document's term occurrences (each term's in text order), with the offsets each covers."""
        found, first, count = np.unique(terms, return_index=True, return_counts=True)  # first: earliest occurrence
        for name, values in (("term", found), ("count", count), ("start", starts[first]), ("end", ends[first])):
            self._columns[name].append(values)
        self._sizes.append(len(found))

    def column(self, name: str) -> np.ndarray:
        """One column over all documents."""
        return np.concatenate(self._columns[name]) if self._sizes else np.empty(0, dtype=np.int64)

    def documents(self) -> np.ndarray:
        """Each row's document, numbered in the order they were added."""
        return np.repeat(np.arange(len(self._sizes)), self._sizes)


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
    return np.argsort(key)  # no two rows share a key, so any sort orders them alike: the fastest one


def term_frequency_table(corpus: Corpus) -> pd.DataFrame:
    """``term_frequency.csv``: the whole vocabulary (no stemming) of every document."""
    return term_frequency(corpus)[EXPORT_COLUMNS]


def outlet_term_frequency(corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts and rates of every vocabulary term summed over each outlet's documents."""
    counted = _counted(corpus, stem=stem, outlets=outlets)  # one pass for the terms and the words
    frame, words = counted.frame, _outlet_words(corpus, counted)
    summed = frame.groupby(["outlet", "term", "n"], sort=False, as_index=False)["count"].sum()
    summed["words"] = summed["outlet"].map(words).astype(np.int64)
    summed["per_1000"] = summed["count"] * 1000.0 / summed["words"]
    summed = summed.sort_values(["outlet", "count", "term"], ascending=[True, False, True], kind="stable")
    return summed.reset_index(drop=True)


def _outlet_words(corpus: Corpus, counted: _Counted) -> dict[str, int]:
    """Each outlet's word tokens over the documents ``counted`` read."""
    totals: Counter[str] = Counter()
    for doc_id, words in counted.words.items():
        totals[corpus[doc_id].outlet] += words
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
