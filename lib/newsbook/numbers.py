"""Numbers as news writes them: find the phrases and read their bounds.

A number phrase is an optional qualifier (``data/number_qualifiers.csv``: "more than",
"nearly", "some" ...), then a figure: digits ("8,000", "2.5 million"), money ("$2-$3 billion"),
a range ("2,000-3,000", "between 20 and 30"), number words ("a thousand", "a dozen") or a vague
quantity word (``data/vague_numbers.csv``: "dozens", "tens of thousands").

Bounds: an exact or approximate figure gives ``low = high = figure``; a lower-bound qualifier
("more than 160") gives ``low = 160`` and no ``high``; an upper-bound one ("nearly 8,000",
"less than 2,500") no ``low`` and ``high = figure``; a vague word its documented range
(``dozens``: 24 to 99), or no bounds where the table gives none ("several").
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsbook.anchors import case_forms
from newsbook.paths import data_file
from newsbook.temporal_tense import ascii_lower, number_value, number_words

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_MULT = "|".join(_MULTIPLIERS)
_CURRENCY_SIGNS = "$€£"
_CURRENCY = rf"[{_CURRENCY_SIGNS}]"
_NUM_PATTERN, _CURRENCY_PATTERN, _WORD_CHARACTER = re.compile(_NUM), re.compile(_CURRENCY), re.compile(r"\w")
_MULTIPLIER_WORDS = {word: re.compile(rf"\b{word}\b", re.I) for word in _MULTIPLIERS}
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class NumberPhrase:
    """A number as written: ``text[start:end]``, its bounds, the figure (``None`` when vague)."""

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    figure: float | None
    qualifier: str
    currency: bool


def _read_csv(name: str) -> list[dict[str, str]]:
    with data_file(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def qualifiers() -> dict[str, str]:
    """``{qualifier: bound}`` with bound ``lower``, ``upper`` or ``approximate``."""
    return {r["qualifier"]: r["bound"] for r in _read_csv("number_qualifiers.csv")}


@functools.lru_cache(maxsize=1)
def vague_numbers() -> dict[str, tuple[float | None, float | None]]:
    """``{expression: (low, high)}`` from ``data/vague_numbers.csv`` (``None`` where no range)."""
    return {r["expression"]: (float(r["low"]) if r["low"] else None, float(r["high"]) if r["high"] else None)
            for r in _read_csv("vague_numbers.csv")}


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alt, counting = _alternation, _counting_words()
    word_number = rf"(?:(?:a|an)[\s-]+)?(?:{alt(counting)})(?:[\s-]+(?:{alt(counting)}))*"
    amount = rf"{_CURRENCY}?\s?(?:{_NUM})(?:\s?(?:{_MULT})\b)?"
    opens_amount = rf"(?=[{_CURRENCY_SIGNS}\s\d])"  # a quick look that spares the engine the amount's groups at a letter
    figure = (
        rf"{opens_amount}(?P<range>(?P<a>{amount})\s?(?:-|–|to)\s?(?P<b>{amount}))"
        rf"|between\s(?P<ba>{amount})\sand\s(?P<bb>{amount})"
        rf"|{opens_amount}(?P<amount>{amount})"
        rf"|(?P<vague>\b(?:{alt(vague_numbers())})\b)"
        rf"|(?P<words>\b{word_number}\b)"
    )
    return re.compile(
        rf"(?<![\w$€£.,/:\-])(?:(?P<qualifier>\b(?:{alt(qualifiers())}))[\s-]+)?(?:{figure})(?![\w%]|[.,]\d|\s?(?:percent|per cent)\b|:\d)",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def _word_figure() -> re.Pattern[str]:
    """A vague quantity or a number word on its own ("dozens", "two"): every number phrase of
    :func:`_pattern` without a digit holds one (figures, money, ranges and "between 20 and 30" are
    written in digits), so a text with neither holds none (a quick test: most sentences do not)."""
    return re.compile(rf"\b{_alternation([*vague_numbers(), *_counting_words()])}\b", re.IGNORECASE)


def _counting_words() -> list[str]:
    """The number words that count ("two", "dozen"): all but the article "a"/"an" that may open one."""
    return [w for w in number_words() if w not in ("a", "an")]


def _alternation(words: Iterable[str]) -> str:
    """``(?-i:(?=[FTft]))(?:(?-i:[Ff])(?:our)|(?-i:[Tt])(?:en|wo))``: the words, longest first, grouped
    by their first letter, for a case-blind pattern (:func:`_pattern`).

    The first letter is written as the class of the characters the engine matches for it ignoring
    case (:func:`newsbook.anchors.case_forms`), in a case-sensitive group: the engine
    passes over a branch that opens with such a class after one look at the character, where a
    branch that opens with a case-blind letter costs it a full attempt. So a word start costs a look
    at each group, not an attempt at every word; and a look-ahead at the class of all the first
    letters spares even those looks at a word that opens with none of them (most words: about a
    quarter off a scan for number words). Words with different first letters never match at the
    same place, and each group keeps its words longest first, so the matches are the same.
    """
    words = sorted(words, key=len, reverse=True)
    if not words or not all(words) or not all(w[0].isascii() for w in words):  # a first letter beyond ASCII may match another's
        return "|".join(re.escape(w) for w in words)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word[1:])
    branches, firsts = [], ""
    for first, rests in groups.items():
        forms = "".join(sorted(case_forms(first)))
        branches.append(f"(?-i:[{re.escape(forms)}])(?:{'|'.join(re.escape(r) for r in rests)})")
        firsts += re.escape(forms)
    return f"(?-i:(?=[{firsts}]))(?:" + "|".join(branches) + ")"


def _amount(text: str, multiplier: float | None = None) -> tuple[float, float | None]:
    """The value of ``$2.5 billion`` and its own multiplier (``None`` when it has none)."""
    number = float(_NUM_PATTERN.search(text).group(0).replace(",", ""))
    own = next((v for k, v in _MULTIPLIERS.items() if _MULTIPLIER_WORDS[k].search(text)), None)
    return number * (own or multiplier or 1), own


def read_bounds(m: re.Match[str]) -> tuple[float | None, float | None, float | None]:
    """``(low, high, figure)`` of a matched number phrase, before its qualifier is applied."""
    if m.group("range") or m.group("ba"):
        first, second = (m.group("a"), m.group("b")) if m.group("range") else (m.group("ba"), m.group("bb"))
        high, multiplier = _amount(second)
        low, _ = _amount(first, multiplier)
        return low, high, None
    if m.group("amount"):
        value, _ = _amount(m.group("amount"))
        return value, value, value
    if m.group("vague"):
        low, high = vague_numbers()[" ".join(ascii_lower(m.group("vague")).split())]
        return low, high, None
    value = float(number_value(m.group("words")))
    return value, value, value


def may_hold_numbers(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold a number phrase: it holds a digit, or a vague quantity
    or number word (:func:`_word_figure`); a quick test, false for most sentences.

    >>> may_hold_numbers("Troops came."), may_hold_numbers("Dozens came."), may_hold_numbers("In 2022.")
    (False, True, True)
    """
    end = len(text) if end is None else end
    return bool(_DIGIT.search(text, start, end) or _word_figure().search(text, start, end))


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberPhrase]:
    """The number phrases of ``text[start:end]``, with offsets into ``text``.

    >>> [(n.text, n.low, n.high) for n in find_numbers("more than 160 dead, nearly 8,000 held, $2-$3 billion, dozens")]
    [('more than 160', 160.0, None), ('nearly 8,000', None, 8000.0), ('$2-$3 billion', 2000000000.0, 3000000000.0), ('dozens', 24.0, 99.0)]
    """
    end = len(text) if end is None else end
    return numbers_in(text, start, end) if may_hold_numbers(text, start, end) else []


def numbers_in(text: str, start: int, end: int) -> list[NumberPhrase]:
    """:func:`find_numbers` for a stretch :func:`may_hold_numbers` has already let through (most do
    not: the test spares them the full pattern's scan)."""
    found = []
    for m in _pattern().finditer(text, start, end):
        if m.group("words") and not _WORD_CHARACTER.search(m.group("words").lower().replace("a ", "", 1)):
            continue
        low, high, figure = read_bounds(m)
        qualifier = (m.group("qualifier") or "").lower()
        bound = qualifiers().get(" ".join(qualifier.split()), "")
        if bound == "lower":
            high = None
        elif bound == "upper":
            low = None
        found.append(NumberPhrase(m.start(), m.end(), m.group(0), low, high, figure, qualifier,
                                  bool(_CURRENCY_PATTERN.search(m.group(0)))))
    return found
