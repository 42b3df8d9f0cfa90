"""Find date-expression candidates in a text with the rules of :mod:`newsbook.temporal_patterns`.

Each rule finds one kind of expression; where candidates overlap, the longest wins (then the
earlier rule), measured over the candidates a match gives (not the words it needed before them:
"in March" gives "March"). :mod:`newsbook.temporal` resolves the candidates to dates. A rule whose
matches must open a word is tried only where one of its first characters opens a word
(:mod:`newsbook.anchors`), which finds the same matches as a scan of every position. Some rules
are found from a cheap *tail* (:data:`~newsbook.temporal_patterns.RULES`), then matched in full
just before it; those whose matches hold a month are tried only in the few words before each
month (one scan of a text finds the months for all of them); a case-blind rule with *scouts*
(:data:`~newsbook.temporal_patterns.SCOUTS`) is tried only where they match the text in lower case.
:mod:`newsbook.temporal_build` turns matches into candidates.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsbook import anchors
from newsbook.temporal_build import Candidate, build
from newsbook.temporal_patterns import FULL_MONTH, GATES, MONTH_STARTS, RULES, SCOUTS, CaseBlind, Test
from newsbook.temporal_tense import ascii_lower, holidays, number_words

__all__ = ["Candidate", "candidates"]

_TAIL_MARK = re.compile(r"\(\?#tail:(\d+)\)")
_MONTH_MARK = re.compile(r"\(\?#month:(\d+)\)")
_WORD_SEPARATORS = ",-–"
"""With white space, what separates the words that a ``(?#month:N)`` mark counts."""


class Tail(NamedTuple):
    """The part of a rule's pattern after its ``(?#tail:N)`` mark, and ``N``: how far before the
    tail the start of the rule's match may be; ``starts``: the rule's anchor (:mod:`newsbook.anchors`),
    which finds the places there where its match may begin; ``opens_with_month``: the tail opens with
    a month (a ``(?#month:0)`` mark), so it is tried only where a month may begin."""

    pattern: re.Pattern[str]
    reach: int
    starts: re.Pattern[str]
    opens_with_month: bool = False


class MonthKey(NamedTuple):
    """How many words a rule's match may hold before the month that every match of it holds
    (its ``(?#month:N)`` mark)."""

    words: int


class Scouts(NamedTuple):
    """A case-blind rule's :data:`~newsbook.temporal_patterns.SCOUTS`, compiled: where they match
    the segment in lower case, the rule's matches may begin."""

    patterns: tuple[re.Pattern[str], ...]


Compiled = tuple[str, re.Pattern[str], str, Tail | MonthKey | Scouts | None, re.Pattern[str] | None]


def _number_pattern() -> str:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return rf"(?:\d+|(?:{words})(?:[\s-]+(?:{words}))*)"


def _holiday_pattern() -> str:
    names = sorted(holidays(), key=len, reverse=True)
    return "|".join(re.escape(name).replace("'", "['’]") for name in names) or "(?!)"


@functools.lru_cache(maxsize=1)
def _compiled() -> list[Compiled]:
    """``(rule, pattern, gate, finder, anchor)``: a rule with a ``(?#tail:N)`` mark has a
    :class:`Tail` for ``finder``, the rest of its pattern after the mark, searched first (scanning
    for a word boundary or a long number alternation at every position is slow), the full pattern
    then matched at most ``N`` characters before each tail found. A rule with a ``(?#month:N)``
    mark has a :class:`MonthKey`: it is tried only within ``N`` words before a month. The other
    rules, and those with a month, have an ``anchor`` where it can be made (:mod:`newsbook.anchors`):
    the places where a match can begin, so the pattern is tried there only, with the same matches
    as a scan of every position."""
    number, holiday = _number_pattern(), _holiday_pattern()
    compiled: list[Compiled] = []
    for rule, pattern, flags, gate in RULES:
        pattern = pattern.replace("NUMBER", number).replace("HOLIDAY", holiday)
        full = re.compile(pattern, flags)
        tail, month = _TAIL_MARK.search(pattern), _MONTH_MARK.search(pattern)
        if tail:
            opens_with_month = bool(month) and month.start() > tail.start()
            if opens_with_month and month.group(1) != "0":
                raise ValueError(f"a date rule's tail can only open with its month: {pattern}")
            tail_pattern = re.compile(pattern[tail.end():], flags)
            starts = anchors.anchor(full, max_lowercase=None)  # a few characters before each tail: any first letters
            if starts is None:
                raise ValueError(f"a date rule with a tail mark must open a word: {pattern}")
            compiled.append((rule, full, gate, Tail(tail_pattern, int(tail.group(1)), starts, opens_with_month), None))
        elif month:
            start = anchors.anchor(full, max_lowercase=None)  # a few words a month: any first letters
            if start is None:
                raise ValueError(f"a date rule with a month mark must open a word: {pattern}")
            compiled.append((rule, full, gate, MonthKey(int(month.group(1))), start))
        elif rule in SCOUTS:
            compiled.append((rule, full, gate, Scouts(tuple(map(re.compile, SCOUTS[rule]))), None))  # tried at its scouts only
        else:
            compiled.append((rule, full, gate, None, anchors.anchor(full)))
    return compiled


def _finditer(pattern: re.Pattern[str], finder: Tail | MonthKey | Scouts | None, segment: str,
              anchor: re.Pattern[str] | None = None, months: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``segment``: from its tail, near the segment's ``months``
    (:func:`month_starts`, found here when needed and not given), from its scouts, or from its
    ``anchor``."""
    if isinstance(finder, Tail):
        yield from _from_tail(pattern, finder, segment, months)
    elif isinstance(finder, MonthKey):
        yield from _near_months(pattern, finder.words, anchor, segment, month_starts(segment) if months is None else months)
    elif isinstance(finder, Scouts):
        yield from _from_scouts(pattern, finder, segment)
    else:
        yield from anchors.finditer(pattern, anchor, segment)


def _from_tail(pattern: re.Pattern[str], tail: Tail, segment: str, months: list[int] | None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``segment`` that end where a match of its ``tail`` ends (a tail
    that opens with a month is tried at the segment's ``months`` only), each the first found from the
    places before the tail where a match may begin (the tail's ``starts``)."""
    if tail.opens_with_month:
        tails = anchors.matches_at(tail.pattern, segment, month_starts(segment) if months is None else months)
    else:
        tails = tail.pattern.finditer(segment)
    for t in tails:
        for place in tail.starts.finditer(segment, max(0, t.start() - tail.reach), t.start() + 1):
            m = pattern.match(segment, place.start())
            if m and m.end() == t.end():
                yield m
                break


def _from_scouts(pattern: re.Pattern[str], scouts: Scouts, segment: str) -> Iterator[re.Match[str]]:
    """The matches of the case-blind ``pattern`` in ``segment``, tried where its ``scouts`` match the
    segment in lower case (:func:`_lower_case`: the same length, each letter the rule's own)."""
    lowered = _lower_case(segment)
    return anchors.matches_at(pattern, segment, sorted(hit.start() for scout in scouts.patterns for hit in scout.finditer(lowered)))


def month_starts(segment: str) -> list[int]:
    """Where a month may begin in ``segment``: each place :data:`~newsbook.temporal_patterns.MONTH_STARTS` finds."""
    return [m.start() for m in MONTH_STARTS.finditer(segment)]


def _near_months(pattern: re.Pattern[str], words: int, anchor: re.Pattern[str] | None, segment: str,
                 months: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(segment)`` for a pattern whose every match holds a month
    (beginning at one of ``months``) after at most ``words`` words: no other place can begin one,
    so the pattern is tried only from that many words before each month, at its ``anchor``'s
    places (every place without one)."""
    def places() -> Iterator[int]:
        tried = 0  # where the places given so far end: each month's places begin after them
        for month in months:
            start = _words_before(segment, month, words, floor=tried)
            yield from range(start, month + 1) if anchor is None else (hit.start() for hit in anchor.finditer(segment, start, month + 1))
            tried = month + 1

    return anchors.matches_at(pattern, segment, places())


def _words_before(text: str, end: int, count: int, *, floor: int = 0) -> int:
    """Where the ``count``-th word before ``end`` begins, or ``floor`` if that is later (``floor``
    when there are fewer): words are runs of characters other than white space, commas and dashes
    (:data:`_WORD_SEPARATORS`). Read forwards in the text reversed (:func:`_reversed`): at most
    ``count`` times, the separators and then the word before the place reached, never past ``floor``
    (the reading stops there: a long run of text with no separator is read once, not once a month).

    >>> text = "On the 5th - 6th of January"
    >>> text[_words_before(text, text.index("January"), 3):]
    '5th - 6th of January'
    """
    return len(text) - _words_back(count).match(_reversed(text), len(text) - end, len(text) - floor).end()


@functools.lru_cache(maxsize=None)
def _words_back(count: int) -> re.Pattern[str]:
    """At most ``count`` times separators and a word (or the text's end), in a reversed text."""
    separators = rf"\s{re.escape(_WORD_SEPARATORS)}"
    return re.compile(rf"(?:[{separators}]*+(?:[^{separators}]++|\Z)){{0,{count}}}")


@functools.lru_cache(maxsize=1)
def _reversed(segment: str) -> str:
    """``segment`` reversed, once a segment for all the months and rules that read it."""
    return segment[::-1]


@functools.lru_cache(maxsize=1)
def _lower_case(segment: str) -> str:
    """``segment`` in lower case, once a segment for every rule and gate that reads it: the same
    length, each case-blind word written as the word itself (:func:`~newsbook.temporal_tense.ascii_lower`
    writes the long s, the Kelvin sign and the Turkish i as their ASCII letters)."""
    return ascii_lower(segment)


def _finds(what: str | re.Pattern[str] | CaseBlind, segment: str) -> bool:
    """Whether ``segment`` holds the word ``what``, a match of the pattern ``what``, or one of
    its case-blind words."""
    if isinstance(what, CaseBlind):
        lowered = _lower_case(segment)
        return any(word in lowered for word in what.words)
    return what in segment if isinstance(what, str) else what.search(segment) is not None


def _opens(gate: tuple[Test, ...], segment: str, found: dict[int, bool]) -> bool:
    """Whether every test of ``gate`` finds in ``segment`` its pattern, one of its words and
    patterns, or a case-blind word; each test runs once a segment, its result kept in ``found``
    under the test's ``id`` (the tests live as long as the module; a compiled pattern, as a key,
    would hash its whole program at each look-up)."""
    for test in gate:
        result = found.get(id(test))
        if result is None:
            result = found[id(test)] = any(_finds(t, segment) for t in test) if isinstance(test, tuple) else _finds(test, segment)
        if not result:
            return False
    return True


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
    months = month_starts(segment)  # found once, for every rule with a month
    # the gates' tests that a month may begin and that one is written in full, read off the months found:
    # a month in full opens with the first three letters that one of them is
    found: dict[int, bool] = {id(MONTH_STARTS): bool(months),
                              id(FULL_MONTH): any(FULL_MONTH.match(segment, at) for at in months)}
    for order, (rule, pattern, gate, finder, anchor) in enumerate(_compiled()):
        if gate and not _opens(GATES[gate], segment, found):
            continue
        for m in _finditer(pattern, finder, segment, anchor, months):
            if spans:
                i = bisect.bisect_right(starts, m.start()) - 1
                if i < 0 or m.end() > ends[i]:
                    continue
            built = build(rule, m, segment)
            if built:
                first, last = built[0].start, max(m.end(), built[-1].end)
                matches.append((first, -(last - first), order, last, built))
    chosen, taken_until = [], 0
    for match_start, _, _, match_end, built in sorted(matches, key=lambda item: item[:3]):
        if match_start >= taken_until:
            for c in built:
                c.start, c.end = c.start + start, c.end + start
            chosen.extend(built)
            taken_until = match_end
    return chosen
