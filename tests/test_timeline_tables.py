"""The timeline chapter's tables: the ledger with earlier events marked, the dates in page chrome."""

from __future__ import annotations

import pandas as pd

from newsbook.timeline_tables import chrome_dates, marked_ledger


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
