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
      [A-Za-z]\.(?:[A-Za-z]\.)+           # initialisms: U.S., U.N.
    | \$\d+(?:[.,:]\d+)*%?                # money
    | \d+(?:[.,:]\d+)*%?                  # numbers, times, percentages
    | \w+(?:[-'’]\w+)*                    # words, hyphenated words, contractions
    | [^\w\s]                              # any other mark, one at a time
"""
"""The token grammar. :data:`WORDS_ONLY_PATTERN` restates its word tokens for counting them fast: a change
here must be made there too (a test compares the two on the corpora). The initialism opens with its first
letter and money with its sign, which the engine checks before it tries the alternative, rather than with
a repeat and an optional sign: the same tokens (a test compares them with the grammar as first written),
found about a twentieth faster with the white space before each (the term streams, the quotation step)
and a fifth faster alone."""
SPACED_TOKEN = re.compile(r"""(?x)
    \s*+                                  # the white space before the token, then the token of WORD_PATTERN:
    (?:   [A-Za-z](?:                     # an ASCII letter, read once:
              \.(?:[A-Za-z]\.)+           #   initialisms: U.S., U.N.
            | \w*+(?:[-'’]\w+)*+)         #   else a word, as below
        | \$?\d++(?:[.,:]\d+)*+%?         # numbers, money, times, percentages
        | \w++(?:[-'’]\w+)*+              # words, hyphenated words, contractions
        | [^\w\s]                         # any other mark, one at a time
    )""")
"""White space and a token of :data:`WORD_PATTERN`, which gives the same tokens a quarter
faster: a token's alternatives begin with different characters but for an ASCII letter, where the initialism
and the word are told apart after the letter is read once, and nothing is ever given back (``*+``, ``++``),
since nothing after a token's alternative may fail (a test compares the two on the corpora). The phrase readers
and the term streams read with it."""
TOKENIZER = RegexpTokenizer(WORD_PATTERN)
"""NLTK's tokenizer for this pattern (``TOKENIZER.tokenize(text)``)."""
_TOKEN_RE = re.compile(WORD_PATTERN, re.UNICODE | re.MULTILINE | re.DOTALL)
"""The same pattern compiled as NLTK compiles it; :func:`token_spans` scans with it directly,
which gives NLTK's spans (a test checks) about four times faster than ``span_tokenize``."""
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
WORDS_ONLY_PATTERN = r"""(?x)
    [\w$](?:                              # a word token's first character, read once; then, by what it was:
          (?<=[A-Za-z])\.(?:[A-Za-z]\.)+   # initialisms: U.S., U.N.
        | (?<=\$)\d+(?:[.,:]\d+)*%?        # money
        | (?<=\d)\d*(?:[.,:]\d+)*%?        # numbers, times, percentages
        | (?<=\w)\w*(?:[-'’]\w+)*          # words, hyphenated words, contractions
    )
"""
"""The tokens of :data:`WORD_PATTERN` that are not marks, where they stand: a token starts at a word
character or ``$``, which the engine finds by its first-character set, and the look-behind at that
character picks the alternative :data:`WORD_PATTERN` would take (its first three begin with a letter,
``$`` or a digit; a ``$`` without a digit after it is a mark, and nothing matches it here). Where a mark
stands no match starts, and the scan moves one character on, as the tokenizer does past the mark."""
_WORDS_ONLY = re.compile(WORDS_ONLY_PATTERN + "()", re.UNICODE | re.MULTILINE | re.DOTALL)
""":data:`WORDS_ONLY_PATTERN` with an empty group, so that ``findall`` gives ``""`` for each token
rather than a new string: only their number is read."""


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the tokens of ``text[start:end]``, as offsets into ``text``.

    >>> text = "The U.S. sent 2,500 troops."
    >>> [text[a:b] for a, b in token_spans(text)]
    ['The', 'U.S.', 'sent', '2,500', 'troops', '.']
    """
    end = len(text) if end is None else end
    return [match.span() for match in _TOKEN_RE.finditer(text, start, end)]


LETTER_OR_DIGIT = re.compile(r"[^\W_]")
"""A letter or digit: a word character but the underscore, exactly what :meth:`str.isalnum` accepts
(a test checks every code point), so a search for it tells a word from punctuation in C."""


def is_word(token: str) -> bool:
    """True for tokens that contain a letter or digit (not punctuation)."""
    return LETTER_OR_DIGIT.search(token) is not None


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
