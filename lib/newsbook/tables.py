"""The foundation's tables: documents, paragraphs and sentences of a corpus.

``documents_table``
    ``doc_id, outlet, host, format, published, title, authors, words, sentences, turns,
    speakers, chrome_paragraphs``: one row a document; ``words`` counts word tokens of the
    content (page chrome excluded, speaker labels excluded), ``turns`` the transcript speaker
    turns, ``speakers`` the distinct speakers, ``chrome_paragraphs`` the paragraphs set aside.
``paragraphs_table``
    ``doc_id, paragraph, start, end, text, speaker, chrome`` and ``role, kind, body_start``.
``sentences_table``
    ``doc_id, sentence, paragraph, start, end, text``.
``chrome_table``
    ``doc_id, paragraph, chrome, start, end, text``: only what was set aside, for the reader.
"""

from __future__ import annotations

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.tokens import is_word, token_spans
from newsbook.memo import per_corpus

DOCUMENT_COLUMNS = [
    "doc_id", "outlet", "host", "format", "published", "title", "authors",
    "words", "sentences", "turns", "speakers", "chrome_paragraphs",
]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Word tokens (not punctuation) in ``text[start:end]``."""
    return sum(is_word(text[a:b]) for a, b in token_spans(text, start, end))


@per_corpus
def documents_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document: its manifest metadata and the size of its content."""
    rows = []
    for doc in corpus:
        content = doc.content_paragraphs()
        paragraphs = doc.paragraphs
        rows.append({
            "doc_id": doc.doc_id,
            "outlet": doc.outlet,
            "host": doc.meta.get("host", ""),
            "format": doc.format,
            "published": doc.meta["published"],
            "title": doc.title,
            "authors": "; ".join(doc.authors),
            "words": sum(count_words(doc.text, a, b) for a, b in content[["body_start", "end"]].itertuples(index=False)),
            "sentences": len(corpus.document_sentences(doc.doc_id)),
            "turns": int((paragraphs["kind"] == "turn").sum()),
            "speakers": int(paragraphs.loc[paragraphs["speaker"] != "", "speaker"].nunique()),
            "chrome_paragraphs": int((paragraphs["kind"] == "chrome").sum()),
        })
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def paragraphs_table(corpus: Corpus) -> pd.DataFrame:
    """Every paragraph, page chrome included and flagged in ``chrome``."""
    return corpus.paragraphs()


def sentences_table(corpus: Corpus) -> pd.DataFrame:
    """Every sentence of the content paragraphs."""
    return corpus.sentences()


def chrome_table(corpus: Corpus) -> pd.DataFrame:
    """The paragraphs set aside as page chrome, with the rule that did it."""
    frame = corpus.paragraphs()
    return frame.loc[frame["kind"] == "chrome", ["doc_id", "paragraph", "chrome", "start", "end", "text"]].reset_index(drop=True)
