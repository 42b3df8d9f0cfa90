"""Datelines: a story's opening place names are no speaker and no part of a report."""

from __future__ import annotations

import pytest

from newsbook.datelines import past_bare_dateline, past_dashed_dateline


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
