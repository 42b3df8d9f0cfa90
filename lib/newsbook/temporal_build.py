"""Candidates from the matches of the date rules (:mod:`newsbook.temporal_rules`).

A match becomes a :class:`Candidate` with what its text fixes (a calendar date parsed by
``dateparser``, a year, a month, an offset in days or steps), or none when the words around it
show it names no date: a weekday in a name ("Bloody Sunday", "the Sunday Times"), a capitalised
"Today" inside a sentence (a name: "USA Today"), a bare "weekend" that is any weekend ("a
weekend break"), "the past month" (a duration), a four-digit number that is a label or a count
("Room 1991", "2000 people": :mod:`newsbook.temporal_numbers`), "that day" after a verb that
reports ("said that day would come"). Spans ("Jan. 5-6", "from Monday to Friday", "this year
and next") give two candidates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from newsbook.periods import real_date
from newsbook.temporal_numbers import is_label_or_count
from newsbook.temporal_patterns import FULL_MONTHS, WEEKDAY
from newsbook.temporal_tense import ascii_lower, cues, holidays, number_value

WEEKS_PAST = {"the past", "this past", "the last"}
"""Modifiers that make "the past two weeks" reach back from publication (a span, not a point)."""
_EDGE_WORDS = re.compile(r"\b(?:early|mid|late)\b")
_MONTHS = {name[:3].lower(): i for i, name in enumerate(calendar.month_name) if name}


def _month_number(name: str) -> int:
    """A month's number from its name, full, short or lower-case ("Jan.", "december")."""
    return _MONTHS[name[:3].lower()]
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}
_WEEKDAY_MODIFIER = re.compile(r"\b(this\s+coming|this\s+past|the\s+following|last|next|this|coming|earlier|later|early|late)\s+$", re.I)
"""Words before a weekday that belong to the expression: "last Friday", "Late Wednesday", "the
following Monday" (the first after the date just named)."""
_SPAN_OPENER = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")
_EARLIER_LATER = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s+$")
_DETERMINER_BEFORE = re.compile(r"(?:^|[,;:(—–]|\b(?:on|in|at|by|during|until|till|since|from|for|of|throughout|before|after|and|later|earlier))\s*$", re.I)
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:!?)—–]|$)|\s+(?:in|at|on|and|as|when|after|before|with|to|for|but|while|amid)\b")
"""Around a bare "that day": what makes "that" a determiner, not a conjunction ("said that day
would come")."""


@dataclass
class Candidate:
    """A matched expression before resolution; ``groups`` are the rule's named groups."""

    rule: str
    start: int
    end: int
    text: str
    groups: dict[str, str | None] = field(default_factory=dict)
    precision: str = "day"
    day: dt.date | None = None
    year_written: bool = True
    month: int = 0
    offset: int = 0
    tense: str | None = None



_PLAIN_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_PLAIN_CALENDAR = re.compile(
    rf"(?:(?:{WEEKDAY}) )?"
    rf"(?:(?:(?P<m1>{FULL_MONTHS}) (?P<d1>{_PLAIN_DAY})|(?P<d2>{_PLAIN_DAY}) (?P<m2>{FULL_MONTHS}))(?: (?P<y1>[0-9]{{4}}))?"
    rf"|(?P<m3>{FULL_MONTHS}) (?P<y3>[0-9]{{4}}))"
)
"""The plainest calendar strings: "January 5", "5th January 2022", "Saturday January 29 2022",
"December 2021" (full month names, single spaces, an optional weekday first)."""


