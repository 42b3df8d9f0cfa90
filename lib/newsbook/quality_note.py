"""How good the quotation extraction is, in words: the note that opens "How statements are found".

``annotations_in(corpus, gold)``
    the rows of a hand annotation (:func:`newsbook.quote_eval.read_gold`: ``doc_id, speaker,
    kind, start, end, text``) that belong to this corpus: their document is in it and
    ``text[start:end]`` is the annotated text.
``quality_note(quotes, gold, heldout)``
    Markdown: the speaker precision and recall on the annotated statements of this corpus (or
    that it has none), then on the held-out texts, with a warning when reported speech scores low.
"""

from __future__ import annotations

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.quote_eval import score_quotes

WEAK_PRECISION = 0.9
WEAK_RECALL = 0.75
"""Held-out scores of reported speech below these make the note warn the reader."""


def annotations_in(corpus: Corpus, gold: pd.DataFrame) -> pd.DataFrame:
    """The annotated statements whose document is in ``corpus`` with the annotated text at their offsets."""
    keep = [doc_id in corpus.documents and corpus[doc_id].text[start:end] == text
            for doc_id, start, end, text in gold[["doc_id", "start", "end", "text"]].itertuples(index=False)]
    return gold[keep]


def _scores(scores: pd.DataFrame, kind: str) -> tuple[str, str]:
    """Precision and recall of one class of a :func:`newsbook.quote_eval.score_quotes` frame indexed by class, as percentages."""
    return f"{scores.at[kind, 'precision']:.0%}", f"{scores.at[kind, 'recall']:.0%}"


def quality_note(quotes: pd.DataFrame, gold: pd.DataFrame, heldout: pd.DataFrame) -> str:
    """The extraction's precision and recall, on this corpus and on the held-out texts, as a paragraph.

    Args:
        quotes: a :func:`newsbook.quotes.quotes_table` frame of the whole corpus.
        gold: the annotated statements of this corpus (:func:`annotations_in`); empty when it has none.
        heldout: a :func:`newsbook.quote_eval.heldout_scores` frame; empty when the held-out sets are absent.
    """
    if len(gold):
        scores = score_quotes(quotes, gold).set_index("class")
        quoted, reported = _scores(scores, "direct and turns"), _scores(scores, "indirect")
        note = (f"Checked against a hand annotation of all {len(gold)} attributed statements in these pieces "
                f"(`tests/gold/quotes.csv`), the speaker is right for {quoted[0]} of the quotes and turns "
                f"found (precision) and {quoted[1]} of those annotated are found with their speaker (recall); "
                f"for reported speech, {reported[0]} and {reported[1]}. "
                "Those rules were written while reading these pieces, so the figures flatter them.")
    else:
        note = "This corpus has no hand annotation, so the extraction's precision and recall are not measured on it."
    if not len(heldout):
        return note
    heldout = heldout.set_index("class")
    weak = heldout.at["indirect", "precision"] < WEAK_PRECISION or heldout.at["indirect", "recall"] < WEAK_RECALL
    quoted, reported = _scores(heldout, "direct and turns"), _scores(heldout, "indirect")
    folders = ", ".join(f"`{name}`" for name in str(heldout["sets"].iloc[0]).split(", "))
    return note + (f" On {int(heldout['documents'].iloc[0])} other real news texts that no rule was tuned on ({folders}), "
                   f"quotes and turns score {quoted[0]} precision and {quoted[1]} recall, and reported speech "
                   f"{reported[0]} and {reported[1]}"
                   + (": read the indirect statements below as leads to check against their passage, not as settled attributions."
                      if weak else "."))
