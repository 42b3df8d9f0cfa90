"""What "Who says Russia will leave" states about one remark carried by several outlets.

``remark_facts(groups)`` returns, as text, from a :func:`newsbook.quote_groups.quote_groups`
frame:

``groups_phrase``
    how many remarks appear in more than one document ("3 remarks appear", "1 remark appears").
``big_speaker, big_docs, big_outlets, big_first, big_verbatim, big_changed``
    the remark carried by the most documents (the first such group on a tie): its speaker, its
    documents, its outlets, the outlet(s) that published it first, the outlets that present it
    as the speaker's own words, and the most words a verbatim version other than the reference
    changes (0 when there is none). All ``"none"`` when no remark is repeated.
"""

from __future__ import annotations

import pandas as pd

from newsbook.wording import agree, join_names

BIGGEST_KEYS = ("big_speaker", "big_docs", "big_outlets", "big_first", "big_verbatim", "big_changed")


def remark_facts(groups: pd.DataFrame) -> dict[str, str]:
    """How many remarks recur across documents, and the facts of the most widely carried one.

    Args:
        groups: a :func:`newsbook.quote_groups.quote_groups` frame (``group, speaker, outlet,
            first_published, presented_as, reference, words_changed``).
    """
    n_groups = int(groups["group"].nunique()) if len(groups) else 0
    facts = {"groups_phrase": f"{n_groups} {agree(n_groups, 'remark')} {agree(n_groups, 'appears', 'appear')}"}
    if not len(groups):
        return facts | dict.fromkeys(BIGGEST_KEYS, "none")
    biggest = groups.groupby("group").size().idxmax()
    versions = groups[groups["group"] == biggest]
    verbatim = versions["presented_as"] == "verbatim"
    quoted = ~versions["reference"] & verbatim
    return facts | {
        "big_speaker": str(versions["speaker"].iloc[0]),
        "big_docs": str(len(versions)),
        "big_outlets": join_names(versions["outlet"], empty="nobody"),
        "big_first": join_names(versions.loc[versions["first_published"], "outlet"], empty="nobody"),
        "big_verbatim": join_names(versions.loc[verbatim, "outlet"], empty="nobody"),
        "big_changed": str(int(versions.loc[quoted, "words_changed"].max() if quoted.any() else 0)),
    }
