"""What "Timeline" states: the numbers and phrases its prose is made of.

Each function returns, as text, what one section of the chapter says; the chapter glues the
dictionaries key by key.

``date_facts(pieces, events, chrome)``
    ``n_pieces, n_expressions``; ``n_relative``: dates read against the publication date or the
    date named before; ``n_anchored``: those read against the date named before;
    ``n_chrome_dates``: dates in page chrome, counted nowhere else.
``window_facts(window, summary, history, *, start, end)``
    ``window_text`` ("January 1 to January 31, 2022"), ``n_window`` (dates in the window),
    ``n_window_events, n_multi`` (events, and those reported by more than one outlet),
    ``median_lag`` (from a day named to the piece that names it: "2 days", or "no days") and
    ``n_history`` (dates before the window).
``figure_facts(claims)``
    ``n_claims``; of the figures about current events, ``n_quantities`` (quantities counted),
    ``n_attributed`` (figures that name a source) and ``n_disputed`` (quantities given on more
    than one day); ``historical_claims``: the figures about earlier events ("2 figures", "none here").
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from newsbook.wording import agree, count_noun


def date_facts(pieces: pd.DataFrame, events: pd.DataFrame, chrome: pd.DataFrame) -> dict[str, str]:
    """How many dates the pieces name, and how many of them are relative.

    Args:
        pieces: a :func:`newsbook.events.publications` frame.
        events: an :func:`newsbook.events.events_table` frame (``resolved_from``).
        chrome: the dates in page chrome (:func:`newsbook.timeline_tables.chrome_dates`).
    """
    return {
        "n_pieces": str(len(pieces)),
        "n_expressions": str(len(events)),
        "n_relative": str(int(events["resolved_from"].str.startswith(("publication", "previous")).sum())),
        "n_anchored": str(int(events["resolved_from"].str.startswith("previous").sum())),
        "n_chrome_dates": str(len(chrome)),
    }


def median_lag(window: pd.DataFrame) -> str:
    """The median number of days from a day named to the publication of the piece that names it.

    Args:
        window: events (``precision, first_day, published``); only those of a day's precision count.

    >>> median_lag(pd.DataFrame({"precision": ["day", "week"], "first_day": ["2022-01-06", "2022-01-03"],
    ...                          "published": ["2022-01-07", "2022-01-12"]}))
    '1 day'
    """
    days = window[window["precision"] == "day"]
    lags = (pd.to_datetime(days["published"]) - pd.to_datetime(days["first_day"])).dt.days
    if not len(lags):
        return "no days"
    return f"{lags.median():g} {agree(lags.median(), 'day')}"


def window_facts(window: pd.DataFrame, summary: pd.DataFrame, history: pd.DataFrame, *,
                 start: dt.date, end: dt.date) -> dict[str, str]:
    """The dates in the window, the events they form, and the dates before it.

    Args:
        window: the events in the window (:func:`newsbook.events.split_window`).
        summary: their :func:`newsbook.events.event_summary` (``outlets_reporting``).
        history: the events before the window.
        start: the window's first day.
        end: its last day.
    """
    return {
        "window_text": f"{start:%B} {start.day} to {end:%B} {end.day}, {end.year}",
        "n_window": str(len(window)),
        "n_window_events": str(len(summary)),
        "n_multi": str(int((summary["outlets_reporting"] > 1).sum())),
        "median_lag": median_lag(window),
        "n_history": str(len(history)),
    }


def figure_facts(claims: pd.DataFrame) -> dict[str, str]:
    """How many figures, for how many quantities, how many name a source and how many disagree.

    Args:
        claims: a :func:`newsbook.quantities.quantities_table` frame.
    """
    current = claims[~claims["historical"]]
    n_historical = int(claims["historical"].sum())
    return {
        "n_claims": str(len(claims)),
        "n_quantities": str(current["quantity"].nunique()),
        "historical_claims": count_noun(n_historical, "figure") if n_historical else "none here",
        "n_attributed": str(int((current["attributed_to"] != "").sum())),
        "n_disputed": str(int((current.groupby("quantity")["published"].nunique() > 1).sum())),
    }
