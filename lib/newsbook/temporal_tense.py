"""The words around a date expression: tense cues, name words and number words.

The curated lists are in ``data/temporal_cues.csv`` (``kind, word, note, value``):

- ``future`` / ``past``: tense cues ("will", "begins" / "said", "held"); any other word in -ed
  counts as past, except that a past form or -ed word after "be", "been" or "being" (adverbs
  in -ly between them allowed: "be formally held") is a participle, and the words before the
  auxiliary decide ("is expected to be held on 5 May" is future);
- ``past_before``: words right before a date (or before "the", "early", "mid", "late" and the
  like in front of it) that put it on or before publication however far back ("since March");
- ``future_before_to``: words that mark the future when "to" follows ("expected to", "set to",
  "going to", "is to"), whatever they mark alone ("The results, expected late Tuesday" stays past);
- ``name_prefix`` / ``name_suffix``: words that make a weekday part of a name ("Bloody Sunday",
  "GMTV's Sunday programme", "the Sunday Times"); ``name_suffix`` is matched case-sensitively;
- ``generic_after_today``: nouns after "today's" that make it "nowadays" ("today's economy");
- ``generic_before_weekend``: words before a bare "weekend" that make it any weekend, not the
  one of the news ("every weekend trip", "a weekend break", "a long weekend away");
- ``generic_before_weekday``: words before a weekday that make it no particular day ("every
  Monday", "on a Friday");
- ``number_label`` / ``number_unit``: words before / after a four-digit number that make it a
  label ("Room 1991", "Resolution 1973") or a count, measure or clock time ("2000 people",
  "1800 metres", "1430 GMT"), not a year (both matched in lower case), unless a
  ``year_preposition`` comes before it ("in 2021 people voted");
- ``holiday``: holidays on a fixed day, ``value`` ``MM-DD`` ("Christmas Eve", ``12-24``);
- ``nowadays_cue``: words that make a "today" with no tense cue mean nowadays ("still shape
  politics today", "even today");
- ``recurring_before``: words before a day written without its year that make it recur, not a
  date ("every May 9", "each Christmas Eve").

A clause ends at a full stop only where a sentence can end: not after an abbreviation of
``data/abbreviations.txt`` ("10 a.m. Tuesday", "the U.S. will"), nor before a lower-case word;
never at a full stop or colon between digits ("2.5", "10:30").

Number words (``data/number_words.csv``) give the counts of "two days later", "thirty years ago".
"""

from __future__ import annotations

import csv
import functools
import re

from newsbook.anchors import CASE_FORMS_BEYOND_ASCII
from newsbook.paths import data_file
from newsbook.sentences import load_abbreviations

_KINDS = ("future", "past", "past_before", "future_before_to", "name_prefix", "name_suffix", "generic_after_today",
          "generic_before_weekend", "generic_before_weekday", "number_label", "number_unit", "year_preposition",
          "holiday", "nowadays_cue", "recurring_before", "approximate_before_ago")
_WORD = re.compile(r"[\w’']+(?:-\w+)*")
_PASSIVE = {"be", "been", "being"}
_CLAUSE_ENDS = ".!?;:“”"
"""Where the clause of a date expression ends: a sentence end, a colon or a curly quotation mark
(a quotation's tense is not that of the reporting clause: 'He told MPs on Wednesday: "We will act."')."""
_TOKEN_BEFORE = re.compile(r"(?<![\w.])[\w.]+$")
"""The word (with its inner full stops) that ends just before a full stop: "a.m", "U.S", "Jan"."""
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:\w+ly\s+)?\w+ing\b", re.I)


