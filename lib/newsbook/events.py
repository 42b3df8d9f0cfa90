"""Events: sentences that carry a normalised date, labelled, with their actors, grouped across outlets.

An event row is one date expression (:func:`newsbook.temporal.date_expressions`) with the
label of its sentence (:func:`newsbook.labels.short_label`) and the names in it. Rows with the
same date value whose sentences share at least :data:`SHARED_KEYWORDS` stemmed key words (or
that come from one sentence) form one event, so the timeline can say how many outlets
reported it.

``events_table(corpus)`` columns: the columns of ``date_expressions`` plus ``label, actors``
(``; ``-separated), ``event`` (``DATE#N``, the group) and ``outlets_reporting`` (outlets in the
group). ``events_export(corpus)``: ``doc_id, outlet, date, precision, date_text, start, end,
sentence, sentence_start, sentence_end, resolved_from, label`` (the ``events.csv`` download).
``event_summary(events)``: one row per event: ``event, date, when, precision, first_day,
last_day, label, outlets, outlets_reporting, mentions, doc_id, start, end`` (its first mention;
``when`` is the date for a reader).
``publications(corpus)``: ``doc_id, outlet, published, title``. ``split_window(events, start,
end)``: the rows inside a date window and those before it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.labels import MidSentenceNames, actors, keywords, short_label
from newsbook.temporal import date_expressions
from newsbook.memo import per_corpus
from newsbook.groups import DisjointSets

SHARED_KEYWORDS = 2
MAX_KEYWORDS = 12
EXPORT_COLUMNS = ["doc_id", "outlet", "date", "precision", "date_text", "start", "end", "sentence",
                  "sentence_start", "sentence_end", "resolved_from", "label"]


@per_corpus
def events_table(corpus: Corpus, *, include_chrome: bool = False) -> pd.DataFrame:
    """Every dated sentence as an event row, labelled and grouped."""
    frame = date_expressions(corpus, include_chrome=include_chrome)
    labels, people, keys = [], [], []
    sentence_dates: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    # columns as lists: a column of text steps through pandas a value at a time
    rows = list(zip(*(frame[c].tolist() for c in ("doc_id", "sentence", "sentence_start", "start", "end"))))
    for doc_id, _, sentence_start, start, end in rows:
        sentence_dates[(doc_id, sentence_start)].append((start - sentence_start, end - sentence_start))
    names: dict[str, MidSentenceNames] = {}  # each document's, made when a sentence of it first needs them
    per_sentence: dict[tuple[str, int], tuple[str, frozenset[str]]] = {}  # actors and key words: once a sentence
    for doc_id, sentence, sentence_start, start, end in rows:
        spans = sentence_dates[(doc_id, sentence_start)]
        labels.append(short_label(sentence, spans, (start - sentence_start, end - sentence_start)))
        if (doc_id, sentence_start) not in per_sentence:
            if doc_id not in names:
                names[doc_id] = MidSentenceNames([s.text for s in corpus.sentence_records(doc_id)])
            per_sentence[(doc_id, sentence_start)] = ("; ".join(actors(sentence, spans, names=names[doc_id])), keywords(sentence))
        named, words = per_sentence[(doc_id, sentence_start)]
        people.append(named)
        keys.append(words)
    frame = frame.assign(label=labels, actors=people)
    return group_events(frame, keys)


def group_events(frame: pd.DataFrame, keys: list[frozenset[str]]) -> pd.DataFrame:
    """Add ``event`` and ``outlets_reporting``: rows of one date sharing key words are one event.

    Two rows join when they have the same date value and precision and either come from the
    same sentence or share :data:`SHARED_KEYWORDS` key words (of their first
    :data:`MAX_KEYWORDS`, alphabetically); a pair index keeps this linear in the rows.
    """
    sets = DisjointSets(len(frame))

    first_in_sentence: dict[tuple, int] = {}
    first_with_pair: dict[tuple[str, str], dict[tuple[str, ...], int]] = defaultdict(dict)  # per date and precision
    dates = frame["date"].tolist()  # lists: a column of text steps through pandas a value at a time
    rows = zip(dates, frame["precision"].tolist(), frame["doc_id"].tolist(), frame["sentence_start"].tolist(), keys)
    for i, (date, precision, doc_id, sentence_start, words) in enumerate(rows):
        # The first row of each link this row has: a link seen before joins the two groups, a new one
        # joins nothing; the rows are gathered first, so a row joins each earlier one once, not once a link.
        pairs = itertools.combinations(sorted(words)[:MAX_KEYWORDS], SHARED_KEYWORDS)
        earlier = set(map(first_with_pair[(date, precision)].setdefault, pairs, itertools.repeat(i)))
        earlier.add(first_in_sentence.setdefault((date, precision, doc_id, sentence_start), i))
        earlier.discard(i)
        for j in earlier:
            sets.join(i, j)
    groups = [sets.root(i) for i in range(len(frame))]
    numbering: dict[int, str] = {}
    per_date: dict[str, int] = defaultdict(int)
    for g, date in zip(groups, dates):
        if g not in numbering:
            per_date[date] += 1
            numbering[g] = f"{date}#{per_date[date]}"
    out = frame.assign(event=[numbering[g] for g in groups])
    return out.assign(outlets_reporting=out.groupby("event")["outlet"].transform("nunique").astype(int))


def events_export(corpus: Corpus) -> pd.DataFrame:
    """The ``events.csv`` table: one row per date expression of the content, with its label."""
    return events_table(corpus)[EXPORT_COLUMNS]


def event_summary(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event: its date, first label, the outlets that report it, its first mention."""
    columns = ["event", "date", "when", "precision", "first_day", "last_day", "label", "outlets", "outlets_reporting",
               "mentions", "doc_id", "start", "end"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    grouped = events.groupby("event", sort=False)
    summary = grouped.first()[["date", "precision", "first_day", "last_day", "label", "outlets_reporting",
                               "doc_id", "start", "end"]]
    summary["outlets"] = grouped["outlet"].agg(lambda s: ", ".join(sorted(set(s))))
    summary["mentions"] = grouped.size()
    summary["when"] = [readable_date(p, f) for p, f in zip(summary["precision"].tolist(), summary["first_day"].tolist())]
    summary = summary.reset_index().sort_values(["first_day", "last_day", "event"], kind="stable")
    return summary[columns].reset_index(drop=True)


def readable_date(precision: str, first_day: str) -> str:
    """A date for a reader: "Thu Jan 6, 2022", "Jan 3–9, 2022" (a week), "December 2021", "2014".

    >>> readable_date("week", "2022-01-03"), readable_date("week", "2021-12-27"), readable_date("month", "2021-12-01")
    ('Jan 3–9, 2022', 'Dec 27–Jan 2, 2022', 'December 2021')
    """
    day = dt.date.fromisoformat(first_day)
    if precision == "day":
        return f"{day:%a %b} {day.day}, {day.year}"
    if precision == "week":
        last = day + dt.timedelta(days=6)
        end = f"{last.day}" if last.month == day.month else f"{last:%b} {last.day}"
        return f"{day:%b} {day.day}–{end}, {last.year}"
    if precision == "month":
        return f"{day:%B %Y}"
    return f"{day.year}s" if precision == "decade" else str(day.year)


def publications(corpus: Corpus) -> pd.DataFrame:
    """When each document was published (from the manifest)."""
    rows = [(d.doc_id, d.outlet, d.published.isoformat(), d.title) for d in corpus]
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "published", "title"])


