"""Keyword in context: windows of words, paragraph limits, offsets, and NLTK's concordance."""

from __future__ import annotations

import pytest
from nltk.text import ConcordanceIndex

from newsbook import load_corpus
from newsbook.concordance import CONCORDANCE_COLUMNS, concordance, context_bounds
from newsbook.errors import CorpusError
from newsbook.mentions import find_mentions
from newsbook.tokens import is_word, token_spans

INTRO = "Notes from the region.\n\n"


@pytest.mark.parametrize(
    ("start", "end", "window", "bounds"),
    [
        (8, 13, 1, (4, 17)),    # one word each side
        (8, 13, 2, (0, 23)),    # runs to the paragraph's edges, where punctuation may sit
        (0, 3, 1, (0, 7)),      # the first word: nothing on the left
        (20, 22, 1, (14, 23)),  # the last word: the right runs to the edge
        (9, 13, 1, (4, 17)),    # a keyword inside a word (a hyphen part): that word is not counted
    ],
)
def test_context_bounds(start, end, window, bounds):
    starts, ends = [0, 4, 8, 14, 20], [3, 7, 13, 17, 22]
    assert context_bounds(starts, ends, start, end, window, span=(0, 23)) == bounds


def _lines(make_corpus, text: str, window: int, **columns):
    corpus = load_corpus(make_corpus({"doc-1": text}, **columns))
    return concordance(corpus, find_mentions(corpus), window=window), corpus["doc-1"]


def test_lines_and_offsets(make_corpus):
    text = INTRO + "Officials in Almaty said the Shanghai Cooperation Organization was never asked for help, unlike Russia.\n"
    lines, doc = _lines(make_corpus, text, 3)
    assert list(lines.columns) == CONCORDANCE_COLUMNS
    first = lines.iloc[0]
    assert first["keyword"] == "Shanghai Cooperation Organization" == doc.text[first["start"]:first["end"]]
    assert first["left"] == "Almaty said the" and first["right"] == "was never asked"
    last = lines.iloc[1]
    assert (last["left"], last["keyword"], last["right"]) == ("for help, unlike", "Russia", ".")


def test_context_stays_in_the_paragraph_and_turn(make_corpus):
    text = ("Transcript\nJANE DOE, HOST:\nWe begin in Kazakhstan.\nJOHN ROE: China watches closely.\n"
            "DOE: And Russia?\n")
    lines, _ = _lines(make_corpus, text, 5, format="transcript")
    by_term = dict(zip(lines["keyword"], zip(lines["left"], lines["right"])))
    assert by_term["China"] == ("", "watches closely.")
    assert by_term["Russia"] == ("And", "?")


def test_matches_nltk_concordance_index(make_corpus):
    """Over a text without punctuation, our context is NLTK's ConcordanceIndex context.

    NLTK slices the right context as ``tokens[i + len(phrase):i + context]``, one word short of
    the left for a one-word keyword; ours is symmetric, so NLTK's right context is its prefix.
    """
    words = "the talks began as China and Russia met while China watched the region closely from afar".split()
    lines, doc = _lines(make_corpus, INTRO + " ".join(words) + "\n", 4)
    china = lines[lines["keyword"] == "China"]
    index = ConcordanceIndex(words)
    expected = index.find_concordance("China", width=4 * 4)
    assert len(china) == len(expected)
    for (left, right), line in zip(china[["left", "right"]].itertuples(index=False), expected):
        assert left.split() == line.left and right.split()[:len(line.right)] == line.right


def test_window_counts_words_not_punctuation(make_corpus):
    text = INTRO + "“Well, well, well,” he said, “China – again.”\n"
    lines, doc = _lines(make_corpus, text, 2)
    line = lines.iloc[0]
    left = line["left"]
    left_words = [left[a:b] for a, b in token_spans(left) if is_word(left[a:b])]
    assert left_words == ["he", "said"] and line["right"] == "– again.”"


@pytest.mark.parametrize("window", [0, -3, 2.5, True])
def test_bad_window(corpus, window):
    with pytest.raises(CorpusError, match="window"):
        concordance(corpus, find_mentions(corpus), window=window)


def test_shipped_corpus(corpus):
    mentions = find_mentions(corpus)
    lines = concordance(corpus, mentions, window=6)
    assert len(lines) == len(mentions)
    for row in lines.itertuples():
        assert corpus[row.doc_id].text[row.start:row.end] == row.keyword
        assert "\n" not in row.left + row.right
    sco = lines[lines["keyword"] == "SCO"].iloc[0]
    assert sco["left"].endswith("Cooperation Organization (") and sco["right"].startswith("– which also includes")


def test_word_tokens_are_the_tokenizers_words(corpus):
    from newsbook.concordance import WORD_TOKEN

    for doc in corpus:
        expected = [(a, b) for a, b in token_spans(doc.text) if is_word(doc.text[a:b])]
        assert [m.span() for m in WORD_TOKEN.finditer(doc.text)] == expected


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("It does bridge between Russia and China, Asia and Europe.", "between Russia and [China], Asia and Europe."),
        ("The China-backed bloc met.", "The [China]-backed bloc met."),
        ("Not the Shanghai Cooperation\u00a0Organization again.", "Not the [Shanghai Cooperation Organization] again."),
    ],
)
def test_reading_line(make_corpus, text, line):
    lines, _ = _lines(make_corpus, INTRO + text + "\n", 3)
    assert lines.iloc[-1]["line"] == line