def _parse_calendar(text: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a calendar string (year 2000 when unwritten), as ``dateparser`` reads it."""
    return _plain_calendar(text) or _dateparser_calendar(text)


def _plain_calendar(text: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a :data:`_PLAIN_CALENDAR` string that names a real day (else ``None``).

    Most calendar strings are this plain, and read so need no ``dateparser``, whose first call
    builds its time-zone patterns (about a third of a second). ``dateparser`` reads them the same
    way: the written year or 2000, the month, the day or the first, a weekday ignored (the two
    agreed on 105,420 strings of every month, day, suffix and form when this was written; a test
    compares them on a sample of those forms).
    """
    found = _PLAIN_CALENDAR.fullmatch(text)
    if found is None:
        return None
    g = found.groupdict()
    year, month = int(g["y1"] or g["y3"] or 2000), _month_number(g["m1"] or g["m2"] or g["m3"])
    day = int((g["d1"] or g["d2"] or "1").rstrip("stndrh"))
    if real_date(year, month, day) is None:  # no such day ("February 30"): left to dateparser
        return None
    return year, month, day


@functools.lru_cache(maxsize=4096)
def _dateparser_calendar(text: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a calendar string by ``dateparser`` (year 2000 when unwritten)."""
    from dateparser.date import DateDataParser  # imported on first use: most corpora never need it, and it loads slowly

    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["absolute-time"],
        "DATE_ORDER": "MDY"})
    found = parser.get_date_data(text).date_obj
    return (found.year, found.month, found.day) if found else None


def modifier(words: str | None) -> str:
    """A rule's modifier group as one lower-case phrase ("This  Past" -> "this past"; none -> "")."""
    return " ".join((words or "").lower().split())


def _calendar(c: Candidate) -> None:
    cleaned = _EDGE_WORDS.sub(" ", c.text.replace(",", " "))
    parsed = _parse_calendar(" ".join(cleaned.replace("-", " ").split()) if c.rule == "month_year" else " ".join(cleaned.split()))
    if parsed is None:
        return
    year, month, day = parsed
    c.year_written = bool(c.groups.get("y"))
    c.precision = "month" if c.rule == "month_year" else "day"
    c.day = dt.date(year, month, 1 if c.rule == "month_year" else day)
    c.month = month


def _day(rule: str, m: re.Match[str], key: str, month: int, day: int, year: str | None) -> Candidate | None:
    """A day candidate for group ``key`` of ``m`` (year 2000, a leap year, when unwritten)."""
    found = real_date(int(year) if year else 2000, month, day)
    if found is None:
        return None
    return Candidate(rule, m.start(key), m.end(key), m.group(key), {"y": year}, "day", found, bool(year), month)


def _day_span(m: re.Match[str], text: str) -> list[Candidate]:
    """ "Jan. 5-6", "Jan. 5 and 6", "5-6 January": the first day (with the month, written before
    or after it) and the second; only the day beside the month when the second day does not
    follow the first ("the 5-4 vote on May 5" keeps "May 5")."""
    g = m.groupdict()
    key = "d3" if g.get("d3") else "d2"
    year = g.get("y")
    d1, d2 = (int(g[k].rstrip("stndrh")) for k in ("d1", key))
    month = _month_number(g["mon"])
    first = _day("calendar", m, "d1", month, d1, year)
    second = _day("calendar", m, key, month, d2, year)
    month_first = m.start("mon") < m.start("d1")
    if month_first and first is not None:  # "Jan. 5-6": the first day keeps its month
        first.start, first.text = m.start(), text[m.start():m.end("d1")]
    elif not month_first and second is not None:  # "5-6 January": the second day keeps it
        second.end, second.text = m.end(), text[m.start(key):m.end()]
    if first is None or second is None or d2 <= d1:
        kept = first if month_first else second
        return [kept] if kept is not None else []
    return [first, second]


def _weekday(c: Candidate, text: str) -> list[Candidate]:
    """A weekday, unless a name ("Bloody Sunday", "the Sunday Times") or no particular day
    ("every Monday"); with the modifier before it ("last Friday", "Late Wednesday")."""
    before = text[max(0, c.start - 20):c.start]
    words = before.split()
    after = _NEXT_WORD.match(text, c.end)
    if (words and (words[-1] in cues()["name_prefix"] or words[-1].lower() in cues()["generic_before_weekday"])) \
            or (after and after.group(1) in cues()["name_suffix"]):
        return []
    modifier = _WEEKDAY_MODIFIER.search(before)
    if modifier:
        c.groups["mod"] = modifier.group(1)
        c.start -= len(before) - modifier.start()
        c.text = text[c.start:c.end]
    return [c]


def _weekdays(c: Candidate, m: re.Match[str], text: str) -> list[Candidate]:
    """A weekday, or the two of a span: "Monday-Wednesday", "Monday to Friday", "from Monday until
    Friday" ("and", "until", "till" make a span only after "from" or "between"); two weekdays that
    make no span ("Monday and Tuesday") are two candidates."""
    g = c.groups
    if not g.get("wd2"):
        return _weekday(c, text)
    first = Candidate("weekday", m.start("wd"), m.end("wd"), g["wd"], {"wd": g["wd"]})
    second = Candidate("weekday", m.start("wd2"), m.end("wd2"), g["wd2"], {"wd": g["wd2"]})
    connector = g["to"].strip()
    if connector in ("and", "until", "till") and not _SPAN_OPENER.search(text, max(0, first.start - 10), first.start):
        return _weekday(first, text) + _weekday(second, text)
    first.groups["wd2"], second.groups["span"] = g["wd2"], "end"
    return [first, second]


def _same(c: Candidate, m: re.Match[str], text: str) -> list[Candidate]:
    """ "that day", "the same week", "hours later", "in the afternoon": ``unit`` is the period the
    expression shares with the date before it; ``near`` marks the forms that need that date close."""
    g = c.groups
    unit = (g.get("unit") or g.get("near") or "day").lower()
    if c.text[:4].lower() == "that" and not g.get("rel") and not (
            _DETERMINER_BEFORE.search(text, max(0, c.start - 16), c.start) or _CLAUSE_AFTER.match(text, c.end)):
        return []
    g["unit"] = "day" if unit in _DAY_PARTS else unit
    return [c]


def _recurs(text: str, start: int) -> bool:
    """Whether a ``recurring_before`` word ("every", "each") comes right before ``start``."""
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in cues()["recurring_before"]


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;—–"


_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|is|was|are|were|to|of|in|on|at|for|with|by|as|that|when|but)\b)[a-z]")
"""A bare "weekend" modifies the noun after it ("weekend newspaper reports")."""
_NEXT_WORD = re.compile(r"[ \t]+([\w’']+)")


