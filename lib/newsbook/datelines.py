"""Datelines: the place names (and wire credits) that open a story before its first sentence.

A dateline is no speaker and no part of what is reported: "ALMATY —", "WASHINGTON (AP) –", "MOSCOW, Jan 7 (Reuters)
-" with a dash, read on a sentence's tokens (:func:`past_dashed_dateline`), and, in copies that lost the dash,
"BEIJING/WASHINGTON China's ... said", read on the text (:func:`past_bare_dateline`).
"""

from __future__ import annotations

import re

from newsbook.phrase_words import DASHES

__all__ = ["name_past_bare_dateline", "past_bare_dateline", "past_dashed_dateline"]

_BARE_DATELINE = re.compile(r"[A-Z]{3,}(?:[ /]+[A-Z]{3,})*(?=[ \t]+[A-Z][a-z])")
"""Place names in capitals opening a story with no dash after them, as a copy that lost it has them ("BEIJING/WASHINGTON
China's South China Sea military deployments ...")."""
_DATELINE_PREFIX = re.compile(r"[A-Z/ ]*")
"""What may stand before a name run on its line in a bare dateline ("DUBAI/" before "WASHINGTON Iran")."""
_CREDIT_REACH = 8
"""Tokens at most between a dateline's place and its dash (", Jan 7 (Reuters)")."""


def past_dashed_dateline(words: list[str], first: int, last: int) -> int:
    """The first token past a dateline with a dash that opens tokens ``first..last`` ("ALMATY —", "WASHINGTON (AP) –",
    "MOSCOW, Jan 7 (Reuters) -"), else ``first``.

    >>> past_dashed_dateline(["ALMATY", "—", "Troops", "left"], 0, 3)
    2
    """
    k = first
    while k <= last and words[k].isupper() and len(words[k]) > 1 and words[k].isalpha():
        k += 1
    if k == first:
        return first
    for j in range(k, min(k + _CREDIT_REACH, last + 1)):
        if words[j] in DASHES:
            return j + 1
        if not (words[j] in (",", "(", ")") or words[j][:1].isupper() or words[j].isdigit()):
            break
    return first


def past_bare_dateline(text: str, start: int, end: int) -> int:
    """Where a story's first sentence begins past a dateline with no dash (:data:`_BARE_DATELINE`) in
    ``text[start:end]``: a place the text writes elsewhere in title case ("Beijing"), or more than one, never an
    acronym ("NATO Secretary General ..."); ``start`` where there is none.

    >>> text = "BEIJING/WASHINGTON China's navy said so."
    >>> text[past_bare_dateline(text, 0, len(text)):]
    "China's navy said so."
    """
    found = _BARE_DATELINE.match(text, start, end)
    if found is None:
        return start
    places = re.split(r"[ /]+", found.group())
    if len(places) == 1 and re.search(rf"\b{places[0].capitalize()}\b", text) is None:
        return start
    return found.end() + len(text[found.end():end]) - len(text[found.end():end].lstrip())


def name_past_bare_dateline(text: str, start: int, end: int) -> int:
    """Where a name run at offsets ``start..end`` begins once a bare dateline on its line is left out ("DUBAI/WASHINGTON
    Iran freed ...": the run "WASHINGTON Iran" is Iran's name alone), else ``start``.

    >>> text = "DUBAI/WASHINGTON Iran freed them."
    >>> text[name_past_bare_dateline(text, 6, 21):21]
    'Iran'
    """
    line = text.rfind("\n", 0, start) + 1
    if not _DATELINE_PREFIX.fullmatch(text, line, start):
        return start
    return max(start, past_bare_dateline(text, line, end))
