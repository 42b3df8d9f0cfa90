"""What "The China and SCO angle" states: the numbers and phrases its prose is made of.

Each function returns, as text, what one section of the chapter says; the chapter glues the
dictionaries key by key. The focus and comparison blocs are named by
:func:`newsbook.comention.bloc_label` ("China/SCO").

``rate_facts(rates, documents, *, focus_label, compare_label)``
    ``focus_label, compare_label, n_words, n_focus, n_compare`` ("12 times"), ``focus_rate,
    compare_rate`` (per 1,000 words), ``ratio_sentence``, ``naming_phrase`` (how many outlets
    name the focus bloc, and which most often) and ``silent_phrase`` (the outlets that never do).
``context_facts(lines, sentences, mentions, *, compare_groups)``
    ``n_lines`` (concordance lines), ``n_focus_sentences`` and ``n_with_compare``: the focus
    sentences that also name a comparison group.
``frame_facts(frame_counts, framed)``
    ``n_framed`` (focus sentences with a frame cue), ``top_frame_phrase`` (the commonest frame or
    frames, tied) and ``spread_phrase`` (the outlet that draws on the most frames).
``speaker_facts(statements)``
    ``n_statements`` (attributed statements that mention the focus bloc) and
    ``statement_speakers``: their speakers.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from newsbook.wording import agree, count_noun, join_names


def _per_1000(mentions: int, words: int) -> str:
    return f"{1000 * mentions / words:.1f}" if words else "0"


def rate_facts(rates: pd.DataFrame, documents: pd.DataFrame, *, focus_label: str, compare_label: str) -> dict[str, str]:
    """How often the outlets name the focus bloc against the comparison bloc.

    Args:
        rates: a :func:`newsbook.comention.mention_rates` frame with both blocs.
        documents: the documents read (``words``), as in :func:`newsbook.tables.documents_table`.
        focus_label: the bloc the chapter is about.
        compare_label: the bloc it is set against.
    """
    words = int(documents["words"].sum())
    totals = rates.groupby("bloc")["mentions"].sum()
    n_focus, n_compare = int(totals[focus_label]), int(totals[compare_label])
    focus_rates = rates[rates["bloc"] == focus_label].set_index("outlet")["per_1000"]
    naming = focus_rates[focus_rates > 0].sort_values(ascending=False)
    silent = [o for o in focus_rates.index if focus_rates[o] == 0]
    return {
        "focus_label": focus_label,
        "compare_label": compare_label,
        "n_focus": count_noun(n_focus, "time"),
        "n_compare": count_noun(n_compare, "time"),
        "focus_rate": _per_1000(n_focus, words),
        "compare_rate": _per_1000(n_compare, words),
        "n_words": f"{words:,}",
        "ratio_sentence": (f"That is {n_compare / n_focus:.1f} mentions of {compare_label} for each one of {focus_label}."
                           if n_focus else f"{focus_label} is not mentioned at all."),
        "naming_phrase": (f"{len(naming)} of the {count_noun(len(focus_rates), 'outlet')} {agree(len(naming), 'names', 'name')} "
                          f"{focus_label} at all, {naming.index[0]} most often ({naming.iloc[0]:.1f} per 1,000 words)"
                          if len(naming) else f"No outlet names {focus_label}"),
        "silent_phrase": f"Never named by: {join_names(silent)}." if silent else "Every outlet names it at least once.",
    }


def context_facts(lines: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame, *,
                  compare_groups: Sequence[str]) -> dict[str, str]:
    """The concordance lines, the focus sentences, and how many of those name a comparison group too.

    Args:
        lines: a :func:`newsbook.concordance.concordance` frame of the focus mentions.
        sentences: a :func:`newsbook.framing.focus_sentences` frame (``doc_id, sentence``).
        mentions: a :func:`newsbook.mentions.find_mentions` frame (``group, doc_id, sentence``).
        compare_groups: the term groups the focus is set against.
    """
    focus_keys = set(zip(sentences["doc_id"], sentences["sentence"]))
    compare = mentions.loc[mentions["group"].isin(compare_groups), ["doc_id", "sentence"]]
    compare_keys = set(compare.itertuples(index=False, name=None))
    return {
        "n_lines": count_noun(len(lines), "line"),
        "n_focus_sentences": count_noun(len(sentences), "sentence"),
        "n_with_compare": f"{len(focus_keys & compare_keys):,}",
    }


def frame_facts(frame_counts: pd.DataFrame, framed: pd.DataFrame) -> dict[str, str]:
    """How many focus sentences are framed, the commonest frame, and the outlet with the most frames.

    Args:
        frame_counts: a :func:`newsbook.framing.frames_by` frame by outlet (``outlet, frame, sentences``).
        framed: a :func:`newsbook.framing.framed_sentences` frame (``frames``).
    """
    used = frame_counts.groupby("frame", sort=False)["sentences"].sum()
    top_frames = used[used == used.max()].index.tolist() if used.max() > 0 else []
    spread = frame_counts[frame_counts["sentences"] > 0].groupby("outlet")["frame"].nunique().sort_values(ascending=False)
    return {
        "n_framed": f"{int((framed['frames'] != '').sum()):,}",
        "top_frame_phrase": f"{join_names(top_frames)} ({count_noun(int(used.max()), 'sentence')})" if top_frames else "none",
        "spread_phrase": (f"{spread.index[0]} draws on the most frames ({spread.iloc[0]} of the {used.size} in the lexicon)"
                          if len(spread) else "no outlet uses a frame word"),
    }


def speaker_facts(statements: pd.DataFrame) -> dict[str, str]:
    """The attributed statements that mention the focus bloc, and their named speakers.

    Args:
        statements: a :func:`newsbook.mentions.statements_mentioning` frame (``speaker``; ``""``
            where there is none).
    """
    return {
        "n_statements": count_noun(len(statements), "attributed statement"),
        "statement_speakers": join_names(s for s in statements["speaker"] if s),
    }
