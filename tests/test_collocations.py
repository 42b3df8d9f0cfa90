"""Collocations per outlet: NLTK's measures on counts gathered per document."""

from __future__ import annotations

import math

import pytest
from nltk.collocations import BigramCollocationFinder
from nltk.metrics import BigramAssocMeasures

from newsbook import CorpusError, load_corpus
from newsbook.collocations import COLUMNS, collocations, top_collocations
from newsbook.terms import Normaliser, streams

TEXT = "Head\n\nVladimir Putin spoke. Vladimir Putin left. Putin stayed in Moscow.\n"


@pytest.fixture
def tiny(make_corpus):
    texts = {"w1": TEXT, "w2": "Head\n\nSecurity forces fired. Security forces left.\nSecurity\nforces.\n"}
    return load_corpus(make_corpus(texts, title="Head", rows={"w2": {"outlet": "Other Wire"}}))


def test_scores_by_hand(tiny):
    frame = collocations(tiny, min_count=2)
    row = frame[frame["outlet"] == "Test Wire"].set_index("bigram").loc["vladimir putin"]
    # words (stopwords included, punctuation not): vladimir putin spoke vladimir putin left putin stayed in moscow
    # N = 10, n(vladimir putin) = 2, n(vladimir) = 2, n(putin) = 3
    # pmi = log2(2 * 10 / (2 * 3)) = log2(3.333333) = 1.736966
    assert row["count"] == 2
    assert row["pmi"] == pytest.approx(math.log2(20 / 6))
    assert row["pmi"] == pytest.approx(1.736966, abs=1e-6)
    # Dunning's log-likelihood on the table  [[2, 0], [1, 7]]  (row: first word is / is not "vladimir"):
    # expected [[0.6, 1.4], [2.4, 5.6]]; 2 * (2 ln(2/0.6) + 1 ln(1/2.4) + 7 ln(7/5.6)) = 2 * (2.407946 - 0.875469 + 1.562005) = 6.188963
    assert row["likelihood_ratio"] == pytest.approx(2 * (2 * math.log(2 / 0.6) + math.log(1 / 2.4) + 7 * math.log(7 / 5.6)))
    assert row["likelihood_ratio"] == pytest.approx(6.188963, abs=1e-6)
    assert row["text"] == "Vladimir Putin"
    assert tiny[row["doc_id"]].text[row["start"]:row["end"]] == "Vladimir Putin"


def test_filters(tiny):
    frame = collocations(tiny, min_count=1)
    pairs = set(frame.loc[frame["outlet"] == "Test Wire", "bigram"])
    assert {"vladimir putin", "putin spoke", "putin left", "putin stayed"} <= pairs
    assert "stayed in" not in pairs and "in moscow" not in pairs            # stopwords
    assert "spoke vladimir" not in pairs and "left putin" not in pairs      # across a full stop
    other = frame[frame["outlet"] == "Other Wire"].set_index("bigram")
    assert other.loc["security forces", "count"] == 2                       # not across the paragraph break
    assert list(frame.columns) == COLUMNS


def test_counts_equal_nltk_from_documents(corpus):
    """Our per-document Counters give NLTK's finder what ``from_documents`` gathers token by token."""
    outlet_streams = [s for s in streams(corpus) if s.outlet == "AP"]
    segments = []
    for stream in outlet_streams:
        current = []
        for key, word, paragraph, previous in zip(stream.key, stream.word, stream.paragraph,
                                                  [None, *stream.paragraph[:-1]]):
            if not word or paragraph != previous:
                segments.append(current)
                current = []
            if word:
                current.append(key)
        segments.append(current)
    finder = BigramCollocationFinder.from_documents(segments)
    vocabulary = set().union(*(set(s.key[s.vocab]) for s in outlet_streams))
    finder.apply_word_filter(lambda w: w not in vocabulary)
    finder.apply_freq_filter(2)
    expected = dict(finder.score_ngrams(BigramAssocMeasures().likelihood_ratio))
    frame = collocations(corpus, outlets=["AP"], min_count=2)
    got = dict(zip(frame["bigram"], frame["likelihood_ratio"]))
    assert got.keys() == {" ".join(pair) for pair in expected}
    for pair, score in expected.items():
        assert got[" ".join(pair)] == pytest.approx(score)


def test_stemmed_pairs_keep_their_text(corpus):
    frame = collocations(corpus, stem=True, min_count=2)
    for row in frame.itertuples():
        assert corpus[row.doc_id].text[row.start:row.end] == row.text
        norm = Normaliser(stem=True)
        assert " ".join(norm.key(w) for w in row.text.split()) == row.bigram


def test_top_collocations(tiny):
    frame = collocations(tiny, min_count=1)
    top = top_collocations(frame, top_n=1)
    assert list(top["outlet"]) == ["Test Wire", "Other Wire"]
    by_pmi = top_collocations(frame, top_n=2, by="pmi")
    assert by_pmi.groupby("outlet")["pmi"].apply(lambda s: s.is_monotonic_decreasing).all()
    with pytest.raises(CorpusError, match="by"):
        top_collocations(frame, by="t-score")


@pytest.mark.parametrize("bad", [0, -2, 1.5, True])
def test_min_count_must_be_a_whole_number(tiny, bad):
    with pytest.raises(CorpusError, match="min_count"):
        collocations(tiny, min_count=bad)