@functools.lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    with data_file("temporal_cues.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """``data/temporal_cues.csv`` as ``{kind: words}``."""
    return {kind: frozenset(r["word"] for r in _rows() if r["kind"] == kind) for kind in _KINDS}


@functools.lru_cache(maxsize=1)
def holidays() -> dict[str, tuple[int, int]]:
    """The fixed-day holidays of ``data/temporal_cues.csv``: ``{name: (month, day)}``, the name
    with a straight apostrophe."""
    return {r["word"]: (int(r["value"][:2]), int(r["value"][3:])) for r in _rows() if r["kind"] == "holiday"}


@functools.lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """``data/number_words.csv`` as ``{word: value}``."""
    with data_file("number_words.csv").open(encoding="utf-8", newline="") as handle:
        return {row["word"]: int(row["value"]) for row in csv.DictReader(handle)}


_ASCII_FORMS = str.maketrans({form: letter for letter, forms in CASE_FORMS_BEYOND_ASCII.items() for form in forms})
_FORMS_BEYOND_ASCII = "".join(CASE_FORMS_BEYOND_ASCII.values())


def ascii_lower(words: str) -> str:
    """``words`` in lower case, with the letters outside ASCII that a case-blind pattern matches for
    an ASCII letter written as that letter (the long s ``ſ`` as ``s``, the Kelvin sign as ``k``,
    ``İ`` and ``ı`` as ``i``), so a case-blind match of a listed word finds it in its list.

    >>> ascii_lower("ſeven Thouſand")
    'seven thousand'
    """
    if any(form in words for form in _FORMS_BEYOND_ASCII):  # rare: translating costs more than lowering
        words = words.translate(_ASCII_FORMS)
    return words.lower()


def number_value(words: str) -> int:
    """The value of a number in digits or words: ``"30"``, ``"a"``, ``"twenty-five"``, ``"a dozen"``.

    >>> [number_value(w) for w in ("30", "a", "twenty-five", "two dozen", "a thousand", "three hundred")]
    [30, 1, 25, 24, 1000, 300]
    """
    words = words.replace(",", "")
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", ascii_lower(words)):
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


def _no_clause_end(text: str, i: int) -> bool:
    """Whether the full stop or colon at ``text[i]`` ends no clause: between digits ("2.5",
    "10:30"), or a full stop that closes an abbreviation ("a.m.", "U.S.", "Jan.") or comes before
    a lower-case word."""
    if text[i + 1:i + 2].isdigit() and text[i - 1:i].isdigit():
        return True
    if text[i] != ".":
        return False
    if text[i + 1:i + 3].lstrip()[:1].islower():
        return True
    word = _TOKEN_BEFORE.search(text, max(0, i - 12), i)
    return bool(word) and word.group().lower() in load_abbreviations()


def _clause(text: str, start: int, end: int, span_start: int, span_end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` inside the span: from after the last of
    :data:`_CLAUSE_ENDS` before it to the first after it (abbreviations aside)."""
    left_edge = span_start - 1
    for p in _CLAUSE_ENDS:
        i = text.rfind(p, span_start, start)
        while i > left_edge and p in ".:" and _no_clause_end(text, i):
            i = text.rfind(p, span_start, i)
        left_edge = max(left_edge, i)
    right_edge = span_end
    for p in _CLAUSE_ENDS:
        i = text.find(p, end, right_edge)
        while 0 <= i and p in ".:" and _no_clause_end(text, i):
            i = text.find(p, i + 1, right_edge)
        if i >= 0:
            right_edge = i
    return left_edge + 1, right_edge


_WORD_BEFORE_DATE = re.compile(r"([\w’']+)\s+(?:(?:the|early|mid|late|last)[\s-]+)?$", re.I)


def strictly_past(text: str, start: int, span_start: int) -> bool:
    """Whether a ``past_before`` word ("since") comes right before the date at ``start``."""
    before = _WORD_BEFORE_DATE.search(text, max(span_start, start - 30), start)
    return bool(before) and before.group(1).lower() in cues()["past_before"]


def same_clause(text: str, first: int, second: int, span_start: int) -> bool:
    """Whether offsets ``first`` < ``second`` (both in the span that starts at ``span_start``)
    are in one clause: no clause end (:data:`_CLAUSE_ENDS`, abbreviations aside) between them."""
    if first < span_start or first > second:
        return False
    return _clause(text, second, second, span_start, len(text))[0] <= first


def tense(text: str, start: int, end: int, span_start: int, span_end: int, *, window: int = 6) -> str | None:
    """``"future"``, ``"past"`` or ``None``: the tense the clause around ``text[start:end]`` gives it.

    The nearest tense cue within ``window`` words on either side (inside the sentence) decides
    (see the module docstring for the cues). Ties go to the past.

    >>> s = "It is widely expected to be 5 May."
    >>> tense(s, 28, 33, 0, len(s))
    'future'
    """
    left_edge, right_edge = _clause(text, start, end, span_start, span_end)
    left_words = [w.lower() for w in _WORD.findall(text[left_edge:start])[-window - 2:]]
    right_words = [w.lower() for w in _WORD.findall(text[end:right_edge])[:window + 2]]
    best: tuple[int, int] | None = None
    for words, reverse in ((left_words[::-1], True), (right_words, False)):
        for distance, word in enumerate(words[:window]):
            kind = _cue_kind(word, words, distance, reverse=reverse)
            if kind is not None:
                if best is None or distance < best[0] or (distance == best[0] and kind == 0):
                    best = (distance, kind)
                break
    return None if best is None else ("future" if best[1] == 1 else "past")


def _cue_kind(word: str, words: list[str], i: int, *, reverse: bool) -> int | None:
    """1 for a future cue, 0 for a past cue, ``None`` for neither; ``words`` run away from the
    expression (``reverse``: they are the words before it, nearest first)."""
    found = cues()
    following = words[i - 1] if reverse and i > 0 else words[i + 1] if not reverse and i + 1 < len(words) else ""
    if following == "to" and word in found["future_before_to"]:
        return 1
    if word in found["future"]:
        return 1
    past = word in found["past"]
    if past or (word.endswith("ed") and len(word) > 4 and "-" not in word):
        step = 1 if reverse else -1
        j = i + step
        while 0 <= j < len(words) and words[j].endswith("ly") and len(words[j]) > 3:
            j += step  # "is widely expected": the auxiliary before the adverbs decides
        auxiliary = words[j] if 0 <= j < len(words) else ""
        return None if auxiliary in _PASSIVE else 0
    return None


def means_nowadays(text: str, start: int, end: int, span_start: int, span_end: int, clause_tense: str | None) -> bool:
    """Whether the "today" at ``text[start:end]`` means "nowadays", not the day of publication.

    Three signs: "today's" before a generic noun (``generic_after_today``: "today's economy");
    "Today," opening a sentence whose clause has no tense cue (``clause_tense`` is ``None``) and
    no progressive ("is meeting"): the simple present after a fronted "Today," contrasts the
    present age with the past ("Today, if you crack open a slot machine, ..."); the day's news
    is told in the past, the future or the progressive ("Today, Putin said ..."); and a
    ``nowadays_cue`` ("still", "even", "remains") in such a clause ("those years still shape
    politics today", "even today").
    """
    after = text[end:min(end + 40, span_end)]
    if after[:2] in ("'s", "’s"):
        noun = _WORD.match(after[2:].lstrip())
        return bool(noun) and noun.group().lower() in cues()["generic_after_today"]
    if clause_tense is not None:
        return False
    left_edge, right_edge = _clause(text, start, end, span_start, span_end)
    if _PROGRESSIVE.search(text, left_edge, right_edge):
        return False
    if text[start].isupper() and after.startswith(","):
        return True
    return any(w.lower() in cues()["nowadays_cue"] for w in _WORD.findall(text, left_edge, right_edge))


def approximate_before(text: str, start: int) -> bool:
    """Whether one or two words just before ``start`` make what follows a vague span ("about a month
    ago", "more than a decade ago": ``approximate_before_ago`` of ``data/temporal_cues.csv``)."""
    window = text.rfind(" ", 0, max(0, start - 24)) + 1  # from a word's start: never "over" of "moreover"
    window = max([window] + [text.rfind(mark, window, start) + 1 for mark in ".!?;:,"])  # in the same clause
    words = [w.lower() for w in _WORD.findall(text, window, start)[-2:]]
    vague = cues()["approximate_before_ago"]
    return bool(words) and (words[-1] in vague or " ".join(words) in vague)
