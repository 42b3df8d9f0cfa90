"""The note on how well the quotation extraction does, on this corpus and on the held-out texts."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook import load_corpus
from newsbook.quality_note import annotations_in, quality_note

NO_GOLD = "This corpus has no hand annotation, so the extraction's precision and recall are not measured on it."
COLUMNS = ["doc_id", "speaker", "kind", "start", "end", "text"]


def heldout(direct: tuple[float, float], indirect: tuple[float, float], documents: int = 15) -> pd.DataFrame:
    return pd.DataFrame({"class": ["direct and turns", "indirect"], "precision": [direct[0], indirect[0]],
                         "recall": [direct[1], indirect[1]], "documents": [documents, documents],
                         "sets": ["tests/heldout/, tests/heldout2/"] * 2})


NO_HELDOUT = pd.DataFrame(columns=["class", "precision", "recall", "documents", "sets"])
QUOTES = pd.DataFrame([("d1", "Anna Berg", "direct", 0, 40, ""), ("d1", "Tom Ek", "indirect", 50, 90, ""),
                       ("d1", "Anna Berg", "turn", 100, 140, "")], columns=COLUMNS)
GOLD = pd.DataFrame([("d1", "Anna Berg", "direct", 0, 40, ""), ("d1", "Ola Lind", "indirect", 50, 90, ""),
                     ("d1", "Anna Berg", "turn", 100, 140, ""), ("d1", "Ola Lind", "indirect", 200, 240, "")], columns=COLUMNS)


def test_no_annotation_and_no_heldout_set():
    assert quality_note(QUOTES, GOLD.iloc[:0], NO_HELDOUT) == NO_GOLD


def test_scores_on_the_annotated_corpus():
    assert quality_note(QUOTES, GOLD, NO_HELDOUT) == (
        "Checked against a hand annotation of all 4 attributed statements in these pieces (`tests/gold/quotes.csv`), "
        "the speaker is right for 100% of the quotes and turns found (precision) and 100% of those annotated are found "
        "with their speaker (recall); for reported speech, 0% and 0%. "
        "Those rules were written while reading these pieces, so the figures flatter them.")


@pytest.mark.parametrize(
    ("indirect", "ending"),
    [((0.95, 0.8), "reported speech 95% and 80%."),
     ((0.2, 0.28), "reported speech 20% and 28%: read the indirect statements below as leads to check against their "
                   "passage, not as settled attributions."),
     ((0.95, 0.5), "reported speech 95% and 50%: read the indirect statements below as leads to check against their "
                   "passage, not as settled attributions.")],
)
def test_heldout_scores_and_the_warning(indirect, ending):
    note = quality_note(QUOTES, GOLD.iloc[:0], heldout((0.99, 0.94), indirect))
    assert note == (f"{NO_GOLD} On 15 other real news texts that no rule was tuned on (`tests/heldout/`, `tests/heldout2/`), "
                    "quotes and turns "
                    f"score 99% precision and 94% recall, and {ending}")


def test_annotations_in_keeps_the_rows_of_this_corpus(make_corpus):
    corpus = load_corpus(make_corpus({"d1": "A title\n\n“We stay,” said Anna Berg.\n"}))
    text = corpus["d1"].text
    start = text.index("“We stay,”")
    gold = pd.DataFrame([("d1", "Anna Berg", "direct", start, start + 10, "“We stay,”"),
                         ("d1", "Anna Berg", "direct", start, start + 10, "“We go,”"),  # text moved: left out
                         ("d9", "Anna Berg", "direct", 0, 10, "“We stay,”")],  # another corpus's document
                        columns=COLUMNS)
    assert annotations_in(corpus, gold).index.tolist() == [0]
