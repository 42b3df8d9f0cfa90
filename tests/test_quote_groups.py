"""One remark across outlets: similarity, grouping, word-level differences."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.errors import CorpusError
from newsbook.quote_groups import COLUMNS, diff_html, diff_text, quote_groups, similarity, word_diff

TAPE = "Having said that, I think one lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave."
QUOTE = "But I think a lesson in recent history is that once in your house, it is very difficult sometimes to get Russians to leave"
PARAPHRASE = "recent history showed that it can be very difficult getting Russian troops to leave."
OTHER = "It would seem to me that the Kazakh authorities certainly have the capacity to deal with protests."


def statement(doc, outlet, published, kind, text, speaker="Antony Blinken", start=0):
    return {"doc_id": doc, "outlet": outlet, "published": published, "kind": kind, "text": text, "speaker": speaker,
            "start": start, "end": start + len(text)}


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [(TAPE, QUOTE, 0.7, 0.9), (PARAPHRASE, TAPE, 0.5, 0.7), (OTHER, TAPE, 0.0, 0.3), (TAPE, TAPE, 1.0, 1.0)],
)
def test_similarity(a, b, low, high):
    assert low <= similarity(a, b)[0] <= high


def test_groups_versions_across_outlets():
    quotes = pd.DataFrame([
        statement("npr", "NPR", "2022-01-08", "turn", TAPE),
        statement("ap", "AP", "2022-01-08", "direct", QUOTE),
        statement("conv", "The Conversation", "2022-01-10", "indirect", PARAPHRASE),
        statement("npr", "NPR", "2022-01-08", "turn", OTHER, start=500),
        statement("voa", "VOA", "2022-01-12", "direct", QUOTE, speaker="Fiona Hill"),  # another speaker
    ])
    groups = quote_groups(quotes)
    assert list(groups.columns) == COLUMNS
    assert groups["doc_id"].tolist() == ["npr", "ap", "conv"]
    assert groups["reference"].tolist() == [True, False, False]          # the recording is the reference
    assert groups["presented_as"].tolist() == ["verbatim", "verbatim", "paraphrase"]
    assert groups["first_published"].tolist() == [True, True, False]     # a tie on the first day
    assert groups.loc[0, "same_words"] and not groups.loc[1, "same_words"]
    assert "[-Having said that-]" in groups.loc[1, "diff"]


def test_threshold_and_same_document():
    quotes = pd.DataFrame([statement("a", "AP", "2022-01-08", "direct", TAPE),
                           statement("a", "AP", "2022-01-08", "indirect", PARAPHRASE, start=300)])
    assert quote_groups(quotes).empty                                    # versions must come from two documents
    quotes.loc[1, "doc_id"] = "b"
    assert len(quote_groups(quotes, threshold=0.5)) == 2
    assert quote_groups(quotes, threshold=0.9).empty
    with pytest.raises(CorpusError, match="similarity_threshold"):
        quote_groups(quotes, threshold=1.5)


def test_word_diff_and_html():
    pieces = word_diff("they rarely remove troops", "they never remove the <troops>")
    assert pieces == [("equal", "they"), ("delete", "rarely"), ("insert", "never"), ("equal", "remove"),
                      ("insert", "the"), ("equal", "troops")]
    assert diff_text(pieces) == "they [-rarely-] {+never+} remove {+the+} troops"
    assert "<del>rarely</del>" in diff_html(pieces) and "&lt;" not in diff_html(pieces)


def test_corpus_groups_blinken(corpus):
    from newsbook.quote_groups import quote_groups_table

    groups = quote_groups_table(corpus)
    blinken = groups[groups["speaker"] == "Antony Blinken"]
    assert {"NPR", "AP", "The Conversation"} <= set(blinken["outlet"])
    for row in groups.itertuples():
        assert corpus[row.doc_id].text[row.start:row.end] == row.text
