"""The numbers and phrases of "Term frequency by outlet"."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from newsbook.termfreq_facts import distinctive_facts, needed_range, pair_facts, sample_facts, tracked_facts


def document(fmt: str, host: str = "") -> SimpleNamespace:
    return SimpleNamespace(format=fmt, meta={"host": host})


def tracked(rows: list[tuple[str, str, int]]) -> pd.DataFrame:
    """One row per document and term, as tracked_terms gives it: two terms per document here."""
    return pd.DataFrame([(o, d, w) for o, d, w in rows for _ in range(2)], columns=["outlet", "doc_id", "words"])


def test_sample_of_several_outlets():
    documents = [document("article"), document("transcript"), document("transcript", host="archive.org"), document("article")]
    rows = [("AP", "ap-1", 812), ("NPR", "npr-1", 3100), ("NPR", "npr-2", 2950), ("VOA", "voa-1", 1204)]
    assert sample_facts(documents, tracked(rows)) == {
        "n_documents": "4", "n_outlets": "3", "outlet_docs": "AP 1, NPR 2, VOA 1", "n_single": "2", "multi_outlets": "NPR",
        "n_transcripts": "2", "n_articles": "2", "n_elsewhere": "1", "n_words": "8,066", "min_words": "812",
        "max_words": "3,100",
    }


def test_sample_of_single_documents():
    facts = sample_facts([document("article")], tracked([("AP", "ap-1", 500)]))
    assert (facts["n_single"], facts["multi_outlets"], facts["min_words"], facts["max_words"]) == ("1", "none", "500", "500")


def by_outlet(rows: list[tuple[str, str, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["outlet", "term", "count", "words"])


@pytest.mark.parametrize(
    ("rows", "expected"),
    [([("AP", "Russia", 4, 1000), ("AP", "China", 1, 1000), ("AP", "leave", 0, 1000),
       ("NPR", "Russia", 6, 1000), ("NPR", "China", 0, 1000), ("NPR", "leave", 0, 1000)],
      {"n_terms": "3", "top_term": "Russia", "top_rate": "5.0", "never_found": "“leave”"}),
     ([("AP", "Russia", 0, 1000), ("AP", "China", 0, 1000)],
      {"n_terms": "2", "top_term": "none", "top_rate": "0", "never_found": "“Russia”, “China”"}),
     # a tie goes to the first term
     ([("AP", "Russia", 2, 1000), ("AP", "China", 2, 1000)],
      {"n_terms": "2", "top_term": "Russia", "top_rate": "2.0", "never_found": "none"})],
)
def test_tracked_facts(rows, expected):
    assert tracked_facts(by_outlet(rows), stem=True) == {"stemming": "reduced to their Snowball stems", **expected}


def test_tracked_facts_without_stemming():
    assert tracked_facts(by_outlet([("AP", "Russia", 1, 10)]), stem=False)["stemming"] == "counted as written (no stemming)"


def frequency(sizes: dict[str, int]) -> pd.DataFrame:
    """One unigram per outlet carrying all its words, and a bigram that must not count."""
    rows = [(o, 1, f"word{i}", n) for i, (o, n) in enumerate(sizes.items())] + [("AP", 2, "two words", 99)]
    return pd.DataFrame(rows, columns=["outlet", "n", "term", "count"])


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [({"AP": 1000, "NPR": 1000}, "12 occurrences"),
     ({"AP": 1000, "NPR": 3000}, "6 to 45 occurrences"),
     ({"AP": 1, "NPR": 1}, "more occurrences than the texts have")],
)
def test_needed_range(sizes, expected):
    assert needed_range(frequency(sizes)) == expected


def test_distinctive_facts():
    distinctive = pd.DataFrame({"count": [5, 2, 1, 7], "z": [3.1, 2.5, 4.0, 1.0], "stable": [True, False, True, True]})
    facts = distinctive_facts(frequency({"AP": 1000, "NPR": 1000}), distinctive, min_count=2, top_n=10)
    assert facts == {"n_vocabulary": "2", "min_count": "2", "top_n": "10", "z_min": "1.96", "n_distinctive": "2",
                     "n_stable": "1", "needed_range": "12 occurrences"}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [([], "missing: no pair occurs 3 times in one outlet"),
     ([("Kazakh government", "NPR", 4, 20.5), ("Russian troops", "AP", 3, 31.0)], "“Russian troops” (AP, 3 times)"),
     ([("Kazakh government", "NPR", 4, 20.5), ("Russian troops", "AP", 3, 20.5)], "“Kazakh government” (NPR, 4 times)")],
)
def test_pair_facts(rows, expected):
    pairs = pd.DataFrame(rows, columns=["text", "outlet", "count", "likelihood_ratio"])
    assert pair_facts(pairs, min_count=3) == {"strongest_pair": expected}
