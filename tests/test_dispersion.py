"""Positions of tracked terms, normalised to the length of the content in words."""

from __future__ import annotations

import pytest

from newsbook import CorpusError, load_corpus
from newsbook.dispersion import COLUMNS, dispersion_summary, term_positions
from newsbook.termfreq import tracked_terms


@pytest.fixture
def tiny(make_corpus):
    texts = {
        # 7 content words; "Russia" is word 0 and word 5; the title paragraph is chrome
        "doc-a": "Head\n\nRussia said no. Troops stayed; Russia left.\n",
        # 5 words ("Troops" is word 3); "Russian troops" would cross the paragraph break
        "doc-b": "Head\n\nThey sent Russian\nTroops home.\n",
    }
    return load_corpus(make_corpus(texts, title="Head"))


def test_positions_by_hand(tiny):
    frame = term_positions(tiny, ["Russia", "troops", "Russian troops"])
    assert list(frame.columns) == COLUMNS
    russia = frame[(frame["doc_id"] == "doc-a") & (frame["term"] == "Russia")]
    assert list(russia["word_index"]) == [0, 5]
    assert list(russia["position"]) == pytest.approx([0 / 7, 5 / 7])
    assert set(russia["words"]) == {7}
    assert list(russia["text"]) == ["Russia", "Russia"]
    troops = frame[frame["term"] == "troops"]
    assert list(zip(troops["doc_id"], troops["word_index"])) == [("doc-a", 3), ("doc-b", 3)]
    assert troops["position"].tolist() == pytest.approx([3 / 7, 3 / 5])
    assert "Russian troops" not in set(frame["term"])
    for row in frame.itertuples():
        assert tiny[row.doc_id].text[row.start:row.end] == row.text


def test_positions_in_the_shipped_corpus(corpus):
    frame = term_positions(corpus, ["Russia", "Russian troops", "U.S."], stem=True)
    assert frame["position"].between(0, 1, inclusive="left").all()
    for row in frame.itertuples():
        assert corpus[row.doc_id].text[row.start:row.end] == row.text
    counts = frame.groupby(["doc_id", "term"]).size()
    tracked = tracked_terms(corpus, ["Russia", "Russian troops", "U.S."], stem=True).set_index(["doc_id", "term"])["count"]
    assert (tracked[tracked > 0] == counts.reindex(tracked[tracked > 0].index)).all()


def test_summary_by_hand(tiny):
    positions = term_positions(tiny, ["Russia", "Ukraine"])
    summary = dispersion_summary(positions, tracked_terms(tiny, ["Russia", "Ukraine"])).set_index(["doc_id", "term"])
    assert summary.loc[("doc-a", "Russia"), "count"] == 2
    assert summary.loc[("doc-a", "Russia"), "spread"] == pytest.approx(5 / 7 - 0 / 7)
    assert summary.loc[("doc-a", "Ukraine"), "count"] == 0
    assert summary["spread"].isna().sum() == 3          # Ukraine twice, Russia in doc-b


def test_unknown_term_gives_no_rows_and_empty_list_an_error(tiny):
    frame = term_positions(tiny, ["Kyrgyzstan"])
    assert frame.empty and list(frame.columns) == COLUMNS
    with pytest.raises(CorpusError, match="empty"):
        term_positions(tiny, [])
