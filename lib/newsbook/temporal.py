"""Date expressions in news text: find them, normalise them, resolve the relative ones.

Every date or datable expression gets an ISO value at its precision (day, week, month, year,
decade; see :mod:`newsbook.periods`) and says how it was resolved (``resolved_from``):

- ``explicit``: the text names the date ("January 5, 2022", "December 2021", "in 2014");
- ``explicit, year from publication 2022-01-12``: a month and day without a year ("Jan. 5"),
  put in the year that brings it nearest the publication date;
- ``publication 2022-01-08``: relative to the document's publication date (``doc.published``):
  "Thursday", "last week", "this morning", "30 years ago", "last year". A bare weekday is the
  most recent such day on or before publication, unless a future cue stands nearer to it than
  any past-tense verb ("talks which begin Monday"): then it is the next one on or after
  (``publication 2022-01-08, future``). The cues are in ``data/temporal_cues.csv``;
- ``previous date 'Thursday' (2022-01-06)``: anchored to the date before it in the document
  ("the next day", "two years later").

Not dated, by design: durations ("for weeks", "three decades", "30 years of relations"), vague
spans ("in recent years", "the other day", "these past few days") and times named by an event
("on the eve of the talks", "since independence"). Explicit calendar strings are parsed with
``dateparser``; weekday and period arithmetic uses ``dateutil``.

``date_expressions(corpus)`` columns: ``doc_id, outlet, published, date, precision, date_text,
start, end, sentence, sentence_start, sentence_end, resolved_from, first_day, last_day, chrome``
(``start, end`` are the expression's offsets; ``chrome`` is true for page chrome, included only
with ``include_chrome=True``, where the paragraph stands in for the sentence).
``document_time_expressions(corpus, doc)``: one document's content expressions as
:class:`TimeExpression` records, found once per corpus (the events and the figures share them).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from newsbook import periods
from newsbook.corpus import Corpus, Document
from newsbook.temporal_rules import Candidate, candidates, number_value, tense
from newsbook.memo import per_corpus, per_document

COLUMNS = [
    "doc_id", "outlet", "published", "date", "precision", "date_text", "start", "end", "sentence",
    "sentence_start", "sentence_end", "resolved_from", "first_day", "last_day", "chrome",
]
_UNIT = {"day": "day", "morning": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}
_FINER = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
          "year": ("day", "week", "month", "year"), "decade": ("day", "week", "month", "year")}


@dataclass(frozen=True)
class TimeExpression:
    """One normalised date expression; ``text[start:end]`` is ``text``."""

    start: int
    end: int
    text: str
    date: str
    precision: str
    resolved_from: str
    first_day: dt.date
    last_day: dt.date


def _make(c: Candidate, precision: str, day: dt.date, how: str) -> TimeExpression:
    """The expression of candidate ``c`` as the period of ``precision`` that holds ``day``."""
    first = periods.start_of(precision, day)
    return TimeExpression(c.start, c.end, c.text, periods.iso_value(precision, first), precision, how,
                          first, periods.end_of(precision, first))


def _resolve(c: Candidate, published: dt.date, anchor: TimeExpression | None) -> TimeExpression | None:
    """Candidate ``c`` resolved (see the module docstring), or ``None`` when it names no real date."""
    g, pub = c.groups, f"publication {published.isoformat()}"
    if c.rule in ("calendar", "month_year", "year", "decade"):
        if c.day is None:
            return None
        if c.year_written:
            return _make(c, c.precision, c.day, "explicit")
        day = periods.nearest_with_year(c.day.month, c.day.day if c.precision == "day" else None, published, c.tense)
        return _make(c, c.precision, day, f"explicit, year from publication {published.isoformat()}") if day else None
    if c.rule == "month":
        mod, month = (g.get("mod") or "").lower(), c.month
        if mod in ("last", "this past"):
            year = published.year - (1 if month >= published.month else 0)
        elif mod in ("next", "this coming"):
            year = published.year + (1 if month <= published.month else 0)
        elif mod == "this":
            year = published.year
        else:
            found = periods.nearest_with_year(month, None, published, c.tense)
            return _make(c, "month", found, f"explicit, year from publication {published.isoformat()}")
        return _make(c, "month", dt.date(year, month, 1), pub)
    if c.rule == "weekday":
        mod = (g.get("mod") or "").lower().replace("this coming", "next").replace("this past", "last")
        mode = {"last": "last", "next": "next", "coming": "next", "this": "this"}.get(mod)
        if mode is None:
            mode = "future" if c.tense == "future" else "past"
        how = pub + (", future" if mode == "future" else "")
        return _make(c, "day", periods.weekday_date(published, g["wd"], mode), how)
    if c.rule == "today":
        return _make(c, "day", published + dt.timedelta(days=c.offset), pub)
    if c.rule == "period":
        unit, mod = g["unit"].lower(), " ".join(g["mod"].lower().split())
        steps = {"last": -1, "next": 1, "the coming": 1, "this coming": 1}.get(mod, 0)
        if mod in ("the past", "this past", "the last"):
            return _make(c, unit, published - dt.timedelta(days=4), pub)
        return _make(c, unit, periods.shift(unit, published, steps), pub)
    if c.rule == "ago":
        unit = _UNIT[g["unit"].lower().rstrip("s")]
        precision = "year" if unit == "decade" else unit
        return _make(c, precision, periods.shift(unit, published, -number_value(g["n"])), pub)
    if c.rule == "new_year":
        year = published.year + (1 if published.month >= 7 else 0)
        return _make(c, "month" if g.get("part") else "year", dt.date(year, 1, 1), pub)
    if c.rule == "anchored":
        unit = _UNIT[(g.get("unit") or "day").lower().rstrip("s")]
        if anchor is None or anchor.precision not in _FINER[unit]:
            return None
        precision = "year" if unit == "decade" else unit
        day = periods.shift(unit, anchor.first_day, c.offset)
        return _make(c, precision, day, f"previous date '{anchor.text}' ({anchor.date})")
    return None


def find_time_expressions(text: str, published: dt.date, spans: Iterable[tuple[int, int]] | None = None) -> list[TimeExpression]:
    """The date expressions of ``text`` (or of its ``spans``, in order), normalised.

    Anchored expressions ("the next day") resolve against the last expression found before
    them in these spans; none is found when there is nothing to anchor to.

    >>> [(e.text, e.date) for e in find_time_expressions("Troops came Thursday. The next day, he left.", dt.date(2022, 1, 8))]
    [('Thursday', '2022-01-06'), ('The next day', '2022-01-07')]
    """
    found: list[TimeExpression] = []
    anchor = None
    spans = sorted(spans) if spans is not None else [(0, len(text))]
    if not spans:
        return found
    starts = [a for a, _ in spans]
    for candidate in candidates(text, spans[0][0], max(b for _, b in spans), spans=spans):
        if candidate.rule in ("weekday", "calendar", "month"):
            a, b = spans[bisect.bisect_right(starts, candidate.start) - 1]
            candidate.tense = tense(text, candidate.start, candidate.end, a, b)
        expression = _resolve(candidate, published, anchor)
        if expression is not None:
            found.append(expression)
            anchor = expression
    return found


def content_spans(doc: Document) -> list[tuple[int, int]]:
    """``(body_start, end)`` of the document's content paragraphs (no chrome, no markers), in order."""
    return [(p.body_start, p.end) for p in doc.paragraph_records if p.kind not in ("chrome", "marker")]