def _weekend(c: Candidate, text: str) -> list[Candidate]:
    start, end, g = c.start, c.end, c.groups
    word = end - len("weekend")
    if text[word].isupper() and not (word == start and _sentence_initial(text, start)):
        return []  # a name inside a sentence: "NPR's Weekend Edition", "The Weekend Australian"
    before = text[max(0, start - 20):start]
    words = before.split()
    if not (g["mod"] or g["the"]) and (  # bare "weekend": attributive only
            before.endswith("-") or not _ATTRIBUTIVE.match(text, end)
            or (words and ("-" in words[-1] or words[-1].lower() in cues()["generic_before_weekend"]))):
        return []
    return [c]


def build(rule: str, m: re.Match[str], text: str) -> list[Candidate]:
    """The candidates of match ``m`` of ``rule`` in ``text`` (none when the match is no date)."""
    g = m.groupdict()
    if rule == "year_span":
        y1, y2 = g["y1"], g["y2"]
        second = int(y1[:2] + y2) if len(y2) == 2 else int(y2)
        if second <= int(y1) or is_label_or_count(text, m.start("y1"), m.end("y1")) \
                or is_label_or_count(text, m.start("y2"), m.end("y2")):
            return []
        return [Candidate("year", m.start("y1"), m.end("y1"), y1, {"y": y1}, "year", dt.date(int(y1), 1, 1)),
                Candidate("year", m.start("y2"), m.end("y2"), y2, {"y": y2}, "year", dt.date(second, 1, 1))]
    if rule == "month_span":
        return [Candidate("month", m.start(k), m.end(k), g[k], {"mon": g[k], "span": k}, "month",
                          month=_month_number(g[k])) for k in ("m1", "m2")]
    if rule == "calendar" and g.get("d1") and (g.get("d2") or g.get("d3")):
        return _day_span(m, text)
    start, end = (m.start("x"), m.end("x")) if g.get("x") else m.span()
    c = Candidate(rule, start, end, text[start:end], g)
    if rule in ("calendar", "holiday") and not g.get("y") and _recurs(text, start):
        return []  # "every May 9", "each Christmas Eve"
    if rule in ("calendar", "month_year"):
        _calendar(c)
    elif rule == "year":
        if is_label_or_count(text, m.start("y"), m.end("y")):
            return []
        year = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"]) if int(g["y"]) < 50 else 1900 + int(g["y"])
        c.precision, c.day = "year", dt.date(year, 1, 1)
    elif rule == "decade":
        c.precision, c.day = "decade", dt.date(int(g["dec"]), 1, 1)
    elif rule in ("month", "month_opening", "month_possessive", "month_attributive"):
        if rule == "month_attributive":  # "the December pact": dates the thing, not the clause's tense
            c.groups = {**c.groups, "attributive": rule}
        c.rule = "month"
        c.month = _month_number(g["mon"])  # also "last december"
    elif rule == "month_rel_year":
        c.month, c.precision = _month_number(g["mon"]), "day" if g["d"] or g["d2"] else "month"
        c.offset = {"last": -1, "this": 0, "next": 1, "that": 0}[g["rel"]]
    elif rule == "holiday":
        month, day = holidays()[g["h"].replace("’", "'")]
        c.day, c.year_written, c.month = dt.date(int(g["y"]) if g["y"] else 2000, month, day), bool(g["y"]), month
    elif rule == "weekday":
        return _weekdays(c, m, text)
    elif rule == "weekend":
        return _weekend(c, text)
    elif rule == "today":
        lower = c.text.lower()
        if c.text[0].isupper() and not _sentence_initial(text, start):
            return []
        prefix = _EARLIER_LATER.search(text, max(0, start - 10), start)
        if prefix:  # "earlier today", "Later tonight"
            c.start, c.text = prefix.start(), text[prefix.start():end]
        c.offset = -2 if "before yesterday" in lower else 2 if "after tomorrow" in lower else \
            -1 if lower.startswith(("yesterday", "last")) else 1 if lower.startswith("tomorrow") else 0
    elif rule == "period":
        mod = modifier(g["mod"])
        if mod in WEEKS_PAST and g["unit"].lower() != "week":
            return []
        if g["x2"]:  # "this year and next": both
            c.end, c.text = m.end("unit"), text[start:m.end("unit")]
            return [c, Candidate("period", m.start("x2"), m.end("x2"), g["x2"], {"mod": g["x2"].lower(), "unit": g["unit"]})]
    elif rule == "period_end":
        c.rule, c.groups = "period_part", {"unit": g["unit"].lower()}
    elif rule == "period_part" and g["unit"] == "day":  # "earlier in the day"; "at the end of the day" is an idiom
        if not g.get("rel"):
            return []
        c.rule, c.groups = "same", {"unit": "day", "near": "day"}
    elif rule == "same":
        return _same(c, m, text)
    elif rule == "anchored":
        direction = g["dir"].lower()
        steps = number_value(g["n"]) if g.get("n") else 1
        unit = ascii_lower(g.get("unit") or "day").rstrip("s")
        if g.get("vague") or unit in ("hour", "minute"):  # "hours later", "two hours later": that day (or a later one)
            c.rule, g["unit"], steps = "same", "day", steps // 24 if unit == "hour" and not g.get("vague") else 0
            g["near"] = None
        c.offset = -steps if direction in ("previous", "preceding", "before", "earlier") else steps
    return [c]
