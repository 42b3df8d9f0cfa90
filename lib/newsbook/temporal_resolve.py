"""Resolve date-expression candidates (:mod:`newsbook.temporal_build`) to calendar periods.

The conventions (value, precision, what a relative expression is counted from) are listed in
:mod:`newsbook.temporal`; this module applies them to one candidate at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from newsbook import periods
from newsbook.temporal_build import WEEKS_PAST, Candidate, modifier
from newsbook.temporal_tense import approximate_before, ascii_lower, number_value

_UNIT = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day", "week": "week",
         "month": "month", "year": "year", "decade": "decade"}
_FINER = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
          "year": ("day", "week", "month", "year"), "decade": ("day", "week", "month", "year")}
_STORY_PRECISIONS = {"week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s")
YEAR_REACH = 300
"""How many characters after an explicit past date a month written without its year (or "the end
of the year") still belongs to that date's year: "back in 2014 ... One day in July" is July 2014."""


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


def _publication(published: dt.date) -> str:
    """How a value resolved from the publication date says so ("publication 2022-01-08")."""
    return f"publication {published.isoformat()}"


def _from_previous(anchor: TimeExpression) -> str:
    """The ``resolved_from`` of an expression counted from the date before it."""
    return f"previous date '{anchor.text}' ({anchor.date})"


def _narrative_anchor(c: Candidate, published: dt.date, anchor: TimeExpression | None, text: str,
                      precisions: tuple[str, ...] = ("day", "month", "year")) -> TimeExpression | None:
    """The explicit past date that sets the year of ``c``, if the story has moved to it: written
    with its year, ended before publication, in an earlier sentence at most :data:`YEAR_REACH`
    characters before ``c``, and ``c`` not in the future tense. ``None`` otherwise (the year then
    comes from publication; in the date's own sentence, "X, elected in 2001, quit in March", the
    year is background)."""
    if (anchor is None or anchor.resolved_from != "explicit" or anchor.precision not in precisions
            or anchor.last_day >= published or c.start - anchor.end > YEAR_REACH or c.tense == "future"
            or not _SENTENCE_END.search(text, anchor.end, c.start)):
        return None
    return anchor


def _without_year(c: Candidate, published: dt.date, anchor: TimeExpression | None, text: str,
                  known: dict[tuple[int, int], TimeExpression] | None = None, year_only: bool = False) -> TimeExpression | None:
    """A month (and day) written without a year: the same day written with its year earlier in the
    text ("On Jan. 6, 2021, ... The Jan. 6 riot"), else in the year of the date the story is
    telling of (:func:`_narrative_anchor`), else in the year that puts it nearest publication."""
    month, day = (c.month, None) if c.rule == "month" else (c.day.month, c.day.day if c.precision == "day" else None)
    same = (known or {}).get((month, day)) if day is not None else None
    if same is not None:
        return _make(c, "day", same.first_day, f"explicit, year from earlier '{same.text}' ({same.date})")
    precision = "month" if c.rule == "month" else c.precision
    story = _narrative_anchor(c, published, anchor, text)
    if story is not None or year_only:  # the year of the story told, or of the replayed story
        year = story.first_day.year if story is not None else published.year
        found = periods.real_date(year, month, day or 1)
        if found is None:
            return None
        how = f"year from {_from_previous(story)}" if story is not None else f"year of the replayed story ({year})"
        return _make(c, precision, found, f"explicit, {how}")
    found = periods.nearest_with_year(month, day, published, c.tense)
    if found is None:
        return None
    return _make(c, precision, found, "explicit, year from " + _publication(published))


def _weekend(c: Candidate, published: dt.date, pub: str) -> TimeExpression:
    """The week of a weekend: last (Sunday strictly before publication), next (Saturday strictly
    after), else by tense: the one just past or under way (default), or the coming one."""
    mod = modifier(c.groups.get("mod"))
    if mod in ("last", "this past", "the past"):
        return _make(c, "week", periods.weekday_date(published, "Sunday", "last"), pub)
    if mod == "next":
        return _make(c, "week", periods.weekday_date(published, "Saturday", "next"), pub)
    if mod in ("this coming", "the coming") or c.tense == "future" or (mod == "this" and c.tense is None):
        return _make(c, "week", periods.weekday_date(published, "Sunday", "future"), pub + ", future")
    return _make(c, "week", periods.weekday_date(published, "Saturday", "past"), pub)


def _short_decade(c: Candidate, published: dt.date) -> TimeExpression:
    """ "the '80s": the latest such decade before the decade of publication."""
    decade = int(c.groups["dec"])
    year = published.year - published.year % 100 + decade
    while year >= published.year - published.year % 10:
        year -= 100
    return _make(c, "decade", dt.date(year, 1, 1), _publication(published))


def _weekday(c: Candidate, published: dt.date, anchor: TimeExpression | None) -> TimeExpression | None:
    """A weekday: by its modifier ("last", "next", "this"; "the following" counts from the date
    just named), its week ("Tuesday next week"), the other end of its span ("from Monday to
    Friday": the end is the first such day after the start; the start of a span in the past is
    the last such day before its end), else by tense."""
    g, pub = c.groups, _publication(published)
    if g.get("span") == "end" and anchor is not None and anchor.precision == "day":
        return _make(c, "day", periods.weekday_date(anchor.first_day, g["wd"], "next"),
                     _from_previous(anchor))
    if g.get("wk"):
        week = periods.shift("week", published, {"last": -1, "next": 1}.get(g["wk"].lower(), 0))
        return _make(c, "day", periods.weekday_date(week, g["wd"], "this"), pub)
    mod = modifier(g.get("mod")).replace("this coming", "next").replace("this past", "last")
    if mod == "the following":
        if anchor is None or anchor.precision != "day":
            return None
        return _make(c, "day", periods.weekday_date(anchor.first_day, g["wd"], "next"),
                     _from_previous(anchor))
    mode = {"last": "last", "next": "next", "coming": "next", "this": "this"}.get(mod)
    if mode is None:
        mode = "future" if c.tense == "future" else "past"
    if mode == "past" and g.get("wd2"):
        end = periods.weekday_date(published, g["wd2"], "past")
        return _make(c, "day", periods.weekday_date(end, g["wd"], "last"), pub)
    return _make(c, "day", periods.weekday_date(published, g["wd"], mode), pub + (", future" if mode == "future" else ""))


def _same(c: Candidate, anchor: TimeExpression | None) -> TimeExpression | None:
    """ "that day", "the same week", "hours later", "in the afternoon": the period of the date just
    named (``None`` without one fine enough; "in the afternoon" and the like need it within
    :data:`YEAR_REACH` characters and at day precision)."""
    unit = c.groups["unit"]
    if anchor is None or anchor.precision not in _FINER[unit]:
        return None
    if c.groups.get("near") and (anchor.precision != "day" or c.start - anchor.end > YEAR_REACH):
        return None
    day = periods.shift(unit, anchor.first_day, c.offset)
    return _make(c, unit, day, _from_previous(anchor))


def _short_year(c: Candidate, published: dt.date) -> TimeExpression:
    """ "in '98": the latest such year up to the publication's."""
    year = published.year - published.year % 100 + int(c.groups["y"])
    if year > published.year:
        year -= 100
    return _make(c, "year", dt.date(year, 1, 1), _publication(published))


def resolve(c: Candidate, published: dt.date, anchor: TimeExpression | None, text: str,
            known: dict[tuple[int, int], TimeExpression] | None = None, *, year_only: bool = False) -> TimeExpression | None:
    """Candidate ``c`` of ``text`` resolved (see :mod:`newsbook.temporal`) against the publication
    date, the expression before it (``anchor``) and the days written with their year earlier in
    the text (``known``, by month and day), or ``None`` when it names no real date; ``year_only``:
    of ``published`` only the year is known (a replayed story), see :func:`_in_year`."""
    if year_only:
        return _in_year(c, published.year, anchor, text, known)
    return _on_day(c, published, anchor, text, known)


def _in_year(c: Candidate, year: int, anchor: TimeExpression | None, text: str,
             known: dict[tuple[int, int], TimeExpression] | None) -> TimeExpression | None:
    """``c`` in a text of which only the year is known: a month or day without its year is in that
    year, and an expression counted from the day of publication is kept only when it names the same
    period on whatever day of the year the text was published ("this year", "in March this year",
    "two years ago"), not when it needs the day ("today", "Monday", "last week", "last March").
    What the year alone decides says so: "the replayed story's year (2015)"."""
    ends = [_on_day(c, day, anchor, text, known, year_only=True) for day in (dt.date(year, 1, 1), dt.date(year, 12, 31))]
    if None in ends or len({(e.precision, e.first_day, e.last_day) for e in ends}) > 1:
        return None
    found = ends[-1]  # published at the year's end, a date of the story the year names is behind it
    if found.resolved_from.startswith(_publication(dt.date(year, 12, 31))):
        return replace(found, resolved_from=f"the replayed story's year ({year})")
    return found


def _on_day(c: Candidate, published: dt.date, anchor: TimeExpression | None, text: str,
            known: dict[tuple[int, int], TimeExpression] | None = None, year_only: bool = False) -> TimeExpression | None:
    """:func:`resolve` for a text published on ``published`` (``year_only``: its year is all that
    is known, which decides a month or day written without a year)."""
    g, pub = c.groups, _publication(published)
    if c.rule in ("calendar", "month_year", "year", "decade", "holiday"):
        if c.day is None:
            return None
        if c.year_written:
            return _make(c, c.precision, c.day, "explicit")
        return _without_year(c, published, anchor, text, known, year_only)
    if c.rule == "short_decade":
        return _short_decade(c, published)
    if c.rule == "short_year":
        return _short_year(c, published)
    if c.rule == "same":
        return _same(c, anchor)
    if c.rule == "month":
        mod, month = (g.get("mod") or "").lower(), c.month
        if mod in ("last", "this past"):
            year = published.year - (1 if month >= published.month else 0)
        elif mod in ("next", "this coming"):
            year = published.year + (1 if month <= published.month else 0)
        elif mod == "this":
            year = published.year
        elif g.get("span") == "m2" and anchor is not None:  # "between March and May": after March
            year = anchor.first_day.year + (1 if month < anchor.first_day.month else 0)
            return _make(c, "month", dt.date(year, month, 1), anchor.resolved_from)
        else:
            return _without_year(c, published, anchor, text, year_only=year_only)
        return _make(c, "month", dt.date(year, month, 1), pub)
    if c.rule == "month_rel_year":
        day = int((g["d"] or g["d2"] or "1").rstrip("stndrh"))
        year, how = published.year + c.offset, pub
        if g["rel"] == "that":  # "December of that year": the year of the date just named
            if anchor is None or anchor.precision not in _FINER["year"]:
                return None
            year, how = anchor.first_day.year, _from_previous(anchor)
        found = periods.real_date(year, c.month, day)  # none for "30 February last year"
        return None if found is None else _make(c, c.precision, found, how)
    if c.rule == "weekday":
        return _weekday(c, published, anchor)
    if c.rule == "weekend":
        return _weekend(c, published, pub)
    if c.rule == "today":
        return _make(c, "day", published + dt.timedelta(days=c.offset), pub)
    if c.rule == "period":
        unit, mod = g["unit"].lower(), modifier(g["mod"])
        steps = {"last": -1, "next": 1, "the coming": 1, "this coming": 1}.get(mod, 0)
        if mod in WEEKS_PAST:
            return _make(c, unit, published - dt.timedelta(days=4), pub)
        return _make(c, unit, periods.shift(unit, published, steps), pub)
    if c.rule == "period_part":  # "the end of the month": of the date just named, else of publication
        unit = g["unit"]
        story = _narrative_anchor(c, published, anchor, text, _STORY_PRECISIONS[unit])
        if story is None and anchor is not None and anchor.precision in _STORY_PRECISIONS[unit] \
                and not _SENTENCE_END.search(text, anchor.end, c.start):
            story = anchor  # in the same sentence: "from 1 April until the end of the month"
        if story is not None:
            return _make(c, unit, story.first_day, _from_previous(story))
        return _make(c, unit, published, pub)
    if c.rule == "ago":
        if approximate_before(text, c.start):
            return None  # "about a month ago", "over a decade ago": no period one could date
        unit = _UNIT[ascii_lower(g["unit"]).rstrip("s")]
        precision = "year" if unit == "decade" else unit
        return _make(c, precision, periods.shift(unit, published, -number_value(g["n"])), pub)
    if c.rule == "new_year":
        year = published.year + (1 if published.month >= 7 else 0)
        return _make(c, "month" if g.get("part") else "year", dt.date(year, 1, 1), pub)
    if c.rule == "anchored":
        unit = _UNIT[ascii_lower(g.get("unit") or "day").rstrip("s")]
        if anchor is None or anchor.precision not in _FINER[unit]:
            return None
        precision = "year" if unit == "decade" else unit
        day = periods.shift(unit, anchor.first_day, c.offset)
        return _make(c, precision, day, _from_previous(anchor))
    return None
