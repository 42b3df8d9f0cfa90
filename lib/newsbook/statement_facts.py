"""What "Who says Russia will leave" states about the attributed statements and their stances.

Each function returns what the chapter's prose says, as text, from the tables of
:mod:`newsbook.sourcing`; the chapter glues the dictionaries key by key.

``statement_facts(quotes, statements)``
    ``n_statements, n_speakers, n_direct, n_indirect, n_turns``: statements (and their speakers)
    of the outlets shown, by kind; ``n_topic, n_topic_speakers``: those on the topic.
``stance_facts(statements)``
    ``stance_counts`` ("2 will leave, 0 uncertain, 5 hard to remove") and, per stance,
    ``who_STANCE``: its speakers ("Putin, Tokayev and Blinken", or "nobody").
``stance_paragraphs(statements, sources)``
    Markdown: per stance, where its statements come from and how many are reported speech, then
    a paragraph on the stance most speakers take.
"""

from __future__ import annotations

import pandas as pd

from newsbook.quote_plots import STANCE_LABELS
from newsbook.sourcing import leading_stance
from newsbook.wording import agree, join_names

SOURCE_SENTENCE_ORDER = ["hard_to_remove", "will_leave", "uncertain"]
"""The order of the stances in the paragraph on where the statements come from."""


def statement_facts(quotes: pd.DataFrame, statements: pd.DataFrame) -> dict[str, str]:
    """How many statements, by kind, and how many speak to the topic.

    Args:
        quotes: the statements of the outlets shown (``speaker, kind``).
        statements: a :func:`newsbook.sourcing.topic_statements` frame.
    """
    return {
        "n_statements": str(len(quotes)),
        "n_speakers": str(quotes["speaker"].nunique()),
        "n_direct": str(int((quotes["kind"] == "direct").sum())),
        "n_indirect": str(int((quotes["kind"] == "indirect").sum())),
        "n_turns": str(int((quotes["kind"] == "turn").sum())),
        "n_topic": str(len(statements)),
        "n_topic_speakers": str(statements["speaker"].nunique()),
    }


def stance_facts(statements: pd.DataFrame) -> dict[str, str]:
    """The statements per stance and, per stance, who takes it, in order of their statements.

    Args:
        statements: a :func:`newsbook.sourcing.topic_statements` frame (``speaker, stance``).
    """
    facts = {"stance_counts": ", ".join(f"{int((statements['stance'] == s).sum())} {label}"
                                        for s, label in STANCE_LABELS.items())}
    for stance in STANCE_LABELS:
        facts[f"who_{stance}"] = join_names(statements.loc[statements["stance"] == stance, "speaker"], empty="nobody")
    return facts


def sources_sentence(stance: str, sources: pd.DataFrame) -> str:
    """Where the statements of one stance come from, and how many of them are reported speech.

    Args:
        stance: a key of :data:`newsbook.quote_plots.STANCE_LABELS`.
        sources: a :func:`newsbook.sourcing.stance_sources` frame (``stance, statements,
            reported, source_types``).
    """
    label = STANCE_LABELS[stance]
    rows = sources[sources["stance"] == stance]
    if rows.empty:
        return f"No statement says “{label}”."
    row = rows.iloc[0]
    n, reported = row["statements"], row["reported"]
    if n == 1:
        kind = "reported speech" if reported else "quoted words"
        return f"One “{label}” statement comes from {row['source_types']}; it is {kind}."
    return (f"The {n} “{label}” statements come from {row['source_types']}; {reported} of them "
            f"{agree(reported, 'is', 'are')} reported speech rather than quoted words.")


def closing_sentence(statements: pd.DataFrame, sources: pd.DataFrame) -> str:
    """The sentence that closes the stance section: the stance most speakers take.

    Where most speakers say the troops will be hard to remove and every "will leave" statement
    is reported speech, the sentence says so; ``""`` when there is no statement.
    """
    top = leading_stance(statements)
    leave = sources[sources["stance"] == "will_leave"]
    relayed = not leave.empty and leave["reported"].iloc[0] == leave["statements"].iloc[0]
    if top == "hard_to_remove" and relayed:
        return ("So the question reaches readers mostly as a warning that the troops will be hard to remove, "
                "while every report that they will leave is relayed second hand, never in the speaker's quoted words.")
    return f"The stance most speakers take is “{STANCE_LABELS[top]}”." if top else ""


def stance_paragraphs(statements: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Markdown: a paragraph on the sources of each stance, then the closing sentence.

    Args:
        statements: a :func:`newsbook.sourcing.topic_statements` frame.
        sources: a :func:`newsbook.sourcing.stance_sources` frame of the same statements.
    """
    return (" ".join(sources_sentence(stance, sources) for stance in SOURCE_SENTENCE_ORDER)
            + "\n\n" + closing_sentence(statements, sources))
