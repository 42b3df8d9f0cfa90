"""Date expressions in news text: find them, normalise them, resolve the relative ones.

Every date or datable expression gets an ISO value at its precision (day, week, month, year,
decade; see :mod:`newsbook.periods`) and says how it was resolved (``resolved_from``):

- ``explicit``: the text names the date ("January 5, 2022", "December 2021", "in 2014");
- ``explicit, year from publication 2022-01-12``: a month and day without a year ("Jan. 5"),
  put in the year that brings it nearest the publication date (the clause's tense may move it);
- ``explicit, year from previous date '2014' (2014)``: a month without a year in a later
  sentence than an explicit past date, within a few sentences, is in that date's year when
  not in the future tense ("back in 2014. ... One day in July" is July 2014);
- ``publication 2022-01-08``: relative to the document's publication date (``doc.published``):
  "Thursday", "last week", "this morning", "30 years ago", "last year", "the weekend". A bare
  weekday is the most recent such day on or before publication, unless a future cue stands
  nearer to it than any past-tense verb ("talks which begin Monday", "is expected to ... on
  Monday"): then it is the next one on or after (``publication 2022-01-08, future``). The cues
  are in ``data/temporal_cues.csv`` (:mod:`newsbook.temporal_tense`);
- ``previous date 'Thursday' (2022-01-06)``: anchored to the date before it in the document
  ("the next day", "two years later", "that day", "until the end of the month" after "1 April");
- ``explicit, year from earlier 'Jan. 6, 2021' (2021-01-06)``: a month and day without a year
  that the text wrote with its year before ("On Jan. 6, 2021, ... the Jan. 6 riot").

Conventions, expression by expression (value for a publication on Monday 2005-02-14):

=============================================  =========  ===================================
expression                                     precision  value
=============================================  =========  ===================================
"5 May", "on 5 May", "May 5" (no year)         day        nearest 5 May, by tense: 2005-05-05
"May 5, 2005", "5 May 2005", "2005-05-05"      day        2005-05-05
"Jan. 5-6", "5 and 6 January", "5-6 Jan."      day        two rows, the first and second day
"the Jan. 6 riot" after "Jan. 6, 2001"         day        the year written earlier: 2001-01-06
"14 February last year", "March this year"     day/month  2004-02-14, 2005-03
"December of that year"                        month      in the year of the date just named
"in March", "mid-January", "January's figures" month      nearest such month, by tense
"between March and May", "January-March"       month      both; May in the year after March's
"in 2004", "early 2005", "mid-2005", "FY05"    year       the year named ("pre-1967": 1967)
"in '98"                                       year       the latest such year: 1998
"between 2001 and 2004", "2001-04", "2004/05"  year       each year of the span
"the 1990s", "the 1990's", "the '80s"          decade     199X, 198X ('80s: the latest such
                                                          decade before the publication's)
"Sunday", "on Sunday", "last Sunday",          day        see above: 2005-02-13
"late Sunday", "Sunday night", "Sunday's vote"
"Tuesday last week", "Tuesday next week"       day        that weekday of that week: 2005-02-08
"from Monday to Friday", "Monday-Wednesday"    day        two rows: the end is the first such day
                                                          after the start; in the past, the start
                                                          is the last such day before the end
"the following Monday"                         day        the first after the date just named
"the weekend", "at/over the weekend",          week       ISO week of the Saturday just past
"weekend newspaper reports"                               (or under way): 2005-W06; the
                                                          coming one when the clause is future
"last weekend" / "next weekend"                week       Sunday before / Saturday after
"this weekend"                                 week       past tense: just past; else coming
"this week", "last week", "the past week"      week       2005-W07, 2005-W06, 2005-W06
"next month", "earlier this month"             month      2005-03, 2005-02
"this year", "later this year", "next year"    year       2005, 2005, 2006
"this year and next"                           year       two rows: 2005, 2006
"the end of the month/week/year", "year-end",  unit       the period of the date just named
"earlier in the week", "later in the year"                (same sentence), else publication's
"a year ago", "two weeks ago"                  unit       2004, 2005-W05 (decades: year)
"two days later", "the previous year",         unit       from the previous date (none: none)
"the year before", "the night before",                    (parts of a day: day)
"the previous evening", "the morning after"
"that day", "the same day", "later that day",  unit       the period of the previous date, at
"that year", "that evening", "hours later",               the unit named (day for a part of
"an hour later"                                           a day); none without one fine enough
"in the afternoon", "earlier in the day"       day        the previous date, if a day within
                                                          a few sentences; else none
"today", "tonight", "this morning",            day        2005-02-14
"earlier today"
"yesterday", "last night" / "tomorrow"         day        2005-02-13 / 2005-02-15
"Christmas Eve", "New Year's Day", "May Day"   day        a fixed-day holiday, like "24 Dec."
=============================================  =========  ===================================

Quotations and transcripts are resolved against the publication date too ("yesterday" said
on air is the day before publication); a rerun's own "last year" cannot be told from the text.
A weekday or a month with no tense cue near it takes the tense of an earlier date expression in
the same clause ("will go to Paris on Friday and to Berlin on Saturday"). A date right after
"since" is on or before publication however far back ("the first visit since March").

Not dated, by design: durations ("for weeks", "three decades", "30 years of relations", "the
past 12 months", "the past decade"), vague spans ("in recent years", "the other day", "these
past few days", "decades ago", "over the next decade", "in the coming days", "within weeks",
"days later", "a few weeks ago"), counts from now ("in two weeks": often "the first time in two
weeks"), centuries ("the 20th century": coarser than a decade), seasons ("that summer", "spring
2005" gives only its year), "overnight" (mostly "all at once": "it didn't happen overnight"),
holidays that last several days or move ("Christmas", "Easter", "Ramadan") or fall on different
days by country ("Independence Day", "Victory Day"), times named by an event ("on the eve of the
talks", "since independence"), clock times ("10:30", "2030 GMT"), weekdays in names ("Bloody
Sunday", "GMTV's Sunday programme", "the Sunday Times": ``name_prefix`` and ``name_suffix``
cues) or of no particular week ("every Monday", "on a Friday"), any weekend ("a weekend break",
"every weekend"), four-digit numbers that are labels or counts ("Room 1991", "Resolution 1973",
"2000 people": :mod:`newsbook.temporal_numbers`), "the end of the day" (an idiom) and "today"
meaning nowadays: "today's" before a generic noun ("today's economy") or a sentence opening
"Today," in the simple present ("Today, if you open a slot machine, it is a computer"; the day's
news is told in the past, future or progressive).
Explicit calendar strings are parsed with ``dateparser``; weekday and period arithmetic uses
``dateutil``. Page chrome (front matter, copyright lines) is set aside by :mod:`newsbook.chrome`.

``date_expressions(corpus)`` columns: ``doc_id, outlet, published, date, precision, date_text,
start, end, sentence, sentence_start, sentence_end, resolved_from, first_day, last_day, chrome``
(``start, end`` are the expression's offsets; ``chrome`` is true for page chrome, included only
with ``include_chrome=True``, where the paragraph stands in for the sentence).
``document_time_expressions(corpus, doc)``: one document's content expressions as
:class:`TimeExpression` records, found once per corpus (the events and the figures share them);
in a story a transcript replays (:mod:`newsbook.replays`), of the year it first aired.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

import pandas as pd

from newsbook.corpus import Corpus, Document
from newsbook.memo import per_corpus, per_document
from newsbook.replays import replay_segments
from newsbook.temporal_resolve import TimeExpression, resolve
from newsbook.temporal_rules import candidates
from newsbook.temporal_tense import means_nowadays, same_clause, strictly_past, tense

COLUMNS = [
    "doc_id", "outlet", "published", "date", "precision", "date_text", "start", "end", "sentence",
    "sentence_start", "sentence_end", "resolved_from", "first_day", "last_day", "chrome",
]
_TENSED = frozenset({"weekday", "calendar", "month", "weekend", "today", "period_part", "holiday"})
"""The rules whose candidates read the tense of their clause."""


def find_time_expressions(text: str, published: dt.date, spans: Iterable[tuple[int, int]] | None = None, *,
                          year_only: bool = False) -> list[TimeExpression]:
    """The date expressions of ``text`` (or of its ``spans``, in order), normalised.

    Anchored expressions ("the next day") resolve against the last expression found before
    them in these spans; none is found when there is nothing to anchor to. ``year_only``: only
    the year of ``published`` is known (a replayed story): a month or day written without its
    year is in that year, and what needs the day itself ("today", "Monday", "last week") is left out.

    >>> [(e.text, e.date) for e in find_time_expressions("Troops came Thursday. The next day, he left.", dt.date(2022, 1, 8))]
    [('Thursday', '2022-01-06'), ('The next day', '2022-01-07')]
    """
    found: list[TimeExpression] = []
    anchor = None
    known: dict[tuple[int, int], TimeExpression] = {}
    spans = sorted(spans) if spans is not None else [(0, len(text))]
    if not spans:
        return found
    starts = [a for a, _ in spans]
    tensed: tuple[int, str] | None = None  # where the last tense cue was read, and the tense
    for candidate in candidates(text, spans[0][0], max(b for _, b in spans), spans=spans):
        if candidate.rule in _TENSED and not candidate.groups.get("attributive"):
            a, b = spans[bisect.bisect_right(starts, candidate.start) - 1]
            candidate.tense = tense(text, candidate.start, candidate.end, a, b)
            if candidate.tense is None and tensed is not None and same_clause(text, tensed[0], candidate.start, a):
                candidate.tense = tensed[1]  # "will go to Paris on Friday and to Berlin on Saturday"
            if candidate.tense is not None:
                tensed = (candidate.end, candidate.tense)
            if strictly_past(text, candidate.start, a):
                candidate.tense = "since"  # "the worst since March": on or before publication, however far
            if candidate.rule == "today" and candidate.offset == 0 and candidate.text.lower() == "today" \
                    and means_nowadays(text, candidate.start, candidate.end, a, b, candidate.tense):
                continue
        expression = resolve(candidate, published, anchor, text, known, year_only=year_only)
        if expression is not None:
            found.append(expression)
            anchor = expression
            if expression.resolved_from == "explicit" and expression.precision == "day":
                known[(expression.first_day.month, expression.first_day.day)] = expression
    return found


def content_spans(doc: Document) -> list[tuple[int, int]]:
    """``(body_start, end)`` of the document's content paragraphs (no chrome, no markers), in order."""
    return [(p.body_start, p.end) for p in doc.paragraph_records if p.kind not in ("chrome", "marker")]


@per_document
def document_time_expressions(corpus: Corpus, doc: Document) -> tuple[TimeExpression, ...]:
    """:func:`find_time_expressions` of the content of ``doc``, found once per corpus (the events and
    the figures both read them)."""
    spans = content_spans(doc)
    found = find_time_expressions(doc.text, doc.published, spans)
    years = [(e.start, e.first_day.year) for e in found if e.resolved_from == "explicit"]
    segments = [(a, b, year) for a, b, year in replay_segments(doc, years) if year is not None]
    if not segments:  # a replay whose year the text does not give is read as the programme's (a clip, often)
        return tuple(found)
    outside = [e for e in found if not any(a <= e.start < b for a, b, _ in segments)]
    for a, b, year in segments:
        inside = [(max(s, a), min(e, b)) for s, e in spans if s < b and e > a]
        outside += find_time_expressions(doc.text, dt.date(year, 7, 1), inside, year_only=True)
    return tuple(sorted(outside, key=lambda e: e.start))


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