@per_document
def document_time_expressions(corpus: Corpus, doc: Document) -> tuple[TimeExpression, ...]:
    """:func:`find_time_expressions` of the content of ``doc``, found once per corpus (the events and
    the figures both read them)."""
    return tuple(find_time_expressions(doc.text, doc.published, content_spans(doc)))


@per_corpus
def date_expressions(corpus: Corpus, *, include_chrome: bool = False) -> pd.DataFrame:
    """Every date expression of every document's content (and page chrome, if asked)."""
    rows = []
    for doc in corpus:
        doc_rows = []
        sentences = corpus.sentence_records(doc.doc_id)
        starts, ends, texts = [s.start for s in sentences], [s.end for s in sentences], [s.text for s in sentences]
        for expression in document_time_expressions(corpus, doc):
            i = max(bisect.bisect_right(starts, expression.start) - 1, 0)
            doc_rows.append(_row(doc, expression, texts[i], starts[i], ends[i], False))
        if include_chrome:
            for a, b in ((p.start, p.end) for p in doc.paragraph_records if p.kind == "chrome"):
                for expression in find_time_expressions(doc.text, doc.published, [(a, b)]):
                    doc_rows.append(_row(doc, expression, doc.text[a:b], a, b, True))
        rows.extend(sorted(doc_rows, key=lambda row: row[6]))
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    return frame.astype({"start": int, "end": int, "sentence_start": int, "sentence_end": int, "chrome": bool})


def _row(doc: Document, e: TimeExpression, sentence: str, s_start: int, s_end: int, chrome: bool) -> tuple:
    return (doc.doc_id, doc.outlet, doc.published.isoformat(), e.date, e.precision, e.text, e.start, e.end,
            sentence, s_start, s_end, e.resolved_from, e.first_day.isoformat(), e.last_day.isoformat(), chrome)
