"""The grammar of date expressions: one regular expression a rule, read by :mod:`newsbook.temporal_rules`.

==============  =========================================================================
rule            finds
==============  =========================================================================
calendar        "January 5, 2022", "Jan. 5", "Saturday, January 29, 2022", "5 January",
                "the 5th of January", "2022-01-08", "1/5/2022"; both days of "Jan. 5-6",
                "5-6 January", "5 and 6 January", "Jan. 5 to 7"
month_year      "December 2021", "early January 2022"
month           a month name after a preposition or modifier: "by the end of January",
                "in March", "early January", "last December" ("May" only after a preposition)
                (wire copy's lower-case "last december" too, not for "may", "march", "august")
month_attributive  a month before the noun it dates: "the December pact" (not "May")
month_opening   the same after a preposition opening a sentence: "In March, ..."
month_possessive  "January's figures" (not "May's": a name as often as a month)
month_rel_year  "14 February last year", "in March this year", "June next year", "March of
                last year", "December of that year" (the year of the date just named)
month_span      both months of "between March and May", "from May to July", "January-March"
year            "in 2014", "since 1989", "the 2019 reshuffle", "mid-2023", "pre-1967", both years of
                "2001-04" and "2004/05", "FY2005", "FY05"
short_year      "in '98", "the class of ’04"
decade          "the 1990s", "the early 2000s", "the 1970's", "the '80s"
weekday         "Thursday", "Monday night", "Tuesday next week" (a modifier before it, "last",
                "this", "early", is read by :mod:`newsbook.temporal_build`); both days of
                "Monday-Wednesday", "Monday to Friday", "from Monday until Friday"
today           "today", "tonight", "this morning", "yesterday", "tomorrow", "last night",
                "earlier today"
period          "this week", "last week", "earlier this week", "this past week", "next year";
                both periods of "this year and next", "last year and this"
period_part     "the end of the month", "the start of the year", "earlier in the week",
                "later in the year" ("earlier in the day" is a ``same`` candidate)
period_end      "year-end", "year's end", "month-end"
weekend         "the weekend", "over the weekend", "this weekend", "last weekend", and a
                bare attributive "weekend" ("weekend newspaper reports")
ago             "30 years ago", "a week ago", "two days ago"
new_year        "the new year", "the first days of the new year"
holiday         the fixed-day holidays of ``data/temporal_cues.csv``: "Christmas Eve"
anchored        "the next day", "the previous evening", "the following week", "the day
                before", "the night before", "the morning after", "the year before",
                "two years later"; "hours later", "an hour later" (``same`` candidates)
same            the period of the date just named: "that day", "the same day", "later that
                day", "that year", "that evening", "in the afternoon"
==============  =========================================================================

Each entry of :data:`RULES` is ``(rule, pattern, flags, gate)``; ``NUMBER`` in a pattern stands
for a number in digits or words, ``HOLIDAY`` for the holiday names. A ``gate`` names a cheap test
of :data:`GATES` that a text could hold the rule's match at all. A ``(?#tail:N)`` comment (at the
top level of a pattern) marks its *tail*: the rule is found from the rest of the pattern, a cheap
part the engine scans for on its own (no leading word boundary or lookbehind to try at every
position), and then matched in full at most ``N`` characters before each tail found: "... last
year", "... weekend", or the whole match after its ``\\b`` (``N`` = 0). The full match must end
where the tail does (:mod:`newsbook.temporal_rules`). A ``(?#month:N)`` comment marks where a
month begins in every match of the rule, after at most ``N`` words (runs of characters other than
white space, commas and dashes): the rule is tried only in the ``N`` words before each place
:data:`MONTH_STARTS` finds, which finds the same matches as a scan of the whole text; right after
a tail mark, ``(?#month:0)`` says that the tail opens with a month, so it is sought there only.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

FULL_MONTHS = "|".join(calendar.month_name[1:])
MONTH = rf"(?:{FULL_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
WEEKDAY = "|".join(calendar.day_name)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_BEFORE_NUMBER = r"(?<![\w$€£#.,/\-–])"
_AFTER_YEAR = r"(?![\w%]|[.,/]\d|-\w|\s*percent)"
_PREPOSITIONS = "in|since|until|till|by|of|for|from|to|through|throughout|during|before|after|between|and"
_NOT_MAY = FULL_MONTHS.replace("May|", "")
_LOWER_MONTHS = "|".join(m.lower() for m in calendar.month_name[1:] if m not in ("May", "March", "August"))
"""Months that wire copy sometimes writes in lower case ("last december") and that are no common word."""
REL_YEAR = r"(?:,?\s+|\s+of\s+)(?P<rel>last|this|next|that)\s+year\b(?!['’])"
"""What a month written without its year may be followed by to give it: "in March last year",
"December of that year"."""
OPENING_PREPOSITIONS = "In|Since|Until|By|From|During|Between|Throughout"
"""Prepositions that open a sentence before a month: "In March, it floated." """
_BARE_MONTH_END = rf"\b(?![\s,]*\d)(?!{REL_YEAR})"
"""The end of a month named alone: no day after it and no "last year" (other rules read those)."""
_OPTIONAL_WEEKDAY = rf"(?:(?:{WEEKDAY}),?\s+)?"
_OPTIONAL_YEAR = rf"(?:,?\s+(?P<y>{YEAR})\b)?"
_OPTIONAL_PART = r"(?:(?:early|mid|late)[\s-]+)?"
"""Optional parts around a date: a weekday before it ("Saturday, January 29"), a year after it
("January 29, 2022"), the part of a month or decade ("early January", "the late 1990s")."""
_SPAN_WORD = r"(?:\s*[-–]\s*|\s+(?:and|to|through|until|till)\s+)"
_CLAUSE_GOES_ON = r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:in|at|on|and|to|of|with|when|as|after|before|for|during|amid|that|the|this|next|last)\b)"
"""After the second day of "Jan. 5 and 6": the clause goes on, no noun follows ("and 6 people")."""
_DAY_PART = r"(?:day|morning|afternoon|evening|night)"
_UNITS_BEFORE = ("day", "morning", "evening", "night", "week", "month", "year")
"""The words before "after" or "before" in "the day after", "the year before"."""
_CLAUSE_ENDS_AFTER = r"(?=\s*[,.;:!?)—–]|\s*$)"
"""After the "after" of "the day after": the clause ends there ("the day after the vote" is no date)."""

RULES: list[tuple[str, str, int, str]] = [
    ("calendar", r"(?<![\w/-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/-])", 0, "iso_date"),
    ("calendar", rf"(?<![\w/])(?P<m>1[0-2]|0?[1-9])/(?P<d>{DAY})/(?P<y>{YEAR})(?![\w/])", 0, "slash_date"),
    ("calendar", rf"(?<!\w){_OPTIONAL_WEEKDAY}(?#month:1)(?P<mon>{MONTH})\s+(?P<d1>{DAY})\b(?:(?:\s*[-–]\s*|\s+(?:to|through|until)\s+)"
                 rf"(?P<d2>{DAY})\b|\s+and\s+(?P<d3>{DAY})\b{_CLAUSE_GOES_ON})?{_OPTIONAL_YEAR}(?![,.]?\d|:)", 0, ""),
    ("calendar", rf"(?<![\w,.]){_OPTIONAL_WEEKDAY}(?:the\s+)?(?:(?P<d1>{DAY}){_SPAN_WORD}(?:the\s+)?)?(?P<d2>{DAY})\s+(?:of\s+)?"
                 rf"(?#month:7)(?P<mon>{MONTH}){_OPTIONAL_YEAR}", 0, ""),
    ("month_year", rf"(?<!\w){_OPTIONAL_PART}(?#month:1){MONTH},?\s+(?P<y>{YEAR})\b", 0, ""),
    ("month", rf"\b(?:(?:in|since|until|till|by|from|through|during|before|after)\s+)(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?#month:4)(?P<x>(?P<mon>May)){_BARE_MONTH_END}", 0, ""),
    ("month", rf"\b(?:(?:{_PREPOSITIONS})\s+)(?#month:1)(?P<x>(?P<mon>{_NOT_MAY})){_BARE_MONTH_END}", 0, ""),
    ("month", rf"\b(?P<mod>this\s+past|this\s+coming|last|next|this)\s+(?#tail:12)(?#month:0)(?P<mon>{FULL_MONTHS})\b(?![\s,]*\d)", 0, "full_month"),
    ("month", rf"\b(?P<mod>last|next|this)\s+(?#tail:12)(?P<mon>{_LOWER_MONTHS})\b(?![\s,]*\d)", 0, "lower_month"),
    ("month_attributive", rf"\b[Tt]he\s+(?#tail:4)(?#month:0)(?P<x>(?P<mon>{_NOT_MAY}))(?=[ \t\n]+[a-z])", 0, "full_month"),
    ("month_opening", rf"\b(?:{OPENING_PREPOSITIONS})\s+(?#month:1)(?P<x>(?P<mon>{FULL_MONTHS})){_BARE_MONTH_END}", 0, "full_month"),
    ("month_possessive", rf"\b(?#tail:0)(?#month:0)(?P<mon>{_NOT_MAY})(?=['’]s\b)", 0, "full_month"),
    ("month", rf"\b(?P<mod>early|mid|late)[\s-]+(?#tail:6)(?#month:0)(?P<mon>{FULL_MONTHS}){_BARE_MONTH_END}", 0, "full_month"),
    ("month_rel_year", rf"(?<![\w,.]){_OPTIONAL_PART}(?:(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?)?(?P<mon>{FULL_MONTHS})"
                       rf"(?:\s+(?P<d2>{DAY}))?(?:,?\s+|\s+of\s+)(?P<rel>last|this|next|that)\s+(?#tail:40)year\b(?!['’])", 0, "full_month"),
    ("month_span", rf"\b(?:between|from)\s+(?#month:1)(?P<m1>{FULL_MONTHS})\s+(?:and|to|until|till|through)\s+(?P<m2>{FULL_MONTHS})\b(?![\s,]*\d)", 0, ""),
    ("month_span", rf"\b(?#tail:0)(?#month:0)(?P<m1>{FULL_MONTHS})(?:\s*[-–]\s*|\s+(?:to|through)\s+)(?P<m2>{FULL_MONTHS})\b(?![\s,]*\d)", 0, "full_month"),
    ("year_span", rf"{_BEFORE_NUMBER}(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>\d\d|{YEAR})(?![\w%]|[.,/]\d)", 0, "year_span"),
    ("year", rf"{_BEFORE_NUMBER}(?P<y>{YEAR}){_AFTER_YEAR}", 0, ""),
    ("year", rf"\b(?:[Mm]id|[Ee]arly|[Ll]ate)(?#tail:5)-(?P<y>{YEAR}){_AFTER_YEAR}", 0, ""),
    ("year", rf"\b(?:[Pp]re|[Pp]ost)(?#tail:4)-(?P<x>(?P<y>{YEAR})){_AFTER_YEAR}", 0, ""),
    ("short_year", r"\b(?:in|since|of|from|until|by|and|to)\s+(?#tail:7)(?P<x>['’‘](?P<y>\d\d))(?![\w'’%])", 0, "short_year"),
    ("decade", rf"(?<![\w'’]){_OPTIONAL_PART}(?#tail:6)(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b", 0, "decade"),
    ("short_decade", r"['’‘](?<![\w'’‘]['’‘])(?P<dec>\d0)s\b", 0, "decade"),
    ("year", rf"\bFY\s?(?P<y>{YEAR}|\d\d)\b", 0, ""),
    ("weekday", rf"\b(?#tail:0)(?P<wd>{WEEKDAY})\b(?:(?P<to>\s*[-–]\s*|\s+(?:to|through|until|till|and)\s+)(?P<wd2>{WEEKDAY})\b"
                rf"|(?:\s+(?:morning|afternoon|evening|night)\b)?(?:\s+(?:of\s+)?(?P<wk>last|next|this)\s+week\b)?)", 0, "weekday"),
    ("today", r"\b(?:today|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening)|last\s+night|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b", re.I, "today"),
    ("period", r"\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?P<mod>[Tt]his\s+past|[Tt]he\s+past|[Tt]he\s+last|[Tt]his\s+coming|[Tt]he\s+coming"
               r"|[Tt]his|[Ll]ast|[Nn]ext)\s+(?#tail:22)(?P<unit>week|month|year)\b(?!\s+of\b)(?:\s+(?:and|or)\s+(?P<x2>next|this)(?=\s*(?:[,.;:!?)\"”’—–]|$)))?",
     0, "period"),
    ("period_part", r"\b(?:[Tt]he\s+(?:end|beginning|start|middle|rest)\s+of|(?P<rel>[Ee]arlier|[Ll]ater)\s+in)(?#tail:16)\s+the\s+(?P<unit>week|month|year|day)\b", 0, "the_unit"),
    ("period_end", r"\b(?P<unit>[Yy]ear|[Mm]onth)(?:-|['’]s\s+)end\b", 0, "period_end"),
    ("weekend", r"\b(?:(?:(?P<mod>this\s+past|this\s+coming|the\s+past|the\s+coming|last|next|this)|(?P<the>the))\s+)?(?#tail:14)weekend\b(?!\s+(?:of|before|after)\b)", re.I, "weekend"),
    ("ago", r"\b(?P<n>NUMBER)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?#tail:60)(?-i:ago)\b", re.I, ""),
    ("new_year", r"(?:\b(?:the\s+)?(?P<part>first|opening|early)\s+(?:few\s+)?(?:days|weeks|hours)\s+of\s+)?\b[Tt]he\s+new\s+year\b", 0, "new_year"),
    ("holiday", rf"\b(?#tail:0)(?P<h>HOLIDAY){_OPTIONAL_YEAR}", 0, ""),
    ("anchored", rf"\b(?:[Tt]he|THE)\s+(?#tail:4)(?P<dir>next|following|previous|preceding)\s+(?P<unit>{_DAY_PART}|week|month|year)\b", 0, "next"),
    ("anchored", rf"\b[Tt]he\s+(?#tail:4)(?P<unit>{'|'.join(_UNITS_BEFORE)})\s+(?P<dir>after|before){_CLAUSE_ENDS_AFTER}", 0, "day_after"),
    ("anchored", r"\b(?:(?P<n>NUMBER)\s+(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?)|(?:(?:a\s+few|several)\s+)?"
                 r"(?P<vague>hours|minutes|moments))\s+(?#tail:60)(?P<dir>(?-i:later|earlier|afterwards?))\b", re.I, "later"),
    ("same", rf"\b(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:[Tt]hat|[Tt]he)\s+(?#tail:20)same\s+(?P<unit>{_DAY_PART}|week|month|year)\b", 0, ""),
    ("same", rf"\b(?:(?P<rel>[Ll]ater|[Ee]arlier)\s+)?(?#tail:8)[Tt]hat\s+(?P<unit>{_DAY_PART}|week|month|year)\b", 0, "that_unit"),
    ("same", r"\b(?:[Ii]n|[Dd]uring)\s+(?#tail:7)(?P<x>the\s+(?P<near>morning|afternoon|evening))\b(?!\s+of\b)", 0, ""),
]
SCOUTS: dict[str, tuple[str, ...]] = {
    "today": ("today", "tonight", "yesterday", "tomorrow", r"this\s+(?:morning|afternoon|evening)", r"last\s+night",
              r"the\s+day\s+(?:before|after)"),
}
"""Case-blind rules found from their *scouts*: case-sensitive patterns, each opening with a literal
that the engine skips to fast, searched in the segment written in lower case; every match of the
rule begins where one of them does (the rule's words in lower case), so the rule is tried there
only (:mod:`newsbook.temporal_rules`). The "today" rule opens with "t", "y" or "l" ignoring case:
tried at each such word ("the", "to", "that" ...), it costs a failed match at most words."""
MONTH_STARTS = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
"""The first three letters of a month name or abbreviation of :data:`MONTH`: where a month can
begin (no two of them overlap, so a scan finds each)."""
FULL_MONTH = re.compile(FULL_MONTHS)
"""A month written in full: it begins where :data:`MONTH_STARTS` finds its first three letters."""


@dataclass(frozen=True)
class CaseBlind:
    """A gate's test for words ignoring case, as a case-blind pattern matches them: one of ``words``
    (in lower case) in the segment written in lower case (:mod:`newsbook.temporal_rules`)."""

    words: tuple[str, ...]


_PERIOD = CaseBlind(("week", "month", "year"))
Test = re.Pattern[str] | tuple[str | re.Pattern[str], ...] | CaseBlind
GATES: dict[str, tuple[Test, ...]] = {
    "iso_date": (re.compile(r"-[01]\d-"),),
    "slash_date": (re.compile(r"/\d\d?(?:st|nd|rd|th)?/"),),
    "decade": (re.compile(r"0['’]?s"),),
    "year_span": ((re.compile(r"-\s*\d"), re.compile(r"–\s*\d"), re.compile(r"/\s*\d")),),
    "short_year": ((re.compile(r"'\d\d"), re.compile(r"’\d\d"), re.compile(r"‘\d\d")),),
    "full_month": (MONTH_STARTS, FULL_MONTH),
    "lower_month": (tuple(re.compile(rf"{word}\s+(?:{_LOWER_MONTHS})") for word in ("last", "next", "this")),),
    # a weekday's name: "day", which the engine searches for fast, then a look behind it for the whole name
    "weekday": (re.compile("day(?:" + "|".join(f"(?<={name})" for name in calendar.day_name) + ")"),),
    "period": (_PERIOD,),
    "period_end": (_PERIOD, ("-end", re.compile(r"'s\s+end"), re.compile(r"’s\s+end"))),
    "weekend": (CaseBlind(("weekend",)),),
    # the word each match of the "today" rule ends with (or holds: "the day before yesterday")
    "today": (CaseBlind(("today", "night", "yesterday", "tomorrow", "morning", "afternoon", "evening")),),
    "the_unit": (re.compile(r"the\s+(?:week|month|year|day)\b"),),
    "that_unit": (re.compile(rf"hat\s+(?:{_DAY_PART}|week|month|year)\b"),),
    "later": (("later", "earlier", "afterward"),),
    "next": (("next", "following", "previous", "preceding"),),
    "new_year": (re.compile(r"new year"),),
    "day_after": (tuple(re.compile(rf"{word}{_CLAUSE_ENDS_AFTER}") for word in ("after", "before")),),
}
"""Cheap tests that a segment could hold a rule's match at all: a rule runs only when every test of
its gate finds something: its pattern, or one of a tuple of words and patterns (several patterns that
each open with a character the engine searches for fast, where one pattern would open with a class
of them, which it scans for slowly). A rule without a gate always runs: its own scan costs less
than a gate's (the year rules: nearly every text holds a digit, and a scan for one costs more than
theirs, which skip to literal characters). A test that several gates share runs once a segment, and a
gate's cheaper tests come first, so that the dearer ones run only where they may find something.

Each gate is a part that every match of its rules holds: "full_month" a month written in full,
"iso_date" and "slash_date" the middle of "2022-01-05" and "1/5/2022", "year_span" and
"short_year" the dash of "2001-04" and the year of "in '98", "period_end" the end of "year-end",
"decade" the end of "the 1990s", "the_unit" and "that_unit" the words a match ends with ("the
year", "that day"), "later" the word that closes "two days later", "next" the word of "the next
day", "day_after" the word that closes "the day after"; "period", "weekend" and "today" the words
ignoring case that close "last week", "the weekend", "today" or "this morning" (a
:class:`CaseBlind` test)."""
