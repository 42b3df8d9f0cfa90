"""Offsets round-trip for every unit of every document, and the documents table."""

from __future__ import annotations

import pytest

from newsbook import load_corpus
from newsbook.errors import CorpusError
from newsbook.tables import documents_table
from newsbook.tokens import token_spans


def test_every_paragraph_and_sentence_round_trips(corpus):
    for doc in corpus:
        for row in doc.paragraphs.itertuples():
            assert doc.text[row.start : row.end] == row.text
            assert row.start <= row.body_start <= row.end
        for row in corpus.document_sentences(doc.doc_id).itertuples():
            assert doc.text[row.start : row.end] == row.text
            assert row.text == row.text.strip()


def test_every_token_round_trips(corpus):
    for doc in corpus:
        for row in corpus.document_sentences(doc.doc_id).itertuples():
            spans = token_spans(doc.text, row.start, row.end)
            assert "".join(doc.text[a:b] for a, b in spans) == "".join(row.text.split())


def test_documents_table(corpus):
    documents = documents_table(corpus)
    assert list(documents["doc_id"]) == list(corpus.documents)
    assert (documents["words"] > 300).all()
    transcripts = documents[documents["format"] == "transcript"]
    assert (transcripts["turns"] > 5).all()
    assert (documents.loc[documents["format"] == "article", "turns"] == 0).all()


def test_crlf_and_bom_keep_offsets_exact(make_corpus):
    text = "\ufeffA title\r\n\r\nThe first paragraph says one thing. It says another.\r\n\r\nA second one.\r\n"
    corpus = load_corpus(make_corpus({"doc-a": text}, title="A title"))
    doc = corpus["doc-a"]
    assert doc.text == text
    for row in corpus.document_sentences("doc-a").itertuples():
        assert text[row.start : row.end] == row.text
    assert list(corpus.document_sentences("doc-a")["text"]) == ["The first paragraph says one thing.", "It says another.", "A second one."]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty or only white space"), (b" \n\t\n", "empty or only white space"),
     (b"caf\xe9 au lait", "not UTF-8"), (b"GIF89a\x00\x01", "binary file")],
)
def test_bad_texts(make_corpus, content, message):
    manifest = make_corpus({"doc-a": content})
    with pytest.raises(CorpusError, match=message) as caught:
        load_corpus(manifest)
    assert "doc-a.txt: text:" in str(caught.value)
