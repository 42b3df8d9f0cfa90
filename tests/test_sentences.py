"""Sentence splitting: Punkt trained on the corpus, with the curated abbreviations."""

from __future__ import annotations

import pytest

from newsbook.sentences import load_abbreviations, train_sentence_splitter


@pytest.fixture(scope="module")
def splitter(corpus):
    return corpus.splitter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. has already condemned it. Troops arrived.", ["The U.S. has already condemned it.", "Troops arrived."]),
        ("Mr. Tokayev spoke on Jan. 7 in Almaty. He left.", ["Mr. Tokayev spoke on Jan. 7 in Almaty.", "He left."]),
        ("Dr. Hill said so. Gen. Smith agreed.", ["Dr. Hill said so.", "Gen. Smith agreed."]),
        ("“It is over,” he said. “We won.”", ["“It is over,” he said.", "“We won.”"]),
        ("Is it over? No. It is not!", ["Is it over?", "No.", "It is not!"]),
        ("He paid $2.5 billion. It was 3 p.m. on Friday.", ["He paid $2.5 billion.", "It was 3 p.m. on Friday."]),
    ],
)
def test_splits(splitter, text, expected):
    assert splitter.tokenize(text) == expected


def test_abbreviation_list_loaded():
    abbreviations = load_abbreviations()
    assert {"u.s", "mr", "jan"} <= abbreviations


def test_training_is_deterministic(corpus):
    texts = [doc.text for doc in corpus]
    a = train_sentence_splitter(texts, abbreviations=load_abbreviations())
    b = train_sentence_splitter(texts, abbreviations=load_abbreviations())
    sample = corpus["ap-2022-01-08-kazakhstan-ukraine-talks"].text
    assert a.tokenize(sample) == b.tokenize(sample)


def test_sentences_stay_inside_paragraphs(corpus):
    for doc in corpus:
        sentences = corpus.document_sentences(doc.doc_id)
        paragraphs = doc.paragraphs.set_index("paragraph")
        for row in sentences.itertuples():
            assert paragraphs.loc[row.paragraph, "body_start"] <= row.start < row.end <= paragraphs.loc[row.paragraph, "end"]
