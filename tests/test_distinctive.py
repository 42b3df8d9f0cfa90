"""Log-odds with an informative Dirichlet prior, checked against arithmetic done by hand.

The tiny corpus (no stopwords in it, no stemming):

    outlet A  a1 "Troops troops border."   troops 2, border 1           m = 3
              a2 "Troops protest."          troops 1, protest 1          m = 2
    outlet B  b1 "Protest border talks."    protest 1, border 1, talks 1 m = 3
              b2 "Protest talks."           protest 1, talks 1           m = 2

    A: troops 3, border 1, protest 1 (n_A = 5);  B: protest 2, border 1, talks 2 (n_B = 5);  N = 10.
    The prior is the pooled count: a_w = y_Aw + y_Bw, a_0 = N = 10.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from newsbook import CorpusError, load_corpus
from newsbook.distinctive import (
    COLUMNS,
    EXPORT_COLUMNS,
    distinctive_terms,
    distinctive_terms_table,
    exclusive_count_needed,
    log_odds_z,
    top_distinctive,
)
from newsbook.export import TABLES
from newsbook.termfreq import term_frequency

TEXTS = {
    "a1": "Head\n\nTroops troops border.\n",
    "a2": "Head\n\nTroops protest.\n",
    "b1": "Head\n\nProtest border talks.\n",
    "b2": "Head\n\nProtest talks.\n",
}


@pytest.fixture
def tiny(make_corpus):
    rows = {"b1": {"outlet": "B"}, "b2": {"outlet": "B"}}
    return load_corpus(make_corpus(TEXTS, title="Head", outlet="A", rows=rows))


def _row(frame: pd.DataFrame, outlet: str, term: str) -> pd.Series:
    return frame[(frame["outlet"] == outlet) & (frame["term"] == term)].iloc[0]


def test_log_odds_by_hand(tiny):
    frame = distinctive_terms(term_frequency(tiny))
    troops = _row(frame, "A", "troops")
    # y_i = 3, n_i = 5, y_j = 0, n_j = 5, a_w = 3, a_0 = 10
    # omega_i = (3 + 3) / (5 + 10 - 3 - 3) = 6/9;  omega_j = (0 + 3) / (5 + 10 - 0 - 3) = 3/12
    # log_odds = ln((6/9) / (3/12)) = ln(8/3) = 0.980829;  var = 1/6 + 1/3 = 0.5;  z = 0.980829 / 0.707107 = 1.387102
    assert (troops["count"], troops["count_rest"]) == (3, 0)
    assert troops["log_odds"] == pytest.approx(math.log(8 / 3))
    assert troops["log_odds"] == pytest.approx(0.980829, abs=1e-6)
    assert troops["z"] == pytest.approx(1.387102, abs=1e-6)
    protest = _row(frame, "B", "protest")
    # y_i = 2, n_i = 5, y_j = 1, n_j = 5, a_w = 3:  omega_i = 5/10, omega_j = 4/11
    # log_odds = ln(0.5 / 0.363636) = ln(1.375) = 0.318454;  var = 1/5 + 1/4 = 0.45;  z = 0.318454 / 0.670820 = 0.474723
    assert protest["log_odds"] == pytest.approx(0.318454, abs=1e-6)
    assert protest["z"] == pytest.approx(0.474723, abs=1e-6)
    # A's one "protest" is the mirror image: the same numbers with the sign turned
    assert _row(frame, "A", "protest")["z"] == pytest.approx(-0.474723, abs=1e-6)
    talks = _row(frame, "B", "talks")
    # y_i = 2, n_i = 5, y_j = 0, n_j = 5, a_w = 2:  omega_i = 4/11, omega_j = 2/13
    # log_odds = ln(2.363636) = 0.860201;  var = 1/4 + 1/2 = 0.75;  z = 0.860201 / 0.866025 = 0.993275
    assert talks["z"] == pytest.approx(0.993275, abs=1e-6)
    border = _row(frame, "A", "border")
    assert border["log_odds"] == pytest.approx(0.0) and border["z"] == pytest.approx(0.0)   # 1 of 5 each side
    assert "talks" not in set(frame.loc[frame["outlet"] == "A", "term"])                  # A never says it


def test_leave_one_document_out_by_hand(tiny):
    # troops (A), z = 1.387102. Leaving out, in turn:
    #   a1 (c 2, m 3): y_i 1, n_i 2, y_j 0, n_j 5, a 1, a_0 7 -> ln((2/7) / (1/11)) = 1.145132, var 1.5  -> z 0.934997
    #   a2 (c 1, m 2): y_i 2, n_i 3, y_j 0, n_j 5, a 2, a_0 8 -> ln((4/7) / (2/11)) = 1.145132, var 0.75 -> z 1.322285
    #   b1 (c 0, m 3): y_i 3, n_i 5, y_j 0, n_j 2, a 3, a_0 7 -> ln((6/6) / (3/6))  = 0.693147, var 0.5  -> z 0.980258
    #   b2 (c 0, m 2): y_i 3, n_i 5, y_j 0, n_j 3, a 3, a_0 8 -> ln((6/7) / (3/8))  = 0.826679, var 0.5  -> z 1.169100
    # The lowest is 0.934997: stable at z_min 0.9, not at 0.95.
    # talks (B), z = 0.993275; leaving out b2 (c 1, m 2): y_i 1, n_i 3, y_j 0, n_j 5, a 1, a_0 8
    #   -> ln((2/9) / (1/12)) = 0.980829, var 1.5 -> z 0.800844 < 0.9: not stable.
    frequency = term_frequency(tiny)
    loose = distinctive_terms(frequency, z_min=0.9)
    assert bool(_row(loose, "A", "troops")["stable"]) is True
    assert bool(_row(loose, "B", "talks")["stable"]) is False
    assert bool(_row(loose, "B", "protest")["stable"]) is False          # z 0.47: not distinctive at all
    strict = distinctive_terms(frequency, z_min=0.95)
    assert bool(_row(strict, "A", "troops")["stable"]) is False
    _, z = log_odds_z([1, 2, 3, 3, 1], [2, 3, 5, 5, 3], [0, 0, 0, 0, 0], [5, 5, 2, 3, 5])
    assert z == pytest.approx([0.934997, 1.322285, 0.980258, 1.169100, 0.800844], abs=1e-6)


def test_an_outlet_of_one_document_is_never_stable(make_corpus):
    texts = {"a1": "Head\n\n" + "Troops " * 30 + "border.\n", "b1": "Head\n\nProtest talks.\n",
             "b2": "Head\n\nProtest border.\n"}
    corpus = load_corpus(make_corpus(texts, title="Head", outlet="A", rows={"b1": {"outlet": "B"}, "b2": {"outlet": "B"}}))
    frame = distinctive_terms(term_frequency(corpus))
    troops = _row(frame, "A", "troops")
    assert troops["z"] > 1.96 and not troops["stable"]


def _brute_force_stable(frequency: pd.DataFrame, z_min: float) -> pd.Series:
    """Recompute every outlet's z with each document removed, by plain counting, no shortcuts."""
    uni = frequency[frequency["n"] == 1]
    full = distinctive_terms(frequency, z_min=z_min).set_index(["outlet", "term"])["z"]
    verdict = full.abs() >= z_min
    for doc_id in uni["doc_id"].unique():
        rest = uni[uni["doc_id"] != doc_id]
        counts = rest.pivot_table(index="term", columns="outlet", values="count", aggfunc="sum", fill_value=0)
        for (outlet, term), z_full in full[verdict].items():
            if outlet not in counts.columns or counts.shape[1] < 2 or term not in counts.index:
                verdict[(outlet, term)] = False
                continue
            y_i = counts.loc[term, outlet]
            y_j = counts.loc[term].sum() - y_i
            n_i = counts[outlet].sum()
            _, z = log_odds_z(y_i, n_i, y_j, counts.to_numpy().sum() - n_i)
            if not (np.sign(z) == np.sign(z_full) and abs(z) >= z_min):
                verdict[(outlet, term)] = False
    return verdict


