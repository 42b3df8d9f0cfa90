"""Number phrases: letters outside ASCII that a case-blind pattern matches for an ASCII letter."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbook.numbers import _DIGIT, _pattern, _word_figure, find_numbers
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


@pytest.mark.parametrize("text", [
    "ſeven died", "SEVEN DIED", "twenty-one", "tens of thousands", "Tens  of thousands", "a dozen", "an estimated one",
    "more than a hundred", "Dozens", "scores of people", "someone often", "hundreds-strong", "nine\u00a0hundred", "x two",
])
def test_a_number_phrase_without_a_digit_holds_a_number_word(text):
    """find_numbers skips a text with no digit and no vague or number word: every phrase it would
    find there holds one (the quick test never hides a phrase)."""
    assert not _DIGIT.search(text)
    for m in _pattern().finditer(text):
        assert _word_figure().search(m.group(0)), m.group(0)
    assert bool(find_numbers(text)) <= bool(_word_figure().search(text))


def test_the_quick_test_hides_no_phrase_in_the_corpus(corpus):
    for doc in corpus:
        for m in _pattern().finditer(doc.text):
            assert _DIGIT.search(m.group(0)) or _word_figure().search(doc.text, m.start(), m.end()), m.group(0)
