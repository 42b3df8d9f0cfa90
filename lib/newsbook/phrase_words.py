"""The words speaker phrases are read from: a sentence's tokens and the closed word classes.

:func:`spans_and_words` tokenises a stretch of text with the library's token pattern (the hot
loop of the attribution rules); :func:`word_classes` reads the classes of
``data/speaker_words.csv`` (pronouns, groups, fillers, titles ...) into the sets
:class:`newsbook.speaker_phrases.PhraseReader` consults.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re

from newsbook.people import speaker_words
from newsbook.tokens import WORD_PATTERN

_WORD = re.compile(WORD_PATTERN)
_SPACED_WORD = re.compile(r"\s*(?:" + WORD_PATTERN.replace("(?x)", "", 1) + ")", re.VERBOSE)


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The token spans of :func:`newsbook.tokens.token_spans` (same pattern), read with :mod:`re`
    directly: the library's hot loop, several times faster than NLTK's wrapper.

    Every character outside white space belongs to a token, so one ``findall`` with the white
    space before each token attached gives the tokens back to back; their offsets are running
    sums of lengths, with no match object per token.

    >>> text = "The U.S. sent  2,500 troops."
    >>> spans(text) == [m.span() for m in _WORD.finditer(text)]
    True
    """
    return spans_and_words(text, start, end)[0]


def spans_and_words(text: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """:func:`spans` and the tokens themselves (``text[a:b]`` of each span), read together."""
    chunks = _SPACED_WORD.findall(text, start, len(text) if end is None else end)
    ends = list(itertools.accumulate(map(len, chunks), initial=start))
    del ends[0]
    words = list(map(str.lstrip, chunks))
    return list(zip(map(operator.sub, ends, map(len, words)), ends)), words


@functools.lru_cache(maxsize=1)
def word_classes() -> dict[str, object]:
    """The closed word classes of ``data/speaker_words.csv`` as the phrase rules use them (sets by name)."""
    lists = speaker_words()
    return {
        "fillers": set(lists.get("filler", {})),
        "be": {w for w, k in lists.get("filler", {}).items() if k == "be"},
        "verbal": {w for w, k in lists.get("filler", {}).items() if k in ("be", "aux", "modal")},
        "modals": {w for w, k in lists.get("filler", {}).items() if k == "modal"},
        "prepositions": set(lists.get("preposition", {})),
        "function": set(lists.get("function", {})),
        "particles": set(lists.get("particle", {})),
        "pronouns": set(lists.get("pronoun", {})),
        "selves": set(lists.get("self", {})),
        "groups": dict(lists.get("group", {})),
        "documents": set(lists.get("document", {})),
        "titles": {w.casefold() for w in lists.get("title", {})} | {"secretary", "minister", "president"},
        "time": set(lists.get("time", {})),
        "listeners": set(lists.get("listener", {})),
        "bodies": set(lists.get("body", {})),
        "openers": set(lists.get("function", {})) | set(lists.get("self", {})),
        "non_speakers": set(lists.get("pronoun", {})) | set(lists.get("self", {})),
        "possessors": set(lists.get("pronoun", {})) | set(lists.get("function", {})),
    }
