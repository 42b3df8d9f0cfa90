"""The grammar of date expressions: regular-expression rules that find candidates in a text.

Each rule finds one kind of expression; where candidates overlap, the longest wins (then the
earlier rule). :mod:`newsbook.temporal` resolves the candidates to dates. A rule whose matches
must open a word is tried only where one of its first characters opens a word
(:mod:`newsbook.anchors`), which finds the same matches as a scan of every position.

=============  ==========================================================================
rule           finds
=============  ==========================================================================
calendar       "January 5, 2022", "Jan. 5", "Saturday, January 29, 2022", "5 January",
               "the 5th of January", "2022-01-08", "1/5/2022"
month_year     "December 2021", "early January 2022"
month          a month name after a preposition or modifier: "by the end of January",
               "in March", "early January", "last December" ("May" only after a preposition)
year           "in 2014", "since 1989", "the 2019 reshuffle", both years of "2001-04"
decade         "the 1990s", "the early 2000s"
weekday        "Thursday", "on Monday", "last Friday", "next Tuesday", "Monday night"
today          "today", "tonight", "this morning", "yesterday", "tomorrow", "last night"
period         "this week", "last week", "earlier this week", "this past week", "last month",
               "next year"
ago            "30 years ago", "a week ago", "two days ago"
new_year       "the new year", "the first days of the new year"
anchored       "the next day", "the following week", "the day before", "two years later"
=============  ==========================================================================
"""

from __future__ import annotations

import bisect
import calendar
import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateparser.date import DateDataParser

from newsbook import anchors
from newsbook.paths import data_file

