"""The numbers and phrases of "Timeline"."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from newsbook.timeline_facts import date_facts, figure_facts, median_lag, window_facts


def test_date_facts():
    pieces = pd.DataFrame({"doc_id": ["a", "b"]})
    events = pd.DataFrame({"resolved_from": ["explicit", "publication 2022-01-08", "previous date 'Thursday' (2022-01-06)",
                                             "explicit, year from publication 2022-01-12", "publication 2022-01-08, future"]})
    facts = date_facts(pieces, events, pd.DataFrame({"date": ["2022-01-07"]}))
    assert facts == {"n_pieces": "2", "n_expressions": "5", "n_relative": "3", "n_anchored": "1", "n_chrome_dates": "1"}


def test_date_facts_without_dates():
    empty = pd.DataFrame({"resolved_from": pd.Series([], dtype=str)})
    assert set(date_facts(empty, empty, empty).values()) == {"0"}


def events(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["precision", "first_day", "published"])


@pytest.mark.parametrize(
    ("rows", "expected"),
    [((), "no days"),
     ((("week", "2022-01-03", "2022-01-10"), ("month", "2022-01-01", "2022-01-10")), "no days"),
     ((("day", "2022-01-06", "2022-01-07"),), "1 day"),
     ((("day", "2022-01-07", "2022-01-07"),), "0 days"),
     ((("day", "2022-01-06", "2022-01-07"), ("day", "2022-01-06", "2022-01-09")), "2 days"),
     ((("day", "2022-01-06", "2022-01-07"), ("day", "2022-01-06", "2022-01-08")), "1.5 days")],
)
def test_median_lag(rows, expected):
    assert median_lag(events(*rows)) == expected


def test_window_facts():
    window = events(("day", "2022-01-06", "2022-01-07"), ("day", "2022-01-05", "2022-01-08"), ("week", "2022-01-03", "2022-01-10"))
    summary = pd.DataFrame({"outlets_reporting": [1, 3]})
    history = events(("year", "2014-01-01", "2022-01-08"))
    facts = window_facts(window, summary, history, start=dt.date(2022, 1, 1), end=dt.date(2022, 1, 31))
    assert facts == {"window_text": "January 1 to January 31, 2022", "n_window": "3", "n_window_events": "2", "n_multi": "1",
                     "median_lag": "2 days", "n_history": "1"}


def test_window_across_years():
    empty = events()
    facts = window_facts(empty, pd.DataFrame({"outlets_reporting": []}), empty, start=dt.date(2021, 12, 28), end=dt.date(2022, 1, 3))
    assert facts["window_text"] == "December 28 to January 3, 2022"
    assert (facts["n_window"], facts["n_multi"], facts["median_lag"]) == ("0", "0", "no days")


def claims(*rows: tuple[str, str, str, bool]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["quantity", "published", "attributed_to", "historical"]).astype({"historical": bool})


@pytest.mark.parametrize(
    ("rows", "expected"),
    [((), {"n_claims": "0", "n_quantities": "0", "historical_claims": "none here", "n_attributed": "0", "n_disputed": "0"}),
     ((("killed", "2022-01-08", "", False), ("killed", "2022-01-10", "the government", False),
       ("detained", "2022-01-10", "", False), ("killed", "2021-12-16", "", True)),
      {"n_claims": "4", "n_quantities": "2", "historical_claims": "1 figure", "n_attributed": "1", "n_disputed": "1"}),
     ((("troops", "2022-01-08", "", True), ("troops", "2022-01-09", "", True)),
      {"n_claims": "2", "n_quantities": "0", "historical_claims": "2 figures", "n_attributed": "0", "n_disputed": "0"})],
)
def test_figure_facts(rows, expected):
    assert figure_facts(claims(*rows)) == expected
