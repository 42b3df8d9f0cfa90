"""Datelines: a story's opening place names are no speaker and no part of a report."""

from __future__ import annotations

import pytest

from newsbook.datelines import name_past_bare_dateline, past_bare_dateline, past_dashed_dateline


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["ALMATY", "—", "Troops", "left"], 2),
        (["WASHINGTON", "(", "AP", ")", "–", "Troops", "left"], 5),
        (["MOSCOW", ",", "Jan", "7", "(", "Reuters", ")", "-", "Troops", "left"], 8),
        (["NATO", "said", "troops", "left"], 0),  # capitals and then a verb: no dateline
        (["Troops", "left", "—", "officials", "said"], 0),
    ],
)
def test_a_dateline_with_a_dash_is_skipped(words, expected):
    assert past_dashed_dateline(words, 0, len(words) - 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEIJING/WASHINGTON China's navy said so.", "China's navy said so."),
        ("DUBAI Iran said so. Later in Dubai, officials met.", "Iran said so. Later in Dubai, officials met."),
        ("NATO Secretary General Jens Stoltenberg said so.", "NATO Secretary General Jens Stoltenberg said so."),
        ("KYIV Ukraine said so.", "KYIV Ukraine said so."),  # one place the text never writes in title case
    ],
)
def test_a_dateline_that_lost_its_dash_is_skipped_when_the_text_shows_it_is_a_place(text, expected):
    assert text[past_bare_dateline(text, 0, len(text)):] == expected


def test_a_name_run_after_a_bare_dateline_is_the_name_alone():
    text = "DUBAI/WASHINGTON Iran freed the sailors. Later in Washington, officials met."
    start, end = text.index("WASHINGTON"), text.index(" freed")
    assert text[name_past_bare_dateline(text, start, end):end] == "Iran"
    inside = "He met NATO Secretary General Jens Stoltenberg."  # capitals after lower-case words: no dateline
    assert name_past_bare_dateline(inside, inside.index("NATO"), len(inside) - 1) == inside.index("NATO")
