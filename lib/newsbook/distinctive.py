"""Words that set an outlet apart: log-odds with an informative Dirichlet prior, one outlet against the rest.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4), section 3.5. For a word
``w``, an outlet ``i`` and the rest ``j`` (all other selected outlets), with counts ``y`` and totals ``n``
(vocabulary unigrams; stopwords are not counted), and the prior ``a_w = prior_scale * (y_iw + y_jw)``,
``a_0 = prior_scale * (n_i + n_j)`` (the pooled counts: the empirical-Bayes choice of tidylo and of the
FightingWords code)::

    log_odds = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    z        = log_odds / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))

``stable`` is the leave-one-document-out check: True when ``|z| >= z_min`` and, with any single
document left out (of the outlet or of the rest), the word still has ``|z| >= z_min`` with the same
sign. An outlet with a single document can have no stable word: leaving that document out leaves the
outlet without text, so all it shows is one document's vocabulary.

``distinctive_terms``
    ``outlet, term, count, count_rest, log_odds, z, stable, doc_id, start, end``: one row per outlet and
    word the outlet uses; ``doc_id, start, end`` locate the word's first occurrence in the outlet.
    Sorted by outlet, then ``z`` descending.
``distinctive_terms_table``
    ``outlet, term, count, count_rest, log_odds, z, stable``: the export ``distinctive_terms.csv``.
``top_distinctive``
    the ``top_n`` rows of highest ``z`` per outlet among words used at least ``min_count`` times.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.termfreq import term_frequency

Z_MIN = 1.96
COLUMNS = ["outlet", "term", "count", "count_rest", "log_odds", "z", "stable", "doc_id", "start", "end"]
EXPORT_COLUMNS = COLUMNS[:7]


def log_odds_z(y_i, n_i, y_j, n_j, *, prior_scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """``(log_odds, z)`` of words with counts ``y_i`` of ``n_i`` against ``y_j`` of ``n_j`` (arrays)."""
    y_i, n_i, y_j, n_j = (np.asarray(v, dtype=float) for v in (y_i, n_i, y_j, n_j))
    a_w, a_0 = prior_scale * (y_i + y_j), prior_scale * (n_i + n_j)
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - np.log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
        z = delta / np.sqrt(1.0 / (y_i + a_w) + 1.0 / (y_j + a_w))
    return delta, z


def distinctive_terms(
    frequency: pd.DataFrame, *, prior_scale: float = 1.0, z_min: float = Z_MIN
) -> pd.DataFrame:
    """Log-odds and z of every word of every outlet against the other outlets, with the stability flag.

    Args:
        frequency: a :func:`newsbook.termfreq.term_frequency` frame (its unigrams are used).
        prior_scale: how many times the pooled counts the prior weighs (1: as much as the data).
        z_min: the ``|z|`` a word needs to count as distinctive (1.96: two-sided 5 per cent).
    """
    if prior_scale <= 0:
        raise CorpusError("parameters", "prior_scale", f"must be positive, got {prior_scale!r}")
    uni = frequency.loc[frequency["n"] == 1, ["outlet", "doc_id", "term", "count", "start", "end"]]
    outlets = list(uni["outlet"].unique())  # in order of first appearance
    if len(outlets) < 2:
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("outlet", "term", "doc_id") else float) for c in COLUMNS})
    docs = uni.groupby("doc_id", sort=False).agg(outlet=("outlet", "first"), m=("count", "sum"))
    n_all = float(docs["m"].sum())
    term_number, terms = pd.factorize(uni["term"])  # each term numbered once, for every grouping below
    found = _outlet_terms(uni, term_number, terms)
    n_out = found["outlet"].map(docs.groupby("outlet")["m"].sum())
    found["log_odds"], found["z"] = log_odds_z(found["count"], n_out, found["count_rest"], n_all - n_out,
                                               prior_scale=prior_scale)
    found["stable"] = _stable(found, uni, term_number, docs, prior_scale=prior_scale, z_min=z_min)
    found["_order"] = found["outlet"].map({o: k for k, o in enumerate(outlets)})
    found = found.sort_values(["_order", "z", "term"], ascending=[True, False, True], kind="stable")
    return found[COLUMNS].reset_index(drop=True)


def _outlet_terms(uni: pd.DataFrame, term_number: np.ndarray, terms: pd.Index) -> pd.DataFrame:
    """``outlet, term, count, doc_id, start, end, count_rest, _term``: one row an outlet and term of the
    unigram rows ``uni``, in order of first appearance, with the term's count in the outlet, its first
    row's document and offsets, its count in the other outlets and its number (``term_number`` numbers
    the rows' terms, ``terms`` names the numbers).

    The rows are grouped by numbers: each term and outlet is numbered once (in order of first appearance)
    and a pair is one integer, where grouping by the text of the two columns, and again by the term for
    its total, would hash every string of each again.
    """
    outlet_number, outlets = pd.factorize(uni["outlet"])
    counts = uni["count"].to_numpy()
    pair_number, _ = pd.factorize(outlet_number.astype(np.int64) * len(terms) + term_number)  # pairs as first seen
    first = _first_rows(pair_number)  # each pair's first row
    count = np.bincount(pair_number, weights=counts).astype(counts.dtype)
    term_total = np.bincount(term_number, weights=counts).astype(counts.dtype)
    pair_term = term_number[first]
    return pd.DataFrame({
        "outlet": outlets.to_numpy()[outlet_number[first]],
        "term": terms.to_numpy()[pair_term],
        "count": count,
        "doc_id": uni["doc_id"].to_numpy()[first],
        "start": uni["start"].to_numpy()[first],
        "end": uni["end"].to_numpy()[first],
        "count_rest": term_total[pair_term] - count,
        "_term": pair_term,
    })


def _first_rows(numbers: np.ndarray) -> np.ndarray:
    """The row where each number first stands, for numbers given in order of first appearance from 0
    (as :func:`pandas.factorize` gives them): ``np.unique(numbers, return_index=True)[1]``, without its sort.
    A row holds a number's first appearance where its number passes every number before it.

    >>> _first_rows(np.array([0, 1, 0, 2, 1, 3]))
    array([0, 1, 3, 5])
    """
    first = np.empty(len(numbers), dtype=bool)
    first[:1] = True
    np.greater(numbers[1:], np.maximum.accumulate(numbers)[:-1], out=first[1:])
    return np.flatnonzero(first)


def _stable(found: pd.DataFrame, uni: pd.DataFrame, term_number: np.ndarray, docs: pd.DataFrame, *,
            prior_scale: float, z_min: float) -> pd.Series:
    """The leave-one-document-out flag (see the module docstring), vectorised per outlet; ``term_number``
    numbers each row of ``uni`` by its term (``pd.factorize``), as in :func:`_outlet_terms`.

    Only documents that contain the word, and in each group (outlet, rest) the largest document that
    does not, need checking: with the word's counts fixed, the log-odds is monotone in the size of the
    document removed, so the largest such document moves it furthest.
    """
    stable = pd.Series(False, index=found.index)
    n_all = float(docs["m"].sum())
    for outlet in found["outlet"].unique():
        cand = found[(found["outlet"] == outlet) & (found["z"].abs() >= z_min)]
        in_docs = docs[docs["outlet"] == outlet]
        if cand.empty or len(in_docs) < 2 or len(docs) - len(in_docs) < 1:
            continue
        n_i = float(in_docs["m"].sum())
        base = cand.set_index("term")[["count", "count_rest", "z"]]
        rows = uni[np.isin(term_number, cand["_term"].to_numpy())][["doc_id", "term", "count"]].rename(columns={"count": "c"})
        rows["inside"] = rows["doc_id"].map(docs["outlet"]).eq(outlet)
        rows["m"] = rows["doc_id"].map(docs["m"]).astype(float)
        extra = [_largest_without(rows, docs, inside, outlet, base.index) for inside in (True, False)]
        trial = pd.concat([rows[["term", "c", "m", "inside"]], *extra], ignore_index=True)
        group_docs = np.where(trial["inside"], len(in_docs), len(docs) - len(in_docs))
        y = base.loc[trial["term"]]
        y_i = y["count"].to_numpy() - np.where(trial["inside"], trial["c"], 0)
        y_j = y["count_rest"].to_numpy() - np.where(trial["inside"], 0, trial["c"])
        left_i = n_i - np.where(trial["inside"], trial["m"], 0.0)
        _, z = log_odds_z(y_i, left_i, y_j, n_all - trial["m"].to_numpy() - left_i, prior_scale=prior_scale)
        full = y["z"].to_numpy()
        ok = (np.sign(z) == np.sign(full)) & (np.abs(z) >= z_min) & (group_docs > 1)
        verdict = pd.Series(ok).groupby(trial["term"].to_numpy()).all()
        stable[cand.index] = cand["term"].map(verdict).fillna(False).to_numpy(dtype=bool)
    return stable


def _largest_without(rows: pd.DataFrame, docs: pd.DataFrame, inside: bool, outlet: str, terms: pd.Index) -> pd.DataFrame:
    """For each term, the largest document of the group (outlet or rest) in which it does not occur."""
    group = docs[(docs["outlet"] == outlet) == inside].sort_values("m", ascending=False, kind="stable")
    rank = pd.Series(np.arange(len(group)), index=group.index)
    have = rows[rows["inside"] == inside]
    ranks = pd.DataFrame({"term": have["term"].to_numpy(), "rank": have["doc_id"].map(rank).to_numpy()})
    ranks = ranks.sort_values(["term", "rank"], kind="stable")
    ranks["pos"] = ranks.groupby("term").cumcount()
    gaps = ranks[ranks["rank"] != ranks["pos"]].groupby("term")["pos"].min()
    mex = pd.Series(0, index=terms).add(ranks.groupby("term").size(), fill_value=0)
    mex.update(gaps)
    mex = mex[mex < len(group)].astype(int)
    sizes = group["m"].to_numpy(dtype=float)
    return pd.DataFrame({"term": mex.index, "c": 0, "m": sizes[mex.to_numpy()], "inside": inside})


def exclusive_count_needed(n_i: float, n_j: float, *, prior_scale: float = 1.0, z_min: float = Z_MIN,
                           limit: int = 100_000) -> int | None:
    """How many times a word no other outlet uses must occur in an outlet of ``n_i`` words to reach ``z_min``.

    ``n_j`` is the size of the rest. ``None`` when it cannot within ``limit`` (or the outlet's size).

    >>> exclusive_count_needed(1000, 3000)
    6
    """
    counts = np.arange(1, int(min(limit, n_i)) + 1)
    _, z = log_odds_z(counts, n_i, 0, n_j, prior_scale=prior_scale)
    reached = np.flatnonzero(z >= z_min)
    return int(counts[reached[0]]) if len(reached) else None


def distinctive_terms_table(corpus: Corpus) -> pd.DataFrame:
    """``distinctive_terms.csv``: every word of every outlet against the rest (no stemming)."""
    return distinctive_terms(term_frequency(corpus))[EXPORT_COLUMNS]


def top_distinctive(frame: pd.DataFrame, *, top_n: int = 10, min_count: int = 2) -> pd.DataFrame:
    """The ``top_n`` most distinctive words (highest ``z``) of each outlet used ``min_count`` times or more."""
    for name, value in (("top_n", top_n), ("min_count", min_count)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise CorpusError("parameters", name, f"must be a whole number of at least 1, got {value!r}")
    chosen = frame[(frame["count"] >= min_count) & (frame["z"] > 0)]
    return chosen.groupby("outlet", sort=False).head(top_n).reset_index(drop=True)

