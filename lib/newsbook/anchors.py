"""Find a pattern's matches faster by trying it only where a match can begin.

Python's regular-expression engine tries a pattern at every position of a text unless the pattern
opens with a literal character or a character class. A pattern that opens with ``\\b`` or a
lookbehind, as most date rules of :mod:`newsbook.temporal_rules` do, costs a full match attempt
at every character. :func:`anchor` reads such a pattern's parse tree and, where it can prove it,
builds an *anchor*: a pattern that opens with a character class, so the engine skips to the
candidates on its own. It finds every position where a match may begin: a character the pattern
can begin with, right after a character that is not a word character (or at the start), for a
pattern that demands that (``\\b``, ``(?<!\\w)``, ``(?<![\\w,.])`` before a word character).

:func:`finditer` then tries the pattern only at the anchor's positions and yields exactly what
``pattern.finditer(text)`` yields: the leftmost non-overlapping matches, each the result of the
same attempt at the same position (a lookbehind still sees the text before it).

A pattern that ignores case gets an anchor with every form of its first letters (ASCII letters
only: ``i`` also matches ``İ`` and ``ı``, ``k`` the Kelvin sign, ``s`` the long s, as the
engine has it; a test checks this table against the engine). No anchor is made (``None``: scan
as usual) for a pattern that may match the empty string, may begin with any character or with a
letter outside ASCII in a case-blind part, or whose first characters include more than
:data:`MAX_LOWERCASE` lower-case letters (so many words begin with them that trying the pattern
at each costs more than the engine's own scan).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # the parse tree of the standard engine (CPython 3.11+)
from re import _parser as sre_parse

MAX_LOWERCASE = 4
CASE_FORMS_BEYOND_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""Characters outside ASCII that a case-blind pattern matches for an ASCII letter."""
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_WORD = re.compile(r"\w")


class _Unknown(Exception):
    """A construct whose first characters this module does not work out."""


def _first(items: list, flags: int) -> tuple[set[str], bool, bool]:
    """``(first characters, may begin with any decimal digit, may match empty)`` of a sequence."""
    chars, digits = set(), False
    for op, av in items:
        c, d, empty = _first_item(op, av, flags)
        chars |= c
        digits |= d
        if not empty:
            return chars, digits, False
    return chars, digits, True


def case_forms(char: str) -> set[str]:
    """The characters an ASCII ``char`` matches in a case-blind pattern ("k": k, K and the Kelvin sign)."""
    return _forms(char, re.IGNORECASE)


def _forms(char: str, flags: int) -> set[str]:
    """The characters a literal ``char`` matches under ``flags``."""
    if not flags & re.IGNORECASE:
        return {char}
    if not char.isascii():
        raise _Unknown("a case-blind letter outside ASCII")
    if not char.isalpha():
        return {char}
    low = char.lower()
    return {low, low.upper(), *CASE_FORMS_BEYOND_ASCII.get(low, "")}


def _first_item(op, av, flags: int) -> tuple[set[str], bool, bool]:
    if op in _ZERO_WIDTH:
        return set(), False, True
    if op is sre.LITERAL:
        return _forms(chr(av), flags), False, False
    if op is sre.IN:
        chars, digits = set(), False
        for kind, value in av:
            if kind is sre.LITERAL:
                chars |= _forms(chr(value), flags)
            elif kind is sre.RANGE and value[1] - value[0] < 128:
                for code in range(value[0], value[1] + 1):
                    chars |= _forms(chr(code), flags)
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                digits = True
            else:
                raise _Unknown(kind)
        return chars, digits, False
    if op is sre.SUBPATTERN:
        _, add, remove, pattern = av
        inner = (flags | add) & ~remove
        if inner & re.LOCALE:
            raise _Unknown("locale")
        return _first(pattern.data, inner)
    if op is sre.BRANCH:
        chars, digits, empty = set(), False, False
        for branch in av[1]:
            c, d, e = _first(branch.data, flags)
            chars |= c
            digits |= d
            empty |= e
        return chars, digits, empty
    if op in _REPEATS:
        low, _, pattern = av
        chars, digits, empty = _first(pattern.data, flags)
        return chars, digits, empty or low == 0
    raise _Unknown(op)


