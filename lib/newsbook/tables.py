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
from newsbook.termfreq import content_words
from newsbook.tokens import count_words as _count_words
from newsbook.memo import per_corpus

DOCUMENT_COLUMNS = [
    "doc_id", "outlet", "host", "format", "published", "title", "authors",
    "words", "sentences", "turns", "speakers", "chrome_paragraphs",
]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Word tokens (not punctuation) in ``text[start:end]`` (:func:`newsbook.tokens.count_words`)."""
    return _count_words(text, start, end)


@per_corpus
def documents_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document: its manifest metadata and the size of its content."""
    words = content_words(corpus)  # from the term streams' pass: the text is tokenised once for both tables
    rows = []
    for doc in corpus:
        paragraphs = doc.paragraph_records  # records, not frames: no pandas work per document
        rows.append({
            "doc_id": doc.doc_id,
            "outlet": doc.outlet,
            "host": doc.meta.get("host", ""),
            "format": doc.format,
            "published": doc.meta["published"],
            "title": doc.title,
            "authors": "; ".join(doc.authors),
            "words": words[doc.doc_id],
            "sentences": len(corpus.sentence_records(doc.doc_id)),
            "turns": sum(p.kind == "turn" for p in paragraphs),
            "speakers": len({p.speaker for p in paragraphs if p.speaker != ""}),
            "chrome_paragraphs": sum(p.kind == "chrome" for p in paragraphs),
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