@pytest.mark.parametrize("z_min", [0.5, 1.0, 1.5])
def test_stable_flag_equals_brute_force_on_a_random_corpus(make_corpus, z_min):
    rng = np.random.default_rng(7)
    vocabulary = ["troops", "border", "protest", "talks", "fuel", "prices", "riot", "airport", "summit", "oil"]
    texts, rows = {}, {}
    for outlet, weights in {"A": [8, 1, 2, 1, 1, 1, 3, 1, 1, 1], "B": [1, 1, 6, 5, 1, 1, 1, 1, 4, 1],
                            "C": [1, 4, 1, 1, 5, 5, 1, 2, 1, 1]}.items():
        p = np.array(weights) / sum(weights)
        for k in range(int(rng.integers(2, 5))):
            words = rng.choice(vocabulary, size=int(rng.integers(5, 40)), p=p)
            doc_id = f"{outlet.lower()}{k}"
            texts[doc_id] = "Head\n\n" + " ".join(words) + ".\n"
            rows[doc_id] = {"outlet": outlet}
    corpus = load_corpus(make_corpus(texts, title="Head", rows=rows))
    frequency = term_frequency(corpus)
    got = distinctive_terms(frequency, z_min=z_min).set_index(["outlet", "term"])["stable"]
    expected = _brute_force_stable(frequency, z_min)
    assert got.sum() > 0                                  # the test exercises stable words
    pd.testing.assert_series_equal(got.sort_index(), expected.sort_index(), check_names=False)


