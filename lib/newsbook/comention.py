"""Counting mentions: how often each outlet names a group of terms, and which groups share a sentence.

``mention_rates``
    ``outlet, bloc, mentions, words, per_1000``: one row an outlet and a bloc (a named set of term
    groups, such as "China/SCO"); ``words`` counts the outlet's words of content
    (:func:`newsbook.tables.documents_table`), ``per_1000`` is mentions per 1,000 of them.
``co_mentions`` / ``co_mentions_table``
    ``outlet, group_a, group_b, sentences``: for every outlet and every pair of term groups (in
    the term table's order, ``group_a`` first), the number of sentences that mention both; pairs
    no sentence joins are there with 0, so the table is a complete grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.mentions import find_mentions, load_terms

RATE_COLUMNS = ["outlet", "bloc", "mentions", "words", "per_1000"]
CO_MENTION_COLUMNS = ["outlet", "group_a", "group_b", "sentences"]


def bloc_label(groups: Sequence[str]) -> str:
    """``["China", "SCO"]`` -> ``"China/SCO"``."""
    return "/".join(groups)


def mention_rates(mentions: pd.DataFrame, documents: pd.DataFrame, *, blocs: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """Mentions of each bloc per 1,000 words of each outlet's content.

    Args:
        mentions: a :func:`newsbook.mentions.find_mentions` frame.
        documents: a :func:`newsbook.tables.documents_table` frame (``outlet, words``) of the same
            documents; every outlet in it gets a row per bloc, mentioned or not.
        blocs: ``{label: [group, ...]}``, in the order the bars should come.
    """
    words = documents.groupby("outlet", sort=True)["words"].sum()
    grid = pd.MultiIndex.from_product([words.index, list(blocs)], names=["outlet", "bloc"])
    bloc_of = {group: label for label, groups in blocs.items() for group in groups}
    counted = mentions.assign(bloc=mentions["group"].map(bloc_of)).dropna(subset=["bloc"])
    counts = counted.groupby(["outlet", "bloc"]).size().reindex(grid, fill_value=0)
    frame = counts.rename("mentions").reset_index()
    frame["words"] = frame["outlet"].map(words).astype(int)
    frame["per_1000"] = (1000 * frame["mentions"] / frame["words"].where(frame["words"] > 0)).fillna(0.0).round(2)
    return frame[RATE_COLUMNS]


def co_mentions(mentions: pd.DataFrame, *, groups: Sequence[str] | None = None, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Sentences mentioning both groups of each pair, per outlet.

    Args:
        mentions: a :func:`newsbook.mentions.find_mentions` frame.
        groups: the groups and their order (default: as they first appear in ``mentions``).
        outlets: the outlets of the grid (default: those in ``mentions``).
    """
    groups = list(dict.fromkeys(mentions["group"])) if groups is None else list(groups)
    outlets = sorted(set(mentions["outlet"])) if outlets is None else list(outlets)
    order = {g: i for i, g in enumerate(groups)}
    seen = mentions.loc[mentions["group"].isin(order), ["outlet", "doc_id", "sentence", "group"]].drop_duplicates()
    pairs = seen.merge(seen, on=["outlet", "doc_id", "sentence"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["group_a"].map(order) < pairs["group_b"].map(order)]
    counts = pairs.groupby(["outlet", "group_a", "group_b"]).size()
    grid = pd.MultiIndex.from_tuples(
        [(o, a, b) for o in outlets for a, b in combinations(groups, 2)], names=["outlet", "group_a", "group_b"]
    )
    frame = counts.reindex(grid, fill_value=0).rename("sentences").reset_index()
    return frame[CO_MENTION_COLUMNS]


def co_mentions_table(corpus: Corpus) -> pd.DataFrame:
    """The co-mention grid of the default term table over the whole corpus (for the export)."""
    terms = load_terms()
    outlets = sorted({doc.outlet for doc in corpus})
    # find_mentions(corpus) reads the same default term table, and is computed once per corpus
    # (a terms frame passed in is not hashable, so it would be searched again)
    return co_mentions(find_mentions(corpus), groups=list(dict.fromkeys(terms["group"])), outlets=outlets)
