"""Word tokens with offsets, from an NLTK regular-expression tokenizer.

The pattern keeps together what a news reader reads as one word: initialisms with periods
("U.S."), numbers with separators ("2,500", "1.5"), money ("$2"), hyphenated words
("shoot-to-kill") and words with an apostrophe ("Kazakhstan’s" is one token; see
:func:`possessive_stem`). Punctuation marks are tokens too, so offsets cover the whole text.
"""

from __future__ import annotations

import re

from nltk.tokenize import RegexpTokenizer

WORD_PATTERN = r"""(?x)
      (?:[A-Za-z]\.){2,}                  # initialisms: U.S., U.N.
    | \$?\d+(?:[.,:]\d+)*%?               # numbers, money, times, percentages
    | \w+(?:[-'’]\w+)*                    # words, hyphenated words, contractions
    | [^\w\s]                              # any other mark, one at a time
"""
TOKENIZER = RegexpTokenizer(WORD_PATTERN)
"""NLTK's tokenizer for this pattern (``TOKENIZER.tokenize(text)``)."""
_TOKEN_RE = re.compile(WORD_PATTERN, re.UNICODE | re.MULTILINE | re.DOTALL)
"""The same pattern compiled as NLTK compiles it; :func:`token_spans` scans with it directly,
which gives NLTK's spans (a test checks) about four times faster than ``span_tokenize``."""
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_MARK = r"| [^\w\s]"
"""The last alternative of :data:`WORD_PATTERN`: any other mark, one character at a time."""
if WORD_PATTERN.count(_MARK) != 1:  # pragma: no cover - the pattern above was edited without this line
    raise ImportError("tokens: WORD_PATTERN no longer ends with the mark alternative '| [^\\w\\s]'")
_WORDS_ONLY = re.compile(
    "(?x)(?:" + "\n".join(line for line in WORD_PATTERN.removeprefix("(?x)").splitlines() if _MARK not in line) + "\n)()",
    re.UNICODE | re.MULTILINE | re.DOTALL,
)
"""The pattern without its mark alternative, each match read as ``""`` by ``findall``: it finds the
tokens that are not marks, since where a mark stands no other alternative matches and the scan moves one
character on, as the tokenizer does past the mark."""


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the tokens of ``text[start:end]``, as offsets into ``text``.

    >>> text = "The U.S. sent 2,500 troops."
    >>> [text[a:b] for a, b in token_spans(text)]
    ['The', 'U.S.', 'sent', '2,500', 'troops', '.']
    """
    end = len(text) if end is None else end
    return [match.span() for match in _TOKEN_RE.finditer(text, start, end)]


def is_word(token: str) -> bool:
    """True for tokens that contain a letter or digit (not punctuation)."""
    return token[:1].isalnum() or any(ch.isalnum() for ch in token)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """How many tokens of ``text[start:end]`` are words (:func:`is_word`), without a Python step per token.

    A token is a word unless it is a mark (no letter or digit) or, rarely, a run of underscores,
    so the count is the tokens that are not marks, read with one ``findall`` that skips the marks.

    >>> count_words("The U.S. sent 2,500 troops.")
    5
    """
    end = len(text) if end is None else end
    if text.find("_", start, end) >= 0:  # "__" is a \w token without a letter or digit: the exact, slower way
        return sum(is_word(text[a:b]) for a, b in token_spans(text, start, end))
    return len(_WORDS_ONLY.findall(text, start, end))


def possessive_stem(token: str) -> str:
    """``"Kazakhstan’s"`` -> ``"Kazakhstan"``; other tokens unchanged."""
    return _POSSESSIVE.sub("", token)