def test_stable_flag_equals_brute_force_on_the_shipped_corpus(corpus):
    frequency = term_frequency(corpus)
    got = distinctive_terms(frequency, z_min=1.0).set_index(["outlet", "term"])["stable"]
    expected = _brute_force_stable(frequency, 1.0)
    pd.testing.assert_series_equal(got.sort_index(), expected.sort_index(), check_names=False)


def test_single_outlet_gives_an_empty_frame(make_corpus):
    corpus = load_corpus(make_corpus({"a1": "Head\n\nTroops left.\n"}, title="Head"))
    frame = distinctive_terms(term_frequency(corpus))
    assert frame.empty and list(frame.columns) == COLUMNS


def test_prior_scale_must_be_positive(tiny):
    with pytest.raises(CorpusError, match="prior_scale"):
        distinctive_terms(term_frequency(tiny), prior_scale=0)


def test_prior_scale_changes_the_prior(tiny):
    # prior_scale 0.5: a_w = 1.5, a_0 = 5 for troops. omega_i = 4.5 / (5 + 5 - 4.5) = 4.5/5.5,
    # omega_j = 1.5 / (5 + 5 - 1.5) = 1.5/8.5; log_odds = ln(0.818182 / 0.176471) = ln(4.636364) = 1.533930
    frame = distinctive_terms(term_frequency(tiny), prior_scale=0.5)
    assert _row(frame, "A", "troops")["log_odds"] == pytest.approx(1.533930, abs=1e-6)


def test_exclusive_count_needed_by_hand():
    # n_i = 1000, n_j = 3000, a word only the outlet uses, k times: a_w = k, a_0 = 4000.
    # k = 5: ln((10/4990) / (5/6995)) = 1.030907, var 1/10 + 1/5 = 0.3 -> z 1.882 < 1.96
    # k = 6: ln((12/4988) / (6/6994)) = 1.031165, var 1/12 + 1/6 = 0.25 -> z 2.062
    # An outlet of 1 word: ln((2/3000) / (1/6000)) = 1.386294, var 1/2 + 1 = 1.5 -> z 1.132, never enough.
    assert exclusive_count_needed(1000, 3000) == 6
    assert exclusive_count_needed(1, 3000) is None


def test_top_distinctive(tiny):
    frame = distinctive_terms(term_frequency(tiny))
    top = top_distinctive(frame, top_n=1, min_count=2)
    assert list(zip(top["outlet"], top["term"])) == [("A", "troops"), ("B", "talks")]
    assert top_distinctive(frame, top_n=5, min_count=4).empty
    for bad in ({"top_n": 0}, {"min_count": -1}, {"top_n": 2.5}, {"min_count": True}):
        with pytest.raises(CorpusError):
            top_distinctive(frame, **bad)


def test_export_table(tiny):
    assert TABLES["distinctive_terms.csv"] == "newsbook.distinctive:distinctive_terms_table"
    table = distinctive_terms_table(tiny)
    assert list(table.columns) == EXPORT_COLUMNS == ["outlet", "term", "count", "count_rest", "log_odds", "z", "stable"]
    assert table["stable"].dtype == bool


def test_first_rows_are_those_np_unique_gives():
    """The first row of each factorized number, found without a sort, is the row ``np.unique`` gives."""
    from newsbook.distinctive import _first_rows

    rng = np.random.default_rng(8)
    for size, distinct in ((0, 1), (1, 1), (50, 3), (5000, 400), (5000, 5000)):
        numbers, _ = pd.factorize(rng.integers(0, distinct, size))
        assert _first_rows(numbers).tolist() == np.unique(numbers, return_index=True)[1].tolist()
