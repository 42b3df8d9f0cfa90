"""The grammar of date expressions: regular-expression rules that find candidates in a text.

Each rule finds one kind of expression; where candidates overlap, the longest wins (then the
earlier rule). :mod:`newsbook.temporal` resolves the candidates to dates. A rule whose matches
must open a word is tried only where one of its first characters opens a word
(:mod:`newsbook.anchors`), which finds the same matches as a scan of every position.

================  =======================================================================
rule              finds
================  =======================================================================
calendar          "January 5, 2022", "Jan. 5", "Saturday, January 29, 2022", "5 January",
                  "the 5th of January", "2022-01-08", "1/5/2022"
month_year        "December 2021", "early January 2022"
month             a month name after a preposition or modifier: "by the end of January",
                  "in March", "early January", "last December" ("May" only after a preposition)
month_opening     the same after a preposition opening a sentence: "In March, ..."
month_possessive  "January's figures" (not "May's": a name as often as a month)
month_rel_year    "14 February last year", "in March this year", "June next year"
month_span        both months of "between March and May", "from May to July"
year              "in 2014", "since 1989", "the 2019 reshuffle", both years of "2001-04" and
                  "2004/05", "FY2005", "FY05"
decade            "the 1990s", "the early 2000s"
short_decade      "the '80s", "the ’90s"
weekday           "Thursday", "on Monday", "last Friday", "next Tuesday", "Monday night"
today             "today", "tonight", "this morning", "yesterday", "tomorrow", "last night"
period            "this week", "last week", "earlier this week", "this past week", "last month",
                  "next year"
period_part       "the end of the month", "the start of the year", "the rest of the week"
weekend           "the weekend", "over the weekend", "this weekend", "last weekend", and a
                  bare attributive "weekend" ("weekend newspaper reports")
ago               "30 years ago", "a week ago", "two days ago"
new_year          "the new year", "the first days of the new year"
anchored          "the next day", "the following week", "the day before", "two years later"
================  =======================================================================

Some rules are found from a cheap *tail* (:data:`_TAILS`), then matched in full just before it.
:mod:`newsbook.temporal_build` turns matches into candidates.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re

from newsbook import anchors
from newsbook.temporal_build import Candidate, build
from newsbook.temporal_tense import number_value, number_words, tense

__all__ = ["Candidate", "candidates", "number_value", "number_words", "tense"]

_FULL_MONTHS = "|".join(calendar.month_name[1:])
_MONTH = rf"(?:{_FULL_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = "|".join(calendar.day_name)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_BEFORE_NUMBER = r"(?<![\w$€£#.,/\-–])"
_PREPOSITIONS = "in|since|until|till|by|of|for|from|to|through|throughout|during|before|after|between|and"
_NOT_MAY = _FULL_MONTHS.replace("May|", "")
_REL_YEAR = r",?\s+(?P<rel>last|this|next)\s+year\b(?!['’])"
"""What a month written without its year may be followed by to give it: "in March last year"."""
_OPENING_PREPOSITIONS = "In|Since|Until|By|From|During|Between|Throughout"
"""Prepositions that open a sentence before a month: "In March, it floated." """


def _number_pattern() -> str:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return rf"(?:\d+|(?:{words})(?:[\s-]+(?:{words}))*)"


_RULES: list[tuple[str, str, int, str]] = [
    ("calendar", rf"(?<![\w-])(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])", 0, "digit"),
    ("calendar", rf"(?<![\w/])(?P<m>1[0-2]|0?[1-9])/(?P<d>{_DAY})/(?P<y>{_YEAR})(?![\w/])", 0, "digit"),
    ("calendar", rf"(?<!\w)(?:(?:{_WEEKDAY}),?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+(?P<y>{_YEAR})\b)?(?![,.]?\d|:)", 0, "month"),
    ("calendar", rf"(?<![\w,.])(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>{_YEAR})\b)?", 0, "month"),
    ("month_year", rf"(?<!\w)(?:(?:early|mid|late)[\s-]+)?{_MONTH},?\s+(?P<y>{_YEAR})\b", 0, "month"),
    ("month", rf"\b(?P<mod>this\s+past|this\s+coming|last|next|this)\s+(?P<mon>{_FULL_MONTHS})\b(?![\s,]*\d)", 0, "month"),
    ("month", rf"\b(?:(?:in|since|until|till|by|from|through|during|before|after)\s+)(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?P<x>(?P<mon>May))\b(?![\s,]*\d)(?!{_REL_YEAR})", 0, "month"),
    ("month", rf"\b(?:(?:{_PREPOSITIONS})\s+)(?P<x>(?P<mon>{_NOT_MAY}))\b(?![\s,]*\d)(?!{_REL_YEAR})", 0, "month"),
    ("month_opening", rf"\b(?:{_OPENING_PREPOSITIONS})\s+(?P<x>(?P<mon>{_FULL_MONTHS}))\b(?![\s,]*\d)(?!{_REL_YEAR})", 0, ""),
    ("month_possessive", rf"\b(?P<mon>{_NOT_MAY})", 0, ""),  # before "'s": see _TAILS
    ("month", rf"\b(?P<mod>early|mid|late)[\s-]+(?P<mon>{_FULL_MONTHS})\b(?![\s,]*\d)(?!{_REL_YEAR})", 0, "month"),
    ("month_rel_year", rf"(?<![\w,.])(?:(?:early|mid|late)[\s-]+)?(?:(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?)?(?P<mon>{_FULL_MONTHS})(?:\s+(?P<d2>{_DAY}))?{_REL_YEAR}", 0, "month"),
    ("month_span", rf"\b(?:between|from)\s+(?P<m1>{_FULL_MONTHS})\s+(?:and|to|until|till|through)\s+(?P<m2>{_FULL_MONTHS})\b(?![\s,]*\d)", 0, ""),
    ("year_span", rf"{_BEFORE_NUMBER}(?P<y1>{_YEAR})\s*[-–/]\s*(?P<y2>\d\d|{_YEAR})(?![\w%]|[.,]\d)", 0, "digit"),
    ("year", rf"{_BEFORE_NUMBER}(?P<y>{_YEAR})(?![\w%]|[.,]\d|-\w|\s*percent)", 0, "digit"),
    ("decade", rf"(?<![\w'’])(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d0)s\b", 0, "digit"),
    ("short_decade", r"['’‘](?<![\w'’‘]['’‘])(?P<dec>\d0)s\b", 0, "digit"),
    ("year", rf"\bFY\s?(?P<y>{_YEAR}|\d\d)\b", 0, "digit"),
    ("weekday", rf"\b(?:(?P<mod>this\s+coming|this\s+past|last|next|this|coming|early|late)\s+)?(?P<wd>{_WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night)\b)?", 0, "weekday"),
    ("today", r"\b(?:today|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening)|last\s+night|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b", re.I, ""),
    ("period", r"\b(?:(?:earlier|later|early|late)\s+)?(?P<mod>this\s+past|the\s+past|the\s+last|this\s+coming|the\s+coming|this|last|next)\s+(?P<unit>week|month|year)\b(?!\s+of\b)", re.I, "period"),
    ("period_part", r"\b[Tt]he\s+(?:end|beginning|start|middle|rest)\s+of\s+the\s+(?P<unit>week|month|year)\b", 0, ""),
    ("weekend", r"\b(?:(?:(?P<mod>this\s+past|this\s+coming|the\s+past|the\s+coming|last|next|this)|(?P<the>the))\s+)?weekend\b(?!\s+(?:of|before|after)\b)", re.I, ""),
    ("ago", r"\b(?P<n>NUMBER)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", re.I, "ago"),
    ("new_year", r"(?:\b(?:the\s+)?(?P<part>first|opening|early)\s+(?:few\s+)?(?:days|weeks|hours)\s+of\s+)?\b[Tt]he\s+new\s+year\b", 0, "new_year"),
    ("anchored", r"\b(?:[Tt]he|THE)\s+(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|morning|week|month|year)\b", 0, ""),
    ("anchored", r"\b[Tt]he\s+day\s+(?P<dir>after|before)(?=\s*[,.;:!?)—–]|\s*$)", 0, "day_after"),
    ("anchored", r"\b(?P<n>NUMBER)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>later|earlier|afterwards?)\b", re.I, "later"),
]
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
        elif rule in _TAILS:
            tail = re.compile(_TAILS[rule][0], flags)
            _TAIL_REACH[tail.pattern] = _TAILS[rule][1]
        compiled.append((rule, full, gate, tail, anchors.anchor(full) if tail is None else None))
    return compiled


_TAILS = {
    "month_rel_year": (r"year\b(?!['’])", 40),
    "month_opening": (rf"(?:{_OPENING_PREPOSITIONS})\s+(?:{_FULL_MONTHS})\b(?![\s,]*\d)(?!{_REL_YEAR})", 0),
    "month_possessive": (rf"(?:{_NOT_MAY})(?=['’]s\b)", 0),
    "month_span": (rf"(?:between|from)\s+(?:{_FULL_MONTHS})\s+(?:and|to|until|till|through)\s+(?:{_FULL_MONTHS})\b(?![\s,]*\d)", 0),
    "period_part": (r"of\s+the\s+(?:week|month|year)\b", 16),
    "weekend": (r"weekend\b(?!\s+(?:of|before|after)\b)", 14),
}
"""Rules found from a cheap part, their *tail* (scanned by the engine alone, no word-start
anchor), then matched in full at most ``reach`` characters before each tail found: "... last
year", "... weekend", or the whole match ("March's", reach 0). The full match must end where the
tail ends, and sees no text after it: a tail carries the rule's closing lookaheads."""
_TAIL_REACH: dict[str, int] = {}
_NUMBER_REACH = 40
"""How far before a tail the start of a tail-led rule may be ("twenty-five years ago", "the 14th
of September last year")."""


def _finditer(pattern: re.Pattern[str], tail: re.Pattern[str] | None, segment: str, anchor: re.Pattern[str] | None = None):
    if tail is None:
        yield from anchors.finditer(pattern, anchor, segment)
        return
    for t in tail.finditer(segment):
        reach = _TAIL_REACH.get(tail.pattern, _NUMBER_REACH)
        for pos in range(max(0, t.start() - reach), t.start() + 1):
            if pos and segment[pos - 1].isalnum():
                continue
            m = pattern.match(segment, pos, t.end())
            if m and m.end() == t.end():
                yield m
                break


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
            built = build(rule, m, segment)
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
