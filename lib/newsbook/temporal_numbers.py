"""Four-digit numbers that are not years: labels, counts, measures and clock times.

A number from 1600 to 2099 written without a thousands comma reads as a year ("in 1991", "the
2019 reshuffle") unless the words around it say otherwise (``data/temporal_cues.csv``):

- a ``number_label`` word before it makes it a label: "Room 1991", "section 2004", "Resolution
  1973", "Flight 2022", "No. 2004-15", "dial 2020";
- a ``number_unit`` word after it (or after the end of a range it opens: "from 1900 to 2000
  people") makes it a count, a measure or a clock time: "2000 people", "1800 metres", "1430 GMT",
  "1430 local time"; except after a ``year_preposition`` ("in 2021 people voted", "since 2014
  troops have stayed").

News style writes counts with a comma ("2,500 troops", "a 1,991-strong force"); the date rules
never read those as years.
"""

from __future__ import annotations

import re

from newsbook.temporal_tense import cues

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_WORDS_AFTER = re.compile(r"(?:\s*(?:[-–]|to)\s*\d[\d,]*)?\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


def is_label_or_count(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a label or a count, not a year.

    >>> [is_label_or_count(s, 5, 9) for s in ("Room 1991 was shut.", "Some 2000 people came.", "Late 2019 talks")]
    [True, True, False]
    """
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word = before.group(1).lower() if before else ""
    if word in cues()["number_label"]:
        return True
    if word in cues()["year_preposition"]:
        return False
    after = _WORDS_AFTER.match(text, end, min(len(text), end + 40))
    if after is None:
        return False
    units = cues()["number_unit"]
    first = after.group(1).lower()
    return first in units or (after.group(2) is not None and f"{first} {after.group(2).lower()}" in units)
