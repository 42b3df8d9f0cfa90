"""The timeline chapter's tables for the chosen outlets."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.timeline_tables import chrome_dates, for_outlets, marked_ledger


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [([], ["AP", "NPR", "AP", "VOA"]), (["AP"], ["AP", "AP"]), (["NPR", "VOA"], ["NPR", "VOA"]), (["BBC"], [])],
)
def test_for_outlets(outlets, expected):
    frame = pd.DataFrame({"outlet": ["AP", "NPR", "AP", "VOA"]}, index=[3, 5, 7, 9])
    chosen = for_outlets(frame, outlets)
    assert chosen["outlet"].tolist() == expected
    assert chosen.index.tolist() == list(range(len(expected)))


def test_marked_ledger_marks_earlier_events():
    claims = pd.DataFrame({
        "doc_id": ["a", "b"], "outlet": ["AP", "NPR"], "published": ["2022-01-08", "2022-01-10"],
        "quantity": ["killed", "killed"], "value_text": ["164", "16"], "low": [164.0, 16.0], "high": [164.0, 16.0],
        "cue": ["killed", "killed"], "attributed_to": ["", ""], "historical": [False, True], "start": [0, 5], "end": [3, 7],
    })
    assert marked_ledger(claims)["quantity"].tolist() == ["killed", "killed (earlier event)"]
    assert marked_ledger(claims.iloc[:0]).empty


def test_chrome_dates_are_only_chrome(corpus):
    dates = chrome_dates(corpus)
    assert len(dates) and dates["chrome"].all()
    assert "paragraph" in dates.columns and "sentence" not in dates.columns