def _after_non_word(items: list) -> bool:
    """True when every match of the sequence (opening with a word character) has no word
    character right before it: it opens with ``\\b`` or a negative lookbehind of a class holding
    ``\\w``, possibly behind optional parts that each open that way too."""
    if not items:
        return False
    (op, av), rest = items[0], list(items[1:])
    if op is sre.AT:
        return av is sre.AT_BOUNDARY or _after_non_word(rest)
    if op is sre.ASSERT_NOT and av[0] == -1:
        inner = av[1].data
        if len(inner) == 1 and inner[0][0] is sre.IN and (sre.NEGATE, None) not in inner[0][1] \
                and (sre.CATEGORY, sre.CATEGORY_WORD) in inner[0][1]:
            return True
        return _after_non_word(rest)
    if op in _ZERO_WIDTH:
        return _after_non_word(rest)
    if op is sre.SUBPATTERN:
        return _after_non_word(list(av[3].data) + rest)
    if op is sre.BRANCH:
        return all(_after_non_word(list(branch.data) + rest) for branch in av[1])
    if op in _REPEATS:
        low, _, pattern = av
        taken = _after_non_word(list(pattern.data) + rest)
        return taken and (low > 0 or _after_non_word(rest))
    return False


def anchor(pattern: re.Pattern[str], *, max_lowercase: int | None = MAX_LOWERCASE) -> re.Pattern[str] | None:
    """The anchor of ``pattern`` (see the module docstring), or ``None``. ``max_lowercase=None``: no
    limit on the lower-case first letters, for a caller that scans only short stretches of a text.

    >>> anchor(re.compile(r"\\b(?:early\\s+)?(?:January|March)")).pattern
    '[JMe](?<!\\\\w[JMe])'
    >>> anchor(re.compile(r"\\btoday", re.IGNORECASE)).pattern
    '[Tt](?<!\\\\w[Tt])'
    >>> anchor(re.compile(r"\\b(?:in|on|at|by|to)\\s+May")) is None  # too common a start: no anchor
    True
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None
        chars, digits, empty = _first(tree.data, pattern.flags)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if empty or not (chars or digits) or not all(_WORD.fullmatch(c) for c in chars):
        return None
    lowercase = sum(c.islower() and c.isascii() for c in chars)
    if (max_lowercase is not None and lowercase > max_lowercase) or not _after_non_word(tree.data):
        return None
    members = "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "")
    return re.compile(rf"[{members}](?<!\w[{members}])")  # a class first: the engine skips to it


def finditer(pattern: re.Pattern[str], anchor_pattern: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, trying the pattern only at the anchor's hits."""
    if anchor_pattern is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, _hits(anchor_pattern, text))


def matches_at(pattern: re.Pattern[str], text: str, places: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` tried at ``places`` (in increasing order), each from a place after
    the one before ended: what ``pattern.finditer(text)`` finds when every match begins at one of them."""
    end = 0
    for at in places:
        if at < end:
            continue
        found = pattern.match(text, at)
        if found is not None:
            yield found
            end = found.end()


def _hits(anchor_pattern: re.Pattern[str], text: str) -> list[int]:
    """Where ``anchor_pattern`` matches in ``text``, in order: from one scan a first character
    (:func:`_literal_scans`) when its class lists only characters."""
    scans = _literal_scans(anchor_pattern)
    if scans is None:
        return [hit.start() for hit in anchor_pattern.finditer(text)]
    return sorted(hit.start() for scan in scans for hit in scan.finditer(text))


@functools.lru_cache(maxsize=None)
def _literal_scans(anchor_pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    r"""The anchor as one pattern a character of its class, each opening with that character and
    with the anchor's look-behind (``None`` when the class holds a category, ``\d``): the engine
    skips to a literal first character several times faster than to a class, so a scan for each
    character of a short class, merged, finds the same places sooner (the hits never overlap).

    >>> [scan.pattern for scan in _literal_scans(re.compile(r"[12](?<!\w[12])"))]
    ['1(?<!\\w1)', '2(?<!\\w2)']
    """
    kind, members = sre_parse.parse(anchor_pattern.pattern)[0]
    if kind is sre.LITERAL:  # a class of one character
        members = [(kind, members)]
    elif kind is not sre.IN or any(member is not sre.LITERAL for member, _ in members):
        return None
    characters = [re.escape(chr(code)) for _, code in members]
    return tuple(re.compile(rf"{c}(?<!\w{c})") for c in characters)
