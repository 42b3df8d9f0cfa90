"""Candidates from the matches of the date rules (:mod:`newsbook.temporal_rules`).

A match becomes a :class:`Candidate` with what its text fixes (a calendar date parsed by
``dateparser``, a year, a month, an offset in days or steps), or none when the words around it
show it names no date: a weekday in a name ("Bloody Sunday", "the Sunday Times"), a capitalised
"Today" inside a sentence (a name: "USA Today"), a bare "weekend" that is any weekend ("a
weekend break"), "the past month" (a duration).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateparser.date import DateDataParser

from newsbook.temporal_tense import cues, number_value

_WEEKS_PAST = {"the past", "this past", "the last"}
_EDGE_WORDS = re.compile(r"\b(?:early|mid|late)\b")


@dataclass
class Candidate:
    """A matched expression before resolution; ``groups`` are the rule's named groups."""

    rule: str
    start: int
    end: int
    text: str
    groups: dict[str, str | None]
    precision: str = "day"
    day: dt.date | None = None
    year_written: bool = True
    month: int = 0
    offset: int = 0
    tense: str | None = None


@functools.lru_cache(maxsize=4096)
def _parse_calendar(text: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a calendar string by ``dateparser`` (year 2000 when unwritten)."""
    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["absolute-time"],
        "DATE_ORDER": "MDY"})
    found = parser.get_date_data(text).date_obj
    return (found.year, found.month, found.day) if found else None


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


_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|is|was|are|were|to|of|in|on|at|for|with|by|as|that|when|but)\b)[a-z]")
"""A bare "weekend" modifies the noun after it ("weekend newspaper reports")."""
_NEXT_WORD = re.compile(r"[ \t]+([\w’']+)")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;—–"


def build(rule: str, m: re.Match[str], text: str) -> list[Candidate]:
    """The candidates of match ``m`` of ``rule`` in ``text`` (none when the match is no date)."""
    g = m.groupdict()
    if rule == "year_span":
        y1, y2 = g["y1"], g["y2"]
        second = int(y1[:2] + y2) if len(y2) == 2 else int(y2)
        if second <= int(y1):
            return []
        return [Candidate("year", m.start("y1"), m.end("y1"), y1, {"y": y1}, "year", dt.date(int(y1), 1, 1)),
                Candidate("year", m.start("y2"), m.end("y2"), y2, {"y": y2}, "year", dt.date(second, 1, 1))]
    if rule == "month_span":
        return [Candidate("month", m.start(k), m.end(k), g[k], {"mon": g[k], "span": k}, "month",
                          month=list(calendar.month_name).index(g[k])) for k in ("m1", "m2")]
    start, end = (m.start("x"), m.end("x")) if g.get("x") else m.span()
    c = Candidate(rule, start, end, text[start:end], g)
    if rule in ("calendar", "month_year"):
        _calendar(c)
    elif rule == "year":
        year = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"]) if int(g["y"]) < 50 else 1900 + int(g["y"])
        c.precision, c.day = "year", dt.date(year, 1, 1)
    elif rule == "decade":
        c.precision, c.day = "decade", dt.date(int(g["dec"]), 1, 1)
    elif rule in ("month", "month_opening", "month_possessive"):
        c.rule = "month"
        c.month = list(calendar.month_name).index(g["mon"])
    elif rule == "month_rel_year":
        c.month, c.precision = list(calendar.month_name).index(g["mon"]), "day" if g["d"] or g["d2"] else "month"
        c.offset = {"last": -1, "this": 0, "next": 1}[g["rel"]]
    elif rule == "weekday":
        words = text[max(0, start - 20):start].split()
        after = _NEXT_WORD.match(text, m.end())
        if (words and words[-1] in cues()["name_prefix"]) or (after and after.group(1) in cues()["name_suffix"]):
            return []
    elif rule == "weekend":
        word = end - len("weekend")
        if text[word].isupper() and not (word == start and _sentence_initial(text, start)):
            return []  # a name inside a sentence: "NPR's Weekend Edition", "The Weekend Australian"
        before = text[max(0, start - 20):start]
        words = before.split()
        if not (g["mod"] or g["the"]) and (  # bare "weekend": attributive only
                before.endswith("-") or not _ATTRIBUTIVE.match(text, end)
                or (words and ("-" in words[-1] or words[-1].lower() in cues()["generic_before_weekend"]))):
            return []
    elif rule == "today":
        lower = c.text.lower()
        if c.text[0].isupper() and not _sentence_initial(text, start):
            return []
        c.offset = -2 if "before yesterday" in lower else 2 if "after tomorrow" in lower else \
            -1 if lower.startswith(("yesterday", "last")) else 1 if lower.startswith("tomorrow") else 0
    elif rule == "period":
        mod = " ".join(g["mod"].lower().split())
        if mod in _WEEKS_PAST and g["unit"].lower() != "week":
            return []
    elif rule == "anchored":
        direction = g["dir"].lower()
        steps = number_value(g["n"]) if g.get("n") else 1
        c.offset = -steps if direction in ("previous", "preceding", "before", "earlier") else steps
    return [c]
