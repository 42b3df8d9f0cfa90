"""Collocations: word pairs an outlet uses together more often than chance, scored by NLTK.

For each outlet, the word and adjacent-pair counts of its documents' content (normalised as in
:mod:`newsbook.terms`; pairs never cross punctuation or a paragraph break) are handed to NLTK's
:class:`~nltk.collocations.BigramCollocationFinder`: the word counts ``from_documents`` would gather
(stopwords included, so the marginals are right), and only the pairs of two vocabulary words, which is
what NLTK's word filter would leave of a finder fed pairs with stopwords or numbers. Both are counted
with :class:`collections.Counter` as documents stream past. Pairs seen fewer than ``min_count`` times
are dropped; the rest are scored with NLTK's
:class:`~nltk.metrics.BigramAssocMeasures`: pointwise mutual information (``pmi``, log base 2; high for
rare, exclusive pairs) and Dunning's log-likelihood ratio (``likelihood_ratio``; high for pairs that are
both frequent and associated, the safer ranking on small texts).

``collocations``
    ``outlet, bigram, text, count, pmi, likelihood_ratio, doc_id, start, end``: ``bigram`` is the two
    keys joined by a space; ``doc_id, start, end`` locate its first occurrence in the outlet and ``text``
    is that occurrence as written. Sorted by outlet (first appearance), then ``likelihood_ratio``
    descending.
``top_collocations``
    the first ``top_n`` rows per outlet by the chosen measure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pandas as pd
from nltk.collocations import BigramCollocationFinder
from nltk.metrics import BigramAssocMeasures
from nltk.probability import FreqDist

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.terms import streams

COLUMNS = ["outlet", "bigram", "text", "count", "pmi", "likelihood_ratio", "doc_id", "start", "end"]
MEASURES = ("likelihood_ratio", "pmi")


def collocations(
    corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None, min_count: int = 2
) -> pd.DataFrame:
    """Bigram collocations of each outlet with at least ``min_count`` occurrences."""
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
        raise CorpusError("parameters", "min_count", f"must be a whole number of at least 1, got {min_count!r}")
    words: dict[str, Counter] = {}
    pairs: dict[str, Counter] = {}
    first: dict[str, dict[tuple[str, str], tuple[str, int, int]]] = {}
    for stream in streams(corpus, stem=stem, outlets=outlets):
        outlet = stream.outlet
        words.setdefault(outlet, Counter()).update(stream.key[stream.word])      # C-level counting
        at = stream.bigram_positions()
        found = list(zip(stream.key[at], stream.key[at + 1]))
        pairs.setdefault(outlet, Counter()).update(found)
        seen = first.setdefault(outlet, {})
        where = dict(zip(reversed(found), reversed(at.tolist())))                # first position of each pair
        for pair in set(where).difference(seen):                                # O(pairs of this document)
            i = where[pair]
            seen[pair] = (stream.doc_id, int(stream.start[i]), int(stream.end[i + 1]))
    rows = []
    measures = BigramAssocMeasures()
    for outlet in words:
        finder = BigramCollocationFinder(FreqDist(words[outlet]), FreqDist(pairs[outlet]))
        finder.apply_freq_filter(min_count)
        pmi = dict(finder.score_ngrams(measures.pmi))
        for pair, ratio in finder.score_ngrams(measures.likelihood_ratio):
            doc_id, start, end = first[outlet][pair]
            text = corpus[doc_id].text[start:end]
            rows.append((outlet, " ".join(pair), text, finder.ngram_fd[pair], pmi[pair], ratio, doc_id, start, end))
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    order = {o: k for k, o in enumerate(words)}
    frame = frame.assign(_o=frame["outlet"].map(order)).sort_values(
        ["_o", "likelihood_ratio", "bigram"], ascending=[True, False, True], kind="stable")
    return frame[COLUMNS].reset_index(drop=True)


def top_collocations(frame: pd.DataFrame, *, top_n: int = 10, by: str = "likelihood_ratio") -> pd.DataFrame:
    """The ``top_n`` collocations of each outlet by ``by`` (``likelihood_ratio`` or ``pmi``)."""
    if by not in MEASURES:
        raise CorpusError("parameters", "by", f"must be one of {', '.join(MEASURES)}, got {by!r}")
    ranked = frame.sort_values(["outlet", by, "bigram"], ascending=[True, False, True], kind="stable")
    ranked = ranked.groupby("outlet", sort=False).head(top_n)
    order = {o: k for k, o in enumerate(dict.fromkeys(frame["outlet"]))}
    return ranked.assign(_o=ranked["outlet"].map(order)).sort_values(["_o", by], ascending=[True, False], kind="stable")[
        COLUMNS].reset_index(drop=True)
