"""What "Term frequency by outlet" states: the numbers and phrases its prose is made of.

Each function returns, as text, what one section of the chapter says; the chapter glues the
dictionaries key by key.

``sample_facts(documents, tracked)``
    what the texts are: ``n_documents, n_outlets, outlet_docs`` ("AP 1, NPR 2"), ``n_single``
    (outlets with one document), ``multi_outlets`` (those with more, or "none"), ``n_transcripts,
    n_articles``, ``n_elsewhere`` (copies captured from another site), ``n_words, min_words,
    max_words`` (words of content, in all and per document).
``tracked_facts(by_outlet, *, stem)``
    ``stemming`` (how words are reduced), ``n_terms``, ``top_term, top_rate`` (the most frequent
    tracked term across outlets, per 1,000 words) and ``never_found`` (terms that never occur).
``distinctive_facts(frequency, distinctive, *, min_count, top_n)``
    ``n_vocabulary, min_count, top_n, z_min``, ``n_distinctive`` (words used ``min_count`` times
    that reach ``z_min``), ``n_stable`` (of those, the stable ones) and ``needed_range`` (how often
    a word no other outlet uses must occur to reach ``z_min``).
``pair_facts(pairs, *, min_count)``
    ``strongest_pair``: the word pair with the highest likelihood ratio, its outlet and count.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from newsbook.corpus import Document
from newsbook.distinctive import Z_MIN, exclusive_count_needed


def sample_facts(documents: Sequence[Document], tracked: pd.DataFrame) -> dict[str, str]:
    """The documents and outlets compared, their formats and their lengths.

    Args:
        documents: the documents read (:func:`newsbook.terms.select_documents`).
        tracked: a :func:`newsbook.termfreq.tracked_terms` frame (``outlet, doc_id, words``).
    """
    per_document = tracked.drop_duplicates("doc_id")
    per_outlet = per_document.groupby("outlet", sort=False)["doc_id"].size()
    words = per_document["words"]
    return {
        "n_documents": str(len(documents)),
        "n_outlets": str(len(per_outlet)),
        "outlet_docs": ", ".join(f"{o} {n}" for o, n in per_outlet.items()),
        "n_single": str(int((per_outlet == 1).sum())),
        "multi_outlets": ", ".join(per_outlet[per_outlet > 1].index) or "none",
        "n_transcripts": str(sum(d.format == "transcript" for d in documents)),
        "n_articles": str(sum(d.format == "article" for d in documents)),
        "n_elsewhere": str(sum(bool(d.meta.get("host", "")) for d in documents)),
        "n_words": f"{int(words.sum()):,}",
        "min_words": f"{int(words.min()):,}",
        "max_words": f"{int(words.max()):,}",
    }


def tracked_facts(by_outlet: pd.DataFrame, *, stem: bool) -> dict[str, str]:
    """The tracked terms: how they are matched, the most frequent across outlets, those never found.

    Args:
        by_outlet: a :func:`newsbook.termfreq.tracked_by_outlet` frame (``term, count, words``).
        stem: whether words were reduced to their stems.
    """
    pooled = by_outlet.groupby("term", sort=False)[["count", "words"]].sum()
    rate = pooled["count"] * 1000 / pooled["words"].where(pooled["words"] > 0)
    found = rate.max() > 0
    return {
        "stemming": "reduced to their Snowball stems" if stem else "counted as written (no stemming)",
        "n_terms": str(len(pooled)),
        "top_term": rate.idxmax() if found else "none",
        "top_rate": f"{rate.max():.1f}" if found else "0",
        "never_found": ", ".join(f"“{t}”" for t, c in pooled["count"].items() if c == 0) or "none",
    }


def needed_range(frequency: pd.DataFrame) -> str:
    """How many times a word no other outlet uses must occur to reach :data:`Z_MIN`, over the outlets.

    Args:
        frequency: a :func:`newsbook.termfreq.term_frequency` frame (``outlet, n, count``).
    """
    sizes = frequency[frequency["n"] == 1].groupby("outlet", sort=False)["count"].sum()
    needed = [exclusive_count_needed(sizes[o], sizes.sum() - sizes[o]) for o in sizes.index]
    needed = [n for n in needed if n is not None]
    if not needed:
        return "more occurrences than the texts have"
    return f"{min(needed)} occurrences" if min(needed) == max(needed) else f"{min(needed)} to {max(needed)} occurrences"


def distinctive_facts(frequency: pd.DataFrame, distinctive: pd.DataFrame, *, min_count: int, top_n: int) -> dict[str, str]:
    """The vocabulary, the distinctive words shown and how many of them are stable.

    Args:
        frequency: a :func:`newsbook.termfreq.term_frequency` frame.
        distinctive: a :func:`newsbook.distinctive.distinctive_terms` frame (``count, z, stable``).
        min_count: occurrences a word needs in an outlet to be shown.
        top_n: words shown per outlet.
    """
    shown = distinctive[(distinctive["count"] >= min_count) & (distinctive["z"] >= Z_MIN)]
    return {
        "n_vocabulary": f"{frequency.loc[frequency['n'] == 1, 'term'].nunique():,}",
        "min_count": str(min_count),
        "top_n": str(top_n),
        "z_min": f"{Z_MIN:g}",
        "n_distinctive": str(len(shown)),
        "n_stable": str(int(shown["stable"].sum())),
        "needed_range": needed_range(frequency),
    }


def pair_facts(pairs: pd.DataFrame, *, min_count: int) -> dict[str, str]:
    """The strongest word pair of the corpus, by likelihood ratio (the first in the table on a tie).

    Args:
        pairs: a :func:`newsbook.collocations.top_collocations` frame (``text, outlet, count,
            likelihood_ratio``).
        min_count: occurrences a pair needs in an outlet to be shown.
    """
    strongest = pairs.sort_values("likelihood_ratio", ascending=False, kind="stable").head(1)
    if strongest.empty:
        return {"strongest_pair": f"missing: no pair occurs {min_count} times in one outlet"}
    row = strongest.iloc[0]
    return {"strongest_pair": f"“{row['text']}” ({row['outlet']}, {row['count']} times)"}