_FULL_MONTHS = "|".join(calendar.month_name[1:])
_MONTH = rf"(?:{_FULL_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = "|".join(calendar.day_name)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_BEFORE_NUMBER = r"(?<![\w$€£#.,/\-–])"
_PREPOSITIONS = "in|since|until|till|by|of|for|from|to|through|throughout|during|before|after|between|and"


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    with data_file("temporal_cues.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {kind: frozenset(r["word"] for r in rows if r["kind"] == kind) for kind in ("future", "past", "name_prefix")}


@functools.lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """``data/number_words.csv`` as ``{word: value}``."""
    with data_file("number_words.csv").open(encoding="utf-8", newline="") as handle:
        return {row["word"]: int(row["value"]) for row in csv.DictReader(handle)}


def number_value(words: str) -> int:
    """The value of a number in digits or words: ``"30"``, ``"a"``, ``"twenty-five"``, ``"a dozen"``.

    >>> [number_value(w) for w in ("30", "a", "twenty-five", "two dozen", "a thousand", "three hundred")]
    [30, 1, 25, 24, 1000, 300]
    """
    words = words.replace(",", "")
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        value = number_words()[word]
        if word in ("a", "an"):
            current = max(current, 1)
        elif value < 100 and word != "dozen":
            current += value
        elif value < 1000:
            current = max(current, 1) * value
        else:
            total, current = total + max(current, 1) * value, 0
    return total + current


def _number_pattern() -> str:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return rf"(?:\d+|(?:{words})(?:[\s-]+(?:{words}))*)"


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
    cleaned = re.sub(r"\b(?:early|mid|late)\b", " ", c.text.replace(",", " "))
    parsed = _parse_calendar(" ".join(cleaned.replace("-", " ").split()) if c.rule == "month_year" else " ".join(cleaned.split()))
    if parsed is None:
        return
    year, month, day = parsed
    c.year_written = bool(c.groups.get("y"))
    c.precision = "month" if c.rule == "month_year" else "day"
    c.day = dt.date(year, month, 1 if c.rule == "month_year" else day)
    c.month = month


_RULES: list[tuple[str, str, int, str]] = [
    ("calendar", rf"(?<![\w-])(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])", 0, "digit"),
    ("calendar", rf"(?<![\w/])(?P<m>1[0-2]|0?[1-9])/(?P<d>{_DAY})/(?P<y>{_YEAR})(?![\w/])", 0, "digit"),
    ("calendar", rf"(?<!\w)(?:(?:{_WEEKDAY}),?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+(?P<y>{_YEAR})\b)?(?![,.]?\d|:)", 0, "month"),
    ("calendar", rf"(?<![\w,.])(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>{_YEAR})\b)?", 0, "month"),
    ("month_year", rf"(?<!\w)(?:(?:early|mid|late)[\s-]+)?{_MONTH},?\s+(?P<y>{_YEAR})\b", 0, "month"),
    ("month", rf"\b(?P<mod>this\s+past|this\s+coming|last|next|this)\s+(?P<mon>{_FULL_MONTHS})\b(?![\s,]*\d)", 0, "month"),
    ("month", rf"\b(?:(?:in|since|until|till|by|from|through|during|before|after)\s+)(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?P<x>(?P<mon>May))\b(?![\s,]*\d)", 0, "month"),
    ("month", rf"\b(?:(?:{_PREPOSITIONS})\s+)(?P<x>(?P<mon>{_FULL_MONTHS.replace('May|', '')}))\b(?![\s,]*\d)", 0, "month"),
    ("month", rf"\b(?P<mod>early|mid|late)[\s-]+(?P<mon>{_FULL_MONTHS})\b(?![\s,]*\d)", 0, "month"),
    ("year_span", rf"{_BEFORE_NUMBER}(?P<y1>{_YEAR})\s*[-–]\s*(?P<y2>\d\d|{_YEAR})(?![\w%]|[.,]\d)", 0, "digit"),
    ("year", rf"{_BEFORE_NUMBER}(?P<y>{_YEAR})(?![\w%]|[.,]\d|-\w|\s*percent)", 0, "digit"),
    ("decade", rf"(?<![\w'’])(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d0)s\b", 0, "digit"),
    ("weekday", rf"\b(?:(?P<mod>this\s+coming|this\s+past|last|next|this|coming|early|late)\s+)?(?P<wd>{_WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night)\b)?", 0, "weekday"),
    ("today", r"\b(?:today|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening)|last\s+night|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b", re.I, ""),
    ("period", r"\b(?:(?:earlier|later|early|late)\s+)?(?P<mod>this\s+past|the\s+past|the\s+last|this\s+coming|the\s+coming|this|last|next)\s+(?P<unit>week|month|year)\b(?!\s+of\b)", re.I, "period"),
    ("ago", r"\b(?P<n>NUMBER)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", re.I, "ago"),
    ("new_year", r"(?:\b(?:the\s+)?(?P<part>first|opening|early)\s+(?:few\s+)?(?:days|weeks|hours)\s+of\s+)?\b[Tt]he\s+new\s+year\b", 0, "new_year"),
    ("anchored", r"\b(?:[Tt]he|THE)\s+(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|morning|week|month|year)\b", 0, ""),
    ("anchored", r"\b[Tt]he\s+day\s+(?P<dir>after|before)(?=\s*[,.;:!?)—–]|\s*$)", 0, "day_after"),
    ("anchored", r"\b(?P<n>NUMBER)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>later|earlier|afterwards?)\b", re.I, "later"),
]
_WEEKS_PAST = {"the past", "this past", "the last"}
_GATES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "weekday": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "period": re.compile(r"week|month|year", re.I),
    "ago": re.compile(r"\bago\b", re.I),
    "new_year": re.compile(r"new year"),
    "day_after": re.compile(r"day\s+(?:after|before)"),
    "later": re.compile(r"later|earlier|afterward", re.I),
}
"""Cheap tests that a segment could hold a rule's match at all: a rule runs only when its gate
finds something (a rule without a gate always runs: its own scan costs less than a gate's)."""


@functools.lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str], str, re.Pattern[str] | None, re.Pattern[str] | None]]:
    """``(rule, pattern, gate, tail, anchor)``; a rule that opens with a number has a ``tail``:
    the cheap rest of its pattern, searched first (scanning for the long number alternation at
    every position is slow), the full pattern then matched just before each tail found. Other
    rules may have an ``anchor`` (:mod:`newsbook.anchors`): the places where a match can begin,
    so the pattern is tried there only, with the same matches as a scan of every position."""
    number = _number_pattern()
    compiled = []
    for rule, pattern, flags, gate in _RULES:
        full = re.compile(pattern.replace("NUMBER", number), flags)
        tail = None
        if pattern.startswith(r"\b(?P<n>NUMBER)\s+"):
            tail = re.compile(pattern[len(r"\b(?P<n>NUMBER)\s+"):], flags)
        compiled.append((rule, full, gate, tail, anchors.anchor(full) if tail is None else None))
    return compiled


_NUMBER_REACH = 40
"""How far before a tail the number of a number-led rule may start ("twenty-five years ago")."""


def _finditer(pattern: re.Pattern[str], tail: re.Pattern[str] | None, segment: str, anchor: re.Pattern[str] | None = None):
    if tail is None:
        yield from anchors.finditer(pattern, anchor, segment)
        return
    for t in tail.finditer(segment):
        for pos in range(max(0, t.start() - _NUMBER_REACH), t.start()):
            if pos and segment[pos - 1].isalnum():
                continue
            m = pattern.match(segment, pos, t.end())
            if m and m.end() == t.end():
                yield m
                break


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;—–"