def select_events(events: pd.DataFrame, *, outlets: list[str], known: list[str]) -> pd.DataFrame:
    """The rows of ``outlets`` (all when empty), ``outlets_reporting`` counted among them.

    Raises:
        CorpusError: an outlet not in ``known``.
    """
    unknown = [o for o in outlets if o not in known]
    if unknown:
        raise CorpusError("parameters", "outlets", f"unknown outlet {unknown[0]!r}; the corpus has: {', '.join(known)}")
    if not outlets:
        return events
    chosen = events[events["outlet"].isin(outlets)]
    return chosen.assign(outlets_reporting=chosen.groupby("event")["outlet"].transform("nunique").astype(int))


def timeline_window(start: str, end: str) -> tuple[dt.date, dt.date]:
    """The chapter's date window from its ``window_start`` and ``window_end`` parameters.

    Raises:
        CorpusError: a date that is not ISO (``YYYY-MM-DD``), or an end before the start.
    """
    days = []
    for name, value in (("window_start", start), ("window_end", end)):
        try:
            days.append(dt.date.fromisoformat(str(value)))
        except ValueError:
            raise CorpusError("parameters", name, f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
    if days[1] < days[0]:
        raise CorpusError("parameters", "window_end", f"{end} is before window_start {start}")
    return days[0], days[1]


def split_window(events: pd.DataFrame, start: dt.date, end: dt.date) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(in the window, before it)``: events whose period overlaps the window, and the earlier
    ones (decades left out: too coarse to place), the history the pieces invoke."""
    first, last = events["first_day"], events["last_day"]
    inside = events[(last >= start.isoformat()) & (first <= end.isoformat())]
    before = events[(last < start.isoformat()) & (events["precision"] != "decade")]
    return inside.reset_index(drop=True), before.reset_index(drop=True)
