"""Find date-expression candidates in a text with the rules of :mod:`newsbook.temporal_patterns`.

Each rule finds one kind of expression; where candidates overlap, the longest wins (then the
earlier rule), measured over the candidates a match gives (not the words it needed before them:
"in March" gives "March"). :mod:`newsbook.temporal` resolves the candidates to dates. A rule whose
matches must open a word is tried only where one of its first characters opens a word
(:mod:`newsbook.anchors`), which finds the same matches as a scan of every position. Some rules
are found from a cheap *tail* (:data:`~newsbook.temporal_patterns.RULES`), then matched in full
just before it. :mod:`newsbook.temporal_build` turns matches into candidates.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsbook import anchors
from newsbook.temporal_build import Candidate, build
from newsbook.temporal_patterns import GATES, RULES, Test
from newsbook.temporal_tense import holidays, number_words

__all__ = ["Candidate", "candidates"]

_TAIL_MARK = re.compile(r"\(\?#tail:(\d+)\)")


class Tail(NamedTuple):
    """The part of a rule's pattern after its ``(?#tail:N)`` mark, and ``N``: how far before the
    tail the start of the rule's match may be."""

    pattern: re.Pattern[str]
    reach: int


Compiled = tuple[str, re.Pattern[str], str, Tail | None, re.Pattern[str] | None]


def _number_pattern() -> str:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return rf"(?:\d+|(?:{words})(?:[\s-]+(?:{words}))*)"


def _holiday_pattern() -> str:
    names = sorted(holidays(), key=len, reverse=True)
    return "|".join(re.escape(name).replace("'", "['’]") for name in names) or "(?!)"


@functools.lru_cache(maxsize=1)
def _compiled() -> list[Compiled]:
    """``(rule, pattern, gate, tail, anchor)``: a rule with a ``(?#tail:N)`` mark has a ``tail``,
    the rest of its pattern after the mark, searched first (scanning for a word boundary or a
    long number alternation at every position is slow), the full pattern then matched at most
    ``N`` characters before each tail found (:class:`Tail`). Other rules may have an
    ``anchor`` (:mod:`newsbook.anchors`): the places where a match can begin, so the pattern is
    tried there only, with the same matches as a scan of every position."""
    number, holiday = _number_pattern(), _holiday_pattern()
    compiled: list[Compiled] = []
    for rule, pattern, flags, gate in RULES:
        pattern = pattern.replace("NUMBER", number).replace("HOLIDAY", holiday)
        full = re.compile(pattern, flags)
        tail = None
        mark = _TAIL_MARK.search(pattern)
        if mark:
            tail = Tail(re.compile(pattern[mark.end():], flags), int(mark.group(1)))
        compiled.append((rule, full, gate, tail, anchors.anchor(full) if tail is None else None))
    return compiled


def _finditer(pattern: re.Pattern[str], tail: Tail | None, segment: str,
              anchor: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``segment``: from its ``tail`` or its ``anchor``."""
    if tail is None:
        yield from anchors.finditer(pattern, anchor, segment)
        return
    for t in tail.pattern.finditer(segment):
        for pos in range(max(0, t.start() - tail.reach), t.start() + 1):
            if pos and segment[pos - 1].isalnum():
                continue
            m = pattern.match(segment, pos)
            if m and m.end() == t.end():
                yield m
                break


def _finds(what: str | re.Pattern[str], segment: str) -> bool:
    """Whether ``segment`` holds the word ``what``, or a match of the pattern ``what``."""
    return what in segment if isinstance(what, str) else what.search(segment) is not None


def _opens(gate: tuple[Test, ...], segment: str, found: dict[Test, bool]) -> bool:
    """Whether every test of ``gate`` finds in ``segment`` its pattern, or one of its words and
    patterns; each test runs once a segment, its result kept in ``found``."""
    for test in gate:
        if test not in found:
            found[test] = any(_finds(t, segment) for t in test) if isinstance(test, tuple) else _finds(test, segment)
        if not found[test]:
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
    found: dict[Test, bool] = {}
    for order, (rule, pattern, gate, tail, anchor) in enumerate(_compiled()):
        if gate and not _opens(GATES[gate], segment, found):
            continue
        for m in _finditer(pattern, tail, segment, anchor):
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