def _build(rule: str, m: re.Match[str], text: str) -> list[Candidate]:
    g = m.groupdict()
    if rule == "year_span":
        y1, y2 = g["y1"], g["y2"]
        second = int(y1[:2] + y2) if len(y2) == 2 else int(y2)
        if second <= int(y1):
            return []
        return [Candidate("year", m.start("y1"), m.end("y1"), y1, {"y": y1}, "year", dt.date(int(y1), 1, 1)),
                Candidate("year", m.start("y2"), m.end("y2"), y2, {"y": y2}, "year", dt.date(second, 1, 1))]
    start, end = (m.start("x"), m.end("x")) if g.get("x") else m.span()
    c = Candidate(rule, start, end, text[start:end], g)
    if rule in ("calendar", "month_year"):
        _calendar(c)
    elif rule == "year":
        c.precision, c.day = "year", dt.date(int(g["y"]), 1, 1)
    elif rule == "decade":
        c.precision, c.day = "decade", dt.date(int(g["dec"]), 1, 1)
    elif rule == "month":
        c.month = list(calendar.month_name).index(g["mon"])
    elif rule == "weekday":
        words = text[max(0, start - 20):start].split()
        if words and words[-1] in _cues()["name_prefix"]:
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


def candidates(text: str, start: int = 0, end: int | None = None, *, spans: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """The non-overlapping date-expression candidates in ``text[start:end]``, in text order.

    With ``spans`` (sorted, inside ``start:end``), a match counts only when it lies within one
    span: the text is scanned once, not span by span.

    >>> [c.text for c in candidates("On Jan. 5, 2022, and from 2001-04, then last week.")]
    ['Jan. 5, 2022', '2001', '04', 'last week']
    """
    end = len(text) if end is None else end
    segment = text[start:end]
    starts = [a - start for a, _ in spans] if spans else []
    ends = [b - start for _, b in spans] if spans else []
    matches = []
    open_gates = {name for name, gate in _GATES.items() if gate.search(segment)}
    for order, (rule, pattern, gate, tail, anchor) in enumerate(_compiled()):
        if gate and gate not in open_gates:
            continue
        for m in _finditer(pattern, tail, segment, anchor):
            if spans:
                i = bisect.bisect_right(starts, m.start()) - 1
                if i < 0 or m.end() > ends[i]:
                    continue
            built = _build(rule, m, segment)
            if built:
                matches.append((m.start(), -(m.end() - m.start()), order, m.end(), built))
    chosen, taken_until = [], 0
    for match_start, _, _, match_end, built in sorted(matches, key=lambda item: item[:3]):
        if match_start >= taken_until:
            for c in built:
                c.start, c.end = c.start + start, c.end + start
            chosen.extend(built)
            taken_until = match_end
    return chosen


_WORD = re.compile(r"[\w’']+(?:-\w+)*")


def tense(text: str, start: int, end: int, span_start: int, span_end: int, *, window: int = 6) -> str | None:
    """``"future"``, ``"past"`` or ``None``: the tense the clause around ``text[start:end]`` gives it.

    The nearest tense cue within ``window`` words on either side (inside the sentence) decides:
    a future cue (``data/temporal_cues.csv``: "will", "would", "begins", "scheduled" ...) or a
    past cue (listed past forms, and any other word ending in -ed, except a participle after
    "be", "been" or "being", where the auxiliary before it decides). Ties go to the past.
    """
    left_edge = max(text.rfind(p, span_start, start) for p in ".!?;") + 1 or span_start
    right = [text.find(p, end, span_end) for p in ".!?;"]
    right_edge = min([r for r in right if r >= 0] or [span_end])
    left_words = [w.lower() for w in _WORD.findall(text[max(left_edge, span_start):start])[-window - 2:]]
    right_words = [w.lower() for w in _WORD.findall(text[end:right_edge])[:window + 2]]
    best: tuple[int, int] | None = None
    for words in (left_words[::-1], right_words):
        for distance, word in enumerate(words[:window]):
            kind = _cue_kind(word, words, distance, reverse=words is not right_words)
            if kind is not None:
                if best is None or distance < best[0] or (distance == best[0] and kind == 0):
                    best = (distance, kind)
                break
    return None if best is None else ("future" if best[1] == 1 else "past")


_PASSIVE = {"be", "been", "being"}


def _cue_kind(word: str, words: list[str], i: int, *, reverse: bool) -> int | None:
    cues = _cues()
    if word in cues["future"]:
        return 1
    if word in cues["past"]:
        return 0
    if word.endswith("ed") and len(word) > 4 and "-" not in word:
        auxiliary = words[i + 1] if reverse and i + 1 < len(words) else words[i - 1] if not reverse and i > 0 else ""
        return None if auxiliary in _PASSIVE else 0
    return None
