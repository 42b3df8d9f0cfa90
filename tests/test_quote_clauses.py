"""Whether words make a clause: what a cue's complement requires."""

from __future__ import annotations

import pytest

from newsbook.quote_clauses import is_clause, past_clause, satisfies
from newsbook.quote_cues import SentenceReader, spans


def reader(text: str) -> SentenceReader:
    return SentenceReader(text, spans(text), [False] * len(spans(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they would stay", True),                      # a subject pronoun
        ("the troops will stay", True),                 # an auxiliary early on
        ("its rival cheated on the tests", True),       # a noun phrase and a verb in -ed
        ("soldiers fired on the crowd", True),
        ("Russian forces pounded the city", True),
        ("responsibility for the attack", False),       # a noun phrase alone
        ("troops to enter the city", False),
        ("on Tuesday", False),
        ("in a statement posted on Telegram", False),
        ("increased spending on the army", False),      # a participle opens no clause
        ("the end of the war cannot be a pause", True),  # a negated auxiliary, written out or short
        ("the deal couldn’t last", True),
        ("the allies haven't agreed", True),
    ],
)
def test_is_clause(text, expected):
    r = reader(text)
    assert is_clause(r, 0, len(r.words) - 1) is expected


def test_complements():
    r = reader("promised that , if he won , the war would end")
    first = r.words.index("if")
    assert satisfies(r, first, len(r.words) - 1, "clause")            # "that" before a comma
    r = reader("to withdraw the troops")
    assert satisfies(r, 0, 3, "clause_or_to") and not satisfies(r, 0, 3, "clause")
    assert satisfies(r, 0, 3, "any") and not satisfies(r, 0, 3, "quote")
    assert not past_clause(reader("to the people who voted"), 0, 4)
