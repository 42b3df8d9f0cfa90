"""Anchored scans: the same matches as ``finditer``, the pattern tried only where a match can begin."""

from __future__ import annotations

import random
import re

import pytest

from newsbook import anchors
from newsbook.temporal_rules import _compiled

TEXTS = [
    "On Monday, January 5, 2022, troops came; by the end of January they left. Mid-January? early January 2022.",
    "Jan. 5, the 5th of January, 1/5/2022, 2022-01-08, since 1989, the 1990s, 2001-04 and 2001–02, 30 years ago.",
    "xMonday 5January Monday5 _Monday the new year, The New Year, the first days of the new year.",
    "TODAY, Today and today; tonight, yesterday morning, Last Night, this week, EARLIER THIS WEEK, next year.",
    "The next day, the following week, the day before. Two years later, the previous month.",
    "Kelvin \u212aelvin ſince \u0130n İstanbul ıt 名字 ٣ ५ é\u00a0January\u2003Monday",
    "",
]


@pytest.mark.parametrize(
    ("pattern", "flags", "has_anchor"),
    [
        (r"\b(?:early\s+)?(?:January|March)", 0, True),
        (r"(?<![\w,.])\d+\s+(?:of\s+)?January", 0, True),
        (r"\btoday\b", re.IGNORECASE, True),
        (r"\b(?:in|on|at|by|to)\s+May", 0, False),  # too common a start
        (r"January", 0, False),  # nothing says a match opens a word
        (r"\b\w+", 0, False),  # may begin with any character
        (r"\b(?:x)?", 0, False),  # may match the empty string
    ],
)
def test_anchor_made_only_when_provable(pattern, flags, has_anchor):
    assert (anchors.anchor(re.compile(pattern, flags)) is not None) == has_anchor


@pytest.mark.parametrize("text", TEXTS)
def test_date_rules_find_the_same_matches(text):
    for _, pattern, _, tail, anchor in _compiled():
        if anchor is not None:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in anchors.finditer(pattern, anchor, text)] == expected


def test_date_rules_on_random_texts():
    rng = random.Random(2022)
    vocab = ("January Jan. Sept. May may March Monday the The early mid late last next this past in on of by since 5 05 "
             "5th 31 2022 1999 2001-04 1990s 1/5/2022 2022-01-08 new year first days today TODAY tonight yesterday "
             "night day before after following week month ago later x xMonday _5 , . ; - – / $ % ’ \" ( ) é ſ İ ı").split()
    seps = [" ", "  ", "\n\n", "", ",", ", ", "-", "\t", "\u00a0"]
    rules = [(p, a) for _, p, _, _, a in _compiled() if a is not None]
    for _ in range(2000):
        text = "".join(rng.choice(vocab) + rng.choice(seps) for _ in range(rng.randint(1, 10)))
        for pattern, anchor in rules:
            assert [m.span() for m in anchors.finditer(pattern, anchor, text)] == [m.span() for m in pattern.finditer(text)]


def test_date_rules_on_the_corpus(corpus):
    for doc in corpus:
        for _, pattern, _, _, anchor in _compiled():
            if anchor is not None:
                assert [m.span() for m in anchors.finditer(pattern, anchor, doc.text)] == [m.span() for m in pattern.finditer(doc.text)]


def test_case_forms_are_the_engines():
    """Each ASCII letter, ignoring case, matches exactly its two cases and the listed extras."""
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    candidates = [chr(code) for code in range(0x110000) if any_letter.fullmatch(chr(code))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pattern = re.compile(letter, re.IGNORECASE)
        found = {c for c in candidates if pattern.fullmatch(c)}
        assert found == {letter, letter.upper(), *anchors.CASE_FORMS_BEYOND_ASCII.get(letter, "")}
