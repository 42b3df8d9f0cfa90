"""Mention rates per 1,000 words and co-mentions of term groups in a sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.comention import CO_MENTION_COLUMNS, bloc_label, co_mentions, co_mentions_table, mention_rates
from newsbook.mentions import MENTION_COLUMNS


def _mentions(rows: list[tuple[str, str, int, str]]) -> pd.DataFrame:
    """(outlet, doc_id, sentence, group) rows as a mentions frame."""
    return pd.DataFrame(
        [{"doc_id": d, "outlet": o, "term": g, "group": g, "start": 0, "end": 1, "sentence": s, "sentence_start": 0,
          "speaker": ""} for o, d, s, g in rows],
        columns=MENTION_COLUMNS,
    )


MENTIONS = _mentions([
    ("AP", "a1", 0, "China"), ("AP", "a1", 0, "China"), ("AP", "a1", 0, "Russia"),  # one sentence, counted once
    ("AP", "a1", 1, "Russia"), ("AP", "a1", 1, "CSTO"),
    ("AP", "a2", 0, "China"), ("AP", "a2", 1, "Russia"),                             # different sentences: no pair
    ("VOA", "v1", 0, "SCO"), ("VOA", "v1", 0, "China"), ("VOA", "v1", 0, "Russia"),
])


@pytest.mark.parametrize(
    ("outlet", "a", "b", "sentences"),
    [
        ("AP", "China", "Russia", 1),
        ("AP", "Russia", "CSTO", 1),
        ("AP", "China", "SCO", 0),
        ("VOA", "China", "SCO", 1),
        ("VOA", "China", "Russia", 1),
        ("VOA", "SCO", "Russia", 1),
        ("VOA", "Russia", "CSTO", 0),
    ],
)
def test_co_mentions(outlet, a, b, sentences):
    grid = co_mentions(MENTIONS, groups=["China", "SCO", "Russia", "CSTO"])
    assert list(grid.columns) == CO_MENTION_COLUMNS
    assert len(grid) == 2 * 6  # every outlet, every pair
    row = grid[(grid["outlet"] == outlet) & (grid["group_a"] == a) & (grid["group_b"] == b)]
    assert row["sentences"].tolist() == [sentences]


def test_co_mentions_defaults_and_empty():
    grid = co_mentions(MENTIONS)
    # groups in order of first appearance: China, Russia, CSTO, SCO
    assert list(zip(grid["group_a"], grid["group_b"]))[:3] == [("China", "Russia"), ("China", "CSTO"), ("China", "SCO")]
    empty = co_mentions(MENTIONS.iloc[0:0], groups=["China", "Russia"], outlets=["AP"])
    assert empty["sentences"].tolist() == [0]


def test_mention_rates():
    documents = pd.DataFrame({"doc_id": ["a1", "a2", "v1", "n1"], "outlet": ["AP", "AP", "VOA", "NPR"],
                              "words": [600, 400, 500, 0]})
    blocs = {bloc_label(["China", "SCO"]): ["China", "SCO"], "Russia/CSTO": ["Russia", "CSTO"]}
    rates = mention_rates(MENTIONS, documents, blocs=blocs).set_index(["outlet", "bloc"])
    assert rates.loc[("AP", "China/SCO"), ["mentions", "words", "per_1000"]].tolist() == [3, 1000, 3.0]
    assert rates.loc[("AP", "Russia/CSTO"), "mentions"] == 4
    assert rates.loc[("VOA", "China/SCO"), "per_1000"] == 4.0
    assert rates.loc[("NPR", "China/SCO"), ["mentions", "per_1000"]].tolist() == [0, 0.0]  # no words, no division
    assert len(rates) == 6


def test_shipped_corpus(corpus):
    grid = co_mentions_table(corpus)
    at = grid.set_index(["outlet", "group_a", "group_b"])["sentences"]
    # read in the texts: VOA's Herbst sentence names China, the SCO, Russia and the CSTO together;
    # AP never names China; the Conversation names China with the U.S. twice
    assert at[("VOA", "China", "SCO")] == 1 and at[("VOA", "SCO", "CSTO")] == 1
    assert grid.loc[grid["outlet"] == "AP"].query("group_a == 'China' or group_b == 'China'")["sentences"].sum() == 0
    assert at[("The Conversation", "China", "U.S.")] == 2
