"""Keyword in context: each mention with the words around it, as a table.

The equivalent of NLTK's :class:`nltk.text.ConcordanceIndex` over our own tokens
(:mod:`newsbook.tokens`) and our own mentions (:mod:`newsbook.mentions`), so that a multi-word
term ("Shanghai Cooperation Organization") is one keyword and every line keeps its offsets. The
context is ``window`` word tokens on each side (punctuation rides along free), taken from the
paragraph that holds the mention, after any transcript speaker label: a concordance line never
runs into page chrome or into the next speaker's turn.

``concordance``
    ``doc_id, outlet, term, group, speaker, left, keyword, right, start, end, line``: one row a
    mention; ``keyword`` is ``text[start:end]``, ``left`` and ``right`` the context with its white
    space collapsed to single spaces, ``line`` the three in one string for reading, the keyword
    in brackets (``"between Russia and [China], Asia"``).
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError

WORD_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\$?\d+(?:[.,:]\d+)*%?|[^\W_]\w*(?:[-'’]\w+)*")
"""The word tokens of :data:`newsbook.tokens.WORD_PATTERN` (its alternatives that are not
punctuation), found in one pass of the regular-expression engine."""
CONCORDANCE_COLUMNS = ["doc_id", "outlet", "term", "group", "speaker", "left", "keyword", "right", "start", "end", "line"]


def _squash(text: str) -> str:
    return " ".join(text.split())


def context_bounds(
    starts: list[int], ends: list[int], start: int, end: int, window: int, *, span: tuple[int, int]
) -> tuple[int, int]:
    """Where the context of ``text[start:end]`` starts and ends: ``window`` words each side.

    Args:
        starts, ends: the offsets of the paragraph's word tokens, in order. A word that only
            partly overlaps the keyword ("-backed" of "China-backed") is not counted.
        span: the paragraph's text: where no more than ``window`` words are left on a side,
            the context runs to the paragraph's edge, its punctuation included.

    >>> context_bounds([0, 4, 8, 14, 20], [3, 7, 13, 17, 22], 8, 13, 1, span=(0, 23))
    (4, 17)
    >>> context_bounds([0, 4, 8, 14], [3, 7, 13, 17], 8, 13, 1, span=(0, 18))
    (4, 18)
    >>> context_bounds([0, 4, 8, 14], [3, 7, 13, 17], 8, 13, 5, span=(0, 18))
    (0, 18)
    """
    before = bisect.bisect_right(ends, start)
    after = bisect.bisect_left(starts, end)
    left = starts[before - window] if before > window else span[0]
    right = ends[after + window - 1] if after + window < len(ends) else span[1]
    return left, right


def concordance(corpus: Corpus, mentions: pd.DataFrame, *, window: int = 8) -> pd.DataFrame:
    """The concordance lines of ``mentions`` (a :func:`newsbook.mentions.find_mentions` frame).

    Raises:
        CorpusError: ``window`` is not a whole number of at least 1.
    """
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise CorpusError("parameters", "window", f"must be a whole number of words, 1 or more (got {window!r})")
    rows = []
    columns = ["doc_id", "outlet", "term", "group", "speaker", "sentence", "start", "end"]
    mentions = mentions if "speaker" in mentions.columns else mentions.assign(speaker="")
    current, words_of = None, {}
    for doc_id, outlet, term, group, speaker, sentence, start, end in zip(*(mentions[c].tolist() for c in columns)):
        if doc_id != current:
            current, doc, words_of = doc_id, corpus[doc_id], {}
            paragraph_of = corpus.document_sentences(doc_id)["paragraph"].tolist()
            bounds = doc.paragraphs[["body_start", "end"]].to_numpy().tolist()
        number = paragraph_of[sentence]
        a, b = bounds[number]
        if number not in words_of:
            spans = [m.span() for m in WORD_TOKEN.finditer(doc.text, a, b)]
            words_of[number] = ([x for x, _ in spans], [y for _, y in spans])
        left, right = context_bounds(*words_of[number], start, end, window, span=(a, b))
        before, keyword, after = _squash(doc.text[left:start]), doc.text[start:end], _squash(doc.text[end:right])
        line = f"{before}{' ' if doc.text[left:start][-1:].isspace() else ''}[{_squash(keyword)}]" \
               f"{' ' if doc.text[end:right][:1].isspace() else ''}{after}"
        rows.append((doc_id, outlet, term, group, speaker, before, keyword, after, start, end, line.strip()))
    return pd.DataFrame.from_records(rows, columns=CONCORDANCE_COLUMNS)
