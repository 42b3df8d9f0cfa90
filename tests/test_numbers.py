"""Number phrases: letters outside ASCII that a case-blind pattern matches for an ASCII letter."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbook.numbers import find_numbers
from newsbook.temporal import find_time_expressions
from newsbook.temporal_tense import number_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ſeven", [("ſeven", 7.0, 7.0)]),  # the long s: the pattern matches it for "s"
        ("twenty-ſix people", [("twenty-ſix", 26.0, 26.0)]),
        ("f\u0130ve", [("f\u0130ve", 5.0, 5.0)]),  # a dotted capital I
        ("SEVEN", [("SEVEN", 7.0, 7.0)]),
        ("ſeveral", [("ſeveral", None, None)]),  # a vague quantity word
        ("dozenſ", [("dozenſ", 24.0, 99.0)]),
    ],
)
def test_case_blind_letters_read_as_ascii(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert [(n.text, n.low, n.high) for n in find_numbers(text)] == expected


@pytest.mark.parametrize(("words", "value"), [("ſeven", 7), ("Thouſand", 1000), ("S\u0130X", 6), ("seven", 7)])
def test_number_value_folds_case_blind_letters(words: str, value: int) -> None:
    assert number_value(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened ſeven dayſ ago.", [("ſeven dayſ ago", "2022-01-01")]),
        ("It began in May. Two monthſ later", [("May", "2021-05"), ("Two monthſ later", "2021-07")]),
    ],
)
def test_dates_with_case_blind_letters(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_time_expressions(text, dt.date(2022, 1, 8))
    assert [(e.text, e.date) for e in found] == expected
