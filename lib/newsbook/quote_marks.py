"""Find the quoted stretches of a text: paired quotation marks, also across paragraphs.

Curly (“ ”), straight (") and angle (« ») double quotation marks are read. Whether a mark
opens or closes is decided by what surrounds it (a mark after a space and before a word
opens), so machine-altered texts with the wrong glyph still pair; only where the context says
nothing does the glyph decide. News convention for long quotes is followed: a paragraph that
ends inside a quotation continues it when the next paragraph opens with a quotation mark;
otherwise the quotation ends with its paragraph. The same holds inside a paragraph: an opening
mark while a quotation is open, right after the end of a sentence (``... 26 weeks. "We are ...``),
continues it (a paragraph break lost when the text was flattened); any other unclosed quotation
ends where the next one opens. A stray opening mark with nothing after it is ignored.

Single quotation marks (‘ ’ and ') are read only in a text that has no double mark at all (the
house style of the Daily Mail and of some wire copy: "'There have been years of talks,' Nadal
said"), since the same glyphs are the apostrophe: there, a mark between two letters or digits is
an apostrophe ("Iran's", "don't"), and a quotation must close ("the '90s" opens none).

``find_quotations(text, spans)`` returns :class:`Quotation` records: ``start, end`` of the
quoted words (marks, surrounding space and trailing commas excluded, ``text[start:end]`` is what
was quoted), ``open_mark`` and ``close_mark`` (``None`` for a quotation left unclosed), and
``pieces``: one ``(start, end)`` per paragraph the quotation covers, and ``words``, the number
of words quoted (``is_fragment`` below :data:`FRAGMENT_WORDS`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbook.people import word_class
from newsbook.tokens import count_words

OPENING = "“«„"
CLOSING = "”»"
AMBIGUOUS = '"‟'
MARKS = OPENING + CLOSING + AMBIGUOUS
_MARK = re.compile("[" + re.escape(MARKS) + "]")
SINGLE_MARKS = "‘’'"
_SINGLE_MARK = re.compile("[" + SINGLE_MARKS + "]")
_BEFORE_OPEN = " \t\n\r([{—–-/\u00a0"
_TRIM_END = " \t\r\n,\u00a0"
FRAGMENT_WORDS = 4
"""Quotations of fewer words are scare quotes or terms ("peacekeepers"), not statements."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Quotation:
    """One quoted stretch of a document."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    pieces: tuple[tuple[int, int], ...]
    words: int
    reads_as_name: bool = False
    """Whether the quoted words read as a name or a title (:func:`reads_as_name`)."""

    @property
    def is_fragment(self) -> bool:
        """A quotation of fewer than :data:`FRAGMENT_WORDS` words, or a name: a term, not a statement."""
        return self.words < FRAGMENT_WORDS or self.reads_as_name


def reads_as_name(quoted: str) -> bool:
    """Whether quoted words are a name or a title, not a statement: every word capitalised but the
    joining words of names ("Kotleba—People's Party Our Slovakia"), not all in capitals (a chant),
    no comma and no end of a sentence. (:mod:`newsbook.quotes` still reads one a cue governs as spoken.)

    >>> reads_as_name("Kotleba—People’s Party Our Slovakia"), reads_as_name("Russia Must Leave Now!")
    (True, False)
    >>> reads_as_name("WE WANT THEM OUT NOW"), reads_as_name("The troops will leave")
    (False, False)
    """
    if "," in quoted or quoted.rstrip().endswith((".", "?", "!")) or quoted.isupper():
        return False  # told before the words are read: most quoted statements hold a comma or end a sentence
    words = _WORD.findall(quoted)
    return bool(words) and all(w[0].isupper() or w in _name_joiners() for w in words) and words[0][0].isupper()


@functools.lru_cache(maxsize=1)
def _name_joiners() -> frozenset[str]:
    """Lower-case words a name or title in quotation marks may hold ("Party of the Regions", "Ludwig van
    Beethoven"): the function words and name particles of ``data/speaker_words.csv``."""
    return word_class("function") | word_class("particle")


def _role(text: str, i: int, start: int, end: int) -> str:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = before in _BEFORE_OPEN and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    char = text[i]
    return "open" if char in OPENING else "close" if char in CLOSING else "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def find_quotations(text: str, spans: Sequence[tuple[int, int]]) -> list[Quotation]:
    """The quotations in the paragraphs ``spans`` (``(start, end)``, in text order).

    >>> text = '“We will stay,” he said. “As long as needed.”'
    >>> [text[q.start:q.end] for q in find_quotations(text, [(0, len(text))])]
    ['We will stay', 'As long as needed.']
    """
    single = _MARK.search(text) is None  # no double mark: the text's quotations are in single ones
    marks, glyphs = (_SINGLE_MARK, SINGLE_MARKS) if single else (_MARK, MARKS)
    found: list[Quotation] = []
    opened: int | None = None
    open_mark = 0
    pieces: list[tuple[int, int]] = []

    def finish(close_at: int, close_mark: int | None) -> None:
        nonlocal opened
        kept = [p for p in (*pieces, _trim(text, opened, close_at)) if p[0] < p[1]]
        if kept and not (single and close_mark is None):  # an unclosed single mark: an apostrophe ("the '90s")
            count = sum(count_words(text, *p) for p in kept)
            named = count >= FRAGMENT_WORDS and len(kept) == 1 and reads_as_name(text[kept[0][0]:kept[0][1]])
            found.append(Quotation(kept[0][0], kept[-1][1], open_mark, close_mark, tuple(kept), count, named))
        pieces.clear()
        opened = None

    for number, (start, end) in enumerate(spans):
        i = start
        if opened is not None:  # carried over: the paragraph must open with a quotation mark
            first = _trim(text, start, end)[0]
            if first < end and text[first] in glyphs and _role(text, first, start, end) != "close":
                i = first + 1
                opened = i
            else:
                opened = None
        for mark in marks.finditer(text, i, end):  # the marks of the paragraph, not every character
            i = mark.start()
            if single and _apostrophe(text, i, start, end):
                continue
            role = _role(text, i, start, end)
            if role == "either":
                role = "close" if opened is not None else "open"
            if role == "open":
                if not text[i + 1:end].strip():
                    continue  # a stray mark at the end of a paragraph
                if opened is not None and _ends_sentence(text, opened, i):
                    piece = _trim(text, opened, i)
                    if piece[0] < piece[1]:
                        pieces.append(piece)
                    opened = i + 1  # the same quotation goes on: the paragraph break was lost
                    continue
                if opened is not None:
                    finish(i, None)
                opened, open_mark = i + 1, i
            elif opened is not None:
                finish(i, i)
        if opened is not None:
            following = spans[number + 1] if number + 1 < len(spans) else None
            continues = following is not None and _opens_with_mark(text, *following, glyphs)
            if continues:
                piece = _trim(text, opened, end)
                if piece[0] < piece[1]:
                    pieces.append(piece)
            else:
                finish(end, None)
    return found


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (an open quotation's words so far) ends a sentence: ``.?!``
    and white space before the next mark."""
    k = end
    while k > start and text[k - 1] in " \t\u00a0":
        k -= 1
    return start < k < end and text[k - 1] in ".?!"


def _opens_with_mark(text: str, start: int, end: int, glyphs: str) -> bool:
    """Whether a paragraph opens with one of the quotation marks ``glyphs`` that may open a quotation."""
    first = _trim(text, start, end)[0]
    return first < end and text[first] in glyphs and _role(text, first, start, end) != "close"


def _apostrophe(text: str, i: int, start: int, end: int) -> bool:
    """Whether the single mark at ``i`` stands between two letters or digits: an apostrophe ("Iran's")."""
    return start < i < end - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def inside(quotations: Sequence[Quotation], position: int) -> bool:
    """True when ``position`` lies within a quotation (its marks included)."""
    for q in quotations:
        if q.open_mark <= position < (q.close_mark + 1 if q.close_mark is not None else q.end):
            return True
    return False
