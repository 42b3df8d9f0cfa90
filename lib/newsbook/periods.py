"""Calendar periods for normalised dates: ISO values, first and last days, shifts, weekdays.

A period is a precision and its first day. Its ISO 8601 value is written at that precision:

=========  ==============  =========================================================
precision  value           first and last day
=========  ==============  =========================================================
day        ``2022-01-06``  the day
week       ``2022-W01``    the ISO week's Monday and Sunday
month      ``2022-01``     the 1st and the last day of the month
year       ``2014``        January 1 and December 31
decade     ``199X``        1990-01-01 and 1999-12-31 (the EDTF way to write a decade)
=========  ==============  =========================================================

Weekdays are resolved with :mod:`dateutil.relativedelta`, whose ``weekday=MO(-1)`` is the
Monday *on or before* a date: a weekday equal to the publication weekday is the publication
day itself. (``dateparser`` with ``PREFER_DATES_FROM="past"`` returns the week before instead:
the trap this module avoids.)
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

PRECISIONS = ("day", "week", "month", "year", "decade")
TENSE_REACH_DAYS = 300
"""How far from publication the tense of a clause may move a date written without its year."""
_WEEKDAYS = dict(zip((d.lower() for d in calendar.day_name), (MO, TU, WE, TH, FR, SA, SU)))


def real_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` where there is no such day ("February 30", February 29 in a common year).

    >>> real_date(2024, 2, 29), real_date(2023, 2, 29)
    (datetime.date(2024, 2, 29), None)
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def start_of(precision: str, day: dt.date) -> dt.date:
    """The first day of the period of ``precision`` that contains ``day``."""
    if precision == "week":
        return day - dt.timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    if precision == "decade":
        return dt.date(day.year - day.year % 10, 1, 1)
    return day


def end_of(precision: str, first: dt.date) -> dt.date:
    """The last day of the period of ``precision`` starting on ``first``."""
    if precision == "week":
        return first + dt.timedelta(days=6)
    if precision == "month":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if precision == "year":
        return first.replace(month=12, day=31)
    if precision == "decade":
        return dt.date(first.year + 9, 12, 31)
    return first


def iso_value(precision: str, first: dt.date) -> str:
    """The ISO 8601 value of a period.

    >>> iso_value("week", dt.date(2022, 1, 3)), iso_value("month", dt.date(2021, 12, 1))
    ('2022-W01', '2021-12')
    """
    if precision == "week":
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{first.year:04d}-{first.month:02d}"
    if precision == "year":
        return f"{first.year:04d}"
    if precision == "decade":
        return f"{first.year // 10:03d}X"
    return first.isoformat()


def shift(precision: str, day: dt.date, steps: int) -> dt.date:
    """``day`` moved by ``steps`` periods of ``precision`` (a decade is ten years)."""
    if precision == "day":
        return day + dt.timedelta(days=steps)
    if precision == "week":
        return day + dt.timedelta(weeks=steps)
    if precision == "month":
        return day + relativedelta(months=steps)
    return day + relativedelta(years=steps * (10 if precision == "decade" else 1))


def weekday_date(published: dt.date, weekday: str, mode: str) -> dt.date:
    """The date of ``weekday`` as a news story published on ``published`` means it.

    ``mode`` is ``past`` (on or before publication: the default reading of a bare weekday),
    ``future`` (on or after: "talks which begin Monday"), ``last`` (strictly before),
    ``next`` (strictly after) or ``this`` (in the publication's own Monday-to-Sunday week).

    >>> monday = dt.date(2022, 1, 10)
    >>> [weekday_date(monday, "Monday", m).isoformat() for m in ("past", "future", "last", "next")]
    ['2022-01-10', '2022-01-10', '2022-01-03', '2022-01-17']
    """
    wd = _WEEKDAYS[weekday.lower()]
    if mode == "future":
        return published + relativedelta(weekday=wd(+1))
    if mode == "last":
        return published - dt.timedelta(days=1) + relativedelta(weekday=wd(-1))
    if mode == "next":
        return published + dt.timedelta(days=1) + relativedelta(weekday=wd(+1))
    if mode == "this":
        return start_of("week", published) + dt.timedelta(days=wd.weekday)
    return published + relativedelta(weekday=wd(-1))


def nearest_with_year(month: int, day: int | None, published: dt.date, tense: str | None = None) -> dt.date | None:
    """A month (and day) written without a year, in the year that puts it nearest publication.

    News writes "December 5" in January for the December just past and "March 3" for the
    March ahead; of the three candidate years, the one closest to ``published`` wins (ties go
    to the past). A ``tense`` of ``past`` keeps only candidates that begin on or before
    publication, ``future`` only those that end on or after it, as long as one of them lies
    within :data:`TENSE_REACH_DAYS` of publication; a ``tense`` of ``since`` ("since March")
    keeps only those on or before publication, however far. ``None`` when the day does not
    exist ("February 30"). For a month alone (``day=None``) the first of the month is returned.

    >>> nearest_with_year(12, 5, dt.date(2022, 1, 12)), nearest_with_year(1, 11, dt.date(2022, 1, 12))
    (datetime.date(2021, 12, 5), datetime.date(2022, 1, 11))
    >>> nearest_with_year(10, None, dt.date(2023, 6, 15)), nearest_with_year(10, None, dt.date(2023, 6, 15), "past")
    (datetime.date(2023, 10, 1), datetime.date(2022, 10, 1))
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        last = calendar.monthrange(year, month)[1]
        if day is not None and day > last:
            continue
        first = dt.date(year, month, day if day is not None else 1)
        end = first if day is not None else first.replace(day=last)
        middle = first if day is not None else first.replace(day=15)
        candidates.append((first, end, middle))
    if tense in ("past", "future", "since"):
        consistent = [c for c in candidates if (c[1] >= published if tense == "future" else c[0] <= published)
                      and (tense == "since" or abs((c[2] - published).days) <= TENSE_REACH_DAYS)]
        candidates = consistent or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c[2] - published).days), c[2] > published))[0]
