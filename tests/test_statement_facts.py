"""The sentences of "Who says Russia will leave" about statements and stances."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.statement_facts import (closing_sentence, leading_stance, sources_sentence, stance_facts,
                                      stance_paragraphs, statement_facts)

RELAYED = ("So the question reaches readers mostly as a warning that the troops will be hard to remove, "
           "while every report that they will leave is relayed second hand, never in the speaker's quoted words.")


def statements(*rows: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["speaker", "stance"])


def sources(*rows: tuple[str, int, int, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["stance", "statements", "reported", "source_types"])


def test_statement_facts_count_kinds_and_speakers():
    quotes = pd.DataFrame({"speaker": ["Putin", "Putin", "Hill", "Kelemen"], "kind": ["direct", "indirect", "indirect", "turn"]})
    facts = statement_facts(quotes, statements(("Putin", "will_leave"), ("Putin", "uncertain")))
    assert facts == {"n_statements": "4", "n_speakers": "3", "n_direct": "1", "n_indirect": "2", "n_turns": "1",
                     "n_topic": "2", "n_topic_speakers": "1"}


def test_statement_facts_without_statements():
    empty = pd.DataFrame(columns=["speaker", "kind", "stance"])
    assert set(statement_facts(empty, empty).values()) == {"0"}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [((), {"stance_counts": "0 will leave, 0 uncertain, 0 hard to remove",
           "who_will_leave": "nobody", "who_uncertain": "nobody", "who_hard_to_remove": "nobody"}),
     ((("Putin", "will_leave"),), {"stance_counts": "1 will leave, 0 uncertain, 0 hard to remove",
                                   "who_will_leave": "Putin", "who_uncertain": "nobody", "who_hard_to_remove": "nobody"}),
     ((("Blinken", "hard_to_remove"), ("Putin", "will_leave"), ("Blinken", "hard_to_remove"), ("Cardin", "hard_to_remove"),
       ("Tokayev", "will_leave"), ("Ashford", "hard_to_remove")),
      {"stance_counts": "2 will leave, 0 uncertain, 4 hard to remove", "who_will_leave": "Putin and Tokayev",
       "who_uncertain": "nobody", "who_hard_to_remove": "Blinken, Cardin and Ashford"})],
)
def test_stance_facts(rows, expected):
    assert stance_facts(statements(*rows)) == expected


@pytest.mark.parametrize(
    ("stance", "rows", "expected"),
    [("will_leave", (), "No statement says “will leave”."),
     ("uncertain", (("hard_to_remove", 2, 0, "experts"),), "No statement says “uncertain”."),
     ("will_leave", (("will_leave", 1, 1, "officials (Russia)"),),
      "One “will leave” statement comes from officials (Russia); it is reported speech."),
     ("will_leave", (("will_leave", 1, 0, "experts"),),
      "One “will leave” statement comes from experts; it is quoted words."),
     ("hard_to_remove", (("hard_to_remove", 5, 2, "officials (United States)"),),
      "The 5 “hard to remove” statements come from officials (United States); 2 of them are reported speech rather than quoted words."),
     ("uncertain", (("uncertain", 3, 1, "experts, officials (Russia)"),),
      "The 3 “uncertain” statements come from experts, officials (Russia); 1 of them is reported speech rather than quoted words.")],
)
def test_sources_sentence(stance, rows, expected):
    assert sources_sentence(stance, sources(*rows)) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [((), ""),
     ((("Putin", "will_leave"),), "will_leave"),
     # voices, not repetitions: Blinken's three statements count once
     ((("Blinken", "hard_to_remove"), ("Blinken", "hard_to_remove"), ("Blinken", "hard_to_remove"),
       ("Putin", "uncertain"), ("Tokayev", "uncertain")), "uncertain"),
     # a tie goes to the stance that comes first in the table
     ((("Putin", "uncertain"), ("Blinken", "hard_to_remove")), "uncertain"),
     ((("Blinken", "hard_to_remove"), ("Putin", "uncertain")), "hard_to_remove")],
)
def test_leading_stance(rows, expected):
    assert leading_stance(statements(*rows)) == expected


@pytest.mark.parametrize(
    ("rows", "source_rows", "expected"),
    [((), (), ""),
     ((("Blinken", "hard_to_remove"), ("Cardin", "hard_to_remove"), ("Putin", "will_leave")),
      (("hard_to_remove", 2, 0, "officials (United States)"), ("will_leave", 1, 1, "officials (Russia)")), RELAYED),
     # one "will leave" statement in the speaker's own words: no longer all relayed
     ((("Blinken", "hard_to_remove"), ("Cardin", "hard_to_remove"), ("Putin", "will_leave")),
      (("hard_to_remove", 2, 0, "officials (United States)"), ("will_leave", 1, 0, "officials (Russia)")),
      "The stance most speakers take is “hard to remove”."),
     # nobody says they will leave
     ((("Blinken", "hard_to_remove"),), (("hard_to_remove", 1, 0, "officials (United States)"),),
      "The stance most speakers take is “hard to remove”."),
     ((("Putin", "will_leave"), ("Tokayev", "will_leave"), ("Blinken", "hard_to_remove")),
      (("will_leave", 2, 2, "officials (Russia)"), ("hard_to_remove", 1, 0, "officials (United States)")),
      "The stance most speakers take is “will leave”.")],
)
def test_closing_sentence(rows, source_rows, expected):
    assert closing_sentence(statements(*rows), sources(*source_rows)) == expected


def test_stance_paragraphs_order_and_closing():
    text = stance_paragraphs(statements(("Putin", "will_leave")), sources(("will_leave", 1, 1, "officials (Russia)")))
    assert text == ("No statement says “hard to remove”. One “will leave” statement comes from officials (Russia); it is "
                    "reported speech. No statement says “uncertain”.\n\n"
                    "The stance most speakers take is “will leave”.")
    assert stance_paragraphs(statements(), sources()).endswith("No statement says “uncertain”.\n\n")
